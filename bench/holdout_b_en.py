# ruff: noqa: E501
"""English documents of the second held-out set, labelled for `bench.holdout_b`.

Some are native English papers, others are English versions of Russian forms
that carry Russian requisites. Every name, address and requisite is invented,
and the requisites carry valid check digits.
"""

from .holdout import HoldoutDocument

INVOICE_US = HoldoutDocument(
    id="en-b-invoice-1",
    document_type="invoice",
    language="en",
    text="""PRAIRIE LINE FASTENERS, INC.
2208 Industrial Pkwy, Suite B
Wichita, KS 67219
Phone (316) 555-0148  |  billing@prairieline-example.com

                                                     INVOICE
                                          Invoice #:    10482
                                          Date:         03/18/2025
                                          Due Date:     04/17/2025
                                          Terms:        Net 30
                                          Customer PO:  PO-77310

BILL TO                                   SHIP TO
Hollis & Crane Fabrication LLC            Hollis & Crane Fabrication LLC
Attn: Accounts Payable                    Receiving Dock 3
415 W 9th Street                          1190 Rail Yard Rd
Tulsa, OK 74127                           Tulsa, OK 74107

QTY    ITEM         DESCRIPTION                          UNIT PRICE      AMOUNT
2,000  HX-3816-Z    Hex bolt 3/8"-16 x 2", zinc             0.42         840.00
2,000  NT-3816-Z    Hex nut 3/8"-16, zinc                   0.09         180.00
  500  AB-5812-G    Anchor bolt 5/8" x 12", galvanized      8.90       4,450.00
   40  TH-0500      Threaded rod 1/2" x 10 ft              86.75       3,470.00

                                          Subtotal                   8,940.00
                                          Sales Tax (8.25%)            737.55
                                          Shipping & Handling          120.00
                                          TOTAL DUE (USD)            9,797.55

Please make checks payable to Prairie Line Fasteners, Inc.
ACH: First Plains Bank, routing 101000000, account 0048815237
A 1.5% monthly finance charge applies to balances past due.
Thank you for your business!
""",
    expected={
        "number": "10482",
        "date": "2025-03-18",
        "total": "9797.55",
        "currency": "USD",
    },
)

INVOICE_UK_OCR = HoldoutDocument(
    id="en-b-invoice-2",
    document_type="invoice",
    language="en",
    text="""Thornbury Joinery Ltd
Unit 4,Mill Lane Trading Estate
Stroud  GL5 3QX
VAT Reg No: GB 418 2201 57     Company No. 1O482271

                     TAX  INVOICE

lnvoice No:   INV-2025-0311
Invoice Date: 7 May 2025
Tax Point:    7 May 2025
Your Ref:     PO-2O25/77

Invoice to:
Ashcombe Lettings Limited
22 Regent  Street
Cheltenham GL50 1HE

Description                              Qty    Unit price    Net
Oak internal doors,fitted                 6      410.00     2,460.00
Staircase balustrade,oak,supply & fit     1    1,800.00     1,800.00

                               Net total              4,260.00
                               VAT @ 20%                852.00
                               Total  due  (GBP)      5,112.00

Payment within 3O days by bank transfer to:
Thornbury Joinery Ltd
Sort code 94-58-07  Account 30215736
IBAN GB58NRWB94580730215736
Please quote the invoice number as your payment reference.
""",
    expected={
        "number": "INV-2025-0311",
        "date": "2025-05-07",
        "total": "5112.00",
        "currency": "GBP",
        "parties.seller.iban": "GB58NRWB94580730215736",
    },
    noisy=True,
)

CONTRACT_CONSULTING = HoldoutDocument(
    id="en-b-contract-1",
    document_type="contract",
    language="en",
    text="""CONSULTING SERVICES AGREEMENT
Agreement No. CSA-2025-014

This Consulting Services Agreement (the "Agreement") is made
on the 12th day of March, 2025, by and between:

BRACKENRIDGE ANALYTICS LLC, a Delaware limited liability company with its
principal office at 80 Harbor View Drive, Portland, ME 04101 ("Consultant"), and

MERIDIAN COLD STORAGE CORP., a Massachusetts corporation with its principal office
at 1450 Dorchester Avenue, Boston, MA 02122 ("Client").

1. SERVICES. Consultant shall review Client's warehouse management processes and
deliver a written optimization plan, as described in Exhibit A (the "Services").

2. TERM. The Services shall commence on April 1, 2025 (the "Effective Date") and
shall be completed no later than September 30, 2025, unless extended in writing.

3. FEES. Client shall pay Consultant a fixed fee of USD 64,500.00 (sixty-four
thousand five hundred US dollars), payable as follows: 30% upon signing, 40% upon
delivery of the interim report, and 30% upon acceptance of the final plan.
Travel expenses shall be reimbursed at cost, subject to Client's prior approval.

4. CONFIDENTIALITY. Each party shall keep the other party's Confidential
Information in strict confidence during the term and for three (3) years after.

5. GOVERNING LAW. This Agreement is governed by the laws of the Commonwealth of
Massachusetts.

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first
written above.

BRACKENRIDGE ANALYTICS LLC              MERIDIAN COLD STORAGE CORP.
By: ______________________              By: ______________________
Name: Olivia T. Marsh                   Name: Gregory Pell
Title: Managing Member                  Title: Chief Operating Officer
""",
    expected={
        "number": "CSA-2025-014",
        "date": "2025-03-12",
        "total": "64500.00",
        "currency": "USD",
    },
)

