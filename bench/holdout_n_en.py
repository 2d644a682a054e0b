"""English documents of set N. `bench.holdout_n` describes the set and its labels."""

from .holdout import HoldoutDocument

_INVOICES = [
    HoldoutDocument(
        id="n-en-invoice-us-month-first-dates",
        document_type="invoice",
        language="en",
        text="""\
KEYSTONE PRECISION INSTRUMENTS, INC.
2140 Industrial Parkway, Allentown, PA 18109, USA
Phone +1 (610) 555-0143 | billing@keystone-pi.example
EIN 23-4718205

                                                              INVOICE
                                          Invoice #:        2025-0417
                                          Invoice Date:     03/15/2025
                                          Due Date:         04/14/2025
                                          Terms:            Net 30
                                          Customer PO #:    AC-PO-25-0093
                                          Sales Order:      SO 118274

Bill To:                                  Ship To:
LLC "Aerotech Components"                 Baltic Forwarding SIA (for Aerotech
Prospekt Mira 101V, bldg. 1               Components), Kr. Valdemara iela 21,
Moscow 129085, Russia                     Riga LV-1010, Latvia
INN 7736105823 / KPP 773601001

Ship Date: 03/13/2025    Ship Via: FedEx International Priority
Tracking: 7781 4402 9165

Item          Description                              Qty    Unit Price       Amount
KPI-DT400     Digital thermometer probe, -50..400 C     40        186.00     7,440.00
KPI-CAL-12    Field calibration kit                      4      1,275.00     5,100.00
CERT-NIST     Certificate of calibration, traceable      4         95.00       380.00

                                                      Subtotal             12,920.00
                                                      Shipping & handling     642.50
                                                      Sales tax (export)        0.00
                                                      TOTAL (USD)         $13,562.50
                                                      Amount paid               0.00
                                                      Balance due         $13,562.50

Remit to: Keystone Precision Instruments, Inc., First Lehigh Valley Bank,
ABA 031918273, Account 4471029385, SWIFT FLVBUS33
Please quote the invoice number on your payment. Thank you for your business!
""",
        expected={
            "number": "2025-0417",
            "date": "2025-03-15",
            "total": "13562.50",
            "currency": "USD",
            "parties.buyer.inn": "7736105823",
            "parties.buyer.kpp": "773601001",
        },
    ),
    HoldoutDocument(
        id="n-en-invoice-uk-day-first-references",
        document_type="invoice",
        language="en",
        text="""\
Harrowgate Scientific Ltd
Unit 7, Thornbury Business Park, Leeds LS12 6QT, United Kingdom
VAT Reg No. GB 318 4472 09 | Company No. 08817364

INVOICE

Invoice No.:        GB-25/0318
Invoice date:       18/03/2025
Tax point:          18/03/2025
Your Ref.:          PO 7731 dated 04/03/2025
Our Ref.:           Q-2025-118
Delivery note No.:  DN 44018
Payment due:        17/04/2025 (30 days from invoice date)

Invoice to:
JSC "Baltic Instruments"
Kurlyandskaya ul. 49, lit. A, St Petersburg 190020, Russia
INN 7802174639, KPP 780201001

Qty  Description                                   Unit price         Net
  6  Benchtop pH meter HS-PH220                    GBP 1,240.00   GBP 7,440.00
 12  Conductivity probe HS-CP12                      GBP 186.50   GBP 2,238.00
 24  Buffer solution set pH 4/7/10, 500 ml            GBP 38.75     GBP 930.00

                                    Goods total                  GBP 10,608.00
                                    Carriage, DAP St Petersburg      GBP 415.00
                                    VAT 0% (export of goods)           GBP 0.00
                                    TOTAL DUE                    GBP 11,023.00

Bank: Northway Bank plc, Leeds branch, sort code 60-16-13
IBAN: GB21NRWY60161331926819   BIC: NRWYGB2L
Please quote GB-25/0318 as the payment reference.
""",
        expected={
            "number": "GB-25/0318",
            "date": "2025-03-18",
            "total": "11023.00",
            "currency": "GBP",
            "parties.buyer.inn": "7802174639",
            "parties.buyer.kpp": "780201001",
        },
    ),
    HoldoutDocument(
        id="n-en-invoice-exporter-cyrillic-number",
        document_type="invoice",
        language="en",
        text="""\
LLC "VOLOGDA LINEN MILL"
160012, Russia, Vologda, Preobrazhenskogo st. 28
INN 3525086148   KPP 352501001   OGRN 1093525007817

                        COMMERCIAL INVOICE No. ЭК-00127
                              dated 21 March 2025

Contract:          No. EXP-2024/09 dated 02.09.2024
Buyer's order:     No. LH-2025-031 dated 3 March 2025
Terms of delivery: FCA Vologda (Incoterms 2020)
Shipment date:     24 March 2025
Country of origin: Russian Federation

Buyer:  Linnen Haus GmbH, Grosse Elbstrasse 145, 22767 Hamburg, Germany
        VAT ID DE 314 708 552

No. Description                                  Qty     Unit    Price    Amount, USD
1   Linen fabric 100%, bleached, width 150 cm    4,800   m        6.85      32,880.00
2   Linen fabric 100%, dyed "sage", 150 cm       2,200   m        7.40      16,280.00
3   Linen kitchen towels 50x70 cm                3,000   pcs      2.15       6,450.00

                                                   TOTAL, USD:           55,610.00
VAT 0% (export of goods, art. 164 of the Tax Code of the Russian Federation)
Amount in words: fifty-five thousand six hundred ten US dollars 00 cents

Beneficiary's bank: PJSC "Stolichny Credit Bank", Moscow
BIK 044525861, correspondent account 30101810000000000861
Beneficiary's account (USD): 40702840471800000352

General Director _____________ M. S. Kudryavtseva
""",
        expected={
            "number": "ЭК-00127",
            "date": "2025-03-21",
            "total": "55610.00",
            "currency": "USD",
            "parties.seller.inn": "3525086148",
            "parties.seller.kpp": "352501001",
            "parties.seller.bik": "044525861",
            "parties.seller.account": "40702840471800000352",
        },
    ),
    HoldoutDocument(
        id="n-en-invoice-german-number-on-next-line",
        document_type="invoice",
        language="en",
        text="""\
Rheinmann Kunststofftechnik GmbH
Industriestrasse 14, 50829 Koeln, Germany
USt-IdNr. DE 287 415 903 | Amtsgericht Koeln HRB 84172

Rechnung / Invoice

Invoice number:
RE 2025 00388
Invoice date:                  25.03.2025
Customer No. (Kunden-Nr.):     10442
Your order:                    KP-114 of 10.03.2025
Order confirmation Nr.:        AB-25-0731 of 12.03.2025
Delivery note Nr.:             LS-80011472 of 21.03.2025
Delivery date:                 21.03.2025
Terms of payment:              30 days net, due 24.04.2025

Customer:
LLC "Kama Polymer"
Promyshlennaya ul. 47, Naberezhnye Chelny 423800, Russia
INN 1650281375 / KPP 165001001

Pos. Article      Description                          Qty    Unit price      Amount
1    EX-S45-N     Extruder screw D 45 mm, nitrided       2     4.860,00      9.720,00
2    HB-4560-650  Heater band 45x60 mm, 230 V, 650 W    24        38,50        924,00
3    TC-J-150     Thermocouple type J, 150 mm           12        21,40        256,80

                                      Net value of goods           EUR 10.900,80
                                      Packing and freight FCA Koeln   EUR 310,00
                                      VAT 0% (tax-free export)          EUR 0,00
                                      Invoice total                EUR 11.210,80

Bank: Koelner Handelsbank AG
IBAN: DE19370699120532197400   BIC: KHBKDEK1XXX
""",
        expected={
            "number": "RE 2025 00388",
            "date": "2025-03-25",
            "total": "11210.80",
            "currency": "EUR",
            "parties.buyer.inn": "1650281375",
            "parties.buyer.kpp": "165001001",
        },
    ),
]

