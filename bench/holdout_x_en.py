"""English documents of set X. `bench.holdout_x` describes the set and its labels."""

# Document texts reproduce printed lines up to 110 characters wide.
# ruff: noqa: E501

from .holdout import HoldoutDocument

_INVOICES = [
    # A British sole trader who is not registered for VAT bills a Russian sole
    # proprietor. "05/02/2026" is day-first, as the 30-day due date "07/03/2026"
    # shows. The total is the invoice total before the deposit, not the balance due.
    HoldoutDocument(
        id="x-en-invoice-uk-sole-trader-gbp",
        document_type="invoice",
        language="en",
        text="""\
ELEANOR HARGREAVES ILLUSTRATION
Eleanor Hargreaves, sole trader
14 Marlowe Street, Bristol BS5 6QP, United Kingdom
eleanor@hargreaves-illustration.example  |  +44 7700 900418


INVOICE

Invoice no.:     EH-2026-007
Invoice date:    05/02/2026
Due date:        07/03/2026 (30 days)

Bill to:
IP Safonova Daria Igorevna (Individual Entrepreneur)
INN 782646861664
Liteyny prospekt 41, apt 12, St Petersburg 191014, Russia


Description                                                    Qty     Rate (£)     Amount (£)
---------------------------------------------------------------------------------------------
Packaging illustrations, "Ladoga" tableware series (4 designs)    4       360.00       1,440.00
Licence for commercial use on packaging, 2 years                  1       420.00         420.00
---------------------------------------------------------------------------------------------
                                                     Subtotal                      1,860.00
                                                     VAT                        not charged
                                                     Invoice total          GBP  1,860.00
                                                     Less deposit paid 12/01/2026   -500.00
                                                     Balance due                  £1,360.00

Not registered for VAT.

Payment by bank transfer to:
Lindray Bank plc, Bristol
Sort code 40-27-18, account number 53104672
IBAN: GB55LDRB40271853104672
BIC: LDRBGB2L
Please quote the invoice number as your payment reference.

Thank you for your business!
""",
        expected={
            "number": "EH-2026-007",
            "date": "2026-02-05",
            "total": "1860.00",
            "currency": "GBP",
            "parties.buyer.inn": "782646861664",
        },
    ),
    # A German small business (Kleinunternehmer) charges no VAT under § 19 UStG and
    # prints German number forms ("1.240,00 €"). The total includes shipping.
    HoldoutDocument(
        id="x-en-invoice-germany-small-business-eur",
        document_type="invoice",
        language="en",
        text="""\
Lederwerkstatt Anja Brenner
Anja Brenner · Kleiststraße 27 · 04107 Leipzig · Germany
Tel. +49 341 2849 1730 · post@lederwerkstatt-brenner.example
Steuernummer: 231/284/51937


INVOICE / RECHNUNG

Invoice no. / Rechnungsnr.:      2026-014
Invoice date / Rechnungsdatum:   14.01.2026
Delivery date / Lieferdatum:     13.01.2026
Customer no. / Kundennr.:        10382

Bill to:
IP Gulyaev Timofey Andreevich
Individual Entrepreneur, INN 541189557989
ul. Frunze 86, office 3, Novosibirsk 630005, Russia


Pos.  Description                                        Qty    Unit price       Amount
1     Notebook A5, vegetable-tanned leather, brown        20       38,00 €     760,00 €
2     Notebook A6, vegetable-tanned leather, black        15       26,50 €     397,50 €
3     Personalisation: blind embossing of initials        35        1,20 €      42,00 €

                                   Subtotal / Zwischensumme                 1.199,50 €
                                   Shipping / Versand (DHL Express)            40,50 €
                                   Total / Gesamtbetrag                     1.240,00 €

According to § 19 UStG no VAT is charged (small business).
Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.

Payment within 14 days without deduction / Zahlbar innerhalb von 14 Tagen ohne Abzug.
Bank: Saalebank eG
IBAN: DE14860529171048273650
BIC: SALEDE8LXXX

Thank you for your order! / Vielen Dank für Ihren Auftrag!
""",
        expected={
            "number": "2026-014",
            "date": "2026-01-14",
            "total": "1240.00",
            "currency": "EUR",
            "parties.buyer.inn": "541189557989",
        },
    ),
    # A US single-member LLC's wholesale invoice. "02/03/2026" is month-first, because
    # the Net 15 due date "02/18/2026" can be read only that way. The total is after
    # the discount and the shipping. The "Ship To" forwarder is not labelled.
    HoldoutDocument(
        id="x-en-invoice-us-llc-usd-net15",
        document_type="invoice",
        language="en",
        text="""\
DESERT BLOOM SOAP CO. LLC
2218 E. Mesquite Ave, Tucson, AZ 85719, USA
EIN 86-2947153  |  orders@desertbloomsoap.example  |  (520) 555-0187

                                                                    INVOICE #1047
                                                                    Date:      02/03/2026
                                                                    Terms:     Net 15
                                                                    Due Date:  02/18/2026
                                                                    PO #:      ZK-26-004

BILL TO                                         SHIP TO
IE Zotov Kirill Olegovich                       c/o Harbor Line Forwarding LLC
(Individual Entrepreneur)                       410 Commerce Way, Unit 7
INN 521584645062                                New Castle, DE 19720, USA
Nizhny Novgorod, Russia                         Attn: Order ZK-26-004

ITEM        DESCRIPTION                                     QTY    UNIT PRICE        AMOUNT
DB-LAV-4    Lavender goat milk soap, 4 oz bar                150         $6.40       $960.00
DB-CIT-4    Citrus and clay soap, 4 oz bar                   120         $6.40       $768.00
DB-GFT-3    Gift box, 3 bars, kraft sleeve                    40        $14.25       $570.00

                                              Subtotal                            $2,298.00
                                              Wholesale discount (5%)              -$114.90
                                              Shipping (UPS Ground to Delaware)     $164.40
                                              Sales tax (resale, out of state)        $0.00
                                              TOTAL                               $2,347.50
                                              Amount paid                             $0.00
                                              BALANCE DUE                         $2,347.50

Payment by wire: Copperline Community Bank, Tucson, AZ
Routing (ABA) 322074196, Account 4029183746, SWIFT CPLNUS44
Please include the invoice number with your payment. Thank you!
""",
        expected={
            "number": "1047",
            "date": "2026-02-03",
            "total": "2347.50",
            "currency": "USD",
            "parties.buyer.inn": "521584645062",
        },
    ),
    # An Estonian company bills a Russian company for services outside the scope of
    # EU VAT. Its "4 800,00" uses spaces and a decimal comma. The Russian customer
    # prints its euro account and BIK, so they are labelled.
    HoldoutDocument(
        id="x-en-invoice-estonia-services-eur",
        document_type="invoice",
        language="en",
        text="""\
Nordvale Code OÜ
Registry code 16824091
Narva mnt 7-412, 10117 Tallinn, Estonia
billing@nordvale.example


INVOICE No. 2026/03

Date:          2 March 2026
Due date:      16 March 2026
Period:        February 2026
Contract:      Development services agreement of 15 September 2025

Customer:
Khosting-Tsentr Tver LLC (OOO "Hosting-Center Tver")
INN 6947267148, KPP 694701001
12 Novotorzhskaya St, office 305, Tver 170100, Russia
Customer bank: JSC Tverskoy Zemelny Bank, BIK 042809633
EUR account 40702978084886457328


Description                                              Hours     Rate, EUR     Amount, EUR
Backend development, billing module (February 2026)        48         75,00        3 600,00
Code review and deployment support                         16         75,00        1 200,00

                                                   Total without VAT               4 800,00
                                                   VAT 0%                              0,00
                                                   Total to pay, EUR               4 800,00

VAT: the service is supplied to a business customer established outside the EU. The place of
supply is outside the EU (Article 44 of Council Directive 2006/112/EC), and Estonian VAT is not charged.

Please pay to:
Lõuna Pank AS, Tallinn
IBAN: EE537700771003819264
SWIFT: LOUNEE2X

Nordvale Code OÜ, Member of the Management Board Mihkel Tamm
""",
        expected={
            "number": "2026/03",
            "date": "2026-03-02",
            "total": "4800.00",
            "currency": "EUR",
            "parties.buyer.inn": "6947267148",
            "parties.buyer.kpp": "694701001",
            "parties.buyer.bik": "042809633",
            "parties.buyer.account": "40702978084886457328",
        },
    ),
]

