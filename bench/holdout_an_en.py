"""English documents of set AN. `bench.holdout_an` describes the set and its labels."""

# Document texts reproduce printed lines up to 110 characters wide.
# ruff: noqa: E501

from .holdout import HoldoutDocument

_INVOICES = [
    # The Turkish denim mill's commercial invoice for the first lot of the contract,
    # FCA Denizli in US dollars. The Russian buyer is labelled with its INN and KPP,
    # and the seller's Vergi No and IBAN are foreign. The total is the lot's value,
    # not the 30% advance or the 70% balance.
    HoldoutDocument(
        id="an-en-invoice-turkish-denim-usd",
        document_type="invoice",
        language="en",
        text="""\
EGE DENIM TEKSTIL SANAYI VE TICARET A.Ş.
Organize Sanayi Bölgesi, 2. Cadde No: 14, 20330 Merkezefendi / Denizli, Türkiye
Tax Office: Pamukkale V.D.   Tax No (Vergi No): 3250417861   MERSIS No: 0325041786100017
Tel: +90 258 269 41 00   export@egedenim.example

                                       COMMERCIAL INVOICE

Invoice No.: EDT-EXP-2026-0227                          Date: 27.02.2026
Contract: EDT-UV/2026-02 dated 20.01.2026, first lot

Buyer:     OOO "Shveynaya fabrika Uvod" (Uvod Garment Factory LLC)
           ul. Kalinina 12, Ivanovo 153012, Russian Federation
           INN 3702158812, KPP 370201001
Consignee: the same, delivery to ul. Kalinina 12, Ivanovo
Terms of delivery: FCA Denizli (Incoterms 2020), carrier nominated by the Buyer
Country of origin: Türkiye

| No | Article | Description                             | HS code    | Rolls | Qty, m | USD/m | Amount, USD |
| 1  | ED-1142 | Denim 10.5 oz, 98% cotton 2% elastane,  | 5209.42.00 |    60 |  6,000 |  4.85 |   29,100.00 |
|    |         | indigo, width 150 cm                    |            |       |        |       |             |
| 2  | ED-2207 | Denim 12 oz, 100% cotton, black, 155 cm | 5209.42.00 |    40 |  4,000 |  5.10 |   20,400.00 |
| 3  | ED-3318 | Twill 8 oz, 100% cotton, beige, 150 cm  | 5209.32.00 |    30 |  3,000 |  3.65 |   10,950.00 |
|    |         | Total                                   |            |   130 | 13,000 |       |   60,450.00 |

TOTAL FCA DENIZLI:                                                                          USD 60,450.00
Say: US Dollars Sixty Thousand Four Hundred Fifty and 00/100 only.

Payment terms: 30% advance USD 18,135.00 (received 20.02.2026); 70% balance USD 42,315.00
within 10 days against a copy of the CMR.
Net weight 6,947.50 kg, gross weight 7,103.50 kg, 130 rolls. Packing list EDT-PL-0227.

Beneficiary's bank: Anadolu Ticaret Bankası A.Ş., Denizli Branch, SWIFT: ATBKTRIS
IBAN: TR510006704533314789328804 (USD account of the Seller)

We certify that this invoice is true and correct and that the goods are of Turkish origin.
For EGE DENIM TEKSTIL SANAYI VE TICARET A.Ş.                     Mehmet Yıldırım, Export Manager
""",
        expected={
            "number": "EDT-EXP-2026-0227",
            "date": "2026-02-27",
            "total": "60450.00",
            "currency": "USD",
            "parties.buyer.inn": "3702158812",
            "parties.buyer.kpp": "370201001",
        },
    ),
    # A Chinese knitwear maker's invoice FOB Ningbo in yuan to the distributor. Its
    # total is the value of the shipment, not the deposit received or the balance. The
    # USCI is foreign and not labelled.
    HoldoutDocument(
        id="an-en-invoice-chinese-knitwear-cny",
        document_type="invoice",
        language="en",
        text="""\
SHAOXING KEQIAO HUARUI TEXTILE CO., LTD.
No. 88 Jinke Road, Keqiao District, Shaoxing, Zhejiang 312030, P.R. China
Unified Social Credit Code: 91330603MA2BX47K8U   Tel: +86 575 8412 6630

COMMERCIAL INVOICE
Invoice No.: HR-EX-260316                                 Date: March 16, 2026
Sales Contract No.: HR-MR-2026-011 of January 28, 2026

Buyer: TRADING HOUSE MODNYI RYAD LLC (OOO "Torgovyi dom "Modnyi ryad")
       26 Leninskaya Sloboda St., Moscow 115280, Russia
       INN 7722784727 / KPP 772201001
Port of loading: Ningbo, China         Port of discharge: Saint Petersburg, Russia
Terms: FOB Ningbo (Incoterms 2020)     Country of origin: China
Marking: Data Matrix codes of the Chestny ZNAK system printed from the Buyer's code lists and
sewn in by the Seller before packing (one code per piece or set).

| Style    | Description              | Colours       | Size    | HS code |       Qty |   CNY | Amount, CNY |
| HR-K2231 | Women's knit cardigan,   | oatmeal,      | S-XL    | 6110.30 | 1,200 pcs | 68.50 |   82,200.00 |
|          | 70% viscose 30% nylon    | black         |         |         |           |       |             |
| HR-H1187 | Men's hooded sweatshirt, | grey melange, | M-3XL   | 6110.20 |   900 pcs | 84.00 |   75,600.00 |
|          | 80% cotton 20% polyester | navy          |         |         |           |       |             |
| HR-T5520 | Kids' tracksuit, 2 pcs,  | red, blue     | 110-140 | 6112.11 |  600 sets | 57.20 |   34,320.00 |
|          | 100% cotton              |               |         |         |           |       |             |

TOTAL FOB NINGBO:                                                                      CNY 192,120.00
SAY: CHINESE YUAN ONE HUNDRED NINETY-TWO THOUSAND ONE HUNDRED TWENTY ONLY

Deposit 30% received on 02.02.2026:      CNY 57,636.00
Balance due before release of the B/L:   CNY 134,484.00
115 cartons, net weight 1,462.00 kg, gross weight 1,731.00 kg. Packing list No. HR-PL-260316.

Beneficiary bank: Shaoxing Silk Road Commercial Bank, Keqiao Branch, SWIFT SSRCCNBSKQB
Account No.: 3301 0201 1880 0447 2                   Beneficiary: Shaoxing Keqiao Huarui Textile Co., Ltd.

                                                            Chen Lihua, Export Manager
""",
        expected={
            "number": "HR-EX-260316",
            "date": "2026-03-16",
            "total": "192120.00",
            "currency": "CNY",
            "parties.buyer.inn": "7722784727",
            "parties.buyer.kpp": "772201001",
        },
    ),
    # A faxed invoice of an Uzbek knitting mill in US dollars, DAP Ivanovo, after the
    # Tashkent fair. The Uzbek TIN is foreign, and the fax header and "O" for zero are
    # OCR damage. The total is the invoice value, not the 50% advance.
    HoldoutDocument(
        id="an-en-invoice-uzbek-jersey-fax",
        document_type="invoice",
        language="en",
        text="""\
23-MAR-2O26 15:O8   FROM: FERGANA TEXTILE GROUP +998 73 244 18 60   TO: +7 4932 41 88 20   P. l/l
"FERGANA TEXTILE GROUP" LLC
l50l00, Fergana, Republic of Uzbekistan, Al-Farghoniy str. 4l
TIN (STIR): 305842617     Tel: +998 73 244 18 60

                                  INVOICE No. FTG-26/O44
                                   Date: 23.O3.2O26

Buyer: OOO "Shveynaya fabrika Uvod", ul. Kalinina l2, Ivanovo l530l2, Russia
       INN 37O2l588l2, KPP 37O2OlOOl
Contract: FTG-UV-2026/03 of l9.O3.2O26 (signed at the Tashkent fair)
Terms: DAP Ivanovo (Incoterms 2020)     Origin: Uzbekistan (certificate ST-l to follow)

| No | Description                                      | HS code | Quantity  | Price, USD/kg | Amount, USD |
| l  | Single jersey l00% cotton, l6O g/m2, l8O cm,     | 6006.21 | 2,4OO kg  |          5.2O |   l2,48O.OO |
|    | white                                             |         |           |               |             |
| 2  | Single jersey l00% cotton, l6O g/m2, grey melange | 6006.22 | l,8OO kg  |          5.65 |   lO,l7O.OO |
| 3  | Single jersey l00% cotton, l6O g/m2, black        | 6006.22 | l,6OO kg  |          5.45 |    8,72O.OO |
| 4  | Rib lxl l00% cotton, 22O g/m2, for cuffs, black   | 6006.22 |   42O kg  |          6.lO |    2,562.OO |

TOTAL DAP IVANOVO:                                          USD 33,9З2.OO
Say: US Dollars Thirty Three Thousand Nine Hundred Thirty Two and OO/lOO
Payment: 50% advance (USD l6,966.OO) within 3 banking days, 50% within l0 days of arrival.
Bank: JSCB "Vodiy Sanoat Bank", Fergana branch, MFO OO867, SWIFT VSBKUZ22
Account: 202O884O9O4582617OOl (USD)
                                                  Director ______ Akbarov R. Sh.
""",
        expected={
            "number": "FTG-26/044",
            "date": "2026-03-23",
            "total": "33932.00",
            "currency": "USD",
            "parties.buyer.inn": "3702158812",
            "parties.buyer.kpp": "370201001",
        },
        noisy=True,
    ),
]

