"""English documents of set AL. `bench.holdout_al` describes the set and its labels."""

# Document texts reproduce printed lines up to 110 characters wide.
# ruff: noqa: E501

from .holdout import HoldoutDocument

_INVOICES = [
    # A Cypriot SaaS vendor's monthly invoice in USD: seats for April, API calls above the
    # plan limit for March and a service credit. The Russian customer prints its INN and KPP and
    # is labelled as buyer; the vendor has no labels. The account and subscription ids and the
    # incident number are not the invoice number.
    HoldoutDocument(
        id="al-en-invoice-saas-subscription-usd",
        document_type="invoice",
        language="en",
        text="""\
HELIOFORM LTD
28 Archiepiskopou Makariou III Avenue, Office 402, 3030 Limassol, Cyprus
Company No. HE 412873 | VAT No. CY10384726X | billing@helioform.example

INVOICE
Invoice number:   HF-INV-26-04-0873
Invoice date:     April 1, 2026
Due date:         April 15, 2026
Account ID:       ACC-77120
Subscription:     sub-9KQ2M7TX41

Bill to:
PixelBot LLC (OOO "PikselBot")
39 Leningradsky Prospekt, bldg 80, office 1204, Moscow 125167, Russian Federation
Tax ID (INN): 7752860492    KPP: 771401001
Attn: Maxim Orlov, maxim.orlov@pixelbot.example

| Description                                  | Period                | Qty     | Unit price  | Amount   |
| Helioform Team plan, per seat                | Apr 1 - Apr 30, 2026  | 25      | $36.00      | $900.00  |
| API calls above plan limit (1,000,000/month) | Mar 1 - Mar 31, 2026  | 275,000 | $0.0015     | $412.50  |
| Service credit, SLA incident INC-3318        | Mar 12, 2026          | 1       | -$90.00     | -$90.00  |

                                                                 Subtotal:            $1,222.50
                                                                 VAT (0%):                $0.00
                                                                 Total due:      USD 1,222.50

VAT is not charged: the customer is established outside the EU and the place of supply of these
services is outside the Republic of Cyprus.

Payment terms: net 14 days, in USD, by bank transfer. Please quote the invoice number.
Bank: Marina Commerce Bank Ltd, Limassol, SWIFT/BIC MRBNCY2N
IBAN: CY60002001280000001204837215

Your subscription renews automatically on May 1, 2026. Seats added during the month are billed
pro rata on the next invoice.
""",
        expected={
            "number": "HF-INV-26-04-0873",
            "date": "2026-04-01",
            "total": "1222.50",
            "currency": "USD",
            "parties.buyer.inn": "7752860492",
            "parties.buyer.kpp": "771401001",
        },
    ),
    # A Serbian development studio's invoice in euros for the second milestone of an app.
    # The seller prints its PIB and a Serbian IBAN, which are not labelled. The agreement value,
    # the first milestone paid and the last one to come are not the total.
    HoldoutDocument(
        id="al-en-invoice-serbian-dev-shop-eur",
        document_type="invoice",
        language="en",
        text="""\
KODNIK STUDIO d.o.o.
Bulevar oslobodjenja 46, 21000 Novi Sad, Republic of Serbia
PIB (Tax ID): 112847363 | Reg. No. (MB): 21748365 | office@kodnik.example

INVOICE No. KS-2026-031
Date of invoice: 16 March 2026
Date of service: 13 March 2026 (acceptance of Milestone 2)
Payment due:     30 March 2026

Customer:
Verstak Soft LLC
Office 512, 6 Spartakovskaya Street, Kazan 420107, Russian Federation
INN 1622265131, KPP 165501001

Reference: Software Development Agreement No. KS-VS/2025-08 dated 3 November 2025
           (agreement value EUR 55,200.00), Certificate of Acceptance No. KS-ACC-02

| Item | Description                                                     | Amount, EUR |
| 1    | Milestone 2: mobile app "Verstak CRM" for iOS and Android,      |   18,400.00 |
|      | beta release 2.0.0, push notifications, offline mode            |             |

Subtotal:                                                                    EUR 18,400.00
VAT:                                                                                  0.00
TOTAL DUE:                                                                   EUR 18,400.00

No Serbian VAT is charged: the place of supply of the services is outside the Republic of Serbia.
Milestone 1 (EUR 16,800.00, invoice KS-2025-118) was paid on 12 December 2025. Milestone 3
(EUR 20,000.00) will be invoiced after the production release.

Please pay in EUR, charges OUR, quoting the invoice number:
Beneficiary: KODNIK STUDIO D.O.O.
Bank: Banka Dunav Novi Sad a.d., SWIFT DNVSRS22
IBAN: RS14160005012000417381

Milan Petrovic, Director
""",
        expected={
            "number": "KS-2026-031",
            "date": "2026-03-16",
            "total": "18400.00",
            "currency": "EUR",
            "parties.buyer.inn": "1622265131",
            "parties.buyer.kpp": "165501001",
        },
    ),
    # A scan of an Indian outsourcer's export invoice with its GSTIN, a zero IGST under a
    # letter of undertaking and a SAC code. The instalment, the fixed fee of the statement of
    # work and the LUT reference are not labels, and a stamp ran into the signature line.
    HoldoutDocument(
        id="al-en-invoice-indian-qa-gst-scan",
        document_type="invoice",
        language="en",
        text="""\
KAVERI SOFТWORKS РRIVAТE LIMITED
No. 14, 3rd Cross, Koramangala 5th Block, Bengaluru 560095, Karnatаka, India
GSTIN: 29AАHCK4821M1Z3   PАN: AAHCK482lM   CIN: U7290OKA20l6РTC0934l8
TAX INVOICE (EXРORT OF SERVIСES)
Invоice No.: KSPL/EXP/25-26/0418        Invoice Date: 31-Mar-2026
Place of supрlу: Outside Indiа (96)    LUT ARN: AD2903250l8842K dated 27-Mar-2025
Bill to: LLC "IT Smena", 10A Ulyanova St, Nizhnу Novgorod 603005, Russia
         INN 5255869727  KPP 526001O01
SOW: KS-SOW-04 dаted 12 January 2026 (fixed fee USD 29,580.0O) under MSA No. MSA-2025/11
|Sl|Description|SAC|Qty|Rate USD|Amount USD|
|1|QA and test automation, March 2026 (instalment 3 of 3)|998314|1|9,860.O0|9,860.00|
|2|Additional hours, change request CR-07|998314|22 hrs|28.00|616.O0|
Taxable value                                   USD 10,476.O0
IGST @ 0% (export under LUT without paуment of IGST)   0.00
INVOICE TOTAL                                   USD 1O,476.00
Amount in words: US Dollars Ten Thousand Four Hundred Seventy Six Only
Bank: Cauvery Commercial Bank Ltd, Koramangala branсh, A/c 5020O04l827364, SWIFT CCBLINBB
For KAVERI SOFTWORKS PRIVАTЕ LIMIТED  * BЕNGALURU * Authorised Signatory
""",
        expected={
            "number": "KSPL/EXP/25-26/0418",
            "date": "2026-03-31",
            "total": "10476.00",
            "currency": "USD",
            "parties.buyer.inn": "5255869727",
            "parties.buyer.kpp": "526001001",
        },
        noisy=True,
    ),
]

