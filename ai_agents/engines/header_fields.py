"""The document number and the document date."""

import re
from datetime import date

from .context import LABEL_CHARS, DateHit, ExtractionContext
from .number_rules import (
    APPROVAL_LINE_RE,
    belongs_to_other_document,
    find_number_cell,
    find_reference,
    has_form_number_cells,
    trim_glued_word,
)
from .ocr_repairs import (
    CODE_DIGIT_LOOKALIKES,
    number_in_script,
    repair_number_digits,
)
from .payment_fields import swift_print_32a_block
from .signals import other_heading
from .taxonomy import OTHER
from .text import compile_folded, fold

# Title words that precede the number, per document type.
_TYPE_TITLE_WORDS = {
    "invoice": (
        r"сч[её]т(?:[- ]?фактура)?(?:\s+на\s+оплату)?|инвойс|invoice|facture|factuur|"
        r"rechnung|fattura|factura|faktura|(?:credit|debit)\s+(?:note|memo)|кредит-нота"
    ),
    "contract": r"договор\w*|контракт\w*|соглашение|contract|agreement",
    "act": (
        # The acceptance document of a state contract: "ДОКУМЕНТ О ПРИЕМКЕ № 18".
        r"акт\w*|документ\s+о\s+при[её]мке|certificate\s+of\s+(?:completion|acceptance)|"
        r"certificate\s+of\s+(?:services|works?)\s+(?:rendered|performed|completed)|"
        r"(?:completion|acceptance)\s+certificate|(?:acceptance|handover)\s+protocol|act"
    ),
    "payment_order": (
        r"пл[ао]т[её]жное\s+поручение|payment\s+order|заявление\s+на\s+перевод"
        r"|application\s+for\s+(?:foreign\s+currency\s+)?transfer"
    ),
    "receipt": (
        r"(?:кассовый\s+|товарный\s+)?чек|квитанция|receipt|bill(?!\s+(?:to|of)\b)"
        # A hotel's bill: "GUEST FOLIO / FATURA No: 0048217".
        r"|check(?=\s*#)|folio"
    ),
    "passport": r"паспорт|passport",
    "waybill": (
        r"(?:товарная\s+|транспортная\s+)?накладная|торг-12|cmr|waybill|b\s*/\s*l|"
        r"bill\s+of\s+lading|consignment\s+note|delivery\s+note"
        # An СМГС railway bill is numbered by its consignment: "НАКЛАДНАЯ СМГС
        # Отправка № 20716354", but "Отправка № 2 из 3" counts parts of a delivery.
        r"|смгс[^\n№]{0,60}?отправка(?=\s*№)"
    ),
    "letter": r"исх\.?|письмо|our\s+ref\.?",
    "upd": (
        r"сч[её]т[- ]?фактура|упд|передаточный\s+документ|"
        # A translated UPD names its invoice part "Invoice No. 504 dated ...".
        r"universal\s+transfer\s+document|(?:tax\s+)?invoice"
    ),
    "packing_list": r"упаковочный\s+лист|pack[il]ng\s+[il][il]st",
    "bank_statement": r"выписка\w*|statement",
    "power_of_attorney": r"доверенность|power\s+of\s+attorney",
    # Papers outside the built-in types: "ПРОТОКОЛ ИСПЫТАНИЙ № 1184-ЗН".
    "other": (
        r"протокол\w*|сертификат\w*|certificate(?:\s+of\s+[^\W\d_]+)?|справк[аи]"
        r"|декларац\w*|отч[её]т\w*"
        r"|реестр\w*"
        r"|report|заключени\w*|заявк[аи]"
        r"|(?:служебная|докладная)\s+записка|memo(?:randum)?|purchase\s+order"
        r"|remittance\s+advice|statement\s+of\s+account"
    ),
}
# A passport number quoted in another document is not that document's number, and
# the title words of other papers name papers that documents cite.
_GENERIC_TITLE_WORDS = "|".join(
    words
    for code, words in _TYPE_TITLE_WORDS.items()
    if code not in ("passport", "other")
)
# "No." as OCR also reads it: "No," and Cyrillic "Мо." before digits, and "№" read
# as a bare "N" after a title ("ПЛАТЕЖНОЕ ПОРУЧЕНИЕ N 1047") or as "Ne".
_NUMBER_SIGN = (
    r"(?:№|n[o°º](?!\w)[.,]?|\bмо\.?(?=[ \t]*[0-9])|\bn(?=[ \t]+[0-9])|nr\b\.?|#"
    # "Мо." with its dot before a code with a digit: "POWER OF ATTORNEY Мо. UV/5".
    r"|\bмо\.(?=[ \t]+[^\s]*[0-9])"
    # "№" read as "Ne" before a code with a digit: "СЧЕТ Ne CT.25.OO41", but not the
    # "NE" of a US street before an ordinal ("1200 NE 45th St").
    r"|\bne(?=[ \t]+[^\s]*[0-9])(?![ \t]+[0-9]+(?:st|nd|rd|th)\b)"
    r"|number|nummer|num\b\.?|номер)"
)
# OCR may read the S of a code as "$" ("М$К-0219") and put a space after a dash
# ("GB- 25/0318", "CRS- INV-260418"), so "$" after a letter and that space are
# taken when a digit follows in the same code. It also puts a space after a year's
# dot or before the dash after it ("Ф.2026. 00589", "SRL/EXP/RU/2026 -041").
_NUMBER_VALUE = (
    r"(?P<value>[^\W_](?:[\w/.-]|(?<=[^\W\d_])\$"
    r"|(?<=[^\W\d_]-) (?=[^\W_][\w/.-]{0,12}?[0-9])"
    r"|(?<=[0-9]{4}\.) (?=[0-9]{4,6}(?![\w/.-]))"
    r"|(?<=[0-9]{4}) (?=-[0-9]{2,4}(?![\w/.-])))*)"
)


# On the line below a title, a number after "Ref.", "Order" or "Договор" is that
# other paper's number ("INVOICE" over "Ref. No. PO-77   Invoice No. 5"). A copy's
# number ("Экземпляр № 1", "Copy No. 2") is passed over.
_COPY_NUMBER = r"(?:экземпляр|copy)[ \t]*(?:№|no\.?)[ \t]*[0-9]{1,2}\b"
_NEXT_LINE_GAP = (
    rf"(?:{_COPY_NUMBER}"
    r"|(?!(?:ref|order|po|заказ|договор|contract|экземпляр|copy)\b)[^\n№#])"
)
_SAME_LINE_GAP = rf"(?:{_COPY_NUMBER}|(?!(?:экземпляр|copy)\b)[^\n№#])"
# Another column after the title on its line: "Транспортная накладная      Заказ
# (заявка)" over "Дата 19.11.2025   № 2025-11/0874   Дата 17.11.2025   № 5517".
# It has no digit, so "INVOICE      Page 1 of 1" is no such column. The gap is
# possessive, so a long run of spaces is crossed once.
_TITLE_LINE_COLUMN = r"(?:[ \t]{3,}+[^\n0-9№#]{0,60})?"


def _title_number_pattern(title_words: str) -> re.Pattern[str]:
    """Compile a pattern for a title word followed by a number sign and the number.

    The sign follows within 50 characters on the title's line ("АКТ СДАЧИ-ПРИЕМКИ
    ВЫПОЛНЕННЫХ РАБОТ № 3"), or within 60 characters on the next line when the title
    ends its line or its column ("ТРАНСПОРТНАЯ НАКЛАДНАЯ" over "Дата 12.03.2024   №
    5521"). A copy's number ("Экземпляр № 2") is passed over.
    """
    return compile_folded(
        rf"(?<![\w/])(?:{title_words})"
        rf"(?:[^\w\n№#]{_SAME_LINE_GAP}{{0,50}}?"
        rf"|{_TITLE_LINE_COLUMN}[^\w\n№#]{{0,4}}\n{_NEXT_LINE_GAP}{{0,60}}?)?"
        # A ruled box puts the number in the next cell: "| Invoice no. | 2025-0193 |".
        # OCR may read "No.:" as "№.:".
        rf"{_NUMBER_SIGN}\s*(?:[:.]|\.:)?\s*#?\s*(?:\|[ \t]*)?{_NUMBER_VALUE}"
    )


