"""Set H: hand-written documents with varied numbers, dates, totals and KPP forms.

The set has 29 Russian and 17 English documents of every built-in type. Invoices (12),
payment orders (5), acts (5) and UPD (4) are the most numerous. The Russian invoices
include a 1C print with the bank payment-order block at the top ("Банк получателя",
"БИК", "Сч. №", "ИНН", "КПП", "Получатель"), "Стр. 1 из 2" and a print timestamp,
per-line discounts, a total printed only in words and in brackets ("1 234 666-40"), a
rouble invoice with a USD equivalent line, a phone photo, a sole proprietor's invoice
whose two-column party table prints "КПП: —", and an invoice at the 2026 VAT rate of
22% that deducts an advance. The acts cover three monthly periods in one act, a
simplified-tax seller charging VAT at 5%, a scanned act of a sole-proprietor carrier,
and a customer's branch. The UPD are a status 1 form with a third-party consignee, a
status 2 form with a separate shipper, and a photo of a status 1 form with food at
VAT 10%. One payment order is the 0401060 form with the INN and KPP fields printed
before the payer's name. Another is a text layer with every cell on its own line and a
payee KPP of "0", and the others are a scan and a bank-client card with labelled
fields. The transport and money papers are a ТОРГ-12 scan, a packing list, a one-day
bank statement with four operations, a cash register receipt and a cash order slip
(квитанция к приходному кассовому ордеру). The rest are a passport page, a power of
attorney, a letter, a supply contract with a specification, a services contract and an
order appointing a chief accountant.

The English documents include invoices from US, UK, Swiss and Singapore sellers and
from a Russian exporter, an acceptance act, a translated UPD and a payment order
between Russian companies. The others are a CMR, a packing list, a statement of a
Russian bank's CNY account, a hotel receipt, a US passport, a power of attorney, a
letter, a contract and a certificate of incumbency.

Numbers take forms such as "СЧ-000123/25", "17-А", "INV/2025/0041", "A-2025-00077"
and "RE-25-04418". Dates are printed as "9 дек. 2025 г.", "«05» декабря 2025 г.",
"8.12.25", "05-Dec-2025", "December 5th, 2025", "2025.12.05" and "Dec 7, 2025", and
as "05/12/2025" in both a US and a UK invoice. Amounts use non-breaking, narrow
no-break and thin spaces, "1 234 666-40", "руб. ... коп.", "12'480.00" and dollar,
pound and euro forms, next to shipping, discount, tax, advance and balance lines. KPP
is printed as "ИНН/КПП" pairs, on one line with the INN, on its own line, in two-column
tables, as a branch KPP, as "КПП: —" and "0" for sole proprietors, and in English as
"KPP (tax registration reason code)", "INN/KPP" and "Payer's KPP".

Fourteen documents imitate OCR of scans and phone photos and carry `noisy=True`. They
have look-alike Latin and Cyrillic letters, O for 0, l and I for 1, B for 8 and S for 5.
Spaces and lines are lost or merged, "|" table rules and "₽" touch amounts, and "№" is
read as "N", "Ne" or "Nº". Their labels are the true values, not the damaged text. The
form test reads B, S and I as digits in noisy documents, on top of the look-alikes that
the shared checks map.

The documents were written blind: without reading the engine, the templates, the
synthetic generator or the documents of the other sets. Only `bench.holdout`, the
notes of sets D, F and G, the label paths in `bench.metrics`, the tests of set G with
their shared checks, and the month names in `bench.formats` that those checks use were
read. Every company, person, address and requisite is invented. INN, BIK, settlement
accounts, correspondent accounts and IBANs carry valid check digits.
tests/bench/test_holdout_h.py checks the labelled requisites, and in the documents
without OCR damage it also checks every INN printed after "ИНН" or "INN", every
correspondent and settlement account against a BIK of the same text, and every IBAN.

Labels follow `bench.holdout` and the notes of sets D, F and G (`bench.holdout_d`,
`bench.holdout_f`, `bench.holdout_g`). `total` is the amount the document requests as
payment or states as its full value, VAT included. Labelling notes that those sets do
not cover:

- A numeric date with slashes is read in the issuer's convention. The US invoice's
  "05/12/2025" is 12 May 2025, and its Net 30 due date "06/11/2025" confirms the
  month-first order. The UK invoice's "05/12/2025" is 5 December 2025, and its due
  date "04/01/2026 (30 days)" confirms the day-first order. "8.12.25" is day, month
  and a two-digit year.
- A print timestamp, a page header ("Стр. 1 из 2"), and the dates and numbers of the
  contract, order, application or payment that a document cites are not its own number
  or date. The 1C invoice is dated 4 December, the date in its heading, although it was
  printed on 5 December.
- A rouble invoice with a USD equivalent line is labelled RUB with the rouble total.
  The equivalent is a reference figure, not the total.
- An invoice with per-line discounts has the total after the discounts, VAT included
  ("Итого с НДС"), not the sum before them.
- An invoice that states its total only in words with the figure in brackets is
  labelled with that figure. A prepayment percentage and its amount are payment terms,
  not the total.
- The act of a simplified-tax seller that charges VAT at 5% has `total` with that VAT
  ("Всего (с учетом НДС)"). The act over three monthly periods is dated by its own
  date, not by the end of any period.
- The branch act prints the customer's branch KPP in the customer's box and the head
  office's KPP in a footer. The buyer carries the branch KPP, as set F labels branches.
- A UPD consignee that prints its own INN and KPP and is not the buyer is labelled as
  consignee. The status 2 UPD's shipper prints an INN and KPP and is labelled as
  shipper. Its consignee prints only a name and an address and is not labelled.
- The English act, UPD and payment order between Russian companies are labelled like
  their Russian forms, with roles seller and buyer, or payer and payee.
- The cash order slip (квитанция к ПКО) is a receipt. Its number is the cash order's
  number, and the organisation that takes the cash is the seller, labelled with the INN
  and KPP it prints.
- The services contract states a monthly fee and a total value for its term. `total`
  is the total value, not the monthly fee. The sole-proprietor contractor is the seller
  with KPP None, and the customer is the buyer.
- A foreign principal of a power of attorney has no labels. Its Russian attorney is
  labelled with the 12-digit INN printed for him, without a KPP label.
- The CMR's number is the consignment note number printed at the top, and its date is
  the date in box 21 ("Established in ... on"). It prints no money, so it has no
  `total` label and `currency` is None. Its Russian consignee's INN and KPP are
  labelled.
- The Russian bank statement prints a statement number, so `number` is labelled. It
  is dated by its operating day, not by the date it was generated. The English CNY
  statement is dated by its printed statement date, not by the end of its period.
- The US passport's number is the nine-digit "Passport No.", and its date is the date
  of issue. Neither passport has party labels.
- The order appointing a chief accountant and the certificate of incumbency are
  `other`, with no party labels although the order prints the company's INN and KPP.
  They mention no money, so `total` and `currency` are None.
- The English letter prints its sender's INN and KPP in the letterhead and names a
  dollar sum. It has no party labels, `total` is None and `currency` is USD.
- Foreign parties have no labels, as in set F. The Swiss invoice's Russian buyer, the
  Korean packing list's Russian consignee and the Turkish contract's Russian buyer are
  labelled, the last with its own USD account and BIK, as set G labels a buyer's bank.
"""

from .holdout import HoldoutDocument


def load_holdout_h() -> list[HoldoutDocument]:
    """Return the set H documents, Russian first, in a fixed order."""
    from .holdout_h_en import ENGLISH_DOCUMENTS_H
    from .holdout_h_ru import RUSSIAN_DOCUMENTS_H

    return [*RUSSIAN_DOCUMENTS_H, *ENGLISH_DOCUMENTS_H]
