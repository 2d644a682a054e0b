"""English documents of set M: totals and currencies as businesses print them."""

# The texts keep the width of the printed pages, so their lines exceed 88 characters.
# ruff: noqa: E501

from .holdout import HoldoutDocument

_INVOICES = [
    HoldoutDocument(
        id="m-en-invoice-us-deposit-balance",
        document_type="invoice",
        language="en",
        text="""\
HARTWELL INDUSTRIAL SUPPLY, INC.
4120 Riverside Parkway, Dayton, OH 45414, USA
Phone +1 (937) 555-0142 · billing@hartwell-supply.example
EIN 31-4829170

COMMERCIAL INVOICE
Invoice #:      HIS-25-1184
Invoice date:   December 11, 2025
Contract:       SIM-HIS/2025-02
Terms:          30% deposit received, balance due before shipment
Incoterms:      CIF Saint Petersburg

Bill To:                                        Ship To:
Stankoimport-M LLC                              Same as Bill To, via Port of Saint Petersburg
INN 7703647845 / KPP 770301001                  (Bronka container terminal)
Bldg. 2, 14 Zemlyanoy Val St.,
Moscow 105064, Russia

Item     Description                                   Qty    Unit price (US$)     Amount (US$)
HS-441   CNC spindle assembly, 24 kW, HSK-A63            2          184,500.00       369,000.00
LG-35    Linear guide rail set, size 35, 3 m             6           38,750.00       232,500.00
SD-18    Servo drive kit, 18 kW, with motor             12           41,200.00       494,400.00
CT-9     CNC controller, 5-axis, with HMI                1           90,520.00        90,520.00

                                         Subtotal                               1,186,420.00
                                         Volume discount (3%)                     -35,592.60
                                         Ocean freight & insurance                 18,650.00
                                         Sales tax (export, 0%)                         0.00
                                         TOTAL                              US$ 1,169,477.40
                                         Less deposit received 11/20/2025        -350,843.22
                                         BALANCE DUE                          US$ 818,634.18

Please remit in U.S. dollars (USD) to: Lakeshore National Bank, Dayton, OH
ABA 242071758   Account 4418 2093 7715   SWIFT LKSNUS44
Questions about this invoice: accounts receivable, ext. 214.
""",
        expected={
            "number": "HIS-25-1184",
            "date": "2025-12-11",
            "total": "1169477.40",
            "currency": "USD",
            "parties.buyer.inn": "7703647845",
            "parties.buyer.kpp": "770301001",
        },
    ),
    HoldoutDocument(
        id="m-en-invoice-uk-credit-note",
        document_type="invoice",
        language="en",
        text="""\
PEMBROKE SCIENTIFIC LTD
Unit 7, Kestrel Court, Cambridge CB4 1YQ, United Kingdom
VAT Reg. No. GB 318 4472 90   ·   Company No. 08817362

CREDIT NOTE

Credit note no.:     CN-2025-0117
Date:                12 December 2025
Relates to invoice:  INV-2025-0932 dated 21 November 2025 (invoice total £21,960.00)
Customer account:    MEDU-014

Customer:
LLC Medtekhnika-Ural
INN 6658109618, KPP 665801001
ul. Vilonova 33, office 12, Yekaterinburg 620014, Russia

Reason: 4 units returned damaged in transit (RMA 25-3318); refund of the return freight

Qty   Description                                       Unit price        Net amount
 4    Benchtop centrifuge PSC-12, 230 V                    £850.00         £3,400.00
      Return freight refund                                                  £260.00

                                   Credit subtotal                         £3,660.00
                                   VAT @ 0% (zero-rated export)                £0.00
                                   TOTAL CREDIT (GBP)                      £3,660.00

Balance of invoice INV-2025-0932 after this credit: £18,300.00
The credit will be refunded to the customer in GBP within 14 days, or offset against the
next invoice at the customer's choice.

Bank: Fenwick & Hale Bank plc, Cambridge
IBAN GB51FHBK40663923321468   BIC FHBKGB2L
""",
        expected={
            "number": "CN-2025-0117",
            "date": "2025-12-12",
            "total": "3660.00",
            "currency": "GBP",
            "parties.buyer.inn": "6658109618",
            "parties.buyer.kpp": "665801001",
        },
    ),
    HoldoutDocument(
        id="m-en-invoice-turkish-lira-dot-groups",
        document_type="invoice",
        language="en",
        text="""\
EGE TEKSTİL SANAYİ VE TİCARET A.Ş.
Atatürk Organize Sanayi Bölgesi, 10007 Sk. No: 14, 35620 Çiğli / İzmir, Türkiye
Vergi Dairesi: Çiğli   ·   VKN: 3250418876   ·   Tel: +90 232 555 41 80

EXPORT INVOICE / İHRACAT FATURASI
Invoice No / Fatura No:   EGE2025000000418
Date / Tarih:             15.12.2025

Buyer / Alıcı:
Textil-Volga LLC
INN 3702835849   KPP 370201001
ul. Kalinina 17, bldg. 2, Ivanovo 153002, Russia

Delivery terms: CPT Ivanovo (Incoterms 2020)
Payment: 100% within 30 days of the invoice date by bank transfer in TRY
Currency / Döviz: TRY (Türk lirası)

No | Description / Açıklama                          | Qty      | Unit | Unit price | Amount (TRY)
1  | Cotton fabric, plain weave, 140 cm, 120 g/m²     | 12.000   | m    | 68,50      | 822.000,00
2  | Polyester lining, 150 cm                         | 8.000    | m    | 41,30      | 330.400,00
3  | Knitted fabric, single jersey                    | 3.600    | kg   | 65,00      | 234.000,00

                                    Ara Toplam / Subtotal                   1.386.400,00
                                    İskonto / Discount 5%                     -69.320,00
                                    Navlun / Freight                           42.500,00
                                    KDV %0 (ihracat istisnası)                      0,00
                                    GENEL TOPLAM / GRAND TOTAL         1.359.580,00 TRY

Yalnız: Bir milyon üç yüz elli dokuz bin beş yüz seksen Türk lirası sıfır kuruş
Bank: Anadolu Ticaret Bankası A.Ş., İzmir Şubesi
IBAN TR220082408197369935632729   SWIFT ATBKTRIS
""",
        expected={
            "number": "EGE2025000000418",
            "date": "2025-12-15",
            "total": "1359580.00",
            "currency": "TRY",
            "parties.buyer.inn": "3702835849",
            "parties.buyer.kpp": "370201001",
        },
    ),
    HoldoutDocument(
        id="m-en-invoice-swiss-apostrophe-usd",
        document_type="invoice",
        language="en",
        text="""\
LINDMATT COMMODITIES AG
Baarerstrasse 41, 6300 Zug, Switzerland
UID CHE-418.227.903 MWST

INVOICE 2025-0847                                                   Zug, 16 December 2025

Buyer:
JSC Ufa Steel Structures Plant
INN 0274741473, KPP 027401001
Industrialnoe shosse 44, Ufa 450027, Republic of Bashkortostan, Russia
Buyer's bank: JSC Bashkir Industrial Bank, Ufa, BIK 048073193
USD account 40702840726659005583, corr. account 30101810300000000193

Contract LC-UF/2025-11 of 02 October 2025, Incoterms CIP Ufa

Pos.  Description                                        Qty     Unit price US$        Amount US$
1     Hydraulic press frame HPF-800, machined             2          412'500.00        825'000.00
2     Hydraulic power unit HPU-90 with control cabinet    1          318'400.00        318'400.00
3     Freight and insurance to Ufa (CIP)                                                105'330.50

Total amount due                                                              US$ 1'248'730.50
Advance payment received 30% (12 November 2025)                               US$   374'619.15
Balance payable upon delivery                                                 US$   874'111.35

Swiss VAT is not charged: the goods are shipped from a third country and do not enter Switzerland.
Please transfer the balance to: Helvetia Handelsbank AG, Zug
IBAN CH6908826518175604806   SWIFT HHBACH22
""",
        expected={
            "number": "2025-0847",
            "date": "2025-12-16",
            "total": "1248730.50",
            "currency": "USD",
            "parties.buyer.inn": "0274741473",
            "parties.buyer.kpp": "027401001",
            "parties.buyer.bik": "048073193",
            "parties.buyer.account": "40702840726659005583",
        },
    ),
    HoldoutDocument(
        id="m-en-invoice-uae-dirham-last-row-scan",
        document_type="invoice",
        language="en",
        noisy=True,
        text="""\
AL NOOR MARINE SUPPLIES L.L.C.
Office 1O4, Al Jaddaf Marine Centre, P.O. Box 41882, Dubai, U.A.E.
TRN 10O283746100003
                              TAX INVOICE
Invoice No: ANM-INV-25-O9l7
Date: 17-Dec-2025
Bill to: Baltrybprom LLC
INN 39O6750784 KPP 39060l001
Portovaya st. 38, Kaliningrad 236039, Russia
Vessel: MFV "Yantarny Bereg"   Ship to: Port Rashid, berth 11, delivery on board

| Sl | Description                          | Qty | Unit price | Taxable amt | VAT 5%   | Amount (AED) |
| 1  | Trawl net, PE 6 mm, 60x40 m          | 2   | 38,50O.OO  | 77,000.00   | 3,850.00 | 80,850.00    |
| 2  | Mooring rope, polyamide 48 mm, 220 m | 3   | 14,8OO.00  | 44,400.00   | 2,220.00 | 46,620.00    |
| 3  | Liferaft service & recertification   | 2   | 13,400.00  | 26,800.00   | 1,340.00 | 28,140.00    |
|    |                                      |     |            | 148,2OO.00  | 7,410.00 | 155,61O.OO   |

Amount in words: AED One Hundred Fifty-Five Thousand Six Hundred Ten Only
Bank: Gulf Harbour Bank PJSC, Dubai   IBAN AE630473581783970523279   SWIFT GHBKAEAD
Received by ____________   For Al Noor Marine Supplies L.L.C. ____________
""",
        expected={
            "number": "ANM-INV-25-0917",
            "date": "2025-12-17",
            "total": "155610.00",
            "currency": "AED",
            "parties.buyer.inn": "3906750784",
            "parties.buyer.kpp": "390601001",
        },
    ),
]

