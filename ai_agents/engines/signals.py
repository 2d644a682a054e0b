"""Evidence per document type, in Russian and English, for the embedded classifier.

Patterns are written in plain lower-case text and folded when compiled (see
`text.compile_folded`), so they also match upper case, ё, and Latin look-alike letters.
A title weighs its full weight at the start of a line near the top of the document,
half anywhere near the top and a quarter elsewhere. A keyword weighs its full weight
once, wherever it occurs.
"""

import re
from dataclasses import dataclass
from enum import Enum

from .text import (
    NO_ACCOUNT_AHEAD,
    NormalizedText,
    compile_folded,
    compile_phrase,
    count_letters,
)

# A heading that names a kind of paper outside the built-in types, such as a
# certificate of origin or a company card. Such a paper mentions invoices and
# consignees in its fields. So the classifier scales down the evidence of a type
# whose own title does not open a line near the top, and the extractor takes no
# total from amounts without a label.
# How many non-empty lines from the top such a heading may open: a letterhead of up
# to three lines may stand above it.
OTHER_HEADING_LINES = 5
# A heading followed by its number counts further down.
NUMBERED_HEADING_LINES = 10
_NUMBER_AFTER_RE = compile_folded(r"[^\n№#]{0,40}?(?:№|\bno\b\.?|#)[ \t]*[\w-]")
# "из ЕГРЮЛ", "из электронного паспорта": what an extract from a register, not from
# an account ("из валютного счета", "из системы «Клиент-Банк» по счету"), follows
# its title word with.
_EXTRACT_OF_REGISTER = r"\s+из\s+(?![^\n]{0,60}?\bсч[её]т)"
# A bank system's print of a SWIFT transfer spells field 32A out on captioned
# lines: "32A: Val Dte/Curr/Interbnk Settld Amt" over "Date     : 07 April 2026",
# "Currency : EUR (EURO)" and "Amount   : #48.250,00#".
SWIFT_PRINT_32A_RE = compile_folded(r"(?m)^[ \t]*:?32a:[ \t]*val\w*[ \t]*d\w*te\b")
# An act of mutual offset ("АКТ ВЗАИМОЗАЧЕТА", "Акт зачета встречных однородных
# требований") records a set-off of debts, not work or services accepted, although
# its heading opens with an act's title word.
MUTUAL_OFFSET_TITLE = (
    r"(?:акт\s+(?:о\s+)?(?:взаимозач\w+|взаимн\w+\s+зач\w+"
    r"|зач[её]т\w*\s+(?:взаимных|встречных)\s)"
    r"|(?:mutual\s+)?set-?off\s+(?:act|statement)\b"
    r"|act\s+of\s+(?:mutual\s+)?set-?off\b)"
)
FOREIGN_TITLE_RE = compile_folded(
    # The heading may also stand in a right-hand column, after a wide gap. The
    # heading's first character is not a blank, so that a long run of spaces is
    # crossed once, not once per position.
    # A web page's heading may follow its site name after a middle dot.
    # It may follow the issuer's name after a dash: "LLC ARCTIC - DAILY REPORT".
    r"(?m)(?:^[ \t]*+|(?<=[ \t]{3})|(?<=·[ \t])|(?<=[ \t]-[ \t])|(?<=[ \t]—[ \t]))"
    # The junk before it stays on its line, so a blank line above is not crossed.
    r"(?![ \t])(?:[^\w\n]|_){0,6}"
    r"(?:certificate\s+of\s+(?:origin|analysis|conformity|quality|inspection|weight"
    r"|insurance|registration|incorporation)"
    r"|(?:quality|analysis|conformity|inspection|licen[cs]e|(?:mill\s+)?test"
    r"|material|veterinary|phytosanitary|health|sanitary)\s+certificate"
    r"|ветеринарн\w+\s+свидетельств\w*"
    # An estimate or a quotation offers a price and bills nothing.
    r"|(?:(?:rate|price|freight|sales)\s+)?(?:estimate|quotation|quote)"
    r"(?:\s+(?:no\b|№|#)|(?=[ \t]*(?:\n|$)))|(?:локальная\s+)?смета\b"
    r"|(?:(?:eu|ec)\s+)?declaration\s+of\s+conformity"
    r"|сертификат\w*|декларация\s+(?:о\s+)?соответстви\w*|справк[аи]\b(?!\s+о\s+стоимости)"
    # A quality certificate of a batch: "ДОКУМЕНТ О КАЧЕСТВЕ", "паспорт качества".
    r"|документ\s+о\s+качестве|(?:паспорт|удостоверение)\s+(?:[о0]\s+)?качеств[аеу]"
    # An identity card is an identity document, but not a passport.
    r"|удостоверение\s+личности|(?:national\s+)?identity\s+card|id\s+card"
    r"|карточка\s+(?:предприятия|организации|компании|контрагента|партнера)"
    r"|company\s+(?:card|details|profile)|прайс[- ]?лист|price\s+list"
    r"|коммерческое\s+предложение|commercial\s+offer|протокол\s+(?:№\s*\S+\s+)?"
    r"(?:общего\s+)?(?:собрания|заседания|совещания)"
    # A memo to the company's own management, an order placed with a supplier and
    # a payer's notice of a transfer request or record no payment of their own.
    r"|(?:служебная|докладная|объяснительная)\s+записка"
    # As headings, not as captions ("Memo: staff lunch", "Purchase order: 4471").
    r"|(?:memo(?:randum)?|purchase\s+order|remittance\s+advice)"
    r"(?=[ \t]*(?:$|no\b|№|#|number\b|to\b))"
    r"|ведомост\w+\s+банковского\s+контроля|реестр\b"
    # A bank's guarantee that secures a contract is the bank's promise to pay.
    r"|(?:независимая|банковская)\s+гарантия|(?:bank|performance)\s+guarantee"
    r"|(?:таможенная\s+)?декларация\s+на\s+товары|таможенная\s+декларация"
    r"|customs\s+(?:goods\s+)?declaration|bill\s+of\s+entry"
    # An extract from a register or a vehicle's electronic passport, not from an
    # account: "Выписка из ЕГРЮЛ", "Выписка из электронного паспорта ...".
    rf"|выписк[аи]{_EXTRACT_OF_REGISTER}"
    r"|протокол\s+согласования\s+(?:цен\w*|договорной\s+цены|стоимости)"
    r"|протокол\s+(?:№\s*\S+\s+)?(?:подведения|рассмотрения|вскрытия|оценки"
    r"|испытаний|измерений)"
    # "Отчет агента и акт № 7" is an act as well.
    # OCR reads the preposition "о" as a zero: "ОТЧЕТ 0 РЕАЛИЗАЦИИ".
    r"|(?:[^\W\d_]+(?:ый|ий|ой)\s+)?отч[её]т\s+(?:[о0]|об|комиссионера|агента|по)\b"
    # "... и акт" on the heading's line, or "(является одновременно актом ...)"
    # on one of the two lines under it.
    r"(?![^\n]*\bакт\b)(?![^\n]*\n(?:[^\n]*\n)?[^\n]*\bактом\b)"
    r"|(?:sales|commission|payout|settlement)\s+report"
    # A marketplace's or an app store's statement of sales and payouts, and a
    # warehouse's receipt for goods taken into storage.
    # A carrier's settlement statement nets the invoices of two operators.
    r"|(?:(?:monthly|quarterly|weekly|annual)\s+)?"
    r"(?:payment|payout|earnings|royalty|sales|settlement|netting)\s+statement"
    r"|складск\w+\s+квитанци\w*|warehouse\s+receipt"
    # Operations reports of a site or a rig record work, not a bill for it.
    r"|(?:daily|shift|progress|production)\s+(?:drilling\s+|operations\s+)?report"
    r"|(?:суточн|сменн)\w*\s+рапорт\w*"
    # An expert's finding on a supply under a public contract.
    r"|заключени[ея]\s+(?:экспертиз\w+|эксперт\w*)|expert(?:'s)?\s+(?:opinion|report)"
    # A shipping line's order to release containers, a client's instruction to
    # its forwarder, a stocktaking list and a laboratory's test report.
    r"|(?:container\s+)?delivery\s+order(?=[ \t]*(?:$|no\b|№|#))"
    r"|(?:forwarding|shipping)\s+instructions?\b|поручени[ея]\s+экспедитор\w*"
    r"|инвентаризационн\w+\s+опис\w*|сличительн\w+\s+ведомост\w*"
    r"|(?:test|testing|inspection|laboratory)\s+report"
    rf"|{MUTUAL_OFFSET_TITLE})"
)


