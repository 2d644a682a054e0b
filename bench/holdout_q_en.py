# ruff: noqa: E501
"""English documents of set Q. `bench.holdout_q` describes the set and its labels."""

from .holdout import HoldoutDocument

_INVOICES = [
    HoldoutDocument(
        id="q-en-invoice-us-stack-deposit-balance-header",
        document_type="invoice",
        language="en",
        text="""\
MERRIMACK BEND FABRICATION, LLC
418 Industrial Park Drive, Nashua, NH 03062  |  (603) 555-0148  |  billing@merrimackbend.example

INVOICE                                                              AMOUNT DUE
Invoice #: MBF-10482                                                 $3,899.58
Invoice date: 11/14/2025                                             Due 12/14/2025
Terms: Net 30

Bill To:                                        Ship To:
Fulton Ridge Controls Inc.                      Fulton Ridge Controls Inc. - Receiving, Dock 3
27 Fulton Street                                1150 Route 9
Poughkeepsie, NY 12601                          Wappingers Falls, NY 12590
Customer PO: FRC-PO-55817                       Ship via: LTL freight, 2 pallets

QTY   ITEM       DESCRIPTION                                  UNIT PRICE          AMOUNT
500   LB-2208    Laser-cut steel bracket, 11 ga, deburred           4.85        2,425.00
500   PC-BLK     Powder coating, textured black                     1.20          600.00
40    EA-1140    Enclosure assembly, NEMA 4X, hinged door          62.50        2,500.00

                                                  Subtotal                      5,525.00
                                                  Discount (5%, PO over $5,000)  -276.25
                                                  Taxable amount                5,248.75
                                                  Sales tax (NY, 8.875%)          465.83
                                                  Shipping (LTL freight)          185.00
                                                  Invoice total                $5,899.58
                                                  Deposit received 11/03/2025  -2,000.00
                                                  Balance due                  $3,899.58

Please remit the balance due by ACH (bank details on the enclosed remittance slip) or mail a check
payable to Merrimack Bend Fabrication, LLC. A 1.5% monthly charge applies to balances past due.
Thank you for your business!
""",
        expected={
            "number": "MBF-10482",
            "date": "2025-11-14",
            "total": "5899.58",
            "currency": "USD",
        },
    ),
    HoldoutDocument(
        id="q-en-invoice-turkish-lira-scan",
        document_type="invoice",
        language="en",
        noisy=True,
        text="""\
KESTANE HAVLU TEKSTIL SANAYI VE TICARET A.S.
Organize Sanayi Bolgesi, Mavi Cad. No: l4, l614O Nilufer / BURSA / TURKIYE
Vergi Dairesi: Nilufer   Vergi No: O68O417253
COMMERCIAL INVOICE   No: AHT-2O25/O871      Date: 21.11.2O25
Buyer: LLC "Donskoy Tekstilny Dom" (OOO «Донской текстильный дом»)
344O19, Rostov-on-Don, Sholokhova ave., 31, office 5, Russia
INN 6l89523595   KPP 6l22O1OO1
Terms of delivery: FCA Bursa (Incoterms 2O2O)   Payment: 1OO% T/T within 3O days
| No | Description of goods | HS Code | Qty, pcs | Unit price, TRY | Amount, TRY |
| 1 | Cotton terry towel 5Ox9O cm, 5OO g/m2 | 63O2.6O | 2 4OO | 118,5O | 284.4OO,OO |
| 2 | Cotton bath towel 7Ox14O cm | 63O2.6O | 1 8OO | 214,OO | 385.2OO,OO |
| 3 | Bathrobe, cotton terry, unisex | 62O8.91 | 6OO | 642,OO | 385.2OO,OO |
|   | Subtotal | | 4 8OO | | l.O54.8OO,OO |
|   | Inland freight to forwarder's warehouse | | | | 38.5OO,OO |
|   | TOTAL AMOUNT (TL) | | | | l.O93.3OO,OO |
SAY: ONE MILLION NINETY-THREE THOUSAND THREE HUNDRED TURKISH LIRA ONLY
Bank: Marmara Katilim Bankasi, Bursa Branch, SWIFT MRMBTRISXXX
IBAN TR54OOO64O83l62l6477863644
Country of origin: Turkiye. We hereby certify that this invoice is true and correct.
""",
        expected={
            "number": "AHT-2025/0871",
            "date": "2025-11-21",
            "total": "1093300.00",
            "currency": "TRY",
            "parties.buyer.inn": "6189523595",
            "parties.buyer.kpp": "612201001",
        },
    ),
    HoldoutDocument(
        id="q-en-invoice-credit-note-minus-euro",
        document_type="invoice",
        language="en",
        text="""\
VOLGA PRECISION COMPONENTS LLC (OOO «Волжские прецизионные компоненты»)
445044, Russia, Togliatti, Yuzhnoye shosse, 36, bldg 2
INN 6325719335, KPP 632201001

CREDIT NOTE No. CN-2025-014
Date: 2 December 2025
Refers to invoice No. EXP-2025-0388 of 14 October 2025

Customer: Peetri Ajamid OU
Registry code 14823067, VAT EE102348516
Peterburi tee 71, 11415 Tallinn, Estonia
IBAN EE402244730971002011

Item  Description                                        Qty   Unit price, EUR     Amount, EUR
1     Gear shaft GS-40, returned as defective            -12            285.00       -3,420.00
      (claim No. PA-RC-0917 of 20.11.2025)
2     Price reduction for late delivery, 5% of             1         -1,440.00       -1,440.00
      invoice EXP-2025-0388

                                         Net amount                             EUR -4,860.00
                                         VAT 0% (export of goods)                         0.00
                                         TOTAL CREDIT                           EUR -4,860.00

The amount of EUR 4,860.00 will be offset against our next invoice or refunded on request.
Our bank details: account 40702978076260007056 (EUR) with JSC "Bank Zhiguli Invest", Togliatti,
BIC 043602620, corr. account 30101810200000000620.

General Director ______________ A. V. Shmelev
""",
        expected={
            "number": "CN-2025-014",
            "date": "2025-12-02",
            "total": "4860.00",
            "currency": "EUR",
            "parties.seller.inn": "6325719335",
            "parties.seller.kpp": "632201001",
            "parties.seller.bik": "043602620",
            "parties.seller.account": "40702978076260007056",
        },
    ),
]

