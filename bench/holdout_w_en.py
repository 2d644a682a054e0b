"""English documents of set W. `bench.holdout_w` describes the set and its labels."""

# Document texts reproduce printed lines up to 110 characters wide.
# ruff: noqa: E501

from .holdout import HoldoutDocument

_INVOICES = [
    # An Indian export invoice in rupees with lakh groups ("38,23,218.75"). Its date
    # "04/03/2025" is day-first, as Indian papers print dates. The invoice number
    # belongs to the financial year 2024-25, which ends on 31 March 2025, so the date
    # cannot be 3 April 2025, and the buyer's order "17/02/2025" is day-first too. The
    # total is the CIF value with freight and insurance, not the FOB value. GSTIN,
    # IEC and PAN are Indian and not labelled.
    HoldoutDocument(
        id="w-en-invoice-india-gstin-lakh",
        document_type="invoice",
        language="en",
        text="""\
SHREE VIGHNESH PHARMACHEM PVT. LTD.
Plot No. 2417, GIDC Industrial Estate, Ankleshwar - 393002, Gujarat, India
GSTIN: 24AAKCS7315M1ZZ | PAN: AAKCS7315M | IEC: AAKCS7315M | State: Gujarat, Code 24
Tel: +91 2646 221 874 | exports@vighneshpharma.example

                                   TAX INVOICE (EXPORT)
        SUPPLY MEANT FOR EXPORT UNDER LUT WITHOUT PAYMENT OF INTEGRATED TAX (IGST)
                      LUT ARN: AD240324018473K dated 28/03/2024

Invoice No.: SVP/EXP/24-25/0387                    Invoice Date: 04/03/2025
Buyer's Order No.: TDF-PO-2025/014 dt. 17/02/2025
Contract No.: SVP-TDF/2024/09 dt. 12/12/2024

Consignee / Buyer:
LLC "TD Pharmimport" (OOO "TD Farmimport")
Leningradskaya St. 25, office 412, Khimki, Moscow Region, 141402, Russian Federation
INN 5024086310, KPP 502401001

Pre-carriage by: Road                 Place of receipt by pre-carrier: Ankleshwar
Port of Loading: Nhava Sheva (INNSA1) Port of Discharge: Novorossiysk (RUNVS)
Country of Origin of Goods: India     Country of Final Destination: Russian Federation
Terms of Delivery: CIF Novorossiysk (Incoterms 2020)
Terms of Payment: 100% by T/T in INR within 30 days from the date of B/L

| Sr | Description of Goods                        | HS Code    | Qty (kg) | Rate (INR/kg) | Amount (INR)  |
| 1  | Metformin Hydrochloride IP/EP, 25 kg drums  | 2925 29 90 |    2,000 |      1,245.00 |  24,90,000.00 |
| 2  | Paracetamol IP (Acetaminophen), 25 kg bags  | 2924 29 30 |    3,000 |        412.50 |  12,37,500.00 |

                                                            FOB Value             37,27,500.00
                                                            Freight                  86,400.00
                                                            Insurance                 9,318.75
                                                            IGST @ 0% (under LUT)         0.00
                                                Total Invoice Value (CIF)   ₹ 38,23,218.75
Amount in words: Rupees Thirty Eight Lakh Twenty Three Thousand Two Hundred Eighteen
and Paise Seventy Five Only

Packages: 80 HDPE drums and 120 bags on 10 pallets. Net wt. 5,000.00 kg, Gross wt. 5,412.00 kg
Bank: Western Gujarat Bank Ltd., Ankleshwar Branch, A/c No. 50200041873925, IFSC WGBL0001842,
SWIFT WGBLINBB

Declaration: We declare that this invoice shows the actual price of the goods described and
that all particulars are true and correct.
                                                  For SHREE VIGHNESH PHARMACHEM PVT. LTD.

                                                  Authorised Signatory
""",
        expected={
            "number": "SVP/EXP/24-25/0387",
            "date": "2025-03-04",
            "total": "3823218.75",
            "currency": "INR",
            "parties.buyer.inn": "5024086310",
            "parties.buyer.kpp": "502401001",
        },
    ),
    # A Chinese commercial invoice in yuan dated "2025/02/14". Its total is the FOB
    # value of the lot, not the deposit already received or the balance due. The USCI
    # is the Chinese registration code and is not labelled.
    HoldoutDocument(
        id="w-en-invoice-china-cny-deposit",
        document_type="invoice",
        language="en",
        text="""\
NINGBO HAITONG PUMP MACHINERY CO., LTD.
No. 88 Haigang Road, Beilun District, Ningbo, Zhejiang 315800, China
USCI: 91330206MA2H7K4R9C      Tel: +86 574 8618 2740      sales@haitongpump.example

                                  COMMERCIAL INVOICE

Invoice No.: HT25RU0214                                  Date: 2025/02/14
Contract No.: NHP-RU-2025/01 dated 2025/01/20, lot 1
Buyer: LLC "Novosibirsk Pump Systems" (OOO "Novosibirskie nasosnye sistemy")
       35 Krasnoyarskaya St., office 9, Novosibirsk, 630132, Russia
       INN 5406273181   KPP 540601001
From: Ningbo, China          To: Saint Petersburg, Russia       Vessel: XIN MING ZHOU 18 V.025W
Terms of delivery: FOB Ningbo (Incoterms 2020)                  Country of origin: China
Terms of payment: 30% deposit by T/T, 70% balance by T/T before shipment

| No. | Description                            | HS Code    | Qty     | Unit Price (CNY) | Amount (CNY)   |
| 1   | Centrifugal pump HTP100-65-200, 30 kW  | 8413.70.30 | 12 sets |        46,800.00 |     561,600.00 |
| 2   | Centrifugal pump HTP80-50-160, 11 kW   | 8413.70.30 | 20 sets |        21,450.00 |     429,000.00 |
| 3   | Centrifugal pump HTP65-40-250, 15 kW   | 8413.70.30 | 12 sets |        24,650.00 |     295,800.00 |

TOTAL FOB NINGBO: 44 sets                                                     CNY 1,286,400.00
SAY CHINESE YUAN ONE MILLION TWO HUNDRED EIGHTY-SIX THOUSAND FOUR HUNDRED ONLY.
Less deposit received on 2025/01/27 (30%):                                      CNY 385,920.00
Balance due before shipment:                                                    CNY 900,480.00

Packing: 44 wooden cases. N.W. 9,860 kg, G.W. 11,244 kg, 38.6 CBM.
Shipping marks: NPS / NHP-RU-2025/01 / ST. PETERSBURG / C/NO. 1-44

Beneficiary: NINGBO HAITONG PUMP MACHINERY CO., LTD.
Beneficiary bank: EAST SEA DEVELOPMENT BANK, NINGBO BRANCH, SWIFT ESDBCNBN
Account No.: 3301 0206 4718 2950

                                          NINGBO HAITONG PUMP MACHINERY CO., LTD.
                                          Wang Haitao, General Manager
""",
        expected={
            "number": "HT25RU0214",
            "date": "2025-02-14",
            "total": "1286400.00",
            "currency": "CNY",
            "parties.buyer.inn": "5406273181",
            "parties.buyer.kpp": "540601001",
        },
    ),
    # A Turkish invoice in lira printed with dots for thousands and commas for decimals
    # ("1.186.450,00"). Its "07.04.2025" is day-first, as the payment due date
    # "14.04.2025" shows. A payment agent that pays on the buyer's behalf prints its
    # INN, but it has no role in the invoice and is not labelled.
    HoldoutDocument(
        id="w-en-invoice-turkey-lira-dot-decimal",
        document_type="invoice",
        language="en",
        text="""\
EGE KUMAŞ TEKSTİL SANAYİ VE TİCARET A.Ş.
Demirtaş Organize Sanayi Bölgesi, Ada Cad. No: 14, 16245 Osmangazi / Bursa, Türkiye
Vergi Dairesi: Uludağ    Vergi No: 3250481764    MERSİS No: 0325048176400014
Tel: +90 224 261 48 00    export@egekumas.example

                         COMMERCIAL INVOICE / TİCARİ FATURA

Invoice No: EGE2025000147                                  Date: 07.04.2025
Contract: EK-ITM/2024-11 dated 18.11.2024                  Payment due: 14.04.2025
Buyer: LLC "Textile House Ivanovo Manufactory"
       Sheremetevsky Ave. 85, Ivanovo, 153002, Russian Federation
       INN 3702184756    KPP 370201001
Payment on behalf of the Buyer by: LLC "Meridian Payment Agent", Moscow, INN 7704192862
Delivery terms: FCA Bursa (Incoterms 2020)      Transport: truck under TIR carnet
Country of origin: Türkiye

| No | Description                                | HS code | Quantity | Unit price TRY | Amount TRY   |
| 1  | 100% cotton poplin, 145 g/m2, width 150 cm | 5208.32 | 18.400 m |          38,50 |   708.400,00 |
| 2  | Polyester-viscose suiting fabric, 240 g/m2 | 5515.11 |  6.250 m |          76,40 |   477.500,00 |

                                                            Subtotal:        1.185.900,00 TRY
                                                            Packing:               550,00 TRY
                                                            KDV (VAT) 0%:            0,00 TRY
                                                            TOTAL:           1.186.450,00 TRY
Amount in words: one million one hundred eighty-six thousand four hundred fifty Turkish lira
VAT exempt export under Art. 11/1-a of the VAT Law No. 3065.

Packages: 92 rolls. Net weight 4.862,00 kg, gross weight 5.018,50 kg.
Bank: Marmara Ticaret Bankası A.Ş., Bursa Branch, SWIFT MRTBTRIS
IBAN TR210047100000391847250017

                                   EGE KUMAŞ TEKSTİL SAN. VE TİC. A.Ş.
                                   Export Manager Selin Aksoy
""",
        expected={
            "number": "EGE2025000147",
            "date": "2025-04-07",
            "total": "1186450.00",
            "currency": "TRY",
            "parties.buyer.inn": "3702184756",
            "parties.buyer.kpp": "370201001",
        },
    ),
    # A UAE tax invoice for a re-export of car parts. Its "10/04/2025" is day-first,
    # as the UAE prints dates, and the due date "10/05/2025 (30 days)" is 30 days later
    # only in that order. The total includes freight and insurance at VAT 0%. The TRN
    # and the IBAN are not labelled.
    HoldoutDocument(
        id="w-en-invoice-uae-aed-day-first",
        document_type="invoice",
        language="en",
        text="""\
GULF CREST AUTO PARTS TRADING L.L.C.
Office 1207, Al Maktoum Business Tower, Deira, P.O. Box 118402, Dubai, United Arab Emirates
TRN: 100384729100003          Tel: +971 4 228 6410          accounts@gulfcrest.example

                                        TAX INVOICE

Invoice No.: GC/INV/25/0931                    Invoice Date: 10/04/2025
Customer PO: KAV-0412                          Due Date: 10/05/2025 (30 days)
Bill To: LLC "Kazan Autocenter Vostok"
         Tukaya St. 118, Kazan, Republic of Tatarstan, 420021, Russian Federation
         INN 1659182749, KPP 165901001
Ship To: same, via the Port of Astrakhan, Russia
Terms of delivery: CIF Astrakhan (Incoterms 2020)     Place of supply: outside the UAE (export)

| # | Description            | HS Code    | Origin | Qty   | Unit Price AED | Amount AED |
| 1 | Brake pad set, front   | 8708.30.10 | JP     |   600 |          96.50 |  57,900.00 |
| 2 | Oil filter             | 8421.23.00 | KR     | 2,400 |          14.75 |  35,400.00 |
| 3 | Shock absorber, rear   | 8708.80.00 | CN     |   480 |         118.00 |  56,640.00 |

                                                      Subtotal (AED)            149,940.00
                                                      Freight to Astrakhan        6,850.00
                                                      Insurance                     450.00
                                                      VAT 0% (zero-rated export)      0.00
                                                      Total (AED)               157,240.00
Amount in words: UAE Dirhams One Hundred Fifty-Seven Thousand Two Hundred Forty Only

Bank: Creek National Bank PJSC, Deira Branch, SWIFT CRNBAEAD
IBAN AE150471008274619300015
Goods remain the property of the seller until paid in full.
""",
        expected={
            "number": "GC/INV/25/0931",
            "date": "2025-04-10",
            "total": "157240.00",
            "currency": "AED",
            "parties.buyer.inn": "1659182749",
            "parties.buyer.kpp": "165901001",
        },
    ),
]

