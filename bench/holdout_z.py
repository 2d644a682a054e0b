"""Set Z: paperwork of regional manufacturers and traders as accountants receive it.

The set has 28 Russian and 16 English documents of every built-in type. Invoices (8: 5
Russian, 3 English), acts (5: 4 and 1), UPD (5: 4 and 1) and payment orders (5: 4 and 1)
are the most numerous. Then come waybills (3: a ТОРГ-12 and a transport waybill in
Russian, a CMR in English), letters (3: 2 and 1) and other papers (3: a Russian brick
quality document, an English mill inspection certificate and a quotation). The set ends
with two contracts, two packing lists, two bank statements, two receipts, two passports
and two powers of attorney, one of each type in each language.

The papers belong to a furniture factory in Kostroma, a metal structures plant in
Kopeysk, a knitting mill in Ivanovo, a dairy in Vologda and a trade house in Yaroslavl.
Their suppliers are a fittings wholesaler, a sawmill, a packaging plant, a brick plant,
a metalware plant, a machine repair shop, a sole-proprietor carrier and a
sole-proprietor timber trader. Their foreign partners are a Turkish needle maker, a
German tooling supplier, a Chinese yarn mill, a Chinese machine maker, a Turkish tube
mill and a Kazakh furniture retailer. Several documents belong to one deal. The fittings
invoice "НФ-000318", its power of attorney, its payment "412", the statement "57" and
the reconciliation act follow one order. The ТОРГ-12 "КМ-0152", its packing list, the
transport waybill, the carrier's act "9" and its payment "447" follow one load of
furniture. The metalware invoice "417/Т", its advance payment "583" and the letter "212"
follow one sale. The invoice "ВП-00214" bills the first lot of the packaging contract
"14/26-П". The Turkish invoice, its CMR, the Bursa hotel folio and the claim letter
follow one lot of needles, and the German invoice and the euro transfer "64" one order
of consumables.

Twenty documents imitate OCR of phone photos, faxes and crumpled or poor scans and carry
`noisy=True`. The Russian invoices among them are the packaging invoice photo
"ВП-00214", the metalware invoice fax "417/Т" and the timber trader's crumpled invoice
"28". The other Russian ones are the press repair act scan "14", the carrier's act photo
"9", the dairy UPD scan "1147", the sawmill UPD photo "219", the advance payment scan
"583" and the carrier's payment scan "447". They also include the transport waybill
scan, the packing list scan "УЛ-152", the fuel receipt photo and the driver's passport
scan. The English ones are the Turkish invoice fax, the commissioning certificate scan,
the CMR scan, the yarn packing list photo, the Bursa hotel folio photo, the Chinese
engineer's passport scan and the mill certificate scan. They have look-alike Latin and
Cyrillic letters, O for 0, l for 1, З for 3 and б for 6, "|" table rules, amounts that
lost or doubled a space ("1454 36O,OO", "1  454 360,00"), "№" read as "Ne" or "N2",
a round stamp's words run into the lines, a fax header, a camera timestamp, an e-mail
header, edges cut off, a fold and signatures across figures, and handwritten additions
read badly. Their labels are the true values, not the damaged text. The passport's
machine-readable zone reads cleanly. The other documents are clean and fit on one page
(at most 70 lines of at most 110 characters), because the benchmark also renders them to
images and reads them back with OCR.

What is hard: the damage itself, and next to it the other numbers, dates and amounts
that real papers carry. Dates come from fax headers, cameras, e-mails, bank stamps,
receiving stamps, accountants' marks, copy certifications and a translator's note.
Amounts are deducted advances, rests to pay, prepayments, an invoice total cited by its
partial payment, the value of customer-supplied steel, a machine's contract price,
claims and debts. Totals are written with "руб." and "коп.", in words, as "326002-50",
"17.000,00", "11.496,00 TL" and "USD 19,050.00", and dates as "«11» марта 2026 г.", "5
марта 2026 г.", "18.03.26", "2026-03-27", "11 Mar 2026" and "05 NOV 2019". Russian
documents dated 2026 that charge VAT do so at 22%, or at 10% for dairy products.

The documents were written blind: without reading the engine, the templates, the
synthetic generator or the documents of the other sets. The files read were
`bench.holdout`, `bench.metrics`, `bench.formats` (whose `amount_words_ru` spelled the
Russian totals in words), the notes (module docstrings) of sets D to Y, the loader of
`bench.holdout_w`, the first 150 lines of `bench.holdout_w_ru`,
tests/bench/holdout_checks.py and the test of set W. Every company, person, address and
bank is invented. The requisites were generated with the check-digit rules of
`bench.holdout`, so INN, OGRN, OGRNIP, settlement and correspondent accounts carry valid
keys against their BIKs, and KPP and BIK have valid forms. The IBANs pass the ISO 13616
mod-97 check, and the German USt-IdNr., the Kazakh BIN, the Chinese USCI and the
passport's machine-readable zone carry valid check digits. tests/bench/test_holdout_z.py
checks the labelled requisites, in noisy documents after the look-alike repair. In the
clean documents it also checks every INN printed after "ИНН" or "INN", every OGRN, every
account against a BIK of the same text and every IBAN. It checks the set's own forms as
well: totals in words, illegible figures, mended amount spacing, cut-off and damaged
requisites, the other dates, "N2" for "№", the script of a damaged number, foreign
codes, competing amounts, trade terms, VAT rates of 2026 and the machine-readable zone.

Labels follow `bench.holdout` and the notes of sets D to Y (`bench.holdout_d` to
`bench.holdout_y`). `total` is the amount the document requests as payment or states as
its full value, VAT included. Labelling notes that those sets do not cover:

- Damaged text is labelled with what a careful reader settles from the same document.
  "Ne" and "N2" before a number are the sign "№", so "N2 417/T" is the number "417/Т"
  and "N2 583" is "583". A letter that OCR read in the other script keeps the script of
  the paper: the metalware invoice's number ends in the Cyrillic "Т", as the clean
  letter "212" prints it. Amounts whose spaces were lost or doubled are read as one
  amount, so "1454 36O,OO" and "1  454 360,00" are 1454360.00.
- When a fold or a signature makes the figure of the total illegible, the total in words
  and the rows settle it: the timber invoice "28" is 267130.00 ("26/ 1ЗO pyб. OO к")
  and the repair act "14" is 475251.00 ("4/5 25l,OO").
- A requisite that the page edge cuts off keeps only its first digits, so its label is
  absent: the packaging invoice's buyer prints "p/c 40702810292622" and "БИK 04192", and
  only its INN and KPP are labelled. A requisite damaged beyond the look-alike repair is
  labelled when another line settles it: the carrier's payment scan prints the payer's
  BIK as "O434789T7", but the payer's bank is the payee's bank, whose BIK "O43478977"
  reads 043478977 through the look-alike repair.
- A date printed by a fax header ("16/03/2026 09:14", "16-MAR-2O26"), a camera
  ("2O26/O3/l9 O8:l2"), an e-mail header, a bank's "ПРОВЕДЕНО" stamp, a buyer's
  "ПРИНЯТО" stamp, an incoming stamp, an accountant's approval mark, a copy
  certification or a translator's note is not the document's date, and the fax page
  count is not its number. A day written by hand into the date line of the heading is
  the date: the repair act "14", whose day reads "«l8»", is dated 18 March 2026.
- A round stamp's words that OCR runs into the lines ("OБЩECTBO C OГPAHИЧEHHOЙ", "*
  ВЛAДИMИP *", "ИHH 3327609131 *") change no label, and an INN in a stamp repeats its
  party's INN. Handwritten additions change no total: the accountant's "в oплaтy 5O%"
  on the timber invoice and the note on the repair act that a crew trip goes to a
  separate estimate ("cм. дoп. cмeтy Ne 3 (нe вкл.)").
- An act for processing customer-supplied material (переработка давальческого сырья)
  is an `act`, and its `total` is the price of the services with VAT (208 071,00). The
  value of the customer's steel printed for reference (1 142 400,00) is not part of it.
- The brick invoice "0412" includes the returnable pallets and the delivery in its
  total, as set J rules for returnable packaging, and its total is the full value
  (2 128 400,00), not the rest after the advance (1 628 400,00), as sets F and G rule.
- The supply contract "14/26-П" prints its first specification on the same page. Its
  `total` is the contract price, which the specification repeats (2 146 600,00), not the
  30% advance.
- The Chinese commissioning acceptance certificate is an `act`, and its `total` is the
  value of the services it accepts (USD 12,800.00), not the machine's contract price
  (USD 186,400.00), as set Y rules for a milestone. The Russian customer is the buyer,
  and the supplier has no labels.
- The brick quality document (документ о качестве) and the EN 10204 type 3.1 inspection
  certificate are `other`. They are numbered "318" and "MC-26-07734" and dated by their
  date of issue, not by the dates of manufacture, tests or the order. They name no
  money, so `total` and `currency` are None, and they have no party labels.
- The translated UPD "397" is dated by its own date (March 19, 2026), not by the
  translation (April 6, 2026), whose registration number is not its number either.
- The fuel receipt is numbered "87" by its "ЧЕК №", not the shift or the fiscal
  document, and dated 18.03.26, not by the camera's next-day timestamp. It prints no
  currency mark and is labelled RUB, and it labels the seller's INN only.
- The Russian passport's number is "518204", printed on the page and sideways in the
  margin, and its date is the date of issue 21.09.2006. The Chinese passport's number is
  "EK4618293", and its date is the date of issue, printed "O5 NOV 2Ol9".
- The power of attorney "37" on form М-2 labels its principal with the INN, KPP,
  account and BIK it prints, as set I rules. The driver has no INN and no labels, and
  the supplier named with its INN has no role. The English power of attorney labels the
  forwarder as attorney with its INN and KPP. Neither names money, so `total` and
  `currency` are None.
- The claim letters and the reconciliation letter name the sums at stake, so their
  currencies are RUB and EUR, with `total` None and no party labels. They are numbered
  by their own references, not by the incoming stamp "Вх. № 206".
- The Bursa hotel folio is a `receipt` in Turkish lira, labelled TRY from "TRY" and
  "TL", numbered by its folio number "0048217" and dated by the departure and payment on
  14.03.2026, as set P rules. It has no party labels.
"""

from .holdout import HoldoutDocument


def load_holdout_z() -> list[HoldoutDocument]:
    """Return the set Z documents, Russian first, in a fixed order."""
    from .holdout_z_en import ENGLISH_DOCUMENTS_Z
    from .holdout_z_ru import RUSSIAN_DOCUMENTS_Z

    return [*RUSSIAN_DOCUMENTS_Z, *ENGLISH_DOCUMENTS_Z]
