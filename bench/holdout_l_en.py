"""English documents of set L: foreign partners' papers and Russian firms' exports."""

# The texts keep the width of the printed pages, so their lines exceed 88 characters.
# ruff: noqa: E501

from .holdout import HoldoutDocument

ENGLISH_DOCUMENTS_L = [
    HoldoutDocument(
        id="l-en-invoice-us-sales-tax",
        document_type="invoice",
        language="en",
        text="""BRIGHTWELL LAB SUPPLY, INC.
2208 Kramer Lane, Suite 140, Austin, TX 78758
Phone (512) 555-0148 · billing@brightwell-lab.example

INVOICE

Invoice #: 10482                 Invoice Date: 12/03/2025
Customer PO #: SA-PO-2025-77     Ship Date: 12/05/2025
Terms: Net 30                    Due Date: 01/02/2026

Bill To:                                   Ship To:
Ural Analitika LLC                         Ural Analitika LLC
(OOO "Ural Analitika")                     c/o Atlas Forwarding LLC
ul. Kirova 160, Chelyabinsk 454091         1100 Industrial Hwy, Dock 7
Russian Federation                         Linden, NJ 07036, USA
INN/KPP 7493040755/749301001

Item      Description                               Qty    Unit Price    Amount
HL-5222   Benchtop pH/ORP meter, 2 channels         2      1,480.00      2,960.00
EL-1131   Refillable glass pH electrode             5        220.00      1,100.00
BF-0007   Buffer solution kit pH 4/7/10, 500 ml     8        100.00        800.00

                                            Subtotal              4,860.00
                                            Shipping (UPS Ground)   145.00
                                            Sales tax (NJ 6.625%)   321.98
                                            TOTAL USD             5,326.98
                                            Amount paid               0.00
                                            Balance due           $5,326.98

Sales tax is charged on goods delivered to the New Jersey address above.
Wire to: Lone Star Commerce Bank, Austin TX, ABA 111924518, Acct 4470018825,
SWIFT LSCBUS44. Please quote invoice # 10482 in the payment reference.
""",
        expected={
            "number": "10482",
            "date": "2025-12-03",
            "total": "5326.98",
            "currency": "USD",
            "parties.buyer.inn": "7493040755",
            "parties.buyer.kpp": "749301001",
        },
    ),
    HoldoutDocument(
        id="l-en-invoice-germany-vat-19",
        document_type="invoice",
        language="en",
        text="""Standbau Riedel GmbH
Mainzer Landstrasse 418 · 60326 Frankfurt am Main · Germany
USt-IdNr. DE318204772 · Amtsgericht Frankfurt HRB 118402

                                                   INVOICE No. 2025-1207
                                                   Invoice date: 05.12.2025
                                                   Service period: 17.11.2025 - 21.11.2025
                                                   Due date: 19.12.2025

Bill To:
Volga Instrument LLC
ul. Rodionova 190, 603093 Nizhny Novgorod, Russia
INN 5205984971 / KPP 520501001

Event: Automation Expo Frankfurt 2025, Hall 4.1, Stand B-114

Pos. Description                                           Qty     Unit price    Net amount
1    Stand construction, system stand 24 m², incl. carpet  1       6,200.00      6,200.00
2    Furniture rental (counter, 4 chairs, showcase)        1       1,450.00      1,450.00
3    Electrical connection 3 kW, lighting                  1       750.00          750.00

                                               Net total            EUR 8,400.00
                                               VAT 19%              EUR 1,596.00
                                               Invoice total        EUR 9,996.00

Place of supply: Germany (services connected with an exhibition, Sec. 3a (3) No. 3 UStG),
so German VAT is charged.
Payment to: Commerzbank Frankfurt, IBAN: DE33500105175419208211, BIC COBADEFFXXX
""",
        expected={
            "number": "2025-1207",
            "date": "2025-12-05",
            "total": "9996.00",
            "currency": "EUR",
            "parties.buyer.inn": "5205984971",
            "parties.buyer.kpp": "520501001",
        },
    ),
    HoldoutDocument(
        id="l-en-invoice-latvia-pallets-scan",
        document_type="invoice",
        language="en",
        noisy=True,
        text="""BALTIC PALLET SYSTEMS SIA
Maskavas iela 24O, Riga, LV-1O63, Latvia   VAT LV4OOO3918276
|INVOICE  INV/2O25/12/OO31            |Date: O8.12.2O25
|Due: 22.12.2O25                      |Terms: 1OO% within 14 days
Bill To:                               Ship To:
OOO "Pskov Tara"                       OOO "Pskov Tara", warehouse
INN 6649757612  KPP 6649O1OO1          Zavodskaya ul. 9, Pskov 18OO16
ul. Gogolya 4, Pskov 18OOOO, Russia    Russia
Incoterms 2O2O: FCA Riga

|No|Description                       |Qty |Unit  |Price |Amount    |
|1 |EPAL pallet 12OOx8OO, new         |8OO |pcs   |16,4O |13 12O,OO |
|2 |Heat treatment ISPM-15, marking   |8OO |pcs   | 1,5O | 1 2OO,OO |
                                     Subtotal       14 32O,OO
                                     VAT O% (export)     O,OO
                                     TOTAL EUR      14 32O,OO
VAT exempt: export of goods outside the EU, Art. 146 Directive 2OO6/112/EC
Bank: Swedbank AS, IBAN: LV11HABAO551O42873916, SWIFT HABALV22
""",
        expected={
            "number": "INV/2025/12/0031",
            "date": "2025-12-08",
            "total": "14320.00",
            "currency": "EUR",
            "parties.buyer.inn": "6649757612",
            "parties.buyer.kpp": "664901001",
        },
    ),
    HoldoutDocument(
        id="l-en-invoice-russian-it-exporter",
        document_type="invoice",
        language="en",
        text="""Lambda Code LLC (OOO "Lambda Kod")
nab. reki Moyki 58, office 21, 190000 Saint Petersburg, Russia
INN 7884715124, KPP 788401001, OGRN 1671706734918

INVOICE No. LC-INV-2025/112
Date: December 10, 2025
Due date: December 24, 2025

Bill To: Helix Data Ltd, 14 Arch. Makariou III Ave, 3021 Limassol, Cyprus
VAT No. CY10384722X

Description                                               Hours    Rate, USD    Amount, USD
Software development, reporting module (November 2025)    140      90.00        12,600.00

Total due: USD 12,600.00
VAT: not applicable, because the place of supply is outside the Russian Federation
(Art. 148 of the Tax Code of the Russian Federation).

Payment details (USD):
Beneficiary: Lambda Code LLC
Account: 40702840700917145211
Bank: JSC Sibkredit, Baltiysky branch, Saint Petersburg
BIK 044030601, correspondent account 30101810610843646601, SWIFT SBKRRU2PXXX

Director ____________ A. V. Zotov
""",
        expected={
            "number": "LC-INV-2025/112",
            "date": "2025-12-10",
            "total": "12600.00",
            "currency": "USD",
            "parties.seller.inn": "7884715124",
            "parties.seller.kpp": "788401001",
            "parties.seller.bik": "044030601",
            "parties.seller.account": "40702840700917145211",
        },
    ),
    HoldoutDocument(
        id="l-en-upd-translation",
        document_type="upd",
        language="en",
        text="""UNIVERSAL TRANSFER DOCUMENT (translation from Russian)
Status: 1 (invoice and primary accounting document)

Invoice No. 1209 dated December 9, 2025 (1)
Correction No. -- dated -- (1a)
Seller: Don Filter LLC (2)
Address: 14 Socialisticheskaya St., Rostov-on-Don 344002 (2a)
Seller's INN/KPP: 6102920329/610201001 (2b)
Shipper: same (3)
Consignee: Podmoskovye Water Systems LLC, 12 Zavodskaya St., Klin, Moscow Region (4)
Buyer: Podmoskovye Water Systems LLC (6)
Buyer's INN/KPP: 5034134234/503401001 (6b)
Currency: Russian rouble, RUB, code 643 (7)

No | Goods                             | Unit | Qty | Price    | Value excl. VAT | VAT rate | VAT      | Value incl. VAT
1  | Cartridge filter FC-20, 20 inch   | pcs  | 50  | 650.00   | 32,500.00       | 20%      | 6,500.00 | 39,000.00
2  | Filter housing FH-20, steel       | pcs  | 10  | 1,500.00 | 15,000.00       | 20%      | 3,000.00 | 18,000.00
   | Total payable                     |      |     |          | 47,500.00       | X        | 9,500.00 | 57,000.00

Basis of transfer: Supply contract No. DF-31 dated March 2, 2025
Date of shipment: December 9, 2025
Goods handed over by: warehouse manager I. S. Pavlenko
Goods received by: ____________   Date of receipt: ____________
""",
        expected={
            "number": "1209",
            "date": "2025-12-09",
            "total": "57000.00",
            "currency": "RUB",
            "parties.seller.inn": "6102920329",
            "parties.seller.kpp": "610201001",
            "parties.buyer.inn": "5034134234",
            "parties.buyer.kpp": "503401001",
        },
    ),
    HoldoutDocument(
        id="l-en-act-translation-services",
        document_type="act",
        language="en",
        text="""CERTIFICATE OF ACCEPTANCE No. LP-25/311
(acceptance of services rendered)
Shakhty                                                     28 November 2025

Contractor: Lingva-Pro LLC, INN 6121897040, KPP 612101001,
102 Pobedy Revolyutsii Ave., office 3, Shakhty, Rostov Region 346500, Russia
Account 40702810060560951367 with PJSC Volzhsky Credit Bank, Rostov branch,
BIK 043601484, correspondent account 30101810740039026484

Customer: Qazaq Agro Export LLP, 77 Dostyk Ave., Almaty 050010, Kazakhstan, BIN 180940021187

Under Agreement No. 14-T dated 03.02.2025 the Contractor rendered and the Customer accepted:

No. Service                                                Pages   Rate, RUB   Amount, RUB
1   Translation of phytosanitary documents, KZ-RU           96      550.00      52,800.00
2   Translation of a supply contract, RU-EN, certified     48      650.00      31,200.00

Total: RUB 84,000.00 (eighty-four thousand roubles 00 kopecks)
VAT is not charged: the services are supplied to a foreign customer (Art. 148 of the Russian Tax Code).
The services were rendered in full and on time. The Customer has no claims.

Contractor ____________ I. V. Rudenko            Customer ____________ A. Seitkali
""",
        expected={
            "number": "LP-25/311",
            "date": "2025-11-28",
            "total": "84000.00",
            "currency": "RUB",
            "parties.seller.inn": "6121897040",
            "parties.seller.kpp": "612101001",
            "parties.seller.bik": "043601484",
            "parties.seller.account": "40702810060560951367",
        },
    ),
    HoldoutDocument(
        id="l-en-act-estonian-warehouse-scan",
        document_type="act",
        language="en",
        noisy=True,
        text="""NORDLANE LOGISTICS OU
Tallinna mnt 41, 2O3O8 Narva, Estonia    Reg. code 14O58832
SERVICES COMPLETION CERTIFICATE No. SC-2O25-118
Date: Dec 4, 2O25
Customer: OOO "Pskov Tara", INN 6649757612, KPP 6649O1OO1, Pskov, Russia
Period: 17.11.2O25 - 3O.11.2O25
|Service                                |Qty     |Rate   |Amount EUR|
|Pallet storage, pallet-days            |1 5OO   |1,2O   |1 8OO,OO  |
|Handling in/out, pallets               |6OO     |2,25   |1 35O,OO  |
|Customs documents (T1)                 |4       |75,OO  |  3OO,OO  |
                                 Total EUR     3 45O,OO
Reverse charge: VAT O% (services to a non-EU customer)
IBAN: EE5322lO2Ol4568391lO   SWIFT HABAEE2X
Signed: K. Tamm (Nordlane)          A. Petrov (Pskov Tara)
""",
        expected={
            "number": "SC-2025-118",
            "date": "2025-12-04",
            "total": "3450.00",
            "currency": "EUR",
            "parties.buyer.inn": "6649757612",
            "parties.buyer.kpp": "664901001",
        },
    ),
    HoldoutDocument(
        id="l-en-payment-order-eur-transfer",
        document_type="payment_order",
        language="en",
        text="""PJSC Volzhsky Credit Bank
APPLICATION FOR TRANSFER IN FOREIGN CURRENCY No. 52
Date: December 8, 2025                          Value date (32A): 09.12.2025

32A  Currency / amount:    EUR 9,996.00 (nine thousand nine hundred ninety-six euro 00 cents)
50K  Ordering customer:    Volga Instrument LLC
                           INN 5205984971, KPP 520501001
                           Account 40702978530766619345
                           ul. Rodionova 190, Nizhny Novgorod, Russia
52A  Ordering institution: PJSC Volzhsky Credit Bank, BIK 043601877,
                           correspondent account 30101810389328792877
57A  Beneficiary's bank:   COMMERZBANK AG, FRANKFURT AM MAIN, SWIFT COBADEFFXXX
59   Beneficiary:          Standbau Riedel GmbH
                           IBAN: DE33500105175419208211
                           Mainzer Landstrasse 418, 60326 Frankfurt am Main, Germany
70   Details of payment:   Payment for invoice No. 2025-1207 dated 05.12.2025,
                           stand construction services, VAT 19% included
71A  Charges:              OUR. Debit our fees from account 40702810475793834701

Currency transaction code: 22100. The application is signed with an electronic signature.
""",
        expected={
            "number": "52",
            "date": "2025-12-08",
            "total": "9996.00",
            "currency": "EUR",
            "parties.payer.inn": "5205984971",
            "parties.payer.kpp": "520501001",
            "parties.payer.bik": "043601877",
            "parties.payer.account": "40702978530766619345",
        },
    ),
    HoldoutDocument(
        id="l-en-waybill-cmr-scan",
        document_type="waybill",
        language="en",
        noisy=True,
        text="""CMR  INTERNATIONAL CONSIGNMENT NOTE          No. LV-OO48817
|1 Sender: Baltic Pallet Systems SIA, Maskavas iela 24O, Riga LV-1O63, Latvia
|2 Consignee: OOO "Pskov Tara", Zavodskaya ul. 9, Pskov 18OO16, Russia
|  INN 6649757612 / KPP 6649O1OO1
|3 Place of delivery: Pskov, Russia
|4 Place and date of taking over: Riga, O9.12.2O25
|5 Documents attached: Invoice INV/2O25/12/OO31, packing list
|6-9 Marks: BPS-O031 | 2O packages | pallets EPAL, stacked 4O per package
|1O HS code 4415 2O 2O  |11 Gross weight 17 6OO kg |12 Volume 62 m3
|16 Carrier: Vidzeme Trans SIA, Cesis, Latvia, truck LV KR-4418 / trailer LV T-2O71
|21 Established in Riga on O9.12.2O25
|22 Sender signature  |23 Carrier signature  |24 Goods received ____ date ____
""",
        expected={
            "number": "LV-0048817",
            "date": "2025-12-09",
            "currency": None,
            "parties.consignee.inn": "6649757612",
            "parties.consignee.kpp": "664901001",
        },
    ),
    HoldoutDocument(
        id="l-en-contract-calibration-service",
        document_type="contract",
        language="en",
        text="""SERVICE AGREEMENT No. SA-2025/12-03
Austin, Texas / Chelyabinsk                                   December 1, 2025

Brightwell Lab Supply, Inc., a Texas corporation (the "Supplier"), and Ural Analitika LLC,
a company registered in the Russian Federation (the "Customer"), agree as follows.

1. Subject. The Supplier shall provide remote calibration support, spare electrodes and
   software updates for the laboratory meters listed in Annex 1 for twelve (12) months.
2. Price. The fee is USD 3,000.00 per month. The total value of this Agreement is
   USD 36,000.00 (thirty-six thousand US dollars) for the term.
3. Payment. The Customer pays quarterly in advance, USD 9,000.00 per quarter, within
   10 days of the Supplier's invoice. Bank charges outside the Customer's bank are borne
   by the Supplier.
4. Term. This Agreement is valid from January 1, 2026 until December 31, 2026.
5. Governing law. The laws of the State of Texas. Disputes are settled by the ICC.

Supplier:                                    Customer:
Brightwell Lab Supply, Inc.                  Ural Analitika LLC
2208 Kramer Lane, Suite 140                  ul. Kirova 160, Chelyabinsk 454091, Russia
Austin, TX 78758, USA                        INN 7493040755, KPP 749301001
EIN 74-3318205                               USD account 40702840277401439147
                                             JSC Stolichny Settlement Bank, Moscow
                                             BIK 044525004, corr. account 30101810846090138004

____________ R. Whitfield, President         ____________ S. G. Morozova, Director
""",
        expected={
            "number": "SA-2025/12-03",
            "date": "2025-12-01",
            "total": "36000.00",
            "currency": "USD",
            "parties.buyer.inn": "7493040755",
            "parties.buyer.kpp": "749301001",
            "parties.buyer.bik": "044525004",
            "parties.buyer.account": "40702840277401439147",
        },
    ),
    HoldoutDocument(
        id="l-en-packing-list-lab-meters",
        document_type="packing_list",
        language="en",
        text="""BRIGHTWELL LAB SUPPLY, INC.
2208 Kramer Lane, Suite 140, Austin, TX 78758

PACKING LIST No. PL-10482
Date: Dec 5, 2025
Invoice: 10482 of 12/03/2025       Customer PO: SA-PO-2025-77

Shipper: Brightwell Lab Supply, Inc., Austin, TX, USA
Consignee: Ural Analitika LLC, ul. Kirova 160, Chelyabinsk 454091, Russia
           INN 7493040755, KPP 749301001
Notify / deliver to: Atlas Forwarding LLC, 1100 Industrial Hwy, Dock 7, Linden, NJ 07036

Carton  Contents                                  Qty   Net kg   Gross kg   Dimensions, in
1       HL-5222 benchtop meter                    1     4.2      6.0        18 x 14 x 10
2       HL-5222 benchtop meter                    1     4.2      6.0        18 x 14 x 10
3       EL-1131 electrodes (5), BF-0007 kits (8)  13    9.6      11.4       20 x 16 x 12
Total   3 cartons                                 15    18.0     23.4

Marks: UA / SA-PO-2025-77 / CHELYABINSK / 1-3
Packed by: J. Alvarez                               Checked by: T. Nguyen
""",
        expected={
            "number": "PL-10482",
            "date": "2025-12-05",
            "total": None,
            "currency": None,
            "parties.consignee.inn": "7493040755",
            "parties.consignee.kpp": "749301001",
        },
    ),
    HoldoutDocument(
        id="l-en-bank-statement-eur-account",
        document_type="bank_statement",
        language="en",
        text="""PJSC Volzhsky Credit Bank · Business Online
BIK 043601877 · correspondent account 30101810389328792877

ACCOUNT STATEMENT No. 112
Statement date: December 10, 2025
Period: 01.12.2025 - 10.12.2025
Account holder: Volga Instrument LLC, INN 5205984971, KPP 520501001
Account: 40702978530766619345 (EUR)

Opening balance on 01.12.2025:                                        EUR 3,210.55

Date        Ref.     Counterparty                                   Debit       Credit
03.12.2025  FT77120  Kessler Messtechnik GmbH, Stuttgart                        12,400.00
                     IBAN: DE95701500000027480693
                     Payment for invoice VI-E-2025/044 (sensors)
09.12.2025  52       Standbau Riedel GmbH, Frankfurt am Main        9,996.00
                     IBAN: DE33500105175419208211
                     Invoice 2025-1207, stand construction
09.12.2025  COM-52   PJSC Volzhsky Credit Bank, transfer fee           25.00

Turnover for the period:                                    10,021.00   12,400.00
Closing balance on 10.12.2025:                                        EUR 5,589.55

Generated on 10.12.2025 at 09:41. No signature required.
""",
        expected={
            "number": "112",
            "date": "2025-12-10",
            "currency": "EUR",
            "parties.account_holder.inn": "5205984971",
            "parties.account_holder.kpp": "520501001",
            "parties.account_holder.bik": "043601877",
            "parties.account_holder.account": "40702978530766619345",
        },
    ),
    HoldoutDocument(
        id="l-en-passport-germany",
        document_type="passport",
        language="en",
        text="""BUNDESREPUBLIK DEUTSCHLAND · FEDERAL REPUBLIC OF GERMANY
REISEPASS / PASSPORT / PASSEPORT

Typ/Type/Type: P     Kode/Code/Code: D     Pass-Nr./Passport No.: C4J7R2KX9
Name/Surname/Nom: RIEDEL
Vornamen/Given names/Prénoms: MARKUS JOHANNES
Staatsangehörigkeit/Nationality: DEUTSCH
Geburtstag/Date of birth: 14.06.1975
Geburtsort/Place of birth: OFFENBACH AM MAIN
Geschlecht/Sex: M
Ausstellungsdatum/Date of issue: 12.03.2021
Gültig bis/Date of expiry: 11.03.2031
Behörde/Authority: STADT FRANKFURT AM MAIN

P<D<<RIEDEL<<MARKUS<JOHANNES<<<<<<<<<<<<<<<<
C4J7R2KX97D<<7506143M3103115<<<<<<<<<<<<<<<6
""",
        expected={
            "number": "C4J7R2KX9",
            "date": "2021-03-12",
            "total": None,
            "currency": None,
        },
    ),
    HoldoutDocument(
        id="l-en-power-of-attorney-fair-scan",
        document_type="power_of_attorney",
        language="en",
        noisy=True,
        text="""Volga Instrument LLC
ul. Rodionova l9O, 6O3O93 Nizhny Novgorod, Russia
INN 52O5984971   KPP 52O5O1OO1
             POWER OF ATTORNEY No. 17/2O25
Nizhny Novgorod                              December 2, 2O25
Volga Instrument LLC, represented by its General Director Oleg V. Smirnov,
acting under the Charter, hereby authorises Ms. Anna S. Kuzina (passport
22 19 7O4415) to represent the company at Automation Expo Frankfurt 2O25,
to sign acceptance certificates for stand services with Standbau Riedel GmbH
and to receive exhibition materials on its behalf.
This power of attorney is valid until 31.O1.2O26 without the right of substitution.
Signature of A. S. Kuzina ________ certified.
General Director ________ O. V. Smirnov          (seal)
""",
        expected={
            "number": "17/2025",
            "date": "2025-12-02",
            "total": None,
            "currency": None,
            "parties.principal.inn": "5205984971",
            "parties.principal.kpp": "520501001",
        },
    ),
    HoldoutDocument(
        id="l-en-letter-shipment-delay",
        document_type="letter",
        language="en",
        text="""BRIGHTWELL LAB SUPPLY, INC.
2208 Kramer Lane, Suite 140, Austin, TX 78758

Ref. BLS-L-2025-044
December 5, 2025

Ural Analitika LLC
Attn.: Ms. Svetlana Morozova, Director
ul. Kirova 160, Chelyabinsk 454091, Russia

Re: Your purchase order SA-PO-2025-77

Dear Ms. Morozova,

The meters and electrodes under your order left our warehouse today and will reach
Atlas Forwarding in Linden, New Jersey, on or about December 9. The buffer solution
kits contain no hazardous materials, so they travel in the same consignment.

Because of the holiday season, Atlas Forwarding expects the consolidated shipment to
leave for Riga on December 16, and the onward truck leg to Chelyabinsk to take about
twelve days. We will send the tracking numbers as soon as we have them.

Please do not hesitate to contact me with any questions.

Sincerely,
Rachel Whitfield
President
""",
        expected={
            "number": "BLS-L-2025-044",
            "date": "2025-12-05",
            "total": None,
            "currency": None,
        },
    ),
    HoldoutDocument(
        id="l-en-other-exhibitor-confirmation",
        document_type="other",
        language="en",
        text="""Rhein-Main Fair Services GmbH
Exhibitor Services · Automation Expo Frankfurt 2025

EXHIBITOR REGISTRATION CONFIRMATION
Confirmation No.: EXH-25-03318
Issued: October 14, 2025

Exhibitor: Volga Instrument LLC, Nizhny Novgorod, Russia
Contact: Ms. Anna Kuzina, export manager
Hall / Stand: 4.1 / B-114 (row stand, 24 m²)
Build-up: November 15-16, 2025      Show days: November 17-21, 2025
Dismantling: November 21 (from 18:00) to November 22, 2025

Exhibitor passes: 4 (to be collected at Entrance West, counter 3)
Stand builder named by the exhibitor: Standbau Riedel GmbH

This confirmation is not an invoice. The stand rental is invoiced separately.
""",
        expected={
            "number": "EXH-25-03318",
            "date": "2025-10-14",
            "total": None,
            "currency": None,
        },
    ),
]
