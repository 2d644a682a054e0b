"""English documents of set AO. `bench.holdout_ao` describes the set and its labels."""

from .holdout import HoldoutDocument

_INVOICES = [
    # The Norwegian maker's invoice for spare parts in euros, printed the Norwegian way
    # ("85 050,00"). Its total is the full value with crating, not the 30% advance or
    # the balance. The seller's German IBAN and Norwegian organisation number are
    # foreign and not labelled, and the Russian buyer prints no bank details.
    HoldoutDocument(
        id="ao-en-invoice-norwegian-parts-eur",
        document_type="invoice",
        language="en",
        text="""\
SKAGERAK DRILLING EQUIPMENT AS
Barstolveien 46, Sorlandsparken, 4636 Kristiansand, Norway
Org. no. NO 971 218 762 MVA   Tel. +47 38 14 62 00   accounts@skagerak-de.example

COMMERCIAL INVOICE
Invoice No.: SDE-INV-26-0147                 Invoice date: 23 January 2026
Customer No.: 10482                          Your order: SM-PO-26/011
Contract: SDE-SM-2025/03 of 14 November 2025
Delivery terms: FCA Kristiansand (Incoterms 2020)
Equipment: iron roughneck SDE-IR 120, serial No. 4411-0087 (commissioned 2019)

Sold to / Bill to:
OOO Burovaya Kompaniya Surgutsky Meridian
ul. Promyshlennaya 14, 628406 Surgut, Russian Federation
INN 8602921740, KPP 860201001

| Pos | Part No.    | Description            | HS code  | Qty |  Unit EUR | Amount EUR |
|-----|-------------|------------------------|----------|-----|-----------|------------|
|   1 | 4411-207-03 | Gripper die set        | 84314300 |  12 |  1 840,00 |  22 080,00 |
|   2 | 5620-118-00 | Hydraulic motor        | 84122981 |   2 | 14 650,00 |  29 300,00 |
|   3 | 4411-390-10 | Seal kit, spinner cyl. | 84849000 |   6 |  2 215,00 |  13 290,00 |
|   4 | 7702-044-02 | Control valve, torque  | 84812010 |   1 | 18 930,00 |  18 930,00 |

                                               Goods:                 EUR 83 600,00
                                               Export crating, 4 crates: EUR 1 450,00
                                               VAT 0% (export)            EUR 0,00
                                               TOTAL INVOICE:         EUR 85 050,00

Advance of 30% received on 12.12.2025:                                  EUR 25 515,00
Balance due by 22 February 2026:                                        EUR 59 535,00

Country of origin: Norway. Net weight 412 kg, gross weight 688 kg, 4 wooden crates,
see packing list SDE-PL-26-0147.
EUR payments: Nordsee Handelsbank AG, Hamburg, BIC NSHBDEHH
IBAN DE42200411550418207300, account holder Skagerak Drilling Equipment AS

Skagerak Drilling Equipment AS
Eirik Halvorsen, Sales Manager
""",
        expected={
            "number": "SDE-INV-26-0147",
            "date": "2026-01-23",
            "total": "85050.00",
            "currency": "EUR",
            "parties.buyer.inn": "8602921740",
            "parties.buyer.kpp": "860201001",
        },
    ),
    # The Indian mill's export invoice in US dollars for the first lot of casing, priced
    # per tonne. Its total is the full value of the lot, not the 20% advance it adjusts
    # or the balance. The GSTIN, IEC and CIN are Indian codes and not labelled.
    HoldoutDocument(
        id="ao-en-invoice-indian-casing-usd",
        document_type="invoice",
        language="en",
        text="""\
SABARMATI TUBULAR PRODUCTS PVT. LTD.
Plot 214-217, GIDC Estate, Savli, Vadodara 391775, Gujarat, India
CIN U27106GJ2009PTC058214   GSTIN 24AAKCS4821M1Z2   IEC AAKCS4821M

                                 EXPORT INVOICE
Invoice No.: STP/EXP/2025-26/0187                            Date: 18.02.2026
Buyer's contract: STP-SM/2026-01 dated 20.01.2026, Lot 1 of 2
Buyer / Consignee: OOO BK Surgutsky Meridian, ul. Promyshlennaya 14, 628406 Surgut,
                   Russia, INN 8602921740, KPP 860201001
Port of loading: Mundra, India             Port of discharge: Novorossiysk, Russia
Vessel / voyage: KAVERI STAR / 0417W       Booking No.: MUN-BK-260211
Terms of delivery: CFR Novorossiysk (Incoterms 2020)
Supply meant for export under LUT ARN AD240326004471R without payment of IGST

| Sr | Description, API 5CT PSL-1, R3, BTC  | HS code  | Joints |      MT | USD/MT |
|----|--------------------------------------|----------|--------|---------|--------|
|  1 | Casing 9 5/8 in, 47.0 lb/ft, L80     | 73042990 |    254 | 212.640 |  1,420 |
|  2 | Casing 7 in, 29.0 lb/ft, P110        | 73042990 |    254 | 131.275 |  1,560 |

| Sr | Amount, USD | Heat numbers                                                     |
|----|-------------|------------------------------------------------------------------|
|  1 |  301,948.80 | H26-0412A, H26-0412B (mill certificate STP/MTC/26/0412)          |
|  2 |  204,789.00 | H26-0398C, H26-0401A (mill certificate STP/MTC/26/0413)          |

Total net weight 343.915 MT, 58 bundles, gross weight 345.230 MT
TOTAL INVOICE VALUE, CFR Novorossiysk:                         USD 506,737.80
(US Dollars Five Hundred Six Thousand Seven Hundred Thirty Seven and Cents Eighty Only)
Less advance received, 20% of this lot (paid 27.01.2026):       USD 101,347.56
Balance payable within 10 days of B/L date:                     USD 405,390.24

Beneficiary bank: Vishwamitri Commercial Bank Ltd., Alkapuri Branch, Vadodara
A/c No. 50200061834217   SWIFT VCBLINBB   IFSC VCBL0000417
We certify that this invoice shows the actual price of the goods described.

For Sabarmati Tubular Products Pvt. Ltd.
Rakesh Mehta, Director (Exports)
""",
        expected={
            "number": "STP/EXP/2025-26/0187",
            "date": "2026-02-18",
            "total": "506737.80",
            "currency": "USD",
            "parties.buyer.inn": "8602921740",
            "parties.buyer.kpp": "860201001",
        },
    ),
    # The Norwegian field service invoice in kroner, received by fax. The fax header's
    # date and page count and the incoming stamp are not labels.
    HoldoutDocument(
        id="ao-en-invoice-norwegian-service-nok-fax",
        document_type="invoice",
        language="en",
        noisy=True,
        text="""\
FROM: SKAGERAK DE AS  +47 38 14 62 O1        O9-MAR-2O26 14:22        P.Ol/Ol
SKAGERAK DRILLING EQUIPMENT AS - FIELD SERVICE DEPARTMENT
Barstolveien 46, 4636 Kristiansand, Norway   Org. no. NO 971 218 762 MVA

INVOICE No. SDE-SV-26-0O58                          Invoice date: 09.03.2026
                                                    Due date: 08.04.2026
Customer: OOO BK Surgutsky Meridian, ul. Promyshlennaya 14, 628406 Surgut, Russia
          INN 8602921740, KPP 860201O01
Service order: SO-26-О211     Your ref.: SM-PO-26/0З8
Acceptance certificate: FSR-26-0О58 dated 06.03.2026
Site: rig BU-300O EUK serial 1142, pad З7, Yuzhno-Vartaganskoye field
Engineer: Torbjorn Lien, on site 24.O2.2026 - 04.O3.2026

| Item | Description                          | Qty | Unit  |  Rate NOK |  Amount NOK |
| 1    | Field service engineer, on site      |   9 | days  | 14 8ОO,00 |  133 2OO,0O |
| 2    | Travel days Kristiansand - Surgut    |   2 | days  |  9 6O0,O0 |   l9 200,O0 |
| 3    | Overtime above l2 h per day          |  14 | hours |  1 950,00 |   27 300,0O |
| 4    | Flights, hotel, visa - at cost       |   1 | lot   | 38 460,0O |   38 460,00 |

                                        Net amount:          NOK 218 l60,00
                                        VAT 0% (service abroad):  NOK O,00
                                        TOTAL DUE:           NOK 2l8 l60,00

Payment: 30 days net. Bank: Agder Kystbank ASA, BIC AGDRNOKK
IBAN: NO84 9608 0868 9l7   Please quote the invoice number.
      RECEIVED BY FAX  O9.O3.2O26  - SM ACCOUNTS  -  ln. No. 3l2
""",
        expected={
            "number": "SDE-SV-26-0058",
            "date": "2026-03-09",
            "total": "218160.00",
            "currency": "NOK",
            "parties.buyer.inn": "8602921740",
            "parties.buyer.kpp": "860201001",
        },
    ),
]

