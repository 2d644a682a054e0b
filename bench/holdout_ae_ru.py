"""Russian documents of set AE. `bench.holdout_ae` describes the set and its labels."""

# Document texts reproduce printed lines up to 110 characters wide.
# ruff: noqa: E501

from .holdout import HoldoutDocument

_INVOICES = [
    # A clinic's 1C invoice for employees' periodic medical examinations. Medical
    # services are exempt from VAT, so the invoice prints "Без налога (НДС)".
    HoldoutDocument(
        id="ae-ru-invoice-clinic-checkups",
        document_type="invoice",
        language="ru",
        text="""\
ООО «Клиника «Вита Плюс»
603005, г. Нижний Новгород, ул. Алексеевская, д. 39, пом. П2, тел. (831) 428-17-60
Лицензия на медицинскую деятельность № Л041-01125-52/00418806 от 14.09.2021

Образец заполнения платежного поручения
ПАО «ВОЛГО-ОКСКИЙ БАНК» г. Нижний Новгород                 БИК      042202715
Банк получателя                                            Сч. №    30101810500000000715
ИНН 5208797306                  КПП 520801001              Сч. №    40702810053645568151
ООО «Клиника «Вита Плюс»
Получатель

                    Счет на оплату № КВ-000412 от 12 марта 2026 г.

Исполнитель:  ООО «Клиника «Вита Плюс», ИНН 5208797306, КПП 520801001, ОГРН 1215211417079,
              603005, г. Нижний Новгород, ул. Алексеевская, д. 39, пом. П2
Заказчик:     АО «Волжский трубный комбинат», ИНН 5208844725, КПП 520801001,
              603009, г. Нижний Новгород, пр-т Гагарина, д. 112
Основание:    Договор № 18/МО-26 на проведение медицинских осмотров от 26.01.2026

| № | Услуга                                                     | Кол-во | Ед.  | Цена     | Сумма      |
| 1 | Периодический медицинский осмотр работников (приказ № 29н) |     38 | чел. | 4 850,00 | 184 300,00 |
| 2 | Лабораторные исследования по перечню приложения № 2        |     38 | чел. | 2 900,00 | 110 200,00 |
| 3 | Психиатрическое освидетельствование работников             |     12 | чел. | 6 200,00 |  74 400,00 |
| 4 | Осмотр врача-профпатолога с выдачей заключения (водители)  |      6 | чел. | 9 400,00 |  56 400,00 |

                                                                          Итого:     425 300,00
                                                               Без налога (НДС)              -
                                                                 Всего к оплате:     425 300,00

Всего наименований 4, на сумму 425 300,00 руб.
Четыреста двадцать пять тысяч триста рублей 00 копеек
Медицинские услуги не облагаются НДС на основании пп. 2 п. 2 ст. 149 НК РФ.
Оплатить не позднее 20.03.2026. Заключения профпатолога выдаются после оплаты счета.

Главный врач ______________ Соболева Е. А.            Бухгалтер ______________ Лапина О. В.
""",
        expected={
            "number": "КВ-000412",
            "date": "2026-03-12",
            "total": "425300.00",
            "currency": "RUB",
            "parties.seller.inn": "5208797306",
            "parties.seller.kpp": "520801001",
            "parties.seller.bik": "042202715",
            "parties.seller.account": "40702810053645568151",
            "parties.buyer.inn": "5208844725",
            "parties.buyer.kpp": "520801001",
        },
    ),
    # A phone scan of a training centre's invoice: look-alike letters, O for 0, З for
    # 3 and б for 6, a table rule run into the amounts and an incoming stamp with its
    # own date. Education services of a licensed non-profit centre are exempt from VAT.
    HoldoutDocument(
        id="ae-ru-invoice-training-centre-scan",
        document_type="invoice",
        language="ru",
        text="""\
ЧУ ДПО «Учeбный цeнтp «Пpoфcтaндapт»
443O1O, г. Caмapa, ул. Фpунзe, д. 1O9, oф. 21    тeл. (84б) 27O-14-8З
Лицeнзия № Л035-О1281-63/ОО2З4517

Бaнк пoлучaтeля AO «CAMAPCKИЙ KPEДИTHЫЙ ДOM» г. Caмapa      БИK  O436O184O
                                                           Cч. № 3O1O181O3OOOOOOOO84O
ИHH 63O84б978O   KПП 63O8O1OO1                             Cч. № 4O7O281O19б727З17784
Пoлучaтeль ЧУ ДПО «Учeбный цeнтp «Пpoфcтaндapт»
                                            Bx. № 318  O5.O3.2O2б
         CЧET HA OПЛATУ № УЦ-57/2б oт O4.O3.2O2б

Иcпoлнитeль: ЧУ ДПО «Учeбный цeнтp «Пpoфcтaндapт», ИHH 63O84б978O, KПП 63O8O1OO1
Зaкaзчик: AO «Caмapcкий зaвoд мeтaллoкoнcтpукций», ИHH 63O8б48878, KПП 63O8O1OO1
Ocнoвaниe: дoгoвop oб oкaзaнии oбpaзoвaтeльныx уcлуг № 4/OТ-2б

| № | Haимeнoвaниe                                   | Koл-вo | Цeнa     | Cуммa     |
| 1 | Oбучeниe пo oxpaнe тpудa, пpoгpaммa A, 1б ч    | 14 чeл | 3 5OO,OO | 49 OOO,OO |
| 2 | Oбучeниe oкaзaнию пepвoй пoмoщи, 8 ч           | 14 чeл | 1 8OO,OO | 25 2OO,OO|
| 3 | Пoжapнo-тexничecкий минимум, 1O ч              |  б чeл | 2 4OO,OO | 14 4OO,OO |

Итoгo:                                                          88 6OO,OO
HДC нe oблaгaeтcя (пп. 14 п. 2 cт. 149 HK PФ)
Bceгo к oплaтe:                                                 88 6OO,OO pуб.
Bceгo нaимeнoвaний 3, нa cумму 88 6OO,OO pуб.
Вoceмьдecят вoceмь тыcяч шecтьcoт pублeй OO кoпeeк

Диpeктop ___________ Гopбунoвa T. B.      Глaвный буxгaлтep ___________ Hикитинa Л. C.
""",
        expected={
            "number": "УЦ-57/26",
            "date": "2026-03-04",
            "total": "88600.00",
            "currency": "RUB",
            "parties.seller.inn": "6308469780",
            "parties.seller.kpp": "630801001",
            "parties.seller.bik": "043601840",
            "parties.seller.account": "40702810196727317784",
            "parties.buyer.inn": "6308648878",
            "parties.buyer.kpp": "630801001",
        },
        noisy=True,
    ),
    # A hotel's invoice for a seminar: accommodation at VAT 0% and the hall and coffee
    # breaks at 22% on top of the price. A prepayment is deducted, so the rest to pay
    # and the prepayment compete with the invoice total.
    HoldoutDocument(
        id="ae-ru-invoice-hotel-conference",
        document_type="invoice",
        language="ru",
        text="""\
ООО «Гостиница «Береговая»
420111, Республика Татарстан, г. Казань, ул. Баумана, д. 17
ИНН/КПП 1606804570/160601001, ОГРН 1051678472670
Р/с 40702810714751362701 в ООО КБ «Казанский торговый», г. Казань
К/с 30101810300000000864, БИК 049205864
Тел. (843) 205-41-17, sales@beregovaya-hotel.example

                              СЧЕТ № Б-2026/0318
                            от «18» марта 2026 г.

Плательщик: ООО «Инженерная компания «Теплосеть-Проект»
            ИНН 1600798190, КПП 160001001
            420061, г. Казань, ул. Николая Ершова, д. 62, офис 304
Основание: заявка на проведение семинара от 02.03.2026, договор № 44-КЗ/26

| № | Наименование                        | Кол-во | Ед.   | Цена без НДС | НДС | Сумма НДС | Сумма с НДС |
| 1 | Проживание участников, 17–19.03.2026 |     12 | сут.  |     5 400,00 |  0% |      0,00 |   64 800,00 |
| 2 | Аренда зала «Волга», 80 мест, 1 день |      1 | усл.  |    45 000,00 | 22% |  9 900,00 |   54 900,00 |
| 3 | Кофе-брейк, 40 участников, 2 раза   |     80 | порц. |       650,00 | 22% | 11 440,00 |   63 440,00 |

Итого без НДС:                                                                      161 800,00
НДС 22%:                                                                             21 340,00
НДС 0% (пп. 19 п. 1 ст. 164 НК РФ, услуги по предоставлению мест
для временного проживания):                                                               0,00
Итого с НДС:                                                                        183 140,00
Получена предоплата (п/п № 96 от 02.03.2026):                                        50 000,00
Остаток к оплате:                                                               133 140,00 руб.

Сумма счета: Сто восемьдесят три тысячи сто сорок рублей 00 копеек
Счет действителен до 25.03.2026.

Генеральный директор _____________ Мухаметшин Р. Ф.
Главный бухгалтер    _____________ Сафина Г. И.
""",
        expected={
            "number": "Б-2026/0318",
            "date": "2026-03-18",
            "total": "183140.00",
            "currency": "RUB",
            "parties.seller.inn": "1606804570",
            "parties.seller.kpp": "160601001",
            "parties.seller.bik": "049205864",
            "parties.seller.account": "40702810714751362701",
            "parties.buyer.inn": "1600798190",
            "parties.buyer.kpp": "160001001",
        },
    ),
    # A management company bills a tenant for rent, service charges and electricity by
    # meter, with VAT included. The owner of the premises prints its INN but has no
    # role in the invoice.
    HoldoutDocument(
        id="ae-ru-invoice-property-service-charges",
        document_type="invoice",
        language="ru",
        text="""\
Общество с ограниченной ответственностью «Управляющая компания «Северный квартал»
197022, г. Санкт-Петербург, Аптекарский пр., д. 6, лит. А, пом. 12-Н
ИНН 7802984168  КПП 780201001  ОГРН 1237822948660
Банк: АО «Невский расчетный банк», БИК 044030965, к/с 30101810900000000965
Расчетный счет: 40702810528360161055

СЧЁТ НА ОПЛАТУ
Номер: АР-0426/117
Дата: 1 апреля 2026 г.

Арендатор (плательщик): ООО «Балтийская логистическая группа»
ИНН 7800087540, КПП 780001001, 197341, г. Санкт-Петербург, Коломяжский пр., д. 27, офис 9
Договор аренды нежилого помещения № 3Н/2025-14 от 10.11.2025
Помещение 3-Н в БЦ «Аптекарский», площадь 312,0 кв. м
Собственник помещения: АО «Невская недвижимость», ИНН 7803739240, в интересах которого
управляющая компания действует по агентскому договору № НН-УК/7 от 01.02.2024

| № | Наименование                                         | Кол-во | Ед.   | Цена     | Сумма, руб. |
| 1 | Арендная плата (постоянная часть) за апрель 2026 г.  |  312,0 | кв. м | 1 450,00 |  452 400,00 |
| 2 | Эксплуатационные расходы за апрель 2026 г.           |  312,0 | кв. м |   180,00 |   56 160,00 |
| 3 | Электроэнергия за март 2026 г., счетчик № 011742389, |  4 218 | кВт·ч |     8,74 |   36 865,32 |
|   | показания 58 412 – 54 194                            |        |       |          |             |

Итого к оплате:                                                                          545 425,32
в том числе НДС 22%:                                                                      98 355,39

Сумма прописью: Пятьсот сорок пять тысяч четыреста двадцать пять рублей 32 копейки
Срок оплаты — до 5 апреля 2026 г. (п. 4.2 договора). Обеспечительный платеж 452 400,00 руб.
удерживается до окончания срока аренды и в счет оплаты не засчитывается.

Генеральный директор __________ Веденеев А. Л.         Бухгалтер __________ Кравец Ю. С.
""",
        expected={
            "number": "АР-0426/117",
            "date": "2026-04-01",
            "total": "545425.32",
            "currency": "RUB",
            "parties.seller.inn": "7802984168",
            "parties.seller.kpp": "780201001",
            "parties.seller.bik": "044030965",
            "parties.seller.account": "40702810528360161055",
            "parties.buyer.inn": "7800087540",
            "parties.buyer.kpp": "780001001",
        },
    ),
    # A phone photo of a telecom operator's monthly invoice: merged lines, broken
    # spacing, stray characters of the round stamp and the camera's timestamp. The
    # nine-digit personal account ("лицевой счет") is not a bank account.
    HoldoutDocument(
        id="ae-ru-invoice-telecom-phone-photo",
        document_type="invoice",
        language="ru",
        text="""\
2O26-O4-O2 O9:17
AO «TeлeкoмCвязь-Peгиoн»  62OO14, г. Eкaтepинбуpг, ул. Maлышeвa, д. 51
ИHH б6O86O32O4 KПП 66O8O1OO1
p/c 4O7O281O78З822264б8б в ПAO «Уpaльcкий дeлoвoй бaнк» БИK O4б577б82 к/c 3O1O181OOOOOOOOOOб82
CЧET № TC-2б-OO31874 oт 31.O3.2O2б г.      Лицeвoй cчeт 66O417753
Aбoнeнт: OOO «Уpaльcкиe вecы» ИHH 66O1б42525 KПП 66O1O1OO1  62OO75, г. Eкaтepинбуpг, ул. Кpacнoapмeйcкaя, д. 1O
Пepиoд: 01.O3.2O2б - 31.O3.2O2б
1 Дocтуп в интepнeт, тapиф «Бизнec 1OOO»        18 5OO,OO
2 Cтaтичecкий IP-aдpec (4 шт.)                   2 4OO,OO
3 Виpтуaльнaя ATC, 15 aбoнeнтoв 3 9OO,OO 4 Apeндa мнoгoкaнaльнoгo нoмepa 1 2OO,OO
5 Meждугopoдныe coeдинeния пo дeтaлизaции          865,OO
        *  ДЛЯ  CЧЕТOB  *
ИTOГO К OПЛATE: 2б 8б5,OO pуб.    в т.ч. HДC 22%  4 844,51
Двaдцaть шecть тыcяч вoceмьcoт шecтьдecят пять pублeй OO кoпeeк
Oплaтить дo 15.O4.2O2б. Пpи oплaтe укaзывaйтe нoмep лицeвoгo cчeтa.
Глaвный буxгaлтep _______ Зaйцeвa M. A.
""",
        expected={
            "number": "ТС-26-0031874",
            "date": "2026-03-31",
            "total": "26865.00",
            "currency": "RUB",
            "parties.seller.inn": "6608603204",
            "parties.seller.kpp": "660801001",
            "parties.seller.bik": "046577682",
            "parties.seller.account": "40702810783822264686",
            "parties.buyer.inn": "6601642525",
            "parties.buyer.kpp": "660101001",
        },
        noisy=True,
    ),
]

