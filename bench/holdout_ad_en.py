"""English documents of set AD. `bench.holdout_ad` describes the set and its labels."""

# Document texts reproduce printed lines up to 110 characters wide.
# ruff: noqa: E501

from .holdout import HoldoutDocument

_INVOICES = [
    # A foreign lender's interest invoice for one interest period. The total is the
    # interest due, not the principal outstanding or the next repayment.
    HoldoutDocument(
        id="ad-en-invoice-interest-period",
        document_type="invoice",
        language="en",
        text="""\
AURELIA CREDIT PARTNERS LTD
14 Archiepiskopou Makariou III Avenue, 3030 Limassol, Cyprus
Registration No. HE 418273

INTEREST INVOICE

Invoice No.:      ACP-INT-2026-0027
Invoice date:     23 February 2026
Payment date:     2 March 2026

Borrower:         Karelian Timber Industries LLC
                  185035, Petrozavodsk, Lenina Avenue 21, Republic of Karelia, Russia
                  INN 1014470086 / KPP 100101001

Facility:         USD 3,000,000.00 Term Loan Facility Agreement dated 12 November 2025
Loan:             Utilisation No. 1, drawn 20 November 2025

| Description                               | Basis                              | Amount (USD) |
| Principal outstanding                     | as at 20 February 2026             | 1,200,000.00 |
| Interest period                           | 20 Nov 2025 - 20 Feb 2026, 92 days |              |
| Interest rate                             | 9.25% p.a., actual/360             |              |
| Interest for the period                   | 1,200,000.00 x 9.25% x 92/360      |    28,366.67 |

TOTAL INTEREST DUE:                                                    USD 28,366.67

Next interest period: 20 Feb 2026 - 20 May 2026. First principal instalment of USD 375,000.00
falls due on 30 June 2026 (Clause 6.1). Default interest accrues at 2% above the agreed rate.

Please pay in full, without set-off or deduction, to:
Beneficiary:      Aurelia Credit Partners Ltd
IBAN:             CY38002001280000001204718301
Bank:             Marathon Bank of Commerce Ltd, Limassol, SWIFT MBCMCY2L
Reference:        ACP-INT-2026-0027

For and on behalf of Aurelia Credit Partners Ltd        Facility Agent: S. Meletiou
""",
        expected={
            "number": "ACP-INT-2026-0027",
            "date": "2026-02-23",
            "total": "28366.67",
            "currency": "USD",
            "parties.buyer.inn": "1014470086",
            "parties.buyer.kpp": "100101001",
        },
    ),
    # A faxed broker's debit note for a hull and machinery premium. The total is the
    # amount due from the insured, not the sum insured or the deductible.
    HoldoutDocument(
        id="ad-en-invoice-broker-debit-note-fax",
        document_type="invoice",
        language="en",
        text="""\
18-MAR-2026 08:41   FROM: FAIRHOLM MARINE   +44 20 7946 0318   P. 1/1
FAIRHOLM MARINE BROKERS LTD
31 Leadenhall Row, London EC3A 2QX, United Kingdom
                              DEBIT NOTE
Debit Note No.:   DN-26/0l147
Date:             17 March 2O26
Client:           Volga Bulk Shipping JSC
                  443099, Samara, Vilonovskaya Street 18, Russia
                  INN 6358362112  KPP 6315OlOO1
Class:            Hull & Machinery, annual
Vessel:           MV "Zhigulevsk", IMO 94l8273
Period:           O1 April 2026 to 31 March 2027, both days inclusive
Insurers:         Channel Mutual Marine Ltd 6O%, Northgate Syndicate 4127 4O%
Sum insured:      USD 6,5OO,O00.O0
Deductible:       USD 75,000.OO each accident
Rate:             O.75%
| Item                                   | USD          |
| Gross annual premium                   |  48,750.0O   |
| Premium tax                            |       0.0O   |
| TOTAL DUE                              |  48,75O.O0   |
Payment due by l5 April 2O26 in USD to:
Fairholm Marine Brokers Ltd, IBAN GB98NWBK6O73Ol31882046, SWIFT NWBKGB2L
Please quote DN-26/O1147 with your payment.
Account executive: L. Ashdown
""",
        expected={
            "number": "DN-26/01147",
            "date": "2026-03-17",
            "total": "48750.00",
            "currency": "USD",
            "parties.buyer.inn": "6358362112",
            "parties.buyer.kpp": "631501001",
        },
        noisy=True,
    ),
    # A lessor's invoice for the first monthly rental under a lease schedule. The
    # rental is the total, not the equipment cost or the rentals of the whole term.
    HoldoutDocument(
        id="ad-en-invoice-lease-rental-1",
        document_type="invoice",
        language="en",
        text="""\
HANSEATIC EQUIPMENT LEASING GmbH
Am Sandtorkai 48, 20457 Hamburg, Germany

INVOICE                                           Invoice No.: HEL-INV-26-0318
                                                  Invoice date: 10 March 2026
                                                  Due date: 25 March 2026

Lessee:  Don Agro Machinery LLC
         344002, Rostov-on-Don, Bolshaya Sadovaya Street 96, Russia
         INN 6113047547, KPP 616301001
Lease:   Lease Schedule No. 3 dated 9 February 2026 to Master Lease Agreement
         No. HEL-MLA-0117 dated 2 June 2025

| # | Description                                             | Qty | Amount (EUR) |
| 1 | Monthly rental No. 1 of 36, period 04 Mar - 03 Apr 2026 |   1 |    10,950.00 |
|   | Two forage harvesters model HX-760, serials 760-2214,   |     |              |
|   | 760-2215                                                |     |              |
|                                              Subtotal        |    10,950.00 |
|                                              VAT             |   not charged |
|                                              Amount due      | EUR 10,950.00 |

Equipment cost: EUR 412,000.00. Total rentals for the term, with the advance rental of
EUR 61,800.00 already paid and the purchase option price: EUR 460,120.00.
Cross-border lease service: VAT is not charged by the lessor (reverse charge with the lessee).

Payment by transfer to: Hanseatic Equipment Leasing GmbH
IBAN DE61200505501508734412, BIC HSPADEHHXXX. Reference: HEL-INV-26-0318
""",
        expected={
            "number": "HEL-INV-26-0318",
            "date": "2026-03-10",
            "total": "10950.00",
            "currency": "EUR",
            "parties.buyer.inn": "6113047547",
            "parties.buyer.kpp": "616301001",
        },
    ),
]

