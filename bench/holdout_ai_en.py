"""English documents of set AI. `bench.holdout_ai` describes the set and its labels."""

# Document texts reproduce printed lines up to 110 characters wide, and noisy ones
# longer lines where a scan ran table columns together.
# ruff: noqa: E501

from .holdout import HoldoutDocument

_INVOICES = [
    # A German maker's commercial invoice for two ultrasound systems to the Russian
    # distributor: CIP with Incoterms, HS codes and the origin. The seller's USt-IdNr.
    # and IBAN are foreign and not labelled.
    HoldoutDocument(
        id="ai-en-invoice-german-ultrasound-maker",
        document_type="invoice",
        language="en",
        text="""\
KESSLER SONOMED GmbH
Fördeufer 17 · 24159 Kiel · Germany
Tel. +49 431 5572 180 · export@kessler-sonomed.example
Amtsgericht Kiel HRB 21847 KI · USt-IdNr. DE284617390
Managing Directors: Dr. Henrik Kessler, Anja Voss

                              COMMERCIAL INVOICE No. KS-2026-00417

Invoice date:      10 February 2026
Dispatch date:     13 February 2026, air freight, AWB 617-48173624
Buyer/Consignee:   OOO "MedVision Trade" (ООО «МедВижн Трейд»)
                   Sushchevsky Val 18, bldg. 2, 127018 Moscow, Russian Federation
                   INN 7729463183, KPP 772901001
Contract:          KS-MVT/2025-08 of 18 September 2025, purchase order MVT-PO-0126 of 21 January 2026
Delivery terms:    CIP Moscow Sheremetyevo Airport (Incoterms 2020)
Payment terms:     30 days net from the invoice date, by bank transfer
Country of origin: Germany

| Pos | Description                                     | HS code    | Qty | Unit price EUR | Amount EUR |
| 1   | Ultrasound diagnostic system SX-7, with 3       | 9018 12 00 |   2 |      48,600.00 |  97,200.00 |
|     | transducers, S/N SX7-2602-01183 and -01184      |            |     |                |            |
| 2   | Convex transducer C5-1, spare                   | 9018 12 00 |   2 |       3,150.00 |   6,300.00 |
| 3   | Medical thermal video printer VP-8              | 8443 32 10 |   2 |       1,240.00 |   2,480.00 |

Goods subtotal                                                                       EUR 105,980.00
Freight and insurance to Moscow (CIP)                                                  EUR 2,860.00
Total invoice amount                                                                 EUR 108,840.00
VAT 0%: tax-exempt export delivery (§ 4 No. 1a in conjunction with § 6 UStG)

5 packages, gross weight 412.0 kg, net weight 338.5 kg. Packing list PL-KS-2026-00417 attached.
Registration certificate of the Russian Federation: РЗН 2024/22618 of 14 November 2024.

Bank: Kieler Förde Bank AG, Kiel
IBAN: DE76210903170048172635
BIC: KFOBDE21XXX

Kessler Sonomed GmbH, Export Department ____________ Jonas Brandt
""",
        expected={
            "number": "KS-2026-00417",
            "date": "2026-02-10",
            "total": "108840.00",
            "currency": "EUR",
            "parties.buyer.inn": "7729463183",
            "parties.buyer.kpp": "772901001",
        },
    ),
    # A Dubai stand builder's tax invoice received by fax: look-alike letters, O for
    # 0 and a fax header dated the next day. The total is the full value with VAT
    # 5%, not the advance received or the balance due.
    HoldoutDocument(
        id="ai-en-invoice-dubai-exhibition-stand-fax",
        document_type="invoice",
        language="en",
        noisy=True,
        text="""\
13-JAN-2O26 11:O4  FROM: +971 4 38O 2217  FALCON BOOTH BUILDERS      P.O1/O1
FALCON BOOTH BUILDERS FZ-LLC
Office 1O7, Building 4, Dubai Production City, Dubai, UAE
TRN 1OO2846173OOOO3
                          TAX INVOICE
Invoice No: FBB-INV-26-OO93           Date: 12-Jan-2026
Client: MEDVISION TRADE LLC, MOSCOW, RUSSIA   INN 7729463l83   KPP 7729O1OO1
Event: GULF MEDTECH EXPO 2O26, Dubai, 26-29 Jan 2O26, Hall 3, Stand 3-C14, 36 sqm
Ref: quotation Q-2611 accepted 2O-Nov-2O25
| Description                        | Qty |  Rate AED  | Amount AED |
| Stand design and build, 36 sqm      | 36 | 1,45O.OO   | 52,2OO.OO |
| Graphics and lightboxes             |  1 | 8,6OO.OO   |  8,6OO.OO |
| Furniture rental                    |  1 | 6,35O.OO   |  6,35O.OO |
| Electrical connection 15 kW         |  1 | 3,1OO.OO   |  3,1OO.OO |
 Subtotal                                      AED 7O,25O.OO
 VAT 5%                                        AED  3,512.5O
 TOTAL                                         AED 73,762.5O
 Less advance received 15-Dec-2O25 (5O%)       AED 36,881.25
 BALANCE DUE by 2O-Jan-2O26                    AED 36,881.25
Bank: Al Seef Commercial Bank PJSC, Dubai   IBAN AE46O87OOOOO12748391602   SWIFT ASCBAEAD
Authorised signatory _______  R. Menon        [stamp: FALC0N BOOTH BUILDERS FZ-LLC * DUBAI]
""",
        expected={
            "number": "FBB-INV-26-0093",
            "date": "2026-01-12",
            "total": "73762.50",
            "currency": "AED",
            "parties.buyer.inn": "7729463183",
            "parties.buyer.kpp": "772901001",
        },
    ),
    # A UK publisher invoices a Russian publisher for the first half of an advance
    # against royalties and a permission fee, outside the scope of UK VAT. The whole
    # advance and the second instalment are not the total.
    HoldoutDocument(
        id="ai-en-invoice-uk-publisher-translation-rights",
        document_type="invoice",
        language="en",
        text="""\
THAMESBRIDGE ACADEMIC PUBLISHING LTD
Rights & Permissions · 14 Broad Walk, Oxford OX1 4HD, United Kingdom
Registered in England and Wales No. 04718263 · VAT Reg. No. GB 694 2819 93
rights@thamesbridge-academic.example

                                         INVOICE

Invoice No.:     TAP-RL-2026-044
Invoice date:    6 March 2026
Due date:        5 April 2026
Customer:        Kafedra Publishing House LLC (ООО «Издательство «Кафедра»»)
                 82 Marata St., office 41, St Petersburg 191119, Russian Federation
                 INN 7806312495, KPP 780601001
Agreement:       Translation Licence Agreement TAP/RU/2025/117 dated 14 November 2025
Work:            "Point-of-Care Ultrasound in General Practice", 2nd edition, by E. Hartley and R. Okoye,
                 Russian-language print and e-book rights for 5 years

| Description                                                          |        GBP |
| Advance against royalties, first instalment (50% of GBP 13,000.00)   |   6,500.00 |
| Permission fee for 60 illustrations and tables                       |   1,200.00 |
| Total due                                                            |   7,700.00 |

VAT: outside the scope of UK VAT (services supplied to a business customer outside the UK).
Royalties of 8% of the licensee's net receipts on print copies and 15% on e-book copies are set
against the advance and reported half-yearly to 30 June and 31 December. The second instalment of
the advance, GBP 6,500.00, falls due on publication of the translation.

Please pay by bank transfer quoting the invoice number.
Bank: Cherwell & Lambeth Bank plc, Oxford · Sort code 20-84-17 · Account No. 63518240
IBAN: GB68CLRB20841763518240
SWIFT/BIC: CLRBGB2L

Claire Whitmore, Rights Manager
""",
        expected={
            "number": "TAP-RL-2026-044",
            "date": "2026-03-06",
            "total": "7700.00",
            "currency": "GBP",
            "parties.buyer.inn": "7806312495",
            "parties.buyer.kpp": "780601001",
        },
    ),
]

