"""English documents of set AA. `bench.holdout_aa` describes the set and its labels."""

# Document texts reproduce printed lines up to 110 characters wide.
# ruff: noqa: E501

from .holdout import HoldoutDocument

_INVOICES = [
    # A lab supplier's invoice to a state university, charged to a research grant. The
    # university is exempt from sales tax. `total` adds freight and the hazardous
    # material fee. Its parties are American and have no labels.
    HoldoutDocument(
        id="aa-en-invoice-university-lab-supplies",
        document_type="invoice",
        language="en",
        text="""\
COBALT RIDGE SCIENTIFIC, INC.
2250 Foundry Road, Hollister Springs, PA 18512 · (570) 555-0142 · ar@cobaltridge-sci.example
Federal EIN 23-4718265

INVOICE                                                     Invoice No.:   CRS-INV-260418
                                                            Invoice Date:  March 18, 2026
                                                            Customer No.:  LSU-00417
                                                            PO Number:     4500187263
                                                            Terms:         Net 30, due April 17, 2026

Bill To:                                         Ship To:
Lakemont State University                        Lakemont State University
Accounts Payable, Whitcomb Hall 110              Department of Chemistry, Hadley Hall, Room 214
400 College Avenue, Lakemont, NY 14823           Attn: Dr. Priya Raman (PI)
                                                 412 Science Drive, Lakemont, NY 14823

Sponsored project: LSU-SP-26-0412 · Fund 5-21874 · Great Lakes Research Council award GLRC-2025-118

| Line | Item No.  | Description                             | Qty | Unit | Unit Price |   Amount |
|    1 | PT-200-RK | Pipette tips 200 uL, racked, 10 x 96    |  10 | CS   |      86.50 |   865.00 |
|    2 | NG-M-1000 | Nitrile exam gloves, size M, 1000/case  |  12 | CS   |      41.20 |   494.40 |
|    3 | CT-50-500 | Centrifuge tubes 50 mL, sterile, 500/cs |   8 | CS   |     118.75 |   950.00 |
|    4 | AC-HP-4L  | Acetonitrile, HPLC grade, 4 L bottle    |   6 | EA   |     389.90 | 2,339.40 |

                                                  Subtotal                                  4,648.80
                                                  Sales tax (exempt, certificate on file)       0.00
                                                  Freight                                      86.40
                                                  Hazardous material fee                       35.00
                                                  TOTAL DUE (USD)                           4,770.20

Remit to: Cobalt Ridge Scientific, Inc., Keystone Commerce Bank, ABA 031307620, account 8842091576
Please reference the invoice number and the PO number with your payment. Thank you for your order.
""",
        expected={
            "number": "CRS-INV-260418",
            "date": "2026-03-18",
            "total": "4770.20",
            "currency": "USD",
        },
    ),
    # A print shop's invoice to a literacy nonprofit with a nonprofit discount, sales tax
    # on printing only and postage at cost. `total` is the invoice total before the
    # deposit, as sets F and G rule, not the balance due.
    HoldoutDocument(
        id="aa-en-invoice-nonprofit-print-shop",
        document_type="invoice",
        language="en",
        text="""\
PINECREST PRINT & MAIL
77 Harbor Road, Eastbrook, ME 04412 · Tel. (207) 555-0198 · billing@pinecrestprint.example

INVOICE # 2026-0317                                          Date: 17 March 2026
                                                             Job: Spring reading campaign
                                                             All amounts in USD
Bill to: Harbor Literacy Project (501(c)(3) nonprofit)
         418 Wharf Street, Eastbrook, ME 04412
         Attn: Dana Whitfield, Executive Director
Funding: Eastfield Community Foundation grant No. ECF-2026-031 (per client instructions)

Qty     Description                                              Unit price          Amount
2,500   Tri-fold brochures, 4/4 color, 100 lb gloss text               0.48        1,200.00
150     Posters 18 x 24 in, 4/0 color                                  3.20          480.00
1,800   Mailing service: addressing, sorting, inserting                0.12          216.00
1,800   Postage, nonprofit marketing mail rate (at cost)              0.332          597.60
        Nonprofit discount 10% on printing (1,680.00)                               -168.00
        Maine sales tax 5.5% on printing after discount                               83.16
                                                      Invoice total               2,408.76
                                                      Deposit received 2 March    -1,200.00
                                                      BALANCE DUE                 1,208.76

Payment due within 30 days. Make checks payable to Pinecrest Print & Mail, or pay by ACH:
Coastal Trust Bank, ABA 041203918, account 5520187291.
""",
        expected={
            "number": "2026-0317",
            "date": "2026-03-17",
            "total": "2408.76",
            "currency": "USD",
        },
    ),
    # A scan of a city utility bill. Its total is the current charges, which the
    # earlier balance, paid in full, does not change. The late amount after the due
    # date is not the total, and the account number is not the number.
    HoldoutDocument(
        id="aa-en-invoice-city-utility-bill-scan",
        document_type="invoice",
        language="en",
        text="""\
CITY OF MILLBROOK - PUBLIC UTILITIES DEPARTMENT
120 Municipal Plaza, Millbrook, OH 44321     Customer Service (33O) 555-Ol77
                          UTILITY BILL
Bill Number: 26-O3-l18274              Bill Date: O3/24/2O26
Account Number: 0041-2287-03           Customer: RIVERSIDE FOOD ALLIANCE INC
Service Address: 86 Canal St, Millbrook, OH 4432l
Service Period: 02/19/2O26 - O3/2O/2O26 (29 days)
| METER No. 7O4l8826 | Read 02/19: 4 812 | Read 03/20: 4 826 | Usage: l4 CCF |
| Water base charge (5/8 in. meter)              |    18.40 |
| Water usage, first 8 CCF @ 3.42                |    27.36 |
| Water usage, next 6 CCF @ 4.15                 |    24.90 |
| Sewer base charge                              |    22.10 |
| Sewer usage 14 CCF @ 5.08                      |    71.l2 |
| Stormwater utility fee (l ERU)                 |     9.75 |
| Solid waste collection, 96 gal cart            |    31.60 |
| State water quality surcharge                  |     1.85 |
CURRENT CHARGES                                      207.08
Previous balance                                     212.40
Payment received O3/09/2026 - thank you             -212.40
TOTAL AMOUNT DUE BY O4/14/2O26                     $2O7.O8
Amount due after O4/l4/2O26 (incl. 10% late penalty)  $227.79
- - - - - - - - - - - - detach and return with payment - - - - - - - - - - - -
Account OO41-2287-O3   Bill 26-O3-1l8274   Amount due $207.08   Amount enclosed $________
""",
        expected={
            "number": "26-03-118274",
            "date": "2026-03-24",
            "total": "207.08",
            "currency": "USD",
        },
        noisy=True,
    ),
]

