"""English documents of set AQ. `bench.holdout_aq` describes the set and its labels."""

# Document texts reproduce printed lines up to 110 characters wide.
# ruff: noqa: E501

from .holdout import HoldoutDocument

_INVOICES = [
    # The Finnish maker's invoice for the core routers. It deducts the advance and
    # prints the balance, but its total is the value of the goods it ships.
    HoldoutDocument(
        id="aq-en-invoice-kuusi-routers-eur",
        document_type="invoice",
        language="en",
        text="""\
KUUSI NETWORKS OY                                                            COMMERCIAL INVOICE
Keilaranta 21, 02150 Espoo, Finland
Business ID 2748316-1   VAT FI27483161
Bank: Espoon Kauppapankki Oyj, IBAN FI9340551230048217, BIC ESPKFIHH

Invoice No.:     KN-INV-26-0412                  Invoice date:   27 February 2026
Contract:        KN-RU-2026/03 of 15 January 2026
Customer order:  ISV-PO-2026-017                 Delivery:       DAP Yekaterinburg, Incoterms 2020
Dispatch:        planned by truck from Espoo on 3 March 2026, CMR 0318274

Bill to / Consignee:
JSC IsetSvyaz, 51 Malysheva St., Yekaterinburg 620014, Russian Federation
INN 6671041831   KPP 667101001
Account 40702978916540004183 with PJSC Bank Malakhit, Yekaterinburg, BIK 046577318

| Pos | Description                                  | HS code    | Qty |  Unit price |      Amount |
|-----|----------------------------------------------|------------|-----|-------------|-------------|
| 10  | KN-CR4800 core router chassis, 8 slots, AC   | 8517.62    |   2 |   38,500.00 |   77,000.00 |
| 20  | KN-LC36 line card, 36 x 100GE QSFP28         | 8517.70    |   4 |   12,400.00 |   49,600.00 |
| 30  | QSFP28 100G LR4 transceiver, 10 km           | 8517.70    |  40 |      400.00 |   16,000.00 |

                                              Goods total                     EUR 142,600.00
                                              VAT 0% (export of goods, Finnish VAT Act s. 70)
                                              Invoice total                   EUR 142,600.00
                                              Less advance received 29.01.2026  EUR 45,720.00
                                              Balance payable                  EUR 96,880.00

Country of origin: Finland. Gross weight 486 kg, 7 packages.
The balance is payable together with the commissioning fee within 10 days after the Certificate of
Installation and Commissioning is signed (clause 4.2 of the Contract).

For Kuusi Networks Oy
Anna Virtanen, Order Management
""",
        expected={
            "number": "KN-INV-26-0412",
            "date": "2026-02-27",
            "total": "142600.00",
            "currency": "EUR",
            "parties.buyer.inn": "6671041831",
            "parties.buyer.kpp": "667101001",
            "parties.buyer.bik": "046577318",
            "parties.buyer.account": "40702978916540004183",
        },
    ),
    # The UAE partner's monthly invoice for roaming and call termination in
    # dirhams. The settlement statement later nets it against the operator's own
    # invoice, but the invoice itself requests its full value.
    HoldoutDocument(
        id="aq-en-invoice-najm-roaming-aed",
        document_type="invoice",
        language="en",
        text="""\
NAJM TELECOM PJSC
Al Maryah Island, Tower 3, Floor 27, P.O. Box 47120, Abu Dhabi, United Arab Emirates
TRN 100384729100003

                             TAX INVOICE — WHOLESALE SERVICES

Invoice No.:      NJM/IC/2026/0219                 Invoice date:   10 March 2026
Traffic period:   01 February 2026 – 28 February 2026
Agreement:        International Roaming and Interconnect Agreement of 3 June 2021
TADIG:            AREN1 (Najm)  /  RUSIS (IsetSvyaz)

Customer:
JSC IsetSvyaz, 51 Malysheva St., Yekaterinburg 620014, Russian Federation
INN 6671041831, KPP 667101001

| Item | Service                                                     | Volume          |   Amount AED |
|------|-------------------------------------------------------------|-----------------|--------------|
| 1    | Inbound roaming of IsetSvyaz subscribers (TAP files 0412–0438)| 2,914 subscribers |   48,212.35 |
| 2    | International call termination on Najm network              | 642,083 minutes |    9,631.25 |

                                              Subtotal                       AED 57,843.60
                                              VAT 0% (zero-rated, international services)
                                              Total amount due               AED 57,843.60

Payment due by 9 April 2026. Amounts are subject to monthly settlement under clause 9 of the
Agreement. Please quote the invoice number in the payment.

Beneficiary: Najm Telecom PJSC
IBAN AE080330000019384721056, Emirates Gulf Bank PJSC, Abu Dhabi, SWIFT EGBKAEAD

Wholesale Billing, Najm Telecom PJSC
""",
        expected={
            "number": "NJM/IC/2026/0219",
            "date": "2026-03-10",
            "total": "57843.60",
            "currency": "AED",
            "parties.buyer.inn": "6671041831",
            "parties.buyer.kpp": "667101001",
        },
    ),
    # The Chinese maker's invoice for GPON terminals and splitters, with the ocean
    # freight inside its CFR value. The deposit and the balance are payment terms.
    HoldoutDocument(
        id="aq-en-invoice-lianxin-ont-usd",
        document_type="invoice",
        language="en",
        text="""\
HANGZHOU LIANXIN OPTICAL COMMUNICATION CO., LTD.
No. 88 Xiyuan 3rd Road, Xihu District, Hangzhou, Zhejiang 310030, China
Unified Social Credit Code 91330108MA2H4K7R3B

                                    COMMERCIAL INVOICE

Invoice No.: LX-EXP-260219                              Date: 2026-02-19
Contract No.: LX-ISV-2025-11                            Terms: CFR Saint Petersburg, Incoterms 2020
Shipment: from Ningbo by vessel, ETD 2026-02-24        Marks: ISV / YEKATERINBURG / 1-64

Buyer: JSC IsetSvyaz
       51 Malysheva St., Yekaterinburg 620014, Russian Federation
       INN 6671041831   KPP 667101001

| No. | Description                                      | HS code     |   Qty | Unit USD |       Amount USD |
|-----|--------------------------------------------------|-------------|-------|----------|------------------|
| 1   | GPON ONT LX-G1, 1GE+3FE, Wi-Fi 4, with adapter   | 8517.62     | 2,000 |    18.40 |        36,800.00 |
| 2   | PLC splitter 1x8, SC/APC, box type               | 9013.80     |   400 |     4.60 |         1,840.00 |
|     | Ocean freight Ningbo - Saint Petersburg          |             |       |          |         1,260.00 |
|     | TOTAL CFR SAINT PETERSBURG                       |             |       |          |  USD 39,900.00   |

Say total: US dollars thirty-nine thousand nine hundred only.
Payment: 30% deposit USD 11,970.00 received on 2026-01-28; balance USD 27,930.00 against copy of B/L.
Country of origin: China. 64 cartons, gross weight 1,318 kg.

Bank: Bank of Zhejiang Commerce, Hangzhou Branch, SWIFT BZCMCNBH, account 3301 0400 1873 6521
For and on behalf of Hangzhou Lianxin Optical Communication Co., Ltd.      Zhou Wei, Sales Manager
""",
        expected={
            "number": "LX-EXP-260219",
            "date": "2026-02-19",
            "total": "39900.00",
            "currency": "USD",
            "parties.buyer.inn": "6671041831",
            "parties.buyer.kpp": "667101001",
        },
    ),
]