_ACTS = [
    HoldoutDocument(
        id="q-en-act-translation-totals-row",
        document_type="act",
        language="en",
        text="""\
(Translation from Russian)

ACT No. 93 of 28 November 2025
on services rendered under Contract No. PR-12/2025 of 10 March 2025

Contractor: LLC "Kuban Lingua Service", INN 2325079215, KPP 233301001,
350000, Krasnodar, Krasnaya str., 122, office 41, settlement account 40702810806626134324
with JSC "Bank Kubanskiy Kredit", BIC 040330991, corr. account 30101810000000000991
Customer: LLC "Yenisei Hydro Engineering", INN 2494639743, KPP 242001001,
660049, Krasnoyarsk, Karla Marksa str., 48, office 702

Amounts in RUB
No. Description                          Unit Qty   Price  Amount excl. VAT Rate        VAT Amount incl. VAT
1   Translation of technical manuals     page 420  680.00        285,600.00  20%  57,120.00       342,720.00
2   Editing and terminology check        page 420  190.00         79,800.00  20%  15,960.00        95,760.00
3   Desktop publishing (layout)          page 420  110.00         46,200.00  20%   9,240.00        55,440.00
Total                                                            411,600.00       82,320.00       493,920.00

Total services rendered: 3, for the amount of ₽493,920.00 (four hundred ninety-three thousand nine
hundred twenty roubles 00 kopecks), including VAT ₽82,320.00.
The services have been rendered in full and on time. The Customer has no claims as to the scope,
quality or timing of the services.

Contractor: Director ______________ M. S. Avakyan      Customer: Chief Engineer ______________ P. I. Dorn
""",
        expected={
            "number": "93",
            "date": "2025-11-28",
            "total": "493920.00",
            "currency": "RUB",
            "parties.seller.inn": "2325079215",
            "parties.seller.kpp": "233301001",
            "parties.seller.bik": "040330991",
            "parties.seller.account": "40702810806626134324",
            "parties.buyer.inn": "2494639743",
            "parties.buyer.kpp": "242001001",
        },
    ),
]

