"""English documents of set AB. `bench.holdout_ab` describes the set and its labels."""

# Document texts reproduce printed lines up to 110 characters wide.
# ruff: noqa: E501

from .holdout import HoldoutDocument

_INVOICES = [
    # A German seller's invoice printed from SAP, with the Russian buyer's SAP posting
    # stamp. The billing document "90004127" is the invoice number. The buyer's
    # accounting document, vendor number, PO, delivery and customer numbers are not,
    # and the posting date and the due date are not the invoice date. The German seller
    # has no labels, and its VAT number and IBAN are foreign codes.
    HoldoutDocument(
        id="ab-en-invoice-sap-posting-stamp",
        document_type="invoice",
        language="en",
        text="""\
LINDQVIST FÖRDERTECHNIK GMBH · Hafenweg 41 · 44147 Dortmund · Germany

Inya Pump Company LLC                                       INVOICE
Attn. Procurement Dept.                                     Billing document   90004127
ul. Stantsionnaya 60/1                                      Invoice date       10.02.2026
630071 Novosibirsk                                          Customer No.       300418
Russian Federation                                          Your PO No.        4500018273 of 12.01.2026
INN 5438137946 / KPP 543801001                              Delivery           80012734 of 03.02.2026
                                                            Sales order        10004418
                                                            Page               1 of 1

Terms of delivery: FCA Dortmund (Incoterms 2020)      Terms of payment: 30 days net, due 12.03.2026

Item  Material     Description                              Qty  Unit   Unit price EUR    Amount EUR
10    LFP-80250    Centrifugal pump LFP 80-250, 45 kW         2  PC          14,850.00     29,700.00
20    MS-80-K      Mechanical seal kit MS-80                  6  PC           1,240.00      7,440.00
30    IMP-250-D    Impeller D250, duplex steel                4  PC           2,315.50      9,262.00
40    FRT-FCA      Packing and loading, export crates         1  LS           1,220.50      1,220.50
                                                                      Net value         47,622.50
                                                                      VAT 0%                 0.00
                                                                      Invoice total EUR 47,622.50

Tax-free export delivery according to § 4 No. 1a in conjunction with § 6 UStG.
HS code 8413 70 35, country of origin: Germany. Net weight 1,184 kg, gross weight 1,356 kg.

Please pay to: Lindqvist Fördertechnik GmbH, Hafenbank Dortmund eG
IBAN: DE96440501990418273650    BIC: HFBKDE3DXXX    VAT No.: DE276159387
Please quote billing document 90004127 with your payment.

+------------------------------------------------------------------+
| RECEIVED 13.02.2026  /  SAP FI-MM  Inya Pump Company LLC         |
| Vendor 100482   Doc. No. 5105600127   Fiscal year 2026           |
| Posting date 16.02.2026   PO 4500018273   GR 5000041873          |
| Baseline date 10.02.2026   Due 12.03.2026   Blocked: no          |
+------------------------------------------------------------------+
""",
        expected={
            "number": "90004127",
            "date": "2026-02-10",
            "total": "47622.50",
            "currency": "EUR",
            "parties.buyer.inn": "5438137946",
            "parties.buyer.kpp": "543801001",
        },
    ),
    # A Peppol BIS Billing 3.0 e-invoice rendered for reading. Its number is the
    # "Invoice number" (cbc:ID). The endpoint ids, the buyer reference, the order and
    # contract references and the despatch advice are other identifiers. The total is the
    # "Invoice total amount with VAT" (TaxInclusiveAmount), not the "Amount due for
    # payment" left after the prepaid amount. Both parties are Dutch and have no labels.
    HoldoutDocument(
        id="ab-en-invoice-peppol-ubl-render",
        document_type="invoice",
        language="en",
        text="""\
PEPPOL BIS Billing 3.0 · Invoice (UNCL1001 code 380) · Rendered by Access Point «Brugwerk AP» 17-02-2026 16:22
Specification: urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0
Message ID (SBDH): c3e81f5a-92d7-4b06-a1e4-6f0d27b9c8a3

Invoice number:          VD-2026-0117
Issue date:              2026-02-17
Due date:                2026-03-19
Invoice currency:        EUR
Buyer reference:         HF-PROC-0412
Order reference:         PO-26-00873
Contract reference:      RC-2024-017
Despatch advice:         DA-26-0211

SELLER                                           BUYER
Van Dijk Verpakkingen B.V.                       Hoogland Foods B.V.
Endpoint ID: 0106:24081937                       Endpoint ID: 0106:31847205
Ringbaan-West 212                                Nijverheidsweg 18
5037 PB Tilburg, NL                              3534 AM Utrecht, NL
VAT: NL862014739B01                              VAT: NL853117402B01
Legal registration (KvK): 24081937               Legal registration (KvK): 31847205

Line  Item ID      Description                           Quantity  Unit  Net price   Line net amount  VAT
1     FB-220-4     Folding box FB-220, printed 4/0         12,000  C62      0.3120         3,744.00  S 21%
2     PET-T40      Tray insert PET T-40                     8,000  C62      0.2450         1,960.00  S 21%
3     PLT-SET      Printing plate set, artwork HF-118           1  C62    385.0000           385.00  S 21%

Document totals
Sum of invoice line net amount                      6,089.00
Invoice total amount without VAT                    6,089.00
Invoice total VAT amount (S 21%)                    1,278.69
Invoice total amount with VAT                       7,367.69
Paid amount (prepayment 03-02-2026)                 2,000.00
Amount due for payment                              5,367.69

Payment means: 58 (SEPA credit transfer)   Payment ID: VD-2026-0117
IBAN: NL82INGB0007412836   BIC: INGBNL2A   Account name: Van Dijk Verpakkingen B.V.
Payment terms: 30 days after invoice date.
""",
        expected={
            "number": "VD-2026-0117",
            "date": "2026-02-17",
            "total": "7367.69",
            "currency": "EUR",
        },
    ),
    # A scan of a credit memo printed from Oracle Receivables. A credit memo is an
    # `invoice`, and its total is the credit without the brackets that mark it negative,
    # as sets Q and Y rule. The referenced invoice (USD 18,420.00) and its balance after
    # the credit are not the total. The GL date is not the credit memo's date. Only the
    # Russian seller is labelled.
    HoldoutDocument(
        id="ab-en-invoice-oracle-credit-memo-scan",
        document_type="invoice",
        language="en",
        noisy=True,
        text="""\
TECHA FILTER WORKS JSC                                   CREDIT MEMO
454O8O, Chelyabinsk, ul. Tsvillinga 58, Russia            Credit Memo Number   CM-2O26-OO3l8
INN 7453747594   KPP 7453OlOOl                            Credit Memo Date     l2-FEB-2O26
                                                          GL Date              l6-FEB-2O26
Bill To:  Almaty Water Treatment LLP                      Customer Number      2O4l7
          Tole Bi str. 286, Almaty 05OO3l, Kazakhstan     Currency             USD
Ship To:  same                                            Reference Invoice    INV-2O26-OO29l
                                                          Invoice Date         l4-JAN-2O26
                                                          Invoice Amount       18,42O.OO
Reason:   PRICE ADJUSTMENT - agreed discount on cartridges
Line | ltem       | Description                          | Qty |  Unit Price |      Amount
l    | PF-4O-5    | Filter cartridge PF-4O, 5 micron     |  96 |      (22.4O)|   (2,l5O.4O)
                                         Subtotal                          (2,l5O.4O)
                                         VAT O% (export, Art. l64 Tax Code RF)    O.OO
                                         Credit Memo Total  USD            (2,l5O.4O)

Applied to INV-2O26-OO29l. Remaining balance of invoice: USD l6,269.6O
This credit will be offset against future payments. No refund will be made.
Authorized by: ______ Zakharova T. l., Chief Accountant
""",
        expected={
            "number": "CM-2026-00318",
            "date": "2026-02-12",
            "total": "2150.40",
            "currency": "USD",
            "parties.seller.inn": "7453747594",
            "parties.seller.kpp": "745301001",
        },
    ),
]

