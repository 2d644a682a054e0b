"""English documents of set I. `bench.holdout_i` describes the set and its labels."""

from .holdout import HoldoutDocument

_INVOICES = [
    HoldoutDocument(
        id="i-en-invoice-freight-forwarder-multicurrency",
        document_type="invoice",
        language="en",
        text="""\
GULF BRIDGE FREIGHT FZE
Jebel Ali Free Zone, LOB 17, Office 1142, Dubai, United Arab Emirates

Invoice #2025-118
Invoice date: Dec 15, 2025
Due date: Jan 14, 2026
Shipment: FCL 1 x 40'HC, Shanghai to Vostochny, B/L GBF-SHA-77310
ETD Shanghai: Nov 20, 2025    ETA Vostochny: Dec 4, 2025

Bill to:
Volgatorg LLC (OOO Volgatorg)
INN 6334500557, KPP 633401001
443020, Samara, Leningradskaya str. 31, Russia

| Charge                               | Currency | Amount   | Rate   | USD
| Ocean freight 40'HC                  | USD      | 3,850.00 |        | 3,850.00
| Bunker adjustment factor (BAF)       | USD      |   420.00 |        |   420.00
| Terminal handling, Shanghai          | CNY      | 1,650.00 | 7.1000 |   232.39
| Documentation fee                    | EUR      |    65.00 | 1.0850 |    70.53

Conversion: 1 USD = 7.1000 CNY; 1 EUR = 1.0850 USD, rates of the invoice date.
TOTAL DUE: USD 4,572.92
Please quote the invoice number with your payment. Bank charges are for the payer.

Beneficiary: Gulf Bridge Freight FZE
IBAN: AE600330000019101847265
SWIFT: GBFBAEAD
""",
        expected={
            "number": "2025-118",
            "date": "2025-12-15",
            "total": "4572.92",
            "currency": "USD",
            "parties.buyer.inn": "6334500557",
            "parties.buyer.kpp": "633401001",
        },
    ),
    HoldoutDocument(
        id="i-en-invoice-russian-it-exporter-vat-exempt",
        document_type="invoice",
        language="en",
        text="""\
Datalane Solutions LLC
(OOO Datalane Solutions)
Taxpayer ID (INN): 7717423235   KPP: 771701001
Office 612, 14 Prospekt Mira, Moscow 129090, Russian Federation

INVOICE No. DL-2025-0312
Date: 2025-12-31
Payment due: 2026-01-30
Licence agreement: No. LA-2024/17 of 2024-03-11

Customer:
Adriatic Fleet Systems d.o.o.
Bulevar Mihajla Pupina 10, 11070 Belgrade, Serbia
VAT No. RS 109384721

| Item                                                   | Qty | Price     | Amount
| Annual licence, Datalane Fleet Cloud, 60 vehicles      | 1   | 18,000.00 | 18,000.00
| Support and integration hours                          | 40  |     65.00 |  2,600.00

Subtotal:                                                            USD 20,600.00
VAT: not charged. The licence is exempt under Art. 149(2)(26) of the Tax Code of
the Russian Federation; the support services are supplied outside Russia
(Art. 148 of the Tax Code).
Total:                                                               USD 20,600.00

Payment details:
Beneficiary: Datalane Solutions LLC, account 40702840954400000265 (USD)
Bank: JSC Volzhsky Credit Bank, Samara, Russia
BIC (BIK): 043601842, correspondent account 30101810900000000842
SWIFT: VOLZRU2S
""",
        expected={
            "number": "DL-2025-0312",
            "date": "2025-12-31",
            "total": "20600.00",
            "currency": "USD",
            "parties.seller.inn": "7717423235",
            "parties.seller.kpp": "771701001",
            "parties.seller.bik": "043601842",
            "parties.seller.account": "40702840954400000265",
        },
    ),
    HoldoutDocument(
        id="i-en-invoice-email-forward-uk-deposit",
        document_type="invoice",
        language="en",
        text="""\
---------- Forwarded message ---------
From: Accounts <accounts@thamesvalveworks.example>
Date: Tue, 9 Dec 2025 at 11:02
Subject: Invoice TVW-25-0871 (Neftemash-Service, order PO-5518)
To: procurement@neftemash-service.example

Dear Rustam,

Please find the invoice below. The deposit you paid on 14/11/2025 has been
deducted from the balance.

THAMES VALVE WORKS LTD
Unit 4, Riverside Park, Reading RG1 8EQ, United Kingdom
VAT Reg. No. GB 284 5170 36

INVOICE TVW-25-0871
Invoice date: 08/12/2025
Delivery terms: FCA Reading (Incoterms 2020)

Invoice to: Neftemash-Service JSC, Almetyevsk, Republic of Tatarstan, Russia
INN 1606802413 / KPP 160601001

Ball valve DN50 PN40, ASTM A105    24 x £312.00      £7,488.00
Electric actuator EA-40             24 x £145.50      £3,492.00
Packing and crating                                     £260.00
Subtotal                                             £11,240.00
VAT 0% (export of goods)                                  £0.00
Invoice total                                        £11,240.00
Less deposit received 14/11/2025 (30%)               -£3,372.00
Balance due by 07/01/2026                             £7,868.00

Bank: Thameside Bank plc, Reading
IBAN: GB77THSB30948711052386
Kind regards,
Helen Marsh, Credit Control
""",
        expected={
            "number": "TVW-25-0871",
            "date": "2025-12-08",
            "total": "11240.00",
            "currency": "GBP",
            "parties.buyer.inn": "1606802413",
            "parties.buyer.kpp": "160601001",
        },
    ),
    HoldoutDocument(
        id="i-en-invoice-india-spices-scan",
        document_type="invoice",
        language="en",
        noisy=True,
        text="""\
MALABAR COAST SPICE EXPORTS PVT. LTD.
XIV/2l8, Willingdon Island, Kochi 68OOO3, Kerala, India
GSTIN: 32AAHCM4471Q1Z8 IEC: O5l4O22871
COMMERCIAL INVOICE
Invoice No. MCS/EXP/25-26/O419 Dated: 31-Dec-2025
Buyer's Order No. PV-118 dt. 2O-Nov-2025
Buyer: PRYANOSTI VOSTOKA LLC
INN 54l49O99O7 KPP 5414O1001
63OO99, Novosibirsk, Krasny prospekt 25, Russia
Port of Loading: Cochin Port of Discharge: Novorossiysk Terms: CIF
| Sl | Description | Qty (kg) | Rate USD | Amount USD |
| 1 | Black pepper 55O GA, 25 kg bags | 5,OOO | 6.85 | 34,25O.OO |
| 2 | Cardamom green 8 mm, l0 kg cartons | 8OO | 24.6O | l9,68O.OO |
FOB value USD 53,93O.OO
Ocean freight USD 1,45O.OO
TOTAL CIF USD 55,38O.OO
Amount chargeable (in words): US Dollars Fifty Five Thousand Three Hundred
Eighty Only
Payment: 3O% advance received, balance against documents
For Malabar Coast Spice Exports Pvt. Ltd. Authorised Signatory
""",
        expected={
            "number": "MCS/EXP/25-26/0419",
            "date": "2025-12-31",
            "total": "55380.00",
            "currency": "USD",
            "parties.buyer.inn": "5414909907",
            "parties.buyer.kpp": "541401001",
        },
    ),
]

