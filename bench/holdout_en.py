"""English documents of the held-out set: see `bench.holdout` for the labels."""

# ruff: noqa: E501 -- wide tables keep the line width of the extracted page text.

from .holdout import HoldoutDocument


def _en(document_id: str, document_type: str, text: str, expected: dict):
    return HoldoutDocument(
        id=document_id,
        document_type=document_type,
        language="en",
        text=text.strip("\n"),
        expected=expected,
    )


INVOICES = [
    _en(
        "en-invoice-export",
        "invoice",
        """
URALKHIMSNAB JSC
51 Malysheva St., office 1902, Yekaterinburg 620014, Russian Federation
INN 6673059601 / KPP 667301001
Tel. +7 343 000 27 63   export@uralkhimsnab.example

                              COMMERCIAL INVOICE

Invoice No.: UK-E-2024/015                      Date: 15 Mar 2024
Contract No.: 2023/DE-04 dated 12 Oct 2023      Terms of delivery: FCA Yekaterinburg (Incoterms 2020)
Country of origin: Russian Federation           Terms of payment: 100% within 30 days of invoice

Seller:                                          Buyer:
Uralkhimsnab JSC                                 Kessler Agrarhandel GmbH
51 Malysheva St., Yekaterinburg, Russia          Hafenstrasse 118, 21079 Hamburg, Germany
                                                 VAT ID: DE318447209

No. | Description of goods                    | HS code    | Qty, MT | Unit price, EUR | Amount, EUR
1   | Soda ash dense, 99.2%, bags 1000 kg     | 2836 20 00 | 60      | 320.00          | 19,200.00
2   | Calcium chloride flakes 77%, bags 25 kg | 2827 20 00 | 40      | 480.00          | 19,200.00
                                                                       TOTAL, EUR:       38,400.00

Total amount: thirty-eight thousand four hundred euro 00 cents (EUR 38,400.00)
Net weight: 100,000 kg   Gross weight: 101,350 kg   Packages: 60 big bags, 1,600 bags on 40 pallets

Bank details of the Seller:
Beneficiary: Uralkhimsnab JSC
Account (EUR): 40702978030824628194
Bank: PJSC Ural Settlement Bank, Yekaterinburg, Russia
BIK 046577903   SWIFT: URSBRU4E

For and on behalf of Uralkhimsnab JSC
General Director ____________ P. E. Safonov
""",
        {
            "number": "UK-E-2024/015",
            "date": "2024-03-15",
            "total": "38400.00",
            "currency": "EUR",
            "parties.seller.inn": "6673059601",
            "parties.seller.kpp": "667301001",
            "parties.seller.bik": "046577903",
            "parties.seller.account": "40702978030824628194",
        },
    ),
    _en(
        "en-invoice-us-services",
        "invoice",
        """
Brightwater Design Studio LLC
2210 Alder Creek Road, Suite 4
Bend, OR 97701
(541) 000-3392 | billing@brightwater.example

INVOICE

Invoice #: INV-2024-0318
Date: March 18, 2024
Due Date: April 17, 2024
Terms: Net 30

Bill To:
Hollis & Park Dental Group
Attn: Accounts Payable
880 Larkspur Avenue
Redmond, OR 97756

Description                                   Qty      Rate        Amount
Logo redesign and brand guide                   1    1,800.00      1,800.00
Website page design                             6      350.00      2,100.00
Printed tri-fold brochures (taxable)          500        1.20        600.00

                                       Subtotal                    4,500.00
                                       Sales Tax (8.25% on 600.00)    49.50
                                       Total                       4,549.50
                                       Amount Paid                     0.00
                                       Balance Due (USD)          $4,549.50

Payment by ACH: Lakeview Community Bank, Routing 323000417, Account 4418203357
Checks payable to Brightwater Design Studio LLC.
Thank you for your business!
""",
        {
            "number": "INV-2024-0318",
            "date": "2024-03-18",
            "total": "4549.50",
            "currency": "USD",
        },
    ),
]

