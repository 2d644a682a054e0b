"""English documents of set AJ. `bench.holdout_aj` describes the set and its labels."""

# Document texts reproduce printed lines up to 110 characters wide, and noisy
# ones run longer where OCR merged lines.
# ruff: noqa: E501

from .holdout import HoldoutDocument

_INVOICES = [
    # A Russian telecom operator's English invoice to a corporate customer for March on
    # the monthly plan "Business Pro 25". The previous balance and the payment received
    # are last month's, and the total is the current charges with VAT.
    HoldoutDocument(
        id="aj-en-invoice-telecom-monthly-plan",
        document_type="invoice",
        language="en",
        text="""\
TeleLink Povolzhye JSC (АО «ТелеЛинк Поволжье»)                                     TAX INVOICE
118 Svobody St., Yaroslavl 150014, Russia
INN 7604007548, KPP 760401001, OGRN 1077600917140
Corporate care: +7 800 301-44-70, b2b@telelink-p.example

Invoice No.:        TLP-2604-00871                 Invoice date:   April 1, 2026
Billing period:     March 1 - March 31, 2026       Payment due:    April 20, 2026
Customer account:   8810 5276 31                   Agreement:      No. 77-K-0512 of August 14, 2025

Bill to:  Nordwerk Auto Parts LLC (ООО «Нордверк Автозапчасти»)
          27 Profsoyuznaya St., bldg. 3, Moscow 117292, Russia
          INN 7736938254, KPP 773601001

ACCOUNT SUMMARY                                                                         RUB
Previous balance                                                                  38,412.50
Payment received March 16, 2026 - thank you                                      -38,412.50
Balance brought forward                                                                0.00
Current charges                                                                   39,096.36
Total amount due by April 20, 2026                                            RUB 39,096.36

CURRENT CHARGES
| Service                                                     | Qty      | Rate, RUB | Amount, RUB |
| Monthly plan "Business Pro 25" (25 GB, 1,500 min, SMS)      | 18 lines |    850.00 |   15,300.00 |
| Add-on "Fleet Data 10 GB" for data-only SIM cards           |  6 SIMs  |    450.00 |    2,700.00 |
| Roaming bundle "Kazakhstan 5 GB", 14 days                   |  2       |  1,200.00 |    2,400.00 |
| International calls outside the plan (see usage detail)     |          |           |    1,846.20 |
| Dedicated Internet 100 Mbps, warehouse at 12 Promyshlennaya |          |           |             |
| St., Yaroslavl, monthly fee                                 |  1       |  9,800.00 |    9,800.00 |
| Total excluding VAT                                         |          |           |   32,046.20 |
| VAT 22%                                                     |          |           |    7,050.16 |
| Total including VAT                                         |          |           |   39,096.36 |

Usage summary: 18 voice lines used 16,420 of 27,000 included minutes; no overage on the plan.
Roaming bundles were activated for numbers ending 4417 and 5280 on March 9, 2026.

PAYMENT DETAILS
Beneficiary:    TeleLink Povolzhye JSC, INN 7604007548, KPP 760401001
Account:        40702810852117850255
Bank:           JSC Bank Stolichny Raschetny Tsentr, Moscow
BIC:            044525917        Correspondent account: 30101810200000000917
Reference:      customer account 8810 5276 31, invoice TLP-2604-00871

This invoice is issued electronically and is valid without a signature or stamp.
""",
        expected={
            "number": "TLP-2604-00871",
            "date": "2026-04-01",
            "total": "39096.36",
            "currency": "RUB",
            "parties.seller.inn": "7604007548",
            "parties.seller.kpp": "760401001",
            "parties.seller.bik": "044525917",
            "parties.seller.account": "40702810852117850255",
            "parties.buyer.inn": "7736938254",
            "parties.buyer.kpp": "773601001",
        },
    ),
    # A Chinese maker's commercial invoice for brake parts to a Moscow distributor. The
    # total is the value of the lot, not the deposit received or the balance. The maker's
    # unified social credit code is foreign and not labelled.
    HoldoutDocument(
        id="aj-en-invoice-china-brake-parts",
        document_type="invoice",
        language="en",
        text="""\
NINGBO HUACHENG AUTO PARTS CO., LTD.
No. 88 Jinxi Road, Yinzhou District, Ningbo, Zhejiang 315100, China
Unified Social Credit Code: 91330212MA2J8K5T7W
Tel: +86 574 8812 4470    E-mail: export@hc-autoparts.example

                                  COMMERCIAL INVOICE

Invoice No.: HC-EX-260311                              Date: 11 March 2026
Contract No.: HC-NW-2025/09 dated 22 October 2025      Buyer's order: NW-PO-0218

Seller:     Ningbo Huacheng Auto Parts Co., Ltd. (address above)
Buyer:      Nordwerk Auto Parts LLC, 27 Profsoyuznaya St., bldg. 3, Moscow 117292, Russia
            INN 7736938254, KPP 773601001
Consignee:  same as Buyer, delivery to warehouse at 12 Promyshlennaya St., Yaroslavl 150044
Terms of delivery: FCA Ningbo (Incoterms 2020)
Transport: by truck via Khorgos border crossing, CMR
Country of origin: China

| No. | Part No. | Description                        | HS Code    | Qty   | Unit | Price, USD | Amount, USD |
| 1   | BP-4471F | Brake pad set, front, ceramic      | 8708.30.10 | 1,200 | set  |       9.80 |   11,760.00 |
| 2   | BP-4472R | Brake pad set, rear, semi-metallic | 8708.30.10 |   800 | set  |       8.60 |    6,880.00 |
| 3   | BD-2580  | Brake disc, front, vented, R15     | 8708.30.91 |   600 | pc   |      21.40 |   12,840.00 |
| 4   | BD-2581  | Brake disc, rear, solid            | 8708.30.91 |   400 | pc   |      18.70 |    7,480.00 |
| 5   | SL-1903  | Stabilizer link, front             | 8708.80.99 | 1,600 | pc   |       4.35 |    6,960.00 |
|     |          | TOTAL FCA NINGBO                   |            | 4,600 |      |            |   45,920.00 |

TOTAL AMOUNT: USD 45,920.00
SAY US DOLLARS FORTY-FIVE THOUSAND NINE HUNDRED TWENTY ONLY

Payment terms: 30% deposit by T/T after signing the contract, 70% balance before shipment.
Deposit received 19 January 2026:                                            USD 13,776.00
Balance due before shipment:                                                 USD 32,144.00

Packing: 1,146 cartons on 38 pallets, see packing list HC-PL-260311.
Net weight 17,236 kg, gross weight 18,420 kg.

Beneficiary bank: Zhejiang Yongjiang Commercial Bank, Ningbo Branch
SWIFT: ZYCBCNBNXXX    Account No.: 71020188000044172

For and on behalf of Ningbo Huacheng Auto Parts Co., Ltd.
Chen Lihua, Export Manager    ____________
""",
        expected={
            "number": "HC-EX-260311",
            "date": "2026-03-11",
            "total": "45920.00",
            "currency": "USD",
            "parties.buyer.inn": "7736938254",
            "parties.buyer.kpp": "773601001",
        },
    ),
    # A Dubai exporter's invoice to the Yaroslavl dealer for two used cars with their
    # VINs, at VAT 0% for export. The exporter's TRN and IBAN are foreign and not
    # labelled.
    HoldoutDocument(
        id="aj-en-invoice-dubai-used-cars",
        document_type="invoice",
        language="en",
        text="""\
AL NOOR AUTO EXPORT FZE
Showroom 14, Ras Al Khor Auto Market, Dubai, United Arab Emirates
TRN 100482716300003     Tel. +971 4 320 1874     sales@alnoor-autoexport.example

                              TAX INVOICE (EXPORT)

Invoice No.: ANE/26/0147                               Date: 5 March 2026
Proforma: ANE/PF/26/0139 dated 24 February 2026

Buyer:  Severny Luch Motors LLC (ООО «Северный Луч Моторс»)
        118 Leningradsky Ave., bldg. 2, Yaroslavl 150044, Russia
        INN 7604787785, KPP 760401001
Terms of delivery: FOB Jebel Ali (Incoterms 2020), RoRo vessel to Novorossiysk
Country of origin: Japan (item 1), Republic of Korea (item 2)

| Item | Description                         | VIN               | HS Code | Year | Mileage   | Amount, USD |
| 1    | Toyota RAV4 2.5 Hybrid AWD, white   | JTMW43FV3RD140827 | 8703.40 | 2024 | 18,420 km |   29,800.00 |
| 2    | Hyundai Tucson 2.0 AWD, grey        | KMHK381G2RU284615 | 8703.23 | 2024 | 24,150 km |   27,400.00 |
| 3    | Export certificates and export      |                   |         |      |           |             |
|      | number plates, 2 vehicles           |                   |         |      |           |      650.00 |

Subtotal                                                                          57,850.00
VAT 0% (export of goods, Article 45 of the UAE VAT Law)                                 0.00
TOTAL                                                                         USD 57,850.00

Payment: 100% prepayment by bank transfer before loading.
Pre-export inspection reports: VIR-26-03148 and VIR-26-03149 (Desert Star Vehicle Testing).

Beneficiary:  Al Noor Auto Export FZE
Bank:         Gulf Horizon Bank PJSC, Deira Branch, Dubai     SWIFT: GHBKAEADXXX
IBAN:         AE410470001048271630914 (USD)

Authorised signatory ____________ Faisal Rahman, Sales Director
""",
        expected={
            "number": "ANE/26/0147",
            "date": "2026-03-05",
            "total": "57850.00",
            "currency": "USD",
            "parties.buyer.inn": "7604787785",
            "parties.buyer.kpp": "760401001",
        },
    ),
]

