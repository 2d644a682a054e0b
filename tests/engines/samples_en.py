"""Synthetic English documents, one per document type, with expected fields."""

from .sample import Sample

INVOICE_EN = Sample(
    "invoice",
    "en",
    """Blue Harbor Consulting LLC
200 Pine Street, San Francisco, CA 94104

INVOICE
Invoice Number: INV-2024-0042
Invoice Date: March 15, 2024
Due Date: April 14, 2024

Bill To:
Northwind Trading Inc.
55 Ocean Drive, Newark, NJ 07102

Description                     Qty    Unit Price     Amount
Strategy workshop                 2     $1,500.00    $3,000.00
Follow-up report                  1       $750.00      $750.00

Subtotal                                             $3,750.00
Tax (8%)                                               $300.00
Total Due                                            $4,050.00

Payment terms: Net 30. Thank you for your business!
""",
    {
        "number": "INV-2024-0042",
        "date": "2024-03-15",
        "total": "4050.00",
        "currency": "USD",
        "vat": "300.00",
        "parties.buyer.name": "Northwind Trading Inc.",
    },
)


CONTRACT_EN = Sample(
    "contract",
    "en",
    """SERVICES AGREEMENT No. SA-2024-07

This Services Agreement (the "Agreement") is made on March 1, 2024 between Northwind
Trading Inc., hereinafter referred to as the "Customer", and Blue Harbor Consulting LLC,
hereinafter referred to as the "Contractor" (together, the "Parties").

WHEREAS the Customer wishes to engage the Contractor to provide consulting services;
1. Services. The Contractor shall provide the services described in Appendix A.
2. Fees. The fee for the services is USD 48,000.00, payable in four equal instalments.
3. Term. This Agreement remains in force until December 31, 2024.
4. Governing law. This Agreement is governed by the laws of the State of New York.

IN WITNESS WHEREOF the Parties have executed this Agreement on the date first
written above.
""",
    {
        "number": "SA-2024-07",
        "date": "2024-03-01",
        "total": "48000.00",
        "currency": "USD",
    },
)


ACT_EN = Sample(
    "act",
    "en",
    """CERTIFICATE OF COMPLETION No. 7
Date: 29 March 2024

Contractor: Blue Harbor Consulting LLC
Customer: Northwind Trading Inc.

The Contractor confirms that the services under Services Agreement No. SA-2024-07
have been rendered in full and on time. The Customer has no claims regarding the
scope, quality and timing of the services.

Total: EUR 12,500.00
""",
    {
        "number": "7",
        "date": "2024-03-29",
        "total": "12500.00",
        "currency": "EUR",
        "parties.seller.name": "Blue Harbor Consulting LLC",
        "parties.buyer.name": "Northwind Trading Inc.",
    },
)


PAYMENT_ORDER_EN = Sample(
    "payment_order",
    "en",
    """PAYMENT ORDER No. 318
Date: 12.03.2024

Payer: Northwind Trading GmbH
IBAN: DE89 3704 0044 0532 0130 00

Payee: Blue Harbor Consulting LLC
IBAN: GB29 NWBK 6016 1331 9268 19

Amount: EUR 2,450.00
Purpose of payment: invoice INV-2024-0042, consulting services
""",
    {
        "number": "318",
        "date": "2024-03-12",
        "total": "2450.00",
        "currency": "EUR",
        "parties.payer.name": "Northwind Trading GmbH",
        "parties.payee.name": "Blue Harbor Consulting LLC",
    },
)


RECEIPT_EN = Sample(
    "receipt",
    "en",
    """BLUE BOTTLE CAFE
123 Market Street, San Francisco, CA 94103
SALES RECEIPT
Receipt #: 004512
Date: 03/04/2024 08:15 AM
Cashier: Jenny
1 Latte                      $4.50
1 Croissant                  $3.25
Subtotal                     $7.75
Sales Tax 8.625%             $0.67
Total                        $8.42
Cash                        $10.00
Change                       $1.58
Thank you for your purchase!
""",
    {
        "number": "004512",
        "date": "2024-03-04",
        "total": "8.42",
        "currency": "USD",
        "vat": "0.67",
    },
)