CONTRACTS = [
    _en(
        "en-contract-consultancy",
        "contract",
        """
CONSULTANCY SERVICES AGREEMENT
Agreement No. CSA-2024-011

THIS AGREEMENT is dated 15 January 2024

PARTIES
(1) HARROW LANE ANALYTICS LTD, incorporated and registered in England and Wales
    with company number 11834027 whose registered office is at 4 Queensbridge
    Yard, Leeds LS1 4DW (the "Consultant"); and
(2) PEMBERTON FOODS PLC, incorporated and registered in England and Wales with
    company number 03371950 whose registered office is at Mill House, Station
    Road, Harrogate HG2 7QP (the "Client").

AGREED TERMS
1. Services. The Consultant shall provide demand forecasting and inventory
   analytics services as described in Schedule 1 (the "Services").
2. Term. This Agreement commences on 1 February 2024 and continues for six (6)
   months unless terminated earlier in accordance with clause 9.
3. Fees. In consideration of the Services the Client shall pay the Consultant a
   total fee of £48,000 (forty-eight thousand pounds sterling), exclusive of VAT,
   payable in six equal monthly instalments of £8,000 against invoice.
4. Payment. Invoices are payable within 30 days of receipt. Late payments bear
   interest at 4% a year above the Bank of England base rate.
5. Confidentiality. Each party shall keep the other party's confidential
   information secret during the term and for three years afterwards.
6. Intellectual property. All deliverables vest in the Client upon payment.
7. Governing law. This Agreement is governed by the law of England and Wales.

Signed by Eleanor Whitcombe, Director,        Signed by James Oduya, CFO,
for and on behalf of                          for and on behalf of
Harrow Lane Analytics Ltd                     Pemberton Foods plc
..............................                ..............................
""",
        {
            "number": "CSA-2024-011",
            "date": "2024-01-15",
            "total": "48000.00",
            "currency": "GBP",
        },
    ),
    _en(
        "en-contract-export",
        "contract",
        """
CONTRACT No. 24/EXP-07

Novosibirsk                                                   February 9, 2024

Siberian Cable LLC, Russian Federation, hereinafter referred to as the "Seller",
represented by General Director Mr. R. D. Fomin, acting on the basis of the
Charter, on the one part, and Steppe Energy Construction LLP, Republic of
Kazakhstan, hereinafter referred to as the "Buyer", represented by Director
Mr. A. B. Seitkali, acting on the basis of the Charter, on the other part,
have concluded this Contract as follows:

1. SUBJECT OF THE CONTRACT
1.1. The Seller sells and the Buyer buys power cables (the "Goods") in the
quantity, assortment and at the prices stated in the Specifications, which are
integral parts of this Contract.

2. PRICE AND TOTAL AMOUNT
2.1. Prices are set in US dollars on DAP Almaty terms (Incoterms 2020).
2.2. The total amount of the Contract is USD 186,500.00 (one hundred eighty-six
thousand five hundred US dollars 00 cents).

3. PAYMENT
3.1. The Buyer pays 30% in advance within 10 banking days after signing of the
Specification and 70% within 30 days after delivery.

4. DELIVERY
4.1. Delivery time: 60 days after the advance payment is received.

5. ARBITRATION
5.1. Disputes are settled by the International Commercial Arbitration Court at
the Chamber of Commerce and Industry of the Russian Federation.

6. LEGAL ADDRESSES AND BANK DETAILS OF THE PARTIES

SELLER: Siberian Cable LLC
60/1 Stantsionnaya St., bldg 8, Novosibirsk 630108, Russia
INN 5406214877, KPP 540601001
Account (USD) 40702840955749118625
Bank: JSC Sibir-Invest Bank, Novosibirsk, BIK 045004562, SWIFT SIIVRU5N

BUYER: Steppe Energy Construction LLP
17 Dostyk Ave., office 402, Almaty 050010, Kazakhstan
BIN 180940012345
IBAN KZ739470000451022870, JSC Almaty Merchant Bank, SWIFT ALMBKZKA

For the Seller: ____________ R. D. Fomin     For the Buyer: ____________ A. B. Seitkali
""",
        {
            "number": "24/EXP-07",
            "date": "2024-02-09",
            "total": "186500.00",
            "currency": "USD",
            "parties.seller.inn": "5406214877",
            "parties.seller.kpp": "540601001",
            "parties.seller.bik": "045004562",
            "parties.seller.account": "40702840955749118625",
            "parties.buyer.iban": "KZ739470000451022870",
        },
    ),
]