_ACTS = [
    # A law firm's act for a month of court representation and hourly consultations,
    # VAT included. The opposing party of the court case prints its INN but has no
    # role in the act.
    HoldoutDocument(
        id="ae-ru-act-legal-services",
        document_type="act",
        language="ru",
        text="""\
                                      АКТ № 14/02-26
                             сдачи-приемки оказанных услуг

г. Москва                                                           «27» февраля 2026 г.

Исполнитель: ООО «Юридическое бюро «Правовой вектор», ИНН 7701756824, КПП 770101001,
ОГРН 1027752589831, 101000, г. Москва, Чистопрудный бульвар, д. 12, стр. 4, офис 28,
р/с 40702810119489394948 в АО «Столичный инвестиционный банк», БИК 044525913,
к/с 30101810000000000913,
в лице управляющего партнера Гринберга Марка Ильича, действующего на основании Устава,

Заказчик: ООО «Стройинвест-М», ИНН 7702141622, КПП 770201001, 129090, г. Москва,
ул. Щепкина, д. 33, р/с 40702810591452441064 в АО «Столичный инвестиционный банк»,
в лице генерального директора Осипова Дениса Викторовича,

составили настоящий акт о том, что по договору об оказании юридических услуг
№ ЮУ-08/2025 от 14.08.2025 в феврале 2026 г. Исполнитель оказал следующие услуги:

| № | Наименование услуги                                                         | Кол-во | Сумма, руб. |
| 1 | Представление интересов Заказчика в Арбитражном суде г. Москвы по делу       |        |             |
|   | № А40-21874/2026 по иску ООО «Стройинвест-М» к ООО «Ремстрой-Центр»          |        |             |
|   | (ИНН 7709307330): подготовка иска, участие в двух судебных заседаниях        | 1      |  240 000,00 |
| 2 | Устные и письменные консультации по договорам подряда (по отчету о времени)  | 29 ч   |  145 000,00 |

Итого:                                                                                     385 000,00
В том числе НДС (22%):                                                                      69 426,23

Всего оказано услуг на сумму: Триста восемьдесят пять тысяч рублей 00 копеек, в т.ч. НДС
69 426,23 руб. Ставка почасовой оплаты — 5 000,00 руб. за час с учетом НДС.

Вышеперечисленные услуги выполнены полностью и в срок. Заказчик претензий по объему,
качеству и срокам оказания услуг не имеет.

ИСПОЛНИТЕЛЬ                                          ЗАКАЗЧИК
Управляющий партнер                                  Генеральный директор
____________ /М. И. Гринберг/                        ____________ /Д. В. Осипов/
М. П.                                                М. П.
""",
        expected={
            "number": "14/02-26",
            "date": "2026-02-27",
            "total": "385000.00",
            "currency": "RUB",
            "parties.seller.inn": "7701756824",
            "parties.seller.kpp": "770101001",
            "parties.seller.bik": "044525913",
            "parties.seller.account": "40702810119489394948",
            "parties.buyer.inn": "7702141622",
            "parties.buyer.kpp": "770201001",
        },
    ),
    # A cleaning company's monthly act with VAT on top of the price and a two-digit
    # year in its date.
    HoldoutDocument(
        id="ae-ru-act-cleaning-business-centre",
        document_type="act",
        language="ru",
        text="""\
ООО «Клининговая компания «Чистый город»
630099, г. Новосибирск, ул. Советская, д. 52, офис 7
ИНН 5406001300, КПП 540601001, ОГРН 1115411895576
р/с 40702810199065939761, ПАО «Сибирский промышленный банк», БИК 045004728,
к/с 30101810300000000728

Акт № ЧГ-0331 от 31.03.26

Исполнитель: ООО «Клининговая компания «Чистый город»
Заказчик:    ООО «Сибирский бизнес-центр», ИНН 5405846457, КПП 540501001,
             630007, г. Новосибирск, ул. Фабричная, д. 4, БЦ «Обской»
Основание:   Договор на оказание клининговых услуг № 22-К/2025 от 29.12.2025

| № | Наименование работ, услуг                              | Кол-во | Ед.   | Цена       | Сумма      |
| 1 | Ежедневная уборка БЦ «Обской», 4 800 кв. м, март 2026  |      1 | мес.  | 186 000,00 | 186 000,00 |
| 2 | Мойка фасадного остекления с применением альпинистского|    980 | кв. м |      25,00 |  24 500,00 |
|   | снаряжения                                             |        |       |            |            |

                                                              Итого:           210 500,00
                                                    Сумма НДС (22%):            46 310,00
                                                       Всего с НДС:            256 810,00

Всего оказано услуг 2, на сумму 256 810,00 руб.
Двести пятьдесят шесть тысяч восемьсот десять рублей 00 копеек

Вышеперечисленные услуги выполнены полностью и в срок. Заказчик претензий по объему,
качеству и срокам оказания услуг не имеет.

Исполнитель ____________ Ларионова И. В.          Заказчик ____________ Шевчук А. Р.
""",
        expected={
            "number": "ЧГ-0331",
            "date": "2026-03-31",
            "total": "256810.00",
            "currency": "RUB",
            "parties.seller.inn": "5406001300",
            "parties.seller.kpp": "540601001",
            "parties.seller.bik": "045004728",
            "parties.seller.account": "40702810199065939761",
            "parties.buyer.inn": "5405846457",
            "parties.buyer.kpp": "540501001",
        },
    ),
    # An upper-case scan of a security company's act: Latin look-alikes, O for 0, l for
    # 1 and the words of the round stamp run into the signature lines.
    HoldoutDocument(
        id="ae-ru-act-security-scan",
        document_type="act",
        language="ru",
        text="""\
OOO ЧOO «ЩИT-CEPBИC»  35OO2O, Г. KPACHOДAP, УЛ. KPACHAЯ, Д. 1l4, OФ. 5
ИHH 23O911O281  KПП 23O9O1OO1  P/C 4O7O281O8бббЗбЗ22808
AO «KУБAHЬ-KPEДИT-ЮГ»  БИK O4O349776  K/C 3O1O181O9OOOOOOOO776

AKT № ЩC-112 OT 31 MAPTA 2O2б Г.
OБ OKAЗAHИИ OXPAHHЫX УCЛУГ ПO ДOГOBOPУ № O7/OX-2O25 OT O1.O9.2O25

ИCПOЛHИTEЛЬ: OOO ЧOO «ЩИT-CEPBИC», ИHH 23O911O281, KПП 23O9O1OO1
ЗAKAЗЧИK: AO «KУБAHCKИЙ AГPOXOЛДИHГ», ИHH 23O8642ЗOO, KПП 23O8O1OO1
ОБЪЕКТ: ЗЕРНОХРАНИЛИЩЕ, KPACHOДAPCKИЙ KPAЙ, CT. ДИHCKAЯ, УЛ. ЗAВOДCKAЯ, Д. 2

| № | HAИMEHOBAHИE УCЛУГИ                             | KOЛ-BO   | ЦEHA     | CУMMA       |
| 1 | OXPAHA OБЪEKTA, З ПOCTA, KPУГЛOCУTOЧHO, MAPT    | 2 2З2 Ч  | 28O,OO   | б24 9бO,OO  |
| 2 | ПУЛЬTOBAЯ OXPAHA И TO TPEBOЖHOЙ CИГHAЛИЗAЦИИ    | l MEC    | l8 6OO,OO | l8 6OO,OO  |

ИTOГO:                                                           б4З 56O,OO
B TOM ЧИCЛE HДC 22%:                                             ll6 O51,8O
BCEГO OKAЗAHO УCЛУГ HA CУMMY: ШECTЬCOT COPOK TPИ TЫCЯЧИ ПЯTЬCOT ШECTЬДECЯT PУБЛEЙ OO KOПEEK

УCЛУГИ OKAЗAHЫ ПOЛHOCTЬЮ, ПPETEHЗИЙ HE ИMEEM.
ИCПOЛHИTEЛЬ ________ ГEHEPAЛЬHЫЙ ДИPEKTOP  *ЧOO ЩИT-CEPBИC*  ГPOMOB B. П.
ЗAKAЗЧИK ________ ДИPEKTOP ФИЛИAЛA *ДЛЯ ДOKУMEHTOB* KOBAЛEHKO C. A.
""",
        expected={
            "number": "ЩС-112",
            "date": "2026-03-31",
            "total": "643560.00",
            "currency": "RUB",
            "parties.seller.inn": "2309110281",
            "parties.seller.kpp": "230901001",
            "parties.seller.bik": "040349776",
            "parties.seller.account": "40702810866636322808",
            "parties.buyer.inn": "2308642300",
            "parties.buyer.kpp": "230801001",
        },
        noisy=True,
    ),
    # A phone photo of a sole proprietor's repair act for kitchen equipment. The
    # proprietor uses the simplified tax system and charges no VAT, and has no KPP.
    HoldoutDocument(
        id="ae-ru-act-repair-photo",
        document_type="act",
        language="ru",
        text="""\
ИП Meльникoв Apтём Cepгeeвич
ИHH 36O822290O73  OГPHИП 3l4З64224852722
p/c 4O8O281O62O22б978O43 в OOO «Bopoнeжcкий кoммepчecкий бaнк» БИK O42OO7479
AKT № 37 oт «б» мapтa 2O2б г.
выпoлнeнных paбoт (oкaзaнных уcлуг) пo peмoнту тopгoвoгo oбopудoвaния
Зaкaзчик: OOO «Kaфe «Пpянocти», ИHH 36OOЗ7O383, KПП 36OOO1OO1, г. Bopoнeж, ул. Koльцoвcкaя, д. 9
Ocнoвaниe: зaявкa № 2б/O2 oт O2.O3.2O2б
1 Диaгнocтикa пapoкoнвeктoмaтa                       1 уcл   4 2OO,OO
2 Зaмeнa TЭHa пapoгeнepaтopa (paбoтa)               1 уcл   б 45O,OO
3 TЭH пapoгeнepaтopa 9 кBт                           1 шт   l3 8OO,OO
4 Peмoнт пocудoмoeчнoй мaшины, зaмeнa пoмпы (paбoтa)  1 уcл   9 8OO,OO
5 Пoмпa cливнaя                                      1 шт   l4 5OO,OO
Bceгo: 48 75O,OO pуб.  HДC нe oблaгaeтcя (УCH, п. 2 cт. З4б.11 HK PФ)
Copoк вoceмь тыcяч ceмьcoт пятьдecят pублeй OO кoпeeк
Гapaнтия нa paбoты и зaпчacти — 90 днeй.
Иcпoлнитeль ______ Meльникoв A. C.      Зaкaзчик ______ Пoпoвa E. Ю.
""",
        expected={
            "number": "37",
            "date": "2026-03-06",
            "total": "48750.00",
            "currency": "RUB",
            "parties.seller.inn": "360822290073",
            "parties.seller.kpp": None,
            "parties.seller.bik": "042007479",
            "parties.seller.account": "40802810620226978043",
            "parties.buyer.inn": "3600370383",
            "parties.buyer.kpp": "360001001",
        },
        noisy=True,
    ),
]

