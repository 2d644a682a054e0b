"""English documents of set AF. `bench.holdout_af` describes the set and its labels."""

# Document texts reproduce printed lines up to 110 characters wide.
# ruff: noqa: E501

from .holdout import HoldoutDocument

_INVOICES = [
    # A German maker's commercial invoice for compressor spare parts on two pages.
    # The first page's sum is carried forward, freight and packing are added, and an
    # advance received and the balance due follow the total. The seller's IBAN is not
    # labelled. The Russian buyer prints its INN, KPP and euro account.
    HoldoutDocument(
        id="af-en-invoice-compressor-parts-eur",
        document_type="invoice",
        language="en",
        text="""\
RHEINKAMP VERDICHTERTECHNIK GMBH
Hafenstrasse 118, 45356 Essen, Germany · Tel. +49 201 8642 0 · sales@rheinkamp-vt.example
Bank: Ruhrtal Handelsbank AG, Essen · IBAN: DE27700500000002847163 · BIC RUHTDEMMXXX

COMMERCIAL INVOICE No. RV-2026-00418                                  Page 1 of 2
Invoice date: 9 March 2026          Delivery date: 11 March 2026       Customer No. 40177

Buyer:      JSC Gazkompressor-Service
            Obvodny Canal Emb. 93A, office 512, 191119 Saint Petersburg, Russia
            INN 7844106461, KPP 784401001
            EUR account 40702978161249065286 with PJSC Bank Severnaya Stolitsa, Saint Petersburg
            BIK 044030762, corr. account 30101810200000000762
Contract:   No. RV-GKS/2024-07 of 18 July 2024, Order No. GKS-PO-2026/031 of 16 February 2026
Delivery:   CPT Saint Petersburg (Incoterms 2020), by truck
Origin:     Germany

| Pos | Part No.    | Description                            | HS Code    | Qty | Unit EUR  | Amount EUR |
|  10 | RV-4HG-2201 | Piston rod, 4HG/3 compressor, stage 1  | 8414.90.00 |   4 |  6,840.00 |  27,360.00 |
|  20 | RV-VLV-3318 | Plate valve assembly, suction, DN 150  | 8481.80.81 |  24 |  1,265.50 |  30,372.00 |
|  30 | RV-RNG-0746 | Piston ring set, PTFE/carbon, d 420 mm | 8414.90.00 |  48 |    186.40 |   8,947.20 |
|  40 | RV-PKG-1150 | Rod packing case, complete             | 8484.20.00 |  12 |  2,940.00 |  35,280.00 |
|  50 | RV-CRH-0082 | Crosshead with pin, stage 2            | 8414.90.00 |   2 | 11,380.00 |  22,760.00 |
|  60 | RV-BRG-5524 | Main bearing shell pair, 250 mm        | 8483.30.80 |   8 |  1,745.00 |  13,960.00 |
|     |             | Carried forward                        |            |     |           | 138,679.20 |

RHEINKAMP VERDICHTERTECHNIK GMBH · Invoice No. RV-2026-00418 of 9 March 2026          Page 2 of 2
| Pos | Part No.    | Description                      | HS Code    | Qty | Unit EUR | Amount EUR |
|     |             | Brought forward                  |            |     |          | 138,679.20 |
|  70 | RV-GSK-0910 | Gasket kit, cylinder head        | 8484.10.00 |   6 |   862.30 |   5,173.80 |
|  80 | RV-SNS-7712 | Rod drop sensor with cable, 10 m | 9031.80.38 |  10 | 1,198.00 |  11,980.00 |

                                                      Goods value:                     EUR 155,833.00
                                                      Export packing (seaworthy crates): EUR 1,240.00
                                                      Freight to Saint Petersburg:       EUR 3,860.00
                                                      VAT 0% (tax-free export delivery):    EUR 0.00
                                                      INVOICE TOTAL:                   EUR 160,933.00
                                                      Advance received 20 Feb 2026:    EUR 48,279.90
                                                      Balance due by 8 April 2026:    EUR 112,653.10

Packages: 7 crates, net weight 1,486 kg, gross weight 1,912 kg. Packing list No. PL-00418 attached.
We certify that the goods are of German origin and the invoice is true and correct.

Rheinkamp Verdichtertechnik GmbH, Essen                       signed: K. Haberland, Export Manager
""",
        expected={
            "number": "RV-2026-00418",
            "date": "2026-03-09",
            "total": "160933.00",
            "currency": "EUR",
            "parties.buyer.inn": "7844106461",
            "parties.buyer.kpp": "784401001",
            "parties.buyer.bik": "044030762",
            "parties.buyer.account": "40702978161249065286",
        },
    ),
    # An upper-case scan of a Chinese tyre maker's invoice to a Russian haulage company
    # on two pages. OCR read O for 0 and l for 1 and broke the page in the middle of
    # the table. The deposit already paid sits below the total, and the buyer's INN
    # and KPP are the only Russian requisites.
    HoldoutDocument(
        id="af-en-invoice-mining-tyres-usd-scan",
        document_type="invoice",
        language="en",
        text="""\
QINGDAO HUALUN MINING TYRE CO., LTD.
NO. 2l8 HUANGHE ROAD, HUANGDAO DISTRICT, QINGDAO, SHANDONG, CHINA   TEL +86 532 8O7l 46l5
COMMERCIAL INVOICE                                            PAGE l OF 2
INVOICE NO.: HL-MT-26O2l7        DATE: FEB 17, 2O26         S/C NO.: HL-SRT-2O25-ll
BUYER: LLC SIBRUDTRANS, KUZNETSKAYA ST. 4O, MEZHDURECHENSK, KEMEROVO REGION, RUSSIA
       INN 4247787684  KPP 4247OlOOl
TERMS: CIF VLADIVOSTOK (INCOTERMS 2O2O)   PAYMENT: 3O% T/T DEPOSIT, 7O% AGAINST COPY B/L
COUNTRY OF ORIGIN: CHINA
|ITEM|DESCRIPTION                              |HS CODE   |QTY|UNIT PRICE USD|AMOUNT USD  |
|l   |OTR TYRE 27.OOR49 E4 ** TL, HLM-4         |4Oll.2O   |l2 |l8,64O.OO     |223,68O.OO  |
|2   |OTR TYRE 33.OOR5l E4 ** TL, HLM-4         |4Ol l.2O  |6  |27,95O.OO     |l67,7OO.OO  |
--------------------------------------------------------------- PAGE 2 OF 2
INVOICE NO. HL-MT-26O2l7 (CONTINUED)
|3   |OTR TYRE 4O.OOR57 E4 ** TL, HLM-4         |4Ol l.2O  |4  |4l,2OO.OO     |l64,8OO.OO  |
|4   |VALVE KIT FOR TL OTR TYRES                |848l.8O   |22 |86.5O         |l,9O3.OO    |
SUBTOTAL GOODS: USD 558,O83.OO
OCEAN FREIGHT AND INSURANCE QINGDAO - VLADIVOSTOK: USD l4,6OO.OO
TOTAL CIF VLADIVOSTOK: USD 572,683.OO
(SAY US DOLLARS FIVE HUNDRED SEVENTY TWO THOUSAND SIX HUNDRED EIGHTY THREE ONLY)
LESS DEPOSIT RECEIVED 3O%: USD l7l,8O4.9O      BALANCE DUE: USD 4OO,878.lO
BENEFICIARY BANK: BANK OF JIAODONG COMMERCE, QINGDAO BRANCH, SWIFT BJDCCNBQ
FOR AND ON BEHALF OF QINGDAO HUALUN MINING TYRE CO., LTD.   (STAMP) 青岛华轮
""",
        expected={
            "number": "HL-MT-260217",
            "date": "2026-02-17",
            "total": "572683.00",
            "currency": "USD",
            "parties.buyer.inn": "4247787684",
            "parties.buyer.kpp": "424701001",
        },
        noisy=True,
    ),
    # An English translation of a heat supplier's monthly invoice with the meter nodes
    # listed over two pages. Page 1's sum is carried forward, and VAT 22% is added.
    # The buyer's branch prints its own KPP, which is the one labelled.
    HoldoutDocument(
        id="af-en-invoice-translated-heat-supply",
        document_type="invoice",
        language="en",
        text="""\
Translation from Russian
JSC "Yenisei Heat and Power Plant No. 4"
Promyshlennaya St. 2, Krasnoyarsk 660013, Russia. INN 2488642307, KPP 248801001, OGRN 1242487645290
Settlement account 40702810230374862570 with JSC Stolichny Energy Bank, Moscow
BIK 044525328, correspondent account 30101810200000000328

INVOICE No. 2026-03/1184                                                          Page 1 of 2
Date: March 31, 2026                 Billing period: March 1-31, 2026

Customer: LLC "Nordalum Rus", Krasnoyarsk branch (cast house), Krasnoyarsk 660111, Pogranichnikov
          St. 37. INN 7712808457, KPP 246545001
Contract: Heat supply contract No. 4-TS/118 of December 20, 2023; Addendum No. 5 of January 9, 2026
          (tariff of the Regional Tariff Service Order No. 612-p of December 18, 2025)

| No. | Metering node                    | Meter serial | Unit | Quantity  | Tariff, RUB | Amount, RUB  |
| 1   | Node TU-1, cast house, hot water | VKT-7 041288 | Gcal | 1,842.356 |    2,618.44 | 4,824,098.64 |
| 2   | Node TU-2, rolling shop, steam   | VKT-7 041297 | Gcal | 1,206.118 |    2,618.44 | 3,158,147.62 |
| 3   | Node TU-3, warehouse, heating    | TV-7 118420  | Gcal |   614.902 |    2,618.44 | 1,610,083.99 |
|     | Total, page 1                    |              |      |           |             | 9,592,330.25 |

JSC "Yenisei HPP No. 4" - Invoice No. 2026-03/1184 of 31.03.2026                    Page 2 of 2
| No. | Metering node                    | Meter serial | Unit | Quantity  | Tariff, RUB | Amount, RUB  |
|     | Carried forward from page 1      |              |      |           |             | 9,592,330.25 |
| 4   | Node TU-4, offices, heating      | TV-7 118436  | Gcal |   388.415 |    2,618.44 | 1,017,041.37 |
| 5   | Make-up water (network losses)   | -            | m3   |     2,184 |       84.65 |   184,875.60 |

Total excluding VAT:                                                     RUB 10,794,247.22
VAT 22%:                                                                  RUB 2,374,734.39
Total amount payable:                                                    RUB 13,168,981.61
(Thirteen million one hundred sixty-eight thousand nine hundred eighty-one roubles 61 kopecks)

Advance payments for March under clause 6.2 (35% and 50% of the planned volume) were paid on
March 18 and March 25, 2026 and will be offset against this invoice.
Payment due by April 15, 2026.

General Director  (signed)  A. P. Ryzhkov          Chief Accountant  (signed)  L. N. Gerasimova
I, the translator, certify this translation. Translator: O. V. Lunina, April 2, 2026
""",
        expected={
            "number": "2026-03/1184",
            "date": "2026-03-31",
            "total": "13168981.61",
            "currency": "RUB",
            "parties.seller.inn": "2488642307",
            "parties.seller.kpp": "248801001",
            "parties.seller.bik": "044525328",
            "parties.seller.account": "40702810230374862570",
            "parties.buyer.inn": "7712808457",
            "parties.buyer.kpp": "246545001",
        },
    ),
]