_ACTS = [
    # The English translation of a 44-ФЗ acceptance certificate for stage 1 of a state
    # contract with a federal university that pays through the treasury. `total` is the
    # value of the stage, not the contract price, the advance offset or the amount
    # payable. The committee chair's signing date is not the date.
    HoldoutDocument(
        id="aa-en-act-stage-acceptance-university",
        document_type="act",
        language="en",
        text="""\
Translation from Russian

                             CERTIFICATE OF ACCEPTANCE No. 1
                  of the works of stage 1 under the State Contract
Verkhnerechinsk                                                                   20 March 2026

State Contract No. 47-ЭА/26 dated 12 January 2026 for the supply and installation of laboratory
fume hoods, contract registry number 1470812356826000009,
IKZ (purchase identification code) 261470812356847080100100080012825244

Contractor: LLC "LabTechKomplekt", INN 4709261585, KPP 470901001, OGRN 1204709261580,
   settlement account 40702810439060009261 with LLC CB "Rechnoy Torgovy", Verkhnerechinsk,
   BIK 043906754, correspondent account 30101810200000000754
Customer: Federal State Budgetary Educational Institution of Higher Education "Verkhnerechinsk
   State Technical University" (VSTU), INN 4708123568, KPP 470801001,
   UFK for Verkhnerechinsk Region (VSTU, personal account 20546Ф73810),
   treasury account 03214643000000014707, single treasury account 40102810945370000044,
   DIVISION VERKHNERECHINSK OF THE BANK OF RUSSIA//UFK for Verkhnerechinsk Region,
   BIK 016573916

Stage 1: supply and installation of fume hoods in laboratories 3-112 to 3-118 (building 3)
| No. | Item                                               | Qty | Unit price, RUB |  Amount, RUB |
|   1 | Fume hood 1800 mm, ceramic worktop, cup sink       |   8 |      286,500.00 | 2,292,000.00 |
|   2 | Exhaust fan unit with speed controller             |   8 |       41,250.00 |   330,000.00 |
|   3 | Installation, connection and commissioning         |   8 |       14,500.00 |   116,000.00 |
|     | Total for stage 1, including VAT 22% RUB 493,737.70 |     |                 | 2,738,000.00 |

The contract price is RUB 6,845,000.00. The advance paid under clause 2.4 of the contract is
offset against this stage in the amount of RUB 821,400.00 (30% of the stage value), so the amount
payable for stage 1 is RUB 1,916,600.00.

The acceptance committee appointed by the rector's order No. 118/АХ of 16 March 2026 inspected
the works and found that they conform to the contract. No defects were found.

Contractor: General Director ____________ V. S. Kuznetsov
Acceptance committee: Chair, Vice-Rector for Infrastructure ____________ O. N. Yakovleva
                      Members ____________ I. R. Safin   ____________ E. M. Gromova
Signed with qualified electronic signatures in the Unified Information System;
the committee chair signed on 24 March 2026.
""",
        expected={
            "number": "1",
            "date": "2026-03-20",
            "total": "2738000.00",
            "currency": "RUB",
            "parties.seller.inn": "4709261585",
            "parties.seller.kpp": "470901001",
            "parties.seller.bik": "043906754",
            "parties.seller.account": "40702810439060009261",
            "parties.buyer.inn": "4708123568",
            "parties.buyer.kpp": "470801001",
            "parties.buyer.bik": "016573916",
            "parties.buyer.account": "03214643000000014707",
        },
    ),
]

