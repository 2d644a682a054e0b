"""Russian templates, one function per document type.

Each function fills a `Draft` with text and expected values. The wording is the
benchmark's own and differs from the engine's test samples on purpose.
"""

import random
from decimal import Decimal

from . import values
from .draft import Draft, doc_number, items, total_of
from .formats import amount_words_ru, date_ru, money_ru, number_ru
from .parties import company_ru, person_ru, short_name_ru
from .values import Company

_GOODS = (
    "Кабель ВВГнг 3х2,5",
    "Профильная труба 40х20",
    "Саморез кровельный 4,8х35",
    "Краска фасадная белая 10 л",
    "Перчатки нитриловые, уп.",
    "Фильтр масляный",
    "Светильник светодиодный 36 Вт",
    "Бумага для плоттера, рулон",
    "Клапан обратный Ду50",
    "Лента упаковочная 48 мм",
)
_SERVICES = (
    "Техническое обслуживание котельной",
    "Вывоз строительного мусора",
    "Настройка сетевого оборудования",
    "Юридическая консультация",
    "Уборка складских помещений",
    "Разработка проектной документации",
    "Перевозка груза по маршруту",
)


def _inn_line(rng: random.Random, company: Company, role_word: str = "") -> str:
    """Return the INN and KPP in one of the ways Russian forms print them."""
    if not company.kpp:
        return f"ИНН {company.inn}"
    style = rng.randrange(4)
    if style == 0:
        return f"ИНН {company.inn}, КПП {company.kpp}"
    if style == 1:
        suffix = f" {role_word}" if role_word else ""
        return f"ИНН/КПП{suffix} {company.inn}/{company.kpp}"
    if style == 2:
        return f"ИНН: {company.inn}   КПП: {company.kpp}"
    return f"ИНН {company.inn} КПП {company.kpp}"


def _bank_lines(rng: random.Random, company: Company) -> list[str]:
    bank = company.bank
    style = rng.randrange(3)
    if style == 0:
        return [
            f"р/с {company.account} в {bank.name}",
            f"БИК {bank.bik}, к/с {bank.correspondent_account}",
        ]
    if style == 1:
        return [
            f"Расчётный счёт: {company.account}",
            f"Банк: {bank.name}, г. {bank.city}",
            f"БИК: {bank.bik}",
            f"Корр. счёт: {bank.correspondent_account}",
        ]
    return [
        f"Р/сч {company.account}, {bank.name}, "
        f"БИК {bank.bik}, Кор/сч {bank.correspondent_account}"
    ]


def _party_block(
    draft: Draft, word: str, company: Company, *, bank: bool, address: bool = True
) -> None:
    rng = draft.rng
    lines = [f"{word}: {company.name}", _inn_line(rng, company)]
    if rng.randrange(3) == 0:
        lines.insert(1, f"ОГРН {company.ogrn}")
    if address:
        lines.append(f"Адрес: {company.address}")
    if bank:
        lines.extend(_bank_lines(rng, company))
    if rng.randrange(3) == 0:
        lines = [", ".join(lines)]
    draft.add(*lines)


def _goods_table(draft: Draft, goods: list, unit: str = "шт") -> None:
    rng = draft.rng
    draft.add(
        rng.choice(
            ("№  Наименование  Кол-во  Ед.  Цена  Сумма", "№ Товар Кол. Цена Сумма")
        )
    )
    for index, item in enumerate(goods, 1):
        draft.add(
            f"{index}  {item.name}  {item.quantity}  {unit}  "
            f"{number_ru(rng, item.price)}  {number_ru(rng, item.amount)}"
        )
    draft.expect_items(goods)


def _vat_line(draft: Draft, total: Decimal) -> None:
    rng = draft.rng
    if rng.randrange(4) == 0:
        draft.add("Без налога (НДС)")
    else:
        label = rng.choice(("В том числе НДС 20%", "в т.ч. НДС (20%)", "НДС 20%"))
        draft.add(f"{label}: {number_ru(rng, values.vat_included(total))}")