_ACTS_UPD_PAYMENTS_AND_CONTRACTS = [
    # An Italian contractor's acceptance certificate for commissioning a gas turbine,
    # in euro, on two pages with the first page's sum carried forward. The contract,
    # the purchase order and the earlier certificate have their own numbers and dates.
    # Only the Russian customer is labelled.
    HoldoutDocument(
        id="af-en-act-commissioning-gas-turbine",
        document_type="act",
        language="en",
        text="""\
ADRIATICA TURBOMACCHINE S.p.A.
Via dell'Industria 44, 16152 Genova, Italy                                        Page 1 of 2

CERTIFICATE OF ACCEPTANCE OF SERVICES No. ADT-NK-03
Date: 27 February 2026
Period of services: 12 January 2026 - 20 February 2026

Contractor: Adriatica Turbomacchine S.p.A., Genova, Italy
Customer:   JSC Novo-Kamskaya GRES, Industrial site of GRES, Dobryanka, Perm Territory 618740,
            Russia. INN 5987663442, KPP 598701001
            Account 40702810252016128400 with PJSC Prikamsky Investbank, Perm,
            BIK 045773715, corr. account 30101810500000000715
Contract:   Service Agreement No. ADT-NKG-2025/02 of 3 October 2025, Purchase Order No. 4500118271
            of 28 November 2025. Previous certificate: No. ADT-NK-02 of 30 January 2026.
Site:       Unit GT-3 (gas turbine AT-2000E, serial No. 40182), Novo-Kamskaya GRES

The Contractor has rendered, and the Customer has accepted, the following services:

| Item | Service                                             | Unit    | Qty | Rate, EUR | Amount, EUR |
| 1    | Mechanical commissioning supervisor                 | man-day |  42 |  1,480.00 |   62,160.00 |
| 2    | Instrumentation and control commissioning engineer  | man-day |  38 |  1,620.00 |   61,560.00 |
| 3    | Combustion tuning specialist                        | man-day |  14 |  2,150.00 |   30,100.00 |
| 4    | Travel and lodging, lump sum per clause 5.4         | lot     |   1 | 18,640.00 |   18,640.00 |
|      | Subtotal page 1                                     |         |     |           |  172,460.00 |

Certificate No. ADT-NK-03 of 27 February 2026                                     Page 2 of 2
| Item | Service                                             | Unit    | Qty | Rate, EUR | Amount, EUR |
|      | Brought forward                                     |         |     |           |  172,460.00 |
| 5    | Performance test and report                         | lot     |   1 | 24,000.00 |   24,000.00 |
| 6    | Consumables used in commissioning                   | lot     |   1 | 22,000.00 |   22,000.00 |
|      | TOTAL FOR THIS CERTIFICATE                          |         |     |           |  218,460.00 |

Amounts are stated without Russian VAT. The Customer withholds and pays VAT as a tax agent under
Article 161 of the Tax Code of the Russian Federation. Value of this certificate: EUR 218,460.00
(two hundred eighteen thousand four hundred sixty euro). A retention of 10% (EUR 21,846.00) under
clause 7.3 is held until the reliability run, so EUR 196,614.00 is payable now.

The services are complete and accepted. The Customer has no claims regarding scope or quality.

For the Contractor: Ing. F. Bassani, Site Manager         For the Customer: V. Yu. Demidov, Chief Engineer
""",
        expected={
            "number": "ADT-NK-03",
            "date": "2026-02-27",
            "total": "218460.00",
            "currency": "EUR",
            "parties.buyer.inn": "5987663442",
            "parties.buyer.kpp": "598701001",
            "parties.buyer.bik": "045773715",
            "parties.buyer.account": "40702810252016128400",
        },
    ),
    # An English translation of a status 1 UPD for drill bits on two sheets. Each
    # sheet prints its sums and the second prints the totals. The shipper is "the
    # same" as the seller, so it is not labelled.
    HoldoutDocument(
        id="af-en-upd-translation-drill-bits",
        document_type="upd",
        language="en",
        text="""\
[Translation from Russian]
UNIVERSAL TRANSFER DOCUMENT (UPD)                                                  Sheet 1 of 2
Invoice (schet-faktura) No. 0512 dated March 12, 2026 (1)        Status: 1
Correction No. -- dated -- (1a)
Seller: LLC "Bitservice-Ufa" (2)
Address: Tsyurupy St. 97, Ufa 450057, Republic of Bashkortostan (2a)
Seller's INN/KPP: 0295579905/029501001 (2b)
Shipper and its address: the same (3)
Consignee and its address: LLC "Arctic Burservice", materials base, Promzona, panel 6, Noyabrsk 629809 (4)
To payment document No. -- (5)
Shipping document: Nos. 1-5, No. 0512 of 12.03.2026 (5a)
Buyer: LLC "Arctic Burservice" (6)
Address: Promzona, panel 6, bldg. 2, Noyabrsk 629809, Yamal-Nenets Autonomous Okrug (6a)
Buyer's INN/KPP: 8993186031/899301001 (6b)
Currency: Russian rouble, 643 (7). Amounts in RUB.

| No. | Goods                   | Unit | Qty | Price      | Excl. VAT    | VAT | VAT amount   | Incl. VAT    |
|   1 | PDC bit 215.9 mm BT-616 | pc   |   8 | 486,400.00 | 3,891,200.00 | 22% |   856,064.00 | 4,747,264.00 |
|   2 | PDC bit 295.3 mm BT-519 | pc   |   4 | 624,800.00 | 2,499,200.00 | 22% |   549,824.00 | 3,049,024.00 |
|   3 | Roller cone bit 393.7   | pc   |   3 | 218,600.00 |   655,800.00 | 22% |   144,276.00 |   800,076.00 |
|     | Total, sheet 1          |      |     |            | 7,046,200.00 | x   | 1,550,164.00 | 8,596,364.00 |

UPD No. 0512 of 12.03.2026                                                         Sheet 2 of 2
| No. | Goods                   | Unit | Qty | Price     | Excl. VAT    | VAT | VAT amount   | Incl. VAT    |
|   4 | Bit breaker plate 215.9 | pc   |   6 | 18,450.00 |   110,700.00 | 22% |    24,354.00 |   135,054.00 |
|   5 | Nozzle set, carbide     | set  |  24 |  4,120.00 |    98,880.00 | 22% |    21,753.60 |   120,633.60 |
|     | Total payable (9)       |      |     |           | 7,255,780.00 | x   | 1,596,271.60 | 8,852,051.60 |

The document is made on 2 sheets.
Head of organization (signed) R. M. Valiev          Chief accountant (signed) E. F. Nurieva
Basis of transfer: supply contract No. BS-AB/2025-14 of September 1, 2025, order No. 22 of Feb 24, 2026
Transport data: transport waybill No. 0512-TN of 12.03.2026, truck A 418 KM 102
Goods handed over: storekeeper I. I. Sadykov, 12.03.2026
Goods received: storekeeper D. S. Zubarev, power of attorney No. 37 of 02.03.2026, 17.03.2026
""",
        expected={
            "number": "0512",
            "date": "2026-03-12",
            "total": "8852051.60",
            "currency": "RUB",
            "parties.seller.inn": "0295579905",
            "parties.seller.kpp": "029501001",
            "parties.buyer.inn": "8993186031",
            "parties.buyer.kpp": "899301001",
        },
    ),
    # An English rendering of a 0401060 payment order for the rail freight invoice.
    # The purpose cites the invoice, the contract and the wagon register, and the
    # bank's receipt and debit dates follow the order's date.
    HoldoutDocument(
        id="af-en-payment-order-translated-rail-freight",
        document_type="payment_order",
        language="en",
        text="""\
(English version generated by the bank's client system for the auditor)                 0401060
Received by payer's bank: 09.04.2026        Debited from payer's account: 09.04.2026

PAYMENT ORDER No. 1519                    Date: 08.04.2026            Payment type: electronic

Amount in words: Two million seven hundred nineteen thousand eight hundred sixty-five roubles
76 kopecks
Amount: 2719865-76 RUB

Payer:            JSC Kuznetsk Coal Company Verkhnetomskaya
Payer's INN:      4272940551                 Payer's KPP: 427201001
Payer's account:  40702810524852722022
Payer's bank:     JSC Kuzbass Commercial Bank, Kemerovo
BIK:              043207980                  Corr. account: 30101810000000000980

Payee's bank:     PJSC Bank Severnaya Stolitsa, Saint Petersburg
BIK:              044030762                  Corr. account: 30101810200000000762
Payee:            LLC Ural-Rail Logistic
Payee's INN:      6626714757                 Payee's KPP: 662601001
Payee's account:  40702810521824886193

Operation type: 01     Payment priority: 5     Payment code: --     Reserved field: --

Purpose of payment:
Payment under invoice No. UR-2026/0387 of 02.04.2026 for rail carriage of coal, 14 wagons (register
of wagons, sheets 1-2), under forwarding contract No. 45-TEO/2024 of 15.01.2024. VAT 0%.

Signatures: (signed) V. P. Starostin        (signed) N. G. Ivanova       Bank mark: EXECUTED 09.04.2026
""",
        expected={
            "number": "1519",
            "date": "2026-04-08",
            "total": "2719865.76",
            "currency": "RUB",
            "parties.payer.inn": "4272940551",
            "parties.payer.kpp": "427201001",
            "parties.payer.bik": "043207980",
            "parties.payer.account": "40702810524852722022",
            "parties.payee.inn": "6626714757",
            "parties.payee.kpp": "662601001",
            "parties.payee.bik": "044030762",
            "parties.payee.account": "40702810521824886193",
        },
    ),
    # The English version of an EPC contract for an oil pumping station on three pages.
    # The price is stated without VAT and with VAT, appendix 1 breaks it down by
    # phases and appendix 2 schedules the payments. The contractor is labelled as
    # seller and the customer as buyer, both with their bank details.
    HoldoutDocument(
        id="af-en-contract-epc-pumping-station",
        document_type="contract",
        language="en",
        text="""\
                         ENGINEERING, PROCUREMENT AND CONSTRUCTION CONTRACT
                                      No. EPC-PS/2026-03
Surgut                                                                          5 March 2026

JSC "Obnefteprovod" (the "Customer"), represented by General Director S. A. Korolev, acting under the
Charter, and LLC "NefteGazStroy-Yugra" (the "Contractor"), represented by General Director
E. R. Mamedov, acting under the Charter, have concluded this Contract as follows.

1. SUBJECT
1.1. The Contractor shall design, procure, build and commission the booster oil pumping station
BPS-3 with a capacity of 12,000 m3/day at km 52 of the oil pipeline "Cluster 44 - Central
Processing Facility" (the "Facility") on a turnkey basis.
1.2. The scope, the price breakdown and the payment schedule are set out in Appendices 1 and 2,
which form an integral part of this Contract.

2. CONTRACT PRICE
2.1. The Contract Price is RUB 412,600,000.00 (four hundred twelve million six hundred thousand
roubles) excluding VAT. VAT at 22% amounts to RUB 90,772,000.00. The Contract Price including VAT
is RUB 503,372,000.00.
2.2. The Contract Price is fixed and may be changed only by a supplementary agreement.

3. TIME FOR COMPLETION
3.1. Mechanical completion by 30 September 2026; commissioning certificate by 15 November 2026.
                                                                                   Page 1 of 3
EPC Contract No. EPC-PS/2026-03 of 5 March 2026
4. PAYMENT
4.1. Payments are made in accordance with Appendix 2 within 30 days after the Customer receives the
Contractor's invoice and the signed acceptance documents (forms KS-2 and KS-3).
4.2. The advance is offset proportionally against each progress payment.

5. LIABILITY
5.1. For delay in mechanical completion the Contractor pays 0.05% of the Contract Price per day,
capped at 10% of the Contract Price.

6. GOVERNING LAW AND LANGUAGE
6.1. This Contract is governed by the law of the Russian Federation. It is made in Russian and
English; the Russian text prevails.

7. REQUISITES OF THE PARTIES
Customer: JSC "Obnefteprovod"                      Contractor: LLC "NefteGazStroy-Yugra"
Mira St. 62, Khanty-Mansiysk 628011                Industrialnaya St. 14, Surgut 628403
INN 8665384538, KPP 866501001                      INN 8689768460, KPP 868901001
Account 40702810807207547354                       Account 40702810179188957555
JSC Yugorsky Oil Bank, Surgut                      JSC Yugorsky Oil Bank, Surgut
BIK 047162624                                      BIK 047162624
Corr. account 30101810200000000624                 Corr. account 30101810200000000624

(signed) S. A. Korolev                             (signed) E. R. Mamedov
                                                                                   Page 2 of 3
EPC Contract No. EPC-PS/2026-03 of 5 March 2026
APPENDIX 1. PRICE BREAKDOWN
| Phase | Description                                           | Price excl. VAT, RUB |
| 1     | Engineering (design and working documentation)        |        38,400,000.00 |
| 2     | Procurement (pumps, tanks, electrical, control system) |       246,800,000.00 |
| 3     | Construction and installation                         |        98,200,000.00 |
| 4     | Pre-commissioning and commissioning                   |        29,200,000.00 |
|       | Total excluding VAT                                   |       412,600,000.00 |

APPENDIX 2. PAYMENT SCHEDULE (amounts including VAT 22%)
| No. | Payment                                          | Due                          | Amount, RUB    |
| 1   | Advance, 15%                                     | within 15 days of signing     |  75,505,800.00 |
| 2   | Progress payments, 75%                           | monthly, per KS-2/KS-3        | 377,529,000.00 |
| 3   | Final payment, 10%                               | after commissioning certificate |  50,337,200.00 |
|     | Total                                            |                              | 503,372,000.00 |

(signed) S. A. Korolev                             (signed) E. R. Mamedov
                                                                                   Page 3 of 3
""",
        expected={
            "number": "EPC-PS/2026-03",
            "date": "2026-03-05",
            "total": "503372000.00",
            "currency": "RUB",
            "parties.seller.inn": "8689768460",
            "parties.seller.kpp": "868901001",
            "parties.seller.bik": "047162624",
            "parties.seller.account": "40702810179188957555",
            "parties.buyer.inn": "8665384538",
            "parties.buyer.kpp": "866501001",
            "parties.buyer.bik": "047162624",
            "parties.buyer.account": "40702810807207547354",
        },
    ),
]

