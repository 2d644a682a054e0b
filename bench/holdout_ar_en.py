"""English documents of set AR. `bench.holdout_ar` describes the set and its labels."""

# Document texts reproduce printed lines up to 110 characters wide.
# ruff: noqa: E501

from .holdout import HoldoutDocument

_INVOICES = [
    # The export invoice of the barley lot bills the B/L quantity. Its total is the full
    # value, not the balance after the advance, and the Turkish buyer has no labels.
    HoldoutDocument(
        id="ar-en-invoice-turkish-barley-usd",
        document_type="invoice",
        language="en",
        text="""\
STEPNOY KOLOS LLC (ООО «Степной Колос»)
12 Elevatornaya St., Timashevsk, Krasnodar Territory, 352700, Russian Federation
INN 2369526012 / KPP 236901001, OGRN 1152369787789, export@stepkolos.example

                                COMMERCIAL INVOICE
Invoice No.: SK-EX-0305                         Date: 5 March 2026
Contract:    SK-TR-26/03 dated 2 February 2026
B/L:         KVK-MER-0214 dated 04.03.2026, MV AZOV STAR (IMO 9412347)

Buyer:     Mersin Anadolu Yem Sanayi ve Ticaret A.S.
           Mersin Serbest Bolge, 33020 Akdeniz / Mersin, Turkiye
           Tax No. 6120487153 (Mersin Tax Office)
Terms:     FOB Port Kavkaz, Incoterms 2020
Origin:    Russian Federation

| Description                                   | HS code      | Quantity, MT | USD/MT |  Amount, USD |
|-----------------------------------------------|--------------|--------------|--------|--------------|
| Russian feed barley, crop 2025, in bulk       | 1003 90 000 0|    2,986.420 | 228.50 |   682,396.97 |

                                        Total invoice value:          USD 682,396.97
                                        Less advance received 09.02.2026: USD 137,100.00
                                        Balance due:                  USD 545,296.97

Quantity as per draft survey NSC-DS-26/0214 at the port of loading.
Payment of the balance within 5 banking days against copies of shipping documents to:
Beneficiary account 40702840513721590109 (USD), Kuban Agroprombank JSC, Krasnodar,
SWIFT KUAPRU22, BIK 040349712, corr. account 30101810100000000712.
Correspondent bank of Kuban Agroprombank for USD: as stated in the contract.

For Stepnoy Kolos LLC ____________ D. A. Shevchenko, General Director
""",
        expected={
            "number": "SK-EX-0305",
            "date": "2026-03-05",
            "total": "682396.97",
            "currency": "USD",
            "parties.seller.inn": "2369526012",
            "parties.seller.kpp": "236901001",
            "parties.seller.bik": "040349712",
            "parties.seller.account": "40702840513721590109",
        },
    ),
    # The Kazakh supplier's invoice in tenge. Its BIN and IBAN are foreign and not
    # labelled, and the advance and balance are halves of the total.
    HoldoutDocument(
        id="ar-en-invoice-kazakh-fertiliser-kzt",
        document_type="invoice",
        language="en",
        text="""\
KAZAGROKHIM TRADE LLP
BIN 081234483475
17 Tauke Khan Ave., Shymkent, 160012, Republic of Kazakhstan
Bank: Turan Agrobank JSC, Shymkent branch, BIC TUAGKZKA
IBAN KZ62722S00018472651 (KZT)

                                    INVOICE No. KAT-26/0117
                                    Date: 20 February 2026

Buyer:      Stepnoy Kolos LLC, INN 2369526012, KPP 236901001
            12 Elevatornaya St., Timashevsk, Krasnodar Territory, 352700, Russia
Contract:   KAT/SK-2026/02 of 5 February 2026
Delivery:   DAP Timashevskaya station (North Caucasus Railway), Incoterms 2020
Country of origin: Republic of Kazakhstan

| No. | Goods                                   | HS code      | Qty, MT |   Price, KZT |    Amount, KZT |
|-----|-----------------------------------------|--------------|---------|--------------|----------------|
|  1  | Monoammonium phosphate (MAP) 12-52,     | 3105 40 000 0|  120.00 |   268,500.00 |  32,220,000.00 |
|     | big bags of 1,000 kg                    |              |         |              |                |
|  2  | Rail freight to Timashevskaya station   |              |         |              |   2,940,000.00 |

                                                  Subtotal:          KZT 35,160,000.00
                                                  VAT 0% (export):   KZT          0.00
                                                  Total:             KZT 35,160,000.00

Payment terms: 50% advance (KZT 17,580,000.00) paid on 12.02.2026;
balance of 50% (KZT 17,580,000.00) within 10 days of arrival of the wagons.
Amounts in tenge. Packing list KAT-PL-26/0117.

Director ____________ A. Zh. Nurpeisov            Chief accountant ____________ G. S. Abenova
""",
        expected={
            "number": "KAT-26/0117",
            "date": "2026-02-20",
            "total": "35160000.00",
            "currency": "KZT",
            "parties.buyer.inn": "2369526012",
            "parties.buyer.kpp": "236901001",
        },
    ),
    # A fax of the surveyor's invoice, an English paper of two Russian companies in
    # roubles. The fax header is printed above it.
    HoldoutDocument(
        id="ar-en-invoice-survey-fax",
        document_type="invoice",
        language="en",
        noisy=True,
        text="""\
O7-MAR-2O26 O8:l2  FROM: NSC NOVOROSSIYSK +7 8617 6O-14-22   TO: STEPNOY KOLOS   P.l
NОVОROSSIYSK SURVЕY СОMРANY LLC (ОOO «Новороссийская сюрвейерская компания»)
42 Sovetоv St., Nоvorossiуsk, 3539OO, Russia   INN 23l57l1474  KPP 2315O10O1
Acсount 407O281O335959459l72, Krasnodar branch of Stepbank JSС, BIK 04O34967l,
corr. aсcount 301O181O50OOO0OOO671

                          INVOICE No. NSС-26/O318   Datе: O6.O3.2026

Customer: Stеpnoy Кolоs LLС, INN 2369526Ol2, KРP 2369Ol0Ol, Timashevsk
Service agreement Nо. 26/O7-S dated 15 Januarу 2026
Vеssel: МV AZOV STAR, Pоrt Kavkaz, сargo: fееd barley in bulk, B/L KVК-МER-0214

| No. | Sеrviсe                                          | Qty |  Rate, RUВ |  Аmоunt, RUB |
|  l  | Draft survеу (initial and final)                 |  2  |  96,0OO.0O |   192,0OO.OO |
|  2  | Sаmpling and laboratory analysis (mоisture etс.) |  1  |  38,5O0.0O |    38,500.OO |
|  3  | Supervisiоn оf hold fumigаtion                   |  1  |  24,OOO.0O |    24,OO0.00 |

                                     Subtotal:        RUВ 254,5O0.OO
                                     VAT 22%:         RUB  55,99O.00
                                     TОTAL DUE:       RUB 310,490.0O

Paymеnt within 7 days. Plеasе quote the invoiсe number in the рауment rеferеncе.
Certifiсаte of services rendеred NSC-A-26/O318 аttached.
Director ____________ V. K. Ilуin
""",
        expected={
            "number": "NSC-26/0318",
            "date": "2026-03-06",
            "total": "310490.00",
            "currency": "RUB",
            "parties.seller.inn": "2315711474",
            "parties.seller.kpp": "231501001",
            "parties.seller.bik": "040349671",
            "parties.seller.account": "40702810335959459172",
            "parties.buyer.inn": "2369526012",
            "parties.buyer.kpp": "236901001",
        },
    ),
]