_UPDS = [
    # A pharmacy wholesaler's status 1 UPD to a clinic: medicines and medical products
    # at VAT 10% and a disinfectant at 22%.
    HoldoutDocument(
        id="ae-ru-upd-pharmacy-clinic",
        document_type="upd",
        language="ru",
        text="""\
Универсальный передаточный документ                                          Статус: 1
Счет-фактура № ФО-2603/0458 от 10 марта 2026 г. (1)
Исправление № --- от --- (1а)
Продавец: АО «ФармОпт-Волга» (2)
Адрес: 603016, г. Нижний Новгород, ул. Юлиуса Фучика, д. 60 (2а)
ИНН/КПП продавца: 5202705860/520201001 (2б)
Грузоотправитель и его адрес: он же (3)
Грузополучатель и его адрес: ООО «Клиника «Вита Плюс», 603005, г. Нижний Новгород,
ул. Алексеевская, д. 39, пом. П2 (4)
К платежно-расчетному документу № --- от --- (5)
Документ об отгрузке № п/п 1-4 № ФО-2603/0458 от 10.03.2026 (5а)
Покупатель: ООО «Клиника «Вита Плюс» (6)
Адрес: 603005, г. Нижний Новгород, ул. Алексеевская, д. 39, пом. П2 (6а)
ИНН/КПП покупателя: 5208797306/520801001 (6б)
Валюта: наименование, код: Российский рубль, 643 (7)
Идентификатор государственного контракта, договора (соглашения): --- (8)

| № | Наименование товара            | Ед. | Кол-во | Цена     | Стоимость  | Ставка | Сумма    | Стоимость |
|   |                                |     |        |          | без налога |        | налога   | с налогом |
| 1 | Натрия хлорид 0,9% 200 мл, фл. | шт  |    240 |    42,50 |  10 200,00 |    10% | 1 020,00 | 11 220,00 |
| 2 | Шприц 5 мл трехкомпонентный    | шт  |  1 000 |     6,80 |   6 800,00 |    10% |   680,00 |  7 480,00 |
| 3 | Перчатки нитрил., р. М, 100 шт | уп  |     60 |   540,00 |  32 400,00 |    10% | 3 240,00 | 35 640,00 |
| 4 | Дезсредство «Асептол-Про», 5 л | кан |     12 | 1 850,00 |  22 200,00 |    22% | 4 884,00 | 27 084,00 |
| Всего к оплате (9)                                      |  71 600,00 |      X | 9 824,00 | 81 424,00 |

Документ составлен на 1 листе
Руководитель организации ________ Тарасов К. Б.     Главный бухгалтер ________ Белова Н. С.

Основание передачи (сдачи) / получения (приемки): Договор поставки № 112-ЛПУ от 09.01.2026 [8]
Товар (груз) передал: кладовщик ________ Зуев П. А.
Товар (груз) получил: ст. медсестра ________ Орлова Т. Н.
Дата отгрузки, передачи (сдачи): 10 марта 2026 г. [11]   Дата получения (приемки): 10 марта 2026 г. [16]
""",
        expected={
            "number": "ФО-2603/0458",
            "date": "2026-03-10",
            "total": "81424.00",
            "currency": "RUB",
            "parties.seller.inn": "5202705860",
            "parties.seller.kpp": "520201001",
            "parties.buyer.inn": "5208797306",
            "parties.buyer.kpp": "520801001",
        },
    ),
    # An internet provider's status 2 UPD for a month of services, VAT on top.
    HoldoutDocument(
        id="ae-ru-upd-internet-provider",
        document_type="upd",
        language="ru",
        text="""\
УНИВЕРСАЛЬНЫЙ ПЕРЕДАТОЧНЫЙ ДОКУМЕНТ        Статус 2 — передаточный документ (акт)
Счет-фактура № ЛС-00317/03 от 31 марта 2026 г.
Продавец: ООО «Линк-Сервис», 614000, г. Пермь, ул. Екатерининская, д. 98, офис 3
ИНН/КПП продавца: 5908281122 / 590801001
Покупатель: ООО «Пермская типография «Кама-Принт», 614066, г. Пермь, ш. Космонавтов, д. 111
ИНН/КПП покупателя: 5907658288 / 590701001
Валюта: российский рубль, код 643
Основание: договор на оказание услуг связи № ИД-1408 от 01.06.2024, лицевой счет 2208764

| № | Наименование услуг             | Ед.  | Кол-во | Цена      | Без НДС   | НДС | Сумма НДС | С НДС     |
| 1 | Интернет 500 Мбит/с, март 2026 | мес. |      1 | 15 000,00 | 15 000,00 | 22% |  3 300,00 | 18 300,00 |
| 2 | IP-телефония, 10 линий         | мес. |      1 |  3 000,00 |  3 000,00 | 22% |    660,00 |  3 660,00 |
| 3 | Аренда оптоволоконной линии    | мес. |      1 |  4 500,00 |  4 500,00 | 22% |    990,00 |  5 490,00 |
| Всего к оплате                                        | 22 500,00 |     |  4 950,00 | 27 450,00 |

Услуги оказаны в полном объеме. Претензий по объему и качеству услуг покупатель не имеет.
Платежные реквизиты продавца: р/с 40702810324484526309 в АО «Прикамский банк», г. Пермь,
БИК 045773871, к/с 30101810800000000871

Генеральный директор ________ Шилов Д. Е.     Главный бухгалтер ________ Култышева О. А.
Услуги сдал: инженер ________ Ахмадиев Р. Р.  Услуги принял: офис-менеджер ________ Лукина В. С.
""",
        expected={
            "number": "ЛС-00317/03",
            "date": "2026-03-31",
            "total": "27450.00",
            "currency": "RUB",
            "parties.seller.inn": "5908281122",
            "parties.seller.kpp": "590801001",
            "parties.seller.bik": "045773871",
            "parties.seller.account": "40702810324484526309",
            "parties.buyer.inn": "5907658288",
            "parties.buyer.kpp": "590701001",
        },
    ),
    # A scan of an event venue's status 1 UPD for a corporate banquet. It has look-alike
    # letters, O for 0, б for 6 and З for 3, and a table rule runs into a figure. The
    # customer's receiving stamp carries its own date.
    HoldoutDocument(
        id="ae-ru-upd-event-banquet-scan",
        document_type="upd",
        language="ru",
        text="""\
Унивepcaльный пepeдaтoчный дoкумeнт     Cтaтуc: 1
Cчeт-фaктуpa № ЛФ-O2O7 oт O7.O2.2O2б (1)
Пpoдaвeц: OOO «Лoфт-Xoлл «Фaбpикa» (2)
Aдpec: 1O5O82, г. Mocквa, Cпapтaкoвcкaя пл., д. 1O, cтp. 3 (2a)
ИHH/KПП пpoдaвцa: 77O6775OO2/77O6O1OO1 (2б)
Гpузooтпpaвитeль: oн жe (3)    Гpузoпoлучaтeль: --- (4)
Пoкупaтeль: OOO «Cтpoйинвecт-M» (6)
ИHH/KПП пoкупaтeля: 77O2l41622/77O2O1OO1 (6б)
Baлютa: poccийcкий pубль, 643 (7)
Ocнoвaниe: дoгoвop № ЛФ-14/2б нa opгaнизaцию мepoпpиятия oт 2O.O1.2O2б
| 1 | Apeндa зaлa «Цex 2» нa б чacoв, O6.O2.2O2б | 1 уcл | 18O OOO,OO | 22% | 39 6OO,OO | 219 6OO,OO |
| 2 | Бaнкeтнoe мeню «Фуpшeт-cтaндapт»          | 85 пepc | 272 OOO,OO | 22% | 59 84O,OO | 331 84O,OO |
| 3 | Звукoвoe и cвeтoвoe oбopудoвaниe          | 1 кoмпл | 38 OOO,OO | 22% | 8 З6O,OO | 4б Зб0,OO|
| 4 | Paбoтa пepcoнaлa (oфициaнты), 3б чeл.-ч    | 3б | 14 4OO,OO | 22% | З 1б8,OO | 17 5б8,OO |
Bceгo к oплaтe (9)              5O4 4OO,OO   X   11O 9б8,OO   б15 Зб8,OO
Шecтьcoт пятнaдцaть тыcяч тpиcтa шecтьдecят вoceмь pублeй OO кoпeeк
Pукoвoдитeль ______ Boлкoвa Д. C.    Глaвный буxгaлтep ______ Pыжoв E. H.
Teкущий дoкумeнт пepeдaл: мeнeджep мepoпpиятий ______ Кaлинин A. O.
ПOЛУЧEHO  OOO «CTPOЙИHBECT-M»  1O.O2.2O2б  Bx. № 52
""",
        expected={
            "number": "ЛФ-0207",
            "date": "2026-02-07",
            "total": "615368.00",
            "currency": "RUB",
            "parties.seller.inn": "7706775002",
            "parties.seller.kpp": "770601001",
            "parties.buyer.inn": "7702141622",
            "parties.buyer.kpp": "770201001",
        },
        noisy=True,
    ),
    # A scan of a real estate agency's status 2 UPD for its commission. The lease that
    # the agency found has its own number and date, which are not the UPD's.
    HoldoutDocument(
        id="ae-ru-upd-realty-commission-scan",
        document_type="upd",
        language="ru",
        text="""\
УHИBEPCAЛЬHЫЙ ПEPEДATOЧHЫЙ ДOKУMEHT   Cтaтуc 2
Cчeт-фaктуpa № KM-2б/O41 oт «1б» мapтa 2O2б г.
Пpoдaвeц: OOO «Aгeнтcтвo нeдвижимocти «Kвaдpaтный мeтp»
454O91, г. Чeлябинcк, ул. Kиpoвa, д. 1l0, oф. 4O4
ИHH/KПП пpoдaвцa 74O32l5717 / 74O3O1OO1
Пoкупaтeль: OOO «Уpaлтexcнaб», 454O8O, г. Чeлябинcк, пp. Лeнинa, д. 7б
ИHH/KПП пoкупaтeля 74O1744З2O / 74O1O1OO1
Baлютa: pocc. pубль, 643
|№| Haимeнoвaниe уcлуги                         | Cтoим. бeз HДC | HДC 22% | Bceгo c HДC |
|1| Boзнaгpaждeниe aгeнтa зa пoдбop нeжилoгo      |                |         |             |
| | пoмeщeния (дoгoвop apeнды № 17/A oт 12.O3.2O2б,| l2O OOO,OO     | 2б 4OO,OO | l4б 4OO,OO |
| | ул. Kиpoвa, д. 159, 214 кв. м) пo aгeнтcкoму дoгoвopу № AH-2O2б/O19       |
Bceгo к oплaтe:                                    l2O OOO,OO      2б 4OO,OO    l4б 4OO,OO
Уcлуги oкaзaны, пpeтeнзий нe имeeтcя.
Peквизиты: p/c 4O7O281Ol7l88З579511 в ПAO «Чeлябинcкий pacчeтный бaнк», БИK O475Ol65З
Диpeктop ______ Гepacимoвa O. B.         Пoлучил ______ Caвeльeв M. И.
""",
        expected={
            "number": "КМ-26/041",
            "date": "2026-03-16",
            "total": "146400.00",
            "currency": "RUB",
            "parties.seller.inn": "7403215717",
            "parties.seller.kpp": "740301001",
            "parties.seller.bik": "047501653",
            "parties.seller.account": "40702810171883579511",
            "parties.buyer.inn": "7401744320",
            "parties.buyer.kpp": "740101001",
        },
        noisy=True,
    ),
]

