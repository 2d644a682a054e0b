"""English documents of set J, whose money is hard to read (see `bench.holdout_j`)."""

from .holdout import HoldoutDocument

_INVOICE_CHINA_YUAN_DEPOSIT = """\
ZHEJIANG HENGDA AGRICULTURAL MACHINERY CO., LTD.
No. 88 Jinyi Industrial Road, Jinhua, Zhejiang 321016, China
Tel +86 579 8226 4150

COMMERCIAL INVOICE

Invoice No.: HD-AM-251207                       Date: Dec 7, 2025
Contract No.: YH-2025/07                        Terms: CPT Zabaikalsk, Incoterms 2020

Buyer:
Agroholding Yenisei LLC
4 Elevatornaya St., Achinsk, Krasnoyarsk Territory, 662150, Russia
INN 2436211490, KPP 243601001
Buyer's bank: Siberian Trade Bank JSC, BIK 040347170
CNY account 40702156326212997220, corr. account 30101810900000000170

Item  Description                               Qty        Unit price    Amount (CNY)
1     Seed drill disc assembly                  120 sets     1,980.00      237,600.00
2     Gearbox for harvester header               16 pcs     12,450.00      199,200.00
3     Hydraulic cylinder 63/40                   40 pcs      1,240.00       49,600.00

                                              Subtotal:                    486,400.00
                                              Freight to Zabaikalsk:        18,600.00
                                              TOTAL:                   CNY 505,000.00
                                              Less deposit 30%
                                              received 20 Oct 2025:       (151,500.00)
                                              BALANCE DUE:             CNY 353,500.00

SAY: CHINESE YUAN FIVE HUNDRED AND FIVE THOUSAND ONLY.
Balance payable within 15 days of the shipment date.

Beneficiary bank: Bank of Jinhua Co., Ltd., SWIFT JHCCCNBJ
Account: 33050162 7480 0000 1186

For and on behalf of Zhejiang Hengda Agricultural Machinery Co., Ltd.
Authorised signature: ______________  Chen Lihua, Sales Manager
"""

_INVOICE_KAZAKH_IT_TENGE_SCAN = """\
STEPPE S0FT LLP
BIN l7O84OO2l456
5O Dostyk Ave., office 7l2, Almaty O5OOlO, Kazakhstan
IBAN KZ37722COOOO22O467l8, Kaspi Business Bank JSC

INV0ICE No. SS-2O25/2l9
Date: lO December 2O25

Bill to: Medpharm Distribution LLC
8l Osipenko St., Tyumen 625OO2, Russia
INN 7265443O32
Tax Reason Code (KPP): 72650lOOl
Agreement: IT outsourcing agreement No. SS-RU-O4 of O3.O2.2O25

| Description                               | Qty  | Rate (KZT)   | Amount (KZT)   |
| Remote helpdesk support, November 2O25    | l    | l,85O,OOO.OO | l,85O,OOO.OO   |
| On-call L3 support, hours                 | 24   | 25,OOO.OO    | 6OO,OOO.OO     |
Subtotal                                                       2,45O,OOO.OO
Discount 5% (annual contract)                                  -l22,5OO.OO
T0TAL DUE                                                 KZT 2,327,5OO.OO
(two million three hundred twenty-seven thousand five hundred tenge OO tiyn)

VAT: not charged by the supplier. The buyer accounts for Russian VAT as tax agent.
Late payment interest O.l% per day.
Director _________ A. Seitkali
"""

_INVOICE_BELARUS_CRANE_RENTAL = """\
MINSK EQUIPMENT RENT LLC
UNP 193456781
18 Platonova St., office 4, Minsk 220089, Republic of Belarus
IBAN BY61ALFA30122E47810010270000 (BYN), Alfa Business Bank CJSC, BIC ALFABY2X

INVOICE No. MER-0457
Date: 2025-12-03
Rental agreement No. 12/RU-25 dated 2025-10-01

Customer: Uraldorstroy LLC
36 Malysheva St., office 512, Yekaterinburg 620014, Russia
INN 6634799296
KPP: 663401001

Description                                 Qty   Unit       Price (BYN)   Amount (BYN)
Mobile crane rental, 25 t, December 2025 and
January 2026                                 2    month        9,800.00      19,600.00
Mobilisation and demobilisation              1    service      1,450.00       1,450.00

TOTAL                                                               BYN 21,050.00
Amount in words: twenty-one thousand fifty Belarusian rubles 00 kopecks.

Security deposit held under clause 4.3 of the agreement: BYN 5,000.00 (not part of
this invoice; returned after the crane is handed back).
VAT is not charged: the place of supply is the Russian Federation, and the customer
accounts for VAT.
Payment within 10 banking days in Belarusian rubles.

Director ____________ P. Lukashevich
"""

