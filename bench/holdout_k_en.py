"""Set K English documents: invoices, transfers and transport papers of foreign trade.

Bilingual documents that sit in this file are labelled "en". The module docstring of
`bench.holdout_k` lists the labelling notes.
"""

from .holdout import HoldoutDocument

INVOICE_CHINA_COMMERCIAL_USD = HoldoutDocument(
    id="k-en-invoice-china-commercial-usd",
    document_type="invoice",
    language="en",
    text="""\
NINGBO HAOYU MACHINERY CO., LTD.
No. 1288 Mingzhou Road, Beilun District, Ningbo, Zhejiang, China 315800
USCI: 91330206MA2H7K3X5Q   Tel: +86 574 8618 2207

                           COMMERCIAL INVOICE

Invoice No.: HY2025-1187                       Date: Nov 18, 2025
Contract No.: HY-SI-2025/03 dated Oct 20, 2025
Buyer: SEVERNY IMPORT LLC
       27 Obrucheva str., bld. 2, room 11, 117342 Moscow, Russia
       INN 7752601811 / KPP 775201001
Port of loading: Ningbo, China          Port of discharge: Saint Petersburg, Russia
Terms of delivery: FOB Ningbo (Incoterms 2020)
Country of origin: China
Vessel: CMA CGM TAGE V.0FL5RW1MA

Item  Description                              HS code     Qty    Unit price Amount
                                                                  USD        USD
1     CNC lathe CK6150, 1500 mm, Fanuc 0i-TF    8458.11.00  2 pcs   5,200.00  10,400.00
2     Steady rest for CK6150                    8466.93.00  4 pcs     500.00   2,000.00

                                        Total FOB Ningbo:   USD 12,400.00
      SAY US DOLLARS TWELVE THOUSAND FOUR HUNDRED ONLY

Payment terms: 30% T/T in advance, 70% T/T before shipment
Advance received on Oct 28, 2025:          USD  3,720.00
Amount due:                                USD  8,680.00

Beneficiary bank: Bank of Zhejiang Coast, Ningbo Branch, SWIFT ZJCBCNBNXXX
Account No.: 8010 2200 0145 6678

NINGBO HAOYU MACHINERY CO., LTD.
Authorized signature ______________ Wang Jianguo, Sales Director
""",
    expected={
        "number": "HY2025-1187",
        "date": "2025-11-18",
        "total": "12400.00",
        "currency": "USD",
        "parties.buyer.inn": "7752601811",
        "parties.buyer.kpp": "775201001",
    },
)

INVOICE_CHINA_PROFORMA_CNY_PHOTO = HoldoutDocument(
    id="k-en-invoice-china-proforma-cny-photo",
    document_type="invoice",
    language="en",
    text="""\
GUANGZH0U LIANFENG TEXTlLE C0., LTD.
N0. 88 Huangpu Avenue East, Huangpu District, Guangzhou, China
USCl: 9l44Ol0lMA5CQ8LW2R

PR0F0RMA INV0ICE
PI No.: GL-PI-25-O388            Date: 2O25-ll-O6
Buyer: BALTIYSKIY TEKSTIL LLC
31 Portovaya str., office 2, 236OO6 Kaliningrad, Russia
INN/KPP 3996O3O82O/39O6OlOOl
Terms: CIF Kaliningrad, Incoterms 2O2O      0rigin: China

|No.| Description                 | HS code    | Qty, m  | Price, CNY | Amount, CNY |
| l | Polyester fabric l5O cm,    | 54O7.52    | l2,OOO  |  5.2O      | 62,4OO.OO   |
|   | 2lO g/m2, navy              |            |         |            |             |
| 2 | Lining fabric l5O cm, 7O g/m2| 54O7.6l   | 8,OOO   |  2.95      | 23,6OO.OO   |
Freight and insurance to Kaliningrad: included
T0TAL CIF Kaliningrad:                                     ¥86,OOO.OO
SAY CHINESE YUAN EIGHTY SIX THOUSAND 0NLY

Deposit 3O% (¥25,8OO.OO) by T/T within 7 days, balance 7O% against B/L copy.
Bank: Bank of Lingnan, Guangzhou Branch, SWIFT LNBKCNBJGZU
A/C No.: 44lO O286 33l5 OO47 2ll
Valid until 2O25-ll-2O
""",
    expected={
        "number": "GL-PI-25-0388",
        "date": "2025-11-06",
        "total": "86000.00",
        "currency": "CNY",
        "parties.buyer.inn": "3996030820",
        "parties.buyer.kpp": "390601001",
    },
    noisy=True,
)

INVOICE_GERMANY_EUR = HoldoutDocument(
    id="k-en-invoice-germany-eur-dap",
    document_type="invoice",
    language="en",
    text="""\
Kessler Antriebstechnik GmbH
Heilbronner Strasse 212, 70191 Stuttgart, Germany
USt-IdNr.: DE287654319 | Steuernummer: 99015/12345 | Amtsgericht Stuttgart HRB 741208

COMMERCIAL INVOICE / HANDELSRECHNUNG

Invoice No. / Rechnungsnr.: RE-2025-40718
Invoice date / Rechnungsdatum: 27.11.2025
Customer No.: 20417                 Your order: UTS-PO-25/318 of 06.10.2025
Delivery note: LS-2025-88214        Delivery terms: DAP Yekaterinburg (Incoterms 2020)

Bill to / Ship to:
JSC Uraltekhsnab
86 Belinskogo str., office 410
620026 Yekaterinburg, Russian Federation
INN: 6609139095      KPP: 660901001

Pos. Description                        HS code     Origin   Qty Unit price Amount
10   Helical gear motor KA-47 DRN90L4   8501 52 30  DE       4   € 3.500,00 € 14.000,00
20   Frequency inverter MDX-B 2,2 kW    8504 40 84  DE       4   € 1.180,00 €  4.720,00

                                     Net value of goods:                € 18.720,00
                                     Packing (wooden crate):            €    260,00
                                     Freight Stuttgart - Yekaterinburg: €  1.850,00
                                     VAT 0% (tax-exempt export delivery,
                                     § 4 No. 1a UStG):                  €      0,00
                                     Invoice total:                     € 20.830,00

Payment: 100% within 30 days of invoice date, without deduction.
Please pay to: Sparkasse Neckartal, IBAN: DE54600700800412387650, BIC NKSPDESSXXX
Gross weight 312 kg, net weight 268 kg, 1 crate.
We hereby certify that the goods are of German origin.

Kessler Antriebstechnik GmbH - Managing Director: Dr. Frank Kessler
""",
    expected={
        "number": "RE-2025-40718",
        "date": "2025-11-27",
        "total": "20830.00",
        "currency": "EUR",
        "parties.buyer.inn": "6609139095",
        "parties.buyer.kpp": "660901001",
    },
)

