"""Set L: hand-written paperwork of small Russian businesses and their foreign partners.

The set has 26 Russian and 16 English documents of every built-in type, as they reach a
document-AI service from phones and office scanners. Invoices (8), UPD (5), acts (5)
and payment orders (5) are the most numerous, then waybills (3: a transport waybill, a
ТОРГ-12 and a CMR) and two documents of every other type.

The Russian invoices are a building supplier's invoice whose letterhead prints all
requisites in one run-on line ("ООО «...», ИНН/КПП .../..., р/с ... в ..., БИК ..., к/с
..."), a print shop's invoice "№ 45-н" with its requisites in a footer, a document date,
a shipment date and a due date, and "Итого к оплате:" on one line with the amount on the
next, a sole proprietor's invoice "без НДС" with thin spaces between thousands, and a
phone photo of a 1C invoice "№ 00БП-000154". The UPD are a corrected UPD ("Исправление №
1 от 04.12.2025"), a scanned status 2 UPD of a sole proprietor without VAT, a status 1
UPD with separate shipment and receipt dates, and a photo of a dairy UPD at VAT 10%. One
act is a bookkeeping firm's, with a run-on letterhead and a sole-proprietor customer.
Another is a scanned act of a sole-proprietor carrier whose "Всего оказано услуг на
сумму:" is printed above its amount. A cleaning act prints the requisites of both
parties in a footer and narrow no-break spaces in its amounts. The payment orders are a
single tax payment (ЕНП) on the 0401060 form with status 01, КБК and ОКТМО, an internet
bank print, a scan paying a sole proprietor, and a payment to a self-employed person's
personal account (40817...). The rest are a transport waybill scan, a ТОРГ-12, a supply
contract, a packing list scan, a one-day statement from a business internet bank, a
self-employed person's receipt from "Мой налог", a cash register receipt photo, a
passport page, a power of attorney, a letter announcing new bank details, and a company
card.

The English documents are a US invoice with "Bill To" and "Ship To" blocks and a sales
tax line, a German exhibition stand builder's invoice with VAT 19%, a scanned Latvian
invoice "INV/2025/12/0031" at VAT 0%, and a Russian IT exporter's USD invoice. The
others are a translated UPD, a Russian translation bureau's acceptance certificate, a
scanned Estonian warehouse's completion certificate, an application for a euro
transfer, a scanned CMR, a US service agreement, a packing list, a statement of a
Russian bank's EUR account, a German passport, a scanned power of attorney, a supplier's
letter and an exhibitor registration confirmation. Several documents of the set refer
to one another: the tax payment, the internet bank payment and the letterhead invoice
belong to one building supplier, and the euro transfer, the EUR statement, the power of
attorney and the exhibitor confirmation to one Russian exhibitor.

Amounts use apostrophes ("148'560.00"), non-breaking, narrow no-break and thin spaces,
"184320-00", "=2 340.00", "EUR 8,400.00" and "14 320,00". Numbers take forms such as
"00БП-000154", "45-н", "БО-1130/07", "ЧУ-1125/07", "203m8kx7pd", "INV/2025/12/0031",
"LC-INV-2025/112" and "SA-2025/12-03".

Fourteen documents imitate OCR of scans and phone photos and carry `noisy=True`:
look-alike Latin and Cyrillic letters, O for 0, l for 1, "|" table rules, and "№" read
as "Ne" or "Nº". Their labels are the true values, not the damaged text.

The documents were written blind: without reading the engine, the templates, the
synthetic generator or the documents of the other sets. The files read were
`bench.holdout`, the notes of sets D, F, G, H, I, J and K, this loader's model
`bench.holdout_i`, the label paths in `bench.metrics`, the tests of set I with their
shared checks, and the month names in `bench.formats`. Every company, person, address,
bank, treasury body and requisite is invented. INN, OGRN, OGRNIP, BIK, settlement
accounts, correspondent accounts, treasury accounts and IBANs carry valid check digits.
tests/bench/test_holdout_l.py checks the labelled requisites, and in the documents
without OCR damage it also checks every INN printed after "ИНН" or "INN", every OGRN,
every correspondent and settlement account against a BIK of the same text, and every
IBAN.

Labels follow `bench.holdout` and the notes of sets D to K (`bench.holdout_d` to
`bench.holdout_k`). `total` is the amount the document requests as payment or states
as its full value, VAT included. Labelling notes that those sets do not cover:

- A corrected UPD keeps the number and date of the invoice it corrects ("Счет-фактура
  № 512 от 28.11.2025"), so those are its labels, not the correction's "Исправление № 1
  от 04.12.2025". Its `total` is the corrected "Всего к оплате".
- Requisites printed in a run-on letterhead line or in a footer are labelled like
  requisites anywhere else. The letter on new bank details prints its sender's
  requisites in its letterhead and the old and new accounts, but it has no party
  labels, and it names no money, so `total` and `currency` are None.
- An invoice with a document date, a shipment date and a due date is dated by the
  document date ("Дата счета"), and a ТОРГ-12 by "Дата составления", not by "Дата
  отгрузки" or "Оплатить до". A total printed on the line after "Итого к оплате:" or
  "Всего оказано услуг на сумму:" is the total.
- The single tax payment's payee is the treasury body printed on the payee line, with
  its INN and KPP, the TOFK BIK 017508104 and the treasury account
  03100643800000017600, as set I labels a treasury payee. The single treasury account
  40102810245370000018 is not labelled. Status 01, КБК and ОКТМО do not change the
  labels.
- A self-employed person (НПД) is a private person, so no KPP label is given. The
  "Мой налог" receipt is numbered by its alphanumeric "Чек № 203m8kx7pd" and dated
  "05.12.25". Its seller is labelled with the 12-digit INN, and its company customer
  with the INN only, because no KPP is printed. The payment to that person labels the
  payee with the INN, the BIK and the personal account 40817..., and no KPP, because
  the KPP field is empty.
- The cash register receipt is numbered by "Чек № 64", not by the shift or the fiscal
  document number. It prints no currency mark and is labelled RUB.
- The US invoice's "12/03/2025" is month-first (3 December 2025), as its Net 30 due
  date "01/02/2026" shows. Its `total` includes shipping and the New Jersey sales tax.
  Only the Russian "Bill To" party is labelled. The US forwarder in "Ship To" is not.
- The German invoice's `total` is the "Invoice total" with VAT 19%, not the net
  total, and the Latvian invoice's is its "TOTAL EUR" at VAT 0%. Their sellers are
  foreign and have no labels. Their Russian buyers are labelled.
- The Russian IT exporter's English invoice and the translation bureau's acceptance
  certificate label their Russian sellers with the account and BIK printed for them,
  and their foreign customers have no labels. The Estonian completion certificate
  labels its Russian customer as buyer.
- The company card is `other`. It prints no number or date, so both are None, and it
  has no party labels although it prints requisites. The exhibitor registration
  confirmation is `other` too, numbered and dated by its confirmation, and it names no
  money, so `total` and `currency` are None.
- The German passport's number is the "Passport No." "C4J7R2KX9", not the MRZ line
  that repeats it with a check digit, and its date is the date of issue.
"""

from .holdout import HoldoutDocument


def load_holdout_l() -> list[HoldoutDocument]:
    """Return the set L documents, Russian first, in a fixed order."""
    from .holdout_l_en import ENGLISH_DOCUMENTS_L
    from .holdout_l_ru import RUSSIAN_DOCUMENTS_L

    return [*RUSSIAN_DOCUMENTS_L, *ENGLISH_DOCUMENTS_L]
