"""English documents of set AG. `bench.holdout_ag` describes the set and its labels."""

# Document texts reproduce printed lines up to 110 characters wide.
# ruff: noqa: E501

from .holdout import HoldoutDocument

_INVOICES = [
    # A Turkish exporter's commercial invoice in euros, printed in the Turkish number
    # style ("21.810,00"). The Russian importer is labelled as buyer. The exporter's
    # Vergi No and IBAN are printed but not labelled.
    HoldoutDocument(
        id="ag-en-invoice-turkish-citrus",
        document_type="invoice",
        language="en",
        text="""\
AKDENİZ NARENCİYE İHRACAT A.Ş.
Mezitli OSB, 3. Cadde No: 14, 33200 Mezitli / Mersin, Türkiye
Tel: +90 324 358 41 20 · export@akdeniznarenciye.example
Vergi Dairesi: İstiklal · Vergi No: 0381645297

                                     COMMERCIAL INVOICE

Invoice No.:  AKN-2026/0318                              Date: 03.03.2026
Contract:     AKN-YFI/2025-07 of 12.11.2025              Buyer's order: YFI-PO-0226

Buyer / Importer:
  Yuzhny Frukt Import LLC (ООО «Южный Фрукт Импорт»)
  57 Dubininskaya St., bldg. 3, office 12, Moscow 115093, Russian Federation
  INN 7754151452, KPP 772401001
Consignee: the Buyer, warehouse at 8 Skladskaya St., Vidnoe, Moscow Region
Terms of delivery: CPT Moscow (Incoterms 2020)
Transport: reefer truck 33 AKN 418, trailer 33 AKN 419, CMR No. 260419
Country of origin: Republic of Türkiye                   Season: 2025/2026

| No | Description of goods                      | HS Code    | Cartons | Net, kg | EUR/kg |   Amount, EUR |
|----|-------------------------------------------|------------|---------|---------|--------|---------------|
| 1  | Fresh mandarins "Satsuma", Class I,       | 0805.21.10 |   1.200 |  12.000 |   1,12 |     13.440,00 |
|    | 10 kg carton, size 2-3                    |            |         |         |        |               |
| 2  | Fresh lemons "Interdonato", Class I,      | 0805.50.10 |     320 |   4.800 |   1,35 |      6.480,00 |
|    | 15 kg carton                              |            |         |         |        |               |
| 3  | Fresh grapefruit "Star Ruby", Class I,    | 0805.40.00 |     120 |   1.800 |   1,05 |      1.890,00 |
|    | 15 kg carton                              |            |         |         |        |               |
|----|-------------------------------------------|------------|---------|---------|--------|---------------|
|    | TOTAL                                     |            |   1.640 |  18.600 |        |     21.810,00 |

Total gross weight: 20.644 kg on 20 pallets. Temperature set point: +4 °C.

TOTAL AMOUNT CPT MOSCOW: EUR 21.810,00
(twenty-one thousand eight hundred ten euros 00 cents)

Payment: 100% by bank transfer within 10 days after customs clearance in the Russian Federation.
Beneficiary's bank: Mersin Liman Bankası A.Ş., Mersin Branch, SWIFT MLBKTR2M
IBAN: TR630014200000184762390115

We certify that the goods are of Turkish origin and that this invoice is true and correct.

AKDENİZ NARENCİYE İHRACAT A.Ş.          ______________  Selin Aydoğan, Export Manager
""",
        expected={
            "number": "AKN-2026/0318",
            "date": "2026-03-03",
            "total": "21810.00",
            "currency": "EUR",
            "parties.buyer.inn": "7754151452",
            "parties.buyer.kpp": "772401001",
        },
    ),
    # A Russian exporter's bilingual commercial invoice: the English heading and the
    # Russian heading share the first line, and the body alternates English and Russian
    # lines. The seller is labelled with its dollar account. The Egyptian buyer's tax
    # registration number is printed but not labelled.
    HoldoutDocument(
        id="ag-en-invoice-wheat-export-bilingual",
        document_type="invoice",
        language="en",
        text="""\
COMMERCIAL INVOICE No. YZE-EX-0327          /          КОММЕРЧЕСКИЙ ИНВОЙС № YZE-EX-0327
Date: 27.03.2026                                        Дата: 27.03.2026

SELLER / ПРОДАВЕЦ
YugZernoExport LLC, 15 Budyonnovsky Ave., office 601, Rostov-on-Don 344002, Russian Federation
ООО «ЮгЗерноЭкспорт», 344002, г. Ростов-на-Дону, пр. Буденновский, д. 15, офис 601
INN / ИНН 6184556815, KPP / КПП 616401001, OGRN / ОГРН 1126164354920

BUYER / ПОКУПАТЕЛЬ
Delta Mills Trading S.A.E., 14 El-Horreya Road, Sidi Gaber, Alexandria, Arab Republic of Egypt
Tax Registration No. / Регистрационный номер налогоплательщика: 318-472-905

Contract: No. YZE-DMT/2026-03 dated 09.02.2026
Контракт: № YZE-DMT/2026-03 от 09.02.2026
Terms of delivery: FOB Novorossiysk (Incoterms 2020)
Условия поставки: FOB Новороссийск (Инкотермс 2020)
Vessel: MV ASTRA MERIDIAN; B/L No. NVS-0327-01 dated 27.03.2026
Судно: т/х ASTRA MERIDIAN; коносамент № NVS-0327-01 от 27.03.2026
Port of loading: Novorossiysk; port of discharge: Alexandria (El Dekheila)
Порт погрузки: Новороссийск; порт выгрузки: Александрия (Эль-Дехейла)

| Description / Наименование                 | HS Code / ТН ВЭД | Quantity, MT | USD/MT |    Amount, USD |
|                                            |                  |    Кол-во, т |  USD/т |     Сумма, USD |
|--------------------------------------------|------------------|--------------|--------|----------------|
| Russian milling wheat, crop 2025, protein  | 1001 99 000 0    |   25,340.000 | 238.50 |   6,043,590.00 |
| min 12.5%, in bulk                         |                  |              |        |                |
| Пшеница мягкая продовольственная, урожай   |                  |              |        |                |
| 2025 г., протеин не менее 12,5%, навалом   |                  |              |        |                |
|--------------------------------------------|------------------|--------------|--------|----------------|
| TOTAL / ИТОГО                              |                  |   25,340.000 |        |   6,043,590.00 |

TOTAL DUE: USD 6,043,590.00 (six million forty-three thousand five hundred ninety US dollars 00 cents)
ИТОГО К ОПЛАТЕ: 6 043 590,00 долларов США (шесть миллионов сорок три тысячи пятьсот девяносто долларов
США 00 центов)
Country of origin: Russian Federation
Страна происхождения: Российская Федерация
Payment: cash against documents, 100% within 5 banking days after presentation of documents.
Оплата: 100% против документов в течение 5 банковских дней после их представления.

Seller's bank / Банк продавца: АО «Донской Экспортный Банк» (Don Export Bank JSC), Rostov-on-Don
BIK / БИК 046015642, correspondent account / к/с 30101810000000000642, SWIFT DNEXRU2R
USD account / Счет в долларах США: 40702840087770721048

For and on behalf of the Seller / За Продавца:
Export Manager / Менеджер по экспорту ______________ A. S. Lebedinsky / А. С. Лебединский
(power of attorney No. 14/26 of 20.01.2026 / доверенность № 14/26 от 20.01.2026)
""",
        expected={
            "number": "YZE-EX-0327",
            "date": "2026-03-27",
            "total": "6043590.00",
            "currency": "USD",
            "parties.seller.inn": "6184556815",
            "parties.seller.kpp": "616401001",
            "parties.seller.bik": "046015642",
            "parties.seller.account": "40702840087770721048",
        },
    ),
    # A Dutch seed house's invoice received by fax. The fax header's date is two days
    # after the invoice date, and the advance and the balance are halves of the total.
    HoldoutDocument(
        id="ag-en-invoice-dutch-seeds-fax",
        document_type="invoice",
        language="en",
        noisy=True,
        text="""\
18-FEB-2O26 1O:O6  FROM: ZAADHUIS WESTLAND  +31 174 62 48 1O                       P. OO1/OO1
ZAADHUIS WESTLAND B.V.
Kwekerslaan 118, 2671 MZ Naaldwijk, The Netherlands
KvK 27364815   VAT NL8l5729364BOl   Tel +31 174 62 48 1O
                                   INVOICE
Invoice No.: ZW-26-OO4l7                     Invoice date: l6 Feb 2O26
Customer no.: 41O27                          Your order: DZ-ZAK-2O26/O14
Customer: JSC Teplichny Kombinat Dankovskaya Zarya
          1 Teplichnaya St., Dankov, Lipetsk Region 39985O, Russian Federation
          INN 48385O92O2  KPP 48O3OlOOl
Delivery: DAP Dankov (Incoterms 2O2O), air courier, AWB 176-4O2l 8835
|Item| Description                                      |Unit        | Qty |Price EUR|  Amount EUR |
| l  | Cucumber Fl 'Vesta Long' (Cucumis sativus)       |l OOO seeds | 2OO |  l85,OO |   37.OOO,OO |
| 2  | Tomato Fl 'Rosaline' (Solanum lycopersicum)      |l OOO seeds |  6O |  3lO,OO |   l8.6OO,OO |
|    | HS Code 12O9.9l.8O, country of origin: Netherlands                                |
                                               Subtotal                    55.6OO,OO
                                               Phyto certificate, freight     45O,OO
                                               VAT O% (export, art. l46 Dir. 2OO6/ll2/EC)
                                               TOTAL EUR                   56.O5O,OO
Payment terms: 5O% advance paid 3O.Ol.2O26 (EUR 28.O25,OO),
balance EUR 28.O25,OO due l8.O3.2O26
Bank: Westland Tuinbouwbank N.V., BIC ZWLBNL2R, IBAN NL94 ZWLB O6l8 2749 35
""",
        expected={
            "number": "ZW-26-00417",
            "date": "2026-02-16",
            "total": "56050.00",
            "currency": "EUR",
            "parties.buyer.inn": "4838509202",
            "parties.buyer.kpp": "480301001",
        },
    ),
]