_ACTS = [
    HoldoutDocument(
        id="m-en-act-euro-rouble-reference",
        document_type="act",
        language="en",
        text="""\
LLC PermSoftLab
18 Lenina St., office 402, Perm 614000, Russia
INN 5902331909 · KPP 590201001 · OGRN 1055902562209

ACCEPTANCE CERTIFICATE No. 2025-12/07
for services rendered under Software Development Agreement No. PSL-DL/2024-03 of 14 March 2024

Perm                                                                   December 19, 2025

Contractor: LLC PermSoftLab (Russia)
Customer: Danube Logistics d.o.o., Bulevar Mihajla Pupina 10, 11070 Belgrade, Serbia, PIB 112847306

The Contractor has rendered and the Customer has accepted the following services for the period
01 November 2025 - 30 November 2025:

No. | Service                                                 | Hours | Rate, EUR | Amount, EUR
1   | Development of the warehouse tracking module            | 196   | 100.00    | 19,600.00
2   | Integration with the customer's ERP system, testing     | 64    | 100.00    | 6,400.00
3   | Technical support, second line                          | 24    | 100.00    | 2,400.00
                                                                         Total:  €28,400.00

VAT: 0%, the place of supply of the services is not the Russian Federation (Article 148 of the
Tax Code of the Russian Federation).
Total to be paid: EUR 28,400.00 (twenty-eight thousand four hundred euro and 00 cents).
For reference only: RUB 2,651,424.00 at the CBR rate of 93.3600 RUB per EUR on 19.12.2025.

Payment details of the Contractor:
EUR account 40702978581166571517
JSC Prikamsky Development Bank, Perm, BIK 045773312, corr. account 30101810000000000312
SWIFT PKDBRU2P

Contractor: ____________ A. V. Lukin, General Director
Customer:   ____________ M. Jovanovic, Director
""",
        expected={
            "number": "2025-12/07",
            "date": "2025-12-19",
            "total": "28400.00",
            "currency": "EUR",
            "parties.seller.inn": "5902331909",
            "parties.seller.kpp": "590201001",
            "parties.seller.bik": "045773312",
            "parties.seller.account": "40702978581166571517",
        },
    ),
    HoldoutDocument(
        id="m-en-act-translated-roubles-scan",
        document_type="act",
        language="en",
        noisy=True,
        text="""\
Translation from Russian
SibCargo LLC
INN 541O179745 | KPP 54100l001
63OO99, Novosibirsk, Krasny prospekt 28, office 611
Settlement account 4O702810049895056580 at JSC Siberian Industrial Bank, Novosibirsk
BIK O45004533, corr. account 30101810100000000533

ACT No. 12O7 of December 22, 2025
on transportation services rendered

Contractor: SibCargo LLC
Customer: JSC Nevskaya Bumaga, INN 7813161286, KPP 7813O1001
Agreement: transport services agreement No. SK-44/2025 of 03 February 2025

| No | Service                                            | Qty | Unit | Price     | Amount       |
| 1  | Road freight Novosibirsk - Saint Petersburg, 20 t  | 18  | trip | 52,400.00 | 943,2OO.OO   |
| 2  | Loading and unloading with lashing                 | 18  | trip | 4,756.00  | 85,608.00    |

Total excl. VAT:                      RUB 1,O28,808.00
VAT 20%:                              RUB 205,761.60
Total incl. VAT:                      RUB 1,234,569.60
(one million two hundred thirty-four thousand five hundred sixty-nine roubles 60 kopecks)

The services were rendered in full and on time. The Customer has no claims.
Contractor ________ /Zaitsev P. A./          Customer ________ /Orekhova L. M./
""",
        expected={
            "number": "1207",
            "date": "2025-12-22",
            "total": "1234569.60",
            "currency": "RUB",
            "parties.seller.inn": "5410179745",
            "parties.seller.kpp": "541001001",
            "parties.seller.bik": "045004533",
            "parties.seller.account": "40702810049895056580",
            "parties.buyer.inn": "7813161286",
            "parties.buyer.kpp": "781301001",
        },
    ),
]