ACTS = [
    _en(
        "en-act-acceptance-certificate",
        "act",
        """
ACCEPTANCE CERTIFICATE No. 7
(Act of Services Rendered)
to Software Development Agreement No. OS-LMS/2023 of 1 September 2023

Saint Petersburg                                                     31 May 2024

Contractor: OmegaSoft LLC, 18 Aptekarsky Ave., lit. A, Saint Petersburg 197022,
Russia, INN 7816300925, KPP 781601001, account (EUR) 40702978558159013962 with
JSC Bank Severnaya Stolitsa, BIK 044030612, SWIFT BSSTRU2P
Customer: Larnaca Maritime Systems Ltd, 12 Makariou III Ave., 6016 Larnaca,
Cyprus, Reg. No. HE 402177, IBAN CY39002801170000000357120644

The Contractor has rendered and the Customer has accepted the following services:

Item  Description                                            Hours   Rate, EUR   Amount, EUR
1     Development of vessel crew scheduling module, sprint 9   84      75.00       6,300.00
2     Development of port call reporting API, sprint 10        84      75.00       6,300.00
                                                                     Total:      12,600.00

Total amount of services: EUR 12,600.00 (twelve thousand six hundred euro 00
cents). VAT is not charged: the place of supply of the services is outside the
Russian Federation.

The services have been rendered in full and on time. The Customer has no claims
as to the scope, quality or timing of the services.

Contractor: ______________ D. A. Ryabov        Customer: ______________ N. Charalambous
""",
        {
            "number": "7",
            "date": "2024-05-31",
            "total": "12600.00",
            "currency": "EUR",
            "parties.seller.inn": "7816300925",
            "parties.seller.kpp": "781601001",
            "parties.seller.bik": "044030612",
            "parties.seller.account": "40702978558159013962",
            "parties.buyer.iban": "CY39002801170000000357120644",
        },
    ),
    _en(
        "en-act-completion-us",
        "act",
        """
NORTHGATE FACILITIES, INC.
4100 Industrial Parkway, Dayton, OH 45414

CERTIFICATE OF COMPLETION AND ACCEPTANCE

Certificate No.: CC-2417
Date: 06/14/2024
Job No.: 2417          Purchase Order: RCS-PO-5583

Contractor: Northgate Facilities, Inc.
Owner / Customer: Riverside Cold Storage LLC, 77 Wharf Street, Cincinnati, OH 45202

The Contractor certifies that the work described below has been completed in
accordance with the contract documents, and the Customer accepts the work.

Work performed                                               Amount (USD)
Replacement of 2 evaporator coils, freezer room B             18,400.00
Refrigerant recovery and recharge (R-448A, 120 lb)             6,250.00
Controls retrofit and commissioning                            3,200.00
                                                 Contract Total: $27,850.00

Punch list items: none outstanding.
Warranty period of 12 months begins on the date of this certificate.
Final payment of $27,850.00 is due within 30 days.

Contractor representative: Luis Ortega, Project Manager   Signature: ____________
Customer representative: Karen Whitfield, Facility Manager Signature: ____________
""",
        {
            "number": "CC-2417",
            "date": "2024-06-14",
            "total": "27850.00",
            "currency": "USD",
        },
    ),
]

UPDS = [
    _en(
        "en-upd-goods",
        "upd",
        """
UNIVERSAL TRANSFER DOCUMENT (translation from Russian)
Status: 1 (invoice and transfer document)
VAT Invoice No. 0588 dated 05.04.2024           Correction No. -- dated --

Seller: Ladoga Pak LLC
Address: 58 Gagarina St., Vyborg, Leningrad Region 188800
Seller's INN/KPP: 4704181470/470401001
Shipper and its address: same as seller
Consignee and its address: Baltic Logistics LLC, 33 Zastavskaya St., lit. B, Saint Petersburg 196084
To payment document No. -- dated --
Buyer: Baltic Logistics LLC
Address: 33 Zastavskaya St., lit. B, Saint Petersburg 196084
Buyer's INN/KPP: 7810258219/781001001
Currency: Russian rouble, 643

No | Goods (description of work, services)    | Unit | Qty  | Price   | Amount excl. VAT | VAT rate | VAT amount | Amount incl. VAT
1  | Corrugated box 400x300x300 T-23         | pcs  | 1500 | 29.70   | 44,550.00        | 20%      | 8,910.00   | 53,460.00
2  | Packing tape 48 mm x 66 m               | roll | 146  | 51.00   | 7,446.00         | 20%      | 1,489.20   | 8,935.20
   | Total payable                           |      |      |         | 51,996.00        |          | 10,399.20  | 62,395.20

Head of organization ________ Kovalev A. Yu.    Chief accountant ________ Zimina T. M.
Basis of transfer: Supply contract No. 12-LP dated 15.01.2024
Goods transferred by: storekeeper Petrov D. S., 05.04.2024
Goods received by: Timofeeva A. B., 05.04.2024
""",
        {
            "number": "0588",
            "date": "2024-04-05",
            "total": "62395.20",
            "currency": "RUB",
            "parties.seller.inn": "4704181470",
            "parties.seller.kpp": "470401001",
            "parties.buyer.inn": "7810258219",
            "parties.buyer.kpp": "781001001",
        },
    ),
    _en(
        "en-upd-services",
        "upd",
        """
Universal Transfer Document
Invoice No. 1377 of 2024-05-31
Status 2 - transfer document (act)

Seller                    Mediana-Service LLC
Seller address            115 Gabdulla Tukay St., premises 3, Kazan 420021, Republic of Tatarstan
Seller TIN/KPP            1658137609/165801001
Shipper                   --
Consignee                 --
Buyer                     EkoMoloko LLC
Buyer address             2 Promyshlennaya St., Zelenodolsk 422540, Republic of Tatarstan
Buyer TIN/KPP             1656075474/165601001
Currency                  Russian rouble (RUB), code 643

 #  Description                                 Unit  Qty  Price      Cost w/o VAT  VAT   VAT amount  Cost with VAT
 1  Maintenance of refrigeration equipment,     svc   1    15,000.00  15,000.00     20%   3,000.00    18,000.00
    bottling shop, May 2024
    Total payable                                                     15,000.00           3,000.00    18,000.00

Grounds: Service agreement No. TO-07 of 01.02.2024
Work handed over: R. F. Khakimov, engineer, 31.05.2024
Work accepted: E. G. Pavlova, chief mechanic, 03.06.2024
""",
        {
            "number": "1377",
            "date": "2024-05-31",
            "total": "18000.00",
            "currency": "RUB",
            "parties.seller.inn": "1658137609",
            "parties.seller.kpp": "165801001",
            "parties.buyer.inn": "1656075474",
            "parties.buyer.kpp": "165601001",
        },
    ),
]

