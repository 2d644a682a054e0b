"""Set F: hand-written documents in the layouts of accounting software and scans.

The set has 24 Russian and 16 English documents of every built-in type. The Russian
ones imitate the PDF text layers of accounting software: a 1C-style invoice whose boxed
bank table ("Банк получателя", "БИК", "Сч. №") comes out in a scrambled order, UPD of
status 1 and 2 with the wide form's columns, ТОРГ-12 with the "Номер документа" and
"Дата составления" captions above their values, acts with "Итого", "Без налога (НДС)"
and "Всего (с учетом НДС)", a reconciliation act, payment orders printed from a bank
client, a bank statement, contracts, a packing list, receipts, a passport, a power of
attorney, a letter and a company card. The English ones include invoices from German,
Turkish, Indian and US sellers to Russian buyers and from a Russian exporter. They also
include a debit note, a pro-forma, a delivery note, a packing list, a statement of a
Russian bank in English, a sales receipt, a passport, a power of attorney, a letter, a
certificate of analysis and a contract.

Requisites appear in two-column tables where both parties share lines, as "ИНН/КПП"
with the KPP part empty, for sole proprietors (12-digit INN, no KPP), for a branch whose
KPP differs from its head office's, with accounts printed in groups of four or five
digits, with the BIK before or after the bank's name, with correspondent accounts, and
in English ("Taxpayer ID (INN)", "INN/KPP"). Totals sit next to amounts that are not
the total: prepayments, deposits, advances already received, balances, discounts,
taxes, freight and unit prices. Ten documents imitate OCR of scans and carry
`noisy=True`: look-alike Latin and Cyrillic letters, O for 0, l for 1, З for 3, lost
spaces, merged lines, and "№" read as "N" or "Мо". Their labels are the true values,
not the damaged text.

The documents were written without reading the engine, the templates or the other sets,
apart from set D's notes, its first documents and its test, read as a format example.
Every name, address and requisite is invented, and INN, BIK and settlement accounts
carry valid check digits (tests/bench/test_holdout_f.py checks them).

Labels follow `bench.holdout` and set D's notes (`bench.holdout_d`). `total` is the
amount the document requests as payment or states as its full value, VAT included.
Labelling notes:

- When an invoice deducts an advance already received, `total` is the invoice total
  before the deduction, which is the document's full value, not the balance left to
  pay. A prepayment or deposit stated as a payment term is not the total either, and a
  contract's total is its stated total value.
- The reconciliation act (акт сверки взаимных расчетов) is labelled `act`. Its
  supplier is labelled as seller and its customer as buyer, following the supply
  contract it reconciles. It prints no number, so `number` is absent, and its date is
  the date of signing printed under the heading, not the end of the period. It has no
  `total` label, like a bank statement: the closing balance (сальдо конечное) is the
  state of the account, not the value of a document.
- A party is labelled under the role the document prints for it, and under both roles
  when it is printed under two (ТОРГ-12 поставщик and грузоотправитель). The ТОРГ-12
  "Плательщик" is labelled as buyer. A UPD shipper or consignee is labelled only when
  its own line prints an INN, so "он же" and a name with an address are not labelled.
  A sender and recipient on a delivery note or packing list are labelled only as
  shipper and consignee.
- A branch is labelled with the KPP printed for it. The UPD's consignee is a branch of
  the buyer, so it carries the buyer's INN with the branch's KPP. The branch invoice's
  seller is the branch, so it carries the branch's KPP, not the head office's.
- A KPP is None only for a sole proprietor in the roles set D lists: the seller of an
  invoice, act, contract or sales slip and the payee of a payment order whose KPP field
  is "0". Where "ИНН/КПП" prints an empty KPP part, or the party is a sole proprietor
  buyer or a private person, the KPP label is left out.
- Foreign parties have no labels, because IBAN, SWIFT, GSTIN, VAT and tax numbers are
  not scored. Contracts label the supplier or contractor as seller and the customer as
  buyer.
- The debit note and the pro-forma are labelled `invoice`, and the delivery note
  `waybill`. The company card is `other`, with no party labels, like letters.
- The cash register receipt prints no currency mark and is labelled RUB.
- `total` is None on the packing lists and the delivery note, which have no prices, and
  on passports, powers of attorney, letters, the company card and the certificate of
  analysis. `currency` is None where no money is mentioned. Bank statements and the
  reconciliation act have no `total` label.
- A bank statement's holder is labelled as account_holder with the bank's BIK and the
  statement's account. The Russian statement is dated by its operating day, the English
  one by its printed statement date.
- The Russian passport's number is its six-digit number without the series, and its
  date is the date of issue. The Canadian passport's number is printed as one code.
- The Indian invoice's "Consignee / Buyer" is labelled under both roles, as the
  note above says; the first labels gave it only the buyer's.
- A power of attorney's representative is labelled as attorney, the role name that
  sets A and B and the engine use; it was first labelled agent, the word an agency
  contract uses.
"""

from .holdout import HoldoutDocument


def load_holdout_f() -> list[HoldoutDocument]:
    """Return the set F documents, Russian first, in a fixed order."""
    from .holdout_f_en import ENGLISH_DOCUMENTS_F
    from .holdout_f_ru import RUSSIAN_DOCUMENTS_F

    return [*RUSSIAN_DOCUMENTS_F, *ENGLISH_DOCUMENTS_F]
