"""Russian documents of set AC. `bench.holdout_ac` describes the set and its labels."""

# Document texts reproduce printed lines up to 110 characters wide.
# ruff: noqa: E501

from .holdout import HoldoutDocument

_INVOICES = [
    # A marketplace bills its seller for paid services. The advertising balance and the
    # promotion points are not money the invoice requests.
    HoldoutDocument(
        id="ac-ru-invoice-marketplace-paid-services",
        document_type="invoice",
        language="ru",
        text="""\
ООО «Полкамаркет»
123458, г. Москва, ул. Рябиновая Гряда, д. 41, стр. 3
ИНН 7777893281, КПП 997750001, ОГРН 1107718096793

Получатель: ООО «Полкамаркет»                               Сч. № 40702810781453840191
ИНН 7777893281  КПП 997750001
Банк получателя: АО «Стрелецкий банк», г. Москва            БИК 047778977
                                                            Сч. № 30101810634701746977

                    СЧЕТ НА ОПЛАТУ № ПМ-С-0039117 от 04.03.2026

Исполнитель: ООО «Полкамаркет», ИНН 7777893281, КПП 997750001
Заказчик:    ООО «Тёплый Дом Текстиль», ИНН 5228877912, КПП 522801001,
             603093, г. Нижний Новгород, ул. Льнопрядильная, д. 22, пом. 3
Основание:   Агентский договор № ПМ-АД-2026/1148 от 15.01.2026, кабинет продавца ID 5521

| № | Наименование услуги                                   | Кол-во | Ед.   | Цена      | Сумма     |
| 1 | Продвижение товаров в поиске, кампания 44107, 02.2026 |      1 | усл.  | 45 000,00 | 45 000,00 |
| 2 | Платная приемка товара на складе (поставка 41287753)  |    480 | шт.   |     15,00 |  7 200,00 |
| 3 | Хранение сверх бесплатного лимита, 02.2026             |    146 | л×сут |     25,00 |  3 650,00 |

                                                              Итого:           55 850,00
                                                              В том числе НДС (22%):  10 071,31
                                                              Всего к оплате:  55 850,00

Всего наименований 3, на сумму 55 850,00 руб.
Пятьдесят пять тысяч восемьсот пятьдесят рублей 00 копеек

Справочно: баланс рекламного кабинета на 04.03.2026 — 12 400,00 руб.; бонусы продвижения — 5 000
баллов (не являются денежными средствами и к оплате не предъявляются).
Оплатить до 11.03.2026. Счет может быть оплачен удержанием из ближайшей выплаты по отчету комиссионера.

Руководитель отдела расчетов с продавцами ____________ /Ветлугина М. А./
Бухгалтер                                 ____________ /Осокин Д. В./
""",
        expected={
            "number": "ПМ-С-0039117",
            "date": "2026-03-04",
            "total": "55850.00",
            "currency": "RUB",
            "parties.seller.inn": "7777893281",
            "parties.seller.kpp": "997750001",
            "parties.seller.bik": "047778977",
            "parties.seller.account": "40702810781453840191",
            "parties.buyer.inn": "5228877912",
            "parties.buyer.kpp": "522801001",
        },
    ),
    # A fax of a fulfilment operator's invoice for the next month. It deducts an advance
    # received, so the total is the full value, as sets F and G rule.
    HoldoutDocument(
        id="ac-ru-invoice-fulfilment-advance-fax",
        document_type="invoice",
        language="ru",
        text="""\
O2/O3/2O26 17:48  FAX 3832 0O4417      ФУЛФИЛМЕНТ OБЬ                         CTP. l/l
OOO «Фyлфилмeнт Oбь»  63OO88, г. Hoвocибиpcк, yл. Cибиpякoв-Гвapдeйцeв, д. 5O/4
ИHH 5417918949  KПП 5417OlOOl
Пoлyчaтeль: OOO «Фyлфилмeнт Oбь»       p/c 4O7O28lO8O6l23lOO772
Бaнк: AO «Oбcкoй кpeдитный бaнк»       БИK O45439610   к/c 3Ol0l8lO72l46l66861O

              CЧET HA OПЛATY Ne 131 oт O2 мapтa 2O26 г.

Пoкyпaтeль: ИП Caфoнoвa Дapья Игopeвнa, ИHH 543899235281,
            г. Hoвocибиpcк, yл. Дyxoвoгo Ceминapa, д. 14, кв. 7
Дoгoвop: Ne ФO-17/2O25 oт O9.l2.2O25

| № | Haимeнoвaниe                                   | Кoл. | Ед.     | Цeнa     | Cyммa     |
| 1 | Peзepв cклaдa, 6O пaллeтoмecт, мapт 2O26       |  6O  | п/мecт  | l 35O,OO | 8l OOO,OO |
| 2 | Aбoнeнтcкoe oбcлyживaниe личнoгo кaбинeтa, мapт |   l  | мec.    | l5 OOO,OO| l5 OOO,OO |

                                                      Итoгo:          96 OOO,OO
                                            B т.ч. HДC 22%:          l7 3ll,48
                                 Aвaнc, пoлyчeнный paнee:          2O OOO,OO
                                    Ocтaтoк к oплaтe:          76 OOO,OO
Bceгo к oплaтe пo cчeтy: Дeвянocтo шecть тыcяч pyблeй OO кoпeeк
Ocтaтoк oплaтить дo O6.O3.2O26. Cчeт дeйcтвитeлeн 5 бaнкoвcкиx днeй.

Дирeктop ________ Бypкoв A. C.          Глaвный бyxгaлтep ________ Cвиpидoвa E. П.
""",
        expected={
            "number": "131",
            "date": "2026-03-02",
            "total": "96000.00",
            "currency": "RUB",
            "parties.seller.inn": "5417918949",
            "parties.seller.kpp": "541701001",
            "parties.seller.bik": "045439610",
            "parties.seller.account": "40702810806123100772",
            "parties.buyer.inn": "543899235281",
        },
        noisy=True,
    ),
    # A phone photo of a wholesaler's invoice to a sole-proprietor seller, with lines at
    # VAT 10% (children's clothes) and a delivery line at 22%.
    HoldoutDocument(
        id="ac-ru-invoice-wholesaler-phone-photo",
        document_type="invoice",
        language="ru",
        text="""\
    OOO «Дeтcкий Tpикoтaж Уpaл»  ИHH 6626730438  KПП 662601OOl
    62OO43, г. Eкaтepинбypг, yл. Bяземcкaя, д. 9, oфиc 2l2
    Бaнк пoлyчaтeля AO «Бaнк Уpaльcкaя Cлoбoдa» г. Eкaтepинбypг
    БИK O4669O756   Cч. Ne 3Ol0l8lO92773O689756
    Пoлyчaтeль  Cч. Ne 4O7O28lO785753ll336l

        Cчeт нa oплaтy Ne ДT-OO318 oт 26 фeвpaля 2O26 г.

    Пocтaвщик: OOO «Дeтcкий Tpикoтaж Уpaл», ИHH 6626730438, KПП 662601OOl
    Пoкyпaтeль: ИП Caфoнoвa Д. И., ИHH 543899235281, г. Hoвocибиpcк
    | Ne | Toвap                              | Кoл-вo | Цeнa     | HДC | Cyммa       |
    | l  | Кoмбинeзoн дeтcкий флиcoвый 86-98   | l2O шт | l 45O,OO | l0% | l74 OOO,OO  |
    | 2  | Шaпкa дeтcкaя вязaнaя, 48-52         | 2OO шт |   38O,OO | l0% |  76 OOO,OO  |
    | 3  | Дocтaвкa дo тepминaлa TK             |   l    | 4 88O,OO | 22% |   4 88O,OO  |
                                                    Итoгo: 254 88O,OO
                                 B т.ч. HДC l0%:  22 727,27
                                 B т.ч. HДC 22%:     88O,OO
                                 Bceгo к oплaтe: 254 88O,OO
    Bceгo нaимeнoвaний 3, нa cyммy 254 88O,OO pyб.
    Двести пятьдесят четыре тысячи восемьсот восемьдесят рублей 00 копеек
    Oплaтa в тeчeниe 5 бaнкoвcкиx днeй. Toвap oтгpyжaeтcя пocлe oплaты.
    Pyкoвoдитeль ______ Зыpянoвa O. B.  Бyxгaлтep ______ Пeтpoвa C. A.
    [фoтo oбpeзaнo cнизy]
""",
        expected={
            "number": "ДТ-00318",
            "date": "2026-02-26",
            "total": "254880.00",
            "currency": "RUB",
            "parties.seller.inn": "6626730438",
            "parties.seller.kpp": "662601001",
            "parties.seller.bik": "046690756",
            "parties.seller.account": "40702810785753113361",
            "parties.buyer.inn": "543899235281",
        },
        noisy=True,
    ),
]