_ACTS = [
    # The Tashkent fair organiser's certificate of services in US dollars. The Russian
    # exhibitor is the buyer with its INN and KPP, and the organiser's TIN is foreign.
    # Its total is the services it accepts, which the advance paid in full.
    HoldoutDocument(
        id="an-en-act-tashkent-fair-stand",
        document_type="act",
        language="en",
        text="""\
"CENTRAL ASIA TEXTILE EXPO" LLC
7 Furkat street, Tashkent 100027, Republic of Uzbekistan, TIN 307418259
Bank: JSC "Tashkent Trade Bank", SWIFT TTBKUZ22, account 20208840100307418001 (USD)

                          CERTIFICATE OF SERVICES RENDERED No. CAT-26/0087
                                        Tashkent, 20 March 2026

Organiser:  "Central Asia Textile Expo" LLC
Exhibitor:  Uvod Garment Factory LLC (OOO "Shveynaya fabrika Uvod"), Ivanovo, Russia,
            INN 3702158812, KPP 370201001
Basis:      Exhibitor application No. SRT-26/214 of 26 January 2026 and invoice CAT-26/0041 of
            28 January 2026
Event:      Silk Road Textile & Fashion Fair 2026, Tashkent, 17-19 March 2026, hall 3, stand C-17

| No | Service                                                   | Quantity | Unit price, USD | Amount, USD |
| 1  | Exhibition space, indoor, 18 sq. m                        |       18 |          260.00 |    4,680.00 |
| 2  | Shell scheme stand (walls, fascia name, carpet, lighting) |       18 |           95.00 |    1,710.00 |
| 3  | Registration fee, catalogue entry and two exhibitor badges|        1 |          350.00 |      350.00 |
| 4  | Additional furniture: showcase, 2 hangers, table           |        1 |          240.00 |      240.00 |
|    | Total                                                     |          |                 |    6,980.00 |

Total value of services rendered: USD 6,980.00 (six thousand nine hundred eighty US dollars 00 cents),
VAT 12% included: USD 747.86. Paid in full in advance by the Exhibitor's transfer of 5 March 2026.

The services have been rendered in full and on time. The Exhibitor has no claims.

For the Organiser: ____________ Nodira Usmanova, Director
For the Exhibitor: ____________ Irina Belova, Commercial Director
""",
        expected={
            "number": "CAT-26/0087",
            "date": "2026-03-20",
            "total": "6980.00",
            "currency": "USD",
            "parties.buyer.inn": "3702158812",
            "parties.buyer.kpp": "370201001",
        },
    ),
]