CONTRACT_EXPORT = HoldoutDocument(
    id="en-b-contract-2",
    document_type="contract",
    language="en",
    text="""SUPPLY CONTRACT No. DE-RU/118

Kassel                                                        24 October 2025

Hartwig Pumpentechnik GmbH, Kassel, Germany, represented by Managing Director
Mr. Jonas Freiberger, hereinafter the "Seller", and Limited Liability Company
"Uralsky Instrument", Yekaterinburg, Russia, represented by General Director
Mr. Pavel Shestakov, acting on the basis of the Charter, hereinafter the "Buyer",
have concluded this Contract as follows:

1. Subject. The Seller sells and the Buyer buys centrifugal process pumps and spare
parts (the "Goods") as specified in Appendix 1, which forms an integral part of
this Contract.

2. Price and total value. Prices are in EUR, FCA Kassel (Incoterms 2020). The total
value of this Contract is EUR 212,800.00 (two hundred twelve thousand eight hundred
euro).

3. Payment. 50% advance within 20 days after signing; 50% within 30 days after the
date of the CMR note.

4. Delivery. The Goods shall be delivered not later than 15 February 2026.

5. Arbitration. Disputes shall be settled by the Arbitration Institute of the
Stockholm Chamber of Commerce.

6. Legal addresses and bank details

SELLER                                     BUYER
Hartwig Pumpentechnik GmbH                 LLC "Uralsky Instrument"
Wilhelmshoeher Allee 212                   Frontovykh Brigad str. 18, office 7
34119 Kassel, Germany                      620017 Yekaterinburg, Russia
VAT ID DE318445102                         INN 6680804470 / KPP 661201001
Bank: Nordhessische Handelsbank AG         Account 40702810191366363979
IBAN DE90 3236 4056 2241 5499 09           Bank: JSC "URAL INDUSTRIAL BANK"
BIC NHHBDEFFXXX                            BIK 045293454
                                           Corr. account 30101810500000000454
                                           SWIFT URIBRU2X

For the Seller: ____________ J. Freiberger  For the Buyer: ____________ P. Shestakov
""",
    expected={
        "number": "DE-RU/118",
        "date": "2025-10-24",
        "total": "212800.00",
        "currency": "EUR",
        "parties.seller.iban": "DE90323640562241549909",
        "parties.buyer.inn": "6680804470",
        "parties.buyer.kpp": "661201001",
        "parties.buyer.bik": "045293454",
        "parties.buyer.account": "40702810191366363979",
    },
)

ACT_MILESTONE = HoldoutDocument(
    id="en-b-act-1",
    document_type="act",
    language="en",
    text="""CERTIFICATE OF ACCEPTANCE
No. AC-04

Project:   Fleet Tracking Portal, phase 2
Reference: Statement of Work dated January 15, 2025 under the Master Services
           Agreement between the parties
Date:      June 30, 2025

Service Provider:  Lindqvist & Moya Software Studio Ltd., 14 Quay Street,
                   Galway, H91 X2C4, Ireland
Customer:          Redwater Haulage Inc., 3300 Commerce Blvd,
                   Reno, NV 89502, USA

The Customer confirms that the following deliverables were delivered, tested and
accepted:

Milestone | Deliverable                                  | Accepted on   | Amount, USD
M4        | Driver mobile app, Android and iOS builds     | June 20, 2025 | 12,000.00
M5        | Route replay and geofence alerts              | June 26, 2025 |  9,500.00
M6        | User acceptance testing and handover          | June 30, 2025 |  5,500.00
          |                                               | TOTAL         | 27,000.00

Total amount payable for the accepted milestones: USD 27,000.00 (twenty-seven
thousand US dollars). No VAT applies (reverse charge, services supplied to a
customer outside the EU).

The Customer has no claims regarding the scope, quality or timing of the work.

For the Service Provider                 For the Customer
_________________________                _________________________
Ciaran Lindqvist, Director               Dana Whitfield, VP Operations
""",
    expected={
        "number": "AC-04",
        "date": "2025-06-30",
        "total": "27000.00",
        "currency": "USD",
    },
)

ACT_TRANSLATED = HoldoutDocument(
    id="en-b-act-2",
    document_type="act",
    language="en",
    text="""ACT No. 221
of services rendered

Ufa                                                          28 February 2026

Contractor: LLC "Bashkir Digital Solutions", INN 0283459459, KPP 022701001,
450077, Ufa, Kirova str. 52, settlement account 40702810172351467109
with JSC "BASHKIR REGIONAL BANK", BIK 042537767,
correspondent account 30101810000000000767
Customer: LLC "Taganrog Boiler Works", INN 6114674660, KPP 610301001,
347900, Taganrog, Dzerzhinskogo str. 4

Basis: Contract No. BDS-25/19 dated 10.09.2025

No. | Services                                         | Qty | Unit  | Price     | Amount
1   | Support of the 1C:ERP information system, Feb 2026 | 1   | month | 65,000.00 | 65,000.00
2   | Setup of the EDI exchange with counterparties     | 1   | job   | 15,000.00 | 15,000.00

                                              Total excl. VAT:  80,000.00
                                              VAT 22%:          17,600.00
                                              Total incl. VAT:  97,600.00

Total services rendered: 2, in the amount of RUB 97,600.00 (ninety-seven thousand
six hundred roubles 00 kopecks), including VAT 17,600.00.

The services have been rendered in full and on time. The Customer has no claims
as to the scope, quality or timing of the services.

Contractor                                   Customer
General Director ________ R. F. Gaisin       Director ________ O. N. Lysenko
""",
    expected={
        "number": "221",
        "date": "2026-02-28",
        "total": "97600.00",
        "currency": "RUB",
        "parties.seller.inn": "0283459459",
        "parties.seller.kpp": "022701001",
        "parties.seller.bik": "042537767",
        "parties.seller.account": "40702810172351467109",
        "parties.buyer.inn": "6114674660",
        "parties.buyer.kpp": "610301001",
    },
)