_ACTS_UPDS_AND_PAYMENTS = [
    # A certificate of services rendered between two Russian companies, written in
    # English: an online broadcast of a conference, VAT 22% on top, amount in words.
    HoldoutDocument(
        id="ai-en-act-conference-broadcast",
        document_type="act",
        language="en",
        text="""\
Stream Technologies LLC (ООО «Стрим Технолоджис»)
INN 7715629135 · KPP 771501001 · OGRN 1227700195645
12 Nizhnyaya Syromyatnicheskaya St., bldg. 5, Moscow 105120
Account 40702810710000073465 with JSC "Bank Stolichny Kredit", Moscow, BIK 044525263,
correspondent account 30101810200000000263

                     CERTIFICATE OF SERVICES RENDERED No. ST-26/031
Moscow                                                                           28 March 2026

Contractor: Stream Technologies LLC
Customer:   Altamed Pharma LLC, INN 7714380520, KPP 771401001, 35 Valovaya St., Moscow 115054
Agreement:  Services Agreement No. ST-2026/014 dated 2 March 2026
Event:      scientific and practical conference "Cardiology in Outpatient Practice",
            Nizhny Novgorod, 26-27 March 2026, online broadcast

| No. | Service                                                  | Unit    | Qty | Price, RUB | Amount, RUB |
| 1   | Live broadcast: 3 cameras, director, engineer            | day     |   2 | 145,000.00 |  290,000.00 |
| 2   | Streaming platform and online registration               | service |   1 |  96,000.00 |   96,000.00 |
| 3   | Simultaneous interpretation channel, Russian and English | day     |   2 |  58,000.00 |  116,000.00 |
| 4   | Editing of recordings, 11 talks                          | service |   1 |  42,000.00 |   42,000.00 |
|     | Total excluding VAT                                      |         |     |            |  544,000.00 |
|     | VAT 22%                                                  |         |     |            |  119,680.00 |
|     | Total including VAT                                      |         |     |            |  663,680.00 |

Amount in words: six hundred sixty-three thousand six hundred eighty roubles 00 kopecks.

The services have been rendered in full and on time: 612 online participants registered, the
peak audience was 418 viewers, and the recordings were delivered by link on 28 March 2026.
The Customer has no claims regarding the scope, quality or timing of the services.
Payment within 10 banking days under invoice No. 31 of 28 March 2026.

Contractor                                          Customer
General Director                                    Director of Medical Affairs
____________ A. V. Orlov                            ____________ K. S. Ignatova
""",
        expected={
            "number": "ST-26/031",
            "date": "2026-03-28",
            "total": "663680.00",
            "currency": "RUB",
            "parties.seller.inn": "7715629135",
            "parties.seller.kpp": "771501001",
            "parties.seller.bik": "044525263",
            "parties.seller.account": "40702810710000073465",
            "parties.buyer.inn": "7714380520",
            "parties.buyer.kpp": "771401001",
        },
    ),
    # A translated UPD for medical consumables at VAT 10%, scanned: look-alike
    # letters and a translator's note dated two days later. Line (5) cites the
    # prepayment, and the consignee is printed without an INN.
    HoldoutDocument(
        id="ai-en-upd-translation-medical-consumables-scan",
        document_type="upd",
        language="en",
        noisy=True,
        text="""\
Translation from Russian
UNIVERSAL TRANSFER DOCUMENT                         Status: l
Invoice No. 936 dated 1O.O3.2O26 (1)      Correction No. -- dated -- (1a)
Seller: Sterilayn LLC (2)
Address: 17O1OO, Tver, Sovetskaya St., 51, office 3 (2a)
Seller's INN/KPP: 695Ol72383/695OO1OO1 (2b)
Shipper and its address: the same (3)
Consignee and its address: Ladoga-Med Medical Centre LLC, l97342, St Petersburg, Serdobolskaya St., 64 (4)
To payment document No. 3l8 dated 26.O2.2O26 (5)
Buyer: Ladoga-Med Medical Centre LLC (6)
Buyer's INN/KPP: 78l4629O3O/78l4O1OO1 (6b)
Currency: Russian rouble, 643 (7)
| 1 | Disposable syringe 5 ml, 3-part | pcs | 6,OOO | 4.8O | 28,8OO.OO | 1O% | 2,88O.OO | 31,68O.OO |
| 2 | Examination gloves, nitrile, size M, 1OO pcs/box | box | 24O | 465.OO | 111,6OO.OO | 1O% | 11,16O.OO | 122,76O.OO |
| 3 | Medical face mask, 3-ply, 5O pcs/box | box | 3OO | 118.OO | 35,4OO.OO | 1O% | 3,54O.OO | 38,94O.OO |
| 4 | Ultrasound gel, 5 l canister | pcs | 4O | 62O.OO | 24,8OO.OO | 1O% | 2,48O.OO | 27,28O.OO |
Total payable | 2OO,6OO.OO | X | 2O,O6O.OO | 22O,66O.OO
Basis: supply contract No. 12-P/2O25 dated O3.12.2O25, invoice No. ST-O118 dated l9.O2.2O26
Goods handed over: storekeeper ____ Ivanova T. S. 1O.O3.2O26
Goods received: senior nurse ____ Orlova M. V. 11.O3.2O26
Translator's note: translated from Russian into English by A. N. Petrova on l2.O3.2O26.
""",
        expected={
            "number": "936",
            "date": "2026-03-10",
            "total": "220660.00",
            "currency": "RUB",
            "parties.seller.inn": "6950172383",
            "parties.seller.kpp": "695001001",
            "parties.buyer.inn": "7814629030",
            "parties.buyer.kpp": "781401001",
        },
    ),
    # The bank's print of the MT103 that pays the German invoice. It is numbered by
    # field 20 and dated by the value date of field 32A. The payer is labelled with
    # the EUR account of field 50K and the sending bank's BIK.
    HoldoutDocument(
        id="ai-en-payment-order-mt103-equipment",
        document_type="payment_order",
        language="en",
        text="""\
JSC "BANK STOLICHNY KREDIT", MOSCOW                    BIK 044525263    SWIFT BSTKRUMMXXX
Correspondent account 30101810200000000263
OUTGOING PAYMENT - SWIFT MT103 (client copy)                           Printed: 06.03.2026 15:22

:20:  Sender's Reference
      MVT260306-01
:23B: Bank Operation Code
      CRED
:32A: Value Date / Currency / Interbank Settled Amount
      260306EUR108840,00
      Value date: 06.03.2026          Amount: EUR 108,840.00
:50K: Ordering Customer
      /40702978710000028462
      MEDVISION TRADE LLC
      INN 7729463183 KPP 772901001
      SUSHCHEVSKY VAL 18 BLDG 2, MOSCOW 127018 RU
:52A: Ordering Institution
      BSTKRUMMXXX
:57A: Account With Institution
      KFOBDE21XXX
      KIELER FOERDE BANK AG, KIEL
:59:  Beneficiary Customer
      /DE76210903170048172635
      KESSLER SONOMED GMBH
      FOERDEUFER 17, 24159 KIEL, DE
:70:  Remittance Information
      INV KS-2026-00417 DD 10.02.2026 CONTRACT KS-MVT/2025-08 DD 18.09.2025 MEDICAL EQUIPMENT
:71A: Details of Charges
      OUR

Currency control: unique contract number 25090018/0263/0041/2/1
Status: EXECUTED 06.03.2026 14:58                          Operator: N. Kuzmina
""",
        expected={
            "number": "MVT260306-01",
            "date": "2026-03-06",
            "total": "108840.00",
            "currency": "EUR",
            "parties.payer.inn": "7729463183",
            "parties.payer.kpp": "772901001",
            "parties.payer.bik": "044525263",
            "parties.payer.account": "40702978710000028462",
        },
    ),
]


