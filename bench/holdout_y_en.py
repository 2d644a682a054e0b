"""English documents of set Y. `bench.holdout_y` describes the set and its labels."""

# Document texts reproduce printed lines up to 110 characters wide.
# ruff: noqa: E501

from .holdout import HoldoutDocument

_INVOICES = [
    # A US SaaS invoice with Washington sales tax. The "Bill To" and "Remit To"
    # columns come out one after the other, the header values follow their captions,
    # and an account credit lowers the amount due below the invoice total.
    HoldoutDocument(
        id="y-en-invoice-saas-us-sales-tax",
        document_type="invoice",
        language="en",
        text="""\
Brightwater Cloud, Inc.
600 Congress Avenue, Suite 1450
Austin, TX 78701, USA
billing@brightwater-cloud.example | EIN 74-3318205
                                                                                             INVOICE
Invoice #
Invoice date
Due date
Customer ID
BWC-2026-118734
Dec. 5th, 2026
Jan. 4th, 2027 (Net 30)
CUST-004417
BILL TO
Halvorsen Logistics LLC
Attn: Accounts Payable
1201 Western Avenue, Floor 9
Seattle, WA 98101
REMIT TO
Brightwater Cloud, Inc.
Lockbox 731842
Dallas, TX 75373-1842
ACH: First Lone Star Bank, routing 111904710, account 5530021847

Subscription period: Dec 5, 2026 - Jan 4, 2027                 Plan: Growth (monthly)

DESCRIPTION                                        QTY        UNIT PRICE              AMOUNT
Growth plan - user seats                            25            $49.00           $1,225.00
Additional storage (GB-month)                      500             $0.12              $60.00
API calls over plan allowance (per 1,000)        1,200             $0.35             $420.00
Premium support                                      1           $199.00             $199.00

                                                             Subtotal              $1,904.00
                                                             WA sales tax (10.35%)   $197.06
                                                             Total                 $2,101.06
                                                             Account credit applied  -$50.00
                                                             AMOUNT DUE            $2,051.06

Annual contract value (reference): $24,000.00. Sales tax is charged on SaaS delivered to Washington
addresses. The account credit comes from credit memo CM-2026-0212 of Nov 20, 2026.
Questions? Contact billing@brightwater-cloud.example or call +1 512 555 0148.

Brightwater Cloud, Inc. | Invoice BWC-2026-118734 | Page 1 of 1
""",
        expected={
            "number": "BWC-2026-118734",
            "date": "2026-12-05",
            "total": "2101.06",
            "currency": "USD",
        },
    ),
    # A scan of a Canadian consulting invoice billed by the hour, with Ontario HST.
    HoldoutDocument(
        id="y-en-invoice-canada-consulting-scan",
        document_type="invoice",
        language="en",
        noisy=True,
        text="""\
TAMARACK DATA CONSULTING lNC.
l8O Bay Street, Suite 22O4, Toronto, ON M5J 2V1
GST/HST Reg. No. 383236403 RT OOO1

INVOlCE                          lnvoice No.: TDC-2O26-O219
                                 lnvoice Date: 2O26-O2-13
                                 Terms: Net 15 (due 2O26-O2-28)
Bill to:
Lakeshore Credit Union Ltd.
Attn: Priya Raman, IT Director
355 Lakeshore Blvd W, Toronto, ON M5V 1A1
PO # LCU-88412

Engagement: Data warehouse modernisation, SOW #3 | Period: Feb 1 - Feb 13, 2O26

| Date range   | Role                     | Hours |  Rate (CAD) |   Amount (CAD) |
| O2/O1-O2/13  | Senior consultant        |  32.5 |     185.OO  |      6,O12.5O  |
| O2/O1-O2/13  | Data engineer            |  41.O |     14O.OO  |      5,74O.OO  |
| O2/O9-O2/13  | Project manager          |   6.O |     16O.OO  |        96O.OO  |

                                        Subtotal               CAD 12,712.5O
                                        HST 13% (ON)           CAD  1,652.63
                                        TOTAL                  CAD 14,365.13
                                        Retainer on file (not applied) C$ 5,OOO.OO

Please pay by EFT to Tamarack Data Consulting lnc., transit O4712, institution OO4,
account 58O2219. Hours are per the approved timesheets attached (3 pages).
Thank you for your business!
""",
        expected={
            "number": "TDC-2026-0219",
            "date": "2026-02-13",
            "total": "14365.13",
            "currency": "CAD",
        },
    ),
    # A UK VAT invoice for managed IT services. Its "05/11/2026" is day-first, as the
    # service period ending "31/10/2026" shows.
    HoldoutDocument(
        id="y-en-invoice-uk-vat-managed-it",
        document_type="invoice",
        language="en",
        text="""\
Fenwick & Rowe IT Services Ltd                                                          TAX INVOICE
Unit 4, Aire Street Works, Leeds LS1 4PR
Company No. 08741562 | VAT Reg. No. GB 945 8073 39

Invoice to:                                      Invoice number:      FR-24417
Harrowgate Dental Group Ltd                      Invoice date:        05/11/2026
Accounts Payable                                 Tax point:           05/11/2026
14 Station Parade                                Account ref:         HDG001
Harrogate HG1 1UF                                Your PO:             HDG-PO-2026-071
                                                 Service period:      01/10/2026 - 31/10/2026

Description                                               Qty       Unit £      VAT %       Net £
Managed service desk, per endpoint                         42        18.50       20.0      777.00
Microsoft 365 Business Premium, per user                   42        18.10       20.0      760.20
Cloud backup, per TB                                      1.5        45.00       20.0       67.50
On-site engineer visit (hours)                            3.5        75.00       20.0      262.50

                                                                 Total net           £1,867.20
                                                                 VAT @ 20%             £373.44
                                                                 Invoice total GBP   £2,240.64

Payment terms: 30 days from invoice date, by 05/12/2026.
Pay to: Fenwick & Rowe IT Services Ltd, Lloyds Bank, sort code 30-94-71, account 58203614
IBAN: GB98LOYD30947158203614   BIC: LOYDGB21
Please quote FR-24417 as the payment reference.

Registered in England and Wales. Registered office: Unit 4, Aire Street Works, Leeds LS1 4PR.
""",
        expected={
            "number": "FR-24417",
            "date": "2026-11-05",
            "total": "2240.64",
            "currency": "GBP",
        },
    ),
    # A German software house's invoice to a Dutch customer under the reverse charge,
    # with German number style "18.809,00 €".
    HoldoutDocument(
        id="y-en-invoice-eu-reverse-charge",
        document_type="invoice",
        language="en",
        text="""\
Kranich Software GmbH · Brühl 62 · 04109 Leipzig · Germany
                                                            Kranich Software GmbH
                                                            Brühl 62, 04109 Leipzig
                                                            VAT ID: DE475277208
                                                            HRB 38214, Amtsgericht Leipzig
Oosterveld Retail B.V.
Finance Department
Catharijnesingel 53
3511 GC Utrecht
The Netherlands
VAT ID: NL859304139B01

INVOICE
Invoice no.        Date              Customer no.      Delivery period
2026-11873         5 Dec 2026        K-10452           16.11.2026 - 30.11.2026

Pos. Description                                              Qty     Unit price          Amount
1    Kranich POS Cloud, licence per store, 12 months           18       768,00 €      13.824,00 €
2    Implementation and data migration, per day                 4     1.150,00 €       4.600,00 €
3    Travel expenses, lump sum                                  1       385,00 €         385,00 €

                                                           Net amount                18.809,00 €
                                                           VAT 0 %                        0,00 €
                                                           Invoice total             18.809,00 €

Reverse charge: VAT is payable by the recipient of the service (Article 196 Council Directive
2006/112/EC; § 13b UStG). Tax liability of the service recipient.
Payment within 14 days without deduction, by 19 Dec 2026.
Commerzbank Leipzig · IBAN: DE32300209004417280365 · BIC COBADEFFXXX

Managing directors: Jana Vogt, Tobias Kranich · Page 1/1
""",
        expected={
            "number": "2026-11873",
            "date": "2026-12-05",
            "total": "18809.00",
            "currency": "EUR",
        },
    ),
    # An Australian tax invoice whose header prints three captions on one line and
    # their values on the next one.
    HoldoutDocument(
        id="y-en-invoice-australia-gst",
        document_type="invoice",
        language="en",
        text="""\
SOUTHERLY SYSTEMS PTY LTD                                                          TAX INVOICE
ABN 12 819 303 642
Level 7, 313 Flinders Lane, Melbourne VIC 3000
accounts@southerly-systems.example | +61 3 9555 0192

Invoice No.                 Invoice Date                Due Date
Customer                                                Purchase Order
SS-INV-004187               31/03/2026                  30/04/2026
Corella Health Partners Pty Ltd                         CHP-PO-7718
ABN 98 621 299 722
22 Hunter Street, Newcastle NSW 2300

Item  Description                                         Qty      Unit Price         GST          Amount
1     Cloud migration discovery workshop                    1       A$4,800.00     A$480.00      A$4,800.00
2     Azure landing zone build (days)                       6       A$1,650.00     A$990.00      A$9,900.00
3     Managed backup service - March 2026                   1       A$1,240.00     A$124.00      A$1,240.00

                                                                  Subtotal (excl. GST)   A$15,940.00
                                                                  GST 10%                 A$1,594.00
                                                                  Total (incl. GST)      A$17,534.00
                                                                  Amount paid                 A$0.00
                                                                  Balance due AUD        A$17,534.00

Payment by EFT: Southerly Systems Pty Ltd, BSB 033-412, Account 218447903, reference SS-INV-004187
Late payments may incur interest at 1.5% per month. All amounts are in Australian dollars.
""",
        expected={
            "number": "SS-INV-004187",
            "date": "2026-03-31",
            "total": "17534.00",
            "currency": "AUD",
        },
    ),
    # A Singapore cloud reseller's tax invoice. Prepaid credits lower the amount
    # payable below the invoice total.
    HoldoutDocument(
        id="y-en-invoice-singapore-gst",
        document_type="invoice",
        language="en",
        text="""\
MERLION CLOUDWORKS PTE. LTD.
UEN / GST Reg. No.: 201834567K
71 Robinson Road, #14-02, Singapore 068895

TAX INVOICE                                                Invoice No:   MCW-INV-26-00117
                                                           Date:         14 Jan 2026
                                                           Terms:        30 days
Bill To:                                                   Account:      TNA-0093
Tanjong Analytics Pte. Ltd.
10 Anson Road, #22-15 International Plaza
Singapore 079903

Billing period: 1 Dec 2025 to 31 Dec 2025

S/N  Description                                            Qty        Unit Price            Amount
1    Managed Kubernetes cluster (3 nodes), December           1        S$3,200.00        S$3,200.00
2    Object storage, TB-month                                12           S$28.00          S$336.00
3    Internet egress, GB                                  2,400            S$0.11          S$264.00
4    Support plan - Gold                                      1          S$650.00          S$650.00

                                                   Total before GST                   S$4,450.00
                                                   GST @ 9%                             S$400.50
                                                   Total including GST                S$4,850.50
                                                   Less: prepaid credits applied     (S$1,200.00)
                                                   Amount payable (SGD)               S$3,650.50

Prepaid credits were purchased on 2 Dec 2025 (receipt MCW-RC-25-0418).
Payment by PayNow to UEN 201834567K or by transfer to DBS Bank Ltd, account 072-918304-5.
This is a computer-generated invoice. No signature is required.
""",
        expected={
            "number": "MCW-INV-26-00117",
            "date": "2026-01-14",
            "total": "4850.50",
            "currency": "SGD",
        },
    ),
    # A Swiss invoice with a QR-bill payment part that repeats the amount with a
    # space as the thousands separator.
    HoldoutDocument(
        id="y-en-invoice-swiss-chf-qr-bill",
        document_type="invoice",
        language="en",
        text="""\
Aarwerk Informatik AG
Schwarztorstrasse 31, 3007 Bern
UID CHE-562.241.549 MWST

                                                          Seeland Logistik GmbH
                                                          Frau Lea Marti
                                                          Industriering 14
                                                          2555 Brügg BE

Invoice RE-2026-1207
Invoice date: Dec. 5th, 2026                 Customer no.: 20417
Payable by:   Jan. 4th, 2027                 Your reference: firewall renewal / ticket 88120

Description                                              Hours / Qty        Rate            Amount CHF
Network consulting, November 2026                              14.5       195.00              2'827.50
Firewall licence renewal, 1 year (2 appliances)                   1     1'480.00              1'480.00
Travel expenses Bern - Brügg                                      1        92.50                 92.50

                                                               Subtotal              CHF 4'400.00
                                                               VAT 8.1%              CHF   356.40
                                                               Total                 CHF 4'756.40

Payment within 30 days net. Thank you for your order.
------------------------------------------------------------------------------------------------
Receipt                          Payment part
Account / Payable to             Account / Payable to
CH61 3080 8004 7259 1361 8       CH61 3080 8004 7259 1361 8
Aarwerk Informatik AG            Aarwerk Informatik AG
Schwarztorstrasse 31             Schwarztorstrasse 31
3007 Bern                        3007 Bern
Reference                        Reference
21 00000 00003 13947 14300 09017 21 00000 00003 13947 14300 09017
Payable by                       Additional information
Seeland Logistik GmbH            RE-2026-1207
Currency   Amount                Currency   Amount
CHF        4 756.40              CHF        4 756.40
""",
        expected={
            "number": "RE-2026-1207",
            "date": "2026-12-05",
            "total": "4756.40",
            "currency": "CHF",
        },
    ),
    # A credit note for cancelled licences. Its total credit is printed with a minus,
    # next to the invoice it corrects and that invoice's revised balance.
    HoldoutDocument(
        id="y-en-invoice-credit-note-gbp",
        document_type="invoice",
        language="en",
        text="""\
Fenwick & Rowe IT Services Ltd                                                          CREDIT NOTE
Unit 4, Aire Street Works, Leeds LS1 4PR
VAT Reg. No. GB 945 8073 39

Credit to:                                       Credit note no.:     CN-0093
Harrowgate Dental Group Ltd                      Date:                2026-11-19
14 Station Parade                                Original invoice:    FR-24417 dated 05/11/2026
Harrogate HG1 1UF                                Account ref:         HDG001

Reason: 10 users left the practice on 31/10/2026; licences and endpoints cancelled for October.

Description                                               Qty       Unit £      VAT %       Net £
Microsoft 365 Business Premium, per user - credit          10        18.10       20.0     -181.00
Managed service desk, per endpoint - credit                10        18.50       20.0     -185.00

                                                                 Net credit            -£366.00
                                                                 VAT @ 20%              -£73.20
                                                                 Total credit GBP      -£439.20

Original invoice FR-24417 total:                    £2,240.64
Balance of FR-24417 after this credit:              £1,801.44

This credit note reduces the amount due on invoice FR-24417. No refund will be made.
""",
        expected={
            "number": "CN-0093",
            "date": "2026-11-19",
            "total": "439.20",
            "currency": "GBP",
        },
    ),
]