_PAYMENT_ORDERS = [
    # Form 0401060 that pays the clinic's invoice. Payer and payee keep their accounts
    # in the same bank, so the bank block is printed twice.
    HoldoutDocument(
        id="ae-ru-payment-order-clinic-checkups",
        document_type="payment_order",
        language="ru",
        text="""\
                                                                                    0401060
Поступ. в банк плат.            Списано со сч. плат.
16.03.2026                      16.03.2026

ПЛАТЕЖНОЕ ПОРУЧЕНИЕ № 1846           16.03.2026                 электронно
                                     Дата                       Вид платежа
Сумма      Четыреста двадцать пять тысяч триста рублей 00 копеек
прописью
ИНН 5208844725             КПП 520801001          Сумма       425300-00
АО «Волжский трубный комбинат»
                                                  Сч. №       40702810516987168976
Плательщик
ПАО «ВОЛГО-ОКСКИЙ БАНК» Г. НИЖНИЙ НОВГОРОД        БИК         042202715
                                                  Сч. №       30101810500000000715
Банк плательщика
ПАО «ВОЛГО-ОКСКИЙ БАНК» Г. НИЖНИЙ НОВГОРОД        БИК         042202715
                                                  Сч. №       30101810500000000715
Банк получателя
ИНН 5208797306             КПП 520801001          Сч. №       40702810053645568151
ООО «Клиника «Вита Плюс»
                                                  Вид оп.   01      Срок плат.
                                                  Наз. пл.          Очер. плат.   5
Получатель                                        Код               Рез. поле

Оплата по счету № КВ-000412 от 12.03.2026 за периодический медицинский осмотр работников
по договору № 18/МО-26 от 26.01.2026. НДС не облагается
Назначение платежа
                                 Подписи                              Отметки банка
                                 ____________________
М.П.                             ____________________
""",
        expected={
            "number": "1846",
            "date": "2026-03-16",
            "total": "425300.00",
            "currency": "RUB",
            "parties.payer.inn": "5208844725",
            "parties.payer.kpp": "520801001",
            "parties.payer.bik": "042202715",
            "parties.payer.account": "40702810516987168976",
            "parties.payee.inn": "5208797306",
            "parties.payee.kpp": "520801001",
            "parties.payee.bik": "042202715",
            "parties.payee.account": "40702810053645568151",
        },
    ),
    # An internet bank's print of a tenant's payment for rent and service charges, with
    # labels on the left and the VAT within the amount.
    HoldoutDocument(
        id="ae-ru-payment-order-rent-service-charges",
        document_type="payment_order",
        language="ru",
        text="""\
АО «Невский расчетный банк»                                         Интернет-банк «Невский Бизнес»

Платежное поручение № 2291 от 03.04.2026
Статус: исполнено                            Очередность платежа: 5
Вид платежа: электронно                      Вид операции: 01

Сумма:                  545 425,32 руб.
Сумма прописью:         Пятьсот сорок пять тысяч четыреста двадцать пять рублей 32 копейки

Плательщик:             ООО «Балтийская логистическая группа»
ИНН плательщика:        7800087540
КПП плательщика:        780001001
Счет плательщика:       40702810429836957931
Банк плательщика:       АО «Невский расчетный банк», г. Санкт-Петербург
БИК:                    044030965
Корр. счет:             30101810900000000965

Получатель:             ООО «УК «Северный квартал»
ИНН получателя:         7802984168
КПП получателя:         780201001
Счет получателя:        40702810528360161055
Банк получателя:        АО «Невский расчетный банк», г. Санкт-Петербург
БИК:                    044030965
Корр. счет:             30101810900000000965

Назначение платежа:
Оплата по счету № АР-0426/117 от 01.04.2026: арендная плата и эксплуатационные расходы за
апрель 2026 г., электроэнергия за март 2026 г. по договору № 3Н/2025-14 от 10.11.2025.
Сумма 545425-32, в т.ч. НДС (22%) 98355-39

Документ подписан электронной подписью: Гаврилов С. А. (генеральный директор)
Дата списания: 03.04.2026          Дата исполнения: 03.04.2026
""",
        expected={
            "number": "2291",
            "date": "2026-04-03",
            "total": "545425.32",
            "currency": "RUB",
            "parties.payer.inn": "7800087540",
            "parties.payer.kpp": "780001001",
            "parties.payer.bik": "044030965",
            "parties.payer.account": "40702810429836957931",
            "parties.payee.inn": "7802984168",
            "parties.payee.kpp": "780201001",
            "parties.payee.bik": "044030965",
            "parties.payee.account": "40702810528360161055",
        },
    ),
    # A scan of form 0401060 that pays the training centre: look-alike letters, O for
    # 0, б for 6, З for 3, "№" read as "N°", and the bank's stamp with the day of
    # execution.
    HoldoutDocument(
        id="ae-ru-payment-order-training-scan",
        document_type="payment_order",
        language="ru",
        text="""\
                                                                           O4O1O6O
Пocтуп. в бaнк плaт.  1O.O3.2O2б      Cпиcaнo co cч. плaт.  1O.O3.2O2б
ПЛATEЖHOE ПOPУЧEHИE N° 715   1O.O3.2O2б   элeктpoннo
Cуммa пpoпиcью  Boceмьдecят вoceмь тыcяч шecтьcoт pублeй OO кoпeeк
ИHH 63O8б48878  KПП 63O8O1OO1     Cуммa  886OO-OO
AO «Caмapcкий зaвoд мeтaллoкoнcтpукций»     Cч. №  4O7O281O497875З47787
Плaтeльщик
AO «CAMAPCKИЙ KPEДИTHЫЙ ДOM» Г. CAMAPA   БИK  O436O184O   Cч. № 3O1O181O3OOOOOOOO84O
Бaнк плaтeльщикa
AO «CAMAPCKИЙ KPEДИTHЫЙ ДOM» Г. CAMAPA   БИK  O436O184O   Cч. № 3O1O181O3OOOOOOOO84O
Бaнк пoлучaтeля
ИHH 63O84б978O  KПП 63O8O1OO1   Cч. № 4O7O281O19б727З17784
ЧУ ДПО «Учeбный цeнтp «Пpoфcтaндapт»
Пoлучaтeль      Bид oп. O1   Oчep. плaт. 5
Oплaтa пo cчeту № УЦ-57/2б oт O4.O3.2O2б зa oбучeниe пo oxpaнe тpудa, пepвoй пoмoщи
и пoжapнo-тexничecкoму минимуму. HДC нe oблaгaeтcя
Haзнaчeниe плaтeжa
                                  ИCПOЛHEHO
                            AO «CAMAPCKИЙ KPEДИTHЫЙ ДOM»
                                   11.O3.2O2б
""",
        expected={
            "number": "715",
            "date": "2026-03-10",
            "total": "88600.00",
            "currency": "RUB",
            "parties.payer.inn": "6308648878",
            "parties.payer.kpp": "630801001",
            "parties.payer.bik": "043601840",
            "parties.payer.account": "40702810497875347787",
            "parties.payee.inn": "6308469780",
            "parties.payee.kpp": "630801001",
            "parties.payee.bik": "043601840",
            "parties.payee.account": "40702810196727317784",
        },
        noisy=True,
    ),
    # A bank client's card of a payment for security services, with the amount in
    # figures and the rouble sign only.
    HoldoutDocument(
        id="ae-ru-payment-order-security-services",
        document_type="payment_order",
        language="ru",
        text="""\
Платежное поручение
№ 508                                                   Дата документа 07.04.2026

Сумма платежа                     643 560,00 ₽
Очередность                       5
Вид операции                      01 — платежное поручение

ОТПРАВИТЕЛЬ
АО «Кубанский агрохолдинг»
ИНН 2308642300 · КПП 230801001
Счет 40702810491280845850
АО «Кубань-Кредит-Юг», г. Краснодар · БИК 040349776 · к/с 30101810900000000776

ПОЛУЧАТЕЛЬ
ООО ЧОО «Щит-Сервис»
ИНН 2309110281 · КПП 230901001
Счет 40702810866636322808
АО «Кубань-Кредит-Юг», г. Краснодар · БИК 040349776 · к/с 30101810900000000776

НАЗНАЧЕНИЕ
Оплата по акту № ЩС-112 от 31.03.2026 за охранные услуги за март 2026 г. по договору
№ 07/ОХ-2025 от 01.09.2025. Сумма 643560-00, в т.ч. НДС 22% — 116051-80

Создан: 06.04.2026 17:42, бухгалтер Пашкова Л. Г.
Подписан: 07.04.2026 09:05, генеральный директор Данилюк В. Н.
Статус банка: принят к исполнению
""",
        expected={
            "number": "508",
            "date": "2026-04-07",
            "total": "643560.00",
            "currency": "RUB",
            "parties.payer.inn": "2308642300",
            "parties.payer.kpp": "230801001",
            "parties.payer.bik": "040349776",
            "parties.payer.account": "40702810491280845850",
            "parties.payee.inn": "2309110281",
            "parties.payee.kpp": "230901001",
            "parties.payee.bik": "040349776",
            "parties.payee.account": "40702810866636322808",
        },
    ),
]

