"""English documents of set P. `bench.holdout_p` describes the set and its labels."""

# Document lines imitate printed pages up to 110 characters wide.
# ruff: noqa: E501

from .holdout import HoldoutDocument

_INVOICES = [
    HoldoutDocument(
        id="p-en-invoice-two-pages-carried-forward",
        document_type="invoice",
        language="en",
        text="""\
HARTMANN ANTRIEBSTECHNIK GMBH                                    Invoice RE-2025-10418
Westfalendamm 212, 44141 Dortmund, Germany                                 Page 1 of 2
VAT ID DE318472906 | Tel. +49 231 5508 40

COMMERCIAL INVOICE
Invoice No.       | Invoice date | Customer No. | Order ref.        | Terms
RE-2025-10418     | 10.03.2025   | 40871        | PO YUS-0219/25    | 30 days net

Bill to / Consignee:
Yuzhnouralskaya Stal-Servis LLC (OOO «Южноуральская сталь-сервис»)
70 Svobody St., Chelyabinsk 454091, Russian Federation
INN 7496551395, KPP 749601001
Delivery terms: DAP Chelyabinsk (Incoterms 2020). Country of origin: Germany.

Pos. Description                         HS code      Qty   Unit price EUR    Amount EUR
1    Gear motor HA-47, 7.5 kW, 400 V      8501 52 30     6         3,180.00     19,080.00
2    Gear motor HA-67, 15 kW, 400 V       8501 52 90     4         5,240.00     20,960.00
3    Frequency inverter FI-22, 22 kW      8504 40 84     4         2,460.00      9,840.00
                                                      Carried forward:      49,880.00
                                                                       continued on page 2

HARTMANN ANTRIEBSTECHNIK GMBH                                    Invoice RE-2025-10418
                                                                           Page 2 of 2
Pos. Description                         HS code      Qty   Unit price EUR    Amount EUR
                                                      Brought forward:      49,880.00
4    Coupling set KS-60                   8483 60 20    10           318.00      3,180.00
5    Spare brake kit for HA-67            8505 20 00     6           412.50      2,475.00
                                                      Net value of goods:   55,535.00
                                                      Packing (seaworthy crates): 640.00
                                                      Freight to Chelyabinsk: 2,850.00
                                                      VAT 0% (export delivery):    0.00
                                                      INVOICE TOTAL EUR:    59,025.00

Tax-free export delivery under Sec. 4 No. 1a in conjunction with Sec. 6 UStG.
Payment to: Sparkasse Dortmund, IBAN DE90370400441169747242, BIC DORTDE33XXX
Please quote the invoice number RE-2025-10418 with your payment.

Hartmann Antriebstechnik GmbH, Managing Director: Jens Hartmann, HRB 27715 Dortmund
""",
        expected={
            "number": "RE-2025-10418",
            "date": "2025-03-10",
            "total": "59025.00",
            "currency": "EUR",
            "parties.buyer.inn": "7496551395",
            "parties.buyer.kpp": "749601001",
        },
    ),
    HoldoutDocument(
        id="p-en-invoice-russian-exporter-side-by-side",
        document_type="invoice",
        language="en",
        text="""\
INVOICE No. EDW-INV-25/031                                          Date: 7 March 2025

SELLER                                          BUYER
Ekaterinburg Design Workshop LLC                Aral Engineering LLP
(OOO «Екатеринбургская проектная мастерская»)   48 Abai Ave., office 705
27 Malysheva St., office 410                    Almaty 050010, Kazakhstan
Ekaterinburg 620014, Russia                     BIN 180940021735
INN 6674223653 / KPP 667401001                  Contact: Dauren Seitkali
OGRN 1206674492067                              d.seitkali@aral-eng.example
Beneficiary account (USD): 40702840926129849339
Bank: JSC Isetsky Bank, Ekaterinburg
BIK 046561268, corr. account 30101810300000000268
SWIFT ISETRU2E

Contract: No. EDW-KZ-2024/07 dated 18 November 2024, Appendix No. 3
Object: warehouse complex, Kapchagay, Almaty region

No.  Description of services                                  Qty     Rate USD    Amount USD
1    Design documentation, stage P (project), sections AR, KR   1    18,400.00     18,400.00
2    Working documentation, section KZh (reinforced concrete)   1    12,750.00     12,750.00
3    Author's supervision, February 2025                       16 h      85.00      1,360.00
                                                                     Subtotal:    32,510.00
                                     VAT: not applicable (Art. 148 Tax Code RF)        0.00
                                                             TOTAL DUE USD:      32,510.00

Amount in words: thirty-two thousand five hundred ten US dollars 00 cents.
Payment within 10 banking days. Bank charges outside Russia are for the buyer's account.

For the Seller:                                 For the Buyer:
General Director ________ I. V. Zorin           ________________
""",
        expected={
            "number": "EDW-INV-25/031",
            "date": "2025-03-07",
            "total": "32510.00",
            "currency": "USD",
            "parties.seller.inn": "6674223653",
            "parties.seller.kpp": "667401001",
            "parties.seller.bik": "046561268",
            "parties.seller.account": "40702840926129849339",
        },
    ),
    HoldoutDocument(
        id="p-en-invoice-email-cover-received-stamp",
        document_type="invoice",
        language="en",
        text="""\
From: Accounts Receivable <ar@vanleeuwen-bulbs.example>
To: import@kuban-agro.example
Sent: Tuesday, 11 March 2025 15:07
Subject: Invoice 2025-0311-KA, spring consignment

Dear Mr. Martynenko,
Please find our invoice below and the PDF attached. The 50% prepayment you sent on
3 March has been received with thanks; the balance is due on arrival of the goods.
Kind regards, Marieke de Boer, Van Leeuwen Flower Bulbs B.V.

---------------------------------------------------------------------------------
                                                          +------------------------+
VAN LEEUWEN FLOWER BULBS B.V.                             | RECEIVED 14 MAR 2025   |
Heereweg 310, 2161 BP Lisse, The Netherlands              | Kuban-Agroresurs LLC   |
VAT NL862104733B01 | KvK 28047163                         +------------------------+

INVOICE                   Invoice number: 2025-0311-KA       Invoice date: 10 March 2025
Customer: Kuban-Agroresurs LLC, 144 Uralskaya St., Krasnodar 350059, Russia
INN 2389603339, KPP 238901001
Delivery: FCA Lisse, reefer truck, phytosanitary certificate enclosed

Item                               Size      Quantity     Price EUR      Amount EUR
Tulip bulbs, mixed Darwin hybrids  12/+      40,000           0.21        8,400.00
Narcissus bulbs, Tete-a-Tete       14/16     15,000           0.34        5,100.00
Phytosanitary certificate          -              1          85.00           85.00
                                                   Invoice total EUR:    13,585.00
                                        Prepayment received 03.03.2025:  -6,792.50
                                                     Balance due EUR:     6,792.50

Bank: ABN AMRO, IBAN NL43ABNA2725289379, BIC ABNANL2A
""",
        expected={
            "number": "2025-0311-KA",
            "date": "2025-03-10",
            "total": "13585.00",
            "currency": "EUR",
            "parties.buyer.inn": "2389603339",
            "parties.buyer.kpp": "238901001",
        },
    ),
]