_UPD = [
    HoldoutDocument(
        id="q-en-upd-translation-without-vat",
        document_type="upd",
        language="en",
        text="""\
UNIVERSAL TRANSFER DOCUMENT (translation)                                        Status: 2
Invoice No. 212 dated 04.12.2025 (1)                 Correction No. -- dated -- (1a)
Seller: Individual Entrepreneur Denis Olegovich Zakharchenko (2)
Address: 630108, Novosibirsk, Plakhotnogo str., 27, apt. 114 (2a)
Seller's INN/KPP: 549091102644 (2b)
Shipper and its address: same (3)
Consignee and its address: LLC "Ural Instrument Works", 454080, Chelyabinsk, Lenina ave., 83 (4)
To payment document No. -- dated -- (5)
Buyer: LLC "Ural Instrument Works" (6)
Address: 454080, Chelyabinsk, Lenina ave., 83 (6a)
Buyer's INN/KPP: 7436921108/743401001 (6b)
Currency: name, code  Russian ruble, 643 (7)

No.| Product                       |Unit| Qty|  Price |Cost excl. tax| Tax rate  | Tax amount|Cost incl. tax
1  | PCB assembly, board UI-7      |pcs | 250| 412.00 |   103,000.00 |without VAT|without VAT|   103,000.00
2  | Functional testing of boards  |pcs | 250|  58.00 |    14,500.00 |without VAT|without VAT|    14,500.00
Total payable (9)                                117,500.00       X     without VAT       117,500.00

The seller applies the simplified tax system, VAT is not charged (Article 346.11 of the Tax Code).
OGRNIP 306544248026067. Bank details: account 40802810422113067890 with JSC "Bank Obskoy Invest",
BIC 045011439, corr. account 30101810600000000439.
Basis of transfer: Contract No. 07/PP dated 15.09.2025, purchase order No. 44
Goods transferred: Individual Entrepreneur ______________ D. O. Zakharchenko
Date of shipment: 04 December 2025
Goods received: Storekeeper ______________ E. A. Lyamina      Date of receipt: 05 December 2025
""",
        expected={
            "number": "212",
            "date": "2025-12-04",
            "total": "117500.00",
            "currency": "RUB",
            "parties.seller.inn": "549091102644",
            "parties.seller.kpp": None,
            "parties.seller.bik": "045011439",
            "parties.seller.account": "40802810422113067890",
            "parties.buyer.inn": "7436921108",
            "parties.buyer.kpp": "743401001",
        },
    ),
]

