"""English documents of set Z. `bench.holdout_z` describes the set and its labels."""

# Document texts reproduce printed lines up to 110 characters wide.
# ruff: noqa: E501

from .holdout import HoldoutDocument

_INVOICES = [
    # A fax of a Turkish supplier's commercial invoice to a Russian knitting mill. The
    # fax header prints the transmission date. The foreign seller has no labels.
    HoldoutDocument(
        id="z-en-invoice-turkish-needles-fax",
        document_type="invoice",
        language="en",
        noisy=True,
        text="""\
16-MAR-2O26 1O:22  FROM: +9O 224 443 187O ORNEK TEKSTIL MAK.   TO: +7 4932 41 22 O8     P.OO1/OO1
   ÖRNEK TEKSTİL MAKİNA SAN. VE TİC. A.Ş.
   Organize Sanayi Bölgesi, Mavi Cad. No: 14, l614O Nilüfer / BURSA / TÜRKİYE
   Tel +9O 224 443 18 7O    Vergi Dairesi: Uludağ    Vergi No: 641O385527
   IBAN: TR22OO829OOOOO184273560019 (EUR)   SWIFT: ORKBTRIS

                 COMMERCIAL  INVOICE
   lnvoice No: BRS-2O26/Oll4              Date: l3.O3.2O26
   Buyer:  OOO «Ивановская трикотажная мануфактура» (Ivanovo Knitwear Manufactory LLC)
           INN 37O26l3187   KPP 37O2Ol0Ol
           67 Kuznetsova Str., bldg 3, l53OO2 Ivanovo, Russia
   Your order: ITM-PO-26/Ol7 of 2O.O2.2O26      Contract: OT-ITM/2O25-ll
   Delivery terms: CPT Ivanovo (Incoterms 2O2O)     Country of origin: Türkiye

   | # | Description                           | HS code  | Qty       | Unit EUR  | Amount EUR |
   | l | Needle cylinder 3O", E28, 264O needles | 8448.51  |     2 pcs | 3,85O.OO  |  7,7OO.OO  |
   | 2 | Latch needles 89.41 GO2               | 8448.51  | 2O,OOO pcs|     O.36  |  7,2OO.OO  |
   | 3 | Sinkers, type S-28                    | 8448.59  | l2,OOO pcs|     O.2l  |  2,52O.OO  |
   | 4 | Packing and freight CPT Ivanovo       |          |     l     |   64O.OO  |    64O.OO  |
                                              TOTAL EUR   l8,O6O.OO
   SAY: EURO EIGHTEEN THOUSAND SIXTY ONLY
   Payment: l00% by bank transfer within 3O days after delivery.
   Net weight 2l4 kg, gross weight 262 kg, 3 wooden cases.

   For ÖRNEK TEKSTİL MAKİNA A.Ş. ________ Emre Kaya, Export Manager      [stamp]
""",
        expected={
            "number": "BRS-2026/0114",
            "date": "2026-03-13",
            "total": "18060.00",
            "currency": "EUR",
            "parties.buyer.inn": "3702613187",
            "parties.buyer.kpp": "370201001",
        },
    ),
    # A German tooling supplier's export invoice in German number style, tax-free as an
    # export delivery. Only the Russian buyer is labelled.
    HoldoutDocument(
        id="z-en-invoice-german-plasma-consumables",
        document_type="invoice",
        language="en",
        text="""\
Schneider Werkzeugbau GmbH
Industriestraße 27 · 73730 Esslingen am Neckar · Germany
Tel. +49 711 3184 60 · info@schneider-wzb.example · USt-IdNr. DE284666394 · HRB 731845 Amtsgericht Stuttgart

                                   INVOICE / RECHNUNG

Invoice No.:   2026-0387                       Invoice date:   17.03.2026
Customer No.:  40218                           Delivery date:  16.03.2026
Your order:    UMK-ZK-0211 of 02.03.2026       Delivery note:  LS-2026-0412

Bill to:
JSC Uralmetallokonstruktsiya (АО «Уралметаллоконструкция»)
20 Kemerovskaya St., Kopeysk, Chelyabinsk Region, 456618, Russian Federation
INN 7411815901 / KPP 741101001

Delivery terms: FCA Esslingen am Neckar (Incoterms 2020), forwarder of the buyer
Country of origin: Germany

| Pos | Art. No. | Description                                   | HS code    | Qty | Unit EUR | Amount EUR |
|-----|----------|-----------------------------------------------|------------|-----|----------|------------|
|  1  | 220354   | Nozzle 260 A, plasma torch HT-260             | 8515.90.80 | 400 |    14,20 |   5.680,00 |
|  2  | 220352   | Electrode 260 A, hafnium insert               | 8515.90.80 | 400 |    11,80 |   4.720,00 |
|  3  | 220637   | Shield cap 260 A                              | 8515.90.80 | 120 |    22,50 |   2.700,00 |
|  4  | 228780   | Torch body, complete, with quick disconnect   | 8515.90.80 |   2 | 1.860,00 |   3.720,00 |
|  5  | 900100   | Packing, wooden box 80x60x40                  |            |   1 |   180,00 |     180,00 |

Net amount                                                                            EUR 17.000,00
VAT 0 % (tax-free export delivery, § 4 No. 1a in connection with § 6 UStG)               EUR 0,00
Invoice total                                                                         EUR 17.000,00

Payment terms: within 14 days of the invoice date without deduction, by 31.03.2026.
Please quote the invoice number with your payment.

Bank: Kreissparkasse Esslingen-Nürtingen
IBAN: DE47610990000417326850      BIC: ESSLDES1XXX

Gross weight 46 kg, net weight 38 kg, 1 wooden box. Goods remain our property until paid in full.
""",
        expected={
            "number": "2026-0387",
            "date": "2026-03-17",
            "total": "17000.00",
            "currency": "EUR",
            "parties.buyer.inn": "7411815901",
            "parties.buyer.kpp": "741101001",
        },
    ),
    # A Russian furniture factory's export invoice to Kazakhstan in US dollars, with
    # the seller's USD account for payment. The Kazakh buyer's BIN and IBAN are not
    # labels.
    HoldoutDocument(
        id="z-en-invoice-furniture-export-usd",
        document_type="invoice",
        language="en",
        text="""\
KOSTROMA FURNITURE FACTORY LLC (ООО «Костромская мебельная фабрика»)
31 Profsoyuznaya St., Kostroma 156005, Russian Federation
INN 4401526013 · KPP 440101001 · OGRN 1044494061985 · export@kmf.example

                           COMMERCIAL INVOICE No. EX-26/007
                                 Date: March 24, 2026

Contract:      No. KMF-KZ/2025-04 of November 18, 2025
Seller:        Kostroma Furniture Factory LLC, INN 4401526013, KPP 440101001
Buyer:         "Uyut Mebel Astana" LLP, BIN 110340581784
               12 Kenesary St., Astana 010000, Republic of Kazakhstan
               IBAN KZ62998KZT2203418756 (KZT)
Consignee:     the same, warehouse: 5 Industrialnaya St., Astana
Delivery:      FCA Kostroma (Incoterms 2020), truck of the Buyer, CMR No. 0326-14
Origin:        Russian Federation

| No. | Description                                  | HS code       | Qty | Unit price USD | Amount USD |
|-----|----------------------------------------------|---------------|-----|----------------|------------|
|  1  | Sliding-door wardrobe "Lada-2", 1600 mm, oak | 9403 60 100 0 |  30 |         265.00 |   7,950.00 |
|  2  | Chest of drawers "Lada", 4 drawers           | 9403 60 900 0 |  50 |          98.00 |   4,900.00 |
|  3  | Double bed "Lada" 1600 with lifting base     | 9403 50 000 0 |  20 |         310.00 |   6,200.00 |

Total FCA Kostroma:                                                                    USD 19,050.00
VAT 0% (export of goods, Article 164 (1) of the Tax Code of the Russian Federation):    USD 0.00
Total amount payable:                                                                  USD 19,050.00
Nineteen thousand fifty US dollars 00 cents

Payment: 100% within 14 days of the invoice date, to the Seller's USD account:
   Account:       40702840890810033907
   Bank:          JSC "Volga Credit Bank" (АО «Волжский кредитный банк»), Kostroma, Russia
   BIK:           043478977          Correspondent account: 30101810000000000977
   SWIFT:         VOKRRU2KXXX
Packages: 220, gross weight 7,580 kg, net weight 6,940 kg.

General Director ____________ E. N. Krutov          Chief Accountant ____________ T. L. Ershova
""",
        expected={
            "number": "EX-26/007",
            "date": "2026-03-24",
            "total": "19050.00",
            "currency": "USD",
            "parties.seller.inn": "4401526013",
            "parties.seller.kpp": "440101001",
            "parties.seller.bik": "043478977",
            "parties.seller.account": "40702840890810033907",
        },
    ),
]

