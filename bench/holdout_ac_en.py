"""English documents of set AC. `bench.holdout_ac` describes the set and its labels."""

# Document texts reproduce printed lines up to 110 characters wide.
# ruff: noqa: E501

from .holdout import HoldoutDocument

_INVOICES = [
    # A seller's VAT invoice for a marketplace order. Part is paid by a gift card
    # balance, which is a payment, not a discount, so the total keeps it.
    HoldoutDocument(
        id="ac-en-invoice-marketplace-seller-vat",
        document_type="invoice",
        language="en",
        text="""\
Bazaarly Marketplace · Order documents

                                   VAT INVOICE

Sold by:          Hollins & Pike Homewares Ltd
                  Unit 4, Tannery Yard, Frome, BA11 4QT, United Kingdom
                  VAT Reg. No. GB 318 4472 05
Invoice number:   HP-2026-00417
Invoice date:     9 March 2026
Order number:     204-7781936-5521
Order date:       7 March 2026
Billing address:  Ms Rachel Ingram, 12 Larkspur Close, Didcot, OX11 7RT

| Description                              | Qty | Unit price (incl. VAT) | VAT rate | Amount  |
| Linen tea towels, set of 3, sage         |   2 |                 £18.00 |      20% |  £36.00 |
| Enamel colander 24 cm, cream             |   1 |                 £24.50 |      20% |  £24.50 |
| Promotion SPRING5                        |     |                        |      20% |  -£5.00 |
| Standard delivery                        |   1 |                  £4.99 |      20% |   £4.99 |

Total excl. VAT:              £50.41
VAT 20%:                      £10.08
Invoice total (incl. VAT):    £60.49

Payment received: Bazaarly gift card balance £10.00; Visa ending 3318 £50.49
Balance due: £0.00

This invoice is issued by the seller. Bazaarly Ltd collects payment on the seller's behalf.
Returns: within 30 days of delivery through Your Orders.
""",
        expected={
            "number": "HP-2026-00417",
            "date": "2026-03-09",
            "total": "60.49",
            "currency": "GBP",
        },
    ),
    # A marketplace's monthly fee invoice to a Russian seller. The fees were already
    # deducted from the seller's disbursements, so the amount due is 0.00, but the total
    # is the fees the invoice states, as set T rules for an invoice marked paid.
    HoldoutDocument(
        id="ac-en-invoice-marketplace-monthly-fees",
        document_type="invoice",
        language="en",
        text="""\
Crateway Marketplace Services Ltd
Block C, Harbourmaster Quay, Dublin 1, D01 K7W3, Ireland
VAT No. IE 3417782RH

                              SELLER FEE INVOICE

Invoice No.:      CW-FEE-IE-2026-0213877
Invoice date:     2 March 2026
Billing period:   1-28 February 2026
Seller ID:        A3KX9P2M7VQ4

Bill to:          LLC "Teply Dom Textile"
                  INN 5228877912, KPP 522801001
                  22 Lnopryadilnaya St., office 3, Nizhny Novgorod, 603093, Russia

| Fee type                                          | Units | Amount (EUR) |
| Referral fees (15% of item price, home textiles)  |   402 |     1,842.60 |
| Fulfilment fees                                   |   402 |     2,214.75 |
| Monthly storage fees                              |     - |       318.40 |
| Sponsored listings (advertising)                  |     - |       600.00 |

Subtotal:                                                     EUR 4,975.75
VAT 0% (reverse charge: services supplied to a business outside the EU):  EUR 0.00
Invoice total:                                                EUR 4,975.75

Fees deducted from your disbursements of 9 February and 23 February 2026:  EUR 4,975.75
Amount due:                                                   EUR 0.00

No payment is required. The invoice is issued for your accounting records.
""",
        expected={
            "number": "CW-FEE-IE-2026-0213877",
            "date": "2026-03-02",
            "total": "4975.75",
            "currency": "EUR",
            "parties.buyer.inn": "5228877912",
            "parties.buyer.kpp": "522801001",
        },
    ),
    # A scan of a payment processor's monthly fee invoice. Its fees were collected from
    # payouts, so the balance due is 0.00 and the total is the fees of the period.
    HoldoutDocument(
        id="ac-en-invoice-payment-processor-fees-scan",
        document_type="invoice",
        language="en",
        text="""\
BRlNDLE PAY, lNC.
4l0 Cannery Row, Suite 2OO, Portland, OR 972O9
                                   lNVOlCE
Invoice No.:     BP-INV-26O2-OO4l8
Invoice date:    March l, 2O26
Merchant:        Oakridge Candle Co., 77 Millbrook Road, Asheville, NC 288Ol
Merchant ID:     acct_9K2PQ7XWD
Statement period: February l - February 28, 2O26
| Description                               | Count  | Amount      |
| Card processing fees, 2.9% + $O.3O        | l,2l4  | $3,l87.44   |
| Chargeback fees ($l5.OO each)             |     3  |    $45.OO   |
| Instant payout fees (l%)                  |     7  |    $38.2O   |
| Total fees this period                    |        | $3,27O.64   |
Sales tax: $O.OO
Fees collected from payouts:                          -$3,27O.64
Balance due:                                             $O.OO
Questions? billing@brindlepay.example       Page l of l
""",
        expected={
            "number": "BP-INV-2602-00418",
            "date": "2026-03-01",
            "total": "3270.64",
            "currency": "USD",
        },
        noisy=True,
    ),
]