_MAIN_FORMS = [
    HoldoutDocument(
        id="i-en-act-acceptance-licences-and-services",
        document_type="act",
        language="en",
        text="""\
ACCEPTANCE CERTIFICATE No. 15
(Act of Services Rendered)

Yekaterinburg                                                  December 31, 2025

Contractor: Severnaya Tsifra LLC, INN 6613521677, KPP 661301001,
620014, Yekaterinburg, Radishcheva str. 6
Customer: Ural Pipe Components JSC, INN 7414406826, KPP 741401001,
455000, Magnitogorsk, Kirova str. 72
Under Contract No. SC-2025/41 dated March 3, 2025

| No. | Service                               | Amount, RUB | VAT       | Total, RUB
| 1   | Licence to use ERP modules, 12 months | 240,000.00  | exempt    | 240,000.00
| 2   | Implementation services, 120 hours    |  96,000.00  | 19,200.00 | 115,200.00
| Total                                       | 336,000.00  | 19,200.00 | 355,200.00

Line 1 is exempt from VAT under Art. 149(2)(26) of the Russian Tax Code.
VAT on line 2 is charged at 20%.
Total value of services: RUB 355,200.00 (three hundred fifty-five thousand two
hundred roubles 00 kopecks). The Customer has no claims regarding scope or quality.

Contractor ______ A. V. Pechorin             Customer ______ L. M. Galeeva
""",
        expected={
            "number": "15",
            "date": "2025-12-31",
            "total": "355200.00",
            "currency": "RUB",
            "parties.seller.inn": "6613521677",
            "parties.seller.kpp": "661301001",
            "parties.buyer.inn": "7414406826",
            "parties.buyer.kpp": "741401001",
        },
    ),
    HoldoutDocument(
        id="i-en-upd-translated-scan",
        document_type="upd",
        language="en",
        noisy=True,
        text="""\
UNIVERSAL TRANSFER DOCUMENT (UPD) Status: l
(translation from Russian)
Invoice No. 22O7 dated 22.l2.2025 (1)
Correction No. -- dated -- (1a)
Seller: Don Polymer LLC (2)
Address: 3446O2, Rostov-on-Don, Portovaya str. 193 (2a)
INN/KPP of the seller: 6129426452/6l29O1001 (2b)
Shipper and its address: same (3)
Consignee and its address: Perm Packaging Plant JSC, 614O65, Perm,
Shosse Kosmonavtov 3O2 (4)
To payment document No. 71l4 dated 12.12.2025 (5)
Buyer: Perm Packaging Plant JSC (6)
INN/KPP of the buyer: 5925405219/5925O1001 (6b)
Currency: Russian rouble, 643 (7)
| 1 | PET granules, bottle grade | t | 2O | 142,OOO.OO | 2,84O,OOO.OO | 2O% |
568,OOO.OO | 3,4O8,OOO.OO |
Total payable (9) 2,84O,OOO.OO 568,OOO.OO 3,4O8,OOO.OO
Basis of transfer: Supply contract No. DP-88 dated 1O.O1.2025
Goods handed over by: Sales manager Oganesyan K. R. 22.12.2025
Goods received by: Storekeeper Mal'tseva I. P. 24.12.2O25
""",
        expected={
            "number": "2207",
            "date": "2025-12-22",
            "total": "3408000.00",
            "currency": "RUB",
            "parties.seller.inn": "6129426452",
            "parties.seller.kpp": "612901001",
            "parties.buyer.inn": "5925405219",
            "parties.buyer.kpp": "592501001",
        },
    ),
    HoldoutDocument(
        id="i-en-payment-order-foreign-currency-transfer",
        document_type="payment_order",
        language="en",
        text="""\
JSC Kamsky Commercial Bank, Kazan
BIK 049205618, correspondent account 30101810200000000618

APPLICATION FOR FOREIGN CURRENCY TRANSFER No. 57
Date: 2025-12-19
Value date: 2025-12-22

Amount and currency: EUR 36,914.20
(thirty-six thousand nine hundred fourteen euro 20 cents)

Ordering customer (payer): Tverstanko LLC
INN 6916539465, KPP 691601001
Account 40702978162000000742 (EUR) with JSC Kamsky Commercial Bank
Address: 170100, Tver, Volodarskogo str. 48

Beneficiary: Adriatic Machine Tools d.o.o.
Address: Industrijska 7, 21000 Novi Sad, Serbia
IBAN: RS91325100000041872213
Beneficiary's bank: Vojvodina Trade Bank a.d., SWIFT VOTBRS22

Details of payment: Payment for CNC lathe spare parts, invoice AMT-2025-0415
of 28.11.2025, contract No. AMT/TS-2024-07.
Contract registration number: 25120001/2809/0000/2/1
Charges: OUR
Currency transaction code: 11100
""",
        expected={
            "number": "57",
            "date": "2025-12-19",
            "total": "36914.20",
            "currency": "EUR",
            "parties.payer.inn": "6916539465",
            "parties.payer.kpp": "691601001",
            "parties.payer.bik": "049205618",
            "parties.payer.account": "40702978162000000742",
        },
    ),
]