_TRANSFER_DOCUMENTS = [
    # A Russian sole proprietor's acceptance certificate for IT services exported to a
    # Dutch client. The seller is labelled with the USD account printed for payment
    # and with KPP None. The previous certificate's amount is a distractor.
    HoldoutDocument(
        id="x-en-act-acceptance-sole-proprietor-usd",
        document_type="act",
        language="en",
        text="""\
                          CERTIFICATE OF ACCEPTANCE No. 3
            to Service Agreement No. KA-2025/11 dated November 3, 2025

Kaluga, Russia                                                          January 30, 2026

Contractor:  Individual Entrepreneur Artem Pavlovich Kuznetsov
             INN 404230048767, OGRNIP 321404529128086
             ul. Kirova 21, apt. 7, Kaluga 248000, Russia
             USD account 40802840943829932157 with JSC Digital Bank Orbita, Moscow
             BIK 044525718, corr. account 30101810945250000718, SWIFT ORBTRUMM

Customer:    Brightlane Analytics B.V.
             Keizersgracht 418, 1016 GC Amsterdam, the Netherlands
             KvK 84127390

The Contractor has rendered and the Customer has accepted the following services in January 2026:

| No. | Service                                         | Hours | Rate, USD | Amount, USD |
|-----|-------------------------------------------------|-------|-----------|-------------|
| 1   | Data pipeline development (Airflow, dbt)        |    64 |     80.00 |    5,120.00 |
| 2   | Dashboard maintenance and monitoring            |    16 |     80.00 |    1,280.00 |
|     | Total                                           |    80 |           |    6,400.00 |

Total value of services: USD 6,400.00 (six thousand four hundred US dollars 00 cents).
VAT is not charged: the services are exported, and their place of supply is outside Russia.

The services were rendered in full and on time. The Customer has no claims as to their scope, quality
or timing. Payment is due within 10 banking days to the Contractor's USD account stated above.
Certificate of Acceptance No. 2 of December 31, 2025 for USD 5,920.00 has been paid in full.

Contractor                                        Customer
Individual Entrepreneur                           Brightlane Analytics B.V., Director
__________________ A. P. Kuznetsov                __________________ J. van Rooijen
""",
        expected={
            "number": "3",
            "date": "2026-01-30",
            "total": "6400.00",
            "currency": "USD",
            "parties.seller.inn": "404230048767",
            "parties.seller.kpp": None,
            "parties.seller.bik": "044525718",
            "parties.seller.account": "40802840943829932157",
        },
    ),
    # A translated status 1 UPD of a Samara print shop at VAT 22%. The buyer is a
    # sole proprietor, labelled with the INN only.
    HoldoutDocument(
        id="x-en-upd-translation-print-shop-vat22",
        document_type="upd",
        language="en",
        text="""\
                                                         Translation from Russian
UNIVERSAL TRANSFER DOCUMENT                              Status: 1 (invoice and transfer document)

Invoice No. 0219 dated 19.02.2026 (1)
Correction No. -- dated -- (1a)
Seller: Volga Print Studio LLC (2)
Address: 443013, Samara, Moskovskoye shosse 4, building 15, office 210 (2a)
Seller's INN/KPP: 6308617936/630801001 (2b)
Shipper and its address: the same (3)
Consignee and its address: barbershop "Britva", 443010, Samara, Frunze St 108 (4)
To payment document No. -- dated -- (5)
Shipping document: No. 1-3, No. 0219 dated 19.02.2026 (5a)
Buyer: Individual Entrepreneur Ildar Nailevich Rakhimov (6)
Address: 443010, Samara, Frunze St 108 (6a)
Buyer's INN/KPP: 630692566619/ (6b)
Currency: name, code Russian rouble, 643 (7)

| No. | Goods (description)              | Unit | Qty   | Price    | Excl. VAT | VAT | VAT sum  | Incl. VAT |
|-----|----------------------------------|------|-------|----------|-----------|-----|----------|-----------|
| 1   | Price list A4, laminated         | pcs  |    10 |   450.00 |  4,500.00 | 22% |   990.00 |  5,490.00 |
| 2   | Business cards 90x50 mm, 4+4     | pcs  | 2,000 |     4.20 |  8,400.00 | 22% | 1,848.00 | 10,248.00 |
| 3   | Roll-up banner 85x200 cm, stand  | pcs  |     1 | 6,900.00 |  6,900.00 | 22% | 1,518.00 |  8,418.00 |
|     | Total payable (9)                |      |       |          | 19,800.00 |  X  | 4,356.00 | 24,156.00 |

Basis of transfer: Order No. 88 of 12.02.2026 (10)
Goods handed over by: production manager __________ O. V. Nikitina    Date of shipment: 19.02.2026
Goods received by: __________ I. N. Rakhimov                          Date of receipt: 20.02.2026

Translated by: T. S. Lebedeva, certified translator, 24.02.2026
""",
        expected={
            "number": "0219",
            "date": "2026-02-19",
            "total": "24156.00",
            "currency": "RUB",
            "parties.seller.inn": "6308617936",
            "parties.seller.kpp": "630801001",
            "parties.buyer.inn": "630692566619",
        },
    ),
    # A sole proprietor's application for a euro transfer that pays the German
    # invoice. It is dated by the application, not the value date in field 32A. The
    # rouble account for the bank's commission is not labelled.
    HoldoutDocument(
        id="x-en-payment-order-transfer-eur-germany",
        document_type="payment_order",
        language="en",
        text="""\
                  APPLICATION FOR TRANSFER IN FOREIGN CURRENCY No. 6
                                  Date: 19.01.2026

To: JSC Bank Ob-Sibir, Novosibirsk, BIK 045004791, corr. account 30101810900000000791

32A  Value date / Currency / Amount:   260120 EUR 1240,00
     Amount in words:                  one thousand two hundred forty euro 00 cents
50K  Ordering customer:                IE Gulyaev Timofey Andreevich
                                       INN 541189557989
                                       Account 40802978837041214304 (EUR)
                                       ul. Frunze 86, office 3, Novosibirsk 630005, Russia
57A  Beneficiary's bank:               SAALEBANK EG, LEIPZIG, GERMANY
                                       SWIFT SALEDE8LXXX
59   Beneficiary:                      /DE14860529171048273650
                                       Anja Brenner, Lederwerkstatt
                                       Kleiststrasse 27, 04107 Leipzig, Germany
70   Remittance information:           Payment for invoice 2026-014 dated 14.01.2026,
                                       leather notebooks, no VAT charged
71A  Details of charges:               OUR

Currency transaction code: 11100 (advance payment for imported goods).
Commissions and charges to be debited from account 40802810391827611660 (RUB).

Supporting documents: invoice No. 2026-014 dated 14.01.2026.

Ordering customer: Individual Entrepreneur __________ T. A. Gulyaev
Signed with a qualified electronic signature, 19.01.2026 10:26

Bank's marks: received 19.01.2026, currency control passed 19.01.2026
""",
        expected={
            "number": "6",
            "date": "2026-01-19",
            "total": "1240.00",
            "currency": "EUR",
            "parties.payer.inn": "541189557989",
            "parties.payer.bik": "045004791",
            "parties.payer.account": "40802978837041214304",
        },
    ),
]