_ACTS = [
    # A translated acceptance certificate of fulfilment services between Russian
    # companies, labelled like its Russian form.
    HoldoutDocument(
        id="ac-en-act-fulfilment-translation",
        document_type="act",
        language="en",
        text="""\
Translation from Russian

LLC "Fulfilment Ob"
50/4 Sibiryakov-Gvardeytsev St., Novosibirsk, 630088
INN 5417918949, KPP 541701001, OGRN 1105492838384

                        ACCEPTANCE CERTIFICATE (ACT) No. 118
                          for fulfilment services, February 2026
Novosibirsk                                                                  28 February 2026

Contractor: LLC "Fulfilment Ob", INN 5417918949, KPP 541701001,
            settlement account 40702810806123100772 at JSC "Obskoy Credit Bank", Novosibirsk,
            BIK 045439610, corr. account 30101810721461668610
Customer:   LLC "Teply Dom Textile", INN 5228877912, KPP 522801001,
            settlement account 40702810612187664377 at JSC "Bank Nizhegorodskaya Yarmarka",
            BIK 045252581, corr. account 30101810080868917581
Contract:   No. FO-22/2025 of 15 December 2025

| No. | Service                                | Qty   | Unit       | Price, RUB | Amount, RUB |
| 1   | Receiving and counting                 | 3,200 | unit       |       6.00 |   19,200.00 |
| 2   | Storage, 30 pallets x 28 days          |   840 | pallet-day |      45.00 |   37,800.00 |
| 3   | Order picking and packing              | 2,560 | order      |      38.00 |   97,280.00 |
| 4   | Packaging materials                    |     1 | set        |  15,440.00 |   15,440.00 |
| 5   | Line haul to marketplace warehouses    |     2 | trip       |   7,500.00 |   15,000.00 |
|     | Total                                  |       |            |            |  184,720.00 |
|     | including VAT 22%                      |       |            |            |   33,310.16 |

Total services rendered: RUB 184,720.00 (one hundred eighty-four thousand seven hundred twenty
roubles 00 kopecks), including VAT 22% RUB 33,310.16.
The services were rendered in full and on time. The Customer has no claims.

Contractor: Director ____________ A. S. Burkov     Customer: ____________ A. V. Korneeva

Translated from Russian by V. P. Ostrovskaya, certified translator, 5 March 2026.
""",
        expected={
            "number": "118",
            "date": "2026-02-28",
            "total": "184720.00",
            "currency": "RUB",
            "parties.seller.inn": "5417918949",
            "parties.seller.kpp": "541701001",
            "parties.seller.bik": "045439610",
            "parties.seller.account": "40702810806123100772",
            "parties.buyer.inn": "5228877912",
            "parties.buyer.kpp": "522801001",
            "parties.buyer.bik": "045252581",
            "parties.buyer.account": "40702810612187664377",
        },
    ),
]

