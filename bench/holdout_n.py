"""Set N: document numbers and dates as real papers print them, with party requisites.

The set has 26 Russian and 18 English documents of every built-in type. Invoices (8),
acts (5), UPD (5) and payment orders (5) are the most numerous, then four passports
(two Russian, a British and a Turkish one), three powers of attorney and two documents
of every other type. Most documents print several numbers and dates, and only one of
each is the document's own.

Numbers are printed with spaces ("RE 2025 00388", "A 2025 0907341"), slashes
("0412/03/25-Р", "GB-25/0318", "PL/2025/0318"), dots ("СТ.25.0041") and hyphens. English
documents carry Cyrillic letters ("ЭК-00127", "31-ТО", "РЗН-000533", "2025/03-ПД"), and
Russian ones Latin letters ("INV-MSK-25/0311", "MSK-0219"). Accounting and ERP systems
add prefixes such as "УТ-1187", "ТД00-000512" and "0000-000214", and an ERP invoice
prints customer order, delivery and debtor numbers. An act and a ТОРГ-12 print their
number in the "Номер документа" cell of a header table. English labels include "No.",
"Nr.", "#", "Ref." and "Invoice number:". A 1C invoice ("Счет на оплату №"), a contract,
a German invoice and a UPD text layer print the number on the line after its label.
Invoices, acts, UPD and payment orders quote contract, order, delivery note,
specification, request, payment document and transport waybill numbers, and one act
prints its contract above its own heading.

Dates are printed as "14.03.2025", "«10» марта 2025 г.", "19 марта 2025 года",
"2025-03-17", "March 31, 2025", "21 March 2025", "18/03/2025" (UK), "03/15/2025" (US),
"17.03.25", "15-Mar-2025", "12 APR /AVR 22" and "15 Mar 2019", and in table cells. Next
to the document's own date stand contract, order, shipment, receipt, due, period,
print, bank execution, birth, registration and validity dates. An act, a power of
attorney and an English letter print their date only beside the signature, and a
certificate of origin only in the chamber's stamp.

Six documents imitate OCR of scans and phone photos and carry `noisy=True`: look-alike
Latin and Cyrillic letters, O for 0, l for 1, "|" table rules, and "№" read as "Ne".
Their labels are the true values, not the damaged text.

The documents were written blind: without reading the engine, the templates, the
synthetic generator or the documents of the other sets. The files read were
`bench.holdout` and the notes of sets D, F, G, H, I, J, K and L. For the layout, they
were the loader `bench.holdout_i`, the first document definitions of
`bench.holdout_i_ru` and this loader's model `bench.holdout_l`. The others were the
label paths in `bench.metrics`, the month names in `bench.formats`, and the tests of set
L with their shared checks. Every company, person, address, bank and requisite is
invented. INN, OGRN, OGRNIP, BIK, settlement accounts, correspondent accounts and IBANs
carry valid check digits. tests/bench/test_holdout_n.py checks the labelled requisites,
and in the documents without OCR damage it also checks every INN printed after "ИНН" or
"INN", every OGRN, every correspondent and settlement account against a BIK of the same
text, and every IBAN.

Labels follow `bench.holdout` and the notes of sets D to L (`bench.holdout_d` to
`bench.holdout_l`). `total` is the amount the document requests as payment or states
as its full value, VAT included. Labelling notes that those sets do not cover:

- A number is labelled as printed, in its own script and with its own separators:
  spaces ("RE 2025 00388", "A 2025 0907341"), dots ("СТ.25.0041"), slashes and
  hyphens. Cyrillic letters in an English number and Latin letters in a Russian number
  stay as printed.
- A number printed on the line after its label ("Счет на оплату №", "ДОГОВОР ПОСТАВКИ
  №", "Invoice number:", "Счет-фактура №") is the document's number. The number in the
  "Номер документа" cell of an act or a ТОРГ-12 is the number, and the "Дата
  составления" cell is the date, as set I rules for КС-2, although the act's reporting
  period ends two days earlier.
- Only the document's own number is its label. The numbers of a contract, an order, a
  specification, a commercial offer, a delivery note, a request, a payment document, a
  transport waybill and a cited invoice are not, even where the contract is printed
  above the act's own heading ("Приложение № 3 к Договору ... № ТУ-114/2025"). The same
  holds for the ERP invoice's order, delivery and debtor numbers, "Customer No." and
  "Sales Order", and for an invoice's "Your Ref." and "Our Ref.". A letter is numbered
  by its own reference ("Исх. № 212/01-07", "Our Ref.: RK/VK/2025-044"), not by "Your
  Ref." or the recipient's incoming stamp ("Вх. № 1147", "ВХ. № 0381").
- The ERP invoice is dated by "Дата документа: 2025-03-17", not by its print time, the
  customer order, the delivery or the due date. The US invoice's "03/15/2025" is
  month-first, and the UK invoice's "18/03/2025" is day-first, as their due dates
  "04/14/2025" and "17/04/2025" show. The cash register receipt's "17.03.25" is day,
  month and a two-digit year.
- A document whose heading prints no date is dated by the date beside its signature:
  the act № 58 by «02» апреля 2025 г., not by the end of its period, the power of
  attorney № 31 by 18.03.2025, not by its validity "до 30.04.2025", and the English
  letter by "Koeln, 26 March 2025", not by the recipient's stamp. The certificate of
  origin is dated by the chamber's stamp in box 8, not by the delivery note in box 4 or
  the invoice in box 5.
- A payment order is dated by its "Дата" field, not by the bank's "ПРОВЕДЕНО" stamp or
  the "Списано со сч. плат." date, which are a day later in one document, and not by
  the time the bank client printed it.
- A power of attorney is dated by its issue, not by its validity or the attorney's
  passport and birth dates. A company attorney is labelled as attorney with its INN and
  KPP. A person attorney is labelled with the 12-digit INN only.
- A passport is dated by its date of issue, not by the date of birth, expiry or
  registration. The Russian passports' numbers are the six digits after the series,
  not the machine-readable zone. The British passport's number is the nine-digit
  "Passport No.", with dates printed as "12 APR /AVR 22". The Turkish passport's
  number is "U18427306", not the "T.C. Kimlik No.".
- The ТОРГ-12's total is "Всего по накладной" for the goods (256 500,00), not the
  invoice it cites, whose total also includes delivery (275 500,00). The slash-numbered
  invoice's 50% prepayment is a payment term. The supply contract's total is its "Цена
  Договора", and the English service agreement's is its total price for the term, not
  the monthly fee.
- The document register (реестр передачи документов) is `other`. It is numbered and
  dated by its own number and "Дата составления", not by the UPD it lists. It has no
  party labels although it prints INNs, `total` is None and `currency` is RUB. The
  certificate of origin is `other` too, with no money, so `total` and `currency` are
  None.
- The packing lists and the powers of attorney name no money, so `total` and
  `currency` are None. The German delivery note names no money either, so it has no
  `total` label and `currency` is None. Its Russian consignee is labelled, as are the
  consignees of both packing lists.
- GBP is a new currency label: the UK invoice prints "GBP" amounts.
- Foreign sellers, buyers, beneficiaries and passport holders have no labels. The US
  invoice labels its Russian "Bill To" party only, not the Latvian forwarder in "Ship
  To". The Russian exporter's invoice and the scanned completion certificate label
  their Russian sellers with the USD account and BIK printed for them.
- The Russian bank statement is numbered "61" and dated by its operating day ("за
  26.03.2025"), not by the previous operation or the date it was generated. The English
  USD statement is numbered "58" and dated by its statement date, not by its period or
  print time.
"""

from .holdout import HoldoutDocument


def load_holdout_n() -> list[HoldoutDocument]:
    """Return the set N documents, Russian first, in a fixed order."""
    from .holdout_n_en import ENGLISH_DOCUMENTS_N
    from .holdout_n_ru import RUSSIAN_DOCUMENTS_N

    return [*RUSSIAN_DOCUMENTS_N, *ENGLISH_DOCUMENTS_N]
