"""English documents of set AH. `bench.holdout_ah` describes the set and its labels."""

# Document texts reproduce printed lines up to 110 characters wide.
# ruff: noqa: E501

from .holdout import HoldoutDocument

_INVOICES = [
    # A US SaaS vendor's annual subscription invoice to a Russian IT studio, paid by the
    # MT103 "KG260305-01". The studio prints its INN as "Tax ID (INN)" and is labelled as
    # buyer with it. The subscription id and the billing period are not labels, and
    # "Amount due" equals the total because nothing is paid yet.
    HoldoutDocument(
        id="ah-en-invoice-saas-subscription",
        document_type="invoice",
        language="en",
        text="""\
Stackwise Software, Inc.
2261 Market Street, Suite 410
Wilmington, DE 19801, United States
EIN 87-3150264 · billing@stackwise.example

INVOICE

Invoice number        SW-2026-031877
Invoice date          March 1, 2026
Due date              March 31, 2026
Subscription          sub_7Hk2Qw9ZmT4r
Billing period        Mar 1, 2026 – Feb 28, 2027

Bill to
Kodovaya Gavan LLC (ООО «Кодовая Гавань»)
61 Belinskogo St., office 507
Nizhny Novgorod 603022, Russian Federation
Tax ID (INN): 5260481739
ap@kodgavan.example

Description                                         Qty          Unit price          Amount
Stackwise Business plan, annual (per seat)          25 seats        $348.00       $8,700.00
Priority Support add-on, annual                     1             $1,200.00       $1,200.00
Annual prepayment discount (8%)                                                    −$792.00

                                                     Subtotal                     $9,108.00
                                                     Sales tax (0%, export)           $0.00
                                                     Total                        $9,108.00
                                                     Amount paid                      $0.00
                                                     Amount due (USD)             $9,108.00

Pay by wire transfer
Beneficiary           Stackwise Software, Inc.
Bank                  Harborline Bank, N.A., Wilmington, DE
ABA routing           071002943
Account               4410029837
SWIFT                 HRBLUS33
Reference             SW-2026-031877

Seats added during the term are prorated and billed on the next invoice.
Questions? billing@stackwise.example
""",
        expected={
            "number": "SW-2026-031877",
            "date": "2026-03-01",
            "total": "9108.00",
            "currency": "USD",
            "parties.buyer.inn": "5260481739",
        },
    ),
    # A US freelance developer's invoice with month-first dates. The invoice and due dates
    # have days above 12, so they cannot be read day-first. The total is the full value
    # (9,115.00), not the balance left after the retainer (7,115.00).
    HoldoutDocument(
        id="ah-en-invoice-us-contractor",
        document_type="invoice",
        language="en",
        text="""\
JORDAN M. WHITFIELD
Independent iOS Developer
4817 Avenue H, Austin, TX 78751
(512) 555-0148 · jordan@whitfield-dev.example

                                                              INVOICE # JW-0142

Invoice Date:   03/17/2026
Due Date:       04/16/2026 (Net 30)

Bill To:        Brightlane Labs, Inc.
                Attn: Accounts Payable
                1390 Folsom Street, Floor 3
                San Francisco, CA 94103
PO / SOW:       SOW-BL-2026-02 dated 02/16/2026

Date(s)                  Description                                    Hours    Rate      Amount
03/02/2026-03/13/2026    iOS app "Brightlane Field" v2.3: offline sync,   72.0   115.00   8,280.00
                         SwiftUI settings screens, crash fixes
03/16/2026               App Store review submission, TestFlight           6.0   115.00     690.00
                         release notes
03/14/2026               Device lab rental (reimbursable, receipt                           145.00
                         attached)

                                                             Subtotal                  9,115.00
                                                             Sales tax                     0.00
                                                             TOTAL                    $9,115.00
                                         Less retainer received 02/20/2026           (2,000.00)
                                                             BALANCE DUE              $7,115.00

Payment by ACH:  Austin Hill Credit Union, routing 314977188, checking account 2200418837
                 Memo: JW-0142
Late payments after 04/16/2026 accrue 1.5% per month.

Thank you for your business!
""",
        expected={
            "number": "JW-0142",
            "date": "2026-03-17",
            "total": "9115.00",
            "currency": "USD",
        },
    ),
    # A scan of a UK freelance designer's VAT invoice in pounds with her "VAT reg no". The
    # total is "TOTAL DUE" with VAT 20%. The client's receiving stamp carries a later
    # date. Both parties are foreign and have no labels.
    HoldoutDocument(
        id="ah-en-invoice-uk-freelancer-scan",
        document_type="invoice",
        language="en",
        text="""\
HARRIET OKAFOR DЕSIGN
Studio 4, 22 Gloucester Road, Bristol BS7 8AE
VAT reg nо: GB 284 6l93 З1
harriet@okafor-design.example   O7700 9OO4l8

INVОIСЕ
Invoice no:    HO-2026-0l9
Invoice date:  l5 Mar 2O26
Tax point:     15 Mar 2026

Client:        Fernhill & Co Bakery Ltd
               9 Walcot Street, Bath BA1 5BG
Client rеf:    PO 77815

Desсriptiоn                                     Qty     Rate        Amount
Вrаnd refresh - logo suite and guidelines        l   l,8O0.O0      1,8O0.OO
Packaging label artwork (З SKUs)                 3     250.OO        75O.0O

                                        Subtotal                £2,550.O0
                                        VAT @ 20%                 £510.00
                                        TOTAL DUE            GBP 3,O6O.OO

Payment terms: ЗO days from invoice date.
Bаnk: Acre Bank plc   Sort code 4O-18-22   Account 6183O294
IBAN GB76ACRE40182261830294   BIC ACREGB2L
RECEIVED 17 MAR 2026 FERNHILL ACCOUNTS
""",
        expected={
            "number": "HO-2026-019",
            "date": "2026-03-15",
            "total": "3060.00",
            "currency": "GBP",
        },
        noisy=True,
    ),
    # A bilingual invoice of a Russian IT studio to a Kazakh customer. The rouble total
    # comes first, and the English "Total due: USD ..." line after it is a reference
    # conversion at the CBR rate, not the total. The Kazakh buyer's BIN is foreign and has
    # no labels.
    HoldoutDocument(
        id="ah-en-invoice-bilingual-rub-usd",
        document_type="invoice",
        language="en",
        text="""\
ООО «Кодовая Гавань» / Kodovaya Gavan LLC
603022, г. Нижний Новгород, ул. Белинского, д. 61, офис 507
61 Belinskogo St., office 507, Nizhny Novgorod 603022, Russia
ИНН / INN 5260481739     КПП / KPP 526001001     ОГРН / OGRN 1215200347185

                         СЧЕТ № 41/26 от 12.03.2026
                         INVOICE No. 41/26 dated March 12, 2026

Покупатель / Buyer:      Altyn Commerce LLP (ТОО «Алтын Коммерс»)
                         Al-Farabi Ave. 77/2, office 1204, Almaty 050040, Kazakhstan
                         BIN 180840014529
Договор / Agreement:     № EX-2026/02 от 20.01.2026 / No. EX-2026/02 dated January 20, 2026

| № | Наименование / Description                                   | Сумма, руб. / Amount, RUB |
|---|--------------------------------------------------------------|---------------------------|
| 1 | Доработка интернет-магазина: модуль лояльности, спринты 5-6  |              1 250 000,00 |
|   | Online store development: loyalty module, sprints 5-6        |                           |

Итого / Subtotal:                                                               1 250 000,00
НДС не облагается: место реализации услуг не РФ (пп. 4 п. 1 ст. 148 НК РФ)
VAT: not subject to Russian VAT, the place of supply is outside Russia

Итого к оплате: 1 250 000,00 руб. (Один миллион двести пятьдесят тысяч рублей 00 копеек)
Total due: USD 13,586.96, for reference only, at the CBR rate of 92.0000 RUB per USD on 12.03.2026.
Оплата только в российских рублях. Payment in Russian roubles only.

Банковские реквизиты / Bank details (RUB):
Получатель / Beneficiary:   ООО «Кодовая Гавань» / Kodovaya Gavan LLC, ИНН / INN 5260481739
Счет / Account:             40702810542000017364
Банк / Bank:                ПАО «Волго-Окский банк» / PJSC Volgo-Oksky Bank, Nizhny Novgorod
БИК / BIK:                  042202718
К/с / Corr. account:        30101810400000000718
SWIFT:                      VOOKRU2N

Срок оплаты / Due date:     26.03.2026

Генеральный директор / General Director    ______________ К. А. Зайцев / K. A. Zaytsev
""",
        expected={
            "number": "41/26",
            "date": "2026-03-12",
            "total": "1250000.00",
            "currency": "RUB",
            "parties.seller.inn": "5260481739",
            "parties.seller.kpp": "526001001",
            "parties.seller.bik": "042202718",
            "parties.seller.account": "40702810542000017364",
        },
    ),
]