_ACTS = [
    # The certificate of acceptance of the app's second milestone. Its total is the value
    # of the milestone, not the agreement value, the sum paid or the rest. The Russian customer
    # is the buyer, and the Serbian contractor has no labels.
    HoldoutDocument(
        id="al-en-act-milestone-acceptance",
        document_type="act",
        language="en",
        text="""\
                         CERTIFICATE OF ACCEPTANCE No. KS-ACC-02
                 Milestone 2 under Software Development Agreement No. KS-VS/2025-08
                                  dated 3 November 2025

Kazan / Novi Sad                                                               13 March 2026

Contractor: Kodnik Studio d.o.o., PIB 112847363, Bulevar oslobodjenja 46, 21000 Novi Sad, Serbia
Customer:   Verstak Soft LLC, INN 1622265131, KPP 165501001, OGRN 1141625261898,
            6 Spartakovskaya Street, office 512, Kazan 420107, Russian Federation

1. The Contractor has delivered and the Customer has accepted Milestone 2 of the Agreement:
   - mobile app "Verstak CRM" 2.0.0-beta for iOS and Android (builds of 11 March 2026);
   - source code in the Customer's repository, tag v2.0.0-beta;
   - test report TR-0311 with 412 passed test cases and no open critical defects.
2. Acceptance testing took place from 9 to 12 March 2026 on the Customer's test stand.
3. The value of the accepted Milestone 2 is EUR 18,400.00 (eighteen thousand four hundred euros).
   No VAT is charged.
4. Agreement value: EUR 55,200.00. Paid to date: EUR 16,800.00 (Milestone 1).
   Remaining after this certificate: EUR 20,000.00 (Milestone 3, production release).
5. The Contractor invoices Milestone 2 after this certificate; the Customer pays within 15 days.
6. The Customer has no claims as to the scope, quality or timing of Milestone 2.

For the Contractor                                 For the Customer
Milan Petrovic, Director                           Rustam F. Garipov, General Director
____________________                               ____________________
""",
        expected={
            "number": "KS-ACC-02",
            "date": "2026-03-13",
            "total": "18400.00",
            "currency": "EUR",
            "parties.buyer.inn": "1622265131",
            "parties.buyer.kpp": "165501001",
        },
    ),
]