INVOICE_TURKEY_TRY_SCAN = HoldoutDocument(
    id="k-en-invoice-turkey-try-scan",
    document_type="invoice",
    language="en",
    text="""\
AKDENIZ KURU GIDA IHRACAT LTD. STI.
Mersin Serbest Bolgesi, 2. Cadde No:l4, 33O2O Akdeniz / Mersin, TURKIYE
Vergi Dairesi: Uray   Vergi No: O68O4l2397   Mersis No: O68O4l2397OOOOl2

C0MMERCIAL INV0ICE / TICARI FATURA
Invoice No: AKD2O25OOO914                Date: O9.l2.2O25
Contract: AKD-KFI/25-ll dd. 2l.ll.2O25
Consignee: KAZANSKIY PISHCHEVOY IMP0RT LLC
Tatarstan, 42OlO7 Kazan, Spartakovskaya str. 2, off. 3l5, Russia
INN: l678657973   KPP: l678OlOOl
Delivery: CPT Kazan (Incoterms 2O2O)  Country of origin: Turkiye

| Description              | GTIP / HS   | Net kg  | Unit TRY | Amount TRY      |
| Dried apricots, No.3,    | O8l3.lO     | l2 OOO  |   78,5O  |   942.OOO,OO    |
| jumbo, sulphured         |             |         |          |                 |
| Hazelnut kernels, natural | O8O2.22    |  3 OOO  |  ll4,2O  |   342.6OO,OO    |
Sub total                                                  TRY l.284.6OO,OO
Freight Mersin - Kazan (truck)                             TRY    38.5OO,OO
Grand total                                                TRY l.323.lOO,OO
Paid in advance (l4.ll.2O25)                               TRY   4OO.OOO,OO
Balance to pay                                             TRY   923.lOO,OO

Bank: Akdeniz Katilim Bankasi, Mersin Branch, SWIFT AKKBTRISXXX
IBAN: TR23 OOl2 3OOO OOOO O456 7l89 OO (TRY)
Total gross weight: l5 82O kg, 98O cartons
""",
    expected={
        "number": "AKD2025000914",
        "date": "2025-12-09",
        "total": "1323100.00",
        "currency": "TRY",
        "parties.buyer.inn": "1678657973",
        "parties.buyer.kpp": "167801001",
    },
    noisy=True,
)

INVOICE_UAE_AED = HoldoutDocument(
    id="k-en-invoice-uae-aed-tax-invoice",
    document_type="invoice",
    language="en",
    text="""\
DESERT FALCON GENERAL TRADING LLC
Office 1407, Al Moosa Tower 2, Sheikh Zayed Road, Dubai, U.A.E.
TRN: 100234567800003     Trade Licence No. 874215

                               TAX INVOICE

Invoice No: DF/INV/2025/1432                     Invoice Date: 04-Dec-2025
Customer PO: PS-2025-117                         Due Date: 03-Jan-2026

Customer:  PODMOSKOVNYE STANKI LLC
           6A Kalinina str., Korolev, Moscow Region, 141070, Russia
           INN 5018190930, KPP 501801001
Delivery:  CIP Moscow Sheremetyevo (Incoterms 2020), air freight

S.No  Description                          HS Code      Origin Qty Unit Price Amount AED
1     Spindle bearing 7014 C/P4 DBB        8482.10.90   Japan  16  2,180.00   34,880.00
2     Ball screw 4010, L=1200 mm           8483.40.90   Taiwan  6  2,950.00   17,700.00
3     Linear guide block HGH25CA           8482.99.00   Taiwan 20    283.00    5,660.00

                                              Subtotal:          AED 58,240.00
                                              VAT 0% (export):   AED      0.00
                                              Air freight:       AED  3,150.00
                                              Insurance:         AED    410.00
                                              Grand total:       AED 61,800.00
                                              Advance received:  AED 20,000.00
                                              Amount due:        AED 41,800.00

Amount in words: UAE Dirhams Sixty One Thousand Eight Hundred Only.
Bank: Emirates Gulf Commercial Bank, Deira Branch, SWIFT EGCBAEADXXX
IBAN: AE250331024587310004567 (AED)

For Desert Falcon General Trading LLC ______________ Authorised Signatory
""",
    expected={
        "number": "DF/INV/2025/1432",
        "date": "2025-12-04",
        "total": "61800.00",
        "currency": "AED",
        "parties.buyer.inn": "5018190930",
        "parties.buyer.kpp": "501801001",
    },
)