_ACTS_AND_PAYMENTS = [
    # The certificate of completion of stage 1 under the consulting agreement
    # "CT-2026/015". Its total is stage 1 with VAT (732,000.00), not the agreement's fee
    # or the stage 2 still to come. The consultant is the seller and the client the buyer.
    HoldoutDocument(
        id="ah-en-act-consulting-stage-one",
        document_type="act",
        language="en",
        text="""\
                         CERTIFICATE OF COMPLETION No. 1
           under Consulting Services Agreement No. CT-2026/015 dated March 2, 2026

Moscow                                                                         27 March 2026

Consultant:  Digital Trail LLC (ООО «Цифровая Тропа»)
             INN 7709381623, KPP 770901001, OGRN 1207700427164
             14 Pokrovka St., bldg. 2, office 9, Moscow 101000
             Account 40702810410000072853 with JSC Digital Bridge Bank, Moscow
             BIK 044525637, corr. account 30101810700000000637
Client:      Courier Express Volga LLC (ООО «Курьер-Экспресс Волга»)
             INN 6316248070, KPP 631601001
             113 Sklyarenko St., Samara 443045

1. The Consultant has completed and the Client has accepted Stage 1 (Diagnostic) of the
   Services under the Agreement:
   - interviews with 14 dispatchers, couriers and managers in Samara and Tolyatti;
   - analysis of 41,200 delivery orders for January and February 2026;
   - report "Dispatch process diagnostic" (62 pages) delivered on March 24, 2026.

2. Fee for Stage 1:
   Fee excluding VAT                                               RUB     600,000.00
   VAT at 22%                                                      RUB     132,000.00
   Total for Stage 1 including VAT                                 RUB     732,000.00

3. Stage 2 (Roadmap and vendor selection), RUB 1,098,000.00 including VAT, remains to be
   performed by June 30, 2026. The total fee under the Agreement, RUB 1,830,000.00 including
   VAT, is not changed by this Certificate.

4. The Client shall pay the Stage 1 fee within 10 business days after signing this
   Certificate, to the Consultant's account stated above. Travel expenses of RUB 38,420.00
   are invoiced separately under clause 2.3 and are not part of the fee.

5. The Client has no claims as to the scope, quality or timing of Stage 1.

Signed for the Consultant                      Signed for the Client
General Director                               General Director
______________ A. M. Voronin                   ______________ I. G. Belousov
""",
        expected={
            "number": "1",
            "date": "2026-03-27",
            "total": "732000.00",
            "currency": "RUB",
            "parties.seller.inn": "7709381623",
            "parties.seller.kpp": "770901001",
            "parties.seller.bik": "044525637",
            "parties.seller.account": "40702810410000072853",
            "parties.buyer.inn": "6316248070",
            "parties.buyer.kpp": "631601001",
        },
    ),
    # A bank's print of an outgoing SWIFT MT103 paying the SaaS invoice. Each value is
    # printed on the line under its field caption. It is numbered by field 20 and dated by
    # the value date of field 32A, and its total is the 32A amount. The Russian payer is
    # labelled from field 50K and the print's BIK. The US beneficiary, its account and ABA
    # number have no labels.
    HoldoutDocument(
        id="ah-en-payment-order-mt103",
        document_type="payment_order",
        language="en",
        text="""\
PJSC VOLGO-OKSKY BANK                                      SWIFT message print, page 1 of 1
BIC VOOKRU2N   BIK 042202718   Corr. account 30101810400000000718

Message type
  MT103 Single Customer Credit Transfer
Direction / Status
  Outgoing / ACK
Sender
  VOOKRU2NXXX  PJSC Volgo-Oksky Bank, Nizhny Novgorod
Receiver
  HRBLUS33XXX  Harborline Bank, N.A., Wilmington, DE
Unique end-to-end transaction reference (121)
  4c7e2a91-58d3-4b6f-9e12-7a3c9d5b8f64

:20: Sender's Reference
  KG260305-01
:23B: Bank Operation Code
  CRED
:32A: Value Date / Currency / Interbank Settled Amount
  260305USD9108,00
  Value date: 05 March 2026   Currency: USD   Amount: 9,108.00
:33B: Currency / Instructed Amount
  USD9108,00
:50K: Ordering Customer
  /40702840172000017364
  KODOVAYA GAVAN LLC
  INN 5260481739 KPP 526001001
  61 BELINSKOGO ST 507, NIZHNY NOVGOROD 603022 RU
:52A: Ordering Institution
  VOOKRU2N
:57A: Account With Institution
  HRBLUS33
:59: Beneficiary Customer
  /4410029837
  STACKWISE SOFTWARE, INC.
  2261 MARKET STREET, SUITE 410, WILMINGTON DE 19801 US
:70: Remittance Information
  /INV/SW-2026-031877 DD 01.03.2026
  ANNUAL SUBSCRIPTION BUSINESS PLAN
:71A: Details of Charges
  OUR
:72: Sender to Receiver Information
  /ACC/ABA 071002943

Currency control: transaction passport not required, VO code 22110
Printed 2026-03-06 09:14:52 by operator E. Klimova
""",
        expected={
            "number": "KG260305-01",
            "date": "2026-03-05",
            "total": "9108.00",
            "currency": "USD",
            "parties.payer.inn": "5260481739",
            "parties.payer.kpp": "526001001",
            "parties.payer.bik": "042202718",
            "parties.payer.account": "40702840172000017364",
        },
    ),
]