_UPD = [
    # An English translation of the footwear maker's UPD to the distributor. It keeps
    # the UPD's own number and date, not the translation's. The consignee is the
    # distributor's Chekhov warehouse with its own KPP, and the shipper is "the same".
    HoldoutDocument(
        id="an-en-upd-footwear-translation",
        document_type="upd",
        language="en",
        text="""\
Translation from Russian
UNIVERSAL TRANSFER DOCUMENT                                                                      Status: 1
Invoice (schet-faktura) No. ВШ-0311 dated 11.03.2026 (1)                      Correction No. -- of -- (1a)
Seller: OOO "Obuvnaya fabrika "Vyatskiy shag"" (Vyatka Step Footwear Factory LLC) (2)
Address: 27 Proizvodstvennaya St., Kirov 610035, Russia (2a)
Seller's INN/KPP: 4345672730/434501001 (2b)
Shipper and its address: the same (3)
Consignee and its address: OOO "Torgovyi dom "Modnyi ryad"", separate subdivision "Chekhov
Warehouse", 58 Vokzalnaya St., Chekhov, Moscow region 142300, INN/KPP 7722784727/504845001 (4)
To payment document No. 1184 dated 04.03.2026 (5)
Shipping document: items 1-3, No. ВШ-0311 dated 11.03.2026 (5a)
Buyer: OOO "Torgovyi dom "Modnyi ryad"" (Trading House Modnyi Ryad LLC) (6)
Address: 26 Leninskaya Sloboda St., Moscow 115280, Russia (6a)
Buyer's INN/KPP: 7722784727/772201001 (6b)
Currency: Russian rouble, 643 (7)

| No | Code    | Goods                | Pairs |    Price |    Excl. VAT | VAT | VAT amount |    Incl. VAT |
| 1  | ВШ-7712 | Women's winter       |   180 | 4,850.00 |   873,000.00 | 22% | 192,060.00 | 1,065,060.00 |
|    |         | boots, leather/fur,  |       |          |              |     |            |              |
|    |         | black, 36-41         |       |          |              |     |            |              |
| 2  | ВШ-7840 | Women's high boots,  |   120 | 5,620.00 |   674,400.00 | 22% | 148,368.00 |   822,768.00 |
|    |         | suede, cappuccino,   |       |          |              |     |            |              |
|    |         | 36-41                |       |          |              |     |            |              |
| 3  | ВШ-3315 | Children's boots,    |   200 | 2,180.00 |   436,000.00 | 10% |  43,600.00 |   479,600.00 |
|    |         | leather, blue, 28-34 |       |          |              |     |            |              |
|    |         | Total payable (9)    |   500 |          | 1,983,400.00 | X   | 384,028.00 | 2,367,428.00 |

The footwear is subject to mandatory marking: 500 identification codes of the Chestny ZNAK system
were transferred in the electronic UPD.
Basis of transfer: supply contract No. 14/ОП-26 dated 12.01.2026 (8)
Transport: transport waybill No. 311 dated 11.03.2026 (9)
Shipped by: storekeeper ________ Zhuravleva N. P. (10)     Date of shipment: 11.03.2026 (11)
Received by: warehouse manager ________ Zuev G. P. (15)     Date of receipt: 13.03.2026 (16)

Translated from Russian by Anna V. Kotova, certified translator, Moscow, April 2, 2026.
The translation was made for the auditors of the Buyer's shareholder.
""",
        expected={
            "number": "ВШ-0311",
            "date": "2026-03-11",
            "total": "2367428.00",
            "currency": "RUB",
            "parties.seller.inn": "4345672730",
            "parties.seller.kpp": "434501001",
            "parties.buyer.inn": "7722784727",
            "parties.buyer.kpp": "772201001",
            "parties.consignee.inn": "7722784727",
            "parties.consignee.kpp": "504845001",
        },
    ),
]