_ACTS_UPDS_AND_PAYMENTS = [
    # The certificate that accepts the installation and commissioning of the core
    # routers. Its total is the service fee, not the contract price or the balance.
    HoldoutDocument(
        id="aq-en-act-kuusi-commissioning",
        document_type="act",
        language="en",
        text="""\
                  CERTIFICATE OF INSTALLATION AND COMMISSIONING
                              No. KN-CA-26017

Espoo / Yekaterinburg                                                          9 April 2026

Contract:  Supply Contract No. KN-RU-2026/03 of 15 January 2026
Supplier:  Kuusi Networks Oy, Keilaranta 21, 02150 Espoo, Finland, VAT FI27483161
Customer:  JSC IsetSvyaz, 51 Malysheva St., Yekaterinburg 620014, Russian Federation,
           INN 6671041831, KPP 667101001
Site:      Core node Yekaterinburg-1, 4 Montazhnikov St., rack rows C and D

1. The Supplier has installed and commissioned two KN-CR4800 core routers with four line cards
   and forty QSFP28 transceivers delivered under invoice KN-INV-26-0412 of 27 February 2026.
2. Works were carried out from 30 March 2026 to 8 April 2026. The acceptance tests of annex 3
   (throughput, failover, BGP and MPLS services) were passed on 8 April 2026.

| Item | Service                                               | Quantity         | Rate EUR |   Amount EUR |
|------|-------------------------------------------------------|------------------|----------|--------------|
| 1    | Installation, two field engineers                     | 12 engineer-days |   650.00 |     7,800.00 |
| 2    | Commissioning and acceptance tests                    | lump sum         |          |     2,000.00 |
|      | Total value of services accepted                      |                  |          |     9,800.00 |

Total value of services accepted: EUR 9,800.00. VAT is not charged by the Supplier; the Customer
accounts for Russian VAT as tax agent.

With this Certificate the balance of the Contract Price, EUR 106,680.00 (equipment balance
EUR 96,880.00 plus the services above), becomes payable within 10 days. The Contract Price of
EUR 152,400.00 is unchanged. The warranty period of 36 months starts on 9 April 2026.

For the Supplier                                  For the Customer
Mikko Lehtonen, Field Service Manager             V. E. Kornilov, Technical Director
""",
        expected={
            "number": "KN-CA-26017",
            "date": "2026-04-09",
            "total": "9800.00",
            "currency": "EUR",
            "parties.buyer.inn": "6671041831",
            "parties.buyer.kpp": "667101001",
        },
    ),
    # A certified translation of the UPD for the second cable lot. It keeps the
    # Cyrillic number and the UPD's date, not the translation's.
    HoldoutDocument(
        id="aq-en-upd-fibre-cable-lot2-translation",
        document_type="upd",
        language="en",
        text="""\
Translation from Russian

UNIVERSAL TRANSFER DOCUMENT                                                    Status: 1
VAT invoice No. ОП-0412 dated 14.04.2026 (1)
Seller: Optikabel-Prikamye LLC (2)
Address: 316 Kosmonavtov Hwy, Perm 614065 (2a)
Seller's INN/KPP: 5904182762/590401001 (2b)
Shipper and its address: the same (3)
Consignee and its address: JSC IsetSvyaz, warehouse, 4 Montazhnikov St., Yekaterinburg 620085 (4)
To payment document No. -- of -- (5)
Buyer: JSC IsetSvyaz (6)
Address: 51 Malysheva St., Yekaterinburg 620014 (6a)
Buyer's INN/KPP: 6671041831/667101001 (6b)
Currency: Russian rouble, 643 (7)

| No.| Goods                     |Unit| Qty|      Price |    Excl. VAT | Rate|        VAT |    Incl. VAT |
|----|---------------------------|----|----|------------|--------------|-----|------------|--------------|
| 1  | Fibre cable OKL-01-0.7-48 | km |   8|  68,400.00 |   547,200.00 |  22%| 120,384.00 |   667,584.00 |
| 2  | Fibre cable OKB-0.22-96   | km |   6| 121,500.00 |   729,000.00 |  22%| 160,380.00 |   889,380.00 |
| 3  | Closure MTOK-96, kit      | pcs|  20|   9,850.00 |   197,000.00 |  22%|  43,340.00 |   240,340.00 |
|    | Total payable (9)         |    |    |            | 1,473,200.00 |    X| 324,104.00 | 1,797,304.00 |

Basis: supply contract No. ОК-26/014 of 27.01.2026, specification No. 1, lot 2 of 2
Transport: waybill No. ТН-0414 of 14.04.2026
Goods handed over: storekeeper V. N. Lobanov, 14.04.2026
Goods received: storekeeper P. A. Shadrin, 16.04.2026
Payment: within 5 banking days after signing, RUB 1,797,304.00

I, Olga Rudneva, translator, certify that this is a true translation of the Russian original.
Yekaterinburg, 20 April 2026
""",
        expected={
            "number": "ОП-0412",
            "date": "2026-04-14",
            "total": "1797304.00",
            "currency": "RUB",
            "parties.seller.inn": "5904182762",
            "parties.seller.kpp": "590401001",
            "parties.buyer.inn": "6671041831",
            "parties.buyer.kpp": "667101001",
        },
    ),
    # A print of the MT103 that pays the net roaming settlement in dirhams from the
    # operator's dirham account.
    HoldoutDocument(
        id="aq-en-payment-order-mt103-aed",
        document_type="payment_order",
        language="en",
        text="""\
PJSC BANK MALAKHIT, YEKATERINBURG    BIK 046577318    SWIFT MALKRU2E
Outgoing customer credit transfer, SWIFT MT103                      Printed: 23.03.2026 10:41

:20:ISV260320-01
:23B:CRED
:32A:260320AED36436,70
:50K:/40702784016540004183
JSC ISETSVYAZ
INN 6671041831 KPP 667101001
51 MALYSHEVA ST, YEKATERINBURG 620014 RU
:52A:MALKRU2E
:57A:EGBKAEAD
:59:/AE080330000019384721056
NAJM TELECOM PJSC
AL MARYAH ISLAND, ABU DHABI, AE
:70:NET ROAMING AND INTERCONNECT SETTLEMENT FEB 2026 SS/ISV/2026-02
INV NJM/IC/2026/0219 AED 57843,60 LESS ISV-R-0226 AED 21406,90
:71A:OUR

Value date: 20.03.2026    Amount: AED 36,436.70    Charges: AED 75.00 debited separately
""",
        expected={
            "number": "ISV260320-01",
            "date": "2026-03-20",
            "total": "36436.70",
            "currency": "AED",
            "parties.payer.inn": "6671041831",
            "parties.payer.kpp": "667101001",
            "parties.payer.bik": "046577318",
            "parties.payer.account": "40702784016540004183",
        },
    ),
]