_ACTS = [
    # The surveyor's certificate of services is an act worth the services with VAT.
    HoldoutDocument(
        id="ar-en-act-survey-services",
        document_type="act",
        language="en",
        text="""\
                        CERTIFICATE OF SERVICES RENDERED No. NSC-A-26/0318
                                     6 March 2026, Novorossiysk

Contractor: Novorossiysk Survey Company LLC, INN 2315711474, KPP 231501001,
            account 40702810335959459172, Stepbank JSC, BIK 040349671
Customer:   Stepnoy Kolos LLC, INN 2369526012, KPP 236901001,
            account 40702810278666617603, Kuban Agroprombank JSC, BIK 040349712
Agreement:  No. 26/07-S dated 15 January 2026

The Contractor has rendered and the Customer has accepted the following services during the
loading of MV AZOV STAR at Port Kavkaz from 2 to 4 March 2026:

| No. | Service                                          | Qty |  Rate, RUB |  Amount, RUB |
|-----|--------------------------------------------------|-----|------------|--------------|
|  1  | Draft survey (initial 02.03.2026, final 04.03.2026) |  2  |  96,000.00 |   192,000.00 |
|  2  | Sampling and laboratory analysis                 |  1  |  38,500.00 |    38,500.00 |
|  3  | Supervision of hold fumigation                   |  1  |  24,000.00 |    24,000.00 |

Total without VAT: RUB 254,500.00
VAT 22%: RUB 55,990.00
Total with VAT: RUB 310,490.00 (three hundred ten thousand four hundred ninety roubles 00 kopecks)

Cargo loaded as per draft survey report NSC-DS-26/0214: 2,986.420 MT.
The services have been rendered in full. The Customer has no claims as to their scope and quality.

Contractor ____________ V. K. Ilyin                  Customer ____________ D. A. Shevchenko
""",
        expected={
            "number": "NSC-A-26/0318",
            "date": "2026-03-06",
            "total": "310490.00",
            "currency": "RUB",
            "parties.seller.inn": "2315711474",
            "parties.seller.kpp": "231501001",
            "parties.seller.bik": "040349671",
            "parties.seller.account": "40702810335959459172",
            "parties.buyer.inn": "2369526012",
            "parties.buyer.kpp": "236901001",
            "parties.buyer.bik": "040349712",
            "parties.buyer.account": "40702810278666617603",
        },
    ),
]