# A supplier's statement of account to its customer lists invoices, payments and
# credit notes under the same heading as a bank's statement, and requests that the
# customer check the balance due or pay it. It is not a bank statement.
_STATEMENT_HEADING_RE = compile_folded(
    r"(?m)^[ \t]*+[\W_]{0,6}(?:statement\s+of\s+account|(?:customer|supplier)"
    r"\s+statement|statement(?!\s+(?:of\s+work|date|period|no\b|number)))\b"
)
_SUPPLIER_STATEMENT_RE = compile_folded(
    r"\b(?:ageing|aging|amount\s+due\s+from|balance\s+due|not\s+an\s+invoice"
    r"|in\s+your\s+favou?r|remit\s+(?:the\s+)?balance|not\s+yet\s+due"
    r"|overdue\s+(?:[0-9]|>|over)|against\s+your\s+records)\b"
)
# A card statement may print "balance due" too, so two different phrases are needed.
_SUPPLIER_STATEMENT_WORDS = 2
_INVOICE_ROW_RE = compile_folded(
    r"\b(?:invoice|inv)\b[ \t.#:-]*+(?:no\b\.?[ \t]*+)?[a-z]*-?[0-9]"
)


# The first line of an identity card's machine-readable zone (ICAO format TD1): a
# document code I, A or C, the issuing country and the card number, 30 characters in
# all, as OCR reads it anywhere on the page. A passport's zone has 44 characters
# and opens with P.
_IDENTITY_CARD_ZONE_RE = compile_folded(
    r"(?m)^[ \t]*(?=[a-z0-9<]{28,32}[ \t]*$)[iac][a-z<][a-z]{3}[0-9][a-z0-9<]*<<"
)


