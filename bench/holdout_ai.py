"""Set AI: healthcare, pharmacies, medical equipment, education, hotels, tourism,
events, advertising and publishing.

The set has 28 Russian and 16 English documents of every built-in type. Invoices (8: 5
Russian, 3 English), acts (5: 4 and 1), UPD (5: 4 and 1) and payment orders (5: 4 and 1)
are the most numerous. Then come contracts (3: 2 and 1), receipts (3: 1 and 2) and
letters (3: 2 and 1). The set ends with two waybills, two packing lists, two bank
statements, two passports, two powers of attorney and two other papers, one of each type
in each language.

The Russian documents follow a St Petersburg clinic, a Moscow distributor of medical
equipment and the Yaroslavl clinic that buys an ultrasound system from it. A Samara
pharmacy chain and its wholesaler join them, with a Tomsk laboratory that pays a state
university. Others come from a training centre, a Nizhny Novgorod hotel, a Moscow event
agency and its suppliers, a Novosibirsk advertising agency, a St Petersburg publisher
and an Irkutsk tour operator. The invoices are a clinic's 1C invoice for medical
examinations exempt from VAT (пп. 2 п. 2 ст. 149 НК РФ) and the distributor's invoice
for the ultrasound system, exempt as a medical device (пп. 1 п. 2 ст. 149), with two
lines at 22%. Then come a hotel's conference invoice (rooms at VAT 0%, the rest at 22%,
less a prepayment), a publisher's faxed invoice for advertising in its journal and a
sole proprietor decorator's invoice photo. The acts are an advertising agency's act for
stages 1 to 3 of a campaign with its stage list, an event agency's act scan for a
conference, a training centre's act exempt as education (пп. 14 п. 2 ст. 149) and an
installation act scan for the ultrasound system. The UPD are a pharmacy wholesaler's
status 1 UPD at 10% and 22%, the ultrasound system's UPD scan, a printing house's UPD
photo and a sole proprietor's status 2 UPD for sound and light rental. The payment
orders pay a state university for tuition through the Federal Treasury, pay the clinic's
invoice (internet bank print) and the ultrasound system's 70% balance (scan), and pay an
author's royalty less income tax to her card account. The rest are a tour operator's
contract for a corporate trip, the advertising contract, the ultrasound system's
transport waybill scan, the printing house's packing list and the clinic's one-day
statement. Last come a pharmacy's cash receipt photo, a tourist's passport scan, the
pharmacy chain's power of attorney for its pharmacist, the publisher's royalty letter,
the event agency's letter of guarantee to the hotel and the ultrasound system's
registration certificate.

The English documents are a German maker's commercial invoice for two ultrasound systems
(EUR), a Dubai stand builder's faxed tax invoice (AED) and a UK publisher's invoice for
translation rights (GBP). Then come a certificate of services for a conference broadcast
between two Russian companies, a translated UPD scan for medical consumables at 10% and
the MT103 print that pays the German invoice. The rest are a Turkish resort's group and
meeting agreement, the air waybill scan and the packing list of the ultrasound systems,
and a statement of the distributor's EUR account. Last come a London hotel folio photo,
a congress registration receipt, a Canadian speaker's passport scan, a pharmaceutical
company's power of attorney for its events manager, the congress's letter of invitation
and the maker's EU declaration of conformity.

Several documents belong to one deal and print each other's numbers. The German invoice
"KS-2026-00417", its packing list, its air waybill "617-48173624", the MT103
"MVT260306-01", the EUR statement "21", the declaration of conformity and the
registration certificate "РЗН 2024/22618" follow the ultrasound systems to Moscow. The
invoice "МВТ-26/0148", the UPD "412", the transport waybill "0318-МВ", the installation
act "57" and the balance payment "268" follow one system to Yaroslavl and Rybinsk. The
clinic's invoice "ЛМ-000317", its payment "1127" and the statement "39" follow one order
of examinations. The statement also debits the prepayment for the consumables that the
translated UPD "936" delivers. The hotel invoice "ВР-0452", the letter of guarantee
"112/ГП", the printing UPD "318" and its packing list "318/1", the decorator's invoice
"17", the sound rental UPD "9", the broadcast certificate "ST-26/031" and the agency's
act "И-0329" follow one conference. The advertising contract "26/РК-04" and its act "48"
form one deal, and so do the pharmacy chain's power of attorney "19" and the
wholesaler's UPD "ФС-02871". The royalty letter "214/Р" and the payment "583" form
another. The congress receipt, the letter of invitation and the hotel folio follow one
delegate. The power of attorney "14/2026-D" and the resort agreement "LB-GRP-2026-0114"
follow one events manager, whose passport copy for the tour is in the set too.

What is hard: totals beside advances, prepayments, balances due, deposits, contract
prices, stage prices, a gross royalty and the tax withheld, a financial guarantee, a
price per tourist, declared values and sums without VAT. VAT is exempt under four
provisions of ст. 149, 0% for hotel rooms, 10% for medicines and consumables and 22% for
the rest, and several documents mix two of these treatments. Amounts are repeated in
words in 15 Russian documents, two letters and the English certificate. They are printed
as "488 440,00", "488440-00", "=944.40", "EUR 108,840.00", "AED 73,762.50" and
"260306EUR108840,00". Dates take the forms "16 февраля 2026 г.", "«27» февраля 2026 г.",
"03.03.2026 г.", "11.03.26", "12-Jan-2026", "10 February 2026", "16/04/2026" and
"14 JUN /JUIN 22". Beside the document's date stand payment deadlines, licence dates,
bank stamps, fax headers, camera file names, receiving stamps, certifications, births
and print times. Numbers that are not the document's own are licences, registry numbers
of a tour operator and of a mass medium, contracts, orders, serial numbers, a personal
account of the treasury, the КБК and ОКТМО fields, a currency control number and
passports in other papers.

Fifteen documents imitate OCR of scans, faxes and phone photos and carry `noisy=True`.
The Russian ones are the journal invoice fax "64/Р", the decorator's invoice photo "17",
the conference act scan "И-0329", the installation act scan "57", the ultrasound UPD
scan "412", the printing UPD photo "318", the balance payment scan "268", the transport
waybill scan "0318-МВ", the pharmacy receipt photo "86" and the passport scan (upper
case). The English ones are the Dubai invoice fax, the translated UPD scan "936", the
air waybill scan (upper case), the London hotel folio photo and the Canadian passport
scan. They have look-alike Latin and Cyrillic letters, O for 0, l for 1, З for 3 and б
for 6, "№" read as "N2", table columns and rows run together, a cut right edge, a fold,
the words of round stamps, fax headers, camera file names and receiving stamps. The
look-alikes were set by hand. Their labels are the true values, not the damaged text.
The passport's machine-readable zone reads cleanly. The other documents are clean and
fit on one page (at most 70 lines of at most 110 characters), because the benchmark also
renders them to images and reads them back with OCR.

The documents were written blind: without reading the engine, the templates, the
synthetic generator or the documents of the other sets. The files read were
`bench.holdout`, `bench.metrics`, `bench.formats` (whose `amount_words_ru` spelled the
rouble totals in words), the notes (module docstrings) of sets D, W, Z and AA to AH, the
loader of `bench.holdout_w`, the first 150 lines of `bench.holdout_w_ru`,
tests/bench/holdout_checks.py and the tests of sets W and Z. Outside that list, the ruff
section of pyproject.toml was read for the line length limit. Every company, person,
address, bank, hotel, congress and requisite is invented. The requisites were generated
with the check-digit rules of `bench.holdout`, so INN, OGRN, OGRNIP, settlement,
correspondent, treasury and single treasury accounts carry valid keys against their
BIKs, and KPP and BIK have valid forms. The IBANs pass the ISO 13616 mod-97 check, and
the German USt-IdNr., the UK VAT numbers, the ISBN and the passport's machine-readable
zone carry valid check digits. The UAE TRN and the Turkish Vergi No follow only the
usual form. tests/bench/test_holdout_ai.py checks the labels against the text, in noisy
documents after the look-alike repair, and the set's own forms listed there: totals and
sums in words, other dates, "N2" for "№", competing amounts, citations within a deal,
stage sums, VAT included in totals, exemptions, INNs without a role, foreign codes, the
treasury requisites, the passports and the VAT rates of 2026.

Labels follow `bench.holdout` and the notes of sets D, Z and AA to AH. `total` is the
amount the document requests as payment or states as its full value, VAT included. Notes
for this set:

- An invoice that deducts a prepayment already received keeps its full value as total:
  the hotel invoice "ВР-0452" is 2 204 800,00, not the rest of 1 322 880,00, and the
  Dubai invoice is AED 73,762.50, not the balance due. The distributor's invoice
  "МВТ-26/0148" is 7 100 400,00, not the 30% advance or the 70% balance of its terms.
- The advertising act "48" accepts stages 1 to 3 of the contract's stage list, so its
  total is their sum with VAT (3 928 400,00), not the contract price (4 148 000,00), the
  advance, the rest to pay or stage 4. The contract "26/РК-04" has its price with VAT as
  total. The event agency's act "И-0329" is worth its services (2 690 000,00), not the
  sum left after the advance.
- The UPD "412" covers the goods (6 978 400,00) and the act "57" the installation
  (122 000,00). Together they make the invoice "МВТ-26/0148". The payment "268" pays the
  70% balance, so its total is the 4 970 280,00 it transfers.
- A UPD labels a consignee printed with its own INN and KPP: the Rybinsk branch of the
  Yaroslavl clinic (KPP 761043001) and the pharmacy chain's pharmacy № 14 (KPP
  631243001). A shipper or consignee printed as "он же" or without an INN is not
  labelled.
- The tuition payment pays a federal university through the Federal Treasury. Its payee
  is labelled with the university's INN and KPP, the TOFK BIK 016902417 and the treasury
  account 03214643100000016500, as set AA rules. The single treasury account (ЕКС)
  40102810245370000058, the personal account (л/с) and fields 104 to 109 are not labels.
- A person paid to a card account (40817...) has a 12-digit INN and an empty KPP field,
  so the royalty payment's payee has INN, KPP None, BIK and account, as set AH rules.
  Its total is the sum paid (249 307,00), not the gross royalty or the tax withheld. A
  sole proprietor's KPP is None as seller of an invoice and of a status 2 UPD.
- The tour operator's contract labels the tour operator as seller and the customer as
  buyer. Its total is the price of the tourist product (4 476 000,00), not the price per
  tourist, the prepayment or the sum insured by the financial guarantee. The registry
  number "РТО 028417" is not its number.
- The transport waybill and the air waybill have no `total` label, because their freight
  charges are not a document value. Their currencies are RUB and EUR. They label the
  Russian shipper, consignee and carrier that print an INN, and the German shipper and
  the air carrier have no labels.
- Packing lists name no money, so `total` and `currency` are None. A party printed under
  two roles ("Продавец / грузоотправитель", "Buyer/Consignee") is labelled under both.
- Bank statements are numbered and dated by the statement and label the account holder
  with INN, KPP, the account and the bank's BIK. Counterparties, the RUB account that
  buys euros and the generation date are not labels.
- The MT103 print is numbered by field 20 and dated by the value date of field 32A, as
  set AD rules. Its payer is labelled with the EUR account of field 50K and the BIK of
  the sending bank. The German beneficiary has no labels.
- The pharmacy receipt is numbered "86" by its "КАССОВЫЙ ЧЕК", not the shift, ФД or ФН,
  labels the seller's INN only and prints no currency mark, so it is RUB. The London
  folio is numbered by its folio number and dated by the departure and payment
  (16/04/2026). The congress receipt labels the clinic under "Received from" as buyer,
  as set AB labels its conference receipt.
- The Russian passport is numbered "603718", without the series "45 19", and dated by
  its date of issue. The Canadian passport is numbered "HT482915" and dated by its date
  of issue, printed "l4 JUN /JUIN 22".
- Powers of attorney label the principal with the INN, KPP, account and BIK they print.
  The pharmacist and the events manager print passports and no INN, so the attorneys
  have no labels, and the wholesaler named with its INN has no role. The English power
  of attorney caps each agreement in euros, so `currency` is EUR with `total` None, as
  set AA rules for a cap. The Russian one names no money, so `currency` is None.
- Letters have no party labels and `total` None. The royalty letter and the letter of
  guarantee spell their sums in words and are RUB, and the letter of invitation is GBP.
- The registration certificate is numbered "РЗН 2024/22618" and dated by the
  registration, not the copy certification. The declaration of conformity is numbered
  "KS-DoC-SX7-03" and dated by its date of issue. Both are `other`, name no money and
  have no party labels.
"""

from .holdout import HoldoutDocument


def load_holdout_ai() -> list[HoldoutDocument]:
    """Return the set AI documents, Russian first, in a fixed order."""
    from .holdout_ai_en import ENGLISH_DOCUMENTS_AI
    from .holdout_ai_ru import RUSSIAN_DOCUMENTS_AI

    return [*RUSSIAN_DOCUMENTS_AI, *ENGLISH_DOCUMENTS_AI]
