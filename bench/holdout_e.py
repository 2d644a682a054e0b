"""Set E: hand-written Russian and English documents that imitate OCR and PDF text.

The set stresses the text that extraction returns, not only the layout of the
paper. Thirteen documents imitate Tesseract output of scans: lines merged or
split, columns collapsed to single spaces, stray "|", "_" and "—", digits broken
by spaces, look-alike Latin and Cyrillic letters, O for 0, l for 1, "№" read as
"N" or "Мо", and upper-case pages. They carry `noisy=True`, and their labels are
the true values, not the damaged text. Other documents imitate PDF text layers:
form cells printed one per line (a UPD, a payment order, an invoice), tables with
tab separators, repeated headers and "Страница 1 из 2" or "Page 1 of 2" footers.

Every built-in type appears at least twice, with more invoices, UPD, acts and
payment orders. The set includes an invoice with a prepayment line and the rest
to pay, a корректировочный счет-фактура labelled as upd, a contract with a total
price and monthly payments, a tax payment order with fields 101-109 and the
amount in words, commercial invoices from Chinese and Turkish exporters to
Russian buyers that print the buyer's INN and KPP, a hotel bill, fuel, taxi and
shop receipts, and a bilingual Russian and English contract. Near every total
the documents print amounts that are not the total: prepayments received,
opening balances, discounts, deposits, guarantee retentions, tax, per-unit and
per-month prices. Requisites appear as slash pairs, one per line, KPP before
INN, in two-column tables, and as "TIN", "Tax ID" or "INN/KPP".

The documents were written without reading the engine, the templates or the
other sets, apart from the first set D documents, read as a format example. Every
name and requisite is invented, and INN, BIK and settlement accounts carry valid
check digits (tests/bench/test_holdout_e.py checks them).

Labels follow `bench.holdout` and the notes of `bench.holdout_d`: `total` is the
amount the document requests as payment or states as its full value, VAT
included. Notes specific to this set:

- An invoice that deducts a prepayment or deposit already received is labelled
  with its full amount, not the rest to pay ("Остаток к оплате"). It was first
  labelled with the rest. Sets F and G, written later, label the full value, and
  the engine reports the rest as `amount_due`, so the label follows them. A
  proforma invoice that only splits the payment into a deposit and a balance is
  labelled with its full amount.
- The корректировочный счет-фактура is labelled with the change it records, the
  "Всего уменьшение" amount with VAT, not the value before or after the change.
- A contract is labelled with its total price, not the monthly payment. The
  bilingual contract counts as Russian and is labelled in USD, its contract
  currency. The work completion certificate priced in euros and payable in
  roubles is labelled EUR.
- A foreign party without Russian requisites has no labels. A Kazakh BIN and
  foreign tax numbers are not labelled as INN.
- Parties follow set D's roles: a hotel guest's employer as buyer, the contractor
  of an act as seller, a service provider and client of a contract as seller
  and buyer, sender and recipient of a transport paper or packing list as
  shipper and consignee, and the ТОРГ-12 supplier and payer under both their
  seller/shipper and buyer/consignee roles.
- The fuel receipt prints no currency mark and is labelled RUB. Receipts are
  numbered by their printed receipt or transaction number, not the fiscal
  document number.
- The ТН and the CMR have no `total` label, as in set D. The CMR mentions the
  invoice amount in euros and is labelled EUR. The bill of lading mentions no
  money, so its `currency` is None.
- `total` and `currency` are None on the packing lists, the passports, the powers
  of attorney, the letters and the other papers, which mention no money. The
  letters print the sender's requisites but have no party labels.
"""

from .holdout import HoldoutDocument


def load_holdout_e() -> list[HoldoutDocument]:
    """Return the set E documents, Russian first, in a fixed order."""
    from .holdout_e_en import ENGLISH_DOCUMENTS_E
    from .holdout_e_ru import RUSSIAN_DOCUMENTS_E

    return [*RUSSIAN_DOCUMENTS_E, *ENGLISH_DOCUMENTS_E]
