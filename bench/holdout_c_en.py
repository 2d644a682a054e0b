"""English documents of set C: see `bench.holdout_c` for what the set covers."""

from .holdout import HoldoutDocument


def _en(document_id: str, document_type: str, text: str, expected: dict):
    return HoldoutDocument(
        id=document_id,
        document_type=document_type,
        language="en",
        text=text.strip("\n"),
        expected=expected,
    )


ENGLISH_DOCUMENTS_C = [
    _en(
        "c-en-invoice-total-amount-due",
        "invoice",
        """
HARROWGATE INSTRUMENTS LTD
14 Quarry Lane, Leeds LS9 8QT, United Kingdom
VAT Reg. No. GB 418 2207 63

INVOICE
Invoice No.: HI-24-0981                      Invoice date: 12 March 2024
                                             Due date: 11 April 2024
Bill to:
OOO "Samara Precision Tools"
INN/KPP 6316000135/631601001
ul. Novo-Sadovaya 160, Samara 443068, Russia

Qty   Description                               Unit price     Amount
 4    Torque calibrator TC-300                  2,450.00       9,800.00
 2    Adapter kit, 1/2" drive                     185.00         370.00
 1    Freight and insurance (CIP Samara)          640.00         640.00

                                   Subtotal                10,810.00
                                   VAT (0%, export)             0.00
                                   Total amount due    EUR 10,810.00
""",
        {
            "number": "HI-24-0981",
            "date": "2024-03-12",
            "total": "10810.00",
            "currency": "EUR",
            "parties.buyer.inn": "6316000135",
            "parties.buyer.kpp": "631601001",
        },
    ),
    _en(
        "c-en-invoice-russian-seller-tax-id",
        "invoice",
        """
INVOICE No. 2024-117
Date: 2024-05-08

Seller: Ural Filter LLC (OOO "Uralskiy Filtr")
Tax ID (INN): 6671177751
KPP: 667101001
Bank: JSC Isetbank, BIK 046526233
Settlement account: 40702810900980853110

Buyer: Caspian Water Systems LLP, Almaty, Kazakhstan
BIN 180540012345

Item                          Qty     Price (USD)    Amount (USD)
Mesh filter MF-200             10        1,150.00       11,500.00
Spare cartridges, set          25           96.00        2,400.00

Grand total:                                        USD 13,900.00
Amount in words: thirteen thousand nine hundred US dollars 00 cents
""",
        {
            "number": "2024-117",
            "date": "2024-05-08",
            "total": "13900.00",
            "currency": "USD",
            "parties.seller.inn": "6671177751",
            "parties.seller.kpp": "667101001",
            "parties.seller.bik": "046526233",
            "parties.seller.account": "40702810900980853110",
        },
    ),
    _en(
        "c-en-invoice-amount-payable-next-line",
        "invoice",
        """
Brightwater Software Pty Ltd                    ABN 51 824 753 556
Level 3, 88 Harbour St, Sydney NSW 2000

TAX INVOICE   #  BW-20931
Issued: 30/09/2024

Customer: Northgate Analytics Ltd, 5 Mill Road, Cambridge CB1 2AD

Annual licence, Insight Server (5 seats)        4,500.00
Premium support, 12 months                      1,200.00
Subtotal                                        5,700.00
Discount 10%                                     -570.00
Amount payable
GBP 5,130.00
Payment terms: 30 days. Please quote the invoice number with your remittance.
""",
        {
            "number": "BW-20931",
            "date": "2024-09-30",
            "total": "5130.00",
            "currency": "GBP",
        },
    ),
    _en(
        "c-en-act-services-both-inn",
        "act",
        """
ACT OF ACCEPTANCE No. 7/2024
of services rendered under Agreement No. SV-22 dated 15 January 2024

Moscow                                                         June 28, 2024

Contractor: Kedrovy Dvor LLC, INN 7714728479, KPP 771401001
Customer: Obskoy Terminal LLC, INN 5406070960, KPP 540601001

The Contractor has rendered and the Customer has accepted the following services:
1. Warehouse management system setup ................. RUB 410,000.00
2. Staff training, 3 days ............................ RUB  90,000.00

Total (VAT included): RUB 500,000.00, including VAT 20%: RUB 83,333.33
The Customer has no claims regarding the scope, quality or timing of the services.
""",
        {
            "number": "7/2024",
            "date": "2024-06-28",
            "total": "500000.00",
            "currency": "RUB",
            "parties.seller.inn": "7714728479",
            "parties.seller.kpp": "771401001",
            "parties.buyer.inn": "5406070960",
            "parties.buyer.kpp": "540601001",
        },
    ),
    _en(
        "c-en-contract-supply-requisites",
        "contract",
        """
SUPPLY AGREEMENT No. CHA-EXP-04

Chelyabinsk                                                      1 February 2024

Chelyabinsk Abrasive LLC (the "Supplier") and Danube Grinding Kft., Budapest (the
"Buyer") have concluded this Agreement as follows.

3. PRICE AND PAYMENT
3.1 The total value of this Agreement is USD 86,400.00 (eighty-six thousand four
hundred US dollars). The price is FCA Chelyabinsk and excludes VAT.
3.2 The Buyer shall pay 100% within 30 days of the shipment date.

11. BANK DETAILS OF THE PARTIES
Supplier:                                  Buyer:
Chelyabinsk Abrasive LLC                   Danube Grinding Kft.
INN/KPP: 7451835566 / 745101001            Tax number: 24817395-2-43
Account 40702810675346078648               IBAN HU42 1177 3016 1111 1018 0000 0000
BIK 049157017
""",
        {
            "number": "CHA-EXP-04",
            "date": "2024-02-01",
            "total": "86400.00",
            "currency": "USD",
            "parties.seller.inn": "7451835566",
            "parties.seller.kpp": "745101001",
            "parties.seller.bik": "049157017",
            "parties.seller.account": "40702810675346078648",
        },
    ),
    _en(
        "c-en-packing-list-no-price-total",
        "packing_list",
        """
PACKING LIST No. PL-5521                                 Date: 17 October 2024
Ref. Commercial Invoice No. CI-5521, Invoice value USD 42,780.00

Shipper / Seller: Tverskaya Tipografiya LLC, INN 6952575444 KPP 695201001
                  Tver, Russia
Consignee / Buyer: Minsk Print House JSC, UNP 191472268, Minsk, Belarus

Case No.  Description                        Qty    Net kg   Gross kg   Dimensions, cm
1-4       Offset printing plates, 1030x790    800    640.0    702.0      110x85x40
5         Developer, 20 l canisters             12    240.0    251.5      80x60x50
TOTAL     5 cases                                    880.0    953.5
""",
        {
            "number": "PL-5521",
            "date": "2024-10-17",
            "total": "42780.00",
            "currency": "USD",
            "parties.shipper.inn": "6952575444",
            "parties.shipper.kpp": "695201001",
            "parties.seller.inn": "6952575444",
            "parties.seller.kpp": "695201001",
        },
    ),
    _en(
        "c-en-packing-list-consignee-inn",
        "packing_list",
        """
PACKING LIST
No.: NB-PL/0334        Date: 04.04.2024

Seller: Nordbrook Machinery GmbH, Hafenstrasse 21, 28217 Bremen, Germany
Shipper: same as seller
Buyer and consignee: Voronezh Feed Mill JSC
                     INN/KPP 3664398842/366401001, Voronezh, Russia

Pkg   Contents                                Pcs   Net, kg   Gross, kg
01    Pellet mill die, 6 mm                    2     820      905
02    Conditioner paddles, set                 1     160      188
Total packages: 2                                    980      1093

Total value of goods:   EUR   58 900,00
""",
        {
            "number": "NB-PL/0334",
            "date": "2024-04-04",
            "total": "58900.00",
            "currency": "EUR",
            "parties.buyer.inn": "3664398842",
            "parties.buyer.kpp": "366401001",
            "parties.consignee.inn": "3664398842",
            "parties.consignee.kpp": "366401001",
        },
    ),
    _en(
        "c-en-waybill-cmr",
        "waybill",
        """
CMR CONSIGNMENT NOTE No. 0047719
Date of issue: 21.08.2024

1 Sender: Baltika Storage Kaliningrad LLC, INN 3906726608, KPP 390601001
          ul. Portovaya 2, Kaliningrad, Russia
2 Consignee: Vilnius Cold Chain UAB, company code 305518290, Vilnius, Lithuania
9 Goods: canned fish, 1,850 cartons, 33 pallets
11 Gross weight: 18,420 kg
13 Value of goods for customs: EUR 47,300.00
16 Carrier: Amber Road Transport LLC, INN 3906112848
""",
        {
            "number": "0047719",
            "date": "2024-08-21",
            "total": "47300.00",
            "currency": "EUR",
            "parties.shipper.inn": "3906726608",
            "parties.shipper.kpp": "390601001",
            "parties.seller.inn": "3906726608",
            "parties.seller.kpp": "390601001",
            "parties.carrier.inn": "3906112848",
        },
    ),
    _en(
        "c-en-receipt-card-payment",
        "receipt",
        """
GREENLEAF CAFE & DELI
221 Market Street, San Francisco, CA 94103
Tel (415) 000-2211

Receipt #: 38815                         09/14/2024  12:41 PM
Server: Maya      Table 12

2  Turkey club sandwich      @ 14.50     29.00
1  Soup of the day                        8.75
3  Iced tea                  @  4.25     12.75
                              Subtotal   50.50
                          Sales tax 8.625%  4.36
                                TOTAL    $54.86
VISA ****4417                  APPROVED  $54.86
Tip: ______   Total: ______
""",
        {
            "number": "38815",
            "date": "2024-09-14",
            "total": "54.86",
            "currency": "USD",
        },
    ),
    _en(
        "c-en-receipt-payment-russian-seller",
        "receipt",
        """
PAYMENT RECEIPT No. R-2024-0611
Date: June 11, 2024

Received from: Helmsford Trading Ltd, London
Received by: Amur Fish Yard LLC, INN/KPP 2724350162/272401001, Khabarovsk, Russia
For: frozen chum salmon, contract No. AF-19, invoice No. 5520

Amount received:    USD    24 600.00
(twenty-four thousand six hundred US dollars)
Payment method: bank transfer to account 40702810382887030693, BIK 040295205
""",
        {
            "number": "R-2024-0611",
            "date": "2024-06-11",
            "total": "24600.00",
            "currency": "USD",
            "parties.seller.inn": "2724350162",
            "parties.seller.kpp": "272401001",
            "parties.seller.bik": "040295205",
            "parties.seller.account": "40702810382887030693",
        },
    ),
]