_ACTS = [
    # The field service acceptance certificate is an `act` worth the services and the
    # expenses it accepts (NOK 218,160.00). The Norwegian seller has no labels.
    HoldoutDocument(
        id="ao-en-act-norwegian-field-service",
        document_type="act",
        language="en",
        text="""\
SKAGERAK DRILLING EQUIPMENT AS - FIELD SERVICE

              FIELD SERVICE ACCEPTANCE CERTIFICATE No. FSR-26-0058
                           Surgut, 6 March 2026

Contractor: Skagerak Drilling Equipment AS, 4636 Kristiansand, Norway,
            Org. no. 971 218 762
Customer:   OOO BK Surgutsky Meridian, 628406 Surgut, Russia,
            INN 8602921740, KPP 860201001
Service order SO-26-0211 under contract SDE-SM-2025/03 of 14 November 2025,
customer's order SM-PO-26/038 of 16 February 2026.
Site: rig BU-3000 EUK serial 1142, pad 37, Yuzhno-Vartaganskoye field.
Equipment: iron roughneck SDE-IR 120, serial No. 4411-0087.

Work performed, 24 February - 4 March 2026:
- replaced spinner hydraulic motor P/N 5620-118-00 and both gripper die sets;
- replaced seals of the spinner cylinder, pressure-tested at 207 bar for 15 min;
- recalibrated the torque wrench, verified 20 make-ups at 38 kN-m (report attached).

| Item | Description                        | Qty       |  Rate NOK |  Amount NOK |
|------|------------------------------------|-----------|-----------|-------------|
| 1    | Field service engineer on site     | 9 days    | 14,800.00 |  133,200.00 |
| 2    | Travel days                        | 2 days    |  9,600.00 |   19,200.00 |
| 3    | Overtime above 12 hours per day    | 14 hours  |  1,950.00 |   27,300.00 |
| 4    | Travel and accommodation, at cost  | 1 lot     |           |   38,460.00 |
|      | Value of services accepted         |           |           |  218,160.00 |

Daily rate NOK 14,800.00 and overtime rate NOK 1,950.00 per hour as per the price
list attached to contract SDE-SM-2025/03. VAT is not charged: the services are
rendered outside Norway.

The equipment was tested in operation on 4 March 2026 and accepted. The customer
has no claims as to the scope, quality and timing of the services. The invoice will
follow under the number of the service order.

For the contractor:                         For the customer:
Torbjorn Lien, Field Service Engineer       O. V. Melnichuk, Head of Branch
______________________                      ______________________
""",
        expected={
            "number": "FSR-26-0058",
            "date": "2026-03-06",
            "total": "218160.00",
            "currency": "NOK",
            "parties.buyer.inn": "8602921740",
            "parties.buyer.kpp": "860201001",
        },
    ),
]