INVOICE_INDIA_CIF_USD = HoldoutDocument(
    id="k-en-invoice-india-cif-usd",
    document_type="invoice",
    language="en",
    text="""\
SHREEJI PHARMACHEM EXPORTS PVT. LTD.
Plot 214, GIDC Phase II, Vatva, Ahmedabad 382445, Gujarat, India
GSTIN: 24AAJCS4821K1Z7   IEC: 0815012345   PAN: AAJCS4821K

                         EXPORT INVOICE
               (Supply meant for export under LUT without payment of IGST)

Invoice No.: SPE/EXP/2025-26/0211          Date: 12.12.2025
Buyer's Order No.: MHS-IMP-25/044 dated 30.10.2025
Buyer: MEDKHIMSINTEZ LLC
       Promyshlennaya str. 9, Dzerzhinsky, Moscow Region 140091, Russia
       INN 5085234702   KPP 508501001
Pre-carriage: Road    Port of loading: Nhava Sheva    Port of discharge: Novorossiysk
Terms of delivery: CIF Novorossiysk (Incoterms 2020)
Country of origin of goods: India

Marks & Nos  Description of goods        HS code     Qty, kg  Rate USD/kg  Amount USD
MHS/01-80    Paracetamol IP/BP,          2924 29 30    2 000         8.45   16 900.00
             fine powder
MHS/81-120   Metformin hydrochloride BP  2925 29 90    1 000         9.80    9 800.00

                                             Total FOB value:          USD 26 700.00
                                             Ocean freight:            USD    985.00
                                             Insurance:                USD    161.50
                                             Total CIF value:          USD 27 846.50
                                             Amount due:               USD 27 846.50
Amount chargeable (in words): US Dollars Twenty Seven Thousand Eight Hundred Forty
Six and Fifty Cents Only.
INR equivalent for customs at 88.15: INR 24,54,669.00

Payment: 100% by T/T within 60 days from B/L date.
Declaration: We declare that this invoice shows the actual price of the goods
described and that all particulars are true and correct.
For Shreeji Pharmachem Exports Pvt. Ltd. ______________ Authorised Signatory
""",
    expected={
        "number": "SPE/EXP/2025-26/0211",
        "date": "2025-12-12",
        "total": "27846.50",
        "currency": "USD",
        "parties.buyer.inn": "5085234702",
        "parties.buyer.kpp": "508501001",
    },
)

ACT_FORWARDING_TRANSLATION = HoldoutDocument(
    id="k-en-act-forwarding-services-translation",
    document_type="act",
    language="en",
    text="""\
Translation from Russian

                 CERTIFICATE OF SERVICES RENDERED (ACT) No. 1204
                          dated December 12, 2025

Contractor: Volga-Cargo Expedition LLC
            10/16 Alekseevskaya str., office 412, Nizhny Novgorod 603005
            TIN (INN) 5266131868, KPP 526601001
Customer:   Severny Import LLC
            27 Obrucheva str., bld. 2, room 11, Moscow 117342
            TIN (INN) 7752601811, KPP 775201001
Basis:      Freight forwarding agreement No. TE-21/25 of 14.07.2025,
            forwarding instruction No. 57 of 03.11.2025
Cargo:      CNC lathes, 2 units, invoice HY2025-1187, container TCNU 4418270 (40'HC)

No.  Service                                                VAT rate  Amount, RUB
1    Sea freight Ningbo - Saint Petersburg (FIO), under        0%     264,000.00
     subparagraph 2.1 of paragraph 1 of Article 164 of the
     Tax Code of the Russian Federation
2    Port forwarding, customs inspection assistance            20%     40,200.00
     and delivery to the warehouse in Moscow
                                          Total:                      304,200.00
                                          including VAT (20%):          6,700.00

Total services rendered: 2, for the amount of RUB 304,200.00 (three hundred four
thousand two hundred roubles 00 kopecks). The services have been rendered in full and
on time. The Customer has no claims regarding the scope, quality or timing.

Contractor: General Director ________ D. I. Belousov
Customer:   General Director ________ I. V. Denisov

The translation from Russian into English was made by translator N. S. Orlova.
""",
    expected={
        "number": "1204",
        "date": "2025-12-12",
        "total": "304200.00",
        "currency": "RUB",
        "parties.seller.inn": "5266131868",
        "parties.seller.kpp": "526601001",
        "parties.buyer.inn": "7752601811",
        "parties.buyer.kpp": "775201001",
    },
)

ACT_BROKERAGE_BILINGUAL_SCAN = HoldoutDocument(
    id="k-en-act-customs-brokerage-bilingual-scan",
    document_type="act",
    language="en",
    text="""\
AKT Ne 533 oт l7.l2.2O25 oб oкaзaнии ycлyг
ACT No. 533 dated l7.l2.2O25 on services rendered
Исполнитель / Contractor: OOO «ТрансЛогистик Брокер» / TransLogistic Broker LLC
ИHH/KПП / INN/KPP 7859O83Ol6/7859OlOOl
Заказчик / Customer: OOO «Балтийский Текстиль» / Baltiyskiy Tekstil LLC
ИHH/KПП / INN/KPP 3996O3O82O/39O6OlOOl
Договор / Agreement: ТП-l42/25 от / of O4.O9.2O25

| Ne | Услуга / Service                       | Кол. / Qty | Сумма, руб. / Amount, RUB|
| l  | Таможенное декларирование, ДТ          | l          | 9 OOO,OO                 |
|    | l22l6O5O/l5l225/3O4478l                 |            |                          |
|    | Customs declaration, DT                |            |                          |
|    | l22l6O5O/l5l225/3O4478l                |            |                          |
| 2  | Доб. листы ДТ / Additional sheets      | 5          | 2 5OO,OO                 |
| 3  | Сертификация / Certification support    | l          | 3 OOO,OO                 |
Итого / Total: l4 5OO,OO
в т.ч. НДС 2O% / incl. VAT 2O%: 2 4l6,67
Всего на сумму / Total amount: l4 5OO,OO руб. / RUB
Заказчик претензий не имеет. / The Customer has no claims.
Исполнитель / Contractor ______ Корнилов А. С.
Заказчик / Customer ______ Андреева М. С.
""",
    expected={
        "number": "533",
        "date": "2025-12-17",
        "total": "14500.00",
        "currency": "RUB",
        "parties.seller.inn": "7859083016",
        "parties.seller.kpp": "785901001",
        "parties.buyer.inn": "3996030820",
        "parties.buyer.kpp": "390601001",
    },
    noisy=True,
)

