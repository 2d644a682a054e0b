"""Set H English documents, written blind (see `bench.holdout_h`).

Every company, person, address and requisite is invented. The labelling notes
are in the docstring of `bench.holdout_h`.
"""

from .holdout import HoldoutDocument

ENGLISH_DOCUMENTS_H = [
    HoldoutDocument(
        id="h-en-invoice-us-month-first",
        document_type="invoice",
        language="en",
        text="""\
Clearwater Lab Supply LLC
2210 Kramer Ln, Suite 140
Austin, TX 78758, USA
Phone (512) 555-0147 | billing@clearwaterlab.example

INVOICE

Invoice #: 10482
Invoice Date: 05/12/2025
Terms: Net 30
Due Date: 06/11/2025
Customer PO: PO-TD-2025-118

Bill To:                              Ship To:
Tengri Diagnostics LLP                Tengri Diagnostics LLP, Warehouse 2
45 Dostyk Ave, Office 12              17 Bekmakhanov St
Almaty 050010, Kazakhstan             Almaty 050035, Kazakhstan

Qty   Description                                    Unit Price     Amount
40    Microcentrifuge tubes 1.5 mL, case of 500      $38.50         $1,540.00
120   Filtered pipette tips 200 uL, rack of 96       $12.75         $1,530.00
3     Benchtop vortex mixer, 120 V                   $289.00        $867.00

                                        Subtotal                    $3,937.00
                                        Shipping & Handling         $245.00
                                        Sales Tax (export, 0%)      $0.00
                                        Total                       $4,182.00
                                        Amount Paid                 $0.00
                                        Balance Due (USD)           $4,182.00

Please make checks payable to Clearwater Lab Supply LLC or pay by wire:
ABA 114000093, Account 6602187345. Thank you for your business!
""",
        expected={
            "number": "10482",
            "date": "2025-05-12",
            "total": "4182.00",
            "currency": "USD",
        },
    ),
    HoldoutDocument(
        id="h-en-invoice-uk-day-first",
        document_type="invoice",
        language="en",
        text="""\
HARROWGATE PRINT & SIGNAGE LTD
Unit 7, Marlow Trading Estate, Leeds LS12 4RT
VAT Reg. No. GB 318 4472 09   Company No. 08815274

TAX INVOICE

Invoice No:      INV/2025/0041
Invoice date:    05/12/2025
Tax point:       05/12/2025
Payment due:     04/01/2026 (30 days)
Your order ref:  NE-PO-7719

To: Northline Events Ltd
    42 Carver Street, Sheffield S1 4FS

Description                                   Qty   Unit price    Net
Roll-up banner 850 x 2000 mm, printed         12    £96.00        £1,152.00
Foamex board 5 mm, A1, printed                40    £18.50        £740.00
Design and artwork (hours)                    6     £55.00        £330.00
Delivery to venue                             1     £45.00        £45.00

                                    Total net             £2,267.00
                                    VAT @ 20%             £453.40
                                    Total (incl. VAT)     £2,720.40

Payment by bank transfer to Harrowgate Print & Signage Ltd
Sort code 40-22-18   Account 73519046
IBAN GB51HRGB40221873519046
Please quote the invoice number as the payment reference.
""",
        expected={
            "number": "INV/2025/0041",
            "date": "2025-12-05",
            "total": "2720.40",
            "currency": "GBP",
        },
    ),
    HoldoutDocument(
        id="h-en-invoice-russian-exporter-eur",
        document_type="invoice",
        language="en",
        text="""\
LLC VOLGA HYDRAULIC SYSTEMS
(OOO «Volzhskie gidrosistemy»)
443022, Russia, Samara, Kirova Ave., 24, bldg. 5
INN 6342078025 / KPP (tax registration reason code) 634201001

COMMERCIAL INVOICE No. A-2025-00077
Date: December 5th, 2025

Buyer: Hidromont d.o.o., Bulevar oslobodjenja 112, 21000 Novi Sad, Serbia
PIB 109845217
Contract No. VGS-HM/2025-03 dated March 18, 2025
Terms of delivery: FCA Samara (Incoterms 2020)
Country of origin: Russian Federation

No.  Description                          HS code     Qty   Price, EUR   Amount, EUR
1    Gear pump NSh-32, left rotation      8413605000  60    412.00       24,720.00
2    Hydraulic directional valve R-80     8481208100  40    585.00       23,400.00
3    Export packing and documents         -           1     800.00       800.00

Total value:                                                             48,920.00
VAT 0% (export, Article 164 of the Tax Code of the Russian Federation)   0.00
Amount due: EUR 48,920.00 (forty-eight thousand nine hundred twenty euro)

Beneficiary's bank: JSC Volga Credit House, Samara, Russia
BIK 043601528, SWIFT VLCHRU2S
Correspondent account 30101810676140000528
Beneficiary's account (EUR): 40702978628434757619

General Director ______________ D. A. Morozov
""",
        expected={
            "number": "A-2025-00077",
            "date": "2025-12-05",
            "total": "48920.00",
            "currency": "EUR",
            "parties.seller.inn": "6342078025",
            "parties.seller.kpp": "634201001",
            "parties.seller.bik": "043601528",
            "parties.seller.account": "40702978628434757619",
        },
    ),
    HoldoutDocument(
        id="h-en-invoice-swiss-chf-scan",
        document_type="invoice",
        language="en",
        noisy=True,
        text="""\
ALPENMESS INSTRUMENTE AG
Industriestrasse l4, 86O4 Volketswil, Switzerland
VAT CHE-214.387.59O MWST

INVOICE  RE-25-O4418
Date: O8.12.2O25     Customer No.: 1O0732

Bill to: OOO "Tochpribor Servis"
454O8O Chelyabinsk, Russia, Lenina pr. 26
INN/KPP 7472O7O685/7451O1OO1

Pos Article               Qty   Unit price CHF  Amount CHF
1   Digital pressure
    calibrator DPC-6OO     2    4'86O.OO         9'72O.OO
2   Sensor module 7O bar   4      612.5O         2'45O.OO
3   Calibration cert. SCS  4       77.5O           31O.OO
Subtotal                                        12'48O.OO
VAT O% (export)                                      O.OO
Total CHF                                       l2'48O.OO
Payable within 3O days net.  IBAN CH56 OO78 1518 2O47 319O O
Bank: Zürcher Gewerbebank, BIC ZGWBCHZZ
""",
        expected={
            "number": "RE-25-04418",
            "date": "2025-12-08",
            "total": "12480.00",
            "currency": "CHF",
            "parties.buyer.inn": "7472070685",
            "parties.buyer.kpp": "745101001",
        },
    ),
    HoldoutDocument(
        id="h-en-invoice-singapore-grand-total",
        document_type="invoice",
        language="en",
        text="""\
MERIDIAN MARINE SUPPLIES PTE. LTD.
21 Tuas Avenue 3, Singapore 639415
GST Reg. No. 201912345K   Tel +65 6861 0442

TAX INVOICE                          Invoice No.: SG-INV-25-3310
                                     Date: 05-Dec-2025
                                     Delivery Order: DO-25-11874
                                     Vessel: MV Ostrava Star (IMO 9412830)

Bill to: Kestrel Ship Management Ltd, 8 Arch. Makariou III Ave, Limassol, Cyprus

Item  Description                                 Qty   Unit Price   Amount (SGD)
1     Mooring rope, polyamide 40 mm x 220 m       3     1,480.00     4,440.00
2     Antifouling paint, red, 20 L                8     236.00       1,888.00
3     Shackle, galvanised, 19 mm                  24    14.85        356.40

                                          Sub-total               6,684.40
                                          GST 9%                    601.60
                                          Grand total    SGD      7,286.00

Terms: 30 days from invoice date. Goods remain our property until paid in full.
""",
        expected={
            "number": "SG-INV-25-3310",
            "date": "2025-12-05",
            "total": "7286.00",
            "currency": "SGD",
        },
    ),
    HoldoutDocument(
        id="h-en-act-acceptance-vat22",
        document_type="act",
        language="en",
        text="""\
ACT No. 38
of acceptance of services rendered
under Services Agreement No. SA-2025/09 dated September 1, 2025

Moscow                                                          January 16, 2026

Contractor: LLC "Polyglot Apps", INN 7728792178, KPP 772801001,
117342, Moscow, Butlerova St., 17B, office 508,
settlement account 40702810058027810237 with JSC Priokskiy Bank, Moscow,
BIK 044525319, correspondent account 30101810460590000319
Customer: JSC "Neva Retail Technologies", INN 7810077283, KPP 781001001,
196084, St. Petersburg, Moskovsky Ave., 79A

The Contractor has rendered and the Customer has accepted the following services
for the period from January 1 to January 15, 2026:

No.  Service                                                  Amount, RUB
1    Localization of the mobile application into 4 languages  720,000.00
2    Technical support and release management                 480,000.00

Total excluding VAT:                                          1,200,000.00
VAT 22%:                                                        264,000.00
Total including VAT:                                          1,464,000.00

The services have been rendered in full and on time. The Customer has no claims
as to their scope, quality or timing.

Contractor ______________ K. V. Antonova    Customer ______________ S. R. Ivashin
""",
        expected={
            "number": "38",
            "date": "2026-01-16",
            "total": "1464000.00",
            "currency": "RUB",
            "parties.seller.inn": "7728792178",
            "parties.seller.kpp": "772801001",
            "parties.seller.bik": "044525319",
            "parties.seller.account": "40702810058027810237",
            "parties.buyer.inn": "7810077283",
            "parties.buyer.kpp": "781001001",
        },
    ),
    HoldoutDocument(
        id="h-en-upd-translation-status1",
        document_type="upd",
        language="en",
        text="""\
UNIVERSAL TRANSFER DOCUMENT (UPD)                      Translation from Russian
Status: 1 (invoice and transfer document)

Invoice No. 504 dated 22 December 2025                                       (1)
Seller: LLC "Nordklimat"                                                     (2)
Address: 197229, St. Petersburg, Lakhtinsky Ave., 85, lit. V                (2a)
INN/KPP of the seller: 7816630497/781601001                                 (2b)
Shipper and its address: same as seller                                      (3)
Consignee and its address: same as buyer                                     (4)
To payment document No. -- dated --                                          (5)
Shipping document No. 1-2, No. 504 dated 22.12.2025                         (5a)
Buyer: JSC "Kama Food Storage"                                               (6)
Address: 423800, Republic of Tatarstan, Naberezhnye Chelny, Sh. Usmanova, 9 (6a)
INN/KPP of the buyer: 1689923521/168901001                                  (6b)
Currency: name, code: Russian rouble (RUB), 643                              (7)

No.  Description
     Unit  Qty  Price        Cost excl. VAT  VAT rate  VAT amount   Cost incl. VAT
1    Industrial dehumidifier DH-90
     pcs   12   205,600.00   2,467,200.00    20%       493,440.00   2,960,640.00
2    Delivery
     srv   1    2,000.00     2,000.00        20%       400.00       2,400.00
     Total payable           2,469,200.00              493,840.00   2,963,040.00

Basis of transfer: Supply Contract No. NK-2025/61 dated 03.10.2025
Goods handed over by: warehouse manager ________ A. S. Belov, 22.12.2025
Goods received by: ________ (date of receipt)
Seller's bank details: account 40702810136740101234, JSC Baltic Settlement Bank,
BIK 044030343, corr. account 30101810480650000343
""",
        expected={
            "number": "504",
            "date": "2025-12-22",
            "total": "2963040.00",
            "currency": "RUB",
            "parties.seller.inn": "7816630497",
            "parties.seller.kpp": "781601001",
            "parties.seller.bik": "044030343",
            "parties.seller.account": "40702810136740101234",
            "parties.buyer.inn": "1689923521",
            "parties.buyer.kpp": "168901001",
        },
    ),
    HoldoutDocument(
        id="h-en-payment-order-bank-interface",
        document_type="payment_order",
        language="en",
        text="""\
PAYMENT ORDER No. 73                          17.12.2025          electronic
                                              Date                Payment type
Amount in words: Three hundred fifty-six thousand roubles 00 kopecks

Payer's INN 5089062677        Payer's KPP 508901001       Amount RUB 356,000.00
Payer: LLC "Dmitrov Building Materials"
Payer's account: 40702810406364717218
Payer's bank: PJSC Bank Severny Meridian, Moscow
BIK 044525885, corr. account 30101810921550000885

Payee's bank: LLC Don Commercial Bank, Rostov-on-Don
BIK 046015424, corr. account 30101810947640000424
Payee's INN 6180516995        Payee's KPP 618001001
Payee's account: 40702810862799203611
Payee: LLC "Rostov Glass Works"

Operation type 01     Payment priority 5
Purpose of payment: Payment under invoice No. INV/2025/0318 dated 10.12.2025 for
tempered glass units, contract No. 44-RGW dated 02.06.2025. Amount 356,000.00,
incl. VAT 20% 59,333.33.

Status: Executed 17.12.2025                   Bank's stamp
""",
        expected={
            "number": "73",
            "date": "2025-12-17",
            "total": "356000.00",
            "currency": "RUB",
            "parties.payer.inn": "5089062677",
            "parties.payer.kpp": "508901001",
            "parties.payer.bik": "044525885",
            "parties.payer.account": "40702810406364717218",
            "parties.payee.inn": "6180516995",
            "parties.payee.kpp": "618001001",
            "parties.payee.bik": "046015424",
            "parties.payee.account": "40702810862799203611",
        },
    ),
    HoldoutDocument(
        id="h-en-cmr-scan",
        document_type="waybill",
        language="en",
        noisy=True,
        text="""\
CMR  INTERNATIONAL CONSIGNMENT NOTE              No. O4B2117
1 Sender (name, address, country)
  Lindqvist Verpackungstechnik GmbH
  Billbrookdeich 21O, 2O539 Hamburg, Germany
2 Consignee (name, address, country)
  OOO "Podmoskovnaya Upakovka", INN 5O27B99O63 KPP 5027OlOOl
  14O1O5, Moscow region, Ramenskoye, ul. Mikhalevicha 49, Russia
3 Place of delivery of the goods: Ramenskoye, Russia
4 Place and date of taking over the goods: Hamburg, Germany O5.12.2O25
5 Documents attached: Invoice LV-25-99l, Packing list, EX1
6 Marks and Nos  7 Number of packages  8 Method of packing  9 Nature of the goods
  LV/RU/1-18      18                    pallets             Carton sealing machines
                                                            and spare parts
10 Statistical number 8422 4OOO   11 Gross weight kg 6 84O   12 Volume m3 31,5
16 Carrier: TransVitebsk OOO, Vitebsk, Belarus, truck AK 4512-2 / trailer A 7736 B-2
18 Carrier's reservations: none
21 Established in Hamburg on O5.12.2O25
22 Signature and stamp of the sender    23 Signature of the carrier
24 Goods received: ______ date ______
""",
        expected={
            "number": "0482117",
            "date": "2025-12-05",
            "currency": None,
            "parties.consignee.inn": "5027899063",
            "parties.consignee.kpp": "502701001",
        },
    ),
    HoldoutDocument(
        id="h-en-packing-list-korea-scan",
        document_type="packing_list",
        language="en",
        noisy=True,
        text="""\
HANIL PRECISION CO., LTD.
l8, Seongsan-ro 2l5beon-gil, Changwon-si, Gyeongsangnam-do, Korea
PACKING LIST
No. PL-KR-2512O5-O2        Date: 2O25.12.O5
Invoice No. CI-KR-2512O5-O2
Consignee: OOO "Kuban Agro Machinery"
  INN 233383OOO1  KPP 2333OlOOl
  352OO0, Krasnodar region, Kropotkin, ul. Tramvaynaya 4, Russia
Port of loading: Busan   Final destination: Novorossiysk   Vessel: SINOKOR 3l7
C/No  Description                    Q'ty   N.W.(kg)  G.W.(kg)  Meas.(cbm)
1-4   Hydraulic cylinder HC-8O/45    4O pcs  96O.O     1,O4O.O   2.4OO
5-6   Seal kit SK-8O                 2OO sets l2O.O    l36.O     O.36O
7     Mounting brackets              6O pcs  2l0.O     226.5     O.48O
TOTAL 7 cartons                              1,29O.O   1,4O2.5   3.24O
Shipping marks: HANIL / NOVOROSSIYSK / C/No 1-7 / MADE IN KOREA
""",
        expected={
            "number": "PL-KR-251205-02",
            "date": "2025-12-05",
            "total": None,
            "currency": None,
            "parties.consignee.inn": "2333830001",
            "parties.consignee.kpp": "233301001",
        },
    ),
    HoldoutDocument(
        id="h-en-bank-statement-cny-account",
        document_type="bank_statement",
        language="en",
        text="""\
PJSC SIBERIAN TRADE BANK
Novosibirsk, BIK 045004176, correspondent account 30101810286640000176
SWIFT STBNRU5N

ACCOUNT STATEMENT No. 58
Statement date: 22.12.2025
Period: 15.12.2025 - 19.12.2025
Account: 40702156867655815226 (CNY)
Account holder: LLC "Sibir Agro Export", INN 5491703178, KPP 549101001

Opening balance: CNY 12,480.35

Date        Ref.      Counterparty / details                       Debit       Credit
15.12.2025  IN-4471   Heilongjiang Grain Trading Co., Ltd.                    186,400.00
                      Payment for soybean meal, contract SAE-HG-25/7
16.12.2025  OUT-1208  Harbin Agri Equipment Co., Ltd.              92,750.00
                      Spare parts for grain dryers, invoice HAE-2511-36
16.12.2025  FEE-0916  Commission for outgoing transfer             150.00
19.12.2025  FX-3390   Sale of CNY to own RUB account               50,000.00
                      40702810859300922239, BIK 045004176, rate 11.0842

Turnover:                                                      142,900.00  186,400.00
Closing balance: CNY 55,980.35

This statement was generated electronically and is valid without a signature.
""",
        expected={
            "number": "58",
            "date": "2025-12-22",
            "currency": "CNY",
            "parties.account_holder.inn": "5491703178",
            "parties.account_holder.kpp": "549101001",
            "parties.account_holder.bik": "045004176",
            "parties.account_holder.account": "40702156867655815226",
        },
    ),
    HoldoutDocument(
        id="h-en-receipt-hotel-photo",
        document_type="receipt",
        language="en",
        noisy=True,
        text="""\
HOTEL LINDENHOF WIEN
Mariahilfer Strasse l2O, lO7O Vienna, Austria
UID ATU6B21O447
RECEIPT  No. 2O451        Dec 7, 2O25  11:42
Guest: Mr. Pavel Grishin   Room 4l2   Arr. O4.12.25  Dep. O7.12.25
Accommodation 3 nights x 168.OO       EUR  5O4.OO
Breakfast 2 x 24.5O                   EUR   49.OO
Minibar                               EUR   12.BO
City tax                              EUR   1O.35
TOTAL                                 EUR  576.l5
Paid VISA ****4417                    EUR  576.l5
incl. VAT 1O% 5O.27  incl. VAT 2O% 2.13
Thank you for staying with us!
""",
        expected={
            "number": "20451",
            "date": "2025-12-07",
            "total": "576.15",
            "currency": "EUR",
        },
    ),
    HoldoutDocument(
        id="h-en-passport-us-scan",
        document_type="passport",
        language="en",
        noisy=True,
        text="""\
UNITED STATES OF AMERICA
PASSPORT  Type P   Code USA   Passport No. 5B3O19274
Surname HOLLOWAY
Given Names MARGARET ANNE
Nationality UNITED STATES OF AMERICA
Date of birth 22 Aug l984
Place of birth OHIO, U.S.A.
Sex F
Date of issue I4 Mar 2O22
Date of expiration 13 Mar 2O32
Authority United States Department of State
Endorsements SEE PAGE 27
P<USAHOLLOWAY<<MARGARET<ANNE<<<<<<<<<<<<<<<<<
5830192743USA8408222F3203134<<<<<<<<<<<<<<<8
""",
        expected={
            "number": "583019274",
            "date": "2022-03-14",
            "total": None,
            "currency": None,
        },
    ),
    HoldoutDocument(
        id="h-en-power-of-attorney-cyprus",
        document_type="power_of_attorney",
        language="en",
        text="""\
POWER OF ATTORNEY No. POA-2025/14

Dated: 9 December 2025

KNOW ALL MEN BY THESE PRESENTS that KESTREL MARITIME HOLDINGS LTD, a company
incorporated under the laws of the Republic of Cyprus with registration number
HE 418207, having its registered office at 8 Archbishop Makarios III Avenue,
3030 Limassol, Cyprus (the "Company"), acting by its director Mr. Andreas
Charalambous, hereby appoints

Mr. Oleg Vitalyevich Sorokin, born 11.02.1979, citizen of the Russian Federation,
passport series 40 12 No. 618305 issued on 27.03.2012, Russian taxpayer number
(INN) 781191215239,

as its true and lawful attorney, with power in the name of the Company:
(a) to represent the Company before the port authorities, customs and the
    Federal Tax Service of the Russian Federation;
(b) to sign and submit applications, letters and acts of acceptance of goods
    and services;
(c) to receive documents addressed to the Company.

This Power of Attorney is valid until 31 December 2026 and may not be delegated.

Signed this 9th day of December 2025 in Limassol.

For and on behalf of KESTREL MARITIME HOLDINGS LTD
______________________ Andreas Charalambous, Director
""",
        expected={
            "number": "POA-2025/14",
            "date": "2025-12-09",
            "total": None,
            "currency": None,
            "parties.attorney.inn": "781191215239",
        },
    ),
    HoldoutDocument(
        id="h-en-letter-overdue-payment",
        document_type="letter",
        language="en",
        text="""\
LLC BALTIC TIMBER EXPORT
188480, Leningrad region, Kingisepp, Promyshlennaya St., 11
INN 4711621281, KPP 471101001 | info@baltimber.example | +7 (81375) 2-44-18

Ref. No. 1207/25
December 11, 2025

Houtland Trading B.V.
Attn.: Mr. Joost van der Berg, Finance Director
Westhavenweg 60, 1042 AL Amsterdam, the Netherlands

Re: Overdue payment under Contract No. BTE-HT/2024-02

Dear Mr. van der Berg,

We refer to our invoice No. BTE-2025/311 of October 20, 2025 for USD 84,600.00
for the shipment of kiln-dried pine boards (B/L No. SPB-RTM-25-0918). The
payment was due on November 19, 2025 and has not been received so far.

Under clause 7.3 of the Contract a penalty of 0.05% per day accrues on the
overdue amount. We kindly ask you to transfer the outstanding USD 84,600.00
to our account by December 19, 2025, or to let us know the reason for the delay.

If payment has already been made, please send us a copy of the payment order.

Yours sincerely,

Natalia Grebneva
Commercial Director
""",
        expected={
            "number": "1207/25",
            "date": "2025-12-11",
            "total": None,
            "currency": "USD",
        },
    ),
    HoldoutDocument(
        id="h-en-contract-turkish-supplier",
        document_type="contract",
        language="en",
        text="""\
CONTRACT No. TR-RU/2025/112

Moscow                                                          28 November 2025

Karadeniz Tekstil Sanayi ve Ticaret A.S., Bursa, Turkey, hereinafter the
"Seller", represented by its General Manager Mr. Emre Yildirim, and LLC
"Moskva Dom Tekstil", Moscow, Russia, hereinafter the "Buyer", represented by its
General Director Ms. Irina Zaitseva, have concluded this Contract as follows.

1. SUBJECT OF THE CONTRACT
1.1. The Seller sells and the Buyer buys cotton bed linen sets and towels
(the "Goods") in the assortment and quantities stated in Appendix 1.

2. PRICE AND TOTAL VALUE
2.1. Prices are in US dollars, DAP Moscow (Incoterms 2020).
2.2. The total value of the Contract is USD 186,400.00 (one hundred eighty-six
thousand four hundred US dollars 00 cents).

3. PAYMENT
3.1. The Buyer pays 20% of the total value (USD 37,280.00) as an advance within
10 banking days of signing, and the balance within 30 days of delivery.

10. BANK DETAILS OF THE PARTIES
Seller: Karadeniz Tekstil Sanayi ve Ticaret A.S.
Organize Sanayi Bolgesi, Mavi Cad. No. 14, 16140 Nilufer / Bursa, Turkey
Bank: Anatolia Commercial Bank, Bursa branch, SWIFT ANCBTRIS
IBAN TR070006701000000041827730

Buyer: LLC "Moskva Dom Tekstil"
INN 7778778933, KPP 777801001
109316, Moscow, Volgogradsky Ave., 42, bldg. 5
Account (USD): 40702840157495441662
Bank: JSC Priokskiy Bank, Moscow, BIK 044525319,
correspondent account 30101810460590000319

Seller ______________ E. Yildirim        Buyer ______________ I. Zaitseva
""",
        expected={
            "number": "TR-RU/2025/112",
            "date": "2025-11-28",
            "total": "186400.00",
            "currency": "USD",
            "parties.buyer.inn": "7778778933",
            "parties.buyer.kpp": "777801001",
            "parties.buyer.bik": "044525319",
            "parties.buyer.account": "40702840157495441662",
        },
    ),
    HoldoutDocument(
        id="h-en-other-certificate-of-incumbency",
        document_type="other",
        language="en",
        text="""\
CERTIFICATE OF INCUMBENCY
Certificate No. CI-2025/0871

We, Aphrodite Corporate Secretaries Ltd, the company secretary of
KESTREL MARITIME HOLDINGS LTD (registration number HE 418207), a company
incorporated in the Republic of Cyprus on 14 June 2019, hereby certify that as at
the date of this certificate:

1. The registered office of the company is at 8 Archbishop Makarios III Avenue,
   3030 Limassol, Cyprus.
2. The directors of the company are:
   Andreas Charalambous, appointed 14 June 2019
   Elena Georgiou, appointed 2 March 2022
3. The secretary of the company is Aphrodite Corporate Secretaries Ltd.
4. The sole shareholder of the company is Kestrel Group Holdings Ltd (BVI),
   holding 10,000 ordinary shares.
5. The company is in good standing and no proceedings for its winding up have
   been commenced.

Issued in Limassol on 3 December 2025.

For Aphrodite Corporate Secretaries Ltd
______________________ Maria Antoniou, Director
""",
        expected={
            "number": "CI-2025/0871",
            "date": "2025-12-03",
            "total": None,
            "currency": None,
        },
    ),
]