_ACTS = [
    # An independent surveyor's act in English for the loading of the export wheat.
    # Both Russian parties are labelled. The tonnage is not an amount of money.
    HoldoutDocument(
        id="ag-en-act-surveyor-loading",
        document_type="act",
        language="en",
        text="""\
PONT-SURVEY INSPECTION COMPANY LLC (ООО «Инспекционная компания «Понт-Сюрвей»)
12 Sukhumskoye Highway, office 304, Novorossiysk 353900, Russian Federation
INN 2344266108, KPP 231501001, OGRN 1172315630717
Account 40702810823283997768 with Kuban Grain Bank JSC (АО «Кубанский хлебный банк»), Krasnodar
BIK 040349718, correspondent account 30101810900000000718

                                ACT No. 57
                          OF SERVICES RENDERED

Date: 31 March 2026                                                        Place: Novorossiysk

Contractor: Pont-Survey Inspection Company LLC
Customer:   YugZernoExport LLC, INN 6184556815, KPP 616401001,
            15 Budyonnovsky Ave., office 601, Rostov-on-Don 344002
Agreement:  Inspection services agreement No. PS-114/25 of 10.12.2025
Object:     loading of Russian milling wheat on MV ASTRA MERIDIAN, berth 7, 22–27.03.2026,
            sales contract YZE-DMT/2026-03, B/L No. NVS-0327-01 of 27.03.2026

| No | Service                                             | Unit   |   Quantity |  Rate, RUB |  Amount, RUB |
|----|-----------------------------------------------------|--------|------------|------------|--------------|
| 1  | Draft survey, initial and final                     | MT     | 25,340.000 |       9.50 |   240,730.00 |
| 2  | Sampling and quality analysis, certificate          | lot    |          1 |  65,000.00 |    65,000.00 |
|    | of quality No. PS-Q-26/0327                         |        |            |            |              |
| 3  | Inspection of holds for cleanliness                 | vessel |          1 |  28,000.00 |    28,000.00 |
|----|-----------------------------------------------------|--------|------------|------------|--------------|
|                                                            Total without VAT |   333,730.00 |
|                                                                      VAT 22% |    73,420.60 |
|                                                               Total with VAT |   407,150.60 |

Total amount with VAT: RUB 407,150.60 (four hundred seven thousand one hundred fifty roubles 60 kopecks).
Payment within 10 banking days of the date of this act to the Contractor's account stated above.

The services have been rendered in full and on time. The Customer has no claims as to their scope,
quality or timing.

Contractor                                           Customer
General Director                                     General Director
Pont-Survey Inspection Company LLC                   YugZernoExport LLC
______________ I. K. Sarkisov                        ______________ V. A. Berezhnoy
""",
        expected={
            "number": "57",
            "date": "2026-03-31",
            "total": "407150.60",
            "currency": "RUB",
            "parties.seller.inn": "2344266108",
            "parties.seller.kpp": "231501001",
            "parties.seller.bik": "040349718",
            "parties.seller.account": "40702810823283997768",
            "parties.buyer.inn": "6184556815",
            "parties.buyer.kpp": "616401001",
        },
    ),
]