_ACTS = [
    # A cleaning firm's English certificate of services rendered (an act) for a dealer's
    # showroom in March. VAT is added on top.
    HoldoutDocument(
        id="aj-en-act-cleaning-certificate",
        document_type="act",
        language="en",
        text="""\
Chistiy Format LLC (ООО «Чистый Формат»)
2 Chkalova St., office 311, Yaroslavl 150054, Russia
INN 7606014678, KPP 760601001, OGRN 1207630024580

              CERTIFICATE OF SERVICES RENDERED (ACT) No. 41
                             Yaroslavl, March 31, 2026

Contractor: Chistiy Format LLC, INN 7606014678, KPP 760601001
Customer:   Hansa Motors Rus LLC (ООО «Ханза Моторс Рус»), INN 7728495496, KPP 772801001
            Showroom: 31 Moskovsky Ave., Yaroslavl
Agreement:  Cleaning Services Agreement No. 2025/CF-17 dated December 1, 2025
Period:     March 1-31, 2026

| No. | Service                                                  | Unit  | Qty | Rate, RUB  | Amount, RUB |
| 1   | Daily cleaning of showroom and service reception, 980 m2 | month | 1   | 118,000.00 |  118,000.00 |
| 2   | Night cleaning of service area and washing bay           | shift | 22  |   2,200.00 |   48,400.00 |
| 3   | Washing of glass facades, both sides                     | m2    | 260 |      70.00 |   18,200.00 |
|     | Subtotal                                                 |       |     |            |  184,600.00 |
|     | VAT 22%                                                  |       |     |            |   40,612.00 |
|     | Total including VAT                                      |       |     |            |  225,212.00 |

Total for the services rendered: RUB 225,212.00 (two hundred twenty-five thousand two hundred
twelve roubles 00 kopecks), including VAT 22% of RUB 40,612.00.

The services were rendered in full and on time. The Customer has no claims as to their scope,
quality or timing. Payment is due within 10 business days from the date of this certificate.

Payment details of the Contractor: account 40702810892152758929 with PJSC Bank Volzhsky Kredit,
Yaroslavl, BIC 047888614, correspondent account 30101810100000000614.

Contractor: ____________ A. V. Guryeva, Director          Customer: ____________ M. Vogel, Director
""",
        expected={
            "number": "41",
            "date": "2026-03-31",
            "total": "225212.00",
            "currency": "RUB",
            "parties.seller.inn": "7606014678",
            "parties.seller.kpp": "760601001",
            "parties.seller.bik": "047888614",
            "parties.seller.account": "40702810892152758929",
            "parties.buyer.inn": "7728495496",
            "parties.buyer.kpp": "772801001",
        },
    ),
]