def invoice(draft: Draft) -> None:
    rng = draft.rng
    seller, buyer = company_ru(rng), company_ru(rng)
    number, day = doc_number(rng, False), values.random_date(rng)
    goods = items(rng, _GOODS, rng.randint(1, 4))
    total = total_of(goods)
    draft.header(number, day)
    draft.money(total, "RUB")
    draft.requisites("seller", seller, bank=True)
    draft.requisites("buyer", buyer, bank=False)

    if rng.randrange(2):
        # The bank block that heads Russian invoices made by accounting software.
        bank = seller.bank
        draft.add(
            f"{bank.name} г. {bank.city}        БИК {bank.bik}",
            f"Банк получателя        Сч. № {bank.correspondent_account}",
            f"{_inn_line(rng, seller)}        Сч. № {seller.account}",
            seller.name,
            "Получатель",
        )
        draft.blank()
        title = rng.choice(("Счет на оплату", "Счёт", "Счет на оплату"))
        draft.add(draft.title(f"{title} № {number} от {date_ru(rng, day)}"))
        draft.blank()
        seller_word = rng.choice(("Поставщик", "Исполнитель"))
        draft.add(
            f"{seller_word}: {seller.name}, {_inn_line(rng, seller)}, {seller.address}"
        )
    else:
        title = rng.choice(("Счёт на оплату", "СЧЕТ", "Счет"))
        draft.add(draft.title(f"{title} № {number} от {date_ru(rng, day)}"))
        draft.blank()
        _party_block(draft, rng.choice(("Поставщик", "Продавец")), seller, bank=True)
    draft.blank()
    _party_block(
        draft, rng.choice(("Покупатель", "Заказчик", "Плательщик")), buyer, bank=False
    )
    draft.blank()
    _goods_table(draft, goods)
    label = rng.choice(("Всего к оплате", "Итого к оплате", "Итого"))
    draft.add(f"{label}: {money_ru(rng, total, 'RUB')}")
    _vat_line(draft, total)
    if rng.randrange(2):
        draft.add(
            f"Всего наименований {len(goods)}, на сумму {number_ru(rng, total)} руб."
        )
    draft.add(
        rng.choice(
            (
                "Счёт действителен к оплате в течение пяти банковских дней.",
                "Товар отпускается по факту поступления денег на расчётный счёт.",
            )
        ),
        f"Руководитель __________ {seller.director}",
    )


def _contract_roles(rng: random.Random) -> tuple[str, str, str, str]:
    return rng.choice(
        (
            ("поставки", "Поставщик", "Покупатель", "товара"),
            ("оказания услуг", "Исполнитель", "Заказчик", "услуг"),
            ("подряда", "Подрядчик", "Заказчик", "работ"),
            ("аренды нежилого помещения", "Арендодатель", "Арендатор", "аренды"),
        )
    )


def contract(draft: Draft) -> None:
    rng = draft.rng
    seller, buyer = company_ru(rng), company_ru(rng)
    number, day = doc_number(rng, False), values.random_date(rng)
    total = values.random_amount(rng, 10_000, 9_000_000)
    kind, seller_word, buyer_word, subject = _contract_roles(rng)
    draft.header(number, day)
    draft.money(total, "RUB")
    draft.requisites("seller", seller, bank=True)
    draft.requisites("buyer", buyer, bank=True)

    draft.add(draft.title(f"Договор {kind} № {number}"))
    city = seller.address.split("г. ")[1].split(",")[0]
    draft.add(f"г. {city}                                   {date_ru(rng, day)}")
    draft.blank()
    named = rng.choice(("именуемое в дальнейшем", "далее —", "далее именуемое"))
    draft.add(
        f"{seller.name}, {named} «{seller_word}», в лице директора "
        f"{seller.director}, действующего на основании Устава, и {buyer.name}, "
        f"{named} «{buyer_word}», в лице генерального директора {buyer.director}, "
        "вместе именуемые Стороны, заключили настоящий договор о нижеследующем."
    )
    draft.blank()
    draft.add(
        draft.title("1. Предмет договора"),
        f"1.1. {seller_word} обязуется обеспечить предоставление {subject}, "
        f"а {buyer_word} — принять и оплатить их на условиях договора.",
        draft.title("2. Цена и порядок расчётов"),
        f"2.1. Цена договора составляет {money_ru(rng, total, 'RUB')}, "
        f"включая НДС 20% в сумме {number_ru(rng, values.vat_included(total))} руб.",
        f"2.2. Оплата производится в течение {rng.randint(3, 30)} дней со дня "
        "подписания акта.",
        draft.title("3. Ответственность сторон"),
        "3.1. За нарушение сроков оплаты начисляется неустойка 0,1% за день.",
        draft.title("4. Срок действия"),
        "4.1. Договор вступает в силу с даты подписания.",
    )
    draft.blank()
    draft.add(
        draft.title(rng.choice(("Реквизиты сторон", "Адреса и реквизиты сторон")))
    )
    blocks = [(seller_word, seller), (buyer_word, buyer)]
    for word, company in blocks:
        _party_block(draft, word, company, bank=True)
        draft.add(f"_____________ {company.director}")
        draft.blank()