_UPDS = [
    # A translated UPD of eight imported servers. The data centre branch is the
    # consignee with the buyer's INN and its own KPP. Serial numbers, the customs declaration and
    # the advance payment are not labels, and the translation's date is not the UPD's.
    HoldoutDocument(
        id="al-en-upd-translation-servers",
        document_type="upd",
        language="en",
        text="""\
TRANSLATION FROM RUSSIAN

UNIVERSAL TRANSFER DOCUMENT (UPD)                                                   Status: 1
Invoice No. SL-0419 dated 03.04.2026                                                       (1)
Seller: ServerLine LLC                                                                     (2)
Address: 17B Butlerova Street, Moscow 117342                                              (2a)
Seller's INN/KPP: 7718138294/772801001                                                    (2b)
Shipper and address: the same                                                              (3)
Consignee and address: Oblachnaya Gavan JSC, Kashira Data Centre branch, INN 7768896159,
KPP 501945001, 12 Energetikov Street, Kashira, Moscow Region 142903                        (4)
To payment document No. 1184 dated 10.03.2026                                              (5)
Buyer: Oblachnaya Gavan JSC                                                                (6)
Address: 57 Dubininskaya Street, bldg 2, Moscow 115054                                    (6a)
Buyer's INN/KPP: 7768896159/770501001                                                     (6b)
Currency: Russian rouble, 643                                                              (7)

| No.| Goods                        |Unit| Qty | Price, RUB   | Excl. VAT    | VAT 22%      | Total         |
| 1  | Rack server FRW R2480, 2U,   | pcs|   8 | 1,186,400.00 | 9,491,200.00 | 2,088,064.00 | 11,579,264.00 |
|    | 2 x 32-core CPU, 512 GB RAM, |    |     |              |              |              |               |
|    | 8 x 3.84 TB NVMe             |    |     |              |              |              |               |
|    | Total payable (9)            |    |     |              | 9,491,200.00 | 2,088,064.00 | 11,579,264.00 |

Country of origin: Taiwan. Customs declaration No. 10005030/240326/5018472.
Serial numbers: FRW24S0318001 to FRW24S0318008.
Basis: Supply Contract No. SL-26/112 dated 02.03.2026. Advance paid: RUB 3,473,779.20 (30%).
Goods handed over: warehouse manager Kuznetsov D. A., 03.04.2026
Goods received: chief engineer of the data centre Smirnova T. V., 03.04.2026

I, Anna V. Beletskaya, translator, certify that this is a true and complete translation of the
original document in Russian. Moscow, April 6, 2026. Registry No. 2026-T-0877.
""",
        expected={
            "number": "SL-0419",
            "date": "2026-04-03",
            "total": "11579264.00",
            "currency": "RUB",
            "parties.seller.inn": "7718138294",
            "parties.seller.kpp": "772801001",
            "parties.buyer.inn": "7768896159",
            "parties.buyer.kpp": "770501001",
            "parties.consignee.inn": "7768896159",
            "parties.consignee.kpp": "501945001",
        },
    ),
]

