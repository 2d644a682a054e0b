# ruff: noqa: E501
# Document lines keep the widths of the printed pages, up to 110 characters.
"""English documents of set U. `bench.holdout_u` describes the set and its labels."""

from .holdout import HoldoutDocument

_INVOICES = [
    HoldoutDocument(
        id="u-en-invoice-uk-sort-code-vat-number",
        document_type="invoice",
        language="en",
        text="""\
HARWICK & LYLE INSTRUMENTS LTD
Unit 7, Castlegate Business Park, Leeds LS12 6QF, United Kingdom
Company No. 08471236 | VAT Reg. No. GB 412 8803 65
Tel. +44 113 496 0718 | accounts@harwicklyle.example

                                        COMMERCIAL INVOICE

Invoice No.: HLI-24817                               Invoice date: 12 December 2025
Customer order: BMS-PO-1192 of 28 November 2025      Delivery note: DN-24817
Payment terms: 100% prepayment                       Incoterms 2020: FCA Leeds

Bill to:                                             Ship to:
LLC Baltic Metrology Systems                         LLC Baltic Metrology Systems
INN 7810229419, KPP 781001001                        c/o Nordway Forwarding Oy
Pulkovskoye shosse 40, bldg 4                        Satamakatu 12, 48100 Kotka, Finland
196158 St Petersburg, Russian Federation             Contact: Mr. Ilya Voronin

| Item | Description                                      | HS code    | Qty | Unit price GBP | Amount GBP |
|------|--------------------------------------------------|------------|-----|----------------|------------|
| 1    | Digital pressure calibrator DPC-600, 0-600 bar   | 9026 20 80 | 2   | 4,850.00       | 9,700.00   |
| 2    | UKAS accredited calibration certificate          |            | 2   | 320.00         | 640.00     |

                                                              Subtotal            10,340.00
                                                              Packing and carriage   185.00
                                                              VAT 0% (export)          0.00
                                                              TOTAL GBP           10,525.00

Country of origin: United Kingdom. Goods are zero-rated for VAT as a direct export.

Bank details
Beneficiary:  Harwick & Lyle Instruments Ltd
Bank:         Northgate Commercial Bank plc, 14 Park Row, Leeds LS1 5HN
Sort code:    30-47-18          Account No.: 61893402
IBAN:         GB33NGCB30471861893402
SWIFT/BIC:    NGCBGB2L
Please quote invoice number HLI-24817 as the payment reference. Bank charges outside the UK are
for the account of the payer.

For and on behalf of Harwick & Lyle Instruments Ltd
Sarah Whitcombe, Finance Manager
""",
        expected={
            "number": "HLI-24817",
            "date": "2025-12-12",
            "total": "10525.00",
            "currency": "GBP",
            "parties.buyer.inn": "7810229419",
            "parties.buyer.kpp": "781001001",
        },
    ),
    HoldoutDocument(
        id="u-en-invoice-us-aba-routing-buyer-usd-account",
        document_type="invoice",
        language="en",
        text="""\
CRESTLINE LAB SUPPLY, INC.
2150 Commerce Drive, Suite 300, Raleigh, NC 27606, USA
EIN 84-2719360 | Phone (919) 555-0143 | billing@crestlinelab.example

INVOICE
Invoice #:      CLS-2025-3381
Invoice Date:   December 8, 2025
Due Date:       January 7, 2026 (Net 30)
Customer PO:    MCA-PO-4471
Sales Rep:      J. Alvarez

BILL TO / SHIP TO
Mendeleev Chemical Analytics LLC
125167, Moscow, Leningradsky prospekt 39, bldg 14, Russian Federation
INN 7714224538 / KPP 771401001
Customer's account (USD): 40702840057212844158
with JSC Bank Meridian, Moscow, BIK 044525309, corr. account 30101810300000000309, SWIFT MRDNRUMM

| Line | Item No.  | Description                                  | Qty | Unit Price | Amount     |
|------|-----------|----------------------------------------------|-----|------------|------------|
| 1    | VF-100A   | Volumetric flask, Class A, 100 ml, 12 pcs    | 40  | 148.60     | 5,944.00   |
| 2    | DB-50     | Digital burette, 50 ml                       | 6   | 1,089.00   | 6,534.00   |
| 3    | PHE-G24   | pH electrode, gel-filled, BNC connector      | 24  | 248.25     | 5,958.00   |

                                                        Subtotal                 $18,436.00
                                                        Freight (air, CIP Moscow)  $1,240.40
                                                        Sales Tax (export, 0%)         $0.00
                                                        TOTAL DUE (USD)          $19,676.40

REMIT TO
Beneficiary:          Crestline Lab Supply, Inc.
Bank:                 First Prairie National Bank, 400 Fayetteville St, Raleigh, NC 27601
ABA routing number:   073920146
Account number:       4830017725
SWIFT:                FPNBUS33

Late payments are subject to a 1.5% monthly finance charge. Thank you for your business!
""",
        expected={
            "number": "CLS-2025-3381",
            "date": "2025-12-08",
            "total": "19676.40",
            "currency": "USD",
            "parties.buyer.inn": "7714224538",
            "parties.buyer.kpp": "771401001",
            "parties.buyer.bik": "044525309",
            "parties.buyer.account": "40702840057212844158",
        },
    ),
    HoldoutDocument(
        id="u-en-invoice-russian-exporter-eur-account",
        document_type="invoice",
        language="en",
        text="""\
VOLGA POLYMER SOLUTIONS LLC
Karl Marx street 32, office 5, 603159 Nizhny Novgorod, Russian Federation
INN 5260716229   KPP 526001001   OGRN 1075260197594
Tel. +7 831 215 40 77 | export@volgapolymer.example

COMMERCIAL INVOICE No. VPS-E/2025-0093
Date: 17 December 2025
Contract No. VPS-RK/2024-07 dated 12 March 2024, Specification No. 11 dated 25 November 2025

Buyer:
Rheinfeld Kunststoffe GmbH
Industriestrasse 18, 50829 Koeln, Germany
USt-IdNr.: DE814273650
IBAN: DE75370502990014827356   BIC: RHHBDEK1XXX (Rheinische Handelsbank AG, Koeln)

Delivery terms: FCA Nizhny Novgorod (Incoterms 2020). Country of origin: Russian Federation.

| No. | Description                                     | HS code    | Qty, kg | Price, EUR/kg | Amount, EUR |
|-----|-------------------------------------------------|------------|---------|---------------|-------------|
| 1   | Polypropylene granules PP H030, 25 kg bags      | 3902 10 00 | 20,000  | 2.36          | 47,200.00   |

Total invoice value:                                      EUR 47,200.00
VAT 0% (export, Article 164 of the Tax Code of the Russian Federation)
Less prepayment received on 2 December 2025 (30%):       EUR 14,160.00
Balance due within 15 days of shipment:                  EUR 33,040.00

Beneficiary bank details
Beneficiary:        Volga Polymer Solutions LLC
Account No. (EUR):  40702978540244736452
Beneficiary bank:   Privolzhsky Branch of PJSC Bank Severny Alliance, Nizhny Novgorod
BIK:                042202764
Corr. account:      30101810700000000764
SWIFT:              SVALRU2N
Intermediary bank:  Caspian Trade Bank JSC, Almaty, SWIFT CTBKKZKA,
                    account of the beneficiary bank 1101847290

Gross weight 20,480 kg, net weight 20,000 kg, 800 bags on 20 pallets.

General Director ____________ A. V. Kuleshov         Chief Accountant ____________ E. N. Zotova
""",
        expected={
            "number": "VPS-E/2025-0093",
            "date": "2025-12-17",
            "total": "47200.00",
            "currency": "EUR",
            "parties.seller.inn": "5260716229",
            "parties.seller.kpp": "526001001",
            "parties.seller.bik": "042202764",
            "parties.seller.account": "40702978540244736452",
        },
    ),
    HoldoutDocument(
        id="u-en-invoice-scan-dutch-iban-russian-buyer",
        document_type="invoice",
        language="en",
        noisy=True,
        text="""\
VAN DER HOEK BLOEMBOLLEN B.V.
Zwartelaan l4, 2l6l AB Lisse, The Netherlands
KvK 34l8O267   BTW/VAT NL8593O247lBOl
lNVOICE
lnvoice no.: VDH-2O25-l2O4
lnvoice date: O4 Dec 2O25
Due date: O3 Jan 2O26
Customer: LLC Flora Nord
          INN 78O6754486   KPP 78O6OlOOl
          Kondratyevsky pr. 62, l95l97 St Petersburg, Russia
| Art.  | Description                          | Qty    | Price EUR | Amount EUR |
| TU-l8 | Tulip bulbs, size l2/+, mixed colours | 24 OOO | O.38      | 9 l2O.OO   |
| NA-O4 | Narcissus bulbs, size l4/l6           | 6 OOO  | O.42      | 2 52O.OO   |
|       | Cooling and phytosanitary certificate |        |           | l 2OO.OO   |
Total excl. VAT                                                EUR l2 84O.OO
VAT O% - intra-EU/export                                       EUR     O.OO
TOTAL                                                          EUR l2 84O.OO
Payment: IBAN NL58 ZWBK O473 8l92 65   BIC ZWBKNL2A   Zwartewater Bank N.V.
""",
        expected={
            "number": "VDH-2025-1204",
            "date": "2025-12-04",
            "total": "12840.00",
            "currency": "EUR",
            "parties.buyer.inn": "7806754486",
            "parties.buyer.kpp": "780601001",
        },
    ),
]