_UPDS = [
    # A translation of the fish processor's status 1 UPD for the buyer's Norwegian
    # shareholder. It is dated by the UPD, not by the translation, and line (5) cites the
    # buyer's prepayment of the invoice "0418".
    HoldoutDocument(
        id="ag-en-upd-translation-frozen-fish",
        document_type="upd",
        language="en",
        text="""\
Translation from Russian

UNIVERSAL TRANSFER DOCUMENT (UPD)                                                     Status: 1
Invoice No. 0421 dated 06.03.2026 (1)                                  Correction No. — dated — (1a)
Seller: LLC Fish Processing Plant Kolsky Zaliv (2)
Address: 12 Tralovaya St., Murmansk 183038 (2a)
Seller's INN/KPP: 5186710806/519001001 (2b)
Shipper and its address: the same (3)
Consignee and its address: the same as the buyer (4)
To payment document No. 2874 dated 05.03.2026 (5)
Shipping document: Nos. 1–3, No. 0421 dated 06.03.2026 (5a)
Buyer: LLC Nevsky Fish House (6)
Address: 11 Professora Kachalova St., letter A, St Petersburg 192019 (6a)
Buyer's INN/KPP: 7815004779/781101001 (6b)
Currency: name, code: Russian rouble, 643 (7)

|No|Goods                          |Unit|   Quantity|  Price|  Without tax| Rate|        Tax|     With tax|
|1 |Cod fillet, skinless, boneless,|kg  |  4,500.000| 612.00| 2,754,000.00|  10%| 275,400.00| 3,029,400.00|
|  |frozen, 7.5 kg block           |    |           |       |             |     |           |             |
|2 |Haddock, headed and gutted,    |kg  |  6,000.000| 238.00| 1,428,000.00|  10%| 142,800.00| 1,570,800.00|
|  |frozen, 5% glaze               |    |           |       |             |     |           |             |
|3 |Spotted wolffish steak, frozen |kg  |  1,200.000| 455.00|   546,000.00|  10%|  54,600.00|   600,600.00|
|  |Total payable (9)              |    | 11,700.000|       | 4,728,000.00|    X| 472,800.00| 5,200,800.00|

The document consists of 1 sheet.
Head of the organisation ______ K. V. Shubin            Chief accountant ______ T. S. Yakovleva
Basis of transfer: supply contract No. 26/RP-03 dated 14.01.2026, invoice for payment No. 0418
dated 05.03.2026 (8)
Transport data: transport waybill No. TN-0418 dated 06.03.2026, carrier Reftrans-Sever LLC (9)
Goods handed over by: warehouse manager S. P. Gusev (10)           Date of shipment: 06.03.2026 (11)
Goods received by: storekeeper N. S. Belova (15)                   Date of receipt: 08.03.2026 (16)

Translator's note: translated for Nordkapp Seafood AS (Tromsø, Norway), shareholder of the buyer.
Translation date: 12.03.2026. Translator: M. A. Oreshkina, reg. No. 0417.
""",
        expected={
            "number": "0421",
            "date": "2026-03-06",
            "total": "5200800.00",
            "currency": "RUB",
            "parties.seller.inn": "5186710806",
            "parties.seller.kpp": "519001001",
            "parties.buyer.inn": "7815004779",
            "parties.buyer.kpp": "781101001",
        },
    ),
]