_ACTS = [
    HoldoutDocument(
        id="n-en-act-acceptance-cyrillic-number",
        document_type="act",
        language="en",
        text="""\
                      ACCEPTANCE CERTIFICATE No. 31-ТО
                  (certificate of services rendered)
        to Service Agreement No. SRV-2024/031 dated November 15, 2024

Moscow                                                          March 31, 2025

Contractor: LLC "Datastream Solutions", INN 7707250142, KPP 770701001,
OGRN 1177746205482, 125047, Moscow, 1st Tverskaya-Yamskaya st. 23, bldg. 1
Customer:   JSC "Ural Mining Equipment", INN 6685072639, KPP 668501001,
623700, Sverdlovsk region, Berezovsky, Zavodskaya st. 5

The Contractor has rendered and the Customer has accepted the following services
for the period from March 1, 2025 to March 31, 2025:

No. | Service                                        | Qty    | Price, RUB | Amount, RUB
1   | Technical support of the MES system,           | 1 mon. | 240,000.00 |  240,000.00
    | March 2025                                     |        |            |
2   | On-site works at the Berezovsky plant,         | 3 days |  38,500.00 |  115,500.00
    | March 12-14, 2025 (request No. 0417)           |        |            |

                                           Total excluding VAT:       RUB 355,500.00
                                           VAT 20%:                    RUB 71,100.00
                                           Total including VAT:       RUB 426,600.00

The services have been rendered in full and on time. The Customer has no claims as
to the scope, quality and timing of the services.

Contractor's bank details: account 40702810114600032875 with PJSC "Stolichny Credit
Bank", Moscow, BIK 044525861, corr. account 30101810000000000861
Customer's bank details: account 40702810860200019437 with JSC "Uralinvestbank",
Yekaterinburg, BIK 046577459, corr. account 30101810000000000459

On behalf of the Contractor                  On behalf of the Customer
General Director ________ /R. V. Ostapenko/  Chief Engineer ________ /D. I. Shalimov/
""",
        expected={
            "number": "31-ТО",
            "date": "2025-03-31",
            "total": "426600.00",
            "currency": "RUB",
            "parties.seller.inn": "7707250142",
            "parties.seller.kpp": "770701001",
            "parties.seller.bik": "044525861",
            "parties.seller.account": "40702810114600032875",
            "parties.buyer.inn": "6685072639",
            "parties.buyer.kpp": "668501001",
            "parties.buyer.bik": "046577459",
            "parties.buyer.account": "40702810860200019437",
        },
    ),
    HoldoutDocument(
        id="n-en-act-completion-ref-scan",
        document_type="act",
        language="en",
        noisy=True,
        text="""\
LLC "Kvantum Soft"
63OO99, Russia, Novosibirsk, Krasny prospekt 2O, office 7l4
INN 54O5l98365  KPP 54O5OlOOl

CERTIFICATE OF COMPLETION
Ref.: KS-ACT-2O25/O7                                        Date: l5-Mar-2O25
Agreement: Software Development Agreement No. KS-AR/2O24-O3 of O8-Nov-2O24
Period: O1-Feb-2O25 to 28-Feb-2O25

Customer: Adriatic Retail d.o.o., Bulevar Mihajla Pupina lO, ll07O Belgrade,
Serbia, PIB lO9384712

| No | Description                               | Qty   | Rate, USD | Amount, USD |
| l  | Development of the loyalty app, sprint 7  | l68 h | 42.OO     | 7,O56.OO    |
| 2  | Support subscription, February 2O25       | l     | l,2OO.OO  | l,2OO.OO    |
|    | TOTAL                                     |       |           | 8,256.OO    |

VAT: not applicable (services rendered to a foreign customer, place of supply
outside the Russian Federation).
Payment to: account 4O7O284O3923OOOOl476, PJSC "Siberian Trade Bank", Novosibirsk,
BIK O45OO4927, corr. account 3OlOl8lO8OOOOOOOO927, SWIFT STBKRU5N

Accepted by the Customer: ______ M. Petrovic    For the Contractor: ______ A. Lebedev
""",
        expected={
            "number": "KS-ACT-2025/07",
            "date": "2025-03-15",
            "total": "8256.00",
            "currency": "USD",
            "parties.seller.inn": "5405198365",
            "parties.seller.kpp": "540501001",
            "parties.seller.bik": "045004927",
            "parties.seller.account": "40702840392300001476",
        },
    ),
]