_UPDS = [
    # The translated UPD of the second lot. It is dated by the UPD, not by the translation,
    # and its consignee is the buyer's branch with its own KPP.
    HoldoutDocument(
        id="ar-en-upd-wheat-lot2-translation",
        document_type="upd",
        language="en",
        text="""\
                          Translation from Russian
UNIVERSAL TRANSFER DOCUMENT                                              Status: 1
Invoice No. 251 dated April 9, 2026 (1)
Seller: Stepnoy Kolos LLC (2), 12 Elevatornaya St., Timashevsk, Krasnodar Territory (2a)
Seller's INN/KPP: 2369526012/236901001 (2b)
Shipper: the same (3)
Consignee: Novorossiysk branch of AZEK LLC, 14 Portovaya St., Novorossiysk,
           INN/KPP 6164797548/231545001 (4)
To payment document No. 1146 dated 27.01.2026 (5)
Buyer: Azov Grain Export Company LLC (AZEK LLC) (6), 29 Beregovaya St., Rostov-on-Don (6a)
Buyer's INN/KPP: 6164797548/616401001 (6b)
Currency: Russian rouble, 643 (7)

| No. | Goods              | Unit |  Qty |     Price |   Without VAT | VAT |   VAT amount |      With VAT |
|-----|--------------------|------|------|-----------|---------------|-----|--------------|---------------|
| 1   | Soft wheat class 4 | t    | 1700 | 17,200.00 | 29,240,000.00 | 10% | 2,924,000.00 | 32,164,000.00 |
|     | Total payable      |      |      |           | 29,240,000.00 | X   | 2,924,000.00 | 32,164,000.00 |

Basis: supply contract No. ФК-26/014 dated 22.01.2026 (forward), lot 2.
Railway waybills ЭГ720481, ЭГ720495, ЭГ720502, ЭГ720516. Advance offset: 9,649,200.00.
Transferred by: General Director D. A. Shevchenko, shipment date 09.04.2026
Received by: Head of branch K. E. Arutyunyan, receipt date 11.04.2026

Translated by E. V. Markova, certified translator, 14 April 2026. Registration No. 26-0414/07.
""",
        expected={
            "number": "251",
            "date": "2026-04-09",
            "total": "32164000.00",
            "currency": "RUB",
            "parties.seller.inn": "2369526012",
            "parties.seller.kpp": "236901001",
            "parties.buyer.inn": "6164797548",
            "parties.buyer.kpp": "616401001",
            "parties.consignee.inn": "6164797548",
            "parties.consignee.kpp": "231545001",
        },
    ),
]