_PAYMENT_ORDERS = [
    # The bank's print of the MT103 that pays the 70% balance of the Turkish invoice.
    # It is numbered by field 20 and dated by the value date of field 32A, and the
    # payer is labelled from field 50K with the BIK of the sending bank in the header.
    HoldoutDocument(
        id="an-en-payment-order-mt103-turkish-balance",
        document_type="payment_order",
        language="en",
        text="""\
JSC PROMTEKSTILBANK, Ivanovo branch        BIK 042406718        SWIFT PTXBRUMMIVN
Outgoing SWIFT message - customer copy                              Printed: 13.03.2026 10:22

Message type: MT103 Single Customer Credit Transfer
Sender: PTXBRUMMIVN                          Receiver: ATBKTRISXXX

:20:  Sender's Reference
      UV260312-01
:23B: Bank Operation Code
      CRED
:32A: Value Date / Currency / Interbank Settled Amount
      260312USD42315,00
:33B: Currency / Instructed Amount
      USD42315,00
:50K: Ordering Customer
      /40702840817075364556
      OOO SHVEYNAYA FABRIKA UVOD
      INN 3702158812 KPP 370201001
      UL. KALININA 12, IVANOVO 153012 RUSSIA
:52A: Ordering Institution
      PTXBRUMMIVN
:57A: Account With Institution
      ATBKTRISXXX - ANADOLU TICARET BANKASI A.S., DENIZLI BRANCH
:59:  Beneficiary Customer
      /TR510006704533314789328804
      EGE DENIM TEKSTIL SANAYI VE TICARET A.S.
      ORGANIZE SANAYI BOLGESI 2. CADDE NO 14, DENIZLI, TURKIYE
:70:  Remittance Information
      BALANCE 70 PCT INV EDT-EXP-2026-0227 DD 27.02.2026
      CONTRACT EDT-UV/2026-02 DD 20.01.2026 DENIM FABRICS
:71A: Details of Charges
      OUR

Value date: 12.03.2026      Amount: USD 42,315.00      Bank charges (OUR): USD 45.00
Contract registration number (currency control): 26020017/0718/0042/2/1
Status: EXECUTED
""",
        expected={
            "number": "UV260312-01",
            "date": "2026-03-12",
            "total": "42315.00",
            "currency": "USD",
            "parties.payer.inn": "3702158812",
            "parties.payer.kpp": "370201001",
            "parties.payer.bik": "042406718",
            "parties.payer.account": "40702840817075364556",
        },
    ),
]

_CONTRACTS = [
    # The supply contract with the Turkish denim mill for two lots. Its total is the
    # contract value for both lots, not the first lot, an advance or a price per metre.
    # The Russian buyer is labelled with the dollar account and BIK it prints.
    HoldoutDocument(
        id="an-en-contract-turkish-denim-supply",
        document_type="contract",
        language="en",
        text="""\
                                SUPPLY CONTRACT No. EDT-UV/2026-02
Denizli / Ivanovo                                                                     20 January 2026

EGE DENIM TEKSTIL SANAYI VE TICARET A.Ş., Denizli, Türkiye, Tax No 3250417861, represented by its
General Manager Mr. Kemal Aydın (the "Seller"), and OOO "Shveynaya fabrika Uvod" (Uvod Garment
Factory LLC), Ivanovo, Russia, represented by its General Director Mr. Sergey N. Laptev (the "Buyer"),
have agreed as follows.

1. Subject. The Seller sells and the Buyer buys cotton denim and twill fabrics (the "Goods"):
| Article | Description                                      | Quantity, m | Price, USD/m | Amount, USD |
| ED-1142 | Denim 10.5 oz, 98% cotton 2% elastane, indigo    |      12,000 |         4.85 |   58,200.00 |
| ED-2207 | Denim 12 oz, 100% cotton, black                  |       8,000 |         5.10 |   40,800.00 |
| ED-3318 | Twill 8 oz, 100% cotton, beige                   |       6,000 |         3.65 |   21,900.00 |
|         | Total                                            |      26,000 |              |  120,900.00 |
2. Contract value. The total value of the Contract is USD 120,900.00 (one hundred twenty thousand
   nine hundred US dollars). Prices are FCA Denizli (Incoterms 2020) and include export packing.
3. Delivery. Two lots of equal quantities: the first lot not later than 6 March 2026, the second
   lot not later than 30 April 2026. The Buyer nominates the carrier.
4. Payment. For each lot: 30% advance within 5 banking days of the Seller's proforma invoice and
   70% within 10 days against a copy of the CMR, by bank transfer in US dollars.
5. Quality. Each lot is delivered with the Seller's test report. Shrinkage after washing not more
   than 3% in warp and weft; colour fastness to rubbing, wet, not less than 2-3. HS codes 5209.42
   and 5209.32, country of origin Türkiye.
6. Claims as to quantity within 14 days and as to quality within 60 days of delivery. The Seller
   replaces defective fabric or refunds its value within 30 days.
7. Disputes are settled by arbitration in Moscow under the rules in force; the governing law is
   the substantive law of the Russian Federation. The Contract is valid until 31 December 2026.

SELLER                                                  BUYER
EGE DENIM TEKSTIL SANAYI VE TICARET A.Ş.                OOO "Shveynaya fabrika Uvod"
Organize Sanayi Bölgesi, 2. Cadde No: 14,               ul. Kalinina 12, Ivanovo 153012, Russia
20330 Merkezefendi / Denizli, Türkiye                   INN 3702158812, KPP 370201001
Tax Office Pamukkale, Tax No 3250417861                 Account (USD) 40702840817075364556
Anadolu Ticaret Bankası A.Ş., Denizli Branch            JSC Promtekstilbank, Ivanovo branch
SWIFT ATBKTRIS                                          BIK 042406718, SWIFT PTXBRUMMIVN
IBAN: TR510006704533314789328804                        Corr. account 30101810000000000718

____________ Kemal Aydın, General Manager               ____________ S. N. Laptev, General Director
""",
        expected={
            "number": "EDT-UV/2026-02",
            "date": "2026-01-20",
            "total": "120900.00",
            "currency": "USD",
            "parties.buyer.inn": "3702158812",
            "parties.buyer.kpp": "370201001",
            "parties.buyer.bik": "042406718",
            "parties.buyer.account": "40702840817075364556",
        },
    ),
]