_CONTRACTS_AND_OTHER = [
    # The supply contract for the core routers. Its total is the contract price with
    # the installation, not the advance or the equipment alone.
    HoldoutDocument(
        id="aq-en-contract-kuusi-supply",
        document_type="contract",
        language="en",
        text="""\
                                SUPPLY CONTRACT No. KN-RU-2026/03

Espoo, 15 January 2026

Kuusi Networks Oy, Business ID 2748316-1, Keilaranta 21, 02150 Espoo, Finland (the "Supplier"),
and JSC IsetSvyaz, INN 6671041831, KPP 667101001, OGRN 1026604198730, 51 Malysheva St.,
Yekaterinburg 620014, Russian Federation (the "Customer"), have agreed as follows.

1. Subject. The Supplier delivers two KN-CR4800 core routers with line cards and transceivers
   (the "Equipment") per Annex 1, and installs and commissions them at the Customer's core node.
2. Price. The Contract Price is EUR 152,400.00 (one hundred fifty-two thousand four hundred euro),
   of which EUR 142,600.00 is the Equipment, DAP Yekaterinburg (Incoterms 2020), and EUR 9,800.00
   the installation and commissioning. Russian import VAT and customs duties are paid by the
   Customer and are not part of the Contract Price.
3. Delivery. The Equipment is delivered within 45 days of the advance payment.
4. Payment. 4.1 An advance of 30% of the Contract Price, EUR 45,720.00, within 10 banking days of
   signing. 4.2 The balance of EUR 106,680.00 within 10 days of signing the Certificate of
   Installation and Commissioning.
5. Warranty. 36 months from the date of the Certificate of Installation and Commissioning.
6. Liability. A delay in delivery entitles the Customer to liquidated damages of 0.1% of the price
   of the delayed Equipment per day, capped at 5% of the Contract Price (EUR 7,620.00).
7. Law. This Contract is governed by Swedish law. Disputes are settled by arbitration in Stockholm.

Bank details
Supplier: IBAN FI9340551230048217, BIC ESPKFIHH
Customer: account 40702978916540004183 with PJSC Bank Malakhit, Yekaterinburg,
          BIK 046577318, correspondent account 30101810400000000318, SWIFT MALKRU2E

For the Supplier                                  For the Customer
Juha Salonen, Managing Director                   M. B. Yartsev, General Director
""",
        expected={
            "number": "KN-RU-2026/03",
            "date": "2026-01-15",
            "total": "152400.00",
            "currency": "EUR",
            "parties.buyer.inn": "6671041831",
            "parties.buyer.kpp": "667101001",
            "parties.buyer.bik": "046577318",
            "parties.buyer.account": "40702978916540004183",
        },
    ),
    # The UAE partner's settlement statement nets the two operators' February
    # invoices. It requests the net sum but is `other`, as remittance and settlement
    # papers are, so `total` is None.
    HoldoutDocument(
        id="aq-en-other-roaming-settlement-statement",
        document_type="other",
        language="en",
        text="""\
NAJM TELECOM PJSC — WHOLESALE SETTLEMENTS
Al Maryah Island, Tower 3, P.O. Box 47120, Abu Dhabi, United Arab Emirates

                        MONTHLY SETTLEMENT STATEMENT No. SS/ISV/2026-02

Statement date:    12 March 2026
Partner:           JSC IsetSvyaz (TADIG RUSIS), Yekaterinburg, Russian Federation
Traffic period:    February 2026
Settlement basis:  clause 9 of the International Roaming and Interconnect Agreement (net settlement)

| Invoice               | Issued by      | Date          | Service                           |   Amount AED |
|-----------------------|----------------|---------------|-----------------------------------|--------------|
| NJM/IC/2026/0219      | Najm           | 10 March 2026 | Roaming and call termination      |    57,843.60 |
| ISV-R-0226            | IsetSvyaz      | 6 March 2026  | Inbound roaming of Najm customers |    21,406.90 |

Net balance payable by JSC IsetSvyaz to Najm Telecom PJSC:                     AED 36,436.70
Settlement due date:                                                             27 March 2026

Both parties have agreed the above figures by e-mail. Disputed TAP records of AED 2,184.60 remain
in Najm's invoice and will be settled by a credit note in the March cycle.

Prepared by: Wholesale Settlements, Najm Telecom PJSC
Agreed for JSC IsetSvyaz: I. S. Bortnikova, Interconnect Billing
""",
        expected={
            "number": "SS/ISV/2026-02",
            "date": "2026-03-12",
            "total": None,
            "currency": "AED",
        },
    ),
    # A scan of the Chinese certificate of origin for the GPON terminals. It names no
    # money.
    HoldoutDocument(
        id="aq-en-other-certificate-of-origin-scan",
        document_type="other",
        language="en",
        noisy=True,
        text="""\
ORIGINAL
1. Exporter: HANGZHOU LIANXIN OPTICAL COMMUNICATlON CO., LTD.
   No. 88 Xiyuan 3rd Road, Hangzhou 31OO3O, China
2. Consignee: JSC ISETSVYAZ, 5l MALYSHEVA ST., YEKATERINBURG 62OOl4, RUSSIA
                                  Certificate No. C2633OlAO4l8/OO2l7
                     CERTIFICATE OF ORIGIN OF THE PEOPLE'S REPUBLIC OF CHINA
3. Means of transport and route: FROM NINGBO TO SAINT PETERSBURG BY SEA
4. Country / region of destination: RUSSIA
6. Marks: ISV / YEKATERINBURG / l-64
7. 64 (SIXTY FOUR) CARTONS OF GPON ONT LX-Gl AND PLC SPLITTERS 1X8
8. H.S. code: 85l7.62, 9Ol3.8O
10. Invoice No. LX-EXP-26O2l9 of FEB. l9, 2O26
11. Declaration by the exporter: ... produced in China ... HANGZHOU, 2O FEB 2O26
12. Certification: It is hereby certified that the declaration by the exporter is correct.
    HANGZHOU, 2l FEB 2O26      [ CCPIT ZHEJIANG SUB-COUNCIL * CERTIFICATION SEAL ]
    VERIFY: www.co.ccpit.example  NO. 2633Ol2O26OO4l8
""",
        expected={
            "number": "C263301A0418/00217",
            "date": "2026-02-21",
            "total": None,
            "currency": None,
        },
    ),
]