def heads_other_paper(document: NormalizedText) -> bool:
    """Return whether a heading in the first OTHER_HEADING_LINES lines names a kind
    of paper outside the built-in types, or the paper is a supplier's statement."""
    return other_heading(document) is not None


@dataclass(frozen=True)
class OtherHeading:
    """A heading that names a paper outside the built-in types."""

    # Where the heading's line ends.
    line_end: int
    # Whether the heading opens a supplier's statement of account.
    supplier_statement: bool


def other_heading(document: NormalizedText) -> OtherHeading | None:
    """Return the heading that names a paper outside the built-in types, or None.
    A supplier's statement of account counts as one."""
    heading_end = document.top_end(OTHER_HEADING_LINES)
    supplier_statement = is_supplier_statement(document)
    found = FOREIGN_TITLE_RE.search(document.text, 0, heading_end)
    if found is None:
        found = _numbered_heading(document, heading_end)
    if found is None:
        # An identity card's zone marks the card wherever its title was printed.
        found = _IDENTITY_CARD_ZONE_RE.search(document.text)
    if found is None and supplier_statement:
        found = _STATEMENT_HEADING_RE.search(document.text, 0, heading_end)
    if found is None:
        return None
    return OtherHeading(document.line_end(found.start()), supplier_statement)


def _numbered_heading(document: NormalizedText, start: int) -> re.Match[str] | None:
    """Return a heading with a number ("КОММЕРЧЕСКОЕ ПРЕДЛОЖЕНИЕ № КП-311") below
    the first OTHER_HEADING_LINES lines, as under a letterhead and an addressee.

    A heading in capitals without a colon after it counts there too: a form of
    numbered boxes prints "CERTIFICATE OF ORIGIN" in its box beside the exporter's
    and consignee's boxes.
    """
    end = document.top_end(NUMBERED_HEADING_LINES)
    for found in FOREIGN_TITLE_RE.finditer(document.text, start, end):
        if _NUMBER_AFTER_RE.match(document.text, found.end()):
            return found
        if _is_capitals_heading(document, found):
            return found
    return None


_COLON_AFTER_RE = re.compile(r"[^\n:]*:")


def _is_capitals_heading(document: NormalizedText, found: re.Match[str]) -> bool:
    start, end = document.original_span(*found.span())
    words = document.original[start:end]
    return (
        words.isupper()
        and count_letters(words) > _CAPITALS_HEADING_LETTERS
        and _COLON_AFTER_RE.match(document.text, found.end()) is None
    )


# A capitals heading has more letters than a short code such as "EC".
_CAPITALS_HEADING_LETTERS = 8


