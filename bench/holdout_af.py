"""Set AF: long and multi-page documents of heavy industry, energy, mining, oil and
gas, transport and construction.

The set has 28 Russian and 16 English documents of every built-in type. Invoices (8: 5
Russian, 3 English), acts (5: 4 and 1), UPD (5: 4 and 1) and payment orders (5: 4 and 1)
are the most numerous. Then come contracts (3: 2 and 1) and waybills (3: a ТОРГ-12 and
a transport waybill in Russian, a bill of lading in English). Other papers are three as
well: a Russian pipe quality certificate, an English mill inspection certificate and a
daily drilling report. The set ends with two packing lists, two bank statements, two
receipts, two passports, two powers of attorney and two letters, one of each type in
each language.

The Russian documents follow a steel plant, a pipe trader, a Kuzbass coal company and
its haulage contractor, a drilling contractor in Yamal, a power plant on the Kama, a
transformer plant, a mining and processing plant on the Kola peninsula and their
contractors. The invoices are a two-page 1C invoice for rolled steel, a drilling
contractor's upper-case scan, a rail forwarder's invoice with a register of wagons on
two sheets at VAT 0%, a cable invoice that deducts an advance and a crane hire invoice
received by fax. The acts are a КС-2 on three sheets with two sections, a turbine
overhaul act scan, a monthly haulage act by ten-day periods and a pipeline inspection
act scan. The UPD are a two-sheet status 1 UPD whose shipper and consignee are branches
with their own KPP, a drill pipe UPD scan, a monthly diesel UPD with one line per
delivery and a sole proprietor's status 2 UPD scan. The payment orders pay the steel
invoice, the КС-3 less a 5% retention (scan), a sole-proprietor carrier (internet bank
print) and a power bill after advances. The rest are a four-page supply contract with
its specification and payment schedule, a three-sheet construction subcontract, a
three-page ТОРГ-12, a transport waybill scan for an oversize transformer, that
transformer's packing list, a one-day statement on two sheets, a fuel receipt photo, a
rotation worker's passport scan, a power of attorney to collect steel, a claim letter
on the late transformer and a pipe quality certificate scan.

The English documents are a German maker's compressor parts invoice in EUR, a Chinese
tyre maker's invoice scan in USD, a translated heat supply invoice, an Italian
contractor's certificate of acceptance for commissioning a gas turbine, a translated
UPD for drill bits, a translated payment order for the rail freight, an EPC contract
with two appendices, a bill of lading scan for export coal, a packing list of turbine
parts, a statement of a USD account, an Aberdeen hotel folio in GBP, an Italian
engineer's passport, a power of attorney for a customs broker, a port's faxed letter on
ice, a drill pipe mill certificate scan and a daily drilling report. Several documents
belong to one deal: the steel invoice "СМК-00412/26" and its payment "612"; the КС-2
"14" and its payment "2288"; the rail invoice "УР-2026/0387" and its payment "1519";
the UPD "1487" and the power of attorney "94"; the transformer's waybill "0418", packing
list "309-УЛ" and claim letter; the haulage act, the carrier's payment "947" and the
statement "47"; the coal bill of lading and the port's letter.

What is hard: repeated running heads and footers ("Страница 2 из 3", "Лист 2", "Page 1
of 2", "CTPAHИЦA l ИЗ 2"), tables carried over between pages ("Перенос", "Итого по
странице", "Итого по листу", "Carried forward", "Brought forward"), sections with their
own sums, annexes after a contract's body, and many dates, numbers and amounts per
document. Contracts, specifications, orders, invoices, acts, waybills and powers of
attorney are cited with their own numbers and dates. Bank receipt and debit dates and
stamp dates sit beside the document's date, and page sums, VAT, advances, retentions and
balances due beside its total. Both parties print full bank details in many Russian
documents.

Fifteen documents imitate OCR of scans, faxes and photos and carry `noisy=True`. The
Russian ones are the drilling invoice "БС-118/03" (upper case), the crane hire fax
"77/КР", the turbine act "ЭР-0311", the pipeline act "26/ВТД-07" (merged lines, a lost
space in the total), the drill pipe UPD "0392", the sole proprietor's UPD "14", the
payment "2288", the transport waybill "0418", the fuel receipt "118", the passport and
the quality certificate "2718" (upper case). The English ones are the tyre invoice
"HL-MT-260217" (upper case), the bill of lading "KBS-MUR-26/0117", the faxed letter
"SMP/OUT/2026-0214" and the mill certificate "HX-MTC-260417". They have look-alike Latin
and Cyrillic letters, O for 0, l for 1, З for 3, "№" read as "Ne" or "N2", page breaks
inside tables, merged lines, broken spacing, stray stamp text, fax headers and incoming
stamps with their own dates. Their labels are the true values, not the damaged text.

Clean documents run to up to four pages. Each page has at most 70 lines of at most 110
characters, and tests/bench/test_holdout_af.py checks that each prints a page marker
for each of its pages. NOTE: sets up to AE keep clean documents to one page because the
benchmark also renders them to images; whether that rendering handles several pages was
not checked here.

The documents were written blind: without reading the engine, the templates, the
synthetic generator or the documents of the other sets. The files read were
`bench.holdout`, `bench.metrics`, `bench.formats` (whose `amount_words_ru` spelled the
rouble totals in words), the notes of sets D, E, F, K, M, W, Z and AA to AD, the loader
of `bench.holdout_w`, the
first 150 lines of `bench.holdout_w_ru`, tests/bench/holdout_checks.py and the tests of
sets W and Z. Every company, person, address, bank and requisite is invented. INN, OGRN,
OGRNIP, BIK, settlement and correspondent accounts, the IBAN and the passport's
machine-readable zone carry valid check digits.

Labels follow `bench.holdout` and the notes of the sets named above. `total` is the
amount the
document requests as payment or states as its full value, VAT included. Notes for this
set:

- A page sum, a section sum, a sum carried forward, VAT, an advance already paid, a
  guarantee retention and a balance due are never the total. The cable, compressor
  parts and tyre invoices are labelled with their full value, not the rest to pay after
  the advance or deposit. The КС-2 act's total is "Всего по акту с НДС", not the amount
  payable after the retention, and the Italian certificate's total is its full value,
  not the part payable before the reliability run.
- The payment order "2288" pays the КС-3 less the retention, so its total is the amount
  paid, not the value of the works that its purpose cites.
- A construction contract or subcontract labels the contractor (подрядчик,
  субподрядчик) as seller and the customer or general contractor as buyer, as acts do.
  A contract's total is its price with VAT.
- A UPD labels a shipper or consignee printed with its own INN and KPP, including a
  branch with its own KPP. A shipper printed as "он же" or "the same" is not labelled.
  The ТОРГ-12 labels its supplier as seller and shipper and its payer as buyer and
  consignee, each with the bank details it prints.
- The transport waybill and the bill of lading have no `total` label: the waybill's
  freight charge is not a document value, so its currency is RUB, and the bill of
  lading names no money, so its currency is None. Their Russian parties are labelled as
  shipper, consignee and carrier; the sole-proprietor carrier has KPP None.
- Bank statements are numbered and dated by the statement and label the account holder
  with its account and the bank's BIK. Their counterparties are not labelled.
- The fuel receipt prints "=38343,74" and no currency mark, so it is labelled RUB.
- The Russian passport is numbered "65 21 738154", its series and number as the top
  line prints them, and dated by the date of issue. The Italian passport is numbered
  "YB4827163" and dated by its date of issue.
- The claim letter and the port's letter name roubles and US dollars, so their
  currencies are RUB and USD, with `total` None and no party labels.
- Foreign parties have no labels. The German seller's IBAN is printed but not labelled.
"""

from .holdout import HoldoutDocument


def load_holdout_af() -> list[HoldoutDocument]:
    """Return the set AF documents, Russian first, in a fixed order."""
    from .holdout_af_en import ENGLISH_DOCUMENTS_AF
    from .holdout_af_ru import RUSSIAN_DOCUMENTS_AF

    return [*RUSSIAN_DOCUMENTS_AF, *ENGLISH_DOCUMENTS_AF]