UPD_TRANSLATED = HoldoutDocument(
    id="en-b-upd-1",
    document_type="upd",
    language="en",
    text="""UNIVERSAL TRANSFER DOCUMENT
Status: 1 (invoice and transfer document)

Invoice No. 512 dated 14.08.2025                                        (1)
Correction No. -- dated --                                              (1a)
Seller: LLC "Neva Pneumatics"                                           (2)
Address: 198095, Saint Petersburg, Promyshlennaya str. 19, lit. R       (2a)
Seller's INN/KPP: 7895595771/782601001                                  (2b)
Shipper and its address: same as seller                                 (3)
Consignee and its address: LLC "Samara Compressor Service",             (4)
443022, Samara, Zavodskoye highway 11
Payment document No. -- dated --                                        (5)
Shipping document No. 1-2 No. 512 dated 14.08.2025                      (5a)
Buyer: LLC "Samara Compressor Service"                                  (6)
Address: 443022, Samara, Zavodskoye highway 11                          (6a)
Buyer's INN/KPP: 6388409209/630801001                                   (6b)
Currency: Russian rouble, 643                                           (7)

No. | Goods                          | Unit | Qty | Price     | Cost excl. tax | Tax rate | Tax amount | Cost incl. tax
1   | Pneumatic cylinder DNC-80-200   | pcs  | 12  | 18,500.00 | 222,000.00     | 20%      | 44,400.00  | 266,400.00
2   | Air preparation unit MS6-LFR    | pcs  | 4   | 7,250.00  | 29,000.00      | 20%      | 5,800.00   | 34,800.00
    | Total payable                   |      |     |           | 251,000.00     | X        | 50,200.00  | 301,200.00

Head of organization ________ A. V. Kornev    Chief accountant ________ M. I. Zueva

Basis of transfer: Supply contract No. NP-2025/44 dated 03.03.2025
Transportation data: consignment note No. 512 dated 14.08.2025
Goods handed over: storekeeper ________ Yakovlev S. P.   Date of shipment: 14.08.2025
Goods received: engineer ________ Belousov K. A.         Date of receipt: 18.08.2025
""",
    expected={
        "number": "512",
        "date": "2025-08-14",
        "total": "301200.00",
        "currency": "RUB",
        "parties.seller.inn": "7895595771",
        "parties.seller.kpp": "782601001",
        "parties.buyer.inn": "6388409209",
        "parties.buyer.kpp": "630801001",
    },
)

UPD_EXPORT_TABS = HoldoutDocument(
    id="en-b-upd-2",
    document_type="upd",
    language="en",
    text="""UTD (Universal Transfer Document)	Status 2
Invoice No.	UT-2026-044
Date	16 March 2026
Seller	LLC "Podolsk Lift Components"
Seller INN/KPP	5074468642 / 504001001
Seller address	142110, Moscow region, Podolsk, Bolshaya Serpukhovskaya str. 43
Shipper	same
Consignee	LLC "Iset Elevator Service", 620078, Yekaterinburg, Kominterna str. 16
Buyer	LLC "Iset Elevator Service"
Buyer INN/KPP	6606458992 / 661901001
Currency	Russian rouble (RUB), code 643
Basis	Contract No. 7-L dated 12.01.2026, order No. 88

#	Item	Unit	Qty	Price	Excl. VAT	VAT rate	VAT	Incl. VAT
1	Door operator VVVF-2, landing	pcs	30	4,200.00	126,000.00	22%	27,720.00	153,720.00
2	Roller shoe set RS-100	set	10	1,150.00	11,500.00	22%	2,530.00	14,030.00
	Total				137,500.00		30,250.00	167,750.00

Goods shipped: 16.03.2026	Goods received: 17.03.2026
Handed over by: warehouse manager Frolov I. D.
Received by: supply manager Nikitina A. V.
Electronically signed via EDI operator, certificate 7A41C0023E19
""",
    expected={
        "number": "UT-2026-044",
        "date": "2026-03-16",
        "total": "167750.00",
        "currency": "RUB",
        "parties.seller.inn": "5074468642",
        "parties.seller.kpp": "504001001",
        "parties.buyer.inn": "6606458992",
        "parties.buyer.kpp": "661901001",
    },
)