_ACTS = [
    # A marketplace's monthly commission report that is also an act of services. Its
    # total is the marketplace's fee and services with VAT, as set X rules. Sales,
    # returns, the penalty and the sum transferred to the seller are not the total.
    HoldoutDocument(
        id="ac-ru-act-marketplace-monthly-report",
        document_type="act",
        language="ru",
        text="""\
                 ОТЧЕТ КОМИССИОНЕРА № ПМ-ОК-2026-02-5521 от 03.03.2026
                 о реализации товаров за период с 01.02.2026 по 28.02.2026
    (является одновременно актом оказанных услуг к Агентскому договору № ПМ-АД-2026/1148 от 15.01.2026)

Комиссионер: ООО «Полкамаркет», ИНН 7777893281, КПП 997750001
Комитент:    ООО «Тёплый Дом Текстиль», ИНН 5228877912, КПП 522801001,
             р/с 40702810612187664377 в АО «Банк Нижегородская Ярмарка», БИК 045252581,
             к/с 30101810080868917581

1. Реализация товаров Комитента
| Показатель                                               | Кол-во, шт. | Сумма, руб.   |
| Продано покупателям (по ценам продажи)                   |       1 046 |  1 284 650,00 |
| Возвраты покупателей                                     |          51 |     62 480,00 |
| Реализация за вычетом возвратов                          |         995 |  1 222 170,00 |

2. Вознаграждение и услуги Комиссионера (в т.ч. НДС 22%)
| Услуга                                                   | База          | Сумма, руб.   |
| Комиссионное вознаграждение, 15% от реализации           | 1 222 170,00  |    183 325,50 |
| Логистика до покупателя и обратная логистика             | 1 097 отпр.   |     96 420,00 |
| Хранение на складе «Подольск-2»                          | 28 дн.        |     14 862,00 |
| Платная приемка поставки 41287753                        | 480 шт.       |      3 600,00 |
| Итого вознаграждение и услуги                            |               |    298 207,50 |
|   в том числе НДС 22%                                    |               |     53 775,12 |

3. Удержания
| Штраф за нарушение срока поставки (п. 7.4 Оферты), поставка 41180277 |           5 000,00 |
| НДС не облагается                                                   |                    |

4. Расчеты
Реализация за вычетом возвратов                                                  1 222 170,00
минус вознаграждение и услуги Комиссионера                                        298 207,50
минус удержания                                                                    5 000,00
К перечислению Комитенту                                                         918 962,50
Срок перечисления — не позднее 10.03.2026 на расчетный счет Комитента, указанный выше.

Стоимость оказанных Комиссионером услуг за период составляет 298 207,50 руб., в т.ч. НДС 22% —
53 775,12 руб. Услуги оказаны полностью и в срок. Мотивированные возражения по отчету принимаются
в течение 15 календарных дней с даты его размещения в личном кабинете; по истечении этого срока
отчет и акт считаются принятыми Комитентом без замечаний.

Комиссионер: ООО «Полкамаркет»                Комитент: ООО «Тёплый Дом Текстиль»
Подписано УКЭП 03.03.2026 14:12               Подписано УКЭП 05.03.2026 09:40
Ветлугина М. А., по доверенности № 118-Д     Корнеева А. В., генеральный директор
""",
        expected={
            "number": "ПМ-ОК-2026-02-5521",
            "date": "2026-03-03",
            "total": "298207.50",
            "currency": "RUB",
            "parties.seller.inn": "7777893281",
            "parties.seller.kpp": "997750001",
            "parties.buyer.inn": "5228877912",
            "parties.buyer.kpp": "522801001",
            "parties.buyer.bik": "045252581",
            "parties.buyer.account": "40702810612187664377",
        },
    ),
    # A courier service's act with cash on delivery. The collected COD sums belong to the
    # shop and are not the act's total, which is the value of the courier's services.
    HoldoutDocument(
        id="ac-ru-act-courier-cash-on-delivery",
        document_type="act",
        language="ru",
        text="""\
ООО «Ёж-Экспресс»
197374, г. Санкт-Петербург, ул. Оптиков, д. 48, лит. Б
ИНН 7812310070, КПП 781201001, ОГРН 1107826616633
р/с 40702810493095597297 в ПАО «Банк Невский Мост», БИК 047806876, к/с 30101810795461113876

                          АКТ № ЕЭ-0000418 от 28.02.2026
          оказания курьерских услуг за период с 01.02.2026 по 28.02.2026

Исполнитель: ООО «Ёж-Экспресс», ИНН 7812310070, КПП 781201001
Заказчик:    ИП Сафонова Дарья Игоревна, ИНН 543899235281, ОГРНИП 318545953331234
             р/с 40802810658317100898 в АО «Обской кредитный банк», БИК 045439610
Договор:     № ЕЭ-НП-2291 от 11.11.2025 (доставка с наложенным платежом)

| № | Услуга                                                  | Кол-во | Ед.    | Цена     | Сумма, руб. |
| 1 | Доставка отправлений до получателя, г. Новосибирск       |    312 | отпр.  |   220,00 |   68 640,00 |
| 2 | Возврат невыкупленных отправлений отправителю            |     14 | отпр.  |   180,00 |    2 520,00 |
| 3 | Прием наложенного платежа, 1,5% от 412 350,00            |      1 | усл.   | 6 185,25 |    6 185,25 |
|   | Итого                                                   |        |        |          |   77 345,25 |
|   | в т.ч. НДС 22%                                          |        |        |          |   13 947,50 |

Всего оказано услуг 3, на сумму 77 345,25 руб. (Семьдесят семь тысяч триста сорок пять рублей 25 копеек),
в т.ч. НДС 22% — 13 947,50 руб.

Справочно (наложенный платеж, денежные средства Заказчика):
  принято от получателей наложенных платежей            412 350,00 руб.
  удержано в счет оплаты услуг по настоящему акту        77 345,25 руб.
  подлежит перечислению Заказчику                       335 004,75 руб.
Перечисление производится в течение 3 рабочих дней после подписания акта.

Вышеперечисленные услуги выполнены полностью и в срок. Заказчик претензий по объему, качеству
и срокам оказания услуг не имеет.

Исполнитель ____________ /Лапшин Е. Г./               Заказчик ____________ /Сафонова Д. И./
М.П.                                                   М.П.
""",
        expected={
            "number": "ЕЭ-0000418",
            "date": "2026-02-28",
            "total": "77345.25",
            "currency": "RUB",
            "parties.seller.inn": "7812310070",
            "parties.seller.kpp": "781201001",
            "parties.seller.bik": "047806876",
            "parties.seller.account": "40702810493095597297",
            "parties.buyer.inn": "543899235281",
            "parties.buyer.bik": "045439610",
            "parties.buyer.account": "40802810658317100898",
        },
    ),
    # A scan of a returns act: the marketplace hands unsold and returned goods back to
    # the seller. Its total is the value of the goods it hands over, as set T labels an
    # equipment acceptance act.
    HoldoutDocument(
        id="ac-ru-act-returns-to-seller-scan",
        document_type="act",
        language="ru",
        text="""\
                        AKT BOЗBPATA TOBAPA Ne B3-2O26-O871
                        г. Зeлeнoдoльcк          l0 мapтa 2O26 г.

Aгeнт:     OOO «Лaвкa Cтo», ИHH l6l4656974, KПП l6l4OlOOl,
           cклaд: Pecпyбликa Taтapcтaн, г. Зeлeнoдoльcк, yл. Ceвepнaя Пpoмзoнa, д. 3
Пpинципaл: OOO «Tёплый Дoм Teкcтиль», ИHH 5228877912, KПП 5228OlOOl
Ocнoвaниe: зaявкa Пpинципaлa нa вывoз Ne BЫB-3318 oт O2.O3.2O26, aгeнтcкий дoгoвop Ne ЛC-7741

Aгeнт пepeдaл, a Пpинципaл пpинял тoвapы, вoзвpaщeнныe пoкyпaтeлями и нeвocтpeбoвaнныe:
| Ne | Apтикyл     | Haимeнoвaниe                      | Кoл. | Пpичинa             | Cyммa, pyб. |
| l  | TД-ПЛ-l40   | Плeд флиcoвый l40x2OO, ceрый        |   8  | вoзвpaт, бpaк yпaк.   |  l5 92O,OO  |
| 2  | TД-HB-7O    | Haвoлoчкa caтин 7Ox7O, 2 шт.        |  l2  | вoзвpaт пoкyпaтeля    |   8 28O,OO  |
| 3  | TД-ПP-l6O   | Пpocтыня нa peзинкe l6Ox2OO          |   З  | нeвocтpeбoвaн         |   4 47O,OO  |
| 4  | TД-KП-2l5   | Кoмплeкт пocтeльнoгo бeлья 2-cп.     |   4  | вoзвpaт, пoвpeждeн    |  l3 O9O,OO  |
Bceгo мecт: 4 кopoбa.  Итoгo cтoимocть вoзвpaщaeмoгo тoвapa: 4l 76O,OO pyб.
(Copoк oднa тыcячa ceмьcoт шecтьдecят pyблeй OO кoпeeк)
Cтoимocть yкaзaнa пo цeнaм peaлизaции; peaлизaция пo дaнным пoзициям cтopниpoвaнa в oтчeтe.

Пepeдaл: Кaдыpoвa Л. P. ______  Пpинял: вoдитeль Зoтoв И. A. (дoв. Ne l4) ______
           OБЩECTBO C OГPAHИЧEHHOЙ OTBETCTBEHHOCTЬЮ * ЛABKA CTO * ИHH l6l4656974
""",
        expected={
            "number": "ВЗ-2026-0871",
            "date": "2026-03-10",
            "total": "41760.00",
            "currency": "RUB",
            "parties.seller.inn": "1614656974",
            "parties.seller.kpp": "161401001",
            "parties.buyer.inn": "5228877912",
            "parties.buyer.kpp": "522801001",
        },
        noisy=True,
    ),
    # A fulfilment operator's monthly act. The compensation for lost goods that the
    # operator owes is netted in the sum to pay, which is not the total.
    HoldoutDocument(
        id="ac-ru-act-fulfilment-monthly",
        document_type="act",
        language="ru",
        text="""\
ООО «Фулфилмент Обь», 630088, г. Новосибирск, ул. Сибиряков-Гвардейцев, д. 50/4
ИНН 5417918949, КПП 541701001, ОГРН 1105492838384

                              АКТ № 112 от 28 февраля 2026 г.
                   сдачи-приемки услуг фулфилмента за февраль 2026 г.

Исполнитель: ООО «Фулфилмент Обь», ИНН 5417918949, КПП 541701001,
             р/с 40702810806123100772 в АО «Обской кредитный банк», г. Новосибирск,
             БИК 045439610, к/с 30101810721461668610
Заказчик:    ИП Сафонова Дарья Игоревна, ИНН 543899235281
Договор:     № ФО-17/2025 от 09.12.2025

| № | Наименование услуги                                  | Кол-во | Ед.        | Цена     | Сумма, руб. |
| 1 | Приемка и пересчет товара                            |  4 800 | ед.        |     6,00 |   28 800,00 |
| 2 | Хранение, 42 паллеты × 28 дней                        |  1 176 | палл./сут. |    45,00 |   52 920,00 |
| 3 | Сборка заказов маркетплейсов                         |  2 950 | заказ      |    38,00 |  112 100,00 |
| 4 | Упаковочные материалы (курьер-пакет, пупырчатая пленка) |      1 | компл.     | 17 410,00|   17 410,00 |
| 5 | Доставка поставок на склады маркетплейсов            |      6 | рейс       | 7 500,00 |   45 000,00 |
|   | Итого                                                |        |            |          |  256 230,00 |
|   | в том числе НДС 22%                                  |        |            |          |   46 205,41 |

Всего оказано услуг на сумму: 256 230,00 руб. (Двести пятьдесят шесть тысяч двести тридцать рублей
00 копеек), в том числе НДС 22% — 46 205,41 руб.

Компенсация Заказчику за утраченный товар (3 ед., акт о расхождении № 7 от 19.02.2026): 4 350,00 руб.
К оплате с учетом компенсации: 251 880,00 руб.

Услуги оказаны в полном объеме. Заказчик претензий по объему, качеству и срокам не имеет.

От Исполнителя: директор ____________ Бурков А. С.
От Заказчика:   ____________ Сафонова Д. И.
""",
        expected={
            "number": "112",
            "date": "2026-02-28",
            "total": "256230.00",
            "currency": "RUB",
            "parties.seller.inn": "5417918949",
            "parties.seller.kpp": "541701001",
            "parties.seller.bik": "045439610",
            "parties.seller.account": "40702810806123100772",
            "parties.buyer.inn": "543899235281",
        },
    ),
    # A scan of a pickup point's act to the marketplace. The value of the orders it handed
    # out and the fine withheld are not its total.
    HoldoutDocument(
        id="ac-ru-act-pickup-point-scan",
        document_type="act",
        language="ru",
        text="""\
ИП Гapипoв Pинaт Мapaтoвич, OГPHИП 318l69382577357, ИHH 167974054279
p/c 4O8O28lO8l7743668759 в ПAO «Кaмcкий pacчeтный бaнк», БИK O416lll92

                     AKT Ne 27 oт 28.O2.2O26
     oб oкaзaнии ycлyг пyнктa выдaчи зaкaзoв (ПBЗ) зa фeвpaль 2O26 г.

Иcпoлнитeль: ИП Гapипoв P. M., ПBЗ пo aдpecy: г. Кaзaнь, yл. Чиcтoпoльcкaя, д. 6l
Зaкaзчик:    OOO «Лaвкa Cтo», ИHH l6l4656974, KПП l6l4OlOOl
Дoгoвop:     Ne ЛC-ПBЗ-O4l2 oт O1.O9.2O25

| Ne | Уcлyгa                                   | Кoл-вo  | Cтaвкa  | Cyммa, pyб. |
| l  | Bыдaчa oтпpaвлeний пoлyчaтeлям            |  3 4l2  |  22,OO  |  75 O64,OO  |
| 2  | Пpиeм вoзвpaтoв oт пoкyпaтeлeй            |    286  |  l5,OO  |   4 29O,OO  |
|    | Итoгo                                     |         |         |  79 354,OO  |
HДC нe oблaгaeтcя (УCH, ст. 346.ll HK PФ).
Bceгo oкaзaнo ycлyг нa cyммy 79 354,OO pyб. (Ceмьдecят дeвять тыcяч тpиcтa пятьдecят чeтыpe
pyбля OO кoпeeк).

Cпpaвoчнo: cyммa выдaнныx зaкaзoв 6 2l8 44O,OO pyб.
Удepжaн штpaф зa нapyшeниe cтaндapтa ПBЗ (aкт пpoвepки Ne l9): 2 5OO,OO pyб.
К выплaтe Иcпoлнитeлю: 76 854,OO pyб.

Иcпoлнитeль ________ Гapипoв P. M.        Зaкaзчик ________ Haбиyллинa Г. Ф.
                                          ПPИHЯTO O3.O3.2O26
""",
        expected={
            "number": "27",
            "date": "2026-02-28",
            "total": "79354.00",
            "currency": "RUB",
            "parties.seller.inn": "167974054279",
            "parties.seller.kpp": None,
            "parties.seller.bik": "041611192",
            "parties.seller.account": "40802810817743668759",
            "parties.buyer.inn": "1614656974",
            "parties.buyer.kpp": "161401001",
        },
        noisy=True,
    ),
]

