# ruff: noqa: E501
"""English documents of set E. `bench.holdout_e` describes what the set covers."""

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


ENGLISH_DOCUMENTS_E = [
    _en(
        "e-en-invoice-chinese-exporter",
        "invoice",
        """
NINGBO QIANRUN HARDWARE TRADING CO., LTD.
Room 1207, Block B, Zhongshan Plaza, Haishu District, Ningbo, Zhejiang, China
Tel: +86 574 8721 0463   E-mail: sales@qianrun-hw.cn

COMMERCIAL INVOICE

Invoice No.: QR24-0611                 Date: 11-Jun-2024
Contract No.: VTI-QR-2024/03 dated 18-Mar-2024

Seller: Ningbo Qianrun Hardware Trading Co., Ltd.
Buyer: Volga Tools Import LLC
       Bldg. 3, 14 Elektrodnaya St., Moscow, 111524, Russian Federation
       INN 7774852600  KPP 772401001
Consignee: same as Buyer
Country of origin: China
Terms of delivery: FOB Ningbo (Incoterms 2020)
Terms of payment: 100% T/T within 30 days after B/L date
Port of loading: Ningbo   Port of discharge: St. Petersburg

Marks & Nos.  Description of goods              HS code     Qty          Unit price USD   Amount USD
VTI/QR/1-120  Cordless drill 18V, model QR-D18  8467211000  1,200 pcs    18.50            22,200.00
VTI/QR/121-210 Angle grinder 125 mm, QR-G125    8467290000  900 pcs      21.35            19,215.00
VTI/QR/211-260 Drill bit set, 19 pcs, HSS       8207501000  2,000 sets   3.60             7,200.00

TOTAL:                                           4,100 units                      USD 48,615.00
SAY US DOLLARS FORTY-EIGHT THOUSAND SIX HUNDRED FIFTEEN ONLY.

Total packages: 260 cartons   Net weight: 5,830.00 kg   Gross weight: 6,412.50 kg
Freight and insurance: for the Buyer's account.

Beneficiary bank: Bank of Zhejiang Coastal Commerce, Ningbo Branch
SWIFT: ZJCCCNBNXXX   A/C No.: 3310 0207 5518 0046 9
For and on behalf of Ningbo Qianrun Hardware Trading Co., Ltd.
Authorized signature ______________  Chen Mingyu
""",
        {
            "number": "QR24-0611",
            "date": "2024-06-11",
            "total": "48615.00",
            "currency": "USD",
            "parties.buyer.inn": "7774852600",
            "parties.buyer.kpp": "772401001",
        },
    ),
    _en(
        "e-en-invoice-turkish-exporter-scan",
        "invoice",
        """
EGELI TEKSTIL SANAYI VE TICARET A.S. |
Ataturk Organize Sanayi Bolgesi, 10007 Sk. No:1l, Cigli / IZMIR - TURKIYE
Tax Office: Cigli V.D. 32l 045 8870
_____________________________________________
C0MMERCIAL INV0ICE
Invoice N0 : ET-2O24/O387 Date : O3.O7.2O24
Buyer : SIBERIAN H0ME TEXTILE LLC
l8 Bolshevistskaya St., 0ffice 4O2, Novosibirsk, 63OO83, RUSSIA
INN/KPP : 548З1671 63 / 54O9O1OOl
Delivery terms : CPT Novosibirsk (lncoterms 2O2O) Payment : 1OO% within 45 days
| Item | Description | Qty | Unit Price EUR | Amount EUR |
| l | Bath towel 7Ox14O cm, cotton 5OO g/m2 | 4 8OO pcs | 4,85 | 23 28O,OO
| 2 | Hand towel 5Ox9O cm, cotton 45O g/m2 | 6 OOO pcs | 2,1O | l2 6OO,OO
| 3 | Bathrobe, waffle, size M-XL | 6OO pcs | 14,5O | 8 7OO,OO
SUBT0TAL EUR 44 58O,OO
DISC0UNT 3 % EUR -1 337,4O
T0TAL CPT N0VOSIBIRSK EUR 43 242,60
(F0RTY THREE TH0USAND TW0 HUNDRED F0RTY TWO EUR0 AND SIXTY CENTS)
Country of origin : TURKEY  H.S. Code : 63O26OOO / 62O72100
Gross weight : 4 l26 kg  Net weight : 3 9O8 kg  Packages : l74 bales
— We hereby certify that this invoice is true and correct. —
EGELI TEKSTIL A.S.  _______  signature / stamp
""",
        {
            "number": "ET-2024/0387",
            "date": "2024-07-03",
            "total": "43242.60",
            "currency": "EUR",
            "parties.buyer.inn": "5483167163",
            "parties.buyer.kpp": "540901001",
        },
        noisy=True,
    ),
    _en(
        "e-en-invoice-deposit-balance-due",
        "invoice",
        """
Kama Soft Lab LLC
12 Peterburgskaya St., office 305, Kazan, 420107, Russia
TIN (INN): 1685982082   KPP: 161101001
billing@kamasoftlab.ru

INVOICE
Invoice number: INV-2024-031
Invoice date: 30 September 2024
Due date: 15 October 2024
Contract: Software Development Agreement No. LFS-07 of 12 February 2024

Bill to:
Limassol Fintech Solutions Ltd
45 Anexartisias Street, 3rd floor, 3036 Limassol, Cyprus
VAT No. CY10398221L

Description                                     Hours   Rate (EUR)   Amount (EUR)
Backend development, sprint 17-18 (Sep 2024)    160     45.00        7,200.00
Project management and QA                       20      40.00        800.00

Subtotal                                                              8,000.00
VAT 0% (services supplied outside Russia)                             0.00
Total                                                                 8,000.00
Less: deposit received (invoice INV-2024-022, 25 July 2024)          -2,400.00
Balance due                                                      EUR 5,600.00

Payment details
Beneficiary: Kama Soft Lab LLC
Account (EUR): 40702978772789906764
Bank: Priuralsky Commercial Bank PJSC, Ufa, Russia
BIK: 046395113   SWIFT: PRCBRU2UXXX
Correspondent account: 30101810816873169113

Page 1 of 1
""",
        {
            "number": "INV-2024-031",
            "date": "2024-09-30",
            "total": "8000.00",
            "currency": "EUR",
            "parties.seller.inn": "1685982082",
            "parties.seller.kpp": "161101001",
            "parties.seller.bik": "046395113",
            "parties.seller.account": "40702978772789906764",
        },
    ),
    _en(
        "e-en-invoice-proforma-cny",
        "invoice",
        """
GUANGZHOU LIANFA PACKAGING MACHINERY CO., LTD.
No. 88 Huangge Avenue North, Nansha District, Guangzhou, Guangdong, China

PROFORMA INVOICE
PI No.	PI-LF240815
Date	Aug 15, 2024
Valid until	Sep 14, 2024

To:	Don Dairy Products JSC
	7 Promyshlennaya St., Aksay, Rostov Region, 346720, Russia
	INN: 6196801349
	KPP: 612301001
Attn:	Mr. Sergey Bolotov, Chief Engineer

Item	Description	Qty	Unit price (CNY)	Amount (CNY)
1	Automatic cup filling and sealing machine LF-4000, 4 lanes	1 set	268,000.00	268,000.00
2	Spare parts kit for 2 years of operation	1 set	18,600.00	18,600.00
3	Installation, commissioning and operator training (5 days)	1 lot	26,000.00	26,000.00

TOTAL AMOUNT CIF VLADIVOSTOK:	CNY 312,600.00
Say: Chinese Yuan Renminbi three hundred twelve thousand six hundred only.

Payment terms:
30% T/T deposit (CNY 93,780.00) within 7 days after signing;
70% balance (CNY 218,820.00) before shipment.
Delivery time: 45 days after receipt of the deposit.
Warranty: 12 months after commissioning.

Beneficiary: Guangzhou Lianfa Packaging Machinery Co., Ltd.
Bank: South China Industrial Trust Bank, Nansha Sub-branch   SWIFT: SCITCNGZ
Account No.: 4402 1187 0036 5521 07

Stamp & signature ______________   Sales Manager: Lily Zhao
""",
        {
            "number": "PI-LF240815",
            "date": "2024-08-15",
            "total": "312600.00",
            "currency": "CNY",
            "parties.buyer.inn": "6196801349",
            "parties.buyer.kpp": "612301001",
        },
    ),
    _en(
        "e-en-act-acceptance-certificate",
        "act",
        """
ACCEPTANCE CERTIFICATE No. 14
(Act of Services Rendered)
under the IT Support Agreement No. NDS-2023/118 dated 01.11.2023

St. Petersburg                                                   28 June 2024

Northern Data Services LLC (the "Contractor") and Baltic Logistics Hub LLC (the "Customer") have drawn up this Certificate confirming that the Contractor has rendered and the Customer has accepted the following services for the period from 01.06.2024 to 30.06.2024:

No.	Service	Unit	Qty	Price, RUB	Amount, RUB
1	Monthly support of the warehouse management system	month	1	240,000.00	240,000.00
2	Additional on-site engineer visits	visit	6	19,000.00	114,000.00

Total services:	RUB 354,000.00
incl. VAT 20%:	RUB 59,000.00
Amount in words: three hundred fifty-four thousand roubles 00 kopecks, including VAT.

The services have been rendered in full and on time. The Customer has no claims regarding the volume, quality or timing of the services.

CONTRACTOR	CUSTOMER
Northern Data Services LLC	Baltic Logistics Hub LLC
TIN 7874793807	TIN 4704523082
KPP 784001001	KPP 470301001
Address: 24 Kozhevennaya Line, St. Petersburg, 199106	Address: 2 Logistics Park, Shushary, St. Petersburg, 196626
Account 40702810493920460598	Account 40702810162348762685
Bank: North-West Investbank JSC	Bank: Ural Industrial Bank PJSC
BIK 047818146	BIK 049302512
General Director ______ D. A. Lebedev	Director ______ V. I. Kuznetsova
""",
        {
            "number": "14",
            "date": "2024-06-28",
            "total": "354000.00",
            "currency": "RUB",
            "parties.seller.inn": "7874793807",
            "parties.seller.kpp": "784001001",
            "parties.seller.bik": "047818146",
            "parties.seller.account": "40702810493920460598",
            "parties.buyer.inn": "4704523082",
            "parties.buyer.kpp": "470301001",
            "parties.buyer.bik": "049302512",
            "parties.buyer.account": "40702810162348762685",
        },
    ),
    _en(
        "e-en-act-work-completion-scan",
        "act",
        """
WORK C0MPLETI0N CERTIFICATE N0. WC-O719
Date: l9.O7.2O24 Place: Ufa
Contract N0. AS-UMD/2O23-O4 dated l4.O9.2O23
CONTRACT0R: ANAT0LIA STR0Y LLC
INN 2356 4l4350 KPP 2324O1OO1
35OO15, Krasnodar, Krasnaya St., l76/5, 0ffice 9
CUST0MER: UFA MALL DEVEL0PMENT JSC
INN O29l832l45 KPP O2O3OlOOl
45OO76, Ufa, Pushkina St., 12O
|  Stage | Description of works | Amount EUR |
|  4.1 | Facade cladding, ventilated system, blocks C and D | 71 25O.OO
|  4.2 | lnstallation of curtain wall glazing, atrium | 55 23O.OO
T0TAL F0R STAGE 4 (incl. VAT 20%) EUR 126,480.00
VAT 2O% EUR 2l,O8O.OO
Advance previously paid under invoice A-O3 EUR 37,944.OO (3O%) - to be offset
Payable in rubles at the Central Bank rate on the date of payment.
Works are completed in full and accepted without remarks.
C0NTRACT0R ______ M. Yilmaz CUST0MER ______ A. R. Galiev
""",
        {
            "number": "WC-0719",
            "date": "2024-07-19",
            "total": "126480.00",
            "currency": "EUR",
            "parties.seller.inn": "2356414350",
            "parties.seller.kpp": "232401001",
            "parties.buyer.inn": "0291832145",
            "parties.buyer.kpp": "020301001",
        },
        noisy=True,
    ),
    _en(
        "e-en-contract-service-agreement",
        "contract",
        """
SERVICE AGREEMENT No. SA-UMM-2024-02

This Service Agreement is made on March 4, 2024 between:

Atlas Analytics Inc., a Delaware corporation with its principal office at 1200 Harbor View Drive, Suite 410, Wilmington, DE 19801, USA (the "Provider"), and

Ural Mining Machinery JSC, a company incorporated in the Russian Federation, INN 7408036060, KPP 741401001, registered at 2 Mashinostroiteley St., Kopeysk, Chelyabinsk Region, 456618 (the "Client").

1. SERVICES
1.1 The Provider shall deliver predictive maintenance analytics for the Client's fleet of 48 mining machines, including data collection, monthly reports and an online dashboard.

2. PRICE AND PAYMENT
2.1 The total price of the Services for the term of this Agreement is USD 86,400.00 (eighty-six thousand four hundred US dollars).
2.2 The Client shall pay the price in twelve (12) equal monthly installments of USD 7,200.00 each, within 15 days after receipt of the Provider's monthly invoice.
2.3 Late payments bear interest of 0.05% of the overdue amount per day, capped at 5% of the total price.

3. TERM
3.1 This Agreement is effective from March 4, 2024 until March 3, 2025.

Page 1 of 2
Service Agreement No. SA-UMM-2024-02                                     Page 2 of 2
9. DETAILS OF THE PARTIES

PROVIDER                                 CLIENT
Atlas Analytics Inc.                     Ural Mining Machinery JSC
EIN 86-3917245                           INN 7408036060 / KPP 741401001
Bank: Harborline Bank, N.A.              Account (USD): 40702840516167076547
ABA 031207744, Acc. 5508123390           Bank: Ural Industrial Bank PJSC, Perm
SWIFT HRBLUS33                           BIK 049302512
                                         Corr. account 30101810703289203512

For the Provider: ______ Jonathan Reeve, CEO
For the Client: ______ P. V. Kolesnikov, General Director
""",
        {
            "number": "SA-UMM-2024-02",
            "date": "2024-03-04",
            "total": "86400.00",
            "currency": "USD",
            "parties.buyer.inn": "7408036060",
            "parties.buyer.kpp": "741401001",
            "parties.buyer.bik": "049302512",
            "parties.buyer.account": "40702840516167076547",
        },
    ),
    _en(
        "e-en-payment-order-currency-transfer",
        "payment_order",
        """
MEZHREGIONALNY TORGOVY BANK PJSC
APPLICATION FOR TRANSFER IN FOREIGN CURRENCY (PAYMENT ORDER)
No. 57                          Date: 02/07/2024
20: Reference  VTI240702-57
32A: Value date / Currency / Amount   240702 USD 48,615.00
     Amount in words: forty-eight thousand six hundred fifteen US dollars 00 cents
50K: Ordering customer (Payer)
     VOLGA TOOLS IMPORT LLC
     INN 7774852600, KPP 772401001
     Account No. 40702840466277306898
     Bldg. 3, 14 Elektrodnaya St., Moscow, 111524, Russia
52A: Payer's bank  MEZHREGIONALNY TORGOVY BANK PJSC, Moscow, BIK 046336324
57A: Account with institution  ZJCCCNBNXXX
     Bank of Zhejiang Coastal Commerce, Ningbo Branch, China
59: Beneficiary (Payee)
     /33100207551800469
     NINGBO QIANRUN HARDWARE TRADING CO., LTD.
     Room 1207, Block B, Zhongshan Plaza, Ningbo, China
70: Remittance information
     PAYMENT FOR CORDLESS TOOLS, INV QR24-0611 DD 11.06.2024, CONTRACT VTI-QR-2024/03
71A: Charges  OUR
Currency transaction code: 11100 (payment for imported goods)
Contract registration (unique contract) No. 24030001/1481/0000/2/1

Authorized signatures ______ ______
Bank's mark: accepted 02.07.2024 11:26
""",
        {
            "number": "57",
            "date": "2024-07-02",
            "total": "48615.00",
            "currency": "USD",
            "parties.payer.inn": "7774852600",
            "parties.payer.kpp": "772401001",
            "parties.payer.bik": "046336324",
            "parties.payer.account": "40702840466277306898",
        },
    ),
    _en(
        "e-en-waybill-cmr",
        "waybill",
        """
CMR
INTERNATIONAL CONSIGNMENT NOTE / LETTRE DE VOITURE INTERNATIONALE	No. TR-0453817
1 Sender (name, address, country)
EGELI TEKSTIL SANAYI VE TICARET A.S.
Ataturk Organize Sanayi Bolgesi, 10007 Sk. No:11, Cigli, Izmir, Turkiye
2 Consignee (name, address, country)
SIBERIAN HOME TEXTILE LLC
18 Bolshevistskaya St., office 402, Novosibirsk, 630083, Russia
INN 5483167163 / KPP 540901001
3 Place of delivery of the goods
Novosibirsk, Russia
4 Place and date of taking over the goods
Izmir, Turkiye, 05.07.2024
5 Documents attached
Commercial invoice ET-2024/0387 (EUR 43,242.60), packing list, certificate of origin
6 Marks and Nos	7 Number of packages	8 Method of packing	9 Nature of the goods	11 Gross weight, kg	12 Volume, m3
ETX/SHT 1-174	174	bales	Cotton towels and bathrobes, HS 630260, 620721	4,126	38.6
16 Carrier (name, address, country)
KARADENIZ ULUSLARARASI LOJISTIK LTD. STI.
Mersin, Turkiye. Truck 33 KDL 418 / trailer 33 KDL 419
21 Established in Izmir on 05.07.2024
22 Signature and stamp of the sender	23 Signature and stamp of the carrier	24 Goods received: Novosibirsk, ____ 2024
""",
        {
            "number": "TR-0453817",
            "date": "2024-07-05",
            "currency": "EUR",
            "parties.consignee.inn": "5483167163",
            "parties.consignee.kpp": "540901001",
        },
    ),
    _en(
        "e-en-waybill-bill-of-lading-scan",
        "waybill",
        """
BILL 0F LADING F0R C0MBINED TRANSP0RT 0R P0RT T0 P0RT SHIPMENT
B/L N0. LFVV24O9Ol6 | 0RIGINAL
Shipper
GUANGZH0U LIANFA PACKAGING MACHINERY C0., LTD.
N0. 88 HUANGGE AVENUE N0RTH, NANSHA, GUANGZH0U, CHINA
Consignee
D0N DAIRY PR0DUCTS JSC
7 PR0MYSHLENNAYA ST., AKSAY, R0ST0V REGI0N, 34672O, RUSSIA
INN 6l968O1349 KPP 6l23O1OO1
Notify party SAME AS C0NSIGNEE
Vessel / Voyage PACIFIC LANTERN V.2418N Port of loading NANSHA, CHINA
Port of discharge VLADIV0ST0K, RUSSIA Place of delivery VLADIV0ST0K CY
Container / Seal No. | No. of pkgs | Description of goods | Gross weight | Measurement
TGHU 4l8736 2 / CN3O8l17 | 6 CASES | AUT0MATIC CUP FILLING AND SEALING MACHINE LF-4OOO WITH SPARE PARTS | 7 84O.OO KGS | 52.3OO CBM
SHIPPER'S L0AD, ST0W AND C0UNT. SAID T0 C0NTAIN.
FREIGHT PREPAID
Number of original B(s)/L THREE (3)
Place and date of issue GUANGZH0U l6-Sep-2O24
SHIPPED 0N B0ARD l6-Sep-2O24
As carrier ______ SEAWAY C0NTAINER LINES LTD.
""",
        {
            "number": "LFVV2409016",
            "date": "2024-09-16",
            "currency": None,
            "parties.consignee.inn": "6196801349",
            "parties.consignee.kpp": "612301001",
        },
        noisy=True,
    ),
    _en(
        "e-en-packing-list",
        "packing_list",
        """
NINGBO QIANRUN HARDWARE TRADING CO., LTD.
Room 1207, Block B, Zhongshan Plaza, Haishu District, Ningbo, China

PACKING LIST
No.: QR24-0611-PL
Date: June 12, 2024
Invoice No.: QR24-0611 of June 11, 2024

Consignee:
Volga Tools Import LLC
Bldg. 3, 14 Elektrodnaya St., Moscow, 111524, Russian Federation
Tax ID (INN/KPP): 7774852600/772401001

Carton Nos.	Description	Qty per ctn	Cartons	Total qty	N.W. (kg)	G.W. (kg)	Meas. (cm)
1-120	Cordless drill 18V QR-D18	10 pcs	120	1,200 pcs	2,880.00	3,156.00	58x42x36
121-210	Angle grinder 125 mm QR-G125	10 pcs	90	900 pcs	2,250.00	2,466.00	52x38x30
211-260	Drill bit set, 19 pcs	40 sets	50	2,000 sets	700.00	790.50	40x30x28
TOTAL		260 cartons		4,100 units	5,830.00	6,412.50

Shipping marks: VTI/QR/1-260, MADE IN CHINA
Container: 1 x 40'HC
Page 1 of 1
""",
        {
            "number": "QR24-0611-PL",
            "date": "2024-06-12",
            "total": None,
            "currency": None,
            "parties.consignee.inn": "7774852600",
            "parties.consignee.kpp": "772401001",
        },
    ),
    _en(
        "e-en-bank-statement",
        "bank_statement",
        """
PRIURALSKY COMMERCIAL BANK PJSC
Ufa, Russia | BIK 046395113 | SWIFT PRCBRU2UXXX

STATEMENT OF ACCOUNT
Statement No.: 9
Statement date: 01 Oct 2024
Period: 01.09.2024 - 30.09.2024
Account holder: Kama Soft Lab LLC
INN 1685982082, KPP 161101001
Account number: 40702978772789906764
Currency: EUR

Opening balance 01.09.2024                                   EUR 3,118.42

Date        Ref.        Description                                       Debit       Credit
04.09.2024  FT2409041   LIMASSOL FINTECH SOLUTIONS LTD, INV-2024-027                   6,750.00
05.09.2024  S-3391      Mandatory sale of currency proceeds, order 38    3,000.00
12.09.2024  FT2409127   LIMASSOL FINTECH SOLUTIONS LTD, INV-2024-029                   4,125.00
30.09.2024  FEE-09      Account maintenance fee, September 2024            15.00

Turnover                                                      3,015.00    10,875.00
Closing balance 30.09.2024                                   EUR 10,978.42

This statement is generated electronically and is valid without signature.
Page 1 of 1
""",
        {
            "number": "9",
            "date": "2024-10-01",
            "currency": "EUR",
            "parties.account_holder.inn": "1685982082",
            "parties.account_holder.kpp": "161101001",
            "parties.account_holder.bik": "046395113",
            "parties.account_holder.account": "40702978772789906764",
        },
    ),
    _en(
        "e-en-receipt-taxi",
        "receipt",
        """
Gorod Mobility
Thanks for riding with us, Anna

Trip receipt
Oct 23, 2024, 06:12
Receipt No. 5318-2210

Comfort class · 27.4 km · 41 min
From: 15 Respubliki St., Tyumen
To: Roshchino Airport, Tyumen

Trip fare                                   RUB 1,096.00
Paid waiting (4 min)                          RUB 84.00
Airport pickup zone fee                      RUB 150.00
Promo code AUTUMN10                          -RUB 96.00
Total                                      RUB 1,234.00
Paid by card  **** 4417                    RUB 1,234.00
Tip to driver (charged separately)           RUB 100.00

Service provider: Gorod Mobility LLC
TIN 7254138870, KPP 723201001
625000, Tyumen, Respubliki St., 61, office 7
Fiscal document No. 71182, fiscal sign 3920184475
VAT not applicable
""",
        {
            "number": "5318-2210",
            "date": "2024-10-23",
            "total": "1234.00",
            "currency": "RUB",
            "parties.seller.inn": "7254138870",
            "parties.seller.kpp": "723201001",
        },
    ),
    _en(
        "e-en-receipt-hardware-store-scan",
        "receipt",
        """
   MAPLE RIDGE HARDWARE #O42
  2218 N. CEDAR AVE, SP0KANE WA 992O5
       (5O9) 555-O174
 STORE O42  REG O3  CASHIER: DANA
 O3/14/2O24  O4:37 PM   TRANS# O4l9-7723l
 ---------------------------------
 DECK SCREWS 3" 5LB      2 @ 24.99
                                 49.98
 WOOD STAIN CEDAR 1QT           18.49
 SANDPAPER ASST 12PK             7.29
 MEMBER DISCOUNT 1O%            -7.58
 ---------------------------------
 SUBT0TAL                       68.18
 SALES TAX 8.9%                  6.07
 T0TAL                       $ 74.25
 CASH TEND                  $ 1OO.OO
 CHANGE DUE                   $ 25.75
 ---------------------------------
 ITEMS SOLD 4
 RETURNS WITH RECEIPT WITHIN 3O DAYS
 | THANK Y0U F0R SH0PPING WITH US |
""",
        {
            "number": "0419-77231",
            "date": "2024-03-14",
            "total": "74.25",
            "currency": "USD",
        },
        noisy=True,
    ),
    _en(
        "e-en-passport-mrz-scan",
        "passport",
        """
PASSP0RT PASSEP0RT
Type/Type P Code/Code UT0 Passport No./No. du passeport K47Q8l235
Surname/Nom HALVERS0N
Given names/Prenoms MARGIT ELISE
Nationality/Nationalite UT0PIAN
Date of birth/Date de naissance l4 SEP /SEPT 88
Sex/Sexe F Place of birth/Lieu de naissance P0RT AURELIA
Date of issue/Date de delivrance l4 MAR /MARS 22
Date of expiry/Date d'expiration l3 MAR /MARS 32
Authority/Autorite MINISTRY 0F INTERI0R
|
P<UT0HALVERS0N<<MARGIT<ELISE<<<<<<<<<<<<<<<<<
K47Q8l2354UT088O914OF32O3l34<<<<<<<<<<<<<<<O6
""",
        {
            "number": "K47Q81235",
            "date": "2022-03-14",
            "total": None,
            "currency": None,
        },
        noisy=True,
    ),
    _en(
        "e-en-power-of-attorney-customs",
        "power_of_attorney",
        """
POWER OF ATTORNEY No. 12/2024

Novosibirsk                                                        July 1, 2024

Siberian Home Textile LLC, a company registered in the Russian Federation,
Tax ID (INN): 5483167163
Tax registration reason code (KPP): 540901001
registered address: 18 Bolshevistskaya St., office 402, Novosibirsk, 630083,
bank account 40702810269262524829 with Stolichny Severny Bank JSC, BIK 043939834,
represented by General Director Olga N. Varlamova, acting under the Charter (the "Principal"),

hereby authorizes Mr. Timur R. Akhmetov, born 11.02.1990, Russian internal passport 50 14 837201 issued on 20.03.2014 (the "Attorney"),

to represent the Principal before the customs authorities of the Russian Federation in all matters relating to the declaration and release of goods imported under Contract No. ET-SHT/2024 with Egeli Tekstil A.S., including to sign and submit customs declarations, receive documents and goods, and file applications and explanations.

The Attorney may not delegate these powers to third parties.
This Power of Attorney is valid until December 31, 2024.

Signature of the Attorney ____________ certified.

General Director ____________ O. N. Varlamova
""",
        {
            "number": "12/2024",
            "date": "2024-07-01",
            "total": None,
            "currency": None,
            "parties.principal.inn": "5483167163",
            "parties.principal.kpp": "540901001",
            "parties.principal.bik": "043939834",
            "parties.principal.account": "40702810269262524829",
        },
    ),
    _en(
        "e-en-letter-address-change",
        "letter",
        """
Northern Data Services LLC
24 Kozhevennaya Line, St. Petersburg, 199106, Russia
INN 7874793807 | KPP 784001001 | www.nds-spb.ru

Ref. No. 88/24
November 5, 2024

To: our customers and partners

Subject: Change of registered address

Dear partners,

We would like to inform you that from November 18, 2024 the registered address of Northern Data Services LLC changes to:
8 Uralskaya St., building 2, office 41, St. Petersburg, 199155, Russia.

Our INN remains the same. Because the company moves to another tax office, the KPP will change; we will send the new code in a separate letter once it is assigned. Our bank details, telephone numbers and e-mail addresses do not change.

Please use the new address in contracts, invoices and correspondence from November 18, 2024.

Yours sincerely,

Dmitry A. Lebedev
General Director
""",
        {
            "number": "88/24",
            "date": "2024-11-05",
            "total": None,
            "currency": None,
        },
    ),
    _en(
        "e-en-other-calibration-certificate",
        "other",
        """
PRECISION METROLOGY LABORATORY LLC
Accreditation certificate RA.RU.311702

CERTIFICATE OF CALIBRATION
Certificate No.: CAL-24-1187                  Page 1 of 2

Customer:        Ural Mining Machinery JSC, Kopeysk
Instrument:      Digital torque wrench, model TW-400D
Serial No.:      TW4-220915
Range:           40 to 400 N·m
Date of calibration: 2024-08-20
Date of issue:       2024-08-22
Recommended recalibration: 2025-08-20
Ambient conditions: 21.3 °C, 46 % RH

Nominal, N·m    Measured, N·m    Error, %    Tolerance, %    Result
40              40.9             +2.2        ±4.0            Pass
200             201.4            +0.7        ±4.0            Pass
400             397.2            -0.7        ±4.0            Pass

Expanded uncertainty U = 0.8 % (k = 2, approx. 95 % confidence).
The results refer only to the item calibrated.

Calibrated by: ______ E. S. Grishina       Approved by: ______ L. M. Sorokin
""",
        {
            "number": "CAL-24-1187",
            "date": "2024-08-22",
            "total": None,
            "currency": None,
        },
    ),
]