_ACTS = [
    # A scan of a Chinese supplier's commissioning certificate. Its total is the value
    # of the services it accepts, not the price of the machine under the contract.
    HoldoutDocument(
        id="z-en-act-commissioning-certificate-scan",
        document_type="act",
        language="en",
        noisy=True,
        text="""\
WUXI JINRUI CNC EQUIPMENT CO., LTD.
No. 88 Xinhua Road, Xinwu District, Wuxi, Jiangsu 2l4O28, China    USCI: 9l32O2l4MAlN7K3P4A

      COMMISSIONING ACCEPTANCE CERTIFICATE  No. JR-CC-2O26-Ol4
      Date: 2O26-O3-27                       Place: Kopeysk, Russia

Contract: No. JR-UMK-2O25-O9 dated 2O25-lO-l4 (CNC plasma cutting machine JR-3OOO,
          contract price USD l86,4OO.OO, paid in full)
Customer: JSC "Uralmetallokonstruktsiya", INN 74ll8l59Ol, KPP 74llOlOOl,
          2O Kemerovskaya St., Kopeysk, Chelyabinsk Region, Russia
Supplier: Wuxi Jinrui CNC Equipment Co., Ltd.

The parties confirm that installation, commissioning and operator training for the machine
JR-3OOO, serial No. JR3OOO-25-O4l2, were completed from 2O26-O3-l6 to 2O26-O3-26. Test cuts of
steel S355 8-25 mm met the tolerances of Annex 3 to the Contract.

 | Service                                         | Man-days | Rate USD | Amount USD |
 | Installation and alignment                      |    8     |  65O.OO  |  5,2OO.OO  |
 | Commissioning, CNC and height control setup     |    6     |  65O.OO  |  3,9OO.OO  |
 | Operator training (4 persons)                   |    4     |  65O.OO  |  2,6OO.OO  |
 | Travel and accommodation, 2 engineers, lump sum |          |          |  l,lOO.OO  |
   TOTAL VALUE OF SERVICES ACCEPTED:                           USD  l2,8OO.OO
   Payable within lO banking days after signing. Warranty: l2 months from 2O26-O3-27.

For the Supplier:                               For the Customer:
Zhou Mingyang, service engineer ______          K. V. Zhdanov, Commercial Director ______
                                                [stamp: AO «Уралметаллоконструкция» * ИНН 74ll8l59Ol *]
""",
        expected={
            "number": "JR-CC-2026-014",
            "date": "2026-03-27",
            "total": "12800.00",
            "currency": "USD",
            "parties.buyer.inn": "7411815901",
            "parties.buyer.kpp": "741101001",
        },
    ),
]