_WAYBILLS = [
    # A scanned CMR of the first denim lot, dated by box 21. It names no money, so it
    # has no `total` label and `currency` is None. Only the Russian consignee is
    # labelled. The receiving stamp's date and the truck plates are not labels.
    HoldoutDocument(
        id="an-en-waybill-cmr-denim-scan",
        document_type="waybill",
        language="en",
        text="""\
CMR   INTERNATIONAL CONSIGNMENT NOTE                                            No. O2845l7
1  Sender: EGE DENIM TEKSTIL SAN. VE TIC. A.Ş., Organize Sanayi Bölgesi 2. Cadde No:l4,
   2O33O Merkezefendi / Denizli, TURKIYE
2  Consignee: OOO "SHVEYNAYA FABRIKA UVOD", ul. Kalinina l2, l53Ol2 Ivanovo, RUSSIA
   INN 37O2l588l2  KPP 37O2OlOOl
3  Place of delivery of the goods: Ivanovo, Russia
4  Place and date of taking over the goods: Denizli, Türkiye, O2.O3.2O26
5  Documents attached: invoice EDT-EXP-2O26-O227 of 27.O2.2O26, packing list EDT-PL-O227,
   test report EDT-QC-26/O3ll, certificate of origin
6  Marks and Nos: EDT/UV l-l3O     7 Number of packages: l3O     8 Method of packing: rolls in polybags
9  Nature of the goods: cotton denim and twill fabrics, HS 5209.42, 5209.32
11 Gross weight, kg: 7 lO3,5       12 Volume, m3: 38,4
13 Sender's instructions: customs clearance at the Ivanovo customs post
16 Carrier: ANADOLU EKSPRES LOJISTIK LTD. ŞTI., Ikitelli OSB, Başakşehir, Istanbul, Türkiye
   Truck 34 AEL 4l7 / trailer 34 AEL 4l8, driver Hasan Demir
17 Successive carriers: --
21 Established in Denizli on O2.O3.2O26
22 Signature and stamp of the sender ______    23 Signature and stamp of the carrier ______
24 Goods received: Ivanovo, ll.O3.2O26   ______ Komarova E. V.
   RECEIVED * OOO SHVEYNAYA FABRIKA UVOD * WAREHOUSE No. 2 *
""",
        expected={
            "number": "0284517",
            "date": "2026-03-02",
            "currency": None,
            "parties.consignee.inn": "3702158812",
            "parties.consignee.kpp": "370201001",
        },
        noisy=True,
    ),
]