_ACTS = [
    # A Russian developer's acceptance certificate for a milestone in US dollars.
    # The contract price and the earlier milestones are printed beside its value.
    HoldoutDocument(
        id="y-en-act-milestone-acceptance-usd",
        document_type="act",
        language="en",
        text="""\
                          CERTIFICATE OF ACCEPTANCE No. 3
          under Software Development Agreement No. KG-AT/2026-02 dated March 2, 2026

St. Petersburg / Yerevan                                                            15 July 2026

Contractor: KodGrad LLC (ООО «КодГрад»), Russian Federation
            INN 7856321223, KPP 785601001
Customer:   Araratech CJSC, 41 Tigran Mets Avenue, Yerevan 0005, Republic of Armenia
            TIN 00891457

1. The Contractor has delivered and the Customer has accepted Milestone 3 "Mobile client release 1.0
   (iOS and Android) and load testing" under Appendix 1 to the Agreement.
2. Acceptance testing was completed on 13 July 2026. No critical defects remain open.

Milestone                                                  Status            Amount, USD
Milestone 1  Architecture and prototype                    accepted 14.04.2026   38,400.00
Milestone 2  Back-end services and admin console           accepted 22.05.2026   38,400.00
Milestone 3  Mobile client release 1.0, load testing       accepted by this      38,400.00
                                                           Certificate
Contract price (Milestones 1-3)                                                  115,200.00

3. The value of the services accepted under this Certificate is USD 38,400.00 (thirty-eight
   thousand four hundred US dollars 00 cents). Russian VAT is not charged: the place of supply is
   outside the Russian Federation (Article 148 of the Tax Code of the Russian Federation).
4. The Customer shall pay USD 38,400.00 within 10 business days to the Contractor's account:
   Account (USD) 40702840672887791378 with JSC Nevsky Investbank, St. Petersburg
   BIK 044030752, correspondent account 30101810100000000752, SWIFT NVIBRU2P

CONTRACTOR                                        CUSTOMER
KodGrad LLC                                       Araratech CJSC
General Director                                  Chief Executive Officer
_______________ R. A. Shubin                      _______________ A. Hovhannisyan
""",
        expected={
            "number": "3",
            "date": "2026-07-15",
            "total": "38400.00",
            "currency": "USD",
            "parties.seller.inn": "7856321223",
            "parties.seller.kpp": "785601001",
            "parties.seller.bik": "044030752",
            "parties.seller.account": "40702840672887791378",
        },
    ),
    # A translated act between two Russian companies, with a details table of one
    # column per party.
    HoldoutDocument(
        id="y-en-act-translated-it-support",
        document_type="act",
        language="en",
        text="""\
Translation from Russian

                       ACT No. 58 dated 30 June 2026
                     of services rendered (IT support, June 2026)

Contractor: Kazan Digital Systems LLC (ООО «Казанские цифровые системы»), INN 1651676129, KPP 165101001
Customer:   Baltic Retail Network LLC (ООО «Балтийская торговая сеть»), INN 7801092817, KPP 780101001
Basis:      Service Agreement No. КЦС-СП/2025-14 dated 15.01.2025, Appendix 2 (SLA)

No. | Service                                                   | Unit   | Qty |  Price, RUB |  Amount, RUB
1   | L1/L2 support of the retail ERP, 48 stores, June 2026      | month  |   1 |  180,000.00 |   180,000.00
2   | POS hardware maintenance, per store                        | store  |  48 |    1,875.00 |    90,000.00
3   | Additional development on request No. 2026-061             | hour   |  14 |    2,500.00 |    35,000.00

                                                                 Total without VAT:        305,000.00
                                                                 VAT 22%:                   67,100.00
                                                                 Total with VAT:           372,100.00

Total services rendered: 3 items, for RUB 372,100.00 (three hundred seventy-two thousand one hundred
roubles 00 kopecks), including VAT 22% RUB 67,100.00. SLA response time met in 100% of 412 tickets.
The services were rendered in full and on time. The Customer has no claims.

                          | CONTRACTOR                        | CUSTOMER
Name                      | Kazan Digital Systems LLC         | Baltic Retail Network LLC
INN / KPP                 | 1651676129 / 165101001            | 7801092817 / 780101001
Settlement account        | 40702810017100898972              | 40702810047031602852
Bank                      | Kazan branch, JSC Volgaprombank   | JSC Nevsky Investbank
BIK                       | 049205631                         | 044030752
Correspondent account     | 30101810300000000631              | 30101810100000000752
Signature                 | ________ R. I. Khabibullin        | ________ O. V. Sokolova

Translated by: N. A. Zorina, certified translator. The translation is true to the original.
""",
        expected={
            "number": "58",
            "date": "2026-06-30",
            "total": "372100.00",
            "currency": "RUB",
            "parties.seller.inn": "1651676129",
            "parties.seller.kpp": "165101001",
            "parties.seller.bik": "049205631",
            "parties.seller.account": "40702810017100898972",
            "parties.buyer.inn": "7801092817",
            "parties.buyer.kpp": "780101001",
            "parties.buyer.bik": "044030752",
            "parties.buyer.account": "40702810047031602852",
        },
    ),
    # A Singapore acceptance certificate for a migration phase. Its parties are
    # foreign and have no labels.
    HoldoutDocument(
        id="y-en-act-singapore-phase-acceptance",
        document_type="act",
        language="en",
        text="""\
MERLION CLOUDWORKS PTE. LTD. | UEN 201834567K | 71 Robinson Road, #14-02, Singapore 068895

ACCEPTANCE CERTIFICATE
Certificate No.            Date of acceptance           Project
AC-2026-014                2026-02-27                   Data platform migration - Phase 1

Customer: Tanjong Analytics Pte. Ltd., 10 Anson Road, #22-15 International Plaza, Singapore 079903
Reference: Statement of Work SOW-TNA-2025-07 dated 17 Nov 2025; Change Request CR-03 dated 5 Jan 2026

Deliverables accepted
D1  Target architecture and cut-over plan                                       accepted 2026-01-16
D2  Migration of 14 data pipelines to managed Kubernetes                       accepted 2026-02-20
D3  Monitoring dashboards and runbooks                                         accepted 2026-02-27

Phase 1 fee (fixed price per SOW)                                                      S$25,000.00
Change Request CR-03 (additional pipelines)                                             S$2,250.00
Phase 1 value before GST                                                               S$27,250.00
GST @ 9%                                                                                S$2,452.50
Phase 1 value including GST                                                            S$29,702.50

Phase 2 (estimated S$41,000.00 before GST) is not covered by this certificate.
Upon signature, Merlion Cloudworks will invoice the Phase 1 value above, payable within 30 days.
Warranty period: 60 days from the date of acceptance.

For Merlion Cloudworks Pte. Ltd.                  For Tanjong Analytics Pte. Ltd.
_______________________                           _______________________
Daniel Koh, Delivery Director                     Farah Ismail, Head of Data
""",
        expected={
            "number": "AC-2026-014",
            "date": "2026-02-27",
            "total": "29702.50",
            "currency": "SGD",
        },
    ),
]