_ACTS_AND_UPDS = [
    HoldoutDocument(
        id="p-en-act-details-of-parties-columns",
        document_type="act",
        language="en",
        text="""\
ACCEPTANCE CERTIFICATE No. 27
for services rendered under Warehouse Services Agreement No. NL-SK/2024-09 of 02.09.2024
St. Petersburg                                                          28 February 2025

Contractor: Nevskaya Logistika LLC                Customer: JSC Baltic Ship Repair
Period: 01.02.2025 - 28.02.2025

No. | Service                                 | Unit          | Qty   | Rate, RUB | Amount, RUB
1   | Storage of palletised cargo             | pallet-day    | 1,840 |     42.00 |   77,280.00
2   | Handling in / out                       | pallet        |   312 |    185.00 |   57,720.00
3   | Unloading of 40' containers             | container     |     6 |  9,500.00 |   57,000.00
                                               Total excluding VAT:              192,000.00
                                               VAT 20%:                           38,400.00
                                               Total including VAT:              230,400.00

The services have been rendered in full and on time. The Customer has no claims.
Total value of services: RUB 230,400.00 (two hundred thirty thousand four hundred roubles
00 kopecks), including VAT 20% RUB 38,400.00.

DETAILS OF THE PARTIES
Contractor                                     | Customer
Nevskaya Logistika LLC                         | JSC Baltic Ship Repair
41 Shvetsova St., St. Petersburg 198095        | 12 Kanonersky Island, St. Petersburg 198184
INN 7867580910, KPP 786701001                  | INN 7868999542, KPP 786801001
OGRN 1247833139014                             | OGRN 1247848026040
Account 40702810084123528626                   | Account 40702810621530638368
PJSC Bank Petrogradsky, St. Petersburg         | JSC Bank Admiralteysky, St. Petersburg
BIK 044017290                                  | BIK 044065708
Corr. account 30101810100000000290             | Corr. account 30101810800000000708

Handed over by the Contractor:                   Accepted by the Customer:
General Director                                 Operations Director
________________ E. V. Kornilova                 ________________ G. N. Melnikov
L.S.                                             L.S.
""",
        expected={
            "number": "27",
            "date": "2025-02-28",
            "total": "230400.00",
            "currency": "RUB",
            "parties.seller.inn": "7867580910",
            "parties.seller.kpp": "786701001",
            "parties.seller.bik": "044017290",
            "parties.seller.account": "40702810084123528626",
            "parties.buyer.inn": "7868999542",
            "parties.buyer.kpp": "786801001",
            "parties.buyer.bik": "044065708",
            "parties.buyer.account": "40702810621530638368",
        },
    ),
    HoldoutDocument(
        id="p-en-upd-translation-two-sheets",
        document_type="upd",
        language="en",
        text="""\
Translation from Russian                                                    Sheet 1 of 2
UNIVERSAL TRANSFER DOCUMENT                                                  Status: 1
Invoice No. PZU-0775 dated 12.03.2025 (1)            Correction No. -- dated -- (1a)
Seller: JSC Podolsk Packaging Plant (2)
Address: 1 Komsomolskaya St., bldg. 8, Podolsk, Moscow Region 142103 (2a)
Seller's INN/KPP: 5013616090/501301001 (2b)
Shipper: same (3)             Consignee: Khimki Warehouse LLC, 9 Transportnaya St., Khimki (4)
Payment document: No. -- dated -- (5)
Buyer: Khimki Warehouse LLC (6)
Address: 9 Transportnaya St., Khimki, Moscow Region 141410 (6a)
Buyer's INN/KPP: 5095827194/509501001 (6b)
Currency: Russian rouble (RUB), 643 (7)

No. Goods                            Unit  Qty     Price    Excl. VAT   Rate  VAT         Incl. VAT
1   Corrugated box 600x400x400 T24   pcs   4,000   58.40    233,600.00  20%   46,720.00   280,320.00
2   Corrugated box 400x300x300 T23   pcs   6,000   34.10    204,600.00  20%   40,920.00   245,520.00
3   Stretch film 500 mm, 20 um       roll    300  612.00    183,600.00  20%   36,720.00   220,320.00
    Total for sheet 1                                       621,800.00        124,360.00  746,160.00

Invoice No. PZU-0775 dated 12.03.2025                                       Sheet 2 of 2
No. Goods                            Unit  Qty     Price    Excl. VAT   Rate  VAT         Incl. VAT
4   Pallet corner board 50x50x3      pcs   2,500   12.60     31,500.00  20%    6,300.00    37,800.00
5   Packing tape 48 mm x 66 m        roll  1,200   46.50     55,800.00  20%   11,160.00    66,960.00
    Total for sheet 2                                        87,300.00         17,460.00  104,760.00
    Total payable (9)                                       709,100.00    X   141,820.00  850,920.00

The document has been drawn up on 2 sheets.
Head of organisation ________ V. P. Tarasov      Chief accountant ________ M. V. Tarasova
Basis of transfer: Supply Agreement No. 14/PZU dated 09.01.2025
Goods handed over: storekeeper ________ A. S. Egorov    Goods received: ________ ____________
Date of shipment 12.03.2025                             Date of receipt ___ ___________ 20__
""",
        expected={
            "number": "PZU-0775",
            "date": "2025-03-12",
            "total": "850920.00",
            "currency": "RUB",
            "parties.seller.inn": "5013616090",
            "parties.seller.kpp": "501301001",
            "parties.buyer.inn": "5095827194",
            "parties.buyer.kpp": "509501001",
        },
    ),
]