_PACKING_LISTS = [
    # The mill's packing list of the first lot by roll. The buyer is printed as
    # "Buyer / Consignee" and is labelled under both roles. It names no money.
    HoldoutDocument(
        id="an-en-packing-list-denim-rolls",
        document_type="packing_list",
        language="en",
        text="""\
EGE DENIM TEKSTIL SANAYI VE TICARET A.Ş.
Organize Sanayi Bölgesi, 2. Cadde No: 14, 20330 Merkezefendi / Denizli, Türkiye

                                        PACKING LIST No. EDT-PL-0227
                                             Date: 27.02.2026
Invoice: EDT-EXP-2026-0227 of 27.02.2026        Contract: EDT-UV/2026-02, first lot
Buyer / Consignee: OOO "Shveynaya fabrika Uvod", ul. Kalinina 12, Ivanovo 153012, Russia,
                   INN 3702158812 / KPP 370201001
Shipper: Ege Denim Tekstil, Denizli          Terms: FCA Denizli (Incoterms 2020)

| Roll Nos | Article | Colour | Width  | Shade lot  | Rolls | m per roll | Total m | Net, kg  | Gross, kg |
| 1-60     | ED-1142 | indigo | 150 cm | 26-0218-A  |    60 |        100 |   6,000 | 3,204.00 |  3,276.00 |
| 61-100   | ED-2207 | black  | 155 cm | 26-0220-B  |    40 |        100 |   4,000 | 2,524.00 |  2,572.00 |
| 101-130  | ED-3318 | beige  | 150 cm | 26-0221-A  |    30 |        100 |   3,000 | 1,219.50 |  1,255.50 |
| Total    |         |        |        |            |   130 |            |  13,000 | 6,947.50 |  7,103.50 |

Packing: each roll on a cardboard tube of 40 mm, in a polybag, with a label showing the article,
shade lot, roll number, length and width. Rolls of one shade lot are loaded together.
Marks: EDT/UV 1-130. Volume 38.4 cubic metres. Ready for collection at the Seller's warehouse
in Denizli from 2 March 2026.

Prepared by: Ayşe Korkmaz, shipping department                      Checked: Mehmet Yıldırım
""",
        expected={
            "number": "EDT-PL-0227",
            "date": "2026-02-27",
            "total": None,
            "currency": None,
            "parties.buyer.inn": "3702158812",
            "parties.buyer.kpp": "370201001",
            "parties.consignee.inn": "3702158812",
            "parties.consignee.kpp": "370201001",
        },
    ),
    # A phone photo of the Chinese maker's packing list by carton and size. The
    # distributor is printed as "Buyer / Consignee" and is labelled under both roles.
    # It names no money, and the photo's file name is not its date.
    HoldoutDocument(
        id="an-en-packing-list-knitwear-cartons-photo",
        document_type="packing_list",
        language="en",
        text="""\
IMG_20260319_184406.jpg
SHAOXING KEQIAO HUARUI TEXTILE CO., LTD.
PACKING LIST            No.: HR-PL-26O3l6            Date: l6 Mar 2O26
Invoice No.: HR-EX-26O3l6       Contract: HR-MR-2O26-Oll
Buyer / Consignee: TRADING HOUSE MODNYI RYAD LLC, 26 Leninskaya Sloboda St., Moscow, Russia,
INN 7722784727 KPP 77220lOOl
Container: TGHU 482l675, seal HR 26O3l6    Ningbo - Saint Petersburg

| CTN Nos | Style    | Colour       | S | M | L | XL | 2XL | 3XL | Pcs/ctn | CTNs | Pcs   | N.W. kg | G.W. kg |
| l-25    | HR-K223l | oatmeal      | 6 | 8 | 6 | 4  | -   | -   | 24      | 25   | 6OO   | 270.0   | 3l5.0   |
| 26-5O   | HR-K223l | black        | 6 | 8 | 6 | 4  | -   | -   | 24      | 25   | 6OO   | 270.0   | 3l5.0   |
| 5l-72   | HR-Hll87 | grey melange | - | 5 | 6 | 5  | 3   | l   | 2O      | 22   | 44O   | 272.8   | 3l2.4   |
| 73-95   | HR-Hll87 | navy         | - | 5 | 6 | 5  | 3   | l   | 2O      | 23   | 46O   | 285.2   | 326.6   |

| CTN Nos | Style    | Colour | llO | ll6 | l22 | l28 | l34 | l4O | Sets/ctn | CTNs | Sets | N.W. kg | G.W. kg |
| 96-lO5  | HR-T552O | red    | 6   | 6   | 6   | 6   | 3   | 3   | 3O       | lO   | 3OO  | l82.0   | 23l.0   |
| lO6-ll5 | HR-T552O | blue   | 6   | 6   | 6   | 6   | 3   | 3   | 3O       | lO   | 3OO  | l82.0   | 23l.0   |

TOTAL: ll5 cartons, 2,7OO pieces and sets, N.W. l,462.OO kg, G.W. l,73l.OO kg, 9.8 CBM
Each piece in a polybag with a Data Matrix label; carton label shows style, colour, size ratio and CTN No.
                                                      Checked by: Wang Fei, QC
""",
        expected={
            "number": "HR-PL-260316",
            "date": "2026-03-16",
            "total": None,
            "currency": None,
            "parties.buyer.inn": "7722784727",
            "parties.buyer.kpp": "772201001",
            "parties.consignee.inn": "7722784727",
            "parties.consignee.kpp": "772201001",
        },
        noisy=True,
    ),
]

_BANK_STATEMENTS = [
    # The statement of the factory's dollar account for March. It shows the fair's
    # advance, the two purchases of dollars, the MT103 to the Turkish mill and the
    # advance to the Uzbek mill. The counterparties, the mill's IBAN and the factory's
    # own rouble account are not labels, and the generation date is not its date.
    HoldoutDocument(
        id="an-en-bank-statement-factory-usd",
        document_type="bank_statement",
        language="en",
        text="""\
JSC PROMTEKSTILBANK, Ivanovo branch, 153002 Ivanovo, Russia
BIK 042406718   SWIFT PTXBRUMMIVN   Corr. account 30101810000000000718

                                   STATEMENT OF ACCOUNT No. 14
                 Period: 01.03.2026 - 31.03.2026                Statement date: 31.03.2026
Account holder: OOO "Shveynaya fabrika Uvod" (Uvod Garment Factory LLC), INN 3702158812, KPP 370201001
Account: 40702840817075364556 (USD, current currency account)

Opening balance 01.03.2026:                                                               USD 12,418.60

| Date     | Ref.        | Counterparty and details                                 |     Debit |    Credit |
| 05.03.26 | 27          | "Central Asia Textile Expo" LLC, Tashkent                |  6,980.00 |           |
|          |             | stand space, fair 17-19.03.2026, invoice CAT-26/0041     |           |           |
| 11.03.26 | 52          | Purchase of USD 45,000.00 at 86.4120 from own account    |           | 45,000.00 |
|          |             | 40702810239986987973                                     |           |           |
| 12.03.26 | UV260312-01 | Ege Denim Tekstil, IBAN TR510006704533314789328804       | 42,315.00 |           |
|          |             | balance 70%, invoice EDT-EXP-2026-0227                   |           |           |
| 12.03.26 | -           | SWIFT charges, MT103 UV260312-01 (OUR)                   |     45.00 |           |
| 23.03.26 | 61          | Purchase of USD 20,000.00 at 85.9730 from own account    |           | 20,000.00 |
|          |             | 40702810239986987973                                     |           |           |
| 24.03.26 | UV260324-01 | "Fergana Textile Group" LLC, Fergana, account            | 16,966.00 |           |
|          |             | 20208840904582617001; advance 50%, invoice FTG-26/044    |           |           |
| 24.03.26 | -           | SWIFT charges, MT103 UV260324-01 (OUR)                   |     30.00 |           |

Turnover for the period:                                                         66,336.00     65,000.00
Closing balance 31.03.2026:                                                               USD 11,082.60

Generated by the bank's online service on 01.04.2026 at 08:40. No signature required.
""",
        expected={
            "number": "14",
            "date": "2026-03-31",
            "currency": "USD",
            "parties.account_holder.inn": "3702158812",
            "parties.account_holder.kpp": "370201001",
            "parties.account_holder.bik": "042406718",
            "parties.account_holder.account": "40702840817075364556",
        },
    ),
]

