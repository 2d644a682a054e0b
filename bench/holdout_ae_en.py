"""English documents of set AE. `bench.holdout_ae` describes the set and its labels."""

# Document texts reproduce printed lines up to 110 characters wide.
# ruff: noqa: E501

from .holdout import HoldoutDocument

_INVOICES = [
    # A London law firm bills a Russian client in pounds. The fees are outside the
    # scope of UK VAT, and the client prints its INN and KPP.
    HoldoutDocument(
        id="ae-en-invoice-law-firm-gbp",
        document_type="invoice",
        language="en",
        text="""\
ASHBY MERROW LLP
Solicitors
14 Cullum Yard, London EC3M 7PL, United Kingdom
Tel +44 20 7946 0318 | accounts@ashbymerrow.example
Authorised and regulated by the Solicitors Regulation Authority, SRA No. 648213

                                        INVOICE

Invoice No.:     AM/INV/2026/0148
Invoice date:    5 March 2026
Matter:          SIM/0031 - Lease guarantee, Moscow office premises
Engagement:      Letter of engagement dated 12 January 2026

Bill to:
Stroyinvest-M LLC (OOO "Stroyinvest-M")
33 Shchepkina St., Moscow 129090, Russian Federation
INN 7702141622, KPP 770201001
Attn: Mr Denis Osipov, General Director

Professional services for the period 1-28 February 2026

| Fee earner                 | Hours | Rate (GBP) | Amount (GBP) |
| Partner (E. Marlowe)       |  6.50 |     650.00 |     4,225.00 |
| Associate (J. Okafor)      |  9.00 |     380.00 |     3,420.00 |

Fees                                                      7,645.00
Disbursements: courier of original documents to Moscow      215.00
VAT                                                           0.00
Outside the scope of UK VAT: services supplied to a business customer outside the UK.

TOTAL DUE                                            GBP  7,860.00

Payment within 30 days of the invoice date, by bank transfer quoting the invoice number.
Lombard Hill Bank plc, sort code 40-51-22, account 18473921
IBAN: GB90ASHB40512218473921    BIC: ASHBGB2L
""",
        expected={
            "number": "AM/INV/2026/0148",
            "date": "2026-03-05",
            "total": "7860.00",
            "currency": "GBP",
            "parties.buyer.inn": "7702141622",
            "parties.buyer.kpp": "770201001",
        },
    ),
    # A fax of a Cypriot carrier's invoice for an international leased line: O for 0,
    # l for 1, a fax header with its own date and a reverse charge note.
    HoldoutDocument(
        id="ae-en-invoice-telecom-fax",
        document_type="invoice",
        language="en",
        text="""\
MAR-O4-2O26 11:O2   FROM: NORTHBRIDGE TELECOM   +357 25 O4l 88O        P.O1/O1
NorthBridge Telecom Ltd
2l Archiepiskopou Makariou III Ave, 3O3O Limassol, Cyprus    VAT Reg. CYlO4l8273Q

TAX INVOICE
Invoice No.  NBT-INV-26/O4l2          Invoice date:  March 2, 2O26
Customer:    Uralskie Vesy LLC, 51 Malysheva St., Yekaterinburg 62OO14, Russia
             INN 66Ol642525   KPP 66OlOlOOl
Service ID:  IPLC-EKB-FRA-OO7
Period:      O1.O3.2O26 - 31.O3.2O26

Description                                               Qty        Amount
International private line Yekaterinburg - Frankfurt,      l    USD 3,95O.OO
  l Gbps, monthly fee
Cross-connect, Frankfurt data centre                       l    USD   24O.OO
IP transit overage, 245 GB x USD O.5O                           USD   l22.5O
                                                     ------------------------
TOTAL                                                           USD 4,3l2.5O
VAT: reverse charge, Art. l96 Directive 2OO6/ll2/EC - customer to account for VAT
Payment terms: net 3O days. IBAN CY4l OO2O 75lO OOOO 4628 lO39 O5l7, BIC NBTLCY2L
""",
        expected={
            "number": "NBT-INV-26/0412",
            "date": "2026-03-02",
            "total": "4312.50",
            "currency": "USD",
            "parties.buyer.inn": "6601642525",
            "parties.buyer.kpp": "660101001",
        },
        noisy=True,
    ),
    # A Cypriot hotel's invoice for a Russian company's seminar: rooms at 9% VAT, the
    # hall and coffee breaks at 19%, and a deposit deducted from the balance due.
    HoldoutDocument(
        id="ae-en-invoice-hotel-event-eur",
        document_type="invoice",
        language="en",
        text="""\
LIMASSOL BAY CONFERENCE HOTEL LTD
88 Amathountos Avenue, 4532 Agios Tychonas, Limassol, Cyprus
VAT No. CY10257348X | events@limassolbay.example | +357 25 810 400

INVOICE                                   No.  LBH/EV/2026/031
                                          Date 24/04/2026

Client:  LLC Engineering Company Teploset-Proekt
         62 Nikolaya Ershova St., office 304, Kazan 420061, Russian Federation
         INN 1600798190, KPP 160001001
Event:   Technical seminar "District Heating 2026", 20/04/2026 - 23/04/2026
Booking: LBH/GR/0214

| Description                                   | Qty | Unit price | Net      | VAT  | VAT amount |
| Accommodation, standard double, 7 rooms x 2   |  14 |     145.00 | 2,030.00 |  9%  |     182.70 |
| Conference room "Ariadne", full day           |   2 |     950.00 | 1,900.00 | 19%  |     361.00 |
| Coffee break, 30 guests x 2 per day x 2 days  | 120 |      14.50 | 1,740.00 | 19%  |     330.60 |

Net total                                                 EUR 5,670.00
VAT total                                                 EUR   874.30
Invoice total                                             EUR 6,544.30
Less deposit received 09/02/2026                          EUR 2,000.00
Balance due by 08/05/2026                                 EUR 4,544.30

Bank: Lemesos Cooperative Bank Ltd, BIC LCBCCY2N
IBAN: CY53005012700000357194820316
Please quote the invoice number with your payment.
""",
        expected={
            "number": "LBH/EV/2026/031",
            "date": "2026-04-24",
            "total": "6544.30",
            "currency": "EUR",
            "parties.buyer.inn": "1600798190",
            "parties.buyer.kpp": "160001001",
        },
    ),
]