_UPD = [
    # An English translation of a status 1 UPD between two Russian companies. The date
    # of the translation at the foot is not the document's date.
    HoldoutDocument(
        id="z-en-upd-translation-bed-frames",
        document_type="upd",
        language="en",
        text="""\
                                                       Translation from Russian
UNIVERSAL TRANSFER DOCUMENT               Invoice No. 397 dated March 19, 2026                       (1)
Status: 1                                 Correction No. -- dated --                                 (1a)
1 - invoice and transfer document         Seller: Tver Metalware Plant LLC                            (2)
                                          (ООО «Тверской завод металлоизделий»)
                                          Address: 112 Peterburgskoye Hwy, bldg 4, Tver 170039        (2a)
                                          Seller's INN/KPP: 6950993510/695001001                      (2b)
                                          Shipper and its address: the same                          (3)
                                          Consignee and its address: Kostroma Furniture Factory LLC,
                                          31 Profsoyuznaya St., Kostroma 156005                       (4)
                                          To payment document No. -- dated --                         (5)
                                          Buyer: Kostroma Furniture Factory LLC                       (6)
                                          (ООО «Костромская мебельная фабрика»)
                                          Address: 31 Profsoyuznaya St., Kostroma 156005              (6a)
                                          Buyer's INN/KPP: 4401526013/440101001                       (6b)
                                          Currency: name, code: Russian rouble, 643                   (7)

|No| Goods                              |Unit| Qty |  Price   | Excl. VAT  |Rate|VAT amount| Incl. VAT  |
|1 | Metal bed base 1600x2000, gas lift |pcs |  40 | 3,420.00 | 136,800.00 |22% | 30,096.00| 166,896.00 |
|2 | Bracket kit for bed base, steel    |set | 200 |   186.00 |  37,200.00 |22% |  8,184.00|  45,384.00 |
|  | Total payable (9)                  |    |     |          | 174,000.00 | X  | 38,280.00| 212,280.00 |

Head of organisation ________ V. P. Belousov        Chief accountant ________ O. S. Nikitina
Basis of transfer: Supply contract No. 09-К/26 dated January 14, 2026                                  [8]
Transport data: waybill No. 397-T dated March 19, 2026                                               [9]
Goods handed over by: storekeeper ________ A. I. Zotov    Shipment date: March 19, 2026            [10-11]
Goods received by: storekeeper ________ L. A. Smirnova    Receipt date: March 21, 2026             [15-16]

Translated by: E. V. Sorokina, sworn translator, Kostroma, April 6, 2026. The translation is true
and complete. Reg. No. 44/2026-0318.
""",
        expected={
            "number": "397",
            "date": "2026-03-19",
            "total": "212280.00",
            "currency": "RUB",
            "parties.seller.inn": "6950993510",
            "parties.seller.kpp": "695001001",
            "parties.buyer.inn": "4401526013",
            "parties.buyer.kpp": "440101001",
        },
    ),
]