_ACTS = [
    # A German supplier's commissioning certificate is an `act`. Its amounts use the
    # German form "24.180,00", and its dates are day-first with dots. The seller's
    # USt-IdNr. and IBAN are not labelled, and the Russian customer is the buyer.
    HoldoutDocument(
        id="w-en-act-german-commissioning",
        document_type="act",
        language="en",
        text="""\
Rheinwerk Antriebstechnik GmbH
Hafenstraße 118 · 47119 Duisburg · Germany
USt-IdNr. DE814726355 · Amtsgericht Duisburg HRB 28417
IBAN DE21350604170047281630 · BIC RHWKDEDD

                  COMMISSIONING AND ACCEPTANCE CERTIFICATE No. RW-SC-2025-0112
Date: 14.04.2025

Customer: JSC "Volzhsky Bearing Plant", 7th Avtodoroga St. 24, Volzhsky, Volgograd Region,
          404130, Russian Federation, INN 3435076219, KPP 343501001
Contract: RW-VPZ/2024-17 dated 28.10.2024, Supplement No. 2 (supervision services)
Site: main assembly shop, lines 3 and 4. Period of work: 31.03.2025 - 11.04.2025

The Contractor's service engineers supervised the installation and commissioning of four drive
units RDX-450 (serial Nos. 24-1187 to 24-1190). The units passed the 72-hour test run from
09.04.2025 to 11.04.2025 and are accepted for operation.

| Pos. | Service                                     | Quantity      | Rate EUR | Amount EUR |
| 1    | Supervision of installation, 2 engineers    | 18 man-days   | 1.150,00 |  20.700,00 |
| 2    | Travel and accommodation, lump sum          | 1             | 3.480,00 |   3.480,00 |

Total net                                                                      24.180,00 EUR
VAT: not charged, the place of supply is outside Germany (§ 3a Abs. 2 UStG)
Total amount payable                                                           24.180,00 EUR
Payment within 30 days of this certificate, i.e. by 14.05.2025.

Remarks of the Customer: none.

For the Contractor                                 For the Customer
Rheinwerk Antriebstechnik GmbH                     JSC "Volzhsky Bearing Plant"
________ Jonas Keller, Service Engineer            ________ A. V. Morozov, Chief Mechanic
""",
        expected={
            "number": "RW-SC-2025-0112",
            "date": "2025-04-14",
            "total": "24180.00",
            "currency": "EUR",
            "parties.buyer.inn": "3435076219",
            "parties.buyer.kpp": "343501001",
        },
    ),
]