_CONTRACTS = [
    # A lease schedule under a master lease agreement is a `contract`. Its total is
    # the total of rentals with the advance rental and the purchase option price, as set
    # J rules for a lease, not the equipment cost or one rental.
    HoldoutDocument(
        id="ad-en-contract-lease-schedule-3",
        document_type="contract",
        language="en",
        text="""\
LEASE SCHEDULE No. 3
to Master Lease Agreement No. HEL-MLA-0117 dated 2 June 2025

Date of this Schedule: 9 February 2026

Lessor:  Hanseatic Equipment Leasing GmbH, Am Sandtorkai 48, 20457 Hamburg, Germany,
         Commercial Register Hamburg HRB 171204
Lessee:  Don Agro Machinery LLC, 344002, Rostov-on-Don, Bolshaya Sadovaya Street 96, Russia,
         INN 6113047547, KPP 616301001, OGRN 1026164893776

1. Equipment: two (2) forage harvesters model HX-760, serial numbers 760-2214 and 760-2215,
   new, with headers and standard tool kits.
2. Equipment cost: EUR 412,000.00 (EUR 206,000.00 per unit).
3. Term: 36 months from the Acceptance Date stated in the Delivery and Acceptance Certificate.
4. Rentals:
   4.1 Advance rental: EUR 61,800.00 (15% of the equipment cost), due within 10 days of this
       Schedule;
   4.2 36 monthly rentals of EUR 10,950.00 each, payable in advance on the 25th day of each
       month from the Acceptance Date;
   4.3 Purchase option price: EUR 4,120.00 (1% of the equipment cost), payable with the last
       rental if the Lessee exercises the option.
5. Total of rentals under this Schedule, including the advance rental and the purchase
   option price: EUR 460,120.00 (four hundred sixty thousand one hundred twenty euros).
6. Stipulated loss value in month 1: EUR 398,300.00, declining monthly per Annex A.
7. Insurance: all risks, for not less than the stipulated loss value, Lessor named as loss
   payee.
8. Delivery: CPT Rostov-on-Don (Incoterms 2020), not later than 6 March 2026.
9. Governing law: the law stated in the Master Lease Agreement (English law, LCIA arbitration).

Signed for the Lessor: ____________ J. Brandstetter, Managing Director
Signed for the Lessee: ____________ V. A. Kostenko, General Director
""",
        expected={
            "number": "3",
            "date": "2026-02-09",
            "total": "460120.00",
            "currency": "EUR",
            "parties.buyer.inn": "6113047547",
            "parties.buyer.kpp": "616301001",
        },
    ),
    # A term loan facility agreement's front page with its key terms. Its total is the
    # facility amount, as for the Russian credit line, not a utilisation, an instalment
    # or the arrangement fee. The lender is the seller and has no Russian requisites.
    HoldoutDocument(
        id="ad-en-contract-facility-agreement",
        document_type="contract",
        language="en",
        text="""\
USD 3,000,000.00
TERM LOAN FACILITY AGREEMENT No. ACP-KTI-2025/11

dated 12 November 2025

between

AURELIA CREDIT PARTNERS LTD, a company incorporated in Cyprus under registration number
HE 418273, of 14 Archiepiskopou Makariou III Avenue, 3030 Limassol (the "Lender"), and

KARELIAN TIMBER INDUSTRIES LLC, a limited liability company incorporated in the Russian
Federation, OGRN 1191088663985, INN 1014470086, KPP 100101001, of 185035, Petrozavodsk,
Lenina Avenue 21 (the "Borrower").

KEY TERMS
1.  Facility:            term loan facility in an aggregate amount of USD 3,000,000.00.
2.  Purpose:             purchase of sawmill equipment and working capital.
3.  Availability Period: from the date of this Agreement to 31 May 2026.
4.  Utilisations:        not more than 4, each at least USD 500,000.00, on a Utilisation
                         Request delivered not later than 3 Business Days before drawing.
5.  Interest:            9.25% per annum, actual/360, payable on the last day of each
                         Interest Period of 3 months.
6.  Repayment:           8 equal quarterly instalments of USD 375,000.00, the first on
                         30 June 2026; Final Maturity Date 31 March 2028.
7.  Arrangement fee:     1.00% of the Facility (USD 30,000.00), payable on first drawing.
8.  Commitment fee:      0.50% per annum on the undrawn amount.
9.  Default interest:    2.00% per annum above the rate in clause 5.
10. Borrower's account:  USD account No. 40702840004569238790 with Baltic Clearing Bank JSC,
                         St Petersburg, BIK 044030817, SWIFT BCLBRU2P.
11. Governing law:       English law; disputes finally resolved by LCIA arbitration, London.

Signed for the Lender:    ____________ Stavros Meletiou, Director
Signed for the Borrower:  ____________ Nikolai P. Vaskelainen, General Director
""",
        expected={
            "number": "ACP-KTI-2025/11",
            "date": "2025-11-12",
            "total": "3000000.00",
            "currency": "USD",
            "parties.buyer.inn": "1014470086",
            "parties.buyer.kpp": "100101001",
            "parties.buyer.account": "40702840004569238790",
            "parties.buyer.bik": "044030817",
        },
    ),
]