_PAYMENT_ORDERS = [
    # An application for a euro transfer that pays the German invoice. The value date
    # in field 32A and the rouble account for the bank's fee are not labels.
    HoldoutDocument(
        id="z-en-payment-order-eur-transfer",
        document_type="payment_order",
        language="en",
        text="""\
To: PJSC "South Ural Industrial Bank" (ПАО «Южноуральский промышленный банк»), Chelyabinsk
    BIK 047507484, correspondent account 30101810700000000484

              APPLICATION FOR A TRANSFER IN FOREIGN CURRENCY No. 64
                                Date: 2026-03-20

:32A: Value date / currency / amount      260324EUR17000,00
      Amount in words                      Seventeen thousand euro 00 cents
:50K: Ordering customer                    /40702978604940326991
                                           JSC URALMETALLOKONSTRUKTSIYA
                                           INN 7411815901, KPP 741101001
                                           20 KEMEROVSKAYA ST, KOPEYSK 456618, RUSSIA
:57A: Beneficiary's bank                   ESSLDES1XXX
                                           KREISSPARKASSE ESSLINGEN-NUERTINGEN, GERMANY
:59:  Beneficiary                          /DE47610990000417326850
                                           SCHNEIDER WERKZEUGBAU GMBH
                                           INDUSTRIESTRASSE 27, 73730 ESSLINGEN AM NECKAR, GERMANY
                                           IBAN: DE47610990000417326850
:70:  Remittance information               PAYMENT FOR INVOICE 2026-0387 DD 17.03.2026,
                                           PLASMA TORCH CONSUMABLES, ORDER UMK-ZK-0211
:71A: Details of charges                   OUR

Amount of the transfer:            EUR 17,000.00
Bank charges to be debited from:   account 40702810666193451450 (RUB) with the same bank
Currency operation code:           11100
Unique contract number:            26030015/0484/0000/2/1
Documents attached:                invoice 2026-0387 of 17.03.2026

Director        ____________ R. A. Tikhonov
Chief accountant ___________ M. R. Usoltseva
                                                        Received by the bank: 20.03.2026 11:40
""",
        expected={
            "number": "64",
            "date": "2026-03-20",
            "total": "17000.00",
            "currency": "EUR",
            "parties.payer.inn": "7411815901",
            "parties.payer.kpp": "741101001",
            "parties.payer.bik": "047507484",
            "parties.payer.account": "40702978604940326991",
        },
    ),
]

_WAYBILLS = [
    # A scan of the CMR for the Turkish needles. It is dated by box 21 and names no
    # money. Only the Russian consignee is labelled.
    HoldoutDocument(
        id="z-en-waybill-cmr-bursa-scan",
        document_type="waybill",
        language="en",
        noisy=True,
        text="""\
INTERNATIONAL CONSIGNMENT NOTE  CMR                                     No. 264418
1 Sender: ÖRNEK TEKSTİL MAKİNA SAN. VE TİC. A.Ş., Organize Sanayi Bölgesi, Mavi Cad. No: l4,
  l614O Nilüfer / BURSA / TÜRKİYE
2 Consignee: OOO «Ивановская трикотажная мануфактура», INN 37O26l3l87, KPP 37O2OlOOl,
  ul. Kuznetsova 67 korp. 3, l53OO2 Ivanovo, RUSSIA
3 Place of delivery: Ivanovo, Russia               l6 Carrier: ANADOLU HAT LOJİSTİK LTD. ŞTİ.,
4 Place and date of taking over: Bursa l6.O3.2O26     Gemlik / Bursa, tractor l6 AHL 4l8,
5 Documents attached: Invoice BRS-2O26/Oll4 of        trailer l6 AHL 9O7
  l3.O3.2O26, packing list, cert. of origin A 3O4l82 l7 Successive carriers: --
6 Marks: ITM/BRS/l-3   7 Packages: 3   8 Packing: wooden cases
9 Nature of goods: knitting machine parts (needle cylinders, needles, sinkers)
lO Statistical No.: 8448.5l   ll Gross weight, kg: 262   l2 Volume, m3: l.9
l3 Sender's instructions: customs clearance at Ivanovo customs post
2l Established in  Bursa  on  l6.O3.2O26
22 Signature and stamp of the sender   23 Signature and stamp of the carrier
24 Goods received: Ivanovo  23.O3.2O26  l4:2O   [stamp: ООО «ИТМ» склад, ИНН 37O26l3l87]
""",
        expected={
            "number": "264418",
            "date": "2026-03-16",
            "currency": None,
            "parties.consignee.inn": "3702613187",
            "parties.consignee.kpp": "370201001",
        },
    ),
]