_UPDS = [
    # A translated status 1 UPD of reagents to the university at VAT 22%. The consignee
    # prints a name and an address only and is not labelled. The government contract
    # identifier in field (8) is not the number.
    HoldoutDocument(
        id="aa-en-upd-reagents-university",
        document_type="upd",
        language="en",
        text="""\
Translation from Russian
UNIVERSAL TRANSFER DOCUMENT (UPD)                Status: 1 (invoice and transfer document)

Invoice No. RC-0294 dated March 11, 2026                                                  (1)
Correction No. -- dated --                                                               (1a)
Seller: LLC "ReaChem Supply"                                                              (2)
Address: 14 Zavodskaya St., Volzhsky Bor, 443080                                         (2a)
Seller's INN/KPP: 6318072544/631801001                                                   (2b)
Shipper and its address: same as seller                                                  (3)
Consignee and its address: VSTU, Department of Chemistry, 21 Politekhnicheskaya St.,
Verkhnerechinsk, 472016                                                                  (4)
To payment document No. -- dated --                                                      (5)
Buyer: FSBEI HE "Verkhnerechinsk State Technical University"                             (6)
Address: 21 Politekhnicheskaya St., Verkhnerechinsk, 472016                              (6a)
Buyer's INN/KPP: 4708123568/470801001                                                    (6b)
Currency: name, code Russian rouble, 643                                                 (7)
Government contract identifier: 1470812356826000031                                     (8)

No.  Code          Description                   Unit  Qty   Price  Excl. VAT  Rate        VAT  Incl. VAT
  1  20.13.25.110  Sodium hydroxide, pure, 1 kg  kg     40  612.00  24,480.00   22%   5,385.60  29,865.60
  2  20.13.24.113  Hydrochloric acid 37%, 1 L    L      30  548.00  16,440.00   22%   3,616.80  20,056.80
  3  20.14.75.000  Ethanol 96%, 1 L              L      25  890.00  22,250.00   22%   4,895.00  27,145.00
                   Total payable                                    63,170.00     X  13,897.40  77,067.40

Basis of transfer: Contract No. 31-ЗК/26 dated 2 March 2026, IKZ 261470812356847080100100310012013244
Transport data: delivered by the seller's vehicle, waybill No. 1147 of March 11, 2026
Goods handed over by: warehouse manager R. T. Lazarev ____________ Shipment date: March 11, 2026
Goods received by: laboratory head N. V. Orekhova ____________ Date of receipt: March 13, 2026
""",
        expected={
            "number": "RC-0294",
            "date": "2026-03-11",
            "total": "77067.40",
            "currency": "RUB",
            "parties.seller.inn": "6318072544",
            "parties.seller.kpp": "631801001",
            "parties.buyer.inn": "4708123568",
            "parties.buyer.kpp": "470801001",
        },
    ),
]

