"""English documents of set T. `bench.holdout_t` describes the set and its labels."""

# ruff: noqa: E501
# Document lines keep the widths of the printed forms, up to 110 characters.

from .holdout import HoldoutDocument

_INVOICES = [
    HoldoutDocument(
        id="t-en-invoice-commercial-cites-proforma",
        document_type="invoice",
        language="en",
        text="""\
HANGZHOU LIANDA PACKAGING MACHINERY CO., LTD.
No. 1288 Binkang Road, Binjiang District, Hangzhou, Zhejiang 310052, China
Tel. +86 571 8677 2190    USCI 91330108MA2H4K7T3Q

COMMERCIAL INVOICE
Invoice No.: HZ-CI-25-0917                                   Date: 2025-10-09
Proforma Invoice No.: HZ-PI-25-0882 dated 2025-08-21
Contract No.: SU-HZ/2025-03 dated 2025-03-14
Terms of delivery: CIF Vladivostok (Incoterms 2020)
Terms of payment: 30% T/T in advance, 70% T/T against copy of B/L

Buyer:
OOO "Sibirskaya Upakovka"
69 Petukhova St., bldg. 3, Novosibirsk 630088, Russia
INN 5406916273 / KPP 540601001
Account (USD) 40702840065767148334 with JSC "Bank Sibirsky Region", Novosibirsk
BIK 045004735, corr. account 30101810500000000735

Consignee: same as Buyer                 Port of loading: Shanghai      Port of discharge: Vladivostok
Vessel: HUA XIN 17 V.2541N               B/L No.: SHLX2510-04471

| No. | Description of goods                           | HS code    |   Qty | Unit price, USD | Amount, USD |
|-----|------------------------------------------------|------------|-------|-----------------|-------------|
| 1   | Automatic carton forming machine LD-450, 380 V | 8441.30.00 | 1 set |       38,600.00 |   38,600.00 |
| 2   | Spare parts kit for LD-450 (belts, cutters)    | 8441.90.00 | 1 set |        2,450.00 |    2,450.00 |
|     | Total FOB Shanghai                             |            |       |                 |   41,050.00 |
|     | Ocean freight and insurance to Vladivostok     |            |       |                 |    3,150.00 |
|     | TOTAL CIF VLADIVOSTOK                          |            |       |                 |   44,200.00 |

Less advance received on 2025-08-28 (30%):                                               USD 13,260.00
BALANCE DUE:                                                                             USD 30,940.00

Say total: US Dollars Forty-Four Thousand Two Hundred only.
Country of origin: China. Packing: 1 wooden case and 2 cartons, gross weight 1,486 kg, net 1,320 kg.
Beneficiary's bank: Zhejiang Qiantang Commercial Bank, Hangzhou, SWIFT ZQCBCNBH, A/C 3589 6721 4410 (USD)

For and on behalf of Hangzhou Lianda Packaging Machinery Co., Ltd.
____________________ Zhou Min, Sales Manager
""",
        expected={
            "number": "HZ-CI-25-0917",
            "date": "2025-10-09",
            "total": "44200.00",
            "currency": "USD",
            "parties.buyer.inn": "5406916273",
            "parties.buyer.kpp": "540601001",
            "parties.buyer.bik": "045004735",
            "parties.buyer.account": "40702840065767148334",
        },
    ),
    HoldoutDocument(
        id="t-en-invoice-paid-stamp-receipt-wording",
        document_type="invoice",
        language="en",
        text="""\
NORTHBRIDGE TRAINING LTD
14 Albion Quay, Leeds LS1 4BT, United Kingdom
Company No. 11837264    VAT Reg. No. GB 318 4720 96

INVOICE
Invoice number: NBT-2025-0311
Invoice date: 21 October 2025                 Tax point: 16 October 2025
Customer ref.: PO 2025/118                    Due date: 20 November 2025

Bill to:
JSC "Rusexport Machinery"
12 Presnenskaya emb., Moscow 123112, Russian Federation
INN 7743607969, KPP 774301001

| Description                                              | Qty | Unit price |    Amount |
|----------------------------------------------------------|-----|------------|-----------|
| Export compliance workshop, Leeds, 15-16 October 2025    |   6 |  £1,150.00 | £6,900.00 |
| Course materials and certificates                        |   6 |     £60.00 |   £360.00 |
| Trainer travel and accommodation, as agreed              |   1 |    £600.00 |   £600.00 |

Subtotal                                                                    £7,860.00
VAT: outside the scope of UK VAT (place of supply outside the UK)               £0.00
Invoice total                                                               £7,860.00
Amount paid 04/11/2025 (SWIFT, your ref. RXM-4471)                          £7,860.00
Balance due                                                                     £0.00

                     *** PAID 04 NOV 2025 - THANK YOU ***

Please keep this invoice as your receipt of payment. No separate receipt will be issued.

Bank details: Northbridge Training Ltd, Harbour & Dale Bank plc, Leeds
IBAN: GB06HDBK30947158203619    BIC: HDBKGB2L
""",
        expected={
            "number": "NBT-2025-0311",
            "date": "2025-10-21",
            "total": "7860.00",
            "currency": "GBP",
            "parties.buyer.inn": "7743607969",
            "parties.buyer.kpp": "774301001",
        },
    ),
]

