"""Set AP: medicines and medical supplies bought by a regional hospital under 44-ФЗ.

The set has 28 Russian and 16 English documents of every built-in type. Invoices (8: 5
Russian, 3 English), acts (5: 4 and 1), UPD (5: 4 and 1) and payment orders (5: 4 and 1)
are the most numerous. Then come contracts (3: 2 and 1) and other papers (4: 2 and 2).
The set ends with two waybills, two packing lists, two bank statements, two receipts,
two passports, two powers of attorney and two letters, one of each type in each
language.

The Russian documents follow a regional hospital in Vladimir, ГБУЗ ВО «Нерльская
областная клиническая больница», which pays through the Federal Treasury, and its
suppliers. A pharmaceutical distributor in Nizhny Novgorod, ООО «Верста-Фарм», supplies
antibiotics under one 44-ФЗ contract and 12 syringe pumps under another, and sells
medicines and cosmetics to a pharmacy chain. A medical gas supplier in Kovrov supplies
oxygen and rents out a gasifier and cylinders. A laboratory reagent supplier on the
simplified tax system supplies reagents and services the analyzer. A sole-proprietor
carrier drives the antibiotics. The invoices are the distributor's 1C invoice of the
first lot of antibiotics, the gas supplier's invoice fax, the reagent invoice with lots
and registration certificates (РЗН), the invoice to the pharmacy chain and the invoice
of the pumps. The acts are the hospital's acceptance document after its expert
examination, the gas supplier's act for rent and delivery, the analyzer service act
photo and the act for installing the pumps. The UPD are the first lot with its series,
GTINs and customs declaration, the oxygen UPD scan, the UPD to the pharmacy chain and
the reagent supplier's status 2 UPD photo. The payment orders are the hospital's
treasury payment of the first lot, the distributor's performance security for the pumps
(scan), the hospital's payment of the oxygen (scan) and the pharmacy chain's internet
bank print. The rest are the two contracts, the auction protocol, the expert conclusion,
the transport waybill scan and the packing list scan of the first lot, and the
distributor's statement. Last come a receipt photo from a chain pharmacy, the
pharmacist's passport scan, her power of attorney and the hospital's claim for the
penalty and the replacement of a rejected series.

The English documents are an Indian generic maker's export invoice in US dollars, a
German maker's invoice for the pumps in euros and an Armenian regulatory agent's
invoice in drams. Then come the German maker's certificate of installation and
commissioning, a translated UPD of the second lot, the MT103 that pays the German
balance and the supply agreement with the Indian maker. The rest are the Indian
certificate of analysis (scan), the EU declaration of conformity of the pumps, the air
waybill scan and the packing list photo of the Indian shipment and the distributor's
dollar statement. Last come a Yerevan hotel receipt photo in drams, the Indian export
manager's passport scan, the distributor's power of attorney for its customs broker and
the Indian maker's letter on the rejected series.

Several documents belong to one deal and print each other's numbers. The auction
protocol "ИЭА1", the contract "Ф.2026.00417", the invoice "ВФ-1174", the UPD "ВФ-3318",
the transport waybill "0316/02" and the packing list "УЛ-3318" follow the first lot of
antibiotics. So do the expert conclusion "9/26-Э", the acceptance document "17", the
claim "01-14/612", the payment "1463" and the statement "58". The examination rejected
16 packs of ceftriaxone of series CTX5C2402, whose residual shelf life was 10 months
against the 12 the contract requires. That series came from the Indian maker under the
agreement "SRL/VF/SA-2025/11", the invoice "SRL/EXP/25-26/0873", the packing list
"SRL/PL/25-26/0873" and the air waybill "589-41736284". Its certificate of analysis
"QC/COA/24/0318" and the maker's letter "SRL/EXP/RU/2026-041" deal with the rejection,
and the dollar statement "9" pays the maker's balance with dollars that the statement
"58" buys. The translated UPD "ВФ-4127" is the second lot of the same contract. The
security payment "1187", the contract "Ф.2026.00589", the invoice "ВФ-1190" and the act
"ВФ-А-0327" follow the pumps. The German invoice "9260147", its MT103 "VF260311-01", the
certificate "LMT-SC-26/0117" and the declaration "LMT-DoC-SP3-2025/04" follow them from
the maker. The oxygen invoice "388" bills the UPD "312" and the act "312/У", and the
payment "1618" pays it. The reagent invoice "57" is delivered by the UPD "61". The
invoice "ВФ-1162", the UPD "ВФ-3162" and the payment "846" follow the pharmacy chain's
order, and the receipt "146" sells goods of that order. The power of attorney "14" names
the pharmacist whose passport is in the set and who signs the UPD of both lots.

Fifteen documents imitate OCR of scans, faxes and phone photos and carry `noisy=True`.
The Russian ones are the oxygen invoice fax "388", the analyzer act photo "14", the
oxygen UPD scan "312", the reagent UPD photo "61", the security payment scan "1187",
the oxygen payment scan "1618", the transport waybill scan "0316/02", the packing list
scan "УЛ-3318", the pharmacy receipt photo "146" and the pharmacist's passport scan. The
English ones are the certificate of analysis scan, the air waybill scan, the Indian
packing list photo, the hotel receipt photo and the Indian passport scan. Their damage
was written by hand: look-alike Latin and Cyrillic letters, O for 0, l for 1 and З for
3, "№" read as "N2", a fax header, camera file names, and receiving, bank and pharmacy
stamps run into the lines. Their labels are the true values, not the damaged text. The
passport's machine-readable zone reads cleanly. The other documents are clean and fit
on one page (at most 70 lines of at most 110 characters), because the benchmark also
renders them to images and reads them back with OCR.

What is hard: medicines at VAT 10% beside rent, delivery, services and cosmetics at 22%
in one document, medical devices exempt under пп. 1 п. 2 ст. 149 НК РФ beside taxed
installation, and no VAT under the simplified tax system. Amounts beside each total are
the contract price and the initial maximum price (НМЦК), lots delivered, rejected and
accepted, a penalty and its formula, fines, the performance and warranty securities,
advances, balances, a retro bonus, an earlier delivery, a cylinder deposit, bids, bank
fees, a rupee value in lakh groups and a dollar reference of drams. Numbers beside the
document's number are the 36-digit ИКЗ, the contract registry number, notice numbers,
bid ids, series, lots, registration certificates (ЛП, ЛСР, РЗН), GTINs, SSCC, a customs
declaration, licences, budget codes (КБК), л/с, treasury and single treasury accounts,
loggers, serial numbers, a GSTIN, a PAN, a USt-IdNr., an IBAN and an Armenian TIN.
Dates beside the document's date are delivery deadlines, expiry dates, requests,
protocols, signatures, stamps, fax headers, camera names, generation and print times,
translations, births and validity. Amounts are printed as "483 296,00", "448642-73",
"=698,5O", "USD 13,425.00", "18.300,00 EUR", "AMD 1,344,000.00" and "260311EUR12810,00".
Dates are printed as "16 марта 2026 г.", "«23» марта 2026 г.", "19.03.2026",
"20/02/2026", "02.03.2026", "April 14, 2026", "26 March 2026" and "27 FEB 2O26".
Russian documents dated 2026 that charge VAT do so at 22%, or at 10% for medicines and
medical oxygen.

The documents were written blind: without reading the engine, the templates, the
synthetic generator or the documents of the other sets. The files read were
`bench.holdout`, `bench.metrics`, `bench.formats` (whose `amount_words_ru` spelled the
rouble totals in words), the notes (module docstrings) of sets D, Z and AA to AN, the
loader of `bench.holdout_w`, the first 150 lines of `bench.holdout_w_ru`,
tests/bench/holdout_checks.py, the tests of sets W and AN and the helpers of the test of
set Z. Outside that list, the ruff section of pyproject.toml was read for the line
length limit. The places, the laws and tax code articles, the standards (IEC, EN, ISO),
Regulation (EU) 2017/745 and the track-and-trace system ФГИС МДЛП are real. The treasury
body is named as such bodies are named ("ОТДЕЛЕНИЕ ВЛАДИМИР БАНКА РОССИИ//УФК по
Владимирской области"), with an invented TOFK BIK and invented accounts. Every company,
person, address, bank, hotel, drug registration and product is invented, and the key
rate of 16,00% in the penalty is an assumption of the documents. INN, OGRN, OGRNIP,
settlement, correspondent, treasury and single treasury accounts carry valid keys, and
KPP and BIK have valid forms. The IBAN, the GSTIN, the USt-IdNr., the GTINs, the SSCC,
the air waybill numbers and the passport's machine-readable zone carry valid check
digits. The PAN and the Armenian TIN and account follow only the usual form.
tests/bench/test_holdout_ap.py checks the labels against the text, in noisy documents
after the look-alike repair. It also checks the set's own forms: totals in words, other
dates, "N2" for "№", foreign codes, INNs without a role, competing amounts, other
numbers, citations within a deal, statement balances, the currency purchase, UPD rows,
the lots against the specification, the acceptance, penalty and payment, the securities,
the ИКЗ, the treasury requisites, the check digits, the passport series, the
machine-readable zone and the VAT rates of 2026.

Labels follow `bench.holdout` and the notes of sets D, Z and AA to AN. `total` is the
amount the document requests as payment or states as its full value, VAT included.
Notes for this set:

- Treasury requisites follow set AA. The hospital is labelled with its INN and KPP, the
  TOFK BIK 011708412 and the treasury account 03224643170000002500 wherever it prints
  them: as buyer of the invoices "ВФ-1174" and "ВФ-1190", the act "ВФ-А-0327" and both
  contracts, as payer of "1463" and "1618" and as principal of the power of attorney
  "14". The ЕКС 40102810645370000074 is never labelled. Papers that print no treasury
  account, with or without the л/с (the oxygen and reagent papers, the UPD of the first
  lot, the acceptance document), label only its INN and KPP. The pumps are paid from a
  subsidy for other purposes (л/с 21...) on the same treasury account, so the labels do
  not change.
- The performance security "1187" is paid to the hospital's account for funds in
  temporary disposal (л/с 05..., treasury account 03222643170000002900). The payee is
  labelled with that account and the TOFK BIK. Its `total` is the security it pays
  (117 756,00), 5% of the pumps contract, not the contract price or the НМЦК. It
  predates the contract (16.02.2026 against 24.02.2026), and its КБК and ОКТМО fields
  are not labels.
- The acceptance document "17" (документ о приемке) is an `act` with the distributor as
  seller and the hospital as buyer. Its `total` is the value it accepts (449 416,00),
  not the UPD's delivery (483 296,00), the rejected series (33 880,00) or the sum to pay
  after the penalty (448 642,73). The penalty withheld does not change the act's total,
  as sets J and AA rule. The payment "1463" transfers the accepted value less the
  penalty, so its `total` is 448 642,73, as set M rules for a partial payment.
- The expert conclusion "9/26-Э" (заключение экспертизы) and the auction protocol are
  `other` with no party labels. The conclusion names no money, so `currency` is None.
  The protocol names the bids in roubles, so `currency` is RUB with `total` None. It is
  numbered "ИЭА1", the number that ЕИС gives the protocol of an electronic auction, not
  by the notice "0128200000126000318", the ИКЗ or a bid id. The winner and the other
  bidders printed with INNs have no role.
- A 44-ФЗ contract is numbered as ЕИС numbers it ("Ф.2026.00417", "Ф.2026.00589"). The
  ИКЗ, the contract registry number "2332905184726000041" (also in UPD field (8)), the
  notice and the protocol are never a document's number. A contract's `total` is its
  price (1 417 284,00 and 2 355 120,00), not the НМЦК, the security, the fine or a lot.
- The pumps invoice "ВФ-1190" and contract "Ф.2026.00589" add the exempt pumps
  (2 238 000,00) and the installation with VAT 22% (117 120,00). The act "ВФ-А-0327" is
  worth the installation alone. The returned security and the warranty security
  (24 126,00) are not part of any total.
- The oxygen invoice "388" requests the oxygen UPD "312" (402 864,00) and the act
  "312/У" (76 347,60) together (479 211,60), and the payment "1618" pays it in full.
  February's delivery and the cylinders' deposit value are references.
- The invoice "ВФ-1162" prints the branch pharmacy's KPP without an INN, and an invoice
  labels only seller and buyer, so that KPP is not a label. The UPD "ВФ-3162" prints the
  branch as consignee with the chain's INN and its own KPP 330545001, so the consignee
  is labelled with them, as set AF rules. The payment "846" deducts the retro bonus, so
  its `total` is the 186 356,40 it transfers.
- The transport waybill "0316/02" labels the distributor as shipper, the hospital as
  consignee and the sole-proprietor carrier with KPP None. Its freight charge is no
  document value, so it has no `total` label and `currency` is RUB, as set M rules. The
  packing lists name no money, so `total` and `currency` are None. The Russian one
  labels shipper and consignee, and the Indian one labels the distributor printed as
  "Buyer / Consignee" under both roles, as set D rules.
- The statement "58" is dated by "Дата выписки" (27.03.2026), not its generation the
  next day. The dollar statement "9" is dated by its statement date. Both label the
  distributor as account holder with the account and BIK of the statement. The
  counterparties, the hospital's treasury account and the distributor's own account on
  the other side of the currency purchase are not labelled.
- The pharmacy receipt is numbered "146" by "КАССОВЫЙ ЧЕК №", not the shift or the
  fiscal data, labels the seller's INN only and prints no currency mark, so it is RUB.
  It is dated by the sale (21.03.2026), not the camera file of two days later.
- The Russian passport is numbered "385216" without the series "17 14" and dated by its
  date of issue 03.06.2014. The Indian passport is numbered "Z5418276" and dated by its
  date of issue "19/11/2021", not the birth date or the copy note.
- The Russian power of attorney labels the hospital as principal. The pharmacist prints
  a passport and no INN, so the attorney has no labels, and the three suppliers named
  with their INNs have no role. The English power of attorney labels the distributor as
  principal with its rouble account and BIK and the customs broker as attorney with INN
  and KPP. Neither names money, so `currency` is None.
- The letters have no party labels and `total` None. The hospital's claim names rouble
  sums and is RUB, and the Indian maker's letter names dollar sums and is USD.
- The Indian invoice's `total` is the FCA value (USD 13,425.00), not the advance, the
  balance or the rupee value for the shipping bill. Its "20/02/2026" has a day above 12.
  The buyer is labelled with the dollar account and BIK it prints, and the customs
  broker printed as notify party has no role. "AMD" there and in the air waybill is the
  IATA code of Ahmedabad airport, not the Armenian dram.
- The German invoice's `total` is "Invoice total 18.300,00 EUR", not the balance due
  after the advance. Its date "02.03.2026" is day-first, as German dates are, and the
  due date "01.04.2026 (30 days net)" confirms it. "Bill to and consignee" is the
  distributor, labelled as buyer only, because an invoice labels seller and buyer.
- The Armenian invoice is AMD, and its `total` includes the state duty passed on at
  cost (1 344 000,00). The dollar equivalent is a reference. Its TIN and account are
  foreign and not labelled.
- The German certificate of installation and commissioning is an `act` worth its
  service charges (EUR 2,540.00), with the distributor as buyer. The hospital named with
  its INN as the end user has no role.
- The translated UPD keeps the number "ВФ-4127" in Cyrillic and is dated by the UPD
  (April 14, 2026), not the translation (20 April 2026). Its consignee prints no INN.
- The MT103 print follows set AD: numbered by field 20, dated by the value date of field
  32A and with the 32A amount as `total` (EUR 12,810.00). The payer is labelled with the
  INN and KPP of field 50K, the euro account and the BIK of the sending bank. The German
  beneficiary and its IBAN have no labels.
- The Indian supply agreement's `total` is its value for the year (USD 53,700.00), not a
  line or a price per vial. The buyer is labelled with its dollar account.
- The certificate of analysis is `other`, numbered "QC/COA/24/0318" and dated by the
  batch's release (14/03/2024), not the scan of 17.03.2026. The EU declaration of
  conformity is `other`, numbered "LMT-DoC-SP3-2025/04" and dated by its issue (14 April
  2025), not the declaration it replaces. Neither names money.
- The air waybill is numbered "589-41736284" (airline prefix and serial) and dated by
  its execution (27 FEB 2026), not the arrival stamp. Its charges are no document value,
  so it has no `total` label and `currency` is USD. Only the Russian consignee is
  labelled.
- The Yerevan hotel receipt is AMD, numbered "004172" and dated by the departure and
  payment (19.03.2026). Its `total` includes the minibar and VAT (132,500.00), and it
  has no party labels.
"""

from .holdout import HoldoutDocument


def load_holdout_ap() -> list[HoldoutDocument]:
    """Return the set AP documents, Russian first, in a fixed order."""
    from .holdout_ap_en import ENGLISH_DOCUMENTS_AP
    from .holdout_ap_ru import RUSSIAN_DOCUMENTS_AP

    return [*RUSSIAN_DOCUMENTS_AP, *ENGLISH_DOCUMENTS_AP]