_UPDS = [
    # An English translation of an export UPD to Kazakhstan at VAT 0%. The buyer's line
    # (6b) prints no INN, and its БИН is not labelled.
    HoldoutDocument(
        id="w-en-upd-translation-export-kazakhstan",
        document_type="upd",
        language="en",
        text="""\
UNIVERSAL TRANSFER DOCUMENT                                          Translation from Russian
Status: 1 (1 - invoice and transfer document (act); 2 - transfer document (act) only)

Invoice No. 0456 dated 24.04.2025 (1)                     Correction No. -- dated -- (1a)
Seller: JSC "Uralkhimpostavka" (2)
Address: 86 Belinskogo St., office 412, Yekaterinburg, 620026, Russian Federation (2a)
Seller's INN/KPP: 6670142851/667001001 (2b)
Shipper and its address: the same (3)
Consignee and its address: Karaganda Chemical Supply LLP, Temirtau station, Kazakhstan (4)
To payment document No. -- dated -- (5)
Shipping documents: Nos. 1-2, No. 0456 dated 24.04.2025 (5a)
Buyer: Karaganda Chemical Supply LLP, BIN 151140039823 (6)
Address: 28 Bukhar-Zhyrau Ave., Karaganda, 100000, Republic of Kazakhstan (6a)
Buyer's INN/KPP: -- (6b)
Currency: name, code Russian rouble, 643 (7)

| No | Goods (1a)                    | Unit | Qty | Price     | Value w/o VAT | Rate | VAT  | Value with VAT |
| 1  | Sodium hydroxide, technical,  | t    | 60  | 52,800.00 |  3,168,000.00 | 0%   | 0.00 |   3,168,000.00 |
|    | flakes, 25 kg bags            |      |     |           |               |      |      |                |
| 2  | Sodium sulphate, technical,   | t    | 20  | 34,720.00 |    694,400.00 | 0%   | 0.00 |     694,400.00 |
|    | 50 kg bags                    |      |     |           |               |      |      |                |
Total payable (9)                                    |  3,862,400.00 |  X   | 0.00 |   3,862,400.00 |
Country of origin (10): 643 Russia. Customs declaration No. (11): --

VAT 0%: export to a member state of the EAEU (subpara. 1 para. 1 Art. 164 of the Tax Code).
Basis of transfer: Contract No. UKP-KZ/2024-33 dated 05.11.2024, specification No. 4
Transport: SMGS railway bill No. 27419552 dated 24.04.2025, wagons 61482037, 61482045
Goods handed over by: Head of Sales A. V. Ryabova ________ 24.04.2025
Goods received by: ________ date ________
Prepared by: JSC "Uralkhimpostavka", INN/KPP 6670142851/667001001
""",
        expected={
            "number": "0456",
            "date": "2025-04-24",
            "total": "3862400.00",
            "currency": "RUB",
            "parties.seller.inn": "6670142851",
            "parties.seller.kpp": "667001001",
        },
    ),
]