_ACTS = [
    HoldoutDocument(
        id="t-en-act-acceptance-certificate",
        document_type="act",
        language="en",
        text="""\
ACCEPTANCE CERTIFICATE No. 5
for services rendered under Service Agreement No. SA-2025/07 dated 1 July 2025

Moscow                                                                            31 October 2025

Contractor: Tsifrovye Resheniya Alfa LLC
Ul. Bolshaya Pochtovaya 26V, bldg. 2, Moscow 105082, Russia
INN 7734988281, KPP 773401001, OGRN 1227784413075
USD account 40702840365964713823 with JSC "MPK Bank", Moscow, BIK 044525262,
corr. account 30101810900000000262, SWIFT MPKBRUMM

Customer: Baltic Freight Systems SIA
Krasta iela 52, Riga LV-1003, Latvia, VAT No. LV40103728461
IBAN: LV80BFSB0004172836551

The Contractor has rendered and the Customer has accepted the following services in October 2025:

| No. | Service                                                  | Hours | Rate, USD | Amount, USD |
|-----|----------------------------------------------------------|-------|-----------|-------------|
| 1   | Development of the warehouse tracking module, sprints 7-8 |   248 |     45.00 |   11,160.00 |
| 2   | Integration testing and bug fixing                       |    52 |     45.00 |    2,340.00 |
| 3   | Production support on call                               |    12 |     45.00 |      540.00 |
|     | Total                                                    |   312 |           |   14,040.00 |

VAT: not applicable, the place of supply is outside the Russian Federation (Art. 148 of the Tax Code).

Total value of the services accepted: USD 14,040.00 (fourteen thousand forty US dollars 00 cents).
The services were rendered in full and on time. The Customer has no claims as to their scope,
quality or timing. Invoice No. 25-1031 of 31 October 2025 is issued for this amount, payable
within 14 days.

Contractor                                        Customer
General Director ____________ P. S. Orlov         CTO ____________ Janis Ozols
""",
        expected={
            "number": "5",
            "date": "2025-10-31",
            "total": "14040.00",
            "currency": "USD",
            "parties.seller.inn": "7734988281",
            "parties.seller.kpp": "773401001",
            "parties.seller.bik": "044525262",
            "parties.seller.account": "40702840365964713823",
        },
    ),
]

