"""Set AL: software, IT services, cloud hosting and e-commerce papers, with the office,
courier and print services of a start-up.

The set has 28 Russian and 16 English documents of every built-in type. Invoices (8: 5
Russian, 3 English), acts (5: 4 and 1), UPD (5: 4 and 1) and payment orders (5: 4 and 1)
are the most numerous. Then come contracts (4: 2 and 2) and bank statements (3: 2 and
1). The set ends with two waybills, two packing lists, two receipts, two passports, two
powers of attorney, two letters and two other papers, one of each type in each language.
There is no data processing agreement or NDA: the statement of work took the second
English contract place, so that every type keeps one document in each language.

The Russian documents follow a chatbot start-up in Moscow, ООО «ПиксельБот», and the
firms around it. A Kazan software developer sells it licences for its CRM, which is in
the Russian software register, under a sublicence contract. An IT outsourcing firm in
Nizhny Novgorod bills it hours, and a cloud provider bills it a month of consumption and
the next month's fee. A self-employed designer (НПД) makes its corporate style, a Tula
print house prints its booklets and an Ulyanovsk furniture maker furnishes its new
office.
Beside it a marketplace seller in St Petersburg gets the marketplace's commission agent
report, its UPD and its payout, a courier's consignment note, act and cash-on-delivery
transfer, and a sole proprietor's UPD for an API integration. The invoices are the
developer's 1C invoice with VAT-exempt licences beside taxed implementation hours, the
cloud provider's April prepayment invoice, the print house's invoice (fax), the
furniture invoice and the outsourcing firm's invoice (scan). The acts are the cloud
provider's March act with a grant credit, the outsourcing act at three hourly rates, the
act transferring the licences and accepting the implementation (scan) and the courier's
monthly act (photo). The UPD are the furniture UPD, the print house's UPD (scan), the
marketplace's UPD for its fees and the sole proprietor's status 2 UPD (photo). The
payment orders are the 50% advance for the licences, a payment to the designer's card
account from an internet bank, the marketplace's payout (scan) and the courier's
cash-on-delivery transfer less its fee. The rest are the sublicence contract, the
furniture contract, the start-up's statement with card acquiring lines, the seller's
statement, the commission agent report, the courier's consignment note with cash on
delivery, the furniture packing list (scan), the designer's receipt from the tax
service's app (screenshot), her passport (scan), the start-up's power of attorney to
accept the furniture and the cloud provider's letter on new fees.

The English documents are a Cypriot SaaS vendor's monthly invoice in USD, a Serbian
studio's invoice in EUR with an IBAN and an Indian outsourcer's export invoice with its
GSTIN (scan). Then come the Serbian milestone's certificate of acceptance, a translated
UPD of eight imported servers and the MT103 that pays the Serbian invoice. The rest are
the developer's licence and distribution agreement with an Armenian distributor, the
Indian outsourcer's statement of work, the start-up's USD statement, an app store's
payment statement, the servers' air waybill (scan) and packing list (photo), the
Armenian representative's passport (scan), a domain registrar's receipt (screenshot),
the developer's power of attorney for that representative and the SaaS vendor's letter
on new prices.

Several documents belong to one deal. The sublicence contract "СЛД-26/041", the invoice
"ВС-0312", its advance "318" and the act "ВС-А-0331" follow the licences. The
outsourcing act "АС-26/03-014" is billed by the invoice "АС-26/0402", and the statement
"31" pays it with the cloud invoice "ОГ-С-26-04-07741" and the print invoice "ТО-0417",
whose UPD is "ТО-0288". The furniture contract "ДМ-26/015", the invoice "ДБ-0087", the
power of attorney "17", the UPD "ДБ-0154" and the packing list "УЛ-0154" follow one
order. The commission agent report "ТП-ОК-2603-11842", the UPD "ТП-26-0331-11842" and
the payout "90417" settle one month of sales. The statement "15" shows that payout, the
cash-on-delivery transfer "2231", the payment of the sole proprietor's UPD "27" and the
courier's act "СК-А-2603/0415" paid less the fees it withheld. The designer's receipt
"2049mw7rtx" follows the payment "402", and her passport was copied for her contract. In
English, the certificate "KS-ACC-02", the invoice "KS-2026-031" and the MT103
"VS260324-01" follow one milestone. The statement of work "KS-SOW-04" is billed by the
invoice "KSPL/EXP/25-26/0418". The USD statement "12" shows the app store's payout
"APV-PS-2603-558214" and the payment of the SaaS invoice "HF-INV-26-04-0873", whose
vendor writes the letter "HF/CS/2026-0415". The packing list "FRW-PL-260318" and the air
waybill "612-48271635" follow the servers that the translated UPD "SL-0419" sells. The
licence agreement "LA-VS-2026/07", the power of attorney "VS/POA-2026/03" and the
Armenian passport follow the distribution.

Fifteen documents imitate OCR of scans, faxes, screenshots and phone photos and carry
`noisy=True`. The Russian ones are the print house's invoice fax "ТО-0417", the
outsourcing invoice scan "АС-26/0402", the licence act scan "ВС-А-0331", the courier's
act photo "СК-А-2603/0415", the print house's UPD scan "ТО-0288" and the sole
proprietor's UPD photo "27". Then come the payout scan "90417", the packing list scan
"УЛ-0154", the designer's receipt screenshot and her passport scan. The English ones are
the Indian invoice scan, the air waybill scan, the packing list photo, the Armenian
passport scan and the domain receipt screenshot. A seeded substitution over hand-written
text set their look-alike Latin and Cyrillic letters, O for 0, l for 1 and З for 3. The
rest of the damage was written by hand: upper case, "№" read as "N2", a fax header,
camera and screenshot file names, two table rows run into one line, a total block that
lost its line breaks, columns that lost their spacing, a cut right edge, and stamps run
into the lines. Labels keep the true values. The passport's machine-readable zone reads
cleanly. The other documents are clean and fit on one page (at most 70 lines of at most
110 characters), because the benchmark also renders them to images and reads them back
with OCR.

What is hard: VAT-exempt licences beside services taxed at 22% in one invoice, act and
contract, totals beside VAT and sums without it, advances and rests, hourly rates and
their rows, monthly fees, a deposit, an account balance, a grant credit, a discount, a
service credit, marketplace sales, returns, commission, logistics, storage, a fine and
the payout, cash on delivery and the fees withheld from it, card acquiring commission,
milestones and agreement values, an instalment of a fixed fee, the price of one licence
or server, an app store's gross sales, refunds, commission and taxes, and a penalty cap.
Numbers beside the document's number are licence keys, register entries, ticket numbers,
client account ids, order numbers, merchant ids, tracking numbers, serial numbers,
customs declarations, subscription ids, contract numbers and the GSTIN, PIB and IBANs of
foreign parties. Dates beside the document's date are due dates, periods, licence terms,
validity, shipment and delivery dates, stamps, camera and screenshot names, generation
and print times, translations and birth and expiry dates. Amounts are printed as "939
600,00", "469800-00", "133 736,40 руб.", "1,222.50", "EUR 18,400.00",
"260324EUR18400,00" and "$262.08". Dates are printed as "3 марта 2026 г.", "«11» марта
2026 г.", "31.03.2026", "260324", "April 1, 2026", "16 March 2026", "31-Mar-2026", "18
Mar 2026" and "11 FEB /FÉVR 24". Russian documents dated 2026 that charge VAT do so at
22%. The licences are exempt under подп. 26 п. 2 ст. 149 НК РФ, and the sole proprietor,
the designer and the money that passes through the marketplace and the courier carry no
VAT.

The documents were written blind: without reading the engine, the templates, the
synthetic generator or the documents of the other sets. The files read were
`bench.holdout`, `bench.metrics`, `bench.formats` (whose `amount_words_ru` spelled the
rouble totals in words), the notes (module docstrings) of sets D, Z and AA to AJ, the
loader of `bench.holdout_w` with the last lines of its docstring above it, the first 150
lines of `bench.holdout_w_ru`, tests/bench/holdout_checks.py and
tests/bench/test_holdout_aj.py. Of tests/bench/test_holdout_z.py only the comments and
test names were read, and tests/bench/test_holdout_w.py was not opened. Outside that
list, the ruff section of pyproject.toml was read for the line length limit. The places
are real, and the receipt prints the tax service's real website. Every company, person,
address, bank, product, app and domain is invented. INN, OGRN, OGRNIP, settlement and
correspondent accounts carry valid keys against their BIKs, and KPP and BIK have valid
forms. The Cypriot and Serbian IBANs, the Serbian PIB, the Indian GSTIN, the air waybill
number and the passport's machine-readable zone carry valid check digits. The Cypriot
VAT number, the Taiwanese business number, the Singapore UEN and the Armenian TIN follow
only the usual form. tests/bench/test_holdout_al.py checks the labels against the text,
in noisy documents after the look-alike repair. It also checks the set's own forms:
totals in words, other dates, "N2" for "№", foreign codes, INNs without a role,
competing amounts, numbers beside the number, citations within a deal, statement
balances and the payments they show, card acquiring lines, exempt licences beside taxed
services, hourly rows, the cloud act's grant, the cash-on-delivery transfer, the
marketplace settlement, the app store payout, the self-employed receipt and its payment,
the air waybill's check digit, personal accounts, the passport series, the
machine-readable zone and the VAT rates of 2026.

Labels follow `bench.holdout` and the notes of sets D, Z and AA to AJ. `total` is the
amount the document requests as payment or states as its full value, VAT included. Notes
for this set:

- An invoice, act or contract that bills VAT-exempt licences (подп. 26 п. 2 ст. 149 НК
  РФ) beside implementation services taxed at 22% has as `total` the sum of both with
  the VAT (939 600,00 = 720 000,00 + 180 000,00 + 39 600,00), not the licences, the
  services or the sum without VAT. The invoice "ВС-0312" keeps that full value, and its
  50% prepayment (469 800,00) is a payment term, as set AI rules. The advance "318" has
  `total` equal to the 469 800,00 it transfers, as set M rules for a partial payment,
  although its purpose line cites the invoice value.
- The sublicence contract is a `contract` with the сублицензиар as seller and the
  сублицензиат as buyer, each with the account and BIK in its requisites. Its `total` is
  the contract price (939 600,00), not the price of one licence. The right holder named
  with its INN has no role. The register entry "18427" and the licence key are never a
  number.
- The act "ВС-А-0331" transfers the rights and accepts the implementation in one paper,
  so it is an `act` with the сублицензиар as seller, worth 939 600,00, not the advance
  it cites.
- The outsourcing act "АС-26/03-014" is worth its hours at three rates with VAT (590
  480,00). The invoice "АС-26/0402" bills that act and has the same total. Ticket
  numbers, the monthly limit of hours and the incoming stamp are not labels.
- The cloud provider's act has `total` equal to the consumption less the start-up grant,
  with VAT (148 498,40). The March prepayment (150 000,00) and the balance left on the
  client's account (1 501,60) are not totals. The April invoice requests the monthly fee
  in advance (150 060,00), and the deposit (50 000,00) is not part of it. The client's
  account "7741-226" in the control panel is a personal account: neither the number nor
  a bank account.
- The print house's invoice "ТО-0417" and its UPD "ТО-0288" are worth 133 736,40 with
  the 5% discount on booklets and the delivery. The client's order number is not the
  number, and "N2 ТО-0417" reads "№ ТО-0417", as set Z rules.
- The furniture contract "ДМ-26/015" labels the maker as seller and the start-up as
  buyer, as set AF rules for a contractor, with the price with VAT as `total`. The
  invoice "ДБ-0087" and the UPD "ДБ-0154" state the same full value (1 190 964,00), not
  the advance (595 482,00) or the rest. The UPD's shipper is "он же" and its consignee
  prints no INN, so only seller and buyer are labelled. The packing list names no money,
  so `total` and `currency` are None, and it labels shipper and consignee.
- The power of attorney "17" labels the start-up as principal with the INN, KPP, account
  and BIK it prints. The office manager prints a passport and no INN, so the attorney
  has no labels, and the furniture maker named with its INN has no role. It names no
  money, so `currency` is None.
- The marketplace's commission agent report (отчет комиссионера) states that it is not
  an act and that the marketplace's fees go to a separate UPD, so it is `other`, as set
  AC rules for a report that is not an act: `total` None, `currency` RUB and no party
  labels, although it prints both INNs. The UPD "ТП-26-0331-11842" labels the
  marketplace as seller and the seller of the goods as buyer, and its `total` is the
  commission, logistics and storage with VAT (515 797,50), not the sales. The payout
  "90417" has `total` equal to the sum it transfers (1 849 052,50), not the sales, the
  fees or the fine in its purpose line. Its debit and the bank's stamp the next day are
  not its date.
- The courier's consignment note (накладная) is a `waybill` numbered by its own number
  "СК-0418527", not the tracking number or the shop's order, and dated by its date, not
  the planned delivery. It labels the shop as shipper and the courier as carrier with
  INN and KPP, and the private recipient has no labels. The declared value, the cash on
  delivery and the delivery fee are not a document value, so it has no `total` label,
  and `currency` is RUB, as set M rules for a transport waybill.
- Cash on delivery is the shop's money, never the total of a courier's paper, as set AC
  rules. The courier's act "СК-А-2603/0415" is worth its services with VAT (361 320,30),
  which include the 1.5% fee for accepting cash on delivery. It is not the cash
  collected (1 628 420,00) or the sum left to pay after the fees withheld (336 894,00),
  which the seller's statement shows. The transfer "2231" has `total` equal to the sum
  transferred (412 360,40), the cash collected less the fee.
- The sole proprietor's status 2 UPD "27" labels the seller with the 12-digit INN, KPP
  None and the account and BIK printed for payment, as sets AH and AI rule. It charges
  no VAT under the simplified tax system.
- The designer's receipt from the tax service's app is a `receipt` numbered by its code
  "2049mw7rtx" and dated "10.03.26", with `total` 85 000,00 and `currency` RUB from "₽".
  It labels the seller's 12-digit INN and the buyer's INN it prints, as set AH rules.
  The payment "402" to her card account (40817...) labels the payee with the INN, KPP
  None, the BIK and the account, as sets AH and AI rule.
- Statements are numbered and dated by the statement: "ВЫПИСКА № 31 ... дата выписки
  06.04.2026" for a period, "№ 15 от 08.04.2026" and "No. 12" of 10 April 2026. They
  label the account holder with INN, KPP, the account and the bank's BIK, and have no
  `total` label. Counterparties, the acquirer's merchant id and the generation date are
  not labels. Card acquiring is credited net of the acquirer's 1.6% commission, and the
  gross sales of a line are not a payment.
- The Russian passport is numbered by the six-digit number "736214" without the series
  "45 18", as sets Z, AD and AG to AJ label one, and dated by its date of issue
  24.07.2018, not by the birth date or the copy note. The Armenian passport is numbered
  "AT0482175" and dated by its date of issue, printed "11 FEB /FÉVR 24", not by its
  expiry.
- The letters name rouble and dollar sums, so their currencies are RUB and USD, with
  `total` None and no party labels, as set G rules.
- The SaaS invoice labels the Russian customer as buyer with the INN and KPP printed
  under "Tax ID (INN)", as set AH rules, and the Cypriot vendor has no labels. Its
  `total` is "Total due" after the service credit (USD 1,222.50), not the seats or the
  API calls alone. The account, subscription and incident ids are not its number.
- The Serbian invoice and its certificate of acceptance are worth the milestone (EUR
  18,400.00), not the agreement value (EUR 55,200.00), the milestone paid or the one to
  come, as sets Y and AB rule for a milestone. The Russian customer is the buyer with
  INN and KPP, and the studio's PIB and IBAN are not labelled.
- The Indian export invoice's `total` is "INVOICE TOTAL" (USD 10,476.00): the month's
  instalment and the extra hours, with IGST at 0% under the letter of undertaking. The
  fixed fee of the statement of work and the LUT reference are not labels. The Russian
  buyer is labelled, and the GSTIN is not.
- The statement of work is a `contract`: both parties sign obligations for a term under
  a master agreement, which is what makes set AH's NDA a contract. Its `total` is the
  fixed fee (USD 29,580.00), not an instalment, the hourly rate for change requests or
  its cap. The Russian client is the buyer with INN and KPP, and the Indian vendor has
  no labels.
- The licence and distribution agreement labels the Russian licensor as seller with the
  INN, KPP, dollar account and BIK it prints. Its `total` is the licence fee with the
  maintenance (USD 57,600.00), not the price per workplace or the advance, and the
  Armenian licensee has no labels.
- The translated UPD is numbered "SL-0419" as the translation prints it and dated by the
  UPD (03.04.2026), not by the translation. Its consignee is the buyer's data centre
  branch, labelled with the buyer's INN and the branch's KPP 501945001, as sets AF and
  AG rule. The shipper is "the same" and is not labelled. Serial numbers, the customs
  declaration and the advance are not labels.
- The MT103 print follows set AD: numbered by field 20 ("VS260324-01"), dated by the
  value date of field 32A, `total` the 32A amount (EUR 18,400.00) and the payer labelled
  with the INN and KPP of field 50K, the euro account of field 50K and the BIK of the
  sending bank. The Serbian beneficiary and its IBAN have no labels, and the bank
  charges and the print time are not labels.
- The app store's payment statement is `other`, as set AC rules for a payment
  processor's payout report: it is not a bank's statement of an account. It is numbered
  by "Statement No." and dated by "Statement date", not the expected payment. Its gross
  sales, refunds, commission, taxes and net proceeds (USD 7,842.16) are not a document
  value, so `total` is None and `currency` is USD, with no party labels.
- The air waybill is numbered by its number "612-48271635" (airline prefix and serial)
  and dated by the day it was executed (20 March 2026), not by the flight or the arrival
  stamp. Its charges are not a document value, so it has no `total` label and `currency`
  USD, as set AI rules. It labels the Russian consignee, and the Taiwanese shipper has
  no labels. The packing list prints the importer as "Buyer / Consignee" and labels it
  under both roles, as set D rules, and names no money.
- The domain registrar's receipt is numbered by "Receipt No.", not the order number or
  the card authorisation, and its `total` is "Total paid" after the promo code (USD
  262.08). It has no party labels.
- The English power of attorney labels the developer as principal with its INN, KPP,
  dollar account and BIK. The Armenian representative has no labels, and the Armenian
  licensee named with its TIN has no role. It caps each agreement in dollars, so
  `currency` is USD with `total` None, as set AA rules for a cap.
"""

from .holdout import HoldoutDocument


def load_holdout_al() -> list[HoldoutDocument]:
    """Return the set AL documents, Russian first, in a fixed order."""
    from .holdout_al_en import ENGLISH_DOCUMENTS_AL
    from .holdout_al_ru import RUSSIAN_DOCUMENTS_AL

    return [*RUSSIAN_DOCUMENTS_AL, *ENGLISH_DOCUMENTS_AL]