_PAYMENT_ORDERS = [
    # A print of an outgoing SWIFT MT103 that pays the interest invoice. It is numbered
    # by the sender's reference in field 20 and dated by its value date in field 32A,
    # which the print repeats, not by the time it was printed. The payer is labelled with
    # the account of field 50K and the BIK of the sending bank.
    HoldoutDocument(
        id="ad-en-payment-order-mt103-interest",
        document_type="payment_order",
        language="en",
        text="""\
Baltic Clearing Bank JSC, St Petersburg        BIK 044030817   SWIFT BCLBRU2P
Outgoing payment confirmation (MT103)            Printed: 03.03.2026 10:17
Status: ACK, sent 02.03.2026 11:58               Value date: 02.03.2026

{1:F01BCLBRU2PAXXX0418273614}{2:I103MBCMCY2LXXXXN}
:20:KTI260302-01
:23B:CRED
:32A:260302USD28366,67
:33B:USD28366,67
:50K:/40702840004569238790
KARELIAN TIMBER INDUSTRIES LLC
INN 1014470086 KPP 100101001
PETROZAVODSK, RUSSIA
:52A:BCLBRU2P
:57A:MBCMCY2L
:59:/CY38002001280000001204718301
AURELIA CREDIT PARTNERS LTD
LIMASSOL, CYPRUS
:70:INTEREST INV ACP-INT-2026-0027 LOAN
AGREEMENT ACP-KTI-2025/11 DD 12.11.2025
PERIOD 20.11.2025-20.02.2026
:71A:OUR
-}

Amount: USD 28,366.67 (twenty-eight thousand three hundred sixty-six US dollars 67 cents)
Charges: OUR, bank commission USD 45.00 debited separately from account 40702840004569238790
Currency control: unique loan number 25110042/0817/0000/4/1
""",
        expected={
            "number": "KTI260302-01",
            "date": "2026-03-02",
            "total": "28366.67",
            "currency": "USD",
            "parties.payer.inn": "1014470086",
            "parties.payer.kpp": "100101001",
            "parties.payer.account": "40702840004569238790",
            "parties.payer.bik": "044030817",
        },
    ),
]

