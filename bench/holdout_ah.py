"""Set AH: papers of small businesses and the digital economy.

The set has 28 Russian and 16 English documents of every built-in type. Invoices (9: 5
Russian, 4 English), acts (5: 4 and 1), payment orders (5: 4 and 1) and UPD (4, all
Russian, because a UPD is a Russian form) are the most numerous. Then come contracts (3:
1 and 2), receipts (3: 2 and 1) and other papers (3: 2 and 1). The set ends with two
waybills, two packing lists, two bank statements, two passports, two powers of attorney
and two letters, one of each type in each language.

The Russian documents follow small firms and people who work for themselves: sole
proprietors (ИП with an OGRNIP), a self-employed illustrator, an IT studio, a design
studio, an online school, a courier service, a coworking space and a SaaS vendor. A
marketplace seller, his fulfilment operator and an office landlord complete the list.
The invoices are a landlord's rent and electricity invoice, a fulfilment operator's fax
and an online school's upper-case scan of a course exempt from VAT. A phone photo of a
coworking invoice and an IT studio's invoice with VAT at 5% under the simplified tax
system (УСН) complete them. The acts are a design studio's act for stage 1 of its
contract, a courier's monthly act scan, a freelance developer's act as a key-value table
and a SaaS licence act exempt from VAT. The UPD are the fulfilment operator's status 1
UPD, a wholesaler's UPD scan with the fulfilment warehouse as consignee, the IT studio's
UPD at 5% and a photographer's status 2 UPD photo. The payment orders pay the rent (form
0401060), the fulfilment invoice (internet bank print), the developer (scan) and the
self-employed illustrator (a card account 40817...). The rest are a two-page design
contract, a transport waybill scan and a packing list of a supply to a marketplace
warehouse, a seller's one-day statement, a "Мой налог" receipt and a coworking cash
receipt photo. Then come a passport scan, the seller's power of attorney for his
fulfilment operator and the landlord's letter on rent indexation. Last are a certificate
of registration as a self-employed person (КНД 1122035) and the IT studio's commercial
offer.

The English documents are a US SaaS vendor's annual subscription invoice, a US
contractor's invoice with month-first dates, a UK freelancer's invoice scan in pounds
with her "VAT reg no" and the IT studio's bilingual invoice in roubles with a dollar
conversion. Then come the certificate of completion of a consulting stage, the bank's
print of an MT103 that pays the SaaS invoice, a two-page consulting agreement and a
mutual non-disclosure agreement. The rest are an express courier's waybill photo, a
Shenzhen supplier's packing list photo, the IT studio's USD statement and a payment
processor's receipt. Then come a UK passport scan and an online school's power of
attorney for its representative in Kazakhstan. Last are the UK freelancer's payment
reminder scan and the US contractor's estimate.

Several documents belong to one deal. The rent invoice "31", its payment "418" and the
letter "12" follow one lease "А-07/2025". The fulfilment invoice "С-0412", its UPD
"У-0388", its payment "96" and the statement "65" follow one month of fulfilment. The
power of attorney "3" is cited by the wholesaler's UPD "ТА-1187" and by the waybill
"0331/2" and the packing list "УЛ-0331" of one supply. The design contract "Д-14/26"
and its act "27" form one deal, and so do the IT invoice "57" and the UPD "44". The
developer's act "9" and its payment "463" form a third. The illustrator's payment "233"
and her receipt "20d7k3m9xq" cite one contract "05/26-И". In English, the SaaS invoice
"SW-2026-031877", the MT103 "KG260305-01" and the USD statement "14" follow one payment.
The consulting agreement "CT-2026/015" and its certificate "1" form one deal, and the
UK invoice "HO-2026-019" and its reminder "HO/L/2026-07" another. The US invoice
"JW-0142" and the estimate "EST-0031" form a third, and the courier waybill "5127440983"
and the packing list "YF-PL-260311" a fourth.

Fifteen documents imitate OCR of scans, faxes and phone photos and carry `noisy=True`.
The Russian ones are the fulfilment invoice fax "С-0412", the online school's invoice
scan "СЗ-118" (upper case), the coworking invoice photo "УК-0327" and the courier's act
scan "КЭ-00731". Then come the wholesaler's UPD scan "ТА-1187", the photographer's UPD
photo "14", the developer's payment scan "463" and the waybill scan "0331/2". Last are
the coworking receipt photo "112" and the passport scan, both in upper case. The
English ones are the UK invoice scan "HO-2026-019", the courier waybill photo, the
Shenzhen packing list photo, the UK passport scan (upper case) and the reminder scan.
They have look-alike Latin and Cyrillic letters, O for 0, l for 1, З for 3 and "№" read
as "Ne" or "N2". Two table rows are merged into one line, a space falls inside an INN,
a right edge is cut, and round stamps and receiving stamps run into the lines. A fax
header and a camera file name add dates of their own. The look-alikes were set by a
seeded substitution over hand-written text, and the merged lines, stamps and cut edges
were written by hand. Labels keep the true values. The UK passport's machine-readable
zone reads cleanly.

What is hard: the parties of the digital economy and their requisites (12-digit INNs,
OGRNIP, a self-employed person's card account, a marketplace warehouse's own KPP). VAT
is 22%, 5% under the simplified tax system, exempt or absent. Amounts are printed as "1
250 000,00", "89.250,00", "$9,115.00", "48 000 ₽", "160624-00" and "USD9108,00". Dates
take the forms "04.03.2026", "«16» марта 2026 г.", "2 февраля 2026 г.", "06.03.26",
"2026-03-31", "March 1, 2026", "15 Mar 2026", "27 March 2026" and the month-first
"03/17/2026". Next to each total the documents print contract prices, stages, advances,
deposits, retainers and balances, declared values, VAT and amounts without it, a
reference conversion and caps. Next to each date they print fax, camera, e-mail, print,
debit, receipt and signature dates.

Clean documents run to up to two pages. Each page has at most 70 lines of at most 110
characters, and the two-page contracts end each page with a page marker. NOTE: sets up
to AE keep clean documents to one page because the benchmark also renders them to
images. Whether that rendering handles several pages was not checked here.

The documents were written blind: without reading the engine, the templates, the
synthetic generator or the documents of the other sets. The files read were
`bench.holdout`, `bench.metrics`, `bench.formats` (whose `amount_words_ru` spelled the
rouble totals in words), the notes (module docstrings) of sets D, Z and AA to AF, the
loader of `bench.holdout_w`, the first 150 lines of `bench.holdout_w_ru`,
tests/bench/holdout_checks.py and the tests of sets W and Z. Outside that list, the ruff
section of pyproject.toml was read for the line length limit. Every company, person,
address, bank and requisite is invented. INN, OGRN, OGRNIP, BIK, settlement and
correspondent accounts, the IBANs and the passport's machine-readable zone carry valid
check digits, and so do the US ABA routing numbers, the UK VAT number, the Kazakh BIN
and IIN and the Chinese USCI. tests/bench/test_holdout_ah.py checks the labels against
the text, in noisy documents after the look-alike repair, and the set's own forms:
totals in words, other dates, competing amounts, citations between documents of a deal,
month-first dates, the MT103 captions, the reference conversion, the fee with and
without VAT, the VAT rates of 2026, page markers and the machine-readable zone.

Labels follow `bench.holdout` and the notes of sets D, Z and AA to AF. `total` is the
amount the document requests as payment or states as its full value, VAT included. Notes
for this set:

- A sole proprietor or a self-employed person has a 12-digit INN and no KPP. Its KPP is
  None in every role where it is labelled: seller, buyer, payer, payee, shipper,
  consignee, carrier, principal and account holder. This widens the list of set D,
  because a person has no KPP whatever the document's role. Receipts label INNs only.
- The self-employed illustrator is paid to a card account (40817...). The payment order
  prints her INN and an empty KPP field, so the payee has INN, KPP None, BIK and
  account.
- The "Мой налог" receipt is a `receipt` numbered by its code "20d7k3m9xq" and dated
  "06.03.26". Its total is "Итого: 48 000 ₽". It prints the buyer's INN under
  "Покупатель", so it labels the buyer's INN as well as the seller's. The coworking cash
  receipt follows sets G and O: it is numbered "Чек № 112" and labels the seller's INN
  only. It prints no currency mark, so it is RUB.
- The IT studio charges VAT at 5% under the simplified tax system (п. 8 ст. 164 НК РФ).
  The invoice "57" and the UPD "44" bill stage 2 of a contract, so their total is the
  stage with VAT (672 000,00), not the contract price (1 848 000,00) or the paid first
  stage.
- The design act "27" accepts stage 1, so its total is 96 000,00, not the contract price
  (186 000,00), the advance or the rest to pay. The contract "Д-14/26" has the contract
  price as its total.
- The fulfilment invoice and UPD add VAT 22% on top and have the sum with VAT as total.
  The UPD "У-0388" is numbered by its own number, not by the invoice "С-0412" it cites.
  The wholesaler's UPD labels the fulfilment operator as consignee with its INN and KPP.
- The transport waybill labels the seller as shipper, the marketplace's warehouse
  subdivision as consignee with the marketplace's INN and the subdivision's KPP (as set
  AC rules), and the sole-proprietor carrier. The freight charge and the declared value
  are not a document value, so it has no `total` label and `currency` RUB. The packing
  list of the supply names no money, so `total` and `currency` are None.
- The courier's act is worth its services with VAT (90 658,20), not the declared value
  of the parcels (438 600,00).
- The seller's power of attorney for his fulfilment operator labels the seller as
  principal with its bank details and the operator as attorney with INN and KPP. The
  marketplace named with its INN has no role. It names no money, so `currency` is None.
- The certificate of registration as a self-employed person (КНД 1122035) and the IT
  studio's commercial offer are `other` with `total` None. The certificate names no
  money, so its `currency` is None. The offer is RUB, and its "Итого с НДС" is not a
  total because an offer requests no payment, as set Z labels its quotation. The English
  estimate is `other` and USD for the same reason.
- The bilingual invoice is an English document (`language` "en") in roubles. Its total
  is "Итого к оплате: 1 250 000,00 руб.", and the next line "Total due: USD 13,586.96"
  is a reference conversion, not the total. The Kazakh buyer's BIN is foreign and the
  buyer has no labels.
- The MT103 print follows set AD: it is a `payment_order` numbered by field 20
  ("KG260305-01"), dated by the value date of field 32A ("260305", repeated as "05 March
  2026") and its total is the 32A amount. Each value is printed on the line under its
  field caption. The payer is labelled with the INN, KPP and USD account of field 50K
  and the BIK in the print's header. The US beneficiary has no labels.
- The consulting agreement between two Russian companies, written in English, states
  "RUB 1,500,000.00 ... excluding VAT, that is RUB 1,830,000.00 including VAT" in one
  sentence. Its total is the fee with VAT (1,830,000.00). Its certificate of completion
  is an `act` whose total is stage 1 with VAT (732,000.00). Both label the consultant as
  seller and the client as buyer.
- The mutual non-disclosure agreement is a `contract`, not `other`: both parties sign
  obligations for a term under a governing law, and the type does not depend on a price.
  A mutual NDA has no seller and no buyer, so it has no party labels although it prints
  the Russian studio's INN. It names no money, so `total` and `currency` are None.
- The US documents print dates month first. The contractor's invoice ("03/17/2026") and
  estimate ("03/19/2026") have days above 12. The payment processor's receipt prints
  only "04/02/2026". Both readings are valid dates there, and the English language and
  the issuer's Austin address make it 2 April 2026. The contractor's invoice is labelled
  with its full value (9,115.00), not the "BALANCE DUE" after the retainer (7,115.00).
- The SaaS invoice labels the Russian customer as buyer with the INN printed as "Tax ID
  (INN)". The US vendor, its EIN and its ABA routing number have no labels.
- The UK freelancer's invoice is GBP with total "TOTAL DUE GBP 3,060.00". Her reminder
  letter is a `letter` with `currency` GBP and `total` None, numbered by "Our ref" and
  dated by the letter, not by the e-mail header.
- The courier waybill is a `waybill` numbered by its waybill number and dated by its
  ship date. It labels the Russian seller as consignee (INN, KPP None), has no `total`
  label and `currency` USD from the declared value. The Shenzhen packing list prints the
  seller as "Buyer / Consignee" and labels him under both roles, as set D rules. The
  Chinese shipper has no labels.
- Bank statements label the account holder only. The USD statement labels the current
  currency account, not the transit currency account it also prints, and is dated by its
  statement date 2026-03-31.
- The English power of attorney caps each agreement at RUB 500,000.00, so `currency` is
  RUB and `total` None, as set M rules. The Kazakh attorney has no labels.
- The Russian passport's number is "527814", without the series "65 19", and its date is
  the date of issue 20.11.2019. The UK passport's number is "548207316" and its date is
  the date of issue, printed "23 JUN /JUIN 23".
- Letters have no party labels. The landlord's letter names rouble sums, so `currency`
  is RUB and `total` None.
"""

from .holdout import HoldoutDocument


def load_holdout_ah() -> list[HoldoutDocument]:
    """Return the set AH documents, Russian first, in a fixed order."""
    from .holdout_ah_en import ENGLISH_DOCUMENTS_AH
    from .holdout_ah_ru import RUSSIAN_DOCUMENTS_AH

    return [*RUSSIAN_DOCUMENTS_AH, *ENGLISH_DOCUMENTS_AH]