_UPD = [
    HoldoutDocument(
        id="m-en-upd-translated-vat22-totals-row",
        document_type="upd",
        language="en",
        text="""\
UNIVERSAL TRANSFER DOCUMENT (translation from Russian)
Invoice No. 0058 dated 22.01.2026 (1)                                 Status: 1
Correction No. -- dated -- (1a)
Seller: Yarpolymer LLC (2)
Address: 56 Oktyabrya Ave., Yaroslavl 150040, Russia (2a)
Seller's INN/KPP: 7604522620/760401001 (2b)
Shipper and its address: same as seller (3)
Consignee and its address: Kama Tyre Centre LLC, 7 Rodiny St., Kazan 420087, Russia (4)
To payment document No. 57 dated 15.01.2026 (5)
Buyer: Kama Tyre Centre LLC (6)
Address: 7 Rodiny St., Kazan 420087, Russia (6a)
Buyer's INN/KPP: 1660645462/166001001 (6b)
Currency: name, code Russian rouble (RUB), 643 (7)

No | Product                                  | Unit | Qty | Price      | Cost excl. tax | Tax rate | Tax amount | Cost incl. tax
1  | Polypropylene granules PP H030, 25 kg bags | t    | 20  | 118,500.00 | 2,370,000.00   | 22%      | 521,400.00 | 2,891,400.00
2  | Wooden pallet, returnable                | pc   | 40  | 650.00     | 26,000.00      | 22%      | 5,720.00   | 31,720.00
Total payable (9)                                                        2,396,000.00     X          527,120.00   2,923,120.00

The document has 1 page.
Head of organisation ________ Ryabinin K. S.        Chief accountant ________ Golubeva M. A.
Goods handed over: storekeeper ________ Tikhonov A. V.   Shipment date 22.01.2026
Goods received: ________________                        Receipt date ______________
""",
        expected={
            "number": "0058",
            "date": "2026-01-22",
            "total": "2923120.00",
            "currency": "RUB",
            "parties.seller.inn": "7604522620",
            "parties.seller.kpp": "760401001",
            "parties.buyer.inn": "1660645462",
            "parties.buyer.kpp": "166001001",
        },
    ),
]