_ACTS = [
    # A scan of a translated act of cleaning services: O for 0, l for 1 and the
    # translator's certification with its own date.
    HoldoutDocument(
        id="ae-en-act-cleaning-scan",
        document_type="act",
        language="en",
        text="""\
Translation from Russian
CERTIFICATE OF SERVICES RENDERED (ACT) No. CC-O228
dated February 28, 2O26
Contractor: LLC Cleaning Company Chistyy Gorod, INN 54O6OO13OO, KPP 54O6O1OO1
  52 Sovetskaya St., office 7, Novosibirsk 63OO99
  account 4O7O281O199O65939761 with PJSC Siberian Industrial Bank, BIC O45OO4728
Customer: Kessler Optics Rus LLC, INN 54O666392l, KPP 54O6O1OO1
  11 Kamenskaya St., Novosibirsk 63OO91
Contract: cleaning services agreement No. 4l-K/2O25 of l5.l2.2O25
| No | Service                                   | Qty      | Amount incl. VAT, RUB |
| l  | Daily office cleaning, l,25O sq m, Feb    | l month  |          l73,24O.OO |
| 2  | Carpet deep cleaning                      | 4lO sq m |           25,Ol0.OO |
Total: RUB l98,25O.OO including VAT 22% RUB 35,75O.OO
The services were rendered in full and on time. The Customer has no claims.
Contractor ________ I. V. Larionova        Customer ________ M. Kessler
I, the translator, certify this translation. O2.O3.2O26  [seal]
""",
        expected={
            "number": "CC-0228",
            "date": "2026-02-28",
            "total": "198250.00",
            "currency": "RUB",
            "parties.seller.inn": "5406001300",
            "parties.seller.kpp": "540601001",
            "parties.seller.bik": "045004728",
            "parties.seller.account": "40702810199065939761",
            "parties.buyer.inn": "5406663921",
            "parties.buyer.kpp": "540601001",
        },
        noisy=True,
    ),
]

