# ruff: noqa: E501
"""English documents of set R. `bench.holdout_r` describes the set and its labels."""

from .holdout import HoldoutDocument

_INVOICES = [
    HoldoutDocument(
        # A US invoice: "11/03/2025" is month-first (3 November 2025), as the ship
        # date "10/31/2025" and the Net 30 due date "12/03/2025" show. The customer's
        # "PO#88412", the sales order and the UPS tracking number are not the number.
        id="r-en-invoice-us-month-first-po-reference",
        document_type="invoice",
        language="en",
        text="""\
CARRINGTON VALVE SUPPLY LLC
2710 Navigation Blvd, Houston, TX 77003, USA
Phone (713) 555-0187 | accounts@carringtonvalve.example

                                                         INVOICE
                                          Invoice #:     INV-2025-0042
                                          Invoice Date:  11/03/2025
                                          Ship Date:     10/31/2025
                                          Terms:         Net 30
                                          Due Date:      12/03/2025
                                          Customer PO:   PO#88412
                                          Sales Order:   SO-55120

BILL TO                                           SHIP TO
Gidroavtomatika-M LLC                             Gidroavtomatika-M LLC
INN 7739233213 / KPP 773901001                    c/o Baltic Forwarding SIA
Ul. Nizhnie Polya 31, bld. 2                      Kalnciema iela 104
Moscow 109382, Russia                             Riga LV-1046, Latvia

Ship Via: UPS Freight        Tracking: 1Z8W4E170344187755        Incoterms: FCA Houston

QTY   ITEM        DESCRIPTION                                          UNIT PRICE        AMOUNT
 40   BV-2300S    Ball valve 2" ANSI 300, SS316, full port                 412.50     16,500.00
 12   GV-4150C    Gate valve 4" ANSI 150, carbon steel                   1,086.00     13,032.00
 80   SW-2G       Spiral wound gasket 2", 316/graphite                         9.75        780.00

                                                              Subtotal             30,312.00
                                                              Export crating          240.00
                                                              Sales tax (export)        0.00
                                                              TOTAL DUE       USD  30,552.00

Please reference invoice number INV-2025-0042 on your wire transfer.
Wire to: Texas Gulf Commerce Bank, Houston TX, SWIFT TXGCUS44, Account 4471902283

Thank you for your business!
""",
        expected={
            "number": "INV-2025-0042",
            "date": "2025-11-03",
            "total": "30552.00",
            "currency": "USD",
            "parties.buyer.inn": "7739233213",
            "parties.buyer.kpp": "773901001",
        },
    ),
    HoldoutDocument(
        # A UK invoice: "04/11/2025" is day-first (4 November 2025), as the despatch
        # date "31/10/2025" and the due date "04/12/2025 (30 days)" show. The tax point
        # repeats the date, and the delivery note and the customer's order are other
        # references.
        id="r-en-invoice-uk-day-first-tax-point",
        document_type="invoice",
        language="en",
        text="""\
Whitcombe Instruments Ltd
Unit 4, Halesfield 19, Telford TF7 4QT, United Kingdom
Tel +44 1952 580 214 | VAT Reg. No. GB 318 4472 09 | Company No. 08817264

SALES INVOICE

Invoice number:  SI-000781                    Invoice date:   04/11/2025
Account no.:     NEV001                       Tax point:      04/11/2025
Your order:      2025/1147                    Delivery note:  DN-44172, despatched 31/10/2025
Payment terms:   30 days net                  Due date:       04/12/2025

Invoice to:
Severo-Zapadnye Nasosy LLC
INN 7833647170, KPP 783301001
Kondratyevsky pr. 62, bld. 4, St Petersburg 195197, Russia

Item        Description                                      Qty    Unit price         Net
PTX-4400    Pressure transmitter 0-16 bar, 4-20 mA            25       £318.00    £7,950.00
CAL-UKAS    UKAS calibration certificate                      25        £42.00    £1,050.00
CARR-DAP    Carriage DAP St Petersburg                         1       £385.00      £385.00

                                                     Net total                    £9,385.00
                                                     VAT 0% (zero-rated export)       £0.00
                                                     Invoice total GBP            £9,385.00

Bank: Barclays Bank PLC, Telford branch
Sort code 20-44-17, Account 73198213
IBAN: GB84BARC20441773198213
Please quote SI-000781 with your payment.
""",
        expected={
            "number": "SI-000781",
            "date": "2025-11-04",
            "total": "9385.00",
            "currency": "GBP",
            "parties.buyer.inn": "7833647170",
            "parties.buyer.kpp": "783301001",
        },
    ),
    HoldoutDocument(
        # The number and date are in a box at the top right ("Invoice no. |
        # 2025-11-0193", "Invoice date | 7 Nov 2025"), far from the title "INVOICE",
        # and the footer repeats the number beside the IBAN. The customer number, the
        # order, the delivery date 5 Nov and the due date 7 Dec are not labels.
        id="r-en-invoice-dutch-header-box-footer",
        document_type="invoice",
        language="en",
        text="""\
VAN DIJK KASSYSTEMEN B.V.                         +------------------+------------------+
Westlandseweg 118                                 | Invoice no.      | 2025-11-0193     |
2691 ZW 's-Gravenzande                            | Invoice date     | 7 Nov 2025       |
The Netherlands                                   | Customer no.     | 100482           |
KvK 72118364                                      | Your order       | BA-25/214        |
VAT NL859204417B01                                | Delivery date    | 5 Nov 2025       |
                                                  | Due date         | 7 Dec 2025       |
                                                  +------------------+------------------+

Baltic Agrotechnika LLC
INN 3958239732, KPP 395801001
Sovetsky pr. 190, office 12
236016 Kaliningrad, Russian Federation

INVOICE

Pos  Article    Description                              Qty   Unit     Price EUR     Amount EUR
 1   VD-LED600  LED grow light 600 W, full spectrum      120   pcs         418.00      50,160.00
 2   VD-CS12    Climate sensor CS-12, humidity/temp.      16   pcs         265.00       4,240.00
 3   VD-SUP     Installation supervision on site           3   days        780.00       2,340.00

                                                           Net amount      EUR       56,740.00
                                                           VAT 0% (export outside the EU)   0.00
                                                           Total           EUR       56,740.00

Delivery terms: FCA 's-Gravenzande (Incoterms 2020). Payment: 30 days after invoice date.

--------------------------------------------------------------------------------------------------
Invoice 2025-11-0193 | Customer 100482 | Page 1 of 1 | ING Bank N.V. | BIC INGBNL2A
IBAN: NL14INGB0417293865
""",
        expected={
            "number": "2025-11-0193",
            "date": "2025-11-07",
            "total": "56740.00",
            "currency": "EUR",
            "parties.buyer.inn": "3958239732",
            "parties.buyer.kpp": "395801001",
        },
    ),
]