_PAYMENT_ORDERS = [
    HoldoutDocument(
        id="q-en-payment-order-translation-amount-box",
        document_type="payment_order",
        language="en",
        text="""\
(Translation of a payment order prepared for the auditor; the original is in Russian.)

PAYMENT ORDER No. 904                                                          Form 0401060
Date: 11.12.2025                Type of payment: electronic
Amount in words: Three hundred twelve thousand four hundred rubles 00 kopecks

Payer's INN 5925028391        Payer's KPP 591901001        Amount       312400-00
Payer: LLC "Kama Pump Service"                              Account No.  40702810130762993662
Payer's bank: JSC "Bank Prikamskiy Kapital", Perm           BIC          045790620
                                                            Account No.  30101810100000000620
Payee's bank: PJSC "Bank Chernozemye Invest", Voronezh      BIC          042043043
                                                            Account No.  30101810000000000043
Payee's INN 3671438398        Payee's KPP 362301001        Account No.  40702810743297978980
Payee: LLC "Voronezh Hydraulic Components"
                                                            Type of operation 01
                                                            Order of priority 5

Purpose of payment: Payment for invoice No. 3318 dated 05.12.2025 for hydraulic cylinders
under contract No. 14/GK dated 20.02.2025. Including VAT 20% 52066-67

Signatures: ______________ R. T. Sadykov       ______________ L. V. Ermakova
Bank marks: debited from payer's account 11.12.2025
""",
        expected={
            "number": "904",
            "date": "2025-12-11",
            "total": "312400.00",
            "currency": "RUB",
            "parties.payer.inn": "5925028391",
            "parties.payer.kpp": "591901001",
            "parties.payer.bik": "045790620",
            "parties.payer.account": "40702810130762993662",
            "parties.payee.inn": "3671438398",
            "parties.payee.kpp": "362301001",
            "parties.payee.bik": "042043043",
            "parties.payee.account": "40702810743297978980",
        },
    ),
]

_RECEIPTS = [
    HoldoutDocument(
        id="q-en-receipt-hotel-hryvnia-split-payment",
        document_type="receipt",
        language="en",
        noisy=True,
        text="""\
HOTEL TEATRALNYI DVIR
ll Teatralna St., Lviv 79OO8, Ukraine   EDRPOU 41827356
GUEST FOLIO / RECEIPT
Folio No: 25-ll-O734      Room: 4l2
Guest: Mr. Tomas Kowalczyk
Arrival: 17.11.2O25   Departure: 2O.11.2O25
Date      Description                        Qty   Amount, UAH
17.ll.25  Accommodation, Superior double      1      2,45O.OO
18.ll.25  Accommodation, Superior double      1      2,45O.OO
19.ll.25  Accommodation, Superior double      1      2,45O.OO
18.ll.25  Breakfast                           3      1,l4O.OO
19.ll.25  Minibar                             1        265.OO
2O.ll.25  Tourist tax (3 nights)              3        l44.OO
TOTAL                                                8,899.OO UAH
Payments
2O.ll.25  VISA ****4418                              6,OOO.OO
2O.ll.25  Cash                                       2,9OO.OO
          Change                                         l.OO
Balance                                                  O.OO
Paid in full. Thank you for staying with us!
Receptionist: O. Hnatyshyn    2O.11.2O25 11:42
""",
        expected={
            "number": "25-11-0734",
            "date": "2025-11-20",
            "total": "8899.00",
            "currency": "UAH",
        },
    ),
]