_RECEIPTS = [
    # A phone photo of a Tashkent hotel's receipt in Uzbek soums for the factory's
    # commercial director at the fair. It is numbered by its receipt number and dated
    # by the departure and payment, and it has no party labels.
    HoldoutDocument(
        id="an-en-receipt-tashkent-hotel-photo",
        document_type="receipt",
        language="en",
        text="""\
IMG_2O26O32O_O7l5l2.jpg
                 HOTEL BODOMZOR TASHKENT
      l4 Amir Temur avenue, Tashkent lOOOOO, Uzbekistan
                  TIN 3O27l8465
                    RECEIPT No. OO3l847
Date: l9.O3.2O26 l2:O5                Cashier: Dilfuza
Guest: Ms Irina Belova                Room: 5l2
Company: Uvod Garment Factory LLC, Ivanovo, Russia
Arrival: l5.O3.2O26                   Departure: l9.O3.2O26

Accommodation, Deluxe room
  4 nights x l,l5O,OOO.OO                    4,6OO,OOO.OO
City tourist tax
  4 nights x 68,OOO.OO                         272,OOO.OO
Minibar                                         96,OOO.OO
--------------------------------------------------------
TOTAL UZS                                    4,968,OOO.OO
VAT l2% included
Paid by card VISA ****44l7                   4,968,OOO.OO
Balance                                              O.OO

          Thank you for staying with us!
""",
        expected={
            "number": "0031847",
            "date": "2026-03-19",
            "total": "4968000.00",
            "currency": "UZS",
        },
        noisy=True,
    ),
]

_PASSPORTS = [
    # A scan of an Uzbek seamstress's passport, hired by the factory. It is numbered
    # by the passport number, not the personal number (PINFL), and dated by its date
    # of issue. The machine-readable zone reads cleanly.
    HoldoutDocument(
        id="an-en-passport-uzbek-seamstress-scan",
        document_type="passport",
        language="en",
        text="""\
O'ZBEKISTON RESPUBLIKASI / REPUBLIC OF UZBEKISTAN
PASPORT / PASSPORT
Turi / Type  P        Kodi / Code  UZB        Pasport raqami / Passport No.  FA48l6372
Familiyasi / Surname
TURSUNOVA
Ismi / Given names
DILNOZA
Fuqaroligi / Nationality   UZBEKISTAN
Tug'ilgan sanasi / Date of birth   22.O5.l996         Jinsi / Sex   F
Tug'ilgan joyi / Place of birth    FARG'ONA VILOYATI
Berilgan sanasi / Date of issue    O9.ll.2O2l
Amal qilish muddati / Date of expiry   O8.ll.2O3l
Kim tomonidan berilgan / Authority   IIV 2625l
Shaxsiy raqami / Personal No.   42205966510023
P<UZBTURSUNOVA<<DILNOZA<<<<<<<<<<<<<<<<<<<<<
FA48163728UZB9605224F31110804220596651002358
""",
        expected={
            "number": "FA4816372",
            "date": "2021-11-09",
            "total": None,
            "currency": None,
        },
        noisy=True,
    ),
]

_POWERS_OF_ATTORNEY = [
    # The factory's power of attorney for a Turkish forwarder to take delivery of the
    # first denim lot in Denizli. The factory is the principal with the account and
    # BIK it prints. The forwarder is foreign and has no labels, and the mill named as
    # the seller has no role. It names no money.
    HoldoutDocument(
        id="an-en-power-of-attorney-forwarder-denim",
        document_type="power_of_attorney",
        language="en",
        text="""\
                             POWER OF ATTORNEY No. UV/POA-2026/05

Ivanovo, Russia                                                                  24 February 2026

OOO "Shveynaya fabrika Uvod" (Uvod Garment Factory LLC), ul. Kalinina 12, Ivanovo 153012, Russia,
INN 3702158812, KPP 370201001, OGRN 1023700091140, currency account 40702840817075364556 with
JSC Promtekstilbank, Ivanovo branch, BIK 042406718, SWIFT PTXBRUMMIVN, represented by its General
Director Sergey N. Laptev acting under the Charter (the "Principal"),

hereby authorises

ANADOLU EKSPRES LOJISTIK LTD. ŞTI., Ikitelli OSB, Başakşehir, Istanbul, Türkiye, Tax No 0710528347
(the "Attorney"), acting through its employees and drivers, on behalf of the Principal:

1. to take delivery of the goods under contract EDT-UV/2026-02 of 20 January 2026 and invoice
   EDT-EXP-2026-0227 of 27 February 2026 (denim and twill fabrics, 130 rolls, 13,000 m) from
   EGE DENIM TEKSTIL SANAYI VE TICARET A.Ş. at its warehouse in Merkezefendi, Denizli;
2. to check the number of rolls, the marks and the packing against packing list EDT-PL-0227 and to
   note any discrepancy in the CMR;
3. to sign the CMR and the loading documents and to receive the export declaration and the
   certificate of origin for the Principal.

This power of attorney is valid until 31 March 2026 and may not be transferred to third parties.

General Director ______________ S. N. Laptev              Chief Accountant ______________ O. P. Kudryavtseva
Seal
""",
        expected={
            "number": "UV/POA-2026/05",
            "date": "2026-02-24",
            "total": None,
            "currency": None,
            "parties.principal.inn": "3702158812",
            "parties.principal.kpp": "370201001",
            "parties.principal.bik": "042406718",
            "parties.principal.account": "40702840817075364556",
        },
    ),
]

