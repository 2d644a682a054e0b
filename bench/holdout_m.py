"""Set M: hand-written documents that stress the total and the currency.

The set has 26 Russian and 18 English documents of every built-in type. Invoices (10),
acts (5), UPD (4) and payment orders (4) are the most numerous, then contracts,
waybills and receipts (3 each) and two documents of every other type. Every document
tests the total and the currency: where the total is printed, which amounts surround it
and how the money is written.

Totals follow "Итого:", "Итого с НДС", "Всего к оплате:", "К оплате:", "Итого по
счету", "Сумма к оплате", "Сумма платежа", "TOTAL", "Grand total", "Total amount due"
and "TOTAL CREDIT". A 1C invoice's text layer prints its three captions ("Итого:",
"Сумма НДС:", "Всего к оплате:") as one block and their three values as the next block,
and writes the total in words in "Всего наименований 3, на сумму ...". An act, a ТОРГ-12
and a UAE invoice print the totals only in the last rows of their tables, without a
caption. Other totals are right-aligned far from their captions, or sit in stacks of
subtotal, discount, delivery, freight, VAT, advance paid ("Оплачено"), balance
("Остаток к оплате", "BALANCE DUE") and prepayment lines where the total is neither the
largest nor the last figure. VAT is 0%, 5%, 7%, 10%, 20% and 22% (the 2026 rate), is
included in the prices ("в т.ч. НДС 20%") or added on top, and is absent ("Без налога
(НДС)"). A universal correction document (УКД) and a British credit note state the
amount of a reduction.

Currencies are written as "руб.", "р.", "₽", "RUB", "рублей", "в российских рублях",
"USD", "$", "US$", "EUR", "€", "CNY", "¥", "юаней", "KZT", "₸", "тенге", "BYN",
"белорусских рублей", "AED", "TRY", "Türk lirası", "GBP", "£", "UZS", "so'm" and "сум".
Seven documents print a second currency beside the one they are paid in: a rouble
equivalent for reference or currency control, a dollar price converted to roubles, or
a rouble account for the bank's commission. Thousands are grouped with spaces, commas,
dots and apostrophes ("1 418 306,52", "1,169,477.40", "1.359.580,00", "1'248'730.50"),
and amounts also appear as "847250-40", "=1367.00", "≡2418.00" and "3 618 450 руб. 60
коп.".

Six documents imitate OCR of scans and phone photos and carry `noisy=True`: look-alike
Latin and Cyrillic letters, O for 0, l for 1, З for 3, "|" table rules, and "№" read as
"Ne". Their labels are the true values, not the damaged text. The others are kept clean
because the benchmark also renders them to images and reads them back with OCR.

The documents were written blind: without reading the engine, the templates, the
synthetic generator or the documents of the other sets. The files read were
`bench.holdout`, the notes of sets D to L, the loader models `bench.holdout_i` and
`bench.holdout_l`, the first 150 lines of `bench.holdout_i_ru`, the label paths in
`bench.metrics`, the month names in `bench.formats`, and the test of set L with the
shared checks in tests/bench/holdout_checks.py. Outside that list, the last 20 lines of
`bench.holdout_i_ru` and the header comment of `bench.holdout_l_ru` were seen while
checking the file layout; no document of this set draws on them. Every company, person,
address, bank and requisite is invented. INN, OGRN, OGRNIP, BIK, settlement accounts,
correspondent accounts and IBANs carry valid check digits. tests/bench/test_holdout_m.py
checks the labelled requisites, and in the documents without OCR damage it also checks
every INN printed after "ИНН" or "INN", every OGRN, every correspondent and settlement
account against a BIK of the same text, and every IBAN.

Labels follow `bench.holdout` and the notes of sets D to L (`bench.holdout_d` to
`bench.holdout_l`). `total` is the amount the document requests as payment or states
as its full value, VAT included. Labelling notes that those sets do not cover:

- `currency` is the currency in which the document requests payment. A price in USD
  payable in roubles at the central bank rate is labelled RUB with the rouble amount,
  as sets H to J rule. A document paid in tenge, Belarusian roubles, yuan, euro or
  dollars that prints a rouble equivalent "справочно", "for reference only" or "for
  currency control purposes" is labelled with the currency of payment and its amount.
  The USD transfer application whose commission is charged to a rouble account is USD.
- UZS is a new currency label, for the Tashkent hotel's receipt. The form test adds
  marks for KZT, BYN, AED, TRY, GBP and UZS to the shared ones.
- When a text layer prints captions and values in separate blocks, the values pair
  with the captions in order, so the 1C invoice's total is the third value, "89
  124,00", not "Итого:" 74 270,00.
- A total printed only in the last row of a table, without a caption, is the total:
  the act's 118 000,00 (confirmed in words by "Всего оказано услуг 4, на сумму"), the
  ТОРГ-12's "Сумма с НДС" 773 476,00 and the UAE invoice's "Amount (AED)" 155,610.00.
- After a discount and a delivery charge, `total` is the amount after both ("Итого по
  счету" 140 760,00 ₽), not the sum of the lines before the discount or the 50%
  prepayment. The US and Turkish invoices follow the same rule. Their subtotals are
  larger than their totals.
- The universal correction document (корректировочный счет-фактура, УКД) is labelled
  `upd`. Unlike the corrected UPD of set L, which keeps the number of the invoice it
  fixes, a УКД is a document of its own, so it is numbered and dated by
  "Корректировочный счет-фактура № 42-К от 15.12.2025", not by the invoice it adjusts.
  Its `total` is "Всего уменьшение" with VAT (13 200,00), as set G labels a credit
  note with the total credit. The British credit note's `total` is the total credit,
  not the invoice it refers to or that invoice's balance.
- A payment order for part of an invoice has `total` equal to the amount paid
  ("Сумма платежа"), not the invoice sum or the balance it names.
- The Kazakh waybill prints its Russian buyer in one "Consignee / Payer" block with
  an account and a BIK, so the buyer and the consignee carry the same INN, KPP, BIK
  and account. Its `total` is "Total, KZT".
- The transport waybill prints a declared cargo value and the carrier's freight
  charge. Neither is the document's total, so it has no `total` label, but it names
  rouble sums, so `currency` is RUB.
- The pharmacy receipt prints "ИТОГ ≡2418.00" and no currency mark, so it is labelled
  RUB. The hotel receipt's `total` is the TOTAL with the tourist tax, and it has no
  party labels, because the hotel is foreign and the guest is a person.
- A power of attorney that limits the cash the attorney may take names roubles, so
  `currency` is RUB and `total` is None. Its principal is labelled with the account
  and BIK it prints. The English power of attorney names no money, so `currency` is
  None. Its attorney is labelled with the 12-digit INN printed for her.
- The price agreement protocol (протокол согласования цены) and the euro price list
  are `other`, with `total` None and `currency` RUB and EUR. The protocol is numbered
  "3" as printed. The letter on an underpayment names rouble sums and the English
  letter on an overdue balance names euro sums, so their currencies are RUB and EUR,
  with `total` None and no party labels.
- The Russian statement is numbered "212" and dated by its operating day, not by the
  date it was generated. The CNY statement is numbered "37" and dated by its statement
  date. The holder's own rouble account in a CNY purchase line is not labelled.
- The Turkish passport's number is "U28174653", not the MRZ line that repeats it with
  a check digit, and its date is the date of issue, printed "07 SEP 2022".
"""

from .holdout import HoldoutDocument


def load_holdout_m() -> list[HoldoutDocument]:
    """Return the set M documents, Russian first, in a fixed order."""
    from .holdout_m_en import ENGLISH_DOCUMENTS_M
    from .holdout_m_ru import RUSSIAN_DOCUMENTS_M

    return [*RUSSIAN_DOCUMENTS_M, *ENGLISH_DOCUMENTS_M]