_CONTRACTS = [
    # A real estate agency contract: the client is the principal and the agency the
    # agent. The fee is fixed with VAT included, and the expected rent per month is a
    # competing amount.
    HoldoutDocument(
        id="ae-ru-contract-realty-agency",
        document_type="contract",
        language="ru",
        text="""\
                                  АГЕНТСКИЙ ДОГОВОР № АН-2026/019
                          на подбор нежилого помещения для аренды

г. Челябинск                                                           «2» февраля 2026 г.

ООО «Уралтехснаб», именуемое в дальнейшем «Принципал», в лице директора Савельева Михаила
Игоревича, действующего на основании Устава, с одной стороны, и ООО «Агентство недвижимости
«Квадратный метр», именуемое в дальнейшем «Агент», в лице директора Герасимовой Ольги
Васильевны, действующей на основании Устава, с другой стороны, заключили настоящий договор:

1. ПРЕДМЕТ ДОГОВОРА
1.1. Агент обязуется по поручению Принципала за вознаграждение подобрать нежилое помещение
под офис и склад площадью от 180 до 250 кв. м в г. Челябинске, организовать просмотры и
сопроводить заключение договора аренды, а Принципал обязуется уплатить вознаграждение.
1.2. Ориентировочная арендная плата — не более 140 000,00 руб. в месяц с учетом НДС.

2. ВОЗНАГРАЖДЕНИЕ АГЕНТА И ПОРЯДОК РАСЧЕТОВ
2.1. Вознаграждение Агента составляет 146 400,00 (Сто сорок шесть тысяч четыреста) рублей
00 копеек, в том числе НДС 22% — 26 400,00 руб.
2.2. Вознаграждение уплачивается в течение 5 (пяти) банковских дней после подписания
договора аренды и универсального передаточного документа со статусом 2.
2.3. Расходы Агента на рекламу и выезды включены в вознаграждение.

3. СРОК ДЕЙСТВИЯ
3.1. Договор действует до 30 апреля 2026 г., а в части расчетов — до полного их завершения.

4. РЕКВИЗИТЫ И ПОДПИСИ СТОРОН
Принципал: ООО «Уралтехснаб»
454080, г. Челябинск, пр. Ленина, д. 76
ИНН 7401744320, КПП 740101001, ОГРН 1127468855766
р/с 40702810252373556963 в ПАО «Челябинский расчетный банк»
БИК 047501653, к/с 30101810500000000653
Директор ____________ М. И. Савельев

Агент: ООО «Агентство недвижимости «Квадратный метр»
454091, г. Челябинск, ул. Кирова, д. 110, оф. 404
ИНН 7403215717, КПП 740301001, ОГРН 1047464941578
р/с 40702810171883579511 в ПАО «Челябинский расчетный банк»
БИК 047501653, к/с 30101810500000000653
Директор ____________ О. В. Герасимова
""",
        expected={
            "number": "АН-2026/019",
            "date": "2026-02-02",
            "total": "146400.00",
            "currency": "RUB",
            "parties.principal.inn": "7401744320",
            "parties.principal.kpp": "740101001",
            "parties.principal.bik": "047501653",
            "parties.principal.account": "40702810252373556963",
            "parties.agent.inn": "7403215717",
            "parties.agent.kpp": "740301001",
            "parties.agent.bik": "047501653",
            "parties.agent.account": "40702810171883579511",
        },
    ),
]

