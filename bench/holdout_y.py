"""Set Y: services and IT paperwork as PDF text extraction and OCR return it.

The set has 16 Russian and 28 English documents of every built-in type. Invoices (10: 2
Russian, 8 English), acts (5: 2 and 3), UPD (5: 3 and 2) and payment orders (5: 3 and 2)
are the most numerous. Then come three other papers: a Russian commercial offer, an
English statement of account and a cloud quotation. Every other type has two documents.
Contracts, waybills, bank statements, powers of attorney and letters have one in each
language, and the packing lists, receipts and passports are English.

The Russian documents belong to IT projects. An integrator bills stage 2 of a billing
system's implementation in a 1C invoice, is paid a 50% advance, closes the stage with an
act that offsets the advance, writes a letter on moving stage 3 and sends a commercial
offer for it. A software vendor bills licences under a licence agreement without VAT
(пп. 26 п. 2 ст. 149 НК РФ) and is paid on the 0401060 form, and sells licences of
another product in an EDO UPD. A distributor ships servers to a customer's branch in a
UPD and network equipment in a ТОРГ-12. A cloud provider bills usage in a scanned status
2 UPD, and its statement shows the payment. A sole-proprietor developer under the
simplified tax system signs a scanned act and is paid by a scanned payment order. A
power of attorney lets an IT manager sign UPD and acts in EDO. Documents dated 2026
charge VAT at 22%.

The English documents are a US SaaS invoice with Washington sales tax and an account
credit, a Canadian consulting invoice billed by the hour with Ontario HST, a UK VAT
invoice and its credit note, a German reverse-charge invoice to a Dutch customer, an
Australian GST tax invoice, a Singapore GST invoice with prepaid credits and a Swiss
invoice with a QR-bill payment part. A Russian developer's contract with an Armenian
customer, its acceptance certificate, the USD statement that receives the payment, an
application for a USD transfer to a subcontractor and a power of attorney for foreign
contracts form one thread. Translated Russian papers are an act, its rouble payment
order, a cloud UPD and a sole proprietor's status 2 UPD. The rest are a Singapore
acceptance certificate, a SaaS vendor's price change letter, a Swiss statement of
account, a Singapore cloud quotation, a UK delivery note, packing lists of servers from
Taiwan and of network gear from Singapore, a SaaS subscription receipt, a Singapore shop
receipt, and Canadian and Singapore passports.

What is hard: two-column PDF layouts whose text comes out in reading order. Captions
stand on one line and their values on a later one (the 1C payment block, the totals
block, invoice header grids, the bank client's cells, the EDO UPD's cells), a right
column is printed after the whole left one, and amounts sit at the right margin far from
their captions. Page headers and footers repeat the number and date, and contract,
order, payment, ticket, customer and EDO identifiers stand near them. Totals sit next to
amounts due after a credit or an advance, advances, contract prices, milestones,
estimates, a retainer, an annual contract value and a corrected invoice. Amounts are
written "USD 38,400.00", "$2,101.06", "18.809,00 €", "CHF 4'756.40", "A$17,534.00",
"S$4,850.50", "CAD 14,365.13", "-£439.20", "1 098 000,00", "1386000-00" and "USD
12600,00". Dates are written "5 Dec 2026", "Dec. 5th, 2026", "2026-02-13",
"18-Mar-2026", "September 14, 2026", "05/11/2026" and "12/05/2026" (both day-first) and
"14 JUN /JUIN 25". Foreign parties print VAT numbers, ABNs, a Canadian business
number, Singapore UENs, a Swiss UID, IBANs, an ABA routing number, a QR reference and an
Armenian taxpayer number.

Nine documents imitate OCR of scans and phone photos and carry `noisy=True`: the
developer's act scan "17", the cloud UPD scan "ОУ-0631", the developer's payment order
scan "412", the Canadian consulting invoice scan, the translated status 2 UPD scan "9",
the UK delivery note scan, the Taiwanese packing list scan, the Singapore shop receipt
photo and the Canadian passport scan. They have look-alike Latin and Cyrillic letters, O
for 0, l for 1, "|" table rules, broken spacing and "№" read as "Ne". Their labels are
the true values, not the damaged text. The passport's machine-readable zone reads
cleanly. The other documents are clean and fit on one page (at most 70 lines of at most
110 characters), because the benchmark also renders them to images and reads them back
with OCR.

The documents were written blind: without reading the engine, the templates, the
synthetic generator or the documents of the other sets. The files read were
`bench.holdout`, `bench.metrics`, `bench.formats` (whose `amount_words_ru` spelled the
Russian totals in words), the notes (module docstrings) of sets D to W, the loader of
`bench.holdout_w`, the first 150 lines of `bench.holdout_w_ru`,
tests/bench/holdout_checks.py and the test of set W. Outside that list, the ruff section
of pyproject.toml was read for the line length limit. Every company, person, address,
bank and requisite is invented. INN, OGRN, OGRNIP, settlement and correspondent
accounts carry valid check digits, and KPP and BIK have valid forms. IBANs, the UK,
German and Dutch VAT numbers, the ABNs, the Canadian business number, the Swiss UID,
the ABA routing number, the QR reference and the passports' machine-readable zones
carry valid check digits too. tests/bench/test_holdout_y.py checks the labelled
requisites. In the clean documents it also checks every INN printed after "ИНН" or
"INN", every OGRN, every account against a BIK of the same text and every IBAN. It
checks the set's own forms as well: the foreign codes are printed, valid and never
labelled, captions come before their values, left columns before right ones, page marks
repeat, tax breakdowns add up at their rates, Russian documents of 2026 charge only 22%,
VAT-exempt papers print their ground, totals in words spell the label, competing amounts
are printed and are not the total, deductions leave the printed balance, documents of
one deal print each other's totals, the swappable dates are settled by another date, and
the listed total and ordinal date forms are printed.

Labels follow `bench.holdout` and the notes of sets D to W (`bench.holdout_d` to
`bench.holdout_w`). `total` is the amount the document requests as payment or states as
its full value, VAT or sales tax included. Labelling notes that those sets do not cover:

- A credit note is an `invoice`, as set G rules, and its `total` is the total credit
  without its sign, as set Q rules: the UK credit note "CN-0093" is GBP 439.20, printed
  "-£439.20". The total of the invoice it corrects (£2,240.64) and that invoice's
  balance after the credit (£1,801.44) are not its total. Its date is its own, not the
  date of the corrected invoice.
- A credit from an earlier credit memo applied to a new invoice, and prepaid credits
  drawn down on it, are treated like an advance already received, as sets F and G rule:
  the US SaaS invoice is USD 2101.06 ("Total"), not "AMOUNT DUE" $2,051.06, and the
  Singapore invoice is SGD 4850.50 ("Total including GST"), not "Amount payable"
  S$3,650.50. The Canadian retainer "on file (not applied)" is not part of the total.
- Sales tax, GST, HST and the Swiss MWST are part of the total like VAT. A
  reverse-charge invoice prints VAT 0%, so its `total` is the net amount it requests
  (18.809,00 €).
  The Swiss QR-bill part repeats the total as "4 756.40", which does not change it.
- CAD, AUD, SGD and CHF are new currency labels, read from "CAD" and "C$", "AUD" and
  "A$", "SGD" and "S$", and "CHF". A "$" preceded by a country letter is not USD.
- An English date with an ordinal day ("Dec. 5th, 2026") is read like the same date
  without the suffix. Its "Jan. 4th, 2027" due date is not the date. "05/11/2026" on the
  UK invoice and "12/05/2026" on the Singapore receipt are day-first, as their service
  period end "31/10/2026" and exchange deadline "26/05/2026" show. The translated
  payment order's "03.07.2026" is day-first, as "30.06.2026" in its purpose shows.
- A licence agreement (лицензионный договор) is a `contract`. The licensor (лицензиар)
  is the seller and the licensee (лицензиат) the buyer, each with the account and BIK
  printed in its column. Its `total` is "Общая сумма вознаграждения" for the whole term
  (2 772 000,00), not the yearly instalment (1 386 000,00) or the price of an extra
  workstation. The English development agreement's `total` is its total price (USD
  115,200.00), not an instalment or the hourly rate for change requests. Its Russian
  contractor is the seller with the USD account and BIK it prints, and its Armenian
  customer has no labels.
- An acceptance certificate for a milestone is an `act`, and its `total` is the value of
  the milestone it accepts (USD 38,400.00), not the contract price. The Singapore
  acceptance certificate's `total` is the phase value with GST that the seller will
  invoice, not the fee before GST or the estimate for the next phase.
- A bank statement's holder is labelled as account_holder with the INN and KPP printed
  for it, the bank's BIK and the statement's account, as sets S and U label a holder
  with its INN. The USD statement's sale of dollars to the holder's own rouble account
  is a counterparty line and is not labelled, as set W rules.
- The Russian commercial offer is `other`, as set R rules: it prints prices and "Итого
  с НДС" (1 727 520,00) but requests no payment, so `total` is None and `currency` is
  RUB. The Swiss statement of account is `other`, as set S rules, with `total` None and
  `currency` CHF, and its balance is a state of account. The cloud quotation is `other`
  with `total` None and `currency` SGD: its estimated monthly totals and the one-time
  fee request no payment.
- The EDO power of attorney names no money, so `total` and `currency` are None. The
  English power of attorney limits each agreement to USD 150,000.00, so `currency` is
  USD and `total` is None, as set O rules. Both label the company as principal with INN
  and KPP and the person as attorney with the 12-digit INN printed for him or her.
- The English packing list of network gear cites its invoice value in AUD, so
  `currency` is AUD and `total` is None, as set O rules. The servers' packing list names
  no money, so `currency` is None. Its Russian consignee is labelled. The UK delivery
  note is a `waybill` that names no money, so it has no `total` label and `currency` is
  None, as set T rules; its British parties have no labels.
- The EDO UPD for licences prints "--" for its shipper and consignee, so neither is
  labelled. The servers' UPD ships to the buyer's branch, which prints the buyer's INN
  with its own KPP 591145001 and is labelled as consignee, as set F rules.
- The subscription receipt is numbered by its "Receipt #2291-4471", not by the invoice
  "QS-8F3A21C4-0007" it pays. The Singapore shop receipt is numbered by "Receipt No",
  and its `total` is "TOTAL" with GST included, not the GST line.
"""

from .holdout import HoldoutDocument


def load_holdout_y() -> list[HoldoutDocument]:
    """Return the set Y documents, Russian first, in a fixed order."""
    from .holdout_y_en import ENGLISH_DOCUMENTS_Y
    from .holdout_y_ru import RUSSIAN_DOCUMENTS_Y

    return [*RUSSIAN_DOCUMENTS_Y, *ENGLISH_DOCUMENTS_Y]