_CONTRACTS = [
    HoldoutDocument(
        id="t-en-contract-addendum",
        document_type="contract",
        language="en",
        text="""\
ADDENDUM No. 1
to Supply Contract No. 77/2025-EXP dated 14 April 2025

Moscow                                                                              9 October 2025

JSC "Rusexport Machinery", Russia, represented by General Director Mr. V. A. Lisitsyn acting under
the Charter (the "Seller"), and Almaty Agrotech LLP, Kazakhstan, represented by Director
Mr. A. B. Seitkali acting under the Charter (the "Buyer"), have agreed as follows:

1. The Seller shall additionally supply 4 (four) mobile grain dryers SZM-12 with control cabinets
   (the "Additional Goods") on the terms of the Contract.
2. The value of the Additional Goods under this Addendum is USD 96,800.00 (ninety-six thousand
   eight hundred US dollars), the price per unit being USD 24,200.00, DAP Almaty (Incoterms 2020).
3. Clause 3.1 of the Contract is amended to read: "The total value of the Contract is
   USD 412,300.00." The value of the Contract before this Addendum was USD 315,500.00.
4. Payment: an advance of 50% (USD 48,400.00) within 10 banking days of signing this Addendum,
   the balance within 30 days of delivery.
5. Delivery: not later than 15 December 2025.
6. This Addendum forms an integral part of the Contract and enters into force on signing.

Seller:                                           Buyer:
JSC "Rusexport Machinery"                         Almaty Agrotech LLP
12 Presnenskaya emb., Moscow 123112, Russia       Al-Farabi Ave. 77/8, Almaty 050040, Kazakhstan
INN 7743607969 / KPP 774301001                    BIN 190840021537
USD account 40702840284800752210                  IBAN: KZ573188400004418274
JSC "MPK Bank", Moscow, BIK 044525262             Steppe Bank JSC, Almaty, BIC STPBKZKA
corr. account 30101810900000000262

__________________ V. A. Lisitsyn                 __________________ A. B. Seitkali
""",
        expected={
            "number": "1",
            "date": "2025-10-09",
            "total": "96800.00",
            "currency": "USD",
            "parties.seller.inn": "7743607969",
            "parties.seller.kpp": "774301001",
            "parties.seller.bik": "044525262",
            "parties.seller.account": "40702840284800752210",
        },
    ),
]

