# ruff: noqa: E501
"""English documents of set G. `bench.holdout_g` describes what the set covers."""

from .holdout import HoldoutDocument


def _en(
    document_id: str,
    document_type: str,
    text: str,
    expected: dict,
    *,
    noisy: bool = False,
):
    return HoldoutDocument(
        id=document_id,
        document_type=document_type,
        language="en",
        text=text.strip("\n"),
        expected=expected,
        noisy=noisy,
    )


ENGLISH_DOCUMENTS_G = [
    _en(
        "g-en-invoice-china-cny-deposit",
        "invoice",
        """
NINGBO HENGRUI PRECISION BEARING CO., LTD.
No. 88 Jinhai Road, Beilun District, Ningbo, Zhejiang 315800, China
Tel: +86 574 8612 0417   E-mail: export@hengrui-bearing.example

COMMERCIAL INVOICE

Invoice No.: HR-EX-250306-02
Date: 2025-03-06
Contract No.: HR-VBT-2025-01

Buyer: LLC "Volga Bearing Trade"
Address: 443022, Samara, Zavodskoe shosse 11, office 204, Russia
INN 6302321805 / KPP 631101001
Buyer's bank: PJSC "Srednyaya Volga Bank", Samara, BIK 043601385
Buyer's account (CNY): 40702156006801527677

Terms of delivery: FOB Ningbo (Incoterms 2020)
Payment terms: 30% T/T in advance, 70% T/T before shipment

No. | Description                            | HS code | Qty        | Unit price (CNY) | Amount (CNY)
1   | Deep groove ball bearing 6205-2RS      | 8482.10 | 12,000 pcs | 3.85             | 46,200.00
2   | Deep groove ball bearing 6308-ZZ       | 8482.10 | 4,500 pcs  | 14.60            | 65,700.00
3   | Cylindrical roller bearing NU2210      | 8482.50 | 820 pcs    | 88.50            | 72,570.00

Goods value:                                   CNY 184,470.00
Export packing (wooden cases, 14 pcs):         CNY 1,950.00
TOTAL AMOUNT:                                  CNY 186,420.00
SAY CHINESE YUAN ONE HUNDRED EIGHTY-SIX THOUSAND FOUR HUNDRED TWENTY ONLY

Deposit received 30% (2025-02-12):             CNY 55,926.00
Balance due before shipment:                   CNY 130,494.00

Beneficiary: Ningbo Hengrui Precision Bearing Co., Ltd.
Beneficiary bank: Zhejiang Harbour Commercial Bank, Ningbo Beilun Branch, SWIFT ZHCBCNBNXXX
Account No.: 3310 0452 7718 0096 041
""",
        {
            "number": "HR-EX-250306-02",
            "date": "2025-03-06",
            "total": "186420.00",
            "currency": "CNY",
            "parties.buyer.inn": "6302321805",
            "parties.buyer.kpp": "631101001",
            "parties.buyer.bik": "043601385",
            "parties.buyer.account": "40702156006801527677",
        },
    ),
    _en(
        "g-en-invoice-kazakhstan-kzt-scan",
        "invoice",
        """
TOO "STEPPE AGRO EXPORT"
BIN 18O44OO17291
Kazakhstan, Kostanay, Baitursynov str. 7O, office 12
INVOICE Ne SAE-O417
Date: 17.O4.2O25
Contract Ne KZ-RU/2O25-O3 dated 1O.O2.2O25
Buyer: OOO "Orenburg Grain Terminal"
INN 56179O5922 KPP 5617O1OO1
Russia, 46OO48, Orenburg, Promyshlennaya str. 6
Delivery terms: DAP Orenburg (Incoterms 2O2O), by rail, wagons Ne 5З1 -5З5
Description Qty, MT Price per MT, KZT Amount, KZT
Milling wheat, 3rd class, crop 2O24 25O.OOO 59 45O.OO 14 862 5OO.OO
VAT O% (export) O.OO
TOTAL: 14 862 5OO,OO KZT
Total in words: fourteen million eight hundred sixty-two thousand five hundred tenge OO tiyn
Payment: 1OO% within 15 days after border crossing
Beneficiary bank: JSC "Tobol Commercial Bank", Kostanay
IBAN KZ74722C945807302157
Director ________ Accountant ________
""",
        {
            "number": "SAE-0417",
            "date": "2025-04-17",
            "total": "14862500.00",
            "currency": "KZT",
            "parties.buyer.inn": "5617905922",
            "parties.buyer.kpp": "561701001",
        },
        noisy=True,
    ),
    _en(
        "g-en-invoice-turkey-try-export",
        "invoice",
        """
ANADOLU HAVLU TEKSTİL SAN. VE TİC. A.Ş.
Organize Sanayi Bölgesi 4. Cadde No: 17, 20330 Denizli, Türkiye
Tax office: Pamukkale   Tax No: 0680412739

EXPORT INVOICE / İHRACAT FATURASI
Invoice No: AHT2025000000318
Invoice date: 08.05.2025

Buyer: KAZAN TEXTILE HOUSE LLC (OOO "Kazanskiy Tekstilnyy Dom")
420107, Russia, Kazan, Spartakovskaya St. 2, office 415
INN: 1632627180   KPP: 165501001

Delivery: CPT Kazan, Incoterms 2020, by truck
Currency: TRY

Line | Description                                 | GTIP    | Qty        | Unit price | Amount
1    | Cotton bath towel 70x140 cm, 500 g/m2       | 6302.60 | 2.400 pcs  | 96,50      | 231.600,00
2    | Cotton hand towel 50x90 cm                  | 6302.60 | 3.600 pcs  | 42,25      | 152.100,00
3    | Waffle bathrobe, sizes M-XL                 | 6211.42 | 240 pcs    | 118,00     | 28.320,00

Goods subtotal:                                  412.020,00 TRY
Packing & labelling:                             360,00 TRY
KDV (VAT) 0% - export exemption:                 0,00 TRY
TOTAL:                                           412.380,00 TRY

Payment: 100% T/T within 30 days after the CMR date.
Bank: Ege Ticaret Bankası A.Ş., Denizli Branch, IBAN TR450006203681930364262129
""",
        {
            "number": "AHT2025000000318",
            "date": "2025-05-08",
            "total": "412380.00",
            "currency": "TRY",
            "parties.buyer.inn": "1632627180",
            "parties.buyer.kpp": "165501001",
        },
    ),
    _en(
        "g-en-invoice-uae-aed-discount-freight",
        "invoice",
        """
GULF HORIZON AUTO PARTS TRADING L.L.C.
Warehouse 14, Al Quoz Industrial Area 3, Dubai, United Arab Emirates
TRN 100384726500003

TAX INVOICE

Invoice #: GH-INV-25-00741
Invoice Date: 21/07/2025
Due Date: 20/08/2025

Bill To:
LLC "Avtodetal Import"
KPP 772901001 / INN 7729980907
119361, Moscow, Ozernaya st. 42, bld. 1, Russia
Ship To: same address, via SVO cargo terminal

Item                                     Qty    Rate (AED)    Amount (AED)
A/C compressor 447260-1490               24     1,180.00      28,320.00
Alternator 12V 130A 27060-0T050          36     640.00        23,040.00

Subtotal                                                      51,360.00
Discount (5%)                                                 -2,568.00
Freight (air, DXB-SVO, 412 kg)                                9,450.00
Insurance                                                     663.00
VAT 0% (export of goods)                                      0.00
Grand Total                                                   AED 58,905.00
Amount Paid                                                   0.00
Balance Due                                                   AED 58,905.00

Bank: Emirates Coastal Bank PJSC, Deira Branch
IBAN AE210339722003322453832, SWIFT ECBPAEADXXX
""",
        {
            "number": "GH-INV-25-00741",
            "date": "2025-07-21",
            "total": "58905.00",
            "currency": "AED",
            "parties.buyer.inn": "7729980907",
            "parties.buyer.kpp": "772901001",
        },
    ),
    _en(
        "g-en-invoice-uk-gbp-deposit-scan",
        "invoice",
        """
HARTWELL SCIENTIFIC INSTRUMENTS LTD
Unit 7, Riverside Park, Cambridge CB4 1GH, United Kingdom
VAT Reg. No. GB 284 1173 O6
INVOICE No. HSI-1O482
Invoice date: 12 Feb 2O25
Customer: OOO "Nevskaya Laboratoriya"
INN/KPP 7813675404/7813O1OO1
197198, St Petersburg, Bolshoy pr. P.S. 48, Russia
Qty Description Unit price Amount
4 Digital refractometer RX-52OO £1,145.OO £4,58O.OO
6 Calibration standards kit £286.OO £1,716.OO
Carriage & insurance (CIP St Petersburg) £1,12O.OO
VAT O% zero-rated export £O.OO
TOTAL £7,416.OO
5O% deposit paid 3O Jan 2O25 £3,7O8.OO
Balance due on shipment £3,7O8.OO
Bank: HSBC UK, IBAN GB67HSBC40127636405622
""",
        {
            "number": "HSI-10482",
            "date": "2025-02-12",
            "total": "7416.00",
            "currency": "GBP",
            "parties.buyer.inn": "7813675404",
            "parties.buyer.kpp": "781301001",
        },
        noisy=True,
    ),
    _en(
        "g-en-credit-note-eur-return",
        "invoice",
        """
Kessler Hydraulik GmbH
Industriestraße 44, 73760 Ostfildern, Germany
USt-IdNr. DE 318 447 209

CREDIT NOTE

Credit note no.: CN-2025-0081
Date: 19.06.2025
Reference: invoice INV-2025-1147 of 28.04.2025 (invoice total 24.870,00 €)
Customer no.: 20417

Customer:
OOO "Gidroprivod-Servis"
141401, Khimki, Leningradskaya ul. 29, Russia
INN 5037047580, KPP 504701001

Pos | Description                                                  | Qty | Unit price | Amount
1   | Returned goods: hydraulic filter element HF-220 (RMA 4471)   | 24  | 86,50 €    | 2.076,00 €
2   | Price adjustment, invoice line 3 (pump seal kit PSK-40)      | 12  | 95,20 €    | 1.142,40 €

Net credit:                                                        3.218,40 €
VAT 0% - tax-free export delivery:                                 0,00 €
Total credit:                                                      3.218,40 €

The credit will be refunded within 14 days to your EUR account 40702978502998943675
with AO "Stolichny Promyshlenny Bank", Moscow, BIK 044525345.
""",
        {
            "number": "CN-2025-0081",
            "date": "2025-06-19",
            "total": "3218.40",
            "currency": "EUR",
            "parties.buyer.inn": "5037047580",
            "parties.buyer.kpp": "504701001",
            "parties.buyer.bik": "044525345",
            "parties.buyer.account": "40702978502998943675",
        },
    ),
    _en(
        "g-en-commercial-invoice-us-usd-cif",
        "invoice",
        """
PRAIRIE GOLD SEED COMPANY, INC.
2150 Harvest Parkway, Grand Island, NE 68803, USA

COMMERCIAL INVOICE

Invoice No.: PGS-CI-25-0193
Invoice Date: March 11, 2025
Sold to / Buyer: JSC "Kuban Seed Holding"
350072, Krasnodar, Moskovskaya St. 77, Russia
INN 2309900794   KPP 230901001
Buyer's bank: PJSC "Kubansky Agrarny Bank", BIK 040349724, USD account 40702840471377434097
Ship to / Consignee: same as buyer
Terms of sale: CIF Novorossiysk, Incoterms 2020
Payment terms: irrevocable letter of credit at sight
Country of origin: USA

Marks      | Description                                        | HS Code      | Qty       | Unit Price  | Amount
PGS 1-320  | Hybrid sunflower seed PG 4417 CL, 150,000 seeds/bag | 1206.00.0020 | 320 bags  | USD 138.40  | USD 44,288.00
           | Seed treatment (fungicide coating)                 |              | 320 bags  | USD 4.75    | USD 1,520.00

Subtotal:                                   USD 45,808.00
Ocean freight, Houston - Novorossiysk:      USD 2,310.00
Insurance (110% of CIF value):              USD 152.50
Invoice total:                              USD 48,270.50

Net weight: 7,680 kg   Gross weight: 8,064 kg   Packages: 320 bags on 16 pallets
We certify that this invoice is true and correct.
""",
        {
            "number": "PGS-CI-25-0193",
            "date": "2025-03-11",
            "total": "48270.50",
            "currency": "USD",
            "parties.buyer.inn": "2309900794",
            "parties.buyer.kpp": "230901001",
            "parties.buyer.bik": "040349724",
            "parties.buyer.account": "40702840471377434097",
        },
    ),
    _en(
        "g-en-packing-list-led-cartons",
        "packing_list",
        """
SHENZHEN BRIGHTWAVE LIGHTING CO., LTD.
Building B3, Fuhai Industrial Zone, Bao'an District, Shenzhen 518103, China

PACKING LIST
P/L No.: BWL-PL-250822
Date: Aug 22, 2025
Invoice No.: BWL-CI-250822

Shipper: Shenzhen Brightwave Lighting Co., Ltd.
Consignee: LLC "Svetotekhnika Povolzhye"
443080, Samara, Moskovskoe shosse 4, bld. 15, Russia
INN 6309847185   KPP 631601001
Notify party: same as consignee
Port of loading: Yantian, China   Port of discharge: Saint Petersburg, Russia

Carton No. | Description             | Qty/ctn | Cartons | Total qty | N.W. (kg) | G.W. (kg) | Measurement (cm)
1-120      | LED panel 600x600 40W   | 4       | 120     | 480       | 1,440.0   | 1,560.0   | 62x62x30
121-200    | LED high bay 150W       | 2       | 80      | 160       | 896.0     | 960.0     | 48x48x36
201-260    | LED driver 40W (spare)  | 50      | 60      | 3,000     | 420.0     | 456.0     | 40x30x25

Total: 260 cartons, 3,640 pcs, N.W. 2,756.0 kg, G.W. 2,976.0 kg, 35.6 CBM
Container: TGHU 8841273 / Seal: YT2250417
""",
        {
            "number": "BWL-PL-250822",
            "date": "2025-08-22",
            "total": None,
            "currency": None,
            "parties.consignee.inn": "6309847185",
            "parties.consignee.kpp": "631601001",
        },
    ),
    _en(
        "g-en-bill-of-lading-scan",
        "waybill",
        """
BILL OF LADING
B/L No. NGBVL25O4817
SHIPPER
NINGBO EASTLINK MACHINERY IMP. & EXP. CO., LTD.
NO. 16 XINGGANG RD, BEILUN, NINGBO, CHINA
CONSIGNEE
OOO "AMUR IMPORT TRADE"
INN 27O5647640 KPP 2721O1OO1
68OOOO, KHABAROVSK, UL. SERYSHEVA 31, RUSSIA
NOTIFY PARTY
SAME AS CONSIGNEE
VESSEL / VOYAGE: PACIFIC LARK V.2516N
PORT OF LOADING: NINGBO, CHINA PORT OF DISCHARGE: VLADIVOSTOK, RUSSIA
CONTAINER / SEAL: FCIU 736O218 / CN88O4172
NO. OF PKGS: 18 CRATES
DESCRIPTION: HYDRAULIC EXCAVATOR SPARE PARTS, HS 8431.49
GROSS WEIGHT: 16,42O.OOO KGS MEASUREMENT: 54.2OO CBM
FREIGHT PREPAID
SHIPPED ON BOARD 22-Apr-2O25
PLACE AND DATE OF ISSUE: NINGBO 22-Apr-2O25
NUMBER OF ORIGINAL B/L: THREE (3)
""",
        {
            "number": "NGBVL2504817",
            "date": "2025-04-22",
            "currency": None,
            "parties.consignee.inn": "2705647640",
            "parties.consignee.kpp": "272101001",
        },
        noisy=True,
    ),
    _en(
        "g-en-receipt-hardware-store-photo",
        "receipt",
        """
HARBOR LANE HARDWARE
418 Harbor Ln, Portland, ME O41O1
(2O7) 555-O148
Store 12 Reg 3 Trans 48817
Receipt #: O412-3-48817
O9/14/2O25 4:37 PM
Cashier: DANA
EXT CORD 25FT 12GA 1 @ 34.99 34.99
LED BULB A19 4PK 2 @ 12.49 24.98
LUBRICANT SPRAY 11OZ 1 @ 8.99 8.99
PAINTERS TAPE 1.88IN 3 @ 3.65 1O.95
SUBTOTAL $79.9l
SALES TAX 5.5% $4.4O
TOTAL $84.3l
VISA **** 2O73 $84.3l
CHANGE DUE $O.OO
ITEMS SOLD 7
RETURNS WITHIN 30 DAYS WITH RECEIPT
""",
        {
            "number": "0412-3-48817",
            "date": "2025-09-14",
            "total": "84.31",
            "currency": "USD",
        },
        noisy=True,
    ),
    _en(
        "g-en-bank-statement-usd-account",
        "bank_statement",
        """
JSC "Moskvorechye Commercial Bank"
BIK 044525596, correspondent account 30101810345250000596

ACCOUNT STATEMENT
Statement date: 31.07.2025
Period: 01.07.2025 - 31.07.2025
Account holder: LLC "Northern Timber Export"
INN 7839600354   KPP 783901001
Account No.: 40702840624903213553
Currency: USD

Opening balance: USD 218,440.15

Date       | Ref. | Counterparty                              | Debit       | Credit      | Description
03.07.2025 | 4471 | Baltic Wood Trading OU                    |             | 96,300.00   | Payment for invoice NTE-25-061, sawn pine
09.07.2025 | 1188 | LLC "Northern Timber Export", RUB account | 120,000.00  |             | Sale of foreign currency
15.07.2025 | 4502 | Qingdao Forest Products Co., Ltd.         |             | 142,750.00  | Payment for invoice NTE-25-064
22.07.2025 | 1204 | Bank                                      | 185.00      |             | Currency control commission
28.07.2025 | 1219 | Hamburg Saw Tools GmbH                    | 18,420.50   |             | Payment for saw blades, invoice 2025-3318

Total debit: 138,605.50   Total credit: 239,050.00
Closing balance: USD 318,884.65
""",
        {
            "date": "2025-07-31",
            "currency": "USD",
            "parties.account_holder.inn": "7839600354",
            "parties.account_holder.kpp": "783901001",
            "parties.account_holder.bik": "044525596",
            "parties.account_holder.account": "40702840624903213553",
        },
    ),
    _en(
        "g-en-letter-price-adjustment",
        "letter",
        """
QINGDAO BLUEOCEAN PACKAGING MATERIALS CO., LTD.
No. 21 Huanghe East Road, Huangdao District, Qingdao 266555, China

Ref.: BOP/2025/118
Date: 2 September 2025

To: LLC "Volzhsky Food Packaging", 400075, Volgograd, Promyshlennaya St. 9, Russia
Attn: Mr. Sergey Orlov, Purchasing Director

Subject: Price adjustment for BOPP film from October 1, 2025

Dear Mr. Orlov,

Because the price of polypropylene resin has risen for the third month in a row, we have to
adjust our prices. From October 1, 2025 the price of transparent BOPP film 20 um will increase
from USD 2.05 to USD 2.18 per kg, FCA Qingdao.

Orders confirmed before September 30, 2025, including your purchase order 2025-447 for
18 tons, will be shipped at the current price.

We appreciate your understanding and look forward to continuing our cooperation.

Yours faithfully,
Li Wen
Export Sales Manager
""",
        {
            "number": "BOP/2025/118",
            "date": "2025-09-02",
            "total": None,
            "currency": "USD",
        },
    ),
    _en(
        "g-en-contract-crushers-usd-advance",
        "contract",
        """
SUPPLY CONTRACT No. ZH-NSK/2025-07

Novosibirsk                                                      July 15, 2025

Zhengzhou Tianli Heavy Machinery Co., Ltd., China, hereinafter the "Seller", represented by
General Manager Mr. Zhao Ming, and LLC "Sibirskiy Karier", Russia, hereinafter the "Buyer",
represented by General Director Mr. Anton Klimov, acting under the Charter, have concluded
this Contract as follows.

1. SUBJECT
1.1. The Seller sells and the Buyer buys two jaw crushers PE-900x1200 at USD 386,400.00 each
and one cone crusher HPC-300 at USD 472,800.00, delivered DAP Novosibirsk (Incoterms 2020).

3. PRICE AND PAYMENT
3.1. The total value of this Contract is USD 1,245,600.00 (one million two hundred forty-five
thousand six hundred US dollars 00 cents).
3.2. Prices include packing, marking and delivery to Novosibirsk.
3.3. The Buyer pays an advance of 20%, USD 249,120.00, within 10 banking days after signing.
The balance of 80%, USD 996,480.00, is paid within 30 days after delivery.
3.4. For late delivery the Seller pays a penalty of 0.05% of the value of the undelivered
goods per day, not exceeding 5% of the total value of the Contract.

12. LEGAL ADDRESSES AND BANK DETAILS
Seller: Zhengzhou Tianli Heavy Machinery Co., Ltd., No. 6 Kexue Avenue, Zhengzhou, Henan, China
Bank: Central Plains Commercial Bank, Zhengzhou Branch, SWIFT CPCBCNBZXXX

Buyer: LLC "Sibirskiy Karier", 630501, Novosibirsk Region, Krasnoobsk, Promyshlennaya St. 4
INN 5427289792   KPP 542701001
Account (USD): 40702840337191407541
Bank: JSC "Sibirsky Investitsionny Bank", Novosibirsk, BIK 045004000

For the Seller: ________ Zhao Ming        For the Buyer: ________ A. Klimov
""",
        {
            "number": "ZH-NSK/2025-07",
            "date": "2025-07-15",
            "total": "1245600.00",
            "currency": "USD",
            "parties.buyer.inn": "5427289792",
            "parties.buyer.kpp": "542701001",
            "parties.buyer.bik": "045004000",
            "parties.buyer.account": "40702840337191407541",
        },
    ),
    _en(
        "g-en-passport-kazakhstan-scan",
        "passport",
        """
ҚАЗАҚСТАН РЕСПУБЛИКАСЫ
REPUBLIC OF KAZAKHSTAN
ТӨЛҚҰЖАТ / PASSPORT
Type/Түрі P Code/Коды KAZ Passport No./Төлқұжат Ne Nl4729O35
Surname/Тегі ZHUMABEKOVA
Given names/Аты AIGERIM
Nationality/Ұлты KAZAKHSTAN
Date of birth/Туған күні 23.O8.1992
Personal No./ЖСН 92O823451275
Sex/Жынысы F
Place of birth/Туған жері ALMATY
Date of issue/Берілген күні 19.O5.2O22
Date of expiry/Жарамдылық мерзімі 18.O5.2O32
Authority/Берген орган MINISTRY OF INTERNAL AFFAIRS
P<KAZZHUMABEKOVA<<AIGERIM<<<<<<<<<<<<<<<<<<<
N147290356KAZ9208234F3205183920823451275<<88
""",
        {
            "number": "N14729035",
            "date": "2022-05-19",
            "total": None,
            "currency": None,
        },
        noisy=True,
    ),
    _en(
        "g-en-power-of-attorney-customs-broker",
        "power_of_attorney",
        """
POWER OF ATTORNEY No. 17/2025

Moscow                                                       3 February 2025

LLC "Techno Import Group" (INN 7708666753, KPP 770801001, OGRN 1177746123456), registered at
107140, Moscow, Krasnoselsky tupik 5, office 12, represented by General Director Mr. Pavel
Sorokin, acting under the Charter, hereby authorizes

LLC "Customs Broker Vector" (INN 7733096659, KPP 773301001), entered in the register of
customs representatives under No. 1418,

to act on its behalf before the customs authorities of the Russian Federation: to file and
sign customs declarations and their amendments, to present goods for inspection, to receive
released goods and to sign all documents needed for these purposes.

This power of attorney is valid until 31 December 2025 without the right of substitution.

General Director ________ P. Sorokin
""",
        {
            "number": "17/2025",
            "date": "2025-02-03",
            "total": None,
            "currency": None,
            "parties.principal.inn": "7708666753",
            "parties.principal.kpp": "770801001",
            "parties.attorney.inn": "7733096659",
            "parties.attorney.kpp": "773301001",
        },
    ),
    _en(
        "g-en-certificate-of-origin",
        "other",
        """
CERTIFICATE OF ORIGIN
Certificate No. 25C3302A1847/00011
Date of issue: Jul 10, 2025

1. Exporter: YIWU SUNRISE HOUSEWARE CO., LTD., No. 399 Chouzhou North Road, Yiwu, Zhejiang, China
2. Consignee: LLC "Dom i Byt Trade", 620026, Yekaterinburg, ul. Kuybysheva 44, Russia
3. Means of transport and route: from Yiwu to Yekaterinburg by rail, via Khorgos
4. Country of destination: Russia
5. Marks and numbers: DBT-2025-07 / 1-340
6. Number and kind of packages, description of goods: 340 cartons of stainless steel cookware sets
7. HS code: 7323.93
8. Quantity: 2,720 sets, gross weight 6,120 kg
9. Number and date of invoice: YSH-2507-118, Jul 8, 2025
10. Declaration by the exporter: the above details and statements are correct, and all the goods
were produced in China.
11. Certification: it is hereby certified that the declaration by the exporter is correct.
Yiwu Chamber of International Commerce, Yiwu, Jul 10, 2025
""",
        {
            "number": "25C3302A1847/00011",
            "date": "2025-07-10",
            "total": None,
            "currency": None,
        },
    ),
]