WAYBILLS = [
    _en(
        "en-waybill-bill-of-lading",
        "waybill",
        """
BILL OF LADING FOR OCEAN TRANSPORT OR MULTIMODAL TRANSPORT          B/L No. NSLU4471203
                                                                    Booking No. 24SPB0917
SHIPPER
URALKHIMSNAB JSC
51 MALYSHEVA ST., YEKATERINBURG 620014, RUSSIA
INN 6673059601
CONSIGNEE
TO THE ORDER OF NORDHAFEN HANDELSBANK AG, HAMBURG
NOTIFY PARTY
KESSLER AGRARHANDEL GMBH, HAFENSTRASSE 118, 21079 HAMBURG, GERMANY

VESSEL / VOYAGE           PORT OF LOADING              PORT OF DISCHARGE
NORDIC SWIFT / 412W       ST. PETERSBURG, RUSSIA       HAMBURG, GERMANY

CONTAINER / SEAL NO.      NO. OF PKGS   DESCRIPTION OF GOODS                    GROSS WEIGHT   MEASUREMENT
NSLU 552014-7 / 884120    30 BIG BAGS   SODA ASH DENSE 99.2%                     30,450 KGS     28.0 CBM
NSLU 552231-0 / 884121    30 BIG BAGS   SODA ASH DENSE 99.2%                     30,450 KGS     28.0 CBM
NSLU 553108-2 / 884122    800 BAGS      CALCIUM CHLORIDE FLAKES 77%              20,225 KGS     26.5 CBM
NSLU 553190-9 / 884123    800 BAGS      CALCIUM CHLORIDE FLAKES 77%              20,225 KGS     26.5 CBM
                          TOTAL: 4 X 20' CONTAINERS SAID TO CONTAIN 60 BIG BAGS AND 1,600 BAGS
                          INVOICE UK-E-2024/015   HS 2836 20, 2827 20
FREIGHT PREPAID                                            SHIPPED ON BOARD: 22 MAR 2024

Number of original B/Ls: THREE (3)
Place and date of issue: ST. PETERSBURG, 22 MAR 2024
Signed as agent for the carrier NORDIC SEA LINES
""",
        {
            "number": "NSLU4471203",
            "date": "2024-03-22",
            "total": None,
            "parties.shipper.inn": "6673059601",
        },
    ),
    _en(
        "en-waybill-cmr",
        "waybill",
        """
INTERNATIONAL CONSIGNMENT NOTE  CMR                      No. 0098712
1 Sender (name, address, country)
  Ladoga Pak LLC, INN 4704181470
  58 Gagarina St., Vyborg 188800, Russia
2 Consignee (name, address, country)
  Rauta Pakkaus Oy
  Teollisuuskatu 21, 53500 Lappeenranta, Finland
3 Place of delivery of the goods: Lappeenranta, Finland
4 Place and date of taking over the goods: Vyborg, Russia, 09.04.2024
5 Documents attached: Invoice LP-E-044, Packing list LP-E-044, EX1
6 Marks and Nos   7 Number of packages   8 Method of packing   9 Nature of the goods          11 Gross weight kg   12 Volume m3
  LP-E-044 1-12     12                      pallets               corrugated boxes, flat packed    4 180                 28.8
16 Carrier: Karelia Trans LLC, Vyborg, truck O 227 KT 47, trailer AV 6615 47
17 Successive carriers: --
18 Carrier's reservations and observations: none
13 Sender's instructions: customs clearance at Vaalimaa
14 Cash on delivery: --
21 Established in Vyborg on 09.04.2024
22 Signature and stamp of the sender   23 Signature of the carrier   24 Goods received: ___ date ___
""",
        {
            "number": "0098712",
            "date": "2024-04-09",
            "total": None,
            "parties.shipper.inn": "4704181470",
        },
    ),
]