_UPDS = [
    # An English translation of the contractor's UPD for the first well. It is dated by
    # the UPD, not by the translation, and its total is the UPD value in roubles.
    HoldoutDocument(
        id="ao-en-upd-drilling-translation",
        document_type="upd",
        language="en",
        text="""\
Translation from Russian

UNIVERSAL TRANSFER DOCUMENT
Invoice No. 31 dated 28.02.2026 (1)                                Status: 1
Correction No. -- dated -- (1a)
Seller: OOO Burovaya Kompaniya Surgutsky Meridian (2)
Address: 14 Promyshlennaya St., Surgut 628406, KhMAO - Yugra, Russia (2a)
Seller's INN/KPP: 8602921740/860201001 (2b)
Shipper and its address: -- (3)
Consignee and its address: -- (4)
To payment document No. 112 dated 20.01.2026 (5)
Shipping document: items 1-3, work completion report No. 31 dated 28.02.2026 (5a)
Buyer: AO Vartagan-Neft (6)
Address: 41 Industrialnaya St., Nizhnevartovsk 628616, Russia (6a)
Buyer's INN/KPP: 8603787784/860301001 (6b)
Currency: Russian rouble, code 643 (7)

| No. | Works, services                | Unit | Qty   |        Price | Value excl. VAT |
|-----|--------------------------------|------|-------|--------------|-----------------|
|  1  | Drilling of well 2417, pad 37, | m    | 3,120 |     4,850.00 |   15,132,000.00 |
|     | 0-3,120 m                      |      |       |              |                 |
|  2  | Mobilisation, rig BU-3000 EUK  | job  |     1 | 2,180,000.00 |    2,180,000.00 |
|  3  | Waiting caused by customer,    | day  |   1.5 |   412,000.00 |      618,000.00 |
|     | 05.02-06.02.2026               |      |       |              |                 |

| No. | VAT rate | VAT amount   | Value incl. VAT |
|-----|----------|--------------|-----------------|
|  1  | 22%      | 3,329,040.00 |   18,461,040.00 |
|  2  | 22%      |   479,600.00 |    2,659,600.00 |
|  3  | 22%      |   135,960.00 |      753,960.00 |
| Total payable (9)  | 3,944,600.00 |   21,874,600.00 |

Value excluding VAT, total: RUB 17,930,000.00
Basis of transfer: construction contract No. VN-26/014-B dated 12.01.2026, work
order No. 3
Works handed over: O. V. Melnichuk, Head of Nizhnevartovsk Branch, 28.02.2026
Works accepted: M. O. Erokhin, Head of Drilling Department, date of receipt 03.03.2026
Other details of acceptance: footage confirmed by daily reports No. 9-48.

Translator's note: translated from the Russian original on 16 March 2026 for the
audit of the customer's group accounts. Translator: E. V. Grinevich.
""",
        expected={
            "number": "31",
            "date": "2026-02-28",
            "total": "21874600.00",
            "currency": "RUB",
            "parties.seller.inn": "8602921740",
            "parties.seller.kpp": "860201001",
            "parties.buyer.inn": "8603787784",
            "parties.buyer.kpp": "860301001",
        },
    ),
]