_RECEIPTS = [
    # A shop's cash register receipt with lines at VAT 10% and 22%, a card payment and a
    # loyalty points balance. It prints no currency mark.
    HoldoutDocument(
        id="ac-ru-receipt-shop-card-two-rates",
        document_type="receipt",
        language="ru",
        text="""\
                ООО «ХОЗЯЙКИН ДВОР»
     420061, г. Казань, ул. Сибгата Хакима, д. 37
            Магазин «Хозяйкин двор» № 12
                  ИНН 1614217744
                   КАССОВЫЙ ЧЕК
                      ПРИХОД
Чек № 137                                 Смена № 48
14.02.2026 15:32
Кассир: Мингазова Э. Р.
----------------------------------------------------
1. Молоко питьевое 3,2%, 1 л
   2 x 89.90                                 =179.80
   НДС 10%                                    =16.35
2. Сыр полутвердый весовой
   0.412 кг x 899.00                         =370.39
   НДС 10%                                    =33.67
3. Средство для мытья посуды, 500 мл
   1 x 219.00                                =219.00
   НДС 22%                                    =39.49
4. Губки для посуды, 10 шт.
   1 x 149.00                                =149.00
   НДС 22%                                    =26.87
5. Пакет-майка
   1 x 9.00                                    =9.00
   НДС 22%                                     =1.62
----------------------------------------------------
ИТОГ                                         =927.19
БЕЗНАЛИЧНЫМИ                                 =927.19
СУММА НДС 22%                                 =67.98
СУММА НДС 10%                                 =50.02
----------------------------------------------------
Карта лояльности **** 6618
Начислено баллов: 9         Баланс баллов: 1214
----------------------------------------------------
СНО: ОСН              Сайт ФНС: www.nalog.gov.ru
РН ККТ 0007314829051766          ЗН ККТ 0491836275
ФН 7380440800231457
ФД 48215                          ФП 2917364058
t=20260214T1532&s=927.19&fn=7380440800231457&i=48215&fp=2917364058&n=1
""",
        expected={
            "number": "137",
            "date": "2026-02-14",
            "total": "927.19",
            "currency": "RUB",
            "parties.seller.inn": "1614217744",
        },
    ),
    # A refund receipt ("ВОЗВРАТ ПРИХОДА") of part of an earlier purchase. Its total is
    # its own "ИТОГ", as set S rules, not the purchase it cites.
    HoldoutDocument(
        id="ac-ru-receipt-refund-fabric-shop",
        document_type="receipt",
        language="ru",
        text="""\
                 ООО «НИТОЧКА И КО»
       111402, г. Москва, ул. Кетчерская, д. 13
                 ИНН 7730432013
                  КАССОВЫЙ ЧЕК
                 ВОЗВРАТ ПРИХОДА
Чек № 52                                  Смена № 203
05.03.2026 12:07
Кассир: Сомова Е. А.
Возврат по чеку № 41 от 28.02.2026 на сумму 5870.00
----------------------------------------------------
1. Ткань лен умягченный, шир. 150 см
   2.5 м x 1240.00                          =3100.00
   НДС 22%                                   =559.02
2. Нитки армированные, 200 м
   2 x 95.00                                 =190.00
   НДС 22%                                    =34.26
----------------------------------------------------
ИТОГ                                        =3290.00
БЕЗНАЛИЧНЫМИ                                =3290.00
СУММА НДС 22%                                =593.28
----------------------------------------------------
СНО: ОСН              Сайт ФНС: www.nalog.gov.ru
РН ККТ 0005826190344712          ЗН ККТ 0397752018
ФН 7380440800458823
ФД 19364                          ФП 0846527193
t=20260305T1207&s=3290.00&fn=7380440800458823&i=19364&fp=0846527193&n=2
""",
        expected={
            "number": "52",
            "date": "2026-03-05",
            "total": "3290.00",
            "currency": "RUB",
            "parties.seller.inn": "7730432013",
        },
    ),
    # An online shop's receipt e-mailed to the buyer. The order was placed the day before
    # the payment, and the promo code discount is already in the total.
    HoldoutDocument(
        id="ac-ru-receipt-online-shop-email",
        document_type="receipt",
        language="ru",
        text="""\
От: Тёплый Дом <chek@teplydom-textile.example>
Кому: o.kudryavtseva@mail.example
Дата: 11.03.2026 00:03
Тема: Кассовый чек по заказу № TD-58214

Здравствуйте, Ольга! Спасибо за заказ № TD-58214 от 10.03.2026. Ниже — электронный кассовый чек.

ООО «Тёплый Дом Текстиль», ИНН 5228877912
603093, г. Нижний Новгород, ул. Льнопрядильная, д. 22, пом. 3
Место расчетов: teplydom-textile.example

КАССОВЫЙ ЧЕК № 2207 — ПРИХОД
Смена № 311, 11.03.2026 00:02, кассир: автоматическая касса
Электронная почта покупателя: o.kudryavtseva@mail.example

| № | Наименование                    | Кол. | Цена, руб. | Скидка, руб. | Сумма, руб. | НДС |
| 1 | Плед флисовый 140x200, графит   |    1 |   3 490.00 |       349.00 |    3 141.00 | 22% |
| 2 | Наволочка сатин 70x70, 2 шт.    |    2 |     690.00 |         0.00 |    1 380.00 | 22% |
| 3 | Доставка курьером               |    1 |     390.00 |         0.00 |      390.00 | 22% |
Промокод MARCH10: скидка 10% на плед.

ИТОГ:                    4 911.00 руб.
БЕЗНАЛИЧНЫМИ:            4 911.00 руб.
в т.ч. НДС 22%:            885.59 руб.
Начислено бонусов: 245 (1 бонус = 1 руб., станут доступны 25.03.2026).

СНО: ОСН. Признак расчета в сети Интернет.
РН ККТ 0004418273650921, ЗН ККТ 0392018476, ФН 7380440800377154
ФД 7715, ФП 3391027456
t=20260311T0002&s=4911.00&fn=7380440800377154&i=7715&fp=3391027456&n=1
Проверить чек: check.ofd-primer.example

Если вы захотите вернуть товар, ответьте на это письмо в течение 14 дней.
""",
        expected={
            "number": "2207",
            "date": "2026-03-11",
            "total": "4911.00",
            "currency": "RUB",
            "parties.seller.inn": "5228877912",
        },
    ),
    # A bookshop sells two gift cards (a payment in advance) and a book. The total is the
    # "ИТОГ" of both, and the cards' face value is not the total.
    HoldoutDocument(
        id="ac-ru-receipt-gift-cards-bookshop",
        document_type="receipt",
        language="ru",
        text="""\
              ООО «КНИЖНЫЙ КВАРТАЛ»
   620014, г. Екатеринбург, ул. Малышева, д. 29, пом. 4
                 ИНН 6663166273
                  КАССОВЫЙ ЧЕК
                     ПРИХОД
Чек № 86                                   Смена № 71
20.02.2026 18:41
Кассир: Ракитина Ю. В.
----------------------------------------------------
1. Подарочная карта номиналом 3000 ₽
   карты № 2026000004417, № 2026000004418
   2 x 3000.00                              =6000.00
   ПРЕДМЕТ РАСЧЕТА: ПЛАТЕЖ
   СПОСОБ РАСЧЕТА: АВАНС
   НДС 22/122                               =1081.97
2. Книга «Атлас птиц Урала»
   1 x 1450.00                              =1450.00
   ПРЕДМЕТ РАСЧЕТА: ТОВАР
   СПОСОБ РАСЧЕТА: ПОЛНЫЙ РАСЧЕТ
   НДС 10%                                   =131.82
----------------------------------------------------
ИТОГ                                        =7450.00
БЕЗНАЛИЧНЫМИ                                =7450.00
СУММА НДС 22/122                            =1081.97
СУММА НДС 10%                                =131.82
----------------------------------------------------
Подарочные карты действуют до 20.02.2027.
СНО: ОСН              Сайт ФНС: www.nalog.gov.ru
РН ККТ 0006193827440165          ЗН ККТ 0418827736
ФН 7380440800512604
ФД 30922                          ФП 1573920846
t=20260220T1841&s=7450.00&fn=7380440800512604&i=30922&fp=1573920846&n=1
""",
        expected={
            "number": "86",
            "date": "2026-02-20",
            "total": "7450.00",
            "currency": "RUB",
            "parties.seller.inn": "6663166273",
        },
    ),
    # A phone photo of a faded thermal receipt. Part is paid by a gift card (an advance),
    # the rest in cash with change. The total is "ИТОГ", as set Q rules.
    HoldoutDocument(
        id="ac-ru-receipt-grocery-faded-photo",
        document_type="receipt",
        language="ru",
        text="""\
         ИП Лaптeвa H. C.
    мaгaзин «Пpoдyкты y дoмa»
  г. H. Hoвгopoд, yл. Бeкeтoвa, 2l
        ИHH 528497368l5O
      KACCOBЫЙ ЧEK   ПPИXOД
Чeк Ne 3O9            Cмeнa Ne ll4
O3.O3.26 l9:O6
Кaccиp Лaптeвa H. C.
Хлeб «Дapницкий»       l x 62.OO      =62.OO
Кeфиp l%, O,9 л        2 x 94.5O     =l89.OO
Яйцo Cl, lO шт.        l x l39.9O    =l39.9O
Кoлбaca вap. O.5l2 кг x 749.OO       =383.49
Чaй чepный, lOO пaк.   l x 289.OO    =289.OO
Caxap l кг             l x 88.OO      =88.OO
Ябл... O.8l4 кг x l6l.OO             =l3l.O5
Пaкeт                  l x 7.OO        =7.OO
HДC HE OБЛAГAETCЯ
ИTOГ                                 =l289.44
ПPEДB. OПЛATA (AВAHC)                 =5OO.OO
HAЛИЧHЫMИ                             =8OO.OO
CДAЧA                                  =lO.56
C... ПCH               Caйт ФHC: www.nal...
ФH 738O44O8OO6l9...   ФД l8...  ФП ...
[QR-кoд выцвeл]
""",
        expected={
            "number": "309",
            "date": "2026-03-03",
            "total": "1289.44",
            "currency": "RUB",
            "parties.seller.inn": "528497368150",
        },
        noisy=True,
    ),
    # A courier's receipt for a cash-on-delivery parcel, photographed. The courier sells
    # as the shop's agent and prints the shop's INN as "ИНН ПОСТАВЩИКА", which has no role.
    HoldoutDocument(
        id="ac-ru-receipt-courier-cod-photo",
        document_type="receipt",
        language="ru",
        text="""\
OOO «Ёж-Экcпpecc»
l97374, г. Caнкт-Пeтepбypг, yл. Oптикoв, д. 48
ИHH 78l23lOO7O
Mecтo pacчeтoв: кypьep, г. Hoвocибиpcк, yл. Бoлoтнaя, l2
KACCOBЫЙ ЧEK Ne ll84      ПPИXOД
2l.O2.2O26 l6:2l     Cмeнa Ne 96
Кaccиp: кypьep Ceмeнoв A. Д.
ПPИЗHAК AГEHTA: ПOBEPEHHЫЙ
l. Кoмбинeзoн дeтcкий флиcoвый 92
   2 x l 24O.OO                =2 48O.OO
   HДC HE OБЛAГAETCЯ
   ПOCTAВЩИК: ИП Caфoнoвa Д. И.
   ИHH ПOCTAВЩИКA 543899235281
2. Шaпкa дeтcкaя вязaнaя 5O
   l x l OOO.OO                =l OOO.OO
   HДC HE OБЛAГAETCЯ
   ПOCTAВЩИК: ИП Caфoнoвa Д. И.
   ИHH ПOCTAВЩИКA 543899235281
ИTOГ                           =3 48O.OO
HAЛИЧHЫMИ                      =3 5OO.OO
CДAЧA                             =2O.OO
Haлoжeнный плaтeж пo oтпpaвлeнию EЭ-26O2-l884l7
ФH 738O44O8OO5l9277   ФД 624l8   ФП 3O4ll7726l
""",
        expected={
            "number": "1184",
            "date": "2026-02-21",
            "total": "3480.00",
            "currency": "RUB",
            "parties.seller.inn": "7812310070",
        },
        noisy=True,
    ),
]