ACT_KAZAKH_RAIL_LOGISTICS = HoldoutDocument(
    id="k-en-act-kazakh-rail-logistics-kzt",
    document_type="act",
    language="en",
    text="""\
TOBOL RAIL LOGISTIC LLP
45 Baimagambetov str., Kostanay 110000, Republic of Kazakhstan
BIN 170840023319
IBAN KZ08965A000017733190 (KZT), Steppe Trade Bank JSC, BIC STTBKZKA

                         ACT OF SERVICES RENDERED No. 77
                              Kostanay, 28.11.2025

Customer: SIBAGROIMPORT LLC, 5 Frunze str., office 1201, Novosibirsk 630099, Russia
          Taxpayer ID (INN): 5482199356
          Tax registration reason code (KPP): 548201001
Agreement: rail forwarding agreement No. TRL-SAI/2025-03 of 02.06.2025

No.  Service                                             Wagons Rate, KZT   Amount, KZT
1    Rail tariff on the territory of Kazakhstan,           4    318,500.00 1,274,000.00
     Kostanay - Presnogorkovskaya (border), lentils
2    Provision of covered wagons (own fleet), 9 days       4    126,000.00   504,000.00
3    Forwarding, SMGS waybill processing                   4     17,000.00    68,000.00

                                            Total:                      KZT 1,846,000.00
                                            VAT 0% (international transport):    0.00
                                            Total amount of the act:    KZT 1,846,000.00

The services were rendered in full. Wagons 61730218, 61730432, 61731190, 61731265.

Contractor: Director ________ S. T. Abenov     Customer: Director ________ V. G. Tarasov
""",
    expected={
        "number": "77",
        "date": "2025-11-28",
        "total": "1846000.00",
        "currency": "KZT",
        "parties.buyer.inn": "5482199356",
        "parties.buyer.kpp": "548201001",
    },
)

UPD_TRANSLATED_IMPORTED_FABRIC_SCAN = HoldoutDocument(
    id="k-en-upd-translated-imported-fabric-scan",
    document_type="upd",
    language="en",
    text="""\
UNIVERSAL TRANSFER D0CUMENT (UPD)      Status: l      (translation)
Invoice No. BT-O882 dated l9.l2.2O25 (l)     Correction No. -- dated -- (la)
Seller: Baltiyskiy Tekstil LLC (2)
Address: 3l Portovaya str., office 2, Kaliningrad 236OO6 (2a)
Seller's INN/KPP: 3996O3O82O/39O6OlOOl (2b)
Shipper and its address: same (3)
Consignee and its address: Yantar Sewing Factory LLC, l7 Ozernaya str., Kaliningrad (4)
To payment document No. 6l4 dated l7.l2.2O25 (5)
Buyer: Yantar Sewing Factory LLC (6)
Address: l7 Ozernaya str., Kaliningrad 2364l6 (6a)
Buyer's INN/KPP: 39397Oll72/3939OlOOl (6b)
Currency: Russian rouble, 643 (7)

|No|Goods        |Unit|Qty  |Price  |Cost excl.  |VAT |VAT amount|Cost incl.  |
|  |             |    |     |       |VAT         |rate|          |VAT         |
|  |Country of origin   |Customs declaration No.  |                             |
|l |Polyester    |m   |3 OOO|4lO.OO |l 23O OOO.OO|2O% |246 OOO.OO|l 476 OOO.OO|
|  |fabric l5O cm|    |     |       |            |    |          |            |
|  |l56 China           |lOOl2O2O/24ll25/3O8734l  |                             |
|2 |Lining fabric|m   |2 OOO|l3O.OO |26O OOO.OO  |2O% | 52 OOO.OO|  3l2 OOO.OO|
|  |l56 China           |lOOl2O2O/24ll25/3O8734l  |                             |
Total payable (9)               l 49O OOO.OO      298 OOO.OO   l 788 OOO.OO

Head of organisation ____ Andreeva M. S.      Chief accountant ____ Prokhorova E. L.
Basis of transfer: supply agreement No. l9/25 dated Ol.O7.2O25
Date of shipment: l9.l2.2O25        Date of receipt: l9.l2.2O25
""",
    expected={
        "number": "BT-0882",
        "date": "2025-12-19",
        "total": "1788000.00",
        "currency": "RUB",
        "parties.seller.inn": "3996030820",
        "parties.seller.kpp": "390601001",
        "parties.buyer.inn": "3939701172",
        "parties.buyer.kpp": "393901001",
    },
    noisy=True,
)

UPD_FORWARDER_BILINGUAL_STATUS_2 = HoldoutDocument(
    id="k-en-upd-forwarder-bilingual-status-2",
    document_type="upd",
    language="en",
    text="""\
Универсальный передаточный документ / Universal Transfer Document
Статус / Status: 2

Счет-фактура № ВК-1251 от 22.12.2025 / Invoice No. ВК-1251 dated 22.12.2025
Продавец / Seller: ООО «Волга-Карго Экспедиция» / Volga-Cargo Expedition LLC
Адрес / Address: 603005, г. Нижний Новгород, ул. Алексеевская, д. 10/16, оф. 412
ИНН/КПП продавца / Seller's INN/KPP: 5266131868/526601001
Грузоотправитель / Shipper: --
Грузополучатель / Consignee: --
Покупатель / Buyer: ООО «Казанский Пищевой Импорт» / Kazanskiy Pishchevoy Import LLC
Адрес / Address: 420107, г. Казань, ул. Спартаковская, д. 2, оф. 315
ИНН/КПП покупателя / Buyer's INN/KPP: 1678657973/167801001
Валюта / Currency: Российский рубль / Russian rouble, 643

№  Наименование / Description      Ед. / Unit    Стоимость   НДС / VAT  Всего / Total
                                                 без НДС /
                                                 Cost excl.
                                                 VAT
1  Международная автоперевозка     усл. / serv. 268 000,00   0%          268 000,00
   Мерсин - Казань, CMR TR
   2025/118734 / International
   road transport Mersin - Kazan
2  Экспедирование, таможенное      усл. / serv.  15 000,00   3 000,00     18 000,00
   сопровождение / Forwarding
   and customs escort
   Всего к оплате / Total payable               283 000,00   3 000,00    286 000,00

Основание / Basis: договор ТЭ-33/25 от 19.11.2025 / agreement TE-33/25 of 19.11.2025
Дата отгрузки / Date of shipment: 22.12.2025
Передал / Handed over ________ Белоусов Д. И.
Принял / Received ________ Сафина Г. Р.
""",
    expected={
        "number": "ВК-1251",
        "date": "2025-12-22",
        "total": "286000.00",
        "currency": "RUB",
        "parties.seller.inn": "5266131868",
        "parties.seller.kpp": "526601001",
        "parties.buyer.inn": "1678657973",
        "parties.buyer.kpp": "167801001",
    },
)

