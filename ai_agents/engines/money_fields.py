"""The total amount, its currency and the VAT amount."""

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import NamedTuple

from .amount_words import (
    AMOUNT_WORDS_RE,
    amount_from_words_match,
    amount_words_end,
    bracketed_rubles_after,
)
from .context import AmountHit, ExtractionContext
from .number_rules import is_header_grid
from .ocr_repairs import DIGIT_LOOKALIKES
from .parsing import MONTH_NUMBERS, currency_code, format_amount
from .payment_fields import TAX_ROW_RE, purpose_span, swift_print_32a_block
from .signals import heads_other_paper
from .taxonomy import OTHER
from .text import compile_folded, count_letters, fold

# Total labels by confidence. The strongest name the amount to pay, and the weaker ones
# may also head a column or a subtotal.
_TOTAL_LABELS = (
    (
        0.95,
        compile_folded(
            r"\b(?:(?:всего|итого|сумма)\s+к\s+оплате|к\s+оплате"
            # "Итого к перечислению Исполнителю с учетом удержания:" after a
            # penalty withheld.
            r"|(?:всего|итого)\s+к\s+перечислению(?:,?\s+[^\W\d_]+){0,5}(?=[ \t]*:)"
            # A claim's demand: "Требуем ... перечислить на наш расчетный счет
            # 711 672,00 руб.".
            r"|требуем\b[^\n]{0,120}?\b(?:перечислить|оплатить|уплатить|погасить)"
            r"(?:\s+(?:на|в)\s+[^\n.0-9]{0,40})?"
            # The change a correction invoice records.
            r"|(?:всего|итого)\s+(?:увеличение|уменьшение)(?:[^\n:0-9]{0,60}:)?"
            # The closing line of an act: "Всего оказано услуг 2, на сумму ...",
            # and of a ТОРГ-12: "Всего отпущено на сумму: ... рублей 00 копеек".
            r"|всего\s+(?:оказано|выполнено|отпущено)\s[^\n]{0,40}?на\s+сумму"
            # The value an acceptance document accepts: "Принято товара на сумму".
            # "Ранее принято работ на сумму" sums earlier stages.
            r"|(?<!ранее\s)(?<!было\s)принят[оы]\s+(?:товар\w*|работ\w*|услуг\w*)"
            r"\s+на\s+сумму"
            r"|(?:всего|итого)\s+с\s+ндс"
            # A railway bill's charge for the carriage, above its cargo's value.
            r"|(?:всего|итого)\s+провозн\w+\s+плат\w+(?:\s+с\s+ндс)?"
            # A UPD's gross sum under a totals row that prints only the net amount
            # and the VAT. A column caption has no colon after it.
            r"|стоимость\s+с\s+налогом\s*-?\s*всего\s*:"
            r"|итог\b|total\s+amount\s+due|(?:amount|balance|total)\s+due|grand\s+total"
            r"|total\s+for\s+this\s+invoice|invoice\s+total|(?:total|amount)\s+payable"
            # Its delivery term may follow in brackets: "Total invoice value (FCA
            # Ahmedabad Airport): USD 13,425.00".
            r"|total\s+invoice\s+(?:value|amount)(?:\s*\([^()\n]{1,60}\))?"
            r"|total\s+invoice(?=[ \t]*:)"
            # The value of a credit note.
            r"|total\s+credit|credit\s+total|total\s+refund"
            r"|(?:total|montant)\s+ttc|gesamtbetrag|rechnungsbetrag"
            r"|(?:net|montant|total)\s+(?:à|a)\s+payer"
            r"|totaal\s+te\s+betalen"
            r"|należność\s+ogółem|do\s+zapłaty)"
        ),
    ),
    (
        0.8,
        compile_folded(
            # "Итого стоимость услуг Комиссионера", but not "итого раздела 2" cited
            # in a formula.
            r"\b(?:(?:итого|всего)\s+стоимост\w*\s+(?:услуг|работ|товар\w*)"
            r"(?:\s+[^\W\d_]+)?"
            # "Итого стоимость предмета лизинга:" before a colon or a cell rule.
            r"|(?:итого|всего)\s+стоимост\w*(?:\s+[^\W\d_]+){1,3}(?=[ \t]*[:|])"
            r"|итого\b(?!\s+(?:без|раздел))"
            # "Стоимость услуг составляет 100 000,00" states an act's own value.
            r"|стоимость\s+(?:оказанных\s+|выполненных\s+)?(?:услуг|работ)"
            r"(?:\s+по\s+этапу\s+[0-9]{1,2})?\s+(?:составляет|составила)"
            # "Стоимость работ по настоящему акту: 1 220 000,00".
            r"|стоимость\s+(?:оказанных\s+|выполненных\s+)?(?:услуг|работ)"
            r"\s+по\s+(?:настоящему|данному)\s+акту"
            r"|всего\b(?!\s+(?:наименований|оказано|отпущено|мест))"
            # "Сумма неустойки", "Сумма аванса" name a part, not the whole, and
            # an insurance's "Страховая сумма" the cover, not the premium.
            r"|(?<!страховая\s)сумма\b(?!\s*(?:прописью|ндс|без|в\s+т|неустойк|штраф"
            r"|пен[иь]|аванс|предоплат|удержани|залог|обеспечени|комисси|страхов))"
            # The premium is what an insurance policy or its invoice costs.
            r"|(?<!уплаты\s)(?<!оплаты\s)(?:страхов\w+\s+)?преми[яи]\b"
            r"|(?:total\s+|annual\s+)?premium\b(?:\s+payable)?"
            # "Phase 1 value including GST", "Amount incl. VAT".
            r"|(?:value|amount|price)\s+(?:including|incl\.?|inclusive\s+of)"
            r"\s+(?:gst|vat|hst|tax(?:es)?)\b"
            # "The value of the accepted Milestone 2 is EUR 18,400.00" in an act.
            # Only "accepted" names what this paper accepts: "the completed
            # Milestone 1" may be an earlier stage.
            r"|\bvalue\s+of\s+(?:the\s+)?accepted\b[^\n.:;]{0,40}?"
            r"\s+(?:is|amounts?\s+to)\b"
            # "TOTAL VALUE OF SERVICES ACCEPTED:", whose words are too many for the
            # gap after a bare "total".
            # The same in a ruled row ("| Total value of the Equipment | 412,000.00").
            r"|total\s+value\s+of(?:\s+[^\W\d_]+){1,3}(?=[ \t]*[:|])"
            # "| Value of services accepted | 218,160.00 |" closes an act's table.
            r"|value\s+of(?:\s+[^\W\d_]+){1,2}\s+accepted(?=[ \t]*[:|])"
            # OCR may glue the words of a caption: "Totalpayable(9)".
            r"|\btotal(?=payable\b|due\b)"
            r"|(?<!sub-)(?<!sub\s)(?:total|totaal)\b"
            r"(?!\s*(?:ht|excl|net|tax|vat|hors|\(?[0-9]+\s?%))"
            r"|summe\b|razem\b)"
        ),
    ),
    (0.6, compile_folded(r"\bamount\b(?!\s+in\s+words)")),
)
_STRONG_TOTAL_LABELS = _TOTAL_LABELS[:1]
_PAYABLE_CONFIDENCE = _TOTAL_LABELS[0][0]
_PRICE_VERB = r"(?:составляет|составит|равна|определяется\s+в\s+размере)"
# The price stated in a contract. Only contracts read these labels, because an act
# or an invoice may quote the contract price beside its own total.
_CONTRACT_PRICE_LABELS = (
    (
        0.9,
        compile_folded(
            # The starting maximum price of a tender ("Начальная (максимальная) цена
            # контракта") is not the price the contract agreed, which
            # _labeled_amounts checks (see _TENDER_PRICE_BEFORE_RE).
            r"\b(?:(?:общая|итоговая)\s+)?(?:цена|стоимость|сумма)"
            r"\s+(?:настоящего\s+)?"
            r"(?:(?:договора|контракта|работ|услуг|товар(?:а|ов)?|поставки"
            r"|(?:лизинговых|арендных)\s+платежей|арендной\s+платы"
            r"|вознаграждения(?:\s+(?:исполнителя|подрядчика|агента|поверенного))?)"
            r"(?:\s+по\s+(?:настоящему\s+)?(?:договору|контракту))?"
            # "Общая сумма договора лизинга (лизинговые платежи, включая аванс и
            # выкупную цену):" over the amount.
            r"(?:(?:(?<=договора)|(?<=контракта))\s+(?:лизинга|аренды|поставки|подряда)"
            r"(?:\s*\([^()\n]{1,80}\))?(?::(?=[ \t]*\n))?)?"
            # Equipment or products are the price only "по настоящему договору": a
            # service or insurance contract states their value, not its price.
            r"|(?:оборудования|продукции)\s+по\s+(?:настоящему\s+)?"
            r"(?:договору|контракту))"
            # "за период с 01.07.2024 по 30.06.2025", "за весь срок действия",
            # "за срок аренды", "за 12 (двенадцать) месяцев".
            r"(?:\s+за\s+(?:период|(?:весь\s+)?срок|[0-9]+\s*(?:\([^()\n]{1,30}\)\s*)?"
            # The words of the period reach the verb when it follows them.
            r"(?:месяц\w*|год\w*|лет\b))"
            rf"(?:[^\n]{{0,40}}?(?=\s+{_PRICE_VERB})|[^\n]{{0,40}}?))?"
            # "..., включая аванс и выкупную цену, составляет", or a colon after
            # them with the amount on the next line.
            r"(?:,\s*включая\s[^,:]{0,60}(?:,|:(?=[ \t]*\n)))?"
            rf"(?:\s+{_PRICE_VERB})?"
            r"|\bвознаграждение(?:\s+(?:исполнителя|подрядчика|агента))?"
            r"\s+составляет"
            # A fee per period is a rate, not the contract's price.
            r"|\b(?<!monthly\s)(?<!hourly\s)(?<!weekly\s)(?<!daily\s)(?<!annual\s)"
            # "Advance of 20% of the contract value, USD 200,400.00" is a share.
            r"(?<!%\sof\sthe\s)(?<!%\sof\s)(?<!%\)\sof\sthe\s)"
            r"(?:total\s+)?(?:contract\s+)?"
            r"(?:price|fees?|value|consideration|cost|rent|lease\s+payments)"
            # "The Contract Price including VAT is ...", after the price without it.
            r"(?:\s+(?:including|incl\.?|inclusive\s+of)\s+(?:vat|gst|hst|tax(?:es)?))?"
            # OCR may drop the space in "this agreement".
            r"(?:\s+(?:under|of|for)\s+(?:this|the)"
            r"\s*(?:agreement|contract|services|works?|goods"
            r"|term\s+of\s+(?:this|the)\s+(?:agreement|contract))){0,2}"
            # "for its term of 12 months", "over the whole period".
            r"(?:\s+(?:for|over)\s+(?:its|the|the\s+whole)\s+(?:lease\s+)?"
            r"(?:term|period)"
            r"(?:\s+of\s+[0-9]+\s+(?:months?|years?))?"
            # "for the term from December 1, 2024 to November 30, 2025".
            r"(?:\s+from\s+(?:[^.;:]|(?<=[0-9])\.(?=[0-9])){1,30}?\s+(?:to|until|till)"
            r"\s+(?:[^.;:]|(?<=[0-9])\.(?=[0-9])){1,30}?)?)?"
            r"\s+(?:is|are|shall\s+be|amounts?\s+to)\b"
            r"|\b(?<!%\sof\sthe\s)(?<!%\sof\s)(?<!%\)\sof\sthe\s)"
            r"(?:total\s+)?contract\s+(?:price|value|sum|amount)\b"
            # "Total of rentals under this Schedule, including the advance rental and
            # the purchase option price: EUR 460,120.00".
            r"|\btotal\s+of\s+(?:the\s+)?(?:rentals|lease\s+payments)\b"
            r"(?:\s+under\s+this\s+(?:schedule|agreement|lease))?"
            r"(?:,\s*including\s(?:[^,:;]|(?<=[0-9]),(?=[0-9]{3})){0,100}:)?"
            r"|\b(?:licen[cs]e|service|total)\s+fees?\s+of\b"
            # A statement of work's price: "Fixed fee for the term: USD 29,580.00".
            r"|\bfixed\s+(?:fee|price)(?:\s+for\s+the\s+(?:term|project|services|work))?"
            r"(?=[ \t]*:)"
            # The sum a grant agreement awards: "awards the Grantee a grant of USD
            # 48,500.00", "Сумма гранта составляет".
            r"|\bgrant\s+(?:amount\s+(?:is|of)|of)\b(?=\s*(?:[a-z]{3}\b|[$€£₽]))"
            # A loan agreement's amount is its limit or the sum lent.
            r"|\bлимит\w*\s+(?:выдачи|кредитования|задолженности)\b|\bс\s+лимитом\b"
            r"|\bсумм[аеуы]\s+(?:кредита|займа)\b|\b(?:кредит|заем|заём)\s+в\s+(?:сумме|размере)"
            r"|\b(?:loan|facility|principal)\s+amount\b"
            r"|\bamount\s+of\s+the\s+(?:loan|facility)\b"
            r"|\bразмер\s+гранта\b"
            r"|\bгрант\s+в\s+размере\b"
        ),
    ),
    # "Общая цена туристского продукта составляет", "Общая стоимость обучения
    # составит": weaker, because "Общая стоимость давальческих материалов" states
    # a part, and never a penalty's or an advance's sum.
    (
        0.8,
        compile_folded(
            r"\b(?:общая|итоговая)\s+(?:цена|стоимость|сумма)"
            r"(?:\s+(?!неустойк|штраф|пен[иь]|аванс|предоплат|страхов|залог|обеспечени"
            r"|удержани|гарантийн|задат|возмещени|компенсаци)[^\W\d_]+){1,3}"
            rf"\s+{_PRICE_VERB}"
        ),
    ),
    # A transport order's freight as a caption of its own cell or line: "| Ставка
    # | 136 000 руб. (2 а/м x 68 000 руб.) |", "Стоимость перевозки: 45 000 руб.".
    (
        0.75,
        compile_folded(
            r"(?:(?<=\|)|^)[ \t]*(?:ставка|стоимость\s+перевозки|фрахт"
            r"|freight(?:\s+rate)?)(?=[ \t]*[:|])",
            re.MULTILINE,
        ),
    ),
    # "поставить товар на сумму 500 000,00 руб.": weaker, because penalties and
    # debts are also stated "на сумму".
    (
        0.7,
        compile_folded(
            r"\bна\s+(?:общую\s+)?сумму\b(?!\s+(?:задолженност|долга|неустойк|штраф"
            r"|пен[иь]|просроч|неоплач|аванс))"
        ),
    ),
)
# The value that a supplementary agreement or an addendum adds to its contract. It
# outranks the contract price, which such a paper often restates as amended. Only
# papers headed as amendments read these labels.
_AMENDMENT_HEADING_RE = compile_folded(
    r"(?m)^[ \t]*+[\W_]{0,6}(?:(?:дополнительное|доп\.)\s*соглашение"
    r"|(?:(?:first|second|third|fourth|fifth|[0-9]+(?:st|nd|rd|th))\s+)?"
    r"(?:addendum|amendment)|supplementary\s+agreement)\b"
)
_AMENDMENT_PRICE_LABELS = (
    (
        0.95,
        compile_folded(
            r"\b(?:общая\s+)?(?:стоимость|цена|сумма)\s+(?:дополнительн\w+\s+"
            r"(?:работ|услуг|товар\w*|поставки|объем\w*)"
            r"(?:\s+по\s+настоящему\s+(?:дополнительному\s+)?соглашению)?"
            r"|[^.;]{0,60}?по\s+настоящему\s+(?:дополнительному\s+)?соглашению)"
            r"(?:\s+(?:составляет|составит))?"
            r"|\b(?:цена|стоимость|сумма)\s+(?:договора|контракта)\s+увеличива\w+"
            r"\s+на(?:\s+сумму)?"
            r"|\b(?:price|value|cost|amount)\s+(?:of\s+(?:the\s+)?[^.;]{1,40}?\s+)?"
            r"under\s+this\s+(?:addendum|amendment|supplement(?:ary\s+agreement)?)"
            r"\s+(?:is|shall\s+be|amounts?\s+to)\b"
            r"|\b(?:contract\s+)?(?:price|value)\s+(?:of\s+the\s+contract\s+)?"
            r"(?:is|shall\s+be)\s+increased\s+by\b"
        ),
    ),
)
# The sum that a claim or a payment reminder demands, which is that letter's total.
_LETTER_TYPE = "letter"
_DEMAND_LABELS = (
    (
        0.8,
        compile_folded(
            r"\b(?:требуем|просим)\b[^.]{0,120}?\b(?:перечислить|оплатить|погасить"
            r"|выплатить|возместить|уплатить)\b"
            r"|\b(?:total\s+)?outstanding(?:\s+(?:balance|amount|sum|debt))?\b"
            r"(?:\s+(?:is|of|amounts\s+to|totals))?"
            # "Задолженность по оплате составляет", "Сумма задолженности:", "долг
            # в размере".
            r"|\b(?:(?:сумма|размер)\s+)?(?:задолженност\w*|долг(?!осроч)\w*)"
            # The debtor, the creditor and the contract may stand before the verb:
            # "задолженность ООО «Ромашка» перед ООО «Вектор» по договору № 77-П
            # от 01.02.2023 составляет".
            r"(?:(?:[^.\n]|(?<=[0-9])\.(?=[0-9])){0,120}?(?<=[\w»\"])\s+"
            r"(?:составляет|составила)"
            r"|(?:\s+(?:по\s+оплате|перед\s+нами))?"
            r"(?:\s+(?:составляет|составила|в\s+размере))?)"
            r"|\bв\s+размере\b"
        ),
    ),
)
# The value of the goods shipped, which a packing list or a waybill states instead
# of an amount to pay.
_SHIPMENT_VALUE_LABELS = (
    (
        0.7,
        compile_folded(
            r"\b(?:(?:общая\s+)?(?:стоимость|сумма)\s+(?:отправки|груза|товара|товаров"
            r"|поставки|отгрузки)"
            r"|(?:total\s+)?(?:value\s+of\s+(?:the\s+)?(?:goods|shipment|consignment)"
            r"|(?:goods|invoice|declared|shipment|cargo)\s+value)"
            r"|total\s+value)\b"
        ),
    ),
)
_SHIPMENT_TYPES = frozenset({"packing_list", "waybill"})
# A SWIFT transfer's field 32A or 32B: the value date (YYMMDD, in 32A only), the
# currency code and the amount with a decimal comma, written together, on the tag's
# line or on the line under its caption.
# A bank system's print may drop the tag's first colon: "32A: Val Dte/Curr/Interbnk
# Settld Amt" over "260415EUR36840,00".
_SWIFT_AMOUNT_RE = compile_folded(
    r"(?m)(?:^[ \t]*:?|:)32[ab]:[^\n]{0,60}?(?:\n[ \t]*)?"
    r"(?<![0-9a-z])(?:[0-9]{6})?(?P<currency>[a-z]{3})"
    r"(?P<amount>[0-9]{1,15},[0-9]{0,2})(?![0-9])"
)
_SWIFT_AMOUNT_CONFIDENCE = 0.8
# A number after "пп.", "п.", "ст." cites a clause of a law ("ставка НДС 0% (пп. 1
# п. 1 ст. 164 НК РФ)"), not an amount.
_LEGAL_REFERENCE_BEFORE_RE = compile_folded(
    r"\b(?:пп|п|ст|ч|абз|art|para|cl)\.[ \t]*\Z"
)
_REFERENCE_CHARS = 8
_BALANCE_LABEL_RE = compile_folded(
    r"\b(?:остаток|сальдо|balance|remaining|outstanding|amount\s+due)"
)
# The Euro-pallet types EUR 1 to EUR 6, in a text that speaks of pallets.
_PALLET_TYPE_AFTER_RE = re.compile(r"[ \t-]?[1-6](?![0-9.,])")
_PALLET_RE = compile_folded(r"паллет|поддон|pallet")
# Contracts read every total label and the price labels, and get no total from
# an unlabeled amount. Types that are neither a contract nor in
# `_STRONG_LABEL_TYPES` (invoices, acts, receipts) read every total label and fall
# back to the largest amount with a currency marker. Types added in the admin read
# every total label too, but fall back as `other` does.
_CONTRACT_TYPE = "contract"
_ACT_TYPE = "act"
# Headings of acts that record a fault or an inspection rather than work to pay for.
_NO_CHARGE_ACT_RE = compile_folded(
    r"(?m)(?:^|(?<=[ \t]{3}))[ \t]*+[\W_]{0,6}(?:акт\w*\s+(?:о\s+|об\s+)?"
    r"(?:выявленн\w+\s+|обнаруженн\w+\s+)?"
    r"(?:недостатк|дефект|брак|осмотр|обследовани|несоответстви)"
    r"|рекламационн\w*\s+акт|дефектн\w+\s+(?:акт|ведомост)"
    r"|(?:defects?|inspection|non-?conformity)\s+(?:report|act|notice)\b)"
)
_PAYMENT_ORDER_TYPE = "payment_order"
# Document types that mention amounts which are not a total (balances, fees, limits,
# prices, salaries). They report a total only under a strong label such as
# "Итого к оплате" or "Total amount due" (see `_unlabeled_total_candidates` for the
# one exception).
_STRONG_LABEL_TYPES = frozenset(
    {
        "bank_statement",
        "power_of_attorney",
        "letter",
        "other",
        "passport",
        "packing_list",
    }
)
# A line with one of these is a balance, not a total, even under "Total".
# A line that deducts an advance or deposit from the total before the payable.
# A balance of earlier bills that a payable adds to the document's own total.
_CARRIED_BALANCE_RE = compile_folded(
    r"\b(?:brought\s+forward|previous(?:ly)?\s+(?:balance|unpaid)|prior\s+balance"
    r"|opening\s+balance|arrears|задолженност\w*\s+(?:на\s+начало|прошл\w+)"
    r"|сальдо\s+на\s+начало|долг\s+(?:на\s+начало|прошл\w+))"
)
# How far before an amount its line is read for the words that name it.
_LINE_WORDS_CHARS = 160
_PERCENT_AFTER_RE = re.compile(r"[ \t]*%")
# "clause 9.2", "п. 5.6", "пункт 9.2", "ст. 395", "section 4.1".
_CLAUSE_BEFORE_RE = compile_folded(
    r"\b(?:clause|section|art|п|пп|пункт\w*|ст|стать\w+|раздел\w*)\.?[ \t]*\Z"
)
# "(в т.ч. НДС 50 000,00)", "(incl. VAT 500.00)": the tax inside a deducted sum.
_INCLUDED_VAT_BEFORE_RE = compile_folded(
    r"\b(?:в\s+т\.\s*ч\.|в\s+том\s+числе|включая|incl\.?|including|of\s+which)"
    r"[^\n0-9]{0,20}\Z|\b(?:ндс|vat)\b[^\n0-9]{0,12}\Z"
)
_WAIVED_RE = compile_folded(r"\b(?:waived|not\s+charged|не\s+начисл\w*|отмен\w*)")
_CONTRACT_WORD_RE = compile_folded(r"\b(?:contract|agreement|договор|контракт)")
_DEDUCTION_RE = compile_folded(
    r"\b(?:аванс|предоплат|зачт[её]н|оплачено|deposit|advance|offset|prepa(?:id|yment)"
    r"|paid|received"
    # A credit from an earlier credit memo or a prepaid balance: "Account credit
    # applied -$50.00", "Credits applied".
    r"|credits?\s+applied|applied\s+credits?"
    # A penalty or a retention that the customer withholds from the payment.
    r"|неустойк|штраф|пен[иья]\b|удержан|penalt|withh[eo]ld|retention)"
)
# A sum that the words after it withhold: "773,27 руб., удерживаются из суммы
# оплаты", "EUR 120.00 withheld".
_DEDUCTED_AFTER_RE = compile_folded(
    r"[^\n0-9]{0,20}?\b(?:удержива\w+|удержан\w*|withheld|deducted)\b"
)
_DEDUCTION_WINDOW = 600
# The punctuation and clause number ("2.2.") that may precede a label opening its line.
_LINE_OPENING_RE = re.compile(
    r"(?:[^\w\n]|_)*(?:[0-9]{1,2}(?:\.[0-9]{1,2}){0,2}\.?[ \t]+)?"
)
_BALANCE_RE = compile_folded(
    r"\b(?:(?:входящий|исходящий)\s+остаток|остаток\s+на\s+(?:начало|конец)|сальдо"
    r"|(?:opening|closing|starting|ending|previous)\s+balance"
    r"|balance\s+(?:brought|carried)\s+forward|balance\s+b/?f|balance\s+c/?f)"
)
_CHARGE_RE = compile_folded(
    r"\b(?:провозная\s+плата|стоимость\s+перевозки|фрахт|freight|carriage\s+charges?)\b"
)
# A price per period or per unit, not a total: "38 000 руб. в месяц", "2 400 руб./час".
# A freight rate per distance or weight ("45 руб./км", "95 USD за тонну") is a
# rate too.
_RATE_AFTER_RE = compile_folded(
    r"\s*(?:/\s*(?:час|ч|мес|месяц|день|сутки|шт|ед|км|т|тонн\w*|кг|hour|hr|h|month"
    r"|mo|day|unit|km|mile|t|ton|tonne|kg)\b"
    r"|(?:в|за)\s+(?:месяц|час|день|сутки|год|единицу|км|километр|тонн\w*|кг"
    r"|килограмм)\b|ежемесячно"
    # A rent per square metre: "за 1 кв. м", "/м2", "per sq. m".
    r"|(?:/|за)\s*(?:1\s*)?(?:кв\.?\s*м|м2|м²|квадратн\w*)|per\s+(?:sq\.?\s*m|m2|square)"
    r"|per\s+(?:month|hour|day|week|year|annum|unit|km|kilomet(?:er|re)|mile|ton"
    r"|tonne|kg|cbm)\b|an?\s+(?:month|hour)\b"
    r"|monthly\b|hourly\b)"
)
# A limit before an amount, with at most a short caption between them.
_THRESHOLD_BEFORE_RE = compile_folded(
    r"(?:\b(?:(?:orders?|purchases?|amounts?|sums?|value)\s+above|over|exceeding"
    r"|minimum|maximum|up\s+to|свыше|более"
    r"|не\s+(?:менее|более)|минимальн\w*|максимальн\w*)\b|\b(?:min|max)\.)"
    r"[^\n0-9]{0,20}$"
)
_THRESHOLD_CHARS = 40
# A count, not money: a whole number followed by "x" and a number or by a unit
# ("4 x 20' containers", "8 мест", "12 pcs").
_COUNT_AFTER_RE = compile_folded(
    r"\s*(?:[x×*]\s*[0-9]"
    r"|(?:containers?|bags?|pallets?|pcs|pieces?|packages?|pkgs?|items?|units?"
    r"|boxes|cartons?|cases|kgs?|tons?|tonnes?|reels?|rolls?|drums?|bundles?"
    r"|шт|мест[ао]?|паллет\w*|короб\w*|рулон\w*|бухт\w*"
    r"|упаков\w*|позици\w*|наименовани\w*|кг|тонн\w*"
    r"|вагон\w*|цистерн\w*|контейнер\w*|wagons?|railcars?|tank\s+cars?"
    # A term: "within 7 days", "в течение 10 (десяти) дней".
    r"|(?:calendar\s+|business\s+|banking\s+|working\s+)?days?|дн\w*"
    r"|months?|years?|месяц\w*|год\w*|лет"
    r"|(?:\([^()\n]{1,30}\)\s*)?(?:календарн|рабоч|банковск)\w*)\b)"
)
# The caption of a gross amount column (not "Gross weight"), and the gap between two
# header columns.
_GROSS_CAPTION_RE = compile_folded(
    # OCR reads the Д of "С НДС" as A: "C HAC".
    r"\b(?:(?:всего\s+)?с\s+(?:учетом\s+)?(?:ндс|налогом|нас\b)"
    r"|(?:incl\.?|including|inclusive\s+of|with)\s+(?:vat|tax)"
    r"|gross\b(?!\s*(?:weight|mass|wt|kg)))"
)
# A column of the amount to pay ("К оплате") after the list prices, as a warranty
# act prints them.
_MAX_ROW_COLUMNS = 8
_DISCOUNT_CAPTION_RE = compile_folded(r"\b(?:скидк\w*|discount|rebate)")
_PAYABLE_CAPTION_RE = compile_folded(
    r"\b(?:к\s+(?:оплате|уплате)|amount\s+(?:payable|due)|to\s+pay)\b"
)
_COLUMN_BREAK_RE = re.compile(r" {2,}|\t|\|")