_WAYBILLS = [
    # A scan of a bill of lading for export coal with its rider on a second page. It
    # names no money (freight is payable as per the charter party), so it has no
    # total label and no currency. The Russian shipper prints its INN and KPP. OCR
    # read O for 0 and l for 1 and mixed Latin and Cyrillic letters.
    HoldoutDocument(
        id="af-en-waybill-bill-of-lading-coal-scan",
        document_type="waybill",
        language="en",
        text="""\
BILL OF LADING                     B/L NO. KBS-MUR-26/Oll7           PAGE l OF 2
TO BE USED WITH CHARTER-PARTIES    CODE NAME: "CONGENBILL" EDITION 2O22
SHIPPER: JSC KUZNETSK COAL COMPANY VERKHNETOMSKAYA, SHAKHTEROV AVE. 9, MEZHDURECHENSK,
         KEMEROVO REGION, RUSSIA, INN 427294O55l, KPP 4272OlOOl
CONSIGNEE: TO ORDER OF BANCA DEL PORTO DI ANVERSA N.V.
NOTIFY ADDRESS: NORDKOHLE HANDEL GMBH, HAMBURG, GERMANY
VESSEL: MV KOLA TRADER         PORT OF LOADING: MURMANSK, RUSSIA
PORT OF DISCHARGE: ROTTERDAM, NETHERLANDS
SHIPPER'S DESCRIPTION OF GOODS:
STEAM COAL IN BULK, GRADE KS, SIZE O-5O MM
NET CALORIFIC VALUE 6 OOO KCAL/KG (NAR), MOISTURE l2% MAX, ASH l6% MAX
GROSS WEIGHT: 74 85O MT (SEVENTY FOUR THOUSAND EIGHT HUNDRED FIFTY METRIC TONS) AS PER DRAFT SURVEY
---------------------------------------------------------------------------------- PAGE 2 OF 2
RIDER TO B/L NO. KBS-MUR-26/Oll7
SHIPPED ON BOARD THE VESSEL: l4 MAR 2O26   CLEAN ON BOARD
FREIGHT PAYABLE AS PER CHARTER PARTY DATED O2 FEB 2O26
NUMBER OF ORIGINAL B(S)/L: THREE (3)
PLACE AND DATE OF ISSUE: MURMANSK, l4 MAR 2O26
DRAFT SURVEY REPORT NO. DS-O3l4/26 DATED l4 MAR 2O26, CERTIFICATE OF ORIGIN NO. 7426O53l8 DATED l3 MAR 2O26
SIGNED FOR THE MASTER CAPT. A. V. LEBEDEV BY KOLA BULK SHIPPING AGENCY LLC AS AGENTS
(STAMP) KОЛA БAЛК ШИППИНГ AГEHTCTBO MУPMAHCK
""",
        expected={
            "number": "KBS-MUR-26/0117",
            "date": "2026-03-14",
            "currency": None,
            "parties.shipper.inn": "4272940551",
            "parties.shipper.kpp": "427201001",
        },
        noisy=True,
    ),
]