_LETTERS = [
    # The distributor's claim to the Chinese maker about defects in the knitwear. It
    # names yuan sums, so `currency` is CNY with `total` None and no party labels. The
    # inspection act and the invoice it cites are not its number or date.
    HoldoutDocument(
        id="an-en-letter-claim-knitwear-defects",
        document_type="letter",
        language="en",
        text="""\
TRADING HOUSE MODNYI RYAD LLC
26 Leninskaya Sloboda St., Moscow 115280, Russia
INN 7722784727, KPP 772201001   Tel. +7 495 555 28 17   import@modnyiryad.example

Our ref.: MR/CL-2026/019                                                        Moscow, April 8, 2026

Shaoxing Keqiao Huarui Textile Co., Ltd.
Attn.: Ms Chen Lihua, Export Manager
No. 88 Jinke Road, Keqiao District, Shaoxing, Zhejiang, P.R. China

CLAIM: quality defects in the goods of invoice HR-EX-260316 of March 16, 2026
(contract HR-MR-2026-011 of January 28, 2026)

Dear Ms Chen,

The goods of the above invoice arrived at our Chekhov warehouse on April 3, 2026. Our inspection,
recorded in act No. 12 of April 6, 2026 with photographs, found the following defects:

| Style    | Defect                                                 | Qty      | Unit, CNY | Claim, CNY |
| HR-H1187 | navy hoodies: colour bleeds onto white at first wash   | 180 pcs  |     84.00 |  15,120.00 |
| HR-K2231 | cardigans labelled XL that measure as size L           |  96 pcs  |     68.50 |   6,576.00 |
|          | Total claim                                            |          |           |  21,696.00 |

In addition, the Data Matrix labels of 64 tracksuits HR-T5520 could not be read at acceptance. We
printed new labels from our code list and relabelled the sets ourselves, so the marking codes in the
Chestny ZNAK system stay unchanged. We do not claim this work this time.

We ask you to refund CNY 21,696.00 within 15 days of this letter or to deduct it from the deposit
for our next order. The defective goods are kept at our warehouse at your disposal until May 8, 2026.

Yours sincerely,
Kirill V. Rodionov, General Director
""",
        expected={
            "number": "MR/CL-2026/019",
            "date": "2026-04-08",
            "total": None,
            "currency": "CNY",
        },
    ),
]

_OTHER = [
    # The mill laboratory's test report of the indigo denim lot. It is numbered and
    # dated by the report, not by the sampling day or the shade lot, names no money and
    # has no party labels.
    HoldoutDocument(
        id="an-en-other-denim-test-report",
        document_type="other",
        language="en",
        text="""\
EGE DENIM TEKSTIL SANAYI VE TICARET A.Ş. - QUALITY CONTROL LABORATORY
Organize Sanayi Bölgesi, 2. Cadde No: 14, Denizli, Türkiye

                                  TEST REPORT No. EDT-QC-26/0311
                               Date of issue: 26 February 2026

Customer: Uvod Garment Factory LLC, Ivanovo, Russia     Contract: EDT-UV/2026-02
Sample:   Article ED-1142, denim 10.5 oz, indigo, shade lot 26-0218-A, rolls 1-60
Sampled:  23 February 2026 from rolls 7, 29 and 52; tested 23-25 February 2026

| Test                                | Method             | Requirement        | Result           | Verdict |
| Mass per unit area                  | ISO 3801           | 356 g/m2 +/- 5%    | 359 g/m2         | Pass    |
| Fibre composition                   | ISO 1833           | 98 CO / 2 EL       | 97.8 CO / 2.2 EL | Pass    |
| Dimensional change after wash, warp | ISO 6330, ISO 5077 | not more than 3.0% | -1.8%            | Pass    |
| Dimensional change after wash, weft | ISO 6330, ISO 5077 | not more than 3.0% | -2.4%            | Pass    |
| Colour fastness to rubbing, dry     | ISO 105-X12        | at least 4         | 4                | Pass    |
| Colour fastness to rubbing, wet     | ISO 105-X12        | at least 2-3       | 2-3              | Pass    |
| Colour fastness to washing at 40 C  | ISO 105-C06        | at least 4         | 4-5              | Pass    |
| Tensile strength, warp              | ISO 13934-1        | at least 600 N     | 842 N            | Pass    |
| pH of aqueous extract               | ISO 3071           | 4.0 to 7.5         | 6.2              | Pass    |
| Free formaldehyde                   | ISO 14184-1        | not more than 75   | less than 16     | Pass    |

Conclusion: the shade lot 26-0218-A meets the requirements of contract EDT-UV/2026-02 and of
TR CU 017/2011 for fabrics of adults' clothing. The results relate only to the sample tested.

Laboratory manager ____________ Dr. Elif Şahin                 Quality manager ____________ Can Öztürk
""",
        expected={
            "number": "EDT-QC-26/0311",
            "date": "2026-02-26",
            "total": None,
            "currency": None,
        },
    ),
]

ENGLISH_DOCUMENTS_AN = [
    *_INVOICES,
    *_ACTS,
    *_UPD,
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
