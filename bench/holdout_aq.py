"""Set AQ: a regional telecom operator in Yekaterinburg and its suppliers.

The set has 28 Russian and 16 English documents of every built-in type. Invoices (8: 5
Russian, 3 English), acts (5: 4 and 1), UPD (5: 4 and 1) and payment orders (5: 4 and 1)
are the most numerous. Then come other papers (4: 2 and 2) and contracts (3: 2 and 1).
The set ends with one waybill, packing list, bank statement, receipt, passport, power of
attorney and letter in each language.

The papers belong to АО «ИсетьСвязь» (JSC IsetSvyaz), an operator of fixed and mobile
networks in Yekaterinburg. Its Russian counterparties are a fibre cable maker in Perm, a
Moscow distributor of network equipment, a tower company, an IT outsourcer and a lessor.
Then come a sole-proprietor line builder, a sole-proprietor carrier, a trunk operator, a
customs broker and the federal agency that allocates numbering resources. Its foreign
partners are a Finnish maker of core routers (EUR), a Chinese maker of GPON terminals
(USD) and a UAE operator that settles roaming and call termination in dirhams (AED).

Deals. The cable contract "ОК-26/014" is followed by its invoice "ОП-0297", the power of
attorney "52" for the storekeeper, the UPD "ОП-0311", the packing list "УЛ-0311", the
transport waybill "ТН-0311", the payment "1127", the claim "И-118" over one damaged drum
and the translated UPD "ОП-0412" of the second lot. The tower rent contract "АБ-118/26"
is followed by the March invoice "УБ-0331/07", the act "УБ-А-0331/07" and the payment
"1204". The outsourcer's invoice "ИО-0402" bills its act "ИО-0331". The lessor's invoice
"МЛ-0314/15", the payment "1139" and the UPD "МЛ-У-0331/15" follow one lease payment.
The distributor's invoice "НЛ-00318" and its UPD "НЛ-0211" follow one order of switches.
The regulator's decision "РН-1187" sets the fee that the payment "1152" pays. The line
builder's act "17" and the protocol "ПИ-0318" follow one fibre line. The rouble
statement "54" moves the payments "1127", "1139" and "1152" and buys the dirhams that
the dirham statement "4" receives. The Finnish contract "KN-RU-2026/03" is followed by
the invoice "KN-INV-26-0412", the CMR "0318274", the broker's power of attorney
"31/26-D" and the commissioning certificate "KN-CA-26017". The Chinese invoice
"LX-EXP-260219" has its packing list and certificate of origin. The UAE partner's
invoice "NJM/IC/2026/0219" is netted in the settlement statement "SS/ISV/2026-02", paid
by the MT103 "ISV260320-01" and discussed in the letter "NJM/WS/2026/051".

Sixteen documents imitate OCR of faxes, scans and phone photos and carry `noisy=True`.
The Russian ones are the tower rent invoice fax, the outsourcer's invoice photo, the
line builder's act scan, the interconnect act photo, the switches UPD scan, the leasing
UPD scan, the numbering fee payment scan, the tower rent payment scan, the cable packing
list scan, the shop receipt photo and the storekeeper's passport scan. The English ones
are the certificate of origin scan, the CMR scan, the Chinese packing list photo, the
Espoo hotel receipt photo and the Finnish engineer's passport scan. Their damage is
look-alike Latin and Cyrillic letters, O for 0, l for 1, "№" read as "N2", table rules,
a fax header, camera file names, a round stamp, and bank, customs and receiving stamps
run into the lines. Their labels are the true values, not the damaged text. The
passport's machine-readable zone reads cleanly. The other documents are clean and fit on
one page (at most 70 lines of at most 110 characters).

What is hard: totals beside the sums that telecom papers carry. Invoices credit an
advance and print the rest to pay, VAT-exempt licences sit beside taxed lines, an SLA
credit lowers a fee, a tower invoice adds metered electricity to the rent, and lease
papers print the truck's cost, the sum of the lease payments and the debt left.
Interconnect acts print minutes and tariffs, the roaming settlement nets two invoices,
and statements print turnovers. Numbers that are not the document's number are the
contracts, orders, tickets, drums, licences, the КБК, ОКТМО, the TADIG codes, the fiscal
data of a receipt and the other papers of each deal. Dates that are not the document's
date come from fax headers, camera file names, bank and receiving stamps, signatures,
translations, meter readings, due dates and validity. INNs are printed for companies
without a role: the cable maker in the power of attorney, the operator in the
regulator's decision and the counterparties of the rouble statement.

The documents were written blind: without reading the engine, the templates, the
synthetic generator, bench/accuracy.py or the documents of the other sets. The files
read were `bench.holdout`, `bench.metrics`, `bench.formats` (whose `amount_words_ru`
spelled the Russian totals in words), the notes (module docstrings) of sets D, Z and AA
to AP, the loader of `bench.holdout_ap`, the first 150 lines of `bench.holdout_ap_ru`,
tests/bench/holdout_checks.py, holdout_codes.py, holdout_sets.py, test_holdout_ap.py,
test_holdout_sets.py and the ruff section of pyproject.toml. Every company, person,
address, bank and treasury body is invented. INN, OGRN, OGRNIP, settlement,
correspondent and treasury accounts were generated with the check-digit rules of
`bench.holdout`, and the IBANs, the Finnish VAT number, the Chinese unified social
credit code and the passport's machine-readable zone carry valid check characters.
tests/bench/test_holdout_aq.py checks them with the other numbers, dates and amounts it
lists, and the arithmetic of each deal.

Labels follow `bench.holdout` and the notes of sets D, Z and AA to AP. `total` is the
amount the document requests as payment or states as its full value, VAT included. Notes
for this set:

- The cable invoice "ОП-0297" credits the 30% advance of the contract (1 278 657,60) and
  prints "Остаток к оплате" 1 186 230,40, but its `total` is the full value of the first
  lot (2 464 888,00), as sets AF and AI rule for an invoice that deducts a prepayment.
  The payment "1127" transfers the rest, so its `total` is 1 186 230,40, as set M rules
  for a partial payment, although its purpose line cites the lot's value.
- The cable contract "ОК-26/014" has its price with VAT as `total` (4 262 192,00), which
  its specification repeats, not the advance, a lot or the cap on penalties. The UPD of
  the two lots state their full values, and together they make the contract price.
- The tower rent contract "АБ-118/26" states its price for twelve months (3 381 840,00),
  which is its `total`, not the monthly rent or the security deposit. The March invoice,
  act and payment are worth the rent with the metered electricity (298 146,41). The
  deposit printed in the act is not part of it.
- The switches invoice "НЛ-00318" and UPD "НЛ-0211" add VAT-exempt licences (подп. 26 п.
  2 ст. 149 НК РФ) to the taxed lines, so their `total` is 3 447 312,00, not the taxed
  lines with VAT, as set AL rules.
- The outsourcer's act "ИО-0331" and invoice "ИО-0402" are worth the monthly fee and the
  hours over the limit less the SLA credit, with VAT (557 052,00). The February act
  cited in "ИО-0331" is a reference.
- Leasing follows set AD: the invoice "МЛ-0314/15" requests one lease payment (187
  660,00), which the payment "1139" and the UPD "МЛ-У-0331/15" repeat. The truck's cost,
  the sum of the lease payments, the sum paid and the rest are references.
- The line builder is a sole proprietor under the simplified tax system, so the seller
  of the act "17" has a 12-digit INN, KPP None and no VAT. Its `total` is the works (240
  600,00), not the value of the operator's own cable, the advance or the rest to pay, as
  set Z rules for customer-supplied material.
- The interconnect act "МС-26/03-0871" keeps its number in Cyrillic, as the heading
  prints it, and its `total` is the services with VAT (784 121,57). Minutes and tariffs
  are not amounts, and the February act is a reference.
- The numbering fee payment "1152" pays the federal budget through the treasury. The
  payee is labelled with the INN and KPP printed for it, the TOFK BIK 004525917 and the
  treasury account 03100643900000017300, as set AA rules, and the ЕКС
  40102810045370000079 is never labelled. The debit and the bank's stamp on 20.03.2026
  are not its date, and its КБК, ОКТМО and УИН fields are not labels.
- The regulator's decision "РН-1187" is `other`. It sets the fee (146 000,00) but
  requests no payment of a deal, so `total` is None and `currency` RUB, and it has no
  party labels although it prints the operator's INN. The protocol "ПИ-0318" is `other`
  and names no money, so `total` and `currency` are None.
- The routers UPD "НЛ-0226" labels the Nizhny Tagil branch as consignee with the
  company's INN and the branch's KPP 662345001, as set AF rules. The shippers printed as
  "он же" or "the same" are not labelled.
- The transport waybill "ТН-0311" labels the cable maker as shipper, the operator as
  consignee and the sole-proprietor carrier with KPP None. Its freight charge and
  declared value are no document value, so it has no `total` label and `currency` RUB,
  as set M rules. The CMR "0318274" names no money, so it has no `total` label and
  `currency` None, is dated by box 21 (03.03.2026) and labels only the Russian
  consignee.
- Packing lists name no money, so `total` and `currency` are None. The Russian one
  labels shipper and consignee. The Chinese one prints the operator as "Buyer /
  Consignee" and labels it under both roles, as set D rules, and the maker has no
  labels.
- Statements are numbered and dated by the statement: "ВЫПИСКА № 54" with "Дата выписки:
  20.03.2026", not its generation the next day, and "STATEMENT OF ACCOUNT No. 4" of 31
  March 2026. They label the account holder with INN, KPP, the account and the bank's
  BIK and have no `total` label. Counterparties, the treasury payee and the operator's
  own account on the other side of the dirham purchase are not labelled.
- The shop receipt is numbered "63" by "КАССОВЫЙ ЧЕК №", not the shift or the fiscal
  data, and dated by the sale (27.03.2026), not the camera file of the next day. It
  labels the seller's INN only and prints no currency mark, so it is RUB, as sets G and
  O rule. Its "ИТОГ" (6290.00) includes the advance on the subscriber's account. The
  Espoo hotel receipt is EUR, numbered "31846" and dated by the departure and payment
  (20.02.2026). It has no party labels.
- The Russian passport is numbered "537284" without the series "65 18" and dated by its
  date of issue 19.06.2018, not the birth date or the copy note. The Finnish passport is
  numbered "PA4827163" and dated by its date of issue 12.05.2022.
- The Russian power of attorney "52" labels the operator as principal with INN, KPP,
  account and BIK. The storekeeper prints a passport and no INN, so the attorney has no
  labels, and the cable maker named with its INN has no role. The English power of
  attorney labels the operator as principal with its rouble account and BIK and the
  customs broker as attorney with INN and KPP. Neither names money, so `currency` is
  None.
- The letters have no party labels and `total` None. The claim "И-118" names rouble sums
  and is RUB. The UAE partner's letter names dirham sums and is AED.
- The Finnish invoice's `total` is "Invoice total" (EUR 142,600.00), not the balance
  after the advance. The commissioning certificate is an `act` worth its services (EUR
  9,800.00), not the contract price or the balance that becomes payable. The contract's
  `total` is its price with the services (EUR 152,400.00). The Russian customer is the
  buyer, labelled with its euro account and BIK where it prints them, and the Finnish
  maker, its VAT number and IBAN have no labels.
- The Chinese invoice's `total` is its CFR value with the freight (USD 39,900.00), not
  the deposit or the balance. The certificate of origin is `other`, numbered by its
  certificate number and dated by the certification (21 FEB 2026), not the exporter's
  declaration the day before. It names no money.
- The UAE partner's invoice is AED, and its `total` is the full charges (57,843.60). The
  settlement statement is `other`: it nets the partner's invoice against the operator's
  invoice "ISV-R-0226" and states the balance, like the statements of account that sets
  AB and AC label `other`, so `total` is None and `currency` AED. The MT103 follows set
  AD: numbered by field 20, dated by the value date of field 32A and with the 32A amount
  as `total` (AED 36,436.70). The payer is labelled with the INN and KPP of field 50K,
  the dirham account and the BIK of the sending bank. The UAE partner, its TRN and IBAN
  have no labels.
- The translated UPD "ОП-0412" keeps its number in Cyrillic and is dated by the UPD
  (14.04.2026), not the translation (20 April 2026). Its `total` is the second lot with
  VAT (1 797 304,00) in roubles.
"""

from .holdout import HoldoutDocument


def load_holdout_aq() -> list[HoldoutDocument]:
    """Return the set AQ documents, Russian first, in a fixed order."""
    from .holdout_aq_en import ENGLISH_DOCUMENTS_AQ
    from .holdout_aq_ru import RUSSIAN_DOCUMENTS_AQ

    return [*RUSSIAN_DOCUMENTS_AQ, *ENGLISH_DOCUMENTS_AQ]