_PAYMENT_ORDERS = [
    # The bank's print of the MT103 that pays the casing balance. It is numbered by
    # field 20, dated by the value date of field 32A, and its total is the 32A amount.
    # The payer is labelled with the INN and KPP of field 50K, its dollar account and
    # the BIK of the sending bank. The unique contract number is not a number of it.
    HoldoutDocument(
        id="ao-en-payment-order-mt103-casing",
        document_type="payment_order",
        language="en",
        text="""\
Obsky Kapital Bank (JSC), Surgut, BIK 047144725        SWIFT: OBKARU2S
Outgoing customer transfer - print of SWIFT message          Printed: 05.03.2026 11:37

Message type: MT103 Single Customer Credit Transfer
Sender:   OBKARU2SXXX
Receiver: VCBLINBBXXX
Status:   Sent, ACK received 05.03.2026 11:02

:20:SM260305-01
:23B:CRED
:32A:260305USD405390,24
:33B:USD405390,24
:50K:/40702840672979262243
OOO BUROVAYA KOMPANIYA SURGUTSKY MERIDIAN
INN 8602921740 KPP 860201001
UL PROMYSHLENNAYA 14 SURGUT RU
:52A:OBKARU2S
:57A:VCBLINBB
:59:/50200061834217
SABARMATI TUBULAR PRODUCTS PVT LTD
PLOT 214-217 GIDC ESTATE SAVLI
VADODARA 391775 IN
:70:/INV/STP/EXP/2025-26/0187 18.02.2026
BALANCE LOT 1 CASING
CONTRACT STP-SM/2026-01 20.01.2026
:71A:OUR
:72:/UNK/26010047/0725/0018/2/1
/BNF/INDIAN IFSC VCBL0000417

Currency control: unique contract number 26010047/0725/0018/2/1, registered
27.01.2026. Operation code 21100 (advance and final payments for imported goods).
Correspondent bank charges under OUR are debited separately.
""",
        expected={
            "number": "SM260305-01",
            "date": "2026-03-05",
            "total": "405390.24",
            "currency": "USD",
            "parties.payer.inn": "8602921740",
            "parties.payer.kpp": "860201001",
            "parties.payer.bik": "047144725",
            "parties.payer.account": "40702840672979262243",
        },
    ),
]

_CONTRACTS = [
    # The supply contract with the Indian mill is worth both lots of casing (USD
    # 1,002,000.00), not the 20% advance, a price per tonne or a penalty cap. The
    # Russian buyer is labelled with the dollar account and BIK it prints.
    HoldoutDocument(
        id="ao-en-contract-indian-casing",
        document_type="contract",
        language="en",
        text="""\
                        SUPPLY CONTRACT No. STP-SM/2026-01

Vadodara / Surgut                                                  20 January 2026

Sabarmati Tubular Products Pvt. Ltd., India (the Seller), represented by its Director
Mr. Rakesh Mehta, and OOO Burovaya Kompaniya Surgutsky Meridian, Russia (the Buyer),
represented by its General Director Mr. A. P. Kovrigin, have agreed as follows.

1. Subject. The Seller sells and the Buyer buys seamless casing pipes to API 5CT,
PSL-1, range 3, buttress thread (BTC), in two lots:
| Item | Casing                    | Lot 1, MT | Lot 2, MT | USD per MT |  Value USD |
|------|---------------------------|-----------|-----------|------------|------------|
| 1    | 9 5/8 in, 47.0 lb/ft, L80 |       210 |       210 |   1,420.00 | 596,400.00 |
| 2    | 7 in, 29.0 lb/ft, P110    |       130 |       130 |   1,560.00 | 405,600.00 |
Tolerance on each lot: plus or minus 5% by weight, invoiced at the actual weight.
2. Price. The total value of the contract is USD 1,002,000.00 (one million two
thousand US dollars), CFR Novorossiysk (Incoterms 2020), packing in bundles included.
3. Delivery. Lot 1 shipped not later than 28 February 2026, lot 2 not later than
30 April 2026, from Mundra port.
4. Payment. Advance of 20% of the contract value, USD 200,400.00, within 10 banking
days of signing. The balance of each lot, less 20% of its value, within 10 days of the
copy of the bill of lading.
5. Inspection. Each lot is tested at the mill in the presence of the Buyer's
representative and a mill test certificate EN 10204 3.1 is issued per heat.
6. Penalty for late delivery: 0.1% of the value of the lot per day, capped at 5%.
7. Disputes are settled by the International Commercial Arbitration Court at the
Chamber of Commerce and Industry of the Russian Federation, Moscow.

SELLER                                       BUYER
Sabarmati Tubular Products Pvt. Ltd.         OOO BK Surgutsky Meridian
Plot 214-217, GIDC Estate, Savli,            ul. Promyshlennaya 14, 628406 Surgut,
Vadodara 391775, Gujarat, India              Russian Federation
GSTIN 24AAKCS4821M1Z2                        INN 8602921740, KPP 860201001
IEC AAKCS4821M                               OGRN 1178602218090
Vishwamitri Commercial Bank Ltd.,            USD account 40702840672979262243
Vadodara, SWIFT VCBLINBB                     Obsky Kapital Bank (JSC), Surgut
A/c No. 50200061834217                       BIK 047144725, SWIFT OBKARU2S
                                             corr. acc. 30101810600000000725

Director __________ R. Mehta                 General Director __________ A. P. Kovrigin
""",
        expected={
            "number": "STP-SM/2026-01",
            "date": "2026-01-20",
            "total": "1002000.00",
            "currency": "USD",
            "parties.buyer.inn": "8602921740",
            "parties.buyer.kpp": "860201001",
            "parties.buyer.bik": "047144725",
            "parties.buyer.account": "40702840672979262243",
        },
    ),
]

