"""English documents of set S. `bench.holdout_s` describes the set and its labels."""

# ruff: noqa: E501 (document texts keep the widths of their printed lines)

from .holdout import HoldoutDocument

_INVOICES = [
    HoldoutDocument(
        id="s-en-invoice-freelancer-deposit-balance-due",
        document_type="invoice",
        language="en",
        text="""\
MAYA LINDQVIST ILLUSTRATION
214 Bergen Street, Apt 3R, Brooklyn, NY 11217
hello@mayalindqvist.example  |  (718) 555-0142

INVOICE                                                   Invoice #0047
                                                          Date: November 18, 2025
                                                          Due: December 18, 2025
                                                          AMOUNT DUE: $3,480.65

BILL TO
Hollow Pine Press LLC
Attn: Dana Whitfield, Art Director
88 Water Street, Beacon, NY 12508

Project: "The Lantern Keeper" picture book, PO HP-2291

DESCRIPTION                                              QTY        RATE        AMOUNT
Chapter illustrations, full color                           5        $650        $3,250
Cover art (front, back and spine)                           1      $1,200        $1,200
Extra revision rounds (hours)                               2         $75          $150
Printed giclee proofs, 11x14                                4         $30          $120

                                                   Subtotal                  $4,720.00
                                                   Sales tax 8.875% (proofs)    $10.65
                                                   Total                     $4,730.65
                                                   Deposit received 10/20/2025  -$1,250
                                                   Balance due               $3,480.65

Illustration services are not taxable in NY; tax applies to the printed proofs only.
Payment by ACH or check within 30 days. A late fee of 1.5% per month applies after the due date.
Usage rights: North American print and e-book rights, transferred upon full payment.

Thank you for working with me!
""",
        expected={
            "number": "0047",
            "date": "2025-11-18",
            "total": "4730.65",
            "currency": "USD",
        },
    ),
    HoldoutDocument(
        id="s-en-invoice-small-shop-comma-decimals-euro",
        document_type="invoice",
        language="en",
        text="""\
Keramik & Leinen e.U.
Handmade ceramics and linen · Neubaugasse 41, 1070 Vienna, Austria
VAT ID ATU71839204 · shop@keramik-leinen.example

INVOICE
Invoice no.: RE-2025-1187
Invoice date: 3 December 2025
Order no.: WEB-58812 of 1 December 2025
Delivery date: 5 December 2025

Bill to / Ship to:
Studio Marten OG, Annenstrasse 12, 8020 Graz, Austria

Item                                         Qty    Unit price         Amount
Stoneware vase "Dune", sand glaze              2      189,00 €       378,00 €
Linen table runner, 45 x 200 cm                4       64,00 €       256,00 €
Hand-thrown mug set (4 pcs)                    3      176,00 €       528,00 €
Olive wood serving board                       2      100,00 €       200,00 €

                                       Subtotal                     1.362,00 €
                                       Discount 10% (code WINTER10)  -136,20 €
                                       Shipping (parcel, 2 boxes)      24,20 €
                                       Total                        1.250,00 €
                                       incl. VAT 20%                  208,33 €

Paid by card on 3 December 2025. Thank you for your order!
Returns within 14 days of delivery. Bank details for returns and exchanges:
Erste Wiener Bank AG, IBAN AT152011136471764184, BIC EWBKATWW
""",
        expected={
            "number": "RE-2025-1187",
            "date": "2025-12-03",
            "total": "1250.00",
            "currency": "EUR",
        },
    ),
    HoldoutDocument(
        id="s-en-invoice-swiss-sole-trader-apostrophe",
        document_type="invoice",
        language="en",
        text="""\
Aline Brunner Photography
Sole proprietorship · Lorrainestrasse 22 · 3013 Bern · Switzerland
+41 31 555 18 40 · aline@brunner-photo.example

                                                       Alpenrose Events GmbH
                                                       Frau Simone Aebi
                                                       Bahnhofplatz 7
                                                       3011 Bern

Bern, 21.11.2025

INVOICE No. 2025-118

Corporate event "Winter Kick-off", Kursaal Bern, 14.11.2025
Quote Q-2025-044 of 30.10.2025: CHF 1'180.00

Service                                          Qty          Rate        Amount CHF
Event coverage (hours)                           6.0        165.00            990.00
Image selection and editing (hours)              2.5         85.00            212.50
Travel, Bern - Kursaal and return (km)          76.0          0.50             38.00

Total                                                                CHF 1'240.50

Not subject to VAT: annual turnover below CHF 100'000.
Payable within 30 days, by 21.12.2025, to:
Aline Brunner, Bern
IBAN CH4804835218409053665
Please quote the invoice number with your payment. Thank you!
""",
        expected={
            "number": "2025-118",
            "date": "2025-11-21",
            "total": "1240.50",
            "currency": "CHF",
        },
    ),
]