_PAYMENT_ORDERS = [
    # The translated payment order by which the university pays stage 1 through the
    # treasury. `total` is the amount paid, which is the stage value less the advance
    # offset, not the stage value. The bank's debit date is not the date.
    HoldoutDocument(
        id="aa-en-payment-order-university-treasury",
        document_type="payment_order",
        language="en",
        text="""\
Translation from Russian                                                          Form 0401060

PAYMENT ORDER No. 1593               Date: 3 April 2026               Payment type: electronic
Amount in words: One million nine hundred sixteen thousand six hundred roubles 00 kopecks

Payer's INN 4708123568            Payer's KPP 470801001             Amount: 1916600-00
Payer: UFK for Verkhnerechinsk Region (VSTU, personal account 20546Ф73810)
Payer's account: 03214643000000014707
Payer's bank: DIVISION VERKHNERECHINSK OF THE BANK OF RUSSIA//UFK for Verkhnerechinsk Region,
Verkhnerechinsk                      BIK 016573916      Account: 40102810945370000044

Payee's bank: LLC CB "Rechnoy Torgovy", Verkhnerechinsk
                                     BIK 043906754      Account: 30101810200000000754
Payee's INN 4709261585            Payee's KPP 470901001
Payee: LLC "LabTechKomplekt"                            Account: 40702810439060009261

Operation type: 01     Payment priority: 5     UIN: 0
Purpose of payment:
(243) Payment under State Contract No. 47-ЭА/26 of 12.01.2026, IKZ 261470812356847080100100080012825244,
for stage 1 per Certificate of Acceptance No. 1 of 20.03.2026 (RUB 2,738,000.00), less the advance
of RUB 821,400.00 offset. Including VAT 22%: RUB 345,616.39.

Received by the bank: 03.04.2026          Debited from the payer's account: 06.04.2026
Head ____________ A. P. Lebedev              Chief accountant ____________ S. I. Vorobyova
""",
        expected={
            "number": "1593",
            "date": "2026-04-03",
            "total": "1916600.00",
            "currency": "RUB",
            "parties.payer.inn": "4708123568",
            "parties.payer.kpp": "470801001",
            "parties.payer.bik": "016573916",
            "parties.payer.account": "03214643000000014707",
            "parties.payee.inn": "4709261585",
            "parties.payee.kpp": "470901001",
            "parties.payee.bik": "043906754",
            "parties.payee.account": "40702810439060009261",
        },
    ),
]

_CONTRACTS = [
    # A community foundation's grant agreement with a literacy nonprofit. `total` is
    # the grant amount, not an installment, the matching requirement or the cap on
    # indirect costs. The grantee's countersignature date is not the date.
    HoldoutDocument(
        id="aa-en-contract-grant-agreement",
        document_type="contract",
        language="en",
        text="""\
                               GRANT AGREEMENT No. ECF-2026-031

This Grant Agreement is made on February 9, 2026 between

EASTFIELD COMMUNITY FOUNDATION, a Maine nonprofit corporation (EIN 01-0584217), 12 Elm Street,
Eastbrook, ME 04412 (the "Grantor"), and

HARBOR LITERACY PROJECT, a 501(c)(3) nonprofit organization (EIN 47-2210984), 418 Wharf Street,
Eastbrook, ME 04412 (the "Grantee").

1. Purpose. The grant supports the "Read Together 2026" adult and family literacy program
   (the "Project") described in the Grantee's proposal of November 14, 2025.
2. Grant amount. The Grantor awards the Grantee a grant of USD 48,500.00 (forty-eight thousand
   five hundred US dollars) for the Project period from March 1, 2026 to February 28, 2027.
3. Payments. The Grantor pays a first installment of $29,100.00 within 15 days after both
   parties sign this Agreement, and a second installment of $19,400.00 after it approves the
   interim report due September 15, 2026.
4. Matching funds. The Grantee shall raise at least $12,125.00 (25% of the grant) from other
   sources for the Project.
5. Budget. Indirect costs may not exceed 10% of the grant ($4,850.00). Moving more than 10% of
   any budget line to another line requires the Grantor's prior written approval.
6. Reports. The Grantee submits an interim report by September 15, 2026 and a final narrative
   and financial report by March 31, 2027.
7. Unspent funds. Grant funds not spent on the Project by the end of the Project period shall
   be returned to the Grantor within 30 days.
8. Records. The Grantee keeps receipts and records of grant expenses for four years.

For the Grantor:                                  For the Grantee:
____________________________                      ____________________________
Margaret L. Osei, President                        Dana Whitfield, Executive Director
Date: 02/09/2026                                  Date: 02/11/2026
""",
        expected={
            "number": "ECF-2026-031",
            "date": "2026-02-09",
            "total": "48500.00",
            "currency": "USD",
        },
    ),
]