_OTHER = [
    # The mill test certificate scan is `other`, numbered by its certificate number and
    # dated by its date of issue, not the test dates. It names no money, so `total` and
    # `currency` are None, and it has no party labels.
    HoldoutDocument(
        id="ao-en-other-mill-test-certificate-scan",
        document_type="other",
        language="en",
        noisy=True,
        text="""\
SCAN0412.PDF                                                           page 1 of 1
SABARMATI TUBULAR PRODUCTS PVT. LTD.       Plot 214-217, GIDC Estate, Savli, Vadodara
            MILL TEST CERTIFICATE - EN 1O204 TYPE 3.1 / API 5CT
Certificate No.: STP/MTC/26/04l2                     Date of issue: 12.O2.2026
Customer: OOO BK Surgutsky Meridian, Surgut, Russia    Contract: STP-SM/2026-0l
Invoice: to follow          API 5CT licence No. 5CT-l187    Product spec. level: PSL-l
Item: Casing 9 5/8 in, 47.О lb/ft, L80 type l, BTC, R3, seamless

| Heat No.  | C    | Mn   | P     | S     | Si   | Cr   | Mo   | Ni   | Cu   |
| H26-04l2A | O.26 | 1.31 | O.0l2 | O.004 | O.24 | 0.l1 | 0.02 | O.04 | O.06 |
| H26-0412B | 0.27 | 1.29 | O.011 | 0.0О5 | O.23 | 0.10 | 0.02 | O.05 | О.07 |

| Heat No.  | Yield, MPa | Tensile, MPa | Elong., % | Hardness HRC | Impact, J (О C) |
| H26-О412A |        621 |          713 |        24 |    20.5/2l.0 |       74/71/77 |
| H26-0412B |        607 |          698 |        25 |    19.8/20.4 |       69/73/70 |

Hydrostatic test: 6 870 psi (47.4 MPa) held 5 s - all joints passed.
Drift: API standard, full length. NDT: EMI + UT, FLD, per API 5CT SR2 - accepted.
Joints: 254, total length 3 О61.4 m, net mass 212.64O t.
Tests witnessed by buyer's representative A. R. Safiullin under power of attorney
No. SM-POA-26/07 on 10.O2.2026 and 11.02.2O26.
We hereby certify that the material described above has been manufactured and tested
in accordance with API 5CT l0th edition and meets its requirements.
                                         Quality Assurance Manager: N. J. Desai
        *  SABARMATI TUBULAR PRODUCTS PVT LTD  *  QA DEPT  *  VADODARA  *
""",
        expected={
            "number": "STP/MTC/26/0412",
            "date": "2026-02-12",
            "total": None,
            "currency": None,
        },
    ),
]