_RECEIPTS = [
    # A shop's order confirmation that is also the receipt of the card payment. Redeemed
    # reward points lower the total like a discount. The points balance is not money.
    HoldoutDocument(
        id="ac-en-receipt-order-confirmation-email",
        document_type="receipt",
        language="en",
        text="""\
From: Fernhollow Tea Company <orders@fernhollow-tea.example>
To: dana.whitlock@mail.example
Date: Sat, 7 Mar 2026 19:42:05 -0700
Subject: Your order FH-104382 is confirmed - receipt inside

Hi Dana,

Thanks for your order! We have charged your card and will email you again when it ships.

ORDER CONFIRMATION & RECEIPT
Receipt no.:      R-104382-1
Order no.:        FH-104382
Order date:       March 7, 2026
Payment method:   Mastercard ending 5526

Item                                          Qty      Price       Total
Smoky Lapsang loose leaf tea, 250 g             2     $18.50      $37.00
Jasmine pearls green tea, 100 g                 1     $27.00      $27.00

Subtotal                                                          $64.00
Discount (WELCOME10, 10%)                                         -$6.40
Rewards redeemed (500 points)                                     -$5.00
Shipping (Ground, 3-5 business days)                               $6.95
Sales tax (8.25%)                                                  $4.34
Order total                                                       $63.89

Charged to Mastercard ending 5526:                                $63.89
Points earned on this order: 64. Points balance: 1,185 (worth $11.85 on your next order).

Ship to: Dana Whitlock, 2290 Juniper Hill Road, Golden, CO 80401
Need help? Reply to this email or call (828) 555-0147.
""",
        expected={
            "number": "R-104382-1",
            "date": "2026-03-07",
            "total": "63.89",
            "currency": "USD",
        },
    ),
    # A phone photo of a bookshop's refund note. Its total is the refund without its
    # sign, as set S rules, not the original purchase it cites.
    HoldoutDocument(
        id="ac-en-receipt-refund-note-photo",
        document_type="receipt",
        language="en",
        text="""\
         PENNYWORTH BOOKS
   l8 Bridge Street, Hebden Bridge, HX7 8EQ
       VAT No. GB 5O2 7l83 46
            REFUND NOTE
Refund No: RN-OO93
Date: l6 Mar 2O26   l1:O4   Till 2
Original receipt: 2l7-O58 of 2 Mar 2O26
   (receipt total £4l.97)
Reason: damaged in transit
ITEM                       QTY   AMOUNT
The Moorland Atlas (HB)      l   £l6.99
Birds of the Calder (PB)     l    £7.99
REFUND TOTAL                    -£24.98
Refunded to VISA ****77l2
Books are zero-rated for VAT.
Customer signature: ..........
""",
        expected={
            "number": "RN-0093",
            "date": "2026-03-16",
            "total": "24.98",
            "currency": "GBP",
        },
        noisy=True,
    ),
]

_PAYMENT_ORDERS = [
    # A translated payment order: a marketplace pays a sole-proprietor seller her weekly
    # proceeds. The payee's KPP field is "0", so her KPP is None, as set D rules.
    HoldoutDocument(
        id="ac-en-payment-order-marketplace-payout-translation",
        document_type="payment_order",
        language="en",
        text="""\
Translation from Russian                                                             Form 0401060

Received by payer's bank: 04.03.2026            Debited from payer's account: 04.03.2026
PAYMENT ORDER No. 7716                 04.03.2026                 electronically
                                       Date                       Payment type
Amount in words: One hundred twenty-seven thousand four hundred thirty roubles 20 kopecks

Payer:            LLC "Lavka Sto", INN 1614656974, KPP 161401001
Payer's account:  40702810895322750142
Payer's bank:     PJSC "Kamsky Settlement Bank", Kazan, BIK 041611192,
                  corr. account 30101810664363363192
Payee's bank:     JSC "Obskoy Credit Bank", Novosibirsk, BIK 045439610,
                  corr. account 30101810721461668610
Payee:            Individual entrepreneur Safonova Daria Igorevna, INN 543899235281, KPP 0
Payee's account:  40802810658317100898
Amount:           RUB 127430-20
Operation type 01      Priority 5

Purpose of payment: Payout under weekly sales report No. 9-2026 for 23.02.2026-01.03.2026, agency
agreement No. LS-AD-2025/0632 of 14.10.2025. VAT not applicable.

Signatures: electronic signature of R. F. Galimova                Bank marks: EXECUTED 04.03.2026
Translated by V. P. Ostrovskaya, 12 March 2026.
""",
        expected={
            "number": "7716",
            "date": "2026-03-04",
            "total": "127430.20",
            "currency": "RUB",
            "parties.payer.inn": "1614656974",
            "parties.payer.kpp": "161401001",
            "parties.payer.bik": "041611192",
            "parties.payer.account": "40702810895322750142",
            "parties.payee.inn": "543899235281",
            "parties.payee.kpp": None,
            "parties.payee.bik": "045439610",
            "parties.payee.account": "40802810658317100898",
        },
    ),
]