_UPDS = [
    HoldoutDocument(
        id="n-en-upd-translation-cyrillic-number",
        document_type="upd",
        language="en",
        text="""\
Translation from Russian

UNIVERSAL TRANSFER DOCUMENT                                           Status: 1
Invoice No. РЗН-000533 dated 26 March 2025 (1)      Correction No. -- dated -- (1a)

Seller (2): LLC "Ryazan Pump Plant"
Address (2a): 390011, Ryazan, Yuzhny promuzel 14
Seller's INN/KPP (2b): 6234109572/623401001
Shipper and its address (3): same as seller
Consignee and its address (4): LLC "Kaliningrad Agro", 238310, Kaliningrad region,
Gurievsk, Promyshlennaya st. 3
To payment document (5): No. 903 dated 19.03.2025
Shipping document (5a): items 1-2, No. РЗН-000533 dated 26.03.2025
Buyer (6): LLC "Kaliningrad Agro"
Address (6a): 238310, Kaliningrad region, Gurievsk, Promyshlennaya st. 3
Buyer's INN/KPP (6b): 3906128446/390601001
Currency: name, code (7): Russian rouble, 643 (RUB)

No.|Description           |Unit|Qty|Price excl.|Amount excl.|VAT|VAT amount|Amount incl.
   |                      |    |   |VAT        |VAT         |   |          |VAT
1  |Centrifugal pump      |pcs | 4 |86,500.00  |346,000.00  |20%|69,200.00 |415,200.00
   |KM 80-50-200          |    |   |           |            |   |          |
2  |Mechanical seal kit   |pcs | 8 |4,250.00   |34,000.00   |20%|6,800.00  |40,800.00
   |for KM 80             |    |   |           |            |   |          |
Total payable (9)                     |380,000.00  | X |76,000.00 |456,000.00

Basis of transfer (8): Supply Contract No. 57/2025 dated 20.01.2025
Transportation data (9): transport waybill No. 533 dated 26.03.2025
Shipment date (11): 26 March 2025
Goods received (16): 2 April 2025, storekeeper I. N. Vasilenko

Translated by: O. K. Belova, translator. Translation is true and correct.
""",
        expected={
            "number": "РЗН-000533",
            "date": "2025-03-26",
            "total": "456000.00",
            "currency": "RUB",
            "parties.seller.inn": "6234109572",
            "parties.seller.kpp": "623401001",
            "parties.buyer.inn": "3906128446",
            "parties.buyer.kpp": "390601001",
        },
    ),
]