_OTHER_TYPES = [
    # A packing list for gas turbine modules shipped in several cases over two pages,
    # with the first page's weights carried forward. It names no money. The Russian
    # consignee prints its INN and KPP. The Italian shipper has no Russian requisites.
    HoldoutDocument(
        id="af-en-packing-list-gas-turbine-modules",
        document_type="packing_list",
        language="en",
        text="""\
ADRIATICA TURBOMACCHINE S.p.A. - Via dell'Industria 44, 16152 Genova, Italy
PACKING LIST No. PL-ADT-26-014                                                    Page 1 of 2
Date: 22 January 2026
Shipper:    Adriatica Turbomacchine S.p.A., Genova, Italy
Consignee:  JSC Novo-Kamskaya GRES, Industrial site of GRES, Dobryanka, Perm Territory 618740,
            Russia, INN 5987663442, KPP 598701001
Contract:   Service Agreement No. ADT-NKG-2025/02 of 3 October 2025; Invoice No. ADT-INV-26-0031
            of 22 January 2026
Transport:  by truck Genova - Dobryanka, CMR No. 0048812, trucks GE 418 TK and GE 207 MR

| Case | Contents                                        | Dimensions, cm  | Net, kg | Gross, kg |
| 1    | Combustion liners, set of 14                    | 240 x 160 x 150 |   1,860 |     2,340 |
| 2    | Transition pieces, set of 14                    | 240 x 160 x 150 |   2,120 |     2,610 |
| 3    | Fuel nozzles and igniters                       | 180 x 120 x 110 |     640 |       915 |
| 4    | Borescope kit and special tools                 | 160 x 100 x 90  |     385 |       560 |
|      | Page total                                      |                 |   5,005 |     6,425 |

PACKING LIST No. PL-ADT-26-014 of 22 January 2026                                 Page 2 of 2
| Case | Contents                                        | Dimensions, cm  | Net, kg | Gross, kg |
|      | Carried forward                                 |                 |   5,005 |     6,425 |
| 5    | Control cabinet, turbine protection system      | 220 x 90 x 230  |   1,140 |     1,420 |
| 6    | Cables and connectors, labelled per drawing     | 150 x 110 x 100 |     610 |       780 |
| 7    | Commissioning consumables, filters, gaskets     | 120 x 100 x 90  |     295 |       410 |
|      | TOTAL: 7 cases                                  |                 |   7,050 |     9,035 |

Marks: ADT / NKG / GT-3 / case No. / Dobryanka. Cases 1-2 fragile, keep dry, do not stack.
Prepared by: L. Ferraro, Logistics                 Checked by: Ing. F. Bassani
""",
        expected={
            "number": "PL-ADT-26-014",
            "date": "2026-01-22",
            "total": None,
            "currency": None,
            "parties.consignee.inn": "5987663442",
            "parties.consignee.kpp": "598701001",
        },
    ),
    # A statement of a Russian drilling contractor's US dollar account on two pages,
    # with the debit and credit sums carried forward. A transit currency account and
    # foreign counterparties' accounts appear in the lines. The balances are not a
    # document value, so the statement has no total label.
    HoldoutDocument(
        id="af-en-bank-statement-usd-drilling-contractor",
        document_type="bank_statement",
        language="en",
        text="""\
JSC STOLICHNY ENERGY BANK, Moscow. BIK 044525328, corr. account 30101810200000000328
                                                                                 Page 1 of 2
STATEMENT OF ACCOUNT No. 12 for 31 March 2026
Account holder:  LLC "Arctic Burservice", INN 8993186031, KPP 899301001
Account:         40702840978397052327 (current currency account, USD)
Previous statement: No. 11 of 27 March 2026
Opening balance:                                                        USD 1,284,612.40

| No. | Doc.    | Counterparty / details                                          | Debit, USD | Credit, USD |
|   1 | 0331-01 | KAZDRILL SERVICE LLP, Aktau, Kazakhstan                         |            |  412,500.00 |
|     |         | Payment for drilling services, invoice AB-KZ-0211 of 28.02.2026 |            |             |
|   2 |      88 | JIANGSU HEXING DRILL PIPE CO., LTD., Wuxi, China                | 624,318.75 |             |
|     |         | Balance for drill pipe, contract HX-AB-2025-09, invoice HX-2603 |            |             |
|     |         | Page total                                                      | 624,318.75 |  412,500.00 |

Statement No. 12 of 31 March 2026, account 40702840978397052327                 Page 2 of 2
| No. | Doc.     | Counterparty / details                                         | Debit, USD | Credit, USD |
|     |          | Carried forward                                                | 624,318.75 |  412,500.00 |
|   3 |       89 | Sale of USD, order No. 89 of 31.03.2026, to own rouble account | 250,000.00 |             |
|   4 |  0331-07 | Transit currency account 40702840692820102761, identified      |            |   96,240.00 |
|     |          | receipt from KAZDRILL SERVICE LLP, invoice AB-KZ-0302          |            |             |
|   5 |       90 | Bank fee for SWIFT transfer No. 88                             |     184.50 |             |
|   6 |       91 | Refund of advance to GULF WELL TOOLS FZE, Dubai                |  38,600.00 |             |
|     |          | Total turnover                                                 | 913,103.25 |  508,740.00 |

Closing balance:                                                        USD 880,249.15
Date of statement: 31.03.2026. Printed 01.04.2026 08:44. Operator: E. S. Gromova
""",
        expected={
            "number": "12",
            "date": "2026-03-31",
            "currency": "USD",
            "parties.account_holder.inn": "8993186031",
            "parties.account_holder.kpp": "899301001",
            "parties.account_holder.bik": "044525328",
            "parties.account_holder.account": "40702840978397052327",
        },
    ),
    # A hotel folio for an offshore engineer on two pages in pounds sterling. The
    # first page's charges are carried forward, UK VAT at 20% is included, and the
    # card payment clears the balance. Neither party has Russian requisites.
    HoldoutDocument(
        id="af-en-receipt-aberdeen-hotel-folio",
        document_type="receipt",
        language="en",
        text="""\
THE GRANITE QUAY HOTEL
14 Regent Quay, Aberdeen AB11 5BE, Scotland · VAT Reg. No. GB 318 4472 06
                                                                                Page 1 of 2
GUEST FOLIO / RECEIPT                     Folio No. 448127
Guest:        Mr Stanislav Permyakov       Room: 512 (Standard Double)
Company:      LLC Arctic Burservice, Noyabrsk, Russia - c/o North Sea Rig Crew Services Ltd
Arrival:      09 Mar 2026                  Departure: 20 Mar 2026         Nights: 11
Booking ref.: NSR-26-03-0912              Rate code: CORP-OFFSHORE

| Date        | Description                              | Qty | Unit, GBP | Amount, GBP |
| 09-20 Mar   | Accommodation, corporate rate            |  11 |    142.00 |    1,562.00 |
| 09-20 Mar   | Breakfast                                |  11 |     16.50 |      181.50 |
| 12 Mar      | Laundry service                          |   1 |     18.40 |       18.40 |
| 15 Mar      | Laundry service                          |   1 |     18.40 |       18.40 |
|             | Balance carried forward                  |     |           |    1,780.30 |

THE GRANITE QUAY HOTEL · Folio No. 448127 · Mr S. Permyakov                      Page 2 of 2
| Date        | Description                              | Qty | Unit, GBP | Amount, GBP |
|             | Balance brought forward                  |     |           |    1,780.30 |
| 18 Mar      | Laundry service                          |   1 |     18.40 |       18.40 |
| 16 Mar      | Harbour Restaurant, dinner               |   1 |     64.80 |       64.80 |
| 19 Mar      | Harbour Restaurant, dinner               |   1 |     48.25 |       48.25 |
| 19 Mar      | Lounge bar                               |   1 |     21.60 |       21.60 |
| 20 Mar      | Taxi to Aberdeen heliport                |   1 |     38.00 |       38.00 |
|             | TOTAL CHARGES                            |     |           |    1,971.35 |
| 20 Mar 2026 | Payment - Visa Corporate ****4418        |     |           |   -1,971.35 |
|             | BALANCE DUE                              |     |           |        0.00 |

VAT summary: standard rate 20%, net £1,642.79, VAT £328.56, gross £1,971.35.
Thank you for staying with us. This folio is your receipt. Printed 20 Mar 2026 07:12.
""",
        expected={
            "number": "448127",
            "date": "2026-03-20",
            "total": "1971.35",
            "currency": "GBP",
        },
    ),
    # The data page of a commissioning engineer's Italian passport. It is numbered by
    # the passport number, which the machine-readable zone repeats, and dated by the
    # date of issue, not the dates of birth or expiry.
    HoldoutDocument(
        id="af-en-passport-commissioning-engineer",
        document_type="passport",
        language="en",
        text="""\
REPUBBLICA ITALIANA                                             PASSAPORTO / PASSPORT
Tipo / Type  P      Codice Paese / Code of issuing State  ITA     Passaporto N. / Passport No. YB4827163
Cognome / Surname
VALDAMBRINI
Nome / Given names
MARCO ANDREA
Cittadinanza / Nationality          ITALIANA
Data di nascita / Date of birth     21 JUL 1984
Sesso / Sex  M                      Luogo di nascita / Place of birth  LA SPEZIA (SP)
Data di rilascio / Date of issue    18 OCT 2022
Data di scadenza / Date of expiry   17 OCT 2032
Autorita / Authority                MINISTRO AFFARI ESTERI - QUESTURA DI GENOVA
Firma del titolare / Holder's signature   (signed)

P<ITAVALDAMBRINI<<MARCO<ANDREA<<<<<<<<<<<<<<
YB48271632ITA8407214M3210178<<<<<<<<<<<<<<<2
""",
        expected={
            "number": "YB4827163",
            "date": "2022-10-18",
            "total": None,
            "currency": None,
        },
    ),
    # A power of attorney for a customs broker to declare the compressor parts. The
    # principal prints its rouble account, and the broker is labelled as attorney with
    # its INN and KPP. It names no money.
    HoldoutDocument(
        id="af-en-power-of-attorney-customs-broker",
        document_type="power_of_attorney",
        language="en",
        text="""\
[Translation from Russian]
POWER OF ATTORNEY No. 27/2026
Saint Petersburg                                                             2 February 2026

JSC Gazkompressor-Service, INN 7844106461, KPP 784401001, OGRN 1207813041182, Obvodny Canal
Emb. 93A, office 512, Saint Petersburg 191119, settlement account 40702810472855689832 with
PJSC Bank Severnaya Stolitsa, BIK 044030762, corr. account 30101810200000000762 (the "Principal"),
represented by General Director N. A. Voronin, acting under the Charter,

hereby authorises LLC Baltic Customs Broker, INN 7810377590, KPP 781001001, included in the
register of customs representatives under No. 1184 (the "Attorney"),

to act on its behalf before the customs authorities of the Russian Federation in the declaration
and release of goods imported under contract No. RV-GKS/2024-07 of 18 July 2024 with Rheinkamp
Verdichtertechnik GmbH (Germany), including commercial invoice No. RV-2026-00418 of 9 March 2026
and packing list No. PL-00418, namely:
  - to file customs declarations and amendments to them, and to receive decisions;
  - to submit and receive documents, samples and explanations;
  - to pay customs duties and fees from the Attorney's funds on behalf of the Principal;
  - to appoint its employees as declarants with the rights of this power of attorney.

This power of attorney is valid until 31 December 2026 and may not be delegated to third parties.

General Director        (signed)  N. A. Voronin                  Seal
""",
        expected={
            "number": "27/2026",
            "date": "2026-02-02",
            "total": None,
            "currency": None,
            "parties.principal.inn": "7844106461",
            "parties.principal.kpp": "784401001",
            "parties.principal.bik": "044030762",
            "parties.principal.account": "40702810472855689832",
            "parties.attorney.inn": "7810377590",
            "parties.attorney.kpp": "781001001",
        },
    ),
    # A faxed letter from a port operator on ice conditions delaying a coal loading,
    # over two pages. The fax header carries the day of sending, and the letter cites
    # the charter party, the laycan and the demurrage rate in US dollars, none of
    # which is a document value. OCR read O for 0 and l for 1.
    HoldoutDocument(
        id="af-en-letter-ice-delay-fax",
        document_type="letter",
        language="en",
        text="""\
2O-FEB-2O26 O9:l4  FROM: SEVMORPORT TERMINAL  +7 8l52 47 l2 O6          P.Ol/O2
JSC SEVMORPORT COAL TERMINAL
PORTOVY PROEZD 2O, MURMANSK l83O38, RUSSIA

Our ref.: SMP/OUT/2O26-O2l4                         Murmansk, l9 February 2O26
Your ref.: NKH-CHT-26/O3 of l2 February 2O26

To: NORDKOHLE HANDEL GMBH, CHARTERING DEPARTMENT, HAMBURG
Copy: JSC KUZNETSK COAL COMPANY VERKHNETOMSKAYA, SALES DIRECTORATE

Subject: MV KOLA TRADER - laycan 25 February - 5 March 2O26 - ice conditions in the Kola Bay

Dear Sirs,
We refer to the charter party dated O2 February 2O26 and your notice of readiness expected on
26 February 2O26. The Harbour Master of Murmansk by Order No. l7 of l6 February 2O26 restricted
navigation at berths No. 7 and 8 to vessels of ice class Arc4 and above until further notice.
-------------------------------------------------------------------------------------------
2O-FEB-2O26 O9:l5  FROM: SEVMORPORT TERMINAL  +7 8l52 47 l2 O6          P.O2/O2
MV KOLA TRADER holds ice class lce2 and therefore cannot berth before the restriction is lifted.
We consider this a case of force majeure under clause l9 of the terminal agreement No. SMP-KUZ/2O25
and will not accept the demurrage claim at USD l8,5OO per day for the period of the restriction.
Loading of the 74 85O MT stockpiled for this vessel will start within 24 hours of the lifting.
Yours faithfully,
(signed) A. N. Velichko, Commercial Director
""",
        expected={
            "number": "SMP/OUT/2026-0214",
            "date": "2026-02-19",
            "total": None,
            "currency": "USD",
        },
        noisy=True,
    ),
    # A scan of a drill pipe mill's EN 10204 3.1 inspection certificate on two pages,
    # with heat numbers, chemistry and mechanical tests. OCR read O for 0 and l for 1.
    # The certificate is numbered by its own number, not the order, invoice or heat
    # numbers, and names no money.
    HoldoutDocument(
        id="af-en-other-mill-test-certificate-scan",
        document_type="other",
        language="en",
        text="""\
JIANGSU HEXING DRILL PIPE CO., LTD.   NO. 6 XINGYE ROAD, XISHAN DISTRICT, WUXI, JIANGSU, CHINA
INSPECTION CERTIFICATE EN lO2O4 TYPE 3.l          CERT. NO.: HX-MTC-26O4l7      PAGE l OF 2
DATE OF ISSUE: 2O26-O2-O6
CUSTOMER: LLC ARCTIC BURSERVICE, NOYABRSK, RUSSIA     CONTRACT: HX-AB-2O25-O9   P.O.: AB-PO-26/O4
INVOICE NO.: HX-26O3                                  SPECIFICATION: API SPEC 5DP, 2O2O EDITION
PRODUCT: DRILL PIPE 5" l9.5 PPF GRADE S-l35, R2, NC5O TOOL JOINTS 6-5/8" X 3-l/4"
|HEAT NO.|C   |SI  |MN  |P    |S    |CR  |MO  |NI  |
|2574Ol8 |O.28|O.24|O.92|O.Oll|O.OO4|l.O2|O.46|O.O8|
|2574O26 |O.27|O.22|O.95|O.Ol2|O.OO3|l.O5|O.47|O.O7|
----------------------------------------------------------------- PAGE 2 OF 2 / HX-MTC-26O4l7
|HEAT NO.|YIELD MPA|TENSILE MPA|ELONG. %|CVN J AVG (-2O C)|HARDNESS HRC|
|2574Ol8 |1 O12    |l 086      |l6      |7l               |3l          |
|2574O26 |1 O2O    |l O94      |l5      |68               |32          |
QUANTITY: 186 JOINTS, TOTAL LENGTH 1 7l4.6 M, NET WEIGHT 57.3 MT
HYDROSTATIC TEST, EMI, UT OF WELD ZONE: ACCEPTED. WE HEREBY CERTIFY THAT THE MATERIAL DESCRIBED
ABOVE HAS BEEN MANUFACTURED AND TESTED IN ACCORDANCE WITH THE ORDER AND API 5DP.
QA MANAGER: ZHOU LIMIN (SIGNED)              (STAMP) HEXING QA DEPT. APPROVED
""",
        expected={
            "number": "HX-MTC-260417",
            "date": "2026-02-06",
            "total": None,
            "currency": None,
        },
        noisy=True,
    ),
    # A drilling contractor's daily drilling report on two pages, with depths, times,
    # mud properties and the previous report's date. It names no money, and the report
    # is numbered by its sequence number and dated by the report day.
    HoldoutDocument(
        id="af-en-other-daily-drilling-report",
        document_type="other",
        language="en",
        text="""\
LLC ARCTIC BURSERVICE - DAILY DRILLING REPORT                                     Page 1 of 2
Report No.: 47            Report date: 24 March 2026 (06:00 to 06:00)
Operator: LLC NefteGazStroy-Yugra     Field: Vostochno-Pyakupurskoye     Pad: 18     Well: 415
Rig: BU-4000 EUK No. 7    Spud date: 6 February 2026    Previous report: No. 46 of 23 March 2026
Contract: 27-BR/2025 of 18 September 2025, addendum No. 4 of 12 January 2026

DEPTH SUMMARY
  Depth at 06:00 today (MD):      2,936 m        Depth at 06:00 yesterday:   2,812 m
  Progress last 24 h:               124 m        True vertical depth:        2,641 m
  Last casing: 245 mm at 1,104 m                 Next casing: 178 mm at 3,150 m (plan)

TIME BREAKDOWN (hours)
| From  | To    | Hours | Code | Operation                                                    |
| 06:00 | 10:30 |  4.5  | DRL  | Drilled 215.9 mm hole with PDC bit BT-616 from 2,812 to 2,861 m |
| 10:30 | 11:00 |  0.5  | SUR  | Survey at 2,850 m: inclination 34.2 deg, azimuth 118.6 deg    |
| 11:00 | 18:00 |  7.0  | DRL  | Drilled from 2,861 to 2,918 m, ROP 8.1 m/h                   |
| 18:00 | 19:30 |  1.5  | CIR  | Circulated and conditioned mud, weighted up to 1.18 g/cm3      |
| 19:30 | 06:00 | 10.5  | DRL  | Drilled from 2,918 to 2,936 m, slow ROP in argillite          |
|       |       | 24.0  |      | Total                                                        |

LLC ARCTIC BURSERVICE - Daily Drilling Report No. 47 of 24.03.2026 - Well 415       Page 2 of 2
MUD PROPERTIES (sample at 04:00)
  Type: KCl polymer      Density 1.18 g/cm3      Funnel viscosity 48 s      Fluid loss 4.2 cm3/30 min
  pH 9.1                 Solids 7.5%             KCl 5%                     Temperature out 46 C

BIT RECORD
| Bit No. | Size, mm | Type    | Serial   | In, m | Out, m | Drilled, m | Hours | Dull grade    |
| 6       | 215.9    | BT-616  | 26-0418  | 2,604 | in use |        332 |  41.5 | -             |

PERSONNEL ON SITE: contractor 38, operator 3, service companies 11. HSE: no incidents, drill of
H2S alarm at 14:20, 4 minutes to muster.
PLAN NEXT 24 H: drill ahead to 3,060 m, wiper trip at 3,000 m.

Drilling supervisor (operator): V. K. Savin          Toolpusher (contractor): R. T. Panteleev
""",
        expected={
            "number": "47",
            "date": "2026-03-24",
            "total": None,
            "currency": None,
        },
    ),
]

ENGLISH_DOCUMENTS_AF = [
    *_INVOICES,
    *_ACTS_UPD_PAYMENTS_AND_CONTRACTS,
    *_WAYBILLS,
    *_OTHER_TYPES,
]