# "Ref. No. 2024/311" numbers a letter. Other types may cite a customer's reference
# the same way, so only letters read it. "Your ref.: order No. 4" quotes the
# addressee's number.
_OWN_TITLE_WORDS = {
    **_TYPE_TITLE_WORDS,
    "letter": rf"{_TYPE_TITLE_WORDS['letter']}|(?<!your\s)ref\.",
}
_TYPE_TITLE_NUMBER_RES = {
    code: _title_number_pattern(words) for code, words in _OWN_TITLE_WORDS.items()
}
_TITLE_NUMBER_RE = _title_number_pattern(_GENERIC_TITLE_WORDS)
# A title whose number sign ends its line, the first caption of a stack.
_STACKED_TITLE_RES = {
    code: compile_folded(rf"(?m)^[ \t]*(?:{words})[ \t]*(?:№|no\.?)[ \t]*\n")
    for code, words in _TYPE_TITLE_WORDS.items()
}
# A title caption in a stack of form cells (see `stacks`): "ПЛАТЕЖНОЕ ПОРУЧЕНИЕ №",
# "Invoice #".
_STACKED_CELL_TITLE_RES = {
    code: compile_folded(
        rf"[ \t]*(?:{words})[ \t]*(?:№|no\.?|#|number|номер)[ \t]*:?[ \t]*"
    )
    for code, words in _TYPE_TITLE_WORDS.items()
}
# A BIK or an account, printed under a bank block's "Счет №" caption.
_BANK_CODE_RE = re.compile(r"04[0-9]{7}|[0-9]{20}")
# The other captions of the stack, one per line, and the value line of a number.
_STACKED_CAPTION_RE = compile_folded(
    r"[ \t]*(?:от|дата|date|dated|of|исправление[ \t]*№|№|no\.?)[ \t]*"
)
_STACKED_VALUE_RE = compile_folded(
    r"[ \t]*(?P<value>(?=[^\s]*[0-9])[^\W_][\w/.-]*)[ \t]*"
)
# Words of a paper cited on the title's line: "АКТ к договору № б/н от ...".
_CITED_PAPER_WORDS = (
    r"\b(?:договор\w*|контракт\w*|заказу?|contract|agreement|order|к)\b"
)
_UNNUMBERED_TITLE_RES = {
    code: compile_folded(
        rf"(?<![\w/])(?:{words})(?:(?!{_CITED_PAPER_WORDS})[^\n№#]){{0,50}}?"
        r"№[ \t]*б/н\b"
    )
    for code, words in _TYPE_TITLE_WORDS.items()
}
# A letter's own reference opening a line without a number sign: "Ref.: BOP/2025/118".
_LETTER_REFERENCE_RE = compile_folded(
    rf"(?m)^[ \t]*(?:our\s+)?ref(?:erence)?\.?[ \t]*:[ \t]*{_NUMBER_VALUE}"
)
# "Ref. YZE/OUT/2026-114" without a colon, which a body line may also say ("Our
# ref. 512/FIN" under the salutation), so it is less certain.
_LETTER_REFERENCE_DOT_RE = compile_folded(
    rf"(?m)^[ \t]*(?:our\s+)?ref(?:erence)?\.[ \t]*{_NUMBER_VALUE}"
)
_SIGN_NUMBER_RE = compile_folded(
    rf"(?:№|\bn[o°º](?!\w)[.,]?|\bмо\.?(?=[ \t]*[0-9]))\s*[:.]?\s*{_NUMBER_VALUE}"
)
# An air waybill number is the airline's 3-digit prefix and 8 digits, printed beside
# the title: "880-48201731 AIR WAYBILL", "Air Waybill No. 880 4820 1731".
_AWB_NUMBER = r"(?P<value>(?<![0-9])[0-9]{3}[- ]?[0-9]{4}[ ]?[0-9]{4})(?![0-9])"
_AIR_WAYBILL_BEFORE_RE = compile_folded(rf"{_AWB_NUMBER}(?=[ \t]+air[ \t]*waybill)")
_AIR_WAYBILL_AFTER_RE = compile_folded(
    rf"\bair[ \t]*waybill\b[^\n0-9]{{0,30}}{_AWB_NUMBER}"
)
# The form also prints the number alone at the start of its first line, with the
# title further down: "617-48173624     617 FRA 48173624".
_AIR_WAYBILL_CORNER_RE = compile_folded(rf"\A\s*{_AWB_NUMBER}(?=[ \t]|$)")
_AIR_WAYBILL_TITLE_RE = compile_folded(r"\bair[ \t]*waybill\b")
# A courier's tracking number of 10 to 12 digits, which its waybill prints in
# groups: "EXPRESS WAYBILL No. 5127 4409 83".
_EXPRESS_WAYBILL_RE = compile_folded(
    r"\b(?:express|courier)[ \t]+waybill\b[^\n0-9]{0,30}"
    r"(?P<value>(?<![0-9])[0-9]{4}[ ]?[0-9]{4}[ ]?[0-9]{2,4})(?![0-9])"
)
# The captions of an SAP print's own number, with the number after a gap on the
# caption's line, so that a column of listed documents gives none.
_SAP_NUMBER_RES = {
    code: compile_folded(
        rf"(?m)(?:^[ \t]*|(?<=[ \t]{{3}})){caption}[ \t]{{2,}}"
        # SAP numbers its documents with 8 to 10 digits, longer than a postcode.
        r"(?P<value>[0-9][0-9olз]{7,9})(?![\w,.])"
    )
    for code, caption in (
        ("invoice", r"billing\s+document"),
        ("waybill", "delivery"),
        ("packing_list", "delivery"),
        (OTHER, r"payment\s+document"),
    )
}
# The number under which a machine-readable power of attorney is registered:
# "Единый регистрационный номер доверенности: 1a432f0a-7daa-...".
# A company's entry in a register ("Registration number: HRB 187342 B") is no such
# number, so the label must contain "единый", "unique" or "доверенности".
_REGISTRATION_NUMBER_RE = compile_folded(
    r"(?m)^[ \t]*(?:(?:единый|unique)[ \t]+(?:регистрационный[ \t]+номер"
    r"(?:[ \t]+доверенности)?|registration[ \t]+number)"
    r"|регистрационный[ \t]+номер[ \t]+доверенности)[ \t]*:[ \t]*" + _NUMBER_VALUE
)
# The number label of a certificate, which names the paper itself.
_CERTIFICATE_NUMBER_RE = compile_folded(
    r"(?m)^[ \t]*номер[ \t]+(?:справки|удостоверения|сертификата|свидетельства)"
    r"[ \t]*:?[ \t]*" + _NUMBER_VALUE
)
# A register's record of a vehicle's electronic passport (ЭПТС) or of a veterinary
# certificate (ВСД). A paper headed with its own number ("ДОКУМЕНТ О КАЧЕСТВЕ №
# 318") may cite such a record.
# OCR's "N2" for the number sign on the heading of a paper of no built-in type:
# "СУТОЧНЫЙ РАПОРТ БУРОВОГО МАСТЕРА N2 38". Elsewhere "N2" may be a vehicle class.
_HEADING_N2_NUMBER_RE = compile_folded(rf"\bn2[ \t]+(?=[0-9]){_NUMBER_VALUE}")
_RECORD_NUMBER_RE = compile_folded(
    r"(?m)^[ \t]*номер[ \t]+(?:электронного[ \t]+паспорта|эптс|всд)"
    r"[ \t]*:?[ \t]*" + _NUMBER_VALUE
)
_HASH_NUMBER_RE = re.compile(rf"(?m)^[ \t]*#[ \t]*{_NUMBER_VALUE}")
# A key-value row that numbers the paper by its own type: "Номер акта     9",
# "| Номер счета | 231 |", "Invoice number: 118". The value follows a colon, a cell
# rule or a column gap.
_OWN_NUMBER_WORDS = {
    "invoice": r"(?:номер|№)[ \t]+(?:сч[её]та|инвойса)|invoice[ \t]+(?:number|no\.?)",
    "act": r"(?:номер|№)[ \t]+акта|(?:act|certificate)[ \t]+number",
    "upd": r"(?:номер|№)[ \t]+(?:упд|сч[её]та-фактуры)",
    "waybill": r"(?:номер|№)[ \t]+(?:накладной|тн|ттн)|waybill[ \t]+number",
    "payment_order": r"(?:номер|№)[ \t]+(?:платежного[ \t]+)?поручения",
    "bank_statement": r"(?:номер|№)[ \t]+выписки|statement[ \t]+number",
    "power_of_attorney": r"(?:номер|№)[ \t]+доверенности",
    "packing_list": r"(?:номер|№)[ \t]+упаковочного[ \t]+листа",
    # A Russian certificate's "Номер справки" is read by _CERTIFICATE_NUMBER_RE.
    "other": r"(?:estimate|quotation|quote|proposal)[ \t]*(?:#|no\.?|number)",
}
_OWN_NUMBER_RES = {
    code: compile_folded(
        # The lookahead checks the separator once and the blanks are taken
        # possessively, because overlapping runs of blanks backtracked cubically.
        rf"(?m)^[ \t|]*+(?:{words})(?=[ \t]*+[:|]|[ \t]{{2}})[ \t]*+[:|]?[ \t|]*+"
        + _NUMBER_VALUE
    )
    for code, words in _OWN_NUMBER_WORDS.items()
}
# The sender's reference of a SWIFT transfer, field 20, with or without its caption:
# ":20:KTI260302-01", ":20:  Transaction reference   GAM-57/2025", or the caption
# alone on the tag's line and the value on the next one.
# A bank system's print of the message may drop the tag's first colon and indent
# the value under the caption: "20: Sender's Reference" over "    ERS2604071187".
_SWIFT_REFERENCE_RE = compile_folded(
    r"(?m)^(?::|[ \t]*(?=20:[ \t]*[^\W\d_]))20:[ \t]*"
    r"(?:[^\W\d_][^\n:0-9]{0,40}?(?:[ \t]{2,}|[ \t]*:[ \t]*|[ \t]*\n[ \t]*))?"
    + _NUMBER_VALUE
)
# A number sign that opens its line numbers the document ("No.: NHF-PL-250307"
# under "PACKING LIST", above "Invoice No.: ..."), unless a caption in lower case
# on the line above names what it numbers ("Container" over "No.: MSKU1234567").
# A bank form may put its field's code first: "(3) Номер: 388".
# A bare "Номер:" counts only after such a code, because a passport's details in
# another paper print "Серия: 92 14" over "Номер: 583021".
_LINE_SIGN_NUMBER_RE = compile_folded(
    r"(?m)^[ \t]*(?:\([0-9]{1,3}\)[ \t]*(?:№|no\.?|number|номер)|№|no\.?|number)"
    r"[ \t]*:[ \t]*" + _NUMBER_VALUE
)
# A number that a patent or a certificate prints in digit groups: "5024 26 0001873".
_GROUPED_DIGITS = r"[0-9]{2,6}(?: [0-9]{2,8}){1,3}"
# A line of its own with the number sign and the number, under a heading: "№ 5024 26
# 0001873". English headings print "No." alone under the title: "No. KN-CA-26017".
_LONE_SIGN_LINE_RE = compile_folded(
    rf"(?m)^[ \t]*(?:№|no\.)[ \t]*(?P<value>{_GROUPED_DIGITS}"
    r"|[^\W_][\w/.-]*)[ \t]*$"
)
# How many lines from the top such a line numbers the paper before a title that
# cites another paper below it.
_HEADING_LINES = 3
# A certificate's number printed in digit groups that end its heading's line or
# stand before its date: "VETERINARY CERTIFICATE No. 23 2026 041873 dated ...".
_GROUPED_SIGN_NUMBER_RE = compile_folded(
    rf"(?:№|\bno\b\.?)[ \t]*(?P<value>{_GROUPED_DIGITS})"
    r"(?=[ \t]*$|[ \t]+(?:dated|of|от)\b)",
    re.MULTILINE,
)
# A caption of one to three words without digits.
_SHORT_CAPTION_RE = re.compile(r"[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}[ \t:]*")
# A title that opens its line and is followed by a code without a number sign:
# "INVOICE  RE-25-04418". The code must have a digit and a dash or slash.
# Only the document's own type title counts, so an invoice cited in a waybill's
# goods table ("INVOICE UK-E-2024/015") does not number the waybill.
# A code may open with a group of 3 or more digits ("INVOICE 2025-0847") unless it
# is a date. A shorter group is a shift or a part ("ЧЕК 87/2"), and a letter's
# reference ("Our ref. 512/FIN") is not a title, so its code opens with a letter.
_DIGIT_OPENING = (
    r"(?:[^\W\d_]|(?=[0-9]{3,}[-/])(?![0-9]{4}[-/][0-9]{1,2}[-/][0-9]{1,2}(?![0-9]))"
    r"[0-9])"
)
_TITLE_CODE_RES = {
    code: compile_folded(
        rf"(?m)^[ \t|]*+(?:{words})(?:[ \t]*+:[ \t]*+|[ \t]++)"
        r"(?P<value>(?=[\w/.-]*[0-9])(?=[\w/.-]*[-/])"
        + (r"[^\W\d_]" if code == "letter" else _DIGIT_OPENING)
        + r"[\w/.-]*[0-9a-z])(?![\w/.-])"
    )
    for code, words in _TYPE_TITLE_WORDS.items()
}
# An all-digit number right after the title word, without a number sign, where the
# paper's date follows it ("Счет 7781 от 02.03.2024", "Invoice 7781 dated ...",
# "Receipt 004417      14/02/2025 12:41") or a colon sets it apart ("Invoice:
# 7781"). A year alone or an account does not qualify.
_TITLE_DIGITS_RES = {
    code: compile_folded(
        rf"(?m)^[ \t|]*+(?:{words})(?:[ \t]*+(?P<colon>:)[ \t]*+|[ \t]++)"
        r"(?P<value>[0-9]{1,10})"
        # After a colon, at most 8 digits and nothing glued to them.
        r"(?(colon)(?<![0-9]{9})(?![\w/.-])"
        r"|(?=[ \t]+(?:от|dated|of|from)\b"
        r"|[ \t]{2,}(?:[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2,4}"
        r"|[0-9]{4}-[0-9]{2}-[0-9]{2})(?![0-9])))"
    )
    for code, words in _TYPE_TITLE_WORDS.items()
    if code != "letter"
}
# A receipt without a numbered title is identified by its booking, order or
# transaction ID, which may be on the line below its label.
_RECEIPT_ID_LABEL = (
    r"\b(?:booking|reservation|order|trans(?:action)?\b|номер\s+заказа|заказ)"
    rf"[ \t]*(?:id\b|{_NUMBER_SIGN})?"
)
_RECEIPT_ID_RE = compile_folded(
    rf"{_RECEIPT_ID_LABEL}[ \t]*[:.]?\s*#?[ \t]*{_NUMBER_VALUE}"
)
# A cash register receipt prints its own number as "ЧЕК: 87" or "Номер чека 87".
_CHECK_NUMBER_RE = compile_folded(
    r"\b(?:чек|номер\s+чека)[ \t]*(?:№|n[o°º]\.?)?[ \t]*[:.]?[ \t]*"
    r"(?P<value>[0-9]{1,10})(?![\w/.,])"
)
# A label opening a row of captions has its value opening the row below it:
# "Booking ID Payment Mode" over "IBZY2087 Cash at Hotel".
_RECEIPT_ID_BELOW_RE = compile_folded(
    rf"(?m)^[ \t]*{_RECEIPT_ID_LABEL}[^\n]*\n[ \t]*#?[ \t]*{_NUMBER_VALUE}"
)
# A number printed as a short letter series and a coded part: "F 1234K20/1234/12",
# "A 2025 0418733" (groups of 4 or more digits, the last not a year before "г."). A
# last group of 2 or 3 digits must end the cell: "SG 7731 0482 19".
_SERIES_RE = compile_folded(
    r"(?P<series>[^\W\d_]{1,3}) (?=[\w/.-]*\d)[\w/.-]+"
    r"(?: [0-9]{4,}(?![\w.,/-]| ?(?:г\b|год)))*"
    r"(?: [0-9]{2,3}(?=[ \t]{2,}|[ \t]*(?:\n|\Z)))?"
)
_PREFIX_WORD_RE = re.compile(r"[^\W_]")
_ORDINAL_RE = re.compile(r"[0-9]+(?:st|nd|rd|th)")
_DATED_AFTER_RE = compile_folded(r"[ \t]+(?:dated|of|от|from)\b")
# Words that follow an empty number sign and are not a series: "Счет № от ...".
_NOT_SERIES = frozenset(
    fold(word) for word in ("от", "of", "to", "на", "за", "для", "по", "и", "and", "no")
)