_ACTS = [
    HoldoutDocument(
        id="s-en-act-sole-proprietor-euro-whole-amount",
        document_type="act",
        language="en",
        text="""\
ACCEPTANCE CERTIFICATE No. 14
for services rendered under Service Agreement No. NL-2025/03 dated March 3, 2025

St. Petersburg                                                              December 1, 2025

Contractor: Individual Entrepreneur Grigory Sergeevich Voronin
Taxpayer ID (INN) 783046476493, OGRNIP 316787085373961
Address: 14 Kazanskaya St., apt. 9, St. Petersburg 190031, Russia

Customer: Nordlicht Software GmbH
Grosse Elbstrasse 145, 22767 Hamburg, Germany, USt-IdNr. DE318204576

The Contractor has rendered and the Customer has accepted the following services
for the period November 1-30, 2025:

No.  Service                                           Hours     Rate, EUR     Amount, EUR
1    Backend development, billing module                  22            35             770
2    Code review and deployment support                    6            35             210

Total: EUR 980
Without VAT: the Contractor applies the simplified taxation system of the Russian Federation.

Services for October 2025 (Certificate No. 13, EUR 1,120) were paid on November 12, 2025.
The amount of EUR 980 shall be paid within 10 banking days to the Contractor's account:
Beneficiary: IE Voronin Grigory Sergeevich
Account (EUR): 40802978970524401127
Bank: PJSC Bank Severnaya Palmira, St. Petersburg, BIK 044030712, SWIFT SPLMRU2P
Correspondent account: 30101810700000000712

The parties have no claims against each other regarding the volume, quality and timing of services.

Contractor ______________ G. S. Voronin            Customer ______________ J. Brandt, CTO
""",
        expected={
            "number": "14",
            "date": "2025-12-01",
            "total": "980.00",
            "currency": "EUR",
            "parties.seller.inn": "783046476493",
            "parties.seller.kpp": None,
            "parties.seller.bik": "044030712",
            "parties.seller.account": "40802978970524401127",
        },
    ),
]

_UPDS = [
    HoldoutDocument(
        id="s-en-upd-translation-sole-proprietor-without-vat",
        document_type="upd",
        language="en",
        text="""\
Translation from Russian

UNIVERSAL TRANSFER DOCUMENT                                                      Status: 2
Invoice No. 96 dated 09.12.2025 (1)                Correction No. -- dated -- (1a)
Seller: Individual Entrepreneur Oleg Borisovich Prokhorenko (2)
Address: 28 Sholokhova Ave., Rostov-on-Don 344029 (2a)
Seller's INN/KPP: 612258488653 / -- (2b)
Shipper and its address: same (3)
Consignee and its address: Don Office Systems LLC, 105 Bolshaya Sadovaya St., Rostov-on-Don (4)
To payment document No. -- dated -- (5)
Buyer: Don Office Systems LLC (6)
Address: 105 Bolshaya Sadovaya St., office 4, Rostov-on-Don 344002 (6a)
Buyer's INN/KPP: 6116418180 / 611601001 (6b)
Currency: name, code Russian rouble, 643 (7)

| No. | Goods                      | Unit | Qty |     Price | Cost without tax | Tax rate    | Cost with tax |
| 1   | Desk, oak veneer, 140x70   | pcs  |   4 | 12,400.00 |        49,600.00 | without VAT |     49,600.00 |
| 2   | Office chair, mesh back    | pcs  |   8 |  6,900.00 |        55,200.00 | without VAT |     55,200.00 |
| 3   | Storage cabinet, 2 doors   | pcs  |   2 | 26,000.00 |        52,000.00 | without VAT |     52,000.00 |
|     | Total payable (9)          |      |     |           |       156,800.00 | X           |    156,800.00 |

Total payable: RUB 156,800.00 (one hundred fifty-six thousand eight hundred roubles 00 kopecks).
VAT is not charged: the seller applies the simplified taxation system (OGRNIP 314615316921036).
Basis of transfer: supply contract No. 5-M dated 02.06.2025, invoice for payment No. 101 of 03.12.2025
Delivery and assembly (RUB 4,500.00) are invoiced separately.

Transferred by: IE ____________ O. B. Prokhorenko       Received by: ____________ K. A. Melnik
Date of shipment: 09.12.2025                            Date of receipt: 10.12.2025
""",
        expected={
            "number": "96",
            "date": "2025-12-09",
            "total": "156800.00",
            "currency": "RUB",
            "parties.seller.inn": "612258488653",
            "parties.seller.kpp": None,
            "parties.buyer.inn": "6116418180",
            "parties.buyer.kpp": "611601001",
        },
    ),
]

