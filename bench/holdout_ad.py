"""Set AD: finance paperwork of loans, leasing, factoring, insurance and banks.

The set has 28 Russian and 16 English documents of every built-in type. Invoices (8: 5
Russian, 3 English), contracts (5: 3 and 2), payment orders (5: 4 and 1) and bank
statements (5: 3 and 2) are the most numerous. Then come letters (4: 3 and 1) and acts
(3: 2 and 1). The set ends with two UPD (both Russian, because a UPD in English makes
little sense in this theme) and two waybills, packing lists, receipts, passports, powers
of attorney and other papers, one of each type in each language.

The Russian documents follow four threads. A Ryazan bank lends to a Tver cardboard mill
under the credit line "0417-КЛ/26", which prints its repayment schedule. The bank bills
the mill for reserving the limit, an appraiser bills it for valuing the collateral, and
the 1C export of the mill's statement shows both payments. The mill repays principal in
"317" and interest in "318", and the bank's notice of a new interest rate and the chief
accountant's power of attorney to sign bank documents follow. A leasing company leases a
grader to a Perm road builder: the lease "ВЛ-2026/0142", the supplier's ТОРГ-12 "218"
and packing list, the act of handing it over, the invoice, payment "211" and UPD of the
first monthly payment, the lessee's internet bank statement "58", the property insurance
policy and its premium invoice. The same lessor bills the advance of another lease,
sells a loader at its buyout price when an older lease ends, and receives a bank's
request under 115-ФЗ, to which it replies with its director's passport. A factoring
company finances a Yaroslavl paint plant: the notice of assignment to the debtor, the
financing payment "1046" and the act of the factor's services. The rest are an insurer's
cash receipt for a motor policy, the paint plant's card account statement and a currency
control certificate on supporting documents.

The English documents follow four threads too. A Cypriot lender's facility agreement
with a Karelian timber company gives the borrower's power of attorney, its utilisation
request, the lender's interest invoice, the MT103 that pays it and the statement of the
USD account. A German lessor's lease schedule gives the delivery and acceptance
certificate and the first rental invoice. A London broker's debit note for a ship's hull
insurance gives the premium receipt and the shipowner's statement of bank fees. An
Arkhangelsk exporter's letter of credit gives the bank's advice, the bill of lading and
the packing list, with a passport of the lender's director.

Fifteen documents imitate OCR of phone photos, faxes and scans and carry `noisy=True`.
The Russian ones are the premium invoice photo "СП-26-01563", the appraisal invoice scan
"ОЦ-0114", the acceptance act scan "АП-0142/1", the buyout UPD scan "87/В", the interest
payment scan "318", the card account statement photo, the ТОРГ-12 scan "218", the
insurer's receipt photo, the passport scan and the faxed rate notice "1288/КО". The
English ones are the faxed debit note, the bill of lading scan, the premium receipt
photo, the Cypriot passport scan and the faxed advice of the letter of credit. They have
look-alike Latin and Cyrillic letters, O for 0, l for 1, З for 3 and б for 6, "|" table
rules, "№" read as "Ne" or "N2", a cut right edge, fax headers, a camera file name and
the words of round stamps run into the lines. Their labels are the true values, not the
damaged text. The passport's machine-readable zone reads cleanly. The other documents
are clean and fit on one page (at most 70 lines of at most 110 characters), because the
benchmark also renders them to images and reads them back with OCR.

What is hard: the amounts and dates that are not the document's own. Beside each total
stand the principal, the outstanding balance, scheduled and estimated interest, the
total of scheduled payments, credit limits and limit fees, the cost of a leased asset,
advances, the total of lease payments, the rest and the buyout price, the sum insured, a
deductible and the premium of a whole policy, assigned claims and the financing paid
against them, the market and liquidation values of collateral, a letter of credit's
amount and a bank's fees. Dates are value dates, interest periods, maturity and
repayment dates, the availability period, expiry and latest shipment dates, a
statement's generation date, fax headers and copy certifications. Numbers are loan and
transit accounts (45206..., 47422...), unique contract numbers of currency control,
SWIFT references and the credit number of a letter of credit.

The documents were written blind: without reading the engine, the templates, the
synthetic generator or the documents of the other sets. The files read were
`bench.holdout`, `bench.metrics`, `bench.formats` (whose `amount_words_ru` spelled the
Russian totals in words), the notes (module docstrings) of sets D to AB, the loader of
`bench.holdout_w`, the first 150 lines of `bench.holdout_w_ru`,
tests/bench/holdout_checks.py and the tests of sets W and Z. Every company, person,
address, bank, insurer, broker and vessel is invented. The requisites were generated
with the check-digit rules of `bench.holdout`, so INN, OGRN, settlement, loan, transit
and correspondent accounts carry valid keys against their BIKs, and KPP and BIK have
valid forms. The IBANs pass the ISO 13616 mod-97 check, and the passport's
machine-readable zone carries valid check digits. tests/bench/test_holdout_ad.py checks
the labels against the text, in noisy documents after the look-alike repair, and the
set's own forms listed there.

Labels follow `bench.holdout` and the notes of sets D to AB (`bench.holdout_d` to
`bench.holdout_ab`). `total` is the amount the document requests as payment or states as
its full value, VAT included. Labelling notes that those sets do not cover:

- A credit agreement is a `contract` whose `total` is the amount it lends: the credit
  limit of the line (45 000 000,00), or the facility amount of the English term loan
  (USD 3,000,000.00). Interest depends on drawings, repayment and the key rate, so the
  interest, the total of scheduled payments (54 235 240,04), an instalment, the limit or
  arrangement fee and the value of the collateral are not the total. The lender is the
  seller and the borrower the buyer. The borrower's loan account (ссудный счет 45206...)
  is not its `account`, but the settlement account printed for it is.
- A bank that is itself a party is labelled like any company: its INN and KPP, its own
  BIK, and as `account` the account printed for payments to it, here the transit account
  47422... ("расчеты с клиентами по прочим операциям"). Its correspondent account is
  never the `account`. This makes the bank the seller of its commission invoice and the
  payee of the repayments of principal and interest. A bank that only keeps a party's
  account, or writes a letter, has no labels.
- A payment order that repays a loan has `total` equal to its "Сумма": the principal
  instalment (1 875 000,00) or the interest for the month (700 582,19), not the debt
  left after the payment, the principal on which interest runs or the schedule's
  estimate of interest (706 130,14).
- A leasing invoice requests one payment, so its `total` is that payment: a monthly
  lease payment (512 400,00) or the advance (2 928 000,00). The total of lease payments,
  the sum paid so far, the rest, the buyout price and the cost of the asset printed for
  reference are not. The lessor's UPD for a month's lease payment has that payment as
  its `total`, and the UPD that sells the asset when a lease ends has the buyout price
  (15 250,00). The lease contract follows set J, and so does the English lease schedule,
  a `contract` whose `total` is the rentals with the advance rental and the purchase
  option price (EUR 460,120.00).
- An act handing a leased asset over, and the English delivery and acceptance
  certificate, state the value of the asset, which is their `total`, as set T rules for
  an equipment acceptance act. The lessor is the seller and the lessee the buyer.
- An insurance policy (полис, договор страхования) is a `contract`. Its `total` is the
  premium (213 900,00), the price of the insurance, never the sum insured
  (18 600 000,00) or the deductible. The insurer is the seller and the policyholder the
  buyer. A beneficiary named with its INN has no role. An insurer's invoice for one
  instalment of the premium requests that instalment, so its `total` is 106 950,00, not
  the premium of the policy. A broker's debit note is an `invoice` whose `total` is the
  amount due from the insured (USD 48,750.00), and the broker's premium receipt labels
  the insured under "Received from" as buyer, as set T rules for an official receipt.
- A factor's act of services (акт об оказании услуг факторинга) is an `act` whose
  `total` is the factor's fee: the charge for financing, exempt from VAT, plus the
  service fee with VAT (72 360,33). The assigned claims (3 486 250,00) and the financing
  (2 789 000,00) are the client's money, not the value of the act. The factor is the
  seller and the client the buyer. The factor's payment of the financing is a
  `payment_order` with the financing as `total`. The notice of assignment to the debtor
  is a `letter` with `total` None, `currency` RUB and no party labels, although it
  prints the factor's account for payments.
- Statements. The 1C export (1CClientBankExchange) prints no statement number, so
  `number` is absent. It is dated by its day, which "ДатаНачала" and "ДатаКонца" print,
  not by "ДатаСоздания". The holder is the owner of "РасчСчет", labelled with the INN
  and KPP of its outgoing documents. It prints no currency mark, so `currency` is RUB
  from the account, as set Q rules. A statement for a period that prints no number and
  no statement date of its own (the card account statement) is dated by the last day of
  the period, the day of its closing balance, not by its generation date. The settlement
  account that tops up the card account is a counterparty line. A bank's statement of
  the fees it debited from an account is a `bank_statement`: it reports the operations
  of one account and requests no payment. It is numbered and dated by its statement
  number and date, not by the month it covers, and like every statement it has no
  `total` label.
- A print of an outgoing SWIFT MT103 is a `payment_order`. It is numbered by the
  sender's reference of field 20 ("KTI260302-01") and dated by the value date of field
  32A, which the print repeats as "Value date: 02.03.2026", not by the print time. Its
  `total` is the amount of field 32A. The payer is labelled with the INN and KPP printed
  in field 50K, the account of field 50K and the BIK of the sending bank in the print's
  header. The beneficiary's IBAN is not labelled.
- A utilisation request (drawdown notice) under a facility agreement is a `letter` from
  the borrower to the lender. It is numbered by the borrower's reference, names dollar
  sums, so `currency` is USD, and has `total` None.
- An advice of a documentary credit is `other`. It is numbered by the advising bank's
  advice number ("AD-26/0412"), not the credit number of field 20, and dated by the
  advice, not the dates of issue, expiry or latest shipment. The credit amount is an
  undertaking of the issuing bank, like set AA's bank guarantee, so `total` is None and
  `currency` is USD. The bill of lading of the same credit labels its Russian shipper
  with INN and KPP. Its consignee "to the order of" the issuing bank and its notify
  party have no labels, and it names no money, so it has no `total` label and `currency`
  is None, as set N rules.
- A currency control certificate on supporting documents (справка о подтверждающих
  документах) is `other`, as set K rules for a bank control statement. It prints only
  the unique contract number, so `number` is absent. It is dated by "Дата представления
  справки", has `total` None and `currency` EUR, the currency of its contract, and it
  has no party labels although it prints the resident's INN.
- The Russian passport is numbered by the six-digit number without its series, as set Z
  labels one, and dated by its date of issue, not by the certification "КОПИЯ ВЕРНА".
"""

from .holdout import HoldoutDocument


def load_holdout_ad() -> list[HoldoutDocument]:
    """Return the set AD documents, Russian first, in a fixed order."""
    from .holdout_ad_en import ENGLISH_DOCUMENTS_AD
    from .holdout_ad_ru import RUSSIAN_DOCUMENTS_AD

    return [*RUSSIAN_DOCUMENTS_AD, *ENGLISH_DOCUMENTS_AD]