_TRANSPORT_AND_BANK = [
    # A scan of the CMR for the core routers. It names no money, so it has no `total`
    # label and `currency` None, and only the Russian consignee is labelled.
    HoldoutDocument(
        id="aq-en-waybill-cmr-kuusi-scan",
        document_type="waybill",
        language="en",
        noisy=True,
        text="""\
CMR  INTERNATIONAL CONSIGNMENT NOTE                         No. O3l8274
1 Sender: KUUSI NETWORKS OY, Keilaranta 2l, O2l5O Espoo, Finland
2 Consignee: JSC ISETSVYAZ, 5l Malysheva St., Yekaterinburg 62OOl4, Russia
  INN 667lO4l83l  KPP 667lOlOOl
3 Place of delivery: Yekaterinburg, 4 Montazhnikov St., core node warehouse
4 Place and date of taking over: Espoo, Finland, O3.O3.2O26
5 Documents attached: invoice KN-INV-26-O4l2, packing list KN-PL-26-O4l2
6-9 7 packages, wooden crates, KN-CR48OO routers, line cards, transceivers
11 Gross weight 486 kg     12 Volume 4,2 m3
16 Carrier: KAAKKO LOGISTICS OY, Kotka, Finland, truck ZKL-418 / trailer TX-7l2
21 Established in Espoo on O3.O3.2O26
22 Sender: ______ A. Virtanen    23 Carrier: ______ J. Nieminen
   [ VAALIMAA CUSTOMS  O4.O3.2O26  EXIT ]
24 Goods received: Yekaterinburg O9.O3.2O26 ______ P. A. Shadrin
""",
        expected={
            "number": "0318274",
            "date": "2026-03-03",
            "parties.consignee.inn": "6671041831",
            "parties.consignee.kpp": "667101001",
            "currency": None,
        },
    ),
    # A phone photo of the Chinese packing list. The operator, printed as "Buyer /
    # Consignee", is labelled under both roles, and the maker has no labels.
    HoldoutDocument(
        id="aq-en-packing-list-lianxin-photo",
        document_type="packing_list",
        language="en",
        noisy=True,
        text="""\
IMG_2O26O22O_O9l5O4
HANGZHOU LIANXIN OPTICAL COMMUNICATION CO., LTD.
                      PACKING LIST
No.: PL-LX-26O2l9              Date: 2O26-O2-l9
Invoice No.: LX-EXP-26O2l9     Contract No.: LX-ISV-2O25-ll
Seller / Shipper: Hangzhou Lianxin Optical Communication Co., Ltd.
Buyer / Consignee: JSC IsetSvyaz, 5l Malysheva St.,
   Yekaterinburg 62OOl4, Russia, INN 667lO4l83l, KPP 667lOlOOl
| Cartons | Description          | Qty/ctn | Qty   | N.W. kg | G.W. kg |
| l-5O    | GPON ONT LX-Gl       |   4O    | 2,OOO |  9OO    | l,O5O   |
| 5l-64   | PLC splitter lx8     |   3O    |  4OO  |  2l8    |   268   |
TOTAL: 64 CARTONS, N.W. l,ll8 KGS, G.W. l,3l8 KGS
Shipping marks: ISV / YEKATERINBURG / l-64
""",
        expected={
            "number": "PL-LX-260219",
            "date": "2026-02-19",
            "total": None,
            "currency": None,
            "parties.buyer.inn": "6671041831",
            "parties.buyer.kpp": "667101001",
            "parties.consignee.inn": "6671041831",
            "parties.consignee.kpp": "667101001",
        },
    ),
    # The statement of the operator's dirham account: the dirhams bought from the
    # rouble account, the MT103 to the UAE partner and the bank's fee.
    HoldoutDocument(
        id="aq-en-bank-statement-aed",
        document_type="bank_statement",
        language="en",
        text="""\
PJSC BANK MALAKHIT, Yekaterinburg          BIK 046577318          SWIFT MALKRU2E
Correspondent account 30101810400000000318

                                 STATEMENT OF ACCOUNT No. 4

Statement date:   31 March 2026                      Period: 01.03.2026 – 31.03.2026
Account:          40702784016540004183, UAE dirham (AED)
Account holder:   JSC IsetSvyaz, INN 6671041831, KPP 667101001
Generated:        01.04.2026 07:58

Opening balance on 01.03.2026                                                      AED 1,250.00

| Date       | Ref.         | Details                                                |     Debit |    Credit |
|------------|--------------|--------------------------------------------------------|-----------|-----------|
| 20.03.2026 | 71           | Purchase of AED 36,500.00 from 40702810016540041832    |           | 36,500.00 |
|            |              | at 22.1400, RUB 808,110.00 debited                     |           |           |
| 20.03.2026 | ISV260320-01 | MT103 to Najm Telecom PJSC, AE080330000019384721056    | 36,436.70 |           |
|            |              | net settlement Feb 2026                                |           |           |
| 20.03.2026 | FEE-0320-118 | SWIFT transfer fee, charges OUR                        |     75.00 |           |

Turnover                                                                 Debit 36,511.70  Credit 36,500.00
Closing balance on 31.03.2026                                                      AED 1,238.30

This statement is produced electronically and is valid without signature.
""",
        expected={
            "number": "4",
            "date": "2026-03-31",
            "currency": "AED",
            "parties.account_holder.inn": "6671041831",
            "parties.account_holder.kpp": "667101001",
            "parties.account_holder.bik": "046577318",
            "parties.account_holder.account": "40702784016540004183",
        },
    ),
]

