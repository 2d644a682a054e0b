"""Set R: document numbers and dates in the forms that OCR and parsers often garble.

The set has 28 Russian and 16 English documents of every built-in type. Invoices (8: 5
Russian, 3 English), acts (5: 4 and 1), UPD (5: 4 and 1) and payment orders (5: 4 and 1)
are the most numerous. Then come waybills (3: a ТОРГ-12, a transport waybill and a bill
of lading), letters (3: one Russian, two English) and other papers (3: an order, a
commercial offer and an inspection certificate). The set ends with two contracts, two
packing lists, two bank statements, two receipts, two passports and two powers of
attorney, one of each type in each language. Every document prints several numbers and
dates, and only one of each is the document's own.

Numbers are made of Cyrillic letters and digits ("ЭЛ-2025/114", "ЯН-00318",
"ПЗН-000533", "СФ-17/11", "Ю-45", "00ГУ-000219", "РН-004417", "45-к", "418-ЮО"), also in
English documents ("No. АВ-118/25", "СФ-0488"). Others carry Latin prefixes and suffixes
("INV-2025-0042", "SI-000781", "No. 15/2025-K", "PCLSHA25110672", "QT/SH/2025/118734").
Some have spaces or slashes ("00 000 341", "12/3-Б", "2025-11/0874", "08/25-П"), and one
payment order has the one-digit number "7". Numbers are printed in a box at the top
right corner, in a "Номер документа | Дата составления" grid beside the title and in an
English header box. Others are printed on the line below the title ("СЧЕТ НА ОПЛАТУ" /
"№ ЯН-00318" / "от 14 ноября 2025 года"), after a block of captions in an EDO text
layer, or at the right of a line that starts with the date ("07.11.2025 ... № 45-к").
Footers repeat some of them, and order, customer, contract, delivery note, tracking,
booking, container, seal, ОКУД and ОКПО numbers and "Экземпляр № 2" are printed near
them. Two Russian documents print "б/н" in place of a number, and three documents print
no number at all.

Dates are printed as "12.11.2025", "«05» ноября 2025 г.", "14 ноября 2025 года", "1
декабря 2025 г.", "2025-11-13", "March 14, 2025", "December 1, 2025", "7 Nov 2025", "06
NOV 2025", "3rd November 2025", "5th November 2025", "04/11/2025" (UK, day-first),
"11/03/2025" (US, month-first), "11/07/25" (a US receipt) and "21.11.25". A SWIFT value
date is coded as "251117". They stand next to due, delivery, shipment, receipt,
contract, specification, period ("с 01.11.2025 по 30.11.2025"), signature, stamp, bank
execution, print, EDO signing, birth, expiry, registration, validity and inspection
dates. Russian papers put the place and the date on one line ("г. Казань ... 28 ноября
2025 г.", "г. Самара, «07» ноября 2025 года"), and a letter prints "г. Казань, 3 ноября
2025 г." at its top right corner. Two English letters print the date under the sender's
address.

Eight documents imitate OCR of scans and phone photos and carry `noisy=True`. They are
the invoice photo "ПЗН-000533", the act scan "00ГУ-000219", the UPD scan "МС-2511/07",
the rent payment order scan, the coffee shop receipt, the Russian passport spread, the
Chinese packing list and the Australian passport. They have look-alike Latin and
Cyrillic letters, O for 0, l for 1, "|" table rules and "№" read as "Ne". Their labels
are the true values, not the damaged text. The other documents are clean and fit on one
page (at most 70 lines of at most 110 characters), because the benchmark also renders
them to images and reads them back with OCR.

The documents were written blind: without reading the engine, the templates, the
synthetic generator or the documents of the other sets. The files read were
`bench.holdout`, the notes (module docstrings) of sets D to P, the loaders
`bench.holdout_i`, `bench.holdout_l` and `bench.holdout_o`, and the first 150 lines of
`bench.holdout_i_ru`. The checks came from the label paths in `bench.metrics`, the first
200 lines of `bench.formats`, tests/bench/holdout_checks.py, the test of set O and the
first 120 lines of the test of set L. Outside that list, the first three lines of
`bench.holdout_o_ru` (its docstring, a comment on line widths) were seen, and a search
of `bench.holdout_i_ru` for its list names showed those names and their line numbers. No
document text of either file was seen, and no document of this set draws on them. Every
company, person, address, bank and requisite is invented. INN, OGRN, OGRNIP, BIK,
settlement and correspondent accounts and IBANs carry valid check digits, and so does
the Australian passport's MRZ. tests/bench/test_holdout_r.py checks the labelled
requisites. In the clean documents it also checks every INN printed after "ИНН" or
"INN", every OGRN, every account against a BIK of the same text and every IBAN. It
checks the set's own forms as well: the numberless documents, the letters and digits of
the listed numbers, numbers below a title, in a box and repeated beside another
reference, the other dates that each document prints, the slash dates whose order a
30-day term settles, place-and-date lines and dates under a sender's address.

Labels follow `bench.holdout` and the notes of sets D to P (`bench.holdout_d` to
`bench.holdout_p`). `total` is the amount the document requests as payment or states as
its full value, VAT included. Labelling notes that those sets do not cover:

- "б/н" (без номера) in the number field ("СЧЕТ № б/н", "АКТ № б/н") means the document
  has no number, so `number` is None, as for a document that prints no number caption at
  all: the Samara power of attorney, the English power of attorney and the US letter.
  The contract, the attorney's passport or the invoice that such a document cites is not
  its number.
- A number keeps its leading zeros and its spaces as printed: "00 000 341", "ЯН-00318",
  "00ГУ-000219", "ПЗН-000533" and the US receipt's "TRANS# 004417" are labelled so. A
  short number is labelled whole, so the payment order is "7", not part of the invoice
  "БЛ-1127" cited in its purpose, and the UPD is "97", not the prepayment "№ 1412 от
  19.11.2025" of its line (5).
- A number printed in a box or grid away from the title is the number: the corner box
  "Номер счета 00 000 341", the act grid "12/3-Б | 26.11.2025", the ТОРГ-12 grid
  "РН-004417 | 19.11.2025" and the Dutch header box "Invoice no. | 2025-11-0193". Near
  them the customer number "100482", the order "BA-25/214", the contract "№ 12" whose
  stage 3 the act covers, and the ТОРГ-12 contract and transport waybill cells are other
  references.
- The ТОРГ-12 prints the approval of its form, "от 25.12.98 № 132", and the ОКУД
  (0330212) and ОКПО codes. These are not its number or date. The transport waybill's
  "Экземпляр № 2" is the copy number, and its "Заказ (заявка) Дата 17.11.2025 № 5517" is
  the order. Its number and date are "Дата 19.11.2025 № 2025-11/0874" under the title.
- A number repeated in a footer beside another reference is still the one number: "Счет
  № ЭЛ-2025/114 от 12.11.2025 · Заказ № 7781 · Договор № 44-П/2024". The photo invoice's
  request "№ 533" is the end of its number "ПЗН-000533", not the number, and the US
  invoice's "PO#88412", "SO-55120" and UPS tracking number are not its number.
- In the EDO text layer the values "УТ-3318" and "20.11.2025" follow the captions
  "Счет-фактура №" and "от" in order, as set M rules for a total. The EDO stamp's
  signing times (21.11.2025 and 24.11.2025), certificate and document id are not labels.
- The order (приказ) is `other`, numbered "45-к" and dated 07.11.2025 from the line
  under its title that prints the date at the left and the number at the right. The
  earlier order "от 14.03.2023 № 12-к" that it cancels and the laws it cites are not its
  number or date. It names no money, so `total` and `currency` are None.
- The commercial offer is `other`, numbered "КП-2025/311" and dated 06.11.2025. It
  prints unit prices but no document value, so `total` is None and `currency` is RUB, as
  set O labels a price list. Its validity "до 20.11.2025" and price date 01.11.2025 are
  not its date.
- A place-and-date line dates a document whose heading prints no date: the act "№ б/н"
  is dated by "г. Казань ... 28 ноября 2025 г.", not by the customer's signing date
  02.12.2025 or the works period. The letter is dated by "г. Казань, 3 ноября 2025 г."
  at its top right. Its outgoing number "Исх. № 418-ЮО" prints no date, and "На № 77/12
  от 28.10.2025" is the letter it answers. The Samara power of attorney is dated by "г.
  Самара, «07» ноября 2025 года".
- An English letter whose date closes the sender's address block is dated by it: "3rd
  November 2025" and "November 12, 2025". The ordinal "3rd" and "5th" forms are new to
  the set tests. The British letter is numbered by "Our ref: JW/ACC/2025-117", not by
  "Your ref: СЗН-1044", and names pound prices, so `currency` is GBP. The US letter
  names dollar sums, so `currency` is USD. Both have `total` None.
- The US receipt's "11/07/25" is month-first with a two-digit year (7 November 2025). It
  is a San Diego store, and its 30-day return date "12/07/25" holds only in that order.
  The US invoice's "11/03/2025" and the UK invoice's "04/11/2025" are read the same way,
  from their 30-day due dates and from ship and despatch dates on the 31st.
- The transfer application is dated by "Date: 2025-11-13", not by the value date coded
  "251117" in field 32A or the bank's marks of 13 and 14 November. Its number is the
  application's "57", not the reference "GAM-57/2025" or the unique contract number.
- The bill of lading is dated by its place and date of issue, "SHANGHAI, 06 NOV 2025",
  which here differs from the shipped-on-board date "05 NOV 2025". Set P's bill of
  lading printed the same day for both.
- The Chinese packing list is numbered "HX20251106-03", the same number as the invoice
  it lists, and dated "2025-11-06". The inspection certificate is `other`, numbered
  "QT/SH/2025/118734" and dated by its date of issue 6 Nov 2025, not by the inspection
  on 4 Nov 2025. Neither names money, so `total` and `currency` are None.
- The Russian passport's series and number, printed sideways in the margin, are read as
  "92 19 483115" and as single digits. Its number is "483115", and its date is the date
  of issue 14.06.2019, not the registration stamp 02.07.2019. The Australian passport's
  number is "PA4719263", not the MRZ line that repeats it with a check digit, and its
  date is the date of issue "15 MAR 2021".
"""

from .holdout import HoldoutDocument


def load_holdout_r() -> list[HoldoutDocument]:
    """Return the set R documents, Russian first, in a fixed order."""
    from .holdout_r_en import ENGLISH_DOCUMENTS_R
    from .holdout_r_ru import RUSSIAN_DOCUMENTS_R

    return [*RUSSIAN_DOCUMENTS_R, *ENGLISH_DOCUMENTS_R]