_WAYBILLS = [
    HoldoutDocument(
        id="t-en-waybill-cmr-scan",
        document_type="waybill",
        language="en",
        noisy=True,
        text="""\
CMR   INTERNATIONAL CONSIGNMENT NOTE                              No. O4l8552
l Sender (name, address, country)               | l6 Carrier (name, address, country)
Krakowskie Narzedzia Sp. z o.o.                  | Trans Line Cargo LLC
ul. Wielicka 25l, 3O-552 Krakow, Poland           | Leningradskoe sh. 7, Khimki l4l4OO, Russia
NlP 679-3l2-88-O4                                | INN 5O29O3O87l   KPP 5O29OlOOl
2 Consignee (name, address, country)            | l7 Successive carriers
Uralskaya Torgovaya Kompaniya LLC                | -
Toledova St. 43, Ekaterinburg 62OO34, Russia     |
INN 6658260672   KPP 665801OOl                   |
3 Place of delivery of the goods: Ekaterinburg, Russia
4 Place and date of taking over the goods: Krakow, Poland, l6.lO.2O25
5 Documents attached: Invoice FV/2O25/lO/ll8 of l5.lO.2O25, Packing list PL/ll8, EX-l
6 Marks and Nos | 7 Packages | 8 Packing | 9 Nature of the goods     | ll Gross weight, kg | l2 Volume, m3
UTK-ll8         | 22         | pallets   | hand tools, drill sets    | 6 84O               | 3l,5
l3 Sender's instructions: customs clearance at Ekaterinburg customs post
l4 Cash on delivery: -        | 2O Special agreements: -
2l Established in Krakow on l6.lO.2O25     | 24 Goods received: Ekaterinburg, 23.lO.2O25
22 Signature and stamp of the sender       | 23 Signature and stamp of the carrier
""",
        expected={
            "number": "0418552",
            "date": "2025-10-16",
            "currency": None,
            "parties.consignee.inn": "6658260672",
            "parties.consignee.kpp": "665801001",
            "parties.carrier.inn": "5029030871",
            "parties.carrier.kpp": "502901001",
        },
    ),
    HoldoutDocument(
        id="t-en-waybill-bill-of-lading",
        document_type="waybill",
        language="en",
        text="""\
BILL OF LADING                                                     B/L No. SHLX2510-04471
                                                                   Booking No. QJ25-778120
Shipper:
Hangzhou Lianda Packaging Machinery Co., Ltd.
No. 1288 Binkang Road, Binjiang District, Hangzhou 310052, China
Consignee:
OOO "Sibirskaya Upakovka", 69 Petukhova St., bldg. 3, Novosibirsk 630088, Russia
INN 5406916273, KPP 540601001
Notify party: same as Consignee; customs broker Sibtamozhservis LLC, tel. +7 383 209 44 17

Pre-carriage by: truck                     Place of receipt: Hangzhou
Vessel / voyage: HUA XIN 17 / 2541N        Port of loading: Shanghai, China
Port of discharge: Vladivostok, Russia     Place of delivery: Vladivostok CY

Container / seal: TGHU 6620418 / CN4471902, 40' HC, shipper's load and count
| Marks and numbers | Packages       | Description of goods                   |  Gross weight | Measurement |
| SU-HZ/2025-03     | 3 packages     | Automatic carton forming machine       | 1,486.000 KGS |   9.840 CBM |
| NOVOSIBIRSK 1-3   | 1 case, 2 ctns | LD-450 with spare parts, HS 8441.30    |               |             |

Commercial invoice HZ-CI-25-0917 dated 2025-10-09 and packing list HZ-PL-25-0917 attached.
Freight: PREPAID                            Number of original B/L: THREE (3)
Shipped on board: 11 OCT 2025
Place and date of issue: SHANGHAI, 12 OCT 2025

Carrier: Qiantang Ocean Lines Co., Ltd., by its agent Hangzhou Blue Anchor Shipping Agency
Signature ______________________ as agent for the Carrier
""",
        expected={
            "number": "SHLX2510-04471",
            "date": "2025-10-12",
            "currency": None,
            "parties.consignee.inn": "5406916273",
            "parties.consignee.kpp": "540601001",
        },
    ),
    HoldoutDocument(
        id="t-en-waybill-delivery-note",
        document_type="waybill",
        language="en",
        text="""\
Medpostavka Stolitsa LLC
26 Leninskaya Sloboda St., bldg. 5, Moscow 115280
INN 7725147839, KPP 772501001

DELIVERY NOTE No. DN-25-3307
Date: November 3, 2025
Your order: PO-4471 dated October 20, 2025     Our order confirmation: OC-25-1184 of October 21, 2025

Supplier / shipper: Medpostavka Stolitsa LLC, warehouse: 12 Ryazansky Ave., Moscow
Deliver to / consignee: Scandi Dent Clinic LLC, INN 7736032734, KPP 773601001,
21 Profsoyuznaya St., Moscow 117292, ground floor, service entrance
Carrier: own transport, driver A. Kuzmin

| Item | Article  | Description                              | Ordered | Delivered | Backorder |
|------|----------|------------------------------------------|---------|-----------|-----------|
| 1    | STD-S300 | Dental chair unit Stomadent S-300, white |       2 |         2 |         0 |
| 2    | AC-B23   | Autoclave class B, 23 L                  |       1 |         1 |         0 |
| 3    | CL-LED5  | LED curing light, cordless               |       3 |         2 |         1 |

Packages: 5 (2 crates, 3 cartons). Gross weight: 412 kg.
Backorder: 1 curing light will be delivered by November 10, 2025 with a separate delivery note.
The invoice and the UPD will be sent by EDI after the installation of the dental chairs
on November 5, 2025.

Goods received in good condition, quantity checked:
Name: ____________________   Signature: ______________   Date: ____________   Stamp
Delivered by: ______________ A. Kuzmin
""",
        expected={
            "number": "DN-25-3307",
            "date": "2025-11-03",
            "currency": None,
            "parties.shipper.inn": "7725147839",
            "parties.shipper.kpp": "772501001",
            "parties.consignee.inn": "7736032734",
            "parties.consignee.kpp": "773601001",
        },
    ),
]

