"""English documents of set O. `bench.holdout_o` describes the set and its labels."""

# The texts keep the width of the printed pages, so their lines exceed 88 characters.
# ruff: noqa: E501

from .holdout import HoldoutDocument

_INVOICES = [
    HoldoutDocument(
        id="o-en-invoice-column-header-usd",
        document_type="invoice",
        language="en",
        text="""\
NORTHFIELD INSTRUMENTS INC.
1450 Commerce Drive, Dayton, OH 45414, USA
Phone +1 937 555 0148   accounts@northfield-instruments.example

COMMERCIAL INVOICE
Invoice No.: NFI-20418                         Invoice Date: November 18, 2025
Customer PO: VLS-PO-2025/077                   Terms: 100% prepayment, FCA Dayton

Bill To:
LLC Volga Laboratory Systems
Ul. Rabochaya 12, Saratov 410028, Russian Federation
INN 6428014601   KPP 642801001

Item | Description                                  | Qty | Unit price | Amount, USD
-----+----------------------------------------------+-----+------------+------------
  1  | Digital pH/ORP meter NF-210                  |  12 |     486.00 |    5,832.00
  2  | Conductivity probe CP-4, 5 m cable           |  12 |     214.50 |    2,574.00
  3  | Benchtop spectrophotometer SP-600            |   2 |   7,940.00 |   15,880.00
  4  | Quartz cuvette set, 10 mm (4 pcs)            |  10 |     168.00 |    1,680.00
  5  | Dissolved oxygen sensor DO-8                 |   6 |   1,125.00 |    6,750.00
  6  | Buffer solution kit pH 4/7/10, 500 ml        |  40 |      38.75 |    1,550.00
  7  | Magnetic stirrer MS-3 with hot plate         |   8 |     612.00 |    4,896.00
  8  | Laboratory balance LB-220, 0.1 mg            |   3 |   3,480.00 |   10,440.00
  9  | Calibration service, per instrument          |  25 |      95.00 |    2,375.00
 10  | Export packing, wooden crate                 |   4 |     260.00 |    1,040.00
-----+----------------------------------------------+-----+------------+------------
TOTAL                                                                  |   53,017.00

Country of origin: United States. Gross weight 412 kg, 4 crates.
Remit to: Lakeshore Commerce Bank, Dayton, OH, account 4418 2093 7715, SWIFT LKCBUS44

Authorized signature ____________ Karen M. Whitlock, Export Manager
""",
        expected={
            "number": "NFI-20418",
            "date": "2025-11-18",
            "total": "53017.00",
            "currency": "USD",
            "parties.buyer.inn": "6428014601",
            "parties.buyer.kpp": "642801001",
        },
    ),
    HoldoutDocument(
        id="o-en-invoice-currency-line-gbp",
        document_type="invoice",
        language="en",
        text="""\
Ashcombe Textiles Ltd
Unit 4, Brook Mill, Leeds Road, Huddersfield HD1 6QX, United Kingdom
VAT Reg. No. GB 318 4472 09    Company No. 07715203

                                   INVOICE
Invoice No: AT-7731
Invoice date: 21/11/2025                Due date: 21/12/2025 (30 days)
Currency: GBP

Invoice to:
OOO Ivanovo Sewing Factory
ul. 8 Marta, 32, Ivanovo 153002, Russia
INN 3737759451, KPP 370201001

Description                                      Metres     Price       Value
Wool-blend suiting fabric, navy, 150 cm            1200     11.40   13,680.00
Cotton twill, khaki, 148 cm                        2500      4.85   12,125.00
Linen blend, natural, 140 cm                        800      7.90    6,320.00
Polyester lining, black, 150 cm                    3000      1.95    5,850.00
Interlining, fusible, 112 cm                       1500      1.20    1,800.00

                                        Subtotal              39,775.00
                                        Trade discount 5%     -1,988.75
                                        Net goods             37,786.25
                                        Carriage (CPT Moscow)  1,450.00
                                        VAT 0% (zero-rated export)  0.00
                                        TOTAL DUE             39,236.25

Bank: London and Northern Bank plc, Leeds
IBAN: GB76LDNB40127731554082   BIC: LDNBGB2L
Please quote the invoice number with your payment.
""",
        expected={
            "number": "AT-7731",
            "date": "2025-11-21",
            "total": "39236.25",
            "currency": "GBP",
            "parties.buyer.inn": "3737759451",
            "parties.buyer.kpp": "370201001",
        },
    ),
    HoldoutDocument(
        id="o-en-invoice-franc-scan",
        document_type="invoice",
        language="en",
        noisy=True,
        text="""\
ALPENMESS AG
Industriestrasse 14, 86O4 Volketswil, Switzerland
UID CHE-412.708.339 MWST

INVOICE / RECHNUNG  Nr. 2025-O412          Date: 25.11.2O25
Customer: LLC Tula Metering Systems, ul. Sovetskaya 51, Tula 300041, Russia
INN 71O5934152  KPP 7l0501001
Delivery: FCA Zurich Airport, AWB 724-38810452

| Pos | Article                       | Qty | Unit price   | Amount        |
| 1   | Flow sensor FS-3OO, DN25      | 6   | Fr. 1'240.00 | Fr. 7'440.00  |
| 2   | Pressure transmitter PT-16    | lO  | Fr. 386.50   | Fr. 3'865.00  |
| 3   | Signal converter SC-2         | 8   | Fr. 214.00   | Fr. 1'712.00  |
| 4   | Mounting kit MK-25            | 6   | Fr. 92.30    | Fr. 553.80    |
| 5   | Calibration certificate       | 6   | Fr. 145.00   | Fr. 870.00    |

Subtotal                          Fr. 14'440.80
Packing and freight to airport    Fr. 385.00
MWST 0% (Ausfuhr / export)        Fr. 0.00
Total CHF                         14'825.80

Payable within 30 days net to Zuercher Gewerbebank, IBAN CH07 0840 1000 4027 8531 9
""",
        expected={
            "number": "2025-0412",
            "date": "2025-11-25",
            "total": "14825.80",
            "currency": "CHF",
            "parties.buyer.inn": "7105934152",
            "parties.buyer.kpp": "710501001",
        },
    ),
    HoldoutDocument(
        id="o-en-invoice-rupee-lakh-groups",
        document_type="invoice",
        language="en",
        text="""\
SHREERAM ENGINEERING WORKS PVT. LTD.
Plot 41, MIDC Bhosari, Pune 411026, Maharashtra, India
GSTIN 27AAKCS4187M1Z6   IEC 3109027745

EXPORT INVOICE
Invoice No.: SEW/EXP/25-26/0187          Date: 28-Nov-2025
Buyer: LLC Prikamye Hydraulics, ul. Geroev Khasana 105, Perm 614025, Russia
INN 5902917203, KPP 590201001
Terms: CIF Novorossiysk, payment in Indian rupees through a rupee vostro account

Sr | Description                    | HS code  | Qty | Rate (₹)  |     Amount (₹)
1  | Gear pump GP-40, cast iron     | 84136010 |  50 |  3,250.00 |    1,62,500.00
2  | Valve body VB-80, cast steel   | 84819090 |  40 |  4,100.00 |    1,64,000.00
3  | Coupling flange FL-100         | 73079990 | 100 |    860.00 |      86,000.00

Total CIF value                                                ₹ 4,12,500.00
Amount in words: Rupees Four Lakh Twelve Thousand Five Hundred Only

Supply meant for export under LUT without payment of IGST.
Bank: Deccan Mercantile Bank Ltd., Pune branch, A/c 50200041887163, SWIFT DCMBINBB
For Shreeram Engineering Works Pvt. Ltd. ____________ Authorised Signatory
""",
        expected={
            "number": "SEW/EXP/25-26/0187",
            "date": "2025-11-28",
            "total": "412500.00",
            "currency": "INR",
            "parties.buyer.inn": "5902917203",
            "parties.buyer.kpp": "590201001",
        },
    ),
]

