"""English documents of set V. `bench.holdout_v` describes the set and its labels."""

# ruff: noqa: E501
from .holdout import HoldoutDocument

_INVOICES = [
    HoldoutDocument(
        id="v-en-invoice-rail-forwarder-legs-deposit",
        document_type="invoice",
        language="en",
        text="""\
SILK RAIL LOGISTICS LLP
050040, Almaty, Al-Farabi Ave. 77/8, Esentai Tower, office 1204, Republic of Kazakhstan
BIN 180940017265 | Tel. +7 727 356 81 40 | accounts@silkrail.example

INVOICE No. SRL-25-0311                                              Date: March 11, 2025
                                                                     Due date: April 10, 2025

Bill to:
Baltic Furniture Factory LLC (OOO Baltiyskaya mebelnaya fabrika)
48 Portovaya St., Kaliningrad 236039, Russian Federation
INN 3906825969 / KPP 390601001

Contract No. SRL-RU-114 of 15.01.2025, booking BKG-XIAN-25-0117
Cargo: furniture hardware, 2 x 40'HC, containers CSNU 6124871 and TGHU 9950346
Route: Foshan (China) - Xi'an - Altynkol - Moscow (Vorsino) - Kaliningrad

| # | Description (leg)                                        | Qty | Unit price, USD | Amount, USD |
| 1 | Pre-carriage by truck Foshan - Xi'an rail terminal       | 1   | 1,150.00        | 1,150.00    |
| 2 | Rail freight Xi'an - Altynkol - Moscow (Vorsino), 40'HC  | 2   | 4,850.00        | 9,700.00    |
| 3 | Transshipment to 1520 mm gauge at Altynkol               | 2   | 320.00          | 640.00      |
| 4 | Rail freight Moscow - Kaliningrad (transit), 40'HC       | 2   | 1,280.00        | 2,560.00    |
| 5 | Last-mile delivery in Kaliningrad                        | 2   | 210.00          | 420.00      |
| 6 | Cargo insurance, 0.15% of cargo value USD 186,400.00     | 1   | 279.60          | 279.60      |

Subtotal                                                                     USD 14,749.60
VAT (international carriage, 0%)                                             USD      0.00
INVOICE TOTAL                                                                USD 14,749.60
Less: deposit received on February 20, 2025                                 -USD  5,000.00
BALANCE DUE                                                                  USD  9,749.60

Please pay the balance due by April 10, 2025 to:
Beneficiary: Silk Rail Logistics LLP
Bank: JSC Steppe Commercial Bank, Almaty, SWIFT STCBKZKA
IBAN: KZ799148400000182745 (USD)
Bank charges outside Kazakhstan are for the payer's account.

Director ______________ A. Nurpeisov
""",
        expected={
            "number": "SRL-25-0311",
            "date": "2025-03-11",
            "total": "14749.60",
            "currency": "USD",
            "parties.buyer.inn": "3906825969",
            "parties.buyer.kpp": "390601001",
        },
    ),
    HoldoutDocument(
        id="v-en-invoice-software-licence-balance-brought-forward",
        document_type="invoice",
        language="en",
        text="""\
SEVERSOFT LLC (OOO Seversoft)
32 Kamenskaya St., office 708, Novosibirsk 630099, Russia
INN 5408256880 | KPP 540801001 | OGRN 1185448936155

INVOICE No. SS-EXP-0042
Invoice date: 2025-03-31
Payment terms: 15 days, due 2025-04-15

Customer: Dunav Soft d.o.o., Bulevar oslobodjenja 94, 21000 Novi Sad, Serbia
PIB 109876543, MB 21543876
Agreement: Licence and Support Agreement No. LA-RS-2024/07 of 2024-10-01

| Item | Description                                             | Qty | Unit price | Amount   |
| 1    | Seversoft.Logistics subscription licence, named user,   | 15  | 420.00     | 6,300.00 |
|      | 12 months (April 2025 - March 2026)                     |     |            |          |
| 2    | Premium support, 12 months                              | 1   | 1,800.00   | 1,800.00 |
| 3    | Implementation and data migration, hours                | 24  | 55.00      | 1,320.00 |

Subtotal                                                                  USD  9,420.00
VAT: not subject to Russian VAT (place of supply outside the Russian
Federation, Article 148 of the Tax Code)                                  USD      0.00
Invoice total                                                             USD  9,420.00
Balance brought forward (invoice SS-EXP-0031 of 2025-02-28, unpaid)       USD  2,150.00
Total amount due                                                          USD 11,570.00

Bank details for payments in USD:
Beneficiary: SEVERSOFT LLC, INN 5408256880
Account: 40702840712684935181
Bank: JSC Siberian Trade Bank, Novosibirsk, BIK 045004321, corr. account 30101810600000000321
SWIFT: SIBTRU5N
Please quote the invoice number in the payment details.

General Director ______________ A. P. Gordeev
""",
        expected={
            "number": "SS-EXP-0042",
            "date": "2025-03-31",
            "total": "9420.00",
            "currency": "USD",
            "parties.seller.inn": "5408256880",
            "parties.seller.kpp": "540801001",
            "parties.seller.bik": "045004321",
            "parties.seller.account": "40702840712684935181",
        },
    ),
    HoldoutDocument(
        id="v-en-invoice-wheat-export-fob-prepayment-scan",
        document_type="invoice",
        language="en",
        noisy=True,
        text="""\
AZOV GRAIN TRADE LLC
55 Temernitskaya St., Rostov-on-Don 344002, Russia
INN 6l63679534 / KPP 6l6301001
COMMERCIAL INVOICE No. AGT-2025/O17
Date: l5 Mar 2O25
Buyer: Nile Delta Milling Co. S.A.E., Tanta Industrial Zone, Gharbia, Egypt, Tax ID 512-874-309
Contract: AGT/ND/2025-03 dated 27 Jan 2025, FOB Novorossiysk (Incoterms 2020)
Vessel: MV Azov Star, B/L No. NVS-0315-02 dated l4 Mar 2025
| Description                                  | Quantity, MT | Price, USD/MT | Amount, USD |
| Russian milling wheat, 12.5% protein,        | 3,150.000    | 238.50        | 751,275.00  |
| crop 2024, in bulk                           |              |               |             |
Total FOB value:                                                   USD 751,275.OO
Less 20% prepayment received O5 Mar 2025:                          USD l50,255.00
Balance payable within 5 banking days after receipt of documents:  USD 601,020.00
Seller's bank (USD): JSC Don Investment Bank, Rostov-on-Don, BIK O46015625, SWIFT DNIBRU2R
Account: 4O702840320776482342, correspondent account 3010181O700000000625
Country of origin: Russian Federation. Phytosanitary certificate No. 2361O5O-0412
Director ____________ S. I. Molchanov
""",
        expected={
            "number": "AGT-2025/017",
            "date": "2025-03-15",
            "total": "751275.00",
            "currency": "USD",
            "parties.seller.inn": "6163679534",
            "parties.seller.kpp": "616301001",
            "parties.seller.bik": "046015625",
            "parties.seller.account": "40702840320776482342",
        },
    ),
]