def is_supplier_statement(document: NormalizedText) -> bool:
    """Return whether a statement heading opens a supplier's statement of account:
    one that lists invoices and requests that the customer check or pay the
    balance."""
    heading_end = document.top_end(OTHER_HEADING_LINES)
    if _STATEMENT_HEADING_RE.search(document.text, 0, heading_end) is None:
        return False
    words = {
        " ".join(found.group(0).split())
        for found in _SUPPLIER_STATEMENT_RE.finditer(document.text)
    }
    return (
        len(words) >= _SUPPLIER_STATEMENT_WORDS
        and _INVOICE_ROW_RE.search(document.text, heading_end) is not None
    )


class SignalKind(Enum):
    """Signal kind, which decides where the signal has its full weight."""

    TITLE = "title"
    KEYWORD = "keyword"


@dataclass(frozen=True)
class Signal:
    """A compiled pattern and the score it adds to one document type."""

    pattern: re.Pattern[str]
    weight: float
    kind: SignalKind


def _signals(
    titles: tuple[tuple[str, float], ...], keywords: tuple[tuple[str, float], ...]
) -> tuple[Signal, ...]:
    compiled = [
        Signal(compile_folded(rf"\b(?:{text})"), weight, SignalKind.TITLE)
        for text, weight in titles
    ]
    compiled += [
        Signal(compile_folded(rf"\b(?:{text})"), weight, SignalKind.KEYWORD)
        for text, weight in keywords
    ]
    return tuple(compiled)


_NUMBER_SIGN = r"\s*(?:№|n[o°º]?\b|#)"