_OTHER_TYPES = [
    # A Turkish resort's group and meeting agreement with a Russian pharmaceutical
    # company. Its total is the contracted value, not a deposit. The hotel's Vergi No
    # and IBAN are foreign and not labelled.
    HoldoutDocument(
        id="ai-en-contract-resort-group-meeting",
        document_type="contract",
        language="en",
        text="""\
LYKIA BAY RESORT & CONGRESS CENTRE
Lykia Bay Turizm Otelcilik A.Ş. · Kemer Yolu 42, Göynük, 07994 Kemer/Antalya, Türkiye
Tax office Kemer · Vergi No 6080417325 · groups@lykiabay.example

                       GROUP AND MEETING AGREEMENT No. LB-GRP-2026-0114
Date of agreement: 18 February 2026

Hotel:   Lykia Bay Turizm Otelcilik A.Ş. (the "Hotel")
Client:  Altamed Pharma LLC, 35 Valovaya St., floor 6, Moscow 115054, Russian Federation,
         INN 7714380520, KPP 771401001 (the "Client"), represented by Ms Yulia Gromova, events
         manager, acting under power of attorney No. 14/2026-D dated 5 February 2026
Event:   Altamed Regional Medical Forum, 80 participants
Dates:   arrival 21 May 2026, departure 25 May 2026 (4 nights)

1. SERVICES AND PRICES (EUR, Turkish VAT and accommodation tax included)
| Service                                               | Quantity            | Unit price |    Amount |
| Room block, Deluxe room, single use, half board       | 80 rooms x 4 nights |     165.00 | 52,800.00 |
| Full-day meeting package (hall, coffee breaks, lunch) | 80 persons x 3 days |      58.00 | 13,920.00 |
| Gala dinner with open bar                             | 80 persons          |      72.00 |  5,760.00 |
| Airport transfers Antalya (AYT) - hotel - AYT         | 160 transfers       |      18.00 |  2,880.00 |
| Total contracted value                                                                | EUR 75,360.00 |

2. PAYMENT SCHEDULE
2.1. First deposit, 30%: EUR 22,608.00, due by 2 March 2026.
2.2. Second deposit, 40%: EUR 30,144.00, due by 20 April 2026.
2.3. Balance, 30%: EUR 22,608.00, due by 18 May 2026 against the final rooming list.
2.4. Payments are made by bank transfer to Anadolu Sahil Bankası A.Ş., Antalya branch,
     IBAN: TR570018300000418273956124, SWIFT ASHBTRIS, quoting the agreement number.

3. ATTRITION AND CANCELLATION
3.1. Until 21 April 2026 the Client may reduce the room block by up to 10% (8 rooms) free of charge.
     Later reductions are charged at 100% of the room revenue of the released rooms.
3.2. Cancellation of the whole event: 30% of the contracted value until 21 March 2026, 70% until
     21 April 2026 and 100% afterwards.

4. GOVERNING LAW
This Agreement is governed by the laws of the Republic of Türkiye. Disputes are settled by the
courts of Antalya. The Agreement is made in two copies in English, one for each party.

For the Hotel                                     For the Client
Director of Sales                                 Events Manager, by POA No. 14/2026-D
____________ Deniz Aydın                          ____________ Yulia Gromova
""",
        expected={
            "number": "LB-GRP-2026-0114",
            "date": "2026-02-18",
            "total": "75360.00",
            "currency": "EUR",
            "parties.buyer.inn": "7714380520",
            "parties.buyer.kpp": "771401001",
        },
    ),
    # The air waybill of the ultrasound systems, scanned in upper case: look-alike
    # letters and boxes run together. The charges are freight, not a document value,
    # so it has no total label. The Russian consignee is labelled.
    HoldoutDocument(
        id="ai-en-waybill-air-ultrasound-scan",
        document_type="waybill",
        language="en",
        noisy=True,
        text="""\
617-48173624                                                    617 FRA 48173624
SHIPPER'S NAME AND ADDRESS          NOT NEGOTIABLE  AIR WAYBILL  ISSUED BY AEROBALTIC CARGO
KESSLER SONOMED GMBH, FOERDEUFER 17, 24159 KIEL, GERMANY
CONSIGNEE'S NAME AND ADDRESS
OOO MEDVISION TRADE, SUSHCHEVSKY VAL l8 BLDG 2, l27Ol8 MOSCOW, RUSSIA
INN 7729463l83  KPP 7729O1OO1  TEL +7 495 6482710
ISSUING CARRIER'S AGENT: NORDSPED AIR LOGISTICS GMBH, FRANKFURT   IATA CODE 23-4 7l82/OO41
AIRPORT OF DEPARTURE FRANKFURT (FRA) TO SVO BY AB  FLIGHT/DATE AB 4l72/l3 FEB 2O26
CURRENCY EUR  CHGS CODE PP  WT/VAL PPD  OTHER PPD  DECLARED VALUE FOR CARRIAGE NVD  FOR CUSTOMS NCV
HANDLING INFORMATION: FRAGILE - MEDICAL EQUIPMENT - DO NOT STACK - INV KS-2O26-OO4l7
NO OF PIECES 5 | GROSS WEIGHT 4l2.O K | RATE CLASS Q | CHARGEABLE WEIGHT 4l2.O | RATE 2.35 | TOTAL 968.2O
NATURE AND QUANTITY OF GOODS: ULTRASOUND DIAGNOSTIC SYSTEMS AND ACCESSORIES, DIMS 1.98 M3
PREPAID WEIGHT CHARGE 968.2O
OTHER CHARGES: AWC 25.OO  FSC 2l8.36  SSC 49.44   TOTAL OTHER CHARGES DUE CARRIER 292.8O
TOTAL PREPAID 1,26l.OO
EXECUTED ON l3 FEB 2O26 AT FRANKFURT   SIGNATURE OF ISSUING CARRIER OR ITS AGENT  M. BRANDT
""",
        expected={
            "number": "617-48173624",
            "date": "2026-02-13",
            "currency": "EUR",
            "parties.consignee.inn": "7729463183",
            "parties.consignee.kpp": "772901001",
        },
    ),
    # The German maker's packing list. It names no money. The buyer is printed as
    # "Buyer/Consignee" and labelled under both roles.
    HoldoutDocument(
        id="ai-en-packing-list-ultrasound-maker",
        document_type="packing_list",
        language="en",
        text="""\
KESSLER SONOMED GmbH · Fördeufer 17 · 24159 Kiel · Germany

                                PACKING LIST No. PL-KS-2026-00417
                                     Date: 11 February 2026

Commercial invoice:  KS-2026-00417 of 10 February 2026
Buyer/Consignee:     OOO "MedVision Trade", Sushchevsky Val 18, bldg. 2, 127018 Moscow, Russia
                     INN 7729463183 / KPP 772901001
Transport:           air freight Frankfurt (FRA) - Moscow Sheremetyevo (SVO), AWB 617-48173624
Marks and numbers:   KESSLER / MEDVISION / MOSCOW / KS-2026-00417 / 1-5

| Case | Contents                                          | Dimensions, cm | Net, kg | Gross, kg |
| 1    | SX-7 main unit, S/N SX7-2602-01183                | 98 x 72 x 158  |   124.0 |     148.5 |
| 2    | SX-7 main unit, S/N SX7-2602-01184                | 98 x 72 x 158  |   124.0 |     148.5 |
| 3    | Transducers (6 with the systems, 2 spare C5-1)    | 80 x 60 x 45   |    38.5 |      46.0 |
| 4    | Thermal video printers VP-8 (2 pcs)               | 60 x 50 x 40   |    14.0 |      18.0 |
| 5    | Accessories, cables, user manuals in Russian      | 80 x 60 x 60   |    38.0 |      51.0 |
| Total: 5 packages (wooden crates and cartons)                          |   338.5 |     412.0 |

Crates 1 and 2 carry shock and tilt indicators. Store at +5 to +40 °C, keep dry, do not stack.
Packaging wood treated according to ISPM 15, mark DE-SH 49217 HT.

Packed by: ____________ T. Schulte, shipping department
""",
        expected={
            "number": "PL-KS-2026-00417",
            "date": "2026-02-11",
            "total": None,
            "currency": None,
            "parties.buyer.inn": "7729463183",
            "parties.buyer.kpp": "772901001",
            "parties.consignee.inn": "7729463183",
            "parties.consignee.kpp": "772901001",
        },
    ),
    # A Russian bank's English statement of the distributor's EUR account: a purchase
    # of euros, the MT103 to the German maker and a fee. The RUB account named in
    # the purchase line is a counterparty line, not the holder's labelled account.
    HoldoutDocument(
        id="ai-en-bank-statement-eur-account",
        document_type="bank_statement",
        language="en",
        text="""\
JSC "Bank Stolichny Kredit", Moscow · BIK 044525263 · SWIFT BSTKRUMMXXX
Correspondent account 30101810200000000263

                                   ACCOUNT STATEMENT No. 21
                                       for 06.03.2026

Account:         40702978710000028462 (EUR, current currency account)
Account holder:  MedVision Trade LLC, INN 7729463183, KPP 772901001
Previous statement: No. 20 of 27.02.2026

Opening balance on 06.03.2026                                                      EUR 131,204.35

| Date       | Ref.         | Counterparty and purpose                             |      Debit |    Credit |
| 06.03.2026 | 4            | Purchase of EUR under order No. 4 of 05.03.2026,     |            | 25,000.00 |
|            |              | debited from RUB account 40702810510000028461,       |            |           |
|            |              | rate 91.8540                                         |            |           |
| 06.03.2026 | MVT260306-01 | Kessler Sonomed GmbH, DE76210903170048172635,        | 108,840.00 |           |
|            |              | KFOBDE21XXX, invoice KS-2026-00417, contract         |            |           |
|            |              | KS-MVT/2025-08                                       |            |           |
| 06.03.2026 | 18           | Bank fee for the SWIFT transfer, charges OUR         |      45.00 |           |

Turnover                                                               108,885.00     25,000.00
Closing balance on 06.03.2026                                                       EUR 47,319.35

The statement was generated on 07.03.2026 at 08:02 and does not require a signature.
""",
        expected={
            "number": "21",
            "date": "2026-03-06",
            "currency": "EUR",
            "parties.account_holder.inn": "7729463183",
            "parties.account_holder.kpp": "772901001",
            "parties.account_holder.bik": "044525263",
            "parties.account_holder.account": "40702978710000028462",
        },
    ),
    # A London hotel folio, photographed: look-alike letters and O for 0. It is
    # numbered by its folio number and dated by the departure and payment. The
    # arrival "12/04/2026" could be read month first, but the folio is British.
    HoldoutDocument(
        id="ai-en-receipt-london-hotel-folio-photo",
        document_type="receipt",
        language="en",
        noisy=True,
        text="""\
IMG_4417.HEIC
        HARCOURT RIVERSIDE HOTEL
   12 Lambeth Quay, London SE1 7TQ, United Kingdom
   Tel +44 2O 7946 O183   VAT Reg No GB 318 4726 49
GUEST FOLIO / TAX INVOICE             Folio No. O73l845
Guest: Dr Pavel Averin                Room 6l4   Rate code CONF-IPUC
Company: Averin Clinic LLC, Yaroslavl, Russia
Arrival l2/O4/2O26   Departure 16/04/2026   Nights 4   Adults 1
Date        Description                    Charges GBP    Payments GBP
l2/O4/2O26  Room charge, Superior King          2l9.OO
l2/O4/2O26  Breakfast                            24.5O
l3/O4/2O26  Room charge, Superior King          2l9.OO
l3/O4/2O26  Breakfast                            24.5O
l4/O4/2O26  Room charge, Superior King          2l9.OO
l4/O4/2O26  Breakfast                            24.5O
l4/O4/2O26  Minibar                              l7.4O
l5/O4/2O26  Room charge, Superior King          2l9.OO
l5/O4/2O26  Breakfast                            24.5O
16/04/2026  Visa ****44l7                                      99l.4O
Total charges                                   99l.4O
Total payments                                                 99l.4O
Balance due                                       O.OO
VAT summary: net 826.l7   VAT 2O% l65.23   gross 99l.4O
Cashier: RZ          Thank you for staying with us
""",
        expected={
            "number": "0731845",
            "date": "2026-04-16",
            "total": "991.40",
            "currency": "GBP",
        },
    ),
    # The congress organiser's receipt for a delegate's registration, paid by his
    # clinic. The clinic under "Received from" is labelled as buyer.
    HoldoutDocument(
        id="ai-en-receipt-congress-registration",
        document_type="receipt",
        language="en",
        text="""\
MERIDIAN MEDICAL MEETINGS LTD
Congress Secretariat IPUC 2026 · 4th Floor, 27 Farrier Street, London EC1M 4RJ, United Kingdom
Company No. 09847162 · VAT Reg No GB 271 5839 39 · registration@ipuc2026.example

                                  RECEIPT No. MMM-R-2026-01842
                                    Date: 19 January 2026

Received from:  Averin Clinic LLC (ООО «Клиника доктора Аверина»)
                41 Respublikanskaya St., Yaroslavl 150003, Russian Federation
                INN 7604182356, KPP 760401001
Delegate:       Dr Pavel Averin, registration ID IPUC26-0748
Congress:       International Point-of-Care Ultrasound Congress (IPUC 2026), London, 13-15 April 2026

| Item                                                   | Qty | Net GBP | VAT 20% | Gross GBP |
| Delegate registration, early rate (until 31 January)   |   1 |  640.00 |  128.00 |    768.00 |
| Hands-on workshop "Lung ultrasound at the bedside"     |   1 |  180.00 |   36.00 |    216.00 |
| Total                                                  |     |  820.00 |  164.00 |    984.00 |

TOTAL PAID: GBP 984.00
Payment method: Visa ending 4417, authorisation code 582193, 19/01/2026 11:42 GMT
Balance outstanding: GBP 0.00

UK VAT is charged at the standard rate because admission to the congress is supplied in the UK.
This receipt confirms payment only. Certificates of attendance are issued after the congress.
""",
        expected={
            "number": "MMM-R-2026-01842",
            "date": "2026-01-19",
            "total": "984.00",
            "currency": "GBP",
            "parties.buyer.inn": "7604182356",
            "parties.buyer.kpp": "760401001",
        },
    ),
    # A Canadian speaker's passport, scanned: look-alike letters in the captions, an
    # intact machine-readable zone and the agency's receiving stamp with its own
    # date. Dates print the month in English and French.
    HoldoutDocument(
        id="ai-en-passport-canada-speaker-scan",
        document_type="passport",
        language="en",
        noisy=True,
        text="""\
PАSSPОRT   PАSSEPОRT                                 CАNАDА
Type/Type   Issuing Country/Pays émetteur   Passport No./N° de passeport
P           CAN                             HT482915
Surname/Nom
BRENNAN
Given names/Prénoms
MAEVE CATHERINE
Nationality/Nationalité
CANADIAN/CANADIENNE
Date of birth/Date de naissance        Sex/Sexe   Place of birth/Lieu de naissance
24 JUL /JUIL 81                        F          HALIFAX NS CAN
Date of issue/Date de délivrance       Date of expiry/Date d'expiration
l4 JUN /JUIN 22                        13 JUN /JUIN 32
Issuing Authority/Autorité de délivrance
GATINEAU
P<CANBRENNAN<<MAEVE<CATHERINE<<<<<<<<<<<<<<<
HT482915<3CAN8107248F3206135<<<<<<<<<<<<<<<8
[stamp] ПOЛИЛOГ  ПOЛУЧEHO l7.O3.2O26
""",
        expected={
            "number": "HT482915",
            "date": "2022-06-14",
            "total": None,
            "currency": None,
        },
    ),
    # A Russian company's power of attorney for its events manager to sign hotel and
    # venue agreements abroad. It caps each agreement in euros, so its currency is
    # EUR with no total. The principal prints its bank details.
    HoldoutDocument(
        id="ai-en-power-of-attorney-events-manager",
        document_type="power_of_attorney",
        language="en",
        text="""\
                               POWER OF ATTORNEY No. 14/2026-D

Moscow                                                                        5 February 2026

Altamed Pharma LLC (ООО «Альтамед Фарма»), a company registered in the Russian Federation under
OGRN 1137746154820, INN 7714380520, KPP 771401001, registered address 35 Valovaya St., floor 6,
Moscow 115054, Russia (the "Company"), represented by its General Director Dmitry I. Savelyev,
acting under the Charter, hereby authorises

Ms Yulia Vadimovna Gromova, born on 7 November 1988, Russian passport 45 19 603718 issued on
14 August 2019, events manager of the Company (the "Attorney"),

to act on behalf of the Company in the Republic of Türkiye and the United Arab Emirates, namely:
1. to negotiate and sign group accommodation, meeting and event agreements with hotels and
   congress venues, provided that the value of each agreement does not exceed EUR 250,000.00;
2. to sign rooming lists, amendments on the number of participants and certificates of services
   rendered under such agreements;
3. to receive invoices, vouchers and other documents addressed to the Company.

The Attorney may not delegate these powers to third parties. This power of attorney is valid
until 31 December 2026.

Bank details of the Company: account 40702810610000052874 with JSC "Bank Stolichny Kredit",
Moscow, BIK 044525263, correspondent account 30101810200000000263.

General Director                                  ____________ D. I. Savelyev
Specimen signature of the Attorney                ____________ Yu. V. Gromova
""",
        expected={
            "number": "14/2026-D",
            "date": "2026-02-05",
            "total": None,
            "currency": "EUR",
            "parties.principal.inn": "7714380520",
            "parties.principal.kpp": "771401001",
            "parties.principal.bik": "044525263",
            "parties.principal.account": "40702810610000052874",
        },
    ),
    # The congress organiser's letter of invitation for a visa application. It
    # names the paid fee in pounds, so its currency is GBP with no total. The
    # passport number and the birth date are the delegate's, not the letter's.
    HoldoutDocument(
        id="ai-en-letter-congress-invitation",
        document_type="letter",
        language="en",
        text="""\
MERIDIAN MEDICAL MEETINGS LTD
Congress Secretariat IPUC 2026
4th Floor, 27 Farrier Street, London EC1M 4RJ, United Kingdom
Tel. +44 20 7946 0752 · visa@ipuc2026.example

Our ref.: MMM/VL/2026/0217
3 February 2026

Dr Pavel Gennadievich Averin
Averin Clinic LLC
41 Respublikanskaya St., Yaroslavl 150003, Russian Federation

                                  LETTER OF INVITATION

Dear Dr Averin,

On behalf of the Organising Committee, we are pleased to invite you to attend the International
Point-of-Care Ultrasound Congress (IPUC 2026), which will be held at the Riverside Conference
Centre, London, from 13 to 15 April 2026.

Your registration (ID IPUC26-0748) has been confirmed, and the registration fee of GBP 820.00
plus VAT was paid on 19 January 2026. Your details for the visa application are as follows:

Full name:         AVERIN, PAVEL
Date of birth:     2 September 1976
Passport number:   75 4182937, issued on 11 May 2023, valid until 11 May 2033
Nationality:       Russian Federation

This letter is issued solely to support your application for a UK Standard Visitor visa. It does
not commit Meridian Medical Meetings Ltd to any financial obligation concerning your travel,
accommodation or subsistence. You have booked your accommodation directly at the Harcourt
Riverside Hotel from 12 to 16 April 2026.

Yours sincerely,

Helen Marsh
Registration Manager, IPUC 2026
""",
        expected={
            "number": "MMM/VL/2026/0217",
            "date": "2026-02-03",
            "total": None,
            "currency": "GBP",
        },
    ),
    # The maker's EU declaration of conformity for the ultrasound system: a
    # regulation, a notified body, a certificate with its validity and the
    # distributor's receiving mark carry numbers and dates of their own.
    HoldoutDocument(
        id="ai-en-other-declaration-of-conformity",
        document_type="other",
        language="en",
        text="""\
KESSLER SONOMED GmbH · Fördeufer 17 · 24159 Kiel · Germany
Single registration number (SRN): DE-MF-000018274

                              EU DECLARATION OF CONFORMITY
                          Document No. KS-DoC-SX7-03, revision 3
                         Date of issue: 2 September 2024, Kiel

We, Kessler Sonomed GmbH, declare under our sole responsibility that the medical device

Product:             Ultrasound diagnostic system SX-7 with transducers C5-1, L12-4, P4-2
                     and accessories listed in Annex A
Basic UDI-DI:        426071834SX7DX
Intended purpose:    diagnostic ultrasound imaging and measurement in general, abdominal,
                     cardiac, vascular and musculoskeletal examinations
Risk class:          IIa, according to Annex VIII, Rule 10 of Regulation (EU) 2017/745

is in conformity with the applicable requirements of Regulation (EU) 2017/745 on medical devices.

Conformity assessment procedure:  Annex IX, Chapters I and III
Notified body:                    Nordcert Medical GmbH, Hamburg, NB 2871
Quality management certificate:   NC-MDR-24-1187, valid until 1 September 2029
Standards applied:                EN 60601-1, EN 60601-1-2, EN 60601-2-37, EN ISO 14971, EN 62304

This declaration replaces revision 2 of 15 March 2022 and remains valid while the certificate
above is valid.

Signed for and on behalf of Kessler Sonomed GmbH
Kiel, 2 September 2024            ____________ Dr. Henrik Kessler, Managing Director

Received by OOO "MedVision Trade", quality department, 04.03.2026
""",
        expected={
            "number": "KS-DoC-SX7-03",
            "date": "2024-09-02",
            "total": None,
            "currency": None,
        },
    ),
]

ENGLISH_DOCUMENTS_AI = [
    *_INVOICES,
    *_ACTS_UPDS_AND_PAYMENTS,
    *_OTHER_TYPES,
]