_CONTRACTS = [
    # A supply contract with a Chinese yarn mill in yuan. The Russian buyer is labelled
    # with its yuan account and BIK. The prepayment and the per-tonne price are not the
    # total.
    HoldoutDocument(
        id="z-en-contract-yarn-supply-cny",
        document_type="contract",
        language="en",
        text="""\
                              SUPPLY CONTRACT No. ZH-ITM/2026-03
Shaoxing, China                                                                   February 18, 2026

Zhejiang Hongda Yarn Co., Ltd., USCI 91330681MA2D8H5R2K, represented by General Manager Chen Lihua
(the Seller), and Ivanovo Knitwear Manufactory LLC (ООО «Ивановская трикотажная мануфактура»), Russia,
represented by General Director Svetlana V. Martynova (the Buyer), have agreed as follows.

1. SUBJECT
1.1. The Seller sells and the Buyer buys 40 (forty) metric tonnes of 100% combed cotton yarn Ne 30/1,
compact, for knitting, HS code 5205.24, in two lots of 20 tonnes each.
1.2. Country of origin: People's Republic of China.

2. PRICE AND TOTAL VALUE
2.1. The price is CNY 17,100.00 per metric tonne, CPT Ivanovo, Russia (Incoterms 2020).
2.2. The total value of the Contract is CNY 684,000.00 (six hundred eighty-four thousand yuan).

3. PAYMENT
3.1. The Buyer pays a prepayment of 30% of the total value, CNY 205,200.00, within 10 banking days of
signing. The balance of each lot is paid within 30 days after its delivery to Ivanovo.
3.2. Payments are made in Chinese yuan from the Buyer's account stated in Article 8.

4. DELIVERY
4.1. Lot 1 is shipped by rail by March 15, 2026, and lot 2 by May 15, 2026. The date of the CMR or
railway bill at the border station is the date of delivery of the lot to the carrier.

5. QUALITY
5.1. Quality per the approved sample of January 20, 2026: count variation CV% not above 1.8, strength
not below 16.5 cN/tex. Each lot comes with a mill test report.

6. CLAIMS AND PENALTIES
6.1. Claims for quantity are made within 10 days and for quality within 60 days of arrival. A delay in
delivery costs the Seller 0.1% of the value of the late lot per day, at most 5%.

7. DISPUTES
7.1. Disputes are settled by the Arbitration Court at the Chamber of Commerce and Industry of the
Russian Federation under its rules. The applicable law is the law of the Russian Federation.

8. BANK DETAILS
Seller: Zhejiang Hongda Yarn Co., Ltd., No. 16 Keqiao Avenue, Shaoxing 312030, China
        Account 3308 0210 4471 2600 0188, Bank of Shaoxing Keqiao Branch, SWIFT SXBKCNBJXXX
Buyer:  Ivanovo Knitwear Manufactory LLC, 67 Kuznetsova St., bldg 3, Ivanovo 153002, Russia
        INN 3702613187, KPP 370201001, OGRN 1033755277819
        CNY account 40702156594580730215 with LLC CB "Uvod-Credit", Ivanovo
        BIK 042490118, correspondent account 30101810900000000118, SWIFT UVODRU2IXXX

For the Seller: ____________ Chen Lihua                For the Buyer: ____________ S. V. Martynova
""",
        expected={
            "number": "ZH-ITM/2026-03",
            "date": "2026-02-18",
            "total": "684000.00",
            "currency": "CNY",
            "parties.buyer.inn": "3702613187",
            "parties.buyer.kpp": "370201001",
            "parties.buyer.bik": "042490118",
            "parties.buyer.account": "40702156594580730215",
        },
    ),
]

_PACKING_LISTS = [
    # A phone photo of the yarn mill's packing list for lot 1. It names no money.
    HoldoutDocument(
        id="z-en-packing-list-yarn-photo",
        document_type="packing_list",
        language="en",
        noisy=True,
        text="""\
  ZHEJIANG HONGDA YARN CO., LTD.
  No. l6 Keqiao Avenue, Shaoxing 3l2O3O, China

            PACKING  LIST
  No.: HD26-O3ll              Date: ll Mar 2O26
  Contract: ZH-ITM/2O26-O3, lot l of 2
  Consignee: Ivanovo Knitwear Manufactory LLC
             INN 37O26l3l87 / KPP 37O2OlOOl
             67 Kuznetsova St., bldg 3, Ivanovo l53OO2, Russia
  Goods: lOO% combed cotton yarn Ne 3O/l compact, HS 52O5.24
  Container: TGHU 4l8827 3, seal CN-O44l829

  | Cartons   | Lot No.  | Qty ctn | Net/ctn kg | Net kg    | Gross kg  |
  | l - 4OO   | 26O3-Al  |   4OO   |   25.OO    | lO,OOO.OO | lO,52O.OO |
  | 4Ol - 8OO | 26O3-A2  |   4OO   |   25.OO    | lO,OOO.OO | lO,52O.OO |
  | TOTAL     |          |   8OO   |            | 2O,OOO.OO | 2l,O4O.OO |
  Measurement: 58.4 CBM.  Shipping marks: HONGDA / ITM / IVANOVO / C/NO. l-8OO

  [photo cut at the bottom]  signature ____ stamp: HONGDA YARN * EXPORT DEPT
""",
        expected={
            "number": "HD26-0311",
            "date": "2026-03-11",
            "total": None,
            "currency": None,
            "parties.consignee.inn": "3702613187",
            "parties.consignee.kpp": "370201001",
        },
    ),
]