SIGNALS: dict[str, tuple[Signal, ...]] = {
    "invoice": _signals(
        titles=(
            (r"сч[её]т\s+на\s+оплату", 10),
            (r"сч[её]т[- ]?оферт\w*", 10),
            # A Belarusian invoice that also fixes the price: "СЧЕТ-ПРОТОКОЛ".
            (r"сч[её]т[- ]протокол\w*", 10),
            (r"сч[её]т[- ]?проформа\b|проформа[- ]сч[её]т\b", 10),
            # "Счет № 40702810...", "Счет № 4410 0286 3315 0047 211" give an account,
            # not an invoice's number.
            (r"сч[её]т" + _NUMBER_SIGN + NO_ACCOUNT_AHEAD, 8),
            (r"(?:tax |commercial |proforma |pro-forma |vat )?invoice\b", 8),
            # OCR reads the capital I of a heading in capitals as l: "lNVOICE".
            (r"[l|]nvoice\b", 8),
            (r"(?:facture|factuur|rechnung|fattura|factura|faktura)\b", 8),
            (r"инвойс", 8),
            # A broker's or carrier's debit note bills a premium or a charge, and a
            # credit note or memo bills a negative amount. As a heading, not as a
            # row of a statement of account ("Credit memo   CM-2026-00318",
            # "14/03/2026  Credit note No. KP-CN-0091") or of a remittance advice
            # ("Less credit note No. KP-CN-0091").
            (
                r"(?<![0-9][ \t])(?<![0-9][ \t]{2})(?<![0-9][ \t]{3})(?<![0-9][ \t]{4})"
                r"(?<!less\s)(?<!minus\s)"
                r"(?:debit|credit)\s+(?:note|memo)\b(?=[ \t]*(?:\n|$|no\b|#|№))",
                8,
            ),
            # A utility's or an operator's bill requests payment for a period.
            (r"сч[её]т[- ]извещение|единый\s+платежный\s+документ", 10),
            # "Electricity Bill Payment Receipt" confirms a payment instead.
            (
                r"(?:utility|water|electric(?:ity)?|gas|phone|telephone|internet)"
                r"\s+bill\b(?!\s+(?:payment\s+)?(?:receipt|confirmation))",
                8,
            ),
        ),
        keywords=(
            (r"invoice\s*(?:number|no\b|#|date|nr\b)", 3),
            (r"bill(?:ed)? to\b", 2),
            (r"(?:amount|balance|total) due\b", 2),
            (r"(?:payment terms|due date)\b", 1),
            (r"(?:всего|итого) к оплате", 3),
            (r"оплата настоящего сч[её]та|оплата данного сч[её]та", 3),
            (r"поставщик\b", 1),
            (r"покупатель\b", 1),
            (r"invoice\b", 2),
            (r"(?:subtotal|unit price|quantity|qty)\b", 1),
            (r"(?:total ttc|totaal|montant|rechnungsbetrag)", 2),
        ),
    ),
    "upd": _signals(
        titles=(
            (
                r"универсальный\s*передаточный\s*документ"
                r"|universal\s*transfer\s*document",
                14,
            ),
            (r"упд\b|\(upd\)", 10),
            # A scan may merge the title's lines with the VAT invoice line beside
            # them: "Универсальный передаточный Счет-фактура № 92 ... документ".
            (r"универсальный\s*передаточный\b", 12),
            # The wide form's left column opens three lines, with other cells after
            # each word: "Универсальный Счет-фактура № 7", "передаточный ...".
            (
                r"универсальный\b[^\n]*\n[ \t]*передаточный\b[^\n]*\n[ \t]*документ\b",
                12,
            ),
            # A VAT invoice (счет-фактура) printed alone is the tax half of a UPD,
            # with the same numbered fields and tax columns, and bills no payment.
            (r"сч[её]т[- ]?фактура", 9),
            # A correction to a UPD or a VAT invoice, with the same parties and
            # tax columns: "Корректировочный счет-фактура", "УКД".
            (
                r"корректировочн\w+\s+сч[её]т\w*[- ]?фактур\w*"
                r"|универсальный\s+корректировочный\s+документ|укд\b",
                14,
            ),
        ),
        # A translated UPD also contains a "VAT invoice No. ..." line, so its status
        # line and the words "transfer document" add enough weight to beat the
        # invoice title that line gives.
        keywords=(
            (r"(?:статус|status)\s*:?\s*[12l]\b", 3),
            (r"передаточный\s*документ|transfer\s*document", 3),
            # The wide form prints its title down the left column, one word a line.
            (r"(?:универсальный|передаточный)\b", 3),
            (r"товар\s*(?:\(груз\)\s*)?(?:передал|получил)", 3),
            (r"идентификатор государственного контракта", 2),
        ),
    ),
    "contract": _signals(
        titles=(
            (r"договор\w*", 8),
            (r"контракт\w*", 8),
            (r"(?:contract|agreement)\b", 8),
            # Work ordered under a master agreement.
            (r"statement\s+of\s+work", 8),
            # English titles name the kind first: "Service Agreement No. 2".
            (
                r"(?:services?|supply|sales?|purchase|lease|loan|licen[cs]e|agency"
                r"|framework|consulting|distribution|employment|master)"
                r"\s+(?:agreement|contract)\b",
                8,
            ),
            (r"(?:дополнительное )?соглашени\w*", 6),
            # A specification to a supply contract agrees goods and prices, and both
            # parties sign it: "СПЕЦИФИКАЦИЯ № 3 к Договору поставки № 56/25".
            (r"спецификация(?=\s*(?:№|n\b|к\s+договор|к\s+контракт))", 8),
        ),
        keywords=(
            (r"именуем\w+\s+в\s+дальнейшем", 4),
            (r"заключили\s+настоящ\w+\s+(?:договор|контракт|соглашение)", 4),
            (r"\(далее\s*-\s*[«\"]?\w+", 2),  # folding turns – and — into -
            (r"предмет\s+договора", 3),
            (r"права\s+и\s+обязанности\s+сторон", 2),
            (r"ответственность\s+сторон", 2),
            (r"срок\s+действия\s+договора", 2),
            (r"(?:реквизиты|адреса)\s+(?:и\s+(?:подписи|реквизиты)\s+)?сторон", 2),
            (r"с\s+одной\s+стороны", 2),
            (r"hereinafter(?:\s+referred\s+to\s+as)?", 4),
            (r"the\s+parties\b", 2),
            (r"whereas\b", 2),
            (r"governing\s+law", 2),
            (r"in\s+witness\s+whereof", 2),
        ),
    ),
    "act": _signals(
        titles=(
            (
                r"акт\b[^\n]{0,40}?(?:выполненных\s+работ|оказанных\s+услуг|"
                r"сдачи[- ]при[её]мки|при[её]ма[- ]передачи|сверки)",
                12,
            ),
            (r"акт" + _NUMBER_SIGN, 8),
            (r"акт\b", 5),
            # The construction forms: КС-2 is an act of accepted works, and КС-3
            # the certificate of their cost, which acts as one.
            (r"(?:форма\s+(?:№\s*)?)?кс-[23]\b", 10),
            (r"справка\s+о\s+стоимости\s+выполненных\s+работ", 12),
            (r"акт\s+о\s+при[её]мке\s+выполненных\s+работ", 12),
            # The acceptance paper of a public contract (44-ФЗ): "ДОКУМЕНТ О
            # ПРИЕМКЕ (акт приемки поставленного товара)".
            (r"документ\s+о\s+при[её]мке", 12),
            (
                r"certificate\s+of\s+(?:(?:work|works|services)\s+)?"
                r"(?:completion|acceptance)"
                r"|(?:(?:work|works|services?)\s+)?(?:acceptance|completion)"
                r"\s+certificate|act\s+of\s+acceptance"
                r"|(?:acceptance|handover|hand-over)\s+protocol\s*(?:no\b\.?|№|#)"
                r"|(?:act|certificate)\s+of\s+(?:the\s+)?(?:services|works?)\s+"
                r"(?:rendered|performed|completed|provided)"
                # A supplier's certificate that it installed and started equipment.
                r"|certificate\s+of\s+(?:installation|commissioning)"
                r"|(?:installation|commissioning)\s+certificate",
                10,
            ),
            (r"act" + _NUMBER_SIGN, 6),
        ),
        keywords=(
            (r"работы\s+выполнены", 3),
            (r"услуги\s+оказаны", 3),
            # A report of an agent or a commission agent that serves as the act.
            (r"явля\w+\s+(?:одновременно\s+)?актом", 8),
            (r"претензий\s+по\s+объему,?\s+качеству\s+и\s+срокам", 4),
            (r"претензий\s+не\s+имеет", 3),
            (r"исполнитель\b", 1),
            (r"заказчик\b", 1),
            (
                r"(?:work|works|services)\s+(?:has|have)\s+been"
                r"\s+(?:completed|rendered|performed)",
                3,
            ),
            (r"no\s+claims", 2),
        ),
    ),
    "payment_order": _signals(
        titles=(
            (r"пл[ао]т[её]жное\s+поручение", 12),
            (r"payment\s+order\b", 10),
            # A transfer in foreign currency is ordered by an application.
            (
                r"(?:application|request)\s+for\s+(?:a\s+)?(?:foreign\s+currency\s+)?"
                r"(?:transfer|remittance)|заявление\s+на\s+перевод",
                10,
            ),
        ),
        keywords=(
            (r"0401060", 6),
            (r"поступ\.?\s+в\s+банк\s+плат", 2),
            (r"списано\s+со\s+сч\.?\s+плат", 2),
            (r"назначение\s+платежа", 2),
            (r"банк\s+плательщика", 2),
            (r"банк\s+получателя", 1),
            (r"вид\s+оп\b", 1),
            (r"оч[её]р\.?\s+плат", 1),
            (r"(?:purpose\s+of\s+payment|payment\s+purpose)", 2),
            (r"(?:remitter|beneficiary)\b", 1),
            # The English form 0401060: its bank blocks and its operation cells.
            (r"payer'?s\s+bank", 2),
            (r"payee'?s\s+bank", 2),
            (r"operation\s+type|payment\s+type|priority\s*:", 1),
            # An application for a transfer in foreign currency.
            (r"перевододател\w*|приказодател\w*", 3),
            (r"дата\s+валютирования|value\s+date", 2),
            (r"бенефициар\w*", 1),
        ),
    ),
    "receipt": _signals(
        titles=(
            (r"кассовый\s+чек", 12),
            (r"товарный\s+чек", 10),
            (r"чек\b", 5),
            (r"(?:cash |sales |payment |official )?receipt\b", 8),
            # A hotel's bill of a stay, settled at departure.
            (r"(?:guest|hotel)\s+folio\b|сч[её]т\s+гостя|фолио\b", 8),
            (r"квитанция", 8),
            # A restaurant or bar bill, not "Bill to:" of an invoice.
            (r"bill\s*(?:#|№|no\b\.?)\s*[0-9]", 6),
            # A restaurant's guest check: "Check #4821   Table 14".
            (r"check\s*#\s*[0-9]", 6),
        ),
        keywords=(
            (r"фн\b\s*:?\s*№?\s*[0-9]{16}", 4),
            (r"фд\b\s*:?\s*№?\s*[0-9]+", 3),
            (r"фпд?\b\s*:?\s*[0-9]+", 3),
            (r"ккт\b", 3),
            (r"офд\b", 2),
            (r"итог\b", 2),
            (r"(?:смена|кассир|приход)\b", 1),
            (r"(?:cashier|thank you for (?:your )?(?:purchase|shopping))", 1),
            (r"thank\s+you\s+for\s+(?:dining|your\s+visit|visiting)", 2),
            (r"(?:amount|payment)\s+received|received\s+(?:from|with\s+thanks)", 3),
            (r"получено\s+от|принято\s+от", 3),
            (r"service\s+charge|gratuity|\btip\b", 2),
            (r"(?:table|covers|server|cashier|till)\s*:?\s*[0-9a-z]", 1),
            (r"paid\s+by\s+(?:card|cash|visa|mastercard|amex)|contactless", 2),
            # An online shop's or a subscription's payment receipt.
            (r"receipt\s*(?:#|no\b|number)", 3),
            (r"amount\s+paid|date\s+paid", 3),
            (r"payment\s+method", 1),
            # A till's tender lines: "CASH TEND 10.00", "CHANGE DUE 3.18".
            (r"\b(?:cash\s+tend(?:ered)?|change\s+due|tendered)\b", 3),
            (r"\b(?:st|op|te|tr)\s*#\s*[0-9]", 1),
        ),
    ),
    "passport": _signals(
        titles=(
            # A caption before a colon ("Паспорт гражданина РФ: 46 19 274581") cites
            # a passport in another paper.
            (r"паспорт\s+гражданина\s+(?:российской\s+федерации|рф)(?![ \t]*:)", 14),
            (r"паспорт\b(?![ \t]*:)", 6),
            (r"passport\b(?![ \t]*:)", 8),
        ),
        keywords=(
            (r"код\s+подразделения", 4),
            (r"место\s+рождения", 2),
            (r"дата\s+рождения", 1),
            (r"паспорт\s+выдан", 2),
            (r"p<[a-z<]{3}", 6),
            (r"(?:date|place)\s+of\s+birth", 2),
            (r"date\s+of\s+expiry", 2),
            (r"(?:nationality|surname|given\s+names)\b", 1),
            (r"(?:фамилия|отчество)\b", 1),
        ),
    ),
    "waybill": _signals(
        titles=(
            (r"(?:товарно[- ])?(?:товарн|транспортн)\w*\s+накладн\w*", 12),
            (r"накладн\w*", 7),
            (r"торг[- ]?12\b", 8),
            (r"cmr\b", 7),
            (r"(?:waybill|way\s+bill|bill\s+of\s+lading|consignment\s+note)\b", 10),
            (r"delivery\s+note\b", 8),
        ),
        keywords=(
            (r"грузоотправитель", 2),
            (r"грузополучатель", 2),
            (r"(?:shipper|consignee)\b", 2),
            (r"(?:carrier|перевозчик)\b", 1),
            (r"0330212", 4),
            (r"отпуск\s+груза", 1),
            (r"port\s+of\s+(?:loading|discharge)", 2),
        ),
    ),
    "packing_list": _signals(
        titles=(
            (r"упаковочный\s+лист", 12),
            # OCR reads the I of a title in capitals as l: "PACKlNG LlST".
            (r"pack[il]ng\s+(?:[il][il]st|slip)\b", 12),
        ),
        keywords=(
            (r"(?:вес|масса)\s+брутто", 2),
            (r"(?:вес|масса)\s+нетто", 2),
            (r"(?:gross|net)\s+weight", 2),
            (r"(?:number\s+of\s+packages|кол-во\s+мест|количество\s+мест)", 2),
            (r"(?:dimensions|габариты|cartons?|короб\w*)\b", 1),
            # Column captions of net and gross weight: "N.W.(kg)", "G.W. (kg)".
            (r"\b[ng]\.[ \t]?w\.", 2),
            (r"shipping\s+marks|\bmeas(?:urement)?\b\.?", 1),
        ),
    ),
    "bank_statement": _signals(
        titles=(
            (r"выписка\s+(?:по|из)\s+(?:лицевого\s+|расч[её]тного\s+)?сч[её]т\w*", 12),
            (r"выписка\s+(?:операций|о\s+движении)", 10),
            (rf"выписка\b(?!{_EXTRACT_OF_REGISTER})", 5),
            (r"(?:bank|account)\s+statement|statement\s+of\s+account", 12),
            (r"statement\b(?!\s+of\s+work)", 5),
        ),
        keywords=(
            (r"(?:входящий|исходящий)\s+остаток", 3),
            (r"остаток\s+на\s+(?:начало|конец)", 3),
            (r"обороты\s+за\s+период", 2),
            (r"(?:opening|closing)\s+balance", 3),
            (r"balance\s+(?:brought|carried)\s+forward", 3),
            (r"statement\s+(?:period|sheet|date)", 3),
            (r"sort\s+code", 2),
            (r"paid\s+(?:in|out)\b", 1),
            (r"(?:оборот\w*|обороты)\s+(?:по\s+)?(?:дебету|кредиту)", 2),
            (r"(?:дебет|кредит|debit|credit)\b", 1),
        ),
    ),
    "power_of_attorney": _signals(
        titles=(
            (r"доверенност\w*", 10),
            (r"power\s+of\s+attorney", 12),
            (r"letter\s+of\s+authori[sz]ation", 8),
        ),
        keywords=(
            (r"доверяет\b", 4),
            (
                r"(?:настоящая\s+)?доверенность\s+(?:выдана|действительна)"
                r"|срок\w*\s+действия\s+(?:настоящей\s+)?доверенности",
                3,
            ),
            (r"уполномочива\w+", 3),
            (r"(?:без|с)\s+правом?\s+передоверия", 3),
            # A power of attorney in the register's machine-readable form (МЧД).
            (r"машиночитаем\w+\s+форм\w+|machine[- ]readable\s+power", 4),
            (r"(?:доверитель|поверенн\w+)", 2),
            (r"hereby\s+(?:appoints?|authori[sz]es?)", 4),
            (r"attorney[- ]in[- ]fact", 3),
        ),
    ),
    "letter": _signals(
        titles=(
            (r"уважаем\w+", 6),
            (r"dear\b", 6),
            (
                r"(?:гарантийное|информационное|сопроводительное|рекомендательное"
                r"|official|cover(?:ing)?)\s+(?:письмо|letter)",
                10,
            ),
            (r"письмо\b", 6),
            # A bank's or an authority's request for documents: "Запрос о
            # представлении документов и сведений".
            (r"запрос\s+(?:о|об|на)\s+(?:пред|раскрыт|получени)", 8),
            (r"претензи[яи]\b", 10),
            # A customer's demand under a public contract: "ТРЕБОВАНИЕ об уплате
            # неустойки (пени)", "Требование о замене товара".
            (r"требовани[ея]\s+об?\s+(?:уплате|оплате|замене|возврате|устранении)", 10),
            (r"(?:уведомление|notice\s+of\s+claim|letter\s+of\s+claim)\b", 6),
            # A payment reminder lists the invoices it is about, so it needs more
            # weight than a title to outweigh their invoice words.
            (
                r"(?:(?:payment|overdue|second|final)\s+)?reminder\b"
                r"|напоминание\s+об?\s+(?:оплате|задолженности)",
                8,
            ),
        ),
        keywords=(
            (r"с\s+уважением", 4),
            (
                r"(?:sincerely|faithfully|best\s+regards|kind\s+regards"
                r"|yours\s+truly)\b",
                4,
            ),
            (r"исх\.?\s*№", 2),
            (r"вх\.?\s*№", 1),
            (r"на\s+ваш\s+(?:запрос|№|исх)", 2),
            (r"(?:сообщаем|информируем|просим)\b", 1),
            (
                r"надеемся\s+на|благодарим\s+(?:вас\s+)?за|доводим\s+до\s+(?:вашего\s+)?"
                r"сведения|уведомляем|обращаем\s+(?:ваше\s+)?внимание",
                3,
            ),
            (
                r"we\s+(?:would\s+like\s+to\s+inform|kindly\s+ask|regret\s+to)"
                r"|please\s+be\s+advised",
                3,
            ),
            (r"(?:re|subject)\s*:", 1),
            (r"(?:i\s+am|we\s+are)\s+writing", 2),
            (r"\bref\.?\s*(?:no\b|№)", 2),
        ),
    ),
}


# Operator keywords weigh like a title: full at the start of a line near the top,
# half near the top, a quarter elsewhere.
OPERATOR_KEYWORD_WEIGHT = 6.0


def keyword_signals(keywords: tuple[str, ...]) -> tuple[Signal, ...]:
    """Compile operator keywords, in any language, into title signals.

    Keywords are literal text matched as `text.compile_phrase` describes, so
    "счёт-фактура" also matches "СЧЕТ ФАКТУРА".
    """
    signals = []
    for keyword in keywords:
        pattern = compile_phrase(keyword)
        if pattern is not None:
            signals.append(Signal(pattern, OPERATOR_KEYWORD_WEIGHT, SignalKind.TITLE))
    return tuple(signals)