_DATE_OF_INVOICE_RE = compile_folded(r"\bdate\s+of\s+(?:the\s+)?invoice\s*[:.]?\s*$")
_INVOICE_TYPES = frozenset({"invoice", "upd"})
_DATE_LABEL_RE = compile_folded(
    # "Place and date of issue: SHANGHAI, 06 NOV 2025" names the place first.
    r"\b(?:place\s+and\s+date\s+of\s+issue|место\s+и\s+дата\s+(?:выдачи|составления))"
    r"\s*:?\s*[^\W\d_][^\n0-9:]{0,30}?,\s*$"
    r"|(?:\b(?:invoice\s+date|date\s+of\s+issue|issue\s+date"
    # A certificate's closing line: "Issued in Limassol on 3 December 2025".
    r"|issued\s+(?:in\s+[^\W\d_][^\n0-9,]{0,30}?\s+)?on"
    # "Дата выдачи патента:", "Дата выдачи доверенности:".
    # "Дата представления справки:", "Дата заполнения заявления:".
    # The closing line of a certificate: "Свидетельство выдано «17» марта 2026 г.".
    r"|(?:свидетельство|сертификат|удостоверение|справка)\s+выдан[аоы]?"
    r"|дата\s+(?:документа|составления|счета|акта|накладной|выписки|доверенности"
    # A railway bill is dated by the acceptance of the freight for carriage.
    r"|при[её]ма\s+груза(?:\s+к\s+перевозке)?"
    # ... or by "Прием груза к перевозке:" without the word "дата".
    r"|(?:выдачи(?!\s+груза)|представления|заполнения)"
    r"(?:\s+[^\W\d_]+)?"
    # "Дата оформления электронного паспорта:", a register's record of a paper.
    r"|оформления(?:\s+[^\W\d_]+){0,2})|"
    r"factuurdatum|rechnungsdatum|date\s+de\s+facturation|data\s+wystawienia|date|дата|"
    r"datum)|\bот|\bпри[её]м\s+груза\s+к\s+перевозке)\s*[:.]?\s*$"
)
_RANGE_DASH_RE = re.compile(r"[ \t]*[-–—][ \t]*")
# "Дата формирования справки:", "Дата формирования выписки из ЕГРЮЛ".
_FORMED_LABEL_RE = compile_folded(r"\bдата\s+формирования(?:\s+[^\W\d_]+)?\s*[:.]?\s*$")
# The first day of a stay: "Arrival 28.11.2025", "Дата заезда:". The word must
# stand right before the date, so "ARRIVAL NOTICE No. 12 dated" does not count.
_STAY_START_RE = compile_folded(
    r"\b(?:arrival|check[- ]?in|(?:дата\s+)?заезда?)(?:\s+date)?\s*[:.]?\s*$"
)
_NEGATIVE_DATE_RE = compile_folded(
    r"\b(?:(?:due|order|delivery|ship\w*|expiry|expiration|birth|payment|start|end|"
    r"maturity|repayment|termination|check[- ]?(?:in|out))\s+date|"
    r"date\s+of\s+(?:birth|expiry)"
    r"|дата\s+(?:рождения|окончания|оплаты|поставки|отгрузки|погашения|выработки"
    # The delivery of a railway bill's freight at the destination.
    r"|изготовления|производства|выдачи\s+груза|прибытия)"
    r"|(?:manufactur\w*|production)\s+date|"
    r"срок\w*|orderdatum|vervaldatum|действ\w+\s+до|due\s+on|по\s+требованию|"
    r"valid\s+(?:until|through)|until|expir\w*)\b"
)