_WAYBILLS = [
    # The bill of lading scan names no money, so it has no `total` label and `currency`
    # is None. The Russian consignee is labelled. The notify party, named with its INN,
    # has no role, and the Indian shipper has no labels.
    HoldoutDocument(
        id="ao-en-waybill-bill-of-lading-scan",
        document_type="waybill",
        language="en",
        noisy=True,
        text="""\
scan_20260305_bl.pdf
KAVERI SHIPPING LINES LTD.                    BILL OF LADING No. KSL/MUN/NVS/26/0417
Shipper: SABARMATI TUBULAR PRODUCTS PVT. LTD.
         PLOT 214-2l7, GIDC ESTATE, SAVLI, VADODARA 391775, GUJARAT, INDIA
Consignee: OOO BK SURGUTSKY MERIDIAN
         UL. PROMYSHLENNAYA l4, 6284O6 SURGUT, RUSSIA
         INN 860292174O  KPP 86020l0Ol
Notify party: OOO YUG-PORT AGENCY, NOVOROSSIYSK, INN 2315945803
Vessel / voyage: KAVERI STAR / 0417W          Booking No.: MUN-BK-2602l1
Port of loading: MUNDRA, INDIA                Port of discharge: NOVOROSSIYSK, RUSSIA

| Marks               | Packages   | Goods                                | Gross, kg |
| STP/SM/L1/0O1-029   | 29 bundles | Casing 9 5/8 in 47 lb/ft L8О BTC,    |   213 41O |
|                     |            | 254 joints                           |           |
| STP/SM/L1/О30-O58   | 29 bundles | Casing 7 in 29 lb/ft P11O BTC,       |   l31 820 |
|                     |            | 254 joints                           |           |
| Total               | 58 bundles | break bulk, stowed under deck        |   345 230 |

Description: SEAMLESS STEEL CASING PIPES API 5CT, HS 7304 29, 508 JOINTS,
NET 343.915 MT, PER INVOICE STP/EXP/2025-26/0187 AND CONTRACT STP-SM/2O26-01
FREIGHT PREPAID    CFR NOVOROSSIYSK    SHIPPED ON BOARD 24 FEB 2026
Number of original B/L: THREE (3)
Place and date of issue: MUNDRA, 24.02.2026
For the carrier KAVERI SHIPPING LINES LTD., as agents ________
   * KAVERI SHIPPING * MUNDRA *      SHlPPED ON BOARD  24 FEB 2O26
""",
        expected={
            "number": "KSL/MUN/NVS/26/0417",
            "date": "2026-02-24",
            "currency": None,
            "parties.consignee.inn": "8602921740",
            "parties.consignee.kpp": "860201001",
        },
    ),
    # The CMR for three of the four crates: crate 3 was held back, as the letter
    # "SDE/OUT/26-031" explains. It is dated by box 21 and names no money. Only the
    # Russian consignee is labelled. The Norwegian sender and carrier have no labels.
    HoldoutDocument(
        id="ao-en-waybill-cmr-norway",
        document_type="waybill",
        language="en",
        text="""\
CMR  INTERNATIONAL CONSIGNMENT NOTE                                  No. 0418276
This carriage is subject to the Convention on the Contract for the International
Carriage of Goods by Road (CMR).

1  Sender: Skagerak Drilling Equipment AS, Barstolveien 46, 4636 Kristiansand, Norway
2  Consignee: OOO BK Surgutsky Meridian, Nizhnevartovsk Branch,
   ul. Mira 7P, 628600 Nizhnevartovsk, Russia, INN 8602921740, KPP 860343001
3  Place of delivery of the goods: Nizhnevartovsk, Russia, branch warehouse
4  Place and date of taking over the goods: Kristiansand, Norway, 26.01.2026
5  Documents attached: invoice SDE-INV-26-0147, packing list SDE-PL-26-0147,
   export declaration MRN 26NOE4173382147A
16 Carrier: Agder Linjefrakt AS, Kristiansand, Norway, Org. no. 964 377 251
   truck AB 41872 / trailer AS 2215, driver Kjetil Moen
17 Successive carriers: --

| 6 Marks    | 7 Packages | 8 Method   | 9 Nature of goods      | 11 Gross, kg | 12 m3 |
|------------|------------|------------|------------------------|--------------|-------|
| SDE-0147/1 | 1          | wooden box | gripper die sets       |          148 | 0.58  |
| SDE-0147/2 | 1          | wooden box | seal kits              |           52 | 0.21  |
| SDE-0147/4 | 1          | wooden box | control valve assembly |          176 | 0.62  |
| Total      | 3          |            | drilling spare parts   |          376 | 1.41  |
|            |            |            | equipment, HS 8431 43  |              |       |

13 Sender's instructions: crate SDE-0147/3 (hydraulic motors) is not loaded and
   follows separately. Keep dry.
14 Cash on delivery: --
18 Carrier's reservations: none
21 Established in Kristiansand on 26.01.2026
22 Sender: Skagerak Drilling Equipment AS   23 Carrier: Agder Linjefrakt AS
24 Goods received: Nizhnevartovsk, 06.02.2026, storekeeper V. Yu. Pestov
""",
        expected={
            "number": "0418276",
            "date": "2026-01-26",
            "currency": None,
            "parties.consignee.inn": "8602921740",
            "parties.consignee.kpp": "860343001",
        },
    ),
]

_PACKING_LISTS = [
    # The Norwegian packing list names no money. It prints the Russian company as
    # "Buyer / Consignee", so it is labelled under both roles.
    HoldoutDocument(
        id="ao-en-packing-list-norwegian-crates",
        document_type="packing_list",
        language="en",
        text="""\
SKAGERAK DRILLING EQUIPMENT AS
Barstolveien 46, 4636 Kristiansand, Norway

PACKING LIST No. SDE-PL-26-0147                          Date: 23 January 2026
Invoice: SDE-INV-26-0147        Contract: SDE-SM-2025/03       Order: SM-PO-26/011

Buyer / Consignee: OOO BK Surgutsky Meridian, Nizhnevartovsk Branch
                   ul. Mira 7P, 628600 Nizhnevartovsk, Russia
                   INN 8602921740, KPP 860343001
Delivery terms: FCA Kristiansand (Incoterms 2020)

| Crate      | Contents, part No.          | Qty | Net, kg | Gross, kg | L x W x H, cm |
|------------|-----------------------------|-----|---------|-----------|---------------|
| SDE-0147/1 | Gripper die set 4411-207-03 |  12 |      96 |       148 |  120x80x60    |
| SDE-0147/2 | Seal kit 4411-390-10        |   6 |      18 |        52 |   80x60x44    |
| SDE-0147/3 | Hydraulic motor 5620-118-00 |   2 |     210 |       312 |  140x100x80   |
| SDE-0147/4 | Control valve 7702-044-02   |   1 |      88 |       176 |  110x80x70    |
| Total      | 4 wooden crates             |  21 |     412 |       688 |               |

Marks: SKAGERAK / SM SURGUT / SDE-0147 / crate No. / gross weight
Crates are ISPM 15 heat-treated and marked. Country of origin: Norway.
Handle with care, keep dry, do not stack crate SDE-0147/3.

Packed by: L. Strand, warehouse            Checked by: E. Halvorsen
""",
        expected={
            "number": "SDE-PL-26-0147",
            "date": "2026-01-23",
            "total": None,
            "currency": None,
            "parties.buyer.inn": "8602921740",
            "parties.buyer.kpp": "860343001",
            "parties.consignee.inn": "8602921740",
            "parties.consignee.kpp": "860343001",
        },
    ),
]