PAYMENT_ORDER_SWIFT_EUR_GERMANY = HoldoutDocument(
    id="k-en-payment-order-swift-eur-germany",
    document_type="payment_order",
    language="en",
    text="""\
To: Ural Settlement Bank LLC, Yekaterinburg
BIK 046577387, correspondent account 30101810450047439387, SWIFT URSBRU4E

        APPLICATION FOR TRANSFER IN FOREIGN CURRENCY No. 61
                       Date: 01.12.2025

Field  Contents
32A    Value date: 02.12.2025      Currency: EUR      Amount: 20,830.00
       Amount in words: twenty thousand eight hundred thirty euro 00 cents
50K    Ordering customer:
       Account 40702978320297299752
       JSC URALTEKHSNAB
       INN 6609139095, KPP 660901001
       86 Belinskogo str., office 410, Yekaterinburg 620026, Russia
57A    Beneficiary's bank: SPARKASSE NECKARTAL, STUTTGART, BIC NKSPDESSXXX
59     Beneficiary:
       IBAN: DE54600700800412387650
       KESSLER ANTRIEBSTECHNIK GMBH
       Heilbronner Strasse 212, 70191 Stuttgart, Germany
70     Remittance information:
       INVOICE RE-2025-40718 DD 27.11.2025, CONTRACT KA-UTS/2025-02
       DD 08.09.2025, GEAR MOTORS AND INVERTERS
71A    Details of charges: SHA
       Debit our commission from account 40702810357551313735

Currency operation type code: 11200
Contract registration number: 25090014/6577/0021/2/1

Authorised signatory ____________ P. R. Shestakov, Director
Chief accountant     ____________ L. N. Usoltseva
""",
    expected={
        "number": "61",
        "date": "2025-12-01",
        "total": "20830.00",
        "currency": "EUR",
        "parties.payer.inn": "6609139095",
        "parties.payer.kpp": "660901001",
        "parties.payer.bik": "046577387",
        "parties.payer.account": "40702978320297299752",
    },
)

PAYMENT_ORDER_CNY_TRANSFER = HoldoutDocument(
    id="k-en-payment-order-cny-transfer-china",
    document_type="payment_order",
    language="en",
    text="""\
JSC Primorsky Currency Bank                        Application No. 214
BIK 040507208                                      Date: December 15, 2025
Corr. account 30101810431240234208

               APPLICATION FOR A TRANSFER IN CHINESE YUAN (CNY)

Payer:                 DALVOSTOK TRADE LLC
Payer's INN:           2546281941
Payer's KPP:           254601001
Payer's CNY account:   40702156067868433532
Address:               29 Svetlanskaya str., office 504, Vladivostok 690091, Russia

Amount:                CNY 412,750.00
Amount in words:       four hundred twelve thousand seven hundred fifty yuan 00 fen
Value date:            16.12.2025

Beneficiary:           SUIFENHE JINHAI TRADING CO., LTD.
Account:               0866 0154 0090 0218 73
Beneficiary's bank:    HEILONGJIANG BORDER TRADE BANK, SUIFENHE BRANCH
SWIFT / CNAPS:         HBTBCNBHSFH / 313265000412

Purpose of payment:    Balance payment for excavator buckets and teeth under
                       contract SJT-DVT/2025-04 dd 18.04.2025, invoice
                       JH-INV-25-1206 dd 06.12.2025 for CNY 826,750.00,
                       prepayments USD 52,000.00 already made
Charges:               OUR (to be debited from account 40702810348347824504)
Currency operation code: 11100
Contract registration number: 25040018/0507/0004/2/1

Director ____________ Yu. S. Ognev
""",
    expected={
        "number": "214",
        "date": "2025-12-15",
        "total": "412750.00",
        "currency": "CNY",
        "parties.payer.inn": "2546281941",
        "parties.payer.kpp": "254601001",
        "parties.payer.bik": "040507208",
        "parties.payer.account": "40702156067868433532",
    },
)

