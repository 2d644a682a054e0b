"""Set Q: the total and the currency on wide tabular forms and multi-line totals blocks.

The set has 30 Russian and 14 English documents of every built-in type. Invoices (9),
acts (6), UPD (5) and payment orders (5) are the most numerous, then receipts (3) and
two documents of every other type. The Russian documents are 6 invoices, 5 acts, 4 UPD,
4 payment orders, 2 waybills (a ТОРГ-12 and a transport waybill), 2 receipts and one
contract, packing list, bank statement, passport, power of attorney, letter and other
paper. The English documents are 3 invoices and one document of every other type except
waybills.

The forms are the ones where OCR of a page image most easily loses the total or the
currency. Wide item tables of up to 110 characters end in a totals row that contains the
amount without VAT, the VAT and the amount with VAT, with the caption at the far left
("Итого:", "Всего к оплате (9)", "Всего по накладной", "Total"). The ТОРГ-12 rows also
carry places, gross weight and quantity, and a dairy UPD's totals row breaks over two
lines. Totals stacks print "Итого без НДС", "НДС 20%", "Всего к оплате", a discount with
"−9 140,00", "НДС 22%" and "Всего с НДС", or "Subtotal", "Discount", "Sales tax",
"Shipping", "Invoice total", "Deposit received" and "Balance due". Documents without VAT
print "Без налога (НДС)", "НДС не облагается", "без НДС" in UPD columns and "without
VAT".

Amounts are printed with "руб.", "руб" ("1 240 000 руб"), "р.", "рублей", "₽" after the
figure and before it ("₽493,920.00"), with no mark and the currency only in the amount
in words ("Сто двадцать семь тысяч пятьсот рублей 00 копеек"), without decimals
("127 500"), and grouped by no-break, narrow no-break and thin spaces. A credit note
prints "EUR -4,860.00", and the Turkish scan groups thousands by dots ("1.093.300,00"
before the OCR damage). A header summary repeats the total ("Сумма к оплате: 274 788,00
руб."), and an American header box shows the balance after a deposit ("AMOUNT DUE
$3,899.58"). An invoice and a contract are priced in US dollars and paid in roubles at
the central bank rate on the payment date. An invoice in conventional units (у.е.)
prints its rouble total, and a forwarder's act in yuan prints a rouble figure for
reference. The currencies are RUB, USD, EUR, CNY, BYN, KZT, UAH, AED, TRY and GBP.
Receipts print several payment lines: a gift certificate, a card, cash and change, or a
card and cash. An internet bank's payment order and a statement state their currency
only by the account number (40702810..., 40702840...).

Eight documents imitate OCR of scans and phone photos and carry `noisy=True`: the
packaging invoice, the carrier's act, the dairy UPD, the payment order scan, the sports
shop receipt, the Russian passport, the Turkish invoice and the Lviv hotel folio. They
have look-alike Latin and Cyrillic letters, O for 0, l for 1, "|" table rules and "№"
read as "Nº". Their labels are the true values, not the damaged text. The other
documents are clean, fit on one page (at most 70 lines of at most 110 characters) and
can be rendered to images and read back with OCR.

The documents were written blind: without reading the engine, the templates, the
synthetic generator or the documents of the other sets. The files read were
`bench.holdout`, the notes (module docstrings) of sets D to P, the loader models
`bench.holdout_l` and `bench.holdout_o`, and the first 150 lines of
`bench.holdout_i_ru`. The others were the label paths in `bench.metrics`, the month
names, currency spellings and amount forms in `bench.formats`, the test of set O, the
first 80 lines of the test of set L, and the shared checks in
tests/bench/holdout_checks.py. Every company, person, address, bank and requisite is
invented. INN, OGRN, OGRNIP, BIK, settlement accounts, correspondent accounts and IBANs
carry valid check digits. tests/bench/test_holdout_q.py checks the labelled requisites,
and in the documents without OCR damage every INN printed after "ИНН" or "INN", every
OGRN, every correspondent and settlement account against a BIK of the same text, and
every IBAN. It also checks the set's forms: that each totals row ends with the total and
that its amount without VAT plus its VAT makes that total. It checks the order of the
totals stacks and that the printed terms of a stack, a receipt's payments and a
contract's instalments add up to the total. Further checks cover the currency stated by
an account code or only in words, whole-number and specially spaced totals, minus signs,
and printed amounts that are not the total.

Labels follow `bench.holdout` and the notes of sets D to P (`bench.holdout_d` to
`bench.holdout_p`). `total` is the amount the document requests as payment or states as
its full value, VAT included. Labelling notes that those sets do not cover:

- The total in a totals row with several amounts is the amount with VAT in its last
  column. It is not the amount without VAT or the VAT beside it, and on the ТОРГ-12 not
  the places, gross weight or quantity that open the row. The dairy UPD's "Всего к
  оплате (9)" row breaks over two lines, and its total is 205 720,00 on the second line,
  not the VAT 22 520,00 that ends the first.
- A header summary that repeats the total ("Сумма к оплате: 274 788,00 руб.") does not
  change the label. The US invoice's header box "AMOUNT DUE $3,899.58" is the balance
  after the deposit, so `total` is the "Invoice total" $5,899.58, as sets F and G rule
  for a deposit already received.
- When the only total printed is in a foreign currency and payment is in roubles at the
  central bank rate on the payment date, the label follows the stated total. The invoice
  "БИС-0412" is USD 16020.00, and the supply contract "77/25-ВЭ" is USD 48600.00. No
  rouble amount is printed, because the rate is not known when the document is issued.
  Sets H to M label RUB only where the rouble amount is printed.
- The invoice in conventional units (1 у.е. = 1 евро) prints its rouble total at the
  rate on the invoice date and requests that sum, so it is RUB 176979.59, as set J
  rules. Its total in у.е. (1 893,80) is a reference figure.
- The forwarder's act "ВТЭ-0923" is payable in yuan to the yuan account, so it is CNY
  49520.00. Its rouble figure "справочно" (538 455,72) is a reference, as set M rules.
  The seller is labelled with the yuan account 40702156..., where payment is requested,
  not with the rouble account printed below it.
- A document that prints no currency mark at all takes the currency of its account.
  Digits 6 to 8 of a Russian account are the currency code, and roubles keep 810, the
  code before 1998. So the internet bank's payment order "2214" (40702810...) is RUB,
  and the statement "218" of account 40702840... is USD.
- A total whose currency is named only in the amount in words ("рублей", "rubles") is
  labelled with that currency: the sole trader's invoice "61", the payment order "736"
  and the English payment order "904" are RUB. "р." in the carrier's act is the rouble.
- A total printed without decimals ("127 500") is labelled "127500.00".
- A credit note's total is the total credit without its sign: "EUR -4,860.00" is
  labelled 4860.00 with currency EUR, because `total` labels carry no sign. A discount
  printed with a minus inside an act lowers the total, as set I rules for a storno line.
  So the act "14" is 211865.20, the amount after the 5% discount with VAT 22%.
- The Belarusian seller's "Счет-протокол согласования цены" is an `invoice`, labelled
  BYN with "Всего к оплате" in words. Its seller has no labels, and its Russian buyer is
  labelled. The Turkish invoice is TRY, with "TOTAL AMOUNT (TL)" including the inland
  freight, not the subtotal.
- UAH is a new currency label, for the Lviv hotel folio. The folio is numbered by "Folio
  No" and dated by the departure date, on which it was paid, as set P rules, and it has
  no party labels.
- A receipt with several payment lines is labelled with "ИТОГ", "ИТОГО" or "TOTAL",
  never with a payment line, the advance paid by a gift certificate or the change. The
  Kazakh receipt is KZT and numbered "0418" by its "Чек №". Its seller prints a BIN and
  has no labels.
- The export UPD states "Валюта: наименование, код Доллар США, 840", so it is USD. Its
  Kazakh buyer has no labels, and its seller is labelled with the USD account and the
  BIK printed in its payment note.
- The application for a transfer in dirhams is a payment order, labelled AED 184250.00
  from field 32A. Its payer is labelled with the AED account and the BIK of the bank it
  is addressed to, and the rouble account for the commission is not labelled, as set K
  rules. The UAE contract is AED 1284000.00, its total value, not an instalment, and its
  Russian buyer is labelled with the AED account and BIK printed for it.
- The Russian packing list's totals row counts places, weights and volume, not money, so
  `total` and `currency` are None. The English packing list cites the invoice value in
  yuan, so `currency` is CNY and `total` is None, as set O rules for a cited value.
- The cost calculation (калькуляция) is `other`. It is numbered "12" and dated by the
  approval date «03» декабря 2025 г., not by the request it answers. Its price stack
  ends in "Цена с НДС", but it requests no payment, so `total` is None and `currency` is
  RUB. The English building estimate is `other` too, with `total` None and `currency`
  GBP. Its "27/11/2025" is day-first, as "Valid for 30 days (until 27/12/2025)" shows.
- The letters print tables of open invoices with totals rows ("Итого задолженность",
  "Total"), but a letter requests no payment of its own, so `total` is None, as set G
  rules. Their currencies are RUB and AED.
- The Belarusian passport's number is "MP3718264", not the personal number or the
  machine-readable line. Its date is the date of issue, "14 JUN 2021".
"""

from .holdout import HoldoutDocument


def load_holdout_q() -> list[HoldoutDocument]:
    """Return the set Q documents, Russian first, in a fixed order."""
    from .holdout_q_en import ENGLISH_DOCUMENTS_Q
    from .holdout_q_ru import RUSSIAN_DOCUMENTS_Q

    return [*RUSSIAN_DOCUMENTS_Q, *ENGLISH_DOCUMENTS_Q]