_PAYMENT_ORDERS = [
    HoldoutDocument(
        id="s-en-payment-order-transfer-dollars-in-words",
        document_type="payment_order",
        language="en",
        text="""\
To: JSC Siberian Settlement Bank, Novosibirsk, BIK 045004218, SWIFT SIBSRU5N

APPLICATION FOR TRANSFER IN FOREIGN CURRENCY No. 18
Date: 2025-12-04

Applicant (50K): LLC Siberian Digital Solutions
INN 5491161253, KPP 547601001
Account (USD): 40702840020037788933
12 Krasny Prospekt, office 610, Novosibirsk 630007, Russia

Value date / Currency / Amount (32A): 251205USD2400,00
Amount in figures: USD 2 400.00
Amount in words: Two thousand four hundred US dollars 00 cents

Beneficiary (59): Levan Beridze, 17 Chavchavadze Ave., Tbilisi 0179, Georgia
IBAN GE76TB9458073021573681
Beneficiary's bank (57A): JSC Tbilisi Business Bank, SWIFT TBBSGE22

Details of payment (70): Payment for UX design services under contract No. UX-07 dated 01.09.2025,
invoice No. 12 dated 28.11.2025. Work accepted under acceptance certificate No. 12 of 28.11.2025.
Details of charges (71A): OUR
Bank commission to be debited from account 40702810661249065286 (RUB).
Unique contract number: not required (amount below the registration threshold).

Currency control documents: contract UX-07 (total fee USD 7 200.00, paid to date USD 4 800.00).

General Director ____________ A. V. Sukhanov        Chief Accountant ____________ E. R. Kim
Received by the bank: 04.12.2025 11:47
""",
        expected={
            "number": "18",
            "date": "2025-12-04",
            "total": "2400.00",
            "currency": "USD",
            "parties.payer.inn": "5491161253",
            "parties.payer.kpp": "547601001",
            "parties.payer.bik": "045004218",
            "parties.payer.account": "40702840020037788933",
        },
    ),
]

_WAYBILLS = [
    HoldoutDocument(
        id="s-en-waybill-delivery-note-scan",
        document_type="waybill",
        language="en",
        noisy=True,
        text="""\
HARTLEY & R0WE BAKEWARE LTD
Unit l4, Canal Wharf, Leeds LSll 5PS
Tel Ol13 496 O812

DELIVERY N0TE              No. DN-4O718
                           Date: 9 Dec 2O25
                           Your order: K&C-O33l

Deliver to:
Kettle & Crumb Cafe
27 Call Lane, Leeds LSl 6DT

| Qty | Code      | Description                         |
| l2  | BT-2O4    | Loaf tin 2lb, non-stick             |
| 6   | CR-l1O    | Cooling rack 4O x 25 cm             |
| 24  | MX-O9     | Silicone muffin cases, pack of l2   |
| 3   | SC-3OO    | Digital kitchen scale 5 kg          |

Total items: 45    Boxes: 2
Goods remain our property until paid in full.
Prices as per invoice INV-4O7l8 to follow.

Received in good condition:  ________  Name: R. Okafor   Date: O9/l2/2O25
Driver: J. Pike   Van: YK7l FPD
""",
        expected={
            "number": "DN-40718",
            "date": "2025-12-09",
            "currency": None,
        },
    ),
]

