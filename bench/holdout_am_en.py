"""English documents of set AM. `bench.holdout_am` describes the set and its labels."""

# Document texts reproduce printed lines up to 110 characters wide.
# ruff: noqa: E501

from .holdout import HoldoutDocument

_INVOICES = [
    # The Chinese maker's commercial invoice for the LED lights, FOB Ningbo. The
    # deposit and the balance are payment terms of the full value.
    HoldoutDocument(
        id="am-en-invoice-chinese-supplier-usd",
        document_type="invoice",
        language="en",
        text="""\
NINGBO BRIGHTSTAR LIGHTING CO., LTD.
No. 88 Mingzhou West Road, Beilun District, Ningbo, Zhejiang 315800, China
USCI 91330206MA2H4K7R1D   Tel. +86 574 8618 2740   export@brightstar-lighting.example

                                        COMMERCIAL INVOICE

Invoice No.:   NBS-EX-260206                                  Date: Feb 6, 2026
Contract No.:  BSL-LE-2025/118 dated Nov 20, 2025             Proforma invoice: PI-BSL-251120
Seller:        NINGBO BRIGHTSTAR LIGHTING CO., LTD. (address above)
Buyer:         LIGHTEXPERT LLC (ООО «ЛайтЭксперт»)
               Bldg. 8, 1 Yeniseyskaya St., Moscow 129344, Russian Federation
               INN 7716044153, KPP 771601001
Consignee:     same as buyer
Delivery:      FOB Ningbo (Incoterms 2020)                    Port of loading: Ningbo, China
Destination:   St. Petersburg, Russia                         Shipment: 2 x 40' HC, ETD Feb 14, 2026
Origin:        China

| No. | Description                        | HS code       | Qty, pcs | Unit price, USD | Amount, USD |
|-----|------------------------------------|---------------|----------|-----------------|-------------|
|   1 | LED panel 600x600 mm, 40 W, 4000 K | 9405 11 400 8 |    4,800 |            6.15 |   29,520.00 |
|   2 | LED floodlight 100 W, IP65         | 9405 41 400 9 |    1,200 |           11.40 |   13,680.00 |
|   3 | LED driver 40 W, 900 mA            | 8504 40 820 0 |    2,000 |            2.71 |    5,420.00 |
|     | TOTAL FOB NINGBO                   |               |    8,000 |                 |   48,620.00 |

TOTAL AMOUNT: USD 48,620.00
SAY US DOLLARS FORTY-EIGHT THOUSAND SIX HUNDRED TWENTY ONLY.

Payment terms: 30% T/T deposit (USD 14,586.00) received on Dec 2, 2025; balance 70% (USD 34,034.00)
by T/T against the copy of the B/L, not later than Feb 20, 2026.
Packing: 1,840 cartons on 46 pallets; gross weight 17,846 kg, net weight 16,120 kg, 118.6 CBM.

Beneficiary bank: Zhejiang Coastal Commercial Bank, Beilun Sub-branch, Ningbo, SWIFT ZCCBCNBN
Account No.: 3301 0248 7716 5300 (USD)

For and on behalf of NINGBO BRIGHTSTAR LIGHTING CO., LTD.          ____________ Chen Yuhang, Sales Director
""",
        expected={
            "number": "NBS-EX-260206",
            "date": "2026-02-06",
            "total": "48620.00",
            "currency": "USD",
            "parties.buyer.inn": "7716044153",
            "parties.buyer.kpp": "771601001",
        },
    ),
    # The container line's freight invoice to the forwarder: ocean freight and its
    # surcharges (BAF, LSS, origin THC, ISPS) per container, and the B/L fee.
    HoldoutDocument(
        id="am-en-invoice-ocean-freight-surcharges",
        document_type="invoice",
        language="en",
        text="""\
ORIENT STAR CONTAINER LINES LTD.
Unit 2407, 24/F, Harbour Centre, 25 Harbour Road, Wan Chai, Hong Kong
Tel. +852 2861 4470   finance@orientstar-lines.example

                                          FREIGHT INVOICE

Invoice No.:    OSCL-FI-2602-0418                         Invoice date: 16-Feb-2026
Bill to:        VECTOR TRANSIT LLC (ООО «Вектор Транзит»)
                50 Aviamotornaya St., bldg. 2, office 417, Moscow 111024, Russia
                INN 7722041584, KPP 772201001
B/L No.:        OSCLNGB2602147                            Vessel / voyage: ORIENT HARMONY 026W
POL:            Ningbo, China                             POD: St. Petersburg, Russia
Containers:     2 x 40HC (OSCU4827166, OSCU5190431)       Shipped on board: 14-Feb-2026
Booking:        NGB-BK-2602-3318, shipper NINGBO BRIGHTSTAR LIGHTING CO., LTD.

| Charge                              | Basis     | Qty | Rate, USD | Amount, USD |
|-------------------------------------|-----------|-----|-----------|-------------|
| Ocean freight                       | per 40HC  |   2 |  1,850.00 |    3,700.00 |
| BAF (bunker adjustment factor)      | per 40HC  |   2 |    310.00 |      620.00 |
| LSS (low sulphur surcharge)         | per 40HC  |   2 |     45.00 |       90.00 |
| THC at origin (Ningbo)              | per 40HC  |   2 |    145.00 |      290.00 |
| ISPS security charge                | per 40HC  |   2 |     12.00 |       24.00 |
| B/L fee                             | per B/L   |   1 |     65.00 |       65.00 |
|                                     |           |     | Subtotal  |    4,789.00 |

TOTAL DUE: USD 4,789.00
Freight rate valid for shipments on board from Feb 1 to Feb 28, 2026. Destination charges at
St. Petersburg are billed by the line's agent in Russia and are not included.

Payment within 7 days, not later than 23-Feb-2026. The delivery order will be released
only after the freight is paid in full. Bank charges are for the payer's account.
Bank: Kowloon Pacific Bank Ltd., Hong Kong, SWIFT KPBLHKHH, account 012-448-7716530-001 (USD)

This is a computer-generated invoice and requires no signature.
""",
        expected={
            "number": "OSCL-FI-2602-0418",
            "date": "2026-02-16",
            "total": "4789.00",
            "currency": "USD",
            "parties.buyer.inn": "7722041584",
            "parties.buyer.kpp": "772201001",
        },
    ),
    # A scan of the Turkish carrier's invoice in euros with Turkish number styles
    # ("2.850,00"). The Vergi No and the TR IBAN are foreign and not labelled.
    HoldoutDocument(
        id="am-en-invoice-turkish-carrier-scan",
        document_type="invoice",
        language="en",
        text="""\
KARTAL ULUSLARARASI TAŞIMACILIK A.Ş.
Tuzla Organize Sanayi Bölgesi, 4. Cad. No: l7, 34957 Tuzla / İstanbul, Türkiye
Vergi Dairesi: Tuzla   Vergi No: 524Ol83746   Tel. +9O 2l6 593 4l 2O
                    INVOICE / FATURA
Invoice No / Fatura No: KRT2O26OOOOOOl84
Date / Tarih: l3.O3.2O26
Customer / Müşteri: VECTOR TRANSIT LLC
   5O Aviamotornaya St., bldg. 2, Moscow lllO24, Russia
   INN 7722O4l584 / KPP 7722OlOOl
Contract: VT-KRT/2O26-Ol dated l5.Ol.2O26
Route: Istanbul (TR) - Moscow (RU), truck 34 KRT 482 / trailer 34 KRT 483
CMR No O3O547l dated O5.O3.2O26, delivered l2.O3.2O26
| Description                                 | Qty | Unit price | Amount       |
| International road freight Istanbul - Moscow| l   | 2.85O,OO   | 2.85O,OO EUR |
| full truck l3,6 m, cotton fabric, 26 pallets|     |            |              |
KDV %O (KDV Kanunu md. l4, international transport)   O,OO EUR
TOTAL / GENEL TOPLAM:                             2.85O,OO EUR
Payment term: 3O days from the invoice date.
Bank: Boğaziçi Ticaret Bankası A.Ş., Tuzla Branch, SWIFT BGZTTRIS
IBAN: TRO3 OOl5 8OOO OOl2 9847 36lO 62 (EUR)
   KARTAL ULUSLARARASI * TAŞIMACILIK A.Ş. * İSTANBUL *
""",
        expected={
            "number": "KRT2026000000184",
            "date": "2026-03-13",
            "total": "2850.00",
            "currency": "EUR",
            "parties.buyer.inn": "7722041584",
            "parties.buyer.kpp": "772201001",
        },
        noisy=True,
    ),
]