_PAYMENT_ORDERS = [
    HoldoutDocument(
        id="p-en-payment-order-eur-application-grid",
        document_type="payment_order",
        language="en",
        text="""\
To: JSC Bank Tverskaya Zastava, Moscow, BIK 044583934
APPLICATION FOR TRANSFER IN FOREIGN CURRENCY
Application No. | Date       | Currency | Amount     | Value date | Charges
31              | 18.03.2025 | EUR      | 27,340.00  | 20.03.2025 | OUR

50  Ordering customer: Trading House Kremnev LLC
    INN 7781728058, KPP 778101001
    Account (EUR): 40702978486791657215
    115280, Moscow, Leninskaya Sloboda St., 26, bldg. 4
52  Ordering institution: JSC Bank Tverskaya Zastava, Moscow
    BIK 044583934, corr. account 30101810500000000934
57  Beneficiary's bank: Commerzbank AG, Frankfurt am Main, BIC COBADEFFXXX
59  Beneficiary: Brenner Lagertechnik GmbH, Industriestrasse 8, 60314 Frankfurt am Main,
    Germany, IBAN DE52500105178984677415
70  Details of payment: Payment for shelving systems under contract No. BL-2025-017 of
    14.01.2025, invoice No. 250311 of 11.03.2025, second instalment
71A Charges: OUR, bank commission to be debited from account 40702810783452975602

Amount in words: twenty-seven thousand three hundred forty euro 00 cents

Authorised signatories:                        Bank use only
General Director ________ A. Yu. Kremnev        +---------------------------+
Chief Accountant ________ L. N. Osipova         | ACCEPTED 19.03.2025 10:41 |
L.S.                                            | Currency control: passed  |
                                                +---------------------------+
""",
        expected={
            "number": "31",
            "date": "2025-03-18",
            "total": "27340.00",
            "currency": "EUR",
            "parties.payer.inn": "7781728058",
            "parties.payer.kpp": "778101001",
            "parties.payer.bik": "044583934",
            "parties.payer.account": "40702978486791657215",
        },
    ),
    HoldoutDocument(
        id="p-en-payment-order-scan-columns",
        document_type="payment_order",
        language="en",
        noisy=True,
        text="""\
PAYMENT ORDER No. 563                    2l.O3.2O25           electronic
                                         Date                 Type of payment
Amount in words: One hundred forty-six thousand four hundred roubles OO kopecks
PAYER                                     | PAYEE
Tsifrovye Resheniya Arbat LLC             | Ekaterinburg Design Workshop LLC
INN 7722265l36  KPP 7722OlOOl              | INN 6674223653  KPP 6674OlOOl
Acc. 4O7O28lO79O579444674                  | Acc. 4O7O28lO838Ol5O9O5Ol
Bank Zamoskvorechye LLC, Moscow           | JSC lsetsky Bank, Ekaterinburg
BlK O445Ol725                              | BlK O4656l268
Corr. acc. 3OlOl8lO7OOOOOOOO725            | Corr. acc. 3OlOl8lO3OOOOOOOO268
Amount: RUB l46,4OO.OO
Purpose: Payment for design services under contract No. ТРА-П/25 of l7.Ol.2O25,
invoice No. 2l of l9.O3.2O25, incl. VAT 2O% 24,4OO.OO
Priority: 5     Operation type: Ol
Signatures ________________          Bank marks: EXECUTED 2l.O3.2O25
""",
        expected={
            "number": "563",
            "date": "2025-03-21",
            "total": "146400.00",
            "currency": "RUB",
            "parties.payer.inn": "7722265136",
            "parties.payer.kpp": "772201001",
            "parties.payer.bik": "044501725",
            "parties.payer.account": "40702810790579444674",
            "parties.payee.inn": "6674223653",
            "parties.payee.kpp": "667401001",
            "parties.payee.bik": "046561268",
            "parties.payee.account": "40702810838015090501",
        },
    ),
]

