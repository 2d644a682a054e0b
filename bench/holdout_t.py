"""Set T: documents whose type is easy to confuse with a neighbouring type.

The set has 28 Russian and 17 English documents of every built-in type, chosen so that
document-type accuracy is really tested. Invoices, acts, contracts and waybills (5 each)
and other papers (6) are the most numerous. Then come UPD, payment orders and letters (3
each), and two bank statements, packing lists, receipts, passports and powers of
attorney.

Every type meets its confusable neighbours in the set. The invoices are a 1C "Счет на
оплату" that promises a счет-фактура and an act, a "Счет-проформа" for a prepayment and
a phone photo of a "Счет-оферта" whose terms read like a contract. The English ones are
a Chinese commercial invoice that cites its pro-forma and a British invoice stamped
"PAID" that calls itself a receipt. The UPD are a status 1 form, a scan of a status 2
form (a transfer document only) and a standalone счет-фактура without a status. The acts
are a services act, a reconciliation act (акт сверки), an equipment acceptance act (акт
приема-передачи) and a scanned defect act (акт о выявленных недостатках), with an
English acceptance certificate. The waybills are a ТОРГ-12, a transport waybill
(транспортная накладная), a CMR scan, a bill of lading and an English delivery note,
beside a Russian and a Chinese packing list. The contracts are a supply contract signed
under a power of attorney, a supplementary agreement (дополнительное соглашение), a
specification (спецификация), a lease that ends with a copy of the landlord's passport
and an English addendum. The money papers are a payment order, a scanned payment request
(платежное требование), an application for a transfer in dollars and two bank
statements. Their neighbours are a letter that corrects a payment's purpose, a
remittance advice and a statement of account. A Russian sales slip (товарный чек) and a
Dubai official receipt are the receipts next to the invoices. The letters are a claim
(претензия), the payment purpose letter and a payment reminder. The papers of no
built-in type are a price list, a memo (служебная записка), meeting minutes, a statement
of account, a remittance advice and a purchase order. The Russian and Czech passports
and two powers of attorney complete the set.

Most documents cite documents of neighbouring types by name and number. An invoice
promises a счет-фактура, and a UPD cites a transport waybill and a power of attorney. A
payment order and a memo cite an invoice, and a letter cites a payment order. Several
documents belong to one deal: the supply contract 56/25, its specification, the
acceptance act, the defect act, the claim and the reconciliation act, or the 1C invoice,
the memo, the payment order, the bank statement and the services act. The commercial
invoice, packing list, bill of lading, transfer application and remittance advice of one
import form another deal.

Eight documents imitate OCR of scans and phone photos and carry `noisy=True`: the
счет-оферта photo, the status 2 UPD scan, the defect act scan, the payment request scan,
the sales slip photo, the Russian passport, the CMR and the Czech passport. They have
look-alike Latin and Cyrillic letters, O for 0, l for 1, "|" table rules and "№" read as
"Ne". Their labels are the true values, not the damaged text. The other documents are
clean and fit on one page (at most 70 lines of at most 110 characters), because the
benchmark also renders them to images and reads them back with OCR.

The documents were written blind: without reading the engine, the templates, the
synthetic generator or the documents of the other sets. The files read were
`bench.holdout`, the notes (module docstrings) of sets D to R, the loaders
`bench.holdout_i`, `bench.holdout_l` and `bench.holdout_o`, and the first 150 lines of
`bench.holdout_i_ru`. The checks came from the label paths in `bench.metrics`, the date
forms in `bench.formats`, tests/bench/holdout_checks.py, the tests of sets O and R and
the first 60 lines of the test of set L. Every company, person, address, bank and
requisite is invented. INN, OGRN, OGRNIP, BIK, settlement and correspondent accounts and
IBANs carry valid check digits, and so does the Czech passport's machine-readable zone.
tests/bench/test_holdout_t.py checks the labelled requisites. In the clean documents it
also checks every INN printed after "ИНН" or "INN", every OGRN, every account against a
BIK of the same text and every IBAN. It checks the type of every document against its
heading: the heading starts a line, maps to the labelled type, and no heading of another
type starts a line above it. It also checks that the documents name their neighbouring
types below the heading and print the numbers of the documents they cite, that every
type decision listed below has its note, and that the documents without a currency print
no money.

Labels follow `bench.holdout` and the notes of sets D to R (`bench.holdout_d` to
`bench.holdout_r`). `total` is the amount the document requests as payment or states as
its full value, VAT included. A document's type is what the document itself is, as its
heading and its content show, never the type of a document it cites. Labelling notes
that those sets do not cover:

- The счет-оферта "№ 2207" is an `invoice`. Its terms make payment the acceptance of an
  offer, but only the seller signs it and it requests payment. Its seller is a sole
  proprietor with KPP None, as set D rules for an invoice.
- A standalone счет-фактура on the form of Government decree № 1137, without a status or
  a transfer section, is `upd`: the status 1 UPD is the same form with a transfer
  section, and sets E and M label the корректировочный счет-фактура as `upd`. It is
  numbered "1187" and dated 29 October 2025 by its heading, not by the payment document
  of line (5) "№ 3318 от 20.10.2025" or the decree "от 26 декабря 2011 г. № 1137". Its
  shipper and consignee print a name and an address only and are not labelled.
- The equipment acceptance act (акт приема-передачи оборудования) "№ 4" is an `act`, and
  its `total` is the stated value of the equipment it hands over, 1 122 000,00. The UPD
  "ТВ-1102" it cites is not its number. Both parties print their bank details at the
  foot, so the buyer carries its account and BIK, as set P labels a details table.
- The defect act (акт о выявленных недостатках, рекламационный акт) "№ 7" is an `act`,
  like the reconciliation act of set F, an act that records no sale. Its `total` is
  None: the price of the faulty sections (36 500,00) is the subject of a claim, not the
  value of the act. Its `currency` is RUB, its supplier is the seller and its buyer the
  buyer.
- The reconciliation act follows sets F and P. It prints no number, so `number` is
  absent. It is dated 10 October 2025 by the line under its heading, not by the end of
  its period, and it has no `total` label: the closing balances (310 680,00 and 212
  760,00) and the difference between them are states of account.
- A supplementary agreement (дополнительное соглашение) and the English addendum are
  `contract`. They are numbered "2" and "1" by their own headings, not by the contracts
  they amend ("118-П", "77/2025-EXP"). Their `total` is the value the agreement adds
  (348 000,00 and USD 96,800.00), not the new contract price (1 548 000,00 and USD
  412,300.00), the old one or the advance, as set M labels a УКД with the change it
  records.
- A specification (спецификация) to a supply contract is a `contract`: both parties sign
  it and it agrees goods and prices without requesting payment. It is numbered "3", and
  its `total` is "Итого по Спецификации" (1 122 000,00), not the contract price or the
  30% advance.
- A lease that ends with a copy of the landlord's passport is a `contract`. The passport
  series and number (92 15 604218) and its date of issue are not the lease's number and
  date. The landlord is a private person, labelled as seller with the 12-digit INN, the
  personal account 40817... and its BIK, and no KPP label, as set F rules for a private
  person. Its `total` is the rent for the term (605 000), not the monthly rent or the
  security deposit, as sets H and J rule.
- A power of attorney cited in a contract ("доверенности № 14 от 09.01.2025") or in a
  UPD's receipt section ("по доверенности № 52 от 01.10.2025") does not change the type
  or the number. The supply contract's buyer, who signs through that attorney, is
  labelled as buyer.
- A payment request (платежное требование, form 0401061) is a `payment_order`: it is a
  bank settlement document of the same family as the 0401060 payment order, with a payer
  and a payee, although the payee starts it. It is numbered "611" and dated 27 October
  2025, not by "Окончание срока акцепта 03.11.2025" or the act "№ 0987" it cites. Its
  `total` is the "Сумма".
- The letter on a payment's purpose (Об уточнении назначения платежа) is a `letter`,
  although it prints a payment order's number, date, amount and payee INN. The claim
  (претензия) is a `letter` too, as set G rules for a payment demand letter, and so is
  the English payment reminder. None has party labels, `total` is None although they
  name the sums at stake, and their currencies are RUB, RUB and USD. They are numbered
  by their own references ("Исх. № 418/01-09", "Исх. № 1127-ЮР", "Our ref.:
  TRA/FIN/2025-118").
- The British invoice stamped "PAID" that asks to keep it as a receipt of payment is an
  `invoice`. Its `total` is the "Invoice total" (7,860.00 GBP), not the balance of 0.00,
  as set P rules for an invoice stamped "ОПЛАЧЕНО".
- The Dubai official receipt is a `receipt`, numbered "R-25-00962" and dated 3 November
  2025, not by the invoice "EXP-INV-25-0448" of 15 September 2025 it acknowledges or the
  day the money arrived. Its `total` is the sum received, AED 18,375.00. Its seller is
  foreign, and its Russian payer is labelled as buyer with its INN and KPP.
- The sales slip (товарный чек) is numbered "118", not by the cash register receipt "№
  57" or the fiscal document 4471 it cites. Its buyer prints no INN and is not labelled.
- The memo (служебная записка) that asks the finance director to pay an invoice is
  `other`: it goes to the company's own finance director, not to the supplier. Its
  `total` is None although it names the invoice sum, `currency` is RUB, and it has no
  party labels although it prints the supplier's INN. It is dated 15 October 2025, not
  by the approval of 16 October.
- The meeting minutes (протокол совещания) "№ 12" are `other`, with `total` None and
  `currency` RUB for the estimate they approve.
- The price list is `other`, as sets M and O rule. It prints a date of issue, so it is
  dated 27 October 2025 by it, not by "действует с 01.11.2025", which set O used only
  for a price list without a date of issue.
- The statement of account is `other`, not `bank_statement`: a supplier sends it to a
  customer, and it lists invoices and payments, not the operations of a bank account.
  Its `total` is None, because its balance due (USD 67,550.00) is a state of account, as
  sets F and P rule for a reconciliation act. It is dated by "as at 31 October 2025".
- The remittance advice is `other`, not `payment_order`: it is the payer's notice to the
  payee, and the bank executes the transfer application "No. 88" that it cites. Its
  `total` is None and `currency` is USD.
- The purchase order is `other`, not `invoice`: the buyer orders goods and requests no
  payment. Its `total` is None although it prints an order total (486,420.00), as set Q
  rules for a cost calculation, and `currency` is RUB. It has no party labels.
- The English delivery note is a `waybill`, as set F rules. It prints no money, so it
  has no `total` label and `currency` is None, as set N labels its delivery note. Set F
  labelled `total` None on its delivery note instead. Its shipper and consignee are
  labelled.
- The English bank statement, headed "ACCOUNT STATEMENT", is numbered "73" and dated by
  its day "for 14 October 2025", not by the previous statement "No. 72" or its print
  date.
- The Czech passport's number is "41728396", not the machine-readable line or the
  personal number (rodné číslo), and its date is the date of issue 12.05.2022.
"""

from .holdout import HoldoutDocument


def load_holdout_t() -> list[HoldoutDocument]:
    """Return the set T documents, Russian first, in a fixed order."""
    from .holdout_t_en import ENGLISH_DOCUMENTS_T
    from .holdout_t_ru import RUSSIAN_DOCUMENTS_T

    return [*RUSSIAN_DOCUMENTS_T, *ENGLISH_DOCUMENTS_T]