def act(draft: Draft) -> None:
    rng = draft.rng
    seller, buyer = company_ru(rng), company_ru(rng)
    number, day = doc_number(rng, False), values.random_date(rng)
    work = items(rng, _SERVICES, rng.randint(1, 3))
    total = total_of(work)
    draft.header(number, day)
    draft.money(total, "RUB")
    draft.requisites("seller", seller, bank=False)
    draft.requisites("buyer", buyer, bank=False)

    title = rng.choice(
        (
            f"Акт № {number} от {date_ru(rng, day)}",
            f"Акт сдачи-приёмки оказанных услуг № {number} от {date_ru(rng, day)}",
            f"Акт выполненных работ № {number} от {date_ru(rng, day)}",
        )
    )
    draft.add(draft.title(title))
    draft.blank()
    blocks = [("Исполнитель", seller), ("Заказчик", buyer)]
    if rng.randrange(3) == 0:
        blocks.reverse()
    for word, company in blocks:
        _party_block(draft, word, company, bank=False, address=rng.randrange(2) == 0)
    basis_day = values.random_date(rng)
    draft.add(f"Основание: договор № {rng.randint(1, 300)} от {basis_day:%d.%m.%Y}")
    draft.blank()
    _goods_table(draft, work, unit="усл")
    draft.add(f"Итого: {money_ru(rng, total, 'RUB')}")
    _vat_line(draft, total)
    draft.add(
        rng.choice(
            (
                "Перечисленные работы выполнены в установленный срок "
                "и в полном объёме.",
                "Услуги оказаны полностью, стороны взаимных претензий не имеют.",
            )
        ),
        f"Исполнитель ________ {seller.director}     "
        f"Заказчик ________ {buyer.director}",
    )


def upd(draft: Draft) -> None:
    rng = draft.rng
    seller, buyer = company_ru(rng), company_ru(rng)
    number, day = doc_number(rng, False), values.random_date(rng)
    goods = items(rng, _GOODS, rng.randint(1, 4))
    total = total_of(goods)
    draft.header(number, day)
    draft.money(total, "RUB")
    draft.requisites("seller", seller, bank=False)
    draft.requisites("buyer", buyer, bank=False)

    draft.add(
        draft.title("Универсальный передаточный документ"),
        f"Статус: {rng.choice('12')}",
        f"Счёт-фактура № {number} от {date_ru(rng, day)}",
        "Исправление № -- от --",
    )
    draft.blank()
    draft.add(
        f"Продавец: {seller.name}",
        f"Адрес: {seller.address}",
        f"ИНН/КПП продавца: {seller.inn}/{seller.kpp}"
        if seller.kpp
        else f"ИНН продавца: {seller.inn}",
        "Грузоотправитель и его адрес: он же",
        f"Грузополучатель и его адрес: {buyer.name}, {buyer.address}",
        f"Покупатель: {buyer.name}",
        f"Адрес: {buyer.address}",
        f"ИНН/КПП покупателя: {buyer.inn}/{buyer.kpp}"
        if buyer.kpp
        else f"ИНН покупателя: {buyer.inn}",
        "Валюта: наименование, код Российский рубль, 643",
    )
    draft.blank()
    _goods_table(draft, goods)
    draft.add(
        f"Всего к оплате: {number_ru(rng, total)}  "
        f"{number_ru(rng, values.vat_included(total))}"
    )
    draft.add(
        "Товар (груз) передал __________ " + seller.director,
        "Товар (груз) получил __________ " + buyer.director,
    )