_PERIOD_RE = compile_folded(r"\b(?:отч[её]тный\s+период|reporting\s+period)\b")
# How far above a total row to look for the table header, in characters.
_HEADER_SEARCH_CHARS = 1500
# Characters allowed between two amounts of one table row in the folded text:
# spacing, column rules, placeholders for an empty cell ("X", "--") and a cell
# that contains one stray letter of a scan's noise ("|    г   |"). The whole cell is
# tried first and the loop is possessive, so that a long row of "| X " cells is
# read once, not in every split of its characters.
# A cell may also hold a total quantity with three decimals ("| 1110,000 |",
# "| 11,700.000 |"), which no amount has after an integer part too long for an
# English amount's first group or after grouped thousands. A weight grouped by
# spaces ("1 250,500") is such a cell without rules too.
_ROW_GAP_RE = re.compile(
    r"(?:(?<=[|¦])[ \t]*(?:[^\W\d_]|[0-9]{4,}[.,][0-9]{3}"
    r"|[0-9]{1,3}(?:[ .][0-9]{3})+,[0-9]{3}|[0-9]{1,3}(?:[ ,][0-9]{3})+\.[0-9]{3})"
    r"[ \t]*(?=[|¦])|(?<=[ \t])[0-9]{1,3}(?:[ \u00a0][0-9]{3})+,[0-9]{3}(?=[ \t])"
    # OCR reads a cell rule after a sum as "]": "170 080,00]1 069 280,00]".
    r"|(?<=[0-9])\]|[\s|¦:;*x×\-–—])*+"
)
_VAT_LABELS = (
    (
        0.9,
        compile_folded(
            r"\b(?:(?:в\s+т(?:ом)?\.?\s*ч(?:исле)?\.?|сумма|итого)\s+ндс"
            r"|vat\s+amount|total\s+vat|tax\s+amount)"
            # A line of its own that opens with the words, as "в т.ч. НДС" does:
            # "incl. VAT 20%   3,100.00", "including VAT (20%) 3,100.00".
            r"|(?m:^)[ \t]*(?:incl\.?|including)\s+(?:vat|tax)\b"
            r"(?=[ \t]*(?:at[ \t]+)?\(?[ \t]*[0-9]{1,2}(?:[.,][0-9]{1,2})?[ \t]*%)"
        ),
    ),
    (
        0.7,
        compile_folded(
            r"(?<!excl\.\s)(?<!incl\.\s)(?<!exclusief\s)(?<!before\s)(?<!excluding\s)"
            r"(?<!including\s)"
            # "Сумма без НДС", "Итого с НДС", "без учета НДС" caption a net or a gross
            # amount, not the VAT.
            r"(?<!\bбез\s)(?<!\bс\s)(?<!\bуч[её]та\s)(?<!\bуч[её]том\s)"
            # "Partita IVA" is an Italian VAT number.
            r"(?<!partita\s)"
            r"\b(?:ндс|vat|tax|tva|btw|mwst|ust|gst|iva)\b"
            # A VAT number or a VAT invoice, not a VAT amount, follows these:
            # "VAT ID", "USt-IdNr.", "MwSt.-Nr.".
            r"(?![-.\s]*(?:/|number|no\b|nr\b|reg|id|invoice|nl[0-9]))"
            # A till prints the tax's code before its rate: "TAX 1   7.000 %   0.45".
            r"(?:[ \t]+[0-9](?=[ \t]+[0-9]{1,2}(?:[.,][0-9]{1,3})?[ \t]*%))?"
        ),
    ),
)
# A column caption such as "Сумма без НДС" names the net amount, not an exemption.
_NO_VAT_RE = compile_folded(
    r"(?<!сумма\s)(?<!цена\s)(?<!стоимость\s)(?<!итого\s)(?<!всего\s)"
    r"\bбез\s+(?:налога\s+\()?ндс\)?|\bндс\s+не\s+облагается|\bне\s+облагается\s+ндс"
)

_COLUMN_NUMBER_AFTER_RE = re.compile(r"[ \t]*\([0-9]{1,2}[а-яa-z]?\)")

