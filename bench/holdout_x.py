"""Set X: paperwork of small businesses and sole proprietors in 2025 and 2026.

The set has 28 Russian and 16 English documents of every built-in type. Invoices (9: 5
Russian, 4 English), acts (5: 4 and 1), UPD (5: 4 and 1) and payment orders (5: 4 and 1)
are the most numerous. Then come receipts (4: 2 and 2) and two waybills, a ТОРГ-12 and a
transport waybill, both Russian. The set ends with two contracts, two packing lists, two
bank statements, two passports, two powers of attorney, two letters and two other
papers, one of each type in each language.

The Russian documents follow the tax rules of 2026. The base VAT rate is 22% from 1
January 2026 and the reduced rate stays 10%, while this set's papers dated 2025 print
20%. Sellers on the simplified tax system (УСН) charge VAT at 5% or 7% under п. 8 ст.
164 НК РФ, or print "Без налога (НДС)" under the exemption of п. 1 ст. 145 НК РФ. The
invoices are a sole proprietor's 1C invoice at 5%, a grocery wholesaler's invoice at 22%
and 10% and a bookkeeping firm's invoice without VAT. The others are a phone photo of a
packaging invoice of November 2025 at 20% and a landlord company's rent invoice at 22%,
beside a deposit paid in 2025 at 20%. The acts are a marketplace's commission report
that is also its act of services and an adjustment act of January 2026 that lowers the
price of November 2025 services at 20%. The other two are a sole proprietor's act at 7%
on top of the price and a courier's act scan at 22%. The UPD are a status 1 food UPD at
10% and 22% and a hosting provider's status 2 UPD at 22%. A corrective UPD (УКД) raises
the price of a December 2025 shipment at 20%, and a beekeeper's UPD scan charges 7%. The
payment orders are a sole proprietor's single tax payment (ЕНП) to the treasury and a
company's rent payment to a private landlord after withholding personal income tax
(НДФЛ). A boxed 0401060 form pays the 5% invoice, and a scan pays the food UPD. The rest
are a ТОРГ-12 at 22%, a transport waybill to a marketplace warehouse, a lease with a
private landlord, a packing list of boxes for the marketplace and a one-day statement of
a sole proprietor's account. Then come a self-employed photographer's receipt from "Мой
налог", a coffee shop's cash register receipt at 5% and a passport page. Last are a sole
proprietor's power of attorney for warehouse deliveries, a supplier's letter on charging
VAT at 5% from 2026 and a patent under the patent tax system (ПСН).

The English documents come from small foreign suppliers and sole traders and go to
Russian sole proprietors and small companies. The invoices are a British illustrator's
invoice "Not registered for VAT" with a deposit and a German small business's invoice
without VAT under § 19 UStG in "1.240,00 €". The other two are an Arizona LLC's
wholesale invoice without sales tax and an Estonian company's invoice for services
outside the scope of EU VAT in "4 800,00". Then come a Russian sole proprietor's
acceptance certificate for exported IT services in USD, a translated UPD at 22% and an
application for a euro transfer that pays the German invoice. The receipts are an online
payment receipt of a US sole proprietor and a British yarn shop's till receipt. The rest
are an Irish sole trader's service agreement, a Czech bead maker's packing list, a
statement of a sole proprietor's USD account, a British passport, a US company's power
of attorney for its Russian representative, a British supplier's letter on export prices
and a Dutch sole trader's quotation.

Several documents belong to one business. One marketplace seller's papers are the
packaging invoice, the commission report, the transport waybill, the packing list, the
power of attorney, the account statement, the ЕНП payment and the passport. The 5%
invoice, its payment and the British illustrator's invoice belong to one tableware
maker. The food UPD, its payment, the advertising act and the self-employed
photographer's receipt go to one café. The rent payment follows the lease, the euro
transfer pays the German invoice, and the USD statement receives the payment for the
acceptance certificate.

What is hard: VAT at 5%, 7%, 10%, 20% and 22% in one set, included in the price or added
on top, and the 2025 rate in corrections issued in 2026. Totals sit next to the amounts
without VAT, the VAT itself, deposits, prepayments, penalties, budgets paid directly,
autopayments and balances, accrued rent before tax, goods sold through a marketplace and
the sum it transfers to the seller. Sole proprietors print a 12-digit INN with an empty
KPP, "КПП 0" or no KPP, and the single tax payment prints treasury requisites. The
English documents state that no VAT is charged in four national ways and print three
slash dates whose day and month can be swapped.

Nine documents imitate OCR of scans and phone photos and carry `noisy=True`. They are
the packaging invoice photo "УТ-2217", the courier act scan "БД-0207", the honey UPD
scan "19", the café's payment order scan "48", the coffee shop receipt photo, the
Russian passport scan, the British yarn shop receipt photo, the Czech packing list scan
and the British passport scan. They have look-alike Latin and Cyrillic letters, O for 0,
l for 1, "|" table rules and "№" read as "Ne". Their labels are the true values, not the
damaged text. The other documents are clean and fit on one page (at most 70 lines of at
most 110 characters), because the benchmark also renders them to images and reads them
back with OCR.

The documents were written blind: without reading the engine, the templates, the
synthetic generator or the documents of the other sets. The files read were
`bench.holdout`, `bench.metrics`, `bench.formats`, the notes (module docstrings) of sets
D to W, the loader of `bench.holdout_w` and the first 150 lines of `bench.holdout_w_ru`.
The checks came from tests/bench/holdout_checks.py and the test of set W. Every company,
person, address, bank and treasury requisite is invented, except that the ЕНП payment
names its payee "Казначейство России (ФНС России)" and prints the КБК
18201061201010000510 and status 01, as real single tax payments do. The requisites were
generated with the check-digit rules of `bench.holdout`, so INN, OGRN, OGRNIP, BIK,
settlement, personal, correspondent and treasury accounts carry valid keys. IBANs pass
the ISO 13616 mod-97 check, the British VAT number the mod-97 check, the ABA routing
number the 3-7-1 check, and the British passport's machine-readable zone its check
digits. tests/bench/test_holdout_x.py checks the labelled requisites. In the clean
documents it also checks every INN printed after "ИНН" or "INN", every OGRN and OGRNIP,
every account against a BIK of the same text and every IBAN. It checks the set's own
forms as well: VAT rates that fit the document's year, VAT arithmetic, totals in words,
amounts that compete with the total, the marketplace report's arithmetic, the withheld
income tax, amounts shared by documents of one deal, sole proprietors' KPP labels,
treasury requisites, foreign identifiers and swappable dates.

Labels follow `bench.holdout` and the notes of sets D to W (`bench.holdout_d` to
`bench.holdout_w`). `total` is the amount the document requests as payment or states as
its full value, VAT included. Labelling notes that those sets do not cover:

- The VAT rate never changes what `total` is: the amount with VAT at 22%, 10%, 7%, 5% or
  20%, or the full amount where no VAT is charged. A correction issued in 2026 for a
  supply of 2025 keeps the 2025 rate of 20%, and its date is still its own 2026 date.
- The adjustment act (корректировочный акт) "3-К" is an `act`: a document of its own,
  numbered and dated by its heading (20 January 2026), not by the act "№ 118 от
  30.11.2025" that it corrects. Its `total` is the change it records with VAT, "Итого
  уменьшение ... с учетом НДС" 18 300,00, as set M labels a УКД, not the value before
  (114 000,00) or after (95 700,00) the change.
- The УКД "7-К" raises a price, so its `total` is "Всего увеличение" with VAT
  (9 840,00). Sets M and S labelled УКД that record a reduction. An increase is
  labelled the same way, and neither label carries a sign.
- A marketplace's commission report that states it is also an act of services (отчет
  комиссионера, "является одновременно актом оказанных услуг") is an `act`, as set W
  rules for an agent's report with an act. The marketplace (комиссионер) is the seller,
  with its large-taxpayer KPP 997450001. The sole proprietor (комитент) is the buyer,
  labelled with the INN and with the account and BIK printed for the transfer. `total`
  is the value of the marketplace's fee and services with VAT 22% (92 150,00), not the
  goods sold (486 200,00), the sales net of returns (473 800,00), the penalty (1 500,00)
  or the sum transferred to the seller (380 150,00).
- The single tax payment of a sole proprietor follows set L: the payee is the treasury
  with its INN, KPP, TOFK BIK 012908105 and treasury account 03100643900000012900, and
  the single treasury account 40102810829370000081 is not labelled. The payer's KPP
  field is "0", so its KPP is None, as set I rules.
- A company that pays rent to a private person withholds 13% personal income tax as the
  tax agent. The payment order's `total` is the sum transferred (43 500,00), not the
  accrued rent (50 000,00) or the tax (6 500,00). The landlord is labelled as payee with
  the 12-digit INN, the BIK and the personal account 40817..., and with no KPP label,
  because the KPP field is empty. The lease's `total` is the rent for its 11-month term
  (550 000,00), with the landlord as seller and the tenant as buyer, as set T rules.
- The patent under the patent tax system is `other`. It is numbered as printed, "5024 26
  0001873", and dated by "Дата выдачи патента" (25.12.2025), not by its term or the
  application. It states a potential income and a tax for its term, which is not a
  document value, so `total` is None and `currency` is RUB, as set S rules for the
  self-employed income statement. It has no party labels, although it prints an INN.
- The packing list for the marketplace is numbered "26-0214", not by the supply
  "2837461", the slot "4471" or the box barcodes. The transport waybill and the packing
  list label the marketplace's warehouse subdivision as consignee with the
  marketplace's INN and the subdivision's KPP 668545001, as set F labels a branch. The
  sole-proprietor shipper has no KPP label, and the sole-proprietor carrier has KPP
  None, as set D rules.
- The English invoices that charge no VAT ("Not registered for VAT", § 19 UStG, sales
  tax $0.00, services outside the scope of EU VAT) have `total` equal to their full
  value without VAT, as set I rules for VAT-exempt documents. The British invoice's
  total is the invoice total before the deposit, not the balance due, as sets F and G
  rule.
- An online payment receipt is a `receipt` numbered by "Receipt #2718-4093", not by the
  invoice "PXN-26-0412" it pays, and dated by "Date paid", not by the subscription
  period. Its `total` is the amount paid after the discount. The payer prints no INN,
  so it has no party labels.
- A date whose day and month can be swapped is labelled in the issuer's convention, and
  another date of the same document settles it. The British invoice's "05/02/2026" is
  5 February 2026, because its due date "07/03/2026 (30 days)" is 30 days later only in
  that order. The US invoice's "02/03/2026" is 3 February 2026, because its Net 15 due
  date "02/18/2026" is month-first. The British till receipt's "06/03/2026" is 6 March
  2026, because its 28-day return date "03/04/2026" fits only day-first.
- The US company's power of attorney is numbered by "Ref. No. POA-2026/02" and dated by
  its signing on February 16, 2026, not by the apostille of February 18 or the notary's
  commission date. Its limit of USD 15,000.00 per agreement gives `currency` USD and
  `total` None, as sets O and V rule. The foreign principal has no labels, and the
  Russian sole proprietor is labelled as attorney with the 12-digit INN only.
- The Dutch quotation is `other`, as sets R and V rule for offers and quotations. It
  requests no payment, so `total` is None and `currency` is EUR, and the Russian
  customer's INN is not labelled. The Czech packing list cites its invoice value in
  euros, so `currency` is EUR and `total` is None, as set O rules.
- The English USD statement is numbered "12" and dated "for 10 February 2026". The
  rouble account credited by the sale of dollars and the Dutch client's IBAN are not
  labelled.
"""

from .holdout import HoldoutDocument


def load_holdout_x() -> list[HoldoutDocument]:
    """Return the set X documents, Russian first, in a fixed order."""
    from .holdout_x_en import ENGLISH_DOCUMENTS_X
    from .holdout_x_ru import RUSSIAN_DOCUMENTS_X

    return [*RUSSIAN_DOCUMENTS_X, *ENGLISH_DOCUMENTS_X]