WAYBILL_CMR = HoldoutDocument(
    id="en-b-waybill-1",
    document_type="waybill",
    language="en",
    text="""INTERNATIONAL CONSIGNMENT NOTE          CMR          No. 0451876
This carriage is subject, notwithstanding any clause to the contrary, to the
Convention on the Contract for the International Carriage of Goods by Road (CMR).

1 Sender (name, address, country)
  Van Damme Koelsystemen B.V.
  Waalhaven Oostzijde 61, 3087 BM Rotterdam, Netherlands
2 Consignee (name, address, country)
  LLC "Volga Cold Chain", INN 6357150980, KPP 631801001
  443052, Samara, Krasnodonskaya str. 32, Russia
3 Place of delivery of the goods: Samara, Russia
4 Place and date of taking over the goods: Rotterdam, NL, 09.06.2025
5 Documents attached: invoice VDK-2291, packing list, certificate of origin EUR.1
16 Carrier: UAB "Trans-Baltica", Savanoriu pr. 178, Vilnius, Lithuania
17 Successive carriers: --

6 Marks and Nos | 7 Number of packages | 8 Method of packing | 9 Nature of the goods | 11 Gross weight, kg | 12 Volume, m3
VDK-2291/1-14  | 14                   | pallets             | Refrigeration compressors | 6 840  | 38.5
VDK-2291/15-16 | 2                    | crates              | Spare parts               |   415  |  2.1

13 Sender's instructions: keep dry, do not stack above 2 tiers
14 Instructions as to payment for carriage: carriage paid
21 Established in Rotterdam on 09.06.2025
22 Signature and stamp of the sender      23 Signature of the carrier
   Van Damme Koelsystemen B.V.               UAB Trans-Baltica, truck LKJ 417 / trailer TR 882
24 Goods received: Samara, 16.06.2025
   Signature and stamp of the consignee
""",
    expected={
        "number": "0451876",
        "date": "2025-06-09",
        "total": None,
        "currency": None,
        "parties.consignee.inn": "6357150980",
        "parties.consignee.kpp": "631801001",
    },
)

BILL_OF_LADING = HoldoutDocument(
    id="en-b-waybill-2",
    document_type="waybill",
    language="en",
    text="""BILL OF LADING FOR OCEAN TRANSPORT OR MULTIMODAL TRANSPORT       B/L No. KSLU25031874
SHIPPER                                            BOOKING NO.      EXPORT REFERENCES
Daehan Marine Valves Co., Ltd.                     BKS-889210       DMV-EX-0325
77 Noksansaneop-ro, Gangseo-gu, Busan, Korea
CONSIGNEE
TO ORDER OF SHINHWA COMMERCIAL BANK
NOTIFY PARTY
Arcturus Shipyard Supplies Pty Ltd
14 Wharf Road, Fremantle WA 6160, Australia
VESSEL / VOYAGE                PORT OF LOADING        PORT OF DISCHARGE
KESTREL STAR / 512S            BUSAN, KOREA           FREMANTLE, AUSTRALIA
PLACE OF RECEIPT: BUSAN CY     PLACE OF DELIVERY: FREMANTLE CY

CONTAINER / SEAL NO.       NO. OF PKGS   DESCRIPTION OF GOODS            GROSS WEIGHT   MEASUREMENT
KSLU 417702-6 / K882014    18 PALLETS    SHIPPER'S LOAD, COUNT & SEAL    12,460.000 KGS  28.400 CBM
40' HC                                   SAID TO CONTAIN:
                                         BUTTERFLY VALVES DN100-DN300
                                         HS CODE 8481.80
                                         FREIGHT PREPAID

TOTAL NUMBER OF CONTAINERS OR PACKAGES (IN WORDS): ONE (1) CONTAINER ONLY
FREIGHT & CHARGES: AS ARRANGED

PLACE AND DATE OF ISSUE: BUSAN, 22 MAR 2025
SHIPPED ON BOARD DATE: 22 MAR 2025
NUMBER OF ORIGINAL B(S)/L: THREE (3)
IN WITNESS whereof the number of original Bills of Lading stated above have been
signed, one of which being accomplished, the others to stand void.
Signed as agent for the carrier KESTREL OCEAN LINES
""",
    expected={
        "number": "KSLU25031874",
        "date": "2025-03-22",
        "total": None,
        "currency": None,
    },
)

PACKING_LIST_ASIA = HoldoutDocument(
    id="en-b-packing_list-1",
    document_type="packing_list",
    language="en",
    text="""NINGBO HAOYU HOUSEWARES CO., LTD.
No. 58 Jiangnan Road, Beilun District, Ningbo, Zhejiang, China
TEL: +86 574 0000 2231

PACKING LIST
P/L NO.: HY-PL-25118                       DATE: November 3, 2025
INVOICE NO.: HY-CI-25118                   S/C NO.: BW-2025-0907

TO: BRIGHTWAY HOME GOODS INC.
    5120 Lakeside Industrial Dr, Savannah, GA 31407, USA
FROM: NINGBO, CHINA    TO: SAVANNAH, USA    BY SEA

CTN NO.   ITEM NO.    DESCRIPTION                    QTY/CTN  CTNS  QTY (PCS)  N.W.(KGS)  G.W.(KGS)  MEAS.(CBM)
1-120     HY-SB-340   Stainless steel mixing bowl    24       120   2,880      1,080.00   1,212.00   6.480
121-260   HY-CB-115   Bamboo cutting board, 3 pcs    12       140   1,680      1,470.00   1,610.00   7.840
261-300   HY-KS-007   Kitchen scale, digital         20        40     800        360.00     412.00   2.160
TOTAL:                                                         300   5,360      2,910.00   3,234.00  16.480

SAY TOTAL THREE HUNDRED (300) CARTONS ONLY.
SHIPPING MARKS: BRIGHTWAY / SAVANNAH / C/NO. 1-300 / MADE IN CHINA

NINGBO HAOYU HOUSEWARES CO., LTD.
(Authorized signature)
""",
    expected={
        "number": "HY-PL-25118",
        "date": "2025-11-03",
        "total": None,
        "currency": None,
    },
)