_CONTRACTS = [
    HoldoutDocument(
        id="q-en-contract-dirham-total-and-instalments",
        document_type="contract",
        language="en",
        text="""\
SALE AND PURCHASE CONTRACT No. GCM-RU-2025/19

Dubai / Ufa                                                                        24 November 2025

Gulf Crest Machinery Trading L.L.C., registered in Dubai, UAE (Trade Licence No. 1048273,
TRN 100482736500003), hereinafter the "Seller", represented by its Manager Mr. Faisal Al Nuaimi,
and LLC "Bashkir Drilling Equipment" (OOO «Башкирское буровое оборудование»), Russia,
hereinafter the "Buyer", represented by its General Director Mr. Rustem Gabdrakhmanov,
have concluded this Contract as follows.

1. SUBJECT
1.1 The Seller sells and the Buyer buys spare parts for mud pumps listed in Appendix 1
(Specification), which is an integral part of this Contract.

2. PRICE AND TOTAL VALUE
2.1 Prices are stated in UAE Dirhams (AED), CPT Ufa (Incoterms 2020), packing included.
2.2 The total value of this Contract is AED 1,284,000.00 (One million two hundred eighty-four
thousand UAE Dirhams and 00 fils).

3. PAYMENT
3.1 Advance payment of 30%, AED 385,200.00, within 10 banking days after signing.
3.2 The balance of 70%, AED 898,800.00, within 30 days after delivery, against the commercial
invoice and the CMR.
3.3 Bank charges of the Buyer's bank are for the Buyer, all other charges are for the Seller.

4. DELIVERY
4.1 Delivery within 60 days after receipt of the advance payment, partial shipments allowed.

5. BANK DETAILS
Seller: Emirates Crest Bank PJSC, Dubai, SWIFT ECRBAEADXXX, IBAN AE100471028374651902837
Buyer: LLC "Bashkir Drilling Equipment", INN 0282334295, KPP 023101001,
450077, Ufa, Kirova str., 15, office 3, Russia
Account 40702784914897071248 (AED) with PJSC "Bank Agidel Invest", Ufa,
BIC 048074558, corr. account 30101810900000000558

For the Seller: ______________ F. Al Nuaimi        For the Buyer: ______________ R. Gabdrakhmanov
""",
        expected={
            "number": "GCM-RU-2025/19",
            "date": "2025-11-24",
            "total": "1284000.00",
            "currency": "AED",
            "parties.buyer.inn": "0282334295",
            "parties.buyer.kpp": "023101001",
            "parties.buyer.bik": "048074558",
            "parties.buyer.account": "40702784914897071248",
        },
    ),
]

_PACKING_LISTS = [
    HoldoutDocument(
        id="q-en-packing-list-yuan-invoice-value",
        document_type="packing_list",
        language="en",
        text="""\
NINGBO QIAOLAN ELECTRIC APPLIANCE CO., LTD.
No. 88 Jinhai Road, Beilun District, Ningbo, Zhejiang, China

                                     PACKING LIST
No.: HX-PL-251107                                                     Date: Nov 7, 2025
Invoice No.: HX-CI-251107, invoice value CNY 486,500.00, CIF Vladivostok
Shipper: Ningbo Qiaolan Electric Appliance Co., Ltd.
Consignee: LLC "Primorye Electro Trade", INN 2509076616, KPP 250101001,
690001, Vladivostok, Aleutskaya str., 45, office 310, Russia
Notify party: same as consignee
Vessel: HAI AN CHENG V.2547N    Port of loading: Ningbo    Port of discharge: Vladivostok
Container: HXCU 4418270 (40HC), seal No. HX2518847

Carton No.  Description                          Qty, pcs     N.W., kg     G.W., kg   Meas., m3
1-120       Electric kettle HX-K17, 1.7 L           1,440     1,584.00     1,752.00       10.80
121-260     Hand blender HX-B05, 600 W              1,680     1,092.00     1,260.00        8.96
261-320     Toaster HX-T02, 2 slots                   480       816.00       912.00        7.20
TOTAL:      320 CTNS                                3,600     3,492.00     3,924.00       26.96

SAY TOTAL: THREE HUNDRED TWENTY (320) CARTONS ONLY.
Shipping marks: PET / VLADIVOSTOK / C/No. 1-320 / MADE IN CHINA
""",
        expected={
            "number": "HX-PL-251107",
            "date": "2025-11-07",
            "total": None,
            "currency": "CNY",
            "parties.consignee.inn": "2509076616",
            "parties.consignee.kpp": "250101001",
        },
    ),
]