_ACTS_AND_UPDS = [
    HoldoutDocument(
        id="u-en-act-russian-contractor-uae-customer",
        document_type="act",
        language="en",
        text="""\
ACCEPTANCE CERTIFICATE No. 14
(Act of services rendered)
Date: 2025-12-19                                    Place: Moscow

under Software Development Agreement No. SSD-GB/2025-03 dated 4 April 2025

Contractor:  Sigma Soft Development LLC
             INN 7729014029, KPP 772901001, OGRN 1157729420166
             Vernadsky prospekt 78, bldg 3, 119454 Moscow, Russian Federation
Customer:    Gulf Bridge Trading FZE
             Office 1407, Jafza View 19, Jebel Ali Free Zone, Dubai, UAE
             TRN 100384729100003

The Contractor has rendered and the Customer has accepted the following services:

| No. | Service                                                 | Period                   | Amount, USD |
|-----|---------------------------------------------------------|--------------------------|-------------|
| 1   | Stage 3: warehouse management module, development       | 01.10.2025 - 31.10.2025 | 14,500.00   |
| 2   | Stage 4: integration with customs broker's system        | 01.11.2025 - 30.11.2025 | 9,800.00    |
| 3   | Stage 5: acceptance testing and user training           | 01.12.2025 - 15.12.2025 | 6,200.00    |
|     | Total                                                   |                          | 30,500.00   |

Total value of services: USD 30,500.00 (thirty thousand five hundred US dollars).
The services are not subject to Russian VAT (place of supply outside the Russian Federation).
The Customer shall pay within 10 banking days of signing this Certificate.

Contractor's bank details:
Account No. (USD) 40702840108720066362
Central Branch of PJSC Bank Severny Alliance in Moscow, BIK 044525286, SWIFT SVALRUMM
Corr. account 30101810300000000286

Customer's bank details:
IBAN AE610471018274639205512, Emirates Gateway Bank PJSC, Dubai, SWIFT EGWBAEAD

Contractor: ____________ P. S. Lomakin, General Director
Customer:   ____________ Rashid Al Mansoori, Managing Director
""",
        expected={
            "number": "14",
            "date": "2025-12-19",
            "total": "30500.00",
            "currency": "USD",
            "parties.seller.inn": "7729014029",
            "parties.seller.kpp": "772901001",
            "parties.seller.bik": "044525286",
            "parties.seller.account": "40702840108720066362",
        },
    ),
    HoldoutDocument(
        id="u-en-upd-translation-four-parties",
        document_type="upd",
        language="en",
        text="""\
Translation from Russian

UNIVERSAL TRANSFER DOCUMENT                                               Status: 1
Invoice No. МФ-2207 dated 22.12.2025                                                    (1)
Correction No. -- dated --                                                              (1a)
Seller: Mosfilter LLC                                                                   (2)
Address: 115432, Moscow, Proletarsky prospekt 8, bldg 2                                 (2a)
Seller's INN/KPP: 7743277284/774301001                                                  (2b)
Shipper and its address: Podolsk Logistics Terminal LLC, INN/KPP 5032155133/503201001,
142103, Moscow Region, Podolsk, Bolshaya Serpukhovskaya st. 43, warehouse 6             (3)
Consignee and its address: Tula Water Service LLC, INN/KPP 7107803684/710701001,
300041, Tula, Demidovskaya st. 52                                                       (4)
To payment document No. 1184 dated 15.12.2025                                           (5)
Buyer: Tula Engineering Group JSC                                                       (6)
Address: 300012, Tula, Lenin prospekt 77                                                (6a)
Buyer's INN/KPP: 7107864503/710701001                                                   (6b)
Currency: name, code Russian rouble, 643                                                (7)

| No. | Description            | Unit | Qty |    Price |  Excl. VAT | VAT | VAT amount |    Incl. VAT |
| 1   | Filter cartridge FC-40 | pcs  | 300 | 1,850.00 | 555,000.00 | 20% | 111,000.00 |   666,000.00 |
| 2   | Filter housing FH-2    | pcs  | 40  | 8,200.00 | 328,000.00 | 20% |  65,600.00 |   393,600.00 |
|     | Total payable (9)      |      |     |          | 883,000.00 | X   | 176,600.00 | 1,059,600.00 |

Basis for transfer: Supply Contract No. 44-МФ/2025 dated 10.02.2025                    [8]
Shipped (transferred) on: 22.12.2025                                                    [11]
Received on: 23.12.2025                                                                 [16]
Goods released by: warehouse manager ________ D. K. Orlov
Goods received by: storekeeper ________ V. A. Klimova, power of attorney No. 52 dated 19.12.2025

I certify that this translation is true and correct. Translator ________ N. S. Belova
""",
        expected={
            "number": "МФ-2207",
            "date": "2025-12-22",
            "total": "1059600.00",
            "currency": "RUB",
            "parties.seller.inn": "7743277284",
            "parties.seller.kpp": "774301001",
            "parties.shipper.inn": "5032155133",
            "parties.shipper.kpp": "503201001",
            "parties.consignee.inn": "7107803684",
            "parties.consignee.kpp": "710701001",
            "parties.buyer.inn": "7107864503",
            "parties.buyer.kpp": "710701001",
        },
    ),
]