_SETTLEMENT_PAPERS = [
    # The UAE shipping agent's certificate of services for two transshipped containers
    # at Jebel Ali, zero-rated for VAT. The gate pass fee is passed on at cost.
    HoldoutDocument(
        id="am-en-act-uae-agent-services-aed",
        document_type="act",
        language="en",
        text="""\
GULF HORIZON SHIPPING AGENCY L.L.C.
Office 1204, JAFZA One, Jebel Ali Free Zone, Dubai, United Arab Emirates
TRN 100384726190003   Tel. +971 4 881 5526   ops@gulfhorizon-shipping.example

                           CERTIFICATE OF SERVICES RENDERED
No. GHSA/COS/26/0227                                                  Date: 27 February 2026

Principal (customer): VECTOR TRANSIT LLC, 50 Aviamotornaya St., bldg. 2, Moscow 111024, Russia
                      INN 7722041584, KPP 772201001
Appointment:          Power of Attorney No. VT/POA-2026/04 dated 20 January 2026
Vessel:               GULF PEARL, voyage 0809E, IMO 9736523, Jebel Ali - Novorossiysk
Containers:           OSCU3076250, OSCU6128548 (2 x 40HC, transshipment ex Mundra)

| No. | Service                                                      | Qty | Rate, AED | Amount, AED |
|-----|--------------------------------------------------------------|-----|-----------|-------------|
| 1   | Transshipment coordination, per container                    |   2 |    450.00 |      900.00 |
| 2   | Customs transit documentation (Dubai Customs)                |   1 |    650.00 |      650.00 |
| 3   | Port storage, container-days 19.02.2026-24.02.2026           |  12 |     85.00 |    1,020.00 |
| 4   | Inspection gate pass, disbursement at cost                   |   1 |    126.00 |      126.00 |
|     | (port receipt RCPT-26-0224-77183)                            |     |           |             |

Subtotal:                                                                        AED 2,696.00
VAT 0% (zero-rated, international transport of goods):                           AED     0.00
TOTAL:                                                                           AED 2,696.00
For reference: USD 734.10 at the peg rate of AED 3.6725 per USD.

The services listed above were rendered in full. Containers loaded on GULF PEARL on 25 February 2026.
Payment to: Emirates Gulf Commercial Bank PJSC, Jebel Ali Branch, SWIFT EGCBAEAD
IBAN AE070610004827163901527 (AED)

For Gulf Horizon Shipping Agency L.L.C.          Accepted for Vector Transit LLC
____________ Rashid Al Marzouqi, Operations      ____________ A. V. Belousov, General Director
""",
        expected={
            "number": "GHSA/COS/26/0227",
            "date": "2026-02-27",
            "total": "2696.00",
            "currency": "AED",
            "parties.buyer.inn": "7722041584",
            "parties.buyer.kpp": "772201001",
        },
    ),
    # A translated UPD of a 3PL warehouse for a month of storage, picking and marking
    # for the Chinese maker's Russian subsidiary. It is dated by the UPD, not by the
    # translation.
    HoldoutDocument(
        id="am-en-upd-translated-3pl-warehouse",
        document_type="upd",
        language="en",
        text="""\
Translation from Russian

UNIVERSAL TRANSFER DOCUMENT                                                              Status: 1
Invoice (schet-faktura) No. LK-0331/12 dated March 31, 2026 (1)          Correction No. --- (1a)
Seller: Logopark Klimovsk LLC (ООО «Логопарк Климовск») (2)
Address: 2 Zavodskaya St., Klimovsk, Podolsk, Moscow Region 142184 (2a)
Seller's INN/KPP: 5074984894/507401001 (2b)
Shipper and address: --- (3)                     Consignee and address: --- (4)
Payment document: --- (5)                        Shipping document: items 1-3, No. LK-0331/12 (5a)
Buyer: Brightstar Lighting Rus LLC (ООО «Брайтстар Лайтинг Рус») (6)
Address: 14 Pyatnitskaya St., bldg. 2, Moscow 115035 (6a)
Buyer's INN/KPP: 7705609926/770501001 (6b)
Currency: Russian rouble, code 643 (7)

| No. | Services                | Unit       | Qty   | Price | Excl. VAT  | Rate | VAT       | Incl. VAT  |
|-----|-------------------------|------------|-------|-------|------------|------|-----------|------------|
|   1 | Storage of goods, March | pallet-day | 1,240 | 92.00 | 114,080.00 |  22% | 25,097.60 | 139,177.60 |
|   2 | Order picking           | line       | 3,860 | 18.50 |  71,410.00 |  22% | 15,710.20 |  87,120.20 |
|   3 | Chestny ZNAK marking    | piece      | 5,200 |  6.00 |  31,200.00 |  22% |  6,864.00 |  38,064.00 |
|     | Total payable           |            |       |       | 216,690.00 |    X | 47,671.80 | 264,361.80 |

The document has 1 page.
Grounds for transfer: 3PL services agreement No. LK-3PL/24-09 dated 02.09.2024 (8)
Services handed over by: warehouse director ________ Sedova I. P. (10)
Date of handover: 31.03.2026 (11)
Services accepted by: logistics manager ________ Wang Lei (15)
Date of acceptance: 02.04.2026 (16)

Translated from Russian into English by O. N. Fedorova, translator. Moscow, April 6, 2026.
""",
        expected={
            "number": "LK-0331/12",
            "date": "2026-03-31",
            "total": "264361.80",
            "currency": "RUB",
            "parties.seller.inn": "5074984894",
            "parties.seller.kpp": "507401001",
            "parties.buyer.inn": "7705609926",
            "parties.buyer.kpp": "770501001",
        },
    ),
    # The forwarder's MT103 that pays the Turkish carrier's invoice in euros.
    HoldoutDocument(
        id="am-en-payment-order-mt103-turkish-carrier",
        document_type="payment_order",
        language="en",
        text="""\
JSC CB STOLICHNY CREDIT, MOSCOW             BIK 044525318   SWIFT STKRRUMM
Outgoing message MT103 - Single Customer Credit Transfer                 Printed: 20.03.2026 15:02
Message status: ACKED                                                    Session 4418, ISN 102934
--------------------------------------------------------------------------------------------------
:20:  Sender's Reference                VT260320-01
:23B: Bank Operation Code               CRED
:32A: Value Date/Currency/Amount        260320EUR2850,00
      Value date: 20.03.2026            Currency: EUR            Amount: 2,850.00
:33B: Currency/Instructed Amount        EUR2850,00
:50K: Ordering Customer                 /40702978284545653902
                                        VECTOR TRANSIT LLC
                                        INN 7722041584 KPP 772201001
                                        AVIAMOTORNAYA 50 BLD 2 MOSCOW 111024 RUSSIA
:52A: Ordering Institution              STKRRUMM
:57A: Account With Institution          BGZTTRIS
:59:  Beneficiary Customer              /TR030015800000129847361062
                                        KARTAL ULUSLARARASI TASIMACILIK AS
                                        TUZLA ISTANBUL TURKIYE
:70:  Remittance Information            INV KRT2026000000184 DD 13.03.2026
                                        CONTRACT VT-KRT/2026-01 ROAD FREIGHT
:71A: Details of Charges                OUR
--------------------------------------------------------------------------------------------------
Debit account: 40702978284545653902 (EUR)     Fee account: 40702978284545653902, EUR 35.00
""",
        expected={
            "number": "VT260320-01",
            "date": "2026-03-20",
            "total": "2850.00",
            "currency": "EUR",
            "parties.payer.inn": "7722041584",
            "parties.payer.kpp": "772201001",
            "parties.payer.bik": "044525318",
            "parties.payer.account": "40702978284545653902",
        },
    ),
    # The framework contract of road carriage with the Turkish carrier: a rate per trip
    # and a planned number of trips make its value. Only the Russian customer is
    # labelled.
    HoldoutDocument(
        id="am-en-contract-road-carriage-turkey",
        document_type="contract",
        language="en",
        text="""\
             FRAMEWORK AGREEMENT ON INTERNATIONAL ROAD CARRIAGE No. VT-KRT/2026-01
Moscow / Istanbul                                                                    15 January 2026

VECTOR TRANSIT LLC, Russia (the "Customer"), represented by General Director A. V. Belousov, and
KARTAL ULUSLARARASI TAŞIMACILIK A.Ş., Türkiye (the "Carrier"), represented by Chairman M. Kartal,
agree as follows:

1. SUBJECT
1.1. The Carrier carries the Customer's consignments by road from Istanbul and Bursa (Türkiye) to
Moscow and the Moscow Region (Russia) under the CMR Convention and the TIR Convention.
1.2. Each trip is ordered by a written transport order stating the loading date, the goods and
the consignee. The Carrier confirms an order within 24 hours.

2. VOLUME AND PRICE
2.1. The parties plan 16 trips in 2026. The rate is EUR 2,850.00 per trip with a tilt trailer of
13.6 m, all fuel, road tolls and border charges included.
2.2. The total value of this Agreement is EUR 45,600.00 (16 trips x EUR 2,850.00).
2.3. Waiting time beyond 48 hours at loading, customs or unloading is paid at EUR 150.00 per day.
2.4. The rate is exempt from Turkish VAT (KDV) as international transport.

3. PAYMENT
3.1. The Customer pays each invoice within 30 days of receiving the invoice and the CMR with the
consignee's stamp, by transfer to the Carrier's account below. Bank charges: OUR.

4. LIABILITY AND INSURANCE
4.1. The Carrier's liability for loss or damage is governed by Article 23 of the CMR Convention.
4.2. The Carrier keeps CMR liability insurance of at least EUR 300,000.00 per event.

5. TERM
5.1. This Agreement is valid until 31 December 2026. Disputes are settled by the International
Commercial Arbitration Court at the Chamber of Commerce and Industry of the Russian Federation.

6. DETAILS OF THE PARTIES
CUSTOMER                                           CARRIER
VECTOR TRANSIT LLC                                 KARTAL ULUSLARARASI TAŞIMACILIK A.Ş.
50 Aviamotornaya St., bldg. 2, Moscow 111024      Tuzla OSB, 4. Cad. No: 17, 34957 Istanbul
INN 7722041584, KPP 772201001                      Vergi Dairesi Tuzla, Vergi No 5240183746
EUR account 40702978284545653902                   IBAN TR030015800000129847361062
JSC CB Stolichny Credit, Moscow                    Boğaziçi Ticaret Bankası A.Ş., Tuzla Branch
BIK 044525318, SWIFT STKRRUMM                      SWIFT BGZTTRIS
Corr. account 30101810100000000318

____________ A. V. Belousov                        ____________ M. Kartal
""",
        expected={
            "number": "VT-KRT/2026-01",
            "date": "2026-01-15",
            "total": "45600.00",
            "currency": "EUR",
            "parties.buyer.inn": "7722041584",
            "parties.buyer.kpp": "772201001",
            "parties.buyer.bik": "044525318",
            "parties.buyer.account": "40702978284545653902",
        },
    ),
    # The statement of the forwarder's euro account for the day of the MT103: a
    # purchase of euros, the transfer and the SWIFT fee.
    HoldoutDocument(
        id="am-en-bank-statement-forwarder-eur",
        document_type="bank_statement",
        language="en",
        text="""\
JSC CB STOLICHNY CREDIT                     BIK 044525318   Corr. account 30101810100000000318
Moscow, Russia                              SWIFT STKRRUMM

                                 STATEMENT OF ACCOUNT No. 9
Statement date: 20 March 2026                              Period: 20.03.2026 - 20.03.2026
Account:        40702978284545653902 (EUR, current currency account)
Account holder: VECTOR TRANSIT LLC, INN 7722041584, KPP 772201001
Opening balance:                                                                  EUR 1,214.60

| Date       | Document    | Counterparty / details                                 | Debit    | Credit   |
|------------|-------------|--------------------------------------------------------|----------|----------|
| 20.03.2026 |          77 | VECTOR TRANSIT LLC, RUB account 40702810727720029989   |          | 2,900.00 |
|            |             | Purchase of EUR at 91.3540, RUB 264,926.60 debited     |          |          |
| 20.03.2026 | VT260320-01 | KARTAL ULUSLARARASI TASIMACILIK AS                     | 2,850.00 |          |
|            |             | IBAN TR030015800000129847361062, inv. KRT2026000000184 |          |          |
| 20.03.2026 |        9122 | JSC CB Stolichny Credit                                |    35.00 |          |
|            |             | SWIFT transfer fee (OUR), ref. VT260320-01             |          |          |

Total debit:                                                                      EUR 2,885.00
Total credit:                                                                     EUR 2,900.00
Closing balance:                                                                  EUR 1,229.60

Generated on 21.03.2026 07:40 by the Stolichny Credit Business internet bank. No signature required.
""",
        expected={
            "number": "9",
            "date": "2026-03-20",
            "currency": "EUR",
            "parties.account_holder.inn": "7722041584",
            "parties.account_holder.kpp": "772201001",
            "parties.account_holder.bik": "044525318",
            "parties.account_holder.account": "40702978284545653902",
        },
    ),
]