_PACKING_LISTS = [
    HoldoutDocument(
        id="s-en-packing-list-declared-value-pounds",
        document_type="packing_list",
        language="en",
        text="""\
PACKING LIST No. PL-2025-088
Date: 28 November 2025

Shipper: Wren & Weft Studio (sole trader Harriet Wren)
4 Fore Street, St Ives, Cornwall TR26 1AB, United Kingdom

Consignee: Individual Entrepreneur Polina Andreevna Sorokina
INN 637617666737
7 Molodogvardeyskaya St., apt. 12, Samara 443099, Russia

Reference: proforma invoice WW-PF-0415 of 20 November 2025

| Parcel | Contents                                | Qty | Net kg | Gross kg | Size, cm     |
|--------|-----------------------------------------|-----|--------|----------|--------------|
| 1 of 2 | Hand-woven wool scarf, 180 x 30 cm      |   3 |  0.54  |   0.80   | 30 x 25 x 8  |
| 1 of 2 | Knitting yarn, merino, 100 g skeins     |   6 |  0.60  |   0.70   |              |
| 2 of 2 | Felted wool coasters, set of 4          |   2 |  0.30  |   0.55   | 25 x 20 x 6  |

Total: 2 parcels, 11 items, net 1.44 kg, gross 2.05 kg
Declared value for customs: £ 85 (see proforma invoice WW-PF-0415)
Postage paid by the shipper. Country of origin: United Kingdom.

Packed by: H. Wren   Signature ____________
""",
        expected={
            "number": "PL-2025-088",
            "date": "2025-11-28",
            "total": None,
            "currency": "GBP",
            "parties.consignee.inn": "637617666737",
        },
    ),
]

_BANK_STATEMENTS = [
    HoldoutDocument(
        id="s-en-bank-statement-sole-proprietor-usd",
        document_type="bank_statement",
        language="en",
        text="""\
PJSC Baltic Trade Bank, Kaliningrad
BIK 042748319, correspondent account 30101810700000000319, SWIFT BLTBRU2K

ACCOUNT STATEMENT No. 12
Statement date: 15.12.2025                         Period: 01.12.2025 - 15.12.2025
Account holder: Individual Entrepreneur Yana Olegovna Kuznetsova, INN 395161709716
Account: 40802840344281821183                      Account currency: USD

Opening balance as of 01.12.2025:                                                 842.17

| Date       | Doc. No. | Counterparty                             |    Debit |   Credit |
|------------|----------|------------------------------------------|----------|----------|
| 03.12.2025 | 88102    | Kestrel Apps LLC, Austin TX, USA         |          | 2,400.00 |
|            |          | Inv. KZ-2025-11, mobile app testing, Nov |          |          |
| 03.12.2025 | 4471     | PJSC Baltic Trade Bank                   |    12.00 |          |
|            |          | Fee for incoming SWIFT transfer          |          |          |
| 10.12.2025 | 77       | Sale of USD to own account               | 1,500.00 |          |
|            |          | 40802810621601697103, rate 78.9150       |          |          |

Turnover for the period:                                              1,512.00   2,400.00
Closing balance as of 15.12.2025:                                               1,730.17

Mandatory sale of foreign currency: not required.
Printed 16.12.2025 08:30. This statement is valid without a signature and stamp.
""",
        expected={
            "number": "12",
            "date": "2025-12-15",
            "currency": "USD",
            "parties.account_holder.inn": "395161709716",
            "parties.account_holder.bik": "042748319",
            "parties.account_holder.account": "40802840344281821183",
        },
    ),
]

_RECEIPTS = [
    HoldoutDocument(
        id="s-en-receipt-restaurant-tip-written-in",
        document_type="receipt",
        language="en",
        text="""\
            KOBO NOODLE BAR
      211 Smith Street, Brooklyn NY 11201
            (718) 555-0178

Server: Jess        Table 12        Guests 2
Check #4821
Dec 6, 2025                            8:14 PM

2  Shoyu Ramen              @18.50      37.00
1  Pork Gyoza (6)                        9.50
2  Yuzu Soda                @5.95       11.90
1  Mochi Ice Cream Trio                 10.00

   Subtotal                             68.40
   Sales Tax 8.875%                      6.07
   Amount                              $74.47

   Tip guide:  18% = $12.31   20% = $13.68   22% = $15.05

VISA ************4417   Auth 061833
   Amount                              $74.47
   Tip                                  13.68
   TOTAL                               $88.15

x ______________________________
   Customer copy - thank you! Follow us @kobonoodle
""",
        expected={
            "number": "4821",
            "date": "2025-12-06",
            "total": "88.15",
            "currency": "USD",
        },
    ),
    HoldoutDocument(
        id="s-en-receipt-refund-negative-scan",
        document_type="receipt",
        language="en",
        noisy=True,
        text="""\
   PENHALL0W B00KS & GIFTS
   l2 Boscawen St, Truro TRl 2QU
   VAT Reg GB 4l8 2O73 56

   ** REFUND **
   Trans 056l   Till 2   Op: Kerenza
   l2/l2/2O25   l5:32

   Jigsaw lOOOpc Harbour     -£l8.99
   Mug "Truro" stoneware     -£l2.5O
   Notebook A5 lined         -£lO.69

   T0TAL                     -£42.l8
   REFUNDED TO VISA ****44l7  £42.l8
   VAT incl. 2O%              -£7.O3

   Orig. trans O533 on O8/l2/2O25
   Refund reason: unwanted gift
   Keep this receipt for your records
""",
        expected={
            "number": "0561",
            "date": "2025-12-12",
            "total": "42.18",
            "currency": "GBP",
        },
    ),
]