_OTHER_TYPES = [
    # A scan of a translated UPD of a supplier to a marketplace. The consignee is the
    # marketplace's warehouse subdivision with its own KPP.
    HoldoutDocument(
        id="ac-en-upd-supplier-marketplace-translation-scan",
        document_type="upd",
        language="en",
        text="""\
Translation from Russian
                 UNlVERSAL TRANSFER DOCUMENT              Status: l
Invoice No. PИ-OO698 dated 26.O2.2O26 (l)
Seller: LLC "Raketa Toys" (2)
Address: 3O5 Novo-Sadovaya St., office l7, Samara, 443Oll (2a)
Seller's INN/KPP: 637ll56768/637lOlOOl (2b)
Shipper and its address: same (3)
Consignee and its address: LLC "Lavka Sto", Zelenodolsk warehouse, 3 Severnaya Promzona St.,
   Zelenodolsk, Republic of Tatarstan, INN/KPP l6l4656974/l648450Ol (4)
Buyer: LLC "Lavka Sto" (6)
Buyer's INN/KPP: l6l4656974/l6l4OlOOl (6b)
Currency: Russian rouble, 643 (7)
| No. | Goods                         | Qty | Price  | Cost excl. VAT | Rate | VAT       | Cost incl. VAT |
| l   | Magnetic construction set, 64 | l8O | 89O.OO |     l6O 2OO.OO |  22% | 35 244.OO |     l95 444.OO |
|     | Total payable (9)             |     |        |     l6O 2OO.OO |    X | 35 244.OO |     l95 444.OO |
Goods handed over: storekeeper S. L. Fomichev, 26.O2.2O26
Goods received: 27.O2.2O26, acceptance clerk R. N. Zakirova
Translated by V. P. Ostrovskaya, l2.O3.2O26
""",
        expected={
            "number": "РИ-00698",
            "date": "2026-02-26",
            "total": "195444.00",
            "currency": "RUB",
            "parties.seller.inn": "6371156768",
            "parties.seller.kpp": "637101001",
            "parties.buyer.inn": "1614656974",
            "parties.buyer.kpp": "161401001",
            "parties.consignee.inn": "1614656974",
            "parties.consignee.kpp": "164845001",
        },
        noisy=True,
    ),
    # A marketplace's agency agreement with a sole-proprietor seller, written in English.
    # The fee is a percentage, so there is no total label.
    HoldoutDocument(
        id="ac-en-contract-marketplace-agency-agreement",
        document_type="contract",
        language="en",
        text="""\
                        AGENCY AGREEMENT No. LS-AD-2025/0632
Kazan                                                                          14 October 2025

LLC "Lavka Sto" (the "Agent"), represented by General Director Ruslan F. Khabibullin, acting under
the Charter, and Individual Entrepreneur Daria Igorevna Safonova (the "Principal") have agreed:

1. Subject. The Agent sells the Principal's goods to buyers on the Lavka Sto platform in its own
   name and for the Principal's account, accepts payment from buyers and delivers orders.
2. Fee. The Agent's fee is a percentage of the sale price by category as published on the platform
   (children's clothing: 17%), VAT included. Logistics and storage are charged at the platform's
   rates: storage RUB 0.08 per litre per day after 60 free days.
3. Reports and payouts. The Agent issues a weekly sales report every Monday and pays the proceeds
   less its fee and charges by the following Wednesday. A monthly report serves as the act of
   services. Payouts below RUB 500 are carried forward.
4. Returns. Goods returned by buyers are kept for 30 days and then handed back to the Principal
   under a returns act.
5. Term. The Agreement is valid until 31 December 2026 and renews annually.

Agent: LLC "Lavka Sto"                          Principal: IE D. I. Safonova
INN 1614656974, KPP 161401001                   INN 543899235281
OGRN 1101649170314                              OGRNIP 318545953331234
Account 40702810895322750142                    Account 40802810658317100898
PJSC "Kamsky Settlement Bank", Kazan            JSC "Obskoy Credit Bank", Novosibirsk
BIK 041611192                                   BIK 045439610
Corr. account 30101810664363363192              Corr. account 30101810721461668610

____________ R. F. Khabibullin                  ____________ D. I. Safonova
""",
        expected={
            "number": "LS-AD-2025/0632",
            "date": "2025-10-14",
            "currency": "RUB",
            "parties.agent.inn": "1614656974",
            "parties.agent.kpp": "161401001",
            "parties.agent.bik": "041611192",
            "parties.agent.account": "40702810895322750142",
            "parties.principal.inn": "543899235281",
            "parties.principal.bik": "045439610",
            "parties.principal.account": "40802810658317100898",
        },
    ),
    # A phone photo of a courier's consignment note with cash on delivery. The COD amount
    # is the shop's money and the shipping charge is billed to the shipper's account, so
    # the note has no total label.
    HoldoutDocument(
        id="ac-en-waybill-courier-cod-photo",
        document_type="waybill",
        language="en",
        text="""\
SANDGROUSE COURIERS LLC · Al Quoz lndustrial 3, Dubai, UAE · TRN lOO3847261OOOO3
          DOMESTIC CONSIGNMENT NOTE
AWB No.: SG 773l O482 l9                 Date: l2-Mar-2O26
Shipper: Dune & Loom Trading FZE, Warehouse 7, Dubai Silicon 0asis
Account: SG-447l
Consignee: Mr Khalid Al Mansoori, Villa l4, Street 9, Khalifa City A, Abu Dhabi
Tel: +97l 5O 4l8 2273
Pieces: 2     Weight: 3.4 kg     Service: NEXT DAY
Contents: cotton bedsheet sets (2)
CASH ON DELlVERY: AED l,24O.OO   (collect from consignee, cash or card)
Declared value:   AED l,24O.OO
Shipping charge:  AED l8.OO (billed to shipper account)
Delivery attempt l: l3-Mar-2O26 ______   Received by: __________
""",
        expected={
            "number": "SG 7731 0482 19",
            "date": "2026-03-12",
            "currency": "AED",
        },
        noisy=True,
    ),
    # A shop's packing slip for a gift order. It prints no prices.
    HoldoutDocument(
        id="ac-en-packing-list-gift-order-slip",
        document_type="packing_list",
        language="en",
        text="""\
OAKRIDGE CANDLE CO.
77 Millbrook Road, Asheville, NC 28801 · hello@oakridgecandle.example

                                   PACKING SLIP
Packing slip no.:   PS-20931-1
Date:               March 10, 2026
Order no.:          OC-20931
Order date:         March 9, 2026
Ship to:            Priya Raman, 1406 Alder Lane, Apt 3B, Madison, WI 53703
Shipping method:    UPS Ground, 1 carton, 2.7 lb

| SKU          | Item                               | Ordered | Shipped | Backordered |
| OC-SOY-LAV8  | Lavender soy candle, 8 oz          |       2 |       2 |           0 |
| OC-SOY-CED8  | Cedar and smoke soy candle, 8 oz   |       1 |       1 |           0 |
| OC-WAX-MLT6  | Wax melts sampler, 6 pack          |       1 |       0 |           1 |

This is a gift order, so prices are not shown. The backordered item will ship separately.
Gift message: "Happy housewarming! Love, Meera"
""",
        expected={
            "number": "PS-20931-1",
            "date": "2026-03-10",
            "total": None,
            "currency": None,
        },
    ),
    # A statement of a Russian seller's euro account with a marketplace's disbursement.
    # The sale of euros to the holder's own rouble account is a counterparty line, as
    # sets K and X rule.
    HoldoutDocument(
        id="ac-en-bank-statement-eur-disbursement",
        document_type="bank_statement",
        language="en",
        text="""\
JSC "Bank Nizhegorodskaya Yarmarka", Nizhny Novgorod
BIK 045252581, corr. account 30101810080868917581, SWIFT BNYRRU2N

                                    STATEMENT No. 9
                    of account 40702978893328367916 (EUR) for 10 March 2026

Account holder:        LLC "Teply Dom Textile", INN 5228877912, KPP 522801001
Previous operation:    24 February 2026
Opening balance:       EUR 1,208.44

| No. | Doc. No. | Counterparty and details                                   | Debit, EUR | Credit, EUR |
| 1   | 441827   | Crateway Payments Europe Ltd, IBAN IE04BRNQ93118447261503  |            |   18,412.35 |
|     |          | Disbursement for settlement period 23.02.2026-08.03.2026   |            |             |
| 2   | 33       | LLC "Teply Dom Textile", account 40702810612187664377,     |  18,000.00 |             |
|     |          | BIK 045252581. Sale of EUR at 91.4520 under order No. 33   |            |             |
| 3   | 9        | Bank fee: currency control, 0.1%                           |      18.41 |             |

Turnover:              debit EUR 18,018.41, credit EUR 18,412.35
Closing balance:       EUR 1,602.38
Printed 11 March 2026 08:02.
""",
        expected={
            "number": "9",
            "date": "2026-03-10",
            "currency": "EUR",
            "parties.account_holder.inn": "5228877912",
            "parties.account_holder.kpp": "522801001",
            "parties.account_holder.bik": "045252581",
            "parties.account_holder.account": "40702978893328367916",
        },
    ),
    # A scan of an Estonian seller's passport for a marketplace's identity check. The
    # machine-readable zone reads cleanly.
    HoldoutDocument(
        id="ac-en-passport-seller-identity-scan",
        document_type="passport",
        language="en",
        text="""\
EESTI VABARIIK / REPUBLIC OF ESTONIA
PASS / PASSPORT
Tüüp/Type  P     Kood/Code  EST     Passi nr/Passport No.  KE726l934
Perekonnanimi/Surname        ORAV
Eesnimed/Given names         LIISA MARIA
Kodakondsus/Nationality      EESTI / EST
Sünniaeg/Date of birth       l4.O9.l988
Sugu/Sex                     N / F
Sünnikoht/Place of birth     EESTI / EST
Väljaandmise kuupäev/Date of issue   2l.O6.2O22
Kehtiv kuni/Date of expiry           2O.O6.2O32
Väljaandja/Authority                 PPA
P<ESTORAV<<LIISA<MARIA<<<<<<<<<<<<<<<<<<<<<<
KE72619348EST8809140F3206205<<<<<<<<<<<<<<<4
[Crateway seller verification: uploaded 2O26-O2-ll, status APPROVED]
""",
        expected={
            "number": "KE7261934",
            "date": "2022-06-21",
            "total": None,
            "currency": None,
        },
        noisy=True,
    ),
    # A Russian company's power of attorney for the manager of its marketplace accounts.
    # It names no money.
    HoldoutDocument(
        id="ac-en-power-of-attorney-marketplace-accounts",
        document_type="power_of_attorney",
        language="en",
        text="""\
                               POWER OF ATTORNEY No. 21

Nizhny Novgorod                                                              16 February 2026

LLC "Teply Dom Textile" (INN 5228877912, KPP 522801001, OGRN 1105288844693), 22 Lnopryadilnaya St.,
office 3, Nizhny Novgorod, 603093, Russia, represented by General Director Alla V. Korneeva, acting
under the Charter, hereby authorises

Ksenia Andreevna Lebedeva, INN 528096080848, passport 22 20 No. 517364 issued on 03.09.2020,

to act for the Company before the online marketplaces Crateway (Crateway Marketplace Services Ltd,
Ireland) and Bazaarly (Bazaarly Ltd, United Kingdom), namely:
1. to register and manage the Company's seller accounts and to accept the marketplaces' terms;
2. to list goods, set and change prices and promotions, and answer buyers;
3. to sign monthly reports, fee invoices, returns documents and reconciliations;
4. to send and receive letters and notices on the Company's behalf.

The attorney may not open bank accounts or change the payout details of the seller accounts.
This power of attorney is valid until 31 December 2026 without the right of substitution.

General Director ____________ A. V. Korneeva                   Seal
""",
        expected={
            "number": "21",
            "date": "2026-02-16",
            "total": None,
            "currency": None,
            "parties.principal.inn": "5228877912",
            "parties.principal.kpp": "522801001",
            "parties.attorney.inn": "528096080848",
        },
    ),
    # A marketplace's letter to its sellers on new fees. It names euro sums.
    HoldoutDocument(
        id="ac-en-letter-marketplace-fee-change",
        document_type="letter",
        language="en",
        text="""\
Crateway Marketplace Services Ltd
Block C, Harbourmaster Quay, Dublin 1, D01 K7W3, Ireland

Our ref.: CW/SP/2026-031                                                      18 February 2026

To all sellers on Crateway EU marketplaces

Subject: Changes to fulfilment and storage fees from 1 April 2026

Dear Seller,

From 1 April 2026 we will change the following fees:
- monthly storage, January to September: from EUR 0.85 to EUR 0.95 per cubic foot;
- monthly storage, October to December: from EUR 1.20 to EUR 1.40 per cubic foot;
- fulfilment of a standard parcel up to 400 g: from EUR 3.10 to EUR 3.25 per unit.

Referral fees do not change (15% for home textiles). A new low-inventory fee of EUR 0.30 per unit
applies to products with less than 28 days of stock.

For example, a seller who stores 120 cubic feet in March and April will pay EUR 114.00 for April
instead of EUR 102.00 for March. Your fee preview in Seller Central shows the effect on your
products. No action is needed to accept the changes.

Yours faithfully,
Seller Partner Team, Crateway Marketplace Services Ltd
""",
        expected={
            "number": "CW/SP/2026-031",
            "date": "2026-02-18",
            "total": None,
            "currency": "EUR",
        },
    ),
    # A payment processor's payout report: gross sales, refunds, chargebacks, fees and the
    # net payout. It is `other`, as set T rules for a remittance advice.
    HoldoutDocument(
        id="ac-en-other-payout-report",
        document_type="other",
        language="en",
        text="""\
Brindle Pay, Inc. · Payout report

Report No.:       PR-260311-2741
Report date:      March 11, 2026
Merchant:         Oakridge Candle Co. (acct_9K2PQ7XWD)
Payout ID:        po_5XW8K2TJ7
Charges covered:  March 4, 2026 - March 10, 2026
Payout date:      March 11, 2026          Expected arrival: March 12, 2026
Destination:      Blue Ridge Community Bank, checking account ending 4417

| Category                 | Count | Amount (USD) |
| Gross sales (charges)    |   412 |    12,840.00 |
| Refunds                  |     9 |      -412.50 |
| Chargebacks              |     2 |       -96.00 |
| Processing fees          |       |      -384.27 |
| Net payout               |       |    11,947.23 |

Processing fees for the period will also appear on your monthly fee invoice.
Refunds issued after March 10, 2026 will be deducted from the next payout.
""",
        expected={
            "number": "PR-260311-2741",
            "date": "2026-03-11",
            "total": None,
            "currency": "USD",
        },
    ),
]

ENGLISH_DOCUMENTS_AC = [
    *_INVOICES,
    *_ACTS,
    *_RECEIPTS,
    *_PAYMENT_ORDERS,
    *_OTHER_TYPES,
]