# A caption over a date cell, at the start of the cell: "Дата составления",
# "Date of issue/Date de délivrance (7)".
# A caption in another language before the English one: "签发日期/Date of issue",
# "Veriliş Tarihi / Date of Issue". It has a letter outside Latin and Cyrillic, so
# that "Order No./Date" stays a caption of another field.
FOREIGN_CAPTION = (
    r"(?:(?:[^\x00-\u04ff\n/|]{1,20}|[^\n/|]{0,20}[^\x00-\x7f\u0400-\u04ff\n/|]"
    r"[^\n/|]{0,20})/[ \t]*)?"
)
# A travel document may give a caption in two other languages first ("Myontamispaiva
# / Utfardandedatum / Date of issue"); with the words of a passport's dates, any
# such captions count.
_TRANSLATED_CAPTIONS = r"(?:[^\n/|]{1,30}/[ \t]*){1,3}"
_DATE_CAPTION_RE = compile_folded(
    r"[ \t|]*(?:"
    + _TRANSLATED_CAPTIONS
    + r"(?:date\s+of\s+issue|issue\s+date)\b|"
    + FOREIGN_CAPTION
    + r"(?:invoice\s+date|date\s+of\s+issue|issue\s+date|"
    r"дата\s+(?:документа|составления|счета|выдачи)|date|дата)\b)"
)
_NEGATIVE_CAPTION_RE = compile_folded(
    r"[ \t|]*(?:"
    + _TRANSLATED_CAPTIONS
    + r"(?:date\s+of\s+(?:birth|expiry)|expiry\s+date)\b|"
    + FOREIGN_CAPTION
    + r"(?:date\s+of\s+(?:birth|expiry|expiration)|expiry|expiration|"
    r"дата\s+(?:рождения|окончания)|срок\w*|действ\w+\s+до|valid)\b)"
)
# The date of a law or a decree that a paper cites: "ст. 94 Федерального закона от
# 05.04.2013 № 44-ФЗ", "Постановления Правительства РФ от 30.09.2019 № 1279".
# A resolution's own title ("ПОСТАНОВЛЕНИЕ № 12 от") is in the nominative, a cited
# one in another case. A law is always cited, as "Федеральный закон от" too.
_LAW_BEFORE_RE = compile_folded(
    r"\b(?:(?:федеральн\w+\s+)?закон\w*|постановлени(?:я|ю|ем|и)"
    r"|указ\w*\s+президента|federal\s+law)\b"
    # The citation may wrap: "изложенной в Постановлении" over "Правительства РФ от".
    r"(?:[^\n]|\n(?![ \t]*\n)){0,60}?\bот\s*\Z"
)
_LAW_WINDOW = 120
# How far back on its line an approval line's words may precede a date.
_APPROVAL_WINDOW = 200
# The place of signing before a date: "г. Москва", "город Самара", "Moscow,".
_PLACE_LINE_RE = compile_folded(
    r"[ \t]*(?:г\.|город)[ \t]*[^\W\d_][^\n0-9]{0,40}?(?:[ \t]{2,}|,[ \t]*)"
)
_PLACE_CELL_RE = compile_folded(
    r"(?<![ \t])[ \t]{3,}+(?:г\.|город)[ \t]*[^\W\d_][^\n0-9]{0,40}?"
    r"(?:[ \t]{2,}|,[ \t]*)\Z"
)
# A line with only a place name before the date: "Koeln, ", "Нижний Новгород, ".
_CITY_LINE_RE = compile_folded(
    r"[ \t]*(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)\b)"
    r"[^\W\d_]{3,30}(?:[ -][^\W\d_]{2,30})?,[ \t]*"
)
# A place, or the two places of parties in two countries, before a column gap:
# "Kazan / Novi Sad        13 March 2026".
_CITY_GAP_LINE_RE = compile_folded(
    r"[ \t]*(?!(?:expiry|expires|deadline|birth|born|delivery|shipment|payment"
    r"|period|срок|оплат\w*|доставк\w*|отгрузк\w*|поставк\w*)\b)"
    r"[^\W\d_]{3,30}(?:[ -][^\W\d_]{2,30})?"
    r"(?:[ \t]*/[ \t]*[^\W\d_]{3,30}(?:[ -][^\W\d_]{2,30})?)?[ \t]{3,}"
)
_LINE_END_RE = re.compile(r"[ \t.]*(?:\n|$)")
# "Shipped, 14.11.2025", "Printed, ...", "Incident Reported": words for an event,
# not a place. The first pattern reads a line's first word, the second any word.
_EVENT_WORDS = (
    r"(?:[^\W\d_]{3,}ed|due|date|dated|paid|sent|period|valid|from|until|till"
    r"|issued|printed|reported|отгружено|получено|оплачено|распечатано)\b"
)
_EVENT_WORD_RE = compile_folded(r"[ \t]*" + _EVENT_WORDS)
_EVENT_ANY_RE = compile_folded(r"\b" + _EVENT_WORDS)
# A bank statement is dated by the day it covers: "Выписка по счету ... за 18.03.2024".
_STATEMENT_DAY_RE = compile_folded(r"\b(?:за|for)\s*$")
# "Доверенность выдана 10.04.2024": the day a power of attorney is issued.
_ATTORNEY_ISSUE_RE = compile_folded(r"\bдоверенность\s+выдана\s*$")
# A date after "№ 12 от" dates the numbered document, which is another one unless
# the number is the document's own.
# The number sign may be missing before a code of letters and digits: "delivery
# note LS-80011472 of 21.03.2025", "invoice RE 2025 00388 of 25.03.2025". A bare
# number without the sign ("Счет 125 от ...") is not taken as cited.
_CITED_NUMBER_RE = compile_folded(
    r"(?:(?:№|\bno\b\.?|#|\bnr\b\.?|\bмо\b\.?)[ \t]*(?P<number>[^\s№#]+)"
    r"|(?<=[ \t])(?P<code>(?=[^\s№#]*[0-9])[^\s№#]*[^\W\d_][^\s№#]*"
    r"|[^\W\d_]{1,4}(?:[ ][0-9]{3,})+))"
    r"\s+(?:от|of|dated|from)\s*$"
)
# The name of a paper right before its code, and each type's own title words.
_PAPER_NAME_BEFORE_RE = compile_folded(
    rf"(?P<name>{_GENERIC_TITLE_WORDS}|ref\.?|order|заказ\w*|cmr)[ \t]*:?[ \t]*$"
)
_TYPE_TITLE_WORD_RES = {
    code: compile_folded(rf"(?:{words})") for code, words in _TYPE_TITLE_WORDS.items()
}
# The wrapped end of an approval line may keep the approving body's last words:
# "Утверждена постановлением Госкомстата" over "России от 30.10.97 № 71а".
_FROM_ONLY_RE = compile_folded(r"[ \t]*(?:[^\W\d_]+[ \t]+){0,3}?(?:от|of|dated)[ \t]*")
# The ends of a period: "с 01.03.2025 по 31.03.2025", "from ... to ...".
_PERIOD_START_RE = compile_folded(r"\b(?:с|from)\s*$")
_PERIOD_END_AFTER_RE = compile_folded(
    r"[ \t]*(?:г\.|года)?[ \t\n]{0,3}(?:по|to|till|until)[ \t\n]{1,3}"
    r"(?=[0-9«\"]|[^\W\d_]{3,9}[ \t]+[0-9])"
)
_RANGE_END_AFTER_RE = re.compile(
    r"[ \t]*[-–—][ \t]*[0-9]{1,4}[./-][0-9]{1,2}[./-][0-9]{2,4}"
)
# The words or signs between the two dates of a period: a dash, "to" or "по".
_RANGE_GAP_RE = compile_folded(r"[ \t]*(?:-|–|—|\bto\b|\bпо\b|\btill\b)[ \t]*")
_PERIOD_END_RE = compile_folded(
    r"\b(?:с|from)\s+[0-9][^\n]{5,24}?\s(?:по|to|till|until)\s*$"
)
# The blanks are possessive, so that a long run of them is crossed once.
_BIRTH_AFTER_RE = compile_folded(r"\s*+(?:года|г\.)?\s*+(?:рождения|р\.)|\s*+\(?born\b")
# In documents other than passports, a date shortly after "паспорт" is the passport's
# issue date or its holder's birth date.
# NOTE: the 120-character window is an estimate. A document's own date that close
# after a quoted passport is used only when no other date is found.
# A "паспорт качества" or "паспорт изделия" certifies a product, and an electronic
# passport (ЭПТС) a vehicle, not a person.
_PASSPORT_WORD_RE = compile_folded(
    r"(?<!электронного\s)(?<!электронный\s)"
    r"\b(?:паспорт\w*|passport)\b(?!\s+(?:качества|изделия|продукции|объекта"
    r"|транспортного))"
)
_PASSPORT_WINDOW_CHARS = 120
# A packing list or waybill dated only by its shipment uses the ship date.
_SHIP_DATE_RE = compile_folded(
    r"\b(?:ship(?:ping|ment|ped)?\s+date|delivery\s+date|дата\s+(?:отгрузки|поставки))"
    r"\s*[:.]?\s*$"
)
_SHIPPING_TYPES = frozenset(("packing_list", "waybill"))
_PAYMENT_DATE_RE = compile_folded(r"payment\s+date|дата\s+оплаты")
_NEXT_PAYMENT_RE = compile_folded(
    r"\b(?:next|upcoming|due|следующ\w*)\s+(?:payment\s+date|дата\s+оплаты)"
)
_PAYMENT_ADVICE_RE = compile_folded(
    r"\b(?:remittance|payment)\s+advice\b|\bуведомление\s+о\s+(?:платеже|переводе)"
)
# The time after a transmission line's date, and that line's words.
_TIME_AFTER_RE = re.compile(r"[ \t,]{1,3}[0-2o]?[0-9o]:[0-5o][0-9o]\b")
_TRANSMISSION_WORDS_RE = compile_folded(
    r"\b(?:fax|факс|from:|от:)|\bp\.[ \t]*[0-9]+[ \t]*/[ \t]*[0-9]+"
    r"|\bpage\s+[0-9]+\s+of\b"
)