_PACKING_LISTS = [
    HoldoutDocument(
        id="t-en-packing-list-cites-invoice",
        document_type="packing_list",
        language="en",
        text="""\
HANGZHOU LIANDA PACKAGING MACHINERY CO., LTD.
No. 1288 Binkang Road, Binjiang District, Hangzhou, Zhejiang 310052, China

PACKING LIST
No.: HZ-PL-25-0917                                  Date: 2025-10-09
Commercial Invoice No.: HZ-CI-25-0917               Contract No.: SU-HZ/2025-03
Shipper: Hangzhou Lianda Packaging Machinery Co., Ltd.
Consignee: OOO "Sibirskaya Upakovka", Novosibirsk, Russia, INN 5406916273, KPP 540601001
From: Shanghai, China       To: Vladivostok, Russia, then by rail to Novosibirsk

| Pkg | Type        | Contents                                  |   Qty | N.W., kg | G.W., kg | Size, cm    |
|-----|-------------|-------------------------------------------|-------|----------|----------|-------------|
| 1   | wooden case | Carton forming machine LD-450, main frame |  1 pc |  1,210.0 |  1,352.0 | 285x176x198 |
| 2   | carton      | Feeding unit and control panel            |  1 pc |     82.0 |     94.0 | 120x80x95   |
| 3   | carton      | Spare parts kit (belts, cutters, sensors) | 1 set |     28.0 |     40.0 | 80x60x50    |
|     | TOTAL       | 3 packages                                |       |  1,320.0 |  1,486.0 | 9.840 CBM   |

Shipping marks: SU-HZ/2025-03 / NOVOSIBIRSK / 1-3
Country of origin: China.

For and on behalf of Hangzhou Lianda Packaging Machinery Co., Ltd. ____________ Zhou Min
""",
        expected={
            "number": "HZ-PL-25-0917",
            "date": "2025-10-09",
            "total": None,
            "currency": None,
            "parties.consignee.inn": "5406916273",
            "parties.consignee.kpp": "540601001",
        },
    ),
]

_PAYMENTS = [
    HoldoutDocument(
        id="t-en-payment-order-transfer-application",
        document_type="payment_order",
        language="en",
        text="""\
To: JSC "Bank Sibirsky Region", Novosibirsk, BIK 045004735, corr. account 30101810500000000735

APPLICATION FOR TRANSFER IN FOREIGN CURRENCY No. 88
Date: 2025-10-20

32A  Value date / currency / amount:   251021 USD 30,940.00
     Amount in words: thirty thousand nine hundred forty US dollars 00 cents
50K  Ordering customer:  OOO "Sibirskaya Upakovka", INN 5406916273, KPP 540601001
     69 Petukhova St., bldg. 3, Novosibirsk 630088, Russia
     Account: 40702840065767148334
57A  Account with institution: Zhejiang Qiantang Commercial Bank, Hangzhou, SWIFT ZQCBCNBH
59   Beneficiary: Hangzhou Lianda Packaging Machinery Co., Ltd., A/C 3589 6721 4410
     No. 1288 Binkang Road, Binjiang District, Hangzhou 310052, China
70   Remittance information: balance payment 70% for Commercial Invoice HZ-CI-25-0917
     dated 2025-10-09 under Contract SU-HZ/2025-03 dated 2025-03-14, carton forming machine
71A  Details of charges: OUR
     Bank commission to be debited from account 40702810464363363953 (RUB)

Currency control: unique contract number 25030011/2748/0019/2/1, transaction code 11100
Documents attached: copy of Commercial Invoice HZ-CI-25-0917, copy of B/L SHLX2510-04471

General Director ____________ S. V. Markin       Chief Accountant ____________ T. A. Frolova

Bank's marks: received 20.10.2025 11:42, currency control passed, executed 21.10.2025
""",
        expected={
            "number": "88",
            "date": "2025-10-20",
            "total": "30940.00",
            "currency": "USD",
            "parties.payer.inn": "5406916273",
            "parties.payer.kpp": "540601001",
            "parties.payer.bik": "045004735",
            "parties.payer.account": "40702840065767148334",
        },
    ),
]

_BANK_STATEMENTS = [
    HoldoutDocument(
        id="t-en-bank-statement-usd-account",
        document_type="bank_statement",
        language="en",
        text="""\
JSC "MPK Bank"                                     BIK 044525262, corr. account 30101810900000000262
Moscow, Russia                                     SWIFT MPKBRUMM

ACCOUNT STATEMENT No. 73
for 14 October 2025
Account: 40702840284800752210   Currency: USD
Account holder: JSC "Rusexport Machinery", INN 7743607969, KPP 774301001
Previous statement: No. 72 for 9 October 2025
Opening balance: USD 12,418.35

| Date       | Doc. No. | Counterparty, details                                    |     Debit |    Credit |
|------------|----------|----------------------------------------------------------|-----------|-----------|
| 14.10.2025 | 41       | Almaty Agrotech LLP, BIN 190840021537, Steppe Bank JSC,  |           | 48,400.00 |
|            |          | IBAN: KZ573188400004418274                               |           |           |
|            |          | Advance 50% under Addendum No. 1 to Contract 77/2025-EXP |           |           |
| 14.10.2025 | 3307     | Sale of USD under order No. 3307 at 81.4250,             | 35,000.00 |           |
|            |          | RUB 2,849,875.00 credited to account 40702810912619869133 |           |           |
| 14.10.2025 | 88342    | Bank fee for incoming SWIFT transfer                     |     45.00 |           |
|------------|----------|----------------------------------------------------------|-----------|-----------|
|            |          | Turnover                                                 | 35,045.00 | 48,400.00 |

Closing balance: USD 25,773.35
Printed: 15.10.2025 08:30                              Operator: E. Yu. Bashkirova
""",
        expected={
            "number": "73",
            "date": "2025-10-14",
            "currency": "USD",
            "parties.account_holder.inn": "7743607969",
            "parties.account_holder.kpp": "774301001",
            "parties.account_holder.bik": "044525262",
            "parties.account_holder.account": "40702840284800752210",
        },
    ),
]

