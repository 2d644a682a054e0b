# ruff: noqa: E501
"""English documents of set D. `bench.holdout_d` describes what the set covers."""

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


ENGLISH_DOCUMENTS_D = [
    _en(
        "d-en-invoice-balance-due",
        "invoice",
        """
Brightwater Expo Services LLC
2210 Harbor Lane, Suite 140
Tacoma, WA 98402
(253) 555-0174 | billing@brightwater-expo.example

INVOICE

Invoice #:     INV-20417
Invoice date:  March 15, 2024
Due date:      April 14, 2024
Terms:         Net 30

Bill To:                              Ship To:
Alder Creek Outdoor Gear Inc.         Alder Creek booth #B-27
Attn: Accounts Payable                Pacific Northwest Outdoor Show
88 Cedar Street                       Greater Tacoma Convention Center
Olympia, WA 98501

Description                         Qty     Rate        Amount
Conference booth rental (10x10)     2       1,450.00    2,900.00
Vinyl banner printing, 3x8 ft       4          87.50      350.00
Booth setup labor (hours)           6          65.00      390.00

                                    Subtotal            3,640.00
                                    Discount (10% booth)  -290.00
                                    Shipping              125.00
                                    Sales tax (8.25%)     276.38
                                    Total               3,751.38
                                    Amount paid             0.00
                                    Balance due        $3,751.38

Please make checks payable to Brightwater Expo Services LLC.
Thank you for your business!
""",
        {
            "number": "INV-20417",
            "date": "2024-03-15",
            "total": "3751.38",
            "currency": "USD",
        },
    ),
    _en(
        "d-en-invoice-exporter-eur",
        "invoice",
        """
LLC "Optolab Instruments"
Office 7, 14 Kosmodamianskaya Emb., Moscow 115054, Russian Federation
INN/KPP 7710532690/771001001

COMMERCIAL INVOICE No. EX-0412
Date: 2024-04-12
Contract: No. OI-DE/2023-05 dated 17.11.2023
Terms of delivery: FCA Moscow (Incoterms 2020)

Buyer:
Lindqvist Laborbedarf GmbH
Hafenstrasse 31, 28217 Bremen, Germany
VAT ID DE298417735

Item  Description                              Qty   Unit price, EUR   Amount, EUR
1     Spectrophotometer SF-2000                2     7 850.00          15 700.00
2     Calibration kit SF-CK                    2     1 020.00           2 040.00
3     Export packing and documents             1       500.00             500.00

Subtotal:                                                             18 240.00
VAT 0% (export of goods, Art. 164 Tax Code of the RF):                     0.00
Amount payable: EUR 18 240.00
(eighteen thousand two hundred forty euros 00 cents)

Beneficiary bank details:
Account (EUR): 40702978353909926046
Bank: JSC "Zamoskvorechye Commercial Bank", Moscow
BIC (BIK): 044548469, corr. account 30101810501906431469
SWIFT: ZMKBRUMM

General Director ____________ A. V. Rudnev
""",
        {
            "number": "EX-0412",
            "date": "2024-04-12",
            "total": "18240.00",
            "currency": "EUR",
            "parties.seller.inn": "7710532690",
            "parties.seller.kpp": "771001001",
            "parties.seller.bik": "044548469",
            "parties.seller.account": "40702978353909926046",
        },
    ),
    _en(
        "d-en-invoice-scan-euro-format",
        "invoice",
        """
VAN DER HEIJDEN 0PTICS B.V.
Kanaalweg 112, 3526 KM Utrecht, The Nether1ands
KvK 70412288   VAT NL859204117B01

INV0ICE
Invoice no.: NL-24-O7O3
Date:  03 Ju1 2024

Bil1 to: OOO "Voronezh Precision Optics"
Tax ID (INN) 3609685300 / KPP 360901001
ul. Plekhanovskaya 48, Voronezh 394018, Russia

Art.     Description                 Qty    Unit price    Amount
OL-25    Optica1 lens set, 25 mm     25     214,00        5.350,00
MF-02    Mounting frame, alu         50      28,90        1.445,00

Subtota1                                                  6.795,00
Shipping & insurance                                        755,00
Discount (promotional)                                     -137,50
VAT 0% (intra-Community / export)                             0,00
Grand tota1                                          € 7.412,50

Payment within 30 days. IBAN NL96 UTBK 0312 7745 09
""",
        {
            "number": "NL-24-0703",
            "date": "2024-07-03",
            "total": "7412.50",
            "currency": "EUR",
            "parties.buyer.inn": "3609685300",
            "parties.buyer.kpp": "360901001",
        },
        noisy=True,
    ),
    _en(
        "d-en-invoice-total-due-usd",
        "invoice",
        """
NEVA CODEWORKS LLC
Tax ID (INN): 7824198697, KPP: 782401001
Address: 35 Lodeynopolskaya St., office 12, St. Petersburg 197110, Russia

Invoice No. 2024-06/17
Invoice date: June 30, 2024
Customer: Steppe Digital Solutions LLP, BIN 210540012345
Address: 62 Dostyk Ave., Almaty 050010, Kazakhstan
Agreement: Software Development Agreement No. SD-11 of 09 January 2024

Description                                           Hours   Rate (USD)   Amount (USD)
Software development services, June 2024              120     85.00        10,200.00
Cloud hosting and monitoring, June 2024                 -        -           2,400.00

Subtotal                                                                   12,600.00
VAT: not applicable (place of supply outside the Russian Federation)
Total due: USD 12,600.00

Payment details:
Beneficiary: NEVA CODEWORKS LLC
Account No. (USD): 40702840330327313899
Beneficiary bank: PJSC "Baltic Development Bank", St. Petersburg, BIK 044013365
Correspondent account: 30101810096471382365
""",
        {
            "number": "2024-06/17",
            "date": "2024-06-30",
            "total": "12600.00",
            "currency": "USD",
            "parties.seller.inn": "7824198697",
            "parties.seller.kpp": "782401001",
            "parties.seller.bik": "044013365",
            "parties.seller.account": "40702840330327313899",
        },
    ),
    _en(
        "d-en-acceptance-certificate",
        "act",
        """
CERTIFICATE OF ACCEPTANCE No. 14
of services rendered under Service Agreement No. LT-2024/02 dated 5 February 2024

Moscow Region, Khimki                                      30 September 2024

Contractor: LLC "Lingvotek Localisation", INN 5031499646, KPP 503101001,
bank account 40702840167559260329 (USD) with JSC "Northern Capital Bank", BIK 044667318
Customer: Marisol Games Ltd., 14 Archbishop Makarios III Ave., 1065 Nicosia, Cyprus

1. The Contractor has rendered and the Customer has accepted the following services:

Service                                        Volume           Rate, USD     Amount, USD
Localisation of game texts EN>RU               52,000 words     0.12          6,240.00
Linguistic testing                             54 hours         65.00         3,510.00

2. Total amount of services rendered: USD 9,750.00 (nine thousand seven hundred fifty
US dollars 00 cents). VAT is not charged under Art. 148 of the Tax Code of the RF.
3. The services have been rendered in full and on time. The Customer has no claims
regarding the scope, quality or timing of the services.

For the Contractor: ____________ I. S. Demidova, General Director
For the Customer:   ____________ A. Papadopoulou, Producer
""",
        {
            "number": "14",
            "date": "2024-09-30",
            "total": "9750.00",
            "currency": "USD",
            "parties.seller.inn": "5031499646",
            "parties.seller.kpp": "503101001",
            "parties.seller.bik": "044667318",
            "parties.seller.account": "40702840167559260329",
        },
    ),
    _en(
        "d-en-cmr-consignment-note",
        "waybill",
        """
INTERNATIONAL CONSIGNMENT NOTE  CMR                       No. RU 0045871
This carriage is subject, notwithstanding any clause to the contrary, to the
Convention on the Contract for the International Carriage of Goods by Road (CMR).

1 Sender (name, address, country)
  LLC "Uralpolymer", INN 6631185756 KPP 663101001
  3 Zavodskaya St., Verkhnyaya Pyshma 624090, Russia
2 Consignee (name, address, country)
  Kazpack Trading LLP, BIN 190340028816
  17 Kuldzhinsky Tract, Almaty 050060, Kazakhstan
3 Place of delivery of the goods: Almaty, Kazakhstan
4 Place and date of taking over the goods: Verkhnyaya Pyshma, Russia, 12 Nov 2024
5 Documents attached: Invoice No. UP-2210, Packing list No. UP-2210, EAEU certificate
6-9 Marks and Nos / Number of packages / Method of packing / Nature of the goods
  UP-2210  22 pallets  stretch film  Polyethylene film, rolls
11 Gross weight, kg: 18 420       12 Volume, m3: 64
16 Carrier (name, address, country)
  LLC "Volga Transit Line", INN/KPP 1614502766/161401001
  8 Promyshlennaya St., Nizhnekamsk 423570, Russia
  Truck: Volvo FH, reg. No. A 912 KX 116, trailer AX 4407 16
19 Special agreements: carriage charges EUR 2,150.00 payable by sender
21 Established in Verkhnyaya Pyshma on 12 Nov 2024
22 Signature and stamp of the sender    23 Signature of the carrier    24 Goods received
""",
        {
            "number": "RU 0045871",
            "date": "2024-11-12",
            "parties.shipper.inn": "6631185756",
            "parties.shipper.kpp": "663101001",
            "parties.carrier.inn": "1614502766",
            "parties.carrier.kpp": "161401001",
        },
    ),
    _en(
        "d-en-bill-of-lading",
        "waybill",
        """
OCEAN STAR CONTAINER LINES                              BILL OF LADING
                                                         B/L No. OSCL-SHA-24061803
Shipper:
NINGBO HENGDA HOUSEWARE CO., LTD.
NO. 88 JINGUI ROAD, YINZHOU DISTRICT, NINGBO, ZHEJIANG, CHINA

Consignee:
LLC "VOLGA HOME TRADE"
INN 5209312410 KPP 520901001
21 KOMSOMOLSKAYA ST., DZERZHINSK, NIZHNY NOVGOROD REGION, 606000, RUSSIA

Notify party: SAME AS CONSIGNEE

Vessel / Voyage: OCEAN STAR AURORA / 024W
Port of loading: SHANGHAI, CHINA
Port of discharge: VLADIVOSTOK, RUSSIA
Place of delivery: VLADIVOSTOK CY

Container No. / Seal No.   Packages         Description of goods              Gross weight   Measurement
OSCU 418207-3 / SH907731   1,260 CARTONS    STAINLESS STEEL COOKWARE SETS     14,870.000 KGS 67.500 CBM
                                             HS CODE 7323.93

FREIGHT COLLECT               Number of original B/Ls: THREE (3)
Shipped on board: 18 JUN 2024
Place and date of issue: SHANGHAI, 2024-06-18
Signed as agent for the carrier OCEAN STAR CONTAINER LINES
""",
        {
            "number": "OSCL-SHA-24061803",
            "date": "2024-06-18",
            "parties.consignee.inn": "5209312410",
            "parties.consignee.kpp": "520901001",
        },
    ),
    _en(
        "d-en-packing-list-weights-only",
        "packing_list",
        """
FRATELLI MORANDI S.R.L.
Via dell'Artigianato 23, 25030 Castel Mella (BS), Italy

PACKING LIST No. PL-2024-118
Date: May 6, 2024
Related invoice: No. 2024/0451

Seller: Fratelli Morandi S.r.l., P.IVA IT03917450987
Buyer: LLC "Siberian Food Machines"
       INN/KPP: 5405674462 / 540501001
       12 Stantsionnaya St., Novosibirsk 630108, Russia

Case No.   Contents                               Qty    Net weight, kg   Gross weight, kg   Dimensions, cm
1          Dough sheeter DS-600                   1      410.00           468.50             220 x 110 x 130
2          Planetary mixer PM-40                  2      562.00           634.00             120 x 90 x 150
3          Spare parts and tools kit              1      130.00           138.00             80 x 60 x 60

Total packages: 3
Total net weight: 1,102.00 kg
Total gross weight: 1,240.50 kg

Country of origin: Italy
""",
        {
            "number": "PL-2024-118",
            "date": "2024-05-06",
            "total": None,
            "currency": None,
            "parties.buyer.inn": "5405674462",
            "parties.buyer.kpp": "540501001",
        },
    ),
    _en(
        "d-en-packing-list-with-value",
        "packing_list",
        """
PACKING LIST No. 77/EX dated 2024-09-05

Shipper / Exporter:
LLC "Don Oil Products", TIN 6114321626 / KPP 611401001
4 Promzona St., Volgodonsk, Rostov Region 347360, Russia

Consignee:
Anadolu Gida Dagitim A.S., Tax No. 0680412297
Organize Sanayi Bolgesi 5. Cad. No. 11, Gaziantep, Turkey

Transport: 2 x 40' containers, Novorossiysk - Mersin
Contract: No. DOP-TR/24-03 of 14.03.2024

No.  Goods                                   Packages          Quantity     Unit price, USD   Value, USD
1    Refined sunflower oil, 1 L PET bottles  1,400 cartons     21,000 L     1.70              35,700.00
2    Export pallets with stretch wrapping     44 pallets        44 pcs       55.00              2,420.00

Total gross weight: 21,960.00 kg        Total net weight: 19,320.00 kg
Total value: USD 38,120.00

Packed by: warehouse supervisor A. Gorelov
""",
        {
            "number": "77/EX",
            "date": "2024-09-05",
            "total": "38120.00",
            "currency": "USD",
            "parties.shipper.inn": "6114321626",
            "parties.shipper.kpp": "611401001",
        },
    ),
    _en(
        "d-en-payment-order-roubles",
        "payment_order",
        """
PAYMENT ORDER No. 512                        Date: 2024-10-21        Payment type: electronic

Amount in words: Sixty-four thousand three hundred eighty roubles 00 kopecks
Amount: RUB 64,380.00

Payer: LLC "Tolyatti Auto Components"
  INN 6331960161    KPP 633101001
  Account No. 40702810809908504758
  Payer's bank: PJSC "Samara Regional Bank", Samara
  BIK 043683894    Corr. account 30101810853935153894

Payee: LLC "Kuban Seals and Gaskets"
  INN 2309914324    KPP 230901001
  Account No. 40702810286282193941
  Payee's bank: JSC "Krasnodar Trade Bank", Krasnodar
  BIK 040336573    Corr. account 30101810465063510573

Operation type: 01    Priority: 5
Purpose of payment: Payment for rubber seals under invoice No. 1877 of 15.10.2024,
incl. VAT 20% RUB 10,730.00
""",
        {
            "number": "512",
            "date": "2024-10-21",
            "total": "64380.00",
            "currency": "RUB",
            "parties.payer.inn": "6331960161",
            "parties.payer.kpp": "633101001",
            "parties.payer.bik": "043683894",
            "parties.payer.account": "40702810809908504758",
            "parties.payee.inn": "2309914324",
            "parties.payee.kpp": "230901001",
            "parties.payee.bik": "040336573",
            "parties.payee.account": "40702810286282193941",
        },
    ),
    _en(
        "d-en-bank-statement-usd",
        "bank_statement",
        """
JSC "South Ural Commercial Bank"                          BIK 047567232
STATEMENT OF ACCOUNT No. 31
Statement date: 02 Sep 2024
Period: 01 Aug 2024 - 31 Aug 2024
Account holder: LLC "Magnitogorsk Wire Rope Plant", INN 7401908152
Account No.: 40702840909865026560        Currency: USD

Opening balance                                                   24,310.55

Date         Ref.     Description                                 Debit        Credit
06 Aug 2024  FT0612   Incoming SWIFT: Kaspian Steel LLP            -            18,400.00
             Payment for invoice 24-071
14 Aug 2024  OP0377   Outgoing: Wuxi Cable Tools Co., Ltd.         9,870.40     -
             Prepayment under contract WCT-2024/2
22 Aug 2024  FT0688   Incoming SWIFT: Tashkent Lift Service        -             6,250.00
31 Aug 2024  CM0831   Bank charges, August 2024                       35.00     -

Total turnover                                                   9,905.40    24,650.00
Closing balance                                                   39,055.15
""",
        {
            "number": "31",
            "date": "2024-09-02",
            "currency": "USD",
            "parties.account_holder.inn": "7401908152",
            "parties.account_holder.bik": "047567232",
            "parties.account_holder.account": "40702840909865026560",
        },
    ),
    _en(
        "d-en-cafe-receipt-thermal",
        "receipt",
        """
   THE C0PPER KETTLE CAFE
   415 Mapie Ave, Burlington VT
   TEL 802-555-0139

Receipt #4471      Server: JENNA
03/14/2024   12:48 PM   Tbl 6

1 LATTE 16OZ              4.75
1 CLUB SANDWlCH          11.50
1 SOUP OF THE DAY         6.25

SUBT0TAL                 22.50
TAX 6.1%                  1.37
T0TAL                   $23.87

VlSA ****4417           23.87
CHANGE                   0.00

   THANK Y0U! COME AGAlN
   TlP: ________
""",
        {
            "number": "4471",
            "date": "2024-03-14",
            "total": "23.87",
            "currency": "USD",
        },
        noisy=True,
    ),
    _en(
        "d-en-payment-receipt-training",
        "receipt",
        """
Krasnoyarsk Aviation Training Centre LLC
Tax ID 2409788634, KPP 240901001
5 Aeroportovskaya St., Yemelyanovo, Krasnoyarsk Territory 663020, Russia

PAYMENT RECEIPT
Receipt No. R-2024-0088
Date: April 30, 2024

Received from: Mr. Tomas Haldane
For: Type-rating refresher course, simulator block 3 (8 sessions)
Payment method: bank card (terminal ID 30417722)

Course fee                        EUR 1,150.00
VAT                               not applicable (educational services)
Amount received:                  EUR 1,150.00
(one thousand one hundred fifty euros 00 cents)

Cashier ____________ O. Lebedeva
""",
        {
            "number": "R-2024-0088",
            "date": "2024-04-30",
            "total": "1150.00",
            "currency": "EUR",
            "parties.seller.inn": "2409788634",
            "parties.seller.kpp": "240901001",
        },
    ),
    _en(
        "d-en-services-agreement",
        "contract",
        """
SERVICES AGREEMENT No. SA-2024/07

Chelyabinsk                                                         July 1, 2024

LLC "Southern Urals Engineering" (the "Contractor"), represented by General Director
Mr. Oleg Vasilyevich Trifonov, acting under the Charter, and LLC "Black Sea Cold Storage"
(the "Customer"), represented by Director Ms. Yana Igorevna Kovalchuk, acting under the
Charter, have entered into this Agreement as follows.

1. SUBJECT
1.1. The Contractor shall design and commission a refrigeration control system at the
Customer's warehouse in Novorossiysk (the "Services").

2. PRICE AND PAYMENT
2.1. The total contract price is RUB 2,460,000.00 (two million four hundred sixty
thousand roubles 00 kopecks), including VAT (20%) of RUB 410,000.00.
2.2. The Customer shall pay an advance of RUB 738,000.00 within ten (10) business days
after signing, and the balance within fifteen (15) business days after the acceptance
certificate is signed.

3. TERM
3.1. The Services shall be completed by November 30, 2024.

9. DETAILS OF THE PARTIES

Contractor:                                   Customer:
LLC "Southern Urals Engineering"              LLC "Black Sea Cold Storage"
INN 7431117736                                INN 2309508202
KPP 743101001                                 KPP 230901001
Account 40702810501096741412                  Account 40702810524173264519
PJSC "Chelyabinsk Industrial Bank"            JSC "Kuban Agro Bank"
BIK 047539163                                 BIK 040342559
Corr. acc. 30101810338091512163               Corr. acc. 30101810190201976559

______________ O. V. Trifonov                 ______________ Y. I. Kovalchuk
""",
        {
            "number": "SA-2024/07",
            "date": "2024-07-01",
            "total": "2460000.00",
            "currency": "RUB",
            "parties.seller.inn": "7431117736",
            "parties.seller.kpp": "743101001",
            "parties.seller.bik": "047539163",
            "parties.seller.account": "40702810501096741412",
            "parties.buyer.inn": "2309508202",
            "parties.buyer.kpp": "230901001",
            "parties.buyer.bik": "040342559",
            "parties.buyer.account": "40702810524173264519",
        },
    ),
    _en(
        "d-en-passport-data-page",
        "passport",
        """
UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND
PASSPORT   PASSEPORT
Type/Type  Code/Code  Passport No./Passeport No.
P          GBR        563014872
Surname/Nom
HOLLOWAY
Given names/Prénoms
EDWINA MARGARET
Nationality/Nationalité
BRITISH CITIZEN
Date of birth/Date de naissance
22 OCT /OCT 79
Sex/Sexe   Place of birth/Lieu de naissance
F          LEEDS
Date of issue/Date de délivrance     Authority/Autorité
12 JAN /JANV 21                      HMPO
Date of expiry/Date d'expiration
12 JAN /JANV 31

P<GBRHOLLOWAY<<EDWINA<MARGARET<<<<<<<<<<<<<<
5630148722GBR7910225F3101126<<<<<<<<<<<<<<04
""",
        {
            "number": "563014872",
            "date": "2021-01-12",
            "total": None,
            "currency": None,
        },
    ),
    _en(
        "d-en-power-of-attorney",
        "power_of_attorney",
        """
POWER OF ATTORNEY No. 15/24

Krasnoyarsk                                                          April 2, 2024

Limited Liability Company "Yenisei Timber Export" (INN 2410311677, KPP 241001001,
registered address: 18 Lesnaya St., Lesosibirsk, Krasnoyarsk Territory 662547), hereinafter
the "Principal", represented by General Director Mr. Viktor Semyonovich Grishin, acting
under the Charter, hereby authorises

Mr. Pavel Anatolyevich Ignatov, born 11.05.1984, passport 04 17 559102 issued on 23.06.2017,

to represent the Principal before customs authorities of the Russian Federation, to sign
and submit customs declarations, to receive and hand over documents, and to perform any
other actions related to the export clearance of timber products of the Principal.

This Power of Attorney is issued without the right of substitution and is valid until
December 31, 2024.

General Director ____________ V. S. Grishin
""",
        {
            "number": "15/24",
            "date": "2024-04-02",
            "total": None,
            "currency": None,
            "parties.principal.inn": "2410311677",
            "parties.principal.kpp": "241001001",
        },
    ),
    _en(
        "d-en-payment-reminder-letter",
        "letter",
        """
Kama Abrasives JSC
27 Promyshlennaya St., Perm 614065, Russia | Tax ID 5914422318
Tel. +7 342 255-61-90 | export@kama-abrasives.example

Ref. No. 2024/311
15 May 2024

Mr. Farrukh Yusupov
Finance Director
Samarkand Metalworks LLC
9 Amir Temur St., Samarkand 140100, Uzbekistan

Subject: Overdue payment - second reminder

Dear Mr. Yusupov,

According to our records, the following invoices under Supply Contract No. KA-UZ/23-09
remain unpaid:

  Invoice No. 2024-088 of 12 February 2024    USD 8,640.00    due 13 March 2024
  Invoice No. 2024-102 of 26 February 2024    USD 5,640.00    due 27 March 2024

The outstanding balance is USD 14,280.00. We kindly ask you to settle this amount by
31 May 2024. Under clause 8.3 of the Contract, late payment interest may be charged after
that date.

If payment has already been made, please send us a copy of the payment confirmation.

Yours sincerely,
Natalia Sherstneva
Head of Export Sales
""",
        {
            "number": "2024/311",
            "date": "2024-05-15",
            "total": "14280.00",
            "currency": "USD",
        },
    ),
    _en(
        "d-en-board-minutes",
        "other",
        """
MINUTES No. 4
of the Meeting of the Board of Directors of Northwind Marine Supply Ltd.

Held on: 2024-02-27, 10:00 a.m.
Place: 6 Quayside Road, Portsmouth PO1 3LJ, United Kingdom
Present: H. Ashdown (Chair), R. Mensah, L. Kowalczyk, D. Ferreira
In attendance: S. Whitlow (Company Secretary)

1. Approval of the minutes of the previous meeting
   The minutes of the meeting of 12 December 2023 were approved without changes.

2. Capital expenditure plan for 2024
   The Board approved a capital expenditure budget of USD 250,000 for the replacement of
   warehouse handling equipment, to be spent in two stages.

3. Appointment of auditors
   RESOLVED to reappoint Harwood & Pike LLP as auditors for the financial year 2024.

There being no further business, the meeting closed at 11:20 a.m.

Chair ____________ H. Ashdown        Company Secretary ____________ S. Whitlow
""",
        {
            "number": "4",
            "date": "2024-02-27",
            "total": None,
        },
    ),
]