_PAYMENT_ORDERS = [
    # A marketplace transfers the seller's proceeds by its monthly commission report. The
    # payment's total is the sum transferred, which the report names "К перечислению".
    HoldoutDocument(
        id="ac-ru-payment-order-marketplace-payout",
        document_type="payment_order",
        language="ru",
        text="""\
                                                                                         0401060
Поступ. в банк плат.        Списано со сч. плат.
05.03.2026                  05.03.2026
ПЛАТЕЖНОЕ ПОРУЧЕНИЕ № 48213        05.03.2026            электронно
                                   Дата                  Вид платежа
Сумма      Девятьсот восемнадцать тысяч девятьсот шестьдесят два рубля 50 копеек
прописью
ИНН 7777893281            КПП 997750001               Сумма    918962-50
ООО «Полкамаркет»
                                                      Сч. №    40702810781453840191
Плательщик
АО «Стрелецкий банк» г. Москва                        БИК      047778977
                                                      Сч. №    30101810634701746977
Банк плательщика
АО «Банк Нижегородская Ярмарка» г. Нижний Новгород    БИК      045252581
                                                      Сч. №    30101810080868917581
Банк получателя
ИНН 5228877912            КПП 522801001               Сч. №    40702810612187664377
ООО «Тёплый Дом Текстиль»
                                                      Вид оп.  01    Срок плат.
                                                      Наз. пл.       Очер. плат.  5
Получатель                                            Код            Рез. поле
Выплата по отчету комиссионера № ПМ-ОК-2026-02-5521 от 03.03.2026 за период 01.02.2026-28.02.2026
по агентскому договору № ПМ-АД-2026/1148 от 15.01.2026. НДС не облагается.
Назначение платежа
                         Подписи                               Отметки банка
М.П.                     ЭП: Осокин Д. В.                      ИСПОЛНЕНО 05.03.2026
""",
        expected={
            "number": "48213",
            "date": "2026-03-05",
            "total": "918962.50",
            "currency": "RUB",
            "parties.payer.inn": "7777893281",
            "parties.payer.kpp": "997750001",
            "parties.payer.bik": "047778977",
            "parties.payer.account": "40702810781453840191",
            "parties.payee.inn": "5228877912",
            "parties.payee.kpp": "522801001",
            "parties.payee.bik": "045252581",
            "parties.payee.account": "40702810612187664377",
        },
    ),
    # A courier service transfers the cash on delivery it collected, less its fee by the
    # act. The payment's total is the sum transferred, not the COD collected or the fee.
    HoldoutDocument(
        id="ac-ru-payment-order-courier-cod-transfer",
        document_type="payment_order",
        language="ru",
        text="""\
                                                                                         0401060
Поступ. в банк плат.        Списано со сч. плат.
04.03.2026                  04.03.2026
ПЛАТЕЖНОЕ ПОРУЧЕНИЕ № 2917         04.03.2026            электронно
                                   Дата                  Вид платежа
Сумма      Триста тридцать пять тысяч четыре рубля 75 копеек
прописью
ИНН 7812310070            КПП 781201001               Сумма    335004-75
ООО «Ёж-Экспресс»
                                                      Сч. №    40702810493095597297
Плательщик
ПАО «Банк Невский Мост» г. Санкт-Петербург            БИК      047806876
                                                      Сч. №    30101810795461113876
Банк плательщика
АО «Обской кредитный банк» г. Новосибирск             БИК      045439610
                                                      Сч. №    30101810721461668610
Банк получателя
ИНН 543899235281          КПП 0                       Сч. №    40802810658317100898
Индивидуальный предприниматель Сафонова Дарья Игоревна
                                                      Вид оп.  01    Срок плат.
                                                      Наз. пл.       Очер. плат.  5
Получатель                                            Код            Рез. поле
Перечисление наложенных платежей за 02.2026 (принято 412 350,00 руб.) за вычетом вознаграждения
по акту № ЕЭ-0000418 от 28.02.2026 (77 345,25 руб.), договор № ЕЭ-НП-2291. НДС не облагается.
Назначение платежа
                         Подписи                               Отметки банка
М.П.                     ЭП: Лапшин Е. Г.                      ПРОВЕДЕНО 04.03.2026
""",
        expected={
            "number": "2917",
            "date": "2026-03-04",
            "total": "335004.75",
            "currency": "RUB",
            "parties.payer.inn": "7812310070",
            "parties.payer.kpp": "781201001",
            "parties.payer.bik": "047806876",
            "parties.payer.account": "40702810493095597297",
            "parties.payee.inn": "543899235281",
            "parties.payee.kpp": None,
            "parties.payee.bik": "045439610",
            "parties.payee.account": "40802810658317100898",
        },
    ),
    # An internet bank's print of a seller's payment of the rest of the fulfilment
    # invoice. The bank debited it four days after its date.
    HoldoutDocument(
        id="ac-ru-payment-order-seller-pays-fulfilment",
        document_type="payment_order",
        language="ru",
        text="""\
Интернет-банк «Обской кредитный банк» · Платежные поручения · Печать от 10.03.2026 11:26

ПЛАТЕЖНОЕ ПОРУЧЕНИЕ № 64
Дата: 06.03.2026                  Вид платежа: электронно            Статус: ИСПОЛНЕНО
Поступ. в банк плат.: 06.03.2026    Списано со сч. плат.: 10.03.2026

Сумма: 76 000,00 руб. (Семьдесят шесть тысяч рублей 00 копеек)

Плательщик:      Индивидуальный предприниматель Сафонова Дарья Игоревна
                 ИНН 543899235281, КПП 0
                 Сч. № 40802810658317100898
Банк плательщика: АО «Обской кредитный банк», г. Новосибирск
                 БИК 045439610, Сч. № 30101810721461668610

Получатель:      ООО «Фулфилмент Обь»
                 ИНН 5417918949, КПП 541701001
                 Сч. № 40702810806123100772
Банк получателя: АО «Обской кредитный банк», г. Новосибирск
                 БИК 045439610, Сч. № 30101810721461668610

Вид оп. 01   Очер. плат. 5   Код —   Рез. поле —
Назначение платежа: Оплата по счету № 131 от 02.03.2026 за услуги фулфилмента, март 2026, остаток
после аванса 20 000,00 руб. по договору № ФО-17/2025 от 09.12.2025. В т.ч. НДС 22% — 13 704,92 руб.

Документ подписан простой электронной подписью клиента 06.03.2026 18:55.
""",
        expected={
            "number": "64",
            "date": "2026-03-06",
            "total": "76000.00",
            "currency": "RUB",
            "parties.payer.inn": "543899235281",
            "parties.payer.kpp": None,
            "parties.payer.bik": "045439610",
            "parties.payer.account": "40802810658317100898",
            "parties.payee.inn": "5417918949",
            "parties.payee.kpp": "541701001",
            "parties.payee.bik": "045439610",
            "parties.payee.account": "40702810806123100772",
        },
    ),
    # A scan of a marketplace's payment to its supplier for the UPD "РИ-00742". "№" reads
    # as "N2", and the bank's stamp runs into the lines.
    HoldoutDocument(
        id="ac-ru-payment-order-marketplace-supplier-scan",
        document_type="payment_order",
        language="ru",
        text="""\
                                                                                  O4OlO6O
Пocтyп. в бaнк плaт.     Cпиcaнo co cч. плaт.
l6.O3.2O26               l7.O3.2O26
ПЛATEЖHOE ПOPУЧEHИE N2 5l76O      l6.O3.2O26          элeктpoннo
                                  Дaтa                Вид плaтeжa
Cyммa     Чeтыpecтa ceмьдecят пять тыcяч тpиcтa двaдцaть pyблeй OO кoпeeк
пpoпиcью
ИHH 7777893281          KПП 99775OOOl         Cyммa   475З2O-OO
OOO «Пoлкaмapкeт»                             Cч. Ne  4O7O28lO78l45384Ol9l
Плaтeльщик
AO «Cтpeлeцкий бaнк» г. Mocквa                БИK     O47778977
                                              Cч. Ne  3OlOl8lO6347Ol746977
Бaнк плaтeльщикa
AO «Жигyлeвcкий pacчeтный бaнк» г. Caмapa     БИK     O4639O237
                                              Cч. Ne  3OlOl8lO24l262585237
Бaнк пoлyчaтeля
ИHH 637ll56768          KПП 637lOlOOl         Cч. Ne  4O7O28lO56263215471O
OOO «Paкeтa Игpyшки»
                                              Bид oп. Ol   Oчep. плaт. 5
Пoлyчaтeль
Oплaтa пo УПД Ne PИ-OO742 oт l2.O3.2O26 зa тoвap (кoнcтpyктopы, нaбopы для pиcoвaния).
B т.ч. HДC 22% 6O 72O,OO, HДC l0% l2 6OO,OO.
Haзнaчeниe плaтeжa
          AO «CTPEЛEЦKИЙ БAHK» * ПPOBEДEHO * l7.O3.2O26 * БИK O47778977
""",
        expected={
            "number": "51760",
            "date": "2026-03-16",
            "total": "475320.00",
            "currency": "RUB",
            "parties.payer.inn": "7777893281",
            "parties.payer.kpp": "997750001",
            "parties.payer.bik": "047778977",
            "parties.payer.account": "40702810781453840191",
            "parties.payee.inn": "6371156768",
            "parties.payee.kpp": "637101001",
            "parties.payee.bik": "046390237",
            "parties.payee.account": "40702810562632154710",
        },
        noisy=True,
    ),
    # An online shop refunds a buyer to her card account. The private person's INN field
    # is empty, so the payee is labelled with the BIK and the account only.
    HoldoutDocument(
        id="ac-ru-payment-order-refund-to-buyer",
        document_type="payment_order",
        language="ru",
        text="""\
                                                                                         0401060
Поступ. в банк плат.        Списано со сч. плат.
12.03.2026                  12.03.2026
ПЛАТЕЖНОЕ ПОРУЧЕНИЕ № 391          12.03.2026            электронно
                                   Дата                  Вид платежа
Сумма      Две тысячи семьсот шестьдесят рублей 00 копеек
прописью
ИНН 5228877912            КПП 522801001               Сумма    2760-00
ООО «Тёплый Дом Текстиль»
                                                      Сч. №    40702810612187664377
Плательщик
АО «Банк Нижегородская Ярмарка» г. Нижний Новгород    БИК      045252581
                                                      Сч. №    30101810080868917581
Банк плательщика
ПАО «Банк Невский Мост» г. Санкт-Петербург            БИК      047806876
                                                      Сч. №    30101810795461113876
Банк получателя
ИНН                       КПП                         Сч. №    40817810483679160110
Кудрявцева Ольга Петровна
                                                      Вид оп.  01    Срок плат.
                                                      Наз. пл.       Очер. плат.  5
Получатель                                            Код            Рез. поле
Возврат денежных средств покупателю за товар по заказу № TD-57902 от 27.02.2026 (заявление
на возврат от 09.03.2026). В т.ч. НДС 22% — 497,70 руб.
Назначение платежа
                         Подписи                               Отметки банка
М.П.                     ЭП: Мухина Т. С.                      ИСПОЛНЕНО 12.03.2026
""",
        expected={
            "number": "391",
            "date": "2026-03-12",
            "total": "2760.00",
            "currency": "RUB",
            "parties.payer.inn": "5228877912",
            "parties.payer.kpp": "522801001",
            "parties.payer.bik": "045252581",
            "parties.payer.account": "40702810612187664377",
            "parties.payee.bik": "047806876",
            "parties.payee.account": "40817810483679160110",
        },
    ),
]