_PAYMENT_ORDERS = [
    # A bank's print of the importer's outgoing SWIFT MT103 to the Turkish exporter. It
    # is numbered by the sender's reference of field 20 and dated by the value date of
    # field 32A. The payer is labelled with the INN and KPP of field 50K, its euro
    # account and the BIK of the sending bank. The beneficiary's IBAN is not labelled.
    HoldoutDocument(
        id="ag-en-payment-order-mt103-citrus",
        document_type="payment_order",
        language="en",
        text="""\
Bank Moskovsky Agrarny Dom JSC (АО «Банк Московский Аграрный Дом»)
BIK 044525917 · SWIFT MADBRUMM · Moscow
Outgoing SWIFT message print                                          Printed: 18.03.2026 11:05:37

Message type:   MT103 Single Customer Credit Transfer
Sender:         MADBRUMMXXX
Receiver:       MLBKTR2MXXX
Priority:       Normal

:20:  Sender's Reference
      YFI260318-01
:23B: Bank Operation Code
      CRED
:32A: Value Date/Currency/Interbank Settled Amount
      260318EUR21810,00
      (Value date: 18.03.2026, currency EUR, amount 21,810.00)
:50K: Ordering Customer
      /40702978701053059925
      YUZHNY FRUKT IMPORT LLC
      INN 7754151452 KPP 772401001
      57 DUBININSKAYA STR BLD 3 OFFICE 12
      115093 MOSCOW RUSSIA
:57A: Account With Institution
      MLBKTR2M
:59:  Beneficiary Customer
      /TR630014200000184762390115
      AKDENIZ NARENCIYE IHRACAT A.S.
      MEZITLI OSB 3 CADDE NO 14
      33200 MEZITLI MERSIN TURKIYE
:70:  Remittance Information
      INVOICE AKN-2026/0318 DD 03.03.2026
      CONTRACT AKN-YFI/2025-07 DD 12.11.2025
:71A: Details of Charges
      OUR
:72:  Sender to Receiver Information
      /UNC/25110001/1481/0000/2/1

Message status: SENT · ACK received 18.03.2026 11:06:02 · Operator: Kuzmina E. V.
""",
        expected={
            "number": "YFI260318-01",
            "date": "2026-03-18",
            "total": "21810.00",
            "currency": "EUR",
            "parties.payer.inn": "7754151452",
            "parties.payer.kpp": "772401001",
            "parties.payer.bik": "044525917",
            "parties.payer.account": "40702978701053059925",
        },
    ),
]

_CONTRACTS = [
    # An export contract for wheat on GAFTA terms, on two pages. Its total is the
    # contract value for 25,000 MT; the tolerance, the demurrage rate and the final
    # invoice for the B/L quantity do not change it. The Egyptian buyer has no labels.
    HoldoutDocument(
        id="ag-en-contract-wheat-egypt",
        document_type="contract",
        language="en",
        text="""\
                               SALES CONTRACT No. YZE-DMT/2026-03

Rostov-on-Don                                                                    February 9, 2026

YugZernoExport LLC, a company registered in the Russian Federation under OGRN 1126164354920,
hereinafter the "Seller", represented by its General Director Vadim A. Berezhnoy, acting under the
Charter, and Delta Mills Trading S.A.E., a company registered in the Arab Republic of Egypt under
Commercial Register No. 148273 (Alexandria), hereinafter the "Buyer", represented by its Chairman
Mr. Karim F. Mansour, have agreed as follows.

1. COMMODITY
1.1. Russian milling wheat, crop 2025, in bulk. HS code 1001 99 000 0. Country of origin: the
Russian Federation.
1.2. Quality: protein (N x 5.7, dry basis) min 12.5%; moisture max 13.5%; test weight min 78.0 kg/hl;
falling number min 250 s; wet gluten min 23%; foreign matter max 0.5%; damaged kernels max 2.0%;
live insects nil. The cargo shall be fit for human consumption and free from odours.

2. QUANTITY
25,000 (twenty-five thousand) metric tons, 5% more or less at the Seller's option.

3. PRICE
USD 238.50 (two hundred thirty-eight US dollars 50 cents) per metric ton, FOB stowed and trimmed,
Novorossiysk, Russia (Incoterms 2020).

4. TOTAL VALUE
The total value of the Contract is USD 5,962,500.00 (five million nine hundred sixty-two thousand
five hundred US dollars). The final amount is invoiced on the bill of lading quantity.

5. SHIPMENT
Laycan 20–30 March 2026, one safe berth, port of loading Novorossiysk. The Buyer nominates the
vessel not later than 10 days before the laycan. Loading rate 10,000 MT per weather working day of
24 consecutive hours, Sundays and holidays excluded. Demurrage USD 12,000.00 per day pro rata,
despatch half demurrage.

6. PAYMENT
Cash against documents: 100% of the invoice value by telegraphic transfer within 5 banking days
after presentation of the following documents by e-mail, originals by courier:
a) commercial invoice in 3 originals;
b) full set of clean on board bills of lading marked "freight payable as per charter party";
c) certificates of weight and quality issued by Pont-Survey Inspection Company LLC at loading;
d) phytosanitary certificate and certificate of origin;
e) fumigation certificate of the holds.

7. INSPECTION
Weight and quality at the port of loading are final as per the independent surveyor's certificates.
The Buyer may appoint its own surveyor at its cost.

                                                                                      Page 1 of 2
                          Sales Contract No. YZE-DMT/2026-03 of February 9, 2026

8. FORCE MAJEURE
Neither party is liable for failure to perform caused by circumstances beyond its control, including
an export ban or an export quota of the Seller's country, confirmed by the chamber of commerce of
the country concerned. The affected party notifies the other within 5 days.

9. ARBITRATION
All disputes are settled by arbitration in London under the GAFTA Arbitration Rules No. 125. Other
terms not in conflict with this Contract follow GAFTA Contract No. 48.

10. MISCELLANEOUS
This Contract is made in English in two originals. Scanned copies signed by both parties are valid
until the exchange of originals. Amendments are valid only in writing.

11. BANK DETAILS

Seller: YugZernoExport LLC
15 Budyonnovsky Ave., office 601, Rostov-on-Don 344002, Russian Federation
INN 6184556815, KPP 616401001
USD account 40702840087770721048 with Don Export Bank JSC, Rostov-on-Don
BIK 046015642, correspondent account 30101810000000000642, SWIFT DNEXRU2R

Buyer: Delta Mills Trading S.A.E.
14 El-Horreya Road, Sidi Gaber, Alexandria, Arab Republic of Egypt
Tax Registration No. 318-472-905
Nile Crescent Bank S.A.E., Alexandria, SWIFT NCBKEGCX
IBAN: EG690047031200000921834750216

For the Seller:                                      For the Buyer:
General Director                                     Chairman
______________ V. A. Berezhnoy                       ______________ K. F. Mansour

                                                                                      Page 2 of 2
""",
        expected={
            "number": "YZE-DMT/2026-03",
            "date": "2026-02-09",
            "total": "5962500.00",
            "currency": "USD",
            "parties.seller.inn": "6184556815",
            "parties.seller.kpp": "616401001",
            "parties.seller.bik": "046015642",
            "parties.seller.account": "40702840087770721048",
        },
    ),
]