_PAYMENT_ORDERS = [
    # A print of the MT103 that pays the Serbian invoice from the developer's euro
    # account. It is numbered by field 20 and dated by the value date of field 32A. The
    # beneficiary's IBAN is not labelled.
    HoldoutDocument(
        id="al-en-payment-order-mt103-dev-shop",
        document_type="payment_order",
        language="en",
        text="""\
AO "BANK VOLZHSKAYA SLOBODA", KAZAN          BIK 049205417          SWIFT VLSLRU2K
OUTGOING SWIFT MESSAGE (MT103)               Printed: 25.03.2026 09:10

Sender:    VLSLRU2KXXX
Receiver:  DNVSRS22XXX
:20:  Sender's reference            VS260324-01
:23B: Bank operation code           CRED
:32A: Value date/Currency/Amount    260324EUR18400,00
:33B: Instructed amount             EUR18400,00
:50K: Ordering customer             /40702978548026047054
                                    VERSTAK SOFT LLC
                                    INN 1622265131 KPP 165501001
                                    6 SPARTAKOVSKAYA STR OFFICE 512
                                    KAZAN 420107 RUSSIA
:52A: Ordering institution          VLSLRU2K
:57A: Account with institution      DNVSRS22
:59:  Beneficiary customer          /RS14160005012000417381
                                    KODNIK STUDIO D.O.O.
                                    BULEVAR OSLOBODJENJA 46
                                    21000 NOVI SAD SERBIA
:70:  Remittance information        INV KS-2026-031 DD 16.03.2026
                                    MILESTONE 2 AGREEMENT KS-VS/2025-08
:71A: Details of charges            OUR

Value date: 24.03.2026        Amount: EUR 18,400.00
Bank charges (OUR): RUB 2,150.00 debited from account 40702810595827192442
Status: SENT, ACK received
""",
        expected={
            "number": "VS260324-01",
            "date": "2026-03-24",
            "total": "18400.00",
            "currency": "EUR",
            "parties.payer.inn": "1622265131",
            "parties.payer.kpp": "165501001",
            "parties.payer.bik": "049205417",
            "parties.payer.account": "40702978548026047054",
        },
    ),
]

_CONTRACTS = [
    # A licence and distribution agreement in USD. The Russian licensor is the seller
    # with the dollar account printed for payment, and the Armenian licensee has no labels. The
    # price of one licence, the maintenance fee and the advance are not the total.
    HoldoutDocument(
        id="al-en-contract-software-licence",
        document_type="contract",
        language="en",
        text="""\
              SOFTWARE LICENCE AND DISTRIBUTION AGREEMENT No. LA-VS-2026/07

Kazan, Russian Federation                                                    20 February 2026

Verstak Soft LLC, INN 1622265131, KPP 165501001, OGRN 1141625261898, represented by its General
Director Rustam F. Garipov (the "Licensor"), and Arminno Soft LLC, a company registered in the
Republic of Armenia, TIN 02634718, represented by its Director Gohar Sargsyan (the "Licensee"),
agree as follows.

1. Licence
1.1. The Licensor grants the Licensee a non-exclusive right to use the program "Verstak CRM",
edition Team (Russian software register entry No. 18427), and to grant sublicences to end users in
the Republic of Armenia, for 200 workplaces.
1.2. Term of the licences: from 1 March 2026 to 28 February 2027. The Licensor delivers the keys
VRST-AM-0001 to VRST-AM-0200 through its licence server within 5 business days of the advance.

2. Fees
2.1. Licence fee: USD 240.00 per workplace, USD 48,000.00 for 200 workplaces.
2.2. Maintenance and updates for the term: 20% of the licence fee, USD 9,600.00.
2.3. Total value of this Agreement: USD 57,600.00 (fifty-seven thousand six hundred US dollars).
2.4. The Licensee pays an advance of 30% (USD 17,280.00) within 10 days of signing, and the rest
within 30 days of the delivery of the keys. Bank charges outside Russia are for the Licensee.
2.5. The fees are subject to no VAT in the Russian Federation under subparagraph 26 of paragraph 2
of Article 149 of the Tax Code of the Russian Federation.

3. Liability and law
3.1. The liability of each party is limited to the total value of this Agreement.
3.2. This Agreement is governed by Russian law. Disputes go to the Arbitrazh Court of the Republic
of Tatarstan.

4. Bank details
Licensor: Verstak Soft LLC, 6 Spartakovskaya Street, office 512, Kazan 420107, Russia
          USD account 40702840368668999548 with AO Bank Volzhskaya Sloboda, Kazan
          BIK 049205417, corr. account 30101810100000000417, SWIFT VLSLRU2K
Licensee: Arminno Soft LLC, 21 Tigran Mets Avenue, Yerevan 0005, Armenia
          account 2470012845160017 with Ararat Credit Bank CJSC, Yerevan, SWIFT ARCBAM22

For the Licensor                                   For the Licensee
Rustam F. Garipov, General Director                Gohar Sargsyan, Director
____________________                               ____________________
""",
        expected={
            "number": "LA-VS-2026/07",
            "date": "2026-02-20",
            "total": "57600.00",
            "currency": "USD",
            "parties.seller.inn": "1622265131",
            "parties.seller.kpp": "165501001",
            "parties.seller.bik": "049205417",
            "parties.seller.account": "40702840368668999548",
        },
    ),
    # A statement of work under a master services agreement, signed by both parties with
    # a fixed fee. The Russian client is the buyer, and the Indian vendor has no labels. The
    # instalment, the hourly rate for change requests and its cap are not the total.
    HoldoutDocument(
        id="al-en-contract-statement-of-work",
        document_type="contract",
        language="en",
        text="""\
                              STATEMENT OF WORK No. KS-SOW-04
            under Master Services Agreement No. MSA-2025/11 dated 15 October 2025

Date: 12 January 2026

Client: LLC "IT Smena", INN 5255869727, KPP 526001001, 10A Ulyanova Street,
        Nizhny Novgorod 603005, Russian Federation
Vendor: Kaveri Softworks Private Limited, GSTIN 29AAHCK4821M1Z3, No. 14, 3rd Cross,
        Koramangala 5th Block, Bengaluru 560095, India

1. Scope
QA and test automation for the chatbot platform that the Client maintains for its customer:
regression suite of at least 400 automated test cases, weekly load tests of the API, release
testing of the iOS and Android apps, and monthly test reports.

2. Term
From 1 January 2026 to 31 March 2026.

3. Team
One QA lead (160 hours a month) and two QA engineers (160 hours a month each), working in the
Client's ticket system with the prefix PB.

4. Fees
4.1. Fixed fee for the term: USD 29,580.00 (twenty-nine thousand five hundred eighty US dollars),
invoiced in three monthly instalments of USD 9,860.00 on the last day of each month.
4.2. Work beyond the scope, approved by a written change request, is billed at USD 28.00 per hour,
up to 120 hours (USD 3,360.00) for the term without a new statement of work.
4.3. The services are an export of services from India; IGST is not charged under the Vendor's
letter of undertaking. Invoices are payable in USD within 15 days.

5. Acceptance
The Client accepts each month's services by approving the monthly test report within 5 business
days. A report not disputed within that time is deemed approved.

6. Precedence
This statement of work forms part of the Master Services Agreement. If they conflict, this
statement of work prevails for the services it describes.

For the Client                                     For the Vendor
Dmitry E. Shatrov, General Director                Priya Raghavan, Director
____________________                               ____________________
""",
        expected={
            "number": "KS-SOW-04",
            "date": "2026-01-12",
            "total": "29580.00",
            "currency": "USD",
            "parties.buyer.inn": "5255869727",
            "parties.buyer.kpp": "526001001",
        },
    ),
]