_ACT_ADVERTISING_PENALTY = """\
ACCEPTANCE CERTIFICATE No. 45/AD
for advertising services

Nizhny Novgorod                                                 December 12, 2025

Contractor:                                   Customer:
Mediapolis Advertising Agency LLC             Volzhsky Bakery LLC
INN 5264917180                                INN 5260709670
Tax Reason Code (KPP) 526401001               Tax Reason Code (KPP) 526001001
10 Alekseevskaya St., office 4                19 Iyulskikh Dney St.
Nizhny Novgorod 603005                        Nizhny Novgorod 603011
Account 40702810491570177534                  Account 40702810960786480986
Volga-Oka Bank JSC, BIK 044652915             Volga-Oka Bank JSC, BIK 044652915
Corr. account 30101810800000000915            Corr. account 30101810800000000915

Under Agreement No. 21/R of 15.09.2025 the Contractor rendered in November 2025:

No. | Service                                            | Amount, RUB
1   | Billboard placement, 12 faces x 4 weeks            | 420,000.00
2   | Radio spot production and airing, 160 spots        | 192,000.00
    | Total, including VAT                               | 612,000.00
    | incl. VAT 20%                                      | 102,000.00

Penalty for late posting of 3 faces (clause 7.2), withheld by the Customer: RUB 9,180.00
Amount payable after the penalty: RUB 602,820.00

The services were rendered in full. The Customer has no claims other than the
late posting stated above.

For the Contractor __________ A.V. Golubeva     For the Customer __________ A.V. Golubev
"""

_UPD_AGROCHEMICALS_TRANSLATION_SCAN = """\
UNIVERSAL TRANSFER D0CUMENT (translation from Russian)      Status: l
Invoice No. l622 dated lO.l2.2O25
Seller: Don Agrochemistry JSC
Address: 3l Sholokhova Ave., Rostov-on-Don 3444OO
Seller's INN/KPP: 6ll7775650/6ll7OlOOl
Shipper: same as seller
Consignee: Kuban Agroinvest LLC, 3 Mira St., Korenovsk 353l8O
Buyer: Kuban Agroinvest LLC
Buyer's INN/KPP: 23472O58Ol/2347OlOOl
Currency: Russian rouble, 643

|No| Goods        |Unit| Qty | Price excl.| Cost excl. |VAT| VAT amount | Cost incl. |
|  |              |    |     | VAT        | VAT        |   |            | VAT        |
|l | Granstar Pro | l  | l2O | 3,9OO.OO   | 468,OOO.OO |2O%| 93,6OO.OO  | 56l,6OO.OO |
|2 | Kolosal Pro  | l  | 8O  | 2,925.OO   | 234,OOO.OO |2O%| 46,8OO.OO  | 28O,8OO.OO |
Total payable                          | 7O2,OOO.OO | X | l4O,4OO.OO | 842,4OO.OO |

Transferred by: storekeeper R.A. Kuzmenko   Received by: agronomist V.S. Dyachenko
Date of shipment lO.l2.2O25
"""

_PAYMENT_ORDER_MEDICAL_INSURANCE = """\
KAMA COMMERCIAL BANK JSC - Internet Banking

PAYMENT ORDER No. 774
Date: 05-Dec-2025                Payment type: electronic           Form 0401060

Amount: RUB 58,320.00
Amount in words: fifty-eight thousand three hundred twenty roubles 00 kopecks

Payer: Baytforce Service LLC
Payer's INN 1619908745      Payer's KPP 161901001
Payer's account 40702810120884029259
Payer's bank: Kama Commercial Bank JSC, Kazan
BIK 045769910, corr. account 30101810900000000910

Payee: Obereg Insurance JSC
Payee's INN 6962973860      Payee's KPP 695001001
Payee's account 40702810574376056645
Payee's bank: Tver Commercial Bank JSC, Tver
BIK 041595330, corr. account 30101810000000000330

Payment priority: 5     Operation type: 01
Purpose of payment: Insurance premium under voluntary health insurance policy
No. DMS-25-00417 for December 2025, 54 insured employees x RUB 1,080.00.
VAT exempt.

Signatures: R.I. Khasanov ________   L.M. Safina ________
"""