def waybill(draft: Draft) -> None:
    rng = draft.rng
    shipper, consignee = company_ru(rng), company_ru(rng)
    number, day = doc_number(rng, False), values.random_date(rng)
    goods = items(rng, _GOODS, rng.randint(1, 4))
    total = total_of(goods)
    draft.header(number, day)
    draft.money(total, "RUB")
    draft.requisites("shipper", shipper, bank=True)
    draft.requisites("consignee", consignee, bank=False)
    draft.requisites("seller", shipper, bank=True)
    draft.requisites("buyer", consignee, bank=False)

    draft.add("Унифицированная форма № ТОРГ-12", "Форма по ОКУД 0330212")
    _party_block(draft, "Грузоотправитель", shipper, bank=True)
    _party_block(draft, "Грузополучатель", consignee, bank=False)
    _party_block(draft, "Поставщик", shipper, bank=True, address=False)
    _party_block(draft, "Плательщик", consignee, bank=False, address=False)
    draft.add(f"Основание: договор поставки № {rng.randint(1, 99)}-П")
    draft.blank()
    title = rng.choice(("Товарная накладная", "Накладная"))
    if rng.randrange(2):
        draft.add(draft.title(f"{title} № {number} от {date_ru(rng, day)}"))
    else:
        draft.add(
            draft.title(title),
            f"Номер документа {number}   Дата составления {day:%d.%m.%Y}",
        )
    draft.blank()
    _goods_table(draft, goods)
    draft.add(f"Всего по накладной: {money_ru(rng, total, 'RUB')}")
    _vat_line(draft, total)
    draft.add(f"Отпуск груза разрешил ________ {shipper.director}")


def packing_list(draft: Draft) -> None:
    rng = draft.rng
    shipper, consignee = company_ru(rng), company_ru(rng)
    number, day = doc_number(rng, False), values.random_date(rng)
    draft.header(number, day)
    draft.money(None, None)
    draft.requisites("shipper", shipper, bank=False)
    draft.requisites("consignee", consignee, bank=False)

    draft.add(draft.title(f"Упаковочный лист № {number}"))
    draft.add(f"Дата: {date_ru(rng, day)}")
    draft.blank()
    _party_block(
        draft, rng.choice(("Отправитель", "Грузоотправитель")), shipper, bank=False
    )
    _party_block(
        draft, rng.choice(("Получатель", "Грузополучатель")), consignee, bank=False
    )
    draft.blank()
    draft.add("Место  Упаковка  Содержимое  Нетто, кг  Брутто, кг")
    places = rng.randint(1, 6)
    gross_total = Decimal(0)
    for place in range(1, places + 1):
        net = Decimal(rng.randint(50, 4000)) / 10
        gross = net + Decimal(rng.randint(3, 30)) / 10
        gross_total += gross
        draft.add(
            f"{place}  {rng.choice(('коробка', 'паллета', 'ящик'))}  "
            f"{rng.choice(_GOODS)}  {net}  {gross}"
        )
    draft.add(f"Количество мест: {places}", f"Вес брутто итого: {gross_total} кг")


