"""English documents of set AK. `bench.holdout_ak` describes the set and its labels."""

# Document texts reproduce printed lines up to 110 characters wide.
# ruff: noqa: E501

from .holdout import HoldoutDocument

ENGLISH_DOCUMENTS_AK = [
    # The exporter's commercial invoice for the wheat shipped to Egypt, billed by the B/L
    # quantity. Its total is the full FOB value, not the balance left after the 10% advance.
    # The Egyptian buyer has no labels, and the vessel's IMO number, the B/L and the
    # phytosanitary certificate are not the invoice number.
    HoldoutDocument(
        id="ak-en-invoice-wheat-egypt",
        document_type="invoice",
        language="en",
        text="""\
CHERNOZEMYE GRAIN EXPORT LLC
22 Plekhanovskaya St., office 610, Voronezh 394036, Russian Federation
INN 3666225002, KPP 366601001, OGRN 1193659798914
Tel. +7 473 228-40-16, e-mail: export@chernozem-grain.example

                             COMMERCIAL INVOICE No. CGE-EX-26/014
                                    Date: April 10, 2026

Seller:      Chernozemye Grain Export LLC (address above)
Buyer:       Nile Delta Milling Company S.A.E.
             14 El-Horreya Road, Sidi Gaber, Alexandria, Arab Republic of Egypt
             Tax Registration No. 204-518-736, Commercial Register No. 61427 Alexandria
Contract:    No. CGE/NDM/2026-03 dated March 6, 2026
Terms:       FOB Novorossiysk, Incoterms 2020
Vessel:      MV AZOV PROSPECT (IMO 9384722), flag Malta
B/L:         No. NVS-AZP-0417 dated April 9, 2026; port of loading Novorossiysk, port of discharge
             Alexandria
Country of origin: Russian Federation
Phytosanitary certificate No. 23/1-2026/04871 dated April 8, 2026

| Description                                    | HS Code    | Quantity, MT | USD per MT | Amount, USD  |
| Russian milling wheat, crop 2025, protein      | 1001.99.00 |   30,412.560 |     248.50 | 7,557,521.16 |
| min. 12.5%, moisture max. 13.5%, in bulk       |            |              |            |              |

Total invoice value, FOB Novorossiysk:                                            USD 7,557,521.16
(Seven million five hundred fifty-seven thousand five hundred twenty-one US dollars 16 cents)
Less advance received on March 12, 2026 (10% of the contract value):              USD   745,500.00
Balance due by April 20, 2026:                                                    USD 6,812,021.16

Quantity and quality are final as per the certificates of weight and quality issued by the
independent surveyor at the port of loading.

Payment to: Chernozemye Grain Export LLC, USD account 40702840031993866922
Bank: Azov-Don Bank PJSC, Rostov-on-Don, SWIFT AZDNRU2R, BIK 046015546,
correspondent account 30101810300000000546

General Director ______________ V. S. Kuznetsov
""",
        expected={
            "number": "CGE-EX-26/014",
            "date": "2026-04-10",
            "total": "7557521.16",
            "currency": "USD",
            "parties.seller.inn": "3666225002",
            "parties.seller.kpp": "366601001",
            "parties.seller.bik": "046015546",
            "parties.seller.account": "40702840031993866922",
        },
    ),
    # The Dutch seed house's invoice in euros to the farm. Its total is "TOTAL EUR" with the
    # freight. The farm is a sole proprietor, so the buyer has its INN and KPP None. The Dutch
    # seller, its VAT number and IBAN have no labels.
    HoldoutDocument(
        id="ak-en-invoice-seeds-netherlands",
        document_type="invoice",
        language="en",
        text="""\
VELDHOVEN ZADEN B.V.
Westerstraat 118, 1601 AM Enkhuizen, The Netherlands
KvK 41872206   VAT (BTW) NL854173298B01   EORI NL854173298
Bank: Zuiderlandse Bank N.V., BIC ZLBKNL2A
IBAN: NL12ZLBK0872507845

INVOICE
Invoice No.:      VZ-2026-00318
Invoice date:     9 March 2026
Customer order:   No. 4 of 2 March 2026
Customer No.:     RU-20417

Bill to / Ship to:
Individual entrepreneur, head of peasant farm Andrey V. Kolesnikov
INN 360258822805, OGRNIP 311369071878249
3 Polevaya St., Shishovka, Bobrov district, Voronezh region 397710, Russian Federation

Delivery terms: CPT Voronezh, Incoterms 2020      Dispatch: by truck from Enkhuizen

| Item | Description                            | HS Code    | Origin      | Units | EUR/unit | Amount, EUR |
| 1    | Sunflower hybrid seed VZ Sorento CLP,  | 1206.00.10 | Netherlands |   180 |   198.00 |   35,640.00 |
|      | treated, 150,000 seeds per unit        |            |             |       |          |             |
| 2    | Maize hybrid seed VZ Maestro, FAO 250, | 1005.10.90 | France      |   120 |    86.50 |   10,380.00 |
|      | 80,000 seeds per unit                  |            |             |       |          |             |

                                                   Subtotal                          46,020.00
                                                   Freight and insurance to Voronezh    810.00
                                                   VAT 0% (export outside the EU)         0.00
                                                   TOTAL EUR                         46,830.00

Country of origin is shown per item. Gross weight 4,318 kg, 30 pallets.
Payment terms: 100% prepayment within 10 days of the invoice date.
Phytosanitary certificate and ISTA orange certificates accompany the goods.

Veldhoven Zaden B.V., export department, M. de Wit
""",
        expected={
            "number": "VZ-2026-00318",
            "date": "2026-03-09",
            "total": "46830.00",
            "currency": "EUR",
            "parties.buyer.inn": "360258822805",
            "parties.buyer.kpp": None,
        },
    ),
    # The fishing company's commercial invoice for cod and haddock to a Busan importer,
    # CFR Busan. Its total is the full value, not the 20% prepayment or the balance. The
    # Korean buyer and its business registration number have no labels.
    HoldoutDocument(
        id="ak-en-invoice-fish-korea",
        document_type="invoice",
        language="en",
        text="""\
BARENTS PROMYSEL LLC
12 Tralovaya St., Murmansk 183038, Russian Federation
INN 5190894313, KPP 519001001, OGRN 1125166345435

                           COMMERCIAL INVOICE No. BP-EX-26/021
                                   Date: April 16, 2026

Seller/Exporter:  Barents Promysel LLC
Buyer/Importer:   Haedong Seafood Co., Ltd.
                  87 Jungang-daero, Jung-gu, Busan 48939, Republic of Korea
                  Business Registration No. 602-81-47213
Contract:         No. BP-HS/2026-02 dated February 11, 2026
Terms:            CFR Busan, Incoterms 2020
Vessel:           MV POLAR CRYSTAL (IMO 9615389), sailing from Murmansk on April 18, 2026
Caught by:        trawler SEVERNAYA GAVAN (IMO 9271640), Barents Sea, FAO area 27
Country of origin: Russian Federation
Veterinary certificate No. 51/0388/2026 dated April 15, 2026

| No. | Description                                 | HS Code    | Net, kg | USD per kg | Amount, USD |
| 1   | Frozen Atlantic cod, headed and gutted,     | 0303.63.00 |  42,000 |       4.85 |  203,700.00 |
|     | 1-2 kg, 1,680 cartons x 25 kg               |            |         |            |             |
| 2   | Frozen haddock, headed and gutted, 0.5-1 kg,| 0303.64.00 |  12,600 |       3.90 |   49,140.00 |
|     | 504 cartons x 25 kg                         |            |         |            |             |

Total CFR Busan:                                                             USD 252,840.00
Prepayment of 20% received on April 3, 2026:                                 USD  50,568.00
Balance payable against a copy of the B/L:                                   USD 202,272.00

Storage and carriage at minus 18 degrees C or below. Packing list No. BP-PL-26/021.

Beneficiary: Barents Promysel LLC, USD account 40702840394580730215
Bank: Bank Kolsky JSC, Murmansk, SWIFT KOLSRU2M, BIK 044705811,
correspondent account 30101810900000000811

General Director ______________ G. R. Lapshin
""",
        expected={
            "number": "BP-EX-26/021",
            "date": "2026-04-16",
            "total": "252840.00",
            "currency": "USD",
            "parties.seller.inn": "5190894313",
            "parties.seller.kpp": "519001001",
            "parties.seller.bik": "044705811",
            "parties.seller.account": "40702840394580730215",
        },
    ),
    # The grain terminal's certificate of services rendered to the exporter, in English.
    # Its total is the services with VAT 22%, not the sum without VAT or the amount payable
    # after the advance. Both Russian parties are labelled with the accounts they print.
    HoldoutDocument(
        id="ak-en-act-terminal-services",
        document_type="act",
        language="en",
        text="""\
YUZHNY GRAIN TERMINAL LLC
35 Sukhumskoye Highway, Novorossiysk, Krasnodar Territory 353902, Russian Federation
INN 2315453262, KPP 231501001, OGRN 1082385282462
Account 40702810942144834589 with Azov-Don Bank PJSC, Rostov-on-Don, BIK 046015546,
correspondent account 30101810300000000546

                        CERTIFICATE OF SERVICES RENDERED No. TS-0412
                          (act of acceptance of services)

Novorossiysk                                                                   April 12, 2026

Contractor: Yuzhny Grain Terminal LLC
Customer:   Chernozemye Grain Export LLC, INN 3666225002, KPP 366601001,
            RUB account 40702810809249688197 with Azov-Don Bank PJSC, BIK 046015546
Agreement:  Transshipment agreement No. 27-T/2026 dated January 20, 2026
Vessel:     MV AZOV PROSPECT (IMO 9384722), loaded on April 6-9, 2026, B/L No. NVS-AZP-0417

| No. | Service                                    | Quantity    | Unit     | Rate, RUB | Amount, RUB   |
| 1   | Acceptance of wheat from railcars, storage | 30,412.560  | MT       |  1,150.00 | 34,974,444.00 |
|     | and loading on board                       |             |          |           |               |
| 2   | Storage beyond the free period (4 days)    | 121,650.240 | MT x day |     12.00 |  1,459,802.88 |
| 3   | Draft survey at loading                    | 1           | service  | 85,000.00 |     85,000.00 |

Total excluding VAT:                                                         RUB 36,519,246.88
VAT 22%:                                                                      RUB 8,034,234.31
Total including VAT:                                                         RUB 44,553,481.19
Advance paid under invoice No. 0388-T of March 30, 2026:                     RUB 15,000,000.00
Amount payable by April 22, 2026:                                            RUB 29,553,481.19

The services were rendered in full and on time. The Customer has no claims as to their
volume, quality and timing.

For the Contractor: ______________ A. P. Zaitsev, Terminal Director
For the Customer:   ______________ V. S. Kuznetsov, General Director
""",
        expected={
            "number": "TS-0412",
            "date": "2026-04-12",
            "total": "44553481.19",
            "currency": "RUB",
            "parties.seller.inn": "2315453262",
            "parties.seller.kpp": "231501001",
            "parties.seller.bik": "046015546",
            "parties.seller.account": "40702810942144834589",
            "parties.buyer.inn": "3666225002",
            "parties.buyer.kpp": "366601001",
            "parties.buyer.bik": "046015546",
            "parties.buyer.account": "40702810809249688197",
        },
    ),
    # A translated UPD of the wheat that an agricultural company sold to the exporter and
    # delivered to the port terminal. It is dated by the UPD, not by the translation. The
    # terminal is the consignee with its own INN and KPP. The total is the full value with VAT
    # 10%, not the prepayment it cites.
    HoldoutDocument(
        id="ak-en-upd-translation-wheat",
        document_type="upd",
        language="en",
        text="""\
Translation from Russian

UNIVERSAL TRANSFER DOCUMENT                                                       Status: 1
Invoice No. 512 dated March 27, 2026 (1)                       Correction No. -- dated -- (1a)
Seller: Agrofirma Stepnoy Kolos LLC (2)
Address: 4 Promyshlennaya St., Salsk, Rostov Region 347630 (2a)
Seller's INN/KPP: 6153752633/615301001 (2b)
Shipper and its address: the same (3)
Consignee and its address: Yuzhny Grain Terminal LLC, INN 2315453262, KPP 231501001,
35 Sukhumskoye Highway, Novorossiysk 353902 (4)
To payment document No. 1093 dated March 16, 2026 (5)
Buyer: Chernozemye Grain Export LLC (6)
Address: 22 Plekhanovskaya St., office 610, Voronezh 394036 (6a)
Buyer's INN/KPP: 3666225002/366601001 (6b)
Currency: name, code Russian rouble, 643 (7)

No.  Goods               Unit  Quantity    Price excl.  Value excl. VAT  VAT  VAT amount     Value incl. VAT
                                           VAT
1    Milling wheat, 3rd  MT    12,480.300  16,200.00    202,180,860.00   10%  20,218,086.00  222,398,946.00
     class, crop 2025,
     GOST 9353-2016
Total payable (9)                                       202,180,860.00   X    20,218,086.00  222,398,946.00

Prepayment under payment order No. 1093 of March 16, 2026: RUB 100,000,000.00
Basis: supply contract No. SK-26/009 dated February 2, 2026
Transport: 184 grain railcars, rail waybills listed in the annex
Goods released by: ______________ S. A. Dyachenko, sales director     Date of shipment: March 27, 2026
Goods received by: ______________ A. P. Zaitsev, under power of attorney No. 12 of January 9, 2026
Date of receipt: March 29, 2026

Translated from Russian by O. N. Bessonova, translator, Voronezh, April 2, 2026.
I certify that this is a true translation of the original document.
""",
        expected={
            "number": "512",
            "date": "2026-03-27",
            "total": "222398946.00",
            "currency": "RUB",
            "parties.seller.inn": "6153752633",
            "parties.seller.kpp": "615301001",
            "parties.buyer.inn": "3666225002",
            "parties.buyer.kpp": "366601001",
            "parties.consignee.inn": "2315453262",
            "parties.consignee.kpp": "231501001",
        },
    ),
    # The MT103 print that pays the Dutch seed invoice from the farm's euro account. It is
    # numbered by field 20, dated by the value date of field 32A, and its total is the 32A
    # amount. The sole-proprietor payer is labelled with the INN of field 50K, KPP None, its
    # EUR account and the BIK of the sending bank. The Dutch beneficiary has no labels.
    HoldoutDocument(
        id="ak-en-payment-order-mt103-seeds",
        document_type="payment_order",
        language="en",
        text="""\
CHERNOZEMNY AGROPROMBANK PJSC, Voronezh     BIK 042007286     SWIFT CHAGRU2V
Correspondent account 30101810500000000286
Outgoing SWIFT message - customer credit transfer (MT103)
Printed: 19.03.2026 11:42   Operator: E. Yu. Shatalova

{1:F01CHAGRU2VAXXX0000000000}{2:I103ZLBKNL2AXXXN}
:20:Sender's Reference
KFH260318-02
:23B:Bank Operation Code
CRED
:32A:Value Date/Currency/Interbank Settled Amount
260318EUR46830,00
Value date: 18.03.2026, currency EUR, amount 46,830.00
:50K:Ordering Customer
/40802978433732425946
IP GLAVA KFH KOLESNIKOV ANDREY VIKTOROVICH
INN 360258822805
SHISHOVKA, BOBROV DISTRICT, VORONEZH REGION, RUSSIA
:57A:Account With Institution
ZLBKNL2A
:59:Beneficiary Customer
/NL12ZLBK0872507845
VELDHOVEN ZADEN B.V.
WESTERSTRAAT 118, ENKHUIZEN, NETHERLANDS
:70:Remittance Information
INV VZ-2026-00318 OF 09.03.2026 SEEDS
PREPAYMENT 100 PCT
:71A:Details of Charges
SHA

Status: sent to SWIFT 18.03.2026 10:27, ACK received
""",
        expected={
            "number": "KFH260318-02",
            "date": "2026-03-18",
            "total": "46830.00",
            "currency": "EUR",
            "parties.payer.inn": "360258822805",
            "parties.payer.kpp": None,
            "parties.payer.bik": "042007286",
            "parties.payer.account": "40802978433732425946",
        },
    ),
    # The wheat sale contract with the Egyptian buyer. Its total is the contract value for
    # 30,000 MT, not the advance, the price per tonne or the demurrage rate. The exporter is
    # the seller with its USD account, and the Egyptian buyer has no labels.
    HoldoutDocument(
        id="ak-en-contract-wheat-sale",
        document_type="contract",
        language="en",
        text="""\
                                  CONTRACT No. CGE/NDM/2026-03

Voronezh / Alexandria                                                         March 6, 2026

Chernozemye Grain Export LLC, Voronezh, Russian Federation (the "Seller"), represented by its
General Director Vladimir S. Kuznetsov, and Nile Delta Milling Company S.A.E., Alexandria, Arab
Republic of Egypt (the "Buyer"), represented by its Chairman Karim M. Farouk, agree as follows.

1. Goods: Russian milling wheat, crop 2025, in bulk, HS Code 1001.99. Protein min. 12.5%,
   moisture max. 13.5%, test weight min. 78 kg/hl, falling number min. 250 sec.
2. Quantity: 30,000 MT, 5% more or less in the Seller's option.
3. Price: USD 248.50 per MT, FOB Novorossiysk, Incoterms 2020, stowed and trimmed.
4. Total contract value: USD 7,455,000.00 (seven million four hundred fifty-five thousand US
   dollars), to be adjusted to the quantity of the bill of lading.
5. Shipment: April 1-15, 2026, one vessel nominated by the Buyer, not older than 20 years.
6. Payment: advance of 10% (USD 745,500.00) within 5 banking days of signing; balance within
   10 days of the B/L date against scanned copies of the shipping documents.
7. Documents: commercial invoice, bill of lading, certificate of origin, phytosanitary
   certificate, certificates of weight and quality of an independent surveyor.
8. Weight and quality are final at the port of loading.
9. Laytime and demurrage as per the charter party; demurrage USD 12,000.00 per day pro rata,
   despatch half demurrage.
10. Force majeure: a party is released for the time of an event beyond its control of which
    the other party is notified within 7 days.
11. Disputes: arbitration in London under the rules of the Grain and Feed Trade Association.

Seller: Chernozemye Grain Export LLC, INN 3666225002, KPP 366601001, OGRN 1193659798914
22 Plekhanovskaya St., office 610, Voronezh 394036, Russian Federation
USD account 40702840031993866922 with Azov-Don Bank PJSC, Rostov-on-Don
BIK 046015546, correspondent account 30101810300000000546, SWIFT AZDNRU2R

Buyer: Nile Delta Milling Company S.A.E., 14 El-Horreya Road, Sidi Gaber, Alexandria, Egypt
Tax Registration No. 204-518-736
Alexandria Commercial Bank S.A.E., SWIFT ACBKEGCXALX
IBAN: EG170072014319493970281116760

For the Seller: ______________ V. S. Kuznetsov       For the Buyer: ______________ K. M. Farouk
""",
        expected={
            "number": "CGE/NDM/2026-03",
            "date": "2026-03-06",
            "total": "7455000.00",
            "currency": "USD",
            "parties.seller.inn": "3666225002",
            "parties.seller.kpp": "366601001",
            "parties.seller.bik": "046015546",
            "parties.seller.account": "40702840031993866922",
        },
    ),
    # The bill of lading of the wheat as a scan with look-alike letters and a port stamp.
    # It is numbered by the B/L number and dated by the date of issue and shipment on board,
    # not by the charter party or the stamp. It names no money, so it has no total label and
    # its currency is None. Only the Russian shipper is labelled, because the consignee "to
    # order" of a bank and the notify party are not Russian companies.
    HoldoutDocument(
        id="ak-en-waybill-bill-of-lading-scan",
        document_type="waybill",
        language="en",
        text="""\
SCAN_NVS0417_p1.pdf   page 1 of 3
BILL ОF LADING                                          B/L No. NVS-AZP-O417
ТO BE USED WITН CHARTER-РARTIES                         Referenсe: contract СGE/NDM/2026-03
Shiррer: CHЕRNOZEMYE GRAIN ЕXРОRT LLC, INN З6662250О2, KPР 36660l0О1,
22 PLEKHANOVSKAYA ST., VОRONEZH З940З6, RUSSIAN FEDERATION
Cоnsignee: TO ORDER OF ALEXАNDRIА CОMMЕRСIAL BANК S.A.Е.
Notify address: NILE DELTA MILLING COMРANY S.A.E., 14 EL-HORRЕYA ROAD, ALEXANDRIA, EGYPT
Vеssel: MV AZOV PROSPECT   IMО 9384722   Pоrt оf loading: NOVOROSSIYSK, RUSSIA
Port of disсhаrge: ALEXANDRIА, EGYPТ
Shipper's description of gоods: RUSSIAN MILLING WHEAT, CROP 2025, IN ВULK, HS CODE l001.99
Gross weight: 30,412.560 MEТRIC TОNS (TНIRTY THOUSAND FOUR НUNDRED TWELVE MT 56O KG)
FREIGHТ PAYABLE AS РER CHARTER PАRТY DATED 24.03.2О26
SHIРPED at thе port of loading in apparent gоod order and condition on board the vessel for
carriage to thе port of dischаrge. Wеight, measure, quality and value unknown.
Number of original Bs/L: THREE (З)
Place and date of issuе: NOVOROSSIYSK, 09 APR 2026      Shipped on bоard: О9.04.2026
Signed by AZОV SHIPPING AGENCY LLC as agents fоr and on behalf of the Master, Capt. R. Dimitrоv
PORТ OF NOVOROSSIYSK * DOCUМENTS RECEIVED 10.04.2O26 *
""",
        expected={
            "number": "NVS-AZP-0417",
            "date": "2026-04-09",
            "currency": None,
            "parties.shipper.inn": "3666225002",
            "parties.shipper.kpp": "366601001",
        },
        noisy=True,
    ),
    # The packing list of the fish for Korea as a phone photo with look-alike letters and
    # two rows run together. It prints the exporter as "Seller / Shipper" and labels it under
    # both roles. The Korean buyer has no labels. It names no money, so total and currency are
    # None.
    HoldoutDocument(
        id="ak-en-packing-list-fish-korea-photo",
        document_type="packing_list",
        language="en",
        text="""\
IMG_20260416_154410.jpg
BARENTS PROMYSEL LLC, 12 TRALOVAYA ST., MURMANSK l83038, RUSSIA
PACКING LIST Nо. BP-РL-26/021                          Date: l6 Аpril 2026
Invoice Nо. ВP-EХ-26/021 of 16 Аpril 2026
Seller / Shipper: Barents Promysel LLC, INN 519O894313, KPP 5l9О0100l
Вuуer: Haedоng Seafood Co., Ltd., Вusan, Republic of Korеa, Business Registration No. 6О2-81-47213
Consignee: tо the order of Haеdong Seafood Co., Ltd.
Vessel: MV PОLAR CRYSTAL (IMO 9615389), Murmansk - Busan, holds No. 2 and 3
Мarks: HAEDONG / BUSAN / PRODUCT OF RUSSIА / FROZEN / NET 25 KG

Item  Descriptiоn                       Cartons  Net kg/ctn  Nеt, kg  Grоss, kg  Production
1     Frоzen Atlаntic cod H&G l-2 kg      l,680        25.0   42,O00     4З,512  12.О3-28.03.2026 2     Frozen haddoсk Н&G 0.5-l kg
                                            504        25.O   12,600     13,054  14.О3-27.03.2026
TOTAL                                     2,184               54,600     56,566

Storаge temperature minus 18 degrees C or below. Bеst before: 12 months from production.
Checked by: ______________ S. V. Rogоv, warehouse manager
""",
        expected={
            "number": "BP-PL-26/021",
            "date": "2026-04-16",
            "total": None,
            "currency": None,
            "parties.seller.inn": "5190894313",
            "parties.seller.kpp": "519001001",
            "parties.shipper.inn": "5190894313",
            "parties.shipper.kpp": "519001001",
        },
        noisy=True,
    ),
    # The exporter's USD statement. It is numbered and dated by the statement and labels
    # the account holder with INN, KPP, the USD account and the bank's BIK. The Egyptian
    # payer's IBAN and the holder's RUB account, which receives the sold dollars, are not
    # labels, and the generation date is not its date.
    HoldoutDocument(
        id="ak-en-bank-statement-usd",
        document_type="bank_statement",
        language="en",
        text="""\
AZOV-DON BANK PJSC, Rostov-on-Don
BIK 046015546, correspondent account 30101810300000000546, SWIFT AZDNRU2R

                                STATEMENT OF ACCOUNT No. 27
                               Statement date: 14 April 2026
                            Period: 13.04.2026 - 14.04.2026

Account holder: Chernozemye Grain Export LLC, INN 3666225002, KPP 366601001
Account:        40702840031993866922 (current currency account, USD)

Opening balance on 13.04.2026:                                              USD 1,204,318.40

| Date       | Doc.  | Counterparty and details                                | Debit        | Credit       |
| 13.04.2026 | 4471  | Nile Delta Milling Company S.A.E., Alexandria,          |              | 6,812,021.16 |
|            |       | IBAN EG170072014319493970281116760, balance for         |              |              |
|            |       | invoice CGE-EX-26/014, contract CGE/NDM/2026-03         |              |              |
| 13.04.2026 | K-118 | Azov-Don Bank PJSC, fee for an incoming SWIFT transfer  |       150.00 |              |
| 14.04.2026 | 88    | Sale of USD under order No. 88, roubles to account      | 2,000,000.00 |              |
|            |       | 40702810809249688197 of Chernozemye Grain Export LLC    |              |              |

Turnover:                                                   debit 2,000,150.00   credit 6,812,021.16
Closing balance on 14.04.2026:                                              USD 6,016,189.56

Generated on 15.04.2026 08:30 by the Azov-Don Online system.
""",
        expected={
            "number": "27",
            "date": "2026-04-14",
            "currency": "USD",
            "parties.account_holder.inn": "3666225002",
            "parties.account_holder.kpp": "366601001",
            "parties.account_holder.bik": "046015546",
            "parties.account_holder.account": "40702840031993866922",
        },
    ),
    # A Busan hotel's receipt in won for the fishing company's sales manager, as a phone
    # photo taken the next morning. It is numbered by its receipt number and dated by the
    # departure and payment, not by the arrival or the camera. Its total includes VAT and the
    # minibar. The hotel and its guest have no labels.
    HoldoutDocument(
        id="ak-en-receipt-busan-hotel-photo",
        document_type="receipt",
        language="en",
        text="""\
IMG_20260420_073115.jpg
HAEUNDAE SEAVIEW HOTEL
Hаeundae-gu, Busan, Republic of Korea
Вusiness Registration No. 617-86-20394
REСEIPT Nо. 260419-0087
Guest: Ms. Irina Lapshina, Barents Prоmysel LLC
Room 12O4      Arrival 16/04/2О26      Dеparture 19/O4/2026
Room сharge, 3 nights x KRW 168,000                 504,00O
VAT 10%                                              50,400
Minibar and laundrу                                  38,5ОО
TOTAL KRW                                           592,90O
Paid by VISA **** 4417     19/04/2026 08:12     Apрroval 318452
Thank you for staying with us!
""",
        expected={
            "number": "260419-0087",
            "date": "2026-04-19",
            "total": "592900.00",
            "currency": "KRW",
        },
        noisy=True,
    ),
    # The passport of the Korean master of the reefer vessel as a scan from the crew list.
    # It is numbered "M47218539" and dated by its date of issue, not by the birth or expiry
    # dates or the crew list. Its machine-readable zone reads cleanly.
    HoldoutDocument(
        id="ak-en-passport-korean-master-scan",
        document_type="passport",
        language="en",
        text="""\
scan_crew_list_POLAR_CRYSTAL_03.jpg
REPUBLIC OF KОRЕA
PАSSPORT
Tyре PM            Issuing country KOR            Passроrt No. М47218539
Surname            PARK
Given names        SEONGJIN
Nationality        REPUBLIC OF КOREА
Date of birth      23 АUG 1976
Sex                M
Date of issue      14 МAR 2022
Dаte of expiry     14 MAR 2О32
Authority          MINISTRY OF FORЕIGN AFFAIRS
Сrew list of MV POLAR CRYSTAL, Murmansk, 17.O4.2026, Nо. 1 - Master
PMKORPARK<<SEONGJIN<<<<<<<<<<<<<<<<<<<<<<<<<
M472185391KOR7608232M3203145<<<<<<<<<<<<<<<2
""",
        expected={
            "number": "M47218539",
            "date": "2022-03-14",
            "total": None,
            "currency": None,
        },
        noisy=True,
    ),
    # The exporter's power of attorney for a surveying company at the port. The exporter is
    # the principal with its INN, KPP, RUB account and BIK, and the surveyor is the attorney
    # with INN and KPP. It names no money, so currency is None.
    HoldoutDocument(
        id="ak-en-power-of-attorney-surveyor",
        document_type="power_of_attorney",
        language="en",
        text="""\
                         POWER OF ATTORNEY No. CGE/POA-2026/07

Voronezh                                                                    March 30, 2026

Chernozemye Grain Export LLC, INN 3666225002, KPP 366601001, OGRN 1193659798914,
22 Plekhanovskaya St., office 610, Voronezh 394036, Russian Federation,
account 40702810809249688197 with Azov-Don Bank PJSC, Rostov-on-Don, BIK 046015546,
correspondent account 30101810300000000546,
represented by its General Director Vladimir S. Kuznetsov, acting under the Charter,

hereby authorises

Agrokontrol Survey LLC, INN 2315830496, KPP 231501001, OGRN 1152331012492,
10 Portovaya St., Novorossiysk 353900, Russian Federation,

to act on its behalf at the port of Novorossiysk during the loading of MV AZOV PROSPECT
(IMO 9384722) under contract No. CGE/NDM/2026-03 of March 6, 2026, namely:
- to attend draft surveys, sampling and the sealing of samples;
- to sign draft survey reports, certificates of weight and quality and the mate's receipt;
- to receive the phytosanitary certificate and the certificate of origin;
- to receive and forward the original bills of lading.

This power of attorney is valid until May 31, 2026 and may not be delegated.

General Director ______________ V. S. Kuznetsov
Seal
""",
        expected={
            "number": "CGE/POA-2026/07",
            "date": "2026-03-30",
            "total": None,
            "currency": None,
            "parties.principal.inn": "3666225002",
            "parties.principal.kpp": "366601001",
            "parties.principal.bik": "046015546",
            "parties.principal.account": "40702810809249688197",
            "parties.attorney.inn": "2315830496",
            "parties.attorney.kpp": "231501001",
        },
    ),
    # The Dutch seed house's letter on a split shipment. It names euro sums, so its
    # currency is EUR with total None and no party labels. It is numbered by "Our ref." and
    # dated by the letter, not by the payment or the new dispatch date.
    HoldoutDocument(
        id="ak-en-letter-seeds-shipment",
        document_type="letter",
        language="en",
        text="""\
VELDHOVEN ZADEN B.V.
Westerstraat 118, 1601 AM Enkhuizen, The Netherlands
Tel. +31 228 350 417   export@veldhovenzaden.example

Our ref.: VZ/EXP/2026-041                                      Enkhuizen, 23 March 2026
Your ref.: order No. 4 of 2 March 2026

Mr. Andrey V. Kolesnikov
Head of peasant farm
Shishovka, Bobrov district, Voronezh region, Russian Federation

Subject: shipment of seeds under invoice VZ-2026-00318

Dear Mr. Kolesnikov,

Thank you for your payment of EUR 46,830.00, which we received on 19 March 2026.

The sunflower seed (180 units) left our warehouse in Enkhuizen on 20 March 2026 by truck and
is expected in Voronezh within eight days. The maize seed (120 units) is still awaiting the
germination test of its last lot, so we will dispatch it on 3 April 2026 with a second truck.

We will bear the extra freight of this second truck, EUR 420.00, ourselves. The invoice
stays unchanged and no further payment is due from you.

The phytosanitary certificates will travel with each truck, and we will e-mail copies on the
day of dispatch.

Yours sincerely,

Marloes de Wit
Export Manager, Veldhoven Zaden B.V.
""",
        expected={
            "number": "VZ/EXP/2026-041",
            "date": "2026-03-23",
            "total": None,
            "currency": "EUR",
        },
    ),
    # The phytosanitary certificate of the wheat as a fax with look-alike letters. It is
    # `other`, numbered by its certificate number and dated by its issue, not by the fax
    # header or the inspection. It names no money and has no party labels.
    HoldoutDocument(
        id="ak-en-other-phytosanitary-scan",
        document_type="other",
        language="en",
        text="""\
10-APR-2026 09:41  FROM +7 8617 64 21 90  ROSSELKHOZNADZOR NOVOROSSIYSK   P. 01/01
FЕDERАL SЕRVIСE FOR VETERINARY AND PНYTOSANITARY SURVЕILLANCE (RОSSELKHOZNАDZOR)
PHYTOSANITАRY CERTIFICATE                    Nо. 23/1-2О26/О4871
Plant Protection Organization of the Russian Federаtion
To: Plant Protection Оrganization of thе Аrab Republic of Egypt
I. DESCRIPТION OF CONSIGNMENT
Namе and аddress of exporter: Chernozemуe Grain Expоrt LLС, Voronеzh, Russian Fedеration
Declared namе аnd address of cоnsignee: to order, notify Nile Delta Milling Company S.A.E., Alexаndria
Numbеr and descriрtion оf рackages: in bulk          Distinguishing marks: none
Place of origin: Voronezh and Rostov regions, Russian Fеderation
Declared means of сonveyance: MV AZOV PROSPECT, IMО 9384722
Declared point of entry: Аlexandria, Egyрt
Name of produce аnd quаntity declared: milling wheat, crоp 2025, ЗО,412.560 MT
Вotаnical name оf plants: Tritiсum aestivum L.
This is to certify thаt the plаnts described hеrein have bеen inspectеd and tested aссоrding to
appropriate оfficiаl procedurеs and arе сonsidered to be free from the quarantine pests speсified
by the importing contracting рarty. Inspected on 07.04.2026, lаboratory report No. 26О4-0915.
II. DISINFESTАTION AND/OR DISINFECTION TREAТMENT
Fumigation in transit with phosрhine, З g per cubic metre, l20 hours.
Plaсe of issue: Novorossiуsk             Dаte: 08.О4.2026
Name of authorized offiсеr: A. V. Shevchenkо      Stamp of organization
""",
        expected={
            "number": "23/1-2026/04871",
            "date": "2026-04-08",
            "total": None,
            "currency": None,
        },
        noisy=True,
    ),
    # The veterinary certificate for the fish exported to Korea. It is `other`, numbered
    # "51/0388/2026" and dated by its issue, not by the production dates, the laboratory
    # report or the validity. It names no money and has no party labels.
    HoldoutDocument(
        id="ak-en-other-fish-veterinary-certificate",
        document_type="other",
        language="en",
        text="""\
FEDERAL SERVICE FOR VETERINARY AND PHYTOSANITARY SURVEILLANCE
Murmansk Regional Office

              VETERINARY CERTIFICATE FOR FISH AND FISHERY PRODUCTS EXPORTED
               FROM THE RUSSIAN FEDERATION TO THE REPUBLIC OF KOREA

Certificate No. 51/0388/2026                                   Date of issue: April 15, 2026

I. Origin of the products
Consignor: Barents Promysel LLC, 12 Tralovaya St., Murmansk 183038, Russian Federation
Producing vessel: SEVERNAYA GAVAN, IMO 9271640, approval number RU-051/FV-00418
Catch area: Barents Sea, FAO area 27, catch certificate RU/51/26/01921

II. Destination
Consignee: Haedong Seafood Co., Ltd., 87 Jungang-daero, Jung-gu, Busan, Republic of Korea
Means of transport: MV POLAR CRYSTAL, IMO 9615389, holds No. 2 and 3

III. Identification of the products
Frozen Atlantic cod (Gadus morhua), headed and gutted, 1,680 cartons, net 42,000 kg
Frozen haddock (Melanogrammus aeglefinus), headed and gutted, 504 cartons, net 12,600 kg
Total: 2,184 cartons, net 54,600 kg, gross 56,566 kg
Production dates: 12.03.2026 - 28.03.2026; best before 12.03.2027
Storage temperature: minus 18 degrees C or below

IV. Health attestation
I, the undersigned official veterinarian, certify that the products described above:
1. come from an establishment under the control of the competent authority;
2. were produced, frozen and stored under hygienic conditions;
3. were examined and found fit for human consumption, laboratory report No. 2604-1172
   of April 10, 2026.

This certificate is valid for loading until April 25, 2026.

Official veterinarian: D. S. Voronin                   Stamp
""",
        expected={
            "number": "51/0388/2026",
            "date": "2026-04-15",
            "total": None,
            "currency": None,
        },
    ),
]