_CONTRACT_EQUIPMENT_LEASE = """\
EQUIPMENT LEASE AGREEMENT No. EL-2025/077

Yekaterinburg                                                  20 November 2025

TechProkat-Ural LLC (the "Lessor") and ChelyabStroyKvartal LLC (the "Lessee") have
agreed as follows.

1. Equipment. The Lessor leases to the Lessee a crawler excavator Komatsu PC300 with
a hydraulic breaker (the "Equipment") for use at the Lessee's site in Chelyabinsk.
2. Term. Six (6) months from the date of the handover certificate.
3. Rent. The monthly rent is RUB 310,000.00, including VAT (20%) of RUB 51,666.67,
payable in advance by the 5th day of each month.
4. Total value. The total rent for the Lease Term is RUB 1,860,000.00 (one million
eight hundred sixty thousand roubles 00 kopecks), including VAT (20%) of
RUB 310,000.00.
5. Security deposit. Within 5 banking days of signing, the Lessee pays a security
deposit of RUB 310,000.00, which the Lessor returns within 10 days after the
Equipment is returned or offsets against the last month's rent.
6. Late payment. The Lessee pays a penalty of 0.1% of the overdue amount per day.
7. Delivery. The Lessee arranges and pays for transport of the Equipment.

Requisites of the Parties

Lessor: TechProkat-Ural LLC
8 Posadskaya St., Yekaterinburg 620102
INN 6617017848, Tax Reason Code (KPP) 661701001
Account 40702810766788161258, Ural Industrial Bank PJSC
BIK 042599524, corr. account 30101810500000000524

Lessee: ChelyabStroyKvartal LLC
27 Sverdlovsky Ave., Chelyabinsk 454091
INN 7451280635, Tax Reason Code (KPP) 745101001
Account 40702810385767964527, Ural Industrial Bank PJSC
BIK 042599524, corr. account 30101810500000000524

For the Lessor ____________ A.S. Berdnikov     For the Lessee ____________ A.L. Stepanov
"""

_WAYBILL_CMR_PHARMACEUTICALS_SCAN = """\
INTERNATI0NAL C0NSIGNMENT N0TE   CMR   No. PL-7734l
l Sender: PharmaTrans Polska Sp. z o.o., ul. Skladowa l2, 6l-897 Poznan, Poland
2 Consignee: Medpharm Distribution LLC
  8l Osipenko St., Tyumen 625OO2, Russia
  INN 7265443O32  KPP 72650lOOl
3 Place of delivery: Tyumen, Russia
4 Place and date of taking over the goods: Poznan, O2.l2.2O25
5 Documents attached: invoice PT/25/ll84, packing list, temperature log
6-9 l8 pallets, medicines (tablets, injections), thermo-controlled +2...+8 C
ll Gross weight: 7 42O kg      l2 Volume: 32 m3
l5 Cash on delivery: -
l6 Carrier: Trans-Wisla Sp. z o.o., Gniezno, Poland
   truck WGN 4O2lK / trailer WGN 77l8P
2l Established in Poznan on O2.l2.2O25
22 Signature of sender ______    23 Signature of carrier ______
24 Goods received: __________ date ______
"""