_UPDS = [
    # A translated status 1 UPD for cloud services at VAT 22%. Its number keeps the
    # Cyrillic letters of the original.
    HoldoutDocument(
        id="y-en-upd-translated-cloud-services",
        document_type="upd",
        language="en",
        text="""\
Translation from Russian
UNIVERSAL TRANSFER DOCUMENT                       Status: 1 (invoice and transfer document)
Invoice No. ОУ-0702 dated 30.06.2026 (1)          Correction No. -- dated -- (1a)
Seller: Oblako-Ural LLC (ООО «Облако-Урал») (2)
Address: 51 Malysheva St., office 1403, Yekaterinburg 620014 (2a)
Seller's INN/KPP: 6648620573/664801001 (2b)
Shipper: -- (3)                                   Consignee: -- (4)
To payment document No. 1622 dated 15.06.2026 (5)
Buyer: Novosibirsk Instrument Plant JSC (АО «Новосибирский приборный завод») (6)
Address: 220 Krasny Prospekt, bldg. 5, Novosibirsk 630049 (6a)
Buyer's INN/KPP: 5401759891/540101001 (6b)
Currency: name, code Russian rouble, 643 (7)

No.| Description                      | Unit  | Qty |      Price | Excl. VAT | VAT |       VAT |  Incl. VAT
1  | Private cloud segment, June 2026 | month |   1 | 168,000.00 | 168,000.00 | 22% | 36,960.00 | 204,960.00
2  | Backup service, 20 TB            | month |   1 |  24,000.00 |  24,000.00 | 22% |  5,280.00 |  29,280.00
3  | Windows Server licences, 40 cores| month |   1 |  20,000.00 |  20,000.00 | 22% |  4,400.00 |  24,400.00
   | Total payable (9)                |       |     |            | 212,000.00 |  X  | 46,640.00 | 258,640.00

Basis of transfer: Service Agreement No. ОУ-2025/104 dated 10.03.2025 (8)
Handed over by: General Director A. V. Pestov, 30.06.2026 (10-11)
Received by: Head of IT M. V. Tikhonova under power of attorney No. 14/26 dated 12.01.2026 (15-16)
Total in words: two hundred fifty-eight thousand six hundred forty roubles 00 kopecks
""",
        expected={
            "number": "ОУ-0702",
            "date": "2026-06-30",
            "total": "258640.00",
            "currency": "RUB",
            "parties.seller.inn": "6648620573",
            "parties.seller.kpp": "664801001",
            "parties.buyer.inn": "5401759891",
            "parties.buyer.kpp": "540101001",
        },
    ),
    # A scan of a translated status 2 UPD from a sole proprietor without VAT.
    HoldoutDocument(
        id="y-en-upd-translated-exclusive-right-scan",
        document_type="upd",
        language="en",
        noisy=True,
        text="""\
Translation from Russian
UNIVERSAL TRANSFER DOCUMENT | Status: 2 (transfer document only)
lnvoice No. 9 dated ll.O3.2O26 (1) | Correction No. -- (1a)
Seller: lndividual Entrepreneur Laptev Andrey Sergeyevich (ИП Лаптев A. C.) (2)
Seller's lNN/KPP: 776613186OO6 / -- (2b)        OGRNlP 32O776281948211
Shipper: -- (3)   | Consignee: -- (4)
Buyer: Data Server Trade LLC (OOO «Дата Сервер Трейд») (6)
Buyer's lNN/KPP: 7799351814/7799O1OO1 (6b)
Currency: Russian rouble, 643 (7)

| No. | Description                                          | Unit | Qty |   Price    |   Cost     | VAT        |
| 1   | Exclusive right to the program "DST Warehouse         | pcs  |  1  | 24O,OOO.OO | 24O,OOO.OO | without VAT|
|     | Connector", source code and documentation            |      |     |            |            |            |
|     | Total payable (9)                                     |      |     |            | 24O,OOO.OO | without VAT|

VAT is not charged: the seller applies the simplified tax system (Art. 346.ll Tax Code).
Basis: Agreement on alienation of exclusive right No. O2/26-lP dated l6.O2.2O26
Right transferred by: A. S. Laptev  ll.O3.2O26     Right accepted by: l. G. Safonov  l2.O3.2O26
Total in words: two hundred forty thousand roubles OO kopecks
""",
        expected={
            "number": "9",
            "date": "2026-03-11",
            "total": "240000.00",
            "currency": "RUB",
            "parties.seller.inn": "776613186006",
            "parties.seller.kpp": None,
            "parties.buyer.inn": "7799351814",
            "parties.buyer.kpp": "779901001",
        },
    ),
]