_CONTRACTS = [
    # A two-page consulting agreement in English between two Russian companies. Clause 3.1
    # states the fee excluding and including VAT in one sentence, and the total is the fee
    # including VAT (1,830,000.00). Stage fees, the expense cap and the liability cap are
    # not the total. The consultant is the seller and the client the buyer.
    HoldoutDocument(
        id="ah-en-contract-consulting-vat",
        document_type="contract",
        language="en",
        text="""\
                      CONSULTING SERVICES AGREEMENT No. CT-2026/015

Moscow                                                                      March 2, 2026

Digital Trail LLC (ООО «Цифровая Тропа»), a company incorporated in the Russian Federation,
represented by its General Director Alexey M. Voronin, acting under the Charter (the
"Consultant"), and Courier Express Volga LLC (ООО «Курьер-Экспресс Волга»), a company
incorporated in the Russian Federation, represented by its General Director Igor G.
Belousov, acting under the Charter (the "Client"), have agreed as follows.

1. SERVICES
1.1. The Consultant shall advise the Client on the digital transformation of its courier
     business (the "Services") in two stages:
     Stage 1, Diagnostic: review of dispatch, routing and customer service processes and a
     diagnostic report, by March 31, 2026;
     Stage 2, Roadmap and vendor selection: a two-year roadmap, requirements for a transport
     management system and support in selecting its vendor, by June 30, 2026.
1.2. Each stage is accepted by a Certificate of Completion signed by both parties.

2. TERM
2.1. This Agreement takes effect on the date above and remains in force until the parties
     have performed their obligations, but no later than December 31, 2026.

3. FEE AND PAYMENT
3.1. The total fee for the Services is RUB 1,500,000.00 (one million five hundred thousand
     roubles) excluding VAT, that is RUB 1,830,000.00 including VAT at 22% (RUB 330,000.00).
3.2. The fee is split by stage: Stage 1, RUB 600,000.00 excluding VAT (RUB 732,000.00
     including VAT); Stage 2, RUB 900,000.00 excluding VAT (RUB 1,098,000.00 including VAT).
3.3. The Client pays each stage within 10 business days after signing its Certificate of
     Completion, against the Consultant's invoice and VAT invoice (счет-фактура).
3.4. Travel expenses are reimbursed at cost against receipts, up to RUB 120,000.00 in total.
     They are not part of the fee.

4. CONFIDENTIALITY
4.1. Each party shall keep confidential all information received from the other party in
     connection with this Agreement, including delivery volumes, tariffs and personal data of
     customers, during the term and for three years after it.
4.2. Personal data are processed under Federal Law No. 152-FZ "On Personal Data". The
     Consultant receives only anonymised order data.

5. LIABILITY
5.1. The total liability of the Consultant under this Agreement shall not exceed the fee
     actually paid. Neither party is liable for lost profits.
5.2. For each day of delay in payment the Client pays a penalty of 0.05% of the overdue
     amount, but no more than 5% of that amount.

                                                                                Page 1 of 2
6. INTELLECTUAL PROPERTY
6.1. The exclusive rights to the reports and the roadmap pass to the Client upon payment of
     the relevant stage. The Consultant may reuse its general methods and templates.

7. GOVERNING LAW AND DISPUTES
7.1. This Agreement is governed by the laws of the Russian Federation.
7.2. Disputes are settled by the Arbitrazh Court of the Samara Region after a claim
     procedure of 15 calendar days.

8. LANGUAGE AND COUNTERPARTS
8.1. This Agreement is made in English at the request of the Client's foreign shareholder,
     in two counterparts, one for each party. A Russian translation is for reference only.
8.2. Documents signed by qualified electronic signatures through an EDO operator have the
     same force as paper originals.

9. DETAILS AND SIGNATURES OF THE PARTIES

Consultant                                       Client
Digital Trail LLC                                Courier Express Volga LLC
14 Pokrovka St., bldg. 2, office 9,              113 Sklyarenko St.,
Moscow 101000                                    Samara 443045
INN 7709381623                                   INN 6316248070
KPP 770901001                                    KPP 631601001
OGRN 1207700427164                               OGRN 1206300087344
Account 40702810410000072853                     Account 40702810105400014622
JSC Digital Bridge Bank, Moscow                  JSC Samara Credit Alliance, Samara
BIK 044525637                                    BIK 043601274
Corr. account 30101810700000000637               Corr. account 30101810400000000274

General Director                                 General Director
______________ A. M. Voronin                     ______________ I. G. Belousov

                                                                                Page 2 of 2
""",
        expected={
            "number": "CT-2026/015",
            "date": "2026-03-02",
            "total": "1830000.00",
            "currency": "RUB",
            "parties.seller.inn": "7709381623",
            "parties.seller.kpp": "770901001",
            "parties.seller.bik": "044525637",
            "parties.seller.account": "40702810410000072853",
            "parties.buyer.inn": "6316248070",
            "parties.buyer.kpp": "631601001",
            "parties.buyer.bik": "043601274",
            "parties.buyer.account": "40702810105400014622",
        },
    ),
    # A mutual non-disclosure agreement between a Russian design studio and a Cypriot game
    # studio. It is a `contract`: both parties sign obligations for a term under a
    # governing law, and the type does not depend on a price. A mutual NDA has no seller
    # or buyer, so it has no party labels although it prints the studio's INN. It names no
    # money.
    HoldoutDocument(
        id="ah-en-contract-mutual-nda",
        document_type="contract",
        language="en",
        text="""\
                        MUTUAL NON-DISCLOSURE AGREEMENT
                               No. NDA-PL-2026/03

Kazan / Limassol                                                          10 March 2026

This Agreement is made between:

(1) Pixel & Line Studio LLC (ООО «Пиксель и Линия»), 52 Pushkina St., office 6, Kazan
    420015, Russian Federation, INN 1655238711, represented by its Director Leysan R.
    Garipova; and

(2) Northvale Games Ltd, 8 Archiepiskopou Makariou III Avenue, 3030 Limassol, Cyprus,
    registration number HE 418273, represented by its Director Andreas Kyriakou,

each a "Party" and together the "Parties".

1. PURPOSE. The Parties intend to discuss the design of characters, interface and store
   artwork for a mobile game (the "Purpose") and will exchange Confidential Information
   for that Purpose only.

2. CONFIDENTIAL INFORMATION means any information disclosed by a Party (the "Discloser")
   to the other (the "Recipient") in any form, including sketches, game design documents,
   source files, roadmaps and terms of business, whether or not marked as confidential.

3. EXCLUSIONS. Information is not Confidential Information if the Recipient shows that it
   (a) is or becomes public through no fault of the Recipient; (b) was lawfully known to the
   Recipient before disclosure; (c) is received from a third party without a duty of
   confidence; or (d) is developed independently without use of the Discloser's information.

4. OBLIGATIONS. The Recipient shall (a) use Confidential Information only for the Purpose;
   (b) disclose it only to its employees and contractors who need it for the Purpose and are
   bound by written duties of confidence no less strict than these; and (c) protect it with
   at least reasonable care.

5. COMPELLED DISCLOSURE. A Recipient required by law or by a court to disclose Confidential
   Information shall, where lawful, notify the Discloser promptly and disclose only the part
   required.

6. RETURN. On written request the Recipient shall return or destroy the Confidential
   Information within 14 days and confirm this in writing.

7. NO LICENCE OR OBLIGATION TO CONTRACT. Nothing in this Agreement grants any licence to
   intellectual property or obliges either Party to enter into any further agreement.

8. TERM. This Agreement remains in force for two years from its date. The duties of
   confidence survive for three years after it ends.

9. GOVERNING LAW. This Agreement is governed by the laws of England and Wales. Disputes are
   finally resolved by arbitration under the LCIA Rules, seated in London, in English.

10. COUNTERPARTS. This Agreement may be signed electronically and in counterparts.

Signed for Pixel & Line Studio LLC              Signed for Northvale Games Ltd
______________ L. R. Garipova, Director         ______________ A. Kyriakou, Director
Date: 10 March 2026                             Date: 11 March 2026
""",
        expected={
            "number": "NDA-PL-2026/03",
            "date": "2026-03-10",
            "total": None,
            "currency": None,
        },
    ),
]