_SHIPPING_PAPERS = [
    # A scan of the bill of lading of the LED lights. It names no money. The Russian
    # consignee is labelled, and the notify party named with its INN has no role.
    HoldoutDocument(
        id="am-en-waybill-bill-of-lading-scan",
        document_type="waybill",
        language="en",
        text="""\
ORIENT STAR CONTAINER LINES LTD.                         BILL OF LADING
                                                         B/L No. OSCLNGB26O2l47
SHIPPER
NINGBO BRIGHTSTAR LIGHTING CO., LTD.
NO. 88 MINGZHOU WEST ROAD, BEILUN, NINGBO 3l58OO, CHINA
CONSIGNEE
LIGHTEXPERT LLC
BLDG. 8, l YENISEYSKAYA ST., MOSCOW l29344, RUSSIA
INN 77l6O44l53 KPP 77l6OlOOl
NOTIFY PARTY
VECTOR TRANSIT LLC, 5O AVIAMOTORNAYA ST., BLDG. 2, MOSCOW lllO24
INN 7722O4l584, TEL. +7 495 64O-l8-22
VESSEL / VOYAGE: ORIENT HARMONY / O26W        IMO 948l738
PORT OF LOADING: NINGBO, CHINA     PORT OF DISCHARGE: ST. PETERSBURG, RUSSIA
PLACE OF DELIVERY: ST. PETERSBURG CY
CONTAINER / SEAL      TYPE   PACKAGES      GROSS WEIGHT   MEASUREMENT
OSCU4827l66 / OS26O48l7  4OHC  23 PALLETS   8,9l2 KGS     59.3 CBM
OSCU5l9O43l / OS26O4822  4OHC  23 PALLETS   8,934 KGS     59.3 CBM
SHIPPER'S LOAD, STOW AND COUNT. SAID TO CONTAIN:
46 PALLETS (l,84O CARTONS) LED LIGHTING FIXTURES AND DRIVERS
HS 94O5 ll, 94O5 4l, 85O4 4O   INVOICE NBS-EX-26O2O6
TOTAL: TWO (2) CONTAINERS ONLY     l7,846 KGS    ll8.6 CBM
FREIGHT COLLECT         NUMBER OF ORIGINAL B/L: THREE (3)
SHIPPED ON BOARD: l4 FEB 2O26
PLACE AND DATE OF ISSUE: NINGBO, l4 FEB 2O26
SIGNED FOR THE CARRIER ORIENT STAR CONTAINER LINES LTD. AS CARRIER ________
""",
        expected={
            "number": "OSCLNGB2602147",
            "date": "2026-02-14",
            "currency": None,
            "parties.consignee.inn": "7716044153",
            "parties.consignee.kpp": "771601001",
        },
        noisy=True,
    ),
    # A scan of the CMR of the Turkish truck. It names no money. Only the Russian
    # consignee is labelled. The sender and the carrier are Turkish.
    HoldoutDocument(
        id="am-en-waybill-cmr-istanbul-moscow-scan",
        document_type="waybill",
        language="en",
        text="""\
CMR  INTERNATIONAL CONSIGNMENT NOTE                         No O3O547l
l Sender: AYDIN TEKSTIL SAN. VE TIC. A.S.
  Demirtas OSB, 2. Cad. No: 9, l6245 Osmangazi / Bursa, Turkiye
2 Consignee: TEKSTIL MARKET LLC (ООО «Текстиль Маркет»)
  l7B Butlerova St., Moscow ll7342, Russia, INN 7728З64983 KPP 7728OlOOl
3 Place of delivery: Moscow, Russia, warehouse of Vector Transit LLC
4 Place and date of taking over the goods: Istanbul, Turkiye, O5.O3.2O26
5 Documents attached: invoice AYD-2O26/O3ll, packing list, EX declaration
  2634l3OOEXOl2847, TIR carnet XK 4827l936
6-9 Marks / packages / packing / goods: 26 pallets, cotton fabric in rolls
lO HS 52O8 52   ll Gross weight: ll 48O kg   l2 Volume: 58 m3
l3 Sender's instructions: customs clearance at Moscow, seals TR 0048l1, TR 0048l2
l6 Carrier: KARTAL ULUSLARARASI TAŞIMACILIK A.Ş., Tuzla / Istanbul
   truck 34 KRT 482, trailer 34 KRT 483, driver HASAN KARACA, passport U4l968273
l7 Successive carriers: ---
l8 Carrier's reservations: none
l9 Special agreements: ---          2O To be paid by: as per contract VT-KRT/2O26-Ol
2l Established in Istanbul on O5.O3.2O26
22 Signature and stamp of the sender ________  23 Signature of the carrier ________
24 Goods received: Moscow, l2.O3.2O26, TEKSTIL MARKET LLC ________
""",
        expected={
            "number": "0305471",
            "date": "2026-03-05",
            "currency": None,
            "parties.consignee.inn": "7728364983",
            "parties.consignee.kpp": "772801001",
        },
        noisy=True,
    ),
    # A phone photo of the Chinese maker's packing list. It names no money. The
    # importer is printed as "Buyer / Consignee" and labelled under both roles.
    HoldoutDocument(
        id="am-en-packing-list-led-lights-photo",
        document_type="packing_list",
        language="en",
        text="""\
IMG_2O26O2O9_l4O3l2.jpg
NINGBO BRIGHTSTAR LIGHTING CO., LTD.
            PACKING LIST
No.: NBS-PL-26O2O6          Date: Feb 6, 2O26
Invoice No.: NBS-EX-26O2O6
Seller / Shipper: NINGBO BRIGHTSTAR LIGHTING CO., LTD., Beilun, Ningbo, China
Buyer / Consignee: LIGHTEXPERT LLC, Moscow, Russia
                   INN 77l6O44l53, KPP 77l6OlOOl
From: Ningbo, China   To: St. Petersburg, Russia   Terms: FOB Ningbo
Container l: OSCU4827l66, seal OS26O48l7, pallets l-23
| Item             | Ctns | Pcs   | N.W. kg | G.W. kg |
| LED panel 4OW    | 6OO  | 2,4OO | 4,56O   | 5,O4O   |
| Floodlight lOOW  | 3OO  |   6OO | 2,88O   | 3,l5O   |
| Driver 4OW       |  2O  | l,OOO |   6lO   |   722   |
| Subtotal         | 92O  | 4,OOO | 8,O5O   | 8,9l2   |
Container 2: OSCU5l9O43l, seal OS26O4822, pallets 24-46
| LED panel 4OW    | 6OO  | 2,4OO | 4,57O   | 5,O52   |
| Floodlight lOOW  | 3OO  |   6OO | 2,888   | 3,l58   |
| Driver 4OW       |  2O  | l,OOO |   6l2   |   724   |
| Subtotal         | 92O  | 4,OOO | 8,O7O   | 8,934   |
TOTAL: 46 pallets, l,84O cartons, 8,OOO pcs
N.W. l6,l2O kg   G.W. l7,846 kg   ll8.6 CBM
Shipping marks: LIGHTEXPERT / MOSCOW / C/NO. l-l84O / MADE IN CHINA
""",
        expected={
            "number": "NBS-PL-260206",
            "date": "2026-02-06",
            "total": None,
            "currency": None,
            "parties.buyer.inn": "7716044153",
            "parties.buyer.kpp": "771601001",
            "parties.consignee.inn": "7716044153",
            "parties.consignee.kpp": "771601001",
        },
        noisy=True,
    ),
    # The line agent's delivery order to the terminal for the two containers. It names
    # no money. Both INNs it prints belong to parties without a role.
    HoldoutDocument(
        id="am-en-other-container-delivery-order",
        document_type="other",
        language="en",
        text="""\
ORIENT STAR SHIPPING LLC (ООО «Ориент Стар Шиппинг»)
General agents in Russia for ORIENT STAR CONTAINER LINES LTD.
31 Bolshaya Morskaya St., office 5, St. Petersburg 191186, Russia   INN 7841773185

                                    DELIVERY ORDER
No. DO-SPB-260330-0117                                                     Date: 30 March 2026

To:      Nevsky Container Terminal LLC, 5 Gapsalskaya St., St. Petersburg
Please deliver to VECTOR TRANSIT LLC, forwarding agent of the consignee LIGHTEXPERT LLC
(INN 7716044153), or to their order, the following containers:

B/L No.:          OSCLNGB2602147                  Vessel / voyage: ORIENT HARMONY / 026W
Port of loading:  Ningbo, China                   Discharged at St. Petersburg: 27 March 2026

| Container   | Type | Seal      | Packages   | Gross weight, kg |
|-------------|------|-----------|------------|------------------|
| OSCU4827166 | 40HC | OS2604817 | 23 pallets |            8,912 |
| OSCU5190431 | 40HC | OS2604822 | 23 pallets |            8,934 |

Freight and the line's local charges are settled. Original B/L surrendered on 30 March 2026.
Release is subject to customs clearance (transit declaration to the inland warehouse).
Combined free time: 14 days from discharge, until 9 April 2026 inclusive. Detention after that
date is charged at the line's tariff.
Empty containers are to be returned to the Vostochny-Logistic depot, Moscow.
This delivery order is valid until 9 April 2026.

For and on behalf of the carrier ORIENT STAR CONTAINER LINES LTD.
Orient Star Shipping LLC, import documentation ____________ E. D. Polyakova
""",
        expected={
            "number": "DO-SPB-260330-0117",
            "date": "2026-03-30",
            "total": None,
            "currency": None,
        },
    ),
]