_WAYBILLS = [
    # A scan of a ТОРГ-12 for cleaning supplies: look-alike letters, O for 0, З for 3,
    # б for 6 and a warehouse stamp with its own date.
    HoldoutDocument(
        id="ae-ru-waybill-torg12-cleaning-supplies-scan",
        document_type="waybill",
        language="ru",
        text="""\
                                                    Унифициpoвaннaя фopмa № TOPГ-12
Гpузooтпpaвитeль: OOO «Пpoфxим-Cибиpь», ИHH 54O2792б44, 63OO27, г. Hoвocибиpcк, ул. Бoлoтнaя, д. 4б
Гpузoпoлучaтeль: OOO «KK «Чиcтый гopoд», 63OO99, г. Hoвocибиpcк, ул. Coвeтcкaя, д. 52
Пocтaвщик: OOO «Пpoфxим-Cибиpь», ИHH 54O2792б44, KПП 54O2O1OO1, p/c 4O7O281Oб4З528144976
в ПAO «Cибиpcкий пpoмышлeнный бaнк», БИK O45OO4728
Плaтeльщик: OOO «Kлинингoвaя кoмпaния «Чиcтый гopoд», ИHH 54OбOO13OO, KПП 54O6O1OO1
Ocнoвaниe: дoгoвop пocтaвки № 31-П oт 15.O1.2O2б
TOBAPHAЯ HAKЛAДHAЯ  № ПX-1187  дaтa cocтaвлeния 23.O3.2O2б
| 1 | Cpeдcтвo для мытья пoлoв «Пpoфи-Пoл», 5 л    | шт  | 4O  | б2O,OO | 24 8OO,OO | 22% | 5 45б,OO | 3O 25б,OO |
| 2 | Cpeдcтвo для cтeкoл «Kpиcтaлл», 5 л          | шт  |  24 | 54O,OO | 12 9бO,OO | 22% | 2 851,2O | 15 811,2O |
| 3 | Meшки для мycopa 12O л, pул. 1O шт           | pул | 15O | 95,OO  | 14 25O,OO | 22% | 3 135,OO | 17 385,OO |
| 4 | Caлфeтки микpoфибpa 3Ox3O cм                 | шт  | 3OO | 48,OO  | 14 4OO,OO | 22% | 3 1б8,OO | 17 5б8,OO |
| 5 | Cpeдcтвo дeзинфициpующee xлopнoe, тaбл. 1 кг | бaн | 2O  | 455,OO | 9 1OO,OO  | 22% | 2 OO2,OO | 11 1O2,OO |
Итoгo                                          75 51O,OO        1б б12,2O   92 122,2O
Bceгo oтпущeнo 5 нaимeнoвaний нa cумму Дeвянocтo двe тыcячи cтo двaдцaть двa pубля 2O кoпeeк
Oтпуcк paзpeшил ______ Kopнeeв C. A.   Гpуз пpинял ______ Лapиoнoвa И. B.
               CKЛAД  ПPИHЯTO  24.O3.2O2б
""",
        expected={
            "number": "ПХ-1187",
            "date": "2026-03-23",
            "total": "92122.20",
            "currency": "RUB",
            "parties.seller.inn": "5402792644",
            "parties.seller.kpp": "540201001",
            "parties.seller.bik": "045004728",
            "parties.seller.account": "40702810643528144976",
            "parties.buyer.inn": "5406001300",
            "parties.buyer.kpp": "540601001",
        },
        noisy=True,
    ),
]