_PACKING_LIST_SEEDS_NETHERLANDS = """\
VAN DIJK SEEDS B.V.
Westlandseweg 40, 2291 PG Wateringen, the Netherlands

PACKING LIST No. PL-25-0931
Date: 1 December 2025
Commercial invoice: VDS-25-1180 of Nov 28, 2025

Shipper: Van Dijk Seeds B.V., Wateringen, the Netherlands
Consignee: Agroseeds Chernozemye LLC
12a Studencheskaya St., Voronezh 394036, Russia
INN 3639884020, KPP 363901001
Transport: truck, via Brest, delivery terms DAP Voronezh

Carton | Contents                                   | Packs      | Net, kg | Gross, kg
1-12   | Onion seed, hybrid Sturon, 250,000 seeds   | 120 packs  | 96.0    | 109.2
13-20  | Tomato seed, hybrid Red Bell, 1,000 seeds  | 800 packs  | 2.4     | 14.6
21-24  | Cucumber seed, hybrid Amur, 1,000 seeds    | 400 packs  | 1.5     | 7.8
Total: 24 cartons                                                99.9      131.6

Seeds treated with Thiram. Phytosanitary certificate NL-PC-2025-448812 attached.
Packed by: J. de Vries ________
"""

_BANK_STATEMENT_EURO_ACCOUNT = """\
VOLGA-OKA BANK JSC
BIK 044652915, corr. account 30101810800000000915

STATEMENT No. 58
Account: 40702978674687367145 (EUR)
Account holder: Mediapolis Advertising Agency LLC
INN 5264917180, KPP 526401001
Period: 08.12.2025 - 08.12.2025           Statement date: 09.12.2025

Opening balance                                                          EUR 12,480.35

Value date | Ref.    | Counterparty / details                   | Debit      | Credit
08.12.2025 | 204417  | Hartmann Brauerei GmbH                   |            | 8,750.00
           |         | IBAN DE8537040044053217788100, invoice AD-EX-031
08.12.2025 | 204452  | Alpen Snacks GmbH                        |            | 4,320.00
           |         | IBAN AT761200000693217744, invoice AD-EX-029
08.12.2025 | 880921  | Sale of currency, proceeds credited to   | 10,000.00  |
           |         | RUB account 40702810491570177534, rate 91.2840
08.12.2025 | 880922  | Bank fee for the currency control        | 25.00      |

Turnover                                                          10,025.00    13,070.00
Closing balance                                                          EUR 15,525.35
"""

_RECEIPT_RESTAURANT_SCAN = """\
BLUE HARB0R GRILL
ll8O Ocean Dr, Miami Beach FL 33l39
Tel (3O5) 555-Ol42

Check #482l      Table l4     Guests 4
Server: Marisol
Dec 6, 2O25   9:l4 PM

2  Grilled Octopus        @ 26.OO      52.OO
1  Ribeye Steak l6 oz                  58.OO
1  Seafood Paella                      46.OO
2  Key Lime Pie           @ l2.OO      24.OO
2  Sparkling Water        @ 8.OO       l6.OO
   Corkage fee                         l8.OO

SUBT0TAL                             2l4.OO
Service charge l8%                    38.52
Sales tax 7%                          l4.98
T0TAL                             $ 267.5O
Tip ______
VISA ****44l7                      267.5O
Thank you!
"""

_PASSPORT_IRELAND = """\
IRELAND / ÉIRE
PASSPORT / PAS

Type / Cineál  P        Code / Cód  IRL        Passport No. / Uimh. Pas  PB7218463
Surname / Sloinne                 KEANEY
Given names / Réamhainmneacha     SIOBHAN MARIE
Nationality / Náisiúntacht        IRISH
Date of birth / Dáta breithe      12 MAR 1988
Sex / Gnéas                       F
Place of birth / Áit bhreithe     DUBLIN
Date of issue / Dáta eisiúna      18 JUN 2021
Date of expiry / Dáta éagtha      17 JUN 2031
Authority / Údarás                DFA

P<IRLKEANEY<<SIOBHAN<MARIE<<<<<<<<<<<<<<<<<<
PB72184639IRL8803126F3106176<<<<<<<<<<<<<<06
"""

_POWER_OF_ATTORNEY_INSURANCE_SCAN = """\
P0WER 0F ATT0RNEY No. l7/25-EN

Nizhny Novgorod                                   December 4, 2O25

Volzhsky Bakery LLC, INN 526O7O967O, KPP 52600l00l, l9 Iyulskikh Dney St.,
Nizhny Novgorod 6O30ll, represented by Director A.V. Golubev, acting under the
Charter, hereby authorises

Mr. Sergei Nikolaevich Zotov, INN 5226OO98l387, passport 22 l4 5530l7,

to represent the company before Obereg Insurance JSC in all matters concerning the
claim under motor hull policy No. OB-KS-0025-ll8734, to file and receive documents,
to attend the inspection of the vehicle and to sign the inspection report.

This power of attorney is valid until 3l March 2O26 without the right of
substitution.

Director __________ A.V. Golubev          Seal
"""

