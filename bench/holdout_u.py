"""Set U: parties and bank requisites in the layouts that real papers use.

The set has 28 Russian and 16 English documents of every built-in type. Invoices (9: 5
Russian, 4 English), acts (5: 4 and 1), UPD (5: 4 and 1) and payment orders (5: 4 and 1)
are the most numerous. Then come waybills (3: a ТОРГ-12, a transport waybill and a CMR)
and contracts (3: a supply contract, an agency contract and an English supply contract).
The set ends with two packing lists, two bank statements, two receipts, two passports,
two powers of attorney, two letters and two other papers, one of each type in each
language. Every document except the passports prints the requisites of one party or
more, and most print several parties, banks and accounts.

The Russian requisites are printed in two columns side by side at the foot of an act and
a contract ("ИСПОЛНИТЕЛЬ ... ЗАКАЗЧИК", "ПОСТАВЩИК ... ПОКУПАТЕЛЬ"), in a table with the
captions in its left column and one column per party ("| ИНН / КПП | ... | ... |"), and
in one run-on letterhead ("ИНН/КПП 6315333318/631501001, ОГРН ..., р/с ... в АО «...»,
к/с ..., БИК ..."). They are printed with "ИНН 6671147789 КПП 667101001" on one line,
one per line with "ИНН:" and "КПП:" captions, in the 1C payment block ("Банк
получателя", "БИК", "Сч. №", "Получатель") and in the 0401060 form's payer and payee
blocks. The captions vary: "р/с", "Р/сч", "Расч. счет", "Расчетный счет", "Сч. №",
"к/с", "Кор. счет", "Корр. счет", "Кор/сч", "БИК банка". Banks are often branches
("Филиал «Центральный» ПАО «Банк Северный Альянс» в г. Москве", "в Филиале «Приволжский»
..."). Several parties print two accounts at two banks. An invoice prints the buyer's
block with its bank before the seller's. A ТОРГ-12 prints a shipper, a consignee, a
supplier and a payer, four different companies, each with a bank account. A UPD names
the seller's separate subdivision as shipper (same INN, own KPP) and a third company's
warehouse as consignee, and a UPD scan ships to the buyer's branch. Sole proprietors
(ИП) print a 12-digit INN, and most an OGRNIP. They are the sellers of an invoice and a
UPD and the customer of an act, the payee and the payer of payment orders, the carrier
of a transport waybill and the agent of an agency contract. Distractors are INNs and
KPPs that belong to no party with a role. They are the buyer's bank's "ИНН банка" and
"КПП банка", the third party a payment is made for, a cashier's INN, a carrier on a
packing list, a supplier named in a power of attorney and a head office KPP. OGRN,
OGRNIP, ОКПО, ОКВЭД, passport and vehicle numbers are printed next to them.

The English documents come from a British seller (sort code, account number, IBAN,
SWIFT/BIC, VAT registration number), an American seller (ABA routing number, EIN), a
Dutch seller (BTW number, KvK, IBAN), a German trade fair (USt-IdNr., IBAN), an Italian
seller in a contract (Partita IVA, IBAN), a Chinese shipper (USCI), a UAE customer (TRN,
IBAN) and a Polish sender (NIP). Their Russian counterparties print INN and KPP, and
several print a Russian account, BIK, correspondent account and SWIFT code, in invoices,
an acceptance certificate, a translated UPD, an application for a transfer in euros, a
contract, a CMR, a packing list, a statement of a euro account with IBAN counterparties,
a receipt and a power of attorney. A British supplier's letter announces new bank
details, and a Russian exporter confirms its bank details in roubles, dollars and euros.

Eight documents imitate OCR of scans and phone photos and carry `noisy=True`. They are
the invoice photo "ТЭК-1207", the act scan "64", the UPD scan "ПЗС-1428", the payment
order scan "96", the receipt photo "118", the Dutch invoice scan, the CMR scan and the
Dutch passport. They have look-alike Latin and Cyrillic letters, O for 0, l for 1, "|"
table rules and "№" read as "Ne". Their labels are the true values, not the damaged
text. The other documents are clean and fit on one page (at most 70 lines of at most
110 characters), because the benchmark also renders them to images and reads them back
with OCR.

The documents were written blind: without reading the engine, the templates, the
synthetic generator or the documents of the other sets. The files read were
`bench.holdout`, the notes (module docstrings) of sets D to R, the loader code of
`bench.holdout_l` and `bench.holdout_o`, and the first 150 lines of
`bench.holdout_i_ru`. The checks came from `bench.metrics`, `bench.formats` (whose
`amount_words_ru` spelled the Russian totals in words), tests/bench/holdout_checks.py,
the test of set R, the first 200 lines of the test of set O and the first 60 lines of
the test of set L. Outside that list, the ruff section of pyproject.toml was read for
the line length limit. Every
company, person, address, bank and requisite is invented. INN, OGRN, OGRNIP, BIK,
settlement and correspondent accounts, IBANs, ABA routing numbers, British VAT numbers,
German USt-IdNr. and the Dutch passport's MRZ carry valid check digits.
tests/bench/test_holdout_u.py checks the labelled requisites. In the clean documents it
also checks every INN printed after "ИНН" or "INN", every OGRN, every account against a
BIK of the same text and every IBAN. It checks the set's own forms as well: second
accounts and the clause that names the labelled one, side-by-side and caption-column
requisites, the run-on letterhead, the buyer's block printed first, branch banks beside
their BIK, sole proprietors, the four-party documents, the INNs and KPPs that are not
labels, and the foreign bank and tax identifiers.

Labels follow `bench.holdout` and the notes of sets D to R (`bench.holdout_d` to
`bench.holdout_r`). `total` is the amount the document requests as payment or states as
its full value, VAT included. Labelling notes that those sets do not cover:

- A party that prints two accounts is labelled with the account the document names for
  its payments, and with the BIK of that account's bank. The 1C invoice "НУ-000872"
  prints a letterhead account at one bank and its payment block ("Получатель ... Сч. №")
  at a branch of another, and the payment block's account is labelled. The contract
  "88/25-П" lists "Р/с № 1" and "Р/с № 2", and clause 2.3 names № 1. The Italian
  contract's Russian buyer lists EUR and RUB accounts, and clause 4.3 says it pays from
  the EUR one. This extends set Q's rule for a yuan account to two accounts in one
  currency. The company card lists two accounts too, but it has no party labels.
- A branch bank changes no label. The BIK and the account are the ones printed for the
  branch ("Филиал «Центральный» ...", "Central Branch of ..."), and the correspondent
  account beside them is never the `account` label.
- Roles follow the captions, not the order or the layout of the blocks. The invoice
  "ВО-2025/0419" prints "ПЛАТЕЛЬЩИК (ПОКУПАТЕЛЬ)" with its bank before "ПОЛУЧАТЕЛЬ
  (ПОСТАВЩИК)", so they are the buyer and the seller, each with its own account and
  BIK. The words payer and payee make roles only on payment orders, as set D rules for
  "Плательщик". A table with its captions in the left column labels each party column
  under its heading, as set P rules for side-by-side blocks.
- The ТОРГ-12 "2287" prints four companies, each with an account, a BIK and a
  correspondent account. Each is labelled under its role with all four requisites:
  "Грузоотправитель" as shipper, "Грузополучатель" as consignee, "Поставщик" as seller
  and "Плательщик" as buyer. Set G labelled a shipper's bank on the ТОРГ-12, and this
  set adds the consignee's.
- The UPD "УК-3318" prints the seller's separate subdivision in line (3) with the
  seller's INN and its own KPP 744745001, so the shipper carries that INN and KPP, as
  set F labels a branch. Its consignee, a third company's warehouse, prints its own INN
  and KPP and is labelled, as set H rules. The translated UPD labels its four parties
  alike.
- INNs and KPPs printed for someone with no role in the document are not labelled. These
  are the buyer's bank's "ИНН банка" and "КПП банка" in the contract "88/25-П" and the
  third party named in the purpose of the payment order "318" ("за ООО «Казанская
  кровля» (ИНН 1655740537)"). The payer of that order is the company in the payer block.
  A cashier's INN ("ИНН КАССИРА") on the receipt "118" is not a label either, and
  neither is the head office KPP in the footer of the act "64". The packing list "56"
  prints a carrier with its INN, and the English packing list prints a notify party
  with its INN and KPP. A packing list has no carrier or notify role, so only its
  shipper and consignee are labelled.
- The cash register receipt "118" prints "ИНН ПОКУПАТЕЛЯ", so the buyer is labelled with
  that INN and no KPP label, because none is printed, as set L labels a company
  customer of a "Мой налог" receipt.
- OGRN, OGRNIP, ОКПО and ОКВЭД codes are not labels. A sole proprietor keeps the KPP
  labels of sets D, F and I: None as the seller of the invoice "37" and the UPD "54", as
  the agent of the agency contract, as the carrier of the transport waybill, and as the
  payee and the payer whose KPP field is "0". As the customer of the act "0412" the sole
  proprietor has no KPP label but keeps the account and BIK printed for it, as set G
  labels a buyer's bank.
- The agency contract "14-А/2025" labels the principal and the agent under those roles.
  Its `total` is the agent's fee for the 12-month term (540 000 руб.), not the monthly
  fee or the capped expenses, as set H rules for a services contract.
- The `bik` label is only a Russian nine-digit BIK. A SWIFT code is not labelled, even
  when it is captioned "BIC" or "SWIFT/BIC" or belongs to the Russian party's bank.
  Sort codes, ABA routing numbers, foreign account numbers, IBANs, EIN, VAT numbers
  (GB VAT, USt-IdNr., BTW, Partita IVA), TRN, NIP, USCI, KvK and company numbers are
  not labelled either. Intermediary banks and the account a Russian bank holds with
  them ("account of the beneficiary bank 1101847290") have no labels.
- The English receipt of the trade fair labels its Russian payer ("Received from") as
  buyer with INN and KPP, and its German organiser has no labels. Its `total` is "TOTAL
  RECEIVED", and its number is the receipt number, not the invoice it confirms or the
  customer number.
- The Russian exporter's confirmation of bank details is `other`, numbered by its "Ref.
  No." and dated by its date. It lists accounts in RUB, USD and EUR but names no amount,
  so `currency` is None, and `total` is None. Like the company card, it has no party
  labels.
- The Dutch passport's number is "NPK8R47C3", not the MRZ line that repeats it with a
  check digit, and its date is the date of issue "22 SEP 2020".
"""

from .holdout import HoldoutDocument


def load_holdout_u() -> list[HoldoutDocument]:
    """Return the set U documents, Russian first, in a fixed order."""
    from .holdout_u_en import ENGLISH_DOCUMENTS_U
    from .holdout_u_ru import RUSSIAN_DOCUMENTS_U

    return [*RUSSIAN_DOCUMENTS_U, *ENGLISH_DOCUMENTS_U]