_PAYMENTS = [
    # The MT103 print of the balance paid to the Kazakh supplier in tenge. The Kazakh
    # beneficiary, its IBAN and BIN have no labels.
    HoldoutDocument(
        id="ar-en-payment-order-mt103-kzt",
        document_type="payment_order",
        language="en",
        text="""\
KUBAN AGROPROMBANK JSC, KRASNODAR       SWIFT KUAPRU22     BIK 040349712
Printed: 03.03.2026 10:14               Operator: ZHUK_T
------------------------------------------------------------------------------------
Message type: MT103 Single Customer Credit Transfer        Direction: OUTGOING
Sender: KUAPRU22    Receiver: TUAGKZKA
------------------------------------------------------------------------------------
:20:SK260302-KZ1
:23B:CRED
:32A:260302KZT17580000,00
:50K:/40702398128159013962
STEPNOY KOLOS LLC
INN 2369526012 KPP 236901001
12 ELEVATORNAYA ST, TIMASHEVSK, RU
:57A:TUAGKZKA
:59:/KZ62722S00018472651
KAZAGROKHIM TRADE LLP
BIN 081234483475
SHYMKENT, KZ
:70:BALANCE 50 PCT INV KAT-26/0117
DD 20.02.2026 CONTRACT KAT/SK-2026/02
:71A:OUR
------------------------------------------------------------------------------------
Value date: 02.03.2026   Amount: KZT 17,580,000.00   Charges: OUR (USD 35.00 debited separately)
Status: SENT, ACK received 02.03.2026 15:41
""",
        expected={
            "number": "SK260302-KZ1",
            "date": "2026-03-02",
            "total": "17580000.00",
            "currency": "KZT",
            "parties.payer.inn": "2369526012",
            "parties.payer.kpp": "236901001",
            "parties.payer.bik": "040349712",
            "parties.payer.account": "40702398128159013962",
        },
    ),
]

_CONTRACTS = [
    # The barley sales contract with the Turkish buyer. Its total is the contract value,
    # not the advance, the price per tonne or the demurrage rate.
    HoldoutDocument(
        id="ar-en-contract-turkish-barley",
        document_type="contract",
        language="en",
        text="""\
                                 SALES CONTRACT No. SK-TR-26/03
Timashevsk                                                                   2 February 2026

SELLER: Stepnoy Kolos LLC, 12 Elevatornaya St., Timashevsk, Krasnodar Territory, 352700, Russia,
INN 2369526012, KPP 236901001, OGRN 1152369787789, represented by General Director D. A. Shevchenko
BUYER: Mersin Anadolu Yem Sanayi ve Ticaret A.S., Mersin Serbest Bolge, 33020 Akdeniz/Mersin,
Turkiye, Tax No. 6120487153, represented by Purchasing Director Mehmet Emre Arslan

1. GOODS: Russian feed barley, crop 2025, in bulk. Moisture max 14.0%, test weight min 600 g/l,
   foreign matter max 2.0%, broken grains max 4.0%, free from live insects.
2. QUANTITY: 3,000 MT, 5% more or less at Seller's option.
3. PRICE: USD 228.50 per metric ton FOB Port Kavkaz, Russia (Incoterms 2020).
4. TOTAL CONTRACT VALUE: USD 685,500.00 (six hundred eighty-five thousand five hundred US dollars).
5. SHIPMENT: 1 to 10 March 2026. Loading rate 3,000 MT per weather working day, demurrage
   USD 8,000.00 per day pro rata, despatch half demurrage.
6. PAYMENT: 20 percent advance (USD 137,100.00) within 5 banking days of signing; the balance
   within 5 banking days of receipt of copies of the documents listed in clause 7.
7. DOCUMENTS: commercial invoice, bill of lading, phytosanitary certificate, veterinary
   certificate, certificate of origin, draft survey report, quality certificate.
8. QUALITY AND WEIGHT: final at loading as per independent surveyor's certificates.
9. ARBITRATION: GAFTA, London. Governing law: English law.

BANK DETAILS OF THE SELLER
Account 40702840513721590109 (USD) with Kuban Agroprombank JSC, Krasnodar, Russia
SWIFT KUAPRU22, BIK 040349712, corr. account 30101810100000000712
BANK DETAILS OF THE BUYER
IBAN TR770006400000681247319024, Akdeniz Katilim Bankasi A.S., Mersin branch

SELLER ____________ D. A. Shevchenko                 BUYER ____________ M. E. Arslan
""",
        expected={
            "number": "SK-TR-26/03",
            "date": "2026-02-02",
            "total": "685500.00",
            "currency": "USD",
            "parties.seller.inn": "2369526012",
            "parties.seller.kpp": "236901001",
            "parties.seller.bik": "040349712",
            "parties.seller.account": "40702840513721590109",
        },
    ),
]