_PERSONAL_PAPERS = [
    # A screenshot of the port's payment receipt for the inspection gate pass paid by
    # the UAE agent.
    HoldoutDocument(
        id="am-en-receipt-jebel-ali-port-screenshot",
        document_type="receipt",
        language="en",
        text="""\
Screenshot_2O26-O2-24-l6-O8-5l.png
JEBEL ALI PORT e-SERVICES                         Print | Download PDF
PAYMENT RECEIPT
Receipt No:    RCPT-26-O224-77l83
Date:          24-Feb-2O26 l6:O5
Paid by:       GULF HORIZON SHIPPING AGENCY LLC (customer code 4O87l)
Service:       Container inspection gate pass
Container:     OSCU3O7625O   Vessel: GULF PEARL / O8O9E
Amount:        AED l2O.OO
VAT 5%:        AED 6.OO
Total paid:    AED l26.OO
Payment:       e-Dirham card ****22O9, approved, auth 58l2O3
Port TRN:      lOO29l846573OO3
Thank you for using Jebel Ali Port e-Services
""",
        expected={
            "number": "RCPT-26-0224-77183",
            "date": "2026-02-24",
            "total": "126.00",
            "currency": "AED",
        },
        noisy=True,
    ),
    # A scan of the Turkish driver's passport page. The T.C. Kimlik number is a
    # personal number, and the machine-readable zone reads cleanly.
    HoldoutDocument(
        id="am-en-passport-turkish-driver-scan",
        document_type="passport",
        language="en",
        text="""\
TÜRKİYE CUMHURİYETİ / REPUBLIC OF TÜRKİYE
PASAPORT / PASSPORT
Tipi / Type  P     Ülke kodu / Country code  TUR     Pasaport No / Passport No  U4l968273
Soyadı / Surname
KARACA
Adı / Given names
HASAN
Uyruğu / Nationality  T.C. / TURKISH
Doğum tarihi / Date of birth  l4 EYL/SEP 8l        T.C. Kimlik No  384729l655O
Cinsiyeti / Sex  E/M     Doğum yeri / Place of birth  İSTANBUL
Veriliş tarihi / Date of issue  O8 HAZ/JUN 2l
Geçerlilik tarihi / Date of expiry  O7 HAZ/JUN 3l
Makam / Authority  İSTANBUL İL NÜFUS VE VATANDAŞLIK MÜD.

P<TURKARACA<<HASAN<<<<<<<<<<<<<<<<<<<<<<<<<<
U419682730TUR8109149M310607338472916550<<<84
""",
        expected={
            "number": "U41968273",
            "date": "2021-06-08",
            "total": None,
            "currency": None,
        },
        noisy=True,
    ),
    # The forwarder's power of attorney appointing the UAE agent at Jebel Ali. It caps
    # the port charges the agent may pay in dollars, which is no document value.
    HoldoutDocument(
        id="am-en-power-of-attorney-uae-agent",
        document_type="power_of_attorney",
        language="en",
        text="""\
                                   POWER OF ATTORNEY No. VT/POA-2026/04
Moscow                                                                                 20 January 2026

VECTOR TRANSIT LLC, a company registered in the Russian Federation under OGRN 1197720619854,
INN 7722041584, KPP 772201001, with its registered office at 50 Aviamotornaya St., bldg. 2,
office 417, Moscow 111024, holding USD account 40702840112422216798 with JSC CB Stolichny Credit,
Moscow, BIK 044525318, correspondent account 30101810100000000318, SWIFT STKRRUMM, represented by
its General Director Andrey V. Belousov, acting under the Charter (the "Principal"),

hereby authorises

GULF HORIZON SHIPPING AGENCY L.L.C., Office 1204, JAFZA One, Jebel Ali Free Zone, Dubai, UAE,
TRN 100384726190003 (the "Agent"),

to act on behalf of the Principal at the port of Jebel Ali, namely:
1. to book, receive and hand over containers consigned to or by the Principal's clients;
2. to sign transshipment, customs transit and port documents with Dubai Customs and the port;
3. to pay port storage, inspection and documentation charges on the Principal's behalf, up to
   USD 15,000.00 per shipment, to be reimbursed against the Agent's certificate of services;
4. to receive and forward original bills of lading.

The Agent may not sub-delegate these powers. This power of attorney is valid until 31 December 2026.

For VECTOR TRANSIT LLC
General Director ____________ A. V. Belousov                                              (seal)
""",
        expected={
            "number": "VT/POA-2026/04",
            "date": "2026-01-20",
            "total": None,
            "currency": "USD",
            "parties.principal.inn": "7722041584",
            "parties.principal.kpp": "772201001",
            "parties.principal.bik": "044525318",
            "parties.principal.account": "40702840112422216798",
        },
    ),
    # The UAE agent's letter on the vessel that omitted Jebel Ali. It names dirham
    # charges and has no party labels.
    HoldoutDocument(
        id="am-en-letter-uae-agent-vessel-delay",
        document_type="letter",
        language="en",
        text="""\
GULF HORIZON SHIPPING AGENCY L.L.C.
Office 1204, JAFZA One, Jebel Ali Free Zone, Dubai, UAE   Tel. +971 4 881 5526

Our ref.: GHSA/OPS/26/0219                                               19 February 2026
Your ref.: VT-JEA-2602

Vector Transit LLC
Attn.: Ms D. Martynova, Sea Freight Department
Moscow, Russia

Subject: Containers OSCU3076250 and OSCU6128548 - delay at Jebel Ali

Dear Ms Martynova,

We regret to inform you that the feeder vessel GULF STAR, voyage 0714E, omitted its call at
Jebel Ali on 18 February 2026 because of berth congestion. Your two containers, transshipped ex
Mundra, have been rolled over to the next vessel GULF PEARL, voyage 0809E, with an estimated time
of departure of 25 February 2026 and arrival at Novorossiysk around 9 March 2026.

Until loading, the containers remain in the transshipment yard. The port charges storage from
19 February 2026 at AED 85.00 per container per day, and Dubai Customs may select the boxes for
inspection, in which case a gate pass fee of AED 126.00 applies. We will pay these charges under
your power of attorney and include them in our certificate of services.

Please confirm that your client accepts the new schedule. We apologise for the inconvenience.

Yours faithfully,
Rashid Al Marzouqi
Operations Manager
""",
        expected={
            "number": "GHSA/OPS/26/0219",
            "date": "2026-02-19",
            "total": None,
            "currency": "AED",
        },
    ),
]

ENGLISH_DOCUMENTS_AM = [
    *_INVOICES,
    *_SETTLEMENT_PAPERS,
    *_SHIPPING_PAPERS,
    *_PERSONAL_PAPERS,
]