_MAX_GAP_CHARS = 60
# An amount in words right after its label, and the gap before its figures.
_LEADING_WORDS_RE = re.compile(
    rf"[ \t:–—-]*(?:{AMOUNT_WORDS_RE.pattern})", AMOUNT_WORDS_RE.flags
)
_BRACKET_GAP_RE = re.compile(r"[ \t]*\(?[ \t]*")
# How far around an amount its qualifying words ("Opening balance", "Freight") and
# a later priced amount on the same line are looked for.
_QUALIFIER_WINDOW = 120
_SPACE_RUN_RE = re.compile(r"[ \t]{2,}")
_MAX_TOTAL_GAP_LETTERS = 15
_MAX_VAT_GAP_LETTERS = 8
# Currencies named in words: "долларов США", "фунтов стерлингов", "Turkish lira".
_CURRENCY_WORD_CODES = (
    (r"долл(?:ар\w{0,3}|\.)\s*сша", "USD"),
    (r"фунт\w{0,3}\s+стерлинг\w{0,3}|pounds?\s+sterling", "GBP"),
    (r"швейцарск\w{1,3}\s+франк\w{0,3}|swiss\s+francs?", "CHF"),
    (r"гривн\w{0,2}|hryvni?as?", "UAH"),
    (r"польск\w{1,3}\s+злот\w{1,3}|zlot(?:y|ys|ies)", "PLN"),
    (r"турецк\w{1,3}\s+лир\w{0,2}|turkish\s+lir[ae]s?", "TRY"),
    (r"дирхам\w{0,3}\s+оаэ|uae\s+dirhams?", "AED"),
    (r"японск\w{1,3}\s+иен\w{0,2}|japanese\s+yen", "JPY"),
)
# An amount right before a currency named in words, with the amount in words in
# brackets between them: "48 600,00 (Сорок восемь тысяч шестьсот) долларов США".
# The currency may also stand inside the brackets ("2 800,00 (Две тысячи восемьсот
# долларов США 00 центов)") or after a currency caption ("Валюта счета: доллар США").
_AMOUNT_BEFORE_RE = compile_folded(
    r"[0-9](?:[ \t]*\([^()\n]{0,160}\))?[ \t\n]*\Z|[0-9][ \t]*\([^()\n]{0,160}\Z"
    r"|\b(?:валюта|currency)\b[^\n:]{0,20}:[ \t]*\Z"
)
_AMOUNT_BEFORE_CHARS = 200
_ROUBLE_PAYMENT_RE = compile_folded(r"\bв\s+российск\w{1,3}\s+рубл\w{0,3}\b")
_PAYMENT_STATEMENT_WEIGHT = 2
# A Kazakh document: its business number (БИН), a city or the tenge named.
_KAZAKH_RE = compile_folded(
    r"\b(?:бин|казахстан\w*|алматы|астана|шымкент|караганд\w*|тенге|kzt|kazakhstan)\b"
)
# A currency after a column caption and a comma, closing its cell: "Сумма, EUR |".
_CAPTION_COMMA_RE = re.compile(r"[^\W\d_],[ \t]*\Z")
_CELL_END_RE = re.compile(r"[ \t]*(?:\||:|\n|\Z)|[ \t]{2}")
# The gap before the last caption of a row, and the end of that caption's line.
_CAPTION_GAP_RE = re.compile(r"[^\W\d_][ \t]{2,}\Z")
_LINE_END_RE = re.compile(r"[ \t]*(?:\n|\Z)")
_DIGIT_RE = re.compile(r"[0-9]")
# An exchange rate names two currencies: "Rate EUR/TRY 36.12", "курс USD/RUB".
_CURRENCY_PAIR_RE = re.compile(r"(?<![^\W\d_])[a-z]{3}/[a-z]{3}(?![^\W\d_])")
_CURRENCY_WORDS = "|".join(rf"\b(?:{words})\b" for words, _ in _CURRENCY_WORD_CODES)
_CURRENCY_WORD_PATTERNS = tuple(
    (compile_folded(words), code) for words, code in _CURRENCY_WORD_CODES
)
# "р." counts only right after a number, because the folded text cannot tell it
# from the initial "P." of a Latin name or "Р." of a Russian one.
_CURRENCY_SCAN_RE = compile_folded(
    # A symbol inside a word is an OCR misreading ("ВВГнг-LS" read as "ВВГнг-Ё5$",
    # "ВВГнг(А)-1$" or "(А) -15$"): after a letter, or after one or two digits that
    # follow a sign. A range ("10-25$") keeps its sign.
    r"\b(?:us|ca|c|au|a|hk|nz|s)\$"
    r"|(?<![^\W\d_])(?<![^\s\d.,'][0-9])(?<![^0-9]-[0-9]{2})[$€£₽₹¥₸₩₺֏₾]"
    r"|(?:(?<=[0-9])|(?<=[0-9] ))(?:р\.(?!\w)|kr\b)|zł|\bus\s+dollars?\b"
    # "Ph. Eur." names the European Pharmacopoeia, not the euro, and "ЕВРО-5",
    # "Euro 6" or "ЕВРО ДТ-Е-К5" an emission class of fuel or of a vehicle.
    r"|\b(?<!ph\.\s)(?<!ph\.)(?:руб(?:лей|ля|ль)?|rub|rur|usd|eur"
    r"|(?:euro|евро)(?!-[0-9])(?![ \t][0-9](?:[^0-9 .,]|$))"
    r"(?![ \t]*(?:дт|аи|класс|diesel|межсезон\w*|летн\w*|зимн\w*|арктич\w*)\b)"
    r"(?<!аи-92\sевро)(?<!аи-95\sевро)(?<!аи-98\sевро)(?<!дт\sевро)|gbp|inr|rs"
    r"|cny|kzt|pln|chf|jpy"
    r"|byn|uah|roubles?|rubles?|тенге|юан(?:ей|я|ь|и)"
    # Codes that are no English word ("try", "cad" are left out).
    r"|aed|sek|nok|dkk|czk|aud|sgd|hkd|krw|brl|mxn|zar|sar|thb|myr|nzd|huf|bgn|rsd"
    r"|uzs|ils|idr|vnd|azn|tjs|mdl|egp|qar|pkr|драм\w*)\b"
    # "AMD" names drams only before a sum ("TOTAL AMD   132,500.00"), not in
    # "Процессор AMD Ryzen".
    r"|\bamd(?=[ \t]+[0-9]{1,3}(?:[ ,.][0-9]{3})*(?:[.,][0-9]{2})?\b)"
    r"|(?<=[0-9] )amd\b"
    # Currencies named in words, "TRY" when it is printed in capitals, a "T" after
    # a sum with kopecks, which is OCR's reading of the tenge sign "₸", and the
    # lira's "TL" after a sum ("11.496,00 TL").
    rf"|{_CURRENCY_WORDS}|\btry\b|(?<=[0-9][.,][0-9]{{2}} )tl?\b"
)
_BARE_ROUBLE_MARK = fold("р")
# The word before a rouble word that makes it the Belarusian rouble.
_BELARUSIAN_BEFORE_RE = compile_folded(r"\bбел(?:орусск\w*|\.)\s*$")
_BELARUSIAN_CHARS = 16
_CURRENCY_NAMES = {
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "kr": "SEK",
    "tl": "TRY",
}
# "¥" is the sign of the yuan and of the yen, so a document from Japan means yen.
_JAPAN_RE = compile_folded(
    r"\b(?:japan|tokyo|osaka|yokohama|nagoya|kyoto|consumption\s+tax|япони\w*|токио)\b"
    r"|円"
)
_RUPEE_RE = compile_folded(r"\brupees?\b|₹")
_YUAN_NAME_RE = compile_folded(r"\b(?:cny|rmb|yuan|renminbi)\b|юан")
_DOLLAR_NAME_RE = compile_folded(r"\b(?:usd|us\$|dollars?)\b")
# "kr" after an amount is the krona of Sweden, or the krone of Norway or Denmark.
_KRONA_NAMES = (
    (compile_folded(r"\b(?:sek|swedish|kronor)\b"), "SEK"),
    (compile_folded(r"\b(?:nok|norwegian)\b"), "NOK"),
    (compile_folded(r"\b(?:dkk|danish)\b"), "DKK"),
)
_KRONA_COUNTRIES = (
    (compile_folded(r"\b(?:sweden|sverige|stockholm|gothenburg|malm[oö])\b"), "SEK"),
    (compile_folded(r"\b(?:norway|norge|oslo|bergen)\b"), "NOK"),
    (compile_folded(r"\b(?:denmark|danmark|copenhagen|aarhus)\b"), "DKK"),
)
# The currency line of a UPD or a VAT invoice, which names the currency and gives
# its ISO 4217 numeric code: "Валюта: наименование, код Российский рубль, 643".
_CURRENCY_LINE_RE = compile_folded(
    r"\b(?:валюта|currency)\b[^\n]{0,80}?(?<![0-9])(?P<code>[0-9]{3})(?![0-9])"
)
# An account's currency caption and what follows it, up to the end of its cell.
_CURRENCY_NAME_LINE_RE = compile_folded(
    r"\b(?:валюта(?:\s+сч[её]та)?|(?:account\s+)?currency(?:\s+of\s+(?:the\s+)?"
    r"account)?)[ \t]*:[ \t]*(?P<name>[^\W\d_]+(?:[ \t][^\W\d_]+)?)"
)
_BELARUSIAN_NAME_RE = compile_folded(r"бел(?:орусск\w*|\.)\s*рубл")
_ROUBLE_NAME_RE = compile_folded(
    r"(?:российск\w*\s+)?рубл\w*(?!\s+(?:сша|белорус))|russian\s+roubles?"
    r"|russian\s+rubles?"
)
_NUMERIC_CURRENCY_CODES = {
    "643": "RUB",
    "810": "RUB",
    "840": "USD",
    "978": "EUR",
    "826": "GBP",
    "156": "CNY",
    "398": "KZT",
    "933": "BYN",
    "980": "UAH",
    "356": "INR",
    "985": "PLN",
    "756": "CHF",
    "392": "JPY",
}
# Digits 6-8 of a Russian bank account give its currency: "40702 810 ..." is a
# rouble account (810 is the rouble's code before 1998), "40702 840 ..." a dollar
# one. Settlement accounts open with 401-408, treasury accounts with 031-032.
_ACCOUNT_CURRENCY_RE = re.compile(
    r"(?<![0-9])(?:40[1-8][0-9]{2}|03[12][0-9]{2})(?P<code>[0-9]{3})[0-9]{12}(?![0-9])"
)
_TAXPAYER_NUMBER_RE = compile_folded(r"\bинн\b")
_ACCOUNT_CURRENCY_CONFIDENCE = 0.55
_RUSSIAN_DOCUMENT_CURRENCY_CONFIDENCE = 0.4
_FALLBACK_TOTAL_CONFIDENCE = 0.4
_ROW_SUM_CONFIDENCE = 0.6
# How far below the last row its closing row may stand, in characters.
_ROW_SUM_WINDOW = 400
# A total label right before an amount in words, and how far back it may stand.
_WORDS_TOTAL_LABEL_RE = compile_folded(
    r"(?:прописью|(?:всего|итого|сумма)\s+к\s+оплате|к\s+оплате|итого|всего"
    r"|сумма(?:\s+платежа)?|на\s+сумму|in\s+words|total)[^\n\w]{0,6}$"
)
_WORDS_LABEL_CHARS = 60
_MIN_SUMMED_ROWS = 2
# An empty cell of a totals row printed one cell per line: "X", a dash, "без НДС".
_EMPTY_CELL_RE = compile_folded(r"\s*(?:x|х|-{1,3}|без\s+ндс)?\s*")
# A cell of digits that is not one amount, such as the quantity "1 050,000" (kg),
# belongs to the run but not to its sum.
_NUMBER_CELL_RE = re.compile(r"[ \t]*[0-9][0-9 .,]*[ \t]*")
_MAX_CELL_RUN = 8
_MIN_PRICED_LINES_OF_BILL = 2
# A whole number without currency after "Total" may be a count ("Total packages: 10").
_BARE_INTEGER_FACTOR = 0.75
# The maximum digits of the part before the thousands that OCR glued together.
_MAX_GLUED_DIGITS = 6
# VAT rates in percent: Russian (5, 7, 10, 20 and 22 from 2026), Kazakh 12 and
# Turkish 18, with the rounding allowed between a VAT column and its gross amount.
_VAT_RATES = (5, 7, 10, 12, 18, 20, 22)
_VAT_COLUMN_RE = compile_folded(r"\b(?:ндс|vat|tax|налог\w*)\b")
_VAT_ROUNDING = Decimal("0.05")
_VAT_ROUNDING_SHARE = Decimal("0.005")


@dataclass(frozen=True)
class LabeledAmount:
    """An amount that follows a label, with the label's confidence."""

    amount: AmountHit
    confidence: float
    label_start: int


class FoundTotal(NamedTuple):
    """The total field, the amount it came from, and the rest to pay if any."""

    field: dict
    amount: AmountHit
    amount_due: dict | None = None


def find_total(context: ExtractionContext) -> FoundTotal | None:
    """Find the total: the amount after the strongest label, the last of equal ones.

    Which labels count depends on the document type (see `_total_labels`). On a
    table row with several amounts the total is the gross column (see
    `_row_total`). Amounts on balance lines, counts and, in contracts, prices
    per month or per hour are skipped. When the strongest label gives the rest to
    pay after an advance, the total is the full amount above the deduction, and
    `amount_due` gives the rest (see `_total_before_deduction`).
    Without any label, the largest amount with a currency marker is the total at
    low confidence, on the types that state a total as a rule (see
    `_unlabeled_total_candidates`).
    """
    labeled = [
        LabeledAmount(amount, item.confidence, item.label_start)
        for item in _labeled_amounts(
            context, _total_labels(context), _MAX_TOTAL_GAP_LETTERS, next_line=True
        )
        if (
            amount := item.amount
            if _is_words_hit(context, item.amount)
            else _total_candidate(context, item.amount)
        )
        is not None
    ]
    if any(item.amount.value for item in labeled):
        # A balance of zero after the payments ("Balance due 0.00", "Остаток к
        # оплате: 0,00", "Amount due: 0.00" of fees deducted from a payout) means
        # the bill is settled, so the charges are its total. A zero after a full
        # discount ("Итого к оплате: 0,00") stays the total.
        labeled = [
            item
            for item in labeled
            if item.amount.value
            or not _BALANCE_LABEL_RE.search(
                context.text,
                context.document.line_start(item.amount.start),
                item.amount.start,
            )
        ]
    if context.document_type == _PAYMENT_ORDER_TYPE:
        labeled = _before_purpose(context, labeled)
        swift = _swift_amount(context)
        if swift is not None:
            # Field 70 may cite the invoice paid and its total ("BALANCE 70 PCT
            # INV HC-EX-260311 ... TOTAL USD 45920,00"), which is not the transfer.
            remittance = _remittance_spans(context)
            labeled = [
                item
                for item in labeled
                if not any(
                    start <= item.amount.start < end for start, end in remittance
                )
            ]
        # Field 32A gives the total with its currency, unless a label gives another
        # amount: "(Value date: 18.03.2026, currency EUR, amount 21,810.00)" repeats
        # it without a currency marker.
        # A label that repeats the 32A amount confirms it against the invoice's
        # total that the print cites beside it ("Invoice total EUR 18,300.00;
        # advance EUR 5,490.00 paid").
        if swift is not None and (
            all(
                item.amount.currency is None and item.amount.value == swift.value
                for item in labeled
            )
            or any(item.amount.value == swift.value for item in labeled)
        ):
            return FoundTotal(
                _amount_field(context, swift, _SWIFT_AMOUNT_CONFIDENCE), swift
            )
    if labeled:
        labeled = _without_contract_values(context, labeled)
        labeled = _without_conversions(context, labeled)
        best = max(
            labeled, key=lambda item: (_total_confidence(item), item.label_start)
        )
        best_field = _amount_field(context, best.amount, _total_confidence(best))
        full = _total_before_deduction(
            context, best, labeled
        ) or _total_before_carried_balance(context, best, labeled)
        joined = _joined_payable(context, best) if full is None else None
        if joined is not None:
            # "Остаток к оплате: 1628 400,00" read from a scan: the rest to pay is
            # one amount when the advance above makes up the difference.
            full = _total_before_deduction(context, joined, labeled)
            if full is not None:
                best = joined
                best_field = _amount_field(
                    context, best.amount, _total_confidence(best)
                )
        if full is None:
            return FoundTotal(best_field, best.amount)
        field = _amount_field(context, full.amount, _total_confidence(full))
        return FoundTotal(field, full.amount, amount_due=best_field)
    marked = _unlabeled_total_candidates(context)
    if not marked:
        return None
    largest = max(marked, key=lambda hit: hit.value)
    return FoundTotal(
        _amount_field(context, largest, _FALLBACK_TOTAL_CONFIDENCE), largest
    )