_UPDS = [
    # A translated status 1 UPD for five cars that the dealer sold to a car sharing
    # operator. It is dated by the UPD, not by the translation, and the consignee "same as
    # the buyer" is not labelled.
    HoldoutDocument(
        id="aj-en-upd-translation-car-sharing-fleet",
        document_type="upd",
        language="en",
        text="""\
Translation from Russian

UNIVERSAL TRANSFER DOCUMENT      Invoice No. SL-0341 dated March 30, 2026 (1)
Status: 1                        Correction No. --- dated --- (1a)
Seller: Severny Luch Motors LLC (2)
Address: 118 Leningradsky Ave., bldg. 2, Yaroslavl 150044, Russia (2a)
Seller's INN/KPP: 7604787785/760401001 (2b)
Shipper and its address: the same (3)
Consignee and its address: the same as the buyer (4)
To payment document No. 86 dated March 20, 2026 (5)
Shipping document: items 1-5, No. SL-0341 dated March 30, 2026 (5a)
Buyer: Gorodskoy Rul LLC (6)
Address: 10 Bolshaya Tulskaya St., bldg. 9, Moscow 115191, Russia (6a)
Buyer's INN/KPP: 7714171607/771401001 (6b)
Currency: Russian rouble, 643 (7)

| No. | Goods, VIN                       | Qty | Value excl. VAT | VAT rate | VAT amount   | Value incl. VAT |
| 1   | Chery Tiggo 4, LVVDB21B9TD318452 | 1   |    1,795,081.97 | 22%      |   394,918.03 |    2,190,000.00 |
| 2   | Chery Tiggo 4, LVVDB21B0TD318467 | 1   |    1,795,081.97 | 22%      |   394,918.03 |    2,190,000.00 |
| 3   | Chery Tiggo 4, LVVDB21B2TD318471 | 1   |    1,795,081.97 | 22%      |   394,918.03 |    2,190,000.00 |
| 4   | Chery Tiggo 4, LVVDB21BXTD318489 | 1   |    1,795,081.97 | 22%      |   394,918.03 |    2,190,000.00 |
| 5   | Chery Tiggo 4, LVVDB21B1TD318493 | 1   |    1,795,081.97 | 22%      |   394,918.03 |    2,190,000.00 |
|     | Total payable (9)                | 5   |    8,975,409.85 | X        | 1,974,590.15 |   10,950,000.00 |

Basis of transfer: Car Sale Contract No. 0219/26-DKP dated February 19, 2026 (8)
Transport: collected by the buyer, vehicles driven under their own power (9)
Handed over by: sales manager I. R. Pakhomov (10)     Date of shipment: March 30, 2026 (11)
Received by: fleet manager K. S. Orlov, power of attorney No. 112 dated March 27, 2026 (15)
Date of receipt: March 30, 2026 (16)

I, Natalia Sergeevna Ryabinina, translator, certify that this is a true and complete translation
of the Russian original. Yaroslavl, April 2, 2026. ____________ N. S. Ryabinina
""",
        expected={
            "number": "SL-0341",
            "date": "2026-03-30",
            "total": "10950000.00",
            "currency": "RUB",
            "parties.seller.inn": "7604787785",
            "parties.seller.kpp": "760401001",
            "parties.buyer.inn": "7714171607",
            "parties.buyer.kpp": "771401001",
        },
    ),
]