_PAYMENT_ORDERS = [
    # A Russian bank's application for a transfer in Indian rupees, paying the Indian
    # invoice. It prints the amount with western groups ("3,823,218.75"). Its date
    # "12.03.2025" is day-first, as the value date "14.03.2025" shows. The payer is
    # labelled with the INR account, not the rouble account for the commission.
    HoldoutDocument(
        id="w-en-payment-order-transfer-inr",
        document_type="payment_order",
        language="en",
        text="""\
JSC CB "STOLICHNY CREDIT", Moscow
BIK 044525418, corr. account 30101810000000000418, SWIFT SCRDRUMM

                 APPLICATION FOR TRANSFER IN FOREIGN CURRENCY No. 19
Date: 12.03.2025                Value date: 14.03.2025
Currency: INR                   Amount: 3,823,218.75
Amount in words: three million eight hundred twenty-three thousand two hundred eighteen
Indian rupees 75 paise

50K Ordering customer: LLC "TD Pharmimport"
    INN 5024086310, KPP 502401001
    Account No. 40702356200000408631 (INR)
    Leningradskaya St. 25, office 412, Khimki, Moscow Region, 141402, Russia
56A Intermediary bank: --
57A Beneficiary's bank: WESTERN GUJARAT BANK LTD, ANKLESHWAR BRANCH
    SWIFT WGBLINBB, IFSC WGBL0001842
59  Beneficiary: SHREE VIGHNESH PHARMACHEM PVT. LTD., A/c No. 50200041873925
    Plot No. 2417, GIDC Industrial Estate, Ankleshwar 393002, Gujarat, India
70  Details of payment: PAYMENT FOR PHARMACEUTICAL SUBSTANCES, CONTRACT SVP-TDF/2024/09
    DD 12/12/2024, INVOICE SVP/EXP/24-25/0387 DD 04/03/2025
71A Charges: OUR. Please debit the bank's fees to our rouble account No. 40702810500000408631.

Currency operation code: 11100
Unique contract number: 24120093/0418/0000/2/1

General Director   ________ E. V. Gromova
Chief Accountant   ________ N. I. Sadykova

Bank use: received 12.03.2025 11:40, currency control passed 13.03.2025
""",
        expected={
            "number": "19",
            "date": "2025-03-12",
            "total": "3823218.75",
            "currency": "INR",
            "parties.payer.inn": "5024086310",
            "parties.payer.kpp": "502401001",
            "parties.payer.bik": "044525418",
            "parties.payer.account": "40702356200000408631",
        },
    ),
]