_BANK_STATEMENTS = [
    HoldoutDocument(
        id="q-en-bank-statement-yuan-account",
        document_type="bank_statement",
        language="en",
        text="""\
JSC "BANK TOBOLSK INVEST", Tyumen
BIC 047184174, corr. account 30101810600000000174

STATEMENT OF ACCOUNT No. 73
Statement date: 28 November 2025                       Period: 28.11.2025 - 28.11.2025
Account: 40702156610756900720                          Currency: CNY (Chinese yuan)
Account holder: LLC "Tyumen Oilfield Supply", INN 7248331723, KPP 723801001

Opening balance                                                                      18,240.50

Date        Doc.   Counterparty / details                                        Debit       Credit
28.11.2025  612    LLC "Tyumen Oilfield Supply", account 40702810903171671234,               250,000.00
                   purchase of CNY at 11.0520 RUB per CNY
28.11.2025  4418   SHANDONG BEIYAN PETROLEUM MACHINERY CO., LTD., DONGYING,  236,400.00
                   payment for invoice BY-25-3307, contract BY-TOS-2024/06
28.11.2025  9      Bank commission for transfer No. 4418                        120.00
Turnover                                                                     236,520.00   250,000.00
Closing balance                                                                      31,720.50

Printed 29.11.2025 08:15 from the "TI-Business" online bank. Operations: 3.
""",
        expected={
            "number": "73",
            "date": "2025-11-28",
            "currency": "CNY",
            "parties.account_holder.inn": "7248331723",
            "parties.account_holder.kpp": "723801001",
            "parties.account_holder.bik": "047184174",
            "parties.account_holder.account": "40702156610756900720",
        },
    ),
]

_PASSPORTS = [
    HoldoutDocument(
        id="q-en-passport-belarus",
        document_type="passport",
        language="en",
        text="""\
РЭСПУБЛІКА БЕЛАРУСЬ / REPUBLIC OF BELARUS
ПАШПАРТ / PASSPORT

Тып / Type  P        Код дзяржавы / Code of State  BLR        Пашпарт № / Passport No.  MP3718264
Прозвішча / Surname          ZHUKAVA
Імя / Given names            VOLHA
Грамадзянства / Nationality  REPUBLIC OF BELARUS
Дата нараджэння / Date of birth     21 JUL 1990
Асабісты № / Personal No.           4210790A012PB3
Пол / Sex  F                        Месца нараджэння / Place of birth  GOMEL
Дата выдачы / Date of issue         14 JUN 2021
Тэрмін дзеяння / Date of expiry     14 JUN 2031
Орган выдачы / Authority            MINISTRY OF INTERNAL AFFAIRS

P<BLRZHUKAVA<<VOLHA<<<<<<<<<<<<<<<<<<<<<<<<<<
MP37182648BLR9007212F31061414210790A012PB34
""",
        expected={
            "number": "MP3718264",
            "date": "2021-06-14",
            "total": None,
            "currency": None,
        },
    ),
]

_POWERS_OF_ATTORNEY = [
    HoldoutDocument(
        id="q-en-power-of-attorney-dollar-limit",
        document_type="power_of_attorney",
        language="en",
        text="""\
POWER OF ATTORNEY No. 112/25

Omsk, Russian Federation                                                        3 December 2025

LLC "Irtysh Agro Export" (INN 5568852880, KPP 553601001, OGRN 5165551589374), 644043, Omsk,
Frunze str., 80, office 12, represented by General Director Mr. Igor Leonidovich Belousov, acting
under the Charter, hereby authorises

Mr. Andrei Sergeevich Voronin, INN 776567129868, passport 45 18 No. 772104 issued on 11.04.2018,

to negotiate and sign on behalf of the Company foreign trade contracts for the export of grain,
specifications and invoices with a value of up to USD 50,000.00 (fifty thousand US dollars) per
transaction, to sign applications for currency transfers and documents for currency control,
and to receive and hand over documents in banks and customs authorities.

This Power of Attorney is valid until 31 December 2026 and may not be delegated.

Signature of Mr. A. S. Voronin ______________ is certified.

General Director ______________ I. L. Belousov
""",
        expected={
            "number": "112/25",
            "date": "2025-12-03",
            "total": None,
            "currency": "USD",
            "parties.principal.inn": "5568852880",
            "parties.principal.kpp": "553601001",
            "parties.attorney.inn": "776567129868",
        },
    ),
]