_PAYMENT_ORDERS = [
    # The bank's print of the MT103 that pays the 70% balance of the brake parts invoice.
    # It is numbered by field 20 and dated by the value date of field 32A, and its total
    # is the amount of field 32A, not the invoice value.
    HoldoutDocument(
        id="aj-en-payment-order-mt103-brake-parts",
        document_type="payment_order",
        language="en",
        text="""\
JSC BANK STOLICHNY RASCHETNY TSENTR, MOSCOW      BIC 044525917      SWIFT SRCTRUMMXXX
Outgoing SWIFT message - customer copy                                Printed: 23.03.2026 10:05

Message type:   MT103 Single Customer Credit Transfer
Sender:         SRCTRUMMXXX
Receiver:       ZYCBCNBNXXX
Status:         EXECUTED 20.03.2026 15:58

:20: Sender's Reference
NW260320-01
:23B: Bank Operation Code
CRED
:32A: Value Date/Currency/Interbank Settled Amount
260320USD32144,00
(Value date: 20 March 2026, amount: USD 32,144.00)
:50K: Ordering Customer
/40702840510924834352
NORDWERK AUTO PARTS LLC
INN 7736938254 KPP 773601001
27 PROFSOYUZNAYA ST, BLDG 3, MOSCOW 117292, RU
:52A: Ordering Institution
SRCTRUMMXXX
:57A: Account With Institution
ZYCBCNBNXXX
:59: Beneficiary Customer
/71020188000044172
NINGBO HUACHENG AUTO PARTS CO., LTD.
NO. 88 JINXI ROAD, YINZHOU DISTRICT, NINGBO, CN
:70: Remittance Information
BALANCE 70 PCT INV HC-EX-260311 DD 11.03.2026 TOTAL USD 45920,00
CONTRACT HC-NW-2025/09 DD 22.10.2025 BRAKE PARTS
:71A: Details of Charges
OUR

Currency control: contract registered under unique number 25100041/0917/0042/2/1.
""",
        expected={
            "number": "NW260320-01",
            "date": "2026-03-20",
            "total": "32144.00",
            "currency": "USD",
            "parties.payer.inn": "7736938254",
            "parties.payer.kpp": "773601001",
            "parties.payer.bik": "044525917",
            "parties.payer.account": "40702840510924834352",
        },
    ),
]