_BANK_STATEMENTS = [
    # A Russian bank's English statement of a USD account for one day. It receives a
    # utilisation of the loan and sends the interest. The lender's IBAN is not labelled.
    HoldoutDocument(
        id="ad-en-bank-statement-usd-14",
        document_type="bank_statement",
        language="en",
        text="""\
BALTIC CLEARING BANK JSC
St Petersburg, Russia | BIK 044030817 | Corr. account 30101810100000000817 | SWIFT BCLBRU2P

ACCOUNT STATEMENT No. 14 for 2 March 2026
Account holder:  Karelian Timber Industries LLC, INN 1014470086, KPP 100101001
Account:         40702840004569238790 (USD)
Previous statement: No. 13 for 20 February 2026
Opening balance:                                                      USD     214,380.12

| Value date | Ref.        | Counterparty / details                          |       Debit  |       Credit |
| 02.03.2026 | 0418-11204  | AURELIA CREDIT PARTNERS LTD, Limassol           |              | 1,200,000.00 |
|            |             | IBAN CY38002001280000001204718301              |              |              |
|            |             | Utilisation No. 2, facility ACP-KTI-2025/11     |              |              |
| 02.03.2026 | KTI260302-01| AURELIA CREDIT PARTNERS LTD, Limassol           |    28,366.67 |              |
|            |             | Interest inv ACP-INT-2026-0027                  |              |              |
| 02.03.2026 | FEE-0302-7  | Baltic Clearing Bank JSC, MT103 charges (OUR)    |        45.00 |              |

Total debits: USD 28,411.67            Total credits: USD 1,200,000.00
Closing balance:                                                      USD   1,385,968.45

Statement generated 03.03.2026 06:30. Please report any discrepancy within 10 days.
""",
        expected={
            "number": "14",
            "date": "2026-03-02",
            "currency": "USD",
            "parties.account_holder.inn": "1014470086",
            "parties.account_holder.kpp": "100101001",
            "parties.account_holder.bik": "044030817",
            "parties.account_holder.account": "40702840004569238790",
        },
    ),
    # A bank's monthly statement of the fees it debited from a USD account is a
    # `bank_statement`: it reports operations on one account and requests no payment. It
    # has no `total` label, and it is dated by its statement date, not the month it covers.
    HoldoutDocument(
        id="ad-en-bank-statement-fee-charges",
        document_type="bank_statement",
        language="en",
        text="""\
VOLZHSKAYA GAVAN BANK PJSC
Nizhny Novgorod, Bolshaya Pokrovskaya Street 40 | BIK 042202719 | SWIFT VGBKRU2N
Corr. account 30101810700000000719 with the Volga-Vyatka Main Branch of the Bank of Russia

STATEMENT OF FEES AND CHARGES No. FC-2026-02/3318
Statement date: 02 March 2026                     Period: 01 February 2026 - 28 February 2026
Customer:  Volga Bulk Shipping JSC, INN 6358362112, KPP 631501001
Account:   40702840881486729603 (USD), tariff plan "Foreign Trade Plus"

| Date       | Fee                                                  | Basis              |  Amount, USD |
| 03.02.2026 | Outgoing SWIFT transfer, MT103 ref. VBS-0203-1        | tariff 4.2.1       |        35.00 |
| 03.02.2026 | Currency control of outgoing payment, 0.10%           | USD 46,200.00      |        46.20 |
| 11.02.2026 | Outgoing SWIFT transfer, MT103 ref. VBS-0211-4        | tariff 4.2.1       |        35.00 |
| 11.02.2026 | Currency control of outgoing payment, 0.10%           | USD 18,420.00      |        18.42 |
| 18.02.2026 | Incoming SWIFT transfer, charter hire                 | tariff 4.3.1       |        20.00 |
| 20.02.2026 | Investigation request, payment ref. VBS-0211-4        | tariff 4.7         |        30.00 |
| 28.02.2026 | Account maintenance, February 2026                    | tariff 1.2         |        25.00 |

Total fees debited from the account in the period:                             USD 209.62
All fees above were debited from account 40702840881486729603 on the dates shown. No payment
is required. Fees are not subject to VAT (Tax Code of the Russian Federation, art. 149).
Account balance on 28 February 2026: USD 1,486,215.38

Relationship manager: A. V. Sukhanova, tel. +7 831 419-22-15
""",
        expected={
            "number": "FC-2026-02/3318",
            "date": "2026-03-02",
            "currency": "USD",
            "parties.account_holder.inn": "6358362112",
            "parties.account_holder.kpp": "631501001",
            "parties.account_holder.bik": "042202719",
            "parties.account_holder.account": "40702840881486729603",
        },
    ),
]