def _without_contract_values(
    context: ExtractionContext, labeled: list[LabeledAmount]
) -> list[LabeledAmount]:
    """Drop the totals that an act or invoice cites from its contract, unless no
    other total is labeled: "The total fee under the Agreement, RUB 1,830,000.00"
    beside the stage's own "Total for Stage 1 including VAT"."""
    if context.document_type == _CONTRACT_TYPE:
        return labeled
    # A payable label keeps its amount even when it names the contract billed
    # under: "Всего к оплате по договору № 8", "Total due under the Agreement".
    # A sum payable under a bill is dropped only beside an act's own payable
    # total: "Всего с НДС: 76 347,60" and "К оплате по счету № 388 — 479 211,60".
    strong_own = any(
        item.confidence >= _PAYABLE_CONFIDENCE
        and not _BILL_CITED_RE.search(context.text, item.label_start, item.amount.start)
        for item in labeled
    )
    own = [
        item
        for item in labeled
        if (
            item.confidence >= _PAYABLE_CONFIDENCE
            or not _CONTRACT_CITED_RE.search(
                context.text, item.label_start, item.amount.start
            )
        )
        and not (
            context.document_type == _ACT_TYPE
            and _BILL_CITED_RE.search(context.text, item.label_start, item.amount.start)
            and strong_own
        )
    ]
    return own or labeled


# An act that sums what the customer's bill requests for more than the act's
# services: "К оплате по счету № 388 от 31.03.2026 — 479 211,60 руб.".
_BILL_CITED_RE = compile_folded(r"\bпо\s+сч[её]ту\s*(?:№|n[o°º]\b)|\bunder\s+invoice\b")


def _without_conversions(
    context: ExtractionContext, labeled: list[LabeledAmount]
) -> list[LabeledAmount]:
    """Drop the strongest totals that repeat the total in a second currency.

    A bilingual or export invoice may convert its total for reference ("Итого к
    оплате: 12 000,00 руб." and then "Total due: USD 130.00"). The total kept is,
    in this order: one not marked as a conversion ("for reference", "по курсу"),
    the one that the amount in words repeats, or the one in the currency that more
    of the document's amounts carry. Otherwise nothing is dropped.
    """
    top = max(_total_confidence(item) for item in labeled)
    strongest = [item for item in labeled if _total_confidence(item) == top]
    currencies = {item.amount.currency for item in strongest if item.amount.currency}
    if len(currencies) < 2:
        return labeled
    converted = {id(item) for item in strongest if _is_conversion(context, item.amount)}
    if converted and len(converted) < len(strongest):
        return [item for item in labeled if id(item) not in converted]
    main_currency = _currency_repeated_in_words(context, strongest)
    if main_currency is None:
        counts = Counter(hit.currency for hit in context.amounts if hit.currency)
        ranked = sorted(currencies, key=lambda code: counts[code], reverse=True)
        if counts[ranked[0]] == counts[ranked[1]]:
            return labeled
        main_currency = ranked[0]
    return [
        item
        for item in labeled
        if _total_confidence(item) < top
        or item.amount.currency in (None, main_currency)
    ]


def _is_conversion(context: ExtractionContext, hit: AmountHit) -> bool:
    """Return whether the words after an amount on its line mark it as converted."""
    line_end = context.document.line_end(hit.end)
    return _CONVERSION_RE.search(context.text, hit.end, line_end) is not None


def _currency_repeated_in_words(
    context: ExtractionContext, strongest: list[LabeledAmount]
) -> str | None:
    """Return the currency of the one strongest total that the amount in words
    repeats, or None."""
    words = context.amount_in_words
    if words is None:
        return None
    value = amount_from_words_match(words)
    matching = {
        item.amount.currency for item in strongest if item.amount.value == value
    }
    return matching.pop() if len(matching) == 1 else None


def _swift_amount(context: ExtractionContext) -> AmountHit | None:
    """Return the amount of a SWIFT field 32A or 32B ("251117USD30552,00"), or None."""
    found = _SWIFT_AMOUNT_RE.search(context.text)
    if found is None:
        return _swift_print_amount(context)
    whole, _, fraction = found.group("amount").partition(",")
    value = Decimal(f"{whole}.{fraction or '0'}")
    return AmountHit(
        found.start("amount"),
        found.end("amount"),
        value,
        currency_code(found.group("currency")),
        found.span("currency"),
    )


_SWIFT_PRINT_AMOUNT_RE = compile_folded(r"(?m)^[ \t]*amount[ \t]*:[ \t]*#?")
_SWIFT_PRINT_CURRENCY_RE = compile_folded(
    r"(?m)^[ \t]*currency[ \t]*:[ \t]*(?P<currency>[a-z]{3})\b"
)


def _swift_print_amount(context: ExtractionContext) -> AmountHit | None:
    """Return the amount on the "Amount :" line under a printed field 32A, in the
    currency of its "Currency :" line."""
    block = swift_print_32a_block(context)
    if block is None:
        return None
    line = _SWIFT_PRINT_AMOUNT_RE.search(context.text, *block)
    currency = _SWIFT_PRINT_CURRENCY_RE.search(context.text, *block)
    if line is None or currency is None:
        return None
    code = currency_code(currency.group("currency"))
    index = bisect_left(context.amount_starts, line.end())
    if index == len(context.amounts):
        return None
    hit = context.amounts[index]
    if hit.start >= context.document.line_end(line.end()) or code is None:
        return None
    return AmountHit(
        hit.start, hit.end, hit.value, code, currency.span("currency"), True
    )


def total_of_rows(context: ExtractionContext, rows: list[dict]) -> FoundTotal | None:
    """Find a table's closing row without a caption: the first amount below the rows
    equal to the sum of their amounts ("|  |  | 148,200.00 | 7,410.00 | 155,610.00").

    Used only when no total label is found.
    """
    amounts = [row["amount"] for row in rows if "amount" in row]
    if len(amounts) < _MIN_SUMMED_ROWS:
        return None
    sums = [sum(Decimal(amount["value"]) for amount in amounts)]
    priced = [row for row in rows if "amount" in row]
    if all("amount_with_vat" in row for row in priced):
        # The closing row gives the gross sum after the net one, and the gross
        # sum is the total.
        sums.insert(0, sum(Decimal(row["amount_with_vat"]["value"]) for row in priced))
    last_end = max(amount["span"][1] for amount in amounts)
    first = bisect_left(context.amount_starts, last_end)
    for total in sums:
        for hit in context.amounts[first:]:
            if hit.start > last_end + _ROW_SUM_WINDOW:
                break
            # A count or a term that happens to equal the sum ("30 days") is no
            # total.
            if hit.value == total and (hit.has_fraction or hit.currency):
                return FoundTotal(_amount_field(context, hit, _ROW_SUM_CONFIDENCE), hit)
    return None


def total_joined_by_rows(
    context: ExtractionContext, total: dict, rows: list[dict]
) -> dict | None:
    """Return the total read again as one amount with the one to three digits
    before it, when OCR doubled the space after its first group ("Всего к оплате:
    1  812 965,50") and the rows' amounts add up to the joined amount, or None."""
    amounts = [Decimal(row["amount"]["value"]) for row in rows if "amount" in row]
    if len(amounts) < _MIN_SUMMED_ROWS:
        return None

    document = context.document
    hit = next(
        (
            hit
            for hit in context.amounts
            if document.original_span(hit.start, hit.end) == tuple(total["span"])
        ),
        None,
    )
    if hit is None:
        return None

    lead = _SPLIT_LEAD_RE.search(
        context.text, document.line_start(hit.start), hit.start
    )
    if lead is None:
        return None

    value = hit.value
    whole_digits = len(str(int(value)))
    if whole_digits % _GROUP_DIGITS:
        return None
    joined = int(lead.group("lead")) * Decimal(10) ** whole_digits + value
    if joined != sum(amounts):
        return None
    return context.build_field(
        lead.start("lead"), hit.end, format_amount(joined), total["confidence"]
    )


def words_follow_total_label(context: ExtractionContext, start: int) -> bool:
    """Return whether an amount in words at `start` follows a total label on its
    line or ends the line above: "Сумма прописью | Один миллион ...", "К оплате:
    ...", "Всего отпущено на сумму: ..."."""
    document = context.document
    line_start = document.line_start(start)
    window_start = max(line_start, start - _WORDS_LABEL_CHARS)
    if _WORDS_TOTAL_LABEL_RE.search(context.text, window_start, start):
        return True
    if line_start == 0:
        return False
    above_start = document.line_start(line_start - 1)
    return (
        _WORDS_TOTAL_LABEL_RE.search(context.text, above_start, line_start - 1)
        is not None
    )


_REMITTANCE_TAG_RE = re.compile(r"(?m)^:7[02]:")
_SWIFT_TAG_RE = re.compile(r"(?m)^:[0-9]{2}[a-z]?:")


def _remittance_spans(context: ExtractionContext) -> list[tuple[int, int]]:
    """Return the spans of a SWIFT transfer's fields 70 and 72, each up to the next
    field's tag."""
    spans = []
    for tag in _REMITTANCE_TAG_RE.finditer(context.text):
        following = _SWIFT_TAG_RE.search(context.text, tag.end())
        spans.append(
            (tag.start(), following.start() if following else len(context.text))
        )
    return spans


def _before_purpose(
    context: ExtractionContext, labeled: list[LabeledAmount]
) -> list[LabeledAmount]:
    """Keep a payment's amounts above its purpose when there are any.

    The purpose may cite the invoice and its sum ("Частичная оплата по счету № 77
    (сумма счета 1 220 000,00 руб.)"), which is not the amount paid.
    """
    found = purpose_span(context, TAX_ROW_RE.search(context.text))
    if found is None:
        return labeled
    (purpose_start, _), _ = found
    above = [item for item in labeled if item.amount.start < purpose_start]
    return above or labeled


def _joined_payable(
    context: ExtractionContext, payable: LabeledAmount
) -> LabeledAmount | None:
    """Return `payable` joined with the whole number one blank before it, as one
    amount that OCR split by losing a group space, or None (see
    `_lost_group_space`)."""
    index = bisect_left(context.amount_starts, payable.amount.start)
    if index == 0:
        return None
    before = context.amounts[index - 1]
    if not _lost_group_space(context, before, payable.amount):
        return None
    joined = _joined_amount(before, payable.amount)
    return LabeledAmount(joined, payable.confidence, payable.label_start)


def _total_before_deduction(
    context: ExtractionContext, payable: LabeledAmount, labeled: list[LabeledAmount]
) -> LabeledAmount | None:
    """Return the full total when `payable` is what is left after an advance.

    "Итого: 97 500,00 / Зачтен аванс: 30 000,00 / Остаток к оплате: 67 500,00"
    requests the balance, but the document's value is the total above it. The
    earlier total is taken only when the deduction line's amount makes up the
    difference exactly, alone or together with the other deduction lines.
    """
    earlier = [
        item
        for item in _totals_before(context, payable, labeled)
        if item.amount.value > payable.amount.value
    ]
    for item in sorted(earlier, key=lambda item: -item.amount.start):
        difference = item.amount.value - payable.amount.value
        deductions = []
        for hit in _amounts_between(context, item, payable):
            if not _words_before(
                context, hit.start, _DEDUCTION_RE
            ) and not _DEDUCTED_AFTER_RE.match(context.text, hit.end):
                continue
            # A deduction may be printed negative: "Less deposit -350,843.22".
            if abs(hit.value) == difference:
                return item
            # A count ("12 дн."), a rate ("0,1%") or a clause ("п. 9.2") on the
            # line is no deducted sum.
            if (hit.has_fraction or hit.currency) and not _is_rate_or_clause(
                context, hit
            ):
                deductions.append(abs(hit.value))
        # Several deductions, such as a penalty and a guarantee retention.
        if len(deductions) > 1 and sum(deductions) == difference:
            return item
    line_start = context.document.line_start(payable.label_start)
    if not _REST_AFTER_ADVANCE_RE.search(
        context.text, line_start, payable.amount.start
    ):
        return None
    # "Остаток к оплате с учетом аванса 595 482,00" names the advance without its
    # sum, and may stand under the signatures, so the closest total above at the
    # same strength is the document's value.
    above = [
        item
        for item in labeled
        if item.amount.start < payable.amount.start
        and item.amount.value > payable.amount.value
        and item.confidence >= payable.confidence
        and not _words_before(context, item.label_start, _CONTRACT_WORD_RE)
    ]
    return max(above, key=lambda item: item.amount.start, default=None)


# A rest whose label names the advance it is left after.
_REST_AFTER_ADVANCE_RE = compile_folded(
    r"\bостат\w*\s+к\s+оплате\s+(?:с\s+учетом|за\s+вычетом|после)\s+"
    r"(?:аванса|предоплаты)|\bbalance\s+(?:due\s+)?(?:after|less|net\s+of)\s+"
    r"(?:the\s+)?(?:advance|deposit|prepayment)"
)


def _totals_before(
    context: ExtractionContext, payable: LabeledAmount, labeled: list[LabeledAmount]
) -> list[LabeledAmount]:
    """Return the labeled amounts shortly above `payable`, except a contract's
    value ("Contract total:"), which a bill for one stage cites beside its own.
    A contract named after the label ("Total (Contract No. 7):") does not count."""
    window_start = payable.amount.start - _DEDUCTION_WINDOW
    return [
        item
        for item in labeled
        if window_start <= item.amount.start < payable.amount.start
        and not _words_before(context, item.label_start, _CONTRACT_WORD_RE)
    ]


def _amounts_between(
    context: ExtractionContext, item: LabeledAmount, payable: LabeledAmount
) -> list[AmountHit]:
    """Return the amounts after `item` and before `payable`."""
    first = bisect_left(context.amount_starts, item.amount.end)
    last = bisect_left(context.amount_starts, payable.amount.start)
    return context.amounts[first:last]


def _words_before(
    context: ExtractionContext, position: int, pattern: re.Pattern[str]
) -> bool:
    """Return whether `pattern` occurs on the line shortly before `position`.

    A label whose bracket wraps to the amount's line ("Зачет аванса (п/п № 214"
    over "от 03.02.2026):  1 278 657,60") is read from its first line.
    """
    line_start = context.document.line_start(position)
    start = max(line_start, position - _LINE_WORDS_CHARS)
    if pattern.search(context.text, start, position) is not None:
        return True
    before = context.text[line_start:position]
    if line_start == 0 or before.count(")") <= before.count("("):
        return False
    above_start = context.document.line_start(line_start - 1)
    above = context.text[above_start : line_start - 1]
    if above.count("(") <= above.count(")"):
        return False
    start = max(above_start, line_start - 1 - _LINE_WORDS_CHARS)
    return pattern.search(context.text, start, line_start - 1) is not None


