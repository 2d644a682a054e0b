"""Set S: the total, the VAT and the currency as small businesses print them.

The set has 28 Russian and 16 English documents of every built-in type. The most
numerous are invoices (9: 6 Russian, 3 English), acts (5: 4 and 1), UPD (5: 4 and 1) and
payment orders (5: 4 and 1). Then come receipts (4: 2 and 2) and two documents of every
other type, one in each language.

The Russian documents come from sole proprietors (ИП), from self-employed people and
from small companies. A sole proprietor prints an ОГРНИП, a 12-digit INN and no KPP
("КПП —", "ИНН/КПП продавца: 233050826949 /", "КПП 0" on a payment order). Self-employed
people pay the professional income tax (НПД) and are paid to a personal account
(40817...). The documents' tax notes are "НДС не облагается", "Без НДС",
"Без налога (НДС)", "без НДС" in UPD columns, and VAT at 5% under the simplified tax
system (УСН), at 20% and, in 2026, at 22%. Near their totals they print discounts
("Скидка постоянного клиента 7%: -3 648,40"), prepayments and partial payments
("Оплачено (аванс ...)", "Аванс, полученный 03.11.2025", "Частично оплачено",
"Зачет предоплаты (аванса)"), balances ("Остаток к оплате"), payment terms
("Предоплата 50%"), cancelled invoices, estimates and amounts billed separately. Totals
are printed as "42 000-00", "42000-00", "57.600,00", "18500 р.", "руб. 36 750",
"1 240,00 у.е.", "213 378 руб. 00 коп.", "3 490,00 ₽", "0,00 руб." and "-12 360,00", and
in words: "Сорок две тысячи рублей 00 копеек", "Всего оказано услуг 3, на сумму:
Шестьдесят четыре тысячи пятьсот рублей 00 копеек" and, on the UPD photo, "Один миллион
двести восемьдесят две тысячи тенге OO тиын". Some documents name their currency only in
words: "у.е." with the clause "1 у.е. = 1 евро", "долларов США",
"Казахстанский тенге, 398" and "белорусских рублей".

The English documents are freelancers' and small shops' papers. A US illustrator's
invoice has a sales tax line, a deposit received and a balance due ("$3,250", "-$1,250",
"AMOUNT DUE: $3,480.65"). An Austrian shop's invoice has a discount code and shipping
("1.250,00 €"), and a Swiss sole trader's invoice charges no VAT ("CHF 1'240.50").
Russian sole proprietors issue an acceptance certificate to a German client
("Total: EUR 980") and sign a retainer agreement ("USD 1,250 per month", "USD 7,500" for
the term). The others are a translated UPD without VAT, an application for a transfer in
US dollars with the amount in words, a restaurant receipt with a tip written in and a
shop's refund receipt ("TOTAL -£42.18"). A packing list prints
"Declared value for customs: £ 85", and a British supplier's statement of account ends
in a credit balance ("-£ 85.00"). The rest are a statement of a sole proprietor's USD
account, a reminder letter, a power of attorney with a dollar limit, a delivery note and
a New Zealand passport.

Eight documents imitate OCR of scans and phone photos and carry `noisy=True`. They are
the sole proprietor's invoice photo "31", the self-employed translator's act scan "3",
the tenge UPD photo "127", the prepayment order scan "886", the pet shop receipt photo,
the British delivery note scan, the British refund receipt scan and the New Zealand
passport. They have look-alike Latin and Cyrillic letters, O for 0, l for 1, З for 3,
"|" table rules and "№" read as "Ne". Their labels are the true values, not the damaged
text. The other documents are clean and fit on one page (at most 70 lines of at most 110
characters), because the benchmark also renders them to images and reads them back with
OCR.

The documents were written blind: without reading the engine, the templates, the
synthetic generator or the documents of the other sets. The files read were
`bench.holdout`, the notes (module docstrings) of sets D to R, the loaders
`bench.holdout_i`, `bench.holdout_l` and `bench.holdout_o`, and the first 150 lines of
`bench.holdout_i_ru`. The checks came from the label paths in `bench.metrics`,
`bench.formats` (its month names, and `amount_words_ru`, which also wrote the Russian
rouble amounts in words), tests/bench/holdout_checks.py, the tests of sets O and R and
the first 60 lines of the test of set L. Outside that list, the loader of set Q, which
follows its docstring, was seen while the docstrings were printed. No document of this
set draws on it. Every company, person, address, bank and requisite is invented. INN,
OGRN, OGRNIP, BIK, settlement, personal and correspondent accounts and IBANs carry valid
check digits, and so does the New Zealand passport's MRZ. tests/bench/test_holdout_s.py
checks the labelled requisites. In the clean documents it also checks every INN printed
after "ИНН" or "INN", every OGRN and OGRNIP, every account against a BIK of the same
text and every IBAN. It checks the set's own forms as well: each listed total form is
printed and reads as the label, rouble totals in words match `amount_words_ru`, totals
stacks and VAT lines add up, the prepayments, balances, deposits and tips beside a total
are printed and are not the label, sole proprietors and self-employed sellers print no
KPP and carry no KPP label, and currencies named only in words or only by a symbol print
no code.

Labels follow `bench.holdout` and the notes of sets D to R (`bench.holdout_d` to
`bench.holdout_r`). `total` is the amount the document requests as payment or states as
its full value, VAT included. Labelling notes that those sets do not cover:

- An invoice priced only in conventional units pegged to a currency ("1 у.е. = 1 евро",
  payable in roubles at the central bank rate on the day of payment) prints no rouble
  total, because the rate is not known when it is issued. It is labelled with the
  currency the unit equals and the total in units: the invoice "45" is EUR 1240.00. Sets
  J and Q label an invoice in у.е. RUB only because it prints its rouble total, and set
  Q labels a dollar total payable in roubles with USD. The delivery
  "ориентировочно 2 400 руб." is billed separately and is not part of the total.
- A document that states its full value as zero has `total` "0.00", not None, because it
  prints a total. The warranty repair act "ГР-0093" prints "Итого ... 0,00" and
  "— 0,00 руб. (Ноль рублей 00 копеек)". Its price list column (10 750,00) is for
  reference, and `currency` is RUB.
- A total printed with a minus is labelled without its sign, as set Q labels a credit
  note. The УКД "14-К" prints "Всего уменьшение (Г) ... -12 360,00", which is its total
  as set M rules for a УКД. The refund line that repeats it ("Сумма к возврату ...")
  does not change the label, and the corrected invoice's 87 600,00 is not the total.
- A refund receipt ("ВОЗВРАТ ПРИХОДА", "REFUND") is a receipt. Its `total` is its "ИТОГ"
  or "TOTAL" without a sign: 3490.00 for the toy shop and 42.18 for the bookshop's
  "TOTAL -£42.18". It is numbered and dated by its own receipt, not by the original
  purchase it cites ("Возврат по чеку № 31 от 17.12.2025", "Orig. trans 0533"), and the
  amount of that purchase (5 980,00 ₽) is not its total.
- A tip written in on a card slip is part of the total: the restaurant receipt's total
  is "TOTAL $88.15", not the "Amount $74.47" before the tip or the suggested tips. Set
  J's restaurant receipt left its tip line blank.
- An amount that the document itself places outside its total is not part of it: the SMM
  act's advertising budget "оплачен Заказчиком напрямую" (8 000,00), the delivery
  "оплачивается покупателем отдельно", the translated UPD's delivery and assembly
  "invoiced separately", the cancelled invoice "№ 2025-211 ... аннулирован" (12.000,00),
  the estimate that the repair invoice revises (руб. 41 200) and the quote that the
  Swiss invoice follows (CHF 1'180.00).
- A self-employed seller (НПД) of an invoice or act is labelled with the 12-digit INN
  and with the BIK and personal account 40817... printed for payment, without a KPP
  label, as set L labels a self-employed payee. "р." after a figure ("18500 р.",
  "27 3OO р." on the scan) is the rouble.
- A sole proprietor printed as both the ТОРГ-12 supplier and the shipper is labelled
  under both roles. The KPP is None only as seller, one of the roles set D lists, and is
  left out as shipper. Likewise a sole proprietor is labelled without a KPP as buyer,
  principal, consignee and account holder, and the receipts label the seller's INN only,
  as set G rules.
- The self-employed person's income statement (справка о состоянии расчетов (доходах) по
  НПД, КНД 1122036) is `other`. It is numbered "25-1218-004471" and dated by
  "Дата формирования" 18.12.2025, not by the end of its period. It has no party labels
  although it prints an INN. Its income and tax sums are not a document value, so
  `total` is None, and `currency` is RUB.
- The British supplier's statement of account is `other`, not a bank statement, because
  it lists a customer's invoices and payments rather than a bank account's operations.
  It is numbered "S-2511-0192", not by the account "KC-0192", and dated 30/11/2025,
  which can only be read day-first. Its balances, ending in the credit "-£ 85.00", are
  not a document value, so `total` is None, and `currency` is GBP.
- The English reminder letter prints no reference of its own, so `number` is None, as
  set R rules. It names the invoice only by its date. Its dollar sums give `currency`
  USD, and `total` is None.
- The tenge UPD names its currency only in field (7), "Казахстанский тенге, 398", and in
  its total in words, so it is KZT, as set O labels the UPD currency field. Its seller
  is labelled with the tenge account 40802398... and BIK printed in its payment note,
  and its Kazakh buyer (БИН) has no labels. The 30% prepayment received is not the
  total.
- The Russian contract "2025/11-К" is USD 2400.00, as set Q labels a dollar contract
  payable in roubles. Its sole-proprietor contractor prints only a rouble account, which
  is labelled, and its advance (960), balance (1 440) and hourly rate (45) are not the
  total. The English retainer agreement is USD 7500.00, the total fee for its term, as
  set H rules, and the Russian contractor is labelled with the USD account printed for
  it.
"""

from .holdout import HoldoutDocument


def load_holdout_s() -> list[HoldoutDocument]:
    """Return the set S documents, Russian first, in a fixed order."""
    from .holdout_s_en import ENGLISH_DOCUMENTS_S
    from .holdout_s_ru import RUSSIAN_DOCUMENTS_S

    return [*RUSSIAN_DOCUMENTS_S, *ENGLISH_DOCUMENTS_S]