CONTRACT_BILINGUAL_CHINA = HoldoutDocument(
    id="k-en-contract-bilingual-china-usd",
    document_type="contract",
    language="en",
    text="""\
КОНТРАКТ № HY-SI-2025/03                  CONTRACT No. HY-SI-2025/03
г. Нинбо, 20 октября 2025 г.              Ningbo, October 20, 2025

Компания Ningbo Haoyu Machinery Co.,      Ningbo Haoyu Machinery Co., Ltd., China,
Ltd., Китай, именуемая «Продавец», и      hereinafter the "Seller", and Severny
ООО «Северный Импорт», Россия,            Import LLC, Russia, hereinafter the
именуемое «Покупатель», заключили         "Buyer", have concluded this Contract
настоящий Контракт о нижеследующем.       as follows.

1. Продавец поставляет токарные станки    1. The Seller shall deliver CNC lathes
с ЧПУ и принадлежности к ним (ТН ВЭД      and accessories (HS 8458, 8466) in the
8458, 8466) в количестве и по ценам       quantities and at the prices stated in
спецификаций к Контракту.                 the specifications to the Contract.
2. Условия поставки: FOB Нинбо            2. Terms of delivery: FOB Ningbo
(Инкотермс 2020). Страна происхождения    (Incoterms 2020). Country of origin:
товара: Китай.                            China.
3. Общая сумма Контракта: 148 800,00      3. Total amount of the Contract:
долларов США. Цена партии по              USD 148,800.00. The price of each lot is
спецификации № 1 - USD 12 400,00.         fixed by its specification. Lot 1 under
                                          Specification No. 1: USD 12,400.00.
4. Оплата: 30% предоплата по каждой       4. Payment: 30% advance for each lot,
партии, 70% до отгрузки, банковским       70% before shipment, by bank transfer
переводом в долларах США.                 in US dollars.
5. Срок действия: до 31.12.2026.          5. Validity: until 31.12.2026.
6. Контракт составлен на русском и        6. The Contract is made in Russian and
английском языках. При расхождении        English. In case of discrepancy the
преимущество имеет английский текст.      English text shall prevail.

РЕКВИЗИТЫ СТОРОН                          REQUISITES OF THE PARTIES
Продавец:                                 Seller:
Ningbo Haoyu Machinery Co., Ltd.          Ningbo Haoyu Machinery Co., Ltd.
No. 1288 Mingzhou Road, Beilun,           No. 1288 Mingzhou Road, Beilun,
Нинбо, Китай                              Ningbo, China
USCI 91330206MA2H7K3X5Q                   USCI 91330206MA2H7K3X5Q
Bank of Zhejiang Coast, Ningbo Branch     Bank of Zhejiang Coast, Ningbo Branch
SWIFT ZJCBCNBNXXX                         SWIFT ZJCBCNBNXXX
Счет 8010 2200 0145 6678                  Account 8010 2200 0145 6678

Покупатель:                               Buyer:
ООО «Северный Импорт»                     Severny Import LLC
117342, г. Москва, ул. Обручева,          27 Obrucheva str., bld. 2, room 11,
д. 27, стр. 2, пом. 11                    Moscow 117342, Russia
ИНН 7752601811                            INN 7752601811
КПП 775201001                             KPP 775201001
Счет в USD 40702840307529170342           USD account 40702840307529170342
АО «Банк Меридиан», г. Москва             JSC Bank Meridian, Moscow
БИК 044525189                             BIK 044525189
к/с 30101810955597971189                  corr. account 30101810955597971189
SWIFT BMRDRUMM                            SWIFT BMRDRUMM

Продавец / Seller: ________ Wang Jianguo   Покупатель / Buyer: ________ I. V. Denisov
""",
    expected={
        "number": "HY-SI-2025/03",
        "date": "2025-10-20",
        "total": "148800.00",
        "currency": "USD",
        "parties.buyer.inn": "7752601811",
        "parties.buyer.kpp": "775201001",
        "parties.buyer.bik": "044525189",
        "parties.buyer.account": "40702840307529170342",
    },
)

WAYBILL_CMR_GERMANY = HoldoutDocument(
    id="k-en-waybill-cmr-germany",
    document_type="waybill",
    language="en",
    text="""\
INTERNATIONAL CONSIGNMENT NOTE    CMR    No. 0287441
This carriage is subject, notwithstanding any clause to the contrary, to the
Convention on the Contract for the International Carriage of Goods by Road (CMR).

1  Sender (name, address, country)
   Rheinfeld Filtertechnik GmbH, Industriestrasse 47, 50829 Koeln, Germany
   VAT No. DE318402756
2  Consignee (name, address, country)
   Podmoskovnye Stanki LLC, 6A Kalinina str., Korolev, Moscow Region 141070, Russia
   INN 5018190930 / KPP 501801001
3  Place of delivery of the goods: Korolev, Moscow Region, Russia
4  Place and date of taking over the goods: Koeln, Germany, 21.11.2025
5  Documents attached: invoice RF-25-11963 of 20.11.2025, packing list,
   EX-1 export declaration 25DE443100184720E1
6  Marks and Nos   7 Number of packages   8 Method of packing   9 Nature of the goods
   PS-117/1-6      6                      pallets               coolant filtration units
10 Statistical number: 8421 29 00       11 Gross weight: 2 860 kg    12 Volume: 14.4 m3
13 Sender's instructions: cargo to be delivered to the customs post Shchelkovsky
16 Carrier: Transevroavto LLC, 14 Avtozavodskaya str., Moscow 115280, Russia
   INN 7760865039, KPP 776001001
   truck A 418 KM 750, trailer AU 3972 50
17 Successive carriers: --
21 Established in Koeln on 21.11.2025
22 Signature and stamp of the sender   23 Signature and stamp of the carrier
24 Goods received: Korolev, 02.12.2025, signature and stamp of the consignee
""",
    expected={
        "number": "0287441",
        "date": "2025-11-21",
        "currency": None,
        "parties.consignee.inn": "5018190930",
        "parties.consignee.kpp": "501801001",
        "parties.carrier.inn": "7760865039",
        "parties.carrier.kpp": "776001001",
    },
)