def payment_order(draft: Draft) -> None:
    rng = draft.rng
    payer = company_ru(rng)
    budget = rng.randrange(3) == 0
    if budget:
        region = values.region_code(rng)
        bik = values.treasury_bik(rng, region)
        inn = values.company_inn(rng, region)
        bank = values.Bank(f"ОТДЕЛЕНИЕ {region} БАНКА РОССИИ", "", bik, "")
        payee = Company(
            f"УФК по региону {region} (ИФНС России № {rng.randint(1, 30)})",
            inn,
            values.kpp_for(rng, inn),
            "",
            "",
            bank,
            values.treasury_account(rng, bik),
            "",
        )
    else:
        payee = company_ru(rng)
    number, day = str(rng.randint(1, 9999)), values.random_date(rng)
    total = values.random_amount(rng, 100, 5_000_000)
    draft.header(number, day)
    draft.money(total, "RUB")
    draft.requisites("payer", payer, bank=True)
    draft.requisites("payee", payee, bank=True)

    integer = int(total)
    cents = int((total - integer) * 100)
    # Forms print kopecks after a dash, and whole rubles with a trailing "=".
    form_amount = f"{integer}-{cents:02d}" if cents else f"{integer}="
    amount = rng.choice((form_amount, form_amount, number_ru(rng, total)))
    purpose = rng.choice(
        (
            f"Оплата по счёту № {rng.randint(1, 999)} за материалы",
            "Налог по упрощённой системе налогообложения за квартал",
            f"Аванс по договору № {rng.randint(1, 99)}/П",
        )
    )
    vat = f"В том числе НДС 20% {number_ru(rng, values.vat_included(total))}"

    def bank_lines(company: Company, word: str) -> list[str]:
        corr = company.bank.correspondent_account
        return [
            f"{company.bank.name} {company.bank.city}".strip()
            + f"     БИК {company.bank.bik}",
            f"                               Сч. № {corr}"
            if corr
            else "                               Сч. №",
            word,
        ]

    if rng.randrange(3):
        draft.add(
            "Поступ. в банк плат.          Списано со сч. плат.",
            "                                                   0401060",
            f"{draft.title('Платежное поручение')} № {number}   {day:%d.%m.%Y}   "
            f"{rng.choice(('Электронно', 'срочно', ''))}",
            "                                   Дата        Вид платежа",
            f"Сумма прописью  {amount_words_ru(total)}",
            f"{_inn_line(rng, payer)}        Сумма {amount}",
            payer.name,
            f"                               Сч. № {payer.account}",
            "Плательщик",
            *bank_lines(payer, "Банк плательщика"),
            *bank_lines(payee, "Банк получателя"),
            f"{_inn_line(rng, payee)}        Сч. № {payee.account}",
            payee.name,
            "                               Вид оп. 01   Срок плат.",
            "                               Наз. пл.     Очер. плат. 5",
            "Получатель                     Код          Рез. поле",
            purpose,
            vat if not budget else "",
            "Назначение платежа",
        )
    else:
        draft.add(
            draft.title(f"Платёжное поручение № {number}"),
            f"Дата: {day:%d.%m.%Y}",
            f"Сумма: {money_ru(rng, total, 'RUB')}",
            f"Плательщик: {payer.name}, {_inn_line(rng, payer)}",
            f"Счёт плательщика: {payer.account}",
            f"Банк плательщика: {payer.bank.name}, БИК {payer.bank.bik}",
            f"Получатель: {payee.name}, {_inn_line(rng, payee)}",
            f"Счёт получателя: {payee.account}",
            f"Банк получателя: {payee.bank.name}, БИК {payee.bank.bik}",
            f"Назначение платежа: {purpose}",
        )


def bank_statement(draft: Draft) -> None:
    rng = draft.rng
    holder = company_ru(rng)
    day = values.random_date(rng)
    draft.expected["date"] = day.isoformat()
    draft.requisites("account_holder", holder, bank=True, kpp=False)

    draft.add(
        draft.title(rng.choice(("Выписка по счёту", "Выписка из лицевого счёта"))),
        f"за {date_ru(rng, day)}",
        f"Клиент: {holder.name}, ИНН {holder.inn}",
        f"Счёт: {holder.account}",
        f"Банк: {holder.bank.name}, БИК {holder.bank.bik}",
    )
    draft.blank()
    opening = values.random_amount(rng, 1000, 9_000_000)
    draft.add(f"Входящий остаток: {number_ru(rng, opening)}")
    draft.add("Дата  Документ  Контрагент  Дебет  Кредит  Назначение")
    balance = opening
    for _ in range(rng.randint(2, 6)):
        amount = values.random_amount(rng, 100, 200_000)
        debit = rng.randrange(2) == 0
        balance += -amount if debit else amount
        partner = company_ru(rng)
        draft.add(
            f"{day:%d.%m.%Y}  п/п {rng.randint(1, 999)}  "
            f"{partner.name} ИНН {partner.inn}  "
            f"{number_ru(rng, amount) if debit else ''}  "
            f"{'' if debit else number_ru(rng, amount)}  "
            f"{rng.choice(('оплата по счёту', 'возврат займа', 'за услуги связи'))}"
        )
    draft.add(f"Исходящий остаток: {number_ru(rng, balance)}")


