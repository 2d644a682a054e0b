"""Set D: hand-written Russian and English documents of every built-in type.

The set covers invoices, contracts, acts, UPD, waybills (ТОРГ-12, ТТН, CMR, bill of
lading), packing lists, payment orders, bank statements, receipts, passports, powers
of attorney, letters and other papers. Totals are printed in many ways: "Итого с
НДС", "Всего к оплате" with the amount on the next line, totals rows with several
columns, "руб. коп." and "154800-00" forms, amounts in words, "Balance due", "Total
due" and "Grand total" next to subtotal, tax, shipping and discount lines. INN and
KPP appear as slash pairs, on one line, on separate lines, KPP before INN, in
two-column requisites tables, and as "INN/KPP", "TIN" or "Tax ID". Seven documents
imitate OCR damage (look-alike Latin and Cyrillic letters, O for 0, l for 1, broken
spacing) and carry `noisy=True`. Their labels are the true values, not the damaged
text. The documents were written without reading the engine, the templates or the
other sets, apart from the first set C documents, read as a format example. Every
name and requisite is invented, and INN, BIK and settlement accounts carry valid
check digits (tests/bench/test_holdout_d.py checks them).

Labels follow `bench.holdout`. `total` is the amount the document requests as payment
or states as its full value, VAT included. Labelling notes:

- A party is labelled under the role the document prints for it, and under both
  roles when it is printed under two (ТОРГ-12 поставщик and грузоотправитель).
  Unlike set C, a sender and recipient on a transport document or packing list are
  labelled only as shipper and consignee, not as seller and buyer.
- The ТОРГ-12 "Плательщик" is labelled as buyer; payer and payee are used only on
  payment orders. A UPD shipper printed as "он же" is not labelled.
- A sole proprietor's KPP is None where the proprietor's role is present: the
  seller of an invoice, act, UPD or sales slip, the payee of a payment order whose
  KPP field is "0", the carrier of a ТТН and the agent of an agency contract.
- Two Russian documents print no currency mark and are labelled RUB: the sole
  trader's invoice and the cash register receipt.
- `total` is None on a packing list without prices, a price list, powers of
  attorney, passports and board minutes. `currency` is None where no money is
  mentioned at all. Bank statements, the ТТН, the CMR, the bill of lading and the
  agency contract, whose fee is a percentage, have no `total` label.
- Letters have no party labels. A bank statement's holder is labelled as
  account_holder with the bank's BIK and the statement's account; these labels
  were added after the first run, which the set had left out. The Russian
  statement is dated by its operating day, the English one by its printed
  statement date.
- A passport's number is its six-digit number without the series, because the
  field schema gives the series a field of its own (first labelled as printed,
  "50 19 482716", and corrected after the first run). Its date is the date of
  issue.
"""

from .holdout import HoldoutDocument


def load_holdout_d() -> list[HoldoutDocument]:
    """Return the set D documents, Russian first, in a fixed order."""
    from .holdout_d_en import ENGLISH_DOCUMENTS_D
    from .holdout_d_ru import RUSSIAN_DOCUMENTS_D

    return [*RUSSIAN_DOCUMENTS_D, *ENGLISH_DOCUMENTS_D]