_PAYMENT_ORDERS_AND_CONTRACTS = [
    HoldoutDocument(
        id="u-en-payment-order-swift-application-eur",
        document_type="payment_order",
        language="en",
        text="""\
To: Petersburg Branch of JSC Bank Meridian, St Petersburg

            APPLICATION FOR TRANSFER IN FOREIGN CURRENCY No. 64
                            Date: 15 December 2025

32A  Value date / Currency / Amount:   251217 EUR 36,820.00
     Amount in words: Thirty-six thousand eight hundred twenty euros 00 cents

50K  Ordering customer:   Nordic Tools LLC
     INN 7806991840, KPP 780601001
     Account No. 40702978814154397384
     Shaumyana prospekt 4, bldg 1, 195027 St Petersburg, Russian Federation

52A  Ordering institution: Petersburg Branch of JSC Bank Meridian, BIK 044030925, SWIFT MRDNRU2P
     Corr. account 30101810500000000925

56A  Intermediary:         Anatolia Clearing Bank A.S., Istanbul, SWIFT ANCLTRIS

57A  Beneficiary's bank:   Suedwest Handelsbank AG, Stuttgart, BIC SWHBDESSXXX

59   Beneficiary:          Kessler Werkzeugmaschinen GmbH
                           Max-Eyth-Strasse 22, 70736 Fellbach, Germany
                           IBAN: DE36600400710527413890
                           VAT ID: DE293817466

70   Remittance information: Payment for invoice KW-2025-1187 dated 03.12.2025 under contract
     NT-KW/2025-02 dated 14.03.2025, CNC milling cutters. Unique contract number 25030117/2312/0004/2/1

71A  Details of charges:   OUR
     Commission to be debited from our RUB account No. 40702810761201890246

Documents attached: invoice KW-2025-1187, contract NT-KW/2025-02.

General Director  ____________ M. A. Vikhrov
Chief Accountant  ____________ O. I. Kolesova

Bank use only: received 15.12.2025 10:42, currency control checked
""",
        expected={
            "number": "64",
            "date": "2025-12-15",
            "total": "36820.00",
            "currency": "EUR",
            "parties.payer.inn": "7806991840",
            "parties.payer.kpp": "780601001",
            "parties.payer.bik": "044030925",
            "parties.payer.account": "40702978814154397384",
        },
    ),
    HoldoutDocument(
        id="u-en-contract-italian-seller-russian-buyer-two-accounts",
        document_type="contract",
        language="en",
        text="""\
                                 CONTRACT No. IT-KB/2025-11
Kaliningrad                                                                     24 November 2025

Officine Meccaniche Serrano S.r.l., Italy, hereinafter the "Seller", represented by its Managing
Director Mr. Paolo Serrano, and Baltic Packaging Machinery LLC, Russian Federation, hereinafter the
"Buyer", represented by its General Director Mr. Artem Kozlov, have concluded this Contract as follows.

1. SUBJECT. The Seller sells and the Buyer buys a thermoforming packaging line TF-520 with spare parts
   (the "Equipment") as specified in Appendix 1.
2. DELIVERY. FCA Bologna (Incoterms 2020) not later than 27 February 2026.
3. PRICE. The total value of the Contract is EUR 248,600.00 (two hundred forty-eight thousand six
   hundred euros 00 cents). Installation supervision is included in the price.
4. PAYMENT. 4.1. Advance payment of 30% (EUR 74,580.00) within 10 days of signing. 4.2. The balance
   of 70% (EUR 174,020.00) within 30 days of delivery. 4.3. The Buyer shall make all payments under this
   Contract from its EUR account No. 40702978017492382715 to the Seller's account stated in Article 9.
5. WARRANTY. 24 months from the date of commissioning, but not more than 30 months from delivery.
6. PENALTIES. 0.1% of the value of the delayed Equipment for each day of delay, not more than 10%.
7. ARBITRATION. Disputes shall be settled by the International Commercial Arbitration Court at the
   Chamber of Commerce and Industry of the Russian Federation in Moscow.
8. VALIDITY. This Contract is valid until 31 December 2026.

9. DETAILS OF THE PARTIES
SELLER                                             BUYER
Officine Meccaniche Serrano S.r.l.                 Baltic Packaging Machinery LLC
Via dell'Industria 41, 40138 Bologna, Italy        Sovetsky prospekt 182, 236016 Kaliningrad, Russia
Partita IVA / VAT No. IT03184270377                INN 3906690782, KPP 390601001
                                                   OGRN 1053906031057
IBAN IT55K0503411701000000418273                   Account (EUR) 40702978017492382715
Banca Emiliana di Credito S.p.A., Bologna          Account (RUB) 40702810298366660330
SWIFT BEMCITM1XXX                                  PJSC Baltic Industrial Bank, St Petersburg
                                                   BIK 044030718, corr. account 30101810500000000718
                                                   SWIFT BLPBRU2P

For the Seller: ____________ P. Serrano            For the Buyer: ____________ A. Kozlov
""",
        expected={
            "number": "IT-KB/2025-11",
            "date": "2025-11-24",
            "total": "248600.00",
            "currency": "EUR",
            "parties.buyer.inn": "3906690782",
            "parties.buyer.kpp": "390601001",
            "parties.buyer.bik": "044030718",
            "parties.buyer.account": "40702978017492382715",
        },
    ),
]

