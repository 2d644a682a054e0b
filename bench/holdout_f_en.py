# ruff: noqa: E501
"""English documents of set F. `bench.holdout_f` describes what the set covers."""

from .holdout import HoldoutDocument


def _en(
    document_id: str,
    document_type: str,
    text: str,
    expected: dict,
    *,
    noisy: bool = False,
):
    return HoldoutDocument(
        id=document_id,
        document_type=document_type,
        language="en",
        text=text.strip("\n"),
        expected=expected,
        noisy=noisy,
    )


ENGLISH_DOCUMENTS_F = [
    _en(
        "f-en-invoice-german-seller-export",
        "invoice",
        """
Hellwig Antriebstechnik GmbH · Am Holzhafen 41 · 28217 Bremen · Germany

Kinetika Drive Components LLC
ul. Elektrozavodskaya 24, bld. 3
107023 Moscow
Russian Federation
INN 7702859237 / KPP 770201001

                                                   INVOICE
                                                   Invoice No.:    2025-10417
                                                   Invoice date:   03.11.2025
                                                   Customer No.:   D-20871
                                                   Your order:     KDC-PO-0933 of 14.10.2025
                                                   Delivery terms: DAP Moscow (Incoterms 2020)

Pos. | Article   | Description                              | Qty | Unit price EUR | Amount EUR
1    | PG-90-10  | Planetary gearbox PG-90, ratio 1:10      | 12  | 845,00         | 10.140,00
2    | KX-28     | Servo motor coupling KX-28               | 40  | 96,50          | 3.860,00
3    | TL-45     | Torque limiter TL-45, 45 Nm              | 10  | 312,00         | 3.120,00

                                            Net value of goods        17.120,00
                                            Packing (2 wooden crates)    180,00
                                            Freight to Moscow          1.340,00
                                            VAT 0 %                        0,00
                                            Invoice total EUR         18.640,00

Tax-free export delivery according to § 4 No. 1a in conjunction with § 6 UStG.
Payment terms: 30 days net, without deduction.
Please quote the invoice number with your payment.

Hellwig Antriebstechnik GmbH | Managing director: Jan-Ole Hellwig | Register court Bremen HRB 38112
VAT ID DE 318 405 772 | IBAN DE90 2905 2817 0004 7188 26 | BIC HWBRDE2BXXX
""",
        {
            "number": "2025-10417",
            "date": "2025-11-03",
            "total": "18640.00",
            "currency": "EUR",
            "parties.buyer.inn": "7702859237",
            "parties.buyer.kpp": "770201001",
        },
    ),
    _en(
        "f-en-invoice-turkish-seller-advance",
        "invoice",
        """
YILDIZTEPE ÖRME TEKSTİL SAN. VE TİC. A.Ş.
Demirtaş OSB, Mavi Cadde No: 27, 16245 Osmangazi / Bursa / TÜRKİYE
Tax Office: Uludağ   Tax No: 9610442837
Tel: +90 224 000 18 40

COMMERCIAL INVOICE
Invoice No: YTO-2025/0388                  Date: 17.10.2025
Contract: YT-IV-2025/02 dated 04.03.2025    Delivery: CPT Ivanovo

BUYER:
IVANOVO TEXTILE HOUSE LLC
153002, Ivanovo, Kalinina str. 9, office 14, Russia
INN/KPP 3702762333/370201001

Description of goods                              HS code     Quantity    Unit price   Amount
Single jersey 100% cotton 30/1, width 160 cm      6006.22     2,400 kg    EUR 4.15     EUR 9,960.00
Interlock 100% cotton 40/1, width 180 cm          6006.22     900 kg      EUR 5.10     EUR 4,590.00
Rib 1x1 cotton 95% / elastane 5%                  6006.22     300 kg      EUR 6.40     EUR 1,920.00

Total value of goods                                                                   EUR 16,470.00
Freight Bursa – Ivanovo                                                                EUR 1,380.00
INVOICE TOTAL                                                                          EUR 17,850.00
Less advance payment received 22.09.2025 (30%)                                         EUR 5,355.00
BALANCE TO BE PAID                                                                     EUR 12,495.00

Say: Euro seventeen thousand eight hundred fifty only.
Country of origin: Türkiye. Gross weight 3,712 kg, net weight 3,600 kg, 46 rolls.
Bank: IBAN TR93 0006 7000 0004 1827 7310 55, SWIFT YTBKTRIS

Authorised signature / stamp
""",
        {
            "number": "YTO-2025/0388",
            "date": "2025-10-17",
            "total": "17850.00",
            "currency": "EUR",
            "parties.buyer.inn": "3702762333",
            "parties.buyer.kpp": "370201001",
        },
    ),
    _en(
        "f-en-invoice-indian-seller-cif",
        "invoice",
        """
EXPORT INVOICE
(Supply meant for export under LUT without payment of IGST)

Exporter:                                     Invoice No. & Date
KESARWANI FLEXIPACK PRIVATE LIMITED           KFP/EXP/25-26/0147   14-Nov-2025
Plot 118, GIDC Vatva, Phase II                Exporter's Ref.: PO UF-2025-311
Ahmedabad - 382445, Gujarat, India            IEC No.: 0815029731
GSTIN: 24AAKCK7315M1Z8
                                              Buyer's Order No. & Date
Consignee / Buyer:                            UF-2025-311 dt. 02-Oct-2025
JSC URALFARM PRODUCTION
Promyshlennaya str. 12, Berezovsky,           Country of Origin: INDIA
Sverdlovsk Region, 623704, Russia             Country of Final Destination: RUSSIA
INN 6679410618  KPP 667901001
                                              Terms of Delivery & Payment:
Pre-Carriage by: Road                         CIF Novorossiysk
Port of Loading: Mundra                       30% advance, 70% against copy of B/L
Port of Discharge: Novorossiysk

Marks & Nos. | Description of Goods                         | Quantity  | Rate (USD/kg) | Amount (USD)
UF/1-28      | Alu-Alu cold form blister foil, 130 mic      | 4,200 kg  | 4.35          | 18,270.00
UF/29-36     | Blister lidding foil, 20 mic, printed        | 1,150 kg  | 3.80          | 4,370.00

                                         FOB Value                          22,640.00
                                         Freight                             1,050.00
                                         Insurance                             228.40
                                         Total CIF Value USD                23,918.40
                                         IGST @ 0%                                0.00

Amount Chargeable (in words): US Dollars Twenty Three Thousand Nine Hundred Eighteen and Cents Forty Only
Advance received against this invoice: USD 7,175.52 (30%)

Declaration: We declare that this invoice shows the actual price of the goods described and
that all particulars are true and correct.
For KESARWANI FLEXIPACK PRIVATE LIMITED
Authorised Signatory
""",
        {
            "number": "KFP/EXP/25-26/0147",
            "date": "2025-11-14",
            "total": "23918.40",
            "currency": "USD",
            "parties.buyer.inn": "6679410618",
            "parties.buyer.kpp": "667901001",
            "parties.consignee.inn": "6679410618",
            "parties.consignee.kpp": "667901001",
        },
    ),
    _en(
        "f-en-invoice-us-seller-balance-due",
        "invoice",
        """
COULTERBROOK SCIENTIFIC INC.
4410 Larkspur Industrial Dr.
Middleton, WI 53562, USA
Phone (608) 555-0142 · billing@example-coulterbrook.com

INVOICE

Invoice #      CSI-30882
Invoice Date   12/03/2025
Due Date       01/02/2026
Terms          Net 30
Ship Via       FedEx International Priority

BILL TO                                      SHIP TO
Tomsk Analytical Centre LLC                  Tomsk Analytical Centre LLC
pr. Akademicheskiy 10/4                      c/o customs broker, Tomsk airport
Tomsk 634055, Russia                         Tomsk 634050, Russia
INN 7020224322, KPP 702001001

QTY   ITEM #     DESCRIPTION                              UNIT PRICE     LINE TOTAL
3     PX-400     Benchtop pH/ION meter PX-400              $1,480.00      $4,440.00
10    EL-12G     Combination electrode, glass body           $126.00      $1,260.00
12    CB-KIT     Calibration buffer kit, pH 4/7/10            $38.50        $462.00

                                              SUBTOTAL              $6,162.00
                                              DISCOUNT (5%)          -$308.10
                                              SHIPPING & HANDLING     $415.00
                                              SALES TAX (export)        $0.00
                                              TOTAL                 $6,268.90
                                              AMOUNT PAID               $0.00
                                              BALANCE DUE (USD)     $6,268.90

Make all checks payable to Coulterbrook Scientific Inc. Wire transfers: please include the
invoice number in the reference. Thank you for your business!
""",
        {
            "number": "CSI-30882",
            "date": "2025-12-03",
            "total": "6268.90",
            "currency": "USD",
            "parties.buyer.inn": "7020224322",
            "parties.buyer.kpp": "702001001",
        },
    ),
    _en(
        "f-en-invoice-russian-exporter-bank-details",
        "invoice",
        """
LIMITED LIABILITY COMPANY "KAMA POLYMER PLANT"
(LLC "Kama Polymer Plant")
Promzona, 423570, Nizhnekamsk, Republic of Tatarstan, Russian Federation
Taxpayer ID (INN): 1650784996       Tax registration reason code (KPP): 165001001
OGRN: 1131651004277

INVOICE No. 0482-EX
dated November 20, 2025

Buyer:          ALTYN PLAST LLP
                Rayymbek ave. 221, 050061 Almaty, Republic of Kazakhstan
                BIN 180540017263
Contract:       No. KPP-AP/2025-3 of April 2, 2025
Terms:          FCA Nizhnekamsk (Incoterms 2020), 100% payment within 20 days of shipment
Transport:      rail wagons 52748110, 52748227

No | Description                                          | Unit  | Quantity | Price, USD | Amount, USD
1  | Polypropylene homopolymer PP H030, bags 25 kg        | t     | 40.500   | 1,045.00   | 42,322.50
2  | Low density polyethylene, film grade 15803-020       | t     | 20.000   | 1,180.00   | 23,600.00

Total amount:                                                                     USD 65,922.50
VAT 0% (export of goods, Article 164 of the Tax Code of the Russian Federation):  USD 0.00
Total payable: USD 65,922.50 (sixty-five thousand nine hundred twenty-two US dollars 50 cents)

BANK DETAILS OF THE BENEFICIARY:
Beneficiary:         LLC "Kama Polymer Plant"
Account (USD):       40702840574989278095
Beneficiary bank:    JSC "Volga-Kama Commercial Bank", Kazan, Russia
BIK:                 049234451
Corr. account:       30101810392340000451
SWIFT:               VKCBRU2K

General Director ____________ R. F. Gilmutdinov
Chief Accountant ____________ E. V. Sharipova
""",
        {
            "number": "0482-EX",
            "date": "2025-11-20",
            "total": "65922.50",
            "currency": "USD",
            "parties.seller.inn": "1650784996",
            "parties.seller.kpp": "165001001",
            "parties.seller.bik": "049234451",
            "parties.seller.account": "40702840574989278095",
        },
    ),
    _en(
        "f-en-debit-note-demurrage",
        "invoice",
        """
MARLOW FREIGHT SERVICES LTD
Unit 7, Harbour Gate Business Park, Felixstowe IP11 3XT, United Kingdom
VAT Reg. No. GB 318 4471 62 · Company No. 10482736

DEBIT NOTE

Debit Note No.:   DN-2025-044
Date:             29 September 2025
Customer:         LLC Baltic Coffee Roasters
                  ul. Sovetsky prospekt 190, Kaliningrad 236010, Russia
                  INN 3906381921, KPP 390601001
Reference:        Our invoice MFS-25-1187 dated 2 September 2025 (EUR 4,850.00), B/L MRLW250817

We have debited your account with the following charges, which were not included in the
invoice referred to above:

Description                                                  Qty   Rate EUR   Amount EUR
Demurrage, container MSKU 4820117 (free time exceeded)        9     85.00      765.00
Port storage, Felixstowe terminal                             6     45.00      270.00
Customs re-inspection handling                                1     150.00     150.00

Total amount debited:                                                      EUR 1,185.00
VAT: outside the scope of UK VAT (services related to exported goods)

Please remit within 14 days to:
Marlow Freight Services Ltd, IBAN GB51 MRLW 2045 1871 0499 36, BIC MRLWGB2L

Accounts Department
""",
        {
            "number": "DN-2025-044",
            "date": "2025-09-29",
            "total": "1185.00",
            "currency": "EUR",
            "parties.buyer.inn": "3906381921",
            "parties.buyer.kpp": "390601001",
        },
    ),
    _en(
        "f-en-proforma-deposit-scan-ocr",
        "invoice",
        """
0FFICINE RINALDI MACCHINE AGRICOLE S.r.l.
Via dell'Artigianato 14 - 42015 Correggio (RE) - ltaly
P.IVA IT O2814770356

PR0FORMA lNVOICE
No. PI-7731 Date 06/1O/2025

Buyer: KUBAN AGRO MACHINERY LLC
35O063, Krasnodar, ul.Mira 44, 0ffice 3, Russia
lNN 23O9677923 KPP 23O90l001
ltem Description Qty Unit price EUR Amount EUR
1 Rotary harrow RH-300, working width 3.0 m 2 7,850.00 15,700.00
2 Spare tines set for RH-300 1O 214.00 2,140.00
Subtotal 17,840.00
Packing in wooden crates 360.00
T0TAL EXW Correggio EUR 18,200.00
Deposit 30% to confirm the order: EUR 5,460.00
Balance 70% before dispatch: EUR 12,740.00
Delivery time: 6-8 weeks from receipt of deposit. Validity of offer: 30 days.
Bank: IBAN IT08 X030 6911 7201 0000 0047 182
This proforma invoice is not a tax document.
""",
        {
            "number": "PI-7731",
            "date": "2025-10-06",
            "total": "18200.00",
            "currency": "EUR",
            "parties.buyer.inn": "2309677923",
            "parties.buyer.kpp": "230901001",
        },
        noisy=True,
    ),
    _en(
        "f-en-delivery-note-scan-ocr",
        "waybill",
        """
KARHUNEN PAPERI 0Y
Teollisuuskatu 19, 53500 Lappeenranta, Finland Business lD 2874015-3
DELlVERY N0TE
Delivery note No. DN-58214 Delivery date 14.1O.2025
Order No. NPH-2025-77 Customer No. 40117
Consignee: NEVA PRINT H0USE LLC
Obvodny canal emb. 93A, St. Petersburg 191119, Russia
lNN 784l665648 KPP 78410lOO1
Delivery address: warehouse 2, gate 5
Carrier: Lappeenranta Kuljetus Oy, truck FIN-KRL-418 / trailer FIN-UV-207
Terms of delivery: DAP St. Petersburg
Pos Material Description Reels Net kg Gross kg
1 481120 Coated paper G2S 115 g/m2, 880 mm 14 9 380 9 520
2 481204 Coated paper G2S 150 g/m2, 880 mm 10 7 150 7 250
3 470033 Offset paper 80 g/m2, 620 mm 6 3 120 3 180
Total 30 reels 19 650 kg 19 950 kg
Goods received in good condition:
Signature ________ Name (block letters) ________ Date ________
""",
        {
            "number": "DN-58214",
            "date": "2025-10-14",
            "total": None,
            "currency": None,
            "parties.consignee.inn": "7841665648",
            "parties.consignee.kpp": "784101001",
        },
        noisy=True,
    ),
    _en(
        "f-en-packing-list-russian-shipper",
        "packing_list",
        """
PACKING LIST No. UFW-PL-0912
Date: 12 September 2025
To Invoice No. UFW-EX-0912 of 12 September 2025

Shipper:
LLC "Ural Ferroalloy Works"
454081, Chelyabinsk, Rossiyskaya str. 30, Russia
INN 7453227242, KPP 745301001

Consignee:
Anatolia Steel Castings Inc.
Organize Sanayi Bolgesi 4. Cadde No: 11, 31320 Iskenderun / Hatay, Turkiye
Tax No. 0710338452

Notify party: same as consignee
Port of loading: Novorossiysk      Port of discharge: Iskenderun
Vessel: MV ANNA KOVALENKO, voyage 2519

Marks    | Description                                   | Packages       | Net weight, kg | Gross weight, kg
UFW 1-40 | Ferrosilicon FeSi75, fraction 10-50 mm        | 40 big bags    | 40,000         | 40,160
UFW 41-52| Ferrosilicon FeSi65, fraction 10-50 mm        | 12 big bags    | 12,000         | 12,048

Total: 52 big bags; net weight 52,000 kg; gross weight 52,208 kg
Containers: UFWU 2038417, UFWU 2038422 (20' DV)

Head of Shipping Department ____________ A. N. Zolotaryov
""",
        {
            "number": "UFW-PL-0912",
            "date": "2025-09-12",
            "total": None,
            "currency": None,
            "parties.shipper.inn": "7453227242",
            "parties.shipper.kpp": "745301001",
        },
    ),
    _en(
        "f-en-bank-statement-russian-bank-usd",
        "bank_statement",
        """
JSC "AMUR REGIONAL BANK"
BIK 041061910 · SWIFT AMRBRU5B · Blagoveshchensk, Russia

STATEMENT OF ACCOUNT
Statement date:   December 1, 2025
Period:           01.11.2025 - 30.11.2025
Account holder:   Amur Timber Export LLC
                  INN 2801237904 / KPP 280101001
Account number:   40702840327831656671
Currency:         USD

Opening balance 01.11.2025                                            84,210.55

Date        Reference     Description                                          Debit       Credit
06.11.2025  FT2531000412  Heilongjiang Northern Wood Trading Co., Ltd.                     46,800.00
                          contract AT-HN/2025-2, invoice 71
12.11.2025  PO 184        Transfer to own RUB account 40702810285164760432     40,000.00
12.11.2025  COM           Charge for currency control                              35.00
21.11.2025  FT2532500988  Heilongjiang Northern Wood Trading Co., Ltd.                     38,250.00
                          contract AT-HN/2025-2, invoice 74
21.11.2025  COM           SWIFT incoming transfer fee                              25.00

Total turnover                                                         40,060.00   85,050.00
Closing balance 30.11.2025                                           129,200.55

This statement is generated electronically and is valid without signature.
""",
        {
            "date": "2025-12-01",
            "currency": "USD",
            "parties.account_holder.inn": "2801237904",
            "parties.account_holder.kpp": "280101001",
            "parties.account_holder.bik": "041061910",
            "parties.account_holder.account": "40702840327831656671",
        },
    ),
    _en(
        "f-en-sales-receipt-store-scan-ocr",
        "receipt",
        """
MAPLE RIDGE HARDWARE & GARDEN
2210 Old Quarry Rd
Camp Hill, PA 17011
(717) 555-0188
SALES RECElPT
Receipt #: OO48213 Reg: 02 Cashier: TRAVlS
Date: 11/28/2O25 4:42 PM
CORDLESS DRlLL 20V KIT 1 @ 89.99 89.99
DRlLL BIT SET 21PC 1 @ 24.50 24.50
W00D SCREWS #8 1-5/8 2 @ 6.49 12.98
SUBTOTAL 127.47
SALES TAX 6.00% 7.65
T0TAL $135.12
CASH 140.00
CHANGE 4.88
ITEMS SOLD: 4
Returns within 30 days with receipt.
THANK Y0U FOR SHOPPING WITH US!
""",
        {
            "number": "0048213",
            "date": "2025-11-28",
            "total": "135.12",
            "currency": "USD",
        },
        noisy=True,
    ),
    _en(
        "f-en-passport-data-page",
        "passport",
        """
PASSPORT                                      PASSEPORT
CANADA
Type/Type    Issuing Country/Pays émetteur    Passport No./N° de passeport
P            CAN                              GK482917
Surname/Nom
MERRIWEATHER
Given names/Prénoms
ELOISE JUNE
Nationality/Nationalité
CANADIAN/CANADIENNE
Date of birth/Date de naissance
23 AUG /AOÛT 88
Sex/Sexe     Place of birth/Lieu de naissance
F            HALIFAX CAN
Date of issue/Date de délivrance
14 MAR /MARS 22
Date of expiry/Date d'expiration
14 MAR /MARS 32
Issuing Authority/Autorité de délivrance
GATINEAU
P<CANMERRIWEATHER<<ELOISE<JUNE<<<<<<<<<<<<<<<
GK482917<2CAN8808232F3203147<<<<<<<<<<<<<<06
""",
        {
            "number": "GK482917",
            "date": "2022-03-14",
            "total": None,
            "currency": None,
        },
    ),
    _en(
        "f-en-power-of-attorney-trade-fair",
        "power_of_attorney",
        """
POWER OF ATTORNEY No. 27/2025

Moscow                                                               8 December 2025

Limited Liability Company "Severstroy Engineering" (LLC "Severstroy Engineering"),
OGRN 1207700351846, INN 7743647961, KPP 774301001, registered at: 125424, Moscow,
Volokolamskoye highway 73, office 508, settlement account 40702810402870063734 with
PJSC "Chernozem Credit Bank", BIK 044255563, represented by General Director
Anton Sergeyevich Bessonov acting under the Charter (the "Principal"),

hereby authorises

Mr. Dmitry Olegovich Veselov, born 11.05.1986, INN 667122337986, passport of the
Russian Federation 65 10 No. 744120, issued on 03.06.2011 (the "Representative"),

to represent the Principal at the international construction machinery exhibition in
Moscow and in negotiations with suppliers of construction equipment, to receive and sign commercial offers, delivery acceptance
certificates, packing lists and correspondence, and to receive samples and documentation on
behalf of the Principal.

The Representative may not sign contracts or payment documents. This Power of Attorney is
valid until 31 March 2026 and may not be delegated.

General Director ____________ A. S. Bessonov
Specimen signature of the Representative ____________ D. O. Veselov
""",
        {
            "number": "27/2025",
            "date": "2025-12-08",
            "total": None,
            "currency": None,
            "parties.principal.inn": "7743647961",
            "parties.principal.kpp": "774301001",
            "parties.principal.bik": "044255563",
            "parties.principal.account": "40702810402870063734",
            "parties.attorney.inn": "667122337986",
        },
    ),
    _en(
        "f-en-letter-delayed-shipment",
        "letter",
        """
Lindqvist Marine Pumps AB
Varvsgatan 12, 417 64 Göteborg, Sweden
www.example-lindqvist-pumps.se

Ref. No. LMP/2025/118                                             17 October 2025

To: Mr. Pavel Grigoryevich Tikhonov
Commercial Director
LLC Pomor Shipyard Service
Arkhangelsk, Russia

Subject: Revised shipping date for order PSS-0412

Dear Mr. Tikhonov,

Thank you for your message of 9 October. We regret to inform you that the shipment of the
two bilge pump sets under your order PSS-0412 will be delayed. The classification society
has asked for an additional hydrostatic test of the casings, which we expect to complete by
31 October.

The new estimated date of dispatch from Göteborg is 7 November 2025. All other terms of the
order remain unchanged. We will send the test report and the updated packing list as soon as
they are available.

We apologise for the inconvenience and appreciate your understanding.

Yours sincerely,

Henrik Lindqvist
Sales Manager, Eastern Europe
""",
        {
            "number": "LMP/2025/118",
            "date": "2025-10-17",
            "total": None,
            "currency": None,
        },
    ),
    _en(
        "f-en-other-certificate-of-analysis",
        "other",
        """
CERTIFICATE OF ANALYSIS No. CoA-25-3391

Date of issue: 2025-10-22
Product:       Polypropylene homopolymer PP H030
Batch No.:     25-1187          Production date: 2025-10-18
Quantity:      40.5 t (1,620 bags x 25 kg)
Customer:      Altyn Plast LLP, Almaty

Property                               | Test method      | Unit      | Specification | Result
Melt flow rate (230 °C / 2.16 kg)      | ISO 1133-1       | g/10 min  | 2.5 - 3.5     | 3.1
Density                                | ISO 1183-1       | g/cm3     | 0.900 - 0.910 | 0.904
Tensile stress at yield                | ISO 527-2        | MPa       | min. 32       | 34.6
Flexural modulus                       | ISO 178          | MPa       | min. 1,350    | 1,420
Ash content                            | ISO 3451-1       | %         | max. 0.030    | 0.018
Yellowness index                       | ASTM E313        | -         | max. 2.0      | 0.9

Conclusion: the batch conforms to the product specification TU 2211-041-50781440-2019.

Head of Quality Control Laboratory ____________ L. R. Nurieva
""",
        {
            "number": "CoA-25-3391",
            "date": "2025-10-22",
            "total": None,
            "currency": None,
        },
    ),
    _en(
        "f-en-contract-supply-turkish-seller",
        "contract",
        """
SUPPLY CONTRACT No. KHM-RU-2025/08

Istanbul                                                            21 August 2025

KARADENIZ HIDROLIK MAKINA SANAYI A.S., a company registered in the Republic of Turkiye,
tax number 4830071926, represented by its Chairman Mr. Levent Karadeniz (the "Seller"), and
LIMITED LIABILITY COMPANY "PODMOSKOVYE ROAD MACHINERY", registered in the Russian Federation,
represented by its General Director Mr. Yury Vladimirovich Kostrov (the "Buyer"),
have concluded this Contract as follows.

1. SUBJECT
1.1. The Seller shall deliver and the Buyer shall accept and pay for hydraulic breakers and
spare parts (the "Goods") in accordance with Specification No. 1, which forms an integral
part of this Contract.

2. PRICE AND TOTAL VALUE
2.1. Prices are in euro (EUR) and are understood CPT Moscow region (Incoterms 2020).
2.2. The total value of this Contract is EUR 246,500.00 (two hundred forty-six thousand
five hundred euro 00 cents).

3. PAYMENT
3.1. 20% of the total value (EUR 49,300.00) shall be paid in advance within 10 banking days
after signing. The balance shall be paid within 30 days after delivery of each lot.

4. PENALTIES
4.1. For late delivery the Seller shall pay 0.1% of the value of the goods delivered late per
day, but not more than 5% of the total value of the Contract.

5. LEGAL ADDRESSES AND BANK DETAILS
SELLER                                       BUYER
Karadeniz Hidrolik Makina Sanayi A.S.        LLC "Podmoskovye Road Machinery"
Ikitelli OSB, Demirciler Sitesi C Blok 7     143005, Moscow Region, Odintsovo,
34490 Basaksehir / Istanbul, Turkiye         Mozhayskoye highway 122, office 9
Tax No. 4830071926                           INN 5032020087   KPP 503201001
IBAN TR54 0011 2000 0007 2604 4183 09        Account (EUR) 40702978688703151102
SWIFT KHMBTRIS                               JSC "Podmoskovny Settlement Bank", Podolsk
                                             BIK 044646207  SWIFT PMRBRU2P

For the Seller ______________                For the Buyer ______________
L. Karadeniz                                 Y. V. Kostrov
""",
        {
            "number": "KHM-RU-2025/08",
            "date": "2025-08-21",
            "total": "246500.00",
            "currency": "EUR",
            "parties.buyer.inn": "5032020087",
            "parties.buyer.kpp": "503201001",
            "parties.buyer.bik": "044646207",
            "parties.buyer.account": "40702978688703151102",
        },
    ),
]