_UPDS = [
    # A translated status 2 UPD of an internet provider, VAT on top of the price.
    HoldoutDocument(
        id="ae-en-upd-internet-provider-translation",
        document_type="upd",
        language="en",
        text="""\
Translation from Russian

UNIVERSAL TRANSFER DOCUMENT                                   Status: 2 (transfer document, act)
Invoice No. LS-00298/02 dated February 28, 2026 (1)
Seller: Link-Service LLC, 98 Ekaterininskaya St., office 3, Perm 614000 (2, 2a)
Seller's INN/KPP: 5908281122/590801001 (2b)
Buyer: Kama Software LLC, 29 Lenina St., Perm 614045 (6, 6a)
Buyer's INN/KPP: 5905597470/590501001 (6b)
Currency: Russian rouble, code 643 (7)
Basis: communication services agreement No. ID-1522 of 15.09.2024

| No | Service                                  | Unit  | Qty | Net, RUB  | VAT | VAT, RUB  | Total, RUB |
| 1  | Dedicated internet access 1 Gbit/s, Feb  | month |   1 | 40,000.00 | 22% |  8,800.00 |  48,800.00 |
| 2  | Static IP block /29                      | month |   1 |  4,000.00 | 22% |    880.00 |   4,880.00 |
| 3  | Colocation, 1U rack space and power      | month |   1 |  6,000.00 | 22% |  1,320.00 |   7,320.00 |
| Total payable (9)                                         | 50,000.00 |     | 11,000.00 |  61,000.00 |

Seller's bank details: account 40702810324484526309 with JSC Prikamsky Bank, Perm,
BIC 045773871, correspondent account 30101810800000000871

General Director ________ D. E. Shilov          Chief Accountant ________ O. A. Kultysheva
Services handed over by: engineer R. R. Akhmadiev   Accepted by: IT manager P. S. Lobanov
""",
        expected={
            "number": "LS-00298/02",
            "date": "2026-02-28",
            "total": "61000.00",
            "currency": "RUB",
            "parties.seller.inn": "5908281122",
            "parties.seller.kpp": "590801001",
            "parties.seller.bik": "045773871",
            "parties.seller.account": "40702810324484526309",
            "parties.buyer.inn": "5905597470",
            "parties.buyer.kpp": "590501001",
        },
    ),
]

_PAYMENT_ORDERS = [
    # A translated payment order of a sole proprietor who pays rent: a 12-digit INN
    # and no KPP, VAT within the amount.
    HoldoutDocument(
        id="ae-en-payment-order-rent-sole-proprietor",
        document_type="payment_order",
        language="en",
        text="""\
Translation from Russian                                                        Form 0401060

PAYMENT ORDER No. 377                 03.03.2026                 electronic
                                      Date                       Payment type

Amount in words:  Two hundred thirty-six thousand eight hundred roubles 00 kopecks

Payer:            Individual Entrepreneur Rudenko Artem Pavlovich
Payer's INN:      780908541702            Payer's KPP: -
Payer's account:  40802810990187916979
Payer's bank:     JSC Nevsky Settlement Bank, St. Petersburg
                  BIC 044030965, corr. account 30101810900000000965

Payee:            Management Company Severny Kvartal LLC
Payee's INN:      7802984168              Payee's KPP: 780201001
Payee's account:  40702810528360161055
Payee's bank:     JSC Nevsky Settlement Bank, St. Petersburg
                  BIC 044030965, corr. account 30101810900000000965

Amount:           RUB 236,800.00
Operation type:   01            Priority: 5

Purpose of payment:
Rent for March 2026 for premises 5-N, 160 sq m, under lease agreement No. 5N/2024-03
of 01.08.2024. Amount 236800-00, incl. VAT (22%) 42701-64

Signatures: ____________ A. P. Rudenko                 Bank's marks: executed 03.03.2026
""",
        expected={
            "number": "377",
            "date": "2026-03-03",
            "total": "236800.00",
            "currency": "RUB",
            "parties.payer.inn": "780908541702",
            "parties.payer.kpp": None,
            "parties.payer.bik": "044030965",
            "parties.payer.account": "40802810990187916979",
            "parties.payee.inn": "7802984168",
            "parties.payee.kpp": "780201001",
            "parties.payee.bik": "044030965",
            "parties.payee.account": "40702810528360161055",
        },
    ),
]