_ACTS_AND_UPDS = [
    HoldoutDocument(
        id="v-en-act-office-fit-out-penalty-retention",
        document_type="act",
        language="en",
        text="""\
                             ACCEPTANCE CERTIFICATE (ACT) No. 14/2025
           for works performed under Contract No. IM-NL/2024-09 of 16 September 2024

Moscow                                                                             April 2, 2025

Contractor: Interior Montage LLC, INN 7714147019, KPP 771401001,
            12 Leningradsky Ave., bldg. 3, Moscow 125040
            account 40702810126773620828 with JSC Mosregionbank, BIK 044525503,
            corr. account 30101810300000000503
Customer:   Nordlight Rus LLC, INN 7703412843, KPP 770301001,
            6 Presnenskaya Emb., bldg. 2, floor 7, Moscow 123112

Works: office fit-out, floor 7, block B (stage 2 of the works schedule)
Period of works: 03.02.2025 - 21.03.2025 (completion date under the contract: 09.03.2025)

| # | Works                                       | Unit | Qty   | Rate, RUB  | Amount, RUB  |
| 1 | Glass partitions in aluminium frames        | m2   | 186.0 | 6,900.00   | 1,283,400.00 |
| 2 | Suspended ceilings with acoustic tiles      | m2   | 642.0 | 1,450.00   |   930,900.00 |
| 3 | Electrical installation, lighting groups    | lot  | 1     | 200,700.00 |   200,700.00 |

Total excluding VAT                                                              2,415,000.00
VAT 20%                                                                            483,000.00
Total including VAT                                                          RUB 2,898,000.00

Delay of completion: 12 days (09.03.2025 - 21.03.2025). Penalty under clause 9.2 (0.1% per day)
withheld by the Customer: RUB 34,776.00.
Retention of 5% under clause 5.6, released after the 12-month defects period: RUB 144,900.00.
Amount payable to the Contractor: RUB 2,718,324.00.

The works have been performed in full and accepted by the Customer.

For the Contractor: ____________ V. S. Gromov        For the Customer: ____________ E. Lindqvist
""",
        expected={
            "number": "14/2025",
            "date": "2025-04-02",
            "total": "2898000.00",
            "currency": "RUB",
            "parties.seller.inn": "7714147019",
            "parties.seller.kpp": "771401001",
            "parties.seller.bik": "044525503",
            "parties.seller.account": "40702810126773620828",
            "parties.buyer.inn": "7703412843",
            "parties.buyer.kpp": "770301001",
        },
    ),
    HoldoutDocument(
        id="v-en-upd-translation-medical-equipment-branch",
        document_type="upd",
        language="en",
        text="""\
UNIVERSAL TRANSFER DOCUMENT (translation from Russian)                              Status: 1

Invoice (schet-faktura) No. МТП-00412 dated 29.03.2025 (1)
Correction No. -- dated -- (1a)
Seller: MedTechPostavka LLC (2)
Address: 17B Butlerova St., floor 3, room 11, Moscow 117342 (2a)
Seller's INN/KPP: 7728270012/772801001 (2b)
Shipper and its address: same as seller (3)
Consignee and its address: Clinic Mediana LLC, branch Mediana-Yug, INN/KPP 1655510371/165843001,
29 Nikolaya Ershova St., Kazan 420111 (4)
To payment document No. 1406 dated 21.03.2025 (5)
Buyer: Clinic Mediana LLC (6)
Address: 6 Spartakovskaya St., Kazan 420107 (6a)
Buyer's INN/KPP: 1655510371/165501001 (6b)
Currency: name, code Russian rouble, 643 (7)

| # | Goods                      | Qty    | Price excl.  | Cost excl.   | VAT     | VAT       | Cost incl.   |
|   |                            |        | VAT          | VAT          | rate    | amount    | VAT          |
| 1 | Ultrasound scanner         | 1 pc   | 2,450,000.00 | 2,450,000.00 | without | without   | 2,450,000.00 |
|   | SonoVista X7, two probes   |        |              |              | VAT     | VAT       |              |
| 2 | Examination couch KSM-01   | 2 pcs  | 38,500.00    | 77,000.00    | 20%     | 15,400.00 | 92,400.00    |
| 3 | Ultrasound gel, 5 l can    | 12 pcs | 1,150.00     | 13,800.00    | 10%     | 1,380.00  | 15,180.00    |
|   | Total payable (9)          |        |              | 2,540,800.00 | X       | 16,780.00 | 2,557,580.00 |

The scanner is a registered medical device exempt from VAT (Art. 149(2)(1) of the Tax Code).
Prepayment of 50% (1,278,790.00) was received under payment document No. 1406 dated 21.03.2025.

Head of organisation ________ P. L. Ershov              Chief accountant ________ N. V. Orlova
Grounds for transfer: supply contract No. 45/25-MT dated 03.03.2025 [8]
Transport data: forwarding receipt No. 25-00318174 dated 31.03.2025, 5 packages [9]
Goods handed over: warehouse manager ________ R. N. Zaitsev, 29.03.2025 [10, 11]
Goods received: senior nurse ________ G. R. Safina, 03.04.2025 [15, 16]
Translated by: Lingva Plus translation agency, translator M. A. Kuznetsova
""",
        expected={
            "number": "МТП-00412",
            "date": "2025-03-29",
            "total": "2557580.00",
            "currency": "RUB",
            "parties.seller.inn": "7728270012",
            "parties.seller.kpp": "772801001",
            "parties.buyer.inn": "1655510371",
            "parties.buyer.kpp": "165501001",
            "parties.consignee.inn": "1655510371",
            "parties.consignee.kpp": "165843001",
        },
    ),
]