_PAYMENT_ORDERS = [
    HoldoutDocument(
        id="m-en-payment-order-usd-transfer",
        document_type="payment_order",
        language="en",
        text="""\
JSC Stolichny Trade Bank
APPLICATION FOR TRANSFER IN FOREIGN CURRENCY No. 19
Date: 12-Dec-2025

32A Value date: 15-Dec-2025      Currency: USD      Amount: 818,634.18
    Amount in words: eight hundred eighteen thousand six hundred thirty-four US dollars 18 cents
50K Ordering customer:
    Stankoimport-M LLC, INN 7703647845, KPP 770301001
    Account 40702840347041155965
    Bldg. 2, 14 Zemlyanoy Val St., Moscow 105064, Russia
52A Ordering institution: JSC Stolichny Trade Bank, Moscow, BIK 044525429, SWIFT STTBRUMM
57A Account with institution: Lakeshore National Bank, Dayton, OH, SWIFT LKSNUS44
59  Beneficiary: Hartwell Industrial Supply, Inc., account 4418 2093 7715,
    4120 Riverside Parkway, Dayton, OH 45414, USA
70  Remittance information: balance payment for invoice HIS-25-1184 dd 11.12.2025
    (invoice total USD 1,169,477.40, deposit USD 350,843.22 paid 20.11.2025),
    contract SIM-HIS/2025-02
71A Charges: OUR

Commission in roubles to be debited from account 40702810350368811420
Unique contract number: 25110004/3349/0002/2/1
Authorised signatory: ____________ O. N. Gavrilov, General Director
""",
        expected={
            "number": "19",
            "date": "2025-12-12",
            "total": "818634.18",
            "currency": "USD",
            "parties.payer.inn": "7703647845",
            "parties.payer.kpp": "770301001",
            "parties.payer.bik": "044525429",
            "parties.payer.account": "40702840347041155965",
        },
    ),
]