_PASSPORTS = [
    HoldoutDocument(
        id="s-en-passport-scan-new-zealand",
        document_type="passport",
        language="en",
        noisy=True,
        text="""\
NEW ZEALAND                                   PASSPORT
Type/Type  Code/Code  Passport No./No. du passeport
P          NZL        LM4827l6
Surname/Nom
TAMIHANA
Given names/Prenoms
AR0HA MERE
Nationality/Nationalite
NEW ZEALAND CITIZEN
Date of birth/Date de naissance     Sex/Sexe
l3 SEP l988                          F
Place of birth/Lieu de naissance
R0T0RUA
Date of issue/Date de delivrance     Authority/Autorite
O4 MAR 2O22                          DEPARTMENT 0F INTERNAL AFFAIRS
Date of expiry/Date d'expiration
O4 MAR 2O32
P<NZLTAMIHANA<<AR0HA<MERE<<<<<<<<<<<<<<<<<<<
LM4827l6<lNZL88O9l39F32O3O42<<<<<<<<<<<<<<OO
""",
        expected={
            "number": "LM482716",
            "date": "2022-03-04",
            "total": None,
            "currency": None,
        },
    ),
]

_POWERS_OF_ATTORNEY = [
    HoldoutDocument(
        id="s-en-power-of-attorney-payment-limit-dollars",
        document_type="power_of_attorney",
        language="en",
        text="""\
POWER OF ATTORNEY No. 2/2025

Yekaterinburg                                                              15 December 2025

I, Individual Entrepreneur Artem Yurievich Gladkikh, INN 660503536508, OGRNIP 322660220365711,
registered at 41 Malysheva St., apt. 77, Yekaterinburg 620014, Russia, holder of settlement
account 40802810729296111242 with JSC Ural Settlement Bank, BIK 046577612,
correspondent account 30101810300000000612 (the "Principal"),

hereby authorise Ksenia Vladimirovna Belykh, born 02.07.1993, INN 663325137992,
passport 65 13 402817 issued 19.07.2013 (the "Attorney"),

to act on my behalf in matters of my software testing business, namely:
1. to sign acceptance certificates and invoices with foreign customers;
2. to submit currency control documents to the bank and to receive bank statements;
3. to sign applications for the sale of foreign currency received from customers,
   for amounts not exceeding USD 5,000 per transaction.

This power of attorney is valid until 31 December 2026 and may not be delegated.

Signature of the Attorney ____________ K. V. Belykh

Principal ____________ A. Yu. Gladkikh
""",
        expected={
            "number": "2/2025",
            "date": "2025-12-15",
            "total": None,
            "currency": "USD",
            "parties.principal.inn": "660503536508",
            "parties.principal.bik": "046577612",
            "parties.principal.account": "40802810729296111242",
            "parties.attorney.inn": "663325137992",
        },
    ),
]

_LETTERS = [
    HoldoutDocument(
        id="s-en-letter-freelancer-balance-reminder",
        document_type="letter",
        language="en",
        text="""\
Maya Lindqvist Illustration
214 Bergen Street, Apt 3R
Brooklyn, NY 11217
December 22, 2025

Dana Whitfield, Art Director
Hollow Pine Press LLC
88 Water Street
Beacon, NY 12508

Dear Dana,

I hope the print run of "The Lantern Keeper" is going well.

This is a friendly reminder that the balance on my invoice of November 18, 2025 is now past due.
The invoice total was $4,730.65; your deposit of $1,250 was received on October 20, so the
balance of $3,480.65 was due on December 18, 2025.

I would be grateful if you could arrange payment by January 5, 2026. If the payment is already
on its way, please disregard this note. Per the invoice terms, a late fee of 1.5% per month
($52.21 for each month overdue) may apply after that date, but I would much rather not charge it.

Payment options are unchanged: ACH to the account on the invoice, or a check to the address above.

Thank you, and happy holidays!

Maya Lindqvist
""",
        expected={
            "number": None,
            "date": "2025-12-22",
            "total": None,
            "currency": "USD",
        },
    ),
]

