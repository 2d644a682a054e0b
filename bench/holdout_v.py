"""Set V: papers of construction, logistics, agriculture, IT, clinics, customs and rent.

The set has 28 Russian and 16 English documents of every built-in type, with each type
in both languages. Invoices (8: 5 Russian, 3 English), acts (5: 4 and 1), payment
orders (5: 4 and 1) and UPD (4: 3 and 1) are the most numerous. Then come contracts (3:
2 and 1), waybills (3: a ТОРГ-12 and a transport waybill in Russian, a CMR in English),
letters (3: 2 and 1) and other papers (3: 1 and 2). The set ends with two packing lists,
two bank statements, two receipts, two passports and two powers of attorney, one of each
in each language.

The documents come from industries that the other sets cover little. Construction gives
a КС-2 act of accepted works with unit rates per m³ and per tonne, the КС-3 cost
certificate of the same month with cumulative columns, the subcontract they follow and
an English acceptance certificate for an office fit-out. Logistics gives a Russian
forwarder's invoice with sea, terminal, truck and ferry legs at VAT 0% and 20%, and a
Kazakh rail forwarder's invoice with five legs and cargo insurance. The carrier of one
leg issues a transport waybill and a status 2 UPD. A CMR, a packing list, a detention
letter, a rate quotation and a forwarder's USD statement complete the logistics papers.
Agriculture gives a grain supply contract priced per tonne, its advance payment, a UPD
with an elevator as shipper, a ТОРГ-12 paid by credit weight, an elevator's invoice for
drying and storage, a form М-2 power of attorney to collect grain, a wheat export
invoice and a port representative's power of attorney. IT gives a licence invoice "НДС
не облагается", a SaaS subscription act with an SLA recalculation, a UPD of laptops and
licences at mixed VAT, an export licence invoice, a licence agreement and a licence
certificate. Clinics give a cash register receipt, an act for medical check-ups, its
payment, a packing list and a translated UPD of an ultrasound scanner, and a US urgent
care receipt. Customs gives a broker's invoice that passes customs duties and import VAT
through, its payment and the broker's letter about a customs declaration. Rent gives an
invoice of rent and utilities with a meter table, its payment by a sole proprietor, the
landlord's bank statement, a letter on rent indexation and the meter readings register.

Most documents print amounts that compete with the total: advances and prepayments
already received, a rent overpayment brought forward, a previous invoice's balance
brought forward, customs duties passed through, customs value, money deposits and
security deposits, penalties and guarantee retentions withheld, an SLA recalculation, a
contract price and an estimated cost, VAT and amounts without VAT, insurance values and
unit prices per m³, per tonne and per pack. A clinic receipt prints a vaccine pack price
(14 800.00) larger than its whole total. Several documents belong to one deal and print
each other's amounts: invoices and acts with their payment orders, the КС-2 with the
КС-3, and the grain contract with its advance. Dates are printed as "«18» марта 2025
г.", "14 марта 2025 г.", "17.03.2025", "22.03.25", "2025-03-31", "March 11, 2025",
"01 April 2025", "17/03/2025", "07 Mar 2025" and "09 JUN 2021", next to contract,
period, due, shipment, reading, validity and birth dates. Amounts take forms such as
"1 102 556,50 руб.", "1102556-50", "=4980.00", "USD 14,749.60", "-USD 5,000.00" and
"RUB 2,898,000.00", and eleven Russian documents print the total in words as well.

Eight documents imitate OCR of scans and phone photos and carry `noisy=True`: the
elevator invoice photo "ТЭ-118", the clinic act scan "МО-0047", the carrier's UPD scan
"47", the clinic payment order scan "2231", the Russian passport scan, the wheat export
invoice scan, the CMR scan and the urgent care receipt photo. They have look-alike Latin
and Cyrillic letters, O for 0, l for 1, "|" table rules and "№" read as "Ne". Their
labels are the true values, not the damaged text. The other documents are clean and fit
on one page (at most 70 lines of at most 110 characters), because the benchmark also
renders them to images and reads them back with OCR.

The documents were written blind: without reading the engine, the templates, the
synthetic generator or the documents of the other sets. The files read were
`bench.holdout`, the notes (module docstrings) of sets D to U, the loaders
`bench.holdout_i`, `bench.holdout_l` and `bench.holdout_o`, and the first 150 lines of
`bench.holdout_i_ru`. The checks came from `bench.metrics`, `bench.formats` (whose
`amount_words_ru` spelled the Russian totals in words), tests/bench/holdout_checks.py
and the tests of sets L, O and R. Outside that list, the ruff section of pyproject.toml
was read for the line length limit. Every company, person, address, bank and requisite
is invented. INN, OGRN, OGRNIP, BIK, settlement and correspondent accounts and IBANs
carry valid check digits, and so does the Portuguese passport's machine-readable zone.
tests/bench/test_holdout_v.py checks the labelled requisites. In the clean documents it
also checks every INN printed after "ИНН" or "INN", every OGRN, every account against a
BIK of the same text and every IBAN. It checks the set's own forms as well: the
competing amounts are printed and are not the label, deductions leave the printed
balance, printed parts add up to the total, the totals in words spell the label, the
amounts shared by documents of one deal match, and every date label is printed in its
listed form, with each promised form used at least once.

Labels follow `bench.holdout` and the notes of sets D to U (`bench.holdout_d` to
`bench.holdout_u`). `total` is the amount the document requests as payment or states as
its full value, VAT included. Labelling notes that those sets do not cover:

- The КС-3 cost certificate (справка о стоимости выполненных работ и затрат) is an
  `act`, as set I labels its КС-3: both contractors sign it, and it states the value of
  the works of a reporting period as the basis for payment. It is numbered "4" and
  dated 31.03.2025 by its "Номер документа" and "Дата составления" cells. Its `total` is
  the "в том числе за отчетный период" column of "Всего с учетом НДС" (8 264 460,00),
  the same as the КС-2's "Всего по акту", not the cumulative columns, the advance
  offset, the guarantee retention or "к перечислению Подрядчику" (5 371 899,00).
- On the КС-2 and КС-3 the "Подрядчик (Субподрядчик)" is the seller and the "Заказчик
  (Генподрядчик)" the buyer, and the КС-2 labels the buyer's account and BIK printed in
  its block. The "Инвестор" prints an INN and a KPP but has no role, so it has no
  labels. The КС-2's "Сметная (договорная) стоимость" (48 600 000,00) is the contract
  price, which is the `total` of the subcontract "17/24-СП". There the subcontractor is
  the seller and the general contractor the buyer.
- The customs broker's invoice adds customs duties and import VAT paid for the client
  (1 080 556,50, without VAT) to its services (22 000,00), and `total` is "Всего к
  оплате" (1 102 556,50), as set K rules. The customs value of the goods and the money
  deposit (денежный залог) held by customs are not part of it.
- A rent overpayment brought forward and deducted from an invoice is treated like an
  advance, so the rent invoice "А-0314" has the full "Итого по счету" (96 823,42), not
  "Итого к оплате с учетом переплаты" (93 703,42). The security deposit is not part of
  it, and meter readings and tariffs are not amounts. Its payment order pays 93 703,42,
  and that is the payment order's `total`.
- An English invoice that adds the unpaid balance of an earlier invoice ("Balance
  brought forward") has the total of its own charges: the invoice "SS-EXP-0042" is USD
  9420.00 ("Invoice total"), not "Total amount due" (11,570.00). The earlier balance is
  the value of another invoice.
- The elevator's invoice prints the insurance value of the stored grain "справочно"
  (20 565 270,00), which is not its total. The grain ТОРГ-12 is paid by credit weight
  (зачетный вес, 86,117 т at 14 900,00 per tonne), and its `total` is "Всего по
  накладной" (1 283 143,30). Its sole-proprietor farmer is the seller with KPP None and
  the shipper without a KPP label, as set S rules.
- The grain UPD's shipper is the elevator that loads the grain for the seller, labelled
  with its own INN and KPP. Its consignee is the buyer's separate subdivision, labelled
  with the buyer's INN and the subdivision's KPP 614143001, as set F labels a branch.
  The Russian packing list and the translated UPD label the clinic's branch consignee
  the same way, with KPP 165843001.
- The clinic's cash register receipt is numbered "214" by "КАССОВЫЙ ЧЕК № 214" and
  labels the seller's INN only. Its `total` is "ИТОГ =4980.00", not the card payment
  left after the advance offset (2980.00) or the vaccine pack price (14800.00), which
  the receipt multiplies by 0.1 for one dose. It prints no currency mark and is
  labelled RUB.
- The US urgent care receipt's `total` is "TOTAL PAID" (245.00), the patient's part
  after the insurance adjustment, not the charges (365.00). Its clinic and patient have
  no labels.
- The transport waybill prints the carrier's charge and the declared value of the
  cargo, so it has no `total` label and `currency` is RUB, as set M rules. The CMR
  prints no money, so it has no `total` label and `currency` is None. Its Russian
  sender is labelled as shipper and its Russian carrier as carrier, and its Kazakh
  consignee (BIN) has no labels. It is dated by box 21.
- The application for a euro transfer pays 80% of a forwarder's invoice, and `total` is
  the amount transferred (18640.00), not the invoice total. It is dated by "Date:
  17/03/2025", not by the value date in field 32A. The rouble account for the bank's
  commission is not labelled, as set K rules.
- The English power of attorney limits contracts to "USD 250,000.00 per transaction",
  so `currency` is USD and `total` is None, as set O rules. Its attorney is labelled
  with the 12-digit INN printed for him. The Russian power of attorney on form М-2
  names the supplier with its INN, which has no role in it and is not labelled.
- The rate quotation is `other`: it requests no payment, so `total` is None, and its
  rates and estimate give `currency` USD. The licence certificate is `other` and names
  no money, so `currency` is None. The meter readings register is `other` too, dated by
  "Дата составления" 03.03.2025, not by the reading date 28.02.2025, and it names no
  money. None of them has party labels, although two print an INN.
- The letters name the sums at stake (additional customs payments, a new rent rate and
  a deposit top-up, detention charges), so their currencies are RUB, RUB and USD, and
  `total` is None.
- The Portuguese passport's number is "CB472918", not the machine-readable line that
  repeats it with a check digit, and its date is the date of issue, "09 JUN 2021".
"""

from .holdout import HoldoutDocument


def load_holdout_v() -> list[HoldoutDocument]:
    """Return the set V documents, Russian first, in a fixed order."""
    from .holdout_v_en import ENGLISH_DOCUMENTS_V
    from .holdout_v_ru import RUSSIAN_DOCUMENTS_V

    return [*RUSSIAN_DOCUMENTS_V, *ENGLISH_DOCUMENTS_V]