_WAYBILLS = [
    HoldoutDocument(
        id="p-en-waybill-cmr-boxes-two-columns",
        document_type="waybill",
        language="en",
        text="""\
INTERNATIONAL CONSIGNMENT NOTE CMR                                  No. PL 2025/0418
1 Sender (name, address, country)          | 16 Carrier (name, address, country)
Wisla Meble Sp. z o.o.                     | Ob-Tranzit LLC
ul. Gorna Wilda 96, 61-564 Poznan, Poland  | 60/1 Stantsionnaya St., Novosibirsk 630108,
NIP 7831049265                             | Russia, INN 5417338352, KPP 541701001
2 Consignee (name, address, country)       | 17 Successive carriers
Rostov Wholesale Base LLC                  | --
3 Sholokhova St., Rostov-on-Don 344019,    | 18 Carrier's reservations and observations
Russia, INN 6134821786, KPP 613401001      | 2 pallets re-strapped at loading
3 Place of delivery: Rostov-on-Don, Russia | 19 Special agreements: --
4 Place and date of taking over the goods: Poznan, Poland, 13.03.2025
5 Documents attached: invoice WM/FV/2025/0311 of 12.03.2025, packing list, EX-1

6 Marks and Nos | 7 Packages | 8 Packing | 9 Nature of goods    | 10 Stat. No. | 11 Gross kg | 12 m3
WM-0418 1-22    | 22         | pallets   | Office chairs        | 9401 31      | 3,740       | 58.6
WM-0418 23-30   | 8          | pallets   | Office desks, flat   | 9403 30      | 2,912       | 21.4
                | 30         |           |                      |              | 6,652       | 80.0

13 Sender's instructions: customs clearance at Bryansk customs post
14 Directions as to payment of carriage: carriage paid by the consignee
20 To be paid by: consignee
21 Established in Poznan on 13.03.2025
22 Signature and stamp of the sender       | 23 Signature and stamp of the carrier
________ K. Nowak                          | ________ P. Rudakov, truck A 728 KE 154
                                             semi-trailer AV 4619 54
24 Goods received: Rostov-on-Don, ____.____.20____  Signature and stamp of the consignee ________
""",
        expected={
            "number": "PL 2025/0418",
            "date": "2025-03-13",
            "currency": None,
            "parties.consignee.inn": "6134821786",
            "parties.consignee.kpp": "613401001",
            "parties.carrier.inn": "5417338352",
            "parties.carrier.kpp": "541701001",
        },
    ),
    HoldoutDocument(
        id="p-en-waybill-bill-of-lading-scan",
        document_type="waybill",
        language="en",
        noisy=True,
        text="""\
BILL OF LADING FOR COMBINED TRANSPORT        B/L No. QDSPB25O3Ol1
Shipper                                       | Consignee
Qingdao Haixin Machinery Co., Ltd.            | Yaroslavskie Laki LLC
No. l8 Jinshui Road, Licang District,         | 37 Pobedy St., office 9, Yaroslavl
Qingdao 266l00, China                         | l5OO4O, Russia
                                              | INN 76Ol4ll865  KPP 76OlOlOOl
Notify party: same as consignee              | Ocean vessel: EVER LUCENT  Voy. 0l8W
Port of loading: Qingdao, China               | Port of discharge: St. Petersburg, Russia
Container / Seal        | Packages     | Description of goods          | Gross kg | CBM
TGHU 7l84O26 / CN8l9O2  | 6 crates     | Bead mill BM-3O with motor,   | 8,42O    | 46.2
                        |              | dispersing unit DU-l5         |          |
SHIPPED ON BOARD l1 MAR 2O25
Freight: PREPAID          Number of original B/L: THREE (3)
Place and date of issue: Qingdao, 11-Mar-2025
Signed for the carrier: Haixin Shipping Agency Co., Ltd., as agents
Page l of l
""",
        expected={
            "number": "QDSPB2503011",
            "date": "2025-03-11",
            "currency": None,
            "parties.consignee.inn": "7601411865",
            "parties.consignee.kpp": "760101001",
        },
    ),
]

