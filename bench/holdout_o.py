"""Set O: totals and currencies as real printed forms and scanned pages show them.

The set has 26 Russian and 18 English documents of every built-in type. Invoices (9),
acts (5), UPD (5) and payment orders (5) are the most numerous, then contracts and
receipts (3 each) and two documents of every other type. Every document has a clear
total, or a clear reason for none, and a currency, or a clear reason for none.

Many documents state the currency only once, far from the total, and print the total
without a mark. The currency is printed in a column header ("Сумма, руб.", "Стоимость
(тенге)", "Amount, USD") or in a header line ("Валюта: EUR", "Currency: GBP", "Account
currency: USD"). It is also printed in the UPD field "Валюта: наименование, код"
("Российский рубль, 643", "Евро, 978") and in a clause of an act ("Стоимость услуг
определена в российских рублях"). Other documents print marks before and after the
figure, with and without a space: "77 720,00₽", "3 460,00 ₽", "RUR 384,000.00",
"Russian roubles (Rbl)", "rubles", "рубля", "рублей" and "88 700 руб. 00 коп.". The
foreign forms are "Fr. 1'240.00", "Total CHF 14'825.80", "48 600,00 zł",
"₹ 4,12,500.00" in Indian lakh groups, "KRW 184,500,000" with "₩184,500,000",
"EUR 96 000,00", "46.812,40 €", "USD 18,400.00", "$20,240.00 USD", "¥38,620",
"1 310 kr", "£25,000" and "₸".

Totals are printed in the last column of a totals row under 6 to 14 item rows with VAT
columns, with the caption at the far left ("Итого", "Всего к оплате", "Всего по
накладной", "TOTAL", "Total payable"). Others follow dot leaders
("Итого к оплате ...... 106 542,00") or sit at the right margin of a wide line. Some
carry the VAT amount on the same line ("Итого: 370 020,00   в т.ч. НДС 20%:
61 670,00"), and some close a stack of subtotal, discount, delivery or carriage, VAT
and total. Receipts print "ИТОГ", "=", "НАЛИЧНЫМИ", "БЕЗНАЛИЧНЫМИ" and "СДАЧА" with
fiscal data lines. Payment orders print the "Сумма" box ("147250-50", "240000="), the
amount in words and the amount again in the purpose with its VAT. Statements print
opening and closing balances and turnovers, and a contract prints its price in a clause
with instalments. Ten documents print the total in words as well as in figures, and
twelve print the total on two or more lines, such as a header summary and a table.

Eight documents imitate OCR of scans and phone photos and carry `noisy=True`:
look-alike Latin and Cyrillic letters, O for 0, l for 1, "|" table rules, and "№" read
as "Nº". Their labels are the true values, not the damaged text. The other documents
are clean, fit on one page (at most 70 lines of at most 110 characters) and can be
rendered to images and read back with OCR.

The documents were written blind: without reading the engine, the templates, the
synthetic generator or the documents of the other sets. The files read were
`bench.holdout`, the notes of sets D to N, the loader models `bench.holdout_i` and
`bench.holdout_l`, and the first 150 lines of `bench.holdout_i_ru`. The others were the
label paths in `bench.metrics`, the month names in `bench.formats`, and the test of set
L with the shared checks in tests/bench/holdout_checks.py. Outside that list, the
header comment of `bench.holdout_l_ru` was read for its ruff setting, and no document
of this set draws on it. Every company, person, address, bank and requisite is
invented. INN, OGRN, OGRNIP, BIK, settlement accounts, correspondent accounts and IBANs
carry valid check digits.
tests/bench/test_holdout_o.py checks the labelled requisites, and in the documents
without OCR damage every INN printed after "ИНН" or "INN", every OGRN, every
correspondent and settlement account against a BIK of the same text, and every IBAN.
It also checks the set's listed total and currency forms: a currency stated once with
no mark on the total lines, a caption line that ends with the total, totals in words,
totals printed twice and Indian digit groups.

Labels follow `bench.holdout` and the notes of sets D to N (`bench.holdout_d` to
`bench.holdout_n`). `total` is the amount the document requests as payment or states
as its full value, VAT included. Labelling notes that those sets do not cover:

- A currency stated once, in a column header, a header line, the UPD currency field or
  a clause, is the currency of every unmarked amount of the document, the total
  included. So the invoice with "Валюта: EUR" and the UPD with "Евро, 978" are EUR,
  the invoice with "Стоимость (тенге)" is KZT, and "Amount, USD" makes the US invoice
  USD.
- "RUR", the rouble's code before 1998, "Rbl", "rubles" and "roubles" are labelled
  RUB, the current ISO 4217 code.
- CHF, INR, PLN, KRW, JPY and SEK are new currency labels. "Fr." is the Swiss franc.
  "¥" on the Tokyo shop's receipt is JPY, not CNY, because the shop is Japanese and
  charges Japanese consumption tax. "kr" in the Swedish sawmill's letter is SEK.
- JPY and KRW have no minor unit in practice, and their totals are labelled with
  ".00", the form of every `total` label ("38620.00", "184500000.00").
- The Indian invoice's "₹ 4,12,500.00" uses lakh groups and is labelled 412500.00. The
  form test reads such groups, which the shared checks do not.
- A total printed with its VAT on the same line ("Итого: 370 020,00 в т.ч. НДС 20%:
  61 670,00", "Total: RUR 384,000.00 incl. VAT 20%: RUR 64,000.00") is the amount with
  VAT, not the VAT beside it.
- In the dot-leader stack the total is "Итого к оплате" after the 8% discount and the
  delivery (106 542,00), which the words below it repeat, not "Сумма по позициям".
  The British invoice's total is "TOTAL DUE" after the trade discount and the
  carriage, and the Swiss invoice's is "Total CHF" with packing and freight.
- A payment order's total is the "Сумма" box. "147250-50" is 147250.50 and "240000="
  is 240000.00. The amount in words and the amount in the purpose repeat it, and the
  VAT in the purpose is not the total.
- The ТОРГ-12 prints the same figures in its "Итого" and "Всего по накладной" rows, and
  `total` is "Всего по накладной" with VAT (3 186 591,96), which the words repeat.
- The cash register receipt's total is "ИТОГ =1847.00", not the cash handed over
  ("НАЛИЧНЫМИ =2000.00") or the change ("СДАЧА =153.00"). It prints no currency mark
  and is labelled RUB.
- The bank statements have no `total` label, as in sets D and F. Their opening and
  closing balances and turnovers describe the account, not a document value. Their
  currency is the account currency in the header, and they are numbered by the
  statement number and dated by the operating day or the statement date.
- The Russian exporter's EUR invoice labels its seller with the euro account
  40702978... and the BIK printed for it, as set J labels currency accounts. Its
  Armenian buyer and the Kazakh seller of the tenge invoice have no labels.
- The Polish acceptance protocol is an `act`. Its Russian client is the buyer, and the
  Polish contractor has no labels.
- The packing list that cites a declared value in USD has `total` None, because a
  packing list states no value of its own, and `currency` USD, because it names dollar
  sums. The CMR's box 13 invoice value in euros gives it `currency` EUR and no `total`
  label, as set E rules.
- The insurance certificate is `other`, with `total` None and `currency` USD. Its
  insured value, 110% of the CIF value, is not a document total.
- The Kazakh price list is `other`, with `total` None and `currency` KZT, and no party
  labels. It prints no date of issue, so it is dated by "действует с 01.12.2025".
- The English power of attorney limits each contract to "£25,000", so `currency` is
  GBP and `total` is None, as set M rules for a cash limit. Its attorney is labelled
  with the 12-digit INN printed for him.
- The British invoice's "21/11/2025" is day-first, as its due date "21/12/2025 (30
  days)" shows.
- The Korean passport's number is "M48271936", not the machine-readable line that
  repeats it with a check digit, and its date is the date of issue, "13 MAR 2023".
"""

from .holdout import HoldoutDocument


def load_holdout_o() -> list[HoldoutDocument]:
    """Return the set O documents, Russian first, in a fixed order."""
    from .holdout_o_en import ENGLISH_DOCUMENTS_O
    from .holdout_o_ru import RUSSIAN_DOCUMENTS_O

    return [*RUSSIAN_DOCUMENTS_O, *ENGLISH_DOCUMENTS_O]