_PACKING_LISTS = [
    # A textile mill's packing list for a hotel's linen: boxes, weights, no prices.
    HoldoutDocument(
        id="ae-ru-packing-list-hotel-linen",
        document_type="packing_list",
        language="ru",
        text="""\
ООО «Ивановский текстильный двор»
153002, г. Иваново, ул. Жиделева, д. 19, ИНН 3706085650, КПП 370601001

                            УПАКОВОЧНЫЙ ЛИСТ № УЛ-0219
                              от 19 февраля 2026 г.

Поставщик (грузоотправитель): ООО «Ивановский текстильный двор», ИНН 3706085650, КПП 370601001
Покупатель (грузополучатель): ООО «Гостиница «Береговая», ИНН 1606804570, КПП 160601001,
                              420111, г. Казань, ул. Баумана, д. 17, служба хозяйства
Основание: договор поставки № 07-Т/2026 от 12.01.2026, спецификация № 2
Перевозчик: транспортная компания, накладная на доставку будет передана отдельно

| Короб | Наименование                       | Размер     | Кол-во, шт | Нетто, кг | Брутто, кг |
| 1–6   | Простыня бязь отбеленная, 150 г/м² | 220x240 см |        360 |     147,6 |      154,8 |
| 7–10  | Пододеяльник бязь отбеленная       | 150x215 см |        200 |      98,0 |      102,8 |
| 11–13 | Наволочка бязь отбеленная          | 70x70 см   |        480 |      62,4 |       66,0 |
| 14–17 | Полотенце махровое, 450 г/м²       | 70x140 см  |        240 |     105,8 |      110,6 |
| 18    | Коврик для ног махровый            | 50x70 см   |         60 |       8,8 |       10,0 |
| Итого | 18 коробов                         |            |      1 340 |     422,6 |      444,2 |

Товар упакован в гофрокороба, каждый короб опломбирован и промаркирован номером.
Расхождения по количеству мест и весу брутто фиксируются в акте приемки в день поставки.

Упаковщик ____________ Кулешова Н. А.           Контролер ОТК ____________ Бажанов И. Д.
""",
        expected={
            "number": "УЛ-0219",
            "date": "2026-02-19",
            "total": None,
            "parties.seller.inn": "3706085650",
            "parties.seller.kpp": "370601001",
            "parties.buyer.inn": "1606804570",
            "parties.buyer.kpp": "160601001",
        },
    ),
]

_BANK_STATEMENTS = [
    # A one-day statement of the clinic's account: the payment for the check-ups comes
    # in and the pharmacy UPD is paid. Balances and turnovers are not a document value.
    HoldoutDocument(
        id="ae-ru-bank-statement-clinic",
        document_type="bank_statement",
        language="ru",
        text="""\
ПАО «ВОЛГО-ОКСКИЙ БАНК», г. Нижний Новгород, БИК 042202715, к/с 30101810500000000715

                    ВЫПИСКА № 53 ИЗ ЛИЦЕВОГО СЧЕТА 40702810053645568151
                                 за 16 марта 2026 г.

Владелец счета: ООО «Клиника «Вита Плюс», ИНН 5208797306, КПП 520801001
Валюта счета: российский рубль (RUB)
Дата предыдущей операции по счету: 13.03.2026

Входящий остаток:                                                         1 284 506,17

| № док. | ВО | Корреспондент                                          | Дебет      | Кредит     |
| 1846   | 01 | АО «Волжский трубный комбинат», ИНН 5208844725         |            | 425 300,00 |
|        |    | сч. 40702810516987168976, БИК 042202715                |            |            |
|        |    | Оплата по счету № КВ-000412 от 12.03.2026 за периоди-  |            |            |
|        |    | ческий медицинский осмотр работников. НДС не облаг.    |            |            |
| 212    | 01 | АО «ФармОпт-Волга», ИНН 5202705860                     |  81 424,00 |            |
|        |    | сч. 40702810310839490668, БИК 042202715                |            |            |
|        |    | Оплата по УПД № ФО-2603/0458 от 10.03.2026,            |            |            |
|        |    | в т.ч. НДС 9 824,00                                    |            |            |
| 4417   | 01 | Возмещение по операциям эквайринга за 15.03.2026       |            |  63 418,50 |
|        |    | (терминалы регистратуры), комиссия банка удержана      |            |            |
| 58831  | 17 | Комиссия за ведение счета за март 2026 г.              |     290,00 |            |

Обороты за день:                                              81 714,00     488 718,50
Исходящий остаток:                                                        1 691 510,67

Выписка сформирована 17.03.2026 в 06:00 (МСК). Операционист: Ляпина Е. Г.
""",
        expected={
            "number": "53",
            "date": "2026-03-16",
            "currency": "RUB",
            "parties.account_holder.inn": "5208797306",
            "parties.account_holder.kpp": "520801001",
            "parties.account_holder.bik": "042202715",
            "parties.account_holder.account": "40702810053645568151",
        },
    ),
]

_RECEIPTS = [
    # A phone photo of a pharmacy's cash register receipt: medicines at VAT 10% with
    # look-alike letters, O for 0 and б for 6. The register's own numbers (ФН, ФД, ФП)
    # are not the receipt number.
    HoldoutDocument(
        id="ae-ru-receipt-pharmacy-photo",
        document_type="receipt",
        language="ru",
        text="""\
   OOO «Aптeкa «Здopoвьe+»
Aптeкa № 4, г. Hижний Hoвгopoд, ул. Бoльшaя Пoкpoвcкaя, д. 58
           ИHH 52O б188475
KACCOBЫЙ ЧEK № 87          CMEHA № 214
ПPИXOД
1 Ибупpoфeн тaб. 2OO мг №5O   1 x 18б,4O      =18б,4O
  HДC 1O%
2 Aмoкcициллин кaпc. 5OO мг №1б  1 x 312,OO  =312,OO
  HДC 1O%
3 Бинт cтepильный 7 м x 14 cм   2 x 58,OO    =11б,OO
  HДC 1O%
4 Tepмoмeтp элeктpoнный        1 x 872,OO    =872,OO
  HДC 1O%
ИTOГ                               =1 48б,4O ₽
БEЗHAЛИЧHЫMИ                       =1 48б,4O
CУMMA HДC 1O%                        =135,13
CHO: OCH          14.O3.2O2б 18:42
PH KKT OOO7482913O52847   ФH 738O44O8OO527164
ФД 51873   ФП 284193765O
""",
        expected={
            "number": "87",
            "date": "2026-03-14",
            "total": "1486.40",
            "currency": "RUB",
            "parties.seller.inn": "5206188475",
        },
        noisy=True,
    ),
    # A notary's receipt for the state tariff and the fee for legal and technical work.
    # A notary pays no VAT and has a 12-digit INN and no KPP.
    HoldoutDocument(
        id="ae-ru-receipt-notary",
        document_type="receipt",
        language="ru",
        text="""\
Нотариус Нижегородского нотариального округа Нижегородской области
Ершова Марина Викторовна
603000, г. Нижний Новгород, ул. Большая Покровская, д. 24, офис 3, тел. (831) 433-90-17
ИНН 520858176208

                                  КВИТАНЦИЯ № 147
         о получении нотариального тарифа и платы за услуги правового и
                               технического характера

Дата: 20 марта 2026 г.
Принято от: Гусева Павла Андреевича
Зарегистрировано в реестре: № 52/118-н/52-2026-3-412, № 52/118-н/52-2026-3-413

| № | Нотариальное действие                                   | Тариф, руб. | УПТХ, руб. | Всего, руб. |
| 1 | Удостоверение доверенности на представление интересов  |      200,00 |   2 200,00 |    2 400,00 |
|   | в органах Росреестра                                    |             |            |             |
| 2 | Свидетельствование верности копий документов, 12 стр.  |      120,00 |   1 200,00 |    1 320,00 |

Итого получено: 3 720,00 руб. (Три тысячи семьсот двадцать рублей 00 копеек)
в том числе нотариальный тариф по ст. 333.24 НК РФ — 320,00 руб.,
плата за услуги правового и технического характера — 3 400,00 руб.
Форма оплаты: банковская карта. НДС не облагается (нотариус не является плательщиком НДС).

Нотариус ____________ М. В. Ершова                     М. П.
""",
        expected={
            "number": "147",
            "date": "2026-03-20",
            "total": "3720.00",
            "currency": "RUB",
            "parties.seller.inn": "520858176208",
            "parties.seller.kpp": None,
        },
    ),
]