_PAYMENT_ORDERS = [
    HoldoutDocument(
        id="n-en-payment-order-usd-application-iso-date",
        document_type="payment_order",
        language="en",
        text="""\
To: JSC "Podmoskovye Trade Bank", Moscow, BIK 044525394,
corr. account 30101810700000000394

APPLICATION FOR TRANSFER IN FOREIGN CURRENCY No. 27
Date: 2025-03-19

32A  Value date / currency / amount:  2025-03-20 / USD / 13,562.50
     Amount in words: thirteen thousand five hundred sixty-two US dollars 50 cents
50K  Ordering customer: LLC "Aerotech Components"
     INN 7736105823, KPP 773601001
     Account No. 40702840730400000917
     Prospekt Mira 101V, bldg. 1, Moscow 129085, Russia
57A  Beneficiary's bank: First Lehigh Valley Bank, Allentown, PA, USA
     SWIFT FLVBUS33, ABA 031918273
59   Beneficiary: Keystone Precision Instruments, Inc.
     Account No. 4471029385
     2140 Industrial Parkway, Allentown, PA 18109, USA
70   Payment details: Payment for invoice # 2025-0417 dated 03/15/2025,
     PO AC-PO-25-0093, measuring instruments
71A  Charges: OUR
     Debit our commission from account No. 40702810430400000917
Unique contract number: 25030087/0394/0012/2/1

General Director ___________ /S. A. Fedotov/
Chief Accountant ___________ /N. V. Karpova/
""",
        expected={
            "number": "27",
            "date": "2025-03-19",
            "total": "13562.50",
            "currency": "USD",
            "parties.payer.inn": "7736105823",
            "parties.payer.kpp": "773601001",
            "parties.payer.bik": "044525394",
            "parties.payer.account": "40702840730400000917",
        },
    ),
]

