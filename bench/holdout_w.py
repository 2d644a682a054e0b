"""Set W: cross-border paperwork of Russian companies and their partners abroad.

The set has 28 Russian and 16 English documents of every built-in type. Invoices (9: 5
Russian, 4 English), acts (5: 4 and 1), UPD (5: 4 and 1) and payment orders (5: 4 and 1)
are the most numerous. Then come waybills (3: a Russian CMR, a transport waybill and an
English CMR) and other papers (3: a Kazakh identity card, a certificate of origin on
form СТ-1 and an Indian certificate of analysis). The set ends with two contracts, two
packing lists, two bank statements, two receipts, two passports, two powers of attorney
and two letters, one of each type in each language.

The Russian-language documents come from Belarus, Kazakhstan, Uzbekistan and Armenia, or
go there. A Belarusian proforma in BYN prints its seller's УНП and a BY IBAN. A Kazakh
invoice in tenge follows the 1C layout of Kazakhstan ("Бенефициар", "ИИК", "Кбе", a
letter "БИК" and a БИН). A Russian exporter's USD invoice goes to an Uzbek buyer whose
nine-digit "ИНН" is Uzbek, and an Armenian seller's rouble invoice prints an eight-digit
"ИНН (ՀՎՀՀ)". Russian counterparties print their INN, KPP and Russian banks. Other
Russian papers are a customs broker's invoice with reimbursed customs payments, a
forwarder's act for rail carriage from Kazakhstan at VAT 0%, a payment agent's report
with an act for a transfer in Turkish lira, a bilingual act printed line by line in EUR,
an act in tenge, an importer's UPD with the country of origin and the customs
declaration number, export UPD to Kazakhstan at VAT 0% and to Armenia in US dollars, and
a sole-proprietor carrier's status 2 UPD. The payment orders pay a Russian agent in
roubles for a Turkish supplier, pay a Belarusian plant's non-resident account (40807) in
roubles with the currency operation code "{VO11100}", transfer yuan on an application
with SWIFT field tags, and pay the customs broker. The rest are a bilingual contract in
two columns, a CMR filled in Russian, a transport waybill from a customs warehouse, an
Uzbek packing list, a statement of a USD account with a transit account line, a Minsk
fuel receipt, a Belarusian passport, a power of attorney for a customs representative, a
letter to a bank's currency control on a delayed import, a Kazakh identity card and a
СТ-1.

The English documents are invoices from India (GSTIN, lakh groups "38,23,218.75", INR),
China (USCI, CNY, a deposit and a balance), Turkey (Vergi No, TRY, "1.186.450,00") and
the UAE (TRN, AED), a German commissioning certificate in "24.180,00 EUR", a translated
export UPD, an application for a transfer in rupees, a bilingual contract printed
paragraph by paragraph in CNY, a German CMR, a Chinese packing list, a statement of a
Russian bank's EUR account, a US hotel folio, an Indian passport, a German company's
power of attorney for its Russian partner, a Chinese supplier's letter on new bank
details and a delayed shipment, and an Indian certificate of analysis. Commercial
invoices and contracts print Incoterms rules with a place, HS (ТН ВЭД) codes and the
country of origin. Several documents belong to one deal: the Chinese contract, invoice,
packing list and letter, the yuan transfer, the power of attorney, the broker's
invoice, its payment, the transport waybill and the resale UPD follow one lot of pumps.

What is hard: foreign registration codes that look like an INN (a 10-digit Vergi No, a
12-digit БИН or ИИН, nine-digit Uzbek and eight-digit Armenian numbers printed after
"ИНН"), bank codes captioned "БИК" or "BIC" that are not Russian BIKs, currency
accounts next to rouble accounts, national number styles, and dates whose day and
month can be swapped ("04/03/2025" in India, "10/04/2025" in the UAE, "04/03/2025" in
the US). Totals sit next to deposits, balances, prepayments, FOB values, rouble
equivalents and reimbursed payments.

Nine documents imitate OCR of scans and phone photos and carry `noisy=True`. They are
the customs broker's invoice photo "ТБ-0318", the tenge act scan "12", the Armenian UPD
scan "0227", the broker's payment order scan "1307", the Belarusian CMR scan, the Minsk
fuel receipt photo, the German CMR scan, the Chinese packing list scan and the Indian
passport scan. They have look-alike Latin and Cyrillic letters, O for 0, l for 1, "|"
table rules and "№" read as "Ne". Their labels are the true values, not the damaged
text. The other documents are clean and fit on one page (at most 70 lines of at most
110 characters), because the benchmark also renders them to images and reads them back
with OCR.

The documents were written blind: without reading the engine, the templates, the
synthetic generator or the documents of the other sets. The files read were
`bench.holdout`, the notes (module docstrings) of sets D to U, the loader code of
`bench.holdout_i`, `bench.holdout_l` and `bench.holdout_o`, and the first 150 lines of
`bench.holdout_i_ru`. The checks came from `bench.metrics`, `bench.formats` (whose
`amount_words_ru` spelled the Russian rouble totals in words),
tests/bench/holdout_checks.py and the tests of sets L, O and R. Every company, person,
address, bank and requisite is invented. INN, OGRN, OGRNIP, BIK, settlement and
correspondent accounts and IBANs carry valid check digits, and so do the Kazakh БИН and
ИИН, the Indian GSTIN, the Chinese USCI, the German USt-IdNr. and the machine-readable
zones of the passports and the identity card. tests/bench/test_holdout_w.py checks the
labelled requisites. In the clean documents it also checks every INN printed after
"ИНН" or "INN", every OGRN, every account against a BIK of the same text and every
IBAN. It checks the set's own forms as well: the foreign codes are printed, valid and
never labelled, the swappable dates are settled by another date of the same document,
totals are printed in their national style, trade terms, bilingual headings, packing
list weights, machine-readable zones and the currency operation code.

Labels follow `bench.holdout` and the notes of sets D to U (`bench.holdout_d` to
`bench.holdout_u`). `total` is the amount the document requests as payment or states as
its full value, VAT included. Labelling notes that those sets do not cover:

- Only Russian requisites are labelled: a 10- or 12-digit INN, a KPP, a nine-digit BIK
  starting "04" and a 20-digit account. УНП, БИН, ИИН, the Uzbek and Armenian taxpayer
  numbers printed as "ИНН", Vergi No, MERSİS, TRN, GSTIN, PAN, IEC, USCI, USt-IdNr.,
  HRB, IBAN, SWIFT, IFSC, МФО and the Kazakh letter "БИК" are never labels, as set K
  rules. A foreign party has no labels, with one exception below.
- The Belarusian plant paid in roubles holds a non-resident account 40807... at a
  Russian bank, printed in the payee block of the payment order "1184" with that bank's
  BIK. The payee is labelled with that account and BIK, and with no INN or KPP, because
  the payee's INN and KPP fields are empty. The earlier sets' foreign parties had no
  Russian account.
- A date that can be read with day and month swapped is labelled in the convention of
  the issuer's country, and another date of the document confirms it. The Indian
  invoice's "04/03/2025" is 4 March 2025: its number carries the financial year 24-25,
  which ends on 31 March 2025, and the buyer's order "17/02/2025" is day-first. The UAE
  invoice's "10/04/2025" is 10 April 2025, because its due date "10/05/2025 (30 days)"
  is 30 days later only in that order. The US hotel folio's "04/03/2025" is 3 April
  2025, because the arrival "03/31/2025" is month-first. The Turkish "07.04.2025", the
  rupee transfer's "12.03.2025" and the Indian passport's "12/08/2019" are day-first, as
  "14.04.2025", "14.03.2025" and the birth date "23/06/1985" show.
- The payment agent's report with an act (отчет агента и акт) is an `act`, with the
  agent as seller and the principal as buyer, as set K rules. Its `total` is "Всего по
  акту" (40 306,08), the agent's fee with VAT. The lira transfer, its rouble cost, the
  bank's commission and the principal's funds are the principal's money. The agent's
  lira account in the report is not labelled. Its requisites block prints the rouble
  account, which is.
- The customs broker's invoice "ТБ-0318" has `total` "Всего к оплате" with the
  reimbursed customs payments, as set K rules. The customs declaration number is never
  a document number.
- The Indian invoice's `total` is the CIF value in rupees (38,23,218.75), not the FOB
  value. The Chinese invoice's `total` is the value of the lot (CNY 1,286,400.00), not
  the deposit received or the balance due. The UAE invoice's `total` includes freight
  and insurance. The Chinese contract's `total` is its amount for both lots, and the
  Turkish contract's its amount, not the prepayment or the balance.
- A Russian company printed with its INN but without a role in the document is not
  labelled: the payment agent on the Turkish invoice and the customs broker as notify
  party on the Chinese packing list.
- The Kazakh identity card (удостоверение личности, жеке куәлік) is an identity document
  but not a passport, so it is `other`. It is numbered by the card number, not the ИИН,
  and dated by the date of issue, as passports are. The Belarusian passport's number is
  "KH2748315", not the personal number "4170290A012PB3", and the Indian passport's is
  "V4817263". Both are dated by the date of issue.
- The certificate of origin СТ-1 is `other`, numbered "7401285" and dated by the
  chamber's certification in box 11 (14.04.2025), not by the exporter's declaration in
  box 12 or the invoice in box 10. The certificate of analysis is `other`, dated by its
  date of issue, not the analysis dates. Neither names money.
- The CMRs are dated by box 21 and name no money, so they have no `total` label and
  `currency` is None. Their Russian consignees are labelled, and so is the Russian
  sole-proprietor carrier of the Belarusian CMR, with KPP None. The transport waybill
  prints a freight charge, so it has no `total` label and `currency` is RUB, as set M
  rules.
- The Uzbek packing list's consignee is a Russian sole proprietor, labelled with the
  12-digit INN and no KPP label. The status 2 UPD's seller is a sole-proprietor carrier
  with KPP None and the account and BIK printed for payment.
- The letters name euro and yuan sums, so their currencies are EUR and CNY, with
  `total` None and no party labels. The power of attorney for a customs representative
  labels the representative as attorney with its INN and KPP and the principal with
  the account and BIK it prints. The German power of attorney labels only its Russian
  attorney.
- The Minsk fuel receipt is numbered by its "КАССОВЫЙ ЧЕК №" and is BYN. The US folio is
  numbered by its folio number and dated by its date, the day of departure and payment.
  Neither has party labels.
"""

from .holdout import HoldoutDocument


def load_holdout_w() -> list[HoldoutDocument]:
    """Return the set W documents, Russian first, in a fixed order."""
    from .holdout_w_en import ENGLISH_DOCUMENTS_W
    from .holdout_w_ru import RUSSIAN_DOCUMENTS_W

    return [*RUSSIAN_DOCUMENTS_W, *ENGLISH_DOCUMENTS_W]
