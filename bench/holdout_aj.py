"""Set AJ: cars and their dealers, car service and spare parts, taxi fleets and car
sharing, telecom operators, housing and utilities, security and cleaning firms, and a
property developer.

The set has 28 Russian and 16 English documents of every built-in type. Invoices (8: 5
Russian, 3 English), acts (5: 4 and 1), UPD (5: 4 and 1) and payment orders (5: 4 and 1)
are the most numerous. Then come contracts (3: 2 and 1), bank statements (3: 2 and 1)
and other papers (3: 1 and 2). The set ends with two waybills, two packing lists, two
receipts, two passports, two powers of attorney and two letters, one of each type in
each language.

The Russian documents follow a multi-brand car dealer, a taxi fleet and a car service
in Yaroslavl. Around them are a parts wholesaler in Kostroma, a tyre wholesaler in Tver,
a sole-proprietor tow truck operator, a Moscow car sharing operator and a telecom
operator. The rest follow a management company (управляющая компания) and its heat
supplier (ресурсоснабжающая организация), a security firm, a cleaning firm and a
property developer. The invoices are the dealer's 1C invoice for three taxi cars with
their VINs, the management company's single payment document (ЕПД) with the resident's
personal account, the heat supplier's March invoice (fax), the security firm's invoice
(scan) and the parts wholesaler's invoice with article numbers. The acts are a closed
car service work order (заказ-наряд), a cleaning act (scan), the telecom operator's
monthly act and the car sharing operator's corporate act (photo). The UPD are the
dealer's UPD for the three cars, the heat supplier's February UPD with correction № 1,
a tyre UPD (scan) and the tow truck operator's status 2 UPD (photo). The payment orders
pay three heat invoices in one order whose purpose line cites each of them, make a 50%
advance for the cars (scan), pay the work order from an internet bank and pay the
security firm. The rest are a car sale contract with VINs, engine and ЭПТС numbers, a
shared construction contract (ДДУ) with an escrow agent, a ТОРГ-12 of spare parts with
article numbers and its packing list (scan). Then come the taxi fleet's and the
management company's statements with incoming and outgoing lines, a car wash receipt
(photo), a taxi driver's passport (scan) and the fleet's power of attorney to collect
the cars. Last are the developer's notice that a house is finished and an extract from
an electronic vehicle passport (ЭПТС).

The English documents are a Russian telecom operator's invoice on a monthly plan, a
Chinese maker's brake parts invoice and a Dubai exporter's invoice for two used cars
with their VINs. Then come a cleaning firm's certificate of services rendered, a
translated UPD for five car sharing cars and the MT103 that pays the brake parts. The
rest are a security services agreement, the CMR (scan) and packing list (photo) of the
brake parts, and the importer's USD statement with incoming and outgoing lines. Last
are a Dubai taxi receipt (photo), the CMR driver's Kazakh passport (scan), a power of
attorney for a customs broker, the telecom operator's letter on a plan change, a Dubai
pre-export inspection report (scan) and a dealer service's repair estimate.

Several documents belong to one deal. The contract "0314/26-ДКП", the invoice
"СЛ-000412", the advance "1187", the power of attorney "27", the UPD "СЛ-0309" and the
ЭПТС extract "164301047319262" follow three LADA Vesta cars to the taxi fleet, and the
passport scan is the driver's who collects them. The invoice "АД-0977", the ТОРГ-12
"АД-01452" and the packing list "УЛ-01452" follow one shipment of parts to the car
service. Its work order "ЗН-000873" on a fleet car is paid by "1203", and the statement
"69" shows that payment and the payments of the tyre UPD "ШТ-0583" and the telecom act
"ТЛ-0326-04187". The heat UPD "0287" and the invoice "0346" are paid, the second in
part, by "418", and the statement "47" shows that payment and the resident's payment of
the ЕПД "2603/18-0964", whose recalculation follows the corrected UPD. The security
invoice "БЩ-118" is paid by "2045". In English, the brake parts invoice "HC-EX-260311",
its packing list, the CMR "0417826", the driver's passport, the MT103 "NW260320-01", the
USD statement "23" and the power of attorney "NW/POA-2026/04" follow one lot. The Dubai
invoice "ANE/26/0147", the inspection report "VIR-26-03148" and the taxi receipt follow
one buying trip. The telecom invoice "TLP-2604-00871" and the letter "TLP/OUT/2026-0318"
go to one customer, and the translated UPD "SL-0341" and the estimate "HM-EST-26-0418"
share one car.

Fifteen documents imitate OCR of scans, faxes and phone photos and carry `noisy=True`.
The Russian ones are the heat invoice fax "0346", the security invoice scan "БЩ-118",
the cleaning act scan "ЧФ-0331/2", the car sharing act photo "ГР-К-0326/0115", the tyre
UPD scan "ШТ-0583" and the tow truck UPD photo "14". Then come the advance payment scan
"1187", the packing list scan "УЛ-01452", the car wash receipt photo "214" and the
passport scan. The English ones are the CMR scan, the packing list photo, the taxi
receipt photo, the passport scan and the inspection report scan. A seeded substitution
over hand-written text set their look-alike Latin and Cyrillic letters, O for 0, l for
1 and З for 3. The rest of the damage was written by hand: upper case, "№" read as
"N2", "Ne" or "N", a fax header, camera file names, two table rows run into one line,
a header that lost its line breaks, columns that lost their spacing, a cut right edge,
and stamps run into the lines. Labels keep the true values. The passport's
machine-readable zone reads cleanly. The other documents are clean and fit on one page
(at most 70 lines of at most 110 characters), because the benchmark also renders them
to images and reads them back with OCR.

What is hard: totals beside VAT, sums without VAT, advances, rests, deposits,
balances, the price of one car, a discount, a monthly fee, a liability cap, last
month's payment, the sum with voluntary insurance, a fine billed apart and the value
first billed before a correction. Numbers beside the document's number are VINs,
engine and ЭПТС numbers, personal accounts (лицевой счет), article numbers, contract
and licence numbers, cadastral and registration numbers, fiscal data of a receipt and a
customs contract number. Dates beside the document's date are due dates, meter
readings, work end times, stamps, exports, translations, corrections, registrations,
validity and birth dates. Amounts are printed as "4 836 000,00", "2373372-67",
"45,920.00", "RUB 39,096.36", "USD 32,144.00" and "260320USD32144,00". Dates are printed
as "16 марта 2026 г.", "«14» марта 2026 г.", "31.03.2026", "April 1, 2026" and "2 March
2026". Russian documents dated 2026 that charge VAT do so at
22%. The security firm, the tow truck operator and the car wash charge no VAT, and the
flat of the ДДУ is exempt.

The documents were written blind: without reading the engine, the templates, the
synthetic generator or the documents of the other sets. The files read were
`bench.holdout`, `bench.metrics`, `bench.formats` (whose `amount_words_ru` spelled the
rouble totals in words), the notes (module docstrings) of sets D, Z and AA to AH, the
loader of `bench.holdout_w`, the first 150 lines of `bench.holdout_w_ru`,
tests/bench/holdout_checks.py and the tests of sets W and Z. Outside that list, the ruff
section of pyproject.toml was read for the line length limit. Car makes and models are
real products, the places are real, and the receipt prints the tax service's real
website. Every company, person, address, bank and
requisite is invented. INN, OGRN, OGRNIP, settlement and correspondent accounts carry
valid keys against their BIKs, and KPP and BIK have valid forms. The UAE IBAN, the
Chinese USCI, the Kazakh BIN and IIN, the passport's machine-readable zone and every
VIN (by the check digit in its ninth place) carry valid check digits. The UAE TRNs
follow only the usual form. tests/bench/test_holdout_aj.py checks the labels against
the text, in noisy documents after the look-alike repair. It also checks the set's own
forms: totals in words, other dates, "N2" for "№", foreign codes, INNs without a role,
competing amounts, trade terms, VINs, citations within a deal, statement balances and
the payments they show, the parts of the payment of three invoices, the corrected UPD,
personal accounts, the passport series, the machine-readable zone and the VAT rates of
2026.

Labels follow `bench.holdout` and the notes of sets D, Z and AA to AH. `total` is the
amount the document requests as payment or states as its full value, VAT included.
Notes for this set:

- The single payment document (ЕПД) for housing and utilities is an `invoice` from the
  management company, labelled as seller with the bank details printed for payment.
  The resident is a person without an INN and has no labels. It is numbered
  "2603/18-0964", not by the personal account "300417264", and dated by its date of
  formation 01.04.2026, not by the period, the meter readings or the due date. Its
  `total` is "ИТОГО К ОПЛАТЕ ЗА РАСЧЕТНЫЙ ПЕРИОД" (7 502,59), the charges after the
  recalculation, as set AA rules for utility bills. The sum with voluntary insurance
  (7 598,59) is the payer's option, and the March payment (7 214,35) settled the
  earlier bill.
- A closed car service work order (заказ-наряд) whose customer signs that the works
  are done and the car is received is the act of the repair, so it is an `act` with the
  car service as seller and the taxi fleet as buyer. It is dated by its heading
  (03.04.2026), the day the car came in, not by the end of the works (06.04.2026). Its
  `total` is "ВСЕГО ПО ЗАКАЗ-НАРЯДУ" (29 482,80), with the 5% discount on labour.
- The heat supplier's UPD with correction № 1 follows set AB: it keeps the number and
  date of the UPD it corrects ("0287", 28.02.2026), and its `total` is the corrected
  "Всего к оплате" (1 614 956,25), not the value first billed (1 649 133,86).
- The payment order "418" pays three invoices of the heat supplier. Its `total` is the
  sum transferred (2 373 372,67), which the three parts in its purpose line add up to.
  The first part pays the corrected UPD, and the last pays the March invoice in part.
- The taxi fleet's advance "1187" has `total` equal to the 50% it transfers
  (2 418 000,00), not the invoice value it cites, as set M rules for a partial payment.
- A car sale contract's `total` is its price for all cars with VAT (4 836 000,00). The
  dealer's invoice and UPD state the same full value. VINs, engine numbers and ЭПТС
  numbers are never a document's number.
- The shared construction contract (ДДУ) is a `contract` with the developer as seller.
  Its `total` is the price of the flat (8 282 100,00), exempt from VAT, not the price of
  a square metre. The participant is a person without an INN and has no labels. The
  escrow agent bank prints its INN, KPP, BIK and correspondent account, and has no role.
  The registration stamp's date and number are not the contract's.
- The ТОРГ-12 labels the wholesaler as seller and shipper and the car service as buyer
  and consignee, each with the bank details it prints, as set AF rules. Its packing
  list names no money, so `total` and `currency` are None, and it labels shipper and
  consignee.
- The tow truck operator is a sole proprietor, so the seller of his status 2 UPD has a
  12-digit INN and KPP None, with the account and BIK printed for payment.
- The dealer's UPD and the tyre UPD print their consignee without an INN, and the
  translated UPD prints it as "the same as the buyer", so only seller and buyer are
  labelled. The translated UPD is dated by the UPD (March 30, 2026), not by the
  translation.
- Statements are numbered and dated by the statement ("№ 69", "№ 47", "No. 23") and
  label the account holder with INN, KPP, the account and the bank's BIK. Their
  counterparties are not labelled, they have no `total` label, and their generation
  date the next day is not their date.
- The MT103 print follows sets AD and AH: numbered by field 20, dated by the value date
  of field 32A, `total` the 32A amount (USD 32,144.00) and the payer labelled with the
  INN and KPP of field 50K, its USD account and the BIC of the sending bank. The
  Chinese beneficiary has no labels.
- Foreign parties have no labels: the Chinese maker, the Dubai exporter, the Kazakh
  carrier, the Dubai taxi company and the testing centre. Their USCI, BIN, IIN, TRN and
  IBAN are printed but not labelled.
- The CMR is numbered by its printed number "0417826" and dated by box 21
  (14.03.2026), not by the customs or receiving stamps. It names no money, so it has no
  `total` label and `currency` is None, and it labels only the Russian consignee. The
  English packing list prints the importer as "Buyer / Consignee" and labels it under
  both roles, as set D rules.
- The car wash receipt is numbered by "КАССОВЫЙ ЧЕК № 214" and dated 05.04.26, not by
  the shift, the fiscal document or the camera file name. It prints no currency mark,
  so it is labelled RUB, and it labels the seller's INN only, as sets G and O rule. The
  Dubai taxi receipt is AED, its total includes the toll and the airport fee, and it
  has no party labels.
- The Russian passport is numbered by the six-digit number "604281" without the series
  "78 19", as sets Z, AD, AG and AH label one, and dated by its date of issue
  14.08.2019, not by the copy certification or the birth date. The Kazakh passport is
  numbered "N14782536" and dated by its date of issue. Its IIN is a personal number.
- Powers of attorney label the principal with the INN, KPP, account and BIK it prints.
  The driver prints a passport and no INN, so he has no labels, and the dealer named
  with its INN has no role. The customs broker is the attorney with its INN and KPP.
  Neither power names money, so `currency` is None.
- The developer's notice and the telecom operator's letter name rouble sums, so their
  currency is RUB, with `total` None and no party labels, as set G rules.
- The ЭПТС extract is `other`, numbered by the number of the electronic passport and
  dated by the day that passport was issued (19.02.2026), not by the extract's
  generation time or the owner's acquisition. The pre-export inspection report is
  `other`, dated by the inspection. Neither names money, so `total` and `currency` are
  None. The repair estimate requests no payment, so it is `other` with `total` None
  and `currency` RUB, as set Z labels its quotation. None of them has party labels,
  although they print INNs.
"""

from .holdout import HoldoutDocument


def load_holdout_aj() -> list[HoldoutDocument]:
    """Return the set AJ documents, Russian first, in a fixed order."""
    from .holdout_aj_en import ENGLISH_DOCUMENTS_AJ
    from .holdout_aj_ru import RUSSIAN_DOCUMENTS_AJ

    return [*RUSSIAN_DOCUMENTS_AJ, *ENGLISH_DOCUMENTS_AJ]