PACKING_LIST_TO_RUSSIA = HoldoutDocument(
    id="en-b-packing_list-2",
    document_type="packing_list",
    language="en",
    text="""PACKING LIST No. CI-7734
Date: 19 Aug 2025

Seller / Shipper:
Caldermoor Instruments Ltd
Unit 9, Brookfield Park, Halifax HX3 5AW, United Kingdom
EORI GB402217701000

Buyer / Consignee:
LLC "Donskaya Laboratoria"
INN 6158112228   KPP 613501001
346500, Rostov region, Shakhty, Sadovaya str. 12, Russian Federation

Contract: CI-DL/2025-03 dated 11 April 2025
Invoice:  CI-7734 dated 19 Aug 2025
Terms:    CPT Shakhty (Incoterms 2020)

Case | Contents                                    | Qty | Net kg | Gross kg | Dimensions, cm
1    | Laboratory pH meter CM-410, with probes     | 10  | 18.0   | 24.5     | 80 x 60 x 45
2    | Conductivity meter CM-220                   | 10  | 14.5   | 20.0     | 80 x 60 x 40
3    | Calibration buffer solutions, 500 ml        | 60  | 33.0   | 38.0     | 60 x 40 x 40
4    | Spare electrodes and cables                 | 1 set | 6.5  | 9.0      | 50 x 40 x 30
     | TOTAL: 4 cases                              |     | 72.0   | 91.5     |

Total invoice value: GBP 14,365.00
Country of origin: United Kingdom

Signed for Caldermoor Instruments Ltd: ______________ H. Ackroyd, Export Manager
""",
    expected={
        "number": "CI-7734",
        "date": "2025-08-19",
        "total": "14365.00",
        "currency": "GBP",
        "parties.buyer.inn": "6158112228",
        "parties.buyer.kpp": "613501001",
        "parties.consignee.inn": "6158112228",
        "parties.consignee.kpp": "613501001",
    },
)

PAYMENT_ORDER_TRANSLATED = HoldoutDocument(
    id="en-b-payment_order-1",
    document_type="payment_order",
    language="en",
    text="""                                                                       0401060
Received by payer's bank        Debited from payer's account
14.04.2025                      14.04.2025

PAYMENT ORDER No. 1129          14.04.2025             electronic
                                Date                   Payment type
Amount in words: One million two hundred eight thousand roubles 00 kopecks

INN 7875459097      KPP 782601001          Amount     1208000-00
LLC "Baltic Grain Terminal"
                                           Acc. No.   40702810504220484417
Payer
PJSC "NORTHWEST PORT BANK", SAINT PETERSBURG   BIK        044031892
Payer's bank                               Acc. No.   30101810300000000892

JSC "VOLGA-VYATKA SETTLEMENT BANK", NIZHNY NOVGOROD   BIK   043639278
Payee's bank                               Acc. No.   30101810700000000278
INN 5286033428      KPP 523701001          Acc. No.   40702810216090322404
LLC "Dzerzhinsk Conveyor Plant"
                                           Op. type   01    Pay. term
                                           Pay. purp.       Priority   5
Payee                                      Code             Res. field

Payment under invoice No. 604 dated 07.04.2025 for belt conveyor KL-800,
contract No. 31/K dated 15.01.2025. Including VAT 20% - 201333-33
Purpose of payment
                         Signatures               Bank marks
Stamp                    _________________        EXECUTED 14.04.2025
""",
    expected={
        "number": "1129",
        "date": "2025-04-14",
        "total": "1208000.00",
        "currency": "RUB",
        "parties.payer.inn": "7875459097",
        "parties.payer.kpp": "782601001",
        "parties.payer.bik": "044031892",
        "parties.payer.account": "40702810504220484417",
        "parties.payee.inn": "5286033428",
        "parties.payee.kpp": "523701001",
        "parties.payee.bik": "043639278",
        "parties.payee.account": "40702810216090322404",
    },
)

PAYMENT_ORDER_ONLINE = HoldoutDocument(
    id="en-b-payment_order-2",
    document_type="payment_order",
    language="en",
    text="""Online Bank | Payments | Payment order details

Payment order # 86
Created: 27.01.2026 11:52        Status: Executed by the bank
Amount: RUB 73 200.00
VAT: 22%, 13 200.00

From
  Sole proprietor Galiev Timur Ravilevich
  INN 666682543482
  Account 40802810479627972183
  JSC "URAL TRADE BANK", BIK 044484132, corr. account 30101810600000000132

To
  LLC "Bashkir Packaging Plant"
  INN 0253505436   KPP 024301001
  Account 40702810724636560188
  PJSC "AGIDEL CREDIT BANK", BIK 044634488, corr. account 30101810100000000488

Purpose
  Payment for corrugated boxes under invoice No. 42 dated 22.01.2026,
  incl. VAT 22% 13200.00 RUB

Payment type: electronic       Priority: 5       Operation type: 01
UIN: 0

Signed with the electronic signature of Galiev T. R. on 27.01.2026 11:53
Printed 27.01.2026 12:05
""",
    expected={
        "number": "86",
        "date": "2026-01-27",
        "total": "73200.00",
        "currency": "RUB",
        "parties.payer.inn": "666682543482",
        "parties.payer.bik": "044484132",
        "parties.payer.account": "40802810479627972183",
        "parties.payee.inn": "0253505436",
        "parties.payee.kpp": "024301001",
        "parties.payee.bik": "044634488",
        "parties.payee.account": "40702810724636560188",
    },
)