_STATEMENTS = [
    # The contractor's dollar statement, numbered and dated by the statement. The dollar
    # purchase matches the rouble statement, and the MT103 balance payment is its main
    # debit. It has no `total` label, and the Indian beneficiary is not labelled.
    HoldoutDocument(
        id="ao-en-bank-statement-usd",
        document_type="bank_statement",
        language="en",
        text="""\
OBSKY KAPITAL BANK (JSC), Surgut          BIK 047144725     SWIFT OBKARU2S
corr. account 30101810600000000725

                       STATEMENT OF ACCOUNT No. 12
Period: 04.03.2026 - 06.03.2026                       Statement date: 6 March 2026

Account holder: OOO BK Surgutsky Meridian, INN 8602921740, KPP 860201001
Account: 40702840672979262243 (US dollar, current currency account)

Opening balance on 04.03.2026:                                     USD 12,406.18

| Date       | Ref.        | Counterparty / details          |      Debit |     Credit |
|------------|-------------|---------------------------------|------------|------------|
| 04.03.2026 | 398         | Purchase of USD 405,500.00 at   |            | 405,500.00 |
|            |             | 78.4125 from own account        |            |            |
|            |             | 40702810683783266166            |            |            |
| 05.03.2026 | SM260305-01 | Sabarmati Tubular Products Pvt  | 405,390.24 |            |
|            |             | Ltd, Vadodara, balance of       |            |            |
|            |             | invoice STP/EXP/2025-26/0187    |            |            |
| 05.03.2026 | SM260305-01 | Correspondent charges (OUR)     |      45.00 |            |
|------------|-------------|---------------------------------|------------|------------|
| Turnover                                                   | 405,435.24 | 405,500.00 |

Closing balance on 06.03.2026:                                     USD 12,470.94

Unique contract number for currency control: 26010047/0725/0018/2/1.
Generated on 07.03.2026 at 09:05 in the bank's online system.
""",
        expected={
            "number": "12",
            "date": "2026-03-06",
            "currency": "USD",
            "parties.account_holder.inn": "8602921740",
            "parties.account_holder.kpp": "860201001",
            "parties.account_holder.bik": "047144725",
            "parties.account_holder.account": "40702840672979262243",
        },
    ),
]

_RECEIPTS = [
    # The Vadodara hotel receipt photo in rupees: numbered by its receipt number and
    # dated by the departure and payment. Its total includes GST (INR 40,828.00), and
    # it has no party labels. The hotel's GSTIN is an Indian code.
    HoldoutDocument(
        id="ao-en-receipt-vadodara-hotel-photo",
        document_type="receipt",
        language="en",
        noisy=True,
        text="""\
IMG_20260214_231955.jpg
HOTEL VISHWAMITRI RESIDENCY
Race Course Circle, Alkapuri, Vadodara 390OO7, Gujarat
GSTIN 24AAGFV6l53KlZW   Tel. +91 265 235 4418
                          PAYMENT RECEIPT
Receipt No.: VR/26/02/l184              Date: 13.O2.2026  O8:10
Guest: Mr. Artur Safiullin, Room 5l2    Company: OOO BK Surgutsky Meridian, Russia
Arrival: 09.02.2026   Departure: 13.02.2026   Nights: 4   Adults: 1
| Date       | Particulars               | SAC    |   Amount INR |
| 09.O2.2026 | Room tariff               | 99631l |     8,200.0О |
| 10.02.2026 | Room tariff               | 996311 |     8,2ОО.00 |
| 11.02.2026 | Room tariff               | 9963l1 |     8,2ОO.OO |
| 12.O2.2026 | Room tariff               | 99631l |     8,20O.00 |
| 13.02.2026 | Airport transfer BDQ      | 996412 |     1,800.O0 |
|            | Taxable value             |        |    34,6O0.00 |
|            | CGST 9%                   |        |     3,1l4.00 |
|            | SGST 9%                   |        |     3,1l4.0О |
|            | TOTAL                     |        |    4O,828.00 |
Amount received in cash: INR 40,828.ОО (Rupees Forty Thousand Eight Hundred
Twenty Eight Only). Balance: O.O0
Cashier: P. Rana                      Thank you for staying with us!
""",
        expected={
            "number": "VR/26/02/1184",
            "date": "2026-02-13",
            "total": "40828.00",
            "currency": "INR",
        },
    ),
]