_OTHER_TYPES = [
    # An acceptance certificate for a milestone, signed through an e-signature service.
    # Its total is the value of the milestone it accepts, not the contract price, as set
    # Y rules. The envelope id, the signing times of 27 February and 2 March and the
    # audit trail are the service's, not the certificate's number or date. The Russian
    # contractor is the seller with its USD account and BIK, and the Serbian customer
    # has no labels.
    HoldoutDocument(
        id="ab-en-act-acceptance-esignature",
        document_type="act",
        language="en",
        text="""\
Envelope ID: 6d0f2b91-4c7a-4e35-9b18-e27a5c3f8d04                              Page 1 of 2

                        ACCEPTANCE CERTIFICATE No. AC-2026/07
                               dated February 27, 2026
         under Engineering Services Contract No. TEG-DA/2025-11 of November 14, 2025

Contractor: Tvertsa Engineering LLC
            170100, Tver, ul. Novotorzhskaya 21, office 34, Russian Federation
            INN 6996063605, KPP 699601001
            USD account 40702840874785138568 with JSC Baltic Settlement Center Bank, St. Petersburg
            BIK 044054296, corr. account 30101810400000000296, SWIFT BSCBRU2P
Customer:   Danube Automation d.o.o.
            Bulevar oslobodjenja 88, 21000 Novi Sad, Serbia, PIB 108472639

The Contractor has completed and the Customer has accepted the following milestone:

Milestone  Description                                               Amount, USD
M2         Detailed design of the control system, stage 2:
           P&ID revision C, I/O list (1,184 signals), cabinet layouts,
           PLC software specification and FAT procedure                36,800.00
                                                     Total accepted:   36,800.00
VAT: not applicable, place of supply outside the Russian Federation (Art. 148 Tax Code RF).

Contract price: USD 128,600.00. Accepted to date including this certificate: USD 71,400.00.
Payment of USD 36,800.00 is due within 15 banking days from the date of this certificate.
The Customer has no claims regarding the scope, quality or timing of the services.

For the Contractor: General Director A. V. Orlov        For the Customer: Director N. Radulović

---------------------------------------------------------------------------------------------
Certificate of Completion                                                      Page 2 of 2
Envelope ID: 6d0f2b91-4c7a-4e35-9b18-e27a5c3f8d04   Status: Completed   Time zone: UTC
Signer 1: Alexey Orlov, a.orlov@tvertsa-eng.example     Signed: 27 Feb 2026 12:02:17
          Certificate serial 5AE19C07D3F28B4610E7C5A92D3B8F0471, valid 12.01.2026 - 12.04.2027
Signer 2: Nikola Radulović, n.radulovic@danube-automation.example
          Signed: 02 Mar 2026 09:18:44, certificate serial 3E7B0A52C9D14F86B2E0A71C5D93F6B2
Envelope sent: 27 Feb 2026 11:56:03   Envelope completed: 02 Mar 2026 09:18:44
""",
        expected={
            "number": "AC-2026/07",
            "date": "2026-02-27",
            "total": "36800.00",
            "currency": "USD",
            "parties.seller.inn": "6996063605",
            "parties.seller.kpp": "699601001",
            "parties.seller.bik": "044054296",
            "parties.seller.account": "40702840874785138568",
        },
    ),
    # A UPD between Russian companies printed from the English interface of an EDO
    # operator. It is labelled like its Russian form, as set H rules. The signing times,
    # the participant ids, the document GUID and the receipt date are the operator's or
    # the buyer's, not the UPD's number or date.
    HoldoutDocument(
        id="ab-en-upd-edo-english-view",
        document_type="upd",
        language="en",
        text="""\
DocVersta EDO · English view · Document ID 0e7d5c39-a1f2-4b86-9d40-3c2f8a61e5b7 · Printed 24.02.2026 10:05

UNIVERSAL TRANSFER DOCUMENT (UPD)                 Status: 1 (invoice and transfer document)
Invoice No. RM-0233 dated 19.02.2026 (1)          Correction No. --- dated --- (1a)
Seller: Ryazan Insulation Materials LLC (2)
Address: 390011, Ryazan, Yuzhny promuzel 14, bldg. 3 (2a)
Seller's INN/KPP: 6222200428/622201001 (2b)
Shipper: same as seller (3)
Consignee: Voronezh Roofing Center LLC, 394038, Voronezh, ul. Dorozhnaya 17, warehouse 2 (4)
To payment document No. --- dated --- (5)
Buyer: Voronezh Roofing Center LLC (6)
Address: 394038, Voronezh, ul. Dorozhnaya 17 (6a)
Buyer's INN/KPP: 3664626785/366401001 (6b)
Currency: Russian rouble, 643 (7)

No | Description                       | Unit | Qty |   Price   | Net amount |VAT | VAT amount |   Total    |
1  | Stone wool slab RW-F 1000x600x100 | m3   |  36 |  6,850.00 | 246,600.00 |22% |  54,252.00 | 300,852.00 |
2  | Vapour barrier film VB-110, 70 m2 | roll |  40 |  1,920.00 |  76,800.00 |22% |  16,896.00 |  93,696.00 |
Total payable (9)                                            | 323,400.00 | X  |  71,148.00 | 394,548.00 |

Basis of transfer (8): Supply contract No. 44/25-RM dated 02.06.2025
Transport data (9): consignment note No. 219 dated 19.02.2026
Goods handed over (10): storekeeper V. P. Kolesov     Shipment date (11): 19.02.2026
Goods received (15): purchasing manager E. N. Galkina  Date of receipt (16): 20.02.2026

SIGNED WITH QUALIFIED ELECTRONIC SIGNATURES · Operator: DocVersta EDO
Sender:    Ryazan Insulation Materials LLC, participant 2BE4a9e1c07d38b52f6e09a7c14d2b83f6e
           Signer: Kolesov Vladimir Pavlovich, certificate 0B7E42D9C15A38F60E2D9B4C7A13F58E02
           Valid from 12.01.2026 to 12.04.2027, signed 19.02.2026 17:38 (UTC+3)
Recipient: Voronezh Roofing Center LLC, participant 2AL-b2d83f4e-6c19-4a70-85e3-d94a1f07c62b-00001
           Signer: Galkina Elena Nikolaevna, certificate F21C3A8D70E54B96C1D8A2E30B47F69C5A13
           Valid from 08.09.2025 to 08.12.2026, signed 20.02.2026 11:02 (UTC+3)
""",
        expected={
            "number": "RM-0233",
            "date": "2026-02-19",
            "total": "394548.00",
            "currency": "RUB",
            "parties.seller.inn": "6222200428",
            "parties.seller.kpp": "622201001",
            "parties.buyer.inn": "3664626785",
            "parties.buyer.kpp": "366401001",
        },
    ),
    # A payment order printed from the English interface of a Russian internet bank. It
    # is dated by its "Date" field (20.02.2026), not by the debit on 24.02.2026 or the
    # bank's mark, as set N rules for the Russian form. "ELECTRONICALLY" is the type of
    # payment. The roles are payer and payee, as set H rules for an English payment order.
    HoldoutDocument(
        id="ab-en-payment-order-internet-bank",
        document_type="payment_order",
        language="en",
        text="""\
                                                                                         0401060
20.02.2026                          24.02.2026
Received by payer's bank            Debited from payer's account

PAYMENT ORDER No. 3307              20.02.2026                 ELECTRONICALLY
                                    Date                       Type of payment

Amount in words: One million four hundred eighty-six thousand two hundred forty roubles 00 kopecks

INN 7106325837           KPP 710601001            Amount     1486240-00
Upa Hardware Plant JSC
                                                  Acc. No.   40702810943226180585
Payer
JSC Kotorosl Bank, Yaroslavl                      BIK        047839436
                                                  Acc. No.   30101810500000000436
Payer's bank
Ob-Irtysh Bank PJSC, Tula branch                  BIK        045079067
                                                  Acc. No.   30101810700000000067
Payee's bank
INN 6919373218           KPP 691901001            Acc. No.   40702810040076997483
Tver Bearing Trade LLC
                                                  Op. type   01     Payment term
                                                  Purpose code      Priority      5
Payee                                             Code              Reserved

Payment for bearings under invoice No. TB-0219 dated 16.02.2026, contract No. 08/25-P.
Amount 1486240-00 incl. VAT (22%) 268010-49
Purpose of payment

Signatures: S. N. Bykov (e-signature), O. V. Kuzmina (e-signature)
Bank marks: EXECUTED 24.02.2026, JSC Kotorosl Bank, BIK 047839436
Printed from BizClient 25.02.2026 08:47
""",
        expected={
            "number": "3307",
            "date": "2026-02-20",
            "total": "1486240.00",
            "currency": "RUB",
            "parties.payer.inn": "7106325837",
            "parties.payer.kpp": "710601001",
            "parties.payer.bik": "047839436",
            "parties.payer.account": "40702810943226180585",
            "parties.payee.inn": "6919373218",
            "parties.payee.kpp": "691901001",
            "parties.payee.bik": "045079067",
            "parties.payee.account": "40702810040076997483",
        },
    ),
    # A licence and support agreement whose last page is the e-signature service's
    # certificate. It is dated by the date under its heading, not by the signing times,
    # and numbered "SLA-2026/03", not by the envelope id. Its total is the total contract
    # value, not the advance or the yearly support fee. The Russian licensor is the
    # seller with its USD account and BIK, and the Kazakh licensee has no labels.
    HoldoutDocument(
        id="ab-en-contract-licence-esignature",
        document_type="contract",
        language="en",
        text="""\
               SOFTWARE LICENCE AND SUPPORT AGREEMENT No. SLA-2026/03
Kazan, Russian Federation                                              January 26, 2026

Algoritm-T LLC (the "Licensor") and Caspian Logistics Hub LLP, Aktau, Republic of Kazakhstan
(the "Licensee") agree as follows:

1. Subject. The Licensor grants the Licensee a non-exclusive licence to use the software
   "Algoritm.Sklad 5" on 40 workstations for the term of this Agreement and provides support.
2. Price. Licence fee: 40 workstations x USD 1,150.00 = USD 46,000.00.
   Support: 36 months x USD 1,100.00 = USD 39,600.00 (USD 13,200.00 per year).
   Total value of the Agreement: USD 85,600.00. VAT is not charged (Art. 148 Tax Code RF).
3. Payment. An advance of 50% of the licence fee (USD 23,000.00) within 10 banking days of
   signing, the rest of the licence fee within 10 banking days of the installation certificate,
   and support quarterly in advance.
4. Term. The Agreement is valid until January 31, 2029.
5. Electronic signature. The Parties sign this Agreement with electronic signatures, which
   they recognise as equal to handwritten ones.

LICENSOR                                           LICENSEE
Algoritm-T LLC                                     Caspian Logistics Hub LLP
ul. Spartakovskaya 2, office 711, Kazan 420107     14th microdistrict, bldg. 62, Aktau 130000
INN 1683968170, KPP 168301001                      BIN 180240019776
OGRN 1161680483095                                 IBAN: KZ186018711000438215
USD account 40702840254031327739                   Bank: JSC Karatau Trade Bank, BIC KRTBKZKA
with JSC Kazan Settlement House, Kazan, BIK 049240931
corr. account 30101810700000000931, SWIFT KZSHRU2K
General Director R. F. Khabibullin                 Director A. S. Nurlanova

=============================================================================================
E-SIGNATURE CERTIFICATE       Envelope ID: 8b5e3d17-f2a4-4c90-b6e1-07d9a2c54f38
Document: SLA-2026-03_signed.pdf, 6 pages, SHA-256 9c41f0e2...b7d3
Rustem Khabibullin, Algoritm-T LLC      signed 27.01.2026 09:41:12 UTC+3
   qualified certificate 15C0C8E9DF469611A11F5125227C3712DA86A78C, valid 12.01.2026 - 12.04.2027
Aigerim Nurlanova, Caspian Logistics Hub signed 29.01.2026 14:05:55 UTC+5
   certificate 7B2D9E04A1C63F58E0B7D2A91C4E6F30B8, valid 03.11.2025 - 03.11.2026
""",
        expected={
            "number": "SLA-2026/03",
            "date": "2026-01-26",
            "total": "85600.00",
            "currency": "USD",
            "parties.seller.inn": "1683968170",
            "parties.seller.kpp": "168301001",
            "parties.seller.bik": "049240931",
            "parties.seller.account": "40702840254031327739",
        },
    ),
    # A scan of a delivery note printed from SAP. A delivery note is a `waybill`, as set
    # F rules. It is numbered by the outbound delivery "80012734", not by the sales order,
    # the PO or the handling units, and dated by its delivery note date, not by the
    # planned arrival. It names no money, so it has no `total` label and `currency` is
    # None, as set N rules. Only the Russian consignee is labelled.
    HoldoutDocument(
        id="ab-en-waybill-sap-delivery-note-scan",
        document_type="waybill",
        language="en",
        noisy=True,
        text="""\
LINDQVIST FÖRDERTECHNIK GMBH   Hafenweg 4l   44l47 Dortmund   Germany
                                                 DELIVERY NOTE
Ship-to / Consignee:                             Delivery           8OOl2734
Inya Pump Company LLC                        Delivery note date O3.O2.2O26
ul. Stantsionnaya 6O/l, warehouse 3              Shipping point     DEOl  Dortmund
63OO7l Novosibirsk, Russian Federation           Sales order        lOOO44l8
lNN 5438l37946  KPP 5438OlOOl                    Your PO            45OOOl8273
                                                 Planned arrival    l7.O2.2O26
Forwarder: Rhein-Oder Spedition GmbH, truck DO-RS 4l8 / trailer DO-RT 77

ltem | Material   | Description                          | Qty | UoM | HU          | Net kg
lO   | LFP-8O25O  | Centrifugal pump LFP 8O-25O, 45 kW   |  2  | PC  | lOOOO34l87  |  9l2
2O   | MS-8O-K    | Mechanical seal kit MS-8O            |  6  | PC  | lOOOO34l88  |   54
3O   | lMP-25O-D  | lmpeller D25O, duplex steel          |  4  | PC  | lOOOO34l88  |  2l8
                                         Total: 3 HU, 2 crates, l pallet   net l l84 kg, gross l 356 kg
Goods issue posted O3.O2.2O26 l4:2O   Picker: M. Brandt
Received by consignee: ____________   Date: ____________   Stamp: ____
""",
        expected={
            "number": "80012734",
            "date": "2026-02-03",
            "currency": None,
            "parties.consignee.inn": "5438137946",
            "parties.consignee.kpp": "543801001",
        },
    ),
    # A packing list printed from SAP handling unit management for the same delivery. It
    # is numbered "PL-26-0412", not by the delivery, the handling units or the SSCC, and
    # names no money, so `total` and `currency` are None. Its German shipper has no
    # labels, and its Russian consignee is labelled.
    HoldoutDocument(
        id="ab-en-packing-list-sap-handling-units",
        document_type="packing_list",
        language="en",
        text="""\
LINDQVIST FÖRDERTECHNIK GMBH
Hafenweg 41, 44147 Dortmund, Germany · VAT No. DE276159387

                                   PACKING LIST No. PL-26-0412
                                   Date: 3 February 2026

Shipper:     Lindqvist Fördertechnik GmbH, Hafenweg 41, 44147 Dortmund, Germany
Consignee:   Inya Pump Company LLC, ul. Stantsionnaya 60/1, warehouse 3,
             630071 Novosibirsk, Russian Federation, INN 5438137946, KPP 543801001
Delivery:    80012734 of 03.02.2026      Customer PO: 4500018273      Billing document: 90004127
Incoterms:   FCA Dortmund (Incoterms 2020)   Country of origin: Germany   HS code 8413 70 35

HU          SSCC                 Packaging             Contents                           Net kg  Gross kg
1000034187  340123450000341878   Export crate EC-3     Item 10: 2 pumps LFP 80-250           912     1,010
1000034188  340123450000341885   Export crate EC-1     Item 20: 6 seal kits MS-80             54        96
                                                       Item 30: 4 impellers D250             218
1000034189  340123450000341892   Pallet 1200 x 800     HU 1000034188 on pallet                 -       250
-----------------------------------------------------------------------------------------------------------
Total: 3 handling units (2 crates, 1 pallet)                                           1,184     1,356
Crate EC-3: 210 x 110 x 125 cm. Crate EC-1 on pallet: 120 x 80 x 145 cm.

Marks: IPC / NOVOSIBIRSK / PO 4500018273 / 1-2
Packed by: M. Brandt          Checked by: K. Wendt, shipping office          Dortmund, 03.02.2026
""",
        expected={
            "number": "PL-26-0412",
            "date": "2026-02-03",
            "total": None,
            "currency": None,
            "parties.consignee.inn": "5438137946",
            "parties.consignee.kpp": "543801001",
        },
    ),
    # A statement of a Russian company's euro account exported in English. It is
    # numbered "18" and dated by its operating day, not by the export time or the
    # previous statement. The foreign counterparties' IBANs are not labelled, and neither
    # is the holder's own rouble account that receives the sold euros, as set W rules.
    HoldoutDocument(
        id="ab-en-bank-statement-eur-account",
        document_type="bank_statement",
        language="en",
        text="""\
JSC Baltic Settlement Center Bank, St. Petersburg        BIK 044054296, corr. acc. 30101810400000000296
SWIFT BSCBRU2P                                            Exported 18.02.2026 07:55 (Moscow time)

                               ACCOUNT STATEMENT No. 18 for 17.02.2026
Account holder:   Okhta Cable Yard LLC, INN 7812685939, KPP 781201001
Account:          40702978844450125669 (EUR)
Previous statement: No. 17 for 16.02.2026
Opening balance:  EUR 214,380.55

Value date  Ref.           Counterparty / account / details                                 Debit      Credit
17.02.2026  FT2604811733   Kaunas Elektros UAB, Kaunas, Lithuania                                    48,600.00
                           IBAN: LT427300010089412736
                           Payment for invoice BC-EX-0041 of 02.02.2026, contract 7/2025-LT
17.02.2026  FT2604812090   Nordvolt Oy, Vantaa, Finland                                              31,250.40
                           IBAN: FI9240500090418275
                           Invoice BC-EX-0044, cable 3x185, partial payment
17.02.2026  PO-000206      Hamburger Kabeltechnik GmbH, Hamburg, Germany                62,118.00
                           IBAN: DE58200505501238471902
                           Payment for cable glands, invoice HK-26-0317 of 09.02.2026
17.02.2026  FX-0217-31     Sale of EUR 150,000.00 at 91.4820 to own RUB account        150,000.00
                           40702810597820453732, BIK 044054296, order No. 31
17.02.2026  CM-0217        Bank fee for SWIFT transfer PO-000206                            45.00
----------------------------------------------------------------------------------------------------------
Turnover:                                                                             212,163.00   79,850.40
Closing balance:  EUR 82,067.95

Balances on other accounts are not shown. This statement is signed with the bank's electronic signature.
""",
        expected={
            "number": "18",
            "date": "2026-02-17",
            "currency": "EUR",
            "parties.account_holder.inn": "7812685939",
            "parties.account_holder.kpp": "781201001",
            "parties.account_holder.bik": "044054296",
            "parties.account_holder.account": "40702978844450125669",
        },
    ),
    # A phone photo of a payment receipt for two conference registrations. It is
    # numbered by its receipt number, not by the invoice it settles or the card
    # transaction, and dated by the payment. Its total is the amount paid with VAT.
    # The Estonian organiser has no labels, and the Russian payer printed under
    # "Received from" is the buyer, as set T rules for a receipt.
    HoldoutDocument(
        id="ab-en-receipt-conference-photo",
        document_type="receipt",
        language="en",
        noisy=True,
        text="""\
CONVENTIO EVENTS OÜ · Narva mnt 7l, lOll7 Tallinn, Estonia · VAT EE l02748395
                 PAYMENT RECElPT
Receipt No.      R-26-OO4l7
Payment date     O9 Mar 2O26, l6:48 EET
Received from    Okhta Cable Yard LLC
                 lNN 78l2685939 / KPP 78l2OlOOl
                 St. Petersburg, Russian Federation
For              Nordic ERP & E-lnvoicing Forum 2O26, Tallinn, l8-l9 March 2O26
                 2 delegates x EUR 595.OO (Ms l. Volkova, Mr D. Lapin)
Invoice          lNV-26-ll83 dated O2 Mar 2O26
Payment method   Card VlSA ****44l7, auth. code 7Q4K2D, txn 2O26O3O9-88l2O4
-------------------------------------------------
Subtotal (excl. VAT)                 EUR   959.68
VAT 24%                              EUR   23O.32
TOTAL PAlD                           EUR l,l9O.OO
Balance on invoice lNV-26-ll83       EUR     O.OO
-------------------------------------------------
Thank you! This receipt confirms your registration.
""",
        expected={
            "number": "R-26-00417",
            "date": "2026-03-09",
            "total": "1190.00",
            "currency": "EUR",
            "parties.buyer.inn": "7812685939",
            "parties.buyer.kpp": "781201001",
        },
    ),
    # A scan of the passport of the Serbian customer's director, sent for an
    # e-signature account. Its number is "011548392", which the machine-readable zone
    # repeats with a check digit, and its date is the date of issue, as set N rules.
    # The personal number, the birth date and the expiry are not labels. The
    # machine-readable zone reads cleanly.
    HoldoutDocument(
        id="ab-en-passport-serbia-scan",
        document_type="passport",
        language="en",
        noisy=True,
        text="""\
PEПУБЛИКA CPБИJA  REPUBLIC OF SERBIA  REPUBLIQUE DE SERBIE
ПACOШ / PASSPORT          Tип / Type  P      Koд / Code  SRB
Бpoj пacoшa / Passport No.  Oll548392
Пpeзимe / Surname           PAДУЛOBИЋ / RADULOVIC
Имe / Given names           HИKOЛA / NlKOLA
Држaвљaнствo / Nationality  SRB
Дaтум poђeњa / Date of birth           l7.O9.l984
Mecтo poђeњa / Place of birth          HOBИ CAД / NOVl SAD
Пoл / Sex  M     JMБГ / Personal No.   l7O99848OOl29
Дaтум издaвaњa / Date of issue         l3.O6.2O22
Дaтум вaжeњa / Date of expiry          l3.O6.2O32
Издaje / Authority                     ПУ HOBИ CAД / PU NOVl SAD
P<SRBRADULOVIC<<NIKOLA<<<<<<<<<<<<<<<<<<<<<<
0115483929SRB8409171M32061351709984800129<66
""",
        expected={
            "number": "011548392",
            "date": "2022-06-13",
            "total": None,
            "currency": None,
        },
    ),
    # A translation of a machine-readable power of attorney. Its number is the unique
    # registration number (a GUID), as for the Russian МЧД, and its date is the date of
    # issue, not the registration, the validity or the translation. The general
    # director signs for the principal and has no role, so his INN is not labelled. It
    # names no money, so `total` and `currency` are None.
    HoldoutDocument(
        id="ab-en-power-of-attorney-mchd-translation",
        document_type="power_of_attorney",
        language="en",
        text="""\
Translation from Russian

                     MACHINE-READABLE POWER OF ATTORNEY (MChD)
                     in the format approved by the Federal Tax Service of Russia

Unique registration number:   40a26c60-0d27-4659-b72a-da9b2f32751e
Internal number:              BK-14/2026
Date of issue:                12 January 2026
Valid until:                  11 January 2027
Substitution:                 not allowed

PRINCIPAL
Russian legal entity: Okhta Cable Yard LLC
INN 7812685939, KPP 781201001, OGRN 1127852317768
198095, St. Petersburg, ul. Shkapina 32, lit. A, premises 14-N
Acting without power of attorney: Andrey Sergeyevich Laptev, General Director,
INN 694379947289

REPRESENTATIVE
Individual: Irina Sergeyevna Volkova, Head of Export Sales
INN 765692413691, SNILS 211-640-953 28, date of birth 04.08.1987

POWERS
1. To sign export contracts, specifications and amendments with foreign buyers, each up to the
   limits set by the Principal's internal regulations.
2. To sign invoices, acceptance certificates, packing lists and UPD in electronic form, including
   through the Principal's EDO operator (participant 2BEcc4f14a3e3e04d42f8ac2acaf127972d).
3. To sign documents submitted to the Principal's bank for currency control purposes.

REGISTRATION
Entered in the distributed register of the Federal Tax Service on 12.01.2026 at 14:22 (Moscow time).
Signed with the qualified electronic signature of A. S. Laptev,
certificate 7C79BFBDABE898736A3566F893697B590481, valid from 12.01.2026 to 12.04.2027.

I, Olga Dmitrievna Sukhova, translator, certify that this is a true translation of the
document shown to me. St. Petersburg, 15 January 2026.           ____________ O. D. Sukhova
""",
        expected={
            "number": "40a26c60-0d27-4659-b72a-da9b2f32751e",
            "date": "2026-01-12",
            "total": None,
            "currency": None,
            "parties.principal.inn": "7812685939",
            "parties.principal.kpp": "781201001",
            "parties.attorney.inn": "765692413691",
        },
    ),
    # A buyer's letter to its suppliers about receiving invoices only through Peppol. It
    # is numbered by "Our ref." and dated under the sender's address, not by the start
    # date of the new rules or the supplier's vendor number. It names euro sums, so
    # `currency` is EUR and `total` is None, and it has no party labels.
    HoldoutDocument(
        id="ab-en-letter-peppol-invoicing-rules",
        document_type="letter",
        language="en",
        text="""\
Hoogland Foods B.V.
Accounts Payable · Nijverheidsweg 18 · 3534 AM Utrecht · The Netherlands
24 February 2026

Van Dijk Verpakkingen B.V.
Attn. Accounts Receivable
Ringbaan-West 212, 5037 PB Tilburg

Our ref.: AP/2026/014                         Your vendor number with us: 200731

Subject: Electronic invoices through the Peppol network from 1 April 2026

Dear Sir or Madam,

From 1 April 2026 Hoogland Foods B.V. will accept supplier invoices and credit notes only as
Peppol BIS Billing 3.0 documents. PDF invoices sent by e-mail after 31 March 2026 will be returned.

Please note the following:
1. Our Peppol endpoint is 0106:31847205. Invoices sent to the former address 0106:31847213
   will be rejected by our access point.
2. Every invoice must state our purchase order number (format PO-26-NNNNN) in the order
   reference and our buyer reference HF-PROC-0412.
3. Invoices above EUR 2,500.00 without a purchase order will not be paid until the order is
   confirmed by our purchasing department.
4. Prepayments must be shown as "Paid amount", so that the amount due for payment is correct.
   Your invoice VD-2026-0117 of 17 February 2026 already follows these rules.

Our payment terms remain 30 days net. Payment advices are sent by e-mail after each payment run.

If you have any questions, please contact our e-invoicing desk at einvoice@hooglandfoods.example.

Yours faithfully,

M. de Groot
Head of Accounts Payable
""",
        expected={
            "number": "AP/2026/014",
            "date": "2026-02-24",
            "total": None,
            "currency": "EUR",
        },
    ),
    # A faxed payment advice from the buyer's SAP payment run. A remittance advice is
    # `other`, as set T rules, with `total` None and `currency` EUR. It is numbered by
    # its payment document "2000014471" and dated by the payment date, not by the fax
    # header, the payment run id or the invoices it lists. It has no party labels.
    HoldoutDocument(
        id="ab-en-other-remittance-advice-fax",
        document_type="other",
        language="en",
        noisy=True,
        text="""\
O2-MAR-2O26 O9:l4   FROM: HOOGLAND FOODS AP  +3l 3O 2l4 7l 8O        P.OOl/OOl
HOOGLAND FOODS B.V. · Nijverheidsweg l8 · 3534 AM Utrecht
                     PAYMENT ADVICE
Payment document   2OOOOl447l           Payment date   27.O2.2O26
Payment run        2O26O227-F1 / HF01   Vendor         2OO73l
Payee              Van Dijk Verpakkingen B.V., Tilburg
Paid to            IBAN NL82INGBOOO74l2836
Paid from          IBAN NL15ABNAO5l8372946
Your invoice     | Date       | Gross amount | Deduction            | Paid amount
VD-2O26-Oll7     | l7.O2.2O26 |    7,367.69  | Prepayment -2,OOO.OO |   5,367.69
VD-2O26-OO98     | O6.O2.2O26 |    3,lO2.25  | CN VD-CN-2O26-OOO4   |
                 |            |              |          -4l2.8O     |   2,689.45
Total payment EUR                                                     8,O57.l4
Cash discount taken: O.OO    Withholding tax: O.OO
This is not an invoice. Questions: ap@hooglandfoods.example
""",
        expected={
            "number": "2000014471",
            "date": "2026-02-27",
            "total": None,
            "currency": "EUR",
        },
    ),
    # A customer statement printed from Oracle Receivables. A supplier's statement of
    # account is `other`, as sets S and T rule. Its "Total amount due" is a state of
    # account, so `total` is None and `currency` is USD. It is numbered and dated by its
    # statement number and date, not by the invoices, the credit memo or the payment it
    # lists, and it has no party labels although the seller prints its requisites.
    HoldoutDocument(
        id="ab-en-other-customer-statement",
        document_type="other",
        language="en",
        text="""\
TECHA FILTER WORKS JSC
454080, Chelyabinsk, ul. Tsvillinga 58, Russian Federation · INN 7453747594 · KPP 745301001

                                   STATEMENT OF ACCOUNT
Customer:        Almaty Water Treatment LLP, Tole Bi str. 286, Almaty 050031, Kazakhstan
Customer number: 20417                        Statement number: ST-2026-02-0418
Statement date:  28-Feb-2026                  Currency: USD          Page 1 of 1

Date          Type           Number           Due date        Original amount       Balance due
14-Jan-2026   Invoice        INV-2026-00291   13-Feb-2026           18,420.00         18,420.00
12-Feb-2026   Credit memo    CM-2026-00318                          (2,150.40)        16,269.60
16-Feb-2026   Invoice        INV-2026-00402   18-Mar-2026           24,968.60         41,238.20
20-Feb-2026   Payment        RCPT-26-0112                          (10,000.00)        31,238.20

Aging           Current      1-30 days     31-60 days    61-90 days    Over 90 days
USD           24,968.60       6,269.60           0.00          0.00            0.00

Total amount due: USD 31,238.20
Invoice INV-2026-00291 is overdue by 15 days. Please arrange payment of USD 6,269.60.

Remit to: Techa Filter Works JSC, USD account 40702840341319672579
with JSC Bank Shartash, Yekaterinburg, BIK 046503440, corr. account 30101810500000000440,
SWIFT SHRTRU4E. Please quote the invoice numbers in the payment details.
""",
        expected={
            "number": "ST-2026-02-0418",
            "date": "2026-02-28",
            "total": None,
            "currency": "USD",
        },
    ),
]

ENGLISH_DOCUMENTS_AB = [*_INVOICES, *_OTHER_TYPES]