_WAYBILLS = [
    # A scan of a bill of lading for the lab supplies. It names no money, so it has no
    # `total` label and `currency` is None. Its parties are American and have no labels.
    # The receiving stamp dates the delivery, not the bill.
    HoldoutDocument(
        id="aa-en-waybill-bill-of-lading-lab-freight-scan",
        document_type="waybill",
        language="en",
        text="""\
STRAIGHT BILL OF LADING - SHORT FORM - ORIGINAL - NOT NEGOTIABLE
Carrier: KEYSTONE VALLEY FREIGHT LINES, INC.     SCAC: KVFL     PRO No. 0662-4l873
B/L No. 773lO482                                 Date: 03/19/2026
SHIPPER: COBALT RIDGE SCIENTIFIC, INC., 225O Foundry Road, Hollister Springs, PA 18512
CONSIGNEE: LAKEMONT STATE UNIVERSITY - CENTRAL RECEIVING
           4OO College Avenue, Dock 3, Lakemont, NY 14823   Tel. (607) 555-0110
Freight charges: PREPAID (bill to shipper)      Customer PO: 450Ol87263
Shipper ref.: CRS-INV-260418                    Special instructions: liftgate, call before delivery
| HM | Pkgs | Type | Description of articles                        | NMFC   | Class | Weight, lb |
| X  | 2    | CTN  | UN1648, Acetonitrile, 3, PG II (4 x 4 L)       | 4858O  | 85    | 72         |
|    | 6    | CTN  | Laboratory plasticware: pipette tips, tubes    | 156600 | 55    | 94         |
|    | 1    | CTN  | Nitrile examination gloves                     | 156600 | 55    | 48         |
TOTAL: 9 packages                                                         214 lb
Emergency response telephone: 1-800-555-0136 (24 h), contract ERC-1l82O4
This is to certify that the above named materials are properly classified, described,
packaged, marked and labeled, and are in proper condition for transportation.
Shipper signature: R. Delgado          Carrier: picked up O3/l9/2O26, driver M. Szabo, trailer 53l8
RECEIVED O3/23/2O26 lO:4O - 9 pcs, no exceptions - T. Okafor, Central Receiving
""",
        expected={
            "number": "77310482",
            "date": "2026-03-19",
            "currency": None,
        },
        noisy=True,
    ),
]

_PACKING_LISTS = [
    # A Chinese maker's packing list of the fume hoods shipped to the university for
    # the Russian importer. The importer is labelled as buyer and the university as
    # consignee. The maker has no labels. No money is named.
    HoldoutDocument(
        id="aa-en-packing-list-fume-hoods-university",
        document_type="packing_list",
        language="en",
        text="""\
NINGBO HUAXIN LABORATORY FURNITURE CO., LTD.
No. 88 Huaxin Industrial Park Road, Beilun District, Ningbo, Zhejiang 315800, China · Tel. +86 574 8612 4470

                                     PACKING LIST
Packing List No.: HX-PL-260302                                        Date: 2 March 2026
Commercial Invoice No.: HX-CI-260302                     Contract No.: LTK-HX/2025-14

Buyer / Importer:   LLC "LabTechKomplekt", INN 4709261585, KPP 470901001,
                    17 Zavodskoy proezd, Verkhnerechinsk, 472020, Russian Federation
Consignee:          FSBEI HE "Verkhnerechinsk State Technical University", INN 4708123568,
                    KPP 470801001, building 3, 21 Politekhnicheskaya St., Verkhnerechinsk, 472016
Notify party:       LLC "LabTechKomplekt", tel. +7 (4712) 55-18-40
Port of loading: Ningbo, China          Route: rail via Zabaikalsk to Verkhnerechinsk
Container: TGHU 418273 6, seal HX2603021

| Case No. | Description                                 | Qty     | Net, kg | Gross, kg | Size, cm      |
| 1-8      | Fume hood body 1800 mm, knocked down        | 8 sets  | 1,312.0 |   1,516.0 | 192 x 96 x 128 |
| 9-16     | Ceramic worktops with cup sinks             | 8 pcs   |   424.0 |     512.0 | 190 x 84 x 22  |
| 17-24    | Exhaust fan units with speed controllers    | 8 sets  |   122.0 |     168.0 | 62 x 58 x 54   |
| TOTAL    | 24 cases                                    |         | 1,858.0 |   2,196.0 | 41.6 m3        |

Shipping marks: VSTU / LTK-HX/2025-14 / VERKHNERECHINSK / C/No. 1-24
Made in China. Packed in fumigated wooden cases (ISPM 15).
Prepared by: Chen Lijuan, export department
""",
        expected={
            "number": "HX-PL-260302",
            "date": "2026-03-02",
            "total": None,
            "currency": None,
            "parties.buyer.inn": "4709261585",
            "parties.buyer.kpp": "470901001",
            "parties.consignee.inn": "4708123568",
            "parties.consignee.kpp": "470801001",
        },
    ),
]