_OTHER_TYPES = [
    HoldoutDocument(
        id="m-en-contract-usd-rouble-reference",
        document_type="contract",
        language="en",
        text="""\
SUPPLY CONTRACT No. SN-AM/2025-09

Nizhny Novgorod                                                       November 28, 2025

Steklotara-NN LLC, Russia, hereinafter the "Seller", represented by General Director Igor V.
Loginov, acting under the Charter, and Araks Glassware CJSC, Armenia, hereinafter the "Buyer",
represented by Director Armen S. Petrosyan, acting under the Charter, have concluded this
Contract as follows:

1. Subject
1.1. The Seller shall deliver and the Buyer shall accept and pay for glass jars and bottles
(the "Goods") in the assortment, quantity and at the prices set out in the Specifications.

2. Price and total amount
2.1. Prices are set in US dollars on FCA Nizhny Novgorod terms (Incoterms 2020).
2.2. The total amount of the Contract is US$ 96,000.00 (ninety-six thousand US dollars 00 cents).
2.3. For currency control purposes the rouble equivalent is RUB 7,457,280.00 at the CBR rate of
77.6800 on the date of signature. It is given for reference and does not change the price.
2.4. VAT 0% applies to the export of the Goods (Article 164 of the Tax Code of the Russian
Federation).

3. Payment
3.1. The Buyer pays 40% of each Specification (US$ 38,400.00 for the first one) in advance within
10 banking days, and the balance within 20 days after each delivery.
3.2. Payments are made in US dollars to the Seller's USD account.

4. Term
4.1. The Contract is valid until 31 December 2026.

5. Addresses and bank details
Seller: Steklotara-NN LLC
43 Geroya Popova St., Nizhny Novgorod 603058, Russia
INN 5257922863, KPP 525701001
USD account 40702840950729088117
JSC Nizhny Novgorod Fair Bank, BIK 042202488, corr. account 30101810400000000488, SWIFT NNFBRU2N

Buyer: Araks Glassware CJSC
14 Arshakunyats Ave., Yerevan 0023, Armenia, TIN 02845517
Account 2470018823410010 at Ararat Valley Bank CJSC, SWIFT AVBKAM22

Seller ____________ I. V. Loginov                 Buyer ____________ A. S. Petrosyan
""",
        expected={
            "number": "SN-AM/2025-09",
            "date": "2025-11-28",
            "total": "96000.00",
            "currency": "USD",
            "parties.seller.inn": "5257922863",
            "parties.seller.kpp": "525701001",
            "parties.seller.bik": "042202488",
            "parties.seller.account": "40702840950729088117",
        },
    ),
    HoldoutDocument(
        id="m-en-waybill-kazakh-tenge",
        document_type="waybill",
        language="en",
        text="""\
QAZAQ POLYMER LLP
BIN 150840012774
Rayimbek Ave. 348/1, Almaty 050061, Kazakhstan
IBAN KZ189472820102761612   Bank: Steppe Commercial Bank JSC, BIC STCBKZKA

WAYBILL (invoice for the release of goods) No. QP-2025/1418
Date of issue: 18 December 2025

Consignee / Payer:
LLC Trans-Ural Agro Company
INN 4501798719, KPP 450101001
38 Gogolya St., Kurgan 640018, Russia
Account 40702810907762247557, JSC South Ural Bank, Chelyabinsk, BIK 047501371,
corr. account 30101810400000000371
Contract: No. QP-ZA/25-04 of 12 May 2025, DAP Kurgan (Incoterms 2020)
Vehicle: truck 487 AKZ 02, trailer 21 BQA 02

No | Description                                            | Unit | Qty | Price, KZT  | Amount, KZT
1  | Greenhouse film, PE, 150 µm, 12 m x 50 m, UV-stabilised | roll | 60  | 48 600,00   | 2 916 000,00
2  | Mulch film, black, 30 µm, 1.4 m x 1 000 m              | roll | 40  | 47 415,00   | 1 896 600,00

Total, KZT                                                                       4 812 600,00 ₸
VAT 0% (export within the EAEU)                                                           0,00 ₸
Total released: four million eight hundred twelve thousand six hundred tenge 00 tiyn

Released by: ____________ D. Nurlanov, warehouse manager
Received by: ____________ (full name, signature)
""",
        expected={
            "number": "QP-2025/1418",
            "date": "2025-12-18",
            "total": "4812600.00",
            "currency": "KZT",
            "parties.buyer.inn": "4501798719",
            "parties.buyer.kpp": "450101001",
            "parties.buyer.bik": "047501371",
            "parties.buyer.account": "40702810907762247557",
            "parties.consignee.inn": "4501798719",
            "parties.consignee.kpp": "450101001",
            "parties.consignee.bik": "047501371",
            "parties.consignee.account": "40702810907762247557",
        },
    ),
    HoldoutDocument(
        id="m-en-receipt-tashkent-hotel-sum",
        document_type="receipt",
        language="en",
        text="""\
SILK ROAD PLAZA HOTEL TASHKENT
Amir Temur St. 107B, Tashkent 100084, Uzbekistan
TIN 305118427

GUEST FOLIO / RECEIPT
Folio No. 48127                                          Date: 19.12.2025
Guest: Mr. Denis Kovalenko       Room 714       Arrival 16.12.2025   Departure 19.12.2025

Date         Description                                       Amount, UZS
16.12.2025   Accommodation, Deluxe King                         980 000.00
17.12.2025   Accommodation, Deluxe King                         980 000.00
17.12.2025   Restaurant "Samarkand Terrace"                     214 000.00
18.12.2025   Accommodation, Deluxe King                         980 000.00
18.12.2025   Laundry                                             84 000.00
18.12.2025   Minibar                                             47 000.00
19.12.2025   Tourist tax, 3 nights                              135 000.00

             TOTAL                                        UZS 3 420 000.00
             incl. VAT 12%                                      351 964.29
             Paid: Visa ****4417                              3 420 000.00
             Balance                                                  0.00

All amounts are in Uzbek so'm (UZS, сум). Tourist tax is not subject to VAT.
Thank you for staying with us!
""",
        expected={
            "number": "48127",
            "date": "2025-12-19",
            "total": "3420000.00",
            "currency": "UZS",
        },
    ),
    HoldoutDocument(
        id="m-en-packing-list-turkish-textile",
        document_type="packing_list",
        language="en",
        text="""\
EGE TEKSTİL SANAYİ VE TİCARET A.Ş.
Atatürk Organize Sanayi Bölgesi, 10007 Sk. No: 14, 35620 Çiğli / İzmir, Türkiye

PACKING LIST No. PL-418/2025
Date: 15.12.2025
Invoice: EGE2025000000418 of 15.12.2025

Consignee: Textil-Volga LLC, INN 3702835849, KPP 370201001,
ul. Kalinina 17, bldg. 2, Ivanovo 153002, Russia
Notify party: same as consignee
Truck: 35 AKT 418, trailer 35 TR 812

| Packages | Contents                                   | Quantity  | Net, kg  | Gross, kg | Size, cm       |
| 1-24     | Cotton fabric rolls, 140 cm, 500 m/roll    | 12.000 m  | 2.016,0  | 2.088,0   | 150 x 32 x 32  |
| 25-40    | Polyester lining rolls, 150 cm, 500 m/roll | 8.000 m   | 1.040,0  | 1.088,0   | 160 x 28 x 28  |
| 41-62    | Knitted fabric rolls, single jersey        | 3.600 kg  | 3.600,0  | 3.720,0   | 180 x 40 x 40  |

Total: 62 packages, net weight 6.656,0 kg, gross weight 6.896,0 kg
Packing: rolls in polyethylene bags on 12 wooden pallets.
""",
        expected={
            "number": "PL-418/2025",
            "date": "2025-12-15",
            "total": None,
            "currency": None,
            "parties.consignee.inn": "3702835849",
            "parties.consignee.kpp": "370201001",
        },
    ),
    HoldoutDocument(
        id="m-en-bank-statement-yuan-account",
        document_type="bank_statement",
        language="en",
        text="""\
JSC Eurasian Settlement Bank
BIK 044525220   ·   corr. account 30101810900000000220   ·   SWIFT EVRSRUMM

STATEMENT OF ACCOUNT No. 37
Statement date: 17 December 2025
Period: 15.12.2025 - 16.12.2025
Account: 40702156898682271808        Currency: CNY (Chinese yuan renminbi)
Account holder: Silk Road Trade LLC, INN 7719737149, KPP 771901001

Opening balance:                                                              CNY 12,480.50

Date       | Doc.  | Description                                             | Debit       | Credit
15.12.2025 | 4471  | Purchase of CNY from own rouble account                 |             | 150,000.00
           |       | 40702810617814449501, rate 10.8120                      |             |
15.12.2025 | 21    | Prepayment 30% under contract CN-RU/2025-071 of         | 145,800.00  |
           |       | 02.12.2025, to Ningbo Lanqiao Packing Machinery Co., Ltd. |           |
16.12.2025 | 21-K  | Commission for transfer No. 21 (0.1%)                   | 145.80      |

Turnover:                                                              145,945.80     150,000.00
Closing balance:                                                              CNY 16,534.70
""",
        expected={
            "number": "37",
            "date": "2025-12-17",
            "currency": "CNY",
            "parties.account_holder.inn": "7719737149",
            "parties.account_holder.kpp": "771901001",
            "parties.account_holder.bik": "044525220",
            "parties.account_holder.account": "40702156898682271808",
        },
    ),
    HoldoutDocument(
        id="m-en-passport-turkish",
        document_type="passport",
        language="en",
        text="""\
TÜRKİYE CUMHURİYETİ / REPUBLIC OF TÜRKİYE
PASAPORT / PASSPORT
Tipi / Type  P     Ülke kodu / Country code  TUR     Pasaport No / Passport No  U28174653
Soyadı / Surname            KAYA
Adları / Given names        MEHMET EMRE
Uyruğu / Nationality        T.C. / TURKISH
Doğum tarihi / Date of birth          14 MAR 1982
Cinsiyeti / Sex  E/M        Doğum yeri / Place of birth  İZMİR
Veriliş tarihi / Date of issue        07 SEP 2022
Geçerlilik tarihi / Date of expiry    06 SEP 2032
Makam / Authority           İSTANBUL
T.C. Kimlik No / Personal No  41827365092

P<TURKAYA<<MEHMET<EMRE<<<<<<<<<<<<<<<<<<<<<<
U281746536TUR8203140M320906641827365092<<<38
""",
        expected={
            "number": "U28174653",
            "date": "2022-09-07",
            "total": None,
            "currency": None,
        },
    ),
    HoldoutDocument(
        id="m-en-power-of-attorney-customs",
        document_type="power_of_attorney",
        language="en",
        text="""\
POWER OF ATTORNEY No. 2025/114

Moscow                                                                 December 8, 2025

Stankoimport-M LLC (INN 7703647845, KPP 770301001, OGRN 1147703314648), Bldg. 2,
14 Zemlyanoy Val St., Moscow 105064, Russia, represented by General Director Oleg N. Gavrilov,
acting under the Charter, hereby authorises

Ms. Svetlana P. Rudakova, INN 770556580041, passport 45 18 204937 issued on 11.05.2018 by the
Main Department of the Ministry of Internal Affairs for Moscow,

to represent the Company before the customs authorities of the Russian Federation, to sign and
submit customs declarations and supporting documents for the CNC equipment imported under
contract SIM-HIS/2025-02, to receive released goods and to sign the related acts.

This Power of Attorney is valid until 31 December 2026 without the right of substitution.

General Director ____________ O. N. Gavrilov
Seal
""",
        expected={
            "number": "2025/114",
            "date": "2025-12-08",
            "total": None,
            "currency": None,
            "parties.principal.inn": "7703647845",
            "parties.principal.kpp": "770301001",
            "parties.attorney.inn": "770556580041",
        },
    ),
    HoldoutDocument(
        id="m-en-letter-overdue-euro",
        document_type="letter",
        language="en",
        text="""\
LLC PermSoftLab
18 Lenina St., office 402, Perm 614000, Russia · INN 5902331909

Ref. No. PSL-L/25-211                                          Perm, 22 December 2025

To: Danube Logistics d.o.o., Accounts Payable
Bulevar Mihajla Pupina 10, 11070 Belgrade, Serbia

Subject: Overdue payment under Agreement No. PSL-DL/2024-03

Dear Ms. Jovanovic,

Our records show the following open items on your account:

  Invoice 2025-10/05 of 31 October 2025        EUR 14,250.00    due 30 November 2025
  Acceptance Certificate 2025-12/07 of
  19 December 2025                             EUR 28,400.00    due 18 January 2026

The overdue balance is EUR 14,250.00. Under clause 6.3 of the Agreement, late interest of
0.05% per day (EUR 7.13 per day) accrues from 1 December 2025. We kindly ask you to transfer
the overdue amount to our EUR account 40702978581166571517 with JSC Prikamsky Development
Bank, BIK 045773312, by 29 December 2025.

If the payment has already been made, please send us the payment confirmation.

Yours sincerely,
Anna Lukina, Chief Accountant
""",
        expected={
            "number": "PSL-L/25-211",
            "date": "2025-12-22",
            "total": None,
            "currency": "EUR",
        },
    ),
    HoldoutDocument(
        id="m-en-other-price-list-euro",
        document_type="other",
        language="en",
        text="""\
RHEINWERK ARMATUREN GMBH
Industriestrasse 22, 47229 Duisburg, Germany · USt-IdNr. DE 318 447 215

EXPORT PRICE LIST No. PL-2026/01
Valid from January 5, 2026 until further notice
Prices in EUR per piece, FCA Duisburg (Incoterms 2020), excluding VAT, packing included

Art. no.  | Description                              | DN  | PN | Price, €
RA-1140   | Gate valve, cast steel, flanged          | 50  | 40 | 412,00
RA-1140   | Gate valve, cast steel, flanged          | 100 | 40 | 1.186,50
RA-2210   | Ball valve, stainless steel, full bore   | 25  | 63 | 238,40
RA-2210   | Ball valve, stainless steel, full bore   | 80  | 63 | 1.042,00
RA-3305   | Check valve, wafer type                  | 150 | 16 | 694,80

Volume discounts: orders over € 25.000,00 - 3%; orders over € 60.000,00 - 5%.
Minimum order value: € 1.500,00. Delivery time 6 to 8 weeks from the order confirmation.
""",
        expected={
            "number": "PL-2026/01",
            "date": "2026-01-05",
            "total": None,
            "currency": "EUR",
        },
    ),
]

ENGLISH_DOCUMENTS_M = [
    *_INVOICES,
    *_ACTS,
    *_UPD,
    *_PAYMENT_ORDERS,
    *_OTHER_TYPES,
]