def receipt(draft: Draft) -> None:
    rng = draft.rng
    seller = company_ru(rng)
    day = values.random_date(rng)
    goods = items(rng, _GOODS, rng.randint(1, 5))
    total = total_of(goods)
    number = str(rng.randint(1, 500))
    draft.header(number, day)

    draft.expected["total"] = f"{total:.2f}"
    draft.requisites("seller", seller, bank=False, kpp=False)

    draft.add(
        draft.title(rng.choice(("Кассовый чек", "Кассовый чек. Приход"))),
        seller.name,
        f"ИНН {seller.inn}",
        f"Чек № {number}   Смена № {rng.randint(1, 400)}",
        f"{day:%d.%m.%Y} {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}",
    )
    for item in goods:
        draft.add(
            item.name,
            f"  {item.quantity} x {item.price:.2f} ={item.amount:.2f}",
        )
    if rng.randrange(2):
        draft.expected["currency"] = "RUB"
        draft.add(f"ИТОГ ={total:.2f} руб.")
    else:
        draft.add(f"ИТОГ ={total:.2f}")
    draft.add(
        rng.choice(("БЕЗНАЛИЧНЫМИ", "НАЛИЧНЫМИ")) + f" ={total:.2f}",
        f"в т.ч. НДС 20% ={values.vat_included(total):.2f}",
        f"Кассир {short_name_ru(person_ru(rng))}",
        f"ФН № {rng.randint(10**15, 10**16 - 1)}",
        f"ФД № {rng.randint(1, 99999)}   ФП {rng.randint(10**9, 10**10 - 1)}",
    )


def passport(draft: Draft) -> None:
    rng = draft.rng
    surname, given, patronymic = person_ru(rng)
    issued = values.random_date(rng)
    born = issued.replace(year=issued.year - rng.randint(20, 45))
    series = f"{rng.randint(1, 99):02d} {rng.randint(0, 25):02d}"
    number = f"{rng.randint(0, 999999):06d}"
    draft.header(number, issued)
    draft.money(None, None)

    code = f"{rng.randint(100, 999)}-{rng.randint(1, 99):03d}"
    lines = [
        "Российская Федерация" if rng.randrange(2) else "РОССИЙСКАЯ ФЕДЕРАЦИЯ",
        f"Паспорт выдан {rng.choice(('Отделом', 'ОТДЕЛЕНИЕМ'))} УФМС России по "
        f"{rng.choice(('Тверской области', 'Пермскому краю', 'Омской области'))}",
        f"Дата выдачи {issued:%d.%m.%Y}    Код подразделения {code}",
        "Личная подпись",
        f"Фамилия {surname.upper()}",
        f"Имя {given.upper()}",
        f"Отчество {patronymic.upper()}",
        f"Дата рождения {born:%d.%m.%Y}",
        f"Место рождения гор. {rng.choice(('Тверь', 'Пермь', 'Омск'))}",
        f"Серия {series} № {number}" if rng.randrange(2) else f"{series} {number}",
    ]
    if rng.randrange(2):
        lines.insert(0, "Паспорт гражданина Российской Федерации")
    draft.add(*lines)


def power_of_attorney(draft: Draft) -> None:
    rng = draft.rng
    principal = company_ru(rng)
    attorney = person_ru(rng)
    number, day = doc_number(rng, False), values.random_date(rng)
    draft.header(number, day)
    draft.money(None, None)
    draft.requisites("principal", principal, bank=False)

    draft.add(draft.title(f"Доверенность № {number}"))
    city = principal.address.split("г. ")[1].split(",")[0]
    draft.add(f"г. {city}, {date_ru(rng, day)}")
    draft.blank()
    verb = rng.choice(("уполномочивает", "доверяет"))
    draft.add(
        f"{principal.name} ({_inn_line(rng, principal)}, ОГРН {principal.ogrn}), "
        f"в лице директора {principal.director}, действующего на основании Устава, "
        f"настоящей доверенностью {verb} {' '.join(attorney)}, паспорт серии "
        f"{rng.randint(10, 99)} {rng.randint(10, 99)} № {rng.randint(100000, 999999)}, "
        "представлять интересы общества в налоговых органах и получать "
        "корреспонденцию.",
        f"Доверенность выдана сроком на {rng.choice(('один год', 'три месяца'))} "
        f"{rng.choice(('без права передоверия', 'с правом передоверия'))}.",
        "Подпись доверенного лица ________ удостоверяю.",
        f"Директор ________ {principal.director}",
    )