_BANK_STATEMENTS = [
    # A Russian bank's English statement of a charitable foundation's rouble account.
    # The holder is labelled as account_holder. The regional grant arrives from a
    # ministry's treasury account, a counterparty that is not labelled, and the
    # balances are not a total.
    HoldoutDocument(
        id="aa-en-bank-statement-charity-grant",
        document_type="bank_statement",
        language="en",
        text="""\
JSC "BANK OZERNY CAPITAL", Ozernogorsk · BIK 042508611 · correspondent account 30101810800000000611

                          ACCOUNT STATEMENT No. 31 for 16 March 2026
Account: 40703810525000062391 (RUB)
Account holder: Charitable Foundation "Warm Home", INN 2506239189, KPP 250601001
Previous statement: No. 30 for 12 March 2026                         Printed: 17 March 2026, 08:05

Opening balance: RUB 412,860.35

| Doc. | Counterparty, INN, account, BIK                                       |      Debit |       Credit |
| 418  | UFK for Ozernogorsk Territory (Ministry of Social Policy of            |            | 1,250,000.00 |
|      | Ozernogorsk Territory, p/a 02186Ш01150), INN 2508417260,               |            |              |
|      | account 03221643250000001406, BIK 012541908                            |            |              |
|      | Grant to a socially oriented NPO, agreement No. 14-ГР/26 of 27.02.2026, tranche 1 of 2 |  |
| 57   | LLC "Ozerny Dairy Yard", INN 2510068391,                               | 186,420.00 |              |
|      | account 40702810125000100683, BIK 042508611                            |            |              |
|      | Food packages for families, invoice No. ОМД-0702 of 13.03.2026, VAT 10% RUB 16,947.27  |  |
| 58   | JSC "Bank Ozerny Capital": account maintenance fee for March 2026      |     590.00 |              |

Turnover for the day:                                                      187,010.00   1,250,000.00
Closing balance: RUB 1,475,850.35

Operator ____________ K. A. Tsoi                                   Bank stamp
""",
        expected={
            "number": "31",
            "date": "2026-03-16",
            "currency": "RUB",
            "parties.account_holder.inn": "2506239189",
            "parties.account_holder.kpp": "250601001",
            "parties.account_holder.bik": "042508611",
            "parties.account_holder.account": "40703810525000062391",
        },
    ),
]

_RECEIPTS = [
    # A phone photo of a city clerk's official receipt for event permits paid by a
    # nonprofit. Its parties are American and have no labels.
    HoldoutDocument(
        id="aa-en-receipt-city-permit-photo",
        document_type="receipt",
        language="en",
        text="""\
        CITY OF MILLBROOK
     OFFICE OF THE CITY CLERK
120 Municipal Plaza, Millbrook, OH 4432l
         OFFICIAL RECEIPT
Receipt No. O261847
Date: Mar 23, 2O26    Time: 11:14 AM
Cashier: JMK     Drawer: 2
Received from: RIVERSIDE FOOD ALLIANCE INC
--------------------------------------
Special event permit                l50.0O
 Spring Food Drive, Canal St Park, 04/11/2026
Street / sidewalk closure permit     85.00
Technology fee                        4.5O
--------------------------------------
TOTAL                              $239.5O
Paid by CHECK No. 3318             $239.50
Balance due                           O.OO
   THANK YOU - PLEASE KEEP THIS RECEIPT
""",
        expected={
            "number": "0261847",
            "date": "2026-03-23",
            "total": "239.50",
            "currency": "USD",
        },
        noisy=True,
    ),
]