_CONTRACTS = [
    # An Estonian academy's training agreement with a Russian plant in euros. The
    # customer pays from its EUR account, so its account and BIK are labelled.
    HoldoutDocument(
        id="ae-en-contract-corporate-training-eur",
        document_type="contract",
        language="en",
        text="""\
                      CORPORATE TRAINING SERVICES AGREEMENT No. TS-2026/07

Tallinn / Samara                                                           January 20, 2026

Baltic Leadership Academy OU, registry code 14829371, VAT No. EE102637485, Narva mnt 31,
10120 Tallinn, Estonia, represented by its Management Board member Kadri Lepp (the
"Provider"), and JSC Samara Metal Structures Plant, INN 6308648878, KPP 630801001,
OGRN 1146363440024, 17 Zavodskoe sh., Samara 443022, Russian Federation, represented by
General Director Viktor Anatolyevich Kruglov (the "Customer"), agree as follows.

1. Subject
1.1. The Provider shall deliver the in-house programme "Leading Safety Culture in
Manufacturing" (16 academic hours) for up to 16 managers of the Customer in Samara on
18-19 March 2026, and shall issue a certificate of attendance to each participant.

2. Price and payment
2.1. The price of the services is EUR 12,400.00 (twelve thousand four hundred euros),
including trainers' travel and course materials.
2.2. The Customer shall pay 50% (EUR 6,200.00) within 10 banking days of this Agreement
and the balance within 10 banking days of signing the acceptance certificate.
2.3. The place of supply of the services is the Russian Federation. The Customer shall
withhold and pay Russian VAT as a tax agent in addition to the price.

3. Term
3.1. This Agreement is valid until all obligations of the parties are fulfilled.

4. Bank details
Provider: Tallinna Arvelduspank AS, IBAN: EE832200221064839274, BIC TAPAEE2X
Customer: EUR account 40702978868819736993 with JSC Samara Credit House, Samara,
BIC 043601840, corr. account 30101810300000000840, SWIFT SMCRRU2S

For the Provider                              For the Customer
____________ K. Lepp                          ____________ V. A. Kruglov
""",
        expected={
            "number": "TS-2026/07",
            "date": "2026-01-20",
            "total": "12400.00",
            "currency": "EUR",
            "parties.buyer.inn": "6308648878",
            "parties.buyer.kpp": "630801001",
            "parties.buyer.bik": "043601840",
            "parties.buyer.account": "40702978868819736993",
        },
    ),
]

_WAYBILLS = [
    # A rental company's delivery note for stage and sound equipment sent to a hotel.
    # It prints no money, and the parties are Cypriot, so nothing but the number and
    # date is labelled.
    HoldoutDocument(
        id="ae-en-waybill-event-equipment",
        document_type="waybill",
        language="en",
        text="""\
KYPROS STAGE & SOUND RENTALS LTD
5 Kolonakiou St., 4103 Ypsonas, Limassol, Cyprus | +357 25 722 610

DELIVERY NOTE / WAYBILL                          No. KSS-DN-0511
Date of dispatch: 17-Apr-2026

Consignor:   Kypros Stage & Sound Rentals Ltd, warehouse 2, Ypsonas Industrial Area
Consignee:   Limassol Bay Conference Hotel Ltd, Ballroom "Ariadne" (loading bay at the rear)
Event:       Technical seminar of LLC Teploset-Proekt, 20-23 April 2026
Carrier:     own vehicle, Iveco Daily, reg. KMX 417, driver Andreas Christou

| Item | Description                                  | Serial No.      | Qty | Cases | Weight, kg |
| 1    | Line array speaker, 2 x 10"                  | LA10-2291/2292  |   2 |     2 |       68.0 |
| 2    | Subwoofer 18"                                | SB18-0774       |   1 |     1 |       54.5 |
| 3    | Digital mixing console, 32 channels          | DMC32-1186      |   1 |     1 |       23.0 |
| 4    | Wireless microphone kit, 4 handheld          | WM4-3307        |   2 |     2 |       11.4 |
| 5    | Projector 10,000 lm with lens                | PJ10K-0452      |   1 |     1 |       31.0 |
| 6    | Fast-fold screen 4 x 2.25 m                  | FF4-0118        |   1 |     1 |       27.5 |
| 7    | Cable trunk (power, XLR, HDMI)               | -               |   1 |     1 |       42.0 |
| Total|                                              |                 |   9 |     9 |      257.4 |

Collection after the event: 24-Apr-2026, 10:00.
Goods received in good order and condition.

Dispatched by ____________ M. Ioannou           Received by ____________ (hotel events team)
""",
        expected={
            "number": "KSS-DN-0511",
            "date": "2026-04-17",
        },
    ),
]