_PEOPLE_AND_LETTERS = [
    # A phone photo of the Espoo hotel receipt of the operator's engineer, who
    # attended the factory tests. It is dated by the departure and payment, not the
    # arrival or the photo, and it has no party labels.
    HoldoutDocument(
        id="aq-en-receipt-espoo-hotel-photo",
        document_type="receipt",
        language="en",
        noisy=True,
        text="""\
IMG_2O26O22l_O7l2O9
HOTEL KEILALAHTI
Keilalahdentie 9, O2l5O Espoo      Business ID 3l846O2-5
RECEIPT No. 3l846             Room 4l2
Guest: Galiev Rustem
Arrival: l7.O2.2O26     Departure: 2O.O2.2O26
Room, 3 nights x 139.OO          EUR   4l7.OO
Minibar                          EUR    l2.5O
Parking, 3 x l8.OO               EUR    54.OO
TOTAL                            EUR   483.5O
VAT l4%  incl.  52.75     VAT 25.5%  incl.  lO.97
Paid by card VISA ****4l86   2O.O2.2O26 O8:l4
Thank you for staying with us!
""",
        expected={
            "number": "31846",
            "date": "2026-02-20",
            "total": "483.50",
            "currency": "EUR",
        },
    ),
    # A scan of the Finnish field engineer's passport page. The machine-readable zone
    # reads cleanly and repeats the number.
    HoldoutDocument(
        id="aq-en-passport-finnish-engineer-scan",
        document_type="passport",
        language="en",
        noisy=True,
        text="""\
SUOMI FINLAND                 PASSI / PASS / PASSPORT
Type / Typ P     Code FIN     Passport No. PA4827l63
Surname: LEHTONEN
Given names: MIKKO JUHANI
Nationality: SUOMI / FINLAND / FIN
Date of birth: 23.O8.l984     Sex: M
Place of birth: TAMPERE
Date of issue: l2.O5.2O22     Authority: POLIISI / POLISEN
Date of expiry: ll.O5.2O27
P<FINLEHTONEN<<MIKKO<JUHANI<<<<<<<<<<<<<<<<<
PA48271636FIN8408233M2705114<<<<<<<<<<<<<<<2
""",
        expected={
            "number": "PA4827163",
            "date": "2022-05-12",
            "total": None,
            "currency": None,
        },
    ),
    # The operator's power of attorney for the customs broker that declares the
    # routers. The principal and the attorney are labelled, and it names no money.
    HoldoutDocument(
        id="aq-en-power-of-attorney-customs-broker",
        document_type="power_of_attorney",
        language="en",
        text="""\
                                    POWER OF ATTORNEY No. 31/26-D

Yekaterinburg                                                               2 March 2026

JSC IsetSvyaz, INN 6671041831, KPP 667101001, OGRN 1026604198730, 51 Malysheva St.,
Yekaterinburg 620014, settlement account 40702810016540041832 with PJSC Bank Malakhit,
BIK 046577318 (the "Principal"), represented by General Director M. B. Yartsev,

authorises Ural-Broker LLC, INN 6674173258, KPP 667401001, OGRN 1196674017320, entered in the
register of customs representatives, 620027, Yekaterinburg, 14 Chelyuskintsev St. (the "Attorney"),

to act for the Principal before the customs authorities in the declaration and release of the
goods imported under Supply Contract No. KN-RU-2026/03 of 15 January 2026 with Kuusi Networks Oy,
invoice KN-INV-26-0412 of 27 February 2026, including:
- lodging customs declarations and supporting documents;
- paying customs duties and import VAT from the Attorney's own funds on the Principal's behalf;
- receiving the released goods and the customs documents.

The Attorney may not transfer these powers to third parties. This power of attorney is valid until
31 December 2026.

General Director ____________ M. B. Yartsev                Chief Accountant ____________ L. G. Suslova
Seal
""",
        expected={
            "number": "31/26-D",
            "date": "2026-03-02",
            "total": None,
            "currency": None,
            "parties.principal.inn": "6671041831",
            "parties.principal.kpp": "667101001",
            "parties.principal.bik": "046577318",
            "parties.principal.account": "40702810016540041832",
            "parties.attorney.inn": "6674173258",
            "parties.attorney.kpp": "667401001",
        },
    ),
    # The UAE partner's letter on disputed roaming records. It names dirham sums,
    # so `currency` is AED with `total` None.
    HoldoutDocument(
        id="aq-en-letter-najm-tap-dispute",
        document_type="letter",
        language="en",
        text="""\
NAJM TELECOM PJSC
Al Maryah Island, Tower 3, P.O. Box 47120, Abu Dhabi, United Arab Emirates

Our ref.: NJM/WS/2026/051                                                      25 March 2026
Your ref.: ISV-IC-0317 of 17 March 2026

JSC IsetSvyaz
Interconnect Billing, attn. Ms I. S. Bortnikova
51 Malysheva St., Yekaterinburg 620014, Russian Federation

Subject: February 2026 TAP records — disputed data sessions

Dear Ms Bortnikova,

We confirm receipt on 20 March 2026 of AED 36,436.70, the net balance of settlement statement
SS/ISV/2026-02, which closes the February cycle.

We have reviewed the 1,118 data sessions that you disputed in your letter of 17 March 2026. Of the
AED 2,184.60 charged for them in invoice NJM/IC/2026/0219, AED 1,936.45 relates to sessions with
a duplicated charging identifier after our rating platform upgrade on 11 February 2026. We will
issue a credit note for AED 1,936.45 in the March 2026 cycle. The remaining AED 248.15 relates to
valid sessions, and the TAP files with their call detail records are attached.

Please let us know by 3 April 2026 if you agree, so that the credit note can be included in
settlement statement SS/ISV/2026-03.

Yours sincerely,

Fatima Al Mansoori
Head of Wholesale Settlements, Najm Telecom PJSC
""",
        expected={
            "number": "NJM/WS/2026/051",
            "date": "2026-03-25",
            "total": None,
            "currency": "AED",
        },
    ),
]

ENGLISH_DOCUMENTS_AQ = [
    *_INVOICES,
    *_ACTS_UPDS_AND_PAYMENTS,
    *_CONTRACTS_AND_OTHER,
    *_TRANSPORT_AND_BANK,
    *_PEOPLE_AND_LETTERS,
]