PACKING_LISTS = [
    _en(
        "en-packing-export",
        "packing_list",
        """
PACKING LIST No. PL-2024/015
Date: 15 March 2024
To Commercial Invoice UK-E-2024/015 dated 15 March 2024

Seller / Shipper:
Uralkhimsnab JSC, INN 6673059601, KPP 667301001
51 Malysheva St., Yekaterinburg 620014, Russia

Buyer / Consignee:
Kessler Agrarhandel GmbH
Hafenstrasse 118, 21079 Hamburg, Germany

Container     Packages        Description                          Net weight, kg   Gross weight, kg
NSLU5520147   30 big bags     Soda ash dense 99.2%                 30,000           30,450
NSLU5522310   30 big bags     Soda ash dense 99.2%                 30,000           30,450
NSLU5531082   800 bags/20 pl  Calcium chloride flakes 77%          20,000           20,225
NSLU5531909   800 bags/20 pl  Calcium chloride flakes 77%          20,000           20,225
TOTAL         60 big bags, 1,600 bags on 40 pallets                 100,000          101,350

Marks: URALKHIMSNAB / KESSLER / HAMBURG / lot number
Packing: polypropylene big bags with liner, 1,000 kg; PE bags 25 kg on wooden pallets.

Prepared by: G. Kh. Sharipova, logistics ____________
""",
        {
            "number": "PL-2024/015",
            "date": "2024-03-15",
            "total": None,
            "parties.seller.inn": "6673059601",
            "parties.seller.kpp": "667301001",
            "parties.shipper.inn": "6673059601",
            "parties.shipper.kpp": "667301001",
        },
    ),
    _en(
        "en-packing-slip-us",
        "packing_list",
        """
PACKING LIST

Brightwater Supply Co.
1480 Harbor Loop, Tacoma, WA 98421
Phone (253) 000-7781

Packing List #: PK-88214              Order #: SO-55127
Ship Date: 04/22/2024                 Customer PO: 7713-HP
Ship Via: Ground freight, 2 pallets   Tracking: 1Z8X41E70362218844

Ship To:                              Sold To:
Hollis & Park Dental Group            Hollis & Park Dental Group
Receiving Dock, 880 Larkspur Avenue   Accounts Payable, PO Box 2231
Redmond, OR 97756                     Redmond, OR 97756

Item No.    Description                               Ordered   Shipped   Backordered   Carton
BW-1120     Exam gloves nitrile M, box of 100         40        40        0             1-4
BW-1121     Exam gloves nitrile L, box of 100         40        32        8             5-7
BW-2045     Disposable bibs 13x18, case of 500        6         6         0             8-9
BW-3310     Saliva ejectors, bag of 100               20        20        0             10

Total cartons: 10       Total weight: 212 lb

Checked by: ____ M.R.    Packed by: ____ T.J.
Please inspect goods on receipt and report shortages within 5 business days.
""",
        {
            "number": "PK-88214",
            "date": "2024-04-22",
            "total": None,
        },
    ),
]

PAYMENT_ORDERS = [
    _en(
        "en-payment-order-rub",
        "payment_order",
        """
PAYMENT ORDER No. 318                                           Form 0401060
Date: 07.03.2024                  Type of payment: electronic

Amount in words: Fifty-two thousand four hundred roubles 00 kopecks

Payer: Kvarta LLC
Payer's INN 2312712913   KPP 231201001          Amount: 52,400.00 RUB
Payer's account No.: 40702810370342366712
Payer's bank: Kuban Torg Bank LLC, Krasnodar     BIK 040349691
                                                 Corr. account 30101810700000000691
Payee's bank: JSC Bank Severnaya Stolitsa, St. Petersburg   BIK 044030612
                                                 Corr. account 30101810800000000612
Payee: OmegaSoft LLC
Payee's INN 7816300925   KPP 781601001
Payee's account No.: 40702810581590139624

Operation type: 01      Payment priority: 5
Purpose of payment: Payment under act No. 58 of 29.02.2024 under agreement
No. 45-U of 11.01.2024, support services for February 2024. Incl. VAT (20%)
8,733.33 RUB.

Signatures: ____________ Aslanyan K. G.                    Bank stamp: EXECUTED 07.03.2024
""",
        {
            "number": "318",
            "date": "2024-03-07",
            "total": "52400.00",
            "currency": "RUB",
            "parties.payer.inn": "2312712913",
            "parties.payer.kpp": "231201001",
            "parties.payer.bik": "040349691",
            "parties.payer.account": "40702810370342366712",
            "parties.payee.inn": "7816300925",
            "parties.payee.kpp": "781601001",
            "parties.payee.bik": "044030612",
            "parties.payee.account": "40702810581590139624",
        },
    ),
    _en(
        "en-payment-order-swift",
        "payment_order",
        """
ORDER FOR OUTGOING CROSS-BORDER TRANSFER
Payment Order No. 44                         Date: 10 Jun 2024
Value date: 11 Jun 2024                      Charges: SHA

Currency and amount: EUR 12,600.00
Amount in words: twelve thousand six hundred euro and 00 cents

50K Ordering customer:
    Larnaca Maritime Systems Ltd
    12 Makariou III Ave., 6016 Larnaca, Cyprus
    IBAN CY39002801170000000357120644
52A Ordering institution: Cyprus Coastal Bank Ltd, SWIFT CCBLCY2N

56A Intermediary bank: Mercantile Clearing AG, Frankfurt, SWIFT MCLADEFF
57A Beneficiary's bank: JSC Bank Severnaya Stolitsa, Saint Petersburg, Russia
    SWIFT BSSTRU2P, BIK 044030612
59  Beneficiary customer:
    OmegaSoft LLC, INN 7816300925
    Account 40702978558159013962
    18 Aptekarsky Ave., Saint Petersburg 197022, Russia
70  Remittance information:
    Payment for Acceptance Certificate No. 7 dated 31.05.2024 under Agreement
    No. OS-LMS/2023. No VAT.
71A Details of charges: SHA

Authorised signatures: ______________  ______________
""",
        {
            "number": "44",
            "date": "2024-06-10",
            "total": "12600.00",
            "currency": "EUR",
            "parties.payer.iban": "CY39002801170000000357120644",
            "parties.payee.inn": "7816300925",
            "parties.payee.bik": "044030612",
            "parties.payee.account": "40702978558159013962",
        },
    ),
]