_BANK_STATEMENTS = [
    # The start-up's USD account statement with the app store payout and the payment of
    # the SaaS invoice. Its counterparties are not labelled, and the generation date is
    # not the date.
    HoldoutDocument(
        id="al-en-bank-statement-usd-startup",
        document_type="bank_statement",
        language="en",
        text="""\
AO "TEKHNOSPEKTR BANK", Moscow | BIK 044525147 | corr. account 30101810300000000147 | SWIFT TKSPRU2M

                              ACCOUNT STATEMENT No. 12
                   Statement date: 10 April 2026    Period: 01.04.2026 - 10.04.2026

Account holder: PixelBot LLC (OOO "PikselBot"), INN 7752860492, KPP 771401001
Account:        40702840790210018061 (USD, current currency account)

Opening balance 01.04.2026:                                                        USD 3,418.27

| Date       | Reference     | Counterparty / details                          | Debit    | Credit   |
| 06.04.2026 | FT2604061182  | Appvale Distribution Pte. Ltd., Singapore       |          | 7,842.16 |
|            |               | payout APV-PS-2603-558214, proceeds March 2026  |          |          |
| 07.04.2026 | 41            | Helioform Ltd, Limassol, Cyprus                 | 1,222.50 |          |
|            |               | invoice HF-INV-26-04-0873 of 01.04.2026         |          |          |
| 07.04.2026 | FEE-41        | Bank fee, outgoing SWIFT payment No. 41         |    25.00 |          |

Total debits: USD 1,247.50           Total credits: USD 7,842.16
Closing balance 10.04.2026:                                                       USD 10,012.93

Proceeds from abroad are credited to the current currency account; no mandatory sale of currency
applies. Generated on 11.04.2026 at 09:30 in the bank's online banking.
""",
        expected={
            "number": "12",
            "date": "2026-04-10",
            "currency": "USD",
            "parties.account_holder.inn": "7752860492",
            "parties.account_holder.kpp": "771401001",
            "parties.account_holder.bik": "044525147",
            "parties.account_holder.account": "40702840790210018061",
        },
    ),
]