_BANK_STATEMENTS = [
    # A statement of the furniture factory's USD account in English. The sale of
    # dollars to the holder's own rouble account is a counterparty line.
    HoldoutDocument(
        id="z-en-bank-statement-usd-account",
        document_type="bank_statement",
        language="en",
        text="""\
JSC "VOLGA CREDIT BANK" (АО «Волжский кредитный банк»)
54 Sovetskaya St., Kostroma 156000, Russia · BIK 043478977 · Corr. account 30101810000000000977
SWIFT VOKRRU2KXXX

                                 ACCOUNT STATEMENT No. 9
                                    for April 2, 2026

Account:             40702840890810033907 (USD, current account)
Account holder:      Kostroma Furniture Factory LLC, INN 4401526013, KPP 440101001
Previous operation:  March 17, 2026                           Printed: April 3, 2026 09:12

Opening balance:                                                                      USD 2,480.00

| Date       | Doc. | Counterparty / details                                  |  Debit USD | Credit USD |
|------------|------|---------------------------------------------------------|------------|------------|
| 02.04.2026 | 118  | UYUT MEBEL ASTANA LLP, BIN 110340581784, Astana, KZ     |            |  19,050.00 |
|            |      | Payment for invoice EX-26/007 dd 24.03.2026, contract   |            |            |
|            |      | KMF-KZ/2025-04                                          |            |            |
| 02.04.2026 | 27   | Sale of USD at 81.4200 RUB/USD, credited to own account |  10,000.00 |            |
|            |      | 40702810077893287921, BIK 043478977                     |            |            |
| 02.04.2026 | 2219 | Bank fee: currency control of an incoming payment       |      35.00 |            |

Turnover:                                                                   10,035.00     19,050.00
Closing balance:                                                                     USD 11,495.00

The statement is generated electronically and is valid without a signature and stamp.
""",
        expected={
            "number": "9",
            "date": "2026-04-02",
            "currency": "USD",
            "parties.account_holder.inn": "4401526013",
            "parties.account_holder.kpp": "440101001",
            "parties.account_holder.bik": "043478977",
            "parties.account_holder.account": "40702840890810033907",
        },
    ),
]

_RECEIPTS = [
    # A phone photo of a Bursa hotel folio from the buyer's acceptance visit, in
    # Turkish lira. It is dated by the departure, on which it was paid.
    HoldoutDocument(
        id="z-en-receipt-bursa-hotel-photo",
        document_type="receipt",
        language="en",
        noisy=True,
        text="""\
      HOTEL NILÜFER PARK BURSA
  Fevzi Çakmak Cad. No: 4l, Osmangazi / BURSA
  Vergi D.: Osmangazi   V. No: 632O4l8875
  -------------------------------------------
  GUEST FOLIO / FATURA        No: OO482l7
  Guest: Mr. VASILYEV OLEG           Room: 4l2
  Company: Ivanovo Knitwear Manufactory LLC
  Arrival: lO.O3.2O26    Departure: l4.O3.2O26
  Nights: 4      Adults: l
  -------------------------------------------
  Date        Description             TRY
  lO.O3.2O26  Room charge          2.45O,OO
  ll.O3.2O26  Room charge          2.45O,OO
  l2.O3.2O26  Room charge          2.45O,OO
  l2.O3.2O26  Restaurant           l.l8O,OO
  l3.O3.2O26  Room charge          2.45O,OO
  l3.O3.2O26  Laundry                32O,OO
  l4.O3.2O26  Accommodation tax 2%   l96,OO
  -------------------------------------------
  TOTAL                   l1.496,OO TL
  KDV included
  VISA ****88l2  l4.O3.2O26   l1.496,OO
  BALANCE                          O,OO
  Thank you for staying with us!
""",
        expected={
            "number": "0048217",
            "date": "2026-03-14",
            "total": "11496.00",
            "currency": "TRY",
        },
    ),
]

_PASSPORTS = [
    # A scan of the data page of the Chinese service engineer's passport. The visual
    # zone is damaged, and the machine-readable zone reads cleanly.
    HoldoutDocument(
        id="z-en-passport-china-engineer-scan",
        document_type="passport",
        language="en",
        noisy=True,
        text="""\
   PEOPLE'S REPUBLIC OF CHINA     中华人民共和国
   PASSPORT   护照
   Type/类型  P      Country code/国家码  CHN      Passport No./护照号  EK46l8293
   Surname/姓          ZHOU
   Given names/名      MINGYANG
   Sex/性别  M/男      Nationality/国籍  CHINESE/中国
   Date of birth/出生日期       l2 AUG l988
   Place of birth/出生地点      JIANGSU/江苏
   Date of issue/签发日期       O5 NOV 2Ol9          Place of issue/签发地点  JIANGSU/江苏
   Date of expiry/有效期至      O4 NOV 2O29
   Authority/签发机关  NATIONAL IMMIGRATION ADMINISTRATION PRC
   [RUSSIAN VISA PAGE NOT COPIED]   copy certified: UMK HR dept. l6.O3.2O26

P<CHNZHOU<<MINGYANG<<<<<<<<<<<<<<<<<<<<<<<<<
EK46182939CHN8808121M2911043<<<<<<<<<<<<<<<0
""",
        expected={
            "number": "EK4618293",
            "date": "2019-11-05",
            "total": None,
            "currency": None,
        },
    ),
]