_PASSPORTS = [
    # A scan of a passport's main page, copied by a hotel's front desk: upper case,
    # look-alike letters, O for 0, l for 1 and б for 6. The series and number are
    # printed twice, and the copy carries the hotel's certification date.
    HoldoutDocument(
        id="ae-ru-passport-guest-scan",
        document_type="passport",
        language="ru",
        text="""\
POCCИЙCKAЯ ФEДEPAЦИЯ
ПACПOPT BЫДAH  ГУ MBД POCCИИ ПO HИЖEГOPOДCKOЙ OБЛACTИ
ДATA BЫДAЧИ 14.O7.2Ol8     KOД ПOДPAЗДEЛEHИЯ 52O-OO9
ЛИЧHAЯ ПOДПИCЬ  ______                                 22 l8  4Oб173
ФAMИЛИЯ   ГУCEB
ИMЯ       ПABEЛ
OTЧECTBO  AHДPEEBИЧ
ПOЛ MУЖ.   ДATA POЖДEHИЯ  O3.11.1987
MECTO POЖДEHИЯ  ГOP. ДЗEPЖИHCK ГOPЬKOBCKOЙ OБЛ.
                                                       22 l8  4Oб173
KOПИЯ BEPHA  AДMИHИCTPATOP ГOCTИHИЦЫ «БEPEГOBAЯ»  l7.O3.2O2б
""",
        expected={
            "number": "2218 406173",
            "date": "2018-07-14",
            "total": None,
        },
        noisy=True,
    ),
]

_POWERS_OF_ATTORNEY = [
    # A company's power of attorney for the real estate agency that looks for its
    # premises. The agency is the attorney, and the validity date is not the date.
    HoldoutDocument(
        id="ae-ru-power-of-attorney-realty-agency",
        document_type="power_of_attorney",
        language="ru",
        text="""\
                                     ДОВЕРЕННОСТЬ № 12-Д

г. Челябинск                                                         «03» марта 2026 г.

Общество с ограниченной ответственностью «Уралтехснаб» (ИНН 7401744320, КПП 740101001,
ОГРН 1127468855766, адрес: 454080, г. Челябинск, пр. Ленина, д. 76), в лице директора
Савельева Михаила Игоревича, действующего на основании Устава, настоящей доверенностью
уполномочивает

Общество с ограниченной ответственностью «Агентство недвижимости «Квадратный метр»
(ИНН 7403215717, КПП 740301001, ОГРН 1047464941578, адрес: 454091, г. Челябинск,
ул. Кирова, д. 110, оф. 404), в лице директора Герасимовой Ольги Васильевны,

от имени Общества:
- вести переговоры с собственниками нежилых помещений и их представителями;
- запрашивать и получать выписки из ЕГРН и техническую документацию на помещения;
- подписывать акты осмотра помещений и протоколы согласования условий аренды;
- подписывать акт приема-передачи помещения по договору аренды, заключаемому в рамках
  агентского договора № АН-2026/019 от 02.02.2026.

Доверенность выдана без права передоверия и действительна по 30 апреля 2026 г.

Директор ООО «Уралтехснаб»          ____________ М. И. Савельев
                                    М. П.
""",
        expected={
            "number": "12-Д",
            "date": "2026-03-03",
            "total": None,
            "parties.principal.inn": "7401744320",
            "parties.principal.kpp": "740101001",
            "parties.attorney.inn": "7403215717",
            "parties.attorney.kpp": "740301001",
        },
    ),
]

_LETTERS = [
    # A management company's letter to a tenant on raising the service charge. The
    # rates are prices per square metre, not a document value.
    HoldoutDocument(
        id="ae-ru-letter-service-charge-indexation",
        document_type="letter",
        language="ru",
        text="""\
ООО «УК «Северный квартал»
197022, г. Санкт-Петербург, Аптекарский пр., д. 6, лит. А, пом. 12-Н
ИНН 7802984168, КПП 780201001, тел. (812) 407-18-22, office@sev-kvartal.example

Исх. № 214/УК от 6 апреля 2026 г.                   Генеральному директору
На № 88 от 20.03.2026                               ООО «Балтийская логистическая группа»
                                                    Тимофееву К. Р.

Об изменении ставки эксплуатационных расходов

Уважаемый Константин Романович!

В соответствии с п. 4.5 договора аренды нежилого помещения № 3Н/2025-14 от 10.11.2025
сообщаем, что с 1 мая 2026 г. ставка эксплуатационных расходов изменяется со 180,00 до
195,00 руб. за 1 кв. м в месяц, в том числе НДС 22%. Изменение связано с ростом тарифов
на вывоз отходов и с новым договором на обслуживание лифтов. Расчет ставки прилагаем.

Постоянная часть арендной платы (1 450,00 руб. за 1 кв. м) в 2026 г. не меняется.
Счета за май 2026 г. будут выставлены по новой ставке.

Отвечая на Ваше письмо, подтверждаем: показания счетчика электроэнергии по помещению 3-Н
снимаются нашим инженером 25-го числа каждого месяца в присутствии Вашего представителя.

Приложение: расчет ставки эксплуатационных расходов на 2 л. в 1 экз.

Генеральный директор                              ____________ А. Л. Веденеев

Исп. Кравец Ю. С., тел. (812) 407-18-25
""",
        expected={
            "number": "214/УК",
            "date": "2026-04-06",
            "total": None,
        },
    ),
]

_OTHER = [
    # A clinic's certificate of paid medical services for a tax deduction (КНД
    # 1151156). The taxpayer's INN and the amount are printed, but the form has no
    # parties or total in the scored sense.
    HoldoutDocument(
        id="ae-ru-other-medical-tax-certificate",
        document_type="other",
        language="ru",
        text="""\
                                                                        Форма по КНД 1151156
             СПРАВКА ОБ ОПЛАТЕ МЕДИЦИНСКИХ УСЛУГ
             ДЛЯ ПРЕДСТАВЛЕНИЯ В НАЛОГОВЫЙ ОРГАН

Номер справки: 000127            Номер корректировки: 0            Отчетный год: 2025

Медицинская организация: ООО «Клиника «Вита Плюс»
ИНН 5208797306    КПП 520801001

Данные о налогоплательщике:
Фамилия, имя, отчество: Коврова Наталья Игоревна
ИНН 520233735269
Дата рождения: 11.05.1984    Документ: паспорт гражданина Российской Федерации 2209 581734

Пациент является налогоплательщиком: 1 (да)

Сумма расходов на оказанные медицинские услуги:
  по коду услуги 1 — 38 400 руб. 00 коп.
  по коду услуги 2 — 0 руб. 00 коп.

Дата выдачи справки: 20.03.2026

Главный врач ____________ Е. А. Соболева                  М. П.
Справка составлена на 1 странице.
""",
        expected={
            "number": "000127",
            "date": "2026-03-20",
            "total": None,
        },
    ),
    # A training centre's certificate of further training. Its registration number
    # and the training period are printed beside the certificate number.
    HoldoutDocument(
        id="ae-ru-other-training-certificate",
        document_type="other",
        language="ru",
        text="""\
                  ЧАСТНОЕ УЧРЕЖДЕНИЕ ДОПОЛНИТЕЛЬНОГО ПРОФЕССИОНАЛЬНОГО ОБРАЗОВАНИЯ
                         «УЧЕБНЫЙ ЦЕНТР «ПРОФСТАНДАРТ»
               443010, г. Самара, ул. Фрунзе, д. 109, ИНН 6308469780

                                   УДОСТОВЕРЕНИЕ
                            о повышении квалификации

                                   632400018451
                          документ о квалификации

Настоящее удостоверение свидетельствует о том, что
                           Дьяченко Роман Олегович
с 02.03.2026 по 06.03.2026 прошел(а) повышение квалификации по дополнительной
профессиональной программе «Охрана труда для руководителей и специалистов организаций»
в объеме 40 часов.

Итоговая аттестация: зачет, протокол № 19 от 06.03.2026.

Регистрационный номер 1187
Город Самара
Дата выдачи 6 марта 2026 г.

Директор ____________ Т. В. Горбунова               Секретарь ____________ Л. С. Никитина
                                                    М. П.
""",
        expected={
            "number": "632400018451",
            "date": "2026-03-06",
            "total": None,
        },
    ),
]

RUSSIAN_DOCUMENTS_AE = [
    *_INVOICES,
    *_ACTS,
    *_UPDS,
    *_PAYMENT_ORDERS,
    *_CONTRACTS,
    *_WAYBILLS,
    *_PACKING_LISTS,
    *_BANK_STATEMENTS,
    *_RECEIPTS,
    *_PASSPORTS,
    *_POWERS_OF_ATTORNEY,
    *_LETTERS,
    *_OTHER,
]