# A stamp on the paper dates its receipt, payment or execution, not the paper:
# "RECEIVED 24.03.2025", "ОПЛАЧЕНО 18.03.2025", "Вх. № 118 от 21.03.2025".
# A receiving stamp may name the office and its entry number before the date:
# "ВХОДЯЩИЙ ОП «НОВОРОССИЙСК» ООО «АЗЭК» № 0914 16.03.2026".
_STAMP_BEFORE_RE = compile_folded(
    r"\b(?:received|accepted|executed|certified|получено|принято|исполнено|проведено"
    r"|оплачено|вх\.?(?:[ \t]*№[ \t]*\S+)?[ \t]+от"
    r"|входящ\w*\b[^\n]{0,60}?(?:№|no\b\.?)[ \t]*[0-9]\S*)[ \t]*:?[ \t]*$"
)
# The registration number of a customs declaration of the Eurasian Economic Union:
# the customs post's code, the date (DDMMYY) and a serial, "10504110/200325/3041876".
# It numbers a declaration whose heading opens a line near the top; other papers
# only cite it.
_CUSTOMS_HEADING_RE = compile_folded(
    r"(?m)^[^\w\n]*(?:таможенная\s+)?декларация\s+на\s+товары"
    r"|^[^\w\n]*(?:customs\s+(?:goods\s+)?declaration)"
)
_CUSTOMS_NUMBER_RE = re.compile(
    r"(?<![\w/])(?P<value>[0-9]{8}/[0-3][0-9][01][0-9]{3}/[0-9]{7})(?![\w/])"
)
_HEADING_INDENT = " \t|*=-_#"
_DATE_NEAR_NUMBER_CHARS = 120
_DATE_START_RE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
_CELL_GAP_RE = re.compile(r"[ \t]*\|[ \t]*|[ \t]{2,}")
_ENDS_WITH_CELL_GAP_RE = re.compile(r"(?:[ \t]*\|[ \t]*|[ \t]{2,})$")


def _number_under_heading(
    context: ExtractionContext, heading_end: int
) -> tuple[dict, int] | None:
    """Return the number that opens the line under a heading: "DELIVERY ORDER" over
    "No. DO-SPB-260330-0117        Date: 30 March 2026"."""
    match = _OPENING_SIGN_RE.match(context.text, heading_end)
    if match is None:
        return None
    line_end = context.document.line_end(match.end())
    return _first_number(
        context, ((_SIGN_NUMBER_RE, match.start("sign"), line_end, 0.8),)
    )


# The date may come first: "ПРОТОКОЛ ПОДВЕДЕНИЯ ИТОГОВ" over "от 09.02.2026 №ИЭА1".
_OPENING_SIGN_RE = compile_folded(
    r"\n[ \t]*(?:(?:от|dated|of)[ \t]+[0-9][0-9./-]{5,9}[ \t]+)?(?P<sign>№|no\b\.?|#)"
)


def find_number(context: ExtractionContext) -> tuple[dict, int] | None:
    """Find the document number, preferring one after the type's title near the top.

    Returns the field and the offset in the normalized text where the number ends.
    """
    own = _TYPE_TITLE_NUMBER_RES.get(context.document_type, _TITLE_NUMBER_RE)
    top, length = context.top_end, len(context.text)
    cell = find_number_cell(context)
    if cell is not None and has_form_number_cells(context):
        # A unified form's "Номер документа" cell numbers the form itself, while a
        # title with a number above it may be a cited paper ("Транспортная
        # накладная номер 1193-ТН" over a ТОРГ-12).
        found = _spanned_number(context, *cell, 0.9)
        if found is not None:
            return found
    cover_end = _cover_end(context)
    if cover_end:
        # An e-mail's subject names the document it carries ("Тема: Счет № 57"),
        # and the document's own title follows the message on a line of its own.
        # A title cited inside the message ("This invoice replaces Invoice No.
        # 5698") is another paper's.
        found = _first_number(
            context, ((own, cover_end, length, 0.9),), opens_line=True
        )
        if found is not None:
            return found
        # A grid or a form cell of the document numbers it before the subject does.
        cell = find_number_cell(context)
        if cell is not None and cell[0] >= cover_end:
            found = _spanned_number(context, *cell, 0.85)
            if found is not None:
                return found
    heading = None
    if context.document_type == OTHER:
        heading = other_heading(context.document)
        # A certificate's own number label: "Номер справки: 000127".
        found = _first_number(context, ((_CERTIFICATE_NUMBER_RE, 0, top, 0.85),))
        if found is not None:
            return found
    if heading is not None:
        # The heading of a paper of no built-in type numbers it ("ДОКУМЕНТ О
        # КАЧЕСТВЕ № 318"), before the invoice or contract its fields cite.
        line_start = context.document.line_start(heading.line_end)
        found = (
            _first_number(
                context,
                (
                    (_GROUPED_SIGN_NUMBER_RE, line_start, heading.line_end, 0.85),
                    (_SIGN_NUMBER_RE, line_start, heading.line_end, 0.85),
                    (_HEADING_N2_NUMBER_RE, line_start, heading.line_end, 0.8),
                ),
            )
            or _heading_word_number(context, line_start, heading.line_end)
            or _number_under_heading(context, heading.line_end)
        )
        if found is not None:
            return found
    if context.document_type == OTHER:
        found = _first_number(context, ((_RECORD_NUMBER_RE, 0, top, 0.85),))
        if found is not None:
            return found
    sap_caption = _SAP_NUMBER_RES.get(context.document_type)
    if sap_caption is not None and (
        context.document_type != OTHER or _is_payment_advice(context)
    ):
        # An SAP print numbers an invoice by its "Billing document", a delivery
        # note by its "Delivery" and a payment advice by its "Payment document".
        found = _first_number(context, ((sap_caption, 0, top, 0.85),))
        if found is not None:
            return found
    if context.document_type == "power_of_attorney":
        # A machine-readable power of attorney is numbered by its registration
        # number in the register, before its issuer's internal number.
        # The registration label is read directly, because a "registration number"
        # elsewhere names another paper's entry in a register.
        registered = _REGISTRATION_NUMBER_RE.search(context.text, 0, top)
        found = registered and _spanned_number(context, *registered.span("value"), 0.9)
        if found:
            return found
    if context.document_type == "waybill":
        # The title's "No." is followed by the whole grouped tracking number, whose
        # value is its digits.
        found = _first_number(context, ((_EXPRESS_WAYBILL_RE, 0, top, 0.9),))
        if found is not None:
            found[0]["value"] = found[0]["value"].replace(" ", "")
            return found
    found = _first_number(context, ((own, 0, top, 0.9),))
    if found is not None:
        return found
    stacked = _stacked_caption_value(context)
    if stacked is not None:
        found = _spanned_number(context, *stacked, 0.8)
        if found is not None:
            return found
    if context.document_type == "waybill":
        found = _first_number(
            context,
            (
                (_AIR_WAYBILL_BEFORE_RE, 0, top, 0.85),
                (_AIR_WAYBILL_AFTER_RE, 0, top, 0.85),
            ),
        )
        if found is None and _AIR_WAYBILL_TITLE_RE.search(context.text, 0, top):
            found = _first_number(context, ((_AIR_WAYBILL_CORNER_RE, 0, top, 0.8),))
        if found is not None:
            return found
    cell = find_number_cell(context)
    if cell is not None:
        return _spanned_number(context, *cell, 0.85)
    if context.document_type == "other" and _CUSTOMS_HEADING_RE.search(
        context.text, 0, top
    ):
        found = _first_number(context, ((_CUSTOMS_NUMBER_RE, 0, top, 0.85),))
        if found is not None:
            return found
    letter = context.document_type == "letter"
    letter_reference = (
        ((_LETTER_REFERENCE_RE, 0, top, 0.8), (_LETTER_REFERENCE_DOT_RE, 0, top, 0.5))
        if letter
        else ()
    )
    title_code = _TITLE_CODE_RES.get(context.document_type)
    title_codes = ((title_code, 0, top, 0.6),) if title_code else ()
    title_digits = _TITLE_DIGITS_RES.get(context.document_type)
    if title_digits is not None:
        title_codes = (*title_codes, (title_digits, 0, top, 0.6))
    if context.document_type == "payment_order":
        title_codes = (*title_codes, (_SWIFT_REFERENCE_RE, 0, length, 0.6))
    own_row = _OWN_NUMBER_RES.get(context.document_type)
    own_rows = ((own_row, 0, top, 0.8),) if own_row else ()
    searches = (
        *letter_reference,
        *own_rows,
        (_LINE_SIGN_NUMBER_RE, 0, top, 0.75),
        # A number alone under the heading numbers the paper before a title that
        # cites another one below it ("Contract: Supply Contract No. ...").
        (_LONE_SIGN_LINE_RE, 0, context.document.top_end(_HEADING_LINES), 0.75),
        (_TITLE_NUMBER_RE, 0, top, 0.75),
        (_LONE_SIGN_LINE_RE, 0, top, 0.7),
        *title_codes,
        (_SIGN_NUMBER_RE, 0, top, 0.5),
        (_HASH_NUMBER_RE, 0, top, 0.4),
        (own, top, length, 0.6),
        (_TITLE_NUMBER_RE, top, length, 0.5),
    )
    found = _first_number(context, searches)
    if found is not None:
        return found
    if context.document_type == "receipt":
        found = _first_number(
            context,
            (
                (_CHECK_NUMBER_RE, 0, top, 0.5),
                (_RECEIPT_ID_RE, 0, length, 0.4),
                (_RECEIPT_ID_BELOW_RE, 0, length, 0.3),
            ),
        )
        if found is not None:
            return found
    reference = find_reference(context)
    if reference is not None:
        return _spanned_number(context, *reference, 0.3)
    return None