BANK_STATEMENTS = [
    _en(
        "en-statement-uk",
        "bank_statement",
        """
Elmbridge Bank plc                                         Business Current Account
PO Box 4410, Leeds LS2 8JH                                 Statement sheet 014

HARROW LANE ANALYTICS LTD
4 QUEENSBRIDGE YARD
LEEDS LS1 4DW

Statement period: 1 April 2024 to 30 April 2024
Sort code: 40-22-17         Account number: 55830142
IBAN: GB65 ELMB 4022 1755 8301 42      BIC: ELMBGB2L

Date        Description                                   Paid out     Paid in     Balance
01 Apr 24   BALANCE BROUGHT FORWARD                                                61,204.33
05 Apr 24   BACS PEMBERTON FOODS PLC INV 1042                          9,600.00    70,804.33
08 Apr 24   DD HMRC VAT 01/24-03/24                        7,412.50                63,391.83
25 Apr 24   BACS SALARIES APRIL                           18,300.00                45,091.83
29 Apr 24   SO QUEENSBRIDGE ESTATES RENT                   2,750.00                42,341.83
30 Apr 24   BALANCE CARRIED FORWARD                                                42,341.83

Total paid out: £28,462.50     Total paid in: £9,600.00
Your deposit is eligible for protection under the Financial Services
Compensation Scheme.
""",
        {
            "number": None,
            "total": None,
            "currency": "GBP",
        },
    ),
    _en(
        "en-statement-russian-bank",
        "bank_statement",
        """
PJSC URAL SETTLEMENT BANK
BIK 046577903   SWIFT URSBRU4E

STATEMENT OF ACCOUNT 40702978030824628194
for 12.04.2024
Account holder: Uralkhimsnab JSC
INN 6673059601, KPP 667301001
Currency: EUR (978)

Opening balance                                             4,318.75

Date        Doc. No.  Counterparty                   Details                             Debit       Credit
12.04.2024  F-2281    KESSLER AGRARHANDEL GMBH       ADVANCE PAYMENT INV UK-E-2024/019               11,520.00
                      DE77500703210284519377
12.04.2024  K-0097    PJSC URAL SETTLEMENT BANK      FEE FOR CREDITING FOREIGN TRANSFER  25.00

Turnover                                                    25.00       11,520.00
Closing balance                                             15,813.75

Statement generated 13.04.2024 09:02 by the remote banking system.
""",
        {
            "number": None,
            "date": "2024-04-12",
            "total": None,
            "currency": "EUR",
            "parties.account_holder.inn": "6673059601",
            "parties.account_holder.kpp": "667301001",
            "parties.account_holder.bik": "046577903",
            "parties.account_holder.account": "40702978030824628194",
        },
    ),
]

RECEIPTS = [
    _en(
        "en-receipt-hardware-store",
        "receipt",
        """
      GREENLEAF HARDWARE #0412
      1905 N MAIN ST
      SPRINGFIELD, MO 65803
      (417) 000-2260

Receipt No. 118726
03/29/2024  4:17 PM   REG 03  CASHIER DANA

PAINT ROLLER COVER 9IN 3PK
  2 @ 12.99                      25.98
DRILL BIT SET 21PC               24.49
SANDPAPER ASST 120 GRIT
  3 @ 4.33                       12.99

SUBTOTAL                         63.46
SALES TAX 7.00%                   4.44
TOTAL                            67.90
VISA ************2071            67.90
AUTH CODE 044718

ITEMS SOLD 6
RETURNS WITH RECEIPT WITHIN 30 DAYS
THANK YOU FOR SHOPPING GREENLEAF
""",
        {
            "number": "118726",
            "date": "2024-03-29",
            "total": "67.90",
        },
    ),
    _en(
        "en-receipt-restaurant-uk",
        "receipt",
        """
The Copper Kettle
14 Bramley Row, London SE1 9QA
VAT Reg No. GB 294 6617 08

Table 12        Covers 3        Server: Priya
Bill #4471      14 Apr 2024  20:47

2  Fish & chips                 @16.50    33.00
1  Steak & ale pie                        17.50
2  Sticky toffee pudding        @7.25     14.50
2  Pint of pale ale             @5.70     11.40

Subtotal                                  76.40
Service charge (discretionary)            10.00
TOTAL                                  £86.40

Paid by Mastercard contactless         £86.40
VAT 20% included in subtotal              12.73

Thank you for dining with us!
""",
        {
            "number": "4471",
            "date": "2024-04-14",
            "total": "86.40",
            "currency": "GBP",
        },
    ),
]