_WAYBILLS = [
    # A scan of the air waybill of the servers. It is numbered by the air waybill number
    # and dated by the day it was executed, not by the flight or the arrival stamp. Its charges
    # are not a document value, so there is no `total` label and `currency` is USD. It labels the
    # Russian consignee, and the Taiwanese shipper has no labels.
    HoldoutDocument(
        id="al-en-waybill-air-servers-scan",
        document_type="waybill",
        language="en",
        text="""\
612-48271635                                                        612-48271635
AIR WAYBILL   NOT NEGOTIABLE   ISSUED BY FORМOSА SKY CARGО
SHIPРER'S NАME AND ADDRESS: FORMOSA RACKWORKS CО., LTD.
NO. 88, GАOTIE 8TH RD, LUZHU DIST., TAOYUAN CITY 338, TAIWAN  UBN 84327165
CONSIGNEЕ'S NAME AND ADDRESS: SERVERLINE LLC, 17B BUTLЕROVA ST, MOSCOW 117342, RUSSIA
INN 7718138294 KPP 772801001  TEL +7 495 730-18-42
AIRPОRT OF DEPARTURE TAOYUAN (TPE)   ТO SVO MOSCОW SHEREMETYEVO   FLIGHT FS571/21 MAR
HANDLING INFORMATION: INVOICE FRW-CI-260318, PACKING LIST FRW-PL-260З18, PO SL-PО-26/031
PCS 8  GROSS WT 312.0 K  CHARGEABLE WT 312.0  RAТE 6.85  WEIGHT CHARGE 2,l37.20
NATURE AND QUАNTITY OF GOODS: RACK SERVЕRS FRW R2480, 8 PCS, DIMS 90X6OX25 CM EACH
DECLARED VALUE FOR CARRIAGE NVD  DECLARED VALUE FOR CUSTOMS USD 74,40O.00
OTHЕR CHARGЕS DUE CARRIER: FSС 374.4O SSC 62.40   TOTAL PREPAID USD 2,574.00
EХECUTED ON 2O MAR 2026 AT TAОYUАN   SIGNATURE OF ISSUING CARRIER OR ITS AGENT
SVO CARGO TЕRMINАL * RЕCEIVED 22.O3.2026 *
""",
        expected={
            "number": "612-48271635",
            "date": "2026-03-20",
            "currency": "USD",
            "parties.consignee.inn": "7718138294",
            "parties.consignee.kpp": "772801001",
        },
        noisy=True,
    ),
]

_PACKING_LISTS = [
    # A phone photo of the servers' packing list. The importer is printed as
    # "Buyer / Consignee" and is labelled under both roles. Serial numbers and the commercial
    # invoice are not labels, and it names no money.
    HoldoutDocument(
        id="al-en-packing-list-servers-photo",
        document_type="packing_list",
        language="en",
        text="""\
IMG_20260318_l54402.jpg
FORMOSA RACKWORKS CO., LTD.
PACKING LIST   Nо. FRW-PL-260318   Date: 18 Mar 2026
Invoice No.: FRW-СI-260318   Buyer's PO: SL-PO-26/031
Seller: Formosa Rackworks Cо., Ltd., Tаoyuan Сity, Taiwan
Buyer / Consignee: ServerLine LLC, INN 7718138294, КPP 772801001,
l7B Butlerova St, Moscow 117342, Russia
|C/No.|Descriрtion|S/N|N.W. kg|G.W. kg|
|1|Rack server FRW R2480|FRW24S0318001|3l.5|39.0|
|2|Rack server FRW R248O|FRW24SO318002|31.5|39.0|
|3|Rack server FRW R2480|FRW24S0З180OЗ|31.5|39.0||4|Rack server FRW R2480|FRW24S0318004|31.5|39.0|
|5|Rack servеr FRW R2480|FRW24S03180O5|З1.5|39.O|
|6|Rack server FRW R2480|FRW24SO3l80O6|З1.5|39.0|
|7|Rack sеrver FRW R2480|FRW24S0318007|31.5|39.0|
|8|Rack server FRW R2480|FRW24SO3180O8|З1.5|39.0|
Total: 8 cartons, N.W. 252.0 kg, G.W. 3l2.0 kg, dims 90x60x25 cm each
Country of origin: Taiwan   Маrks: SERVERLINE / MOSCOW / С/Nо. 1-8
""",
        expected={
            "number": "FRW-PL-260318",
            "date": "2026-03-18",
            "total": None,
            "currency": None,
            "parties.buyer.inn": "7718138294",
            "parties.buyer.kpp": "772801001",
            "parties.consignee.inn": "7718138294",
            "parties.consignee.kpp": "772801001",
        },
        noisy=True,
    ),
]