PACKING_LIST_INDIA_SCAN = HoldoutDocument(
    id="k-en-packing-list-india-scan",
    document_type="packing_list",
    language="en",
    text="""\
SHREEJl PHARMACHEM EXP0RTS PVT. LTD.
Plot 2l4, GIDC Phase II, Vatva, Ahmedabad 382445, India
PACKlNG LlST
Packing List No.: SPE/PL/2O25-26/O2ll          Date: l2.l2.2O25
Invoice No.: SPE/EXP/2O25-26/O2ll dt. l2.l2.2O25
Consignee: MEDKHlMSlNTEZ LLC, Promyshlennaya str. 9, Dzerzhinsky,
Moscow Region l4OO9l, Russia
lNN 5O85234702   KPP 5O85OlOOl
Container: TGHU 5l7O2l8 (2O' GP)    Seal: SPE 884l2
| Marks & Nos | Description                   | Drums | Net wt, kg | Gross wt, kg |
| MHS/Ol-8O   | Paracetamol lP/BP, 25 kg drum | 8O    | 2 OOO,O    | 2 2l6,O      |
| MHS/8l-l2O  | Metformin HCl BP, 25 kg drum  | 4O    | l OOO,O    | l lO8,O      |
| T0TAL       |                               | l2O   | 3 OOO,O    | 3 324,O      |
Total packages: l2O fibre drums on l2 pallets
Batch Nos: PCM25l2Ol-O6, MTF25lll8-l9
For Shreeji Pharmachem Exports Pvt. Ltd. ________ Authorised Signatory
""",
    expected={
        "number": "SPE/PL/2025-26/0211",
        "date": "2025-12-12",
        "total": None,
        "currency": None,
        "parties.consignee.inn": "5085234702",
        "parties.consignee.kpp": "508501001",
    },
    noisy=True,
)

BANK_STATEMENT_CNY_SCAN = HoldoutDocument(
    id="k-en-bank-statement-cny-account-scan",
    document_type="bank_statement",
    language="en",
    text="""\
JSC PRlMORSKY CURRENCY BANK, Vladivostok    BIK O4O5O72O8
Corr. account 3OlOl8lO43l24O234208
ACCOUNT STATEMENT No. 88
Statement date: l6.l2.2O25        Period: l5.l2.2O25 - l5.l2.2O25
Account holder: DALVOSTOK TRADE LLC   INN 254628l94l   KPP 2546OlOOl
Account: 4O7O2l56O67868433532   Currency: CNY (l56)
Opening balance                                          CNY   4l8,O26.4O
|Date      |Doc No.|Counterparty / details                    | Debit      | Credit    |
|l5.l2.2O25|2l4    |SUIFENHE JINHAI TRADING CO., LTD.         |4l2,75O.OO  |           |
|          |       |Balance payment, contract SJT-DVT/2O25-O4 |            |           |
|l5.l2.2O25|2l4    |Bank commission for transfer (OUR)        |            |           |
|          |       |debited from RUB account                  |            |           |
|l5.l2.2O25|9O3    |Purchase of CNY, own RUB account          |            |2OO,OOO.OO |
|          |       |4O7O28lO348347824504                      |            |           |
Turnover                                                 4l2,75O.OO    2OO,OOO.OO
Closing balance                                          CNY   2O5,276.4O
Printed l6.l2.2O25 O8:O5
""",
    expected={
        "number": "88",
        "date": "2025-12-16",
        "currency": "CNY",
        "parties.account_holder.inn": "2546281941",
        "parties.account_holder.kpp": "254601001",
        "parties.account_holder.bik": "040507208",
        "parties.account_holder.account": "40702156067868433532",
    },
    noisy=True,
)

POWER_OF_ATTORNEY_DECLARANT = HoldoutDocument(
    id="k-en-power-of-attorney-customs-declarant",
    document_type="power_of_attorney",
    language="en",
    text="""\
                         POWER OF ATTORNEY No. 27-D

Kaliningrad                                                     December 1, 2025

Baltiyskiy Tekstil LLC (OGRN 1183926679298, INN 3996030820, KPP 390601001),
31 Portovaya str., office 2, Kaliningrad 236006, Russia, represented by General
Director Marina Sergeevna Andreeva, acting under the Charter, hereby authorises

Olga Viktorovna Lebedeva, born 07.09.1985, passport 45 19 603111 issued by the Main
Directorate of the Ministry of Internal Affairs of Russia for Moscow on 21.04.2019,
INN 778757491149, customs declaration specialist of TransLogistic Broker LLC,

to represent the Company before the customs authorities of the Russian Federation in
respect of goods imported under contract GL-BT/2025-02 dated 12.05.2025 with
Guangzhou Lianfeng Textile Co., Ltd. (China): to sign and file customs declarations,
adjustment forms and explanations, to receive documents and notifications, to attend
customs inspections and to sign inspection reports.

This power of attorney is issued without the right of delegation and is valid until
December 31, 2026.

General Director ____________ M. S. Andreeva
Signature of the attorney ____________ O. V. Lebedeva certified
""",
    expected={
        "number": "27-D",
        "date": "2025-12-01",
        "total": None,
        "currency": None,
        "parties.principal.inn": "3996030820",
        "parties.principal.kpp": "390601001",
        "parties.attorney.inn": "778757491149",
    },
)

LETTER_SUPPLIER_BANK_DETAILS = HoldoutDocument(
    id="k-en-letter-supplier-bank-details-change",
    document_type="letter",
    language="en",
    text="""\
NINGBO HAOYU MACHINERY CO., LTD.
No. 1288 Mingzhou Road, Beilun District, Ningbo, China 315800
sales@haoyu-machinery.cn

Ref.: HY/L-2025/112                                         Date: December 2, 2025

To: Severny Import LLC
Attn.: Mr. Igor Denisov, General Director
27 Obrucheva str., bld. 2, room 11, Moscow 117342, Russia

Subject: Balance payment under invoice HY2025-1187 and our bank details

Dear Mr. Denisov,

Thank you for the advance of USD 3,720.00 received on Oct 28, 2025. The two CK6150
lathes are packed and will be loaded at Ningbo on December 9, 2025.

Please transfer the balance of USD 8,680.00 under invoice HY2025-1187 dated
Nov 18, 2025 before December 8, 2025. Our account at Bank of Zhejiang Coast has
changed for payments in US dollars. Please use only the following details:

Beneficiary: Ningbo Haoyu Machinery Co., Ltd.
Bank: Bank of Zhejiang Coast, Ningbo Branch, SWIFT ZJCBCNBNXXX
Account (USD): 8010 2200 0145 9903
Intermediary bank: Silk Road Clearing Bank, Almaty, SWIFT SRCBKZKA

The previous account 8010 2200 0145 6678 remains open for payments in CNY only.
Please confirm the details by phone with our finance department before payment.

Yours faithfully,
Wang Jianguo, Sales Director
""",
    expected={
        "number": "HY/L-2025/112",
        "date": "2025-12-02",
        "total": None,
        "currency": "USD",
    },
)

