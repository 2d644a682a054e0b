"""Set AA: papers of the public sector and of regulated buyers, as suppliers get them.

The set has 28 Russian and 16 English documents of every built-in type. Invoices (8: 5
Russian, 3 English), payment orders (6: 5 and 1), acts (5: 4 and 1) and UPD (5: 4 and 1)
are the most numerous. Then come contracts (3: 2 and 1) and other papers (3: 1 and 2).
The set ends with two waybills, packing lists, bank statements, receipts, passports,
powers of attorney and letters, one of each type in each language.

The Russian documents are papers of purchases under 44-ФЗ and 223-ФЗ by a regional
hospital, a school, a kindergarten, a library, an autonomous polyclinic and a municipal
administration, and of their suppliers. Budget institutions pay through the Federal
Treasury: their payer or buyer line reads "УФК по ... (ГБУЗ ..., л/с 20456Ч41870)" or
"Финансовое управление ... (МБУК ..., л/с ...)", their account is a treasury account
03234643... or 03214643..., their bank is "ОТДЕЛЕНИЕ ... БАНКА РОССИИ//УФК по ..." with
a TOFK BIK, and the single treasury account (ЕКС) 40102810... takes the place of a
bank's correspondent account. The invoices are a 1C invoice of medical consumables with
an ИКЗ and a contract registry number, a heat supplier's bill with meter readings, a
telecom operator's invoice photo, a rent invoice and an electricity bill fax. The acts
are a 44-ФЗ acceptance document for stage 2 of a roof repair signed by a commission, a
telecom act, a 223-ФЗ cleaning act scan with a fine and a waste removal act. The UPD are
medicines at VAT 10%, school canteen food (scan), computers delivered to a rural school
and a sole proprietor's stationery without VAT (scan). The payment orders are a
hospital's treasury payment less a penalty, a supplier's performance security, a
library's single tax payment (ЕНП, status 01) through the treasury, a supplier's penalty
payment (status 08, УИН, КБК, ОКТМО; scan) and a school's payment for telecom services.
The rest are a 44-ФЗ contract, a 223-ФЗ contract, a ТОРГ-12 of dairy products, a packing
list scan, a supplier's bank statement with treasury payers, a hospital's cash register
receipt photo, a passport scan, a power of attorney of a contract manager, a claim for a
penalty and a bank guarantee scan.

The English documents are a lab supplier's invoice to a state university charged to a
research grant, a print shop's invoice to a literacy nonprofit with a deposit, and a
city utility bill (scan). Then come the translated acceptance certificate, UPD and
treasury payment order of a Russian university's state contract, a foundation's grant
agreement, a bill of lading (scan), a Chinese maker's packing list for the university, a
charitable foundation's rouble statement with a regional grant and its power of
attorney, a city clerk's receipt photo, a Norwegian researcher's passport scan, a
university's letter on invoicing grant-funded purchases, a supplier's acknowledgement of
a grant-funded purchase order, and a county agency's remittance advice fax.

What is hard: sums that are not the total (the initial maximum price, advances, the
performance and warranty security, a bank guarantee, penalties and fines withheld or
claimed, earlier stages, intermediate utility payments, debts carried forward, security
deposits, grant installments), numbers that are not the document's number (ИКЗ of 36
digits, contract registry numbers, notice and protocol numbers, л/с, УИН, КБК, ОКТМО,
customer and meter numbers, PO and trace numbers), dates that are not the document's
date (registry entries, electronic signatures, commission orders, stamps, debit dates,
meter readings and service periods), and treasury requisites beside bank requisites.

Fifteen documents imitate OCR of scans, faxes and phone photos and carry `noisy=True`.
The Russian ones are the telecom invoice photo "7714/03", the electricity bill fax
"25-0003-118/03", the cleaning act scan "3", the canteen UPD scan "ЗР-0219", the
stationery UPD scan "27", the penalty payment scan "512", the packing list scan
"УЛ-0412/1", the receipt photo "58", the passport scan and the bank guarantee scan. The
English ones are the utility bill, the bill of lading, the city receipt, the passport
and the remittance advice. Their damage is look-alike Latin and Cyrillic letters, O for
0, l for 1, "|" table rules, "№" read as "Ne" or "N2", a doubled space in an amount,
line ends cut off, a fax header, a camera timestamp and a stamp's words run into the
lines. Their labels are the true values, not the damaged text. The other documents are
clean and fit on one page (at most 70 lines of at most 110 characters), because the
benchmark also renders them to images and reads them back with OCR.

The documents were written blind: without reading the engine, the templates, the
synthetic generator or the documents of the other sets. The files read were
`bench.holdout`, `bench.metrics`, `bench.formats` (whose `amount_words_ru` spelled the
Russian totals in words), the notes (module docstrings) of sets D to Z, the loader of
`bench.holdout_w`, the first 150 lines of `bench.holdout_w_ru`,
tests/bench/holdout_checks.py and the tests of sets W and Z. Outside that list, the ruff
section of pyproject.toml was read for the line length limit. Every company, person,
address, bank, treasury body and region is invented, except that the single tax payment
names its payee "Казначейство России (ФНС России)" and prints the КБК
18201061201010000510, as real single tax payments do, with invented requisites. The
requisites were generated with the check-digit rules of `bench.holdout`, so INN, OGRN,
settlement, correspondent, treasury and single treasury accounts carry valid keys, and
KPP and BIK have valid forms. The ABA routing numbers and the passport's
machine-readable zone carry valid check digits. tests/bench/test_holdout_aa.py checks
the labels against the text, the treasury requisites with their own rules, the other
numbers, dates and amounts listed there, and the VAT rates of 2026.

Labels follow `bench.holdout` and the notes of sets D to Z (`bench.holdout_d` to
`bench.holdout_z`). `total` is the amount the document requests as payment or states as
its full value, VAT included. Labelling notes that those sets do not cover:

- Treasury requisites. A party that pays or is paid through the treasury is labelled
  with the INN and KPP printed for the institution, the TOFK BIK and the treasury
  account (03234643..., 03214643... or 03100643...) as its `bik` and `account`, as sets
  I, J, L and X label treasury parties. The ЕКС (40102810...) is the correspondent
  account of the TOFK and is never labelled, whatever its caption: "ЕКС", "к/с", the
  bank's "Сч. №" or "single treasury account". A treasury account printed as "р/с" or
  "казначейский счет" is the same `account`. This set labels treasury requisites under
  the roles payer, payee, buyer (invoices, acts, contracts and the ТОРГ-12 payer) and
  principal (a power of attorney), and in English translations. A payer named
  "Финансовое управление ... (МБУК ..., л/с ...)" is the library whose INN and KPP the
  line prints. The single tax payment has treasury requisites on both sides, at two
  TOFKs.
- The check-digit rules of `bench.holdout` applied to treasury BIKs. A TOFK BIK starts
  with "01", so `is_valid_bik` (which wants "04") rejects it, and the form test checks
  treasury labels with `holdout_checks.check_treasury_requisites`. The account key rule
  works unchanged: a treasury account's key is the weighted sum over the last three TOFK
  BIK digits and the account, like a settlement account's, and the ЕКС key uses "0" and
  BIK digits 5-6, like a correspondent account's. Every treasury account and ЕКС of the
  set was generated to pass those keys.
- Security and guarantees. The performance security (обеспечение исполнения контракта),
  the warranty security and a bank guarantee's sum are never the total of a contract, an
  invoice or a packing list that mentions them. The payment order that transfers the
  security pays nothing else, so its `total` is the security it pays (341 890,00). The
  bank guarantee (независимая гарантия) is `other`: it requests no payment and states no
  value of a deal, so `total` is None and `currency` RUB, and it has no party labels
  although it prints three INNs.
- Penalties. A penalty (пени, неустойка) or fine (штраф) that the customer withholds
  does not change an act's total, which stays the value of the accepted stage or
  services, as set J rules. The payment order that pays the rest has `total` equal to
  its "Сумма" (171 546,93), not the UPD value or the penalty. A payment order that pays
  a penalty and a fine has them as its total (9 630,46), not the contract price it
  cites. Penalties that a utility bills apart ("в сумму счета не включены") are not part
  of the bill. The claim (претензия) is a `letter` with `total` None, as set T rules.
- Stages. A 44-ФЗ acceptance document (документ о приемке) for one stage is an `act`
  numbered by its own number ("№ 18"), not the stage ("2 из 3") or the earlier stage's
  document, and its `total` is the value of the stage (1 946 520,00), not the contract
  price, the earlier stage, the rest of the contract or the sum left after the penalty.
  The English acceptance certificate is labelled the same way (2 738 000,00), not the
  amount payable after the advance offset. A contract's total is its price, never the
  initial maximum price (НМЦК).
- Utility bills. A bill for a period has `total` equal to the charges of the period with
  VAT: not the previous month's payment, a debt carried forward, intermediate payments
  already made (промежуточные платежи) or the final payment left, not a late amount
  after the due date. Meter readings, volumes and tariffs are not amounts. A bill is
  numbered by its bill number, not the customer's account number (лицевой счет абонента,
  "Account Number") or the meter number, and dated by its own date, not the period, the
  reading dates or the due date. The US city bill's earlier balance was paid in full, so
  its "TOTAL AMOUNT DUE" equals the current charges.
- Numbers that are not the document number: the ИКЗ (36 digits: year, level, the
  customer's INN and KPP, plan position, ОКПД2 class and expense type), the 44-ФЗ
  contract registry number (19 digits with the customer's INN), the identifier in UPD
  field (8), 44-ФЗ notice numbers (19 digits), 223-ФЗ notice and protocol numbers, л/с
  numbers, the УИН of field (22), the КБК of field (104) and the ОКТМО of field (105), a
  payment's field numbers in brackets, the machine-readable power of attorney's
  registration number, PO numbers, ACH trace numbers, EINs and ABA routing numbers.
- Dates that are not the document date: the date a contract was entered in the registry,
  electronic signature dates other than the one printed under the heading (the
  supplier's earlier signature of the contract, the customer's later signature of the
  acceptance document, the committee chair's signature), commission order dates, a
  "ПРИНЯТО" stamp, fax headers, a camera timestamp, bank debit and print dates, the
  guarantee's validity, delivery stamps and the passport's birth and registration dates.
- The single tax payment names its payee as real ones do. Its status 01, its КБК and the
  zeros of fields (105) to (109) do not change the labels.
- The UPD of computers bought by a municipal administration for a rural school labels
  the school as consignee with its own INN and KPP, as set H rules. Seller, buyer and
  consignee share the KPP 391701001 of one tax office, and each is labelled with it.
- The supplier's bank statement receives two payments from treasury accounts. The
  counterparties' INNs, treasury accounts and TOFK BIKs are not labelled, as for any
  counterparty of a statement. The English statement of the charitable foundation treats
  the ministry that pays the regional grant the same way.
- The hospital's cash register receipt for paid medical services is numbered by "Чек №"
  and labels the seller's INN only, as sets G and O rule. It prints no currency mark and
  is labelled RUB.
- The remittance advice of a county agency is `other`, as set T rules, numbered by its
  remittance number and dated by the payment date, with `total` None. The supplier's
  acknowledgement of a grant-funded purchase order is `other`, like set T's purchase
  order: it confirms the order and requests no payment, so `total` is None although it
  prints a merchandise total. Both are USD.
- A grant agreement is a `contract`. Its `total` is the grant amount (48 500,00 USD),
  not an installment, the matching funds or the cap on indirect costs, and its date is
  the date the agreement states it is made, not the grantee's later countersignature.
- The power of attorney of the foundation's project manager, and the hospital's power of
  attorney of its contract manager, cap the contracts the attorney may sign in roubles,
  so `currency` is RUB and `total` is None, as set M rules. Both principals print their
  bank or treasury requisites and are labelled with them.
- The packing lists and the bill of lading name no money, so `currency` is None. The
  packing lists label `total` None, and the bill of lading has no `total` label, as set
  N rules. The Chinese maker's packing list labels the Russian importer as buyer and the
  university as consignee, and its maker has no labels.
"""

from .holdout import HoldoutDocument


def load_holdout_aa() -> list[HoldoutDocument]:
    """Return the set AA documents, Russian first, in a fixed order."""
    from .holdout_aa_en import ENGLISH_DOCUMENTS_AA
    from .holdout_aa_ru import RUSSIAN_DOCUMENTS_AA

    return [*RUSSIAN_DOCUMENTS_AA, *ENGLISH_DOCUMENTS_AA]