_RECEIPTS = [
    # A screenshot of a domain registrar's receipt in USD. It is numbered by the receipt
    # number, not the order number or the card authorisation, and its total is after the promo
    # discount. It has no party labels.
    HoldoutDocument(
        id="al-en-receipt-domain-renewal-screenshot",
        document_type="receipt",
        language="en",
        text="""\
Screenshot 2O26-04-02 at l0.14.37.png
PORTOLAN DOMАINS INC.
Receipt
Receipt No.:  PD-R-7730418
Ordеr No.:    44182907
Datе paid:    April 2, 2026
Вilled to:    Maxim Orlov, PixеlBot LLC, Moscow, Russia
| Item                                         | Term    | Amount  |
| Domain renewal pixelbot.eхample              | 2 уears | $37.98  |
| Wildcard SSL certificate *.pixelbot.еxample  | 1 year  | $249.00 |
| Рromo code RENEW10 (1O% off SSL)             |         | -$24.90 |
Total paid:   $262.08 USD
Paid with Visa ending 4417, authorisation 7H2Q9K
Next renеwal: Аpril 2, 2028 (domain), April 2, 2027 (SSL)
""",
        expected={
            "number": "PD-R-7730418",
            "date": "2026-04-02",
            "total": "262.08",
            "currency": "USD",
        },
        noisy=True,
    ),
]

_PASSPORTS = [
    # An upper-case scan of the Armenian representative's passport. It is numbered
    # "AT0482175" and dated by its date of issue, not the birth or expiry date or the copy note.
    # The machine-readable zone reads cleanly.
    HoldoutDocument(
        id="al-en-passport-armenian-representative-scan",
        document_type="passport",
        language="en",
        text="""\
REPUBLIC OF ARMENIA
PASSPORT
TYPE P   CODE ARM   PASSPORT NO. AT0482175
SURNАME MЕLIKYAN
GIVEN NAМES ARAM
NATIONALITY ARMЕNIAN
DАTE OF ВIRTH 14 JUN /JUIN 89   SEX М
PLACE OF BIRTH YEREVAN
DATE OF ISSUE 11 FEB /FÉVR 24   AUTHORITY 001
DAТE OF EXPIRY l1 FEB /FÉVR З4
P<ARMMELIKYAN<<ARAM<<<<<<<<<<<<<<<<<<<<<<<<<
AT04821754ARM8906142M3402111<<<<<<<<<<<<<<02
COPY ATTАCHED TO POWER OF ATTORNEY VS/POA-2026/O3 OF 02.O3.2026
""",
        expected={
            "number": "AT0482175",
            "date": "2024-02-11",
            "total": None,
            "currency": None,
        },
        noisy=True,
    ),
]

_POWERS_OF_ATTORNEY = [
    # The developer's power of attorney for its Armenian representative. The principal
    # is labelled with the INN, KPP, dollar account and BIK it prints, and the representative
    # has no labels. It caps each agreement in dollars, so `currency` is USD with `total` None.
    HoldoutDocument(
        id="al-en-power-of-attorney-armenian-representative",
        document_type="power_of_attorney",
        language="en",
        text="""\
                            POWER OF ATTORNEY No. VS/POA-2026/03

Kazan, Russian Federation                                                       2 March 2026

Verstak Soft LLC, INN 1622265131, KPP 165501001, OGRN 1141625261898, registered at 6 Spartakovskaya
Street, office 512, Kazan 420107, Russian Federation, USD account 40702840368668999548 with
AO Bank Volzhskaya Sloboda, Kazan, BIK 049205417, corr. account 30101810100000000417,
represented by its General Director Rustam F. Garipov, acting under its Charter,

hereby authorises

Mr Aram Melikyan, citizen of the Republic of Armenia, born 14 June 1989, passport AT0482175
issued on 11 February 2024 by authority 001,

1. to negotiate and sign, in the name of Verstak Soft LLC, sublicence agreements for the program
   "Verstak CRM" with end users in the Republic of Armenia under the Software Licence and
   Distribution Agreement No. LA-VS-2026/07 dated 20 February 2026, each for no more than
   USD 25,000.00;
2. to sign acceptance certificates for licences and implementation services under those
   agreements;
3. to represent Verstak Soft LLC before Arminno Soft LLC (TIN 02634718) in all matters of that
   Agreement, except the receipt of money.

This power of attorney is valid until 31 December 2026 and may not be delegated.

General Director, Verstak Soft LLC                          ____________ R. F. Garipov
""",
        expected={
            "number": "VS/POA-2026/03",
            "date": "2026-03-02",
            "total": None,
            "currency": "USD",
            "parties.principal.inn": "1622265131",
            "parties.principal.kpp": "165501001",
            "parties.principal.bik": "049205417",
            "parties.principal.account": "40702840368668999548",
        },
    ),
]