_OTHER_TYPES = [
    HoldoutDocument(
        id="v-en-payment-order-eur-transfer-part-of-invoice",
        document_type="payment_order",
        language="en",
        text="""\
JSC YANTARBANK, Kaliningrad                                  BIK 042748850
                                                             corr. account 30101810900000000850
                                                             SWIFT YANTRU2K

            APPLICATION FOR TRANSFER IN FOREIGN CURRENCY No. 27
                              Date: 17/03/2025

32A  Value date / currency / amount:  19/03/2025   EUR   18,640.00
     Amount in words: eighteen thousand six hundred forty euro 00 cents
50K  Ordering customer: Baltic Furniture Factory LLC
     INN 3906825969, KPP 390601001
     Account 40702978582408971143 (EUR)
     48 Portovaya St., Kaliningrad 236039, Russian Federation
57A  Beneficiary's bank: AS Riga Baltic Bank, Riga, Latvia, SWIFT RBBKLV2X
59   Beneficiary: Baltic Rail Forwarding SIA, Krasta iela 52, Riga LV-1003, Latvia
     IBAN: LV56RBBK0002930148765
70   Remittance information: 80% of invoice BRF-2025-0217 dated 28/02/2025 for forwarding
     of containers via the port of Riga (invoice total EUR 23,300.00), contract BRF-RU/2024-22
71A  Charges: OUR

Bank commission to be debited from our account 40702810336373262576 (RUB) with JSC Yantarbank.
Unique contract number: 24110005/2748/0003/3/1. Currency operation code 21200.

General Director ____________ K. Yu. Rudenko          Chief Accountant ____________ I. P. Volkova
                                                      Bank stamp: RECEIVED 17/03/2025 11:48
""",
        expected={
            "number": "27",
            "date": "2025-03-17",
            "total": "18640.00",
            "currency": "EUR",
            "parties.payer.inn": "3906825969",
            "parties.payer.kpp": "390601001",
            "parties.payer.bik": "042748850",
            "parties.payer.account": "40702978582408971143",
        },
    ),
    HoldoutDocument(
        id="v-en-contract-software-licence-two-years",
        document_type="contract",
        language="en",
        text="""\
                         SOFTWARE LICENCE AGREEMENT No. KA-RU-2025/03

Limassol / Moscow                                                                   01 April 2025

Kestrel Analytics Ltd, registered in Cyprus under No. HE 412873, 18 Arch. Makariou III Ave.,
Limassol 3030, Cyprus (the "Licensor"), and OblakoDesk LLC, INN 7707131240, KPP 770701001,
OGRN 1147735620669, 27 Petrovka St., floor 4, Moscow 127051, Russia (the "Licensee"), agree:

1. LICENCE
1.1 The Licensor grants the Licensee a non-exclusive, non-transferable licence to use the
Kestrel Insight analytics platform for 50 named users from 01 April 2025 to 31 March 2027.

2. FEES AND PAYMENT
2.1 Licence fee: USD 360.00 per named user per year, 50 users x 2 years = USD 36,000.00.
2.2 Support and maintenance: USD 3,240.00 per year, USD 6,480.00 for the term.
2.3 Total contract value: USD 42,480.00 (forty-two thousand four hundred eighty US dollars).
2.4 The Licensee pays 50% (USD 21,240.00) within 10 business days after signing and the balance
of USD 21,240.00 by 01 April 2026, against the Licensor's invoices.
2.5 Late payment interest: 0.05% of the overdue amount per day, capped at 5% of that amount.
2.6 Fees are exclusive of any taxes that the Licensee withholds under Russian law.

3. TERM AND TERMINATION
3.1 This Agreement takes effect on signing and remains in force until 31 March 2027.
3.2 Either party may terminate it on 60 days' written notice for a material breach that is not
remedied within 30 days.

4. GOVERNING LAW
4.1 This Agreement is governed by the laws of England and Wales. Disputes are settled by
arbitration in London under the LCIA Rules.

5. BANK DETAILS
Licensor: Hellenic Coastal Bank Ltd, Limassol, SWIFT HCBLCY2N
          IBAN: CY70002001280000001204715300
Licensee: account 40702840892585027595 (USD) with JSC Bank Stolichny Kapital, Moscow,
          BIK 044525455, corr. account 30101810500000000455, SWIFT BSKARUMM

For the Licensor:                                    For the Licensee:
____________________ A. Constantinou, Director       ____________________ K. D. Efremov, General Director
""",
        expected={
            "number": "KA-RU-2025/03",
            "date": "2025-04-01",
            "total": "42480.00",
            "currency": "USD",
            "parties.buyer.inn": "7707131240",
            "parties.buyer.kpp": "770701001",
            "parties.buyer.bik": "044525455",
            "parties.buyer.account": "40702840892585027595",
        },
    ),
    HoldoutDocument(
        id="v-en-waybill-cmr-seeder-parts-scan",
        document_type="waybill",
        language="en",
        noisy=True,
        text="""\
CMR  INTERNATIONAL CONSIGNMENT NOTE / МЕЖДУНАРОДНАЯ ТОВАРНО-ТРАНСПОРТНАЯ НАКЛАДНАЯ      No. O417325
1 Sender: DONAGROMASH LLC, 4 Vavilova St., Rostov-on-Don 344065, Russia
  INN 6l65829400, KPP 6165O1001
2 Consignee: TOO Agro Service Kostanay, 112 Baimagambetova St., Kostanay 110000, Kazakhstan,
  BIN 15O440021937
3 Place of delivery of the goods: Kostanay, Kazakhstan
4 Place and date of taking over the goods: Rostov-on-Don, Russia, 24.O3.2025
5 Documents attached: invoice DAM-E-0087 of 21.03.2025, packing list, certificate of origin CT-1
6-9 Marks and Nos / number of packages / method of packing / nature of the goods:
  DAM-KST 1-18 | l8 pallets | wooden pallets, stretch film | seeder spare parts (discs, coulters,
  bearings)
10 Statistical number: 8432 90 000 0
11 Gross weight, kg: 9 84O        12 Volume, m3: 26,4
16 Carrier: YUGTRANSAVTO LLC, 21 Instrumentalnaya St., Taganrog 347913, Russia
   INN 6154909630, KPP 6154Ol001; truck MAN TGX, reg. A 512 KM 161, trailer ER 4418 61
17 Successive carriers: --
18 Carrier's reservations: none
21 Established in Rostov-on-Don on 24.03.2025
22 Signature and stamp of the sender ______    23 Signature of the carrier ______
24 Goods received: Kostanay, ____ . ____ .2025   Signature of the consignee ______
""",
        expected={
            "number": "0417325",
            "date": "2025-03-24",
            "currency": None,
            "parties.shipper.inn": "6165829400",
            "parties.shipper.kpp": "616501001",
            "parties.carrier.inn": "6154909630",
            "parties.carrier.kpp": "615401001",
        },
    ),
    HoldoutDocument(
        id="v-en-packing-list-furniture-hardware-cartons",
        document_type="packing_list",
        language="en",
        text="""\
NINGBO HENGFA FURNITURE HARDWARE CO., LTD.
No. 288 Jinhai Road, Beilun District, Ningbo, Zhejiang 315800, China
USCI 91330206MA2H4K7X3P | Tel. +86 574 8618 2290

                                       PACKING LIST

No.: NHF-PL-250307                                                    Date: 07 Mar 2025
Invoice No.: NHF-CI-250307 of 07 Mar 2025                    Contract No.: NHF-BMF-2024-11
Consignee: Baltic Furniture Factory LLC, 48 Portovaya St., Kaliningrad 236039, Russian Federation
           INN 3906825969, KPP 390601001
Notify party: Silk Rail Logistics LLP, Almaty, Kazakhstan
Place of loading: Foshan, by truck to the Xi'an rail terminal
Containers: CSNU 6124871 (seal CN2503117), TGHU 9950346 (seal CN2503118)

| Ctn Nos.  | Description                   | Qty, pcs | Cartons | N.W., kg | G.W., kg | CBM   |
| 1-420     | Soft-close hinges 35 mm       | 84,000   | 420     | 5,460.0  | 5,880.0  | 18.90 |
| 421-700   | Drawer slides 450 mm, pairs   | 11,200   | 280     | 7,840.0  | 8,120.0  | 24.64 |
| 701-940   | Cabinet handles 128 mm        | 48,000   | 240     | 2,880.0  | 3,120.0  | 9.60  |
| 941-1040  | Lift-up door mechanisms       | 2,000    | 100     | 2,600.0  | 2,850.0  | 12.00 |
| TOTAL     |                               | 145,200  | 1,040   | 18,780.0 | 19,970.0 | 65.14 |

Shipping marks: BMF / KALININGRAD / C/NO. 1-1040 / MADE IN CHINA
Packing: export cartons on 52 pallets, cartons 1-700 in CSNU 6124871, 701-1040 in TGHU 9950346.

Authorised signature ____________ Chen Lihua, Export Department
""",
        expected={
            "number": "NHF-PL-250307",
            "date": "2025-03-07",
            "total": None,
            "currency": None,
            "parties.consignee.inn": "3906825969",
            "parties.consignee.kpp": "390601001",
        },
    ),
    HoldoutDocument(
        id="v-en-bank-statement-forwarder-usd-account",
        document_type="bank_statement",
        language="en",
        text="""\
JSC BALTIC SETTLEMENT BANK, St. Petersburg
BIK 044030647 | corr. account 30101810600000000647 | SWIFT BSBKRU2P

                                  STATEMENT OF ACCOUNT No. 41
Statement date: 21 March 2025
Account: 40702840216352078655 (USD)
Account holder: TransLink Expedition LLC, INN 7810008882, KPP 781001001
Period: 21.03.2025 - 21.03.2025                      Previous statement: No. 40 of 20 March 2025

Opening balance                                                                      USD 84,216.35

| Date       | Doc. No. | Counterparty / details                                | Debit     | Credit    |
| 21.03.2025 | 55018    | Pacific Bridge Trading Ltd, Hong Kong                  |           | 18,400.00 |
|            |          | payment of invoice TLE-EXP-0112, sea freight           |           |           |
| 21.03.2025 | 7741     | Astana Mebel TOO, Astana, Kazakhstan                   |           | 6,250.00  |
|            |          | payment of invoice TLE-EXP-0115, rail freight          |           |           |
| 21.03.2025 | 118      | Orient Star Shipping Co., Ltd., Shanghai                | 22,870.00 |           |
|            |          | ocean freight for March sailings, invoice OSS-25-0871  |           |           |
| 21.03.2025 | 119      | Sale of USD, roubles credited to the holder's account  | 12,000.00 |           |
|            |          | 40702810885077914167 with the same bank                |           |           |
| 21.03.2025 | --       | Bank commission for SWIFT transfer                     | 45.00     |           |

Turnover                                                          debit 34,915.00   credit 24,650.00
Closing balance                                                                      USD 73,951.35

Printed 22.03.2025 09:02 from the Baltic Business Online system. No signature required.
""",
        expected={
            "number": "41",
            "date": "2025-03-21",
            "currency": "USD",
            "parties.account_holder.inn": "7810008882",
            "parties.account_holder.kpp": "781001001",
            "parties.account_holder.bik": "044030647",
            "parties.account_holder.account": "40702840216352078655",
        },
    ),
    HoldoutDocument(
        id="v-en-receipt-urgent-care-insurance-adjustment-photo",
        document_type="receipt",
        language="en",
        noisy=True,
        text="""\
HARB0R POINT URGENT CARE
2210 Pacific Ave, Tacoma, WA 984O2
Tel (253) 555-O184
RECEIPT #: HPU-558213
Date: O3/14/2O25   10:52 AM
Patient: J. Whitcombe   Acct: OO417762
Provider: L. Okafor, MD
CPT 99204  Office visit, new patient     $185.OO
CPT 87880  Rapid strep test               $42.00
CPT 71046  Chest X-ray, 2 views          $l38.00
              Charges                    $365.OO
  Insurance adjustment (Cascade PPO)    -$l20.00
  Patient responsibility                 $245.00
VISA ****4417  AUTH 0O8812               $245.OO
TOTAL PAID                               $245.OO
Thank you! Questions about your bill?
Call (253) 555-Ol90
""",
        expected={
            "number": "HPU-558213",
            "date": "2025-03-14",
            "total": "245.00",
            "currency": "USD",
        },
    ),
    HoldoutDocument(
        id="v-en-passport-portugal-issue-date-mrz",
        document_type="passport",
        language="en",
        text="""\
REPÚBLICA PORTUGUESA / PORTUGUESE REPUBLIC
PASSAPORTE / PASSPORT

Tipo / Type: P        Código / Code: PRT        Passaporte N.º / Passport No.: CB472918
Apelido / Surname: FERREIRA DA SILVA
Nome / Given names: MARTA ISABEL
Nacionalidade / Nationality: PORTUGUESA
Data de nascimento / Date of birth: 22 AGO/AUG 1989
Sexo / Sex: F        Altura / Height: 1,66
Naturalidade / Place of birth: COIMBRA
Data de emissão / Date of issue: 09 JUN 2021
Validade / Date of expiry: 09 JUN 2026
Autoridade / Authority: SEF - SERVIÇO DE ESTRANGEIROS E FRONTEIRAS
Assinatura do titular / Holder's signature ______________

P<PRTFERREIRA<DA<SILVA<<MARTA<ISABEL<<<<<<<<
CB472918<6PRT8908227F2606093<<<<<<<<<<<<<<02
""",
        expected={
            "number": "CB472918",
            "date": "2021-06-09",
            "total": None,
            "currency": None,
        },
    ),
    HoldoutDocument(
        id="v-en-power-of-attorney-port-representative-limit",
        document_type="power_of_attorney",
        language="en",
        text="""\
                                   POWER OF ATTORNEY No. 12/25

Rostov-on-Don                                                                     March 20, 2025

AZOV GRAIN TRADE LLC, INN 6163679534, KPP 616301001, OGRN 1126137570943, 55 Temernitskaya St.,
Rostov-on-Don 344002, Russia (the "Company"), represented by its General Director
Sergey I. Molchanov, acting under the Charter, hereby authorises

Mr. Pavel Sergeyevich Lomakin, born 14.06.1986, Russian passport 60 06 417229 issued
19.06.2006, INN 616371872059,

to represent the Company before the port authorities, cargo surveyors, stevedoring companies
and shipping agents at the port of Novorossiysk, in particular:
- to sign notices of readiness, statements of facts, mate's receipts and draft survey reports
  for shipments of wheat under contract AGT/ND/2025-03 dated 27 January 2025;
- to receive and hand over bills of lading and certificates of quality and origin;
- to sign contracts for port services on behalf of the Company in an amount not exceeding
  USD 250,000.00 per transaction.

This power of attorney is issued without the right of substitution and is valid until
31 December 2025.

General Director ____________ S. I. Molchanov                          L.S.
Specimen signature of the attorney ____________ P. S. Lomakin
""",
        expected={
            "number": "12/25",
            "date": "2025-03-20",
            "total": None,
            "currency": "USD",
            "parties.principal.inn": "6163679534",
            "parties.principal.kpp": "616301001",
            "parties.attorney.inn": "616371872059",
        },
    ),
    HoldoutDocument(
        id="v-en-letter-container-detention-charges",
        document_type="letter",
        language="en",
        text="""\
SILK RAIL LOGISTICS LLP
050040, Almaty, Al-Farabi Ave. 77/8, office 1204, Kazakhstan
Tel. +7 727 356 81 40 | ops@silkrail.example

Our ref.: SRL/OPS/25-118
Your ref.: BMF/LOG-0412
24 March 2025

Baltic Furniture Factory LLC
Attn.: Ms. Irina Volkova, Logistics Manager
48 Portovaya St., Kaliningrad 236039, Russia

Re: Detention of containers CSNU 6124871 and TGHU 9950346 at Moscow (Vorsino)

Dear Ms. Volkova,

The two containers shipped under our invoice SRL-25-0311 of March 11, 2025 arrived at the
Vorsino terminal on 10 March 2025. The free time of 5 days expired on 15 March 2025, and the
containers are still waiting for the transit documents for the Kaliningrad leg.

If the documents reach us by 26 March 2025, the additional charges will be:
  Detention: 2 containers x 9 days x USD 35.00 = USD 630.00
  Station storage (terminal tariff)             = USD 410.00
  Total additional charges                      = USD 1,040.00

These charges are not part of invoice SRL-25-0311 and will be invoiced separately after the
containers are released. Please send the transit declaration to ops@silkrail.example.

Yours sincerely,

Aigerim Sadykova
Operations Manager
""",
        expected={
            "number": "SRL/OPS/25-118",
            "date": "2025-03-24",
            "total": None,
            "currency": "USD",
        },
    ),
    HoldoutDocument(
        id="v-en-other-rail-rate-quotation-estimate",
        document_type="other",
        language="en",
        text="""\
SILK RAIL LOGISTICS LLP
050040, Almaty, Al-Farabi Ave. 77/8, office 1204, Kazakhstan | sales@silkrail.example

RATE QUOTATION No. Q-25-0390
Date: March 28, 2025                                        Valid until: April 30, 2025

To: Baltic Furniture Factory LLC, Kaliningrad, Russia
Subject: rail service China - Kaliningrad, 40'HC containers, loadings in April-May 2025

| Leg | Service                                             | Rate per 40'HC, USD |
| 1   | Pre-carriage by truck Foshan - Xi'an                | 570.00              |
| 2   | Rail freight Xi'an - Altynkol - Moscow (Vorsino)    | 4,700.00            |
| 3   | Transshipment to 1520 mm gauge at Altynkol          | 320.00              |
| 4   | Rail freight Moscow - Kaliningrad (transit)         | 1,280.00            |
| 5   | Last-mile delivery in Kaliningrad                   | 210.00              |
|     | All-in rate per 40'HC                               | 7,080.00            |

Not included: cargo insurance (0.15% of the cargo value), customs clearance, detention after
5 free days (USD 35.00 per container per day) and station storage.
Estimate for the 4 containers in your request of 26 March 2025: USD 28,320.00. The estimate is
for reference only. Charges are invoiced per shipment at the rates valid on the loading date.

This quotation is not an invoice and does not request payment.

Kanat Abenov, Sales Manager
""",
        expected={
            "number": "Q-25-0390",
            "date": "2025-03-28",
            "total": None,
            "currency": "USD",
        },
    ),
    HoldoutDocument(
        id="v-en-other-software-licence-certificate",
        document_type="other",
        language="en",
        text="""\
KESTREL ANALYTICS LTD
18 Arch. Makariou III Ave., Limassol 3030, Cyprus | Company No. HE 412873

                                    LICENCE CERTIFICATE

Certificate No.: KA-LC-000318
Issue date: 2025-04-03

Licensee:        OblakoDesk LLC, Moscow, Russia (INN 7707131240)
Agreement:       Software Licence Agreement No. KA-RU-2025/03 dated 01 April 2025
Product:         Kestrel Insight Enterprise, version 7.4
Licence type:    named user, non-exclusive, non-transferable
Users:           50
Term:            01 April 2025 - 31 March 2027
Licence key:     KIN7-4E50-R8QX-2M7V-H3TZ
Deployment:      cloud, EU-Central region
Support level:   Standard, business hours (8x5), response within 8 hours

This certificate confirms the rights granted under the Agreement. It is not an invoice.

Authorised signatory: A. Constantinou, Head of Licensing
""",
        expected={
            "number": "KA-LC-000318",
            "date": "2025-04-03",
            "total": None,
            "currency": None,
        },
    ),
]

ENGLISH_DOCUMENTS_V = [*_INVOICES, *_ACTS_AND_UPDS, *_OTHER_TYPES]