_PACKING_LISTS = [
    # An Austrian event technology firm's packing list for a Moscow event venue. Only
    # the Russian buyer prints an INN and KPP.
    HoldoutDocument(
        id="ae-en-packing-list-event-stage",
        document_type="packing_list",
        language="en",
        text="""\
VIENNA EVENT SYSTEMS GMBH
Industriestrasse 44, 1220 Vienna, Austria | logistics@viennaevent.example

PACKING LIST No. PL-VES-26-044                              Date: 2026-02-03
Commercial invoice: VES-INV-26-0107 of 2026-02-03
Seller / Shipper:    Vienna Event Systems GmbH, Vienna, Austria
Buyer / Consignee:   Loft-Hall Fabrika LLC, INN 7706775002, KPP 770601001,
                     10 Spartakovskaya Sq., bldg. 3, Moscow 105082, Russian Federation
Delivery terms:      DAP Moscow (Incoterms 2020), by truck
Marks:               LHF / MOSCOW / 1-14

| Case  | Contents                                   | HS code | Qty | Net, kg | Gross, kg | Size, cm   |
| 1-6   | Stage platform 2 x 1 m, aluminium          | 9406.90 |  24 |   336.0 |     372.0 | 210x110x60 |
| 7-9   | Truss segment 3 m, 4-point                 | 7610.90 |  18 |   162.0 |     186.0 | 310x60x60  |
| 10-13 | LED wall panel 50 x 50 cm, in flight cases | 8528.59 |  32 |   256.0 |     318.4 | 120x80x90  |
| 14    | Rigging hardware and clamps                | 7326.90 |   1 |    48.5 |      55.0 | 80x60x50   |
| Total | 14 cases                                   |         |  75 |   802.5 |     931.4 |            |

Country of origin: Austria (items 1, 2, 4), Germany (item 3).
Shipped from Vienna on 2026-02-04, expected at the consignee's warehouse on 2026-02-10.

Vienna Event Systems GmbH, logistics ____________ S. Huber
""",
        expected={
            "number": "PL-VES-26-044",
            "date": "2026-02-03",
            "total": None,
            "parties.buyer.inn": "7706775002",
            "parties.buyer.kpp": "770601001",
        },
    ),
]

_BANK_STATEMENTS = [
    # A month's statement of a hotel's EUR account in a Russian bank: tour operators
    # pay for group bookings and the bank sells euros to the hotel's rouble account.
    HoldoutDocument(
        id="ae-en-bank-statement-hotel-eur",
        document_type="bank_statement",
        language="en",
        text="""\
KAZAN TRADE COMMERCIAL BANK LLC, Kazan, BIC 049205864, corr. account 30101810300000000864

ACCOUNT STATEMENT No. 18                                          Date: March 31, 2026
Period:          01.03.2026 - 31.03.2026
Account holder:  LLC Hotel Beregovaya, INN 1606804570, KPP 160601001
Account:         40702978778025201612 (EUR, current currency account)

Opening balance                                                        EUR 1,204.35

| Date       | Doc. No. | Counterparty / details                                 | Debit    | Credit   |
| 04.03.2026 | 117      | Silk Route Tours GmbH, Munich - group booking SRT-0318 |          | 8,420.00 |
| 12.03.2026 | 2206     | Adriatic Incentive d.o.o., Split - conference package  |          | 3,150.00 |
| 16.03.2026 | 31       | Sale of EUR to account 40702810714751362701            | 9,000.00 |          |
|            |          | at the bank's rate 95.4120 RUB/EUR                     |          |          |
| 31.03.2026 | 58       | Bank fee for incoming transfers, March 2026            |    25.00 |          |

Turnover                                                     9,025.00   11,570.00
Closing balance                                                        EUR 3,749.35

Supporting documents of the incoming payments were received by currency control.
This statement is issued electronically and needs no signature.
""",
        expected={
            "number": "18",
            "date": "2026-03-31",
            "currency": "EUR",
            "parties.account_holder.inn": "1606804570",
            "parties.account_holder.kpp": "160601001",
            "parties.account_holder.bik": "049205864",
            "parties.account_holder.account": "40702978778025201612",
        },
    ),
]