_PAYMENT_ORDERS = [
    # An application for a USD transfer to an Armenian subcontractor with SWIFT field
    # tags. The value date in 32A and the rouble account for the commission are not
    # labels.
    HoldoutDocument(
        id="y-en-payment-order-usd-transfer-application",
        document_type="payment_order",
        language="en",
        text="""\
To: JSC Nevsky Investbank, St. Petersburg, BIK 044030752
                     APPLICATION FOR TRANSFER No. 47 in foreign currency
Date: 2026-08-03

20   Reference:                          KG-47/2026
32A  Value date / Currency / Amount:     260805 USD 12600,00
     Amount in words:                    twelve thousand six hundred US dollars 00 cents
50K  Ordering customer:                  /40702840672887791378
                                         KODGRAD LLC
                                         INN 7856321223 KPP 785601001
                                         33 ZASTAVSKAYA ST, LIT. ZH, ST. PETERSBURG 196084, RUSSIA
52A  Ordering institution:               NVIBRU2P
57A  Account with institution:           ARDBAM22 (Ardshin Development Bank CJSC, Yerevan)
59   Beneficiary customer:               /1570024838120100
                                         ARARATECH CJSC
                                         41 TIGRAN METS AVE, YEREVAN 0005, ARMENIA
70   Remittance information:             PAYMENT FOR QA SERVICES UNDER SUBCONTRACT AT-SUB/2026-01
                                         INVOICE AT-INV-2026/041 DD 27.07.2026, NO VAT
71A  Details of charges:                 OUR

Commission to be debited from account No. 40702810354058107586 (RUB).
Currency operation code: 20200. Unique contract number: 26030001/0752/0014/4/1
Supporting documents: invoice AT-INV-2026/041 (USD 12,600.00), acceptance report of 27.07.2026.

General Director        ______________ R. A. Shubin
Chief Accountant        ______________ E. P. Krotova

BANK USE: received 03.08.2026 11:24, currency control passed, executed 05.08.2026
""",
        expected={
            "number": "47",
            "date": "2026-08-03",
            "total": "12600.00",
            "currency": "USD",
            "parties.payer.inn": "7856321223",
            "parties.payer.kpp": "785601001",
            "parties.payer.bik": "044030752",
            "parties.payer.account": "40702840672887791378",
        },
    ),
    # A translated rouble payment order paying the translated act "58".
    HoldoutDocument(
        id="y-en-payment-order-translated-rub",
        document_type="payment_order",
        language="en",
        text="""\
Translation from Russian                                                                   0401060
Received by payer's bank 03.07.2026            Debited from payer's account 03.07.2026

PAYMENT ORDER No. 736                 03.07.2026              electronic
                                      Date                    Type of payment
Amount in words: three hundred seventy-two thousand one hundred roubles 00 kopecks

Payer's INN 7801092817          Payer's KPP 780101001          Amount  372100-00
Payer: Baltic Retail Network LLC                               Acc. No. 40702810047031602852
Payer's bank: JSC Nevsky Investbank, St. Petersburg            BIK      044030752
                                                               Acc. No. 30101810100000000752
Payee's bank: Kazan branch, JSC Volgaprombank, Kazan           BIK      049205631
                                                               Acc. No. 30101810300000000631
Payee's INN 1651676129          Payee's KPP 165101001          Acc. No. 40702810017100898972
Payee: Kazan Digital Systems LLC
                                                               Op. type 01    Priority 5

Purpose of payment: Payment under Act No. 58 dated 30.06.2026 for IT support in June 2026,
Service Agreement No. КЦС-СП/2025-14 dated 15.01.2025. Amount 372100-00 incl. VAT 22% 67100-00

Signatures: ______________ O. V. Sokolova     ______________ I. N. Belova        Bank marks: EXECUTED
""",
        expected={
            "number": "736",
            "date": "2026-07-03",
            "total": "372100.00",
            "currency": "RUB",
            "parties.payer.inn": "7801092817",
            "parties.payer.kpp": "780101001",
            "parties.payer.bik": "044030752",
            "parties.payer.account": "40702810047031602852",
            "parties.payee.inn": "1651676129",
            "parties.payee.kpp": "165101001",
            "parties.payee.bik": "049205631",
            "parties.payee.account": "40702810017100898972",
        },
    ),
]