_WAYBILLS = [
    # A scan of the CMR for the Turkish citrus, with English and Russian captions. Only
    # the Russian consignee is labelled. The CMR names no money, so it has no total label
    # and its currency is None.
    HoldoutDocument(
        id="ag-en-waybill-cmr-citrus-scan",
        document_type="waybill",
        language="en",
        noisy=True,
        text="""\
CMR   INTERNATIONAL CONSIGNMENT NOTE / МЕЖДУНАРОДНАЯ ТОВАРНО-ТРАНСПОРТНАЯ НАКЛАДНАЯ     No. 26O4l9
l  Sender (name, address, country) / Отправитель
   AKDENIZ NARENCIYE IHRACAT A.S., MEZITLI OSB 3. CADDE NO l4, 332OO MERSIN, TURKIYE
2  Con signee / Полу чатель
   YUZHNY FRUKT IMPORT LLC / OOO «ЮЖHЫЙ ФPУKT ИMПOPT»
   INN 7754l5l452  KPP 7724OlOOl, 57 DUBININSKAYA STR., MOSCOW ll5O93, RUSSIA
3  Place of delivery of the goods / Место разгрузки груза
   8 SKLADSKAYA STR., VIDNOE, MOSCOW REGION, RUSSIA
4  Place and date of taking over the goods / Место и дата погрузки
   MERSIN, TURKIYE   O4.O3.2O26
5  Documents attached / Прилагаемые документы
   INVOICE AKN-2O26/O3l8 OF O3.O3.2O26, PACKING LIST, PHYTO TR-33-2O26-Ol8274, CERTIFICATE OF ORIGIN
6  Marks and Nos / Знаки и номера   7 Number of packages / Кол-во мест   8 Method of packing / Род упаковки
   AKN/YFI 26O3                     l64O                                 CARTONS ON 2O PALLETS
9  Nature of the goods / Наименование груза
   FRESH CITRUS FRUIT: MANDARINS, LEMONS, GRAPEFRUIT
10 Statistical number / Код ТН ВЭД   O8O5 2l, O8O5 5O, O8O5 4O
11 Gross weight, kg / Вес брутто, кг   2O 644
12 Volume, m3 / Объем, м3   78
13 Sender's instructions / Указания отправителя
   KEEP AT +4 C, DO NOT FREEZE. CUSTOMS CLEARANCE AT DESTINATION, BROKER RUBEZH-BROKER
16 Carrier / Перевозчик
   TOROS SOGUK ZINCIR LOJISTIK LTD. STI., YUREGIR, ADANA, TURKIYE
   TRUCK 33 AKN 4l8, TRAILER 33 AKN 4l9, DRIVER HAKAN OZDEMIRCI, PASSPORT U274l8365
21 Established in / Составлено в  MERSIN   on / дата  O4.O3.2O26
22 Signature and stamp of the sender      23 Signature and stamp of the carrier
   [stamp] AKDENIZ NARENCIYE * MERSIN *      [stamp] TOROS SOGUK ZINCIR
24 Goods received / Груз получен   VIDNOE   lO.O3.2O26  l6:4O
   [stamp] OOO «ЮЖHЫЙ ФPУKT ИMПOPT» * CKЛAД BИДHOE * ПPИHЯTO
   BЫПУCK TOBAPOB ll.O3.2O26, ДT lOOO9lOO/lOO326/3O844l7
""",
        expected={
            "number": "260419",
            "date": "2026-03-04",
            "currency": None,
            "parties.consignee.inn": "7754151452",
            "parties.consignee.kpp": "772401001",
        },
    ),
]