_PASSPORTS = [
    # The Indian engineer's passport scan: numbered "W4827163" and dated by the date of
    # issue, printed day first (12/06/2023). The machine-readable zone reads cleanly.
    HoldoutDocument(
        id="ao-en-passport-indian-engineer-scan",
        document_type="passport",
        language="en",
        noisy=True,
        text="""\
SCAN_PASSPORT_PATEL.pdf  - copy for visa support
REPUBLIC OF INDIA
Type P    Country Code IND    Passport No. W4827l63
Surname: PATEL
Given Name(s): HIMANSHU KANTILAL
Nationality: INDIAN                 Sex: M
Date of Birth: l7/О9/l986
Place of Birth: ANAND, GUJARAT
Place of Issue: AHMEDABAD
Date of Issue: l2/06/2O23           Date of Expiry: 11/06/2033
P<INDPATEL<<HIMANSHU<KANTILAL<<<<<<<<<<<<<<<
W4827163<1IND8609177M3306116<<<<<<<<<<<<<<02
""",
        expected={
            "number": "W4827163",
            "date": "2023-06-12",
            "total": None,
            "currency": None,
        },
    ),
]

_POWERS_OF_ATTORNEY = [
    # The power of attorney for the mill inspection labels the principal with its INN
    # and KPP. The attorney prints a Russian passport and no INN, so he has no labels,
    # and the Indian mill named with its GSTIN has no role. It names no money.
    HoldoutDocument(
        id="ao-en-power-of-attorney-mill-inspection",
        document_type="power_of_attorney",
        language="en",
        text="""\
OOO Burovaya Kompaniya Surgutsky Meridian
ul. Promyshlennaya 14, 628406 Surgut, Khanty-Mansi Autonomous Okrug - Yugra, Russia
INN 8602921740, KPP 860201001, OGRN 1178602218090

                        POWER OF ATTORNEY No. SM-POA-26/07

Surgut, 2 February 2026

OOO Burovaya Kompaniya Surgutsky Meridian (the Company), represented by its General
Director Andrey Pavlovich Kovrigin, acting under the Charter, hereby authorises

Mr. Artur Renatovich Safiullin, quality assurance engineer of the Company,
Russian passport series 67 17 No. 412593, issued on 19.10.2017,

to represent the Company at the mill of Sabarmati Tubular Products Pvt. Ltd.,
Savli, Vadodara, India (GSTIN 24AAKCS4821M1Z2), under supply contract
No. STP-SM/2026-01 of 20 January 2026, and for that purpose:
1. to witness the hydrostatic, drift and mechanical tests of the casing of lot 1
   and lot 2 and the marking and bundling of the pipes;
2. to review and sign mill test certificates and inspection release notes;
3. to reject pipes that do not conform to API 5CT or to the contract.

The attorney has no right to amend the contract, to accept claims or to make or
receive payments on behalf of the Company. This power of attorney cannot be
delegated and is valid until 31 March 2026.

Specimen signature of the attorney: ______________ A. R. Safiullin

General Director ______________ A. P. Kovrigin
""",
        expected={
            "number": "SM-POA-26/07",
            "date": "2026-02-02",
            "total": None,
            "currency": None,
            "parties.principal.inn": "8602921740",
            "parties.principal.kpp": "860201001",
        },
    ),
]

_LETTERS = [
    # The Norwegian maker's letter on the crate held back names euro sums, so its
    # currency is EUR, with `total` None and no party labels.
    HoldoutDocument(
        id="ao-en-letter-norwegian-delay",
        document_type="letter",
        language="en",
        text="""\
SKAGERAK DRILLING EQUIPMENT AS
Barstolveien 46, 4636 Kristiansand, Norway   Org. no. NO 971 218 762 MVA

OOO BK Surgutsky Meridian
Attn. Mr. O. V. Melnichuk, Head of Nizhnevartovsk Branch
ul. Mira 7P, 628600 Nizhnevartovsk, Russia

Our ref.: SDE/OUT/26-031                              Kristiansand, 30 January 2026
Your ref.: SM-PO-26/011

Subject: Invoice SDE-INV-26-0147 - crate SDE-0147/3 held back

Dear Mr. Melnichuk,

During the final test on 25 January 2026 one of the two hydraulic motors, P/N
5620-118-00, showed leakage at the shaft seal. We have therefore held back crate
SDE-0147/3 with both motors (EUR 29,300.00 of the invoice value) and loaded the
other three crates under CMR No. 0418276 on 26 January 2026.

Two new motors will be dispatched by air freight to Surgut, DAP, on 9 February
2026. The air freight of about EUR 3,860.00 is at our cost and will not be
invoiced. Invoice SDE-INV-26-0147 of EUR 85,050.00 remains unchanged, but we
extend the due date of the balance of EUR 59,535.00 to 15 March 2026.

Our field service engineer will fit the motors during the service visit under
service order SO-26-0211 planned for the end of February.

We apologise for the inconvenience.

Yours sincerely,

Eirik Halvorsen
Sales Manager, Skagerak Drilling Equipment AS
""",
        expected={
            "number": "SDE/OUT/26-031",
            "date": "2026-01-30",
            "total": None,
            "currency": "EUR",
        },
    ),
]


ENGLISH_DOCUMENTS_AO = [
    *_INVOICES,
    *_ACTS,
    *_UPDS,
    *_PAYMENT_ORDERS,
    *_CONTRACTS,
    *_OTHER,
    *_WAYBILLS,
    *_PACKING_LISTS,
    *_STATEMENTS,
    *_RECEIPTS,
    *_PASSPORTS,
    *_POWERS_OF_ATTORNEY,
    *_LETTERS,
]