PASSPORT_EN = Sample(
    "passport",
    "en",
    """PASSPORT
Type: P    Code of issuing State: GBR    Passport No. 925076473
Surname: SMITH
Given names: JOHN PETER
Nationality: BRITISH CITIZEN
Date of birth: 14 JUL 1985
Place of birth: LONDON
Date of issue: 02 FEB 2019
Date of expiry: 02 FEB 2029
P<GBRSMITH<<JOHN<PETER<<<<<<<<<<<<<<<<<<<<<<
9250764733GBR8507146M2902028<<<<<<<<<<<<<<04
""",
    {"number": "925076473", "date": "2019-02-02"},
)


WAYBILL_EN = Sample(
    "waybill",
    "en",
    """BILL OF LADING No. MSCU1234567
Date: 18 March 2024

Shipper: Northwind Trading Ltd, 10 Harbour Road, Felixstowe, UK
Consignee: Blue Harbor Imports Inc., 55 Ocean Drive, Newark, NJ
Notify party: same as consignee
Vessel: MSC AURORA    Voyage: 412W
Port of loading: Felixstowe    Port of discharge: Newark
Description of goods: 20 pallets of ceramic tiles
Freight prepaid
""",
    {
        "number": "MSCU1234567",
        "date": "2024-03-18",
        "parties.shipper.name": "Northwind Trading Ltd",
        "parties.consignee.name": "Blue Harbor Imports Inc.",
    },
)


LETTER_EN = Sample(
    "letter",
    "en",
    """Northwind Trading Ltd
10 Harbour Road, Felixstowe IP11 3AA
18 March 2024

Ms. Jane Porter
Blue Harbor Imports Inc.

Subject: Revised delivery schedule

Dear Ms. Porter,

We are writing to inform you that the shipment under our contract will be dispatched
on 25 March 2024 instead of 20 March 2024. Please let us know if this affects your
plans.

Sincerely,
John Smith
Logistics Manager
""",
    {"date": "2024-03-18"},
)


UPD_EN = Sample(
    "upd",
    "en",
    """UNIVERSAL TRANSFER DOCUMENT
VAT invoice No. 77 dated 20.03.2024    Status: 1
Seller: Romashka LLC
Buyer: Lyutik LLC
Goods (cargo) transferred by ____________   Goods (cargo) received by ____________
Total payable: RUB 120,000.00    VAT: RUB 20,000.00
""",
    {
        "number": "77",
        "date": "2024-03-20",
        "total": "120000.00",
        "currency": "RUB",
        "vat": "20000.00",
    },
)


PACKING_LIST_EN = Sample(
    "packing_list",
    "en",
    """PACKING LIST
Packing list No.: PL-2024-031      Date: 18.03.2024
Invoice No.: INV-2024-031
Shipper: Northwind Trading Ltd
Consignee: Blue Harbor Imports Inc.

Carton   Description      Qty    Net weight (kg)   Gross weight (kg)   Dimensions (cm)
1-10     Ceramic tiles    400    950               1,000               120x80x100
Total packages: 10 cartons    Total net weight: 950 kg    Total gross weight: 1,000 kg
""",
    {
        "number": "PL-2024-031",
        "date": "2024-03-18",
        "parties.shipper.name": "Northwind Trading Ltd",
    },
)


BANK_STATEMENT_EN = Sample(
    "bank_statement",
    "en",
    """FIRST NATIONAL BANK
ACCOUNT STATEMENT
Account holder: Northwind Trading Ltd
Account number: 12345678    Sort code: 20-00-00
Statement period: 1 March 2024 to 31 March 2024

Opening balance                          £15,000.00
04 Mar 2024   Card payment  OFFICE SUPPLIES      £45.20
11 Mar 2024   Transfer from Blue Harbor       £2,500.00
Closing balance                          £17,454.80
""",
    {"parties.account_holder.name": "Northwind Trading Ltd", "currency": "GBP"},
)


POWER_OF_ATTORNEY_EN = Sample(
    "power_of_attorney",
    "en",
    """POWER OF ATTORNEY

Northwind Trading Ltd, a company registered in England under number 01234567
(the "Principal"), hereby appoints Mr. Peter Brown as its true and lawful
attorney-in-fact to sign customs declarations and collect shipments on its behalf.

This power of attorney is valid until 31 December 2024 and may not be delegated.
Signed in London on 15 March 2024.
""",
    {"date": "2024-03-15"},
)


OTHER_EN = Sample(
    "other",
    "en",
    """Lentil soup
Rinse two cups of lentils and soak them for an hour. Fry an onion and two carrots
in olive oil, add the lentils and six cups of water, and simmer for forty minutes.
Season with salt, pepper and a little lemon juice before serving.
""",
)