_ACTS_UPDS_PAYMENTS = [
    HoldoutDocument(
        id="o-en-act-rur-vat-beside-total",
        document_type="act",
        language="en",
        text="""\
                        ACCEPTANCE CERTIFICATE No. 36
                    for services rendered, dated December 1, 2025

Contractor: LLC Baltic Software Solutions, 25 Kantemirovskaya St., St. Petersburg 197342
INN 7896654250, KPP 780101001, account 40702810597283792984
with JSC Baltic Settlement Bank, BIK 044619395, corr. account 30101810300000000395
Customer: LLC Yenisei Logistics Centre, 2 Partizana Zheleznyaka St., Krasnoyarsk 660022
INN 2425648585, KPP 246601001
Under Software Development Agreement No. BSS-14/2025 of 3 March 2025

No. | Service                                    | Qty |       Price |       Amount
1   | Development of warehouse module, stage 2   |   1 |  216,000.00 |   216,000.00
2   | Integration with carrier API               |   1 |   96,000.00 |    96,000.00
3   | User training, hour                        |  24 |    3,000.00 |    72,000.00

Total: RUR 384,000.00                           incl. VAT 20%: RUR 64,000.00
(Three hundred eighty-four thousand roubles 00 kopecks)

The services have been rendered in full and on time. The Customer has no claims
regarding the scope, quality or timing of the services.

Contractor ____________ A. V. Semyonov          Customer ____________ N. P. Gurova
""",
        expected={
            "number": "36",
            "date": "2025-12-01",
            "total": "384000.00",
            "currency": "RUB",
            "parties.seller.inn": "7896654250",
            "parties.seller.kpp": "780101001",
            "parties.seller.bik": "044619395",
            "parties.seller.account": "40702810597283792984",
            "parties.buyer.inn": "2425648585",
            "parties.buyer.kpp": "246601001",
        },
    ),
    HoldoutDocument(
        id="o-en-act-zloty-scan",
        document_type="act",
        language="en",
        noisy=True,
        text="""\
Wisla Soft sp. z o.o., ul. Dluga 12, 8O-827 Gdansk, Poland, NIP 5842796311

ACCEPTANCE PROTOCOL No. 14/11/2O25
Date: 30.11.2025
Client: LLC Nizhny Novgorod Retail Systems, ul. Rozhdestvenskaya 24, Nizhny Novgorod
INN 5235714838, KPP 52600lOO1
Agreement: Framework Services Agreement WS/RU/2024/05 of l5.04.2024

| Item                         | Hours | Rate      | Amount       |
| Backend development          | 160   | 210,00 zł | 33 6OO,00 zł |
| QA testing                   | 60    | 170,00 zł | 10 200,00 zł |
| Project management           | 24    | 200,00 zł | 4 800,00 zł  |

Total for November 2025: 48 600,00 zł
VAT: not subject to Polish VAT (place of supply outside Poland, reverse charge)
Payment to IBAN PL46 1240 2004 0000 3902 1874 5612 within 14 days.
For the Contractor: ________ Tomasz Wrobel   For the Client: ________ I. S. Kalinina
""",
        expected={
            "number": "14/11/2025",
            "date": "2025-11-30",
            "total": "48600.00",
            "currency": "PLN",
            "parties.buyer.inn": "5235714838",
            "parties.buyer.kpp": "526001001",
        },
    ),
    HoldoutDocument(
        id="o-en-upd-translation-rbl",
        document_type="upd",
        language="en",
        text="""\
UNIVERSAL TRANSFER DOCUMENT (translation from Russian)               Status: 1
Invoice No. 2207 dated 03.12.2025 (1)
Correction No. -- dated -- (1a)
Seller: JSC Bashkir Polymer Compounds (2)
Address: 2 Stepana Kuvykina St., Ufa 450059, Republic of Bashkortostan (2a)
Seller's INN/KPP: 0204143166/020401001 (2b)
Shipper and address: same (3)
Consignee and address: LLC Ural Pipe Plastics, 7 Gagarina St., Kopeysk (4)
Payment document No. 1120 dated 28.11.2025 (5)
Buyer: LLC Ural Pipe Plastics (6)
Address: 7 Gagarina St., Kopeysk 456618, Chelyabinsk Region (6a)
Buyer's INN/KPP: 7439746711/743901001 (6b)
Currency: name, code  Russian roubles (Rbl), 643 (7)

No|Goods                             |Unit|Qty  |Price      |Value net    |Rate|VAT        |Value with VAT
 1|Polypropylene granules PP H030, t |t   | 12.5| 118,400.00| 1,480,000.00| 20%| 296,000.00| 1,776,000.00
 2|HDPE granules 273-83, t           |t   |    8| 126,900.00| 1,015,200.00| 20%| 203,040.00| 1,218,240.00
 3|Masterbatch white MB-W70, kg      |kg  |  600|     312.00|   187,200.00| 20%|  37,440.00|   224,640.00
 4|Masterbatch black MB-K50, kg      |kg  |  400|     268.00|   107,200.00| 20%|  21,440.00|   128,640.00
 5|UV stabiliser additive UV-3, kg   |kg  |  150|     845.00|   126,750.00| 20%|  25,350.00|   152,100.00
 6|Big bag 1 t, each                 |pcs |   24|     690.00|    16,560.00| 20%|   3,312.00|    19,872.00
 7|Pallet 1200x1000, each            |pcs |   24|     540.00|    12,960.00| 20%|   2,592.00|    15,552.00
 8|Delivery by truck, trip           |trip|    2|  18,500.00|    37,000.00| 20%|   7,400.00|    44,400.00
Total payable                                       | 2,982,870.00|  X | 596,574.00| 3,579,444.00

Basis of transfer: Supply Contract No. 71-P dated 14.01.2025
Goods handed over: storekeeper ________ R. Z. Gareev        Shipment date: 03.12.2025
Goods received: supply manager ________ E. O. Titova        Receipt date: 05.12.2025
Translated by: Ufa Translation Centre, translator ________ M. A. Lukmanova
""",
        expected={
            "number": "2207",
            "date": "2025-12-03",
            "total": "3579444.00",
            "currency": "RUB",
            "parties.seller.inn": "0204143166",
            "parties.seller.kpp": "020401001",
            "parties.buyer.inn": "7439746711",
            "parties.buyer.kpp": "743901001",
        },
    ),
    HoldoutDocument(
        id="o-en-payment-order-translation-rubles",
        document_type="payment_order",
        language="en",
        text="""\
PAYMENT ORDER No. 671                   04.12.2025             electronic
                                        Date                   Payment type
Amount in words: Ninety-six thousand four hundred fifty rubles 00 kopecks

Payer: LLC Don Agro Machinery                               Amount: 96450-00
INN 6156580735   KPP 615601001                              Account No. 40702810541968982104
Payer's bank: JSC Kuban Trade Bank, Krasnodar               BIK 042551874
                                                            Account No. 30101810300000000874
Payee's bank: LLC Chernozemye Bank, Voronezh                BIK 043618679
                                                            Account No. 30101810100000000679
Payee: LLC Voronezh Seed Company                            Account No. 40702810003208073702
INN 3644277409   KPP 366401001
Operation type 01   Payment priority 5

Purpose of payment: Payment for seeds under invoice No. 5520 dated 01.12.2025,
contract No. 18-S dated 10.09.2025. Amount 96450-00, incl. VAT 20% 16075-00

Signatures ____________ V. I. Kornienko          Bank's marks: EXECUTED 04.12.2025
""",
        expected={
            "number": "671",
            "date": "2025-12-04",
            "total": "96450.00",
            "currency": "RUB",
            "parties.payer.inn": "6156580735",
            "parties.payer.kpp": "615601001",
            "parties.payer.bik": "042551874",
            "parties.payer.account": "40702810541968982104",
            "parties.payee.inn": "3644277409",
            "parties.payee.kpp": "366401001",
            "parties.payee.bik": "043618679",
            "parties.payee.account": "40702810003208073702",
        },
    ),
]