def letter(draft: Draft) -> None:
    rng = draft.rng
    sender, recipient = company_ru(rng), company_ru(rng)
    number = f"{rng.randint(1, 999)}/{rng.choice(('ЮР', 'ОС', '01', 'ФО'))}"
    day = values.random_date(rng)
    draft.header(number, day)
    draft.money(None, None)

    name = person_ru(rng)
    draft.add(
        sender.name,
        sender.address,
        f"Исх. № {number} от {date_ru(rng, day)}",
    )
    draft.blank()
    draft.add(f"Генеральному директору {recipient.name}", short_name_ru(name))
    draft.blank()
    draft.add(f"Уважаем{'ый' if name[2].endswith('ич') else 'ая'} {name[1]} {name[2]}!")
    draft.add(
        rng.choice(
            (
                "Сообщаем, что с первого числа следующего месяца меняется адрес "
                "нашего склада.",
                "Просим перенести срок поставки по заказу на две недели в связи "
                "с задержкой сырья.",
                "В ответ на Ваш запрос направляем сведения о графике работы "
                "отдела продаж.",
            )
        ),
        "Надеемся на дальнейшее сотрудничество.",
    )
    draft.blank()
    draft.add(
        rng.choice(("С уважением,", "С уважением")), f"Директор {sender.director}"
    )


_OTHER_TOPICS = (
    (
        "Протокол рабочего совещания",
        "Присутствовали руководители отделов.",
        "Повестка: подготовка к сезону отпусков.",
        "Решили сдать графики отпусков до конца месяца.",
        "Следующее совещание проведём через две недели.",
        "Отделу кадров подготовить сводную таблицу.",
    ),
    (
        "Инструкция по работе с кофемашиной",
        "Перед включением проверьте уровень воды в резервуаре.",
        "Не оставляйте чашку под носиком после окончания цикла.",
        "Раз в неделю запускайте программу очистки.",
        "Зёрна засыпайте только при выключенном аппарате.",
    ),
    (
        "Объявление",
        "В пятницу с 10 до 12 часов в здании будет отключена горячая вода.",
        "Приносим извинения за неудобства.",
        "Парковка у главного входа закрыта на ремонт.",
        "Пропуска на новый год выдаёт служба охраны.",
    ),
    (
        "Рецепт: гречневая каша с грибами",
        "Промойте крупу, залейте водой в пропорции один к двум.",
        "Грибы обжарьте с луком и добавьте в готовую кашу.",
        "Посолите по вкусу и дайте настояться десять минут.",
        "Подавайте со сметаной и зеленью.",
    ),
    (
        "Служебная записка",
        "Прошу выделить два монитора для новых сотрудников отдела.",
        "Прошу согласовать командировку в филиал на три дня.",
        "Сообщаю о неисправности принтера на третьем этаже.",
        "Прошу продлить доступ подрядчика к серверной.",
    ),
)


def other(draft: Draft) -> None:
    rng = draft.rng
    title, *pool = rng.choice(_OTHER_TOPICS)
    draft.add(draft.title(title))
    draft.blank()
    draft.add(*rng.sample(pool, rng.randint(2, len(pool))))
    if rng.randrange(2):
        draft.add(f"Дата: {date_ru(rng, values.random_date(rng))}")
    draft.add(
        rng.choice(("Ответственный", "Подготовил", "Администрация"))
        + ": "
        + short_name_ru(person_ru(rng))
    )


TEMPLATES = {
    "invoice": invoice,
    "contract": contract,
    "act": act,
    "upd": upd,
    "waybill": waybill,
    "packing_list": packing_list,
    "payment_order": payment_order,
    "bank_statement": bank_statement,
    "receipt": receipt,
    "passport": passport,
    "power_of_attorney": power_of_attorney,
    "letter": letter,
    "other": other,
}