_OTHER_TYPES = [
    HoldoutDocument(
        id="i-en-contract-it-outsourcing-two-column",
        document_type="contract",
        language="en",
        text="""\
SERVICES AGREEMENT No. 2025/12-04

Saratov                                                      1 December 2025

Rheinwerk Data GmbH (the "Contractor") and Saratov Glass Works JSC (the
"Customer") agree as follows.

1. The Contractor maintains and develops the Customer's production planning
software under the statements of work attached to this Agreement.
2. The monthly fee is EUR 10,500.00. The total value of this Agreement for its
term of 12 months is EUR 126,000.00 (one hundred twenty-six thousand euro).
3. The Customer pays each month within 15 days after the acceptance certificate.
4. This Agreement is valid from 1 January 2026 to 31 December 2026.

REQUISITES OF THE PARTIES
CONTRACTOR                               CUSTOMER
Rheinwerk Data GmbH                      Saratov Glass Works JSC
Rheinuferstrasse 9                       410005, Saratov,
50668 Cologne, Germany                   Bolshaya Sadovaya str. 239
VAT ID DE318440275                       INN 6406109049
                                         KPP 640601001
IBAN: DE64380521225407324931             Account 40702978316540000551 (EUR)
BIC KOELDE33XXX                          Bank Uralsky Alliance LLC
                                         BIK 046577319
                                         Corr. acc. 30101810700000000319

Managing Director                        General Director
________ J. Vogt                         ________ S. P. Lebedeva
""",
        expected={
            "number": "2025/12-04",
            "date": "2025-12-01",
            "total": "126000.00",
            "currency": "EUR",
            "parties.buyer.inn": "6406109049",
            "parties.buyer.kpp": "640601001",
            "parties.buyer.bik": "046577319",
            "parties.buyer.account": "40702978316540000551",
        },
    ),
    HoldoutDocument(
        id="i-en-waybill-air-waybill-scan",
        document_type="waybill",
        language="en",
        noisy=True,
        text="""\
880-482Ol731 AIR WAYBILL Not negotiable
Shipper's Name and Address
SHENZHEN LUMEN OPTICS CO., LTD.
Bldg 6, Longhua Industrial Park, Shenzhen 51811O, China
Consignee's Name and Address
OPTIKA VOSTOK LLC, INN 77O7983446, KPP 7707O1001
Warshavskoe shosse l25, Moscow ll7545, Russia
Issuing Carrier's Agent: SZX Air Logistics Ltd.
Airport of Departure: Shenzhen (SZX) To: Moscow (SVO)
Handling Information: 2 pallets, keep dry
Declared Value for Carriage: NVD Declared Value for Customs: NCV
Charges: AS AGREED
No. of Pieces 2 Gross Weight 386.5 kg Chargeable Weight 412.0 kg
Nature and Quantity of Goods: Optical lenses and frames, HS 9OO1.5O
Executed on Dec 9, 2O25 at Shenzhen
Flight/Date: SU 2O9 / Dec 1O, 2025
Signature of Issuing Carrier or its Agent
""",
        expected={
            "number": "880-48201731",
            "date": "2025-12-09",
            "currency": None,
            "parties.consignee.inn": "7707983446",
            "parties.consignee.kpp": "770701001",
        },
    ),
    HoldoutDocument(
        id="i-en-packing-list-agricultural-machinery",
        document_type="packing_list",
        language="en",
        text="""\
ANADOLU TARIM MAKINE A.S.
Organize Sanayi Bolgesi 4. Cadde No. 18, Konya, Turkey

PACKING LIST No. ATM-PL-2025-338
Date: December 12, 2025
Commercial invoice: ATM-2025-338 of December 11, 2025
Contract: No. AT-RU/2025/09 of September 2, 2025

Consignee: Agrotekhnika Ural LLC
INN 6611618916, KPP 661101001
623700, Berezovsky, Sverdlovsk Region, Transportnikov str. 41, Russia

| Case | Description                          | Qty | Net, kg | Gross, kg | Size, cm
| 1    | Seed drill frame, model SD-6         | 1   | 1,420   | 1,510     | 620x240x180
| 2    | Seed drill hoppers and coulters      | 12  |   640   |   702     | 240x120x110
| 3-4  | Spare parts kit, bolts and discs     | 2   |   318   |   356     | 120x80x90
| Total| 4 packages                           |     | 2,378   | 2,568     |

Marks: ATM / AGROTEKHNIKA URAL / BEREZOVSKY / CASE 1-4
Country of origin: Turkey
""",
        expected={
            "number": "ATM-PL-2025-338",
            "date": "2025-12-12",
            "total": None,
            "currency": None,
            "parties.consignee.inn": "6611618916",
            "parties.consignee.kpp": "661101001",
        },
    ),
    HoldoutDocument(
        id="i-en-bank-statement-usd-debit-credit",
        document_type="bank_statement",
        language="en",
        text="""\
JSC Volzhsky Credit Bank
BIK 043601842, correspondent account 30101810900000000842

ACCOUNT STATEMENT No. 58
Statement date: 2025-12-30
Period: 2025-12-01 to 2025-12-29
Account holder: Datalane Solutions LLC, INN 7717423235, KPP 771701001
Account: 40702840954400000265   Currency: USD

Opening balance:                                                     12,480.00

| Date       | Ref      | Counterparty / details                  | Debit    | Credit
| 2025-12-08 | FT-88120 | Cloudnest Hosting OU, Tallinn            | 1,150.00 |
|            |          | IBAN: EE377700771004418527               |          |
|            |          | Hosting services, November 2025          |          |
| 2025-12-22 | FT-90417 | Adriatic Fleet Systems d.o.o., Belgrade |          | 20,600.00
|            |          | IBAN: RS91325100000041872213             |          |
|            |          | Invoice DL-2025-0312                     |          |
| 2025-12-22 | COM-3318 | Bank fee, incoming SWIFT transfer        |    35.00 |
Turnover:                                                 1,185.00   20,600.00
Closing balance:                                                     31,895.00
""",
        expected={
            "number": "58",
            "date": "2025-12-30",
            "currency": "USD",
            "parties.account_holder.inn": "7717423235",
            "parties.account_holder.kpp": "771701001",
            "parties.account_holder.bik": "043601842",
            "parties.account_holder.account": "40702840954400000265",
        },
    ),
    HoldoutDocument(
        id="i-en-receipt-online-bookshop-photo",
        document_type="receipt",
        language="en",
        noisy=True,
        text="""\
BOOK HARBOR LLC
l91O25, St. Petersburg, Nevsky prospekt 1l4
Place of settlement: bookharbor.example
CASH RECEIPT. SALE
Receipt No. 1l2 Shift No. 38
2O25-12-2O 14:O3
1. The Cartographer's Atlas, hardcover
2 x 1,89O.OO =3,78O.OO VAT 10%
2. Gift wrapping 1 x 28O.OO =28O.OO VAT 2O%
3. Courier delivery 1 x 8OO.OO =8OO.OO VAT 2O%
TOTAL RUB 4,86O.OO
CARD 4,86O.OO
VAT 10% 343.64 VAT 20% l8O.OO
Tax system: general
Seller's INN 78O8435541
KKT reg. No. 0O06O31472O5528l
FN 7281440500217745 FD 3O417 FPD 1937740258
""",
        expected={
            "number": "112",
            "date": "2025-12-20",
            "total": "4860.00",
            "currency": "RUB",
            "parties.seller.inn": "7808435541",
        },
    ),
    HoldoutDocument(
        id="i-en-passport-india",
        document_type="passport",
        language="en",
        text="""\
REPUBLIC OF INDIA
PASSPORT
Type P    Country Code IND    Passport No. V4812736
Surname RAGHAVAN
Given Name(s) MEERA
Nationality INDIAN    Sex F    Date of Birth 17/08/1990
Place of Birth CHENNAI, TAMIL NADU
Place of Issue CHENNAI
Date of Issue 12/03/2021    Date of Expiry 11/03/2031
P<INDRAGHAVAN<<MEERA<<<<<<<<<<<<<<<<<<<<<<<<
V4812736<6IND9008179F3103119<<<<<<<<<<<<<<08
""",
        expected={
            "number": "V4812736",
            "date": "2021-03-12",
            "total": None,
            "currency": None,
        },
    ),
    HoldoutDocument(
        id="i-en-power-of-attorney-customs-scan",
        document_type="power_of_attorney",
        language="en",
        noisy=True,
        text="""\
POWER OF ATTORNEY No. 44/25
Moscow December 2, 2O25
Optika Vostok LLC, INN 77O7983446, KPP 77O701001, registered at Warshavskoe
shosse 125, Moscow 117545 (the "Principal"), represented by General Director
Ms. Irina A. Sokolova, hereby authorises
Mr. Pavel Sergeevich Orlov, passport 45 21 7O3318, INN 78O647624510
(the "Attorney"), to represent the Principal before the customs authorities of
the Russian Federation, to file and sign customs declarations for goods under
air waybill 880-4820l731, and to receive goods and documents.
This power of attorney is valid until December 3l, 2026 without the right of
substitution.
Signature of the Attorney ________ certified.
General Director ________ I. A. Sokolova
""",
        expected={
            "number": "44/25",
            "date": "2025-12-02",
            "total": None,
            "currency": None,
            "parties.principal.inn": "7707983446",
            "parties.principal.kpp": "770701001",
            "parties.attorney.inn": "780647624510",
        },
    ),
    HoldoutDocument(
        id="i-en-letter-payment-delay-currency-control",
        document_type="letter",
        language="en",
        text="""\
Tverstanko LLC
INN 6916539465, KPP 691601001
170100, Tver, Volodarskogo str. 48, Russia

Ref. No. 512/TS dated 18 December 2025

To: Adriatic Machine Tools d.o.o.
Attn.: Mr. Dragan Petrovic, Finance Director

Re: Payment of invoice AMT-2025-0415 of 28.11.2025

Dear Mr. Petrovic,

We confirm that the payment of EUR 36,914.20 under the invoice above was
submitted to our bank on 19 December 2025. The bank has requested the
registration documents of the contract under currency control rules, so the
transfer may reach your account after the due date of 20 December 2025.
We ask you not to apply the late payment interest of 0.1% per day provided by
clause 7.2 of the contract for this delay.

Yours sincerely,
Head of Finance
Oksana Belova
""",
        expected={
            "number": "512/TS",
            "date": "2025-12-18",
            "total": None,
            "currency": "EUR",
        },
    ),
    HoldoutDocument(
        id="i-en-other-quality-certificate-wheat",
        document_type="other",
        language="en",
        text="""\
KUBAN GRAIN LABORATORY LLC
Accredited testing laboratory, Kropotkin, Krasnodar Region, Russia

QUALITY CERTIFICATE No. QC-25-1184
Date of issue: Dec 5, 2025

Product: Milling wheat, class 4, crop 2025
Quantity: 31,240 kg, truck H417KM123
Sample taken: 2025-12-04 by inspector D. Ivchenko
Consignor: Kubanskoe Zerno-Yug LLC

| Parameter              | Method         | Norm       | Result
| Moisture, %            | GOST 13586.5   | max 14.0   | 12.6
| Protein (dry basis), % | GOST 10846     | min 10.0   | 11.4
| Gluten, %              | GOST 54478     | min 18.0   | 21.2
| Falling number, s      | GOST 27676     | min 200    | 286
| Foreign matter, %      | GOST 30483     | max 2.0    | 0.8

Conclusion: the sample meets the requirements for class 4 milling wheat.
Head of laboratory ________ E. S. Nazarenko
""",
        expected={
            "number": "QC-25-1184",
            "date": "2025-12-05",
            "total": None,
            "currency": None,
        },
    ),
]

ENGLISH_DOCUMENTS_I = [*_INVOICES, *_MAIN_FORMS, *_OTHER_TYPES]