_RECEIPTS = [
    HoldoutDocument(
        id="t-en-receipt-payment-of-invoice",
        document_type="receipt",
        language="en",
        text="""\
GULF EXPO EVENTS L.L.C.
Office 1407, Al Saqr Business Tower, Sheikh Zayed Road, Dubai, UAE
TRN 100482736500003

OFFICIAL RECEIPT
Receipt No.: R-25-00962                                  Date: 3 November 2025

Received from:  JSC "Rusexport Machinery", Moscow, Russia (INN 7743607969, KPP 774301001)
The sum of:     AED 18,375.00 (Eighteen thousand three hundred seventy-five dirhams only)
Being payment of: Invoice No. EXP-INV-25-0448 dated 15 September 2025
   Stand space B-214, 18 sq m x AED 875.00 ................. AED 15,750.00
   Registration and exhibitor passes ....................... AED  1,750.00
   VAT 5% .................................................. AED    875.00
Mode of payment: bank transfer (SWIFT), received on 31 October 2025, our ref. GEE-TT-4471
Outstanding balance on the invoice: AED 0.00

This receipt confirms payment only. It is not a tax invoice. The tax invoice was issued
on 15 September 2025.

Accounts Department ____________________ Signature and stamp
""",
        expected={
            "number": "R-25-00962",
            "date": "2025-11-03",
            "total": "18375.00",
            "currency": "AED",
            "parties.buyer.inn": "7743607969",
            "parties.buyer.kpp": "774301001",
        },
    ),
]

_IDENTITY_PAPERS = [
    HoldoutDocument(
        id="t-en-passport-scan",
        document_type="passport",
        language="en",
        noisy=True,
        text="""\
CESKA REPUBLlKA / CZECH REPUBLlC
CESTOVNI PAS / PASSPORT
Typ / Type  P       Kod statu / Code  CZE       Cislo pasu / Passport No.  4l728396
Prijmeni / Surname
NOVAKOVA
Jmeno / Given names
JANA
Statni obcanstvi / Nationality  CESKA REPUBLlKA
Datum narozeni / Date of birth  O3.O2.l986
Rodne cislo / Personal No.  865203/4l27
Pohlavi / Sex  F        Misto narozeni / Place of birth  BRNO
Datum vydani / Date of issue  l2.O5.2O22
Platnost do / Date of expiry  ll.O5.2O32
Urad / Authority  MAGISTRAT MESTA BRNA
P<CZENOVAKOVA<<JANA<<<<<<<<<<<<<<<<<<<<<<<<<
4l728396<OCZE86O2O3lF32O5ll6<<<<<<<<<<<<<<O8
""",
        expected={
            "number": "41728396",
            "date": "2022-05-12",
            "total": None,
            "currency": None,
        },
    ),
    HoldoutDocument(
        id="t-en-power-of-attorney-addenda",
        document_type="power_of_attorney",
        language="en",
        text="""\
POWER OF ATTORNEY No. 2025/14

Moscow, 6 October 2025

JSC "Rusexport Machinery" (INN 7743607969, KPP 774301001, OGRN 1157745654450), 12 Presnenskaya emb.,
Moscow 123112, Russia, account 40702810912619869133 with JSC "MPK Bank", Moscow, BIK 044525262,
corr. account 30101810900000000262, represented by General Director Vladimir A. Lisitsyn acting
under the Charter (the "Principal"), hereby authorises

Ms. Irina Olegovna Zhdanova, Head of Export Sales, INN 771428826125,
Russian passport 45 17 No. 338210 issued on 11.09.2017 (the "Attorney"),

to act on behalf of the Principal in its relations with Almaty Agrotech LLP (Kazakhstan), namely:
1. to negotiate and sign addenda, specifications and delivery schedules to Supply Contract
   No. 77/2025-EXP dated 14 April 2025;
2. to sign acceptance certificates, CMR consignment notes and packing lists for the goods;
3. to send and receive correspondence and claims under the Contract.

The Attorney may not receive money on behalf of the Principal or delegate these powers.
This power of attorney is valid until 31 December 2026.

Specimen signature of the Attorney: ____________________ I. O. Zhdanova

General Director ____________________ V. A. Lisitsyn                              L.S.
""",
        expected={
            "number": "2025/14",
            "date": "2025-10-06",
            "total": None,
            "currency": None,
            "parties.principal.inn": "7743607969",
            "parties.principal.kpp": "774301001",
            "parties.principal.bik": "044525262",
            "parties.principal.account": "40702810912619869133",
            "parties.attorney.inn": "771428826125",
        },
    ),
]