RECEIPT_ISTANBUL_HOTEL_SCAN = HoldoutDocument(
    id="k-en-receipt-istanbul-hotel-try-scan",
    document_type="receipt",
    language="en",
    text="""\
B0SPHORUS GATE HOTEL
Mesrutiyet Cad. No:ll4, 344OO Beyoglu / Istanbul, Turkiye
Vergi Dairesi: Beyoglu   VKN: 18O4627395
RECEIPT / TAHSILAT MAKBUZU
Folio No: 4l8276         Date: O3.l2.2O25
Guest: Mr. Pavel SHESTAKOV     Room: 6l2
Company: JSC Uraltekhsnab, Yekaterinburg, Russia
Arrival: 29.ll.2O25   Departure: O3.l2.2O25   Nights: 4
-----------------------------------------------------
Accommodation 4 x 3.2OO,OO                TRY l2.8OO,OO
City tax 2%                               TRY    256,OO
Minibar                                   TRY    48O,OO
Laundry                                   TRY    294,OO
Meeting room (half day) 29.ll.2O25        TRY  l.O2O,OO
-----------------------------------------------------
TOTAL (VAT included)                      TRY l4.85O,OO
VAT lO% incl.                             TRY  l.35O,OO
Paid by card VISA ****4O27                TRY l4.85O,OO
Balance                                   TRY      O,OO
Thank you for staying with us!
""",
    expected={
        "number": "418276",
        "date": "2025-12-03",
        "total": "14850.00",
        "currency": "TRY",
    },
    noisy=True,
)

PASSPORT_CHINA_SUPPLIER_REPRESENTATIVE = HoldoutDocument(
    id="k-en-passport-china-supplier-representative",
    document_type="passport",
    language="en",
    text="""\
中华人民共和国
PEOPLE'S REPUBLIC OF CHINA
护照 PASSPORT

类型/Type        国家码/Country Code      护照号/Passport No.
P                CHN                      EJ4827163

姓名/Name
王建国 WANG, JIANGUO

性别/Sex    出生日期/Date of birth
男/M        14 AUG 1979

出生地点/Place of birth        签发地点/Place of issue
浙江/ZHEJIANG                  浙江/ZHEJIANG

签发日期/Date of issue         有效期至/Date of expiry
05 MAR 2021                    04 MAR 2031

签发机关/Authority
中华人民共和国国家移民管理局
National Immigration Administration, PRC

POCHNWANG<<JIANGUO<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<
EJ48271635CHN7908146M3103048NGKMLPMPNBPGA920
""",
    expected={
        "number": "EJ4827163",
        "date": "2021-03-05",
        "total": None,
        "currency": None,
    },
)

OTHER_CERTIFICATE_OF_ORIGIN_TURKEY = HoldoutDocument(
    id="k-en-other-certificate-of-origin-turkey",
    document_type="other",
    language="en",
    text="""\
1. Exporter                                      No. A 2025 0418733
   Yildiz Makina Sanayi ve Ticaret A.S.
   Nilufer OSB, 16140 Bursa, Turkey             CERTIFICATE OF ORIGIN
                                                 ORIGINAL
2. Consignee                                     3. Country of origin
   JSC Uraltekhsnab                                 TURKIYE
   86 Belinskogo str., office 410,
   620026 Yekaterinburg, Russian Federation
4. Transport details                             5. Remarks
   By truck, Bursa - Yekaterinburg, plate          Contract YM-UTS/2025-07
   16 AYK 482, trailer 16 AYR 913                  of 14.11.2025
6. Item number; marks and numbers; number and kind of packages; description of
   goods                                          7. Quantity
   1  YM-UTS/1-3  3 units  CNC press brake YMP 135-3100, unpacked        3 units
   2  YM-UTS/4-9  6 crates  press brake punches and dies, set            6 crates

8. The undersigned authority certifies that the goods described above originate in
   the country shown in box 3.
   Bursa Chamber of Commerce and Industry
   Bursa, 22 December 2025                     Stamp and signature ______________

9. Invoice No. YM-EXP-2025-1217 dated 19 December 2025
""",
    expected={
        "number": "A 2025 0418733",
        "date": "2025-12-22",
        "total": None,
        "currency": None,
    },
)

ENGLISH_DOCUMENTS_K = [
    INVOICE_CHINA_COMMERCIAL_USD,
    INVOICE_CHINA_PROFORMA_CNY_PHOTO,
    INVOICE_GERMANY_EUR,
    INVOICE_TURKEY_TRY_SCAN,
    INVOICE_UAE_AED,
    INVOICE_INDIA_CIF_USD,
    ACT_FORWARDING_TRANSLATION,
    ACT_BROKERAGE_BILINGUAL_SCAN,
    ACT_KAZAKH_RAIL_LOGISTICS,
    UPD_TRANSLATED_IMPORTED_FABRIC_SCAN,
    UPD_FORWARDER_BILINGUAL_STATUS_2,
    PAYMENT_ORDER_SWIFT_EUR_GERMANY,
    PAYMENT_ORDER_CNY_TRANSFER,
    CONTRACT_BILINGUAL_CHINA,
    WAYBILL_CMR_GERMANY,
    PACKING_LIST_INDIA_SCAN,
    BANK_STATEMENT_CNY_SCAN,
    POWER_OF_ATTORNEY_DECLARANT,
    LETTER_SUPPLIER_BANK_DETAILS,
    RECEIPT_ISTANBUL_HOTEL_SCAN,
    PASSPORT_CHINA_SUPPLIER_REPRESENTATIVE,
    OTHER_CERTIFICATE_OF_ORIGIN_TURKEY,
]