_CONTRACTS = [
    HoldoutDocument(
        id="s-en-contract-freelance-retainer-total-fee",
        document_type="contract",
        language="en",
        text="""\
FREELANCE SERVICES AGREEMENT No. FSA-2025/07

Kazan, Russia                                                                 1 December 2025

Fjordline Analytics AS, a company registered in Norway under organisation number 921 604 387,
Dronningens gate 15, 0152 Oslo, Norway (the "Client"), and Individual Entrepreneur Timur
Rinatovich Akhmetzyanov, INN 169139385709, OGRNIP 315167763575730, Kazan, Russia
(the "Contractor"), agree as follows.

1. SERVICES
1.1. The Contractor shall provide data engineering services: maintenance of the Client's
reporting pipelines, up to 60 hours per month, with monthly written reports.

2. TERM
2.1. This Agreement runs from 1 December 2025 to 31 May 2026 (six months).

3. FEES AND PAYMENT
3.1. The Client shall pay a monthly retainer of USD 1,250 (one thousand two hundred fifty
US dollars). The total fee for the term is USD 7,500 (seven thousand five hundred US dollars).
3.2. Each monthly retainer is invoiced on the first working day of the month and paid within
10 days. Work beyond 60 hours per month is billed at USD 25 per hour with prior approval.
3.3. The Contractor applies the simplified taxation system of the Russian Federation; no VAT
is charged. Bank charges of the Client's bank are paid by the Client.
3.4. Late payments bear interest of 0.05% per day of the overdue amount.

4. TERMINATION
4.1. Either party may terminate this Agreement with 30 days' written notice. Retainers for
months already started are not refunded.

5. BANK DETAILS OF THE CONTRACTOR
Beneficiary: IE Akhmetzyanov Timur Rinatovich
Account (USD): 40802840181600848583
Bank: Kamabank LLC, Kazan, BIK 049205437, SWIFT KMABRU2K
Correspondent account: 30101810300000000437

For the Client: ____________ Ingrid Solheim, CEO
For the Contractor: ____________ T. R. Akhmetzyanov
""",
        expected={
            "number": "FSA-2025/07",
            "date": "2025-12-01",
            "total": "7500.00",
            "currency": "USD",
            "parties.seller.inn": "169139385709",
            "parties.seller.kpp": None,
            "parties.seller.bik": "049205437",
            "parties.seller.account": "40802840181600848583",
        },
    ),
]

_OTHER = [
    HoldoutDocument(
        id="s-en-other-supplier-statement-credit-balance",
        document_type="other",
        language="en",
        text="""\
TREVOSE PRINT & PAPER LTD
Unit 6, Kernick Business Park, Penryn TR10 9EP · accounts@trevose-print.example
Company No. 08417352 · VAT Reg. GB 402 7781 19

STATEMENT OF ACCOUNT
Statement No.: S-2511-0192
Statement date: 30/11/2025
Account: KC-0192

To: Kettle & Crumb Cafe
27 Call Lane, Leeds LS1 6DT

| Date       | Reference          | Description                          |    Debit |   Credit |  Balance |
|------------|--------------------|--------------------------------------|----------|----------|----------|
| 01/11/2025 |                    | Balance brought forward              |          |          | £ 210.40 |
| 04/11/2025 | INV-3311           | Menus, A4 laminated, 40 pcs          |  £ 96.00 |          | £ 306.40 |
| 12/11/2025 | BACS               | Payment received - thank you         |          | £ 306.40 |   £ 0.00 |
| 18/11/2025 | CN-0087            | Credit note: misprinted menus        |          |  £ 85.00 | -£ 85.00 |

Balance at 30/11/2025:                                                              -£ 85.00
(credit in your favour - it will be deducted from your next invoice)

Ageing:  Current £ 0.00   30 days £ 0.00   60 days £ 0.00   90+ days £ 0.00

Queries: please contact our accounts team within 14 days of the statement date.
""",
        expected={
            "number": "S-2511-0192",
            "date": "2025-11-30",
            "total": None,
            "currency": "GBP",
        },
    ),
]

ENGLISH_DOCUMENTS_S = [
    *_INVOICES,
    *_ACTS,
    *_UPDS,
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
