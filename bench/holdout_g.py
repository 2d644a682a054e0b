"""Set G: hand-written documents that stress the total and the KPP.

The set has 26 Russian and 16 English documents of every built-in type. The Russian
invoices imitate exports from SBIS, Kontur.Elba, MoySklad and a marketplace seller
cabinet. The UPD come from an EDO operator whose text layer puts every cell on its own
line, and from accounting software as status 2 with a separate shipper. The waybills are
a ТОРГ-12 whose "Итого" and "Всего по накладной" rows are split across lines and a
transport waybill with a sole-proprietor carrier. The acts print "Итого без НДС", "НДС
20%" and "Всего", or apply the simplified tax system and offset an advance, and one is a
reconciliation act. The other Russian documents are payment orders printed from three
bank clients, a bank statement and cash register receipts ("ИТОГ", "=1 250.00",
"НАЛИЧНЫМИ", "БЕЗНАЛИЧНЫМИ"). The rest are a supply contract with an advance percentage,
a works contract signed by a branch, a payment demand letter, a power of attorney, a
passport, a company card and a packing list.

The English documents include invoices from Chinese, Kazakh, Turkish, UAE, UK and US
sellers to Russian buyers, priced in CNY, KZT, TRY, AED, GBP and USD, and a credit note
in EUR. The transport and other papers are a packing list, a bill of lading, a store
receipt, a statement of a Russian bank's USD account and a letter. The rest are a
contract, a Kazakh passport, a power of attorney and a certificate of origin.

Totals sit next to amounts that are not the total: VAT lines, discounts, freight,
insurance, deposits and advances already paid, balances, penalties, unit prices and
large quantities. They are printed on the line after their label, in the far column of
a wide row, and as "318640-00", "46500=", "412.380,00 TRY", "3.218,40 €",
"USD 48,270.50", "29 000 руб. 00 коп." and "65 000,00 ₽". KPP appears as "ИНН/КПП"
slash pairs, on one line with the INN, on a separate line, before the INN, in a
two-column requisites table, as a branch KPP with reason code 43, as a large-taxpayer
KPP "997750001", as "0" for a sole proprietor on a payment order, and in English as
"INN/KPP" and "KPP ... / INN ...".

Eleven documents imitate OCR of scans and phone photos and carry `noisy=True`:
look-alike Latin and Cyrillic letters, O for 0, l for 1, З for 3, lost spaces, merged
lines, and "№" read as "N" or "Ne". Their labels are the true values, not the damaged
text.

The documents were written blind: without reading the engine, the templates or the
documents of the other sets, apart from the first document of set F, read as a format
example, and the notes and tests of sets D and F. Every name, address and requisite is
invented. INN, BIK, settlement accounts, correspondent accounts and IBANs carry valid
check digits (tests/bench/test_holdout_g.py checks the labelled ones).

Labels follow `bench.holdout` and the notes of sets D and F (`bench.holdout_d`,
`bench.holdout_f`). `total` is the amount the document requests as payment or states as
its full value, VAT included. Labelling notes that those sets do not cover:

- An invoice or act that deducts a deposit or advance already paid has `total` equal to
  its full value, before the deduction: the Chinese and UK invoices and the act under
  the simplified tax system. The marketplace invoice's advertising balance and the
  Russian contracts' advance and guarantee retention amounts are not totals.
- The credit note is labelled `invoice`, and its `total` is the total credit, not the
  total of the invoice it refers to.
- The payment demand letter is a letter, so `total` is None and it has no party labels,
  although it names the sum it demands. Its `currency` is RUB because it names rouble
  amounts, and the English letter's is USD for the same reason.
- A buyer's own bank account and BIK printed on an invoice, credit note or contract are
  labelled as the buyer's `bik` and `account`.
- The EDO UPD's buyer is a branch, and "ИНН/КПП покупателя" prints the branch's KPP, so
  the buyer carries that KPP. Its consignee prints only a name and an address and is not
  labelled. The status 2 UPD prints its shipper with an INN and KPP, so the shipper is
  labelled.
- The ТОРГ-12 consignee and payer are the same company, labelled as consignee and as
  buyer, and the payer's bank requisites are the buyer's.
- The works contract is signed by the contractor's branch, whose requisites print only
  the branch KPP, so the seller carries the branch KPP.
- The transport waybill and the bill of lading print no money, so they have no `total`
  label and `currency` is None. The sole-proprietor carrier's KPP is None, as set D
  says.
- A power of attorney labels the attorney's INN where it is printed: a person's 12-digit
  INN without a KPP label, or a customs broker's INN and KPP.
- A Russian cash register receipt is numbered by its "Чек №", not by the fiscal document
  number (ФД), and labels the seller's INN only. Both Russian receipts print no currency
  mark and are labelled RUB.
- The Russian bank statement prints no statement number, so `number` is absent.
- The Kazakh passport's number is one code with its letter, "N14729035", and its date
  is the date of issue.
- The certificate of origin is `other`. Its date is its date of issue, not the date of
  the invoice it cites, and it has no party labels. The company card has no number or
  date, and `total` and `currency` are None although it prints bank accounts.
- Corrected after the first run: the ТОРГ-12 whose captions stand under their blocks
  prints the shipper's account and BIK in the shipper's block, so they are labelled
  under shipper as well as seller; the first labels gave them to the seller only.
"""

from .holdout import HoldoutDocument


def load_holdout_g() -> list[HoldoutDocument]:
    """Return the set G documents, Russian first, in a fixed order."""
    from .holdout_g_en import ENGLISH_DOCUMENTS_G
    from .holdout_g_ru import RUSSIAN_DOCUMENTS_G

    return [*RUSSIAN_DOCUMENTS_G, *ENGLISH_DOCUMENTS_G]