_ACTS = [
    # A delivery and acceptance certificate under the lease schedule is an `act`. Its
    # total is the stated value of the equipment it accepts, as set T rules, not a
    # rental. The lessee is the buyer. The lessor has no Russian requisites.
    HoldoutDocument(
        id="ad-en-act-lease-acceptance",
        document_type="act",
        language="en",
        text="""\
DELIVERY AND ACCEPTANCE CERTIFICATE No. DAC-3/1
under Lease Schedule No. 3 dated 9 February 2026
to Master Lease Agreement No. HEL-MLA-0117 dated 2 June 2025

Place and date: Rostov-on-Don, 4 March 2026

Lessor:  Hanseatic Equipment Leasing GmbH, Hamburg, Germany
Lessee:  Don Agro Machinery LLC, INN 6113047547, KPP 616301001,
         344002, Rostov-on-Don, Bolshaya Sadovaya Street 96, Russia
Supplier: Norddeutsche Erntetechnik AG, Kiel, Germany (delivery note No. 26-0219)

The Lessee confirms that on the date above it received, inspected and accepted:

| # | Equipment                         | Serial No. | Engine hours | Value (EUR) |
| 1 | Forage harvester HX-760 w/ header | 760-2214   | 3.5          | 206,000.00  |
| 2 | Forage harvester HX-760 w/ header | 760-2215   | 3.1          | 206,000.00  |
|   | Total value of the Equipment      |            |              | 412,000.00  |

The Equipment is in good working order and conforms to the Schedule. The Acceptance Date
is 4 March 2026. The first monthly rental of EUR 10,950.00 falls due on 25 March 2026 and
the Term ends on 3 March 2029.

For the Lessee: ____________ V. A. Kostenko, General Director
For the Lessor (by its agent): ____________ M. Oltmanns, Service Engineer
""",
        expected={
            "number": "DAC-3/1",
            "date": "2026-03-04",
            "total": "412000.00",
            "currency": "EUR",
            "parties.buyer.inn": "6113047547",
            "parties.buyer.kpp": "616301001",
        },
    ),
]