PASSPORTS = [
    _en(
        "en-passport-data-page-uk",
        "passport",
        """
UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND
PASSPORT / PASSEPORT
Type/Type   Code/Code   Passport No./Passeport No.
P           GBR         538164027
Surname/Nom (1)
WHITCOMBE
Given names/Prénoms (2)
ELEANOR ROSE
Nationality/Nationalité (3)
BRITISH CITIZEN
Date of birth/Date de naissance (4)
21 FEB /FEV 82
Sex/Sexe (5)        Place of birth/Lieu de naissance (6)
F                   YORK
Date of issue/Date de délivrance (7)       Authority/Autorité (8)
12 JUN /JUIN 19                            HMPO
Date of expiry/Date d'expiration (9)       Holder's signature/Signature du titulaire (10)
12 JUN /JUIN 29
P<GBRWHITCOMBE<<ELEANOR<ROSE<<<<<<<<<<<<<<<<<
5381640275GBR8202215F2906128<<<<<<<<<<<<<<04
""",
        {
            "number": "538164027",
            "date": "2019-06-12",
            "total": None,
        },
    ),
    _en(
        "en-passport-data-page-us",
        "passport",
        """
PASSPORT
UNITED STATES OF AMERICA
Type / Type / Tipo      Code / Code / Código      Passport No. / No. du Passeport / No. de Pasaporte
P                       USA                       583920174
Surname / Nom / Apellidos
ORTEGA
Given Names / Prénoms / Nombres
LUIS MIGUEL
Nationality / Nationalité / Nacionalidad
UNITED STATES OF AMERICA
Date of birth / Date de naissance / Fecha de nacimiento
17 Sep 1979
Place of birth / Lieu de naissance / Lugar de nacimiento
TEXAS, U.S.A.
Sex / Sexe / Sexo     M
Date of issue / Date de délivrance / Fecha de expedición
05 Oct 2021
Date of expiration / Date d'expiration / Fecha de caducidad
04 Oct 2031
Authority / Autorité / Autoridad
United States Department of State
Endorsements / Mentions Spéciales / Anotaciones
SEE PAGE 27
P<USAORTEGA<<LUIS<MIGUEL<<<<<<<<<<<<<<<<<<<<<
5839201745USA7909176M3110044<<<<<<<<<<<<<<02
""",
        {
            "number": "583920174",
            "date": "2021-10-05",
            "total": None,
        },
    ),
]

POWERS_OF_ATTORNEY = [
    _en(
        "en-poa-durable-personal",
        "power_of_attorney",
        """
DURABLE GENERAL POWER OF ATTORNEY

KNOW ALL PERSONS BY THESE PRESENTS, that I, MARGARET L. DONNELLY, residing at
412 Cedar Hollow Lane, Asheville, North Carolina 28803 (the "Principal"), hereby
appoint my son, THOMAS R. DONNELLY, residing at 19 Brook Street, Durham, North
Carolina 27701, as my true and lawful attorney-in-fact (the "Agent").

1. POWERS GRANTED. My Agent may act for me in any lawful way with respect to:
   (a) banking and other financial institution transactions;
   (b) real property transactions, including the sale of my residence;
   (c) tax matters, including signing returns for the tax years 2023 and 2024;
   (d) claims and litigation; and
   (e) benefits from governmental programs.
2. DURABILITY. This power of attorney shall not be affected by my subsequent
   incapacity or by lapse of time.
3. EFFECTIVE DATE. This power of attorney is effective immediately upon
   execution and remains in effect until revoked by me in writing.
4. RELIANCE. Any third party who receives a copy of this document may act
   under it.

Signed this 8th day of May, 2024.

______________________________
Margaret L. Donnelly, Principal

STATE OF NORTH CAROLINA, COUNTY OF BUNCOMBE
On May 8, 2024, before me, Angela P. Hurst, Notary Public, personally appeared
Margaret L. Donnelly, who proved to me on the basis of satisfactory evidence to
be the person whose name is subscribed to the within instrument.
My commission expires: 09/30/2027      Notary Public ______________ (Seal)
""",
        {"date": "2024-05-08", "total": None, "currency": None},
    ),
    _en(
        "en-poa-corporate",
        "power_of_attorney",
        """
POWER OF ATTORNEY No. 12/24

Novosibirsk, Russian Federation                          20 February 2024

Siberian Cable Limited Liability Company (Siberian Cable LLC), registered at
60/1 Stantsionnaya St., bldg 8, Novosibirsk 630108, Russia, OGRN 1175476032118,
INN 5406214877, KPP 540601001, represented by its General Director Roman
Dmitrievich Fomin acting under the Charter (the "Company"),

hereby authorizes Mr. Dmitry Sergeevich Gavrilov, born 03.05.1985, passport
of a citizen of the Russian Federation 45 19 618204 issued on 14.08.2019,
INN 500312651682 (the "Representative"),

to represent the Company before Steppe Energy Construction LLP and other
customers in the Republic of Kazakhstan, in particular:
- to negotiate and sign specifications and supplementary agreements to
  Contract No. 24/EXP-07 dated 09.02.2024, within a total amount of
  USD 250,000.00;
- to sign acceptance certificates, packing lists and transport documents;
- to receive correspondence addressed to the Company.

This Power of Attorney is valid until 31 December 2024 without the right of
substitution.

General Director ______________ R. D. Fomin
Seal
""",
        {
            "number": "12/24",
            "date": "2024-02-20",
            "total": None,
            "parties.principal.inn": "5406214877",
            "parties.principal.kpp": "540601001",
            "parties.attorney.inn": "500312651682",
        },
    ),
]