_OTHER_TYPES = [
    # A security firm's English agreement to guard the distributor's Yaroslavl warehouse
    # for a year. The total is the contract price for the term with the alarm
    # installation, not the monthly fee or the liability cap. The firm charges no VAT.
    HoldoutDocument(
        id="aj-en-contract-security-services",
        document_type="contract",
        language="en",
        text="""\
                      SECURITY SERVICES AGREEMENT No. BS-2026/07
Yaroslavl                                                                          2 March 2026

Bastion-Shield Private Security Company LLC (ООО «ЧОО «Бастион-Щит»), licence No. 76-18-0412,
represented by its General Director K. N. Ryabov (the "Contractor"), and Nordwerk Auto Parts LLC,
represented by its General Director E. Lindqvist (the "Customer"), agree as follows.

1. SUBJECT
1.1. The Contractor shall guard the Customer's warehouse at 12 Promyshlennaya St., Yaroslavl:
one round-the-clock guard post, alarm monitoring from the Contractor's control room and a rapid
response team arriving within 12 minutes of an alarm.
1.2. The Contractor shall install and maintain the alarm panel and two panic buttons.

2. TERM
2.1. Services are rendered from 1 April 2026 to 31 March 2027.

3. PRICE AND PAYMENT
3.1. The monthly fee is RUB 286,000.00. The one-time fee for installing the alarm equipment is
RUB 74,500.00.
3.2. The total Contract Price for the term is RUB 3,506,500.00 (three million five hundred six
thousand five hundred roubles 00 kopecks). VAT is not charged because the Contractor applies the
simplified taxation system (Article 346.11 of the Tax Code of the Russian Federation).
3.3. The Customer pays the monthly fee by the 10th day of the following month against the
Contractor's invoice and act.

4. LIABILITY
4.1. The Contractor is liable for property stolen or damaged through its fault, up to
RUB 1,000,000.00 per incident, as confirmed by a police report.

5. MISCELLANEOUS
5.1. Disputes are settled by the Arbitrazh Court of the Yaroslavl Region.
5.2. The Agreement is made in Russian and English; the Russian text prevails.

CONTRACTOR                                        CUSTOMER
Bastion-Shield PSC LLC                            Nordwerk Auto Parts LLC
7 Promyshlennaya St., Krasny Bor,                 27 Profsoyuznaya St., bldg. 3,
Yaroslavl Region 150522                           Moscow 117292
INN 7627084362, KPP 762701001                     INN 7736938254, KPP 773601001
OGRN 1157646974825                                OGRN 1147777356430
Account 40702810912378991433                      Account 40702810463363953227
PJSC Yaroslavsky Zemelny Bank                     JSC Bank Stolichny Raschetny Tsentr
BIC 047888742                                     BIC 044525917
Corr. account 30101810700000000742                Corr. account 30101810200000000917

____________ K. N. Ryabov                         ____________ E. Lindqvist
""",
        expected={
            "number": "BS-2026/07",
            "date": "2026-03-02",
            "total": "3506500.00",
            "currency": "RUB",
            "parties.seller.inn": "7627084362",
            "parties.seller.kpp": "762701001",
            "parties.seller.bik": "047888742",
            "parties.seller.account": "40702810912378991433",
            "parties.buyer.inn": "7736938254",
            "parties.buyer.kpp": "773601001",
            "parties.buyer.bik": "044525917",
            "parties.buyer.account": "40702810463363953227",
        },
    ),
    # The CMR of the brake parts, scanned. It is numbered by its printed number and dated
    # by box 21. It names no money, so it has no `total` label and `currency` None. Only
    # the Russian consignee is labelled, because the Chinese sender and the Kazakh carrier
    # are foreign. The customs and receiving stamps add their own dates.
    HoldoutDocument(
        id="aj-en-waybill-cmr-khorgos-scan",
        document_type="waybill",
        language="en",
        text="""\
INTERNATIONAL CONSIGNMENТ NOТE  CMR   No. 0417826                        KZ
1 Sеnder: NINGBО HUACНENG AUTО PARTS СО., LTD., No. 88 Jinxi Road, Yinzhou District, Ningbo 3l5l00, China
  USCC 91330212MА2J8К5T7W
2 Cоnsignee: NORDWERK АUTO РARTS LLС, 27 Profsоyuznaya St., bldg. 3, Mosсow 1l7292, Russiа
  INN 7736938254  KPP 773601001
3 Рlace of delivery: wаrehouse, l2 Promуshlеnnаya St., Yаroslavl 150O44, Russia
4 Placе аnd date of taking ovеr thе gоods: Ningbo, Chinа   14.03.2026
5 Documents attached: invoiсe HC-EХ-26O3l1, paсking list HC-PL-26031l, cеrtificate of origin
6-9 Mаrks | Number of paсkages | Мethod of packing | Nаture of the goods
  HC/NW 1-1146 | 1146 | cartons оn 38 рallеts | brake pads, brаke disсs, stabilizer links
l0 Statistical number: HS 8708.30 / 8708.80     11 Gross weight, kg: 18420     12 Volume, m3: 46
16 Carrier: ZHETYSU ТRANS LLР, l2 Raiymbek Аvе., Almaty, Kazakhstan, BIN 19084O02l573
   Тruck 417 ВКМ 02 / trailer 58 AКE 02, driver ZНUMABAYEV ERLAN
18 Carrier's reservations: none
21 Еstablishеd in Ningbo оn 14.03.2026
22 Sendеr's signaturе and stamp   23 Carriеr's signаture: Zhumabayеv   24 Goods rесeivеd 04.O4.2026
   KНORGOS CUSTОMS РOST  * RЕLЕASED *  28.O3.2O26
   NORDWERK AUTО PARТS  * RECEIVED *  YАROSLAVL WAREHOUSЕ  no damage, seаls intaсt
""",
        expected={
            "number": "0417826",
            "date": "2026-03-14",
            "currency": None,
            "parties.consignee.inn": "7736938254",
            "parties.consignee.kpp": "773601001",
        },
        noisy=True,
    ),
    # The maker's packing list of the same lot, photographed. It prints the distributor as
    # "Buyer / Consignee" and labels it under both roles. It names no money.
    HoldoutDocument(
        id="aj-en-packing-list-brake-parts-photo",
        document_type="packing_list",
        language="en",
        text="""\
NINGВO HUACНENG АUTO PАRTS СO., LTD.
PAСKING LIST
No.: HС-PL-260311        Dаte: 1l March 2026        Invoice No.: HC-EХ-26O3l1
Buyer / Соnsignеe: NОRDWЕRK АUТO PARTS LLC, 27 Profsоyuznaya St., bldg. 3, Moscow l17292, Russia
INN 7736938254   KPP 7736O1001
Shipping mаrks: НC/NW 1-1146          Transport: truck, FСА Ningbо
| Part Nо. | Dеscriрtiоn | Cartons | Qty | N.W., kg | G.W., kg |
| BР-4471F | Brake рad sеt, front | 300 | l,2O0 sets | 2,880 | 3,150 |
| BP-4472R | Brake pad set, rear | 2O0 | 800 sets | 1,520 | 1,680 |
| BD-258O | Brаke disс, front | 3O0 | 600 pcs | 6,960 | 7,410 | ВD-2581 | Brake disc, rear | 2O0 | 40O pcs | 3,876 | 4,120 |
| SL-1903 | Stabilizer link | l46 | 1,600 pcs | 2,00O | 2,060 |
TОTAL: 1,146 cartons оn 38 pallеts, N.W. 17,236 kg, G.W. 18,420 kg, 46 m3
Made in Chinа
НUACHENG AUТO PARTS * EXPORT DEРT * NINGВО
""",
        expected={
            "number": "HC-PL-260311",
            "date": "2026-03-11",
            "total": None,
            "currency": None,
            "parties.buyer.inn": "7736938254",
            "parties.buyer.kpp": "773601001",
            "parties.consignee.inn": "7736938254",
            "parties.consignee.kpp": "773601001",
        },
        noisy=True,
    ),
    # The distributor's USD account statement in English with one incoming line, the
    # dollars bought against roubles, and two outgoing lines, the MT103 and the bank's
    # fee. The rouble account that funds the purchase is a counterparty line.
    HoldoutDocument(
        id="aj-en-bank-statement-usd-account",
        document_type="bank_statement",
        language="en",
        text="""\
JSC Bank Stolichny Raschetny Tsentr, Moscow
BIC 044525917, correspondent account 30101810200000000917, SWIFT SRCTRUMMXXX

                              STATEMENT OF ACCOUNT No. 23
                                 Date: 20 March 2026
                       Period: 20.03.2026 - 20.03.2026

Account holder:   Nordwerk Auto Parts LLC, INN 7736938254, KPP 773601001
Account:          40702840510924834352 (current currency account, USD)
Previous statement: No. 22 dated 17.03.2026

Opening balance                                                                 USD 1,286.45

| Date       | Doc. No.    | Counterparty / details                               | Debit, USD | Credit, USD |
| 20.03.2026 | 318         | Nordwerk Auto Parts LLC, a/c 40702810463363953227,   |            |   32,500.00 |
|            |             | BIC 044525917. Purchase of USD against RUB, order    |            |             |
|            |             | 318, rate 88.4150, RUB 2,873,487.50                  |            |             |
| 20.03.2026 | NW260320-01 | Ningbo Huacheng Auto Parts Co., Ltd., a/c            |  32,144.00 |             |
|            |             | 71020188000044172, Zhejiang Yongjiang Commercial     |            |             |
|            |             | Bank, SWIFT ZYCBCNBNXXX. Balance 70% of invoice      |            |             |
|            |             | HC-EX-260311, charges OUR                            |            |             |
| 20.03.2026 | FC-20412    | Bank fee for the SWIFT transfer NW260320-01 (OUR)    |      35.00 |             |

Total turnover                                                              32,179.00     32,500.00
Closing balance                                                                 USD 1,607.45

The statement was generated on 21.03.2026 at 06:40 and is valid without a signature.
""",
        expected={
            "number": "23",
            "date": "2026-03-20",
            "currency": "USD",
            "parties.account_holder.inn": "7736938254",
            "parties.account_holder.kpp": "773601001",
            "parties.account_holder.bik": "044525917",
            "parties.account_holder.account": "40702840510924834352",
        },
    ),
    # A Dubai taxi receipt photographed by the dealer's buyer on the car purchase trip. It
    # is in dirhams, its total includes the toll and the airport fee, and it has no party
    # labels. The camera file name prints the next day.
    HoldoutDocument(
        id="aj-en-receipt-dubai-taxi-photo",
        document_type="receipt",
        language="en",
        text="""\
IMG_2O260307_092244.JРG
GULF LINЕ TAXI L.L.C.
TАX REСEIРТ
TRN l005938274OO003
Reсeipt Nо: 7824193
Dаtе: 06-Мar-2026   Time: 2l:14
Тaxi No: 42817   Driver ID: 58114
From: Al Qusais, Dubаi
Тo: Dubai Intеrnationаl Аirрort, Terminal 3
Distance: 18.6 km   Durаtion: 27 min
Flag-down            12.O0
Distаnce fаre        54.30
Wаiting time          5.20
Salik toll            4.00
Аirport fеe          12.00
ТOTАL (АED)          87.50
Incl. VАT 5%          4.17
Paid by cаrd ****44l7
Thаnk you for riding with Gulf Line Taxi
""",
        expected={
            "number": "7824193",
            "date": "2026-03-06",
            "total": "87.50",
            "currency": "AED",
        },
        noisy=True,
    ),
    # The Kazakh passport of the CMR's driver, scanned in upper case. It is numbered
    # "N14782536" and dated by its date of issue. The IIN is a personal number, not a
    # label. The machine-readable zone reads cleanly.
    HoldoutDocument(
        id="aj-en-passport-kazakh-driver-scan",
        document_type="passport",
        language="en",
        text="""\
ҚАЗАҚСТАН РЕСПУБЛИКАСЫ   REРUBLIС OF KAZAKHSТAN
ТӨЛҚҰЖАТ / PASSPORТ
TYРE Р     CODЕ OF ISSUING SТATE KАZ     РАSSРORT NO. N14782536
SURNАMЕ    ZHUMABAYEV
GIVEN NАМЕS ERLАN
NAТIONALIТY КAZAKНSTAN
DАTE OF ВIRTH l7.04.1983      SEХ M
PLAСЕ ОF ВIRTН АLMATY REGIОN
IIN 83O4173O1503
DАTE OF ISSUE 12.05.2022
DАTE OF ЕХPIRY 11.05.2032
AUTHORIТY MIА
P<KAZZHUMABAYEV<<ERLAN<<<<<<<<<<<<<<<<<<<<<<
N147825363KAZ8304173M3205116830417301503<<36
""",
        expected={
            "number": "N14782536",
            "date": "2022-05-12",
            "total": None,
            "currency": None,
        },
        noisy=True,
    ),
    # The distributor's power of attorney for its customs broker. The principal prints its
    # bank details and the broker its INN and KPP, and both are labelled. It names no
    # money.
    HoldoutDocument(
        id="aj-en-power-of-attorney-customs-broker",
        document_type="power_of_attorney",
        language="en",
        text="""\
                          POWER OF ATTORNEY No. NW/POA-2026/04
Moscow                                                                             2 March 2026

Nordwerk Auto Parts LLC, a company registered in the Russian Federation under OGRN 1147777356430,
INN 7736938254, KPP 773601001, address: 27 Profsoyuznaya St., bldg. 3, Moscow 117292,
account 40702810463363953227 with JSC Bank Stolichny Raschetny Tsentr, Moscow,
BIC 044525917, correspondent account 30101810200000000917,
represented by its General Director Erik Lindqvist, acting under the Charter (the "Principal"),

hereby authorises

Vektor-Declarant Customs Broker LLC, INN 7743501426, KPP 774301001, OGRN 1117717743660,
entered in the register of customs representatives under No. 1184, address: 14 Vilnyusskaya St.,
Moscow 117574 (the "Attorney"),

to act on behalf of the Principal before the customs authorities of the Russian Federation in
the customs clearance of goods imported under Contract No. HC-NW-2025/09 dated 22 October 2025
with Ningbo Huacheng Auto Parts Co., Ltd., in particular to:
- file customs declarations and the documents attached to them;
- pay customs duties and taxes from the Attorney's funds and agree their amounts;
- receive the goods released at customs and sign transport documents;
- receive and hand over correspondence with the customs authorities.

The Attorney may delegate these powers to its employees who hold customs specialist
certificates. This power of attorney is valid until 31 December 2026.

General Director ____________ Erik Lindqvist
Chief Accountant ____________ Olga Sazonova
""",
        expected={
            "number": "NW/POA-2026/04",
            "date": "2026-03-02",
            "total": None,
            "currency": None,
            "parties.principal.inn": "7736938254",
            "parties.principal.kpp": "773601001",
            "parties.principal.bik": "044525917",
            "parties.principal.account": "40702810463363953227",
            "parties.attorney.inn": "7743501426",
            "parties.attorney.kpp": "774301001",
        },
    ),
    # The telecom operator's letter on retiring the plan "Business Pro 25". It names
    # rouble prices, so its currency is RUB, with `total` None and no party labels.
    HoldoutDocument(
        id="aj-en-letter-telecom-plan-change",
        document_type="letter",
        language="en",
        text="""\
TeleLink Povolzhye JSC
118 Svobody St., Yaroslavl 150014, Russia
INN 7604007548, KPP 760401001

Ref. TLP/OUT/2026-0318                                            Nordwerk Auto Parts LLC
March 18, 2026                                                    Attn.: Ms. Olga Sazonova
                                                                  27 Profsoyuznaya St., bldg. 3
                                                                  Moscow 117292

Subject: Change of your monthly plan from May 1, 2026
Customer account 8810 5276 31, Agreement No. 77-K-0512 of August 14, 2025

Dear Ms. Sazonova,

We are retiring the monthly plan "Business Pro 25" on April 30, 2026. From May 1, 2026 your
18 voice lines will move to the plan "Business Pro 30" (30 GB, 2,000 minutes, unlimited SMS).
Its monthly fee is RUB 890.00 per line excluding VAT, against RUB 850.00 today, so your monthly
charges for the voice lines will change from RUB 15,300.00 to RUB 16,020.00 excluding VAT.

If you prefer to keep the current allowance, you may choose the plan "Business Start 20" at
RUB 780.00 per line excluding VAT by April 25, 2026, through your account manager or the
corporate portal. The add-on "Fleet Data 10 GB" and your dedicated Internet access in Yaroslavl
do not change.

You may terminate the agreement for any line without penalty within 30 days of this notice.

Yours sincerely,

Anna Kovrova
Key Account Manager, Corporate Sales
""",
        expected={
            "number": "TLP/OUT/2026-0318",
            "date": "2026-03-18",
            "total": None,
            "currency": "RUB",
        },
    ),
    # A Dubai testing centre's pre-export inspection report of the RAV4, scanned. It is
    # `other`, numbered by the report number and dated by the inspection. It names no
    # money. The Russian buyer is printed with its INN and has no role.
    HoldoutDocument(
        id="aj-en-other-vehicle-inspection-scan",
        document_type="other",
        language="en",
        text="""\
DESЕRT STAR VEHICLE ТESTING L.L.C.
Al Аwir Roаd, Rаs Аl Кhor Industrial Area 2, Dubаi, UAE
PRE-EXPОRT VЕHICLE INSPECTION RЕPОRТ
Report No: VIR-26-03148            Datе of inspection: 04-Мar-2026
Requested by: AL NOOR AUТO EXPORT FZE     For buуer: SEVERNY LUCH MОTORS LLC, INN 7604787785
VIN: JТMW43FV3RDl40827      Маke/Mоdеl: TOYOTA RАV4 2.5 НYBRID AWD      Yеar: 2024
Colour: WHITE    Odometеr: 18,420 km    Engine: A25A-FXS 2487 cс    Fuel: HYBRID
CНECK | RESULT
VIN plate and chassis stamping | MATCH, NO ALTЕRATION
Odometеr | CONSISTENТ WIТH SЕRVICE RECORD
Body and paint | МINOR SCRATCH REАR BUMPER, NО ACCIDЕNT REPAIR FOUND
Flood / fire damage | NOT FОUND
Brаkеs | FRONT PADS 7 MM, REAR 6 MМ  Tyres | 2024 WEEК 12, ТREАD 6 MM
OBD scan | NO ACTIVE FAULТ CODES  Нуbrid battery | STАTE ОF HEALTH 96%
Conclusion: FIТ FOR ЕXРОRТ
Inspectоr: M. Qurеshi ______   Vаlid for 30 days, until 03-Apr-2026
DESERT STAR * VEНICLE TЕSTING * DUBAI
""",
        expected={
            "number": "VIR-26-03148",
            "date": "2026-03-04",
            "total": None,
            "currency": None,
        },
        noisy=True,
    ),
    # A dealer service's repair estimate for a car sharing car after an accident. An
    # estimate requests no payment, so it is `other` with `total` None and currency RUB.
    # Both companies print their INNs and have no labels.
    HoldoutDocument(
        id="aj-en-other-service-estimate",
        document_type="other",
        language="en",
        text="""\
Hansa Motors Rus LLC - Service Centre Yaroslavl
31 Moskovsky Ave., Yaroslavl 150030, Russia, tel. +7 (4852) 64-90-12, service@hansa-motors.example
INN 7728495496, KPP 772801001

                              REPAIR ESTIMATE No. HM-EST-26-0418
                                       April 10, 2026

Customer:     Gorodskoy Rul LLC (car sharing), INN 7714171607, KPP 771401001
Vehicle:      Chery Tiggo 4, 2026, VIN LVVDB21B2TD318471, reg. plate X 418 PT 777, 4,812 km
Reason:       accident damage, front left; insurance claim No. 26-KASKO-071844 (declined, deductible)
Estimate valid until April 24, 2026. Prices include VAT 22%.

| No. | Labour                                               | Hours | Rate, RUB | Amount, RUB |
| 1   | Remove and refit front bumper, headlamp, wing        |   3.6 |  3,200.00 |   11,520.00 |
| 2   | Repair front left wing, class 2                      |   4.0 |  3,200.00 |   12,800.00 |
| 3   | Paint front bumper and front left wing               |   6.5 |  3,200.00 |   20,800.00 |
| 4   | Wheel alignment                                      |   1.0 |  3,200.00 |    3,200.00 |
|     | Labour total                                         |  15.1 |           |   48,320.00 |

| No. | Parts and materials                                  | Qty   | Price, RUB | Amount, RUB |
| 1   | Front bumper cover, primed                           |   1   |  28,400.00 |   28,400.00 |
| 2   | Headlamp assembly, left, LED                         |   1   |  46,900.00 |   46,900.00 |
| 3   | Bumper bracket set                                   |   1   |   3,150.00 |    3,150.00 |
| 4   | Paint and consumables                                |   1   |  21,850.00 |   21,850.00 |
|     | Parts and materials total                            |       |            |  100,300.00 |

ESTIMATED TOTAL (incl. VAT 22%): RUB 148,620.00

This estimate is not an invoice. Hidden damage found after disassembly is agreed separately.
Work starts after the customer signs the estimate; an invoice is issued on completion.

Service adviser ____________ D. Kuzmin              Customer ____________
""",
        expected={
            "number": "HM-EST-26-0418",
            "date": "2026-04-10",
            "total": None,
            "currency": "RUB",
        },
    ),
]

ENGLISH_DOCUMENTS_AJ = [*_INVOICES, *_ACTS, *_UPDS, *_PAYMENT_ORDERS, *_OTHER_TYPES]