_POWERS_OF_ATTORNEY = [
    # A Russian mill's power of attorney for a freight forwarder to take delivery of the
    # yarn and clear it through customs. It names no money.
    HoldoutDocument(
        id="z-en-power-of-attorney-forwarder",
        document_type="power_of_attorney",
        language="en",
        text="""\
                                 POWER OF ATTORNEY No. 12/26

Ivanovo                                                                               March 2, 2026

Ivanovo Knitwear Manufactory LLC (ООО «Ивановская трикотажная мануфактура»), a company registered in the
Russian Federation, OGRN 1033755277819, INN 3702613187, KPP 370201001, address: 67 Kuznetsova St., bldg 3,
Ivanovo 153002, settlement account 40702810175400917145 with LLC CB "Uvod-Credit", Ivanovo,
BIK 042490118, correspondent account 30101810900000000118, represented by its General Director
Svetlana V. Martynova, acting under the Charter (the "Principal"),

hereby authorises

TransExpeditsiya Center LLC (ООО «ТрансЭкспедиция Центр»), OGRN 1077746248876, INN 7727955599,
KPP 772701001, address: 14 Rabochaya St., bldg 2, Moscow 109544, Russia (the "Attorney"),

to act on behalf of the Principal in respect of the goods delivered under Supply Contract
No. ZH-ITM/2026-03 of February 18, 2026 with Zhejiang Hongda Yarn Co., Ltd., China, namely:

1. to take delivery of the goods from the carrier at the railway terminal Vorsino (Kaluga Region)
   and at the temporary storage warehouse, and to sign the railway bills, CMRs and acts of acceptance;
2. to prepare, sign and lodge customs declarations and to receive the documents issued by customs;
3. to present the goods for customs inspection and to receive samples back;
4. to arrange the carriage of the goods to the Principal's warehouse in Ivanovo.

The Attorney may not transfer these powers to third parties. This power of attorney is valid until
December 31, 2026.

Specimen signature of the Attorney's representative, A. S. Lapin: ______________ (certified)

General Director ______________ S. V. Martynova
Chief Accountant ______________ N. I. Bobkova                                           L.S.
""",
        expected={
            "number": "12/26",
            "date": "2026-03-02",
            "total": None,
            "currency": None,
            "parties.principal.inn": "3702613187",
            "parties.principal.kpp": "370201001",
            "parties.principal.bik": "042490118",
            "parties.principal.account": "40702810175400917145",
            "parties.attorney.inn": "7727955599",
            "parties.attorney.kpp": "772701001",
        },
    ),
]

_LETTERS = [
    # A claim about a defective needle cylinder. It names euro sums but requests no
    # payment of a document of its own.
    HoldoutDocument(
        id="z-en-letter-claim-needle-cylinder",
        document_type="letter",
        language="en",
        text="""\
IVANOVO KNITWEAR MANUFACTORY LLC
67 Kuznetsova St., bldg 3, Ivanovo 153002, Russia · Tel. +7 4932 41 22 08 · office@itm-knit.example
INN 3702613187 · KPP 370201001

Our ref.: ITM/OUT/2026-041                                                         March 30, 2026
Your ref.: BRS-2026/0114

Örnek Tekstil Makina San. ve Tic. A.Ş.
Mr. Emre Kaya, Export Manager
Organize Sanayi Bölgesi, Mavi Cad. No: 14, 16140 Nilüfer / Bursa, Türkiye

Subject: Claim on a defective needle cylinder, invoice BRS-2026/0114 of 13.03.2026

Dear Mr. Kaya,

We received the goods of your invoice BRS-2026/0114 on March 23, 2026 (CMR No. 264418). During the
installation on March 26, 2026, the needle cylinder 30", E28, serial No. NC-2611, showed a radial runout
of 0.09 mm, while the drawing allows 0.03 mm. The cylinder cannot be used, and our machine No. 7 has
stood idle since that day. The inspection report of March 27, 2026 and photographs are attached.

Under clause 7.2 of Contract OT-ITM/2025-11 we claim:
1. the replacement of the cylinder (EUR 3,850.00 under the invoice), delivered CPT Ivanovo at your
   cost within 21 days, or a refund of EUR 3,850.00;
2. compensation for the downtime of machine No. 7 of EUR 1,240.00 (12 shifts, calculation attached).
The total amount of the claim is EUR 5,090.00.

The second cylinder of the same delivery works correctly. Please reply within 14 days of this letter.
The defective cylinder is kept at our warehouse and will be returned at your request and cost.

Sincerely,

Svetlana V. Martynova
General Director
""",
        expected={
            "number": "ITM/OUT/2026-041",
            "date": "2026-03-30",
            "total": None,
            "currency": "EUR",
        },
    ),
]

