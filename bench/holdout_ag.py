"""Set AG: agriculture and food, from the field and the elevator to the retail shelf
and the border.

The set has 28 Russian and 16 English documents of every built-in type. Invoices (8: 5
Russian, 3 English), acts (5: 4 and 1), UPD (5: 4 and 1) and payment orders (5: 4 and 1)
are the most numerous. Then come other papers (4: 2 and 2) and waybills (3: a transport
waybill and a ТОРГ-12 in Russian, a CMR in English). The set ends with two contracts,
two packing lists, two bank statements, two receipts, two passports (a Russian and a
Turkish one), two powers of attorney and two letters, one of each type in each language.

The papers belong to a grain elevator in Salsk, a grain exporter in Rostov-on-Don, a
dairy plant in Obninsk, a meat processor in Korocha and a greenhouse complex in Dankov.
Others come from a fertiliser wholesaler, a feed mill and a peasant farm in the Voronezh
region, and from a fish processor and a cold store in Murmansk. The rest belong to a
fish wholesaler in St Petersburg, a sunflower oil plant in Azov and a Moscow retail
chain's distribution centre. Their foreign partners are a Turkish citrus exporter and
its carrier, a Turkish oil buyer, an Egyptian flour miller and a Dutch seed house, with
a Moscow fruit importer, its customs broker and a Novorossiysk surveyor on the Russian
side. Four documents are bilingual: the oil contract (two columns, Russian left), its
packing list (each Russian line followed by its English line), the wheat invoice
(English heading first, then alternating lines) and the CMR (English and Russian box
captions). Each is labelled with the language printed first.

Several documents belong to one deal and print each other's numbers and dates. The
Turkish invoice "AKN-2026/0318", its packing list, phytosanitary certificate, CMR
"260419", the driver's passport and the hotel receipt of the importer's inspector
follow one truck of citrus. The broker's invoice "РБ-0412" for its clearance is paid by
"742", and the exporter is paid by the MT103 "YFI260318-01". The elevator's act "214",
its invoice "231", the payment "1186" and the quality certificate "146" follow the
exporter's wheat in storage. The contract "YZE-DMT/2026-03" with the Egyptian buyer, the
export manager's power of attorney "14/26", the surveyor's act "57" and certificate
"PS-Q-26/0327", the invoice "YZE-EX-0327", the shipment advice and the dollar statement
"64" follow one cargo of wheat. The dairy UPD "ЗЛ-00584" is paid by "3917" and carried
under the act "31" by the carrier whose passport is in the set, and the price letter
"118/К" and the chain's services invoice "РЦ-У-0341" belong to the same supply
contract. The meat UPD "КМД-01127", its veterinary certificate and the storekeeper's
power of attorney "217" follow one delivery. The greenhouse UPD "ДЗ-0736" is credited
in the statement "58". The fertiliser invoice "117", its advance "46" and the UPD "214"
follow one order. The fish invoice "0418", the transport waybill "ТН-0418" and the
translated UPD "0421" follow one load, and the oil contract "DD-EY/2026-01" and its
packing list "DD-014" one lot.

Fifteen documents imitate OCR of phone photos, faxes and poor scans and carry
`noisy=True`. The Russian ones are the fertiliser invoice photo "117", the fish invoice
fax "0418" (upper case, "N2"), the veterinary act scan "18" (upper case), the carrier's
act photo "31", the meat UPD scan "КМД-01127", the greenhouse UPD scan "ДЗ-0736", the
dairy payment scan "3917" ("N2"), the fish transport waybill scan "ТН-0418", the farm
shop's receipt photo "87" and the carrier's passport scan (upper case). The English
ones are the Dutch seed invoice fax "ZW-26-00417", the CMR scan "260419", the Mersin
hotel receipt photo "004871", the Turkish driver's passport scan and the phytosanitary
certificate scan "TR-33-2026-018274". They have look-alike Latin and Cyrillic letters, O
for 0, l for 1, З for 3, "№" read as "Ne" or "N2", "|" table rules, merged lines, broken
spacing inside words, camera file names, a fax header, round stamps and handwritten
receipt marks run into the lines and cut or folded edges. Their labels are the true
values, not the damaged text. The passport's machine-readable zone reads cleanly.

The clean documents fit on one page (at most 70 lines of at most 110 characters),
except the two contracts, which run to two pages of that size, each page ending with a
marker ("Стр. 1 из 2 / Page 1 of 2", "Page 1 of 2"). NOTE: the benchmark renders clean
documents to images, and whether it renders a second page was not checked here.

What is hard: amounts beside the total. They include the broker's services with VAT
beside the customs fee it passes on, sums without VAT and VAT at 10% and 22% in one UPD,
a 50% advance and the invoice it cites, and an advance for a contract's first lot. Then
come a seed house's advance and balance, demurrage and despatch money, statement
balances and currency control fees. Numbers that are not the document's own are customs
declaration, CMR, B/L, wagon, sample, seal, order, warehouse receipt and shipment
numbers, a veterinary certificate's series and form number, and driver's licence and
passport numbers in other papers. Dates that are not the document's are receipt and
debit marks, bank stamps, fax headers, camera timestamps, translation and validity
dates, birth and arrival dates and loading periods. Layouts print numbers and dates
under their captions, two-column headers, key-value tables and bilingual text, and
amounts in Russian ("1 250,00", "1250-00"), English ("1,250.00") and Turkish or Dutch
("1.250,00") forms. Dates are printed as "28.02.2026", "«22» января 2026 г.", "3 апреля
2026 г.", "2026-03-03", "March 28, 2026", "27 Mar 2026", "14.03.26" and, in the passport
scan, "l2 AUG 2O2l". Russian documents dated 2026 charge VAT at 22%, or at 10% for milk,
meat, fish, vegetables and compound feed. Category A raw smoked sausage, a delicacy, is
charged 22%.

The documents were written blind: without reading the engine, the templates, the
synthetic generator or the documents of the other sets. The files read were
`bench.holdout`, `bench.metrics`, `bench.formats` (whose `amount_words_ru` spelled the
rouble totals in words), the notes (module docstrings) of sets D, Z and AA to AF, the
loader of `bench.holdout_w`, the first 150 lines of `bench.holdout_w_ru`,
tests/bench/holdout_checks.py and the tests of sets W and Z. Outside that list, the ruff
section of pyproject.toml was read for the line length limit. Every company, person,
address, bank, vessel and requisite is invented. INN, OGRN, OGRNIP, settlement and
correspondent accounts carry valid keys against their BIKs, KPP and BIK have valid
forms, the IBANs pass the ISO 13616 mod-97 check, and the Turkish identity number and
the passport's machine-readable zone carry valid check digits. The Turkish Vergi
numbers, the Egyptian tax registration number and the Dutch VAT number follow only the
usual form. tests/bench/test_holdout_ag.py checks the labels against the text, in noisy
documents after the look-alike repair, and the set's own forms listed there: totals in
words, other dates, "N2" for "№", foreign codes, INNs without a role, competing amounts,
the totals and citations shared by the documents of one deal, trade terms, bilingual
headings, packing weights, page markers, the machine-readable zone and the VAT rates of
2026.

Labels follow `bench.holdout` and the notes of sets D, Z and AA to AF. `total` is the
amount the document requests as payment or states as its full value, VAT included.
Notes for this set:

- A customs broker's invoice bills its services with VAT and the customs fee that it
  paid for the importer, which it passes on without VAT. Its `total` is "Всего к
  оплате" (47 936,00), the sum of both, because that is what the invoice requests; the
  services with VAT (39 406,00) and the fee (8 530,00) are not. The payment "742"
  transfers the same sum. The number of the customs declaration (ДТ), the Turkish
  invoice and the CMR that the broker cites are not its number.
- A retail chain's invoice to its own supplier for promotion and cross-docking services
  labels the chain as seller and the dairy plant as buyer, each with the bank details
  printed in its column.
- The fertiliser invoice "117" has `total` 2 410 500,00 with VAT included. The farm's
  payment "46" is a 50% advance, so its `total` is the 1 205 250,00 it transfers. The
  UPD "214" states the full value (2 410 500,00) although line (5) cites both payments.
  The farm's head is a sole proprietor, so his KPP is None as buyer, payer ("КПП 0"),
  and as consignee of the ТОРГ-12.
- A UPD labels a consignee printed with its own INN and KPP: the retail chain's
  distribution centre, a subdivision with the KPP 503645001 beside the chain's INN. A
  shipper printed as "он же" is not labelled. A status 2 UPD is a `upd` like status 1.
  The translated UPD "0421" is dated by the UPD (06.03.2026), not by the translation,
  and its consignee "the same as the buyer" is not labelled.
- The ТОРГ-12 labels the feed mill as seller and shipper and the farm as buyer and
  consignee, each with the account and BIK it prints, as set AF rules. The transport
  waybill labels shipper, consignee and carrier. Its freight charge is not a document
  value, so it has no `total` label, and `currency` is RUB. The CMR labels only the
  Russian consignee, names no money, has no `total` label and `currency` None. The
  Turkish sender and carrier have no labels.
- Packing lists name no money, so `total` and `currency` are None. The oil packing list
  prints the exporter as "Продавец / грузоотправитель" and labels it as seller and
  shipper. The citrus packing list prints the importer as "Buyer/Consignee" and labels
  it under both roles. The Turkish exporter and buyer have no labels.
- Contracts have their contract value as `total`: USD 1,717,500.00 for the oil, not the
  advance for the first lot (USD 85,875.00), and USD 5,962,500.00 for 25,000 MT of
  wheat, not the invoice for the B/L quantity. The wheat invoice "YZE-EX-0327" bills the
  B/L quantity (USD 6,043,590.00). The Russian seller of both is labelled with the
  dollar account printed for payment.
- The Dutch seed invoice's `total` is "TOTAL EUR 56.050,00" with the freight, not the
  subtotal or the advance and balance of EUR 28.025,00 each.
- The MT103 print is a `payment_order` numbered by the sender's reference of field 20
  and dated by the value date of field 32A, as set AD rules. Its payer is labelled with
  the INN and KPP of field 50K, the euro account and the BIK of the sending bank.
- Statements are numbered and dated by the statement ("№ 58", "No. 64") and label the
  account holder with INN, KPP, the account and the bank's BIK. The generation date the
  next day is not the date. Counterparties, including the Egyptian payer's IBAN, are not
  labelled.
- The farm shop's receipt is numbered by "КАССОВЫЙ ЧЕК № 87", not the shift or the
  fiscal document, prints no currency mark and is labelled RUB, with the seller's INN
  only. The Mersin hotel receipt is labelled TRY from "TL", numbered by "Receipt No.",
  dated by the departure and payment (03.03.2026), and its total includes the
  accommodation tax (6.630,00 TL). The hotel and its guest have no labels.
- The Russian passport is numbered by the six-digit number "604517" without the series
  "29 18", as sets Z to AD label one, and dated by its date of issue, not by the copy
  certification or the birth date. The Turkish passport is numbered "U27418365" and
  dated by its date of issue; the T.C. Kimlik number is a personal number, not a label.
- Other papers name no money, so `total` and `currency` are None, and they have no party
  labels although three print an INN. The veterinary certificate on form № 2 is numbered
  "0826417", the number after "серия 31", as passports drop their series; the form
  number "2" is not its number. The grain quality certificate is "146", the wheat
  certificate of quality "PS-Q-26/0327" and the phytosanitary certificate
  "TR-33-2026-018274", each dated by its date of issue.
- Powers of attorney label the principal with the INN and KPP it prints, and the retail
  chain also with its account and BIK, as set I rules. The storekeeper and the export
  manager print passports and no INN, so the attorney has no labels. The meat processor
  named with its INN in the power of attorney has no role. Neither names money, so
  `currency` is None.
- The price letter "118/К" names rouble prices and the shipment advice
  "YZE/OUT/2026-114" dollar sums, so their currencies are RUB and USD, with `total` None
  and no party labels.
"""

from .holdout import HoldoutDocument


def load_holdout_ag() -> list[HoldoutDocument]:
    """Return the set AG documents, Russian first, in a fixed order."""
    from .holdout_ag_en import ENGLISH_DOCUMENTS_AG
    from .holdout_ag_ru import RUSSIAN_DOCUMENTS_AG

    return [*RUSSIAN_DOCUMENTS_AG, *ENGLISH_DOCUMENTS_AG]