_LETTER_LEASE_OVERDUE_EURO = """\
NORDLEASE FINANCE GMBH
Schottenring 12, 1010 Vienna, Austria
IBAN AT522011182936474501, BIC GIBAATWWXXX

Kuban Agroinvest LLC
3 Mira St., Korenovsk 353180, Russia
INN 2347205801

Ref. NL/CR/2025/1893                                    Vienna, 11 December 2025

Subject: Overdue lease payments under Lease Agreement No. NL-RU-2023/014

Dear Mr. Kravchenko,

Our records show that the following instalments for the seed processing line remain
unpaid:

  Instalment due 15 October 2025                    EUR 16,200.00
  Instalment due 15 November 2025                   EUR 16,200.00
  Total overdue                                     EUR 32,400.00
  Late interest at 0.05% per day to 10 December     EUR  1,215.00

We ask you to transfer EUR 33,615.00 to the account above within 7 days. The
instalment of EUR 16,200.00 due on 15 December 2025 remains payable on its date.
If the amount is not received, we will have to suspend the maintenance service
under clause 9.4 of the agreement.

Yours sincerely,

Katharina Moser
Head of Credit Management
"""

ENGLISH_DOCUMENTS_J = [
    HoldoutDocument(
        id="j-en-invoice-china-yuan-deposit",
        document_type="invoice",
        language="en",
        text=_INVOICE_CHINA_YUAN_DEPOSIT,
        expected={
            "number": "HD-AM-251207",
            "date": "2025-12-07",
            "total": "505000.00",
            "currency": "CNY",
            "parties.buyer.inn": "2436211490",
            "parties.buyer.kpp": "243601001",
            "parties.buyer.bik": "040347170",
            "parties.buyer.account": "40702156326212997220",
        },
    ),
    HoldoutDocument(
        id="j-en-invoice-kazakh-it-tenge-scan",
        document_type="invoice",
        language="en",
        text=_INVOICE_KAZAKH_IT_TENGE_SCAN,
        expected={
            "number": "SS-2025/219",
            "date": "2025-12-10",
            "total": "2327500.00",
            "currency": "KZT",
            "parties.buyer.inn": "7265443032",
            "parties.buyer.kpp": "726501001",
        },
        noisy=True,
    ),
    HoldoutDocument(
        id="j-en-invoice-belarus-crane-rental",
        document_type="invoice",
        language="en",
        text=_INVOICE_BELARUS_CRANE_RENTAL,
        expected={
            "number": "MER-0457",
            "date": "2025-12-03",
            "total": "21050.00",
            "currency": "BYN",
            "parties.buyer.inn": "6634799296",
            "parties.buyer.kpp": "663401001",
        },
    ),
    HoldoutDocument(
        id="j-en-act-advertising-penalty",
        document_type="act",
        language="en",
        text=_ACT_ADVERTISING_PENALTY,
        expected={
            "number": "45/AD",
            "date": "2025-12-12",
            "total": "612000.00",
            "currency": "RUB",
            "parties.seller.inn": "5264917180",
            "parties.seller.kpp": "526401001",
            "parties.seller.bik": "044652915",
            "parties.seller.account": "40702810491570177534",
            "parties.buyer.inn": "5260709670",
            "parties.buyer.kpp": "526001001",
            "parties.buyer.bik": "044652915",
            "parties.buyer.account": "40702810960786480986",
        },
    ),
    HoldoutDocument(
        id="j-en-upd-agrochemicals-translation-scan",
        document_type="upd",
        language="en",
        text=_UPD_AGROCHEMICALS_TRANSLATION_SCAN,
        expected={
            "number": "1622",
            "date": "2025-12-10",
            "total": "842400.00",
            "currency": "RUB",
            "parties.seller.inn": "6117775650",
            "parties.seller.kpp": "611701001",
            "parties.buyer.inn": "2347205801",
            "parties.buyer.kpp": "234701001",
        },
        noisy=True,
    ),
    HoldoutDocument(
        id="j-en-payment-order-medical-insurance",
        document_type="payment_order",
        language="en",
        text=_PAYMENT_ORDER_MEDICAL_INSURANCE,
        expected={
            "number": "774",
            "date": "2025-12-05",
            "total": "58320.00",
            "currency": "RUB",
            "parties.payer.inn": "1619908745",
            "parties.payer.kpp": "161901001",
            "parties.payer.bik": "045769910",
            "parties.payer.account": "40702810120884029259",
            "parties.payee.inn": "6962973860",
            "parties.payee.kpp": "695001001",
            "parties.payee.bik": "041595330",
            "parties.payee.account": "40702810574376056645",
        },
    ),
    HoldoutDocument(
        id="j-en-contract-equipment-lease",
        document_type="contract",
        language="en",
        text=_CONTRACT_EQUIPMENT_LEASE,
        expected={
            "number": "EL-2025/077",
            "date": "2025-11-20",
            "total": "1860000.00",
            "currency": "RUB",
            "parties.seller.inn": "6617017848",
            "parties.seller.kpp": "661701001",
            "parties.seller.bik": "042599524",
            "parties.seller.account": "40702810766788161258",
            "parties.buyer.inn": "7451280635",
            "parties.buyer.kpp": "745101001",
            "parties.buyer.bik": "042599524",
            "parties.buyer.account": "40702810385767964527",
        },
    ),
    HoldoutDocument(
        id="j-en-waybill-cmr-pharmaceuticals-scan",
        document_type="waybill",
        language="en",
        text=_WAYBILL_CMR_PHARMACEUTICALS_SCAN,
        expected={
            "number": "PL-77341",
            "date": "2025-12-02",
            "currency": None,
            "parties.consignee.inn": "7265443032",
            "parties.consignee.kpp": "726501001",
        },
        noisy=True,
    ),
    HoldoutDocument(
        id="j-en-packing-list-seeds-netherlands",
        document_type="packing_list",
        language="en",
        text=_PACKING_LIST_SEEDS_NETHERLANDS,
        expected={
            "number": "PL-25-0931",
            "date": "2025-12-01",
            "total": None,
            "currency": None,
            "parties.consignee.inn": "3639884020",
            "parties.consignee.kpp": "363901001",
        },
    ),
    HoldoutDocument(
        id="j-en-bank-statement-euro-account",
        document_type="bank_statement",
        language="en",
        text=_BANK_STATEMENT_EURO_ACCOUNT,
        expected={
            "number": "58",
            "date": "2025-12-09",
            "currency": "EUR",
            "parties.account_holder.inn": "5264917180",
            "parties.account_holder.kpp": "526401001",
            "parties.account_holder.bik": "044652915",
            "parties.account_holder.account": "40702978674687367145",
        },
    ),
    HoldoutDocument(
        id="j-en-receipt-restaurant-scan",
        document_type="receipt",
        language="en",
        text=_RECEIPT_RESTAURANT_SCAN,
        expected={
            "number": "4821",
            "date": "2025-12-06",
            "total": "267.50",
            "currency": "USD",
        },
        noisy=True,
    ),
    HoldoutDocument(
        id="j-en-passport-ireland",
        document_type="passport",
        language="en",
        text=_PASSPORT_IRELAND,
        expected={
            "number": "PB7218463",
            "date": "2021-06-18",
            "total": None,
            "currency": None,
        },
    ),
    HoldoutDocument(
        id="j-en-power-of-attorney-insurance-scan",
        document_type="power_of_attorney",
        language="en",
        text=_POWER_OF_ATTORNEY_INSURANCE_SCAN,
        expected={
            "number": "17/25-EN",
            "date": "2025-12-04",
            "total": None,
            "currency": None,
            "parties.principal.inn": "5260709670",
            "parties.principal.kpp": "526001001",
            "parties.attorney.inn": "522600981387",
        },
        noisy=True,
    ),
    HoldoutDocument(
        id="j-en-letter-lease-overdue-euro",
        document_type="letter",
        language="en",
        text=_LETTER_LEASE_OVERDUE_EURO,
        expected={
            "number": "NL/CR/2025/1893",
            "date": "2025-12-11",
            "total": None,
            "currency": "EUR",
        },
    ),
]