_WAYBILLS = [
    # A scan of a bill of lading for timber shipped under the letter of credit. The
    # Russian exporter is the shipper. The consignee is "to order" of the issuing bank
    # and the notify party is the foreign buyer, so neither has labels. It names no money.
    HoldoutDocument(
        id="ad-en-waybill-bill-of-lading-scan",
        document_type="waybill",
        language="en",
        text="""\
BILL OF LADING                                   B/L No. ASTL-26O5-017
Shipper:
ARKHANGELSK SAWN TIMBER JSC
l63O00, ARKHANGELSK, NABEREZHNAYA SEVERNOY DVINY 112, RUSSIA
INN 296l747886 KPP 29Ol01O01
Consignee:
TO THE ORDER OF NILE DELTA TRADE BANK S.A.E., ALEXANDRIA
Notify party:
DELTA WOOD TRADING CO. S.A.E., 17 EL HORREYA ROAD, ALEXANDRIA, EGYPT
Vessel: MV BELOMORSK   Voyage: 2604W
Port of loading: ARKHANGELSK, RUSSIA   Port of discharge: ALEXANDRIA, EGYPT
| Marks       | Packages       | Description of goods                      | Gross weight | Measurement |
| AST/DW/Ol7  | 1l2 PACKAGES   | SAWN SOFTWOOD TIMBER, PINE, KD 18%,       | 286,42O KGS  | 6l2.48O M3  |
|             |                | 5OX15O MM, GRADE I-III                    |              |             |
|             |                | L/C NO. NDT/LC/26/0387                    |              |             |
SHIPPED ON BOARD 27 APRIL 2O26
FREIGHT PREPAID
Number of original B/Ls: THREE (3)
Place and date of issue: ARKHANGELSK, 28 APRIL 2O26
Signed as agent for the carrier WHITE SEA LINES LTD
""",
        expected={
            "number": "ASTL-2605-017",
            "date": "2026-04-28",
            "currency": None,
            "parties.shipper.inn": "2961747886",
            "parties.shipper.kpp": "290101001",
        },
        noisy=True,
    ),
]

_PACKING_LISTS = [
    # The exporter's packing list for the same shipment. It names no money. The
    # exporter is the seller, and the Egyptian buyer has no labels.
    HoldoutDocument(
        id="ad-en-packing-list-sawn-timber",
        document_type="packing_list",
        language="en",
        text="""\
ARKHANGELSK SAWN TIMBER JSC
163000, Arkhangelsk, Naberezhnaya Severnoy Dviny 112, Russia
INN 2961747886, KPP 290101001, OGRN 1192931049255

PACKING LIST No. PL-26/017                                    Date: 27 April 2026

Seller:   Arkhangelsk Sawn Timber JSC, Arkhangelsk, Russia
Buyer:    Delta Wood Trading Co. S.A.E., 17 El Horreya Road, Alexandria, Egypt
Contract: No. AST-DW/2026-02 dated 16 January 2026
L/C:      No. NDT/LC/26/0387 issued by Nile Delta Trade Bank S.A.E., Alexandria
Vessel:   MV Belomorsk, voyage 2604W, Arkhangelsk - Alexandria

| Size, mm   | Grade  | Packages | Pieces per pkg | Volume, m3 | Net, kg  | Gross, kg |
| 50 x 150   | I-II   | 48       | 180            | 259.200    | 121,824  | 123,264   |
| 50 x 150   | III    | 24       | 180            | 129.600    |  60,912  |  61,632   |
| 25 x 100   | I-II   | 40       | 420            | 223.680    | 100,642  | 101,524   |
| Total      |        | 112      |                | 612.480    | 283,378  | 286,420   |

Marks: AST/DW/017, packages numbered 1 to 112, strapped and covered with printed wrap.
Species: Pinus sylvestris, kiln dried to 18% moisture. Country of origin: Russia.
Phytosanitary certificate No. 2926-0411 dated 24 April 2026.

Shipping department ____________ E. S. Popova
""",
        expected={
            "number": "PL-26/017",
            "date": "2026-04-27",
            "total": None,
            "currency": None,
            "parties.seller.inn": "2961747886",
            "parties.seller.kpp": "290101001",
        },
    ),
]

