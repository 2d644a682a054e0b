"""Set AK: agriculture and food, from the grain farm and the elevator to the export of
wheat and fish.

The set has 28 Russian and 16 English documents of every built-in type. Invoices (8: 5
Russian, 3 English), acts (5: 4 and 1), UPD (5: 4 and 1) and payment orders (5: 4 and 1)
are the most numerous. Then come other papers (4: 2 and 2) and contracts (3: 2 and 1).
The set ends with two waybills, two packing lists, two bank statements, two receipts,
two passports, two powers of attorney and two letters, one of each type in each
language.

The Russian documents follow a grain farm in the Voronezh region run by a sole
proprietor (глава КФХ, 12-digit INN, no KPP). Around it are a grain elevator, a flour
mill, a fertiliser and plant protection supplier, an agricultural machinery dealer and
a leasing company. Further papers follow a dairy plant that buys raw milk from a
cooperative, a veterinary clinic, a meat processor that supplies a retail chain, a
fishing company in Murmansk that sells to a Saint Petersburg trader, and a crop insurer.
The invoices are the fertiliser supplier's 1C invoice, the mill's flour invoice to a
bakery (fax) and the lessor's invoice for the lease advance. Two more are the meat
processor's invoice to the retail chain (scan) and the fishing company's invoice for
frozen cod and haddock.
The acts are the elevator's act for storage, shipment and drying of maize, the act that
hands the leased combine over, the dealer's tractor service act (scan) and the clinic's
act for vaccinating the cooperative's herd. The UPD are the farm's UPD for wheat in
credited weight, the cooperative's raw milk UPD recalculated to the base fat (scan),
the dealer's UPD that sells the combine to the lessor for the farm, and the fertiliser
UPD (photo). The payment orders are the mill's advance (scan), the farm's payments to
the elevator and (from an internet bank) to the fertiliser supplier, and the dairy's
payment net of its advance. The rest are the wheat supply contract, the lease contract,
the farm's statement, a transport waybill of one truck of wheat and the packing list of
the fish (scan). Then come the clinic pharmacy's cash receipt (photo), the passport of
the mill's forwarder (scan), the mill's power of attorney for him and the insurer's
letter on a winterkill claim. Last are a printed Mercury veterinary document (ВСД) of
sausages and the elevator's warehouse receipt (складская квитанция, photo).

The English documents are the exporter's commercial invoice for wheat to Egypt (FOB
Novorossiysk), a Dutch seed house's invoice in euros to the farm and the fishing
company's invoice for fish to Busan (CFR). Then come the port grain terminal's
certificate of services, a translated UPD of wheat bought by the exporter and the MT103
that pays the seeds from the farm's euro account. The rest are the wheat sale contract,
the bill of lading (scan), the packing list of the fish (photo), the exporter's USD
statement, a Busan hotel receipt in won (photo) and the passport of the Korean master
of the reefer vessel (scan). Last are the exporter's power of attorney for a surveyor,
the seed house's letter on a split shipment, the phytosanitary certificate of the wheat
(fax) and the veterinary certificate of the fish.

Several documents belong to one deal. The warehouse receipt "318", the contract
"14/26-З", the advance "274", the power of attorney "31", the forwarder's passport, the
transport waybill "128", the UPD "21", the elevator's act "146" and its payment "52"
follow the farm's wheat from storage to the mill. The fertiliser invoice "АХР-0412",
its payment "51" and the UPD "388" follow one order, and the statement "41" shows the
payments "51" and "52", the first lease payment and the mill's final payment of the UPD
"21". The lease contract "ЛЗ-26/0347", the advance invoice "ЛС-0312", the dealer's UPD
"АТЧ-0093" and the handover act "0347/1" follow the combine, and the tractor service
act "СЦ-0418" goes to the same farm. The raw milk UPD "87" is paid by "1427", and the
clinic's act "57" serves the same cooperative. The sausage invoice "МК-1187" and the ВСД
"9284157306" follow one shipment, and so do the fish invoice "БП-0086" and the packing
list "УЛ-0086". In English, the contract "CGE/NDM/2026-03", the phytosanitary
certificate "23/1-2026/04871", the bill of lading "NVS-AZP-0417", the invoice
"CGE-EX-26/014", the terminal's certificate "TS-0412", the power of attorney
"CGE/POA-2026/07" and the USD statement "27" follow one cargo of wheat. The seed invoice
"VZ-2026-00318", the MT103 "KFH260318-02" and the letter "VZ/EXP/2026-041" follow one
order. The fish invoice "BP-EX-26/021", its packing list, the veterinary certificate
"51/0388/2026", the master's passport and the Busan hotel receipt follow one export.

Fifteen documents imitate OCR of scans, faxes and phone photos and carry `noisy=True`.
The Russian ones are the flour invoice fax "412", the sausage invoice scan "МК-1187",
the tractor service act scan "СЦ-0418", the raw milk UPD scan "87", the fertiliser UPD
photo "388", the advance scan "274", the fish packing list scan "УЛ-0086", the pharmacy
receipt photo "143", the forwarder's passport scan and the warehouse receipt photo
"318". The English ones are the bill of lading scan, the fish packing list photo, the
hotel receipt photo, the master's passport scan and the phytosanitary certificate fax.
A seeded substitution over hand-written text set their look-alike Latin and Cyrillic
letters, O for 0, l for 1 and З for 3. The rest of the damage was written by hand:
upper case, "№" read as "N2", a fax header, camera and scan file names, two table rows
run into one line, a header run into one line, a cut right edge, and stamps run into
the lines. Labels keep the true values. The passport's machine-readable zone reads
cleanly. The other documents are clean and fit on one page (at most 70 lines of at
most 110 characters), because the benchmark also renders them to images and reads them
back with OCR.

What is hard: totals beside VAT at 22% and at the 10% of foods (grain, flour, milk,
meat products, fish), sums without VAT, advances, prepayments and rests, the price of a
tonne or a kilogram, storage rates per tonne-month and drying rates per tonne-percent,
weight deductions for moisture and trash, the recalculation of milk to the base fat, a
deposit for returnable crates billed apart, warranty work paid by the maker, the cost
of a leased combine and its monthly payment, the sum insured, the loss, the deductible
and the indemnity. Numbers beside the document's number are contract, warehouse receipt
and ВСД numbers, batch numbers, serial and engine numbers of machines, an electronic
machine passport (ЭПСМ), vessel IMO numbers, catch certificates, receiving note
registers, container and seal numbers. Dates beside the document's date are due dates,
harvest and production dates, shipment and receipt dates, validity, a lease advance
deadline, birth dates, translations, a charter party, fax headers, camera names, bank
and receiving stamps, and generation and export times. Amounts are printed as
"2 262 800,00", "2475000-00", "=6840.00", "USD 7,557,521.16", "RUB 44,553,481.19",
"TOTAL EUR 46,830.00" and "592,900" won. Dates are printed as "24 марта 2026 г.", "«02»
марта 2026 г.", "31.03.2026", "April 10, 2026", "9 March 2026", "09 APR 2026" and
"10-APR-2026". Russian documents dated 2026 that charge VAT do so at 22%, or at 10% for
foods. The veterinary clinic and the carrier apply the simplified tax system and charge
no VAT.

The documents were written blind: without reading the engine, the templates, the
synthetic generator or the documents of the other sets. The files read were
`bench.holdout`, `bench.metrics`, `bench.formats` (whose `amount_words_ru` spelled the
rouble totals in words), the notes (module docstrings) of sets D, Z and AA to AJ, the
loader of `bench.holdout_w`, the first 150 lines of `bench.holdout_w_ru`,
tests/bench/holdout_checks.py and the tests of sets W, Z and AJ. Outside that list, the
ruff section of pyproject.toml was read for the line length limit. Machine models
(ACROS 595 Plus, Кировец К-742МСТ), the places and the standards (ГОСТ 9353-2016) are
real. Every company, person, address, bank, vessel and requisite is invented. INN,
OGRN, OGRNIP, settlement and correspondent accounts carry valid keys against their
BIKs, and KPP and BIK have valid forms. The Dutch and Egyptian IBANs, the Dutch VAT
number, the Korean business registration numbers, the vessels' IMO numbers and the
passport's machine-readable zone carry valid check digits.
tests/bench/test_holdout_ak.py checks the labels against the text, in noisy documents
after the look-alike repair. It also checks the set's own forms: totals in words, other
dates, "N2" for "№", foreign codes, INNs without a role, competing amounts, trade
terms, IMO numbers, machine serials, citations within a deal, statement balances and
the payments they show, rests after an advance, quantities times prices, weight
deductions, the milk's base fat, VAT amounts against their rates, the passport series,
the machine-readable zone and the VAT rates of 2026.

Labels follow `bench.holdout` and the notes of sets D, Z and AA to AJ. `total` is the
amount the document requests as payment or states as its full value, VAT included.
Notes for this set:

- The head of a peasant farm (глава КФХ) is a sole proprietor with a 12-digit INN, so
  his KPP is None in every role: seller, buyer, consignee, shipper, payer, payee,
  account holder, as set AH rules. His payment orders print "КПП 0", and his UPD prints
  "360258822805/" in line (2б). The sole-proprietor carrier of the transport waybill
  is labelled the same way.
- Grain is paid by credited weight (зачетный вес), the physical weight less the
  deductions for moisture and trash above the base. The wheat UPD "21" has `total`
  8 291 778,00, the full value of 502,532 t at 15 000,00 per tonne with VAT 10%, not
  the contract price (8 250 000,00), the advance it cites in line (5) (2 475 000,00) or
  the rest to pay (5 816 778,00). The raw milk UPD "87" is paid by mass recalculated to
  the base fat of 3,4%, and its `total` is 8 101 140,96, not the 3 000 000,00 advance.
- The contract "14/26-З" has its price with VAT as `total` (8 250 000,00), not the
  price per tonne or the 30% advance. The mill's advance "274" has `total` equal to the
  advance it transfers (2 475 000,00), as set M rules for a partial payment. The
  dairy's payment "1427" pays the UPD less the advance, so its `total` is the
  5 101 140,96 it transfers.
- The elevator's act "146" is worth its services with VAT 22% (225 057,11), not the
  sum without VAT or any rate. The warehouse receipt (складская квитанция) that the
  elevator issued when it took the wheat for storage is `other`: it records the grain
  and states no value, so `total` and `currency` are None, and it has no party labels
  although it prints two INNs. It is numbered "318" and dated by its issue (24.09.2025),
  not by the harvest days, the storage term or the camera file name.
- Leasing follows set AD. The lessor's invoice "ЛС-0312" requests the advance, so its
  `total` is 4 926 360,00, not the cost of the combine (24 631 800,00), the monthly
  payment or the sum of the lease. The lease contract "ЛЗ-26/0347" has as `total` the
  lease payments with the advance and the buyout price (31 482 420,00), and the
  handover act "0347/1" states the value of the asset (24 631 800,00). The lessor is
  the seller and the farm the buyer. The dealer named with its INN as the seller of
  the asset has no role in these three papers.
- The dealer's UPD "АТЧ-0093" sells the combine to the lessor, so the lessor is the
  buyer, and the farm, printed as consignee with its INN, is labelled as consignee with
  KPP None. Serial numbers, engine numbers and the ЭПСМ number are never a document's
  number.
- The tractor service act "СЦ-0418" has `total` 179 279,00 with VAT 22%. The warranty
  work that the maker pays (12 400,00) is not part of it.
- The meat processor's invoice "МК-1187" has `total` 1 093 450,00 with VAT 10%. The
  deposit for returnable crates (24 000,00) is not part of the total, because the
  invoice prints it below the total with the note that the invoice sum leaves it out
  ("В СУММУ СЧЕТА НЕ ВКЛЮЧЕ...", cut by the page edge). The ВСД numbers it lists are
  not its number.
- The printed ВСД from the Mercury system is `other`, numbered by "Номер ВСД"
  ("9284157306"), not by the UUID, the site code or the transport document it cites,
  and dated by "Дата оформления" (09.04.2026), not by the production or expiry dates or
  the laboratory report. It names no money, so `total` and `currency` are None, and it
  has no party labels although it prints two INNs.
- The fish invoice "БП-0086" has its full value as `total` (10 932 800,00), not the 50%
  prepayment or the rest, as set AI rules. The English fish invoice is labelled the same
  way (USD 252,840.00), and so is the wheat invoice "CGE-EX-26/014" (USD 7,557,521.16),
  whose balance after the contract advance is not the total.
- The clinic applies the simplified tax system. Its act "57" is worth 202 000,00
  without VAT, and its pharmacy receipt is numbered "143" by "КАССОВЫЙ ЧЕК №", not the
  shift or the fiscal data, prints no currency mark and is labelled RUB with the
  seller's INN only, as sets G and O rule. Both print "БЕЗ НДС" or "НДС не облагается"
  and no VAT rate.
- Packing lists name no money, so `total` and `currency` are None. The Russian one
  prints "Продавец / грузоотправитель" and "Покупатель / грузополучатель" and labels
  each party under both roles. The English one prints the exporter as "Seller /
  Shipper" and labels it under both roles, and the Korean buyer has no labels.
- The transport waybill "128" labels the farm as shipper, the mill as consignee and the
  carrier. Its freight charge is not a document value, so it has no `total` label and
  `currency` RUB. The elevator, named with its INN as the loading point, has no role.
  The bill of lading is numbered "NVS-AZP-0417" and dated by its issue and shipment on
  board (09.04.2026), not by the charter party or the port's stamp. It names no money,
  so it has no `total` label and `currency` None, and only the Russian shipper is
  labelled.
- Statements are numbered and dated by the statement ("№ 41", "No. 27") and label the
  account holder with INN, KPP (None for the farm), the account and the bank's BIK.
  Counterparties, the Egyptian payer's IBAN, the exporter's RUB account that receives
  the sold dollars and the generation date are not labels, and statements have no
  `total` label.
- The MT103 print follows set AD: it is numbered by field 20 ("KFH260318-02"), dated by
  the value date of field 32A (18.03.2026), not by the print time, and its `total` is
  the 32A amount (EUR 46,830.00). The payer is the farm, labelled with the INN of field
  50K, KPP None, the euro account 40802978... and the BIK of the sending bank. The Dutch
  beneficiary and its IBAN have no labels.
- The Dutch seed invoice's `total` is "TOTAL EUR 46,830.00" with the freight, not the
  subtotal. The farm is its buyer with INN and KPP None. The seller's VAT number, its
  IBAN and the Korean business registration numbers are foreign and not labelled.
- The terminal's certificate of services "TS-0412" is an `act` whose `total` is the
  services with VAT 22% (RUB 44,553,481.19), not the sum without VAT or the amount
  payable after the advance. Both Russian parties are labelled with the accounts they
  print.
- The translated UPD "512" is dated by the UPD (March 27, 2026), not by the translation,
  and labels seller, buyer and the port terminal as consignee with its own INN and KPP.
  Its `total` is the full value with VAT 10%, not the prepayment it cites.
- The wheat sale contract has the contract value for 30,000 MT as `total` (USD
  7,455,000.00), not the advance, the price per tonne or the demurrage rate, and labels
  the exporter as seller with its USD account. The Egyptian buyer has no labels.
- The Busan hotel receipt is KRW, numbered by "RECEIPT No." ("260419-0087") and dated by
  the departure and payment (19/04/2026), not by the arrival or the photo taken the next
  morning. Its `total` includes VAT and the minibar (592,900), and it has no party
  labels.
- The Russian passport is numbered "482137", without the series "20 15", and dated by
  its date of issue 24.06.2015, not by the birth date or the copy certification. The
  Korean passport is numbered "M47218539" and dated by its date of issue (14 MAR 2022).
- Powers of attorney label the principal with the INN, KPP, account and BIK they print.
  The mill's forwarder prints a passport and no INN, so he has no labels, and the
  elevator named with its INN has no role. The surveyor is the attorney with INN and
  KPP. Neither power names money, so `currency` is None.
- Letters have no party labels and `total` None. The insurer's letter names rouble
  sums and is RUB, numbered by its outgoing number "07-14/1186", not by the policy, the
  incoming number or the inspection act. The seed house's letter names euro sums and is
  EUR, numbered by "Our ref.".
- The phytosanitary certificate and the fish veterinary certificate are `other`,
  numbered by their certificate numbers and dated by their issue, not by the inspection,
  the fax header, the production dates or the validity. They name no money, so `total`
  and `currency` are None, and they have no party labels.
"""

from .holdout import HoldoutDocument


def load_holdout_ak() -> list[HoldoutDocument]:
    """Return the set AK documents, Russian first, in a fixed order."""
    from .holdout_ak_en import ENGLISH_DOCUMENTS_AK
    from .holdout_ak_ru import RUSSIAN_DOCUMENTS_AK

    return [*RUSSIAN_DOCUMENTS_AK, *ENGLISH_DOCUMENTS_AK]