_PACKING_LISTS = [
    # The Turkish exporter's packing list for the same truck, with net and gross weights
    # per pallet group. It names no money. The Russian importer is printed as buyer and
    # consignee and is labelled under both roles.
    HoldoutDocument(
        id="ag-en-packing-list-citrus",
        document_type="packing_list",
        language="en",
        text="""\
AKDENİZ NARENCİYE İHRACAT A.Ş.
Mezitli OSB, 3. Cadde No: 14, 33200 Mezitli / Mersin, Türkiye · Vergi No: 0381645297

                                  PACKING LIST No. PL-AKN-2026/0318

Date:             2026-03-03
Invoice:          AKN-2026/0318 of 03.03.2026
Contract:         AKN-YFI/2025-07 of 12.11.2025
Buyer/Consignee:  Yuzhny Frukt Import LLC, INN 7754151452, KPP 772401001,
                  57 Dubininskaya St., bldg. 3, office 12, Moscow 115093, Russian Federation
Delivery address: 8 Skladskaya St., Vidnoe, Moscow Region
Transport:        reefer truck 33 AKN 418, trailer 33 AKN 419; loading Mersin, 04.03.2026
Marks:            AKN/YFI 2603, pallet Nos. 1–20

| Pallets | Description                            | Cartons | Net/carton, kg |    Net, kg |  Gross, kg |
|---------|----------------------------------------|---------|----------------|------------|------------|
| 1–12    | Fresh mandarins "Satsuma", Class I,    |   1,200 |           10.0 |   12,000.0 |   13,368.0 |
|         | size 2-3, carton 50 x 30 x 22 cm       |         |                |            |            |
| 13–17   | Fresh lemons "Interdonato", Class I    |     320 |           15.0 |    4,800.0 |    5,272.0 |
| 18–20   | Fresh grapefruit "Star Ruby", Class I  |     120 |           15.0 |    1,800.0 |    2,004.0 |
|---------|----------------------------------------|---------|----------------|------------|------------|
| 20      | TOTAL                                  |   1,640 |                |   18,600.0 |   20,644.0 |

Gross weight includes cartons and 20 wooden pallets (EPAL, 24 kg each).
Total volume: 78 m3. Temperature during transport: +4 °C, ventilation 25 m3/h.
Country of origin: Republic of Türkiye.

AKDENİZ NARENCİYE İHRACAT A.Ş.      Shipping department  ______________  Okan Demirtaş
""",
        expected={
            "number": "PL-AKN-2026/0318",
            "date": "2026-03-03",
            "total": None,
            "currency": None,
            "parties.buyer.inn": "7754151452",
            "parties.buyer.kpp": "772401001",
            "parties.consignee.inn": "7754151452",
            "parties.consignee.kpp": "772401001",
        },
    ),
]

_BANK_STATEMENTS = [
    # A statement of the exporter's dollar account on the day the Egyptian buyer pays
    # the wheat invoice. The holder is labelled, the counterparties are not, and the
    # balances give no total label.
    HoldoutDocument(
        id="ag-en-bank-statement-usd-wheat",
        document_type="bank_statement",
        language="en",
        text="""\
DON EXPORT BANK JSC (АО «Донской Экспортный Банк»)
Rostov-on-Don · BIK 046015642 · Correspondent account 30101810000000000642 · SWIFT DNEXRU2R

                               STATEMENT OF ACCOUNT No. 64
Statement date: April 3, 2026                                  Period: 03.04.2026 – 03.04.2026

Account holder: YugZernoExport LLC, INN 6184556815, KPP 616401001
Account:        40702840087770721048 (current currency account, USD)

Opening balance:                                                                  USD 184,215.40

| Date       | Reference    | Counterparty / details                         |        Debit |       Credit |
|------------|--------------|------------------------------------------------|--------------|--------------|
| 03.04.2026 | FT26093-0418 | DELTA MILLS TRADING S.A.E., ALEXANDRIA, EGYPT  |              | 6,043,590.00 |
|            |              | IBAN EG690047031200000921834750216             |              |              |
|            |              | Payment for invoice YZE-EX-0327 dd 27.03.2026, |              |              |
|            |              | contract YZE-DMT/2026-03                       |              |              |
| 03.04.2026 | CHG-0403-077 | Don Export Bank JSC                            |     1,510.90 |              |
|            |              | Currency control fee 0.025% on FT26093-0418    |              |              |
| 03.04.2026 | FX-0403-019  | Don Export Bank JSC                            | 4,000,000.00 |              |
|            |              | Sale of USD under order No. 19 of 03.04.2026   |              |              |
|------------|--------------|------------------------------------------------|--------------|--------------|
|            |              | Turnover                                       | 4,001,510.90 | 6,043,590.00 |

Closing balance:                                                                USD 2,226,294.50

This statement is produced electronically and is valid without signature and stamp.
Generated 04.04.2026 07:12 (Moscow time).
""",
        expected={
            "number": "64",
            "date": "2026-04-03",
            "currency": "USD",
            "parties.account_holder.inn": "6184556815",
            "parties.account_holder.kpp": "616401001",
            "parties.account_holder.bik": "046015642",
            "parties.account_holder.account": "40702840087770721048",
        },
    ),
]

_RECEIPTS = [
    # A phone photo of a Mersin hotel's receipt for the importer's quality manager, in
    # Turkish lira. The arrival date and the camera's timestamp are not its date. The
    # hotel and the guest have no labels.
    HoldoutDocument(
        id="ag-en-receipt-mersin-hotel-photo",
        document_type="receipt",
        language="en",
        noisy=True,
        text="""\
[2O26-O3-O3 O7:58 IMG_4417.HEIC]
        LIMAN PALAS OTEL
   Adnan Menderes Blv. No:2l4, Yenişehir / MERSIN
   Tel +9O 324 328 4l 7O   Vergi No 6O2l847395
   TAHSILAT MAKBUZU / RECEIPT
   Receipt No: OO487l        Date: O3.O3.2O26
   Guest: Ms. Elena Voronova       Room: 4l2
   Company: Yuzhny Frukt Import LLC, Moscow
   Arrival: Ol.O3.2O26   Departure: O3.O3.2O26   Nights: 2
   ---------------------------------------------
   Accommodation  2 x 3.25O,OO TL        6.5OO,OO
   Accommodation tax %2                    l3O,OO
   ---------------------------------------------
   TOTAL                          6.63O,OO TL
   incl. KDV %lO                    59O,9l TL
   Paid: VISA ****44l7   AUTH 8l2O45
   Thank you for staying with us!
   [bottom edge folded]
""",
        expected={
            "number": "004871",
            "date": "2026-03-03",
            "total": "6630.00",
            "currency": "TRY",
        },
    ),
]