_RECEIPTS = [
    # A phone photo of the broker's receipt for the premium. The Russian insured under
    # "Received from" is the buyer, as set T rules for an official receipt, and its
    # total is the amount received.
    HoldoutDocument(
        id="ad-en-receipt-premium-photo",
        document_type="receipt",
        language="en",
        text="""\
FAIRHOLM MARINE BROKERS LTD
3l Leadenhall Row, London EC3A 2QX
          PREMIUM RECEIPT
Receipt No.: OR-26-0419
Date: 27 March 2026
Received from: Volga Bulk Shipping JSC, Samara
               INN 6358362l12
The sum of: USD 48,750.O0
(forty-eight thousand seven hundred fifty US dollars)
In payment of: Debit Note DN-26/O1l47 dated l7 March 2026
Hull & Machinery, MV "Zhigulevsk", 01.O4.2O26 - 31.O3.2O27
Paid by: SWIFT transfer, value 26 March 2026
Balance outstanding: USD O.00
Received by: ____________ L. Ashdown
           PAID * FAIRHOLM MARINE * LONDON
""",
        expected={
            "number": "OR-26-0419",
            "date": "2026-03-27",
            "total": "48750.00",
            "currency": "USD",
            "parties.buyer.inn": "6358362112",
        },
        noisy=True,
    ),
]

_PASSPORTS = [
    # A scan of the lender's director's passport for the borrower's bank. The number
    # is the passport number, and the date is the date of issue, not the birth or expiry
    # date. The machine-readable zone reads cleanly.
    HoldoutDocument(
        id="ad-en-passport-cyprus-scan",
        document_type="passport",
        language="en",
        text="""\
REPUBLIC OF CYPRUS     KYPRIAKI DIMOKRATIA
PASSPORT / DIAVATIRIO
Type P    Code of issuing State CYP    Passport No. KOO627184
Surname: MELETIOU
Given names: STAVROS
Nationality: CYPRIOT
Date of birth: l4 OCT 1979
Sex: M     Place of birth: LIMASSOL
Date of issue: O9 MAR 2022
Date of expiry: 08 MAR 2032
Authority: CIVIL REGISTRY AND MIGRATION DEPT
P<CYPMELETIOU<<STAVROS<<<<<<<<<<<<<<<<<<<<<<
K006271840CYP7910144M3203086<<<<<<<<<<<<<<<8
""",
        expected={
            "number": "K00627184",
            "date": "2022-03-09",
            "total": None,
            "currency": None,
        },
        noisy=True,
    ),
]

_POWERS_OF_ATTORNEY = [
    # A power of attorney to sign documents under the facility agreement. Its limit is
    # in US dollars, so `currency` is USD and `total` is None. The finance director is the
    # attorney with the 12-digit INN printed for him.
    HoldoutDocument(
        id="ad-en-power-of-attorney-facility",
        document_type="power_of_attorney",
        language="en",
        text="""\
POWER OF ATTORNEY No. 41/2025

Petrozavodsk, 10 November 2025

Karelian Timber Industries LLC, OGRN 1191088663985, INN 1014470086, KPP 100101001, of 185035,
Petrozavodsk, Lenina Avenue 21, Russia (the "Company"), represented by its General Director
Nikolai P. Vaskelainen, acting under the Charter, hereby authorises

Mr Pavel Olegovich Raudsepp, Finance Director of the Company, INN 105047264473, passport
86 19 402731 issued on 22 May 2019,

to negotiate and sign on behalf of the Company:
(a) the Term Loan Facility Agreement with Aurelia Credit Partners Ltd and any amendment to it;
(b) Utilisation Requests, interest period selections and prepayment notices under it;
(c) payment orders and currency control documents with Baltic Clearing Bank JSC relating to
    the facility;
provided that the amount of any single Utilisation Request or payment shall not exceed
USD 1,500,000.00.

This power of attorney is valid until 31 December 2026 and may not be delegated.

Signature of the attorney ____________ P. O. Raudsepp certified.

General Director ____________ N. P. Vaskelainen                          Seal
""",
        expected={
            "number": "41/2025",
            "date": "2025-11-10",
            "total": None,
            "currency": "USD",
            "parties.principal.inn": "1014470086",
            "parties.principal.kpp": "100101001",
            "parties.attorney.inn": "105047264473",
        },
    ),
]