_PASSPORTS_AND_AUTHORITY = [
    HoldoutDocument(
        id="n-en-passport-uk-bilingual-dates",
        document_type="passport",
        language="en",
        text="""\
UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND
PASSPORT                                                           PASSEPORT
Type/Type      Code/Code      Passport No./Passeport No.
P              GBR            548219736
Surname/Nom (1)
HARGREAVES
Given names/Prénoms (2)
OLIVER JAMES
Nationality/Nationalité (3)
BRITISH CITIZEN
Date of birth/Date de naissance (4)
07 AUG /AOÛT 86
Sex/Sexe (5)        Place of birth/Lieu de naissance (6)
M                   SHEFFIELD
Date of issue/Date de délivrance (7)        Authority/Autorité (8)
12 APR /AVR 22                              HMPO
Date of expiry/Date d'expiration (9)
12 APR /AVR 32
Holder's signature/Signature du titulaire (10)

P<GBRHARGREAVES<<OLIVER<JAMES<<<<<<<<<<<<<<<
5482197365GBR8608077M3204120<<<<<<<<<<<<<<08
""",
        expected={
            "number": "548219736",
            "date": "2022-04-12",
            "total": None,
            "currency": None,
        },
    ),
    HoldoutDocument(
        id="n-en-passport-turkish-photo",
        document_type="passport",
        language="en",
        noisy=True,
        text="""\
TÜRKİYE CUMHURİYETİ / REPUBLIC OF TÜRKİYE
PASAPORT / PASSPORT
Tipi / Type   Ülke Kodu / Country Code   Pasaport No / Passport No
P             TUR                        Ul8427306
Soyadı / Surname
YILDIRIM
Adı / Given Name(s)
ELIF
Doğum Tarihi / Date of Birth        Cinsiyeti / Sex
22 Sep l98l                         K / F
Doğum Yeri / Place of Birth
İZMİR
Veriliş Tarihi / Date of Issue      Geçerlilik Tarihi / Date of Expiry
l5 Mar 2Ol9                         l4 Mar 2O29
Veren Makam / Authority
T.C. İÇİŞLERİ BAKANLIĞI
T.C. Kimlik No / Personal No.
2841735O976

P<TURYILDIRIM<<ELIF<<<<<<<<<<<<<<<<<<<<<<<<<
Ul84273O69TUR8lO922OF29O3l49284l735O976<<<44
""",
        expected={
            "number": "U18427306",
            "date": "2019-03-15",
            "total": None,
            "currency": None,
        },
    ),
    HoldoutDocument(
        id="n-en-power-of-attorney-cyrillic-number",
        document_type="power_of_attorney",
        language="en",
        text="""\
                     POWER OF ATTORNEY No. 2025/03-ПД

Naberezhnye Chelny, Republic of Tatarstan, Russia                  5 March 2025

LLC "Kama Polymer" (OGRN 1081650005722, INN 1650281375, KPP 165001001), registered
at Promyshlennaya ul. 47, Naberezhnye Chelny 423800, Russia, account
40702810562900011846 with JSC "KamaBank Finance", Kazan, BIK 049205318, corr.
account 30101810500000000318, represented by its General Director Mr. Timur
Ravilevich Zakirov, acting under the Charter, hereby authorises

Ms. Aigul Rinatovna Safina, INN 165920374832, born 11 July 1988, passport of the
Russian Federation 92 19 604518 issued by the MVD for the Republic of Tatarstan on
15.06.2019, subdivision code 160-031,

to represent the Company before Rheinmann Kunststofftechnik GmbH (Koeln, Germany),
carriers and customs authorities in all matters concerning the delivery of goods
under order No. KP-114 of 10.03.2025, in particular:
- to accept goods, sign delivery notes, CMR consignment notes and damage reports;
- to receive invoices, certificates of origin and other shipping documents;
- to submit and receive documents to and from customs authorities.

This Power of Attorney is valid until 31 December 2025 and may not be delegated.

Specimen signature of Ms. A. R. Safina: ______________

General Director ______________ T. R. Zakirov
Seal
""",
        expected={
            "number": "2025/03-ПД",
            "date": "2025-03-05",
            "total": None,
            "currency": None,
            "parties.principal.inn": "1650281375",
            "parties.principal.kpp": "165001001",
            "parties.principal.bik": "049205318",
            "parties.principal.account": "40702810562900011846",
            "parties.attorney.inn": "165920374832",
        },
    ),
]