_LETTERS = [
    HoldoutDocument(
        id="t-en-letter-payment-reminder",
        document_type="letter",
        language="en",
        text="""\
Tsifrovye Resheniya Alfa LLC
Ul. Bolshaya Pochtovaya 26V, bldg. 2, Moscow 105082, Russia
INN 7734988281, KPP 773401001, accounts@tsifra-alfa.example

Our ref.: TRA/FIN/2025-118                                                  17 November 2025

Baltic Freight Systems SIA
Attn.: Accounts Payable
Krasta iela 52, Riga LV-1003, Latvia

PAYMENT REMINDER

Dear Sirs,

According to our records, the following invoice issued under Service Agreement No. SA-2025/07
of 1 July 2025 remains unpaid:

| Invoice No. | Invoice date    | Due date         | Amount, USD | Paid, USD | Outstanding, USD |
|-------------|-----------------|------------------|-------------|-----------|------------------|
| 25-1031     | 31 October 2025 | 14 November 2025 |   14,040.00 |      0.00 |        14,040.00 |

The invoice relates to Acceptance Certificate No. 5 of 31 October 2025 signed by your CTO.
We kindly ask you to arrange payment within 7 days to our USD account 40702840365964713823
with JSC "MPK Bank", Moscow, BIK 044525262, SWIFT MPKBRUMM.
Under clause 6.3 of the Agreement, late payment interest of 0.05% per day may be charged from
15 November 2025. If you have already paid, please send us a copy of the payment confirmation
and disregard this reminder.

Yours faithfully,

Marina Kovrigina
Chief Accountant
""",
        expected={
            "number": "TRA/FIN/2025-118",
            "date": "2025-11-17",
            "total": None,
            "currency": "USD",
        },
    ),
]