_OTHER = [
    # A scan of a Turkish tube mill's inspection certificate on EN 10204 type 3.1. It
    # names no money, and its order, heat and test dates are not its date.
    HoldoutDocument(
        id="z-en-other-mill-certificate-scan",
        document_type="other",
        language="en",
        noisy=True,
        text="""\
 ANADOLU BORU VE PROFİL SANAYİ A.Ş.   Gebze OSB, 4lOO Kocaeli, Türkiye
 INSPECTION CERTIFICATE  EN lO2O4:2OO4  TYPE 3.l
 Certificate No.: MC-26-O7734            Date of issue: 2O26-O3-O2
 Customer: JSC Uralmetallokonstruktsiya, Kopeysk, Russia   Order No.: 26-UMK-ll8 of 2O26-Ol-2O
 Product: Cold-formed welded structural hollow sections EN lO2l9-l/-2, grade S355J2H
 Size: l2Ox8Ox5 mm, length l2 m      Quantity: l4 bundles, 28.46O t      Delivery note: DN-26-O44l

 | Heat No.  | C    | Si   | Mn   | P     | S     | Al    | CEV  |
 | 26A4l87   | O.l6 | O.2l | l.38 | O.Ol4 | O.OO6 | O.O32 | O.4O |
 | 26A4l9O   | O.l5 | O.2O | l.4l | O.Ol2 | O.OO5 | O.O29 | O.39 |

 | Heat No.  | ReH MPa | Rm MPa | A %  | KV -2O°C, J (3 tests) | Test date   |
 | 26A4l87   | 4O2     | 538    | 24   | 58 / 62 / 55          | 2O26-O2-26  |
 | 26A4l9O   | 395     | 53l    | 25   | 6l / 57 / 6O          | 2O26-O2-27  |

 Visual and dimensional inspection: satisfactory. Weld seam tested by eddy current: satisfactory.
 We certify that the products comply with the order and EN lO2l9.
 Inspection representative: M. Aydın  ______     [stamp: QUALITY CONTROL DEPT. * ABP * 2O26-O3-O2]
""",
        expected={
            "number": "MC-26-07734",
            "date": "2026-03-02",
            "total": None,
            "currency": None,
        },
    ),
    # A Chinese supplier's quotation for spare parts. It prints a dollar total but
    # requests no payment.
    HoldoutDocument(
        id="z-en-other-spare-parts-quotation",
        document_type="other",
        language="en",
        text="""\
WUXI JINRUI CNC EQUIPMENT CO., LTD.
No. 88 Xinhua Road, Xinwu District, Wuxi, Jiangsu 214028, China
USCI 91320214MA1N7K3P4A · Tel. +86 510 8521 4470 · sales@jinrui-cnc.example

                                         QUOTATION
Quotation No.:   JR-QT-260409                     Date:         April 9, 2026
Valid until:     May 9, 2026                      Your inquiry: e-mail of April 6, 2026
Customer:        JSC "Uralmetallokonstruktsiya", INN 7411815901, Kopeysk, Russia
Machine:         CNC plasma cutting machine JR-3000, serial No. JR3000-25-0412

| Item | Part No.    | Description                                   | Qty | Unit price USD | Amount USD |
|------|-------------|-----------------------------------------------|-----|----------------|------------|
|  1   | JR-NZ-260   | Nozzle 260 A, original                        | 200 |           9.80 |   1,960.00 |
|  2   | JR-EL-260   | Electrode 260 A, original                     | 200 |           8.60 |   1,720.00 |
|  3   | JR-SW-260   | Swirl ring 260 A                              |  40 |          24.50 |     980.00 |
|  4   | JR-HC-3000  | Height control board THC-3                    |   2 |       1,650.00 |   3,300.00 |
|  5   |             | Air freight to Chelyabinsk, packing           |   1 |         480.00 |     480.00 |

Total quoted:                                                                         USD 8,440.00

Terms: EXW Wuxi for items 1-4, freight as item 5. Payment 100% in advance after our proforma
invoice. Lead time 10 working days after payment. Warranty for electronic parts 6 months.
This quotation is not an invoice and does not request payment.

Sales Manager ____________ Li Wenjing
""",
        expected={
            "number": "JR-QT-260409",
            "date": "2026-04-09",
            "total": None,
            "currency": "USD",
        },
    ),
]


ENGLISH_DOCUMENTS_Z = [
    *_INVOICES,
    *_ACTS,
    *_UPD,
    *_PAYMENT_ORDERS,
    *_WAYBILLS,
    *_CONTRACTS,
    *_PACKING_LISTS,
    *_BANK_STATEMENTS,
    *_RECEIPTS,
    *_PASSPORTS,
    *_POWERS_OF_ATTORNEY,
    *_LETTERS,
    *_OTHER,
]