_OTHER_TYPES = [
    HoldoutDocument(
        id="o-en-contract-won-instalments",
        document_type="contract",
        language="en",
        text="""\
                         SUPPLY CONTRACT No. HK-RU/2025-07

Changwon, 10 November 2025

Hanbit Machinery Co., Ltd., 55 Sandan-ro, Seongsan-gu, Changwon, Republic of Korea,
hereinafter the "Seller", represented by its CEO Mr. Park Jun-ho, and LLC Primorye Fish
Processing, 18 Kalinina St., Vladivostok 690012, Russian Federation, hereinafter the
"Buyer", represented by its General Director Mr. D. A. Vorontsov, have agreed as follows.

1. SUBJECT
1.1. The Seller shall deliver a fish fillet processing line HFL-1200 with spare parts
(the "Equipment") as listed in Annex 1, on CFR Vladivostok terms (Incoterms 2020).

3. PRICE AND PAYMENT
3.1. The total Contract price is KRW 184,500,000 (one hundred eighty-four million five
hundred thousand Korean won), ₩184,500,000, including packing and sea freight.
3.2. The Buyer shall pay the price in two instalments:
     (a) 30%, KRW 55,350,000, within 10 banking days of signing this Contract;
     (b) 70%, KRW 129,150,000, within 15 banking days of receiving a copy of the bill
         of lading.
3.3. Bank charges in Korea are for the Seller, bank charges in Russia for the Buyer.

4. DELIVERY
4.1. The Equipment shall be shipped from Busan not later than 20 February 2026.

11. ADDRESSES AND BANK DETAILS
Seller: Hanbit Machinery Co., Ltd., Business Registration No. 609-81-47215
Bank: Gyeongnam Commercial Bank, Changwon, account 207-01-448120, SWIFT GNCBKRSE
Buyer: LLC Primorye Fish Processing, INN 2591236073, KPP 253601001
Account 40702810134020587492 with JSC Kuban Trade Bank, Vladivostok branch,
BIK 042562212, corr. account 30101810900000000212

For the Seller ____________ Park Jun-ho        For the Buyer ____________ D. A. Vorontsov
""",
        expected={
            "number": "HK-RU/2025-07",
            "date": "2025-11-10",
            "total": "184500000.00",
            "currency": "KRW",
            "parties.buyer.inn": "2591236073",
            "parties.buyer.kpp": "253601001",
            "parties.buyer.bik": "042562212",
            "parties.buyer.account": "40702810134020587492",
        },
    ),
    HoldoutDocument(
        id="o-en-contract-licence-eur-instalments",
        document_type="contract",
        language="en",
        text="""\
                        LICENCE AGREEMENT No. LA-2025/031

Date: 2025-11-12

Van der Berg Software B.V., Keizersgracht 212, 1016 DX Amsterdam, the Netherlands (the
"Licensor"), and LLC Karelia Data Factory, 31 Lenina Ave., Petrozavodsk 185035, Russia
(the "Licensee"), agree as follows.

1. The Licensor grants the Licensee a non-exclusive licence to use the software
   "VDB Route Planner" for 150 named users for 12 months from 1 January 2026.

4. LICENCE FEE
4.1. The total licence fee is EUR 96 000,00 (ninety-six thousand euros). It is not
     subject to VAT in Russia under Article 149 of the Tax Code of the Russian Federation.
4.2. The fee is payable in three equal instalments of EUR 32 000,00 each: by 15 December
     2025, by 15 March 2026 and by 15 June 2026.
4.3. A late instalment bears interest of 0.05% per day of delay.

9. BANK DETAILS
Licensor: IBAN NL88VDBB0417752093, BIC VDBBNL2A, Van den Bosch Bank N.V., Amsterdam
Licensee: INN 1086610945, KPP 100101001, currency account 40702978155467093758
with JSC Onego Bank, Petrozavodsk, BIK 044078270, corr. account 30101810600000000270

For the Licensor ____________ M. van der Berg   For the Licensee ____________ S. I. Nikkonen
""",
        expected={
            "number": "LA-2025/031",
            "date": "2025-11-12",
            "total": "96000.00",
            "currency": "EUR",
            "parties.buyer.inn": "1086610945",
            "parties.buyer.kpp": "100101001",
            "parties.buyer.bik": "044078270",
            "parties.buyer.account": "40702978155467093758",
        },
    ),
    HoldoutDocument(
        id="o-en-waybill-cmr-invoice-value-eur",
        document_type="waybill",
        language="en",
        text="""\
CMR  INTERNATIONAL CONSIGNMENT NOTE                          No. 0458721
1 Sender: Meble Kowalczyk sp. z o.o., ul. Gorna Wilda 90, 61-563 Poznan, Poland
2 Consignee: LLC Amber Furniture Trade, 14 Sovetsky Ave., Kaliningrad 236022, Russia
  INN 3912332802, KPP 390601001
3 Place of delivery: Kaliningrad, customs terminal "Baltic-Trans"
4 Place and date of taking over the goods: Poznan, Poland, 02.12.2025
5 Documents attached: invoice FV/2025/12/014, packing list, EUR.1 certificate
6-9 Marks | Packages | Packing | Nature of goods
  MK 1-22 | 22       | pallets | upholstered furniture (sofas, armchairs)
11 Gross weight: 6 840 kg     12 Volume: 78 m3
13 Sender's instructions: invoice value 46.812,40 €, goods to be cleared in Kaliningrad
16 Carrier: Trans-Wielkopolska sp. z o.o., Poznan, truck PO 4418K / trailer PO 2207R
21 Established in Poznan on 02.12.2025
22 Signature of sender ________     23 Signature of carrier ________
24 Goods received: ________ 05.12.2025
""",
        expected={
            "number": "0458721",
            "date": "2025-12-02",
            "currency": "EUR",
            "parties.consignee.inn": "3912332802",
            "parties.consignee.kpp": "390601001",
        },
    ),
    HoldoutDocument(
        id="o-en-packing-list-declared-value-usd",
        document_type="packing_list",
        language="en",
        text="""\
GUANGZHOU BRIGHTWAY LIGHTING CO., LTD.
No. 88 Huangpu East Road, Guangzhou 510700, China

PACKING LIST
No.: PL-5521                       Date: Dec 5, 2025
Consignee: LLC Kaluga Light Systems, 9 Zerenskaya St., Kaluga 248000, Russia
INN 4029818847, KPP 402901001
Commercial invoice: CI-5521.  Port of loading: Nansha.  Destination: Vostochny port

Carton | Item                         | Qty / carton | Cartons | N.W., kg | G.W., kg
1-60   | LED panel 600x600, 40 W      |           4 |      60 |    432.0 |    498.0
61-100 | LED downlight 18 W           |          20 |      40 |    256.0 |    290.0
101-125| LED driver 40 W              |          50 |      25 |    187.5 |    205.0

Total: 125 cartons, net weight 875.5 kg, gross weight 993.0 kg, 9.6 m3
Declared value (see commercial invoice CI-5521): USD 18,400.00
Shipping marks: KLS / KALUGA / C/NO. 1-125
""",
        expected={
            "number": "PL-5521",
            "date": "2025-12-05",
            "total": None,
            "currency": "USD",
            "parties.consignee.inn": "4029818847",
            "parties.consignee.kpp": "402901001",
        },
    ),
    HoldoutDocument(
        id="o-en-bank-statement-currency-header",
        document_type="bank_statement",
        language="en",
        text="""\
JSC Commercial Bank Arsenal-Invest, Moscow
BIK 044558822, corr. account 30101810500000000822

ACCOUNT STATEMENT No. 93
Statement date: December 10, 2025          Period: 10.12.2025 - 10.12.2025
Account holder: LLC Amur Timber Export, INN 2716271862, KPP 272101001
Account: 40702840161698716897
Account currency: USD

Opening balance                                                     84,215.60

Date       | Doc. | Counterparty / details                     |     Debit |    Credit
10.12.2025 | 2215 | Hokkaido Wood Trading K.K., Sapporo         |           | 18,400.00
           |      | Payment for contract ATE-JP/2025-03, lot 4  |           |
10.12.2025 | 118  | Nordic Saw Tools AB, Sundsvall              | 12,750.00 |
           |      | Saw blades, invoice NST-2025-0932           |           |
10.12.2025 | 0    | Bank fee for outgoing transfer              |     45.00 |

Turnover for the period                                 | 12,795.00 | 18,400.00
Closing balance                                                     89,820.60

This statement was generated electronically and is valid without a signature.
""",
        expected={
            "number": "93",
            "date": "2025-12-10",
            "currency": "USD",
            "parties.account_holder.inn": "2716271862",
            "parties.account_holder.kpp": "272101001",
            "parties.account_holder.bik": "044558822",
            "parties.account_holder.account": "40702840161698716897",
        },
    ),
    HoldoutDocument(
        id="o-en-receipt-yen-scan",
        document_type="receipt",
        language="en",
        noisy=True,
        text="""\
AKIHABARA DENKI PLAZA
1-l5-8 Sotokanda, Chiyoda-ku, Tokyo
Registration No. T8O10401127745
RECEIPT  No. 0418-2291
2025-12-06 14:22   Register 07   Staff: Sato

USB-C hub 8-in-1        2 x ¥6,980    ¥13,960
SSD lTB portable        1 x ¥14,8OO   ¥14,800
Wireless mouse          2 x ¥3,280    ¥6,560
HDMI cable 2 m          3 x ¥1,100    ¥3,3OO

TOTAL                                 ¥38,620
 (incl. consumption tax 10%           ¥3,510)
Credit card (VISA ****4471)           ¥38,620
Thank you for shopping with us!
""",
        expected={
            "number": "0418-2291",
            "date": "2025-12-06",
            "total": "38620.00",
            "currency": "JPY",
        },
    ),
    HoldoutDocument(
        id="o-en-passport-korea",
        document_type="passport",
        language="en",
        text="""\
REPUBLIC OF KOREA
PASSPORT
Type PM     Country code KOR     Passport No. M48271936
Surname  KIM
Given names  SEOYEON
Nationality  REPUBLIC OF KOREA
Date of birth  17 APR 1988        Sex  F
Date of issue  13 MAR 2023        Date of expiry  13 MAR 2033
Authority  MINISTRY OF FOREIGN AFFAIRS

PMKORKIM<<SEOYEON<<<<<<<<<<<<<<<<<<<<<<<<<<<
M482719368KOR8804178F3303137<<<<<<<<<<<<<<02
""",
        expected={
            "number": "M48271936",
            "date": "2023-03-13",
            "total": None,
            "currency": None,
        },
    ),
    HoldoutDocument(
        id="o-en-power-of-attorney-pound-limit",
        document_type="power_of_attorney",
        language="en",
        text="""\
                          POWER OF ATTORNEY No. 27/25

Moscow, 8 December 2025

LLC Moskva Fashion Import, 16 Bolshaya Yakimanka St., Moscow 119180, Russia,
INN 7751095496, KPP 775101001, account 40702810376255051986 with PJSC Capital Clearing
Bank, Moscow, BIK 044552913, corr. account 30101810200000000913, represented by its
General Director Ms. V. S. Orlova, hereby authorises

Mr. Maxim Andreevich Polyakov, INN 770282251211, passport 45 18 No. 227604,

to negotiate and sign supply contracts and specifications with suppliers in the United
Kingdom on behalf of the company, provided that the value of each contract does not
exceed £25,000 (twenty-five thousand pounds sterling), and to sign delivery documents
under such contracts.

This power of attorney is valid until 31 December 2026 and may not be delegated.

General Director ____________ V. S. Orlova
""",
        expected={
            "number": "27/25",
            "date": "2025-12-08",
            "total": None,
            "currency": "GBP",
            "parties.principal.inn": "7751095496",
            "parties.principal.kpp": "775101001",
            "parties.principal.bik": "044552913",
            "parties.principal.account": "40702810376255051986",
            "parties.attorney.inn": "770282251211",
        },
    ),
    HoldoutDocument(
        id="o-en-letter-kronor-price-change",
        document_type="letter",
        language="en",
        text="""\
Nordstrom Sagverk AB
Storgatan 8, 852 30 Sundsvall, Sweden
Org. nr 556714-2208   Bankgiro 5521-4471

Our ref.: NS-2025/118                                 Sundsvall, 9 December 2025
Your ref.: purchase order AMT-0512

LLC Amur Timber Export
Attn. Mr. I. P. Bondarenko, Procurement
Khabarovsk, Russia

Price adjustment from 1 January 2026

Dear Mr. Bondarenko,

Because of higher steel and energy costs, we have to adjust the prices of our saw
blades from 1 January 2026. The band saw blade BS-41 will cost 1 310 kr instead of
1 240 kr, and the circular blade CB-600 will cost 4 850 kr instead of 4 590 kr. All
orders confirmed before 31 December 2025 will be delivered at the current prices.

We appreciate your business and remain at your disposal for any questions.

Yours sincerely,
Elin Nordstrom, Sales Director
""",
        expected={
            "number": "NS-2025/118",
            "date": "2025-12-09",
            "total": None,
            "currency": "SEK",
        },
    ),
    HoldoutDocument(
        id="o-en-other-insurance-certificate-usd",
        document_type="other",
        language="en",
        text="""\
SEVERN MARINE INSURANCE COMPANY LTD.
CERTIFICATE OF INSURANCE No. MC-2025-044817
Date of issue: December 10, 2025

Assured: LLC Kaluga Light Systems, Kaluga, Russia
Conveyance: MV "Nansha Pearl", voyage 25W48, from Nansha, China to Vostochny, Russia
Goods: LED lighting equipment, 125 cartons, under commercial invoice CI-5521
Insured value: $20,240.00 USD (110% of CIF value $18,400.00)
Conditions: Institute Cargo Clauses (A), Institute War Clauses (Cargo)
Premium: paid

Claims are payable in Russia by the settling agent named overleaf, in the currency of
this certificate. This certificate must be produced when a claim is made.

For Severn Marine Insurance Company Ltd. ____________ Authorised Signatory
""",
        expected={
            "number": "MC-2025-044817",
            "date": "2025-12-10",
            "total": None,
            "currency": "USD",
        },
    ),
]

ENGLISH_DOCUMENTS_O = [*_INVOICES, *_ACTS_UPDS_PAYMENTS, *_OTHER_TYPES]