_CONTRACTS = [
    HoldoutDocument(
        id="p-en-contract-two-pages-details-columns",
        document_type="contract",
        language="en",
        text="""\
Service Agreement No. SA-2025/07 of 3 March 2025                              Page 1 of 2

                         SERVICE AGREEMENT No. SA-2025/07
Moscow                                                                     3 March 2025

Tsifrovye Resheniya Arbat LLC, Russia (the "Contractor"), represented by General Director
Konstantin D. Veresov, and Caspian Retail Group LLC, Azerbaijan (the "Customer"),
represented by Director Elnur Mammadov, have agreed as follows:
1. Subject. The Contractor provides support and development of the Customer's ERP system
   (12 store chain, 2 warehouses) as described in Annex 1 (Service Levels).
2. Term. From 1 March 2025 to 28 February 2026.
3. Price. The monthly fee is USD 8,000.00. The Total Contract Price for the term is
   USD 96,000.00 (ninety-six thousand US dollars). Work beyond Annex 1 is charged at
   USD 55.00 per hour on separate orders and is not included in the Total Contract Price.
4. Payment. The Customer pays each monthly fee in advance by the 5th day of the month to
   the Contractor's USD account stated in Section 9. Export services, VAT 0%.
Contractor ________                                                   Customer ________

Service Agreement No. SA-2025/07 of 3 March 2025                              Page 2 of 2
5. Acceptance. Monthly service reports are deemed accepted 5 days after delivery.
6. Liability is limited to the fees paid for the three months preceding the claim.
7. Disputes are settled by the Moscow International Commercial Arbitration Court.
8. Governing law: the law of the Russian Federation.

9. DETAILS OF THE PARTIES
Contractor                                     | Customer
Tsifrovye Resheniya Arbat LLC                  | Caspian Retail Group LLC
29 Sivtsev Vrazhek Lane, Moscow 119002         | 112 Nizami St., Baku AZ1010, Azerbaijan
INN 7722265136, KPP 772201001                  | TIN 1405627391
OGRN 1257725261892                             | Bank: Kapital Bank OJSC, Baku
USD account 40702840003681517910               | IBAN AZ21NABZ00000000137010001944
Bank Zamoskvorechye LLC, Moscow                | SWIFT AIIBAZ2X
BIK 044501725                                  |
Corr. account 30101810700000000725             |
SWIFT ZAMORUMMXXX                              |

For the Contractor:                            | For the Customer:
________________ K. D. Veresov                 | ________________ E. Mammadov
Date: ____ / ____ / 20____                     | Date: ____ / ____ / 20____
""",
        expected={
            "number": "SA-2025/07",
            "date": "2025-03-03",
            "total": "96000.00",
            "currency": "USD",
            "parties.seller.inn": "7722265136",
            "parties.seller.kpp": "772201001",
            "parties.seller.bik": "044501725",
            "parties.seller.account": "40702840003681517910",
        },
    ),
    HoldoutDocument(
        id="p-en-contract-supply-blank-signature-dates",
        document_type="contract",
        language="en",
        text="""\
SUPPLY CONTRACT No. MF-RU-2025/02
Bergamo / Naberezhnye Chelny                                          February 26, 2025

Marchetti Forni Industriali S.r.l., Italy (the "Seller") and Kamsky Polymer LLC, Russia
(the "Buyer") have concluded this Contract as follows:

1. The Seller sells and the Buyer buys one electric chamber furnace MF-1200 with control
   cabinet, loading trolley and spare parts as per Specification No. 1 (the "Goods").
2. Delivery: FCA Bergamo (Incoterms 2020), within 10 weeks after the prepayment.
3. The total amount of the Contract is EUR 412,600.00 (four hundred twelve thousand six
   hundred euro), including packing and commissioning supervision.
4. Payment: 30% prepayment, EUR 123,780.00, within 15 days of signing; 60%, EUR 247,560.00,
   against the notice of readiness for shipment; 10%, EUR 41,260.00, after commissioning.
5. Warranty: 24 months from commissioning, but not more than 30 months from delivery.
6. Disputes: Arbitration Institute of the Stockholm Chamber of Commerce, in English.

LEGAL ADDRESSES AND BANK DETAILS
Seller                                         | Buyer
Marchetti Forni Industriali S.r.l.             | Kamsky Polymer LLC
Via dell'Industria 14, 24040 Bergamo, Italy    | 44 Promyshlenny Dr., Naberezhnye Chelny,
VAT IT03918470165                              | Republic of Tatarstan 423800, Russia
Banca Popolare di Bergamo                      | INN 1624545180, KPP 162401001
IBAN IT67X0542811101000000482715               | EUR account 40702978712810195010
SWIFT BLOPIT22                                 | JSC Bank Kazanskaya Sloboda, Kazan
                                               | BIK 049294262
                                               | Corr. account 30101810100000000262

Seller                                         | Buyer
________________ Paolo Marchetti, CEO          | ________________ R. F. Khairullin, Director
Date: ____ / ____ / 20____                     | Date: ____ / ____ / 20____
""",
        expected={
            "number": "MF-RU-2025/02",
            "date": "2025-02-26",
            "total": "412600.00",
            "currency": "EUR",
            "parties.buyer.inn": "1624545180",
            "parties.buyer.kpp": "162401001",
            "parties.buyer.bik": "049294262",
            "parties.buyer.account": "40702978712810195010",
        },
    ),
]