BANK_STATEMENT_UK = HoldoutDocument(
    id="en-b-bank_statement-1",
    document_type="bank_statement",
    language="en",
    text="""Halmcross Bank plc                                      Business Current Account
PO Box 1187, Leeds LS1 4DJ

GREYFIELD BAKERY LTD                                    Statement number 42
7 Tanner Row                                            Statement date 30 April 2025
York YO1 6JB                                            Sort code 81-93-03
                                                        Account number 64262129
                                                        IBAN GB66 HLMC 8193 0364 2621 29
                                                        BIC HLMCGB2L

Your statement for 1 April 2025 to 30 April 2025 (all amounts in GBP)

Date        Description                               Paid out     Paid in      Balance
01 Apr 25   BALANCE BROUGHT FORWARD                                              12,408.55
03 Apr 25   BACS  YORK CATERING SUPPLIES                          4,870.00     17,278.55
07 Apr 25   DD    NORTHERN POWER CO                   318.40                   16,960.15
14 Apr 25   FPO   MILLSTONE FLOUR LTD                 2,150.00                 14,810.15
22 Apr 25   CARD  CITY MARKET STALL TAKINGS                       1,225.50     16,035.65
30 Apr 25   CHG   ACCOUNT FEE APRIL                      96.00                 15,939.65
30 Apr 25   BALANCE CARRIED FORWARD                                              15,939.65

Total paid out 2,564.40            Total paid in 6,095.50

Halmcross Bank plc is authorised by the Prudential Regulation Authority.
Please check this statement and tell us about any entry you do not recognise.
""",
    expected={
        "number": "42",
        "date": "2025-04-30",
        "currency": "GBP",
        "parties.account_holder.iban": "GB66HLMC81930364262129",
    },
)

BANK_STATEMENT_RU_ENGLISH = HoldoutDocument(
    id="en-b-bank_statement-2",
    document_type="bank_statement",
    language="en",
    text="""JSC "VOLGA INDUSTRIAL BANK"
BIK 045078194, corr. account 30101810100000000194

ACCOUNT STATEMENT
for the period 01.10.2025 - 31.10.2025
Date of issue: 01 Nov 2025

Account holder: LLC "Sibirskie Stanki"
INN 5220567348  KPP 524201001
Account No. 40702810834153364717 (RUB)

Opening balance on 01.10.2025: 2,417,905.30

Date       | Doc No. | Counterparty                     | Debit        | Credit       | Details
06.10.2025 | 3318    | LLC "Krasnoyarsk Tool Depot"     |              | 864,000.00   | Payment for CNC lathe, inv. 77
14.10.2025 | 1452    | LLC "Metal Bar Supply"           | 412,560.00   |              | Payment for steel bar, inv. 2290
20.10.2025 | 1460    | Federal Treasury (tax office)    | 155,200.00   |              | Single tax payment
31.10.2025 | 77      | JSC "VOLGA INDUSTRIAL BANK"      | 2,850.00     |              | Account maintenance fee, Oct 2025

Turnover for the period:                              570,610.00     864,000.00
Closing balance on 31.10.2025: 2,711,295.30

This statement was generated by the bank's online system and is valid without
signature and stamp.
""",
    expected={
        "number": None,
        "date": "2025-11-01",
        "currency": "RUB",
        "parties.account_holder.inn": "5220567348",
        "parties.account_holder.kpp": "524201001",
        "parties.account_holder.bik": "045078194",
        "parties.account_holder.account": "40702810834153364717",
    },
)

RECEIPT_US = HoldoutDocument(
    id="en-b-receipt-1",
    document_type="receipt",
    language="en",
    text="""        BARLOW'S HARDWARE & GARDEN
          1207 Maple Ave
        Springfield, IL 62704
          (217) 555-0193

STORE 014   REG 03   CASHIER: DENISE
RECEIPT #: 004718
DATE: 08/23/2025          TIME: 10:42 AM

PAINT ROLLER KIT 9IN          1 @ 12.99       12.99
EXT LATEX SATIN 1GAL          2 @ 27.48       54.96
PAINTERS TAPE 1.88IN          3 @  3.98       11.94
                          ---------------------------
                          SUBTOTAL            79.89
                          SALES TAX 8.25%      6.59
                          TOTAL              $86.48

VISA ************4417                         86.48
AUTH CODE: 05521B     ENTRY: CHIP

ITEMS SOLD: 6
RETURNS ACCEPTED WITHIN 30 DAYS WITH RECEIPT
       THANK YOU FOR SHOPPING AT BARLOW'S!
""",
    expected={
        "number": "004718",
        "date": "2025-08-23",
        "total": "86.48",
        "currency": "USD",
    },
)

RECEIPT_UK = HoldoutDocument(
    id="en-b-receipt-2",
    document_type="receipt",
    language="en",
    text="""THE CORNER LARDER
12 High Street, Hebden Bridge HX7 8AD
VAT No. GB 731 4408 26

Receipt No 2231/118
14 FEB 2026  16:05   Till 2   Served by: Kerry

Sourdough loaf                    4.20
Farmhouse cheddar 250g            5.85
Free range eggs x12               4.10
Olive oil 500ml                   7.95
Ground coffee 227g                6.50
Cheese & pickle sandwich x2       9.00
Flat white x2                     5.00
                              --------
TOTAL                       £42.60
CARD                        £42.60
CHANGE                       £0.00

VAT summary   Net     VAT     Gross
20%           35.50   7.10    42.60

Thank you - see you again soon!
""",
    expected={
        "number": "2231/118",
        "date": "2026-02-14",
        "total": "42.60",
        "currency": "GBP",
    },
)