_HEADING_WORD_RE = re.compile(r"[ \t]*[\W_]*(?P<word>[^\W\d_]{3,})")
# How far below a heading its number line may stand ("QUOTATION" over "Quotation
# No.: JR-QT-260409"), in characters.
_HEADING_NUMBER_CHARS = 300


def _heading_word_number(
    context: ExtractionContext, line_start: int, line_end: int
) -> tuple[dict, int] | None:
    """Return the number on a line below a heading that opens with the heading's
    first word and a number sign: "Quotation No.: JR-QT-260409" under
    "QUOTATION", not "No. 88 Xinhua Road" in the address above it."""
    word = _HEADING_WORD_RE.match(context.text, line_start, line_end)
    if word is None:
        return None
    pattern = re.compile(
        rf"(?m)^[ \t]*{re.escape(word.group('word'))}\w*[ \t]+"
        rf"(?:№|no\b\.?|number|nr\b\.?)[ \t]*[:.]?[ \t]*{_NUMBER_VALUE}"
    )
    end = min(len(context.text), line_end + _HEADING_NUMBER_CHARS)
    return _first_number(context, ((pattern, line_end, end, 0.85),))


def _first_number(
    context: ExtractionContext,
    searches: tuple[tuple[re.Pattern[str], int, int, float], ...],
    *,
    opens_line: bool = False,
) -> tuple[dict, int] | None:
    """Return the first number that a search finds and no rule gives to another
    paper; with `opens_line`, only in a title that opens its line."""
    for pattern, start, end, confidence in searches:
        for match in pattern.finditer(context.text, start, end):
            if opens_line and context.text[
                context.document.line_start(match.start()) : match.start()
            ].strip(_HEADING_INDENT):
                continue
            if belongs_to_other_document(context, match.start("value")):
                continue
            if pattern is _TITLE_NUMBER_RE and _cites_in_line(context, match):
                continue
            if pattern is _LINE_SIGN_NUMBER_RE and _caption_above(context, match):
                continue
            if "\n" in context.text[match.start() : match.start("value")] and (
                _BANK_CODE_RE.fullmatch(context.text, *match.span("value"))
            ):
                # "Счет №" of a 1C payment block over the BIK on the next line.
                continue
            found = _spanned_number(context, *match.span("value"), confidence)
            if found is not None:
                return found
    return None


def _caption_above(context: ExtractionContext, match: re.Match[str]) -> bool:
    """Return whether the line right above is a short caption not in capitals, which
    names what the number belongs to ("Container" over "No.: MSKU1234567")."""
    document = context.document
    line_start = document.line_start(match.start())
    if line_start == 0:
        return False
    above_start = document.line_start(line_start - 1)
    if not _SHORT_CAPTION_RE.fullmatch(context.text, above_start, line_start - 1):
        return False
    original_start, original_end = document.original_span(above_start, line_start - 1)
    return not document.original[original_start:original_end].isupper()


def _cites_in_line(context: ExtractionContext, match: re.Match[str]) -> bool:
    """Return whether a title number inside a line, after a box number or words,
    is dated as a cited paper: "9. Invoice No. YM-EXP-2025-1217 dated 19 December
    2025" in a certificate of origin. A title after a wide gap heads a column."""
    prefix = context.text[context.document.line_start(match.start()) : match.start()]
    if not _PREFIX_WORD_RE.search(prefix) or prefix.endswith("   "):
        return False
    return _DATED_AFTER_RE.match(context.text, match.end("value")) is not None


def _spanned_number(
    context: ExtractionContext, start: int, end: int, confidence: float
) -> tuple[dict, int] | None:
    span = _number_token_span(context.text, start, end)
    if span is None:
        return None
    return _number_field(context, span, confidence), span[1]


# A short number that OCR read wholly as letters: "№ З" for № 3, "№ lЗ" for № 13,
# in folded text. It has a З or an l, so "№ О" stays a letter.
_LOOKALIKE_NUMBER_RE = re.compile(r"(?=[^зl]*[зl])[зlo]{1,3}")


def _number_token_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    series = _SERIES_RE.match(text, start)
    if (
        series is not None
        and series.group("series") not in _NOT_SERIES
        and not _DATE_START_RE.match(text, series.end("series") + 1)
    ):
        end = series.end()
    end = trim_glued_word(text, start, end)
    while end > start and text[end - 1] in ".,/-":
        end -= 1
    token = text[start:end]
    if not any("0" <= char <= "9" for char in token) and not (
        _LOOKALIKE_NUMBER_RE.fullmatch(token)
    ):
        return None
    if _ORDINAL_RE.fullmatch(token):
        return None  # a street in an address: "1200 NE 45th St"
    if token.isascii() and token.isdigit() and len(token) == 20:
        return None  # a bank account after "Сч. №", not a document number
    return start, end


def _number_field(
    context: ExtractionContext, span: tuple[int, int], confidence: float
) -> dict:
    number = context.build_field(span[0], span[1], "", confidence)
    repaired = repair_number_digits(number["raw"])
    if _LOOKALIKE_NUMBER_RE.fullmatch(fold(repaired)):
        repaired = repaired.translate(CODE_DIGIT_LOOKALIKES)
    cyrillic = context.label_is_cyrillic(span[0])
    if cyrillic is None:
        cyrillic = context.is_cyrillic
    number["value"] = number_in_script(repaired, cyrillic=cyrillic)
    return number


# A form cell "Дата 08.12.2025 № 3307" prints the date right before the number.
_SIGN_AND_NUMBER_RE = compile_folded(r"[ \t]*(?:№|\bno\b\.?)[ \t]*[^\s]+")


def _dates_number(context: ExtractionContext, hit: DateHit, number_end: int) -> bool:
    """Return whether only the number sign and the number follow the date."""
    return _SIGN_AND_NUMBER_RE.fullmatch(context.text, hit.end, number_end) is not None