_OTHER_TYPES = [
    HoldoutDocument(
        id="p-en-packing-list-three-pages",
        document_type="packing_list",
        language="en",
        text="""\
HARTMANN ANTRIEBSTECHNIK GMBH                     Packing list PL-2025-10418     Page 1 of 3
PACKING LIST
Packing list No. | Date       | Invoice       | Delivery terms  | Packages
PL-2025-10418    | 10.03.2025 | RE-2025-10418 | DAP Chelyabinsk | 7 wooden crates
Consignee: Yuzhnouralskaya Stal-Servis LLC, 70 Svobody St., Chelyabinsk 454091, Russia,
INN 7496551395, KPP 749601001
Crate | Barcode (SSCC)          | Contents                       | Net kg  | Gross kg | Dimensions, cm
1     | 340123450001047181      | Gear motor HA-47, 3 pcs        | 294.0   | 336.0    | 120 x 80 x 75
2     | 340123450001047198      | Gear motor HA-47, 3 pcs        | 294.0   | 336.0    | 120 x 80 x 75
3     | 340123450001047204      | Gear motor HA-67, 2 pcs        | 372.0   | 421.0    | 140 x 90 x 85
Carried forward: 3 crates, net 960.0 kg, gross 1,093.0 kg

HARTMANN ANTRIEBSTECHNIK GMBH                     Packing list PL-2025-10418     Page 2 of 3
Crate | Barcode (SSCC)          | Contents                       | Net kg  | Gross kg | Dimensions, cm
Brought forward: 3 crates, net 960.0 kg, gross 1,093.0 kg
4     | 340123450001047211      | Gear motor HA-67, 2 pcs        | 372.0   | 421.0    | 140 x 90 x 85
5     | 340123450001047228      | Frequency inverter FI-22, 4 pcs|  84.0   | 112.0    | 100 x 60 x 70
6     | 340123450001047235      | Coupling set KS-60, 10 sets    | 120.0   | 141.0    |  80 x 60 x 50
Carried forward: 6 crates, net 1,536.0 kg, gross 1,767.0 kg

HARTMANN ANTRIEBSTECHNIK GMBH                     Packing list PL-2025-10418     Page 3 of 3
Crate | Barcode (SSCC)          | Contents                       | Net kg  | Gross kg | Dimensions, cm
Brought forward: 6 crates, net 1,536.0 kg, gross 1,767.0 kg
7     | 340123450001047242      | Spare brake kit HA-67, 6 pcs   |  51.0   |  64.0    |  60 x 40 x 40
TOTAL: 7 crates, net weight 1,587.0 kg, gross weight 1,831.0 kg
Crates marked "YUS / CHELYABINSK / 1-7 / FRAGILE", heat-treated wood (ISPM 15).

Packed and checked by: ________ M. Vogt, shipping department
""",
        expected={
            "number": "PL-2025-10418",
            "date": "2025-03-10",
            "total": None,
            "currency": None,
            "parties.consignee.inn": "7496551395",
            "parties.consignee.kpp": "749601001",
        },
    ),
    HoldoutDocument(
        id="p-en-bank-statement-usd-two-pages",
        document_type="bank_statement",
        language="en",
        text="""\
Bank Zamoskvorechye LLC, Moscow, BIK 044501725, corr. account 30101810700000000725
STATEMENT OF ACCOUNT No. 44                                                Page 1 of 2
Statement date: 21 March 2025               Period: 01.03.2025 - 20.03.2025
Account holder: Tsifrovye Resheniya Arbat LLC, INN 7722265136, KPP 772201001
Account: 40702840003681517910 (USD, current currency account)
Opening balance 01.03.2025:                                                 12,480.00

Date   | Ref.    | Counterparty / details                      | Debit, USD | Credit, USD
03.03  | 0118    | Caspian Retail Group LLC, Baku              |            |   8,000.00
       |         | Fee for March 2025, agreement SA-2025/07    |            |
05.03  | 0204    | Bank commission, incoming SWIFT transfer    |      25.00 |
11.03  | 0371    | Sale of USD, credit to own RUB account      |  10,000.00 |
       |         | 40702810790579444674 at rate 88.4120        |            |
Balance carried forward to page 2:                                         10,455.00

STATEMENT OF ACCOUNT No. 44, account 40702840003681517910                  Page 2 of 2
Balance brought forward from page 1:                                       10,455.00
Date   | Ref.    | Counterparty / details                      | Debit, USD | Credit, USD
17.03  | 0452    | Nordlicht Software OU, Tallinn              |            |   4,750.00
       |         | IBAN EE172200221045871239, invoice 25-014   |            |
20.03  | 0533    | Cloudway Hosting Ltd, London                |   1,180.00 |
       |         | Hosting Q2 2025, invoice CW-88130           |            |
Total turnover:                                               |  11,205.00 |  12,750.00
Closing balance 20.03.2025:                                                14,025.00

Printed 21.03.2025 09:15. This statement is valid without signature and stamp.
""",
        expected={
            "number": "44",
            "date": "2025-03-21",
            "currency": "USD",
            "parties.account_holder.inn": "7722265136",
            "parties.account_holder.kpp": "772201001",
            "parties.account_holder.bik": "044501725",
            "parties.account_holder.account": "40702840003681517910",
        },
    ),
    HoldoutDocument(
        id="p-en-receipt-hotel-folio-scan",
        document_type="receipt",
        language="en",
        noisy=True,
        text="""\
HOTEL AUGARTEN RESlDENZ
Obere Augartenstrasse 4O, lO2O Wien, Austria
UlD ATU7l48293O
GUEST FOLlO / RECElPT            Folio No. F-25O3l4-O772
Guest: Mr. Pavel Rudakov         Room 4l2
Arrival l1.O3.2O25               Departure l4.O3.2O25
Date    Description                      Qty     Amount EUR
ll.O3   Accommodation, double single use  l         l68.OO
l2.O3   Accommodation, double single use  l         l68.OO
l3.O3   Accommodation, double single use  l         l68.OO
ll-l3   Breakfast buffet                  3          72.OO
ll-l3   Garage parking                    3          39.OO
l2.O3   Minibar                           l          l8.OO
l4.O3   City tax Vienna                   3           9.6O
                                   TOTAL EUR        642.6O
incl. VAT lO%  54.OO   incl. VAT 2O%  6.5O
Paid by VISA ****4417   l4.O3.2O25 ll:O2     EUR 642.6O
                 *** PAlD ***
[QR] Scan for e-invoice: AT-F25O3l4O772
Thank you for staying with us!  Date of receipt: l4.O3.2O25
""",
        expected={
            "number": "F-250314-0772",
            "date": "2025-03-14",
            "total": "642.60",
            "currency": "EUR",
        },
    ),
    HoldoutDocument(
        id="p-en-passport-finland-data-page",
        document_type="passport",
        language="en",
        text="""\
SUOMI FINLAND                                  PASSI PASS PASSPORT
Tyyppi / Typ / Type   Koodi / Kod / Code   Passin numero / Passnummer / Passport No.
P                     FIN                  XP4827163
Sukunimi / Efternamn / Surname
VIRTANEN
Etunimet / Fornamn / Given names
MIKKO JUHANI
Kansalaisuus / Medborgarskap / Nationality
SUOMI / FINLAND
Syntymaaika / Fodelsedatum / Date of birth       Henkilotunnus / Personal identity code
07.11.1986                                       071186-317R
Sukupuoli / Kon / Sex     Syntymapaikka / Fodelseort / Place of birth
M                         TAMPERE
Myontamispaiva / Utfardandedatum / Date of issue     Viranomainen / Myndighet / Authority
14.03.2022                                           POLIISI / POLISEN / POLICE
Voimassa / Giltig till / Date of expiry
14.03.2027
P<FINVIRTANEN<<MIKKO<JUHANI<<<<<<<<<<<<<<<<<
XP48271637FIN8611079M2703143071186317R<<<<96
""",
        expected={
            "number": "XP4827163",
            "date": "2022-03-14",
            "total": None,
            "currency": None,
        },
    ),
    HoldoutDocument(
        id="p-en-power-of-attorney-signature-columns",
        document_type="power_of_attorney",
        language="en",
        text="""\
Kuban-Agroresurs LLC
144 Uralskaya St., Krasnodar 350059, Russia
INN 2389603339, KPP 238901001, OGRN 1212327924808
Account 40702810928662752937 with PJSC Donkreditbank, Rostov-on-Don,
BIK 046047141, corr. account 30101810900000000141

                       POWER OF ATTORNEY No. KA-15/2025
Krasnodar                                                     17 March 2025

Kuban-Agroresurs LLC, represented by its General Director Viktor A. Martynenko, acting
under the Charter, hereby authorises Olga P. Lysenko (INN 231468819703, Russian passport
03 21 518246 issued on 02.08.2021) to:
- represent the company before the customs authorities and the port of Novorossiysk;
- receive cargo under bills of lading and CMR notes and sign acceptance documents;
- sign and submit applications, acts of inspection and claims concerning the cargo.
This power of attorney is valid until 31 December 2025 without the right of substitution.

Specimen signature of the attorney             Principal
                                               General Director
________________ O. P. Lysenko                 ________________ V. A. Martynenko
                                               L.S.
Received by the attorney: ____ / ____ / 20____
""",
        expected={
            "number": "KA-15/2025",
            "date": "2025-03-17",
            "total": None,
            "currency": None,
            "parties.principal.inn": "2389603339",
            "parties.principal.kpp": "238901001",
            "parties.principal.bik": "046047141",
            "parties.principal.account": "40702810928662752937",
            "parties.attorney.inn": "231468819703",
        },
    ),
    HoldoutDocument(
        id="p-en-letter-email-cover-rates",
        document_type="letter",
        language="en",
        text="""\
From: Elena Kornilova <e.kornilova@ladoga-terminal.example>
To: Marko Tamm <marko.tamm@balticforwarding.example>
Sent: Thursday, 20 March 2025 10:03
Subject: Revised storage rates from 1 April 2025 (our letter LT/FIN/2025-061)

Dear Marko,
please find our letter below; the signed copy follows by courier. Best regards, Elena

-----------------------------------------------------------------------------------
LADOZHSKY TERMINAL LLC                          To: Baltic Forwarding OU
Promzona 3, Kirovsk, Leningrad Region 187342    Sadama 25, 10111 Tallinn, Estonia
INN 4734943060, KPP 473401001                   Attn.: Mr. Marko Tamm, Managing Director
Our Ref.: LT/FIN/2025-061                       Your Ref.: BF-0307
Date: 19 March 2025

Subject: Revised storage and handling rates

Dear Mr. Tamm,
With reference to your enquiry of 7 March 2025, we inform you that from 1 April 2025
the following rates apply to your cargo under agreement LT-BF/2023-04:
- storage of a pallet place: EUR 0.52 per day (currently EUR 0.48);
- handling in / out: EUR 4.90 per pallet (unchanged);
- container unloading, 40': EUR 115.00 (currently EUR 105.00).
Invoices will continue to be issued in euro at the end of each month.
We value our cooperation and remain at your disposal for any questions.

Yours sincerely,
________________ E. V. Kornilova, General Director
""",
        expected={
            "number": "LT/FIN/2025-061",
            "date": "2025-03-19",
            "total": None,
            "currency": "EUR",
        },
    ),
    HoldoutDocument(
        id="p-en-other-certificate-of-origin-copy",
        document_type="other",
        language="en",
        text="""\
                                                      +-----------------------------+
                                                      | CERTIFIED TRUE COPY         |
                                                      | Yuzhnouralskaya Stal-Servis |
                                                      | RECEIVED 24.03.2025         |
                                                      +-----------------------------+
1. Consignor                                   | No. DO 25 0031847
Hartmann Antriebstechnik GmbH                  | EUROPEAN COMMUNITY
Westfalendamm 212, 44141 Dortmund, Germany     | CERTIFICATE OF ORIGIN
2. Consignee                                   | 3. Country of origin
Yuzhnouralskaya Stal-Servis LLC                | EUROPEAN UNION / GERMANY
70 Svobody St., Chelyabinsk 454091, Russia     |
4. Transport details (optional)                | 5. Remarks
By road, CMR DE-25/0311                        | Invoice RE-2025-10418 of 10.03.2025
6. Item number; marks, numbers, number and kind of packages; description of goods | 7. Quantity
1  YUS / CHELYABINSK / 1-7, seven wooden crates: gear motors HA-47 and HA-67,      | 1,831.0 kg
   frequency inverters FI-22, coupling sets KS-60, spare brake kits               | gross
8. The undersigned authority certifies that the goods described above originate in the
   country shown in box 3.
   Place and date of issue | Name, signature and stamp of competent authority
   Dortmund, 11.03.2025    | Chamber of Industry and Commerce Dortmund
                           | ________________ S. Brandt
""",
        expected={
            "number": "DO 25 0031847",
            "date": "2025-03-11",
            "total": None,
            "currency": None,
        },
    ),
]

ENGLISH_DOCUMENTS_P = [
    *_INVOICES,
    *_ACTS_AND_UPDS,
    *_PAYMENT_ORDERS,
    *_WAYBILLS,
    *_CONTRACTS,
    *_OTHER_TYPES,
]