_OTHERS = [
    # A scan of the export veterinary certificate for the barley. It names no money and has
    # no party labels, and the scan note is dated two days later.
    HoldoutDocument(
        id="ar-en-other-vet-certificate-scan",
        document_type="other",
        language="en",
        noisy=True,
        text="""\
SCAN O5.O3.2O26 O9:3l   STEPNOY KOLOS / EXPORT DEPT.
            VETERINARY CERТIFICАTE No. 23 2O26 O41873
       for feed grain eхported frоm the Russian Fedеration to thе Republic оf Turkiye

Issued on: O3.O3.2026        Сomреtеnt аuthоritу: State Veterinarу Servicе of Кrasnodаr Тerritorу,
                             Tеmrуuk distriсt veterinarу statiоn
1. Consignоr: Stepnоy Кolos LLС, INN 23695260l2, Timashevsk, Krasnodar Tеrritorу
2. Consignee: Мersin Anadolu Yem Sanaуi ve Ticaret A.S., Mersin, Turkiyе
3. Product: feed barleу, crop 2025, in bulk, аbоut 3,OOO MT
4. Place of loаding: Pоrt Kavkaz, MV AZOV STАR
5. Оrigin: Krasnodаr Тerritоry and Rostov Region; stоrage аt thе consignor's elеvators
6. Lаboratorу tests: рrotocol No. 04l7-B of 27.02.2O26 (mуcotoxins, рesticide residuеs,
   hеavy metals, rаdiоnuсlides, salmonеlla) - results within thе limits оf the importing cоuntry.
7. The рroduct сomеs from an area freе frоm contаgiоus animаl disеases and is fit fоr animal feеd.
Offiсial vеterinarian ____________ А. P. Kоvalenko       Stаmр
 * VETERINARY SERVICE * TEMRYUK * KRASNODAR TERRITORY *
""",
        expected={
            "number": "23 2026 041873",
            "date": "2026-03-03",
            "total": None,
            "currency": None,
        },
    ),
    # The draft survey report states the weight of the barley and names no money. The
    # survey dates are not its date.
    HoldoutDocument(
        id="ar-en-other-draft-survey-report",
        document_type="other",
        language="en",
        text="""\
NOVOROSSIYSK SURVEY COMPANY LLC
42 Sovetov St., Novorossiysk, 353900, Russia, INN 2315711474

                 CERTIFICATE OF WEIGHT (DRAFT SURVEY REPORT) No. NSC-DS-26/0214
                            Issued at Port Kavkaz on 4 March 2026

Vessel: MV AZOV STAR, IMO 9412347, flag Malta, DWT 7,850
Cargo:  Russian feed barley, crop 2025, in bulk
Shipper: Stepnoy Kolos LLC (INN 2369526012)       Notify: Mersin Anadolu Yem Sanayi ve Ticaret A.S.
Instructed by the shipper under agreement No. 26/07-S

|                                  |   Initial survey |     Final survey |
|----------------------------------|------------------|------------------|
| Date and time                    | 02.03.2026 08:30 | 04.03.2026 17:45 |
| Mean draft corrected, m          |            2.412 |            5.964 |
| Displacement, MT                 |         3,214.58 |         6,318.77 |
| Ballast water, MT                |           162.40 |            41.30 |
| Fresh water and fuel, MT         |           118.92 |           103.41 |
| Net displacement, MT             |         2,933.26 |         6,174.06 |
| Constant, MT                     |           254.40 |           254.40 |

Cargo loaded: 6,174.06 - 2,933.26 - 254.40 = 2,986.40 MT, adjusted for density of dock water:
2,986.420 MT (two thousand nine hundred eighty-six metric tons and 420 kg).
Holds No. 1 and 2 were inspected before loading and found clean, dry and fit for the cargo.

Surveyor ____________ S. A. Demchenko              For Novorossiysk Survey Company LLC
""",
        expected={
            "number": "NSC-DS-26/0214",
            "date": "2026-03-04",
            "total": None,
            "currency": None,
        },
    ),
    # The bill of lading of the barley names no money, so it has no total label. Only the
    # Russian shipper is labelled, and the charter party date is not its date.
    HoldoutDocument(
        id="ar-en-waybill-bill-of-lading",
        document_type="waybill",
        language="en",
        text="""\
BILL OF LADING                                                   B/L No. KVK-MER-0214
TO BE USED WITH CHARTER-PARTIES                                  Reference No. CP 20.02.2026

Shipper:   STEPNOY KOLOS LLC, INN 2369526012, KPP 236901001
           12 ELEVATORNAYA ST., TIMASHEVSK, KRASNODAR TERRITORY, RUSSIA
Consignee: TO ORDER
Notify:    MERSIN ANADOLU YEM SANAYI VE TICARET A.S., MERSIN SERBEST BOLGE, MERSIN, TURKIYE

Vessel:            MV AZOV STAR (IMO 9412347)
Port of loading:   PORT KAVKAZ, RUSSIA
Port of discharge: MERSIN, TURKIYE

Shipper's description of goods                                       Gross weight
RUSSIAN FEED BARLEY, CROP 2025, IN BULK                              2,986.420 MT
(TWO THOUSAND NINE HUNDRED EIGHTY SIX METRIC TONS AND 420 KG)
WEIGHT AS PER DRAFT SURVEY NSC-DS-26/0214
CLEAN ON BOARD

FREIGHT PAYABLE AS PER CHARTER PARTY DATED 20.02.2026

SHIPPED at the Port of Loading in apparent good order and condition on board the Vessel.
In witness whereof the Master has signed 3 (three) original Bills of Lading, one of which
being accomplished, the others shall be void.

Shipped on board: 04.03.2026              Place and date of issue: PORT KAVKAZ, 04.03.2026
Number of original B/L: THREE (3)

Signed by the Master: ____________ Capt. I. Dobrev
""",
        expected={
            "number": "KVK-MER-0214",
            "date": "2026-03-04",
            "currency": None,
            "parties.shipper.inn": "2369526012",
            "parties.shipper.kpp": "236901001",
        },
    ),
    # A phone photo of the Kazakh packing list. The holding is printed as "Buyer /
    # Consignee" and labelled under both roles, and the Kazakh shipper has no labels.
    HoldoutDocument(
        id="ar-en-packing-list-fertiliser-photo",
        document_type="packing_list",
        language="en",
        noisy=True,
        text="""\
IMG_2O26O3O4_l1O2l7.jpg
KAZAGRОKHIM ТRADЕ LLP, BIN O81234483475, Shymkеnt, Kazаkhstan
                         РACKING LIST No. КAТ-PL-26/0l17
                         Dаtе: 21 Februаrу 2O26
Tо invoiсe КAТ-26/0117 of 20.O2.2026, contract KAТ/SК-2O26/02
Sеller / Shippеr: КazAgroKhim Тrаde LLP, Shуmkеnt
Buyеr / Сonsignеe: Stерnoy Кolos LLС, INN 2369526012, КPP 2369OlO01,
                   Timаshеvsk, Krasnоdar Теrritory, Russia
Stаtion of dеstinatiоn: Timаshevskaya, North Cаucasus Railwaу

| No. | Goods                        | Lot          | Bags | Nеt, kg per bag | Net, kg | Gross, kg |
|  1  | MАР 12-52, big bаg l,OOO kg  | 2602-MP-l4   |   6O |           1,O00 |  6O,O00 |    60,l50 |
|  2  | MAP 12-52, big bag 1,OOO kg  | 2602-MP-l5   |   6O |           l,0O0 |  60,O0O |    6O,15O |
|     | Тotal                        |              |  120 |                 | 12O,00O |   120,3O0 |

Wagons: 2 cоvеrеd hоррers. Marks: KАT / SК / TIMАSHЕVSKAYA / МAP l2-52.
Manufaсtured l2.O2.2O26. Shelf life 3 уeаrs.
Рaсked bу ____________ B. Т. Sarsenоv
""",
        expected={
            "number": "KAT-PL-26/0117",
            "date": "2026-02-21",
            "total": None,
            "currency": None,
            "parties.buyer.inn": "2369526012",
            "parties.buyer.kpp": "236901001",
            "parties.consignee.inn": "2369526012",
            "parties.consignee.kpp": "236901001",
        },
    ),
    # The dollar statement receives the Turkish buyer's balance and sells dollars to the
    # rouble account. It is dated by its statement date, not the generation date.
    HoldoutDocument(
        id="ar-en-bank-statement-usd",
        document_type="bank_statement",
        language="en",
        text="""\
KUBAN AGROPROMBANK JSC, Krasnodar, Russia       SWIFT KUAPRU22   BIK 040349712
corr. account 30101810100000000712                       Generated on 14.03.2026 08:05

                             STATEMENT OF ACCOUNT No. 12
                Period: 10.03.2026 - 13.03.2026      Statement date: 13 March 2026

Account holder: Stepnoy Kolos LLC, INN 2369526012, KPP 236901001
Account: 40702840513721590109          Currency: USD (840)
Opening balance:                                                        4,812.40

| Date       | Ref.       | Details                                             |      Debit |      Credit |
|------------|------------|-----------------------------------------------------|------------|-------------|
| 12.03.2026 | FT26071208 | Mersin Anadolu Yem Sanayi ve Ticaret A.S., Mersin,  |            |  545,296.97 |
|            |            | balance inv. SK-EX-0305, contract SK-TR-26/03       |            |             |
| 13.03.2026 | 4127       | Sale of USD to acc. 40702810278666617603 at 79.8450 | 500,000.00 |             |
| 13.03.2026 | FEE-0313   | Currency control fee                                |      45.00 |             |

Total debit: 500,045.00                                         Total credit: 545,296.97
Closing balance:                                                       50,064.37

RUB credited for the sale of USD: 39,922,500.00 (see the RUB account statement).
""",
        expected={
            "number": "12",
            "date": "2026-03-13",
            "currency": "USD",
            "parties.account_holder.inn": "2369526012",
            "parties.account_holder.kpp": "236901001",
            "parties.account_holder.bik": "040349712",
            "parties.account_holder.account": "40702840513721590109",
        },
    ),
    # A phone photo of the Mersin hotel receipt of the holding's export manager, in Turkish
    # lira. It is dated by the departure and payment, and it has no party labels.
    HoldoutDocument(
        id="ar-en-receipt-mersin-hotel-photo",
        document_type="receipt",
        language="en",
        noisy=True,
        text="""\
IMG_2O26O3l2_2l4O5l.jpg
          HOТЕL DENIZ PАRK MERSIN
  Аtaturk Сad. No. 118, 33O1O Yenisеhir / Mersin
  Tаx Office: Urау   Тax No. 2741058369
               RЕCЕIPT No. O03l847
Guest: Annа Koval (Steрnoy Kоlоs LLС, Russia)
Room: 5l2        Arrivаl: O9.O3.2026   Departurе: l2.03.2026
-------------------------------------------------
Аccоmmоdatiоn 3 nights x 2,95O.OO ТL     8,850.00
Асcommodation tax 2%                       177.O0
Minibаr                                    34O.00
-------------------------------------------------
ТOTАL (VAT inсluded)                 9,367.OO ТL
Рaid bу сard VISА ****7731           9,367.0O TRY
Date оf раyment: l2.03.2O26 11:42
Thank you for staуing with us!
""",
        expected={
            "number": "0031847",
            "date": "2026-03-12",
            "total": "9367.00",
            "currency": "TRY",
        },
    ),
    # A scan of the Turkish buyer's passport. It is dated by its date of issue, not the
    # birth date, the expiry or the copy note, and its machine-readable zone reads cleanly.
    HoldoutDocument(
        id="ar-en-passport-turkish-buyer-scan",
        document_type="passport",
        language="en",
        noisy=True,
        text="""\
Certified copy for visa support, Stepnoy Kolos LLC, 10.03.2026
REРUВLIC OF TURKIYE                          PASSPORT
Tурe: Р        Countrу cоde: TUR             Рasspоrt No.: U2l847356
Surname: ARSLАN
Given names: МEHMЕT EMRE
Natiоnаlity: TURKIYE CUMHURIYEТI / RЕРUBLIC OF ТURKIYЕ
Date of birth: 12.O4.1979                    Seх: M
Place of birth: МЕRSIN
Datе of issue: 17.O5.2022                    Date оf ехрiry: l6.O5.2O32
Аuthoritу: MЕRSIN IL NUFUS MUDURLUGU
P<TURARSLAN<<MEHMET<EMRE<<<<<<<<<<<<<<<<<<<<
U218473564TUR7904129M3205161<<<<<<<<<<<<<<<4
""",
        expected={
            "number": "U21847356",
            "date": "2022-05-17",
            "total": None,
            "currency": None,
        },
    ),
    # The power of attorney for the surveyor labels the holding as principal and the
    # surveyor as attorney, each with INN and KPP. It names no money.
    HoldoutDocument(
        id="ar-en-power-of-attorney-surveyor",
        document_type="power_of_attorney",
        language="en",
        text="""\
                                POWER OF ATTORNEY No. 17-EN
Timashevsk                                                                    25 February 2026

Stepnoy Kolos LLC, INN 2369526012, KPP 236901001, OGRN 1152369787789, 12 Elevatornaya St.,
Timashevsk, Krasnodar Territory, Russia (the Principal), represented by General Director
D. A. Shevchenko, hereby authorises

Novorossiysk Survey Company LLC, INN 2315711474, KPP 231501001, 42 Sovetov St., Novorossiysk
(the Attorney), acting through its surveyors,

to represent the Principal at Port Kavkaz during the loading of feed barley on MV AZOV STAR
under contract SK-TR-26/03 of 2 February 2026, namely:
  1. to attend the initial and final draft surveys and sign the draft survey report;
  2. to draw, seal and keep samples and hand them to the laboratory named by the Principal;
  3. to inspect the holds and witness the fumigation;
  4. to sign the mate's receipts and notices of readiness on behalf of the Principal.
The Attorney may not sign bills of lading or agree any change of the contract.

This power of attorney is valid until 31 March 2026 without the right of substitution.

General Director ____________ D. A. Shevchenko
""",
        expected={
            "number": "17-EN",
            "date": "2026-02-25",
            "total": None,
            "currency": None,
            "parties.principal.inn": "2369526012",
            "parties.principal.kpp": "236901001",
            "parties.attorney.inn": "2315711474",
            "parties.attorney.kpp": "231501001",
        },
    ),
    # The Turkish buyer's letter asking for a moisture discount names dollar sums, so it is
    # USD with total None and no party labels.
    HoldoutDocument(
        id="ar-en-letter-turkish-quality-claim",
        document_type="letter",
        language="en",
        text="""\
MERSIN ANADOLU YEM SANAYI VE TICARET A.S.
Mersin Serbest Bolge, 33020 Akdeniz / Mersin, Turkiye

Our ref.: MAY/IMP/2026-031                                           Mersin, 18 March 2026
Your ref.: invoice SK-EX-0305 of 5 March 2026

To: Stepnoy Kolos LLC, Timashevsk, Russia
Attn.: Mr D. A. Shevchenko, General Director

Subject: Contract SK-TR-26/03 - moisture of feed barley, MV AZOV STAR, B/L KVK-MER-0214

Dear Mr Shevchenko,

The vessel completed discharge in Mersin on 16 March 2026. The joint samples drawn at discharge
show a moisture content of 14.6% against the maximum of 14.0% in clause 1 of the contract.

Although clause 8 makes the loading results final, we ask you to consider, as a gesture of
goodwill, a discount of 0.6% of the invoice value of USD 682,396.97, that is USD 4,094.38,
to be settled against the next contract. The balance of USD 545,296.97 was paid in full on
12 March 2026.

Please reply by 25 March 2026.

Yours faithfully,
Mehmet Emre Arslan, Purchasing Director
""",
        expected={
            "number": "MAY/IMP/2026-031",
            "date": "2026-03-18",
            "total": None,
            "currency": "USD",
        },
    ),
]

ENGLISH_DOCUMENTS_AR = [*_INVOICES, *_ACTS, *_UPDS, *_PAYMENTS, *_CONTRACTS, *_OTHERS]