_OTHER_TYPES = [
    # The development agreement behind the acceptance certificate "3". Its total is
    # the contract price, not a milestone. The details of both parties stand side by
    # side.
    HoldoutDocument(
        id="y-en-contract-software-development",
        document_type="contract",
        language="en",
        text="""\
                      SOFTWARE DEVELOPMENT AGREEMENT No. KG-AT/2026-02

St. Petersburg                                                                        March 2, 2026

KodGrad LLC, a company incorporated in the Russian Federation (the "Contractor"), represented by its
General Director Roman A. Shubin, and Araratech CJSC, a company incorporated in the Republic of
Armenia (the "Customer"), represented by its CEO Armen Hovhannisyan, agree as follows.

1. SUBJECT
1.1. The Contractor shall develop a fleet telematics mobile application and its back-end services
(the "Software") under the specification in Appendix 1 and transfer the exclusive right to it.

2. PRICE AND PAYMENT
2.1. The total price of this Agreement is USD 115,200.00 (one hundred fifteen thousand two hundred
US dollars), including the fee for the exclusive right. Russian VAT is not charged (Article 148
of the Tax Code of the Russian Federation).
2.2. The price is paid in three equal instalments of USD 38,400.00 within 10 business days after
each milestone is accepted by a Certificate of Acceptance.
2.3. Change requests are charged at USD 55.00 per hour and are not included in the price in 2.1.

3. TERM
3.1. Milestones: 1 - by 15.04.2026; 2 - by 29.05.2026; 3 - by 17.07.2026.
3.2. The Agreement is valid until the parties have performed their obligations in full.

4. GOVERNING LAW
4.1. Disputes are settled by arbitration at the ICAC at the Chamber of Commerce and Industry
of the Russian Federation, Moscow, under Russian law.

5. DETAILS AND SIGNATURES OF THE PARTIES
CONTRACTOR                                        CUSTOMER
KodGrad LLC (ООО «КодГрад»)                       Araratech CJSC
33 Zastavskaya St., lit. Zh, premises 4-N,        41 Tigran Mets Avenue, Yerevan 0005,
St. Petersburg 196084, Russia                     Republic of Armenia
INN 7856321223, KPP 785601001                     TIN 00891457
OGRN 1197852890784                                Account 1570024838120100
Account (USD) 40702840672887791378                Ardshin Development Bank CJSC, Yerevan
JSC Nevsky Investbank, St. Petersburg             SWIFT ARDBAM22
BIK 044030752, corr. acc. 30101810100000000752
SWIFT NVIBRU2P

General Director                                  Chief Executive Officer
_______________ R. A. Shubin                      _______________ A. Hovhannisyan
""",
        expected={
            "number": "KG-AT/2026-02",
            "date": "2026-03-02",
            "total": "115200.00",
            "currency": "USD",
            "parties.seller.inn": "7856321223",
            "parties.seller.kpp": "785601001",
            "parties.seller.bik": "044030752",
            "parties.seller.account": "40702840672887791378",
        },
    ),
    # The SaaS vendor's notice of a price change names dollar prices.
    HoldoutDocument(
        id="y-en-letter-saas-price-change",
        document_type="letter",
        language="en",
        text="""\
Brightwater Cloud, Inc.
600 Congress Avenue, Suite 1450, Austin, TX 78701

October 1, 2026
Ref.: BWC/CS/2026-0419
Your account: CUST-004417

Halvorsen Logistics LLC
Attn: Erik Halvorsen, Chief Operating Officer
1201 Western Avenue, Floor 9
Seattle, WA 98101

Subject: Changes to Growth plan pricing from January 1, 2027

Dear Mr. Halvorsen,

Thank you for using Brightwater Cloud since March 2024. We are writing to let you know about
changes to the Growth plan that take effect at your first renewal on or after January 1, 2027.

- The price per user seat rises from $49.00 to $54.00 per month.
- Storage included in the plan rises from 250 GB to 500 GB, so your current add-on of 500 GB
  will fall to 250 GB and cost $30.00 per month instead of $60.00.
- API calls included in the plan rise from 2 million to 3 million per month.

For your 25 seats, your estimated monthly subscription will be $1,350.00 before tax, compared with
$1,225.00 today. If you move to annual billing before December 15, 2026, we will keep today's
seat price for 12 months, an annual commitment of $14,700.00 before tax.

No action is needed to stay on your plan. Your invoices will continue to show Washington sales tax.
If you have questions, your account manager Dana Whitfield (dana.w@brightwater-cloud.example) will
be glad to help.

Sincerely,

Marcus Bell
Vice President, Customer Success
""",
        expected={
            "number": "BWC/CS/2026-0419",
            "date": "2026-10-01",
            "total": None,
            "currency": "USD",
        },
    ),
    # A statement of the developer's USD account, printed in English by its Russian
    # bank. The sale of dollars to the holder's own rouble account is a counterparty
    # line.
    HoldoutDocument(
        id="y-en-bank-statement-usd-developer",
        document_type="bank_statement",
        language="en",
        text="""\
JSC Nevsky Investbank                                               Printed: 29.07.2026 10:02
BIK 044030752 | corr. acc. 30101810100000000752 | SWIFT NVIBRU2P

                         ACCOUNT STATEMENT No. 64
                              for 28 July 2026

Account holder: KodGrad LLC (ООО «КодГрад»), INN 7856321223, KPP 785601001
Account:        40702840672887791378
Currency:       USD (US dollar)
Previous statement: No. 63 for 21 July 2026

Opening balance                                                                     16,218.40

Date       Doc.  Counterparty / purpose                                       Debit         Credit
28.07.26   118   ARARATECH CJSC, Yerevan, acc. 1570024838120100                            38,400.00
                 ARDBAM22. Payment for milestone 3, agreement KG-AT/2026-02
28.07.26   52    KodGrad LLC, acc. 40702810354058107586, BIK 044030752     20,000.00
                 Sale of USD at the bank rate 84.1250, order No. 52
28.07.26   --    Bank commission for currency control, tariff 4.12            45.00

Turnover                                                                   20,045.00     38,400.00
Closing balance                                                                         34,573.40

Number of transactions: 3
The statement is signed with the bank's electronic signature.
""",
        expected={
            "number": "64",
            "date": "2026-07-28",
            "currency": "USD",
            "parties.account_holder.inn": "7856321223",
            "parties.account_holder.kpp": "785601001",
            "parties.account_holder.bik": "044030752",
            "parties.account_holder.account": "40702840672887791378",
        },
    ),
    # A power of attorney for signing with foreign customers, limited in dollars.
    HoldoutDocument(
        id="y-en-power-of-attorney-foreign-contracts",
        document_type="power_of_attorney",
        language="en",
        text="""\
                              POWER OF ATTORNEY No. 22/2026

St. Petersburg, Russian Federation                                             February 20, 2026

KodGrad LLC (ООО «КодГрад»), INN 7856321223, KPP 785601001, OGRN 1197852890784, registered at
33 Zastavskaya St., lit. Zh, premises 4-N, St. Petersburg 196084 (the "Company"), represented by
its General Director Roman Alexandrovich Shubin, acting under the Charter, hereby authorises

Ilya Sergeyevich Romanov, born 11 April 1988, INN 782459571179, Russian passport 40 18 552904
issued on 02.05.2018, Head of International Sales of the Company,

to act on behalf of the Company in its relations with foreign customers, namely:
1. to negotiate and sign software development, licence and support agreements, their appendices
   and change requests, provided that the price of each agreement does not exceed
   USD 150,000.00 (one hundred fifty thousand US dollars) or its equivalent in another currency;
2. to sign certificates of acceptance, statements of work and reconciliation statements;
3. to send and receive correspondence, invoices and notices.

This Power of Attorney is issued without the right of substitution and is valid until
December 31, 2026.

Specimen signature of I. S. Romanov: ______________

General Director  ______________ R. A. Shubin
Seal
""",
        expected={
            "number": "22/2026",
            "date": "2026-02-20",
            "total": None,
            "currency": "USD",
            "parties.principal.inn": "7856321223",
            "parties.principal.kpp": "785601001",
            "parties.attorney.inn": "782459571179",
        },
    ),
    # A Swiss supplier's statement of account lists invoices and a payment, and its
    # balance is not a document value.
    HoldoutDocument(
        id="y-en-other-statement-of-account-chf",
        document_type="other",
        language="en",
        text="""\
Aarwerk Informatik AG | Schwarztorstrasse 31, 3007 Bern | UID CHE-562.241.549 MWST

                                                          Seeland Logistik GmbH
                                                          Accounts Payable
                                                          Industriering 14, 2555 Brügg BE

STATEMENT OF ACCOUNT
Statement no.     SOA-2026-0412
Date              31.12.2026
Customer no.      20417
Period            01.11.2026 - 31.12.2026

Date          Document              Due date          Debit CHF       Credit CHF      Balance CHF
01.11.2026    Balance brought forward                                                       0.00
06.11.2026    Invoice RE-2026-1118  06.12.2026         1'362.50                         1'362.50
30.11.2026    Payment, thank you                                       1'362.50             0.00
05.12.2026    Invoice RE-2026-1207  04.01.2027         4'756.40                         4'756.40
18.12.2026    Invoice RE-2026-1244  17.01.2027         1'362.50                         6'118.90

                                               Balance due as at 31.12.2026       CHF 6'118.90
Not yet due: CHF 6'118.90      Overdue 1-30 days: CHF 0.00      Overdue > 30 days: CHF 0.00

Please check this statement against your records and report any differences within 14 days.
Payments made after 31.12.2026 are not shown.
""",
        expected={
            "number": "SOA-2026-0412",
            "date": "2026-12-31",
            "total": None,
            "currency": "CHF",
        },
    ),
    # A cloud quotation prints an estimated monthly total but requests no payment.
    HoldoutDocument(
        id="y-en-other-cloud-quotation-sgd",
        document_type="other",
        language="en",
        text="""\
MERLION CLOUDWORKS PTE. LTD.                                                          QUOTATION
UEN 201834567K | 71 Robinson Road, #14-02, Singapore 068895 | sales@merlion-cloudworks.example

Quotation No.:   Q-2026-0318                 Prepared for:   Tanjong Analytics Pte. Ltd.
Date:            18-Mar-2026                 Attention:      Farah Ismail, Head of Data
Valid until:     17-Apr-2026                 Reference:      Data platform Phase 2

Item  Service                                             Qty     Unit          Monthly (S$)
1     Managed Kubernetes cluster, 5 nodes                   1     cluster           4,100.00
2     Object storage                                       20     TB-month            560.00
3     Internet egress                                   3,000     GB                  330.00
4     Support plan - Gold (discounted)                      1     plan                130.00

      Estimated monthly total before GST                                            5,120.00
      GST @ 9%                                                                        460.80
      Estimated monthly total including GST                                         5,580.80

One-time Phase 2 implementation fee (fixed price): S$41,000.00 before GST.
Usage-based items are estimates; actual charges follow metered usage. Prices in Singapore dollars (SGD).
This quotation is not a tax invoice. To accept, sign and return it before the validity date.

Prepared by: Daniel Koh                               Accepted by: ____________________
""",
        expected={
            "number": "Q-2026-0318",
            "date": "2026-03-18",
            "total": None,
            "currency": "SGD",
        },
    ),
    # A scanned delivery note for laptops. It prints no money.
    HoldoutDocument(
        id="y-en-waybill-delivery-note-scan",
        document_type="waybill",
        language="en",
        noisy=True,
        text="""\
PENNlNE HARDWARE DlSTRlBUTlON LTD
Unit l2, Calder Park, Wakefield WF2 7AX | VAT Reg. No. GB O2l 5736 O3

DELlVERY NOTE                                Delivery Note No: DN-55812O
                                             Date: O3-Nov-2O26
                                             Customer Order: FR-PO-2O26-3318
Deliver to:                                  lnvoice to:
Harrowgate Dental Group Ltd                  Fenwick & Rowe lT Services Ltd
c/o Fenwick & Rowe lT Services               Unit 4, Aire Street Works
14 Station Parade, Harrogate HGl lUF         Leeds LSl 4PR

| Line | Product code   | Description                                  | Ordered | Delivered | B/O |
| l    | NB-L14-G6-512  | Laptop l4", i5, l6 GB RAM, 5l2 GB SSD        |   l2    |    l2     |  O  |
| 2    | DK-USBC-9O     | USB-C docking station 9O W                   |   l2    |    lO     |  2  |
| 3    | MN-24-FHD      | Monitor 24" FHD, height adjustable           |   l2    |    l2     |  O  |

Total packages: 6      Gross weight: 58.4 kg      Carrier: Northway Parcels, consignment NW48l2273
Serial numbers listed on page 2. Back-ordered items will follow on a separate delivery note.

Received in good condition: ______________   Name: A. Patel   Date: O4/ll/2O26
""",
        expected={
            "number": "DN-558120",
            "date": "2026-11-03",
            "currency": None,
        },
    ),
    # A scanned packing list of servers shipped from Taiwan to a Russian distributor.
    HoldoutDocument(
        id="y-en-packing-list-servers-scan",
        document_type="packing_list",
        language="en",
        noisy=True,
        text="""\
FORMOSA RACK SYSTEMS CO., LTD.
No. 8l, Gaotie 2nd Rd., Luzhu Dist., Taoyuan City 338, Taiwan

                          PACKlNG LlST
No.: FRS-PL-26O412                     Date: 2O26-O4-l2
lnvoice No.: FRS-Cl-26O412             Contract: DST-FRS/2O26-O3

Shipper: Formosa Rack Systems Co., Ltd., Taoyuan, Taiwan
Consignee: Data Server Trade LLC (OOO «Дата Сервер Трейд»)
           47 Leningradsky Prospekt, bldg. 3, Moscow l25l67, Russia
           lNN 7799351814, KPP 7799O1OO1
Port of loading: Taoyuan Airport (TPE)    Destination: Moscow (SVO)    AWB 695-4827 3316

| C/No. | Description                         | Qty | Net kg | Gross kg | Dimensions, cm  |
| 1-8   | Rack server 2U, 2 CPU, model FR-22OO | 8   | 224.O  | 268.O    | 92 x 6O x 32    |
| 9-1O  | Storage shelf 24 bay, model FS-24N   | 2   |  66.O  |  79.4    | 8O x 6O x 3O    |
| 11    | Rail kits and power cords           | 1O  |  l8.6  |  22.2    | 6O x 4O x 3O    |

TOTAL: 11 cartons                                 3O8.6 kg     369.6 kg
Marks: DST / MOSCOW / C/No. 1-11
Country of origin: Taiwan

Authorised signature: ____________  Chen Wei-Lun, Export Manager
""",
        expected={
            "number": "FRS-PL-260412",
            "date": "2026-04-12",
            "total": None,
            "currency": None,
            "parties.consignee.inn": "7799351814",
            "parties.consignee.kpp": "779901001",
        },
    ),
    # A packing list of network gear that cites the invoice value in Australian
    # dollars.
    HoldoutDocument(
        id="y-en-packing-list-network-gear",
        document_type="packing_list",
        language="en",
        text="""\
STRAITS NETCOM PTE LTD
8 Changi Business Park Ave 1, #05-51, Singapore 486018 | UEN 200914826M

PACKING LIST                                           No.   PL-SN-26-0508
                                                       Date  8 May 2026
Sold to / Ship to:
Southerly Systems Pty Ltd, c/o NextDC M2 data centre, 826 Lorimer Street, Port Melbourne VIC 3207
Commercial invoice: SN-CI-26-0508, invoice value AUD 46,220.00 (FOB Singapore)
Mode: Air freight, AWB 618-2294 7730, flight SQ 237 on 9 May 2026

Carton  Part number          Description                                  Qty   Net (kg)   Gross (kg)
1       C9300-48-CLR         Access switch 48-port PoE+                     2      15.80       19.40
2       C9300-48-CLR         Access switch 48-port PoE+                     2      15.80       19.40
3       N9K-32X-CLR          Spine switch 32 x 100G                         1      11.20       15.60
4       SFP-10G-LR-C         10G LR transceivers                           40       1.20        2.90
        PWR-C1-715           Power supplies 715 W (same carton)              4       4.80
5       CAB-DAC-3M           Direct attach cables 3 m                      24       6.50        8.10

Total: 5 cartons                                                                   55.30       65.40
Country of origin: Malaysia (items 1-3), China (items 4-5)
Handling: fragile electronics, keep dry, do not stack more than 3 high.

Packed by: L. Nair                                   Checked by: R. Goh
""",
        expected={
            "number": "PL-SN-26-0508",
            "date": "2026-05-08",
            "total": None,
            "currency": "AUD",
        },
    ),
    # A subscription receipt numbered apart from the invoice it pays.
    HoldoutDocument(
        id="y-en-receipt-saas-subscription",
        document_type="receipt",
        language="en",
        text="""\
Quillstack

Receipt from Quillstack Software, Inc.
Receipt #2291-4471

AMOUNT PAID            DATE PAID                  PAYMENT METHOD
$1,254.24              September 14, 2026         Visa - 4417

Invoice number:   QS-8F3A21C4-0007
Billed to:        Lindqvist Design Studio, 88 Bogart Street, Brooklyn, NY 11206

SUMMARY
Quillstack Team (annual)
Sep 14, 2026 - Sep 13, 2027
Qty 8 seats x $144.00                                                         $1,152.00
Subtotal                                                                      $1,152.00
Sales tax - New York (8.875%)                                                   $102.24
Total                                                                         $1,254.24
Amount paid                                                                   $1,254.24

Your next renewal on September 14, 2027 is estimated at $1,254.24 for 8 seats.
Questions? Visit help.quillstack.example or reply to this email.

Quillstack Software, Inc., 77 Sands Street, Brooklyn, NY 11201
You are receiving this email because you made a purchase at Quillstack.
""",
        expected={
            "number": "2291-4471",
            "date": "2026-09-14",
            "total": "1254.24",
            "currency": "USD",
        },
    ),
    # A phone photo of a Singapore shop receipt. Its "12/05/2026" is day-first, as the
    # exchange deadline "26/05/2026" shows.
    HoldoutDocument(
        id="y-en-receipt-electronics-photo",
        document_type="receipt",
        language="en",
        noisy=True,
        text="""\
      BENCOOLEN DlGlTAL PTE LTD
   l Rochor Canal Rd, #O3-4l Sim Lim Sq
        Singapore l88504
   GST Reg No: 2Ol6O8812E

TAX lNVOlCE / RECElPT
Receipt No: O4l8-2276l
Date: l2/O5/2O26  l4:22     Cashier: MEl
--------------------------------------
2 x SSD NVMe 2TB        @239.OO   478.OO
l x Mech keyboard TKL             l89.OO
l x USB-C dock l2-in-l            l59.9O
--------------------------------------
TOTAL                    S$  826.9O
GST 9% incl.             S$   68.28
VlSA ************4417    S$  826.9O
CHANGE                   S$    O.OO
--------------------------------------
Exchange within l4 days with receipt
(until 26/O5/2O26). No refund for
opened software.
     THANK YOU! PLEASE COME AGAIN
""",
        expected={
            "number": "0418-22761",
            "date": "2026-05-12",
            "total": "826.90",
            "currency": "SGD",
        },
    ),
    # A scan of a Canadian passport's data page. The machine-readable zone reads
    # cleanly and repeats the number with a check digit.
    HoldoutDocument(
        id="y-en-passport-canada-scan",
        document_type="passport",
        language="en",
        noisy=True,
        text="""\
CANADA
PASSPORT / PASSEPORT
Type/Type    lssuing Country/Pays émetteur    Passport No./N° de passeport
P            CAN                              HK4829l6
Surname/Nom
MACLEOD
Given names/Prénoms
DUNCAN ROBERT
Nationality/Nationalité
CANADlAN/CANADlENNE
Date of birth/Date de naissance       Sex/Sexe    Place of birth/Lieu de naissance
23 SEP /SEPT 79                       M           HALlFAX NS CAN
Date of issue/Date de délivrance      Authority/Autorité
l4 JUN /JUIN 25                       GATlNEAU
Date of expiry/Date d'expiration
l4 JUN /JUlN 35
P<CANMACLEOD<<DUNCAN<ROBERT<<<<<<<<<<<<<<<<<
HK482916<9CAN7909238M3506145<<<<<<<<<<<<<<<4
""",
        expected={
            "number": "HK482916",
            "date": "2025-06-14",
            "total": None,
            "currency": None,
        },
    ),
    # A Singapore passport's data page.
    HoldoutDocument(
        id="y-en-passport-singapore",
        document_type="passport",
        language="en",
        text="""\
REPUBLIC OF SINGAPORE
PASSPORT

Type          Country code          Passport No.
P             SGP                   K4829163Q

Surname
TAN
Given name
MEI LING
Nationality
SINGAPORE CITIZEN
Date of birth                        Sex
17 MAR 1988                          F
Place of birth
SINGAPORE
Date of issue                        Date of expiry
05 DEC 2025                          04 DEC 2030
Authority
IMMIGRATION & CHECKPOINTS AUTHORITY

P<SGPTAN<<MEI<LING<<<<<<<<<<<<<<<<<<<<<<<<<<
K4829163Q9SGP8803171F3012040<<<<<<<<<<<<<<<6
""",
        expected={
            "number": "K4829163Q",
            "date": "2025-12-05",
            "total": None,
            "currency": None,
        },
    ),
]

ENGLISH_DOCUMENTS_Y = [
    *_INVOICES,
    *_ACTS,
    *_UPDS,
    *_PAYMENT_ORDERS,
    *_OTHER_TYPES,
]