_OTHER_TYPES = [
    # A supplier's status 1 UPD to a marketplace that buys the goods. The consignee is the
    # marketplace's warehouse subdivision with its own KPP, as set F labels a branch.
    HoldoutDocument(
        id="ac-ru-upd-supplier-to-marketplace-warehouse",
        document_type="upd",
        language="ru",
        text="""\
Универсальный передаточный документ    Счет-фактура № РИ-00742 от 12.03.2026 (1)
Статус: 1                              Исправление № —  от —  (1а)
Продавец: ООО «Ракета Игрушки» (2)
Адрес: 443011, Самарская обл., г. Самара, ул. Ново-Садовая, д. 305, оф. 17 (2а)
ИНН/КПП продавца: 6371156768/637101001 (2б)
Грузоотправитель и его адрес: он же (3)
Грузополучатель и его адрес: ООО «Полкамаркет», ОП «Склад Подольск-2», 142116, Московская обл.,
г. Подольск, ул. Складская Линия, д. 8, ИНН/КПП 7777893281/503645001 (4)
К платежно-расчетному документу № — от — (5)
Документ об отгрузке: № п/п 1-2 № РИ-00742 от 12.03.2026 (5а)
Покупатель: ООО «Полкамаркет» (6)
Адрес: 123458, г. Москва, ул. Рябиновая Гряда, д. 41, стр. 3 (6а)
ИНН/КПП покупателя: 7777893281/997750001 (6б)
Валюта: наименование, код Российский рубль, 643 (7)
Идентификатор государственного контракта, договора (соглашения) (при наличии): — (8)

| № | Товар                          | Ед. | Кол. | Цена б/НДС | Стоим. б/НДС | НДС | Сумма НДС | С НДС      |
| 1 | Конструктор магнитный, 64 дет. | шт  |  240 |   1 150,00 |   276 000,00 | 22% | 60 720,00 | 336 720,00 |
| 2 | Набор для рисования в кейсе    | шт  |  300 |     420,00 |   126 000,00 | 10% | 12 600,00 | 138 600,00 |
|   | Всего к оплате (9)             |     |      |            |   402 000,00 |   Х | 73 320,00 | 475 320,00 |

Основание передачи (сдачи) / получения (приемки): Договор поставки № ПМ-П-2025/0772 от 18.11.2025,
заказ поставщику № 88120314
Данные о транспортировке и грузе: ТН № 118 от 12.03.2026, 38 мест, брутто 544 кг
Товар (груз) передал: кладовщик Фомичев С. Л.         Товар (груз) получил: приемщик Юдина В. К.
Дата отгрузки: 12.03.2026                             Дата получения: 14.03.2026
Ответственный за оформление: Агапова Н. Р.            Ответственный за оформление: Юдина В. К.
Составитель: ООО «Ракета Игрушки», ИНН/КПП 6371156768/637101001
""",
        expected={
            "number": "РИ-00742",
            "date": "2026-03-12",
            "total": "475320.00",
            "currency": "RUB",
            "parties.seller.inn": "6371156768",
            "parties.seller.kpp": "637101001",
            "parties.buyer.inn": "7777893281",
            "parties.buyer.kpp": "997750001",
            "parties.consignee.inn": "7777893281",
            "parties.consignee.kpp": "503645001",
        },
    ),
    # A marketplace's agency contract with a seller. Its fee is a percentage of sales, so
    # it has no total label, as set D rules, and its rouble sums give `currency` RUB.
    HoldoutDocument(
        id="ac-ru-contract-marketplace-agency",
        document_type="contract",
        language="ru",
        text="""\
                          АГЕНТСКИЙ ДОГОВОР № ПМ-АД-2026/1148
г. Москва                                                                      15 января 2026 г.

ООО «Полкамаркет» (далее — Агент), в лице заместителя генерального директора Ветлугиной М. А.,
действующей на основании доверенности № 118-Д от 09.01.2026, с одной стороны, и ООО «Тёплый Дом
Текстиль» (далее — Принципал), в лице генерального директора Корнеевой А. В., действующей на
основании Устава, с другой стороны, заключили настоящий договор о нижеследующем.

1. Предмет договора
1.1. Агент от своего имени и за счет Принципала совершает сделки по продаже товаров Принципала
покупателям через платформу «Полкамаркет», принимает от покупателей оплату и оказывает Принципалу
услуги хранения, логистики и продвижения по тарифам, опубликованным на платформе.
2. Вознаграждение Агента
2.1. Вознаграждение Агента составляет процент от цены реализованного товара по тарифу категории
(для категории «Домашний текстиль» — 15%), в том числе НДС 22%.
2.2. Услуги логистики, хранения и платной приемки оплачиваются по тарифам платформы и удерживаются
Агентом из сумм, подлежащих перечислению Принципалу.
3. Отчеты и расчеты
3.1. Агент ежемесячно, не позднее 5-го числа, формирует отчет комиссионера, который является
одновременно актом оказанных услуг.
3.2. Агент перечисляет Принципалу денежные средства за реализованный товар за вычетом
вознаграждения и услуг не позднее 10-го числа месяца, следующего за отчетным, если сумма к
перечислению составляет не менее 1 000 (одной тысячи) рублей.
4. Ответственность
4.1. За нарушение согласованного срока поставки на склад Агента Принципал уплачивает штраф
5 000 рублей за каждую поставку; штраф удерживается из ближайшей выплаты.
5. Срок действия
5.1. Договор действует до 31.12.2026 и продлевается на каждый следующий год, если ни одна из сторон
не заявит о его прекращении за 30 дней.

6. Реквизиты сторон
Агент: ООО «Полкамаркет»                              Принципал: ООО «Тёплый Дом Текстиль»
ИНН 7777893281, КПП 997750001                         ИНН 5228877912, КПП 522801001
ОГРН 1107718096793                                    ОГРН 1105288844693
р/с 40702810781453840191                              р/с 40702810612187664377
АО «Стрелецкий банк», г. Москва                       АО «Банк Нижегородская Ярмарка»
БИК 047778977                                         БИК 045252581
к/с 30101810634701746977                              к/с 30101810080868917581

Агент ____________ /Ветлугина М. А./                   Принципал ____________ /Корнеева А. В./
Подписано УКЭП 15.01.2026 16:05                        Подписано УКЭП 16.01.2026 10:21
""",
        expected={
            "number": "ПМ-АД-2026/1148",
            "date": "2026-01-15",
            "currency": "RUB",
            "parties.agent.inn": "7777893281",
            "parties.agent.kpp": "997750001",
            "parties.agent.bik": "047778977",
            "parties.agent.account": "40702810781453840191",
            "parties.principal.inn": "5228877912",
            "parties.principal.kpp": "522801001",
            "parties.principal.bik": "045252581",
            "parties.principal.account": "40702810612187664377",
        },
    ),
    # A scan of a transport waybill for a supply to the marketplace's warehouse. The
    # declared value and the freight charge give no total label, as set M rules.
    HoldoutDocument(
        id="ac-ru-waybill-supply-to-warehouse-scan",
        document_type="waybill",
        language="ru",
        text="""\
                         TPAHCПOPTHAЯ HAКЛAДHAЯ
           Дaтa 23.O2.2O26                       Ne O4l7
           Зaкaз (зaявкa) Ne З-l9 oт 2O.O2.2O26
l. Гpyзooтпpaвитeль: OOO «Tёплый Дoм Teкcтиль», ИHH 5228877912, KПП 5228OlOOl,
   6O3O93, г. Hижний Hoвгopoд, yл. Льнoпpядильнaя, д. 22
2. Гpyзoпoлyчaтeль: OOO «Пoлкaмapкeт», OП «Cклaд Пoдoльcк-2», ИHH 7777893281,
   KПП 5O3645OOl, l42ll6, Mocкoвcкaя oбл., г. Пoдoльcк, yл. Cклaдcкaя Линия, д. 8
3. Гpyз: дoмaшний тeкcтиль, 46 кopoбoв, 48O шт., бpyттo 6l2 кг, пocтaвкa Ne 4l287753
   Oбъявлeннaя cтoимocть гpyзa: 684 3OO,OO pyб.
4. Coпpoвoдитeльныe дoкyмeнты: yпaкoвoчный лиcт Ne 26-O223 oт 23.O2.2O26
6. Пepeвoзчик: ИП Бeлoycoв Гeннaдий Oлeгoвич, ИHH 504673002443, OГPHИП 3l85O5892l52752
   Boдитeль Бeлoycoв Г. O., a/м ГAЗ-A2lR22, гoc. нoмep P4l7HE l5O
8. Пpиeм гpyзa: 23.O2.2O26 O9:3O, г. Hижний Hoвгopoд
9. Cдaчa гpyзa: 25.O2.2O26 O7:lO, cлoт 44l7, пpинятo бeз pacxoждeний
lO. Cтoимocть пepeвoзки: 28 OOO pyб., HДC нe oблaгaeтcя
Гpyзooтпpaвитeль ______ Мyxинa T. C.    Пepeвoзчик ______    Гpyзoпoлyчaтeль ______ Юдинa B. К.
                                           * CКЛAД ПOДOЛЬCК-2 * ПPИHЯTO *
""",
        expected={
            "number": "0417",
            "date": "2026-02-23",
            "currency": "RUB",
            "parties.shipper.inn": "5228877912",
            "parties.shipper.kpp": "522801001",
            "parties.consignee.inn": "7777893281",
            "parties.consignee.kpp": "503645001",
            "parties.carrier.inn": "504673002443",
            "parties.carrier.kpp": None,
        },
        noisy=True,
    ),
    # A scan of a packing list for the same supply. It names no money.
    HoldoutDocument(
        id="ac-ru-packing-list-marketplace-supply-scan",
        document_type="packing_list",
        language="ru",
        text="""\
             УПAКOBOЧHЫЙ ЛИCT Ne 26-O223 oт 23.O2.2O26
Пocтaвкa Ne 4l287753 нa cклaд «Пoдoльcк-2», тaймcлoт 25.O2.2O26 O7:OO
Oтпpaвитeль: OOO «Tёплый Дoм Teкcтиль», ИHH 5228877912, KПП 5228OlOOl
Пoлyчaтeль:  OOO «Пoлкaмapкeт», OП «Cклaд Пoдoльcк-2», ИHH 7777893281, KПП 5O3645OOl

| Кopoбa  | ШK кopoбa        | Apтикyл    | Haимeнoвaниe                    | B кopoбe | Bceгo, шт |
| l-l2    | 46OO4l7O2ll l-l2 | TД-ПЛ-l40  | Плeд флиcoвый l40x2OO           |    lO    |   l2O     |
| l3-24   | 46OO4l7O2ll l3-24| TД-HB-7O   | Haвoлoчкa caтин 7Ox7O, 2 шт.     |    lO    |   l2O     |
| 25-36   | 46OO4l7O2ll 25-36| TД-ПP-l6O  | Пpocтыня нa peзинкe l6Ox2OO      |    lO    |   l2O     |
| 37-46   | 46OO4l7O2ll 37-46| TД-KП-2l5  | Кoмплeкт пocтeльнoгo бeлья 2-cп. |    l2    |   l2O     |
Итoгo: 46 кopoбoв, 48O шт., нeттo 574 кг, бpyттo 6l2 кг, oбъeм 3,9 м3
Кopoбa oпeчaтaны cкoтчeм c лoгoтипoм; мapкиpoвкa «Чecтный знaк» нaнeceнa нa кaждyю eдиницy.
Упaкoвaл ______ Дeмидoвa A. A.     Пpoвepил ______ Мyxинa T. C.
""",
        expected={
            "number": "26-0223",
            "date": "2026-02-23",
            "total": None,
            "currency": None,
            "parties.shipper.inn": "5228877912",
            "parties.shipper.kpp": "522801001",
            "parties.consignee.inn": "7777893281",
            "parties.consignee.kpp": "503645001",
        },
        noisy=True,
    ),
    # A sole-proprietor seller's bank statement for one operating day: a courier's COD
    # transfer, a marketplace's payout, a payment to a wholesaler and a bank fee.
    HoldoutDocument(
        id="ac-ru-bank-statement-seller-operating-day",
        document_type="bank_statement",
        language="ru",
        text="""\
АО «Обской кредитный банк», г. Новосибирск, БИК 045439610, к/с 30101810721461668610

                         ВЫПИСКА № 52 ИЗ ЛИЦЕВОГО СЧЕТА за 04.03.2026
Счет: 40802810658317100898, российский рубль
Владелец: Индивидуальный предприниматель Сафонова Дарья Игоревна, ИНН 543899235281
Дата предыдущей операции по счету: 02.03.2026                        Входящий остаток: 48 115,30

| № | № док. | Вид оп. | Корреспондент                        | Дебет        | Кредит       |
| 1 | 2917   | 01      | ООО «Ёж-Экспресс», ИНН 7812310070     |              |   335 004,75 |
|   |        |         | сч. 40702810493095597297, БИК 047806876                               |
|   |        |         | Перечисление наложенных платежей за 02.2026 по акту № ЕЭ-0000418     |
| 2 | 7716   | 01      | ООО «Лавка Сто», ИНН 1614656974       |              |   127 430,20 |
|   |        |         | сч. 40702810895322750142, БИК 041611192                               |
|   |        |         | Выплата по отчету о продажах № 9-2026 за 23.02.2026-01.03.2026       |
| 3 | 58     | 01      | ООО «Детский Трикотаж Урал», ИНН 6626730438 | 254 880,00 |              |
|   |        |         | сч. 40702810785753113361, БИК 046690756                               |
|   |        |         | Оплата по счету № ДТ-00318 от 26.02.2026, в т.ч. НДС                  |
| 4 | 1131   | 17      | АО «Обской кредитный банк»            |       290,00 |              |
|   |        |         | Комиссия за исходящие платежи по тарифу «Маркетплейс»                 |

Обороты за день:                                      Дебет 255 170,00     Кредит 462 434,95
Исходящий остаток: 255 380,25
Выписка сформирована 05.03.2026 07:15. Операционный день 04.03.2026.
""",
        expected={
            "number": "52",
            "date": "2026-03-04",
            "currency": "RUB",
            "parties.account_holder.inn": "543899235281",
            "parties.account_holder.bik": "045439610",
            "parties.account_holder.account": "40802810658317100898",
        },
    ),
    # A scan of a seller's passport page uploaded for the marketplace's verification.
    HoldoutDocument(
        id="ac-ru-passport-seller-verification-scan",
        document_type="passport",
        language="ru",
        text="""\
                     POCCИЙCКAЯ ФEДEPAЦИЯ
Пacпopт выдaн  ГУ MBД Poccии пo Hoвocибиpcкoй oблacти
Дaтa выдaчи  22.O5.2Ol9            Кoд пoдpaздeлeния  54O-OO6
Личный кoд ______                                  5O l9   6l4827
Фaмилия   CAФOHOBA
Имя       ДAPЬЯ
Oтчecтвo  ИГOPEBHA
Пoл  ЖEH.     Дaтa poждeния  ll.O7.l992
Meстo poждeния  ГOP. HOBOCИБИPCК
                                                   5O l9   6l4827
[Пoлкaмapкeт: зaгpyжeнo в кaбинeт пpoдaвцa l7.Ol.2O26, пpoвepeнo]
""",
        expected={
            "number": "614827",
            "date": "2019-05-22",
            "total": None,
            "currency": None,
        },
        noisy=True,
    ),
    # A power of attorney for a driver who delivers supplies to marketplace warehouses.
    # The marketplace it names has no role in it, and the driver prints no INN.
    HoldoutDocument(
        id="ac-ru-power-of-attorney-warehouse-driver",
        document_type="power_of_attorney",
        language="ru",
        text="""\
                                   ДОВЕРЕННОСТЬ № 14

г. Нижний Новгород                                                         «20» февраля 2026 г.

Общество с ограниченной ответственностью «Тёплый Дом Текстиль»
ИНН 5228877912, КПП 522801001, ОГРН 1105288844693
603093, г. Нижний Новгород, ул. Льнопрядильная, д. 22, пом. 3
р/с 40702810612187664377 в АО «Банк Нижегородская Ярмарка», БИК 045252581, к/с 30101810080868917581

в лице генерального директора Корнеевой Аллы Викторовны, действующей на основании Устава,
настоящей доверенностью уполномочивает

Зотова Илью Андреевича, паспорт 22 18 № 406193, выдан ГУ МВД России по Нижегородской области
14.03.2018, код подразделения 520-011,

1) доставлять и сдавать товар Общества на склады ООО «Полкамаркет» (ИНН 7777893281) и других
   маркетплейсов, с которыми у Общества заключены договоры;
2) подписывать транспортные накладные, упаковочные листы, акты приемки и акты о расхождениях;
3) получать товар, возвращаемый маркетплейсами, и подписывать акты возврата товара.

Доверенность выдана без права передоверия и действительна по 31 марта 2026 г.

Подпись Зотова И. А. ______________ удостоверяю.

Генеральный директор ______________ /Корнеева А. В./
М.П.
""",
        expected={
            "number": "14",
            "date": "2026-02-20",
            "total": None,
            "currency": None,
            "parties.principal.inn": "5228877912",
            "parties.principal.kpp": "522801001",
            "parties.principal.bik": "045252581",
            "parties.principal.account": "40702810612187664377",
        },
    ),
    # A seller's letter that disputes a penalty withheld in the marketplace's report.
    HoldoutDocument(
        id="ac-ru-letter-penalty-dispute",
        document_type="letter",
        language="ru",
        text="""\
ООО «Тёплый Дом Текстиль»
603093, г. Нижний Новгород, ул. Льнопрядильная, д. 22, пом. 3
ИНН 5228877912, КПП 522801001, тел. +7 831 412-08-57, opt@teplydom-textile.example

Исх. № 57/03 от 06.03.2026                              ООО «Полкамаркет»
                                                        Отдел по работе с продавцами
                                                        123458, г. Москва, ул. Рябиновая Гряда, д. 41

                  О несогласии с удержанием штрафа по отчету за февраль 2026 г.

В отчете комиссионера № ПМ-ОК-2026-02-5521 от 03.03.2026 удержан штраф 5 000,00 руб. за нарушение
срока поставки № 41180277 (п. 7.4 Оферты). Мы не согласны с удержанием.

Поставка № 41180277 была запланирована на таймслот 12.02.2026. В тот же день склад «Подольск-2»
перенес таймслот на 14.02.2026, о чем в кабинете продавца есть уведомление № 88-4417. Машина
перевозчика прибыла 14.02.2026 к назначенному времени и была разгружена. Нарушения срока с нашей
стороны нет.

Просим отменить штраф и вернуть 5 000,00 руб. в ближайшей выплате, а также скорректировать сумму
к перечислению по отчету (918 962,50 руб.). Копию уведомления о переносе и путевой лист прилагаем.

Приложение: на 2 л.

Генеральный директор                    ____________ А. В. Корнеева
Исп. Мухина Т. С., +7 831 412-08-59
                                                    ООО «Полкамаркет» Вх. № 2291 10.03.2026
""",
        expected={
            "number": "57/03",
            "date": "2026-03-06",
            "total": None,
            "currency": "RUB",
        },
    ),
    # A marketplace's weekly sales report that states it is not an act. It is `other`, as
    # set I rules for a marketplace sales report.
    HoldoutDocument(
        id="ac-ru-other-weekly-sales-report",
        document_type="other",
        language="ru",
        text="""\
ООО «Лавка Сто» · Кабинет продавца · Финансовые отчеты

                     ЕЖЕНЕДЕЛЬНЫЙ ОТЧЕТ О ПРОДАЖАХ № 9-2026
Дата формирования: 02.03.2026
Период: 23.02.2026 – 01.03.2026
Агент:    ООО «Лавка Сто», ИНН 1614656974, КПП 161401001
Продавец: ИП Сафонова Дарья Игоревна, ИНН 543899235281, договор № ЛС-АД-2025/0632

| Показатель                                     | Кол-во, шт. | Сумма, руб. |
| Продажи по ценам для покупателей               |         214 |  171 240,00 |
| Возвраты покупателей                           |           9 |    7 830,00 |
| Реализация за вычетом возвратов                |         205 |  163 410,00 |
| Вознаграждение Агента, 17%                     |             |   27 779,70 |
| Логистика                                      |         223 |    6 880,00 |
| Хранение                                       |             |    1 320,10 |
| Итого к перечислению продавцу                  |             |  127 430,20 |

Выплата будет отправлена не позднее 04.03.2026 на счет, указанный в кабинете продавца.
Отчет носит информационный характер и не является актом оказанных услуг: акт и счет-фактура
на вознаграждение Агента формируются по итогам месяца.
""",
        expected={
            "number": "9-2026",
            "date": "2026-03-02",
            "total": None,
            "currency": "RUB",
        },
    ),
]

RUSSIAN_DOCUMENTS_AC = [
    *_INVOICES,
    *_ACTS,
    *_RECEIPTS,
    *_PAYMENT_ORDERS,
    *_OTHER_TYPES,
]