_PASSPORTS = [
    # An upper-case scan of the Turkish truck driver's passport, with an intact
    # machine-readable zone. Its date is the date of issue.
    HoldoutDocument(
        id="ag-en-passport-turkish-driver-scan",
        document_type="passport",
        language="en",
        noisy=True,
        text="""\
TÜRKİYE CUMHURİYETİ / REPUBLIC OF TÜRKİYE
PASAPORT / PASSPORT
TİP/TYPE  P     ÜLKE KODU/COUNTRY CODE  TUR     PASAPORT NO/PASSPORT NO  U274l8365
SOYADI/SURNAME            ÖZDEMİRCİ
ADI/GIVEN NAMES           HAKAN
UYRUĞU/NATIONALITY        T.C./TUR
DOĞUM TARİHİ/DATE OF BIRTH    O3 APR l979
CİNSİYETİ/SEX   E/M      DOĞUM YERİ/PLACE OF BIRTH   ADANA
VERİLİŞ TARİHİ/DATE OF ISSUE     l2 AUG 2O2l
GEÇERLİLİK TARİHİ/DATE OF EXPIRY ll AUG 2O3l
MAKAM/AUTHORITY   MERSİN
T.C. KİMLİK NO/PERSONAL NO   3847261504O
P<TUROZDEMIRCI<<HAKAN<<<<<<<<<<<<<<<<<<<<<<<
U274183656TUR7904037M310811438472615040<<<04
""",
        expected={
            "number": "U27418365",
            "date": "2021-08-12",
            "total": None,
            "currency": None,
        },
    ),
]

_POWERS_OF_ATTORNEY = [
    # The exporter's power of attorney for its export manager. The company is the
    # principal with its INN and KPP. The manager prints a passport and no INN, so the
    # attorney has no labels. The power names no money.
    HoldoutDocument(
        id="ag-en-power-of-attorney-export-manager",
        document_type="power_of_attorney",
        language="en",
        text="""\
                                 POWER OF ATTORNEY No. 14/26

Rostov-on-Don, Russian Federation                                              20 January 2026

YugZernoExport LLC (ООО «ЮгЗерноЭкспорт»), INN 6184556815, KPP 616401001, OGRN 1126164354920,
registered at 15 Budyonnovsky Ave., office 601, Rostov-on-Don 344002, hereinafter the "Company",
represented by its General Director Vadim Anatolyevich Berezhnoy, acting under the Charter,

hereby authorises

Mr. Anton Sergeyevich Lebedinsky, born 14.07.1986, citizen of the Russian Federation, passport for
travel abroad No. 75 2948163 issued on 11.10.2022 by the Ministry of Internal Affairs 61001,
Export Manager of the Company,

to act on behalf of the Company, namely:
1. to negotiate and sign contracts for the sale of grain with foreign buyers, their addenda and
   specifications;
2. to sign commercial invoices, packing lists, shipping instructions, notices of readiness and
   shipment advices;
3. to represent the Company before port terminals, shipping agents, independent surveyors
   (including Pont-Survey Inspection Company LLC), the phytosanitary service and customs
   authorities, and to sign the documents related to loading and inspection;
4. to receive and submit any documents and correspondence for these purposes.

This power of attorney is issued without the right of substitution and is valid until
31 December 2026.

Specimen signature of Mr. A. S. Lebedinsky: ______________

General Director                                  ______________ V. A. Berezhnoy
                                                  Seal of YugZernoExport LLC
""",
        expected={
            "number": "14/26",
            "date": "2026-01-20",
            "total": None,
            "currency": None,
            "parties.principal.inn": "6184556815",
            "parties.principal.kpp": "616401001",
        },
    ),
]

_LETTERS = [
    # The exporter's shipment advice to the Egyptian buyer. It names dollar sums, so its
    # currency is USD, with `total` None. The despatch money in the buyer's favour and
    # the invoice total it cites are not labels.
    HoldoutDocument(
        id="ag-en-letter-shipment-notice",
        document_type="letter",
        language="en",
        text="""\
YugZernoExport LLC
15 Budyonnovsky Ave., office 601, Rostov-on-Don 344002, Russian Federation
INN 6184556815 · Tel. +7 863 268-41-15 · export@yugzerno.example

Ref. YZE/OUT/2026-114                                                            March 28, 2026

Delta Mills Trading S.A.E.
14 El-Horreya Road, Sidi Gaber, Alexandria, Egypt
Attn.: Mr. Karim F. Mansour, Chairman

Subject: Shipment advice, contract YZE-DMT/2026-03 of February 9, 2026

Dear Mr. Mansour,

We are pleased to advise that MV ASTRA MERIDIAN completed loading at Novorossiysk on March 27, 2026
and sailed today at 06:40 local time. Her ETA at Alexandria (El Dekheila) is April 2, 2026.

Quantity as per B/L No. NVS-0327-01 dated 27.03.2026: 25,340.000 MT, within the contract tolerance
of 5% more or less.

Quality as per Certificate of Quality No. PS-Q-26/0327: protein 12.7%, moisture 12.4%, test weight
78.6 kg/hl, falling number 312 s.

Our commercial invoice No. YZE-EX-0327 dated 27.03.2026 for USD 6,043,590.00 and the full set of
shipping documents will be presented to your bank on March 30, 2026. As agreed, payment is due within
5 banking days of presentation, that is, not later than April 6, 2026.

Loading was completed ahead of the allowed laytime. Despatch money of USD 9,250.00 in your favour
will be settled separately under the signed laytime statement and is not deducted from the invoice.

Yours sincerely,

Anton S. Lebedinsky
Export Manager (power of attorney No. 14/26 of 20.01.2026)
""",
        expected={
            "number": "YZE/OUT/2026-114",
            "date": "2026-03-28",
            "total": None,
            "currency": "USD",
        },
    ),
]