_ACTS_UPD_PAYMENTS = [
    HoldoutDocument(
        # A translation of a Russian act: "No. АВ-118/25" keeps its Cyrillic letters,
        # and the contract "No. 2024/ПЕР-17" is another reference. The act is dated
        # December 1, 2025, not the end of the service period (30.11.2025) or the
        # customer's acceptance on 04.12.2025.
        id="r-en-act-translation-cyrillic-number",
        document_type="act",
        language="en",
        text="""\
(Translation from Russian)

                       CERTIFICATE OF SERVICES RENDERED (ACT)
                       No. АВ-118/25 dated December 1, 2025

Saint Petersburg
Service period: from 01.11.2025 to 30.11.2025

Contractor: LingvaPro Severo-Zapad LLC
            INN 7800645890, KPP 780001001
            Nevsky pr. 147, office 23, St Petersburg 191024
            Account 40702810775227668254 with JSC "Neva Merchant Bank", St Petersburg
            BIK 044010997, corr. account 30101810200000000997
Customer:   Podmoskovnye Laboratorii LLC
            INN 5027063310, KPP 502701001
            Oktyabrsky pr. 112, Lyubertsy, Moscow Region 140002
Grounds:    Contract No. 2024/ПЕР-17 dated 15.04.2024

No.  Service                                          Unit        Qty     Price, RUB      Amount, RUB
1    Written translation EN>RU, technical documents   page        412         780.00       321,360.00
2    Notarization of translations                     document     18       1,200.00        21,600.00

                                                                    Total:               342,960.00
                                                                    incl. VAT 20%:        57,160.00

Total services rendered: 2 items for RUB 342,960.00 (three hundred forty-two thousand
nine hundred sixty roubles 00 kopecks). The services were rendered in full and on time.
The Customer has no claims regarding the scope, quality or timing of the services.

Contractor: General Director ____________ M. A. Orlova
Customer:   Director ____________ V. S. Kalinin        Accepted on 04.12.2025
""",
        expected={
            "number": "АВ-118/25",
            "date": "2025-12-01",
            "total": "342960.00",
            "currency": "RUB",
            "parties.seller.inn": "7800645890",
            "parties.seller.kpp": "780001001",
            "parties.seller.bik": "044010997",
            "parties.seller.account": "40702810775227668254",
            "parties.buyer.inn": "5027063310",
            "parties.buyer.kpp": "502701001",
        },
    ),
    HoldoutDocument(
        # A translated UPD prints its number "СФ-0488" on the line after "Invoice No."
        # and its date "dated 19 November 2025" on the line after that. The
        # shipment date 20 November and the receipt date 21 November are not the date.
        id="r-en-upd-translation-number-next-line",
        document_type="upd",
        language="en",
        text="""\
UNIVERSAL TRANSFER DOCUMENT                                            Status: 1
(Translation from Russian)

Invoice No.
СФ-0488
dated 19 November 2025                                                 (1)
Correction No. -- dated --                                             (1a)

Seller: Donskoy Elevator LLC                                           (2)
Address: 346880, Rostov Region, Bataysk, ul. Zavodskaya 9              (2a)
TIN/KPP of the seller: 6105833890/610501001                            (2b)
Shipper and its address: same as seller                                (3)
Consignee and its address: Yuzhnaya Melnitsa LLC, Rostov-on-Don,
ul. Portovaya 88                                                       (4)
Buyer: Yuzhnaya Melnitsa LLC                                           (6)
Address: 344002, Rostov-on-Don, ul. Bolshaya Sadovaya 54, office 7     (6a)
TIN/KPP of the buyer: 6191944625/619101001                             (6b)
Currency: name, code   Russian rouble, 643                             (7)

No. | Goods                      | Unit | Qty     | Price     | Excl. VAT    | VAT | VAT amount | Incl. VAT
1   | Wheat, class 3, GOST 9353  | t    | 120.000 | 16,800.00 | 2,016,000.00 | 10% | 201,600.00 | 2,217,600.00
    | Total payable              |      |         |           | 2,016,000.00 |  X  | 201,600.00 | 2,217,600.00

Grounds for transfer: Supply contract No. 31-Z dated 01.07.2025                      (8)
Transport data: consignment note No. 2207 dated 20.11.2025                           (9)
Date of shipment (transfer): 20 November 2025                                        (11)
Date of receipt (acceptance): 21 November 2025                                       (16)

Seller: Director ____________ A. P. Chernov         Buyer: Warehouse manager ____________ I. G. Popova
""",
        expected={
            "number": "СФ-0488",
            "date": "2025-11-19",
            "total": "2217600.00",
            "currency": "RUB",
            "parties.seller.inn": "6105833890",
            "parties.seller.kpp": "610501001",
            "parties.buyer.inn": "6191944625",
            "parties.buyer.kpp": "619101001",
        },
    ),
    HoldoutDocument(
        # An application for a USD transfer dated "2025-11-13". The value date is coded
        # in field 32A as "251117" (17 November 2025), and the reference, the invoice
        # "INV-2025-0042" of 11/03/2025 and the unique contract number are not the
        # application's number "57".
        id="r-en-payment-order-transfer-value-date-code",
        document_type="payment_order",
        language="en",
        text="""\
To: Stolichny Torgovy Bank JSC, Moscow
BIK 044552894, corr. account 30101810400000000894

              APPLICATION FOR TRANSFER IN FOREIGN CURRENCY No. 57
              Date: 2025-11-13

:20:  Transaction reference        GAM-57/2025
:32A: Value date, currency, amount 251117USD30552,00
      Amount in words: thirty thousand five hundred fifty-two US dollars 00 cents
:50K: Ordering customer            /40702840751817560480
                                   GIDROAVTOMATIKA-M LLC
                                   INN 7739233213, KPP 773901001
                                   UL. NIZHNIE POLYA 31, BLD. 2, MOSCOW 109382, RUSSIA
:57A: Beneficiary's bank           TXGCUS44
                                   TEXAS GULF COMMERCE BANK, HOUSTON TX, USA
:59:  Beneficiary                  /4471902283
                                   CARRINGTON VALVE SUPPLY LLC
                                   2710 NAVIGATION BLVD, HOUSTON TX 77003, USA
:70:  Remittance information       PAYMENT FOR INVOICE INV-2025-0042 DD 11/03/2025,
                                   PO#88412, CONTRACT 25-CVS/RU DD 02/09/2025
:71A: Charges                      OUR

Unique contract number: 25110042/0894/0015/2/1
Debit our account in USD 40702840751817560480 with the amount of the transfer.
Debit the bank's commission from our account in RUB 40702810469935632729.

General Director ____________ S. V. Rudnev     Chief Accountant ____________ T. O. Melnikova

Bank use only: received 13.11.2025 15:02, currency control passed 14.11.2025
""",
        expected={
            "number": "57",
            "date": "2025-11-13",
            "total": "30552.00",
            "currency": "USD",
            "parties.payer.inn": "7739233213",
            "parties.payer.kpp": "773901001",
            "parties.payer.bik": "044552894",
            "parties.payer.account": "40702840751817560480",
        },
    ),
]