_PASSPORTS = [
    # A scan of a visiting researcher's Norwegian passport. The machine-readable zone
    # reads cleanly and repeats the number with a check digit. The date is the date of
    # issue.
    HoldoutDocument(
        id="aa-en-passport-norway-researcher-scan",
        document_type="passport",
        language="en",
        text="""\
NORGE  NORWAY  NORVÈGE
PASS / PASSPORT / PASSEPORT
Type  P      Landkode / Code  NOR      Passnummer / Passport No.  FL48273l6
Etternavn / Surname
BERGSTRØM
Fornavn / Given names
INGRID MARIE
Nasjonalitet / Nationality  NORSK / NORWEGIAN
Fødselsdato / Date of birth  14 MAY 1988
Personnummer / Personal No.  l4O588427l9
Kjønn / Sex  K/F          Fødested / Place of birth  TROMSØ
Utstedelsesdato / Date of issue  11 JAN 2O22
Utløpsdato / Date of expiry  11 JAN 2032
Myndighet / Authority  POLITIET
P<NORBERGSTROM<<INGRID<MARIE<<<<<<<<<<<<<<<<
FL48273161NOR8805142F320111814058842719<<<18
""",
        expected={
            "number": "FL4827316",
            "date": "2022-01-11",
            "total": None,
            "currency": None,
        },
        noisy=True,
    ),
]

_POWERS_OF_ATTORNEY = [
    # The translated power of attorney of a charitable foundation for its project
    # manager. The foundation prints its bank, so the principal carries its account and
    # BIK. The attorney is labelled with the 12-digit INN. The cap on contracts names
    # roubles, so `currency` is RUB and `total` is None.
    HoldoutDocument(
        id="aa-en-power-of-attorney-charity-project-manager",
        document_type="power_of_attorney",
        language="en",
        text="""\
Translation from Russian

                              POWER OF ATTORNEY No. 3/2026

Ozernogorsk                                                                    March 2, 2026

Charitable Foundation "Warm Home" (BF "Warm Home"), INN 2506239189, KPP 250601001,
OGRN 1142506239182, 12 Naberezhnaya St., office 5, Ozernogorsk, 690091, settlement account
40703810525000062391 with JSC "Bank Ozerny Capital", Ozernogorsk, BIK 042508611, correspondent
account 30101810800000000611, represented by its President Nadezhda Petrovna Zaitseva acting
under the Charter, hereby authorizes

Anton Igorevich Melnikov, INN 250732816443, passport 05 19 No. 482615 issued on 14 August 2019,
project manager of the Foundation,

to represent the Foundation before the Ministry of Social Policy of Ozernogorsk Territory in all
matters under grant agreement No. 14-ГР/26 of 27 February 2026, and in particular:
1) to sign and submit the interim and final reports of the project and the registers of
   expenses paid from the grant;
2) to sign supply contracts and acts of acceptance paid from the grant, each for an amount of
   no more than RUB 500,000.00;
3) to receive and submit documents, letters and notices.

This power of attorney is issued without the right of substitution and is valid until
December 31, 2026.

President ____________ N. P. Zaitseva                                          Seal
""",
        expected={
            "number": "3/2026",
            "date": "2026-03-02",
            "total": None,
            "currency": "RUB",
            "parties.principal.inn": "2506239189",
            "parties.principal.kpp": "250601001",
            "parties.principal.bik": "042508611",
            "parties.principal.account": "40703810525000062391",
            "parties.attorney.inn": "250732816443",
        },
    ),
]

_LETTERS = [
    # A university's procurement office writes to all suppliers about invoicing for
    # grant-funded purchases. It names dollar thresholds, so `currency` is USD, and
    # `total` is None.
    HoldoutDocument(
        id="aa-en-letter-university-invoicing-rules",
        document_type="letter",
        language="en",
        text="""\
LAKEMONT STATE UNIVERSITY
Procurement Services · Whitcomb Hall 110 · 400 College Avenue · Lakemont, NY 14823
procurement@lakemont-state.example · (607) 555-0164

Ref.: PS-2026-014                                                                March 2, 2026

To: All suppliers of the University
Subject: Invoicing purchases charged to sponsored research projects

Dear Supplier,

From April 1, 2026, the University pays invoices for purchases charged to sponsored research
projects only when they meet the requirements below. Most of these projects are funded by
federal and state research grants, whose sponsors audit every charge.

1. Each invoice must show the University purchase order number (ten digits, starting with 45)
   and the sponsored project number printed on the purchase order (LSU-SP-...).
2. Freight, hazardous material fees and other charges must be stated on separate lines.
3. The University is exempt from New York State sales tax. Do not charge sales tax; our
   exempt organization certificate is available from this office on request.
4. Orders above $10,000.00 are paid only after Central Receiving confirms delivery. Orders
   above $250,000.00 also require an acceptance report signed by the principal investigator.
5. Correct invoices are paid within 30 days after we receive both the goods and the invoice.

Please send invoices to ap-invoices@lakemont-state.example, one invoice per PDF file, and
direct questions to your buyer in Procurement Services.

Sincerely,

Martin K. Abernathy
Director of Procurement Services
""",
        expected={
            "number": "PS-2026-014",
            "date": "2026-03-02",
            "total": None,
            "currency": "USD",
        },
    ),
]

