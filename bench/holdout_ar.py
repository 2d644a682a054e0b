"""Set AR: an agricultural holding in the Kuban, its lessor, suppliers and grain buyers.

The set has 28 Russian and 16 English documents of every built-in type. Invoices (8: 5
Russian, 3 English), acts (5: 4 and 1), UPD (5: 4 and 1) and payment orders (5: 4 and 1)
are the most numerous. Then come contracts (3: 2 and 1) and other papers (4: 2 and 2).
The set ends with two waybills, two packing lists, two bank statements, two receipts,
two passports, two powers of attorney and two letters, one of each type in each
language.

The documents follow ООО «Степной Колос», a grain and oilseed holding in Timashevsk
(Krasnodar Territory). A Rostov lessor leases it a combine harvester. A Zernograd seed
house sells it seeds and fertiliser at VAT 10% with delivery at 22%. A Krasnodar fuel
supplier sells diesel at 22%, and an elevator stores, cleans and dries its wheat. A
grain laboratory tests the wheat, and a repair shop mends the combine. A Rostov
exporter buys 5 000 t of wheat under a forward contract at a fixed price, delivered by
rail to its Novorossiysk branch. The head of a peasant farm (ИП глава КФХ, OGRNIP)
sells feed barley, which the holding ships to a Turkish feed mill paid in US dollars.
A Kazakh supplier sells phosphate fertiliser in tenge, and a Novorossiysk surveyor
supervises the loading of the barley vessel.

Several documents belong to one deal and print each other's numbers. The handover act
"ДЛ-26/0107-1", the lease invoice "ЛП-0342", the payment "318" and the statement "47"
follow the combine lease "ДЛ-26/0107". The forward contract "ФК-26/014", the advance
"1146", the invoice "СК-0311", the quality certificate "КЗ-0316", the lab act "39", the
railway waybill "ЭГ718204", the UPD "214" and the translated UPD "251" of the second
lot follow the wheat. The seed invoice "СД-0219", the power of attorney "41", the UPD
"87" and the packing list "УЛ-87" follow one delivery. So do the fuel invoice "0227",
the UPD "0412" and the payment "296", and the elevator act "58", its invoice "61" and
the shortage claim "112/Э". The farm's contract "7/26-Я", its veterinary certificate
"4827193", the UPD "14" and the payment "321" follow the barley. The contract
"SK-TR-26/03", the power of attorney "17-EN", the veterinary certificate, the draft
survey "NSC-DS-26/0214", the bill of lading "KVK-MER-0214", the invoice "SK-EX-0305",
the dollar statement "12" and the buyer's letter "MAY/IMP/2026-031" follow the export.
The surveyor's invoice "NSC-26/0318" and act "NSC-A-26/0318" bill the loading. The
Kazakh invoice "KAT-26/0117", its packing list and the MT103 "SK260302-KZ1" follow the
fertiliser.

Fifteen documents imitate OCR of scans, faxes and phone photos and carry `noisy=True`.
The Russian ones are the fuel invoice fax "0227", the repair act photo "112", the fuel
UPD scan "0412", the farm's UPD photo "14" and the payment scans "296" and "321". So are
the veterinary certificate scan, the railway waybill scan, the filling station receipt
photo "63" and the farm head's passport scan. The English ones are the surveyor's
invoice fax, the export veterinary certificate scan, the Kazakh packing list photo, the
Mersin hotel receipt photo and the Turkish passport scan. Their damage is Latin and
Cyrillic look-alikes, O for 0, l for 1, З for 3 and "N2" for "№", with fax headers,
camera file names, copy notes and bank, receiving and veterinary stamps run into the
lines. Their labels are the true values. The passport's machine-readable zone reads
cleanly. The other documents are clean and fit on one page (at most 70 lines of at most
110 characters).

What is hard: grain, seeds and agrochemicals at VAT 10% beside delivery, fuel and
services at 22%; a fixed-price forward contract whose lots, advance offsets and rests
to pay surround each total; a lease invoice beside the asset's cost, the advance, the
sum and the rest of the lease; a UPD that bills fewer tonnes than the invoice; a sole
proprietor's 12-digit INN with "КПП 0" and an empty KPP; a consignee branch with its
own KPP; the INNs of parties without a role; the Turkish tax numbers, the Turkish and
Kazakh IBANs and the Kazakh BIN; tenge and Turkish lira; wagon numbers, seals, serial
and engine numbers, the ЭПСМ and a Mercury entry beside the document numbers; and
fax, camera, scan, arrival, debit and translation dates beside the document dates.

The documents were written blind: without reading the engine, the templates, the
synthetic generator or the documents of the other sets. The files read were
`bench.holdout`, `bench.metrics`, `bench.formats` (whose `amount_words_ru` spelled the
rouble totals in words), the notes (module docstrings) of sets D, Z and AA to AP, the
first 150 lines of `bench.holdout_ap_ru`, tests/bench/holdout_checks.py,
holdout_codes.py, holdout_sets.py, test_holdout_sets.py, the test of set AP and the
ruff section of pyproject.toml. A throwaway script put the look-alike letters and
digits into the noisy texts, and the headers, stamps and camera names were written
by hand. Every company, person, address, bank, vessel, hotel and
product is invented. The places, the laws, the standards (ГОСТ, ТР ТС, Incoterms 2020,
GAFTA) and the Mercury system are real. INN, OGRN, OGRNIP, settlement and
correspondent accounts carry valid keys, and KPP and BIK have valid forms. The IBANs,
the BIN, the wagon numbers, the IMO number and the machine-readable zone carry valid
check digits, and the Turkish tax numbers follow only the usual form.
tests/bench/test_holdout_ar.py checks the labels against the text, in noisy documents
after the look-alike repair, and the set's own forms: totals in words, other dates,
"N2" for "№", foreign codes, INNs without a role, competing amounts, other numbers,
citations within a deal, statement balances, UPD rows, the forward contract's lots and
advance, the lease schedule, the farm's payment, the claims, the wagons and the VAT
rates of 2026.

Labels follow `bench.holdout` and the notes of sets D, Z and AA to AP. `total` is the
amount the document requests as payment or states as its full value, VAT included.
Notes for this set:

- Leasing follows set AD. The invoice "ЛП-0342" requests one monthly payment
  (1 286 400,00), not the asset's cost, the advance, the sum or the rest of the lease.
  The handover act states the asset's value (28 548 000,00) and labels the lessor as
  seller and the holding as buyer. The dealer named with its INN has no role, and the
  serial, engine and ЭПСМ numbers are not the act's number.
- The forward contract "ФК-26/014" has its price as `total` (94 600 000,00), not the
  price per tonne, the 30% advance or a lot. The advance "1146" transfers 28 380 000,00
  and is dated by its date field (27.01.2026), not the debit the next day. The invoice
  "СК-0311" keeps the full value of 1 600 t (30 272 000,00), not the rest after the
  advance offset, as set AI rules. The UPD "214" bills the 1 580 t delivered
  (29 893 600,00), and the translated UPD "251" the second lot (32 164 000,00), dated by
  the UPD, not the translation. Both label the exporter's Novorossiysk branch as
  consignee with the exporter's INN and the branch's KPP 231545001.
- The railway waybill "ЭГ718204" is dated by the acceptance for carriage (12.03.2026),
  not the arrival, the delivery or the consignee's incoming stamp. Its freight charge
  is no document value, so it has no `total` label and `currency` is RUB, as set AO
  rules. It labels the holding as shipper and the branch as consignee. The carrier
  prints no requisites and has no labels.
- The farm head is a sole proprietor, so his KPP is None as seller of the contract
  "7/26-Я" and the UPD "14" and as payee of "321", whose KPP field reads "0". The UPD's
  `total` is its full value (5 009 375,80), and the payment transfers it less the 25%
  advance (2 649 875,80), as set M rules for a partial payment.
- The UPD "87", "0412" and "14" print the holding's store, oil depot and granary as
  consignee with the holding's INN and KPP, so the consignee is labelled with them.
  Their shippers are "он же" and are not labelled.
- The elevator's act "58" and invoice "61" are worth the services with VAT 22%
  (1 580 022,00). The grain left in storage is a weight, January's invoice is a
  reference, and the shortage claim "112/Э" is a `letter` in roubles with `total` None.
- The repair act "112" is worth 122 854,00. The warranty work paid by the maker
  (28 600,00) is not part of it. The lab act "39" is worth 82 472,00.
- The quality certificate "КЗ-0316" and the veterinary certificate on form № 2 are
  `other`, name no money and have no party labels although they print INNs. The
  veterinary certificate is numbered "4827193", the number after "серия 61", as set AG
  rules, and dated by its issue, not the scan. The export veterinary certificate
  "23 2026 041873" and the draft survey report "NSC-DS-26/0214" are labelled the same
  way, dated by their issue, not the scan or the survey days.
- The statement "47" is dated by "дата выписки" (06.03.2026), not its generation the
  next day, and the dollar statement "12" by its statement date. Both label the holding
  as account holder with the account and BIK of the statement and have no `total`
  label. Counterparties and the rouble account that receives the sold dollars are not
  labelled.
- The Turkish contract's `total` is its value (USD 685,500.00), and the invoice
  "SK-EX-0305" bills the B/L quantity (USD 682,396.97), not the advance or the balance.
  Both label the holding as seller with its dollar account and BIK, and the Turkish
  buyer has no labels. The bill of lading names no money, so it has no `total` label
  and `currency` is None, and only the shipper is labelled.
- The Kazakh invoice is KZT with `total` 35 160 000,00 and labels the holding as buyer.
  Its packing list prints the holding as "Buyer / Consignee", labelled under both roles.
  The MT103 follows set AD: numbered by field 20, dated by the value date of field 32A
  and with the 32A amount as `total`. The payer is labelled with the INN and KPP of
  field 50K, the tenge account 40702398... and the BIK of the sending bank.
- The surveyor's invoice and act are English papers of two Russian companies in
  roubles (310 490,00 with VAT 22%). The fax header of the next morning is not the
  invoice's date. The power of attorney "17-EN" labels the holding as principal and the
  surveyor as attorney, each with INN and KPP, and names no money.
- The filling station's receipt is numbered "63" by "КАССОВЫЙ ЧЕК №", not the shift or
  the fiscal data, prints no currency mark and is RUB with the seller's INN only. It is
  dated by the sale (19.03.26), not the camera file. The Mersin hotel receipt is TRY,
  numbered by its receipt number, dated by the departure and payment, and its total
  includes the accommodation tax and the minibar (9,367.00 TL).
- The farm head's passport is numbered "512847" without the series "60 14" and dated by
  its date of issue, not the copy note or the birth date. The Turkish passport is
  numbered "U21847356" and dated by its date of issue.
- The driver's power of attorney "41" labels the holding as principal with its INN,
  KPP, account and BIK. The driver prints a passport and no INN, and the seed house
  named with its INN has no role. It names no money, so `currency` is None.
- The Turkish buyer's letter names dollar sums and is USD with `total` None and no
  party labels.
"""

from .holdout import HoldoutDocument


def load_holdout_ar() -> list[HoldoutDocument]:
    """Return the set AR documents, Russian first, in a fixed order."""
    from .holdout_ar_en import ENGLISH_DOCUMENTS_AR
    from .holdout_ar_ru import RUSSIAN_DOCUMENTS_AR

    return [*RUSSIAN_DOCUMENTS_AR, *ENGLISH_DOCUMENTS_AR]