_OTHER = [
    # A scan of the Turkish phytosanitary certificate for the citrus. It names no money
    # and has no party labels.
    HoldoutDocument(
        id="ag-en-other-phytosanitary-scan",
        document_type="other",
        language="en",
        noisy=True,
        text="""\
REPUBLIC OF TÜRKİYE · MINISTRY OF AGRICULTURE AND FORESTRY
GENERAL DIRECTORATE OF FOOD AND CONTROL · MERSIN PROVINCIAL DIRECTORATE
PHYTOSANITARY CERTIFICATE                                  No. TR-33-2O26-Ol8274
TO: PLANT PROTECTION ORGANIZATION OF THE RUSSIAN FEDERATION
I. DESCRIPTION OF CONSIGNMENT
l. Name and address of exporter: AKDENIZ NARENCIYE IHRACAT A.S., MEZITLI OSB, MERSIN, TURKIYE
2. Declared name and address of consignee: YUZHNY FRUKT IMPORT LLC, MOSCOW, RUSSIAN FEDERATION
3. Number and description of packages: l64O CARTONS ON 2O PALLETS
4. Distinguishing marks: AKN/YFI 26O3
5. Place of origin: MERSIN, TURKIYE
6. Declared means of conveyance: TRUCK 33 AKN 4l8 / 33 AKN 4l9
7. Declared point of entry: VERKHNIY LARS, RUSSIAN FEDERATION
8. Name of produce and quantity declared: FRESH MANDARINS l2 OOO KG, FRESH LEMONS 4 8OO KG,
   FRESH GRAPEFRUIT l 8OO KG, TOTAL NET l8 6OO KG
9. Botanical name of plants: CITRUS UNSHIU, CITRUS LIMON, CITRUS PARADISI
THE PRODUCE DESCRIBED ABOVE WAS INSPECTED BY OFFICIAL PROCEDURES AND FOUND FREE FROM THE
QUARANTINE PESTS OF THE IMPORTING COUNTRY.
II. ADDITIONAL DECLARATION: FRUIT FLY SURVEY OF THE ORCHARDS NEGATIVE, SEASON 2O25/2O26.
III. DISINFESTATION AND/OR DISINFECTION TREATMENT: NONE
Place of issue: MERSIN                  Date: O2.O3.2O26
Name of authorized officer: AYŞE KORKMAZER          Signature ______
        [stamp] T.C. TARIM VE ORMAN BAKANLIĞI * MERSİN *
""",
        expected={
            "number": "TR-33-2026-018274",
            "date": "2026-03-02",
            "total": None,
            "currency": None,
        },
    ),
    # The surveyor's certificate of quality of the export wheat. The B/L, seal and method
    # numbers are not its number. The surveyor's INN has no role in an `other` document.
    HoldoutDocument(
        id="ag-en-other-wheat-quality-certificate",
        document_type="other",
        language="en",
        text="""\
PONT-SURVEY INSPECTION COMPANY LLC
12 Sukhumskoye Highway, office 304, Novorossiysk 353900, Russian Federation · INN 2344266108
Independent inspection body · GAFTA superintendent member No. 4127

                           CERTIFICATE OF QUALITY No. PS-Q-26/0327

Issued: 27 Mar 2026, Novorossiysk

Vessel:        MV ASTRA MERIDIAN                       B/L No. NVS-0327-01 of 27.03.2026
Shipper:       YugZernoExport LLC, Rostov-on-Don, Russian Federation
Consignee:     to order; notify Delta Mills Trading S.A.E., Alexandria, Egypt
Commodity:     Russian milling wheat, crop 2025, in bulk
Quantity:      25,340.000 MT as per draft survey
Loading:       22–27.03.2026, berth 7, Novorossiysk grain terminal
Sampling:      continuous during loading under GAFTA Sampling Rules No. 124; composite samples
               sealed with seals Nos. PS 118204 to PS 118209

| Parameter                              | Method         | Contract      | Result |
|----------------------------------------|----------------|---------------|--------|
| Protein (N x 5.7, dry basis), %        | ISO 20483      | min 12.5      | 12.7   |
| Moisture, %                            | ISO 712        | max 13.5      | 12.4   |
| Test weight, kg/hl                     | ISO 7971-3     | min 78.0      | 78.6   |
| Falling number, s                      | ISO 3093       | min 250       | 312    |
| Wet gluten, %                          | ISO 21415-2    | min 23.0      | 24.6   |
| Foreign matter, %                      | visual         | max 0.5       | 0.3    |
| Damaged kernels, %                     | visual         | max 2.0       | 0.9    |
| Live insects                           | visual         | nil           | nil    |

Conclusion: the cargo conforms to the quality specification of contract YZE-DMT/2026-03 of
09.02.2026. This certificate states our findings at the time and place of inspection only.

Surveyor ______________ R. V. Tkachuk            Chief Surveyor ______________ I. K. Sarkisov
""",
        expected={
            "number": "PS-Q-26/0327",
            "date": "2026-03-27",
            "total": None,
            "currency": None,
        },
    ),
]

ENGLISH_DOCUMENTS_AG = [
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
