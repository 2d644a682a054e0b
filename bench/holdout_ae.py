"""Set AE: bills, acts and papers of service providers as an accountant receives them.

The set has 28 Russian and 16 English documents of every built-in type. Invoices (8: 5
Russian, 3 English), acts (5: 4 and 1), UPD (5: 4 and 1) and payment orders (5: 4 and 1)
are the most numerous. Then come receipts (4: 2 and 2) and other papers (3: 2 and 1).
The set ends with two contracts, two waybills, two packing lists, two bank statements,
two passports, two powers of attorney and two letters, one of each type in each
language.

The sellers sell services to people and firms. They are clinics and a pharmacy, training
centres, hotels and event venues, a law firm and a notary, a real estate agency and a
property management company, and telecom and internet providers. Cleaning, security and
repair firms complete the list. The Russian invoices are a clinic's 1C invoice for
medical check-ups exempt from VAT (пп. 2 п. 2 ст. 149 НК РФ), a training centre's
invoice exempt as education (пп. 14), a hotel's seminar invoice with rooms at VAT 0% and
the hall at 22% on top less a prepayment, a management company's invoice for rent,
service charges and metered electricity with VAT included, and a telecom operator's
monthly invoice. The acts are a law firm's act with the opposing party's INN, a cleaning
act with VAT on top and a two-digit year ("31.03.26"), a security company's act and a
sole proprietor's repair act under the simplified tax system. The UPD are a pharmacy
wholesaler's status 1 UPD at 10% and 22%, an internet provider's status 2 UPD, an event
venue's banquet UPD and a real estate agency's commission UPD. The payment orders pay
the clinic on form 0401060, the rent from an internet bank, the training centre, and the
security company from a bank client's card. The rest are an agency contract (principal
and agent), a ТОРГ-12 of cleaning supplies, a packing list of hotel linen and a one-day
statement of the clinic's account. Then come a pharmacy's cash receipt, a notary's
receipt, a passport copied by a hotel, a power of attorney for the agency and a letter
on a higher service charge. Last are a certificate of paid medical services for a tax
deduction (КНД 1151156) and a certificate of further training. Several papers belong to
one deal. The clinic's invoice "КВ-000412", its payment "1846" and the statement "53"
follow one order of check-ups. The rent invoice "АР-0426/117", its payment "2291" and
the letter "214/УК" follow one tenant. The training invoice "УЦ-57/26" is paid by "715"
and the security act "ЩС-112" by "508". The agency contract "АН-2026/019", its power of
attorney "12-Д" and the commission UPD "КМ-26/041" follow one search for premises.

The English invoices are a London law firm's invoice in pounds outside the scope of UK
VAT and a Cypriot carrier's leased line invoice in US dollars. A Cypriot hotel's seminar
invoice in euros charges 9% and 19% and deducts a deposit. Then come a translated
cleaning act, a translated status 2 UPD of an internet provider, a sole proprietor's
translated rent payment (12-digit INN, no KPP) and an Estonian academy's training
agreement in euros. The rest are a rental firm's delivery note for event equipment, an
Austrian packing list for a Moscow event venue and a hotel's EUR account statement. Then
come a German hotel folio, a London dental receipt and an Irish passport with its
machine-readable zone. Last are a power of attorney for a law firm, a hotel's group
booking letter and a certificate of attendance.

What is hard: totals with VAT included or on top, several VAT rates in one document,
VAT-exempt services, and totals beside prepayments, deposits and balances due. Amounts
are also spelled in words, and dates take many forms ("«2» февраля 2026 г.", "31.03.26",
"24/04/2026", "17-Apr-2026", "Mar 9, 2026"). Numbers carry prefixes and slashes
("АР-0426/117", "AM/INV/2026/0148"). Some INNs belong to companies without a role, and
personal account numbers ("лицевой счет") are not bank accounts.

Fifteen documents imitate OCR of phone photos, faxes and poor scans and carry
`noisy=True`. The Russian ones are the training centre's invoice scan, the telecom
invoice photo, the security act scan (upper case), the repair act photo, the banquet UPD
scan, the commission UPD scan, the training payment scan, the ТОРГ-12 scan, the pharmacy
receipt photo and the passport scan (upper case). The English ones are the telecom
invoice fax, the cleaning act scan, the hotel folio photo, the passport scan (upper
case, with an intact machine-readable zone) and the certificate scan. They have
look-alike Latin and Cyrillic letters, O for 0, l for 1, З for 3 and б for 6, broken and
merged lines, table rules run into figures, stamp words run into the text, a fax header,
a camera timestamp and receiving stamps with their own dates. Labels keep the true
values.

Every company, person, address and requisite is invented. INNs, OGRNs, settlement and
correspondent accounts, IBANs and the machine-readable zone carry valid check digits.
Foreign VAT numbers and the fiscal numbers of the cash receipt follow only the usual
form. `expected` follows `bench.holdout`. A `total` is the document value with VAT.
Passports, powers of attorney, letters, packing lists and other papers label `total` as
None, and the statements and the delivery note have no `total` label. Powers of attorney
label their representative "attorney".
"""

from .holdout import HoldoutDocument


def load_holdout_ae() -> list[HoldoutDocument]:
    """Return the set AE documents, Russian first, in a fixed order."""
    from .holdout_ae_en import ENGLISH_DOCUMENTS_AE
    from .holdout_ae_ru import RUSSIAN_DOCUMENTS_AE

    return [*RUSSIAN_DOCUMENTS_AE, *ENGLISH_DOCUMENTS_AE]