_OTHER_TYPES = [
    HoldoutDocument(
        # "No. 15/2025-K" ends with a Latin letter. The place and date share the line
        # under the title ("Moscow ... March 14, 2025"). The specification of the same
        # day, the delivery deadline 30 June 2025, the advance date and the term
        # "until December 31, 2026" are other dates.
        id="r-en-contract-latin-suffix-place-date",
        document_type="contract",
        language="en",
        text="""\
                                CONTRACT No. 15/2025-K

Moscow                                                                     March 14, 2025

Hessler Maschinenbau GmbH, Germany, hereinafter the "Seller", represented by its Managing
Director Mr Jens Hessler, and Podolskie Stanki LLC, Russia, hereinafter the "Buyer",
represented by its General Director Mr Oleg Vasilyev, have concluded this Contract as follows:

1. SUBJECT
1.1. The Seller sells and the Buyer buys two CNC milling centres HMB-850 with tooling (the
"Goods") as specified in Appendix No. 1 (Specification) dated 14.03.2025.

2. PRICE AND TOTAL VALUE
2.1. The total value of this Contract is EUR 312,400.00 (three hundred twelve thousand four
hundred euro), DAP Podolsk (Incoterms 2020), packing included.

3. PAYMENT
3.1. 30% advance payment within 10 banking days after 17 March 2025, the balance of 70%
within 30 days after delivery, by bank transfer in EUR.

4. DELIVERY
4.1. Delivery not later than 30 June 2025.

5. VALIDITY
5.1. This Contract is valid until December 31, 2026.

6. BANK DETAILS
Seller: Hessler Maschinenbau GmbH, Industriestrasse 22, 42551 Velbert, Germany
        USt-IdNr. DE318447209
        Bank: Sparkasse Velbert, BIC SPVBDE31
        IBAN: DE04370400440532917406
Buyer:  Podolskie Stanki LLC, ul. Komsomolskaya 1, Podolsk, Moscow Region 142100, Russia
        INN 5020484415, KPP 502001001
        Account (EUR) 40702978129160903224
        with JSC "Podolsk Industrial Bank", BIK 044639781, corr. account 30101810200000000781

For the Seller: ____________ J. Hessler         For the Buyer: ____________ O. Vasilyev
""",
        expected={
            "number": "15/2025-K",
            "date": "2025-03-14",
            "total": "312400.00",
            "currency": "EUR",
            "parties.buyer.inn": "5020484415",
            "parties.buyer.kpp": "502001001",
            "parties.buyer.bik": "044639781",
            "parties.buyer.account": "40702978129160903224",
        },
    ),
    HoldoutDocument(
        # The bill of lading is numbered "PCLSHA25110672", not by the container, seal
        # or booking numbers beside it. It is dated by its place and date of issue "06
        # NOV 2025", not by the shipped-on-board date "05 NOV 2025". It names no money.
        id="r-en-waybill-bill-of-lading-issue-date",
        document_type="waybill",
        language="en",
        text="""\
PACIFIC CREST LINES                                          BILL OF LADING FOR OCEAN TRANSPORT
                                                             B/L No.: PCLSHA25110672
                                                             Booking No.: SHA2511044
Shipper:
NINGBO HAIXIN HYDRAULIC CO., LTD.
NO. 88 JINHAI ROAD, BEILUN DISTRICT, NINGBO, ZHEJIANG, CHINA

Consignee:
PRIMORSKAYA LOGISTIKA LLC
INN 2583981469, KPP 258301001
UL. ALEUTSKAYA 45, OFFICE 610, VLADIVOSTOK 690091, RUSSIA

Notify party: SAME AS CONSIGNEE

Vessel / Voyage: PACIFIC CREST 7 / 2544N
Port of loading: SHANGHAI, CHINA          Port of discharge: VLADIVOSTOK, RUSSIA
Place of delivery: VLADIVOSTOK CY

Container / Seal          Marks         Packages    Description of goods        Gross weight   Measurement
PCLU 418223 7 / CN7731824 PL/2025/214   22 PLTS     HYDRAULIC GEAR PUMPS AND    14,860 KGS     31.200 CBM
40'HC                                               VALVE BLOCKS, HS 8413.60
                                                    SHIPPER'S LOAD, STOW AND COUNT

Total number of containers: ONE (1)
Freight and charges: FREIGHT COLLECT                 Number of original B/L: THREE (3)

Shipped on board: 05 NOV 2025                        ETA Vladivostok: 14 NOV 2025
Place and date of issue: SHANGHAI, 06 NOV 2025

Signed for the carrier PACIFIC CREST LINES by Shanghai Crestline Shipping Agency Co., Ltd., as agent
""",
        expected={
            "number": "PCLSHA25110672",
            "date": "2025-11-06",
            "currency": None,
            "parties.consignee.inn": "2583981469",
            "parties.consignee.kpp": "258301001",
        },
    ),
    HoldoutDocument(
        # A scanned Chinese packing list numbered like its invoice, "HX20251106-03",
        # and dated "2025-11-06". The contract "HX-RU-2025-018" of 2025-08-20 is another
        # reference. It names no money.
        id="r-en-packing-list-scan-ymd-dates",
        document_type="packing_list",
        language="en",
        noisy=True,
        text="""\
NINGBO HAIXIN HYDRAULIC CO., LTD.
No. 88 Jinhai Road, Beilun District, Ningbo, Zhejiang, China
              PACKING LIST
No.: HX2O25ll06-O3          Date: 2O25-ll-O6
Contract No.: HX-RU-2O25-Ol8 dated 2O25-O8-2O
Invoice No.: HX2O25ll06-O3
Buyer / Consignee: Vostok Gidravlika LLC
INN 2574842740  KPP 2574O1OO1
Ul. Tikhookeanskaya 164, Vladivostok 69OO48, Russia
Port of loading: Ningbo     Port of discharge: Vladivostok
Marks: VG/2O25/Ol8 C/NO. l-36
|C/NO  | Description               | Qty | N.W.(KG) | G.W.(KG) | Meas.(CBM)|
|l-2O  | Gear pump CBN-E3l6        | 4OO | 2,4OO    | 2,62O    | 6.4OO     |
|2l-3O | Valve block DF-2O         | l2O | l,O8O    | l,2OO    | 2.l6O     |
|3l-36 | Seal kits, spare parts    | 6O  | l8O      | 23O      | O.72O     |
|TOTAL | 36 CTNS                   | 58O | 3,66O    | 4,O5O    | 9.28O     |
SAY TOTAL THIRTY SIX (36) CARTONS ONLY
NINGBO HAIXIN HYDRAULIC CO., LTD.   (stamp)
""",
        expected={
            "number": "HX20251106-03",
            "date": "2025-11-06",
            "total": None,
            "currency": None,
            "parties.consignee.inn": "2574842740",
            "parties.consignee.kpp": "257401001",
        },
    ),
    HoldoutDocument(
        # The statement "No. 43" for the period 01.11.2025 - 30.11.2025 is dated by its
        # statement date "01 Dec 2025", not by the period, the print time 02.12.2025 or
        # the value dates of its lines.
        id="r-en-bank-statement-statement-date-period",
        document_type="bank_statement",
        language="en",
        text="""\
JSC "Ladoga Commercial Bank"
BIK 044178710, corr. account 30101810500000000710
Kirovsk, Leningrad Region, Russia

STATEMENT OF ACCOUNT No. 43
Statement date: 01 Dec 2025
Period: 01.11.2025 - 30.11.2025
Account: 40702840171664947082        Currency: USD
Account holder: Ladozhskie Verfi LLC, INN 4704003968, KPP 470401001

Opening balance as of 01.11.2025:                                                   84,215.40

Date        Value date  Doc No.  Counterparty / details                       Debit        Credit
05.11.2025  05.11.2025  311      NORDIC MARINE SUPPLIES AB, SWEDEN                       41,800.00
                                 Inv. LV-2025-311 dd 20.10.2025
12.11.2025  12.11.2025  64       KESSLER PROPULSION GMBH, GERMANY          18,640.00
                                 Payment for propeller shafts, contract KP-2024/07
12.11.2025  12.11.2025  64-C     Transfer commission                           35.00
27.11.2025  28.11.2025  1187     BALTIC YACHT SERVICE OY, FINLAND                        12,500.00
                                 Hull repair, final payment

Turnover for the period:                                        18,675.00           54,300.00
Closing balance as of 30.11.2025:                                                  119,840.40

Printed: 02.12.2025 08:31 | Page 1 of 1
""",
        expected={
            "number": "43",
            "date": "2025-12-01",
            "currency": "USD",
            "parties.account_holder.inn": "4704003968",
            "parties.account_holder.kpp": "470401001",
            "parties.account_holder.bik": "044178710",
            "parties.account_holder.account": "40702840171664947082",
        },
    ),
    HoldoutDocument(
        # A US store receipt: "11/07/25" is month-first with a two-digit year (7
        # November 2025), as the 30-day return date "12/07/25" shows. It is numbered by
        # "TRANS# 004417", not by the store, register, cashier or authorization code.
        id="r-en-receipt-us-two-digit-year",
        document_type="receipt",
        language="en",
        text="""\
          HARBOR HARDWARE & SUPPLY
        1420 Market St, San Diego, CA 92101
               (619) 555-0142

STORE 0217    REG 03    CASHIER 118
TRANS# 004417
11/07/25    14:32

WOOD SCREWS #8 X 2 IN
   2 @ 9.98                      19.96
PVC ELBOW 1/2 IN
   6 @ 1.29                       7.74
EXTENSION CORD 25FT              24.99
LED BULB 60W EQ 4PK
   2 @ 16.88                     33.76

SUBTOTAL                         86.45
SALES TAX 7.75%                   6.70
TOTAL                           $93.15

VISA ************2291           $93.15
AUTH 448217   APPROVED

ITEMS SOLD 11
30-DAY RETURN POLICY: RETURN BY 12/07/25
WITH THIS RECEIPT
      THANK YOU FOR SHOPPING WITH US
""",
        expected={
            "number": "004417",
            "date": "2025-11-07",
            "total": "93.15",
            "currency": "USD",
        },
    ),
    HoldoutDocument(
        # A scanned passport page. The number is "PA4719263", not the MRZ line that
        # repeats it with a check digit, and the date is the date of issue "15 MAR
        # 2021", not the birth date "03 NOV 1988" or the expiry "15 MAR 2031".
        id="r-en-passport-scan-issue-expiry",
        document_type="passport",
        language="en",
        noisy=True,
        text="""\
AUSTRALIA                                   PASSPORT
Type  P      Code  AUS      Passport No.  PA47l9263
Surname  HOLLOWAY
Given names  JESSICA ANNE
Nationality  AUSTRALIAN
Date of birth  O3 NOV l988          Sex  F
Place of birth  SYDNEY
Date of issue  l5 MAR 2O2l
Date of expiry  l5 MAR 2O3l
Authority  AUSTRALIAN PASSPORT OFFICE
P<AUSHOLLOWAY<<JESSICA<ANNE<<<<<<<<<<<<<<<<<
PA47l92635AUS88ll03lF3lO3l53<<<<<<<<<<<<<<O4
""",
        expected={
            "number": "PA4719263",
            "date": "2021-03-15",
            "total": None,
            "currency": None,
        },
    ),
    HoldoutDocument(
        # The power of attorney prints no number, so `number` is None, and the
        # attorney's passport number is not one. It is dated by "5th November 2025" under
        # the place, not by the passport's issue date or the validity "31 December 2026".
        id="r-en-power-of-attorney-ordinal-date-no-number",
        document_type="power_of_attorney",
        language="en",
        text="""\
                                POWER OF ATTORNEY

Kirovsk, Leningrad Region, Russian Federation
5th November 2025

Ladoga Cargo Terminal LLC, a company incorporated under the laws of the Russian Federation,
INN 4786892730, KPP 478601001, OGRN 1184716568552, registered address: 187342, Leningrad
Region, Kirovsk, ul. Naberezhnaya 21, represented by its General Director Mr Anton
Sergeevich Belov, acting under the Charter (the "Principal"),

hereby authorises

Mr Denis Olegovich Kravtsov, born 14.06.1987, INN 477994879709, Russian passport 41 19 583027
issued on 12.09.2019 by the Main Directorate of the Ministry of Internal Affairs for
St Petersburg and Leningrad Region (the "Attorney"),

to represent the Principal before foreign shipping lines, freight forwarders and port
operators in all matters concerning the receipt, storage and dispatch of cargo, including:
(a) signing delivery orders, equipment interchange receipts and cargo damage reports;
(b) receiving and submitting bills of lading, packing lists and certificates of origin;
(c) corresponding with the parties on behalf of the Principal.

The Attorney may not delegate these powers to third parties.
This Power of Attorney is valid until 31 December 2026.

General Director ____________ A. S. Belov
Specimen signature of the Attorney ____________ D. O. Kravtsov
""",
        expected={
            "number": None,
            "date": "2025-11-05",
            "total": None,
            "currency": None,
            "parties.principal.inn": "4786892730",
            "parties.principal.kpp": "478601001",
            "parties.attorney.inn": "477994879709",
        },
    ),
    HoldoutDocument(
        # A British letter with the date "3rd November 2025" under the sender's address
        # at the top right. It is numbered by "Our ref: JW/ACC/2025-117", not by "Your
        # ref: СЗН-1044", and the dates it names (28 October, 15/12/2025, 1 January
        # 2026) are not its date. It names pound prices.
        id="r-en-letter-uk-date-under-address",
        document_type="letter",
        language="en",
        text="""\
                                                        Whitcombe Instruments Ltd
                                                        Unit 4, Halesfield 19
                                                        Telford TF7 4QT
                                                        United Kingdom
                                                        3rd November 2025

Mr Pavel Lebedev
Procurement Manager
Severo-Zapadnye Nasosy LLC
Kondratyevsky pr. 62, bld. 4
St Petersburg 195197, Russia

Our ref: JW/ACC/2025-117
Your ref: СЗН-1044

Dear Mr Lebedev,

Price list for 2026

Thank you for your letter of 28 October 2025 and for your continued orders of our pressure
transmitters.

I am writing to let you know that our prices will change from 1 January 2026. The PTX-4400
transmitter will cost £336.00 instead of £318.00, and the UKAS calibration certificate £45.00
instead of £42.00. Carriage to St Petersburg remains at £385.00 per consignment.

Orders placed before 15/12/2025 will be invoiced at the current prices, provided that they
are despatched before the end of January.

Yours sincerely,

James Whitcombe
Sales Director
""",
        expected={
            "number": "JW/ACC/2025-117",
            "date": "2025-11-03",
            "total": None,
            "currency": "GBP",
        },
    ),
    HoldoutDocument(
        # A US letter with the date "November 12, 2025" under the sender's address. It
        # prints no reference of its own, so `number` is None, and the invoice it
        # reminds about is not its number. It names dollar sums.
        id="r-en-letter-us-no-reference",
        document_type="letter",
        language="en",
        text="""\
Carrington Valve Supply LLC
2710 Navigation Blvd
Houston, TX 77003
November 12, 2025

Gidroavtomatika-M LLC
Attn: Mr Sergei Rudnev, General Director
Ul. Nizhnie Polya 31, bld. 2
Moscow 109382, Russia

Dear Mr. Rudnev,

Thank you for your order of 40 ball valves, 12 gate valves and 80 gaskets, which left our
Houston warehouse on October 31, 2025 and is now with your forwarder in Riga.

We would like to remind you that invoice INV-2025-0042 dated 11/03/2025 for $30,552.00 is due
for payment on 12/03/2025. Our bank has informed us that transfers to the United States
from Russia currently take up to ten business days, so we would be grateful if you could
arrange the wire at your earliest convenience.

Please also note that our holiday closure runs from December 24, 2025 to January 2, 2026.
Orders received during that period will be processed from January 5, 2026.

Sincerely,

Linda Carrington
Accounts Receivable Manager
""",
        expected={
            "number": None,
            "date": "2025-11-12",
            "total": None,
            "currency": "USD",
        },
    ),
    HoldoutDocument(
        # An inspection certificate numbered "QT/SH/2025/118734" and dated by its date
        # of issue, 6 Nov 2025, not by the date of inspection (4 Nov 2025), the contract
        # of 2025-08-20 or the invoice it cites. It names no money.
        id="r-en-other-inspection-certificate-issue-date",
        document_type="other",
        language="en",
        text="""\
QUALITEST INSPECTION SERVICES (SHANGHAI) CO., LTD.
Room 1507, No. 2299 Yan'an Road West, Changning District, Shanghai 200336, China

                         CERTIFICATE OF INSPECTION
                         Certificate No.: QT/SH/2025/118734
                         Date of issue: 6 Nov 2025

Applicant:        Vostok Gidravlika LLC, Vladivostok, Russia
Seller:           Ningbo Haixin Hydraulic Co., Ltd., Ningbo, China
Contract No.:     HX-RU-2025-018 dated 2025-08-20
Invoice No.:      HX20251106-03
Goods:            Gear pumps CBN-E316 (400 pcs), valve blocks DF-20 (120 pcs),
                  seal kits (60 sets)
Place of inspection: Seller's warehouse, Beilun District, Ningbo
Date of inspection:  4 Nov 2025

Scope of inspection:
1. Quantity and packing: 36 cartons checked against the packing list, found in order.
2. Marking: shipping marks VG/2025/018 C/NO. 1-36 found as required.
3. Quality: 32 pumps and 12 valve blocks taken at random (ISO 2859-1, level II, AQL 1.0)
   and tested for pressure and leakage; no defects found.
4. Loading supervision: cartons loaded into container on 5 Nov 2025.

Conclusion: The goods inspected conform to the contract specification.

This certificate reflects the findings at the time and place of inspection only.

For and on behalf of Qualitest Inspection Services (Shanghai) Co., Ltd.
Inspector: Zhou Wenbin                    Authorised signatory: Chen Lixia
""",
        expected={
            "number": "QT/SH/2025/118734",
            "date": "2025-11-06",
            "total": None,
            "currency": None,
        },
    ),
]

ENGLISH_DOCUMENTS_R = [*_INVOICES, *_ACTS_UPD_PAYMENTS, *_OTHER_TYPES]