_LETTERS = [
    HoldoutDocument(
        id="q-en-letter-open-invoices-dirham",
        document_type="letter",
        language="en",
        text="""\
GULF HORIZON HEAVY EQUIPMENT TRADING L.L.C.
Office 1204, Al Quoz Industrial Area 3, Dubai, UAE  |  TRN 100387215400003  |  ar@gulfhorizon.example

Our ref.: GH/AR/2025-211                                                    Dubai, 8 December 2025

To: LLC "Baikal Mining Machinery", Irkutsk, Russia
Attn.: Mr. B. Ts. Nimaev, General Director

Subject: Statement of open invoices under Contract GH-RU-07

Dear Mr. Nimaev,

Thank you for your transfer of 3 December 2025. According to our records, the position of your
account on 8 December 2025 is as follows:

Invoice        Date          Due date       Amount, AED       Paid, AED       Open, AED
GH-25/1042     02.09.2025    02.10.2025      212,600.00      212,600.00            0.00
GH-25/1117     14.10.2025    13.11.2025      146,300.00       60,000.00       86,300.00
GH-25/1187     20.11.2025    20.12.2025      184,250.00      184,250.00            0.00
Total                                        543,150.00      456,850.00       86,300.00

Invoice GH-25/1117 is overdue by 25 days. We kindly ask you to settle the open amount of
AED 86,300.00 by 19 December 2025. If the payment has already been made, please send us
the SWIFT confirmation.

Yours sincerely,
Rania Haddad, Accounts Receivable
""",
        expected={
            "number": "GH/AR/2025-211",
            "date": "2025-12-08",
            "total": None,
            "currency": "AED",
        },
    ),
]

_OTHER = [
    HoldoutDocument(
        id="q-en-other-building-estimate-pounds",
        document_type="other",
        language="en",
        text="""\
HARTLEY & BROOKS BUILDING SERVICES LTD
Unit 7, Canal Side Works, Leeds LS11 5QR  |  Company No. 09482716  |  VAT Reg. GB 318 4472 09

ESTIMATE No. EST-2025-0415                                                      Date: 27/11/2025
Valid for 30 days (until 27/12/2025)

Prepared for: Northgate Print Studio Ltd, 14 Wharf Street, Leeds LS2 7EQ
Re: Refurbishment of first-floor office, approx. 86 m2

Item  Description                                       Qty   Unit        Rate, £        Amount, £
1     Strip out of existing partitions and ceiling        1   item       1,450.00         1,450.00
2     Stud partitions with plasterboard, taped           42   m2            68.00         2,856.00
3     Suspended ceiling grid and tiles                   86   m2            39.50         3,397.00
4     LED panel lights, supply and fit                   24   nr           112.00         2,688.00
5     Carpet tiles, supply and lay                       86   m2            27.50         2,365.00
6     Decoration, two coats of emulsion                   1   item       1,180.00         1,180.00
                                            Subtotal                                   13,936.00
                                            Contingency 5%                                696.80
                                            Net total                                  14,632.80
                                            VAT @ 20%                                   2,926.56
                                            Estimate total                             17,559.36

This is an estimate, not an invoice, and no payment is due on it. Should you accept it, we will
confirm the programme and issue a 30% deposit invoice before works start.

Daniel Hartley, Director
""",
        expected={
            "number": "EST-2025-0415",
            "date": "2025-11-27",
            "total": None,
            "currency": "GBP",
        },
    ),
]

ENGLISH_DOCUMENTS_Q = [
    *_INVOICES,
    *_ACTS,
    *_UPD,
    *_PAYMENT_ORDERS,
    *_CONTRACTS,
    *_PACKING_LISTS,
    *_BANK_STATEMENTS,
    *_RECEIPTS,
    *_PASSPORTS,
    *_POWERS_OF_ATTORNEY,
    *_LETTERS,
    *_OTHER,
]