PASSPORT_UK = HoldoutDocument(
    id="en-b-passport-1",
    document_type="passport",
    language="en",
    text="""UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND
PASSPORT  PASSEPORT
Type/Type   Code/Code   Passport No./Passeport No.
P           GBR         531846207
Surname/Nom (1)
WHITLOCK
Given names/Prénoms (2)
EDWINA MARGARET
Nationality/Nationalité (3)
BRITISH CITIZEN
Date of birth/Date de naissance (4)
02 NOV /NOV 88
Sex/Sexe (5)     Place of birth/Lieu de naissance (6)
F                NORWICH
Date of issue/Date de délivrance (7)      Authority/Autorité (8)
11 JUL /JUIL 22                           HMPO
Date of expiry/Date d'expiration (9)      Holder's signature/Signature du titulaire (10)
11 JUL /JUIL 32
P<GBRWHITLOCK<<EDWINA<MARGARET<<<<<<<<<<<<<<
5318462071GBR8811024F3207119<<<<<<<<<<<<<<02
""",
    expected={
        "number": "531846207",
        "date": "2022-07-11",
        "total": None,
        "currency": None,
    },
)

PASSPORT_US = HoldoutDocument(
    id="en-b-passport-2",
    document_type="passport",
    language="en",
    text="""PASSPORT
UNITED STATES OF AMERICA
Type / Type / Tipo        Code / Code / Código        Passport No. / No. du Passeport
P                         USA                         A04738215
Surname / Nom / Apellidos
DELACROIX-BAILEY
Given Names / Prénoms / Nombres
MARCUS ANTHONY
Nationality / Nationalité / Nacionalidad
UNITED STATES OF AMERICA
Date of birth / Date de naissance
17 Aug 1979
Place of birth / Lieu de naissance
OHIO, U.S.A.
Sex / Sexe  M
Date of issue / Date de délivrance        Authority / Autorité
05 Mar 2019                               United States
Date of expiration / Date d'expiration    Department of State
04 Mar 2029
Endorsements / Mentions Spéciales
SEE PAGE 27
P<USADELACROIX<BAILEY<<MARCUS<ANTHONY<<<<<<<
A047382151USA7908172M2903048<<<<<<<<<<<<<<00
""",
    expected={
        "number": "A04738215",
        "date": "2019-03-05",
        "total": None,
        "currency": None,
    },
)

POWER_OF_ATTORNEY_DURABLE = HoldoutDocument(
    id="en-b-power_of_attorney-1",
    document_type="power_of_attorney",
    language="en",
    text="""DURABLE GENERAL POWER OF ATTORNEY

STATE OF OREGON
COUNTY OF LANE

KNOW ALL PERSONS BY THESE PRESENTS that I, Harriet June Calloway, residing at
418 Willow Creek Road, Eugene, Oregon 97405, hereby appoint my son, Nathaniel
Reed Calloway, of 2291 Alder Street, Eugene, Oregon 97401, as my true and lawful
attorney-in-fact (the "Agent"), to act in my name and on my behalf:

1. To manage, sell, lease or mortgage any real property that I own;
2. To open, operate and close bank and brokerage accounts in my name;
3. To file tax returns and deal with the Internal Revenue Service and the Oregon
   Department of Revenue;
4. To pay my bills and collect money owed to me.

This power of attorney shall not be affected by my subsequent disability or
incapacity. It remains in effect until revoked by me in writing.

Signed this 9th day of September, 2025.

______________________________
Harriet June Calloway, Principal

ACKNOWLEDGMENT
State of Oregon, County of Lane. This instrument was acknowledged before me on
September 9, 2025, by Harriet June Calloway.
______________________________
Notary Public for Oregon, Rosalind Keats
My commission expires: May 14, 2028
""",
    expected={
        "number": None,
        "date": "2025-09-09",
        "total": None,
        "currency": None,
    },
)

POWER_OF_ATTORNEY_TRANSLATED = HoldoutDocument(
    id="en-b-power_of_attorney-2",
    document_type="power_of_attorney",
    language="en",
    text="""Translation from Russian

POWER OF ATTORNEY No. 15/2025

Samara                                                     20 November 2025

Limited Liability Company "Zhigulevsky Fittings" (INN 6336483755,
KPP 632701001, settlement account 40702810889348581372 with JSC "SAMARA
SETTLEMENT BANK", BIK 044084411, corr. account 30101810800000000411), represented
by General Director Vladimir Petrovich Osokin, acting on the basis of the Charter,

hereby authorizes

Ms. Yulia Sergeevna Tarasenko, born 02.07.1987, passport 36 12 No. 604418 issued
on 25.07.2012, INN 545792469555,

to represent the Company before customs authorities of the Russian Federation, to
sign and submit customs declarations, to receive and hand over goods and
documents, and to sign acts of inspection and other documents related to the
customs clearance of goods imported under Contract No. ZF-CN/2025-02.

This Power of Attorney is valid until 31 December 2026 without the right of
substitution.

Specimen signature of Ms. Tarasenko ____________ is hereby certified.

General Director ____________ V. P. Osokin
Seal

I, Anna Grigorievna Popova, translator, certify that this is a true and correct
translation of the attached document from Russian into English.
""",
    expected={
        "number": "15/2025",
        "date": "2025-11-20",
        "total": None,
        "currency": None,
        "parties.principal.inn": "6336483755",
        "parties.principal.kpp": "632701001",
        "parties.principal.bik": "044084411",
        "parties.principal.account": "40702810889348581372",
        "parties.attorney.inn": "545792469555",
    },
)

