"""Set AM: freight forwarding and logistics papers of a Moscow forwarder and the firms
around it.

The set has 28 Russian and 16 English documents of every built-in type. Invoices (8: 5
Russian, 3 English), acts (5: 4 and 1), UPD (5: 4 and 1) and payment orders (5: 4 and 1)
are the most numerous. Then come waybills (4: a Russian transport waybill and a СМГС
railway consignment note, an English bill of lading and a CMR) and contracts (3: 2 and
1). The set ends with two packing lists, two bank statements, two receipts, two
passports, two powers of attorney, two letters and two other papers, one of each type in
each language.

The papers follow ООО «Вектор Транзит», a forwarder in Moscow, through three deals and
its running costs. First, it brings two 40' containers of LED lights for the importer
ООО «ЛайтЭксперт» from Ningbo to St Petersburg by sea. Trucks take them on under customs
transit to a bonded warehouse (СВХ) in Podolsk, where a customs broker declares them.
Second, it ships six hopper wagons of fertiliser for a Tula region plant by rail to
Almaty, with rented wagons, the railway's tariff paid in advance and a Kazakh forwarder
for the Kazakh section. Third, it brings a truck of cotton fabric from Istanbul for a
textile importer with a Turkish carrier paid in euros. A UAE shipping agent handles two
of its containers transshipped at Jebel Ali. Its own trucks run on fuel cards and pay
tolls by transponder.

The Russian invoices are the port terminal's 1C invoice, the railway's invoice for the
carriage charges (fax), the customs broker's invoice (scan) and the Kazakh forwarder's
rouble invoice in the 1C layout of Kazakhstan. The fifth is the container line agent's
invoice for detention in US dollars. The acts are the forwarder's act for the sea
containers, the wagon operator's act (photo), the bonded warehouse's act and the
sole-proprietor carrier's act (photo). The UPD are the fuel card operator's, the toll
operator's (scan), the port terminal's and the forwarder's own UPD for the Istanbul
truck. The first payment order is the importer's advance to its single account with the
customs (ЕЛС), paid through the treasury. The others are the forwarder's prepayment to
the railway, the importer's payment of the rest of the forwarding act (scan) and an
internet bank's payment to the carrier. The rest are the framework contract of transport
forwarding, a one-off transport order (договор-заявка) for two trucks, the transport
waybill of the first container, the СМГС (scan) and the fertiliser's packing list per
wagon. Then come the forwarder's statement for five April days, a filling station's
receipt (photo) and the driver's passport (scan). The power of attorney for that driver
to take the containers, a letter on the customs inspection that delays the release and
the importer's forwarding instruction (поручение экспедитору) close the Russian part.

The English documents are the Chinese maker's commercial invoice, the container line's
freight invoice with BAF, LSS, origin THC and ISPS surcharges and the Turkish carrier's
euro invoice (scan). Then come the UAE agent's certificate of services in dirhams, a
translated UPD of a 3PL warehouse for the Chinese maker's Russian subsidiary, the MT103
that pays the Turkish carrier and the road carriage contract with it. The forwarder's
euro statement, the bill of lading (scan), the CMR (scan), the Chinese packing list
(photo) and the line agent's delivery order come next. The rest are the Jebel Ali
port's payment receipt (screenshot), the Turkish driver's passport (scan), the
forwarder's power of attorney for the UAE agent and the agent's letter on a vessel
that omitted Jebel Ali.

Several documents belong to one deal. The forwarding contract "ТЭ-25/014" and the
instruction "14" order the sea shipment of the commercial invoice "NBS-EX-260206" and
its packing list "NBS-PL-260206". The bill of lading "OSCLNGB2602147" is cited by the
freight invoice "OSCL-FI-2602-0418", the delivery order "DO-SPB-260330-0117", the
terminal invoice "НКТ-0401/112" and its UPD "1187", and the detention invoice
"ДМ-0414/27". The transport order "318", the power of attorney "112" for the driver
whose passport is in the set, the transport waybill "0401/1" and the carrier's act "19"
with its payment "512" move the containers to the warehouse, whose act is
"СВХ-0410/311". The importer's customs advance "231" is cited by the broker's invoice
"КД-0410/27", and the letter "214" announces the inspection. The forwarder's act
"ВТ-0410/03" is paid in part by an earlier advance, and the payment "264" pays the rest.
The statement "16" shows that payment, the terminal's invoice, the carrier's payment,
the detention in roubles and the textile importer's payment of the UPD "ВТ-0313/07". The
railway invoice "7700-0302/148" and its payment "147", the wagon act "ТПВ-0331/58", the
СМГС "20716354", its packing list "УЛ-0312/6" and the Kazakh invoice "47" follow the
fertiliser. The contract "VT-KRT/2026-01", the CMR "0305471", the Turkish driver's
passport, the invoice "KRT2026000000184", the MT103 "VT260320-01" and the statement "9"
follow the fabric. The power of attorney "VT/POA-2026/04", the letter
"GHSA/OPS/26/0219", the port receipt "RCPT-26-0224-77183" and the certificate
"GHSA/COS/26/0227" follow the Jebel Ali containers.

Fifteen documents imitate OCR of scans, faxes, screenshots and phone photos and carry
`noisy=True`. The Russian ones are the railway invoice fax "7700-0302/148", the broker's
invoice scan "КД-0410/27", the wagon act photo "ТПВ-0331/58", the carrier's act photo
"19", the toll UPD scan "МТ-26-03-08817", the payment scan "264", the СМГС scan, the
fuel receipt photo "148" and the driver's passport scan. The English ones are the
Turkish invoice scan, the bill of lading scan, the CMR scan, the packing list photo, the
port receipt screenshot and the Turkish passport scan. Their damage was written by hand:
look-alike Latin and Cyrillic letters, O for 0, l for 1 and З for 3, "№" read as "N2", a
fax header, camera and screenshot file names, a bank's stamp and a company's stamp run
into the lines, columns that lost their spacing and an IBAN read in groups with O for 0.
Labels keep the true values. The passport's machine-readable zone reads cleanly. The
other documents are clean and fit on one page (at most 70 lines of at most 110
characters), because the benchmark also renders them to images and reads them back with
OCR.

What is hard: totals beside sums without VAT and VAT, services at VAT 0% for
international carriage beside services at 22%, advances and the rest to pay, a deposit
and a balance, the price per trip, truck, day, wagon day or pallet day, waiting time,
detention rates and days, rouble equivalents of dollar and euro sums at two days' rates,
a dollar equivalent of dirhams, a customs value, a fuel card advance and its balance, a
card fee and the VAT included in a receipt. Numbers beside the document's number are
bills of lading, bookings, containers, seals, vessels' IMO numbers, wagons, customs and
transit declarations, the warehouse's register entry and placement report, contracts,
orders and instructions cited, railway payer codes (ЕЛС) of ten digits that look like an
INN, fuel cards, a transponder, budget codes (КБК, ОКТМО), driver's licences, a TIR
carnet, an export declaration and fiscal data. Dates beside the document's date are
discharge, free time, gate-out, arrival, release and empty return days, due dates,
periods, contract dates, acceptance and handover dates, stamps, camera and screenshot
names, generation and print times, translation, birth and expiry dates. Foreign parties
print a Kazakh БИН, a Kazakh IBAN under "ИИК" beside a letter bank code under "БИК",
Turkish and UAE IBANs, a Turkish Vergi No, a UAE TRN, a Chinese USCI and a T.C. Kimlik
number. Amounts are printed as "90 646,00", "1460000-00", "=32365,35", "2.850,00 EUR",
"USD 4,789.00", "AED 2,696.00" and "760,00 USD", and dates as "01 апреля 2026 г.", "«15»
января 2025 г.", "31.03.2026", "18.03.26", "260320", "Feb 6, 2026", "16-Feb-2026", "14
FEB 2026", "27 February 2026" and "08 HAZ/JUN 21". Russian documents dated 2026 that
charge VAT do so at 22% or at 0% for international carriage.

The documents were written blind: without reading the engine, the templates, the
synthetic generator or the documents of the other sets. The files read were
`bench.holdout`, `bench.metrics`, `bench.formats` (whose `amount_words_ru` spelled the
rouble totals in words), the notes (module docstrings) of sets D, Z and AA to AL, the
loader of `bench.holdout_w` with its module docstring, the first 150 lines of
`bench.holdout_w_ru`, tests/bench/holdout_checks.py and tests/bench/test_holdout_al.py.
Of tests/bench/test_holdout_w.py and tests/bench/test_holdout_z.py only the names of
their constants and tests and a few helper functions were read. Outside that list, the
ruff section of pyproject.toml was read for the line length limit. The places, the truck
and trailer makes, the laws and the tax code articles are real. Every company, person,
address, bank, vessel, container, wagon and requisite is invented, except that the
customs payment names its payee "Межрегиональное операционное УФК (ФТС России)" as
advance customs payments do, with an invented INN, KPP, TOFK BIK and accounts. INN,
OGRN, OGRNIP, settlement, correspondent, treasury and single treasury accounts carry
valid keys, and KPP and BIK have valid forms. The Kazakh БИН, the IBANs, the USCI, the
T.C. Kimlik number, the container numbers (ISO 6346), the wagon numbers, the IMO numbers
and the passport's machine-readable zone carry valid check digits. The Turkish Vergi No
and the UAE TRNs follow only the usual form. tests/bench/test_holdout_am.py checks the
labels against the text, in noisy documents after the look-alike repair. It also checks
the set's own forms: totals in words, other dates, "N2" for "№", foreign codes, INNs
without a role, competing amounts, numbers beside the number, citations within a deal,
statement balances and the payments they show, rows, VAT and parts that make the totals,
currency conversions, detention days, check digits of containers, wagons and vessels,
the treasury requisites, the passport series, the machine-readable zone and the VAT
rates of 2026.

Labels follow `bench.holdout` and the notes of sets D, Z and AA to AL. `total` is the
amount the document requests as payment or states as its full value, VAT included. Notes
for this set:

- A forwarder's act or UPD that bills international carriage at VAT 0% (пп. 2.1 п. 1 ст.
  164 НК РФ) beside services at 22% has as `total` the sum of all lines with VAT: the
  act "ВТ-0410/03" is 707 770,00, not the sum without VAT (705 900,00), the advance (350
  000,00) or the rest (357 770,00). The payment "264" pays that rest, so its `total` is
  357 770,00, as set M rules for a partial payment.
- The UPD "ВТ-0313/07" prices the carriage in euros converted at the central bank rate
  of the UPD day and bills in roubles, so `currency` is RUB and `total` 332 293,64. The
  euro price (3 400,00) and the rouble value of the carriage alone are not totals.
- The container line agent's invoice "ДМ-0414/27" bills detention in US dollars payable
  in roubles on the day of payment. It requests dollars, so `currency` is USD and
  `total` 760,00. The rouble sum at the invoice day's rate (62 807,54) is a reference,
  and the statement's 63 014,26 at the payment day's rate is its payment.
- The railway's invoice bills the carriage charges at VAT 0% and fees at 22%, and its
  `total` is both (1 164 044,00). The payer code (ЕЛС) "1004738215" is neither an INN
  nor a number of the invoice.
- The customs advance "231" pays the importer's single account with the customs through
  the treasury. The payee is labelled with the INN and KPP printed for it, the TOFK BIK
  and the treasury account, as set AA rules, and the ЕКС is not labelled. The КБК, ОКТМО
  and customs code in fields (104), (105) and (107) are printed in the form such
  payments use and are not labels.
- The broker's invoice bills its services only. The customs value and the customs
  payments it mentions are not part of its `total` (22 936,00).
- The Kazakh forwarder's invoice is RUB and labels only the Russian buyer. The БИН, the
  KZ IBAN under "ИИК" and the letter code under "БИК" are foreign, as set W rules for
  the 1C layout of Kazakhstan.
- The fuel card operator's UPD has `total` 232 574,63. The advance that funds the cards
  (250 000,00) and the balance left (17 425,37) are not totals, the card numbers are not
  numbers, and its consignee prints no INN, so only seller and buyer are labelled.
- The sole-proprietor carrier is labelled with the 12-digit INN and KPP None as seller
  of the act "19" and of the transport order "318", as payee of the payment "512" (whose
  KPP field is "0") and as carrier of the transport waybill, as set D rules.
- The framework forwarding contract sets its prices in each instruction, so it has no
  `total` label, as set D rules for an agency contract whose fee is a percentage. Its
  penalties name roubles, so `currency` is RUB. The forwarder is the seller and the
  importer the buyer, each with the account and BIK of the requisites block. The
  transport order (договор-заявка) is a `contract` with the carrier as seller and the
  forwarder as buyer. Its `total` is the rate for both trucks (136 000,00), not the rate
  per truck, the waiting time or the penalty.
- The transport waybill labels the forwarder, printed as shipper, the importer as
  consignee and the carrier. The terminal named with its INN as the loading point has no
  role. The carrier's charge is not a document value, so it has no `total` label and
  `currency` RUB, as set M rules.
- The СМГС names no money, so it has no `total` label and `currency` None. It is
  numbered by the consignment number ("Отправка № 20716354") and dated by the departure
  station's stamp. Only the Russian shipper is labelled. The payer codes, the wagons and
  the seals are not numbers.
- The bill of lading and the CMR name no money, so they have no `total` label and
  `currency` None, as sets N and AJ rule. They label the Russian consignee. The bill of
  lading's notify party, named with its INN, has no role, and the Chinese shipper and
  the Turkish sender and carrier have no labels. The CMR is dated by box 21.
- Packing lists name no money, so `total` and `currency` are None. A party printed under
  two roles ("Продавец / грузоотправитель", "Buyer / Consignee") is labelled under both,
  and the Kazakh buyer and the Chinese maker have no labels.
- Statements are numbered and dated by the statement: "ВЫПИСКА № 16 ... Дата выписки:
  17.04.2026" for a period and "STATEMENT OF ACCOUNT No. 9" of 20 March 2026. They label
  the account holder with INN, KPP, the account and the bank's BIK, and have no `total`
  label. Counterparties, the Turkish IBAN, the rouble account that buys the euros and
  the generation dates are not labels.
- The filling station's receipt is numbered "148" by its "КАССОВЫЙ ЧЕК №", not the shift
  or the fiscal data, prints no currency mark and is labelled RUB with the seller's INN
  only, as sets G and O rule. The port's receipt is numbered by "Receipt No", its
  `total` includes VAT at 5% (AED 126.00), and it has no party labels.
- The Russian passport is numbered "582731" without the series "46 19" and dated by its
  date of issue 21.06.2019, not by the birth date or the copy note. The Turkish passport
  is numbered "U41968273" and dated by its date of issue "08 HAZ/JUN 21". Its T.C.
  Kimlik number is a personal number, not a label.
- The Russian power of attorney labels the forwarder as principal with INN, KPP, account
  and BIK. The driver prints a passport and no INN, so he has no labels, and the
  terminal named with its INN has no role. It names no money, so `currency` is None. The
  English power of attorney labels the forwarder with its dollar account and caps the
  port charges the UAE agent may pay in dollars, so `currency` is USD with `total` None,
  as set AA rules for a cap. The UAE agent has no labels.
- Letters have no party labels and `total` None. The forwarder's letter names rouble
  costs and is RUB. The UAE agent's letter names dirham charges and is AED.
- The forwarding instruction orders services and requests no payment, so it is `other`,
  as set T rules for a purchase order, with `total` None and no party labels, although
  it prints both INNs. Its declared value is the goods' value in dollars, so `currency`
  is USD. The delivery order is `other` too. It names no money, so `total` and
  `currency` are None, and the INNs it prints have no role.
- The UAE agent's certificate of services rendered is an `act` in dirhams with `total`
  AED 2,696.00, which includes the gate pass fee passed on at cost. Its dollar
  equivalent is a reference. The forwarder is the buyer with INN and KPP, and the
  agent's TRN and IBAN are not labelled.
- The commercial invoice's `total` is its FOB value (USD 48,620.00), not the deposit or
  the balance. It prints the consignee as "same as buyer", and an invoice labels only
  seller and buyer. The freight invoice's `total` is the freight with its surcharges
  (USD 4,789.00), and the Turkish invoice's is "2.850,00 EUR".
- The road carriage contract's `total` is its stated value for 16 trips (EUR 45,600.00),
  not the rate per trip, the waiting time or the insurance cover, and it labels the
  forwarder as buyer with its euro account. The MT103 follows set AD: numbered by field
  20, dated by the value date of field 32A, `total` the 32A amount (EUR 2,850.00), and
  the payer labelled with the INN and KPP of field 50K, its euro account and the BIK of
  the sending bank.
- The translated UPD is dated by the UPD (March 31, 2026), not by the translation or the
  acceptance, and labels the 3PL warehouse as seller and the Chinese maker's Russian
  subsidiary as buyer.
"""

from .holdout import HoldoutDocument


def load_holdout_am() -> list[HoldoutDocument]:
    """Return the set AM documents, Russian first, in a fixed order."""
    from .holdout_am_en import ENGLISH_DOCUMENTS_AM
    from .holdout_am_ru import RUSSIAN_DOCUMENTS_AM

    return [*RUSSIAN_DOCUMENTS_AM, *ENGLISH_DOCUMENTS_AM]