_OTHER_TYPES = [
    HoldoutDocument(
        id="u-en-waybill-cmr-scan-russian-consignee",
        document_type="waybill",
        language="en",
        noisy=True,
        text="""\
CMR   lNTERNATIONAL CONSIGNMENT NOTE        No. PL O4l7723
l Sender: Pomorskie Meble Sp. z o.o., ul. Przemyslowa 9, 8O-7l2 Gdansk, Poland
  NIP 583-3l4-27-O9
2 Consignee: LLC Domus Interiors, INN 77Ol025l65, KPP 77OlOlOOl
  Sadovaya-Kudrinskaya st. 2l, l23OOl Moscow, Russia
3 Place of delivery: Moscow, Russia, warehouse Vnukovo-2
4 Place and date of taking over: Gdansk, Poland, ll.l2.2O25
5 Documents attached: invoice PM/2O25/l2/O88, packing list, EX-l
6-9 Marks | Packages | Packing | Goods
  PM-O88 | 34 | pallets | upholstered furniture (sofas, armchairs)
ll Gross weight, kg: 6 42O     l2 Volume, m3: 78
l6 Carrier: Trans-Baltica Sp. z o.o., Gdynia, truck GD 4l7KR / trailer GD 9l2PX
2l Established in Gdansk on ll.l2.2O25
22 Signature and stamp of the sender ______
24 Goods received: ______ Date ______
""",
        expected={
            "number": "PL 0417723",
            "date": "2025-12-11",
            "currency": None,
            "parties.consignee.inn": "7701025165",
            "parties.consignee.kpp": "770101001",
        },
    ),
    HoldoutDocument(
        id="u-en-packing-list-notify-party-forwarder",
        document_type="packing_list",
        language="en",
        text="""\
NINGBO HAOYU HARDWARE CO., LTD.
No. 88 Jiangnan Road, Beilun District, Ningbo, Zhejiang 315800, China
USCI: 91330206MA2H7K4X1P

                                        PACKING LIST
No.: HY-PL-251128                                      Date: 2025-11-28
Invoice No.: HY-CI-251128                              Contract No.: HY-KHT/2025-06

Shipper:        Ningbo Haoyu Hardware Co., Ltd., Ningbo, China
Consignee:      LLC Kuban Hardware Trade
                INN 2310794413, KPP 231001001
                Severnaya st. 326, 350000 Krasnodar, Russian Federation
Notify party:   LLC YugTransExpedition, INN 2309578560, KPP 230901001
                Novorossiysk, Russian Federation, tel. +7 8617 60 14 22
Port of loading: Ningbo, China          Port of discharge: Novorossiysk, Russia
Vessel / voyage: MSC ALINA / 547W       B/L No.: MEDUNB4471928
Container: MSCU 4418273, seal 2208417

| C/No.   | Description                          | Per carton | Cartons | Qty, pcs | N.W., kg | G.W., kg |
| 1-120   | Door hinge, stainless steel, 100 mm  |        200 |     120 |   24,000 | 2,640.00 | 2,760.00 |
| 121-260 | Cabinet handle, zinc alloy, 128 mm   |        150 |     140 |   21,000 | 3,360.00 | 3,500.00 |
| 261-330 | Drawer slide, full extension, 450 mm |   20 pairs |      70 |    1,400 | 2,520.00 | 2,660.00 |
|         | Total                                |            |     330 |   46,400 | 8,520.00 | 8,920.00 |

Total: three hundred thirty (330) cartons on 22 pallets, measurement 31.4 CBM.
Shipping marks: KHT / KRASNODAR / C/No. 1-330 / MADE IN CHINA

NINGBO HAOYU HARDWARE CO., LTD.
Authorized signature ____________ Chen Liwei, Export Manager
""",
        expected={
            "number": "HY-PL-251128",
            "date": "2025-11-28",
            "total": None,
            "currency": None,
            "parties.consignee.inn": "2310794413",
            "parties.consignee.kpp": "231001001",
        },
    ),
    HoldoutDocument(
        id="u-en-bank-statement-eur-account-iban-counterparties",
        document_type="bank_statement",
        language="en",
        text="""\
JSC BANK MERIDIAN
Moscow, Russian Federation | BIK 044525309 | Corr. account 30101810300000000309 | SWIFT MRDNRUMM

                               STATEMENT OF ACCOUNT No. 47
Statement date: 12 December 2025                     Period: 01.12.2025 - 11.12.2025

Account holder:   Technomarine Supply LLC
                  INN 7714252983, KPP 771401001
Account No.:      40702978993661182895
Account currency: EUR

Opening balance on 01.12.2025:                                              EUR 18,402.55

| Date       | Doc. | Counterparty / IBAN              | Details                     |     Debit |    Credit |
| 02.12.2025 | 118  | Hafenbau Technik GmbH            | Inv. HT-5521, marine pumps  | 24,300.00 |           |
|            |      | DE39500700100918273645           |                             |           |           |
| 04.12.2025 | 4471 | Danube Offshore Services GmbH    | Advance, contract TS-0925   |           | 41,000.00 |
|            |      | AT611904300234573201             |                             |           |           |
| 09.12.2025 | 119  | Societe Nautique de l'Atlantique | Inv. SNA-2025-311, valves   | 12,880.40 |           |
|            |      | FR5330004000310001234567891      |                             |           |           |
| 10.12.2025 | -    | JSC Bank Meridian                | Commission, SWIFT transfer  |     35.00 |           |

Total debit: EUR 37,215.40            Total credit: EUR 41,000.00
Closing balance on 11.12.2025:                                              EUR 22,187.15

This statement is generated electronically and is valid without a signature.
""",
        expected={
            "number": "47",
            "date": "2025-12-12",
            "currency": "EUR",
            "parties.account_holder.inn": "7714252983",
            "parties.account_holder.kpp": "771401001",
            "parties.account_holder.bik": "044525309",
            "parties.account_holder.account": "40702978993661182895",
        },
    ),
    HoldoutDocument(
        id="u-en-receipt-trade-fair-russian-payer",
        document_type="receipt",
        language="en",
        text="""\
MESSE RHEINHALLEN GMBH
Messeplatz 1, 40474 Duesseldorf, Germany
USt-IdNr. DE168273413 | Amtsgericht Duesseldorf HRB 71824

                                    PAYMENT RECEIPT
Receipt No.: R-2025-08814                            Date: 10 Dec 2025
Event: GLASSTEC-NORD 2026, 17-20 March 2026          Customer No.: 304417

Received from:
Steklo-Design LLC
INN 7701373155, KPP 770101001
Myasnitskaya st. 24/7, bldg 1, 101000 Moscow, Russian Federation

| Item                                         | Qty   | Unit price | Amount, EUR |
|----------------------------------------------|-------|------------|-------------|
| Stand space, hall 11, stand B27 (row stand)  | 18 m2 | 360.00     | 6,480.00    |
| Exhibitor registration fee                   | 1     | 390.00     | 390.00      |

Net amount                                                 EUR 6,870.00
VAT 0% - reverse charge, recipient liable for VAT          EUR     0.00
TOTAL RECEIVED                                             EUR 6,870.00

Payment received by bank transfer on 08 Dec 2025 to:
IBAN DE29210501700038291746, BIC RHMBDEDDXXX, Rheinmaas Bank AG
Payment reference: invoice 2025-08814

This receipt confirms full payment of invoice 2025-08814 of 21 Nov 2025.
Messe Rheinhallen GmbH, Accounts Receivable
""",
        expected={
            "number": "R-2025-08814",
            "date": "2025-12-10",
            "total": "6870.00",
            "currency": "EUR",
            "parties.buyer.inn": "7701373155",
            "parties.buyer.kpp": "770101001",
        },
    ),
    HoldoutDocument(
        id="u-en-passport-scan-dutch-mrz",
        document_type="passport",
        language="en",
        noisy=True,
        text="""\
KONINKRIJK DER NEDERLANDEN / KINGDOM OF THE NETHERLANDS
PASPOORT / PASSPORT
Type P   Code NLD   Paspoortnummer / Passport No. NPK8R47C3
Naam / Surname: VAN DlJK
Voornamen / Given names: MAARTEN JOHANNES
Nationaliteit / Nationality: Nederlandse
Geboortedatum / Date of birth: l4 MAR l983
Geboorteplaats / Place of birth: UTRECHT
Geslacht / Sex: M     Lengte / Height: l,86 m
Datum van afgifte / Date of issue: 22 SEP 2O2O
Geldig tot / Date of expiry: 22 SEP 2O3O
Autoriteit / Authority: Burg. van Amersfoort
P<NLDVAN<DlJK<<MAARTEN<JOHANNES<<<<<<<<<<<<<
NPK8R47C35NLD83O3l43M3OO9222<<<<<<<<<<<<<<O8
""",
        expected={
            "number": "NPK8R47C3",
            "date": "2020-09-22",
            "total": None,
            "currency": None,
        },
    ),
    HoldoutDocument(
        id="u-en-power-of-attorney-bank-account-attorney-inn",
        document_type="power_of_attorney",
        language="en",
        text="""\
                               POWER OF ATTORNEY No. POA-2025/37
Moscow                                                                          December 1, 2025

Arctic Seafood Export LLC, a company incorporated under the laws of the Russian Federation,
INN 7704145291, KPP 770401001, OGRN 1177704053845, registered address: Smolenskaya embankment 5/13,
121099 Moscow (the "Company"), represented by its General Director Ms. Irina V. Sokolova, acting
under the Charter, hereby authorizes

Mr. Denis Olegovich Rybin, born 14 June 1984, passport 40 14 518274 issued on 2 July 2014,
INN 781318962386 (the "Attorney"),

to represent the Company before the Central Branch of PJSC Bank Severny Alliance in Moscow,
BIK 044525286, in all matters relating to the Company's account No. 40702810098982247218, including:
  (a) to submit and receive payment documents, statements and currency control documents;
  (b) to sign applications for the purchase and sale of foreign currency;
  (c) to receive bank cards issued to the Company and their PIN envelopes.

The Attorney may not open or close accounts on behalf of the Company.
This Power of Attorney is valid until November 30, 2026, without the right of substitution.

Specimen signature of the Attorney: ____________ D. O. Rybin

General Director ____________ I. V. Sokolova
L.S.
""",
        expected={
            "number": "POA-2025/37",
            "date": "2025-12-01",
            "total": None,
            "currency": None,
            "parties.principal.inn": "7704145291",
            "parties.principal.kpp": "770401001",
            "parties.principal.bik": "044525286",
            "parties.principal.account": "40702810098982247218",
            "parties.attorney.inn": "781318962386",
        },
    ),
    HoldoutDocument(
        id="u-en-letter-uk-supplier-new-bank-details",
        document_type="letter",
        language="en",
        text="""\
HARWICK & LYLE INSTRUMENTS LTD
Unit 7, Castlegate Business Park, Leeds LS12 6QF, United Kingdom
VAT Reg. No. GB 412 8803 65

Our ref: HL/FIN/2025-219                                           15 December 2025

LLC Baltic Metrology Systems
INN 7810229419
Pulkovskoye shosse 40, bldg 4, 196158 St Petersburg, Russian Federation
Attn: Ms. Olga Sedova, Chief Accountant

Dear Ms. Sedova,

Change of our bank details

Please note that from 5 January 2026 our account with Northgate Commercial Bank plc will be closed.
All payments due to us on or after that date must be made to our new account:

                  Old account (closing)              New account (from 5 January 2026)
Bank              Northgate Commercial Bank plc      Halton & Wirral Bank plc
Sort code         30-47-18                           60-82-14
Account No.       61893402                           27419035
IBAN              GB33 NGCB 3047 1861 8934 02        GB16 HTWB 6082 1427 4190 35
SWIFT/BIC         NGCBGB2L                           HTWBGB21

Our invoice HLI-24817 of 12 December 2025 for GBP 10,525.00 may still be paid to the old account
until 31 December 2025. To protect you against fraud, please confirm the change by telephone with
our finance team on +44 113 496 0718 before your first payment.

Yours sincerely,

Sarah Whitcombe
Finance Manager
""",
        expected={
            "number": "HL/FIN/2025-219",
            "date": "2025-12-15",
            "total": None,
            "currency": "GBP",
        },
    ),
    HoldoutDocument(
        id="u-en-other-bank-details-confirmation-three-currencies",
        document_type="other",
        language="en",
        text="""\
KAMA TRACTOR PARTS LLC
Bolshaya Ordynka st. 40, bldg 4, 119017 Moscow, Russian Federation

                        CONFIRMATION OF COMPANY AND BANK DETAILS
Ref. No.: KTP/FIN-112                                               Date: 2025-12-03

At the request of our customers we confirm our company and bank details below.

Full name:              Limited Liability Company "Kama Tractor Parts"
INN / KPP:              7704110933 / 770401001
OGRN:                   1117704275347
OKPO:                   62718450

Bank:                   Privolzhsky Branch of PJSC Bank Severny Alliance, Nizhny Novgorod
BIK:                    042202764
Corr. account:          30101810700000000764
SWIFT:                  SVALRU2N

Accounts:
  RUB                   40702810911064642837
  USD                   40702840006766450134
  EUR                   40702978708914417636

Please use only the details above. We never announce a change of bank details by e-mail alone.
Any change will be confirmed by a letter signed by the General Director and sent by courier.

General Director  ____________ R. T. Gabdullin
Chief Accountant  ____________ L. M. Zaripova
""",
        expected={
            "number": "KTP/FIN-112",
            "date": "2025-12-03",
            "total": None,
            "currency": None,
        },
    ),
]

ENGLISH_DOCUMENTS_U = [
    *_INVOICES,
    *_ACTS_AND_UPDS,
    *_PAYMENT_ORDERS_AND_CONTRACTS,
    *_OTHER_TYPES,
]