_LETTERS = [
    # A utilisation request (drawdown notice) under the facility is a `letter` from the
    # borrower to the lender. It names dollar sums, so `currency` is USD and `total` is
    # None. It is numbered by the borrower's reference. Like every letter it has no party
    # labels, although it prints the account to credit.
    HoldoutDocument(
        id="ad-en-letter-utilisation-request",
        document_type="letter",
        language="en",
        text="""\
KARELIAN TIMBER INDUSTRIES LLC
185035, Petrozavodsk, Lenina Avenue 21, Russia | INN 1014470086 | KPP 100101001

To: Aurelia Credit Partners Ltd, as Lender
    14 Archiepiskopou Makariou III Avenue, 3030 Limassol, Cyprus
    Attention: Loan Administration

Our ref.: KTI/FIN/26-031                                           Date: 26 February 2026

Dear Sirs,

USD 3,000,000.00 Term Loan Facility Agreement dated 12 November 2025 (the "Agreement")
Utilisation Request

1. We refer to the Agreement. This is a Utilisation Request. Terms defined in the Agreement
   have the same meaning in this Utilisation Request.
2. We wish to borrow a Loan on the following terms:
   Proposed Utilisation Date:  2 March 2026 (or, if that is not a Business Day, the next
                               Business Day)
   Amount:                     USD 1,200,000.00
   Interest Period:            3 months
3. We confirm that each condition specified in clause 4.2 of the Agreement is satisfied on the
   date of this Utilisation Request and that no Default is continuing.
4. The proceeds of this Loan should be credited to our USD account No. 40702840004569238790
   with Baltic Clearing Bank JSC, St Petersburg, BIK 044030817, SWIFT BCLBRU2P.
5. After this Loan the undrawn Facility will be USD 600,000.00.
6. This Utilisation Request is irrevocable.

Yours faithfully,

____________ Pavel O. Raudsepp, Finance Director, under power of attorney No. 41/2025
for and on behalf of Karelian Timber Industries LLC
""",
        expected={
            "number": "KTI/FIN/26-031",
            "date": "2026-02-26",
            "total": None,
            "currency": "USD",
        },
    ),
]

_OTHER = [
    # A faxed advice of a documentary credit is `other`. It is numbered by the advising
    # bank's advice number, not the credit number, and dated by the advice, not the
    # credit's issue, expiry or latest shipment date. The credit amount is an undertaking
    # of the issuing bank, like set AA's bank guarantee, so `total` is None.
    HoldoutDocument(
        id="ad-en-other-lc-advice-fax",
        document_type="other",
        language="en",
        text="""\
20-MAR-2026 14:06  BALTIC CLEARING BANK TRADE FIN  +7 812 640 1817  P.01
BALTIC CLEARING BANK JSC, TRADE FINANCE DEPARTMENT
St Petersburg, Russia   SWIFT BCLBRU2P
ADVICE OF DOCUMENTARY CREDIT No. AD-26/04l2
Date of advice: l9 March 2O26
To (beneficiary): Arkhangelsk Sawn Timber JSC, Arkhangelsk
We advise, without adding our confirmation, the following credit received by SWIFT MT7O0:
27  Sequence of total: l/1
4OA Form of credit: IRREVOCABLE
20  Documentary credit number: NDT/LC/26/0387
31C Date of issue: 26O3l7
3lD Date and place of expiry: 26053O ALEXANDRIA
5O  Applicant: DELTA WOOD TRADING CO. S.A.E., ALEXANDRIA
59  Beneficiary: ARKHANGELSK SAWN TIMBER JSC, ARKHANGELSK
32B Currency code, amount: USD 284,6OO.OO
39A Percentage credit amount tolerance: O5/O5
4lD Available with: ANY BANK BY NEGOTIATION
43P Partial shipments: NOT ALLOWED
44E Port of loading: ARKHANGELSK   44F Port of discharge: ALEXANDRIA
44C Latest date of shipment: 26O5l5
45A Goods: 6l0 M3 SAWN SOFTWOOD TIMBER, CFR ALEXANDRIA INCOTERMS 2O20
Our advising commission USD 15O.00 is for the beneficiary's account.
Authorised signature ____________
""",
        expected={
            "number": "AD-26/0412",
            "date": "2026-03-19",
            "total": None,
            "currency": "USD",
        },
        noisy=True,
    ),
]

ENGLISH_DOCUMENTS_AD = [
    *_INVOICES,
    *_CONTRACTS,
    *_PAYMENT_ORDERS,
    *_BANK_STATEMENTS,
    *_ACTS,
    *_WAYBILLS,
    *_PACKING_LISTS,
    *_RECEIPTS,
    *_PASSPORTS,
    *_POWERS_OF_ATTORNEY,
    *_LETTERS,
    *_OTHER,
]