_OTHER_PAPERS = [
    HoldoutDocument(
        id="n-en-contract-services-month-name-date",
        document_type="contract",
        language="en",
        text="""\
                        SERVICE AGREEMENT No. SRV-2024/031

Moscow                                                         November 15, 2024

LLC "Datastream Solutions" (the "Contractor"), represented by its General Director
Mr. R. V. Ostapenko, and JSC "Ural Mining Equipment" (the "Customer"), represented
by its Managing Director Mr. A. G. Tikhonov, have concluded this Agreement as
follows.

1. SUBJECT
1.1. The Contractor shall provide technical support of the Customer's manufacturing
execution system (MES) and on-site works upon the Customer's requests.
1.2. Services of each month are accepted by an acceptance certificate signed by
both Parties within 5 working days after the end of the month.

2. PRICE AND PAYMENT
2.1. The monthly fee for technical support is RUB 288,000.00, including VAT 20%.
2.2. The total price of the Agreement for the term from December 1, 2024 to
November 30, 2025 is RUB 3,456,000.00 (three million four hundred fifty-six
thousand roubles 00 kopecks), including VAT 20% of RUB 576,000.00.
2.3. On-site works are paid at RUB 38,500.00 per day excluding VAT, within the
total price of the Agreement.
2.4. The Customer pays each acceptance certificate within 10 banking days.

3. TERM
3.1. This Agreement enters into force on December 1, 2024 and remains in force
until November 30, 2025.

4. DETAILS OF THE PARTIES

Contractor:                                 Customer:
LLC "Datastream Solutions"                  JSC "Ural Mining Equipment"
125047, Moscow, 1st Tverskaya-Yamskaya      623700, Sverdlovsk region, Berezovsky,
st. 23, bldg. 1                             Zavodskaya st. 5
INN 7707250142                              INN 6685072639
KPP 770701001                               KPP 668501001
Account 40702810114600032875                Account 40702810860200019437
PJSC "Stolichny Credit Bank", Moscow        JSC "Uralinvestbank", Yekaterinburg
BIK 044525861                               BIK 046577459
Corr. account 30101810000000000861          Corr. account 30101810000000000459

General Director ________ R. V. Ostapenko   Managing Director ________ A. G. Tikhonov
""",
        expected={
            "number": "SRV-2024/031",
            "date": "2024-11-15",
            "total": "3456000.00",
            "currency": "RUB",
            "parties.seller.inn": "7707250142",
            "parties.seller.kpp": "770701001",
            "parties.seller.bik": "044525861",
            "parties.seller.account": "40702810114600032875",
            "parties.buyer.inn": "6685072639",
            "parties.buyer.kpp": "668501001",
            "parties.buyer.bik": "046577459",
            "parties.buyer.account": "40702810860200019437",
        },
    ),
    HoldoutDocument(
        id="n-en-waybill-delivery-note-several-numbers",
        document_type="waybill",
        language="en",
        text="""\
Rheinmann Kunststofftechnik GmbH
Industriestrasse 14, 50829 Koeln, Germany

Lieferschein / Delivery Note
Nr. LS-80011472                                   Date: 21.03.2025
Customer No.: 10442                               Page 1 of 1
Your order: KP-114 of 10.03.2025
Order confirmation Nr.: AB-25-0731 of 12.03.2025
Terms of delivery: FCA Koeln (Incoterms 2020)

Consignee:
LLC "Kama Polymer"
Promyshlennaya ul. 47, Naberezhnye Chelny 423800, Russia
INN 1650281375, KPP 165001001

Carrier: Spedition Wolters GmbH, Koeln, truck K-WS 4471, CMR No. 0318772
Export declaration MRN: 25DE370412345678E1

Pos. Article       Description                               Qty    Unit
1    EX-S45-N      Extruder screw D 45 mm, nitrided             2    pcs
2    HB-4560-650   Heater band 45x60 mm, 230 V, 650 W          24    pcs
3    TC-J-150      Thermocouple type J, 150 mm                 12    pcs

Packages: 2 pallets, marks RKT/KP-114/1-2
Gross weight: 186.0 kg     Net weight: 154.5 kg
Invoice to follow separately.

Goods received in good order and condition:
Name ______________   Signature ______________   Date ______________
""",
        expected={
            "number": "LS-80011472",
            "date": "2025-03-21",
            "currency": None,
            "parties.consignee.inn": "1650281375",
            "parties.consignee.kpp": "165001001",
        },
    ),
    HoldoutDocument(
        id="n-en-packing-list-invoice-cited",
        document_type="packing_list",
        language="en",
        text="""\
Harrowgate Scientific Ltd
Unit 7, Thornbury Business Park, Leeds LS12 6QT, United Kingdom

PACKING LIST No. PL/2025/0318
Date: 18 March 2025

Commercial invoice No.: GB-25/0318 of 18/03/2025
Your Ref.: PO 7731
Delivery note No.: DN 44018
Shipment: by road, DAP St Petersburg, dispatch date 20/03/2025

Consignee:
JSC "Baltic Instruments"
Kurlyandskaya ul. 49, lit. A, St Petersburg 190020, Russia
INN 7802174639, KPP 780201001

Case  Contents                                        Qty   Net kg  Gross kg  Size, cm
1     Benchtop pH meter HS-PH220                        6     21.6      27.0  60x40x40
2     Conductivity probe HS-CP12                       12      3.1       4.5  40x30x20
3-4   Buffer solution set pH 4/7/10, 500 ml            24     38.4      44.8  50x40x30

Total: 4 cases                                               63.1      76.3

Marks: HS / BI / PO 7731 / 1-4
Packed by: J. Whitfield, warehouse supervisor
""",
        expected={
            "number": "PL/2025/0318",
            "date": "2025-03-18",
            "total": None,
            "currency": None,
            "parties.consignee.inn": "7802174639",
            "parties.consignee.kpp": "780201001",
        },
    ),
    HoldoutDocument(
        id="n-en-bank-statement-usd-iso-dates",
        document_type="bank_statement",
        language="en",
        text="""\
PJSC "Stolichny Credit Bank", Moscow
BIK 044525861, corr. account 30101810000000000861, SWIFT STCBRUMM

STATEMENT OF ACCOUNT No. 58
Statement date: 2025-03-28
Period: 2025-03-24 - 2025-03-28
Account holder: LLC "Vologda Linen Mill", INN 3525086148, KPP 352501001
Account: 40702840471800000352 (USD)

Opening balance:                                                    USD 12,418.30

Date        Doc. No.  Counterparty / details                    Debit       Credit
2025-03-26  FT250326  Linnen Haus GmbH, Hamburg                              55,610.00
                      IBAN: DE81200304170648213905
                      Payment for commercial invoice No. ЭК-00127
                      dated 21.03.2025, contract EXP-2024/09
2025-03-27  14        Sale of foreign currency, order No. 14    30,000.00
                      dated 27.03.2025
2025-03-27  CM0327    Bank commission, currency control             65.00

Total turnover:                                               30,065.00  55,610.00
Closing balance:                                                    USD 37,963.30

Printed 2025-03-29 09:41. This statement is valid without signature and stamp.
""",
        expected={
            "number": "58",
            "date": "2025-03-28",
            "currency": "USD",
            "parties.account_holder.inn": "3525086148",
            "parties.account_holder.kpp": "352501001",
            "parties.account_holder.bik": "044525861",
            "parties.account_holder.account": "40702840471800000352",
        },
    ),
    HoldoutDocument(
        id="n-en-receipt-store-dash-date",
        document_type="receipt",
        language="en",
        text="""\
        HARBOR POINT MARINE SUPPLY
     1420 W Nickerson St, Seattle, WA 98119
            Tel. (206) 555-0187

Receipt #: 004417            Register 2
15-Mar-2025 14:38            Cashier: Dana

Marine rope 3/8 in x 100 ft     1 @ 64.99     64.99
SS shackle 1/4 in               4 @  8.49     33.96
Deck cleaner, 1 gal             1 @ 24.50     24.50

SUBTOTAL                                     123.45
SALES TAX 10.35%                              12.78
TOTAL                                    USD 136.23
VISA **** 0815                           USD 136.23
AUTH 604418   APPROVED

Items sold: 6
Returns within 30 days with receipt.
        THANK YOU FOR SHOPPING WITH US
""",
        expected={
            "number": "004417",
            "date": "2025-03-15",
            "total": "136.23",
            "currency": "USD",
        },
    ),
    HoldoutDocument(
        id="n-en-letter-date-at-signature",
        document_type="letter",
        language="en",
        text="""\
Rheinmann Kunststofftechnik GmbH
Industriestrasse 14, 50829 Koeln, Germany
Phone +49 221 555 4180 | sales@rheinmann-kt.example

LLC "Kama Polymer"
Attn. Mr. T. R. Zakirov, General Director
Promyshlennaya ul. 47, Naberezhnye Chelny 423800, Russia

Our Ref.: RK/VK/2025-044
Your Ref.: KP-114 of 10.03.2025
                                           +-------------------------------+
                                           | ООО «Кама Полимер»            |
                                           | ВХ. № 0381 от 31.03.2025      |
                                           +-------------------------------+

Re: Your order KP-114 - second batch of heater bands

Dear Mr. Zakirov,

thank you for your order KP-114 of 10.03.2025. The first batch was shipped on
21.03.2025 with delivery note LS-80011472, and our invoice RE 2025 00388 of EUR
11,210.80 is due on 24.04.2025.

The second batch of 48 heater bands HB-4560-650 (EUR 1,848.00 net) will be ready
for collection on 15.04.2025 instead of 04.04.2025, because our supplier of heating
wire has delayed its delivery. The price and the terms of delivery remain unchanged.

We apologise for the inconvenience.

Yours sincerely,

______________
Volker Krause, Sales Manager
Koeln, 26 March 2025
""",
        expected={
            "number": "RK/VK/2025-044",
            "date": "2025-03-26",
            "total": None,
            "currency": "EUR",
        },
    ),
    HoldoutDocument(
        id="n-en-other-certificate-origin-spaced-number",
        document_type="other",
        language="en",
        text="""\
EUROPEAN UNION                                   CERTIFICATE OF ORIGIN
                                                 No. A 2025 0907341
                                                 ORIGINAL
1 Consignor: Rheinmann Kunststofftechnik GmbH, Industriestrasse 14,
  50829 Koeln, Germany
2 Consignee: LLC "Kama Polymer", Promyshlennaya ul. 47,
  Naberezhnye Chelny 423800, Russia
3 Country of origin: EUROPEAN UNION / GERMANY
4 Transport details: by road, Koeln - Naberezhnye Chelny,
  delivery note LS-80011472 of 21.03.2025, CMR No. 0318772
5 Remarks: commercial invoice RE 2025 00388 of 25.03.2025
6 Item number; marks, numbers, number and kind of packages;    7 Quantity
  description of goods
  1 2 pallets, marks RKT/KP-114/1-2:
    extruder screws, HS 8477 90 80                               2 pcs
    heater bands, HS 8516 80 20                                 24 pcs
    thermocouples, HS 9025 19 20                                12 pcs
                                                     gross weight 186.0 kg
8 The undersigned authority certifies that the goods described above originate
  in the country shown in box 3.

  Place and date of issue, name, signature and stamp of competent authority:
  +--------------------------------------------------+
  |  INDUSTRIE- UND HANDELSKAMMER ZU KOELN            |
  |  Koeln, 27.03.2025                                |
  |  signature: H. Brandt                             |
  +--------------------------------------------------+
""",
        expected={
            "number": "A 2025 0907341",
            "date": "2025-03-27",
            "total": None,
            "currency": None,
        },
    ),
]

ENGLISH_DOCUMENTS_N = [
    *_INVOICES,
    *_ACTS,
    *_UPDS,
    *_PAYMENT_ORDERS,
    *_PASSPORTS_AND_AUTHORITY,
    *_OTHER_PAPERS,
]