def find_date(context: ExtractionContext, number_end: int | None) -> dict | None:
    """Find the document date: beside the number, labeled, near the top, or the first.

    Dates after words such as "due", "birth" or "срок", or under such a caption, are
    never the document date. Dates of another document (cited by its number, in a
    form approval line or in a passport quoted by a non-passport document), the ends
    of a period and dates of shipment (in packing lists and waybills) are used only
    when no other date is found, and so are dates in stamps and in the header of an
    e-mail that carries the document.
    """
    if number_end is None:
        # "СЧЕТ № б/н от «05» ноября 2025 г.": the date follows the sign of a
        # document printed without a number.
        number_end = _unnumbered_title_end(context)
    before = _contexts_before(context)
    column_dates = _date_column_hits(context)
    above = {
        hit.start: ""
        if hit.start in column_dates
        else caption_above(context, hit, before[hit.start])
        for hit in context.dates
    }
    candidates = []
    fallbacks = []
    negative_end = None
    cover_end = _cover_end(context)
    operations_start = context.operations_start
    for hit in context.dates:
        if hit.start < cover_end or 0 < operations_start < hit.start:
            # The date an e-mail was sent, above the document it carries, or of a
            # payment in a statement's operations table.
            fallbacks.append(hit)
            continue
        if _is_negative(context, hit, before[hit.start], above[hit.start]) or (
            # The end of a range whose start is negative: "дата выработки
            # 15.03.2026–16.03.2026".
            negative_end is not None
            and _RANGE_DASH_RE.fullmatch(context.text, negative_end, hit.start)
        ):
            negative_end = hit.end
            if context.document_type in _SHIPPING_TYPES and _SHIP_DATE_RE.search(
                before[hit.start]
            ):
                fallbacks.append(hit)
            continue
        if (
            _dates_other_document(context, hit, before[hit.start], number_end)
            or _in_period(context, hit)
            or _STAMP_BEFORE_RE.search(before[hit.start])
            or _in_transmission_line(context, hit)
        ):
            fallbacks.append(hit)
            continue
        candidates.append(hit)
    after_number = number_end is not None
    rules = (
        (0.95, lambda hit: after_number and _dates_number(context, hit, number_end)),
        (0.95, lambda hit: after_number and _same_line(context, number_end, hit)),
        (0.95, lambda hit: after_number and _next_cell_line(context, number_end, hit)),
        (
            0.9,
            lambda hit: (
                _is_labeled(context, before[hit.start], above[hit.start])
                or _on_place_line(context, hit)
            ),
        ),
        (0.8, lambda hit: after_number and _shortly_after(number_end, hit)),
        (0.6, lambda hit: hit.start < context.top_end),
        (0.4, lambda hit: True),
    )
    swift = _swift_value_date(context)
    for confidence, applies in rules:
        hit = next((hit for hit in candidates if applies(hit)), None)
        if hit is None:
            continue
        if swift is not None and confidence <= _SWIFT_DATE_CONFIDENCE:
            return swift
        return _date_field(context, hit, confidence)
    if swift is not None:
        # The value date is the only date of a transfer that prints no other.
        return swift
    if fallbacks:
        return _date_field(context, fallbacks[0], 0.3)
    return None


# The value date of a SWIFT transfer's field 32A: ":32A:260318USD12500,00". It dates
# a transfer printed without a labelled date, before a date in its remittance text.
# A caption may fill the tag's line and push the value to the next one, and a bank
# system's print may drop the tag's first colon.
_SWIFT_VALUE_DATE_RE = compile_folded(
    r"(?m)^[ \t]*:?32a:[^\n0-9]{0,60}?(?:\n[ \t]*)?"
    r"(?P<year>[0-9]{2})(?P<month>[0-9]{2})(?P<day>[0-9]{2})[a-z]{3}[0-9]"
)
_SWIFT_PRINT_DATE_RE = compile_folded(r"(?m)^[ \t]*date[ \t]*:[ \t]*(?P<value>[^\n]+)")
_SWIFT_DATE_CONFIDENCE = 0.8


def _swift_value_date(context: ExtractionContext) -> dict | None:
    if context.document_type != "payment_order":
        return None
    found = _SWIFT_VALUE_DATE_RE.search(context.text)
    if found is None:
        return _swift_print_date(context)
    try:
        value = date(2000 + int(found["year"]), int(found["month"]), int(found["day"]))
    except ValueError:
        return None
    return context.build_field(
        found.start("year"), found.end("day"), value.isoformat(), _SWIFT_DATE_CONFIDENCE
    )


def _swift_print_date(context: ExtractionContext) -> dict | None:
    """Return the value date on the "Date :" line under a printed field 32A."""
    block = swift_print_32a_block(context)
    if block is None:
        return None
    line = _SWIFT_PRINT_DATE_RE.search(context.text, *block)
    if line is None:
        return None
    hit = next(
        (
            hit
            for hit in context.dates
            if line.start("value") <= hit.start < line.end("value")
        ),
        None,
    )
    if hit is None:
        return None
    return _date_field(context, hit, _SWIFT_DATE_CONFIDENCE)


def _cover_end(context: ExtractionContext) -> int:
    """Return where the header of an e-mail that carries the document ends, or 0.

    An e-mail read as a letter is the document itself, so its header dates it.
    """
    return 0 if context.document_type == "letter" else context.email_header_end


def _next_cell_line(context: ExtractionContext, number_end: int, hit: DateHit) -> bool:
    """Return whether the date opens the line after the number, with nothing else
    between them, as in a form's cells printed one per line ("1562" over
    "26.09.2025"), or after a caption "Дата:" on that line, or the line after a
    caption "от" under the number."""
    gap = context.text[number_end : hit.start]
    if gap.count("\n") == 1 and not gap.strip():
        return True
    return _DATE_CAPTION_LINE_RE.fullmatch(gap) is not None


# The caption line between a number cell and its date cell: "КГ-0211" / "от" /
# "09.04.2026".
_DATE_CAPTION_LINE_RE = compile_folded(
    r"[ \t]*\n[ \t]*(?:от|dated|of)[ \t]*\n[ \t]*"
    # "ПЛАТЕЖНОЕ ПОРУЧЕНИЕ № 64" over "Дата: 06.03.2026".
    r"|[ \t]*\n[ \t]*(?:дата|date)[ \t]*:?[ \t]*"
)


def _is_negative(
    context: ExtractionContext, hit: DateHit, before: str, above: str
) -> bool:
    negative = _NEGATIVE_DATE_RE.search(before)
    if negative is not None and not (
        # A receipt and a payer's notice of a transfer are dated by the payment
        # they confirm or announce, but not by the next one.
        _PAYMENT_DATE_RE.match(negative.group(0))
        and not _NEXT_PAYMENT_RE.search(before)
        and (context.document_type == "receipt" or _is_payment_advice(context))
    ):
        return True
    if _STAY_START_RE.search(before):
        return True
    if above and _NEGATIVE_CAPTION_RE.match(above):
        return True
    return _BIRTH_AFTER_RE.match(context.text, hit.end) is not None


def _is_payment_advice(context: ExtractionContext) -> bool:
    """Return whether a heading near the top names a remittance or payment advice."""
    return _PAYMENT_ADVICE_RE.search(context.text, 0, context.top_end) is not None


def _in_transmission_line(context: ExtractionContext, hit: DateHit) -> bool:
    """Return whether a date and a time open a fax's or a printer's transmission
    line: "04/17/2026 08:03   FROM: MILLBROOK CNTY AP   FAX 330-555-0120   P.1/1"."""
    document = context.document
    line_start = document.line_start(hit.start)
    if context.text[line_start : hit.start].strip():
        return False
    line_end = document.line_end(hit.start)
    return bool(
        _TIME_AFTER_RE.match(context.text, hit.end)
        and _TRANSMISSION_WORDS_RE.search(context.text, hit.end, line_end)
    )


def _dates_other_document(
    context: ExtractionContext, hit: DateHit, before: str, number_end: int | None
) -> bool:
    cited = _CITED_NUMBER_RE.search(before)
    if cited is not None and cited.group("code") is not None:
        cited = cited if _names_other_paper(context, before, cited) else None
    if cited is not None:
        group = "number" if cited.group("number") is not None else "code"
        # The number's end as `find_number` reports it, without trailing punctuation.
        cited_number = cited.group(group).rstrip(".,/-")
        cited_end = hit.start - len(before) + cited.start(group) + len(cited_number)
        if cited_end != number_end:
            return True
    line_start = max(
        context.document.line_start(hit.start), hit.start - _APPROVAL_WINDOW
    )
    if APPROVAL_LINE_RE.search(context.text, line_start, hit.start):
        return True
    if _LAW_BEFORE_RE.search(context.text, max(0, hit.start - _LAW_WINDOW), hit.start):
        return True
    if _approval_line_above(context, hit):
        return True
    if context.document_type == "passport":
        return False
    window_start = max(0, hit.start - _PASSPORT_WINDOW_CHARS)
    return _PASSPORT_WORD_RE.search(context.text, window_start, hit.start) is not None


def _names_other_paper(
    context: ExtractionContext, before: str, cited: re.Match[str]
) -> bool:
    """Return whether a code without a number sign follows the name of a paper of
    another type ("delivery note LS-80011472 of"), so that it cites that paper. A
    document's own title before its code ("INVOICE INV-25/12 dated") does not."""
    name = _PAPER_NAME_BEFORE_RE.search(before, 0, cited.start("code"))
    if name is None:
        return False
    own = _TYPE_TITLE_WORD_RES.get(context.document_type)
    return own is None or own.fullmatch(name.group("name")) is None


def _approval_line_above(context: ExtractionContext, hit: DateHit) -> bool:
    """Return whether a date opening its line after "от" ends an approval line that
    wrapped: "Утверждена постановлением Госкомстата России" over "от 25.12.98 №
    132"."""
    document = context.document
    line_start = document.line_start(hit.start)
    if line_start == 0 or not _FROM_ONLY_RE.fullmatch(
        context.text, line_start, hit.start
    ):
        return False
    previous_start = document.line_start(line_start - 1)
    return APPROVAL_LINE_RE.search(context.text, previous_start, line_start) is not None