_RECEIPTS = [
    # A phone photo of a German hotel's guest folio: O for 0, l for 1, arrival and
    # departure dates and German VAT rates beside the total.
    HoldoutDocument(
        id="ae-en-receipt-hotel-folio-photo",
        document_type="receipt",
        language="en",
        text="""\
HOTEL LINDENHOF LEIPZIG
Gottschedstr. l2, O4lO9 Leipzig, Germany   USt-IdNr. DE2l3O58744
GUEST FOLIO / RECEIPT        Folio No. 2O45l8
Guest: Mr Anton Lebedinsky     Room 3l4
Arrival O9.O3.2O26    Departure l2.O3.2O26    Date l2.O3.2O26
Room 3 x l49.OO            447.OO   A
Breakfast 3 x l9.5O         58.5O   B
City tax 3 x 4.6O           l3.8O   -
Minibar                     l2.5O   B
Parking 3 x l4.OO           42.OO   B
TOTAL EUR                  573.8O
VAT A 7%  29.24   VAT B l9%  l8.O4
Paid Mastercard ****8O2l   573.8O €
Thank you for your stay!
""",
        expected={
            "number": "204518",
            "date": "2026-03-12",
            "total": "573.80",
            "currency": "EUR",
        },
        noisy=True,
    ),
    # A London dental practice's receipt paid by card. Dental treatment is exempt from
    # VAT.
    HoldoutDocument(
        id="ae-en-receipt-dental-clinic",
        document_type="receipt",
        language="en",
        text="""\
KINGSBURY DENTAL STUDIO
41 Cavell Row, London W1G 8QT | reception@kingsburydental.example | 020 7946 0852

RECEIPT                                                   Receipt No. R-20931
                                                          Date: Mar 9, 2026
Patient: Ms Irina Kovaleva                                Patient ID: KD-7714

| Treatment                                 | Clinician     | Fee (GBP) |
| New patient examination and consultation  | Dr N. Aldous  |     95.00 |
| Bitewing radiographs (2)                  | Dr N. Aldous  |     60.00 |
| Composite filling, lower left molar       | Dr N. Aldous  |    230.00 |

Total                                                      GBP 385.00
Amount paid by Visa ending 4417                            GBP 385.00
Balance                                                    GBP   0.00

Dental treatment is exempt from VAT. Please keep this receipt for your insurer.
""",
        expected={
            "number": "R-20931",
            "date": "2026-03-09",
            "total": "385.00",
            "currency": "GBP",
        },
    ),
]

_PASSPORTS = [
    # A scan of an Irish passport's data page, upper case with O for 0 and l for 1. The
    # machine-readable zone survives intact and repeats the number.
    HoldoutDocument(
        id="ae-en-passport-scan",
        document_type="passport",
        language="en",
        text="""\
EIRE  IRELAND
PAS / PASSPORT    CINEAL / TYPE P    COD / CODE IRL    UIMHIR PAS / PASSPORT NO. PX4l73826
SLOINNE / SURNAME
O'DONNELL
REAMHAINM / FORENAMES
SIOBHAN MARIE
NAISIUNTACHT / NATIONALITY  EIREANNACH / IRISH
DATA BREITHE / DATE OF BIRTH  O4 NOV l99l        GNEAS / SEX  F
AIT BREITHE / PLACE OF BIRTH  CORCAIGH / CORK
DATA EISIUNA / DATE OF ISSUE  l8 MAY 2O23
DATA EAGA / DATE OF EXPIRY    l7 MAY 2O33
UDARAS / AUTHORITY  DFA PASSPORT SERVICE
P<IRLODONNELL<<SIOBHAN<MARIE<<<<<<<<<<<<<<<<
PX41738267IRL9111048F3305175<<<<<<<<<<<<<<<8
""",
        expected={
            "number": "PX4173826",
            "date": "2023-05-18",
            "total": None,
        },
        noisy=True,
    ),
]