_OTHER_PAPERS = [
    HoldoutDocument(
        id="t-en-other-statement-of-account",
        document_type="other",
        language="en",
        text="""\
JSC "Rusexport Machinery"
12 Presnenskaya emb., Moscow 123112, Russia
INN 7743607969, KPP 774301001
USD account 40702840284800752210 with JSC "MPK Bank", Moscow, BIK 044525262, SWIFT MPKBRUMM

STATEMENT OF ACCOUNT No. SOA-2025-10
as at 31 October 2025

Customer: Almaty Agrotech LLP, Al-Farabi Ave. 77/8, Almaty 050040, Kazakhstan, BIN 190840021537
Contract: Supply Contract No. 77/2025-EXP dated 14 April 2025

| Date       | Document                               |  Debit, USD |  Credit, USD | Balance, USD |
|------------|----------------------------------------|-------------|--------------|--------------|
| 01.10.2025 | Opening balance                        |             |              |   157,750.00 |
| 03.10.2025 | Payment received, ref. AAT-0931        |             |   100,000.00 |    57,750.00 |
| 14.10.2025 | Advance received, Addendum No. 1       |             |    48,400.00 |     9,350.00 |
| 24.10.2025 | Invoice EXP-25-0703, lot 3 (2 dryers)  |   58,200.00 |              |    67,550.00 |
| 31.10.2025 | Closing balance due                    |             |              |    67,550.00 |

Amount due from the Customer as at 31 October 2025: USD 67,550.00.
Please check this statement and report any discrepancy within 10 days, otherwise the balance
will be considered confirmed. This statement is not an invoice: payments are due under the
invoices listed above.

Chief Accountant ____________________ N. V. Guseva
""",
        expected={
            "number": "SOA-2025-10",
            "date": "2025-10-31",
            "total": None,
            "currency": "USD",
        },
    ),
    HoldoutDocument(
        id="t-en-other-remittance-advice",
        document_type="other",
        language="en",
        text="""\
OOO "Sibirskaya Upakovka"
69 Petukhova St., bldg. 3, Novosibirsk 630088, Russia
INN 5406916273, KPP 540601001

REMITTANCE ADVICE No. RA-0088
Date: 21 October 2025

To: Hangzhou Lianda Packaging Machinery Co., Ltd., Accounts Receivable
Attn.: Ms. Zhou Min, fax +86 571 8677 2191

We advise that the following payment has been made to your account 3589 6721 4410 with
Zhejiang Qiantang Commercial Bank, Hangzhou (SWIFT ZQCBCNBH):

Payment order: application for transfer No. 88 of 20 October 2025, value date 21 October 2025
Amount remitted: USD 30,940.00, all charges for our account (OUR)

| Your invoice  | Invoice date | Invoice amount | Advance deducted | Amount paid now |
|---------------|--------------|----------------|------------------|-----------------|
| HZ-CI-25-0917 | 2025-10-09   |  USD 44,200.00 |    USD 13,260.00 |   USD 30,940.00 |
| Total paid    |              |                |                  |   USD 30,940.00 |

Please allocate the payment accordingly and confirm receipt. The original B/L SHLX2510-04471
should be released to our customs broker upon receipt of the funds.

Accounts Payable ____________________ T. A. Frolova
""",
        expected={
            "number": "RA-0088",
            "date": "2025-10-21",
            "total": None,
            "currency": "USD",
        },
    ),
    HoldoutDocument(
        id="t-en-other-purchase-order",
        document_type="other",
        language="en",
        text="""\
Scandi Dent Clinic LLC
21 Profsoyuznaya St., Moscow 117292
INN 7736032734, KPP 773601001, OGRN 1187736138996

PURCHASE ORDER No. PO-4471
Date: 2025-10-20

Supplier: Medpostavka Stolitsa LLC, INN 7725147839, KPP 772501001,
26 Leninskaya Sloboda St., bldg. 5, Moscow 115280
Reference: your commercial offer KP-25/0977 of 2025-10-14

| Item | Article  | Description                                  | Qty | Unit price, RUB | Amount, RUB |
|------|----------|----------------------------------------------|-----|-----------------|-------------|
| 1    | STD-S300 | Dental chair unit Stomadent S-300, white     |   2 |      184,500.00 |  369,000.00 |
| 2    | AC-B23   | Autoclave class B, 23 L                      |   1 |       96,420.00 |   96,420.00 |
| 3    | CL-LED5  | LED curing light, cordless                   |   3 |        7,000.00 |   21,000.00 |
|      |          | Order total, VAT exempt (Tax Code, art. 149) |     |                 |  486,420.00 |

Delivery: by 2025-11-05 to 21 Profsoyuznaya St., Moscow, with installation of the chairs.
Payment: 100% within 10 banking days of delivery, against your invoice and UPD.
Please confirm this order within 2 working days, quoting the order number on all documents.

Authorised by: Chief Physician ____________________ L. K. Sandberg
""",
        expected={
            "number": "PO-4471",
            "date": "2025-10-20",
            "total": None,
            "currency": "RUB",
        },
    ),
]

ENGLISH_DOCUMENTS_T = [
    *_INVOICES,
    *_ACTS,
    *_CONTRACTS,
    *_WAYBILLS,
    *_PACKING_LISTS,
    *_PAYMENTS,
    *_BANK_STATEMENTS,
    *_RECEIPTS,
    *_IDENTITY_PAPERS,
    *_LETTERS,
    *_OTHER_PAPERS,
]