LETTER_SHIPMENT = HoldoutDocument(
    id="en-b-letter-1",
    document_type="letter",
    language="en",
    text="""KESTON TEXTILE MACHINERY LTD
Riverside Works, Canal Road, Bradford BD2 1AR, United Kingdom
Tel +44 1274 000 917   www.keston-example.co.uk

Our ref: KT/0931
Your ref: Order 2025-117
June 4, 2025

Ms. Priya Raman
Head of Procurement
Lakshmi Spinning Mills Pvt. Ltd.
Plot 44, SIPCOT Industrial Park
Perundurai, Tamil Nadu 638052, India

Dear Ms. Raman,

Re: Delivery schedule for carding machines

Thank you for your letter of May 28. We regret to inform you that the shipment of
the two KC-600 carding machines will leave Felixstowe on June 27 instead of
June 13, because a supplier of drive motors has delayed its delivery to us.

All other items of your order, including the spare parts kit and the
commissioning tools, are ready and can be sent by air freight next week if you
wish. Please let us know your preference by June 10.

We apologise for the inconvenience and will keep you informed of any change.

Yours sincerely,

Martin Ellery
Export Sales Director
""",
    expected={
        "number": "KT/0931",
        "date": "2025-06-04",
        "total": None,
        "currency": None,
    },
)

LETTER_REFERENCE = HoldoutDocument(
    id="en-b-letter-2",
    document_type="letter",
    language="en",
    text="""Fenwick & Ashdown Architects
31 Castle Street
Edinburgh EH2 3DN

17 October 2025

To whom it may concern

Reference for Ms. Leonie Marchetti

I am pleased to recommend Leonie Marchetti, who worked at our practice as an
architectural technologist from March 2021 until September 2025.

During this time Leonie produced construction drawings for residential and school
projects, coordinated with structural and services engineers, and managed the
planning submissions for four of our largest schemes. She is accurate, reliable
and calm under deadline pressure, and she was well liked by clients and
colleagues alike.

Leonie is leaving us to move closer to her family, and we are sorry to lose her.
I have no hesitation in recommending her for any technical role in architecture
or construction.

Please feel free to contact me if you need further information.

Yours faithfully,

Alasdair Fenwick RIBA
Partner
""",
    expected={
        "number": None,
        "date": "2025-10-17",
        "total": None,
        "currency": None,
    },
)

BOARD_MINUTES = HoldoutDocument(
    id="en-b-other-1",
    document_type="other",
    language="en",
    text="""NORTHGATE COMMUNITY ENERGY CO-OPERATIVE LIMITED

MINUTES No. 7
of the meeting of the Board of Directors held on March 3, 2026 at 6:30 pm
at the Village Hall, Northgate, and by video call

Present: R. Okafor (Chair), J. Lindsay, M. Petrakis, S. Holm, A. Brennan
Apologies: T. Wainwright
In attendance: K. Dube (Company Secretary)

1. Minutes of the previous meeting
   The minutes of the meeting held on January 27, 2026 were approved.

2. Solar array extension
   M. Petrakis reported that the grid connection offer has been received.
   RESOLVED: to accept the offer and to instruct the contractor to start the
   design work.

3. Member share offer
   The Board agreed to launch the spring share offer on April 14, 2026.

4. Any other business
   None.

The meeting closed at 8:05 pm. Next meeting: April 28, 2026.

Signed as a correct record: ____________________ R. Okafor, Chair
""",
    expected={
        "number": "7",
        "date": "2026-03-03",
        "total": None,
        "currency": None,
    },
)

CURRICULUM_VITAE = HoldoutDocument(
    id="en-b-other-2",
    document_type="other",
    language="en",
    text="""TOMASZ WIERZBICKI
Senior Logistics Analyst
Manchester, UK  |  +44 7700 900 418  |  t.wierzbicki@example.com

PROFILE
Logistics analyst with nine years of experience in warehouse planning, freight
cost analysis and demand forecasting for retail and e-commerce companies.

EXPERIENCE
Senior Logistics Analyst, Pennine Retail Group, Manchester       2021 - present
  - Built the weekly freight cost model used for carrier tenders
  - Cut average warehouse dwell time by 18% through slotting changes
Logistics Analyst, Fairway Parcel Services, Warrington            2016 - 2021
  - Maintained route planning data for 140 delivery vans
  - Automated daily KPI reports with SQL and Python

EDUCATION
MSc Supply Chain Management, University of Leeds                   2015 - 2016
BSc Economics, University of Lodz                                   2011 - 2014

SKILLS
SQL, Python (pandas), Power BI, SAP EWM, Excel modelling
Languages: Polish (native), English (fluent), German (basic)

References available on request.
""",
    expected={
        "number": None,
        "date": None,
        "total": None,
        "currency": None,
    },
)

ENGLISH_DOCUMENTS = [
    INVOICE_US,
    INVOICE_UK_OCR,
    CONTRACT_CONSULTING,
    CONTRACT_EXPORT,
    ACT_MILESTONE,
    ACT_TRANSLATED,
    UPD_TRANSLATED,
    UPD_EXPORT_TABS,
    WAYBILL_CMR,
    BILL_OF_LADING,
    PACKING_LIST_ASIA,
    PACKING_LIST_TO_RUSSIA,
    PAYMENT_ORDER_TRANSLATED,
    PAYMENT_ORDER_ONLINE,
    BANK_STATEMENT_UK,
    BANK_STATEMENT_RU_ENGLISH,
    RECEIPT_US,
    RECEIPT_UK,
    PASSPORT_UK,
    PASSPORT_US,
    POWER_OF_ATTORNEY_DURABLE,
    POWER_OF_ATTORNEY_TRANSLATED,
    LETTER_SHIPMENT,
    LETTER_REFERENCE,
    BOARD_MINUTES,
    CURRICULUM_VITAE,
]
