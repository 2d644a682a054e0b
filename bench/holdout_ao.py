"""Set AO: oil, gas and mining services around a drilling contractor in Western Siberia.

The set has 28 Russian and 16 English documents of every built-in type. Invoices (8: 5
Russian, 3 English), acts (5: 4 and 1), UPD (5: 4 and 1) and payment orders (5: 4 and 1)
are the most numerous. Then come contracts (3: 2 and 1), other papers (3: 2 and 1) and
waybills (3: 1 and 2). The set ends with two packing lists, two bank statements, two
receipts, two passports, two powers of attorney and two letters, one of each type in
each language.

The papers follow ООО «Буровая компания «Сургутский меридиан»», a drilling contractor in
Surgut with a branch in Nizhnevartovsk, which drills three wells on pad 37 of an oil
field for the producer АО «Вартаганнефть» at a rate per metre drilled. A Nefteyugansk
lessor rents it a top drive and two mud pumps at rates per day, and a sole proprietor's
truck crane works for it at a rate per machine-hour, without VAT under the simplified
tax system. A Tyumen fuel trader ships it winter diesel in rail tank cars at a price per
tonne. A camp caterer charges per person-day, a helicopter operator flies the shift
crews, and a Kazakh directional drilling subcontractor from Aktau bills in tenge. The
producer also orders a geological survey of a new pad from a Khanty-Mansiysk survey
firm. Abroad, a Norwegian maker of pipe-handling equipment sells spare parts in euros
and field service in kroner, and an Indian mill sells casing in US dollars.

The Russian invoices are the contractor's drilling invoice, the diesel prepayment
invoice, the crane owner's invoice photo, the Kazakh invoice in the 1C layout of
Kazakhstan and the helicopter operator's invoice fax. The acts are the geological survey
act, the Kazakh act scan on form Р-1, the helicopter act with a table of flights and the
crane act. The UPD are the diesel UPD scan with one line per tank car, the UPD for the
second well, the lessor's monthly UPD and the caterer's UPD scan. The payment orders are
the producer's payment of the drilling invoice less the advance and a penalty, the
diesel advance scan, an internet bank print that pays the crane owner and the payment to
the helicopter operator. The rest are the drilling contract, the rental contract, a
mutual offset act (акт взаимозачета), the driller's daily report scan, the railway
waybill scan of the tank cars and the lessor's packing list. Then come the contractor's
rouble statement, a Nizhnevartovsk hotel's cash receipt photo, a driller's passport
scan, a power of attorney on form М-2 to receive the diesel and the producer's claim for
the downtime penalty.

The English documents are the Norwegian spare parts invoice in euros, the Indian casing
invoice in dollars and the Norwegian field service invoice fax in kroner. Then come the
Norwegian field service acceptance certificate, a translation of the contractor's UPD
for the first well, the MT103 that pays the casing balance and the casing supply
contract. The rest are the mill test certificate scan, the casing bill of lading scan,
the CMR and the packing list of the Norwegian crates. Then come the contractor's dollar
statement, a Vadodara hotel's receipt photo in rupees, the Indian engineer's passport
scan, a power of attorney for the mill inspection and the Norwegian maker's letter on a
crate held back.

Several documents belong to one deal and print each other's numbers. The contract
"ВН-26/014-Б", the invoice "37", its translated UPD "31", the claim "412/ПР", the daily
report "38" and the payment "1186" follow the first well, and the UPD "52" and the
offset act "4" follow the second. The invoice "ТН-0214", the advance "318", the railway
waybill "ЭЖ481726", the power of attorney "46" and the UPD "392" follow the diesel. The
crane invoice and act "14" and the payment "402", the helicopter act "64", the invoice
"206" and the payment "409", and the rental contract "11-А/26", the packing list
"УЛ-11/1" and the UPD "57" form three more threads. The rouble statement "61" shows the
payments of the crane, the helicopter, the catering UPD "84", the rental UPD, the rest
of the diesel and the producer's payment "1186", and a purchase of dollars that the
dollar statement "12" receives. The contract "STP-SM/2026-01", the power of attorney
"SM-POA-26/07", the mill certificate "STP/MTC/26/0412", the invoice
"STP/EXP/2025-26/0187", the bill of lading "KSL/MUN/NVS/26/0417", the MT103
"SM260305-01" and the dollar statement follow the casing. The invoice "SDE-INV-26-0147",
the packing list "SDE-PL-26-0147", the CMR "0418276" and the letter "SDE/OUT/26-031"
follow the spare parts, and the certificate "FSR-26-0058" and the invoice
"SDE-SV-26-0058" the field service.

Fifteen documents imitate OCR of scans, faxes and phone photos and carry `noisy=True`.
The Russian ones are the crane invoice photo "14", the helicopter invoice fax "206", the
Kazakh act scan "27", the diesel UPD scan "392", the catering UPD scan "84", the diesel
advance scan "318", the daily report scan "38", the railway waybill scan "ЭЖ481726", the
hotel receipt photo "211" and the passport scan. The English ones are the field service
invoice fax, the mill certificate scan, the bill of lading scan, the hotel receipt photo
and the passport scan. Their damage was written by a seeded script and then edited by
hand: look-alike Latin and Cyrillic letters, O for 0, l for 1, З for 3, "№" read as
"N2", fax headers, camera and scan file names, and round, bank, railway and receiving
stamps run into the lines. Their labels are the true values, not the damaged text. The
passport's machine-readable zone reads cleanly. The other documents are clean and fit on
one page (at most 70 lines of at most 110 characters), because the benchmark also
renders them to images and reads them back with OCR. Every line is also kept within the
88 characters that ruff allows, so the document files need no exemption from it.

What is hard: rates per metre, per day, per machine-hour, per flight hour, per
person-day and per tonne beside the totals. Other amounts are advances credited and
rests to pay, sums without VAT, VAT at 22% beside VAT at 10% for domestic air carriage
of passengers in one invoice, no VAT under the simplified tax system, a railway tariff
passed on, a downtime penalty withheld from a payment, a security deposit and the sums
of a mutual offset. The prepayment invoice for diesel states a planned weight, and its
UPD the weight loaded. Numbers beside the document's number are contracts, orders, acts
and payments cited, a subsoil licence ("ХМН 04217 НЭ"), wells, pads and rigs, tank car
numbers with their check digit, railway station and payer codes, seals, heats, part
numbers, an export licence reference, a unique contract number of currency control and
fiscal data. Foreign codes are the Kazakh БИН and ИИН, a KZ IBAN under "ИИК" beside a
letter bank code under "БИК", Norwegian organisation numbers and IBAN, a German IBAN of
the Norwegian maker's euro account and Indian GSTINs, IEC and CIN. Amounts are printed
as "21 874 600,00", "18371410-00", "=13800.00", "EUR 85 050,00", "NOK 218 160,00",
"USD 506,737.80", "40,828.00" rupees and "18 750 000,00 KZT", and dates as "2 марта 2026
г.", "«27» февраля 2026 г.", "16.02.2026", "23 January 2026", "6 March 2026",
"l2/06/2O23" in a scan and "260305".

The documents were written blind: without reading the engine, the templates, the
synthetic generator or the documents of the other sets. The files read were
`bench.holdout`, `bench.metrics`, `bench.formats` (whose `amount_words_ru` spelled the
rouble totals in words), the notes (module docstrings) of sets D, Z and AA to AN, the
loader of `bench.holdout_w` and the end of its module docstring, the first 150 lines of
`bench.holdout_w_ru`, tests/bench/holdout_checks.py, tests/bench/test_holdout_an.py and
parts of the tests of sets W and Z (their constants, test names and a few helper
functions), and the ruff section of pyproject.toml. The towns, the railways, the laws
cited, the standards (ГОСТ Р 55475-2013, API 5CT, EN 10204) and the form names are real.
Every company, person, address, bank, field, vessel, station code and requisite is
invented. INN, OGRN, OGRNIP, settlement and correspondent accounts carry valid keys
against their BIKs, and KPP and BIK have valid forms. The IBANs, the Kazakh БИН and ИИН,
the Norwegian organisation numbers, the GSTINs, the tank car numbers and the passport's
machine-readable zone carry valid check digits. The Indian IEC and CIN follow only the
usual form. tests/bench/test_holdout_ao.py checks the labels against the text, in noisy
documents after the look-alike repair, and the set's own arithmetic and forms: the lines
behind each total, the statements' balances, the dollar purchase seen from both
accounts, the diesel weights of the UPD and the waybill, the penalty and the offset.

Labels follow `bench.holdout` and the notes of sets D, Z and AA to AN. `total` is the
amount the document requests as payment or states as its full value, VAT included. Notes
for this set:

- The drilling invoice "37" is worth the works of the month with VAT (21 874 600,00),
  not the rest after the 15% advance credit (18 593 410,00). The producer's payment
  "1186" transfers that rest less the downtime penalty of the claim, so its `total` is
  the 18 371 410,00 it transfers, as set M rules for a partial payment. The penalty
  (222 000,00), the rate per metre and the day rate of waiting are never totals.
- The drilling contract's `total` is its price for three wells with VAT (59 604 320,00),
  not the advance, the waiting day rate or the penalty per hour. The rental contract's
  is the rent for 90 days with delivery and VAT (22 582 200,00), not a day rate or the
  security deposit. A contract labels the party that provides the service (the
  contractor, the lessor) as seller and its customer (the producer, the lessee) as
  buyer, each with the bank details of the requisites block, as set AF rules for
  construction contracts.
- The diesel invoice "ТН-0214" requests prepayment for the planned 250 t and the railway
  tariff, so its `total` is 21 738 496,80. The UPD "392" bills the 248,295 t loaded, so
  its `total` is 21 595 177,91, not the advance it credits or the rest paid later
  (10 725 929,51). "ЕВРО" in "Топливо дизельное ЕВРО" is the fuel's class, not a
  currency. The UPD labels its consignee, the buyer's Nizhnevartovsk branch, with the
  company's INN and the branch's own KPP 860343001, as sets AF and AG rule. The invoice
  prints the same branch, but an invoice labels only seller and buyer.
- The railway waybill is numbered by its consignment number "ЭЖ481726" and dated by the
  acceptance for carriage (16.02.2026), not by the arrival, the issue, the railway stamp
  or the scan. Its freight charge is not a document value, so it has no `total` label
  and `currency` is RUB, as set M rules. It labels the shipper and the consignee (the
  branch with its own KPP). The railway, printed without requisites, is not labelled,
  and the payer code of ten digits is not an INN.
- The crane owner is a sole proprietor under the simplified tax system: no VAT, his KPP
  is None as seller of the invoice and the act and as payee of the payment "402", whose
  KPP field reads "0", as set D rules.
- The helicopter operator bills the shift transfer as domestic air carriage of
  passengers at VAT 10% and the weather standby at 22%. The `total` of the invoice
  "206", the act "64" and the payment "409" is both lines with both VATs (1 881 960,00).
- The Kazakh invoice "27" and act "27" are KZT and label only the Russian customer as
  buyer. The БИН, the engineer's ИИН, the KZ IBAN under "ИИК" and the letter code under
  "БИК" are Kazakh and not labelled, as set W rules for the 1C layout of Kazakhstan. The
  Russian VAT that the customer pays as tax agent is not part of either total. The act
  is dated by its date of making (28.02.2026), not by the customer's signature
  (04.03.2026).
- The geological survey act "09-ГИ" is worth the accepted works with VAT (1 396 900,00),
  not the advance or the rest to pay, and labels the survey firm as seller and the
  producer as buyer, each with the bank of the two-column block.
- The mutual offset act "4" is `other`. The sum it offsets (2 528 175,74) settles two
  debts. It is neither a payment requested nor the value of a deal, so `total` is None
  and `currency` is RUB, as set AA rules for its bank guarantee. It has no party labels,
  although it prints both parties' INN and KPP.
- The daily drilling report "38" is `other`, dated by its day 15.02.2026 and not by the
  scan's file name. It names no money, so `total` and `currency` are None, and its well,
  pad, rig, order and downtime act numbers are not its number.
- The lessor's packing list "УЛ-11/1" prints "Арендодатель (грузоотправитель)" and
  "Арендатор (грузополучатель)". A lease is not a sale, so only shipper and consignee
  are labelled. It names no money, so `total` and `currency` are None. The Norwegian
  packing list prints "Buyer / Consignee" and labels the branch under both roles.
- Statements are numbered and dated by the statement: "№ 61" with "Дата выписки:
  11.03.2026", not the generation on 12.03.2026, and "No. 12" of 6 March 2026. They
  label the account holder with INN, KPP, the account and the bank's BIK and have no
  `total` label. Counterparties, the Indian beneficiary and the holder's other account
  on the far side of the dollar purchase are not labelled.
- The MT103 print follows set AD: numbered by field 20 ("SM260305-01"), dated by the
  value date of field 32A and with the 32A amount as `total`. The payer is labelled with
  the INN and KPP of field 50K, its dollar account and the BIK of the sending bank. The
  unique contract number of currency control is not its number.
- The translated UPD is dated by the UPD (28.02.2026), not by the translation (16 March
  2026), keeps the UPD's number "31" and roubles, and labels the contractor as seller
  and the producer as buyer.
- The Indian invoice is worth the first lot (USD 506,737.80), not the 20% advance it
  adjusts or the balance that the MT103 pays. The contract is worth both lots
  (USD 1,002,000.00). The Norwegian invoice is worth the parts with crating
  ("EUR 85 050,00"), not the advance or the balance, although one crate was held back.
  The letter that says so names euro sums and has `total` None. The field service
  acceptance certificate is an `act` worth the services and expenses it accepts
  (NOK 218,160.00), which the invoice fax repeats. Foreign sellers have no labels, and
  the Russian buyer is labelled with the INN and KPP it prints.
- The mill test certificate is `other`, numbered by its certificate number and dated by
  its date of issue, not the test dates. It names no money. The bill of lading names no
  money either, so it has no `total` label and `currency` is None. It is dated by the
  shipment on board and the issue (24.02.2026) and labels the Russian consignee. The
  notify party, named with its INN, has no role. The CMR is dated by box 21 and labels
  the consignee branch.
- The Russian hotel's cash receipt is numbered "211" by "КАССОВЫЙ ЧЕК №", not the shift
  or the fiscal data, prints no currency mark and is RUB with the seller's INN only. The
  Vadodara receipt is INR, numbered by its receipt number, dated by the departure and
  payment, and its `total` includes GST. Neither is dated by the camera's file name.
- The Russian passport is numbered "538204" without the series "67 19" and dated by its
  date of issue. The Indian passport is numbered "W4827163" and dated by its date of
  issue, printed day first as "l2/06/2O23", as Indian passports print dates. Read month
  first, it would be 6 December 2023.
- The power of attorney "46" on form М-2 labels the company as principal with the head
  office's INN, KPP, account and BIK that it prints, although the consumer is the
  branch. The English power of attorney labels the principal with INN and KPP. The
  attorneys print passports and no INN, and the supplier and the mill named in them have
  no role. Neither names money, so `total` and `currency` are None.
- The producer's claim "412/ПР" is a `letter` in roubles with `total` None and no party
  labels.
"""

from .holdout import HoldoutDocument


def load_holdout_ao() -> list[HoldoutDocument]:
    """Return the set AO documents, Russian first, in a fixed order."""
    from .holdout_ao_en import ENGLISH_DOCUMENTS_AO
    from .holdout_ao_ru import RUSSIAN_DOCUMENTS_AO

    return [*RUSSIAN_DOCUMENTS_AO, *ENGLISH_DOCUMENTS_AO]