_CONTRACTS = [
    # A bilingual contract printed paragraph by paragraph, English first. It is
    # labelled once, in this English file. The total is the contract amount for two
    # lots, not one lot or the 30% advance. The Russian buyer is labelled with its
    # yuan account, and the Chinese seller's USCI is not labelled.
    HoldoutDocument(
        id="w-en-contract-bilingual-paragraphs-cny",
        document_type="contract",
        language="en",
        text="""\
SALES CONTRACT No. NHP-RU-2025/01
КОНТРАКТ КУПЛИ-ПРОДАЖИ № NHP-RU-2025/01

Ningbo, January 20, 2025
г. Нинбо, 20 января 2025 г.

NINGBO HAITONG PUMP MACHINERY CO., LTD., China, USCI 91330206MA2H7K4R9C (the "Seller"), and
LLC "Novosibirsk Pump Systems", Russia (the "Buyer"), have agreed as follows.
NINGBO HAITONG PUMP MACHINERY CO., LTD., Китай («Продавец»), и ООО «Новосибирские насосные
системы», Россия («Покупатель»), договорились о нижеследующем.

1. The Seller sells and the Buyer buys centrifugal pumps of the HTP series (HS code 8413 70)
in two lots listed in Specifications No. 1 and No. 2, which form part of this Contract.
1. Продавец продает, а Покупатель покупает центробежные насосы серии HTP (код ТН ВЭД 8413 70)
двумя партиями согласно Спецификациям № 1 и № 2, являющимся частью настоящего Контракта.

2. The total amount of the Contract is CNY 2,572,800.00 (two million five hundred seventy-two
thousand eight hundred Chinese yuan): lot 1 CNY 1,286,400.00, lot 2 CNY 1,286,400.00.
2. Общая сумма Контракта составляет 2 572 800,00 китайских юаней (два миллиона пятьсот
семьдесят две тысячи восемьсот юаней): партия 1 — 1 286 400,00, партия 2 — 1 286 400,00.

3. Terms of delivery: FOB Ningbo (Incoterms 2020). Country of origin: China. Lot 1 is
delivered by February 28, 2025, lot 2 by June 30, 2025.
3. Условия поставки: FOB Нинбо (Инкотермс 2020). Страна происхождения — Китай. Партия 1
поставляется до 28.02.2025, партия 2 — до 30.06.2025.

4. Payment: 30% of each lot in advance within 7 days after the Seller's proforma invoice and
70% before shipment, by bank transfer in CNY. Bank charges outside China are for the Buyer.
4. Оплата: 30% стоимости каждой партии авансом в течение 7 дней после выставления
проформы-инвойса и 70% до отгрузки банковским переводом в юанях. Банковские расходы за
пределами Китая несет Покупатель.

5. Disputes are settled by arbitration in Singapore. Each text of this Contract is authentic.
5. Споры разрешаются арбитражем в Сингапуре. Тексты Контракта на обоих языках аутентичны.

6. Bank details / Банковские реквизиты
Seller / Продавец: Zhejiang Harbour Commercial Bank, Ningbo Beilun Sub-branch,
SWIFT ZJHCCNBX, A/c 7710 0128 3364 5208
Buyer / Покупатель: LLC "Novosibirsk Pump Systems" / ООО «Новосибирские насосные системы»
INN / ИНН 5406273181, KPP / КПП 540601001, OGRN / ОГРН 1135476024903
CNY account / Счет в юанях: 40702156544000273181
Bank / Банк: JSC "Siberian Export Bank" / АО «Сибирский экспортный банк», Novosibirsk
BIK / БИК 045004837, corr. account / к/с 30101810000000000837, SWIFT SIEBRU2N

Seller / Продавец ________ Wang Haitao          Buyer / Покупатель ________ I. P. Nikitin
""",
        expected={
            "number": "NHP-RU-2025/01",
            "date": "2025-01-20",
            "total": "2572800.00",
            "currency": "CNY",
            "parties.buyer.inn": "5406273181",
            "parties.buyer.kpp": "540601001",
            "parties.buyer.bik": "045004837",
            "parties.buyer.account": "40702156544000273181",
        },
    ),
]