LETTERS = [
    _en(
        "en-letter-project-update",
        "letter",
        """
HARROW LANE ANALYTICS LTD
4 Queensbridge Yard, Leeds LS1 4DW
+44 113 000 4410 | hello@harrowlane.example

Our ref: HLA/PF/0419
Your ref: PF-PROC-2231

19 April 2024

Mr James Oduya
Chief Financial Officer
Pemberton Foods plc
Mill House, Station Road
Harrogate HG2 7QP

Dear Mr Oduya,

Demand forecasting project: phase 2

Thank you for meeting us on 16 April. As agreed, we have completed the
baseline forecast for the chilled range and shared the results with your
supply planning team. Forecast error on the test period fell from 31% to 19%.

For phase 2 we propose to extend the model to the ambient range and to add
promotional uplift. This work falls within the scope of our agreement dated
15 January 2024, and the fee and payment schedule remain unchanged.

We would be grateful if you could confirm by 3 May who will act as your data
contact for phase 2.

Yours sincerely,

Eleanor Whitcombe
Director
""",
        {"number": "HLA/PF/0419", "date": "2024-04-19", "total": None},
    ),
    _en(
        "en-letter-price-notice",
        "letter",
        """
Brightwater Supply Co.
1480 Harbor Loop
Tacoma, WA 98421

May 2, 2024

Hollis & Park Dental Group
Attn: Purchasing Department
880 Larkspur Avenue
Redmond, OR 97756

RE: Price adjustment effective June 1, 2024

Dear Valued Customer,

We are writing to let you know that, due to increased costs of nitrile and
freight, prices on our glove and disposables lines will increase by an average
of 6% on orders shipped on or after June 1, 2024.

Orders placed and confirmed before May 31 will be invoiced at current prices.
Your contract pricing on sterilization pouches and bibs is not affected.

An updated price sheet is enclosed. If you have any questions, please contact
your account representative, Tessa Jimenez, at (253) 000-7781 ext. 12.

We appreciate your continued business.

Sincerely,

Mark Reynolds
Sales Director

Enclosure: 2024 Price Sheet
""",
        {"date": "2024-05-02", "total": None},
    ),
]

OTHER_DOCUMENTS = [
    _en(
        "en-other-meeting-agenda",
        "other",
        """
PEMBERTON FOODS PLC
SUPPLY PLANNING STEERING GROUP

AGENDA

Date: Tuesday, 7 May 2024
Time: 10:00 - 11:30
Location: Mill House, Board Room 2 / video link

Chair: James Oduya (CFO)
Attendees: Supply Planning, Procurement, Finance, Harrow Lane Analytics

1. Welcome and apologies (5 min)
2. Minutes and actions from the meeting of 9 April (10 min)
3. Phase 1 forecast results: chilled range - E. Whitcombe (20 min)
4. Phase 2 scope: ambient range and promotions (20 min)
5. Data access and ownership - IT (15 min)
6. Risks and issues log (10 min)
7. Any other business (10 min)

Papers: forecast accuracy summary, phase 2 proposal, updated risk log.
Please send any additional items to the secretary by 3 May.
""",
        {"date": "2024-05-07", "total": None},
    ),
    _en(
        "en-other-news",
        "other",
        """
Port of Lappeenranta reports record inland cargo volumes

LAPPEENRANTA, April 18 - The inland port on Lake Saimaa handled 1.2 million
tonnes of cargo in 2023, its highest volume in more than a decade, the port
authority said on Thursday, citing strong demand for sawn timber and packaging
materials from mills in the region.

Vessel calls rose 14% year on year, while average turnaround time fell to 19
hours after the opening of a second mobile crane last autumn.

"Saimaa is still an underused corridor," said the port's operations manager.
"Every barge we fill takes roughly forty trucks off the roads."

The port plans to lengthen its main quay by 120 metres by 2026 and is seeking
regional funding for the project. Operators warned, however, that the canal
season is short: ice usually closes the waterway from January to April.

Analysts expect volumes to remain flat this year as construction activity in
northern Europe slows.
""",
        {"total": None},
    ),
]

ENGLISH_DOCUMENTS = [
    *INVOICES,
    *CONTRACTS,
    *ACTS,
    *UPDS,
    *WAYBILLS,
    *PACKING_LISTS,
    *PAYMENT_ORDERS,
    *BANK_STATEMENTS,
    *RECEIPTS,
    *PASSPORTS,
    *POWERS_OF_ATTORNEY,
    *LETTERS,
    *OTHER_DOCUMENTS,
]
