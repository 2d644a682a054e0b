"""Set J: hand-written documents whose money is hard to read.

The set has 30 Russian and 14 English documents of every built-in type. Invoices (9),
acts (6), UPD (5) and payment orders (5) are the most numerous. The documents come from
sectors that the earlier sets rarely used: construction subcontracting, agriculture,
pharmacy distribution, leasing, insurance, public procurement under 44-ФЗ (with ИКЗ
codes), equipment rental, advertising, catering and IT outsourcing.

Most documents print several amounts next to the total. The Russian ones offset an
advance ("Зачет аванса", "Итого к оплате с учетом аванса"), withhold a penalty and a
guarantee retention, reduce the price for an SLA breach, hold a security deposit, add
section subtotals ("Итого по разделу 1"), print VAT both as "в т.ч. НДС" and as a
separate line, and repeat the total in words. Amounts take forms such as "446 000 руб.
00 коп.", "347280-50" and "=1 386.50". Currencies are written as words: "тенге",
"белорусских рублей", "юаней", "евро", "доллар США" and "у.е." with a rate. The English
ones deduct a deposit ("Less deposit 30%", "BALANCE DUE"), a discount or a penalty,
add freight, a service charge and sales tax, and name sums in CNY, KZT, BYN, USD, EUR
and roubles.

KPP is printed as "ИНН/КПП 7772847732/777201001", as "КПП: 638601001" on its own line
and as "ИНН 6617017848 КПП 661701001" on one line. It also sits in a boxed requisites
table, in a two-column table of both parties, and in side-by-side requisites and
signature blocks. The English documents print "KPP", "Payer's KPP" and "Tax Reason Code
(KPP)". Layouts include "|" tables, "+---+" boxes, the 0401060 payment order form, a
bank-client print, UPD with their numbered captions, ТОРГ-12, a CMR, a bank statement
with debit and credit columns and cash register receipts.

Fifteen documents imitate OCR of scans and phone photos and carry `noisy=True`:
look-alike Latin and Cyrillic letters, O for 0, l for 1, З for 3, "|" table rules, lost
spaces, and "№" read as "Ne". Their labels are the true values, not the damaged text.

The documents were written blind: without reading the engine, the templates, the
synthetic generator or the documents of the other sets. The files read were
`bench.holdout`, the notes of sets D, F, G, H and I, and this loader's model
`bench.holdout_i`. The others were the label paths in `bench.metrics`, the tests of set
I with their shared checks, and the month names in `bench.formats`. Every company,
person, address, bank and requisite is invented. INN, BIK, settlement accounts,
correspondent accounts, treasury accounts and IBANs carry valid check digits.
tests/bench/test_holdout_j.py checks the labelled requisites, and in the documents
without OCR damage it also checks every INN printed after "ИНН" or "INN", every
correspondent and settlement account against a BIK of the same text, and every IBAN.

Labels follow `bench.holdout` and the notes of sets D, F, G, H and I (`bench.holdout_d`,
`bench.holdout_f`, `bench.holdout_g`, `bench.holdout_h`, `bench.holdout_i`). `total` is
the amount the document requests as payment or states as its full value, VAT included.
Labelling notes that those sets do not cover:

- An act that withholds a penalty or a guarantee retention has `total` equal to the
  value of the work or services with VAT, not the amount payable after the deductions.
  So the subcontract act has 1 200 000,00, not "К оплате" 1 104 000,00, and the
  English advertising act 612,000.00, not 602,820.00. This extends the rule of sets F
  and G for a deducted advance.
- A reduction of the price inside an act is part of its total: the IT outsourcing act's
  negative SLA line lowers "Всего с НДС", as set I rules for a storno line.
- The catering act's total is "Всего с НДС" over all sections, not a section subtotal
  and not the balance left after the prepayment.
- A security deposit already paid or held is not part of the total: the equipment
  rental invoice, the Belarusian crane rental invoice and the English lease contract.
- The invoice priced in "у.е." with a rate is labelled RUB with the rouble total,
  because the total in у.е. is a reference figure, as set I rules for a USD equivalent.
- KZT and BYN are new currency labels. The Russian seed invoice priced in tenge is
  labelled KZT, and its 50% prepayment is a payment term. The Russian advertising act
  in Belarusian roubles is labelled BYN. The Kazakh and Belarusian counterparties
  have no labels, because their BIN, UNP and IBAN are not scored.
- The seller of the tenge invoice and the agency of the BYN act are labelled with the
  BIK and the currency account (40702398..., 40702933...) printed for them.
- The application for a transfer in yuan is a payment order labelled CNY. Its payer
  is labelled with the yuan account, the Chinese beneficiary has no labels, and its
  date is the application date, not the value date. Its total is the amount
  transferred, the balance of the Chinese invoice, and the advance it mentions is not
  the total. That invoice's own total is its full value before the deposit, as sets F
  and G rule, and its buyer's yuan account and BIK are labelled.
- The 44-ФЗ contract's total is the contract price ("Цена контракта"), not the initial
  maximum price (НМЦК), the advance or the performance security. Its customer is a
  school paid through the treasury, so the buyer carries the TOFK BIK 018073401 and
  the treasury account 03234643407350000100, as set I labels a treasury payee. The
  single treasury account 40102... is not labelled.
- The 44-ФЗ payment order's ИКЗ contains the payer's INN and KPP. It does not change
  the labels. The penalty withheld by the customer is not the amount, and `total` is
  the payment's "Сумма".
- The leasing contract's total is the total of lease payments including the advance
  and the buyout price ("Общая сумма лизинговых платежей"), not the cost of the leased
  asset or the euro purchase price. A lessor is labelled as seller and a lessee as
  buyer, in the Russian and the English lease contract.
- The procurement results protocol is `other`. Its number is the protocol's own
  ("ПИ-109"), not the notice number, and its date is the date of signing. It prints
  bids and the initial maximum price, but `total` is None and `currency` is RUB, and
  it has no party labels although it prints INNs. The grain test report is `other`
  too, with no money, so `total` and `currency` are None.
- UPD and ТОРГ-12 that note a prepayment or an offset advance keep the full "Всего к
  оплате" (or "Всего по накладной") as `total`, not the balance. The food UPD's
  returnable packaging line is part of the total. Its consignee is the buyer's branch,
  labelled with the buyer's INN and the branch KPP, as set F labels branches.
- The English restaurant receipt's total includes the service charge and the sales
  tax. The tip line is blank. The pharmacy receipt's total is "ИТОГ" after the coupon
  discount, and it prints no currency mark, so it is labelled RUB.
- The Russian bank statement prints a number and is dated by its operating day, not
  by the date it was generated. The English euro statement is dated by its printed
  statement date. Its foreign payers have no labels, and the rouble account that
  receives the sold euros is not labelled.
- The Russian insurance claim letter names the premium, the repair cost and the claimed
  sum in roubles, so `currency` is RUB and `total` is None. The English letter on
  overdue lease payments is EUR for the same reason.
- The Irish passport's number is its two letters and seven digits, and its date is
  the date of issue.
- The English CMR prints no money, so it has no `total` label and `currency` is None.
  Only its Russian consignee is labelled.
"""

from .holdout import HoldoutDocument


def load_holdout_j() -> list[HoldoutDocument]:
    """Return the set J documents, Russian first, in a fixed order."""
    from .holdout_j_en import ENGLISH_DOCUMENTS_J
    from .holdout_j_ru import RUSSIAN_DOCUMENTS_J

    return [*RUSSIAN_DOCUMENTS_J, *ENGLISH_DOCUMENTS_J]