_OTHER_TYPES = [
    # A scan of a German CMR in English. It is dated by box 21, not by the receipt in
    # box 24. It names no money, so it has no `total` label and `currency` is None.
    # Only the Russian consignee is labelled. The Lithuanian carrier and the German
    # sender have no Russian requisites.
    HoldoutDocument(
        id="w-en-waybill-cmr-germany-scan",
        document_type="waybill",
        language="en",
        noisy=True,
        text="""\
CMR   INTERNATIONAL CONSIGNMENT NOTE                              No. RW-25O3O3-O7
1 Sender: Rheinwerk Antriebstechnik GmbH, Hafenstraße ll8, 47ll9 Duisburg, Germany
  USt-IdNr. DE8l4726355
2 Consignee: JSC "Volzhsky Bearing Plant", 7th Avtodoroga St. 24, 4O413O Volzhsky,
  Russia, INN 3435O762l9, KPP 3435OlOOl
3 Place of delivery of the goods: Volzhsky, Russia
4 Place and date of taking over the goods: Duisburg, Germany, O3.O3.2O25
5 Documents attached: invoice RW-INV-25-O39l, packing list, export declaration MRN
  25DE4l7O93885127A4
6 Marks | 7 Packages | 8 Packing     | 9 Nature of the goods       | ll Gross kg | l2 m3
RW 1-4  | 4          | wooden crates | drive units RDX-45O, spare  | 7 48O       | 2l,6
        |            |               | parts kit                   |             |
l6 Carrier: UAB "Baltic Road Cargo", Kaunas, Lithuania, truck KLP 4l8, trailer AB 77l5
17 Successive carriers: --
18 Carrier's reservations: none
21 Established in Duisburg on O3.O3.2O25
22 Sender: ______ (stamp)      23 Carrier: ______ R. Petrauskas
24 Goods received: Volzhsky, l7.O3.2O25, ______ warehouse manager I. Lebedeva
""",
        expected={
            "number": "RW-250303-07",
            "date": "2025-03-03",
            "currency": None,
            "parties.consignee.inn": "3435076219",
            "parties.consignee.kpp": "343501001",
        },
    ),
    # A scan of a Chinese packing list with net and gross weights and no prices. The
    # notify party, a customs broker, prints its INN but has no role in a packing list
    # and is not labelled. Only the Russian consignee is labelled.
    HoldoutDocument(
        id="w-en-packing-list-china-scan",
        document_type="packing_list",
        language="en",
        noisy=True,
        text="""\
NINGBO HAITONG PUMP MACHINERY CO., LTD.
No. 88 Haigang Road, Beilun District, Ningbo, Zhejiang 3l58OO, China
                          PACKING LIST
No.: PL-HT25RUO2l4                          Date: 2O25/O2/l4
Invoice No.: HT25RUO2l4       Contract No.: NHP-RU-2O25/Ol
Consignee: LLC "Novosibirsk Pump Systems", 35 Krasnoyarskaya St., office 9,
           Novosibirsk 63Ol32, Russia, INN 54O6273l8l KPP 54O6OlOOl
Notify party: LLC "Customs Broker North-West", St. Petersburg, INN 78O5l89432
Port of loading: Ningbo     Port of discharge: Saint Petersburg
Shipping marks: NPS / NHP-RU-2O25/Ol / ST. PETERSBURG / C/NO. l-44
| C/No.  | Description            | Qty     | N.W. (kg) | G.W. (kg) | Meas. (m3) |
| l-l2   | HTPlOO-65-2OO, 3O kW   | l2 sets | 3,72O     | 4,236     | l5.l       |
| l3-32  | HTP8O-5O-l6O, ll kW    | 2O sets | 3,l4O     | 3,58O     | l3.O       |
| 33-44  | HTP65-4O-25O, l5 kW    | l2 sets | 3,OOO     | 3,428     | lO.5       |
TOTAL: 44 wooden cases, 44 sets, N.W. 9,86O kg, G.W. ll,244 kg, 38.6 m3
Country of origin: China
NINGBO HAITONG PUMP MACHINERY CO., LTD.   (stamp)
""",
        expected={
            "number": "PL-HT25RU0214",
            "date": "2025-02-14",
            "total": None,
            "currency": None,
            "parties.consignee.inn": "5406273181",
            "parties.consignee.kpp": "540601001",
        },
    ),
    # An English statement of a Russian bank's EUR account for one day. It has no
    # `total` label and is dated by its day, not by the time it was generated. The
    # German payer with an IBAN has no labels, and the holder's rouble account in the
    # sale line is not labelled.
    HoldoutDocument(
        id="w-en-bank-statement-eur-account",
        document_type="bank_statement",
        language="en",
        text="""\
JSC "VOLGO-VYATSKY PROMBANK", Nizhny Novgorod
BIK 042202846    Corr. account 30101810000000000846    SWIFT VVPBRU2N

                              STATEMENT OF ACCOUNT No. 22
                                    for 17.04.2025
Account: 40702978542000173942                    Currency: EUR (978)
Account holder: LLC "Engineering Centre Promavtomatika", INN 5260173942, KPP 526001001
Date of the previous operation: 11.04.2025
Opening balance: 2,145.30

| Date       | Doc. No. | Counterparty / details                                    | Debit     | Credit    |
| 17.04.2025 | 4471     | Rheinwerk Antriebstechnik GmbH, Duisburg, Germany,        |           | 13,610.00 |
|            |          | IBAN DE21350604170047281630. Payment for Act No. 7 dated  |           |           |
|            |          | 31.03.2025 under agreement RW-PA/2024-09                  |           |           |
| 17.04.2025 | 31       | Sale of EUR under order No. 31 at 92.4150, RUB 924,150.00 | 10,000.00 |           |
|            |          | credited to account 40702810642000173942                  |           |           |
| 17.04.2025 | 2207     | Currency control fee, 0.15% of the credit                 |     20.42 |           |

Turnover: debit 10,020.42, credit 13,610.00
Closing balance: 5,734.88
Generated on 18.04.2025 at 09:12. This statement is valid without a stamp.
""",
        expected={
            "number": "22",
            "date": "2025-04-17",
            "currency": "EUR",
            "parties.account_holder.inn": "5260173942",
            "parties.account_holder.kpp": "526001001",
            "parties.account_holder.bik": "042202846",
            "parties.account_holder.account": "40702978542000173942",
        },
    ),
    # A US hotel folio is a receipt. Its "04/03/2025" is month-first, as a US hotel
    # prints dates. The arrival "03/31/2025" can only be read month-first, and three
    # nights from 31 March end on 3 April. It has no party labels.
    HoldoutDocument(
        id="w-en-receipt-us-hotel-month-first",
        document_type="receipt",
        language="en",
        text="""\
HARBOR POINT HOTEL & SUITES
1420 Bayou Parkway, Houston, TX 77002 | (713) 555-0148

                                GUEST FOLIO / RECEIPT

Folio No.: 884215            Room: 1207                Date: 04/03/2025
Guest: SOROKIN, PAVEL        Company: Kazan Autocenter Vostok
Arrival: 03/31/2025          Departure: 04/03/2025     Nights: 3
Rate plan: CORP              Daily rate: $189.00

Date          Description                         Charges        Credits
03/31/2025    Room charge                          189.00
03/31/2025    Occupancy tax 17%                     32.13
03/31/2025    Self parking                          25.00
04/01/2025    Room charge                          189.00
04/01/2025    Occupancy tax 17%                     32.13
04/01/2025    Self parking                          25.00
04/02/2025    Room charge                          189.00
04/02/2025    Occupancy tax 17%                     32.13
04/02/2025    Self parking                          25.00
04/03/2025    Cash payment, USD                                    738.39

Total charges:     $738.39
Total payments:    $738.39
Balance due:         $0.00

Thank you for staying with us. This folio is your receipt.
""",
        expected={
            "number": "884215",
            "date": "2025-04-03",
            "total": "738.39",
            "currency": "USD",
        },
    ),
    # A scan of an Indian passport. Its number is "V4817263", not the MRZ line that
    # repeats it with a check digit. The date of issue "12/08/2019" is day-first, as
    # Indian passports print dates. The date of birth "23/06/1985" can only be read
    # so. The expiry "11/08/2029" falls ten years less a day after the issue only in
    # that order.
    HoldoutDocument(
        id="w-en-passport-india-scan",
        document_type="passport",
        language="en",
        noisy=True,
        text="""\
REPUBLIC OF INDIA
Type P      Country Code IND      Passport No. V48l7263
Surname
PATEL
Given Name(s)
KIRAN RAMESHBHAI
Nationality INDIAN      Sex M      Date of Birth 23/O6/l985
Place of Birth ANKLESHWAR, GUJARAT
Place of Issue AHMEDABAD
Date of Issue l2/O8/2Ol9      Date of Expiry ll/O8/2O29
P<INDPATEL<<KIRAN<RAMESHBHAI<<<<<<<<<<<<<<<<
V4817263<8IND8506232M2908111<<<<<<<<<<<<<<04
""",
        expected={
            "number": "V4817263",
            "date": "2019-08-12",
            "total": None,
            "currency": None,
        },
    ),
    # A German company's power of attorney for its Russian service partner. The
    # foreign principal has no labels, and the Russian attorney is labelled with its
    # INN and KPP. It names no money, and its validity date is not its date.
    HoldoutDocument(
        id="w-en-power-of-attorney-german-principal",
        document_type="power_of_attorney",
        language="en",
        text="""\
                        POWER OF ATTORNEY No. RW-POA-2025/04

Duisburg, 02.04.2025

Rheinwerk Antriebstechnik GmbH, Hafenstraße 118, 47119 Duisburg, Germany, registered with the
Local Court of Duisburg under HRB 28417, USt-IdNr. DE814726355 (the "Company"), represented by
its Managing Director Mr. Matthias Brandt, hereby authorises

Limited Liability Company "Engineering Centre Promavtomatika"
(ООО «Инженерный центр «Промавтоматика»), INN 5260173942, KPP 526001001, OGRN 1165275012836,
15 Timiryazeva St., bldg. 2, office 31, Nizhny Novgorod, 603022, Russia (the "Attorney"),

to act on behalf of the Company in the Russian Federation, namely:
1. to receive and examine warranty claims of Russian customers for Rheinwerk drive units and
   to sign defect reports and commissioning and acceptance certificates;
2. to receive spare parts supplied under warranty and to hand them over to customers;
3. to represent the Company before carriers, customs representatives and customs authorities
   in the return of defective parts to Germany, including the signing of CMR notes;
4. to correspond with customers, carriers and authorities in these matters.

The Attorney may not sign contracts, receive payments or assume obligations to pay on behalf
of the Company. Substitution is not permitted. This Power of Attorney is valid until 31.03.2026.

Rheinwerk Antriebstechnik GmbH

________________________
Matthias Brandt, Geschäftsführer (Managing Director)
""",
        expected={
            "number": "RW-POA-2025/04",
            "date": "2025-04-02",
            "total": None,
            "currency": None,
            "parties.attorney.inn": "5260173942",
            "parties.attorney.kpp": "526001001",
        },
    ),
    # A Chinese supplier's letter on new bank details and a shipment delay. It names
    # yuan sums, so `currency` is CNY, and `total` is None. It has no party labels.
    HoldoutDocument(
        id="w-en-letter-changed-bank-details",
        document_type="letter",
        language="en",
        text="""\
NINGBO HAITONG PUMP MACHINERY CO., LTD.
No. 88 Haigang Road, Beilun District, Ningbo, Zhejiang 315800, China
Tel: +86 574 8618 2740    finance@haitongpump.example

Ref: NHP/FIN/2025-007                                                 Date: February 10, 2025

To: LLC "Novosibirsk Pump Systems"
    Mr. Igor Nikitin, General Director
    35 Krasnoyarskaya St., office 9, Novosibirsk, 630132, Russia

Subject: Change of our bank details and new shipment date, Contract No. NHP-RU-2025/01

Dear Mr. Nikitin,

We inform you that from February 17, 2025 our account with Zhejiang Harbour Commercial Bank,
Ningbo Beilun Sub-branch (SWIFT ZJHCCNBX, A/c 7710 0128 3364 5208) will no longer accept
payments from the Russian Federation. Please make all payments under the Contract to our new
account:

    Beneficiary:       NINGBO HAITONG PUMP MACHINERY CO., LTD.
    Beneficiary bank:  EAST SEA DEVELOPMENT BANK, NINGBO BRANCH
    SWIFT:             ESDBCNBN
    Account No.:       3301 0206 4718 2950 (CNY)

Payments sent to the old account after February 17, 2025 will be returned, and the return
charges will be for the remitter's account.

We also regret to inform you that because of the Spring Festival holidays the shipment of
lot 1 (44 sets) is postponed from February 20 to February 25, 2025. We received the deposit of
CNY 385,920.00 on January 27, 2025. The balance of CNY 900,480.00 is payable to the new account
before shipment, and commercial invoice HT25RU0214 will follow.

Please confirm receipt of this letter by e-mail.

Yours faithfully,

Chen Jing
Finance Manager
""",
        expected={
            "number": "NHP/FIN/2025-007",
            "date": "2025-02-10",
            "total": None,
            "currency": "CNY",
        },
    ),
    # An Indian supplier's certificate of analysis is `other`. It is dated by its date
    # of issue, not by the analysis or manufacturing dates, and it names no money.
    HoldoutDocument(
        id="w-en-other-certificate-of-analysis",
        document_type="other",
        language="en",
        text="""\
SHREE VIGHNESH PHARMACHEM PVT. LTD.
Quality Control Department
Plot No. 2417, GIDC Industrial Estate, Ankleshwar - 393002, Gujarat, India

                                CERTIFICATE OF ANALYSIS

COA No.: QC/COA/25/0412                               Date of Issue: 24-Feb-2025
Product: Metformin Hydrochloride IP/EP                Batch No.: MFH/2502/118
Batch size: 2,000 kg       Mfg. Date: Feb-2025        Retest Date: Jan-2030
Date of Analysis: 21-Feb-2025 to 23-Feb-2025
Customer: LLC "TD Pharmimport", Russia                Order: TDF-PO-2025/014

| Test                             | Specification                        | Result       |
| Description                      | White crystalline powder             | Complies     |
| Identification (IR)              | Concordant with reference spectrum   | Complies     |
| Solubility                       | Freely soluble in water              | Complies     |
| Loss on drying                   | Not more than 0.5% w/w               | 0.18%        |
| Sulphated ash                    | Not more than 0.1% w/w               | 0.04%        |
| Heavy metals                     | Not more than 10 ppm                 | Below 10 ppm |
| Related substances, impurity F   | Not more than 0.02%                  | 0.004%       |
| Residual solvents, methanol      | Not more than 3000 ppm               | 214 ppm      |
| Assay (on dried basis)           | 98.5% to 101.0%                      | 99.7%        |

Conclusion: The batch complies with the IP 2022 and Ph. Eur. specifications and is released.

Analysed by: R. Shah          Checked by: M. Desai          Approved by: N. Joshi, Head QA
""",
        expected={
            "number": "QC/COA/25/0412",
            "date": "2025-02-24",
            "total": None,
            "currency": None,
        },
    ),
]

ENGLISH_DOCUMENTS_W = [
    *_INVOICES,
    *_ACTS,
    *_UPDS,
    *_PAYMENT_ORDERS,
    *_CONTRACTS,
    *_OTHER_TYPES,
]