_OTHER = [
    # A supplier's acknowledgement of a grant-funded purchase order. It confirms the
    # order and requests no payment, so it is `other` with `total` None, as set T rules
    # for a purchase order. Its own number is the acknowledgement's, not the PO's.
    HoldoutDocument(
        id="aa-en-other-purchase-order-acknowledgement",
        document_type="other",
        language="en",
        text="""\
COBALT RIDGE SCIENTIFIC, INC.
2250 Foundry Road, Hollister Springs, PA 18512 · (570) 555-0142 · orders@cobaltridge-sci.example

                            SALES ORDER ACKNOWLEDGEMENT
Acknowledgement No.: OA-58211                                     Date: March 6, 2026
Your PO No.: 4500187263 of March 4, 2026                          Customer No.: LSU-00417
Customer: Lakemont State University, Department of Chemistry (PI: Dr. Priya Raman)
Funding stated on the PO: sponsored project LSU-SP-26-0412, Great Lakes Research Council
award GLRC-2025-118

We confirm your order as follows:
| Line | Item No.  | Description                             |   Qty | Unit Price | Extended | Ships      |
|    1 | PT-200-RK | Pipette tips 200 uL, racked, 10 x 96    | 10 CS |      86.50 |   865.00 | 03/18/2026 |
|    2 | NG-M-1000 | Nitrile exam gloves, size M, 1000/case  | 12 CS |      41.20 |   494.40 | 03/18/2026 |
|    3 | CT-50-500 | Centrifuge tubes 50 mL, sterile, 500/cs |  8 CS |     118.75 |   950.00 | 03/18/2026 |
|    4 | AC-HP-4L  | Acetonitrile, HPLC grade, 4 L bottle    |  6 EA |     389.90 | 2,339.40 | 03/18/2026 |

Merchandise total (USD): 4,648.80. Freight is prepaid and added to the invoice, estimated at
86.40, plus a hazardous material fee of 35.00 for line 4. Sales tax: exempt (certificate on file).
All lines ship together by ground freight, because line 4 is a hazardous material.

This acknowledgement is not an invoice. We invoice each shipment when it leaves our warehouse.
Customer service: Rachel Delgado, ext. 214
""",
        expected={
            "number": "OA-58211",
            "date": "2026-03-06",
            "total": None,
            "currency": "USD",
        },
    ),
    # A fax of a county health department's remittance advice. Like set T's remittance
    # advice it is `other`: the payer's notice of an ACH payment, with `total` None and
    # `currency` USD. The fax header's date and the ACH trace number are not its date
    # and number.
    HoldoutDocument(
        id="aa-en-other-remittance-advice-county-fax",
        document_type="other",
        language="en",
        text="""\
04/17/2026 O8:03   FROM: MILLBROOK CNTY AP   FAX 330-555-0120   TO: 207-555-0199   P.1/1
MILLBROOK COUNTY DEPARTMENT OF PUBLIC HEALTH
Accounts Payable Division - 215 Court Street, Millbrook, OH 4432l
                    REMITTANCE ADVICE
Remittance No.: 2026-00871                Payment Date: O4/l6/2O26
Payment Method: ACH credit                Trace No.: O9lOOOOl7734412
Payee: PINECREST PRINT & MAIL             Vendor No.: V-O4l82
       77 Harbor Road, Eastbrook, ME O44l2
Paid to account ending 729l at Coastal Trust Bank
| Invoice No. | Invoice Date | PO / Contract | Gross Amount | Discount | Net Paid |
| 2026-0291   | 03/05/2026   | PH-26-O33     |       642.18 |   -12.84 |   629.34 |
| 2O26-O3O4   | 03/10/2026   | PH-26-033     |     1,216.32 |     O.O0 | 1,216.32 |
TOTAL PAYMENT (USD)                                                $l,845.66
Discount: 2% for payment within 10 days, per terms 2/10 net 30.
Questions: ap@millbrook-county.example or (330) 555-0125.
""",
        expected={
            "number": "2026-00871",
            "date": "2026-04-16",
            "total": None,
            "currency": "USD",
        },
        noisy=True,
    ),
]

ENGLISH_DOCUMENTS_AA = [
    *_INVOICES,
    *_ACTS,
    *_UPDS,
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
