"""Set I: hand-written documents from new sectors, layouts and requisite forms.

The set has 28 Russian and 16 English documents of every built-in type. Invoices (9),
acts (6), payment orders (6) and UPD (5) are the most numerous. The Russian invoices are
a phone photo of a utilities invoice with meter readings and "Период: ноябрь 2025", a 1C
rent invoice exported to Excel and pasted with tabs ("Счет на оплату № ЦБ-2451 от 3
декабря 2025 г.", "Всего наименований 3, на сумму ..."), an IT licence invoice with
VAT-exempt lines ("пп. 26 п. 2 ст. 149 НК РФ") next to a taxed line, a seed invoice
forwarded in an e-mail body whose total is printed only in words, and a freight invoice
priced in USD and payable in roubles at the central bank rate. The acts are a scanned
КС-2 with "Отчетный период" and a КС-3 cost certificate with cumulative columns. The
other acts are a scanned VAT-exempt act for medical check-ups, a marketplace's services
act with a storno line, and a photo of a rent act with a recalculation and a deposit.
The UPD include a scan whose caption column ("Универсальный передаточный документ",
"Статус") was read before the body, and a medical supply UPD with 10% and VAT-exempt
lines. A scanned status 2 UPD comes from a sole proprietor under the simplified tax
system, and another from a large taxpayer (KPP reason code 50) shipped by its branch.
The payment orders are a rent payment to a municipal body through the treasury (УФК
payee with "л/с", a TOFK BIK, the single treasury account 40102... and the treasury
account 03100643...), a scan paid by a sole proprietor, a bank-client print with
accounts in groups of four digits, a 1C client-bank exchange file
("1CClientBankExchange", "Номер=", "Дата=", "Сумма=") and a phone photo. The rest are a
supply contract with side-by-side requisites, a transport waybill (транспортная
накладная) of grain, a packing list, a bank statement with debit and credit columns, an
online shop's receipt in the fiscal data operator's (ОФД) layout ("КАССОВЫЙ ЧЕК.
ПРИХОД", "ФН", "ФД", "ФПД", "ИТОГ"), a passport page, a power of attorney on form М-2, a
letter and a marketplace sales report.

The English invoices are a freight forwarder's with charges in USD, CNY and EUR, a
Russian IT exporter's VAT-exempt one with a USD account, a UK one forwarded by e-mail
that deducts a deposit, and a scanned Indian one. An acceptance certificate and a
translated UPD pass between Russian companies. The rest are an application for a foreign
currency transfer, an outsourcing contract with side-by-side requisites, an air waybill,
a packing list, a statement of a Russian bank's USD account with debit and credit
columns, an online bookshop's receipt, an Indian passport, a power of attorney for
customs, a letter and a quality certificate.

Numbers take forms such as "0000-000123", "ЦБ-2451", "КЗ-0055813", "ВЦ-25-04471",
"Invoice #2025-118", "MCS/EXP/25-26/0419" and an air waybill number with its airline
prefix, "880-48201731". Dates are printed as "3 декабря 2025 г.", "31.12.2025",
"«01» декабря 2025 г.", "Dec 15, 2025", "2025-12-31", "31-Dec-2025" and "1 December
2025", next to contract, period, due, reading, shipment, print and e-mail dates.

Fifteen documents imitate OCR of scans and phone photos and carry `noisy=True`:
look-alike Latin and Cyrillic letters, O for 0, l for 1, "|" table rules, table rows
broken over lines, and "№" read as "N", "Ne" or "Nº". Their labels are the true values,
not the damaged text.

The documents were written blind: without reading the engine, the templates, the
synthetic generator or the documents of the other sets. Only `bench.holdout`, this
loader's model `bench.holdout_h`, the notes of sets D, F, G and H, the label paths in
`bench.metrics`, the tests of set H with their shared checks, and the month names in
`bench.formats` that those checks use were read. Every company, person, address, bank
and requisite is invented. INN, BIK, settlement accounts, correspondent accounts,
treasury accounts and IBANs carry valid check digits. tests/bench/test_holdout_i.py
checks the labelled requisites, and in the documents without OCR damage it also checks
every INN printed after "ИНН" or "INN", every correspondent and settlement account
against a BIK of the same text, and every IBAN.

Labels follow `bench.holdout` and the notes of sets D, F, G and H (`bench.holdout_d`,
`bench.holdout_f`, `bench.holdout_g`, `bench.holdout_h`). `total` is the amount the
document requests as payment or states as its full value, VAT included. Labelling notes
that those sets do not cover:

- КС-2 and КС-3 are both labelled `act`. Their number and date are the "Номер
  документа" and "Дата составления" cells, not the contract's or the end of the
  "Отчетный период". The КС-2 total is "Всего по акту" with VAT, not the contract's
  estimated cost. The КС-3 total is the "в том числе за отчетный период" column of
  "Всего с учетом НДС", not the cumulative columns "с начала проведения работ" and "с
  начала года".
- The utilities invoice is dated by its own date, not by its period ("Период: ноябрь
  2025"), the meter reading date or the due date. Meter readings and consumption are
  not amounts, and the zero debt line is not the total.
- The freight invoice is priced in USD and payable in roubles at the central bank
  rate it prints. It is labelled RUB with the rouble total, because "Итого в валюте"
  in USD is a reference figure.
- An invoice or act that mixes VAT-exempt and taxed lines has `total` equal to the sum
  of all lines with the VAT ("Всего с НДС"). The VAT-exempt acts and the status 2 UPD
  of a sole proprietor under the simplified tax system have `total` equal to their full
  value, without VAT.
- The seed invoice forwarded in an e-mail prints its total only in words, without a
  figure. It is labelled with the figure that the words state, and the form test
  checks the phrase instead of the amount. The e-mail's sent date is not the invoice
  date.
- A negative correction (storno or recalculation) inside an act is part of its total,
  so `total` is the amount after the correction. The rent act's security deposit is not
  part of the total.
- The marketplace's services act labels its large-taxpayer KPP (reason code 50) as
  printed. Its customer is a sole proprietor, labelled as buyer with the 12-digit INN
  and no KPP label, as set F labels a sole-proprietor buyer.
- The marketplace sales report is `other`, with no party labels. Its number is the
  report number, its date the "Дата формирования", not the end of the period, `total`
  is None and `currency` is RUB.
- The large taxpayer's UPD labels the seller with KPP 997150001 and the shipper, its
  branch, with the same INN and the branch KPP. The note that the pallets' cost will be
  reversed after their return does not change the total.
- The treasury payment's payee is labelled with the INN and KPP printed on the payee
  line (the municipal body the treasury collects for), the TOFK BIK 018714207 and the
  treasury account 03100643400000013600. The single treasury account 40102... is the
  TOFK's correspondent account and is not labelled. A TOFK BIK does not start with "04",
  so the form test checks its treasury labels with its own rules: the treasury
  account's key uses the last three BIK digits, and the single treasury account's key
  uses "0" and BIK digits 5-6.
- A sole-proprietor payer whose KPP field is "0" has KPP None, as set D labels such a
  payee.
- The 1C exchange file is a payment order. Its number and date are "Номер=" and
  "Дата=", not "ДатаСоздания=". It prints no currency mark and is labelled RUB, like
  the online shop's receipt.
- The bank-client print is dated by the payment order's date, not by its print
  timestamp.
- The transport waybill is numbered and dated by the waybill, not by the order
  (заявка) printed beside it. It prints no money, so it has no `total` label and
  `currency` is None. Its shipper, consignee and sole-proprietor carrier (KPP None)
  are labelled. The air waybill labels its Russian consignee only.
- The packing list is dated by its own date, which is a day before the UPD it cites.
- The power of attorney on form М-2 labels the principal with the INN, KPP, BIK and
  account printed in its header. Its attorney prints no INN and has no labels. The
  validity date ("действительна по") is not its date.
- The UK invoice's "08/12/2025" is day-first (8 December 2025), as the deposit date
  "14/11/2025" shows. Its `total` is the invoice total before the deposit is deducted,
  as sets F and G rule, not the balance due.
- The Indian invoice's total is the CIF total, which includes the freight, not the FOB
  value.
- The freight forwarder's invoice is labelled USD, the currency of its total, although
  some charges are in CNY and EUR.
- The application for a foreign currency transfer is a payment order. It is dated by
  the application date, not the value date. Its payer is labelled with the EUR account,
  and the foreign payee has no labels.
- The English outsourcing contract's total is its total value for the term, not the
  monthly fee, and the Russian customer is labelled as buyer with its EUR account and
  BIK.
- The air waybill's date is its "Executed on" date, not the flight date.
- The English bank statement is numbered and dated by its statement date, not the end
  of its period. Its foreign counterparties have no labels.
- The Indian passport's number is its letter and seven digits, and its date is the date
  of issue, printed day-first.
"""

from .holdout import HoldoutDocument


def load_holdout_i() -> list[HoldoutDocument]:
    """Return the set I documents, Russian first, in a fixed order."""
    from .holdout_i_en import ENGLISH_DOCUMENTS_I
    from .holdout_i_ru import RUSSIAN_DOCUMENTS_I

    return [*RUSSIAN_DOCUMENTS_I, *ENGLISH_DOCUMENTS_I]