def _in_period(context: ExtractionContext, hit: DateHit) -> bool:
    """Return whether the date starts or ends a period: "с 01.03.2025 по 31.03.2025",
    "from 1 March 2025 to 31 March 2025". A bank statement is dated by the last day
    of the period it covers, so only the start of its period counts."""
    # A period may wrap, so the words before the date are looked up across lines.
    before = context.text[max(0, hit.start - LABEL_CHARS) : hit.start]
    if _PERIOD_START_RE.search(before) and _PERIOD_END_AFTER_RE.match(
        context.text, hit.end
    ):
        return True
    if context.document_type == "bank_statement":
        # "Период: 01.03.2026 - 31.03.2026" starts a period with a dash, and
        # "01 Mar 2024 - 31 Mar 2024" or "1 March 2024 to 31 March 2024" too.
        if _RANGE_END_AFTER_RE.match(context.text, hit.end) is not None:
            return True
        gap = _RANGE_GAP_RE.match(context.text, hit.end)
        return gap is not None and any(
            other.start == gap.end() for other in context.dates
        )
    return _PERIOD_END_RE.search(before) is not None


def _on_place_line(context: ExtractionContext, hit: DateHit) -> bool:
    """Return whether the date ends the line of the place where the document was
    signed ("г. Санкт-Петербург          03 октября 2025 г."), near the top.

    A line of only a place name and the date ("Bern, 21.11.2025") counts near the
    top. A letter may give it under the signature instead ("Koeln, 26 March 2025"),
    so in letters such a line counts anywhere.
    """
    line_start = context.document.line_start(hit.start)
    if (
        context.document_type == "letter"
        and _CITY_LINE_RE.fullmatch(context.text, line_start, hit.start)
        and _LINE_END_RE.match(context.text, hit.end)
    ):
        return True
    if hit.start >= context.top_end:
        return False
    if _PLACE_LINE_RE.fullmatch(context.text, line_start, hit.start) is not None:
        return True
    if (
        _CITY_LINE_RE.fullmatch(context.text, line_start, hit.start)
        and not _EVENT_WORD_RE.match(context.text, line_start, hit.start)
        and _LINE_END_RE.match(context.text, hit.end)
    ):
        return True  # "Bern, 21.11.2025" alone on its line near the top
    if (
        _CITY_GAP_LINE_RE.fullmatch(context.text, line_start, hit.start)
        and not _EVENT_ANY_RE.search(context.text, line_start, hit.start)
        and _words_capitalized(context, line_start, hit.start)
        and _LINE_END_RE.match(context.text, hit.end)
    ):
        return True
    if (
        context.document_type == "letter"
        and not context.text[line_start : hit.start].strip()
        and _LINE_END_RE.match(context.text, hit.end)
    ):
        return True  # a letter's date alone on its line under the sender's address
    # The place and date may form the right column beside a letterhead.
    return _PLACE_CELL_RE.search(context.text, line_start, hit.start) is not None


def _words_capitalized(context: ExtractionContext, start: int, end: int) -> bool:
    """Return whether every word before a date opens with a capital, as the words
    of a place name do ("Kazan / Novi Sad"), unlike "Payment due" or "Оплатить
    до"."""
    document = context.document
    original = document.original[
        document.to_original(start) : document.to_original(end)
    ]
    words = re.findall(r"[^\W\d_]+", original)
    return bool(words) and all(word[0].isupper() for word in words)


def _is_labeled(context: ExtractionContext, before: str, above: str) -> bool:
    if _DATE_LABEL_RE.search(before) or (above and _DATE_CAPTION_RE.match(above)):
        return True
    if context.document_type in _INVOICE_TYPES and _DATE_OF_INVOICE_RE.search(before):
        # "Date of invoice:" dates an invoice, but in a remittance advice it names
        # the invoice paid.
        return True
    if context.document_type != "bank_statement" and _FORMED_LABEL_RE.search(before):
        # A certificate that an app or a register prints is dated when it was
        # generated. A statement is dated by its period instead.
        return True
    if context.document_type == "bank_statement" and _STATEMENT_DAY_RE.search(before):
        return True
    return (
        context.document_type == "power_of_attorney"
        and _ATTORNEY_ISSUE_RE.search(before) is not None
    )


def _stacked_caption_value(context: ExtractionContext) -> tuple[int, int] | None:
    """Return the span of a number printed below a stack of captions, or None.

    A PDF's text layer may give a form's captions first and its values after them,
    one per line: "Счет-фактура №", "от", "Исправление №", "от", then "УТ-3318",
    "20.11.2025", "--", "--". The title's caption is the first of the stack, so
    its value is the first line after the stack.
    """
    pattern = _STACKED_TITLE_RES.get(context.document_type)
    if pattern is None:
        return None
    cell_title = _STACKED_CELL_TITLE_RES[context.document_type]
    for caption_start, value in context.stacked_cells.items():
        if caption_start < context.top_end and cell_title.fullmatch(
            context.text, caption_start, context.document.line_end(caption_start)
        ):
            # A stack of cells of equal size gives each caption its value.
            found = _STACKED_VALUE_RE.fullmatch(context.text, *value)
            if found is None or _BANK_CODE_RE.fullmatch(found.group("value")):
                return None
            return found.span("value")
    title = pattern.search(context.text, 0, context.top_end)
    if title is None:
        return None
    document = context.document
    position = title.end()
    while _STACKED_CAPTION_RE.fullmatch(
        context.text, position, document.line_end(position)
    ):
        position = document.line_end(position) + 1
    value = _STACKED_VALUE_RE.fullmatch(
        context.text, position, document.line_end(position)
    )
    if value is None or position == title.end():
        return None
    if _BANK_CODE_RE.fullmatch(value.group("value")):
        # "Счет №" of a 1C payment block over its BIK and account.
        return None
    return value.span("value")


def _unnumbered_title_end(context: ExtractionContext) -> int | None:
    """Return where "№ б/н" ("without a number") ends after the document's title."""
    pattern = _UNNUMBERED_TITLE_RES.get(context.document_type)
    if pattern is None:
        return None
    found = pattern.search(context.text)
    return found.end() if found else None


def _date_column_hits(context: ExtractionContext) -> set[int]:
    """Return the starts of dates that open rows of a table's date column.

    Such a date has another date at the same column on the next line or the
    previous one, as the rows of a ledger or a folio do ("17.11.25  Accommodation"
    over "18.11.25  Breakfast"). The "Date" caption over the column heads the rows,
    and does not date the document.
    """
    document = context.document
    places = {
        (document.line_start(hit.start), hit.start - document.line_start(hit.start))
        for hit in context.dates
    }
    starts = set()
    for hit in context.dates:
        line_start = document.line_start(hit.start)
        column = hit.start - line_start
        line_end = document.line_end(hit.start)
        below = line_end + 1 if line_end < len(context.text) else None
        above = document.line_start(line_start - 1) if line_start else None
        if any(
            (neighbour, column) in places
            for neighbour in (below, above)
            if neighbour is not None
        ):
            starts.add(hit.start)
    return starts


def caption_above(context: ExtractionContext, hit: DateHit, before: str) -> str:
    """Return the cell of the previous line over a date that starts a table cell.

    The cell is the run of the previous line between column gaps (2 or more spaces
    or "|") that covers the date's first column. Returns "" when the date does not
    start a cell or the previous line ends before the date's column.
    """
    if before.strip(" \t|") and not _ENDS_WITH_CELL_GAP_RE.search(before):
        return ""
    document = context.document
    line_start = document.line_start(hit.start)
    if line_start == 0:
        return ""
    previous_start = document.line_start(line_start - 1)
    previous = context.text[previous_start : line_start - 1]
    column = hit.start - line_start
    if column >= len(previous.rstrip()):
        return ""
    cell_start = 0
    for gap in _CELL_GAP_RE.finditer(previous):
        if gap.start() > column:
            break
        cell_start = gap.end()
    next_gap = _CELL_GAP_RE.search(previous, cell_start)
    cell_end = next_gap.start() if next_gap is not None else len(previous)
    return previous[cell_start:cell_end]


def _same_line(context: ExtractionContext, number_end: int, hit: DateHit) -> bool:
    return number_end <= hit.start <= context.document.line_end(number_end)


def _shortly_after(number_end: int, hit: DateHit) -> bool:
    return number_end <= hit.start <= number_end + _DATE_NEAR_NUMBER_CHARS


def _contexts_before(context: ExtractionContext) -> dict[int, str]:
    """Return, per date start, the text before the date that may label it.

    The context is at most 40 characters of the date's line, not counting the
    column gap right before the date, and stops at the end of an earlier date on
    that line, whose label belongs to that date.
    """
    text = context.text
    contexts = {}
    previous_end = 0
    for hit in context.dates:
        line_start = context.document.line_start(hit.start)
        gap_start = hit.start
        while gap_start > line_start and text[gap_start - 1] in " \t":
            gap_start -= 1
        start = max(line_start, gap_start - LABEL_CHARS, previous_end)
        contexts[hit.start] = text[start : hit.start]
        previous_end = hit.end
    return contexts


def _date_field(context: ExtractionContext, hit: DateHit, confidence: float) -> dict:
    extra = {"ambiguous": True} if hit.parsed.ambiguous else {}
    return context.build_field(hit.start, hit.end, hit.parsed.iso, confidence, **extra)