_OTHER_PAPERS = [
    # A phone photo of an express courier's waybill for a Shenzhen supplier's parcels to a
    # Russian marketplace seller's fulfilment warehouse. The seller is the consignee,
    # labelled with the INN it prints and KPP None. The declared value and the freight
    # account give no `total` label, and `currency` is USD. The shipper's USCI is a
    # foreign code.
    HoldoutDocument(
        id="ah-en-waybill-courier-photo",
        document_type="waybill",
        language="en",
        text="""\
SКYBRIDGЕ EXPRESS           EXPRESS WAYBILL           No. 5127 44O9 83
Origin: SZX    Destination: SVX    Ship date: 12 MAR 2026    Service: ECONOMY EXPRESS
SHIPPER: SHENZHEN YUANFENG ACCESSORIES CO., LTD.   USCI 9l44030OMA5G7R2KXD
Bldg 6, Huafeng Industrial Park, Bao'an District, Shenzhen 518101, CN   Tel +86 755 29l7 4406
CONSIGNEE: IP KARPENKO DENIS OLEGOVICH (ИП Kapпeнкo Д. О.)  INN 66712835O486
c/o Fulfilment Ural LLC, Traktovaya St 9, warehouse 3, Berezovsky 62З7O0, Sverdlovsk reg., RU
Tel +7 9l2 6O4 18 37
Pieces: 6    Actual weight: 84.6 kg    Volumetric weight: 9l.2 kg    Chargeable: 91.2 kg
Contents: PHONE CASES, USB-C CABLES, SCREEN PROTECTORS   HS 3926.9O, 8544.42, 7007.l9
Declared value for customs: USD 2,480.00    Incoterms: DАP Berezovsky
Freight: PREPAID, bill to shipper account 884l 2O73    Duties and taxes: RECEIVER
Shipper ref: YF-PL-26O31l / PO KDO-O219
Shipper's signature ______ Lin Hua          Picked up by courier 12 MAR 2O26 l7:4O
RECEIVED IN GOOD ORDER 19.03.2026 ФУЛФИЛMEHT УPAЛ cклaд З ______
""",
        expected={
            "number": "5127440983",
            "date": "2026-03-12",
            "currency": "USD",
            "parties.consignee.inn": "667128350486",
            "parties.consignee.kpp": None,
        },
        noisy=True,
    ),
    # A phone photo of the Shenzhen supplier's packing list for the same parcels. It names
    # no money, so `total` and `currency` are None. The Russian seller is printed as
    # "Buyer / Consignee" and is labelled under both roles. The PO and waybill numbers are
    # not its number.
    HoldoutDocument(
        id="ah-en-packing-list-shenzhen-photo",
        document_type="packing_list",
        language="en",
        text="""\
SHENZHEN YUANFENG ACCESSORIES CO., LTD.
Bldg 6, Huafeng Industrial Park, Bao'an District, Shenzhen 5l8lO1, China
                               PACKING LIST
No.: YF-PL-26O3ll                        Date: 2O26-0З-1l
Buyer / Consignee: IP Karpenko Denis Olegovich, INN 66712835O486, Yekaterinburg, Russia
Deliver to: c/o Fulfilment Ural LLC, Traktovaya St 9, warehouse З, Berezovsky 6237O0
PO No.: KDO-0219     Waybill: SkyBridge 5127 4409 83     Shipping marks: KDO / EKB / C/NO. l-6
CTN NO. | DESCRIPTION                          | QTY (PCS) | N.W. (KG)  | G.W. (KG)  | MEAS (CM)
1-З     | Silicone phone case, assorted models | 3 x 40O   | 3 x l2.8   | З x 14.1   | 6Ox40х4O
4-5     | USB-C to USB-C cablе l m 6O W        | 2 x 500   | 2 x 13.5   | 2 x 14.9   | 55x35xЗ5
6       | Temреred glass screen protector      | 3OO       | l1.4       | l2.5       | 5Ox4OxЗ0
TOTAL   | 6 CTNS                               | 2,5O0     | 76.8       | 84.6       |
MADE IN CHINA. Packed in export cartons, each carton wrapped and strapped.
Packed by: Lin Hua ______     Checked by: Zhou Ping ______
""",
        expected={
            "number": "YF-PL-260311",
            "date": "2026-03-11",
            "total": None,
            "currency": None,
            "parties.buyer.inn": "667128350486",
            "parties.buyer.kpp": None,
            "parties.consignee.inn": "667128350486",
            "parties.consignee.kpp": None,
        },
        noisy=True,
    ),
    # A month's statement of the IT studio's USD current account. It shows the MT103 of
    # the SaaS invoice, the bank's SWIFT fee and a Serbian client's payment. Only the
    # holder is labelled, with its current account, not the transit currency account. The
    # statement has no `total` label.
    HoldoutDocument(
        id="ah-en-bank-statement-usd-account",
        document_type="bank_statement",
        language="en",
        text="""\
PJSC Volgo-Oksky Bank                                     BIK 042202718   SWIFT VOOKRU2N
Nizhny Novgorod, Russian Federation                       Corr. account 30101810400000000718

                           ACCOUNT STATEMENT No. 14
Statement date:    2026-03-31
Period:            01 Mar 2026 to 31 Mar 2026
Account holder:    Kodovaya Gavan LLC (ООО «Кодовая Гавань»)
INN / KPP:         5260481739 / 526001001
Account:           40702840172000017364 (current currency account, USD)
Transit currency account for incoming payments: 40702840372100017365

Opening balance on 01 Mar 2026                                           USD   25,430.18

Date         Reference       Counterparty / details                          Debit       Credit
05.03.2026   KG260305-01     Stackwise Software, Inc., Wilmington, US      9,108.00
                             acc. 4410029837, HRBLUS33
                             MT103, inv. SW-2026-031877 of 01.03.2026
05.03.2026   COM-0305-17     PJSC Volgo-Oksky Bank                            35.00
                             SWIFT transfer fee, charges OUR, KG260305-01
13.03.2026   FT26072A4418    Dunavski Kod d.o.o., Novi Sad, RS                            12,750.00
                             IBAN RS42160005080006824519
                             inv. 38/26 of 27.02.2026, mobile app QA
                             (credited from the transit account after
                             currency control documents of 13.03.2026)

Turnover for the period                                                9,143.00       12,750.00
Closing balance on 31 Mar 2026                                           USD   29,037.18

Page 1 of 1. The statement is generated by the bank's system and is valid without a signature.
""",
        expected={
            "number": "14",
            "date": "2026-03-31",
            "currency": "USD",
            "parties.account_holder.inn": "5260481739",
            "parties.account_holder.kpp": "526001001",
            "parties.account_holder.bik": "042202718",
            "parties.account_holder.account": "40702840172000017364",
        },
    ),
    # A payment processor's e-mailed receipt for a note app's annual plan, paid by the US
    # developer. Its only date is "04/02/2026", which a US document reads month first, so
    # the date is 2 April 2026. It is numbered by the receipt number, not the invoice
    # number.
    HoldoutDocument(
        id="ah-en-receipt-payment-processor",
        document_type="receipt",
        language="en",
        text="""\
Quillpad

Receipt from Quillpad, Inc.
Receipt #2417-3390

AMOUNT PAID              DATE PAID              PAYMENT METHOD
$119.88                  04/02/2026             VISA - 4417

SUMMARY
Quillpad Pro, annual plan (1 seat) × 1                                        $119.88
Sales tax (TX, digital services, 0%)                                             $0.00
Amount charged                                                                $119.88

Invoice number           QP-7C4E91A8-0003
Billed to                jordan@whitfield-dev.example

If you have any questions, contact us at support@quillpad.example.
Quillpad, Inc. · 600 Congress Avenue, Suite 1400, Austin, TX 78701, United States

You are receiving this e-mail because you made a purchase at Quillpad, Inc., which
partners with a payment processor to provide invoicing and payment processing.
""",
        expected={
            "number": "2417-3390",
            "date": "2026-04-02",
            "total": "119.88",
            "currency": "USD",
        },
    ),
    # An upper-case scan of the UK freelancer's passport data page, certified by a
    # solicitor. The number is "548207316" and the date is the date of issue. The machine-
    # readable zone reads cleanly and carries valid check digits.
    HoldoutDocument(
        id="ah-en-passport-uk-scan",
        document_type="passport",
        language="en",
        text="""\
UNITED KINGDOM ОF GREAT BRITAIN AND NORTHERN IRELAND
PASSPORT / PASSEPORT
TYPE/TYPE  P    CODE/CODE  GBR    PASSPORT NO./PASSEPORT NO.  5482O7З16
SURNAME/NOM (l)  OKAFOR
GIVEN NAMES/PRENOMS (2)  HARRIET ADAEZE
NATIONALITY/NATIONALITE (3)  BRITISH CITIZEN
DATE OF ВIRTH/DATE DE NAISSANCE (4)  14 AUG /AOUT 91
SEX/SEXE (5)  F    PLACE OF BIRTH/LIEU DE NAISSANCE (6)  LONDON
DATE OF ISSUE/DATE DE DELIVRANCE (7)  23 JUN /JUIN 23
AUTHORITY/AUTORITE (8)  HMPO
DATE OF EXPIRY/DATE D'EXPIRATION (9)  23 JUN /JUIN 33
HOLDER'S SIGNATURE/SIGNATURE DU TITULAIRE (lO)  ________
P<GBROKAFOR<<HARRIET<ADAEZE<<<<<<<<<<<<<<<<<
5482073166GBR9108149F3306231<<<<<<<<<<<<<<<0
I CERTIFY THAT THIS IS A TRUE COPY OF THE ORIGINAL. M. ASHWORTH, SOLICITOR, BRISTOL 17/03/2026
""",
        expected={
            "number": "548207316",
            "date": "2023-06-23",
            "total": None,
            "currency": None,
        },
        noisy=True,
    ),
    # An online school's power of attorney in English for its representative in
    # Kazakhstan. The principal is labelled with the bank details it prints. The attorney
    # is a Kazakh citizen whose IIN is a foreign code, so she has no labels. The cap on
    # each agreement is in roubles, so `currency` is RUB and `total` None.
    HoldoutDocument(
        id="ah-en-power-of-attorney-kazakh-representative",
        document_type="power_of_attorney",
        language="en",
        text="""\
                              POWER OF ATTORNEY No. 14/26-D

Samara, Russian Federation                                                 9 February 2026

Sfera Znaniy LLC (ООО «Сфера знаний»), a company registered in the Russian Federation under
OGRN 1196310055182, INN 6317284507, KPP 631701001, address: 204 Molodogvardeyskaya St.,
office 31, Samara 443100, settlement account 40702810705400037164 with JSC Samara Credit
Alliance, BIK 043601274, corr. account 30101810400000000274 (the "Principal"), represented
by its Director Olga V. Tikhonova, acting under the Charter,

hereby authorises

Ms. Madina Seitkali, a citizen of the Republic of Kazakhstan, IIN 940314401275, passport
N12748305 issued on 15 July 2021 by the Ministry of Internal Affairs of the Republic of
Kazakhstan, residing at 12 Dostyk Ave., apt. 48, Almaty (the "Attorney"),

to act on behalf of the Principal in the Republic of Kazakhstan, namely:
1. to negotiate and sign agreements with schools, colleges, universities and training
   centres for access to the Principal's online courses, each for a value not exceeding
   RUB 500,000.00 or its equivalent in tenge at the rate of the National Bank of Kazakhstan
   on the date of signing;
2. to sign certificates of completion and reconciliation statements under such agreements;
3. to receive correspondence addressed to the Principal and to submit the Principal's
   documents to state bodies of the Republic of Kazakhstan.

The Attorney may not receive money on behalf of the Principal, open bank accounts or
delegate these powers to third parties.

This Power of Attorney is valid until 31 December 2026.

Director of Sfera Znaniy LLC      ______________ O. V. Tikhonova
Specimen signature of the Attorney ______________ M. Seitkali
""",
        expected={
            "number": "14/26-D",
            "date": "2026-02-09",
            "total": None,
            "currency": "RUB",
            "parties.principal.inn": "6317284507",
            "parties.principal.kpp": "631701001",
            "parties.principal.bik": "043601274",
            "parties.principal.account": "40702810705400037164",
        },
    ),
    # A scan of the UK freelancer's payment reminder for the invoice "HO-2026-019",
    # printed from e-mail. The e-mail header's date and the invoice's number, date and
    # amount are not the letter's labels. It names pounds, so `currency` is GBP and
    # `total` None.
    HoldoutDocument(
        id="ah-en-letter-payment-reminder-scan",
        document_type="letter",
        language="en",
        text="""\
From: Harriet Okafor <harriet@okafor-design.example>
Sent: 21/04/2026 09:14
To: accounts@fеrnhill-bakery.example
Subject: Payment reminder - invoicе HO-2026-019

HARRIET OKAFOR DESIGN
Studio 4, 22 Glоucester Road, Bristol BS7 8AE
VAT reg no: GB 284 6l93 Зl

Our ref: HO/L/2O26-O7                                                   20 April 2026

Accounts Payable
Fernhill & Co Ваkery Ltd
9 Walсоt Street, Bath BAl 5BG

Re: Invoice HO-2026-Ol9 dated l5 March 2026 - GBP 3,O6O.00 overdue

Dear Mr Pryce,

My invоice HO-2O26-0l9 for £З,06O.OO, including VAT of £510.OO, for the brand refresh and
the packaging label artwork fell due on 14 April 2026 and remains unpaid.

Please arrange payment within 7 days tо Acre Bank plc, sort соdе 40-l8-22, ассоunt
6l8ЗO294, quoting the invoice number. If the payment is already on its way, please ignore
this letter.

I reserve the right to claim statutory interest and compensation under thе Late Payment of
Commercial Debts (Interest) Аct l998 if the invоiсe remains unpaid after 27 April 2O26.

Kind regards,

Harriet Okafor
""",
        expected={
            "number": "HO/L/2026-07",
            "date": "2026-04-20",
            "total": None,
            "currency": "GBP",
        },
        noisy=True,
    ),
    # The US developer's estimate for the next phase, with month-first dates whose days
    # are above 12. An estimate requests no payment, so it is `other` with `total` None
    # and `currency` USD, although it prints an estimated total and a deposit.
    HoldoutDocument(
        id="ah-en-other-us-estimate",
        document_type="other",
        language="en",
        text="""\
JORDAN M. WHITFIELD · Independent iOS Developer
4817 Avenue H, Austin, TX 78751 · (512) 555-0148 · jordan@whitfield-dev.example

ESTIMATE

Estimate #:       EST-0031
Estimate date:    03/19/2026
Valid until:      04/18/2026
Prepared for:     Brightlane Labs, Inc.
                  1390 Folsom Street, Floor 3, San Francisco, CA 94103
Project:          "Brightlane Field" v3.0, phase 2
Reference:        invoice JW-0142 of 03/17/2026 (phase 1, v2.3)

Item                                                     Est. hours     Rate        Amount
Offline maps and background location                          64      115.00      7,360.00
Team chat (WebSocket) and push notifications                  56      115.00      6,440.00
QA pass on 12 devices, regression suite                       24       95.00      2,280.00

                                                        Estimated total       $16,080.00

This is an estimate, not an invoice. Hours are billed as worked at the rates above, and
any overrun above 10% needs written approval. A deposit of 25% ($4,020.00) is invoiced on
acceptance. Proposed schedule: start 04/20/2026, beta build 05/22/2026, delivery 06/12/2026.

Accepted by: ______________________   Title: ______________   Date: ____________
""",
        expected={
            "number": "EST-0031",
            "date": "2026-03-19",
            "total": None,
            "currency": "USD",
        },
    ),
]

ENGLISH_DOCUMENTS_AH = [*_INVOICES, *_ACTS_AND_PAYMENTS, *_CONTRACTS, *_OTHER_PAPERS]