_LETTERS = [
    # The SaaS vendor's letter on a new seat price. It names dollar sums, so `currency`
    # is USD and `total` None, and it has no party labels.
    HoldoutDocument(
        id="al-en-letter-saas-price-change",
        document_type="letter",
        language="en",
        text="""\
Helioform Ltd
28 Archiepiskopou Makariou III Avenue, Office 402, 3030 Limassol, Cyprus

Our ref: HF/CS/2026-0415                                                      15 April 2026

Maxim Orlov
Chief Executive Officer, PixelBot LLC
39 Leningradsky Prospekt, bldg 80, Moscow 125167, Russian Federation
Account ID: ACC-77120

Subject: New Team plan pricing from June 1, 2026

Dear Mr Orlov,

Thank you for using Helioform. We are writing to let you know that the price of the Team plan
changes from June 1, 2026:

- Team plan seat: USD 42.00 per month, instead of USD 36.00;
- API calls above the plan limit: unchanged at USD 0.0015 per call;
- the monthly plan limit rises from 1,000,000 to 1,500,000 API calls.

For your current 25 seats, the monthly subscription will be USD 1,050.00 instead of USD 900.00.
If you switch to annual billing before May 31, 2026, you keep the current price of USD 36.00 per
seat for 12 months, that is USD 10,800.00 for the year, billed once.

You may cancel or reduce seats at any time before June 1, 2026 from the billing page, with no
charge for the change. Your invoices for April and May are not affected.

Kind regards,

Elena Georgiou
Customer Success Manager, Helioform Ltd
""",
        expected={
            "number": "HF/CS/2026-0415",
            "date": "2026-04-15",
            "total": None,
            "currency": "USD",
        },
    ),
]

_OTHER = [
    # An app store's payment statement for a month of sales. It is `other`, like a
    # payment processor's payout report: `total` None, `currency` USD and no party labels. Its
    # gross sales, refunds, commission, taxes and net proceeds are not a document value.
    HoldoutDocument(
        id="al-en-other-app-store-payout",
        document_type="other",
        language="en",
        text="""\
APPVALE STORE - PAYMENT STATEMENT
Appvale Distribution Pte. Ltd., UEN 201934827K, 10 Marina Boulevard, #22-01, Singapore 018983

Statement No.:      APV-PS-2603-558214
Statement date:     2 April 2026
Sales period:       1 March 2026 - 31 March 2026
Expected payment:   6 April 2026
Developer:          PixelBot LLC, Developer ID 3301928
App:                PixelBot - AI chat assistant (bundle com.pixelbot.assistant)

| Region        | Units | Gross sales | Refunds | Net sales | Commission 15% |    Taxes | Net proceeds |
| United States | 1,042 |    5,210.00 |  140.00 |  5,070.00 |         760.50 |     0.00 |     4,309.50 |
| Europe        |   796 |    3,980.00 |  112.40 |  3,867.60 |         580.14 | 1,084.70 |     2,202.76 |
| Other         |   446 |    2,230.00 |   60.00 |  2,170.00 |         325.50 |   514.60 |     1,329.90 |
| Total         | 2,284 |   11,420.00 |  312.40 | 11,107.60 |       1,666.14 | 1,599.30 |     7,842.16 |

All amounts in USD. Taxes are VAT and GST that Appvale collects and remits as the seller
of record in the countries where it is required.

Payment: USD 7,842.16 to the bank account ending 8061 (AO Tekhnospektr Bank, Moscow).
Payment reference: APV-PS-2603-558214. Payments below USD 150.00 are carried over to the next
month. This statement is not a tax invoice.
""",
        expected={
            "number": "APV-PS-2603-558214",
            "date": "2026-04-02",
            "total": None,
            "currency": "USD",
        },
    ),
]

ENGLISH_DOCUMENTS_AL = [
    *_INVOICES,
    *_ACTS,
    *_UPDS,
    *_PAYMENT_ORDERS,
    *_CONTRACTS,
    *_BANK_STATEMENTS,
    *_WAYBILLS,
    *_PACKING_LISTS,
    *_RECEIPTS,
    *_PASSPORTS,
    *_POWERS_OF_ATTORNEY,
    *_LETTERS,
    *_OTHER,
]