_POWERS_OF_ATTORNEY = [
    # A translated power of attorney of a Russian software company for a law firm in a
    # lease dispute. The validity date is not the date.
    HoldoutDocument(
        id="ae-en-power-of-attorney-law-firm",
        document_type="power_of_attorney",
        language="en",
        text="""\
Translation from Russian

                              POWER OF ATTORNEY No. POA-2026/04

Perm                                                                      January 15, 2026

Kama Software Limited Liability Company (INN 5905597470, KPP 590501001, OGRN 1125940720751,
29 Lenina St., Perm 614045), represented by General Director Ilya Sergeevich Vorontsov,
acting under the Charter, hereby authorises

Legal Bureau Pravovoy Vektor Limited Liability Company (INN 7701756824, KPP 770101001,
OGRN 1027752589831, 12 Chistoprudny Blvd., bldg. 4, office 28, Moscow 101000), acting
through its partners and associates,

to represent the Company in its dispute with the landlord of the premises at 29 Lenina St.,
Perm, including in commercial (arbitrazh) courts of all instances, with the right to sign
and file claims, responses and appeals, to conclude a settlement agreement, to receive
court documents, and to sign acts of reconciliation of settlements.

This power of attorney is valid until December 31, 2026, and may be delegated to the
attorney's employees.

General Director ____________ I. S. Vorontsov                 [Seal]
""",
        expected={
            "number": "POA-2026/04",
            "date": "2026-01-15",
            "total": None,
            "parties.principal.inn": "5905597470",
            "parties.principal.kpp": "590501001",
            "parties.attorney.inn": "7701756824",
            "parties.attorney.kpp": "770101001",
        },
    ),
]

_LETTERS = [
    # A hotel's letter confirming a group booking: the deposit and room rates are
    # terms, not a document value.
    HoldoutDocument(
        id="ae-en-letter-group-booking",
        document_type="letter",
        language="en",
        text="""\
LIMASSOL BAY CONFERENCE HOTEL LTD
88 Amathountos Avenue, 4532 Agios Tychonas, Limassol, Cyprus

Our ref.: LBH/GR/0214                                             14 January 2026
Your ref.: e-mail of 9 January 2026

LLC Engineering Company Teploset-Proekt
Attn: Ms Alsu Garipova, Office Manager
Kazan, Russian Federation

Dear Ms Garipova,

Confirmation of group booking: technical seminar, 20-23 April 2026

We are pleased to confirm 7 standard double rooms for the nights of 20 and 21 April 2026 at
EUR 145.00 per room per night, bed and breakfast, and the conference room "Ariadne" for 21
and 22 April 2026 at EUR 950.00 per day, with two coffee breaks a day for 30 guests.
Room rates are subject to 9% VAT, other services to 19% VAT.

To guarantee the booking, please pay a deposit of EUR 2,000.00 by 10 February 2026. The
final invoice will be issued after the event, and the deposit will be deducted from it.
Cancellation free of charge is possible until 20 March 2026. Later cancellations are
charged at 50% of the booked services.

We look forward to welcoming your group.

Yours sincerely,
Elena Charalambous
Events Manager
""",
        expected={
            "number": "LBH/GR/0214",
            "date": "2026-01-14",
            "total": None,
        },
    ),
]

_OTHER = [
    # A scan of a certificate of attendance issued after the training agreement's
    # programme: O for 0 and l for 1 in the number and dates.
    HoldoutDocument(
        id="ae-en-other-attendance-certificate-scan",
        document_type="other",
        language="en",
        text="""\
BALTIC LEADERSHIP ACADEMY OU     Narva mnt 3l, lOl2O Tallinn, Estonia
CERTIFICATE OF ATTENDANCE
No. BLA-C-2O26-Ol87
This is to certify that
ROMAN DYACHENKO
JSC Samara Metal Structures Plant
attended the in-house programme "Leading Safety Culture in Manufacturing"
(l6 academic hours) held in Samara on l8-l9 March 2O26
under agreement No. TS-2O26/O7.
Issued in Tallinn on March l9, 2O26
____________ Kadri Lepp, Management Board        ____________ Dr Mart Kask, Lead Trainer
""",
        expected={
            "number": "BLA-C-2026-0187",
            "date": "2026-03-19",
            "total": None,
        },
        noisy=True,
    ),
]

ENGLISH_DOCUMENTS_AE = [
    *_INVOICES,
    *_ACTS,
    *_UPDS,
    *_PAYMENT_ORDERS,
    *_CONTRACTS,
    *_WAYBILLS,
    *_PACKING_LISTS,
    *_BANK_STATEMENTS,
    *_RECEIPTS,
    *_PASSPORTS,
    *_POWERS_OF_ATTORNEY,
    *_LETTERS,
    *_OTHER,
]