def _is_rate_or_clause(context: ExtractionContext, hit: AmountHit) -> bool:
    """Return whether an amount on a deduction line is not itself deducted: a rate,
    a clause number, the VAT included in the deduction or a waived sum."""
    if _PERCENT_AFTER_RE.match(context.text, hit.end):
        return True
    start = max(0, hit.start - _REFERENCE_CHARS * 2)
    if _CLAUSE_BEFORE_RE.search(context.text, start, hit.start):
        return True
    start = max(0, hit.start - _LINE_WORDS_CHARS // 4)
    if _INCLUDED_VAT_BEFORE_RE.search(context.text, start, hit.start):
        return True
    line_end = context.document.line_end(hit.start)
    return _WAIVED_RE.search(context.text, hit.end, line_end) is not None


def _total_before_carried_balance(
    context: ExtractionContext, payable: LabeledAmount, labeled: list[LabeledAmount]
) -> LabeledAmount | None:
    """Return the invoice's own total when `payable` adds a balance carried over.

    "Invoice total 9,420.00 / Balance brought forward 2,150.00 / Total amount due
    11,570.00" requests both, but the document's value is its own total. The
    earlier total is taken only when the carried balance makes up the difference.
    """
    for item in _totals_before(context, payable, labeled):
        if not 0 < item.amount.value < payable.amount.value:
            continue
        difference = payable.amount.value - item.amount.value
        for hit in _amounts_between(context, item, payable):
            if hit.value == difference and _words_before(
                context, hit.start, _CARRIED_BALANCE_RE
            ):
                return item
    return None


def _unlabeled_total_candidates(context: ExtractionContext) -> list[AmountHit]:
    """Return the amounts that may be the total of a document without a total label.

    These are the amounts with a currency marker, except balances and prices per
    period. Contracts and the types in `_STRONG_LABEL_TYPES` get none, with one
    exception: an `other` document, which may be a bill the classifier did not
    recognize, keeps them when two or more lines have a priced amount with a
    fraction ("Widget $5.00", "Gadget $12.50"). A single salary or minimum order
    stays out, and so does an insured value beside the value it was computed from.
    """
    marked = [
        _marked_amount_after(context, hit)
        for hit in context.amounts
        if hit.currency
        and not _is_contract_sum(context, hit)
        and not _is_balance(context, hit)
        and not _is_rate(context, hit)
        and not _is_charge(context, hit)
        and not _is_threshold(context, hit)
    ]
    document_type = context.document_type
    if document_type == OTHER:
        if heads_other_paper(context.document):
            # A certificate or a customs declaration is no bill: its customs
            # value or insured sum is not a total.
            return []
        priced = [hit for hit in marked if hit.has_fraction]
        lines = {context.document.line_start(hit.start) for hit in priced}
        return priced if len(lines) >= _MIN_PRICED_LINES_OF_BILL else []
    if document_type in _STRONG_LABEL_TYPES or document_type == _CONTRACT_TYPE:
        return []
    if document_type == _ACT_TYPE and _NO_CHARGE_ACT_RE.search(
        context.text, 0, context.top_end
    ):
        # A defect or inspection act values the goods it finds fault with, and
        # bills nothing.
        return []
    return marked


def _is_contract_sum(context: ExtractionContext, hit: AmountHit) -> bool:
    """Return whether an act or invoice cites the amount as its contract's value."""
    if context.document_type == _CONTRACT_TYPE:
        return False
    line_start = context.document.line_start(hit.start)
    return (
        _CONTRACT_SUM_BEFORE_RE.search(context.text, line_start, hit.start) is not None
    )


def _total_labels(
    context: ExtractionContext,
) -> tuple[tuple[float, re.Pattern[str]], ...]:
    code = context.document_type
    strong_only = code in _STRONG_LABEL_TYPES and not context.operator_type
    labels = _STRONG_TOTAL_LABELS if strong_only else _TOTAL_LABELS
    if code == _CONTRACT_TYPE:
        labels += _CONTRACT_PRICE_LABELS
        if _AMENDMENT_HEADING_RE.search(context.text, 0, context.top_end):
            labels += _AMENDMENT_PRICE_LABELS
    if code in _SHIPMENT_TYPES:
        labels += _SHIPMENT_VALUE_LABELS
    if code == _LETTER_TYPE:
        labels += _DEMAND_LABELS
    return labels


def _total_candidate(context: ExtractionContext, hit: AmountHit) -> AmountHit | None:
    """Return the total that a labeled amount stands for, or None if it is no total.

    The amount becomes the row's gross amount on a table row, and takes the
    kopecks and the ruble marker of a following "(words) рублей 00 копеек".
    """
    if _is_balance(context, hit):
        return None
    if _is_column_number(context, hit):
        row = row_amounts(context, hit)
        if len(row) > 1:
            hit = row[1]
        else:
            # A form printed cell by cell puts the amounts under "Всего к оплате
            # (9)", on the lines that follow.
            hit = _amount_after_column_number(context, hit) or _priced_amount_on_line(
                context, hit
            )
            if hit is None:
                return None
    hit = _marked_amount_after(context, hit)
    hit = _amount_after_quantity(context, hit)
    hit = (
        _joined_by_words(context, hit)
        or _figures_read_by_words(context, hit)
        or _row_total(context, hit)
    )
    hit = _cell_run_total(context, hit)
    hit = _with_bracketed_rubles(context, hit)
    hit = _priced_amount_later_on_line(context, hit)
    # A contract may state a price per month or per hour instead of a total. An
    # invoice for a month of service ("Итого: 5 000,00 руб. за месяц") still has
    # its total there.
    if context.document_type == _CONTRACT_TYPE and _is_rate(context, hit):
        return None
    bare_integer = not hit.currency and not hit.has_fraction
    if bare_integer and _COUNT_AFTER_RE.match(context.text, hit.end):
        return None
    if bare_integer and _CODE_DIGITS_RE.fullmatch(context.text, hit.start, hit.end):
        # Ten or more digits without a group space or kopecks are a code, such as
        # a taxpayer number in the cell under "Сумма", not a sum.
        return None
    return hit


def _joined_by_words(context: ExtractionContext, first: AmountHit) -> AmountHit | None:
    """Join "4  456 634,00", where OCR doubled the space after the first group of
    thousands, or "2797 365,00", where it dropped the space before it, into one
    amount when the amount in words confirms the joined value.

    Without that confirmation the two numbers may be a quantity and an amount.
    NOTE: so a split amount on a document without an amount in words stays split,
    and the total is then read as the part after the double space, unless the
    rows of its table add up to the joined amount (see `total_joined_by_rows`).
    """
    row = row_amounts(context, first)
    if len(row) < 2 or first.currency or first.has_fraction:
        return None
    second = row[1]
    gap = context.text[first.end : second.start]
    digits = first.end - first.start
    # "2797 365,00": OCR also drops the space after the millions.
    if not (
        (gap == "  " and digits <= 3)
        or (gap == " " and 4 <= digits <= _MAX_GLUED_DIGITS)
    ):
        return None
    words = context.amount_in_words
    if words is None:
        return None
    digits = len(str(int(second.value)))
    value = first.value * 10**digits + second.value
    if value != amount_from_words_match(words):
        return None
    return AmountHit(
        first.start,
        second.end,
        value,
        second.currency,
        second.marker_span,
        second.has_fraction,
    )


def _figures_read_by_words(
    context: ExtractionContext, first: AmountHit
) -> AmountHit | None:
    """Read figures that OCR damaged past parsing ("26/ 1зo руб. oo к" for 267 130)
    when the amount in words spells the same digits.

    The damaged characters are read as the digits they resemble (a slash as 7, o
    as 0, з as 3, l as 1, б as 6), and single blanks between them are skipped.
    Only a reading that gives exactly the digits of the rubles in words counts.
    """
    words = context.amount_in_words
    if words is None:
        return None
    value = amount_from_words_match(words)
    if value == first.value or value < _MIN_WORDS_AMOUNT:
        return None
    expected_digits = str(int(value))
    text, position, read = context.text, first.start, ""
    while position < len(text) and len(read) < len(expected_digits):
        char = text[position]
        if char == " " and read and position + 1 < len(text):
            position += 1
            continue
        digit = char.translate(_DAMAGED_DIGITS)
        if not digit.isdigit():
            break
        read += digit
        position += 1
    span = text[first.start : position]
    damaged = any(not char.isdigit() and char != " " for char in span)
    following = text[position : position + 1].translate(_DAMAGED_DIGITS)
    if read != expected_digits or not damaged or following.isdigit():
        return None
    return AmountHit(first.start, position, value, None, None, True)


# The characters that OCR reads for digits in damaged figures: the letters of
# dates and passport numbers, and a slash for 7.
_DAMAGED_DIGITS = {**DIGIT_LOOKALIKES, ord("/"): ord("7")}
# Amounts in words below this are no total that damaged figures could hide.
_MIN_WORDS_AMOUNT = 100


def _row_total(context: ExtractionContext, first: AmountHit) -> AmountHit:
    """Return the gross amount of the table row that `first` opens.

    A total row of a table such as "Итого | 2120 | 171 000,00 | 34 200,00 |
    205 200,00" has the quantity, the net amount, the VAT and the gross amount.
    The gross amount is the last one that is the sum of two amounts before it.
    Without such a sum, the last amount with a fraction is the gross one when the
    table header has a gross column ("Сумма с НДС", "Amount incl. VAT"). Other
    rows keep their first amount with a fraction, because "Всего к оплате:
    1 200,00  200,00" is a total and then the VAT included in it.
    """
    row = row_amounts(context, first)
    continued = row_sum(row + _amounts_of_next_line(context, row[-1]))
    if continued is None:
        continued = scan_row_sum(context, row)
    if continued is not None:
        # OCR may wrap a wide totals row, so its last cells open the next line:
        # "Всего к оплате (9)  74 600,00  x" over "8 060,00  82 660,00".
        return continued[2]
    if len(row) == 1:
        return first
    spelled = _amount_spelled_later_on_line(context, first)
    if spelled is not None:
        # OCR may damage the VAT cell so that the cells no longer add up, but the
        # total in words still names the gross cell.
        return spelled
    priced = [hit for hit in row if hit.has_fraction or hit.currency]
    gross = _gross_below_net_and_vat(context, priced)
    if gross is not None:
        return gross
    if len(priced) >= 2 and _has_gross_column(context, first.start):
        return priced[-1]
    if (
        len(priced) >= 2
        and _has_header_caption(context, first.start, _PAYABLE_CAPTION_RE)
        and (
            # A discount lowers the price, while a retention is withheld from it.
            _has_header_caption(context, first.start, _DISCOUNT_CAPTION_RE)
            or not _is_rest_after_deduction(priced)
        )
    ):
        return priced[-1]
    if len(priced) >= 2 and _has_header_caption(context, first.start, _PERIOD_RE):
        # A cost certificate (КС-3) sums the works since their start, since the
        # start of the year and in the reporting period, which it bills.
        return priced[-1]
    if len(priced) >= 2 and is_vat_and_gross(context, priced[0], priced[1]):
        # "Итого | 23 589,99 | 141 540,00" under "Сумма НДС | Сумма": the VAT
        # column comes before the amount that includes it.
        return priced[1]
    if priced and priced[0] is not first:
        # A whole number before the priced amounts is the quantity column.
        return priced[0]
    return first


# How many lines below a totals row of the net amount and the VAT the gross sum
# may be.
_GROSS_BELOW_LINES = 3


def _gross_below_net_and_vat(
    context: ExtractionContext, priced: list[AmountHit]
) -> AmountHit | None:
    """Return the gross sum printed on the lines just below a totals row that ends
    with the net amount and the VAT on it, or None.

    "Всего к оплате | 15 772 000,00 | 3 469 840,00" under a "НДС 22%" column, and
    "Стоимость с налогом — всего: 19 241 840,00" or "с НДС: 19 241 840,00" below.
    """
    if len(priced) != 2:
        return None
    net, vat = priced
    if not _vat_on_net(net.value, vat.value):
        return None
    if not _has_header_caption(context, net.start, _VAT_COLUMN_RE):
        return None
    document = context.document
    end = document.line_end(vat.start)
    for _ in range(_GROSS_BELOW_LINES):
        if end >= len(context.text):
            break
        end = document.line_end(end + 1)
    index = bisect_left(context.amount_starts, vat.end)
    for hit in context.amounts[index:]:
        if hit.start > end:
            break
        if hit.value == net.value + vat.value:
            return hit
    return None


def _vat_on_net(net: Decimal, vat: Decimal) -> bool:
    """Return whether `vat` is a usual rate of `net`, within rounding."""
    if net <= 0 or vat <= 0 or vat >= net:
        return False
    tolerance = max(_VAT_ROUNDING, vat * _VAT_ROUNDING_SHARE)
    return any(abs(net * rate / 100 - vat) <= tolerance for rate in _VAT_RATES)


def _amount_spelled_later_on_line(
    context: ExtractionContext, first: AmountHit
) -> AmountHit | None:
    """Return the amount from `first` to its line end that the document's amount
    in words repeats. The cells between may be damaged past reading as a row."""
    words = context.amount_in_words
    if words is None:
        return None
    words_line = context.document.line_start(words.start())
    if _VAT_CAPTION_RE.search(context.text, words_line, words.start()):
        return None  # "Сумма НДС: Сорок тысяч рублей" spells the VAT
    value = amount_from_words_match(words)
    line_end = context.document.line_end(first.start)
    index = bisect_left(context.amount_starts, first.start)
    on_line = []
    for hit in context.amounts[index:]:
        if hit.start > line_end:
            break
        on_line.append(hit)
    spelled = next((hit for hit in on_line if hit.value == value), None)
    # The gross cell is the row's largest amount.
    if spelled is None or any(hit.value > value for hit in on_line):
        return None
    return spelled


def _is_rest_after_deduction(priced: list[AmountHit]) -> bool:
    """Return whether the last amount of a row is an earlier one less another:
    "1 200 000,00 | 60 000,00 | 1 140 000,00" prints a retention and the rest."""
    rest = priced[-1].value
    # A totals row has a few columns; a longer run of amounts is read by its end.
    earlier = [hit.value for hit in priced[-_MAX_ROW_COLUMNS:-1]]
    return any(
        deducted and gross - deducted == rest
        for index, gross in enumerate(earlier)
        for deducted in earlier[index + 1 :]
    )


def is_vat_and_gross(
    context: ExtractionContext, vat: AmountHit, gross: AmountHit
) -> bool:
    """Return whether two amounts of a totals row are a VAT column and the gross
    amount that includes it.

    The table header must have a VAT column ("Сумма НДС", "VAT"), the two must be
    in one currency, and the first must be the VAT included in the second at a
    usual rate, within the rounding that summing rounded rows leaves. A monthly
    fee beside a contract's sum can stand in such a ratio too.
    """
    if vat.currency and gross.currency and vat.currency != gross.currency:
        return False
    if not _included_vat(vat.value, gross.value):
        return False
    return _has_header_caption(context, vat.start, _VAT_COLUMN_RE)


def _included_vat(vat: Decimal, gross: Decimal) -> bool:
    if vat <= 0 or gross <= vat:
        return False
    tolerance = max(_VAT_ROUNDING, vat * _VAT_ROUNDING_SHARE)
    return any(
        abs(gross * rate / (100 + rate) - vat) <= tolerance for rate in _VAT_RATES
    )


def _marked_amount_after(context: ExtractionContext, hit: AmountHit) -> AmountHit:
    """Return the amount that a currency code between two numbers belongs to.

    In "240702 USD 48,615.00" (the value date, currency and amount of a SWIFT
    field 32A) the code opens the amount with a fraction, not the whole number
    before it.
    """
    if hit.has_fraction or hit.currency is None or hit.marker_span is None:
        return hit
    index = bisect_left(context.amount_starts, hit.end)
    if index >= len(context.amounts):
        return hit
    following = context.amounts[index]
    gap = context.text[hit.marker_span[1] : following.start]
    if following.has_fraction and not gap.strip() and "\n" not in gap:
        return AmountHit(
            following.start,
            following.end,
            following.value,
            hit.currency,
            hit.marker_span,
            following.has_fraction,
        )
    return hit


def _priced_amount_later_on_line(
    context: ExtractionContext, hit: AmountHit
) -> AmountHit:
    """Return the amount with a currency and a fraction that follows a whole number
    on the label's line, as in "TOTAL FOR STAGE 4 (incl. VAT 20%) EUR 126,480.00"."""
    if hit.has_fraction or hit.currency:
        return hit
    line_end = min(context.document.line_end(hit.start), hit.end + _QUALIFIER_WINDOW)
    index = bisect_left(context.amount_starts, hit.end)
    amounts = context.amounts
    for later in (amounts[i] for i in range(index, len(amounts))):
        if later.start > line_end:
            break
        if later.has_fraction and later.currency:
            return later
    return hit


def _cell_run_total(context: ExtractionContext, first: AmountHit) -> AmountHit:
    """Return the gross amount of a totals row whose cells are printed one per line.

    Text taken from a form cell by cell puts "Всего к оплате", then the net
    amount, "X", the VAT and the gross amount on lines of their own. The run
    continues while each line contains one amount, a quantity or an empty-cell
    mark, and its gross amount is found as on a row (see `row_sum`). Otherwise
    `first` stays.
    """
    document = context.document
    if not _is_alone_on_line(context, first):
        return first
    run = [first]
    position = document.line_end(first.start) + 1
    while position < len(context.text) and len(run) < _MAX_CELL_RUN:
        line_end = document.line_end(position)
        line = context.text[position:line_end]
        index = bisect_left(context.amount_starts, position)
        hit = context.amounts[index] if index < len(context.amounts) else None
        if hit is not None and hit.end <= line_end and _is_alone_on_line(context, hit):
            run.append(hit)
        elif not (_EMPTY_CELL_RE.fullmatch(line) or _NUMBER_CELL_RE.fullmatch(line)):
            break
        position = line_end + 1
    parts = row_sum(run) if len(run) >= 3 else None
    return parts[2] if parts is not None else first


def _is_alone_on_line(context: ExtractionContext, hit: AmountHit) -> bool:
    text = context.text
    before = hit.start
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    after = hit.end
    while after < len(text) and text[after] in " \t":
        after += 1
    return (before == 0 or text[before - 1] == "\n") and (
        after == len(text) or text[after] == "\n"
    )


def _amounts_of_next_line(
    context: ExtractionContext, last: AmountHit
) -> list[AmountHit]:
    """Return the amounts of the line after `last` when that line has nothing else
    and the rest of the line of `last` has no words."""
    document = context.document
    line_end = document.line_end(last.start)
    if not _ROW_GAP_RE.fullmatch(context.text, last.end, line_end):
        return []
    next_end = document.line_end(line_end + 1)
    index = bisect_left(context.amount_starts, line_end + 1)
    found = []
    previous_end = line_end + 1
    for hit in context.amounts[index:]:
        if hit.start > next_end:
            break
        if not _ROW_GAP_RE.fullmatch(context.text, previous_end, hit.start):
            return []
        found.append(hit)
        previous_end = hit.end
    if not found or not _ROW_GAP_RE.fullmatch(context.text, previous_end, next_end):
        return []
    return found


def row_sum(row: list[AmountHit]) -> tuple[AmountHit, AmountHit, AmountHit] | None:
    """Return the net, VAT and gross amounts of a table row, or None.

    The gross amount is the last amount that is the sum of two positive amounts
    before it. The larger of the two is the net amount, because VAT rates are
    below 100%.
    """
    for index in range(len(row) - 1, 1, -1):
        gross = row[index]
        earlier = [hit for hit in row[:index] if hit.value > 0]
        for position, part in enumerate(earlier):
            for other in earlier[position + 1 :]:
                if part.value + other.value == gross.value:
                    vat, net = sorted((part, other), key=lambda hit: hit.value)
                    return net, vat, gross
    return None


def scan_row_sum(
    context: ExtractionContext, row: list[AmountHit]
) -> tuple[AmountHit, AmountHit, AmountHit] | None:
    """Return the net, VAT and gross amounts of a table row, reading two OCR damages
    when that is what makes the row add up, or None.

    OCR reads a cell's rule as a leading 1 ("| 57 680,00" as "157 680,00") and
    drops the space after an amount's first group ("| 1 283 500,00" as "1283
    500,00", two numbers). Only a reading under which the net amount and the VAT
    add up to the gross amount counts.
    """
    found = row_sum(row)
    if found is not None:
        return found
    priced = [hit for hit in row if hit.has_fraction or hit.currency]
    if priced and _is_rest_after_deduction(priced):
        # "1 500,00 | 500,00 | 1 000,00" under "Скидка" adds up as printed.
        return None
    text = context.text
    for index, hit in enumerate(row):
        digits = len(str(int(hit.value)))
        if (
            text[hit.start] == "1"
            and digits >= _MIN_RULE_DIGITS
            and _GROUPED_AFTER_ONE_RE.match(text, hit.start, hit.end)
            and (hit.start == 0 or text[hit.start - 1] in _BEFORE_CELL)
        ):
            fixed = replace(
                hit, start=hit.start + 1, value=hit.value - Decimal(10) ** (digits - 1)
            )
            found = row_sum([*row[:index], fixed, *row[index + 1 :]])
            if found is not None:
                return found
        if index + 1 < len(row) and _lost_group_space(context, hit, row[index + 1]):
            joined = _joined_amount(hit, row[index + 1])
            found = row_sum([*row[:index], joined, *row[index + 2 :]])
            if found is not None:
                return found
    return None


def _lost_group_space(
    context: ExtractionContext, first: AmountHit, second: AmountHit
) -> bool:
    """Return whether two amounts one blank apart may be one amount whose space
    after the first group OCR lost: "1283" and "500,00" for 1 283 500,00."""
    if first.has_fraction or first.currency or context.text[first.end] != " ":
        return False
    if second.start != first.end + 1 or not second.has_fraction:
        return False
    whole = context.text[second.start : second.end].split(",")[0].split(".")[0]
    return len(str(int(first.value))) >= _MIN_GLUED_GROUP_DIGITS and (
        len(whole) == _GROUP_DIGITS and whole.isdigit()
    )


def _joined_amount(first: AmountHit, second: AmountHit) -> AmountHit:
    """Return "1283" and "500,00" read as the one amount 1 283 500,00."""
    return AmountHit(
        first.start,
        second.end,
        first.value * 1000 + second.value,
        second.currency,
        second.marker_span,
        second.has_fraction,
    )


_CODE_DIGITS_RE = re.compile(r"[0-9]{10,}")
# The words that a number of a part follows: "по этапу 2", "раздела 3", "Lot 4".
_PART_WORD_BEFORE_RE = compile_folded(
    r"\b(?:этап\w{0,3}|раздел\w{0,2}|очеред\w{0,2}|лот\w{0,2}|stage|phase|section"
    r"|lot)[ \t]*(?:№[ \t]*)?\Z"
)
_PART_WORD_CHARS = 16
# The words that qualify a total label in English without naming another amount.
_LABEL_QUALIFIER_RE = compile_folded(
    r"\bfor\s+(?:stage|phase|section|lot)\s+[0-9]{1,3}\b"
    r"|\b(?:under|of)\s+the\s+(?:agreement|contract)\b"
    r"|\bfor\s+this\s+(?:instal(?:l)?ment|invoice|period|stage|phase|milestone)\b"
    r"|\b(?:including|incl\.|inclusive\s+of)\s+(?:vat|gst|tax)\b"
    r"|\b(?:rub|usd|eur|gbp|cny)\s*\Z"
)
# A part's number has one to three digits, while "по лоту 7 480 000" is a sum.
_PART_NUMBER_RE = re.compile(r"[0-9]{1,3}")
# The starting maximum price of a tender, which a label after these words names.
_TENDER_PRICE_BEFORE_RE = compile_folded(r"\b(?:начальн\w*|максимальн\w*)\)?\s*\Z")
_TENDER_WORDS_CHARS = 40
# The VAT that a total includes, stated between the total's label and its amount.
# It is set off by a comma or a bracket and gives the rate.
_VAT_REMARK_RE = compile_folded(
    r"[,(][ \t]*(?:including|incl\.|в\s+т\.\s*ч\.|в\s+том\s+числе)\s+(?:vat|ндс|gst)"
    r"[ \t:]*[0-9]{1,2}(?:[.,][0-9]{1,2})?[ \t]*%[ \t:,-]*(?:[a-z]{3}[ \t]*)?\Z"
)
_ONE_DECIMAL_RE = re.compile(r"[.,][0-9]\Z")
# The words after an amount that make it a net price: "excluding VAT", "без учета
# НДС", "(без НДС)", "net of VAT", also after the amount in words in brackets.
_NET_QUALIFIER_RE = compile_folded(
    r"(?:[ \t]*+\([^()]{0,160}\))?"
    # "100 000,00 (сто тысяч) рублей без НДС" names the currency after the words.
    r"(?:[ \t]*+(?:руб\w*|roubles?|rubles?|dollars?|euros?)\.?)?[ \t,(]*+"
    r"(?:(?:excluding|excl\.?|exclusive\s+of|net\s+of|before|without)"
    r"\s+(?:vat|gst|tax(?:es)?)|без\s+(?:уч[её]та\s+)?ндс|не\s+включая\s+ндс)\b"
)
# The words after or before an amount that make it the value with VAT.
_WITH_VAT = (
    r"(?:(?:including|incl\.?|inclusive\s+of|with)\s+(?:vat|gst|tax(?:es)?)"
    r"|с\s+(?:уч[её]том\s+)?ндс|включая\s+ндс)\b"
)
_GROSS_QUALIFIER_RE = compile_folded(r"[ \t,(]*" + _WITH_VAT)
_GROSS_QUALIFIER_BEFORE_RE = compile_folded(
    _WITH_VAT
    # "а с учетом НДС 20% — 120 000,00" names the rate between.
    + r"(?:[ \t]*[0-9]{1,2}(?:[.,][0-9]{1,2})?[ \t]*%)?[^0-9\n]{0,20}\Z"
)
_QUALIFIER_GAP_CHARS = 40
# The latest end of a price statement: a semicolon, a blank line or a numbered
# clause on the next line. A full stop does not end it, because the folded
# text cannot tell the end of a sentence from "руб." before a lower-case word.
_STATEMENT_END_RE = re.compile(r";|\n[ \t]*(?:\n|[0-9]+\.)")
_STATEMENT_CHARS = 160
# Standard VAT rates reach 27% (Hungary), so the value with VAT is at most 1.27
# times the net price.
_MAX_GROSS_RATIO = Decimal("1.27")
# Words between a total label and its amount that make it the value of a contract.
_CONTRACT_CITED_RE = compile_folded(
    r"\b(?:under|of)\s+the\s+(?:agreement|contract)\b"
    r"|\b(?:agreement|contract)\s+(?:value|price|sum|amount)\b"
    r"|\bпо\s+(?:договору|контракту)\b"
    r"|\b(?:цена|стоимость|сумма)\s+(?:договора|контракта)\b"
)
# A contract cited with its full value on an act's or invoice's basis line:
# "Основание: Договор № 15/23 от 10.01.2023 на сумму 1 200 000,00 руб.".
_CONTRACT_SUM_BEFORE_RE = compile_folded(
    r"\b(?:договор\w*|контракт\w*|agreement|contract)\b[^\n]{0,80}"
    r"(?:на\s+сумму|в\s+размере|value\s+of|for\s+(?:a\s+)?total\s+of)[ \t]*\Z"
    # "Общая цена контракта: 1 200 000,00 руб." beside a stage's own value.
    r"|\b(?:цена|стоимость|сумма)\s+(?:договора|контракта)\b[^\n0-9]{0,20}\Z"
)
# Words that mark an amount as a conversion of the total into another currency.
_CONVERSION_RE = compile_folded(
    r"\b(?:for\s+(?:reference|information)|at\s+the\s+(?:\w+\s+)?rate"
    r"|equivalent|справочно|по\s+курсу|эквивалент)"
)
_TWO_DECIMALS_RE = re.compile(r"[.,][0-9]{2}\Z")
_YEAR_VALUE_RE = re.compile(r"(?:19|20)[0-9]{2}")
_YEAR_AFTER_RE = compile_folded(r"[ \t]*(?:г\.|года?\b|г\b)")
_MONTH_BEFORE_RE = compile_folded(
    rf"\b(?:{'|'.join(sorted(MONTH_NUMBERS, key=len, reverse=True))})[ \t,]*\Z"
)
# The first group of an amount that OCR split off with a doubled space, right
# before the rest: "1  812 965,50".
_SPLIT_LEAD_RE = re.compile(r"(?<![0-9.,])(?P<lead>[1-9][0-9]{0,2})  \Z")
_MIN_RULE_DIGITS = 2
# A grouped amount after the leading 1, as OCR glues a rule to "57 680,00".
_GROUPED_AFTER_ONE_RE = re.compile(r"1[0-9]{1,3} [0-9]{3}")
_MIN_GLUED_GROUP_DIGITS = 4
_GROUP_DIGITS = 3
# The characters that may precede a cell's first figure: a blank, a rule or a
# line break.
_BEFORE_CELL = " \t|[\n"


def _has_gross_column(context: ExtractionContext, row_start: int) -> bool:
    """Return whether a table header above the row has a gross amount column."""
    return _has_header_caption(context, row_start, _GROSS_CAPTION_RE)


def _has_header_caption(
    context: ExtractionContext, row_start: int, caption: re.Pattern[str]
) -> bool:
    """Return whether a table header line above the row has the caption."""
    start = context.document.line_start(row_start)
    lines = context.text[max(0, start - _HEADER_SEARCH_CHARS) : start].split("\n")
    return any(
        caption.search(line) and len(_COLUMN_BREAK_RE.findall(line)) >= 2
        for line in lines
    )


def row_amounts(context: ExtractionContext, first: AmountHit) -> list[AmountHit]:
    """Return `first` and the amounts after it on its line with only a column gap
    between each two, skipping column numbers such as "(9)"."""
    line_end = context.document.line_end(first.start)
    index = bisect_left(context.amount_starts, first.start)
    row = [first]
    previous_end = first.end + 1 if _is_column_number(context, first) else first.end
    amounts = context.amounts
    for hit in (amounts[i] for i in range(index + 1, len(amounts))):
        if hit.start > line_end:
            break
        if _is_column_number(context, hit):
            previous_end = hit.end + 1
            continue
        if not _ROW_GAP_RE.fullmatch(context.text, previous_end, hit.start):
            break
        row.append(hit)
        previous_end = hit.end
    return row


def _amount_after_column_number(
    context: ExtractionContext, column: AmountHit
) -> AmountHit | None:
    """Return the amount opening the line after a column number that ends its line."""
    line_end = context.document.line_end(column.start)
    if context.text[column.end + 1 : line_end].strip():
        return None
    return _amount_opening_next_line(context, line_end)


def _priced_amount_on_line(
    context: ExtractionContext, column: AmountHit
) -> AmountHit | None:
    """Return the first amount with a fraction after a column number on its line,
    past cells that OCR read as stray letters ("Total payable (9)  ae  ee  |
    9,491,200.00")."""
    line_end = context.document.line_end(column.start)
    index = bisect_left(context.amount_starts, column.end)
    for hit in context.amounts[index:]:
        if hit.start > line_end:
            break
        if hit.has_fraction or hit.currency:
            return hit
    return None


def _is_column_number(context: ExtractionContext, hit: AmountHit) -> bool:
    """Return whether `hit` is a bracketed column number such as "(9)"."""
    if hit.currency or hit.has_fraction or hit.start == 0:
        return False
    before = context.text[hit.start - 1]
    after = context.text[hit.end : hit.end + 1]
    return before == "(" and after == ")"


def _with_bracketed_rubles(context: ExtractionContext, hit: AmountHit) -> AmountHit:
    """Add the kopecks and the ruble marker of "N (words) рублей 00 копеек".

    Words in the bracket that give another number leave the amount as it is.
    """
    if hit.currency:
        return hit
    bracketed = bracketed_rubles_after(context.text, hit.end)
    if bracketed is None:
        return hit
    words_value = bracketed.words_value
    if words_value is not None and words_value != int(hit.value):
        return hit
    value = hit.value
    if not hit.has_fraction:
        value += Decimal(bracketed.kopecks) / 100
    return AmountHit(hit.start, bracketed.end, value, "RUB", bracketed.marker_span)


def _is_balance(context: ExtractionContext, hit: AmountHit) -> bool:
    start = _line_window_start(context, hit.start)
    return _BALANCE_RE.search(context.text, start, hit.start) is not None


def _line_window_start(context: ExtractionContext, position: int) -> int:
    """Return where the words that qualify an amount may start: its line's start,
    but no more than `_QUALIFIER_WINDOW` characters back, so that a long line of
    amounts costs linear time."""
    line_start = context.document.line_start(position)
    return max(line_start, position - _QUALIFIER_WINDOW)


def _is_charge(context: ExtractionContext, hit: AmountHit) -> bool:
    """Return whether the amount is a carrier's charge ("Провозная плата: 1 200,00
    EUR"), which a transport document states beside the goods, not as their total."""
    start = _line_window_start(context, hit.start)
    return _CHARGE_RE.search(context.text, start, hit.start) is not None


def _is_threshold(context: ExtractionContext, hit: AmountHit) -> bool:
    """Return whether the amount is a limit, not a price: "orders over € 25.000,00",
    "Minimum order value: € 1.500,00", "свыше 100 000 руб."."""
    start = max(context.document.line_start(hit.start), hit.start - _THRESHOLD_CHARS)
    return _THRESHOLD_BEFORE_RE.search(context.text, start, hit.start) is not None


def _is_rate(context: ExtractionContext, hit: AmountHit) -> bool:
    return _RATE_AFTER_RE.match(context.text, hit.end) is not None


def _total_confidence(labeled: LabeledAmount) -> float:
    if labeled.amount.has_fraction or labeled.amount.currency:
        return labeled.confidence
    return labeled.confidence * _BARE_INTEGER_FACTOR


def find_vat(context: ExtractionContext, total: AmountHit | None = None) -> dict | None:
    """Find the VAT amount: the first amount after the strongest VAT label, else
    the VAT column of the totals row that gives `total`.

    "Без НДС" and "НДС не облагается" give a VAT of 0.00 when no amount is stated.
    """
    after_notes = _vat_after_notes(context)
    noted = {item.label_start for item in after_notes}
    labeled = [
        # A caption's column number is not a VAT amount: "Без НДС (5)" in the table
        # header of a UPD.
        item
        for item in [
            *after_notes,
            *(
                item
                for item in _labeled_amounts(
                    context, _VAT_LABELS, _MAX_VAT_GAP_LETTERS, next_line=False
                )
                if item.label_start not in noted
            ),
        ]
        if not _is_column_number(context, item.amount)
        and not _ADVANCE_BEFORE_RE.search(
            context.text,
            context.document.line_start(item.label_start),
            item.label_start,
        )
    ]
    if not labeled:
        labeled = _stacked_vat(context)
    if labeled:
        best = max(labeled, key=lambda item: (item.confidence, -item.label_start))
        return _amount_field(context, best.amount, best.confidence)
    in_row = _vat_of_total_rows(context, total) if total is not None else None
    if in_row is not None:
        return _amount_field(context, in_row, _ROW_VAT_CONFIDENCE)
    if _VAT_INCLUDED_RE.search(context.text):
        # "100 000,00 рублей без НДС, а с учетом НДС 20% — 120 000,00": the words
        # qualify a net price, and the document charges VAT.
        return None
    for no_vat in _NO_VAT_RE.finditer(context.text):
        # "Без НДС (5)" captions the net amount column of a UPD, and so does "|
        # Без НДС |" in a ruled header row without amounts.
        if not _COLUMN_NUMBER_AFTER_RE.match(
            context.text, no_vat.end()
        ) and not _in_header_row(context, no_vat.start()):
            return context.build_field(no_vat.start(), no_vat.end(), "0.00", 0.8)
    return None


def _in_header_row(context: ExtractionContext, position: int) -> bool:
    """Return whether `position` lies in a ruled table's header row: a row of
    several captions, none of them a label with a colon, and no amounts."""
    start = context.document.line_start(position)
    end = context.document.line_end(position)
    line = context.text[start:end]
    if context.text.count("|", start, position) < _HEADER_CELLS_BEFORE or ":" in line:
        return False
    for hit in context.amounts[bisect_left(context.amount_starts, start) :]:
        if hit.start >= end:
            break
        if hit.has_fraction:
            return False
    return True


_ROW_VAT_CONFIDENCE = 0.8
# The cells of a header row before its "Без НДС" caption: "| № | Товар | Кол. |".
_HEADER_CELLS_BEFORE = 3
# A note in brackets after the VAT's rate: "НДС 20% (на услуги по п. 1-3): 1 650,00",
# but not "НДС (не облагается, УСН)    Итого: 48 000,00", which states no rate.
# "VAT 0% (export delivery, tax-exempt according to § 4 No. 1a UStG)  EUR 0.00".
_RATE_NOTE_RE = re.compile(
    r"[ \t]*[0-9]{1,2}(?:[.,][0-9]{1,2})?[ \t]*%[ \t]*\([^()\n]{1,80}\)[ \t]*:?"
)
# A line that states a total, whose VAT words qualify it: "Всего, включая НДС 20%
# (ст. 164 НК РФ): 120 000,00".
_TOTAL_LINE_RE = compile_folded(r"[ \t|]*(?:всего|итого|сумма|total|amount|gross)\b")
# Only a currency code or punctuation may part the note from its amount.
_MAX_NOTE_GAP_LETTERS = 0


def _vat_after_notes(context: ExtractionContext) -> list[LabeledAmount]:
    """Return the amounts after a VAT label, its rate and a note in brackets."""
    found = []
    for confidence, pattern in _VAT_LABELS:
        for label in pattern.finditer(context.text):
            note = _RATE_NOTE_RE.match(context.text, label.end())
            if note is None or _TOTAL_LINE_RE.match(
                context.text, context.document.line_start(label.start())
            ):
                continue
            amount = _amount_after(
                context, note.end(), _MAX_NOTE_GAP_LETTERS, next_line=False
            )
            if amount is not None:
                found.append(LabeledAmount(amount, confidence, label.start()))
    return found


# The VAT included in an advance that a UPD or an act offsets: "Зачтён аванс ...:
# 40 000,00 руб., в т.ч. НДС 6 666,67 руб." is not the document's VAT, while a
# prepayment invoice's "Сумма предоплаты: ... в т.ч. НДС" is.
_ADVANCE_BEFORE_RE = compile_folded(
    r"\b(?:зач[её]т\w*|зачт[её]н\w*)\s+(?:аванс|предоплат)"
    r"|\b(?:аванс|предоплат)\w*\s+(?:получен|зачт|зач[её]т)"
    r"|\b(?:less|minus)\s+(?:the\s+)?(?:advance|deposit|prepayment)"
    r"|\b(?:advance|deposit|prepayment)\s+(?:received|offset|deducted|applied)"
)
_VAT_INCLUDED_RE = compile_folded(
    r"\bс\s+уч[её]том\s+ндс|\bвключая\s+ндс|\bв\s+т(?:ом)?\.?\s*ч(?:исле)?\.?\s+ндс"
    r"|\b(?:including|incl\.?|inclusive\s+of)\s+vat\b"
)
# A VAT caption that fills its line: "В том числе НДС", "НДС 20%:", "Сумма НДС".
_VAT_CAPTION_LINE_RE = compile_folded(
    r"(?m)^[ \t]*(?:(?:в\s+т(?:ом)?\.?\s*ч(?:исле)?\.?|сумма|итого)\s+)?ндс"
    r"(?:[ \t]*\(?[0-9]{1,2}[ \t]*%\)?)?[ \t]*:?[ \t]*$"
)


def _stacked_vat(context: ExtractionContext) -> list[LabeledAmount]:
    """Return the amounts that stand alone on the line under a VAT caption that
    fills its own line, as a form laid out one value under each caption prints."""
    found = []
    for caption in _VAT_CAPTION_LINE_RE.finditer(context.text):
        amount = _amount_opening_next_line(context, caption.end())
        if amount is not None and _is_alone_on_line(context, amount):
            found.append(
                LabeledAmount(amount, _STACKED_VAT_CONFIDENCE, caption.start())
            )
    return found


_STACKED_VAT_CONFIDENCE = 0.7


def _vat_of_total_rows(
    context: ExtractionContext, total: AmountHit
) -> AmountHit | None:
    """Return the VAT of the row that ends with the total or, when the total was
    read elsewhere (in words, under a caption), of a row that ends with its value."""
    found = _parts_of_total_rows(context, total)
    return None if found is None else found[1]


def net_of_total_rows(context: ExtractionContext, total: AmountHit) -> dict | None:
    """Return the amount before VAT of the totals row that ends with the total, as
    a field: "Всего к оплате | 111 000,00 | X | 24 420,00 | 135 420,00"."""
    found = _parts_of_total_rows(context, total)
    if found is None:
        return None
    return _amount_field(context, found[0], _ROW_VAT_CONFIDENCE)


def _parts_of_total_rows(
    context: ExtractionContext, total: AmountHit
) -> tuple[AmountHit, AmountHit, AmountHit] | None:
    found = _parts_of_total_row(context, total)
    if found is not None:
        return found
    repeats = [
        hit
        for hit in context.amounts
        if hit.value == total.value and hit.start != total.start
    ]
    # Each check reads its row from the line start, so a long line that repeats
    # the value thousands of times would take quadratic time.
    for hit in repeats[:_MAX_TOTAL_REPEATS]:
        found = _parts_of_total_row(context, hit)
        if found is not None:
            return found
    return None


# A document prints its total a few times: in the table, the totals and the words.
_MAX_TOTAL_REPEATS = 20


def _parts_of_total_row(
    context: ExtractionContext, total: AmountHit
) -> tuple[AmountHit, AmountHit, AmountHit] | None:
    """Return the net amount, VAT and total of the table row that ends with the
    total, or None.

    A header above must name a VAT column, and the row's net amount and VAT must
    add up to the total, as in "Всего к оплате | 1 283 500,00 | X | 256 700,00 |
    1 540 200,00" under a header whose "Без НДС" captions the net column.
    """
    if not _has_header_caption(context, total.start, _VAT_CAPTION_RE):
        return None
    line_start = context.document.line_start(total.start)
    index = bisect_left(context.amount_starts, line_start)
    row = []
    for hit in context.amounts[index:]:
        if hit.start > total.start:
            break
        row.append(hit)
    found = scan_row_sum(context, row)
    if found is None or found[2].start != total.start:
        return None
    return found


_VAT_CAPTION_RE = compile_folded(r"\b(?:ндс|налог\w*|vat|gst|tax)\b")


def find_charges(context: ExtractionContext) -> tuple[Decimal, ...]:
    """Return the amounts of lines that add a charge after the VAT: a stamp duty
    ("Timbre fiscal : 1,000 TND"), freight or insurance."""
    charges = []
    for match in _CHARGE_LINE_RE.finditer(context.text):
        line_end = context.document.line_end(match.start())
        index = bisect_left(context.amount_starts, match.end())
        if index == len(context.amounts):
            continue
        hit = context.amounts[index]
        if hit.start < line_end and hit.value > 0:
            charges.append(hit.value)
    return tuple(charges)


# A line that opens with a charge added to the total after the VAT.
_CHARGE_LINE_RE = compile_folded(
    r"(?m)^[ \t|]*(?:timbre(?:\s+fiscal)?|stamp\s+duty|droit\s+de\s+timbre"
    r"|freight|shipping|insurance|гербов\w+\s+сбор)\b"
)


def find_total_in_words(context: ExtractionContext) -> dict | None:
    """Find a Russian amount in words, which repeats the total on payment orders."""
    match = context.amount_in_words
    if match is None:
        return None
    value = format_amount(amount_from_words_match(match))
    return context.build_field(match.start(), amount_words_end(match), value, 0.8)


def find_currency(context: ExtractionContext, total: AmountHit | None) -> dict | None:
    """Find the currency: the total's own marker, else the ISO numeric code of a
    currency line ("Валюта: ... Российский рубль, 643"), else the most frequent
    marker. A document without any marker gets the currency of its bank accounts
    or, when it is Russian, roubles (see _currency_without_marker).

    A marker beside an amount with a decimal fraction counts twice, because a
    symbol that OCR made of a digit ("$60067" for a postal code 560067) is next to
    a whole number.
    """
    if total is not None and total.currency and total.marker_span:
        start, end = total.marker_span
        # A bare "p" after an amount is the rouble sign only in a Russian
        # document; in an English one it is pence ("80p").
        marker = context.text[start:end]
        if context.is_cyrillic or marker != _BARE_ROUBLE_MARK:
            code = _regional_code(context, total.currency, marker, start)
            return context.build_field(start, end, code, 0.9)
    for line in _CURRENCY_LINE_RE.finditer(context.text):
        code = _NUMERIC_CURRENCY_CODES.get(line.group("code"))
        if code is not None:
            start, end = line.span("code")
            return context.build_field(start, end, code, 0.85)
    named_line = _named_currency_line(context)
    if named_line is not None:
        return named_line
    if context.operations_start:
        # A statement's balances are in its account's currency, whatever money
        # the rows mention ("Покупка 45 000,00 USD по курсу 86,4120").
        accounts = _account_currencies(context, context.operations_start)
        if len(accounts) == 1:
            return _account_currency_field(context, accounts)
    priced = {
        hit.marker_span for hit in context.amounts if hit.currency and hit.has_fraction
    }
    found: dict[str, list[re.Match[str]]] = {}
    counts: Counter[str] = Counter()
    for match in _CURRENCY_SCAN_RE.finditer(context.text):
        named = _currency_of_words(match.group(0))
        code = (
            currency_code(match.group(0))
            or _CURRENCY_NAMES.get(match.group(0))
            or named
        )
        if match.group(0) == "t":
            if not _KAZAKH_RE.search(context.text):
                continue
            code = "KZT"
        if _CURRENCY_PAIR_RE.search(
            context.text,
            max(0, match.start() - 4),
            min(len(context.text), match.end() + 4),
        ):
            continue
        if (
            match.group(0) == "rs"
            and context.text[match.start() - 1 : match.start()] == "-"
        ):
            continue  # the end of another code, such as a trailer's "DO-RS 418"
        if code == "TRY" and not _is_lira_code(context, match):
            continue  # the English verb "try", also in a note in capitals
        if match.group(0) == "tl" and _original(context, match) != "TL":
            continue
        if named and not _AMOUNT_BEFORE_RE.search(
            context.text, max(0, match.start() - _AMOUNT_BEFORE_CHARS), match.start()
        ):
            # "по курсу доллара США", "ранее закупленное по контракту в долларах":
            # money named in prose states no amount's currency.
            continue
        if code == "EUR" and _is_pallet_type(context, match):
            continue
        if code == "SEK" and (
            context.is_cyrillic or _original(context, match).isupper()
        ):
            # "KR" after a postcode is Korea's country code, and in a Russian
            # text "kr" is OCR's reading of "кг".
            continue
        if code == "RUB" and _BELARUSIAN_BEFORE_RE.search(
            context.text, max(0, match.start() - _BELARUSIAN_CHARS), match.start()
        ):
            code = "BYN"  # "белорусский рубль", "белорусских рублей"
        if code:
            code = _regional_code(context, code, match.group(0))
            found.setdefault(code, []).append(match)
            # A column's unit ("Сумма, EUR") gives the currency of every row.
            strong = match.span() in priced or _is_column_unit(context, match)
            counts[code] += 2 if strong else 1
    for statement in _ROUBLE_PAYMENT_RE.finditer(context.text):
        # "Расчеты производятся в российских рублях" names the currency of payment.
        found.setdefault("RUB", []).append(statement)
        counts["RUB"] += _PAYMENT_STATEMENT_WEIGHT
    if not found:
        return _currency_without_marker(context, total)
    code = counts.most_common(1)[0][0]
    first = found[code][0]
    return context.build_field(first.start(), first.end(), code, 0.6)


def _named_currency_line(context: ExtractionContext) -> dict | None:
    """Return the currency an account's caption names in words or by code:
    "Валюта счета: российский рубль", "Currency: EUR"."""
    for line in _CURRENCY_NAME_LINE_RE.finditer(context.text):
        start, end = line.span("name")
        name = line.group("name")
        if _BELARUSIAN_NAME_RE.match(name):
            code = "BYN"
        elif _ROUBLE_NAME_RE.match(name):
            code = "RUB"
        else:
            code = currency_code(name) or _currency_of_words(name)
        if code is not None:
            return context.build_field(start, end, code, 0.85)
    return None


def _is_pallet_type(context: ExtractionContext, match: re.Match[str]) -> bool:
    """Return whether "EUR" names a Euro-pallet type ("EUR 1", "EUR-2") in a text
    about pallets, not the euro."""
    return bool(
        _PALLET_TYPE_AFTER_RE.match(context.text, match.end())
        and _PALLET_RE.search(context.text)
    )


def _is_lira_code(context: ExtractionContext, match: re.Match[str]) -> bool:
    """Return whether "TRY" is the lira's code: in capitals, beside an amount or as
    a column's unit ("Amount, TRY", "TRY 1.200,00", "1.200,00 TRY")."""
    if not _original(context, match).isupper():
        return False
    before = context.text[max(0, match.start() - 3) : match.start()].rstrip(" \t")
    after = context.text[match.end() : match.end() + 3].lstrip(" \t")
    return (
        bool(before and (before[-1].isdigit() or before[-1] == "("))
        or bool(after and after[0].isdigit())
        or _is_column_unit(context, match)
        or _closes_caption_row(context, match)
    )


def _closes_caption_row(context: ExtractionContext, match: re.Match[str]) -> bool:
    """Return whether a currency code is the last caption of a row of captions
    without digits, set off by a gap: "Date    Description    TRY"."""
    text = context.text
    line_start = context.document.line_start(match.start())
    return bool(
        _CAPTION_GAP_RE.search(text, line_start, match.start())
        and _LINE_END_RE.match(text, match.end())
        and not _DIGIT_RE.search(text, line_start, match.start())
    )


def _is_column_unit(context: ExtractionContext, match: re.Match[str]) -> bool:
    """Return whether a currency closes a column caption: "Сумма, EUR |"."""
    text = context.text
    return bool(
        _CAPTION_COMMA_RE.search(text, max(0, match.start() - 3), match.start())
        and _CELL_END_RE.match(text, match.end())
    )


def _currency_of_words(name: str) -> str | None:
    """Return the code of a currency named in words ("долларов сша"), or None."""
    for pattern, code in _CURRENCY_WORD_PATTERNS:
        if pattern.fullmatch(name):
            return code
    return None


def _regional_code(
    context: ExtractionContext, code: str, marker: str, marker_start: int = 0
) -> str:
    """Return the currency that a sign means in this document.

    "¥" is the yen in a document from Japan, "$" the rupee in one that names
    rupees and no dollars, and "kr" the krone of Norway or Denmark when the text
    names that money or country first. A currency the text names by code or name
    keeps the yuan, the dollar and the Swedish krona."""
    text = context.text
    if (
        code == "CNY"
        and marker == "¥"
        and _JAPAN_RE.search(text)
        and not _YUAN_NAME_RE.search(text)
    ):
        return "JPY"
    # OCR reads the rupee sign "₹" as "$" in a document that names rupees.
    if (
        code == "USD"
        and marker == "$"
        and _RUPEE_RE.search(text)
        and not _DOLLAR_NAME_RE.search(text)
    ):
        return "INR"
    if code == "SEK" and marker.casefold() == "kr":
        return _krona_code(text)
    if (
        code == "USD"
        and marker == "$"
        and marker_start > 0
        and text[marker_start - 1] in _GARBLED_DOLLAR_PREFIX
        and not _US_DOLLAR_RE.search(text)
    ):
        # OCR reads "S$2,250.00" as "$$2,250.00", while other amounts of the
        # same paper keep their "S$".
        regional = {
            currency_code(found.group(0))
            for found in _REGIONAL_DOLLAR_RE.finditer(text)
        }
        if len(regional) == 1:
            return regional.pop()
    return code


# The character OCR leaves of a regional dollar's letter before "$": "$$", "5$".
_GARBLED_DOLLAR_PREFIX = "$5"
# The dollars of other countries, and the words that name the US dollar.
_REGIONAL_DOLLAR_RE = compile_folded(r"(?<![^\W\d_])(?:s|ca|c|au|a|hk|nz)\$")
_US_DOLLAR_RE = compile_folded(r"\b(?:usd|us\$|us\s+dollars?|u\.s\.\s+dollars?)")


def _original(context: ExtractionContext, match: re.Match[str]) -> str:
    start, end = context.document.original_span(*match.span())
    return context.document.original[start:end]


def _krona_code(text: str) -> str:
    """Return the code of "kr": by the money the text names, else by the country
    it names first (its letterhead), else the Swedish krona."""
    for name, krona in _KRONA_NAMES:
        if name.search(text):
            return krona
    first = None
    for country, krona in _KRONA_COUNTRIES:
        found = country.search(text)
        if found is not None and (first is None or found.start() < first[0]):
            first = (found.start(), krona)
    return first[1] if first else "SEK"


def _currency_without_marker(
    context: ExtractionContext, total: AmountHit | None
) -> dict | None:
    """Return the currency of a total printed with no currency marker anywhere.

    The bank accounts decide when they agree on one currency. Failing that, a
    document in Russian that names a taxpayer by INN states roubles, as Russian
    acts, invoices and cash receipts do when they omit "руб.". A document without
    a total gets no currency, except a bank statement: the code of the account in
    its header gives the currency of its balances and turnovers.
    """
    end = len(context.text)
    if total is None:
        if context.document_type != "bank_statement":
            return None
        end = context.operations_start or end
    accounts = _account_currencies(context, end)
    if len(accounts) == 1:
        return _account_currency_field(context, accounts)
    if accounts or not context.is_cyrillic:
        return None
    taxpayer = _TAXPAYER_NUMBER_RE.search(context.text)
    if taxpayer is None:
        return None
    return context.build_field(
        taxpayer.start(),
        taxpayer.end(),
        "RUB",
        _RUSSIAN_DOCUMENT_CURRENCY_CONFIDENCE,
        inferred=True,
    )


def _account_currencies(
    context: ExtractionContext, end: int
) -> dict[str, re.Match[str]]:
    """Return {currency: first account} of the Russian accounts in text[:end]."""
    accounts: dict[str, re.Match[str]] = {}
    for match in _ACCOUNT_CURRENCY_RE.finditer(context.text, 0, end):
        code = _NUMERIC_CURRENCY_CODES.get(match.group("code"))
        if code is not None:
            accounts.setdefault(code, match)
    return accounts


def _account_currency_field(
    context: ExtractionContext, accounts: dict[str, re.Match[str]]
) -> dict:
    ((code, match),) = accounts.items()
    start, end = match.span("code")
    return context.build_field(
        start, end, code, _ACCOUNT_CURRENCY_CONFIDENCE, inferred=True
    )


def _labeled_amounts(
    context: ExtractionContext,
    labels: tuple[tuple[float, re.Pattern[str]], ...],
    max_gap_letters: int,
    *,
    next_line: bool,
) -> list[LabeledAmount]:
    found = []
    for confidence, pattern in labels:
        for label in pattern.finditer(context.text):
            if _TENDER_PRICE_BEFORE_RE.search(
                context.text, max(0, label.start() - _TENDER_WORDS_CHARS), label.start()
            ):
                # "Начальная (максимальная)" over a blank line and "цена контракта".
                continue
            # The amount may open the next line under a label that opens its own
            # line, or that ends it ("The total value of this Agreement is" / "USD
            # 36,000.00"). After a label ending a line, such as a table's "Сумма"
            # column, only a sum with kopecks or a currency counts, not a row number.
            opens = _opens_line(context, label.start())
            ends = not opens and _ends_line(context, label.end())
            allow_next_line = next_line and (opens or ends)
            stacked = _stacked_value(context, label.start()) if opens else None
            amount = _amount_in(context, *stacked) if stacked else None
            if amount is not None:
                # A caption in a stack of form cells: its value is in the stack
                # of values below, not on the next line.
                found.append(LabeledAmount(amount, confidence, label.start()))
                continue
            amount = _figures_after_words(context, label.end()) or _amount_after(
                context, label.end(), max_gap_letters, next_line=allow_next_line
            )
            if (
                ends
                and amount is not None
                and amount.start > context.document.line_end(label.end())
                and not (amount.has_fraction or amount.currency)
            ):
                amount = None
            if amount is None:
                amount = _amount_below_grid_caption(context, label.start(), label.end())
            if amount is not None and not _LEGAL_REFERENCE_BEFORE_RE.search(
                context.text, max(0, amount.start - _REFERENCE_CHARS), amount.start
            ):
                amount = _gross_after_net(context, amount)
                found.append(LabeledAmount(amount, confidence, label.start()))
    return found


def _gross_after_net(context: ExtractionContext, net: AmountHit) -> AmountHit:
    """Return the amount with VAT that a statement gives after a net amount, or `net`.

    "EUR 94,000.00 excluding VAT, and EUR 115,620.00 including VAT" and "100 000,00
    руб. без учета НДС, 120 000,00 руб. с учетом НДС" state the full value second.
    The second amount must exceed the first by at most the highest VAT rate, so the
    VAT amount itself ("в т.ч. НДС 20 000,00") is never taken.
    """
    text = context.text
    after = _end_with_marker(net)
    if _NET_QUALIFIER_RE.match(text, after) is None:
        return net
    end = min(len(text), after + _STATEMENT_CHARS)
    statement_end = _STATEMENT_END_RE.search(text, after, end)
    if statement_end is not None:
        end = statement_end.start()
    index = bisect_left(context.amount_starts, after)
    for later in context.amounts[index:]:
        if later.start >= end:
            break
        if not net.value < later.value <= net.value * _MAX_GROSS_RATIO:
            continue
        if net.currency and later.currency and net.currency != later.currency:
            continue
        if _GROSS_QUALIFIER_RE.match(
            text, _end_with_marker(later)
        ) or _GROSS_QUALIFIER_BEFORE_RE.search(
            text, max(after, later.start - _QUALIFIER_GAP_CHARS), later.start
        ):
            return later
    return net


def _end_with_marker(hit: AmountHit) -> int:
    """Return where an amount ends, with a currency marker printed after it."""
    return max(hit.end, hit.marker_span[1] if hit.marker_span else hit.end)


def _stacked_value(context: ExtractionContext, position: int) -> tuple[int, int] | None:
    """Return the value line of a stacked caption on the line of `position`."""
    return context.stacked_cells.get(context.document.line_start(position))


def _amount_in(context: ExtractionContext, start: int, end: int) -> AmountHit | None:
    """Return the amount that fills `text[start:end]` but for blanks, or None."""
    index = bisect_left(context.amount_starts, start)
    if index == len(context.amounts):
        return None
    hit = context.amounts[index]
    if hit.end > end or context.text[start : hit.start].strip():
        return None
    return hit if not context.text[hit.end : end].strip() else None


def _amount_below_grid_caption(
    context: ExtractionContext, label_start: int, label_end: int
) -> AmountHit | None:
    """Return the amount under a header grid's caption, as in "Application No. |
    Date | Currency | Amount" over "31 | 18.03.2025 | EUR | 27,340.00".

    The caption row must be a header grid (`is_header_grid`), so that the
    "Сумма" column of a table of goods or of a cited contract gives no total.
    The amount is the one on the next line that shares character columns with
    the caption.
    """
    if not is_header_grid(context, label_start):
        return None
    document = context.document
    line_start = document.line_start(label_start)
    line_end = document.line_end(label_start)
    first, last = label_start - line_start, label_end - line_start
    next_start = line_end + 1
    next_end = document.line_end(next_start)
    index = bisect_left(context.amount_starts, next_start)
    for hit in context.amounts[index:]:
        if hit.start > next_end:
            break
        if hit.end - next_start > first and hit.start - next_start < last:
            return hit if hit.has_fraction or hit.currency else None
    return None


def _amount_after(
    context: ExtractionContext, position: int, max_gap_letters: int, *, next_line: bool
) -> AmountHit | None:
    """Return the first amount after a label on its line, or opening the next line.

    The next line counts only when `next_line` is set and nothing follows the label.
    The gap between label and amount may hold dates, punctuation and a few words
    ("Total amount due on August 3, 2014 $4.11"), but not a sentence. A table rule
    ("|") ends the label's cell, and what follows it is another column.
    """
    line_end = context.document.line_end(position)
    index = bisect_left(context.amount_starts, position)
    while index < len(context.amounts) and _is_part_number(
        context, context.amounts[index]
    ):
        index += 1  # "Итого по этапу 2, с НДС | 1 946 520,00"
    cell_end = _cell_end(context, position, line_end, index)
    if index < len(context.amounts) and context.amounts[index].start <= cell_end:
        hit = context.amounts[index]
        remark = _VAT_REMARK_RE.search(context.text, position, hit.start)
        if remark is not None and index + 1 < len(context.amounts):
            # "Total for stage 1, including VAT 22% RUB 493,737.70 | 2,738,000.00":
            # the VAT that the total includes comes before the total itself.
            following = context.amounts[index + 1]
            gap = context.text[position : remark.start()]
            if (
                following.start <= cell_end
                and following.value > hit.value
                and _gap_is_short(
                    context,
                    hit.end,
                    following.start,
                    max_gap_letters - count_letters(gap),
                )
            ):
                # "Итого, в т.ч. НДС 22%: 366 000,00, НДС 66 000,00" names the
                # total first, and the VAT after it is smaller.
                return following
        return (
            hit
            if _gap_is_short(context, position, hit.start, max_gap_letters)
            else None
        )
    if not next_line or count_letters(context.text[position:cell_end]) > 0:
        return None
    return _amount_opening_next_line(context, line_end)


def _amount_after_quantity(context: ExtractionContext, hit: AmountHit) -> AmountHit:
    """Return the first sum with kopecks or cents after a quantity on a totals row,
    else `hit`: after one decimal digit ("Итого за март | 74,2 | | 73 547,78"), or
    after a weight or count with its unit ("Всего к оплате 248,295 т | 17 700
    965,50 |")."""
    if hit.currency:
        return hit
    if _QUANTITY_UNIT_AFTER_RE.match(
        context.text, hit.end
    ) and not _TWO_DECIMALS_RE.search(context.text, hit.start, hit.end):
        line_end = context.document.line_end(hit.start)
        index = bisect_left(context.amount_starts, hit.end)
        for later in context.amounts[index:]:
            if later.start > line_end:
                break
            if _TWO_DECIMALS_RE.search(context.text, later.start, later.end):
                return later
        return hit
    if not _ONE_DECIMAL_RE.search(context.text, hit.start, hit.end):
        return hit
    for later in row_amounts(context, hit)[1:]:
        if _TWO_DECIMALS_RE.search(context.text, later.start, later.end):
            return later
    return hit


# A unit of weight or count after a totals row's quantity.
_QUANTITY_UNIT_AFTER_RE = compile_folded(
    r"[ \t]*(?:т|тн|тонн\w*|кг|шт|м3|м³|л|t|kg|pcs|mt)\b"
)


def _is_part_number(context: ExtractionContext, hit: AmountHit) -> bool:
    """Return whether a bare integer numbers a stage, a section or a lot ("по этапу
    2", "Section 3") or is the year of a month ("за март 2026 г."), which are no
    amounts."""
    if hit.has_fraction or hit.currency:
        return False
    before = max(0, hit.start - _PART_WORD_CHARS)
    if _PART_NUMBER_RE.fullmatch(context.text, hit.start, hit.end) and (
        _PART_WORD_BEFORE_RE.search(context.text, before, hit.start)
    ):
        return True
    return bool(
        _YEAR_VALUE_RE.fullmatch(context.text, hit.start, hit.end)
        and (
            _YEAR_AFTER_RE.match(context.text, hit.end)
            or _MONTH_BEFORE_RE.search(context.text, before, hit.start)
        )
    )


def _cell_end(
    context: ExtractionContext, position: int, line_end: int, index: int
) -> int:
    """Return where the label's cell ends: at a table rule followed by words, which
    open another column ("Общая сумма составляет  | 2.2. The total amount is"),
    else at the line's end. A rule followed by the amount parts a row's cells."""
    rule = context.text.find("|", position, line_end)
    if rule < 0:
        return line_end
    following = context.amounts[index].start if index < len(context.amounts) else None
    cell_text_end = line_end if following is None else min(following, line_end)
    if count_letters(context.text[rule:cell_text_end]) > 0:
        return rule
    return line_end


def _figures_after_words(context: ExtractionContext, position: int) -> AmountHit | None:
    """Return the figures that repeat an amount in words right after a label.

    "К оплате: Один миллион ... рублей 40 копеек (1 234 666-40)" puts the words
    between the label and the figures, which must give the same value.
    """
    words = _LEADING_WORDS_RE.match(context.text, position)
    if words is None:
        return None
    end = amount_words_end(words)
    value = amount_from_words_match(words)
    index = bisect_left(context.amount_starts, end)
    if index < len(context.amounts):
        hit = context.amounts[index]
        if _BRACKET_GAP_RE.fullmatch(context.text, end, hit.start):
            return hit if hit.value == value else None
    # No figures follow: the words are the amount ("Всего к оплате: Двести ...
    # рублей 00 копеек.").
    return AmountHit(
        words.start("words"), end, value, "RUB", words.span("rubles"), True
    )


def _is_words_hit(context: ExtractionContext, hit: AmountHit) -> bool:
    """Return whether an amount is written in words, which the amounts in figures
    of the text do not include."""
    index = bisect_left(context.amount_starts, hit.start)
    return index == len(context.amounts) or context.amounts[index] != hit


def _opens_line(context: ExtractionContext, position: int) -> bool:
    """Return whether only punctuation, or a clause number such as "2.2.", precedes
    `position` on its line."""
    text = context.text
    line_start = context.document.line_start(position)
    return _LINE_OPENING_RE.fullmatch(text, line_start, position) is not None


def _ends_line(context: ExtractionContext, position: int) -> bool:
    """Return whether only blanks follow `position` on its line."""
    line_end = context.document.line_end(position)
    return not context.text[position:line_end].strip()


def _gap_is_short(
    context: ExtractionContext, start: int, end: int, max_letters: int
) -> bool:
    """Return whether a label and its amount are close, counting a column gap of
    spaces as one character ("Всего по накладной" far left of its row's amounts)."""
    gap = context.text[start:end]
    if len(_SPACE_RUN_RE.sub(" ", gap)) > _MAX_GAP_CHARS:
        return False
    for hit in context.dates:
        if start <= hit.start and hit.end <= end:
            gap = gap.replace(context.text[hit.start : hit.end], " ")
    # "Total for Stage 1 including VAT RUB 732,000.00": the part, the VAT remark and
    # the currency code qualify the label and do not lengthen it.
    gap = _LABEL_QUALIFIER_RE.sub(" ", gap)
    return count_letters(gap) <= max_letters


def _amount_opening_next_line(
    context: ExtractionContext, line_end: int
) -> AmountHit | None:
    next_start = line_end + 1
    while next_start < len(context.text) and context.text[next_start] in "\n \t":
        next_start += 1
    index = bisect_left(context.amount_starts, next_start)
    if index == len(context.amounts):
        return None
    hit = context.amounts[index]
    opening = context.text[next_start : hit.start]
    return hit if len(opening.strip()) <= 3 and count_letters(opening) == 0 else None


def _amount_field(
    context: ExtractionContext, amount: AmountHit, confidence: float
) -> dict:
    return context.build_field(
        amount.start, amount.end, format_amount(amount.value), confidence
    )