_OTHER_TYPES = [
    # An online payment receipt of a US sole proprietor. It is numbered by the receipt
    # number, not the invoice number, and its total is the amount paid after the
    # discount. The subscription period dates are not its date.
    HoldoutDocument(
        id="x-en-receipt-online-payment-usd",
        document_type="receipt",
        language="en",
        text="""\
Receipt from Pixelnest Studio
Receipt #2718-4093

AMOUNT PAID              DATE PAID               PAYMENT METHOD
$96.00                   Feb 12, 2026            Visa - 4417

SUMMARY
Storefront icon library, annual plan, 1 seat
Feb 12, 2026 - Feb 11, 2027                                        $96.00
Extended commercial licence add-on                                 $24.00
Subtotal                                                          $120.00
Discount (LAUNCH20, 20% off)                                      -$24.00
Sales tax (Oregon)                                                  $0.00
Total                                                              $96.00
Amount paid                                                        $96.00

Invoice #PXN-26-0412

If you have any questions, contact Pixelnest Studio at hello@pixelnest.example.
Pixelnest Studio is a trade name of Mara Okafor, sole proprietor, Portland, Oregon, USA.
Something wrong with the email? View it in your browser.
""",
        expected={
            "number": "2718-4093",
            "date": "2026-02-12",
            "total": "96.00",
            "currency": "USD",
        },
    ),
    # A phone photo of a British shop's till receipt. "06/03/2026" is day-first, as
    # the 28-day return date "03/04/2026" shows. The VAT included is not the total.
    HoldoutDocument(
        id="x-en-receipt-uk-yarn-shop-photo",
        document_type="receipt",
        language="en",
        noisy=True,
        text="""\
     THE HOLLOW LANE YARN SHOP
   7 Chapel Row, Hebden Bridge HX7 8AZ
        Tel 01422 8O4 417
      VAT No. GB 284 7391 22

SALE               Receipt No: OO4l27
Till l   Op: Jess    O6/O3/2O26 l4:52

Merino DK yarn l00g
  6 @ 7.95                       47.7O
Alpaca blend 5Og
  4 @ 6.2O                       24.8O
Bamboo needles 4mm                5.5O
Pattern booklet                   4.OO
SUBTOTAL                         82.OO
Multibuy lO% off                 -8.2O
TOTAL                 GBP        73.8O
VISA CONTACTLESS                 73.8O
  ************4417
VAT @20% incl.                   l2.3O

Returns within 28 days (by O3/O4/2O26)
with this receipt. Thank yоu for shоpping lоcal!
""",
        expected={
            "number": "004127",
            "date": "2026-03-06",
            "total": "73.80",
            "currency": "GBP",
        },
    ),
    # An Irish sole trader's service agreement with a Russian sole proprietor. Its
    # total is the price for the 12-month term, not the monthly fee or the hourly
    # rate. The client is labelled with the euro account and BIK printed for it.
    HoldoutDocument(
        id="x-en-contract-ireland-service-agreement",
        document_type="contract",
        language="en",
        text="""\
                              SERVICE AGREEMENT No. SA-2026-01

Dublin / Tver                                                               12 January 2026

Ciarán Mulvey, sole trader, trading as "Mulvey Web Studio", 22 Harcourt Terrace, Dublin 2, Ireland
(the "Contractor"), and Individual Entrepreneur Andrey Sergeevich Laptev, INN 699085380133,
OGRNIP 319699110285946, Tver, Russia (the "Client"), agree as follows.

1. Subject. The Contractor maintains and develops the Client's online store (WooCommerce): updates,
   security monitoring, bug fixes and up to 20 hours of development per month.
2. Term. From 1 February 2026 to 31 January 2027 (12 months).
3. Price. The monthly fee is EUR 800.00. The total contract price for the term is EUR 9,600.00.
   Work beyond 20 hours per month is charged at EUR 45.00 per hour by separate invoice.
4. Payment. The Client pays each monthly fee in advance by the 5th day of the month from its EUR
   account by SWIFT transfer. Bank charges of the Client's bank are paid by the Client.
5. VAT. The Contractor is not registered for VAT in Ireland, and no VAT is charged.
6. Confidentiality. Access credentials and customer data are kept confidential during the term and
   for 3 years after it.
7. Termination. Either party may terminate the agreement with 30 days' written notice. Fees paid for
   the month in which notice is given are not refunded.
8. Law. This agreement is governed by the laws of Ireland. Disputes are settled by negotiation and,
   failing that, by the courts of Dublin.

DETAILS OF THE PARTIES

Contractor                                      Client
Ciarán Mulvey t/a Mulvey Web Studio             IE Laptev Andrey Sergeevich
22 Harcourt Terrace, Dublin 2, Ireland          INN 699085380133
Erin Mutual Bank, Dublin                        EUR account 40802978421362958639
IBAN: IE42ERIN93115247108364                    JSC Tverskoy Zemelny Bank, Tver
BIC: ERINIE2D                                   BIK 042809633
                                                corr. account 30101810500000000633
                                                SWIFT TVZBRU2T

__________________ C. Mulvey                    __________________ A. S. Laptev
""",
        expected={
            "number": "SA-2026-01",
            "date": "2026-01-12",
            "total": "9600.00",
            "currency": "EUR",
            "parties.buyer.inn": "699085380133",
            "parties.buyer.bik": "042809633",
            "parties.buyer.account": "40802978421362958639",
        },
    ),
    # A scan of a Czech bead maker's packing list to a Russian sole proprietor. It
    # cites the invoice value in euros, so `currency` is EUR and `total` is None.
    HoldoutDocument(
        id="x-en-packing-list-czech-beads-scan",
        document_type="packing_list",
        language="en",
        noisy=True,
        text="""\
PACKING LIST Nо. PL-26-0051                    Date: O9.O2.2O26
Invoice No. CZ-26-0051 dated O9.O2.2O26, value EUR 3,2l5.OO

Shipper:    Jablonec Bead Works s.r.o.
            Podhorska 48, 466 Ol Jablonec nad Nisou, Czech Republic
            ICO 27l93846, DIC CZ27l93846
Consignee:  IE Chernova Marina Olegovna
            INN 7l27l7625l32
            ul. Sovetskaya 58, Tula 3OOO41, Russia

| Carton | Contents                               | Qty  | Net kg | Gross kg |
| l      | Glass seed beads ll/O, 5O g bags       | l2O  |  6.OO  |   6.8O   |
| 2      | Glass seed beads 8/O, 5O g bags        | lOO  |  5.OO  |   5.7O   |
| 3      | Pressed glass beads 6 mm, 25O pcs bags |  6O  |  6.3O  |   7.2O   |
| 4      | Crystal rondelles 4 mm, strands         | 4OO  |  4.lO  |   5.2O   |
| TOTAL  | 4 cartons                              | 68O  | 2l.4O  |  24.9O   |

Country of origin: Czech Republic          Incoterms: DAP Tula
Carrier: DHL Express, AWB 48l7 2296 O5
Marks: JBW / CHERNOVA / TULA / l-4

Packed by: ________ K. Dvorakova
""",
        expected={
            "number": "PL-26-0051",
            "date": "2026-02-09",
            "total": None,
            "currency": "EUR",
            "parties.consignee.inn": "712717625132",
        },
    ),
    # A one-day statement of a sole proprietor's USD account in English. The client's
    # payment for the acceptance certificate and the sale of dollars are operations,
    # and the rouble account credited by the sale is not labelled.
    HoldoutDocument(
        id="x-en-bank-statement-sole-proprietor-usd",
        document_type="bank_statement",
        language="en",
        text="""\
JSC DIGITAL BANK ORBITA
Moscow, Russia  |  BIK 044525718  |  corr. account 30101810945250000718  |  SWIFT ORBTRUMM

                                  ACCOUNT STATEMENT No. 12
                                   for 10 February 2026

Account:          40802840943829932157 (USD)
Account holder:   Individual Entrepreneur Kuznetsov Artem Pavlovich, INN 404230048767
Previous statement: No. 11 for 3 February 2026
Generated:        11.02.2026 07:40

Opening balance:                                                                      USD 1,275.40

| Date       | Doc No. | Counterparty / details                                   |    Debit |    Credit |
|------------|---------|----------------------------------------------------------|----------|-----------|
| 10.02.2026 | 77120   | Brightlane Analytics B.V., Amsterdam                     |          |  6,400.00 |
|            |         | IBAN NL28KRAN0418273659                                  |          |           |
|            |         | Payment for Certificate of Acceptance No. 3 of 30.01.2026 |          |           |
| 10.02.2026 | 16      | Sale of USD at 78.42, RUB credited to account            | 5,000.00 |           |
|            |         | 40802810330976582802                                     |          |           |
| 10.02.2026 | 7731    | Bank commission, currency control of incoming payment    |    32.00 |           |

Turnover:                                                                  5,032.00     6,400.00
Closing balance:                                                                      USD 2,643.40

This statement was generated electronically and is valid without a signature or stamp.
""",
        expected={
            "number": "12",
            "date": "2026-02-10",
            "currency": "USD",
            "parties.account_holder.inn": "404230048767",
            "parties.account_holder.bik": "044525718",
            "parties.account_holder.account": "40802840943829932157",
        },
    ),
    # A scan of the British sole trader's passport. The number is the nine-digit
    # "Passport No.", which the machine-readable zone repeats with a check digit, and
    # the date is the date of issue.
    HoldoutDocument(
        id="x-en-passport-uk-sole-trader-scan",
        document_type="passport",
        language="en",
        noisy=True,
        text="""\
UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND
PASSPORT   Type/Type  P    Code/Code  GBR    Passport Nо./Passeport Nо.  548l73926
Surname/Nom (l)
HARGREAVES
Given names/Prénoms (2)
ELEANOR ROSE
Nationality/Nationalité (3)
BRITISH CITIZEN
Date of birth/Date de naissance (4)
l4 JUL /JUIL 89
Sex/Sexe (5)     Place of birth/Lieu de naissance (6)
F                BATH
Date of issue/Date de délivrance (7)       Authority/Autorité (8)
2l MAR /MARS 23                            HMPO
Date of expiry/Date d'expiration (9)       Holder's signature/Signature du titulaire (lO)
2l MAR /MARS 33

P<GBRHARGREAVES<<ELEANOR<ROSE<<<<<<<<<<<<<<<
5481739261GBR8907149F3303218<<<<<<<<<<<<<<<0
""",
        expected={
            "number": "548173926",
            "date": "2023-03-21",
            "total": None,
            "currency": None,
        },
    ),
    # A US company's power of attorney for its Russian representative, a sole
    # proprietor labelled with the 12-digit INN. Its dollar limit gives `currency`
    # USD, and `total` is None. The apostille and the notary's commission date are
    # not its date.
    HoldoutDocument(
        id="x-en-power-of-attorney-us-llc-representative",
        document_type="power_of_attorney",
        language="en",
        text="""\
                                   POWER OF ATTORNEY
                                 Ref. No. POA-2026/02

Tucson, Arizona                                                          February 16, 2026

Desert Bloom Soap Co. LLC, an Arizona limited liability company, EIN 86-2947153, with its office at
2218 E. Mesquite Ave, Tucson, AZ 85719, USA, acting through its sole member Carla Jean Whitfield
(the "Principal"),

hereby appoints

Individual Entrepreneur Kirill Olegovich Zotov, INN 521584645062, OGRNIP 323526045414650,
passport 22 19 704315, residing in Nizhny Novgorod, Russia (the "Attorney"),

to act on behalf of the Principal in the Russian Federation:
1. to negotiate and sign agreements with Russian marketplaces and distributors for the sale of the
   Principal's products, each agreement not exceeding USD 15,000.00;
2. to apply for and receive declarations of conformity and product certificates for the Principal's
   products;
3. to represent the Principal before customs authorities in matters of product labelling.

The Attorney may not receive money on behalf of the Principal. This power of attorney is valid until
December 31, 2026, without the right of substitution.

Desert Bloom Soap Co. LLC
__________________ Carla J. Whitfield, Sole Member

State of Arizona, County of Pima. Subscribed and sworn before me on February 16, 2026.
__________________ Notary Public. My commission expires 08/14/2028.
Apostille No. AZ-2026-0418 issued by the Arizona Secretary of State on February 18, 2026.
""",
        expected={
            "number": "POA-2026/02",
            "date": "2026-02-16",
            "total": None,
            "currency": "USD",
            "parties.attorney.inn": "521584645062",
        },
    ),
    # A British supplier's letter on export prices from April 2026. It names pound
    # prices and shipping charges but requests no payment.
    HoldoutDocument(
        id="x-en-letter-uk-supplier-export-prices",
        document_type="letter",
        language="en",
        text="""\
Hollow Lane Yarns
Jessica Pike, sole trader
7 Chapel Row, Hebden Bridge HX7 8AZ, United Kingdom
trade@hollowlaneyarns.example  |  VAT No. GB 284 7391 22


Our ref: HLY/EXP/2026-03
9 March 2026

To our trade customers outside the UK


Re: Export prices and shipping from 1 April 2026

Dear customer,

Thank you for ordering from Hollow Lane Yarns over the past year. Our costs for fibre and dyeing have
risen, and we have to change our export terms from 1 April 2026:

  - Merino DK, 100 g skein: trade price £5.45 (currently £5.10).
  - Alpaca blend, 50 g ball: trade price £4.20 (currently £3.95).
  - The minimum export order rises to £250.00 (currently £200.00).
  - Royal Mail International Tracked: £38.00 per parcel up to 10 kg.

Export orders remain zero-rated for UK VAT, so our invoices to you show VAT at 0%.
Orders placed and paid by 31 March 2026 will be invoiced at the current prices.

Our bank details are unchanged. If you have any questions, please reply to this letter or write to
trade@hollowlaneyarns.example.

Yours faithfully,

Jessica Pike
Hollow Lane Yarns
""",
        expected={
            "number": "HLY/EXP/2026-03",
            "date": "2026-03-09",
            "total": None,
            "currency": "GBP",
        },
    ),
    # A Dutch sole trader's quotation. It requests no payment, so it is `other` with
    # `total` None and `currency` EUR, and the buyer's INN is not labelled.
    HoldoutDocument(
        id="x-en-other-quotation-netherlands-eur",
        document_type="other",
        language="en",
        text="""\
STUDIO KOPERWIEK
Sanne de Wit, eenmanszaak
Oudegracht 112, 3511 AW Utrecht, the Netherlands
KvK 80341297  |  sanne@koperwiek.example


QUOTATION

Quote No.:      Q-0117
Date:           20 February 2026
Valid until:    22 March 2026
Your enquiry:   16 February 2026

To:
IE Chernova Marina Olegovna (Individual Entrepreneur)
INN 712717625132
ul. Sovetskaya 58, Tula 300041, Russia


| Item | Description                                  |  Qty | Unit price |   Amount |
|------|----------------------------------------------|------|------------|----------|
| 1    | Brass pendant blanks, round 25 mm            |  500 |      €0.85 |  €425.00 |
| 2    | Copper jump rings 6 mm, pack of 100          |   30 |      €3.20 |   €96.00 |
| 3    | Enamel powder set, 12 colours                |    4 |     €48.50 |  €194.00 |
|      | Subtotal                                     |      |            |  €715.00 |
|      | Shipping, PostNL International, tracked      |      |            |   €42.50 |
|      | Total quoted                                 |      |            |  €757.50 |

VAT: goods exported outside the EU, VAT 0% (Article 146 of Council Directive 2006/112/EC).
This is a quotation, not an invoice. After you accept it, we will send a pro forma invoice for
payment in full before dispatch. Delivery time: 10 working days after payment.

Kind regards,
Sanne de Wit
""",
        expected={
            "number": "Q-0117",
            "date": "2026-02-20",
            "total": None,
            "currency": "EUR",
        },
    ),
]

ENGLISH_DOCUMENTS_X = [*_INVOICES, *_TRANSFER_DOCUMENTS, *_OTHER_TYPES]
