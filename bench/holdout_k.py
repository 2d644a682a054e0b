"""Set K: hand-written foreign trade documents and bilingual paperwork.

The set has 22 Russian and 22 English documents of every built-in type. Invoices (10),
acts (6), UPD (5) and payment orders (5) are the most numerous. The invoices come from
Chinese, German, Turkish, UAE, Indian, Kazakh and Belarusian sellers to Russian
importers. China sends a commercial invoice in USD and a pro-forma in CNY
("¥86,000.00"), Germany a "Handelsrechnung" in EUR ("€ 3.500,00"), Turkey an invoice in
TRY ("1.323.100,00") and the UAE a tax invoice in AED. India sends an export invoice in
USD ("27 846.50") with an INR equivalent in lakh groups, Kazakhstan an invoice in KZT
and Belarus a pro-forma in BYN. They print Incoterms, HS codes and countries of origin,
and their totals sit next to freight, packing, insurance, advances received, "Amount
due", "Balance to pay" and net values. The Russian invoices are a customs broker's
invoice with reimbursed customs fees and a freight forwarder's invoice with a 0% VAT
sea freight line.

The acts are a customs broker's act, a forwarder's act, an agent's report with an act,
an English translation of a forwarder's act, a bilingual act printed line by line and a
Kazakh rail forwarder's act in KZT. The UPD are a broker's status 2 form, a forwarder's
status 1 form at 0% VAT, an importer's resale with "Страна происхождения" and
"Регистрационный номер декларации на товары" columns, its English translation, and a
bilingual forwarder's UPD. The payment orders are a rouble 0401060 form, its scan, a
"Заявление на перевод" in USD with SWIFT field tags (32A, 50K, 59, 70, 71A), and
English applications for transfers in EUR and CNY. Two bilingual contracts are printed
in two columns (Russian left, English right). The rest are two CMRs, two packing
lists, statements of a USD and a CNY account, and two powers of attorney for customs
declaration. Two letters go to a bank's currency control and from a supplier about
its bank details. Two receipts come from a temporary storage warehouse's cash register
and an Istanbul hotel. Last are a Russian and a Chinese passport, a bank control
statement (ведомость банковского контроля) and a Turkish certificate of origin.

Russian parties print INN and KPP as "ИНН/КПП" slash pairs, on one line, on separate
lines, in two-column tables, and in English as "INN/KPP", "TIN (INN)", "Taxpayer ID
(INN)", "Tax registration reason code (KPP)" and "Payer's KPP". Foreign parties print
their own registration numbers: УНП, BIN, TRN, USCI, USt-IdNr., Steuernummer, Vergi No,
VKN, GSTIN, IEC and PAN. Several of these have 10 or 12 digits, like an INN.

Sixteen documents imitate OCR of scans and phone photos and carry `noisy=True`:
look-alike Latin and Cyrillic letters, O for 0, l for 1, "|" table rules, table rows
broken over lines, and "№" read as "N" or "Ne". Their labels are the true values, not
the damaged text.

The documents were written blind: without reading the engine, the templates, the
synthetic generator or the documents of the other sets. Only `bench.holdout`, the notes
of sets D, F, G, H and I, this loader's model `bench.holdout_i`, the label paths in
`bench.metrics`, the tests of set I with their shared checks, and the month names in
`bench.formats` that those checks use were read. Every company, person, address, bank
and requisite is invented. INN, OGRN, BIK, settlement accounts, correspondent accounts
and IBANs carry valid check digits. tests/bench/test_holdout_k.py checks the labelled
requisites, that no foreign registration number is labelled, and in the documents
without OCR damage every INN printed after "ИНН" or "INN", every correspondent and
settlement account against a BIK of the same text, and every IBAN.

Labels follow `bench.holdout` and the notes of sets D, F, G, H and I (`bench.holdout_d`
to `bench.holdout_i`). `total` is the amount the document requests as payment or states
as its full value, VAT included. Labelling notes that those sets do not cover:

- A bilingual document is labelled once, with the language of the file it is in
  (`bench.holdout_k_ru` or `bench.holdout_k_en`). Its number and date are printed in
  both halves.
- Foreign parties have no labels, as set F rules. Their registration numbers (УНП,
  BIN, TRN, USCI, USt-IdNr., Steuernummer, Vergi No, VKN, GSTIN, IEC, PAN) are not INN,
  and the form test checks that none of them is labelled.
- Currencies are labelled with their ISO 4217 codes, including BYN, KZT, TRY and AED.
  A Russian document of roubles is labelled RUB, and so are the English translations
  that print "RUB" or "Russian rouble".
- The foreign invoices' totals are their full values: the Chinese commercial invoice's
  "Total FOB" before the advance received (not "Amount due"), the UAE "Grand total"
  with freight and insurance (not the subtotal or "Amount due"), the Turkish "Grand
  total" with freight (not the subtotal or "Balance to pay"), the German "Invoice
  total" with packing and freight (not "Net value of goods"), the Indian CIF total
  (the INR equivalent is a reference figure) and the Chinese pro-forma's CIF total
  (not the 30% deposit). The Belarusian pro-forma's 50% prepayment and the Kazakh
  invoice's 30% prepayment are payment terms, not totals.
- The customs broker's invoice has `total` equal to "Всего к оплате", which adds the
  reimbursed customs fees (without VAT) to the services, not the services' "Итого".
  The broker's act cites the customs value of the goods, which is not its total.
- The agent's report with an act (отчет агента и акт) is labelled `act`. The
  sole-proprietor agent is the seller with KPP None, and the principal is the buyer,
  both with the account and BIK printed in their columns. `total` is "Итого к оплате
  Принципалом", the fee plus the reimbursed expenses, not the USD value of the import
  contract the agent arranged.
- The number and date of a customs declaration (ДТ "10013160/021225/3129847"), of a
  contract, a bill of lading, a container or an export declaration are not the
  document's own. The importer's UPD prints its consignee with a name and an address
  only, so the consignee is not labelled, as set F rules.
- An application for a transfer in foreign currency (заявление на перевод) is a
  payment order. It is numbered and dated by the application, not by the value date
  (32A). Its payer is labelled with the currency account printed as the payer's
  account (50K) and the BIK of the bank the application is addressed to. The rouble
  account for the bank's commission is not labelled. The unique contract number
  (уникальный номер контракта, "25050011/2748/0012/2/1") is not the number. The CNY
  application's `total` is the amount transferred, not the invoice amount it cites.
- The bilingual contracts' totals are their total amounts, EUR 186,400.00 and USD
  148,800.00, not the prepayment, the balance or the first lot. The Russian buyer is
  labelled with the currency account and BIK printed in its requisites.
- The Belarusian CMR is numbered by the number after "CMR" and dated by box 21
  ("Составлено в г. Брест 03.12.2025"), not by the date of receipt in box 24. The
  German CMR is dated by box 21 ("Established in Koeln on"). Both print no money, so
  they have no `total` label and `currency` is None. Their Russian consignees are
  labelled, and so is the German CMR's Russian carrier, which prints an INN and a KPP.
- The Russian power of attorney's representative is a customs broker, labelled as
  attorney with its INN and KPP. The English one's representative is a person,
  labelled as attorney with the 12-digit INN printed for her. The passport number in
  that power of attorney is not its number.
- The USD statement is numbered "241" and dated by its operating day, not by its
  generation date. Its line that buys dollars from the holder's own rouble account is
  a counterparty line and is not labelled. The CNY statement is numbered "88" and
  dated by its statement date, not by its period or print time.
- The letter to currency control names a USD prepayment, so `currency` is USD. The
  supplier's letter names USD sums and is labelled USD. Neither has party labels, and
  `total` is None.
- The warehouse receipt is numbered by "Чек № 57" (read "Ne 57"), not by the shift or
  the fiscal document number, labels the seller's INN only and prints no currency mark,
  so it is labelled RUB. The hotel receipt is numbered by its folio number, and its
  `total` is the TOTAL that the card paid, not the accommodation line. Its hotel is
  foreign and its guest a person, so it has no party labels.
- The bank control statement is `other`, with no party labels. It prints only the
  unique contract number, so `number` is absent. It is dated by "Дата представления",
  `total` is None and `currency` is USD. The certificate of origin is `other`, numbered
  "A 2025 0418733" as printed and dated by its issue in box 8, not by the invoice in
  box 9.
- The Chinese passport's number is "EJ4827163", and its date is the date of issue,
  printed "05 MAR 2021".
"""

from .holdout import HoldoutDocument


def load_holdout_k() -> list[HoldoutDocument]:
    """Return the set K documents, Russian first, in a fixed order."""
    from .holdout_k_en import ENGLISH_DOCUMENTS_K
    from .holdout_k_ru import RUSSIAN_DOCUMENTS_K

    return [*RUSSIAN_DOCUMENTS_K, *ENGLISH_DOCUMENTS_K]
