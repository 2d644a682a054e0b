"""English documents of set AP. `bench.holdout_ap` describes the set and its labels."""

# Document texts reproduce printed lines up to 110 characters wide.
# ruff: noqa: E501

from .holdout import HoldoutDocument

_INVOICES = [
    # The Indian maker's export invoice for the first shipment of ceftriaxone and
    # amikacin. Its total is the FCA value in dollars. The rupee value for the
    # shipping bill, the advance and the balance are not the total, and "AMD" is the
    # airport of Ahmedabad, not a currency.
    HoldoutDocument(
        id="ap-en-invoice-indian-generics-usd",
        document_type="invoice",
        language="en",
        text="""\
SUNVALE REMEDIES PRIVATE LIMITED
Plot No. 214, GIDC Phase II, Vatva, Ahmedabad 382445, Gujarat, India
GSTIN: 24AAKCS4718M1ZY   PAN: AAKCS4718M   IEC: AAKCS4718M   CIN: U24230GJ2009PTC058417
Drug Manufacturing Licence No. G/25/2187 (Form 25), G/28/1764 (Form 28) - WHO-GMP certified site

                                        EXPORT INVOICE
             (Supply meant for export under LUT without payment of integrated tax)

Invoice No.: SRL/EXP/25-26/0873                        Invoice Date: 20/02/2026
Buyer's Order No.: VF-IMP-2026/003 dated 09/02/2026     LUT ARN: AD2403250118374 dated 28/03/2025
Contract: Supply Agreement No. SRL/VF/SA-2025/11 dated 18 November 2025

Buyer / Importer:                                      Consignee:
OOO "Versta-Farm" (ООО «Верста-Фарм»)                  Same as Buyer
Rodionova St. 167, bldg. 2, Nizhny Novgorod 603093     Notify: OOO "Oka-Declar", customs broker,
Russian Federation                                     INN 5262147306, Nizhny Novgorod
INN 5260318475, KPP 526001001
Bank: PJSC "Volgo-Oksky Bank", BIK 042202981, SWIFT VOKBRU2N, USD account 40702840842000031874

Country of origin: India          Port of loading: Ahmedabad Airport (AMD)   Discharge: Moscow (SVO)
Terms of delivery: FCA Ahmedabad Airport, Incoterms 2020       Mode of shipment: by air
Payment terms: 30% advance against proforma, 70% within 60 days from the AWB date

| Sr | Description of goods           | HS code  | Batch No. | Mfg.  | Exp.  |    Qty | Rate USD |    Amount |
|----|--------------------------------|----------|-----------|-------|-------|--------|----------|-----------|
| 1  | Ceftriaxone Inj. USP 1 g, vial | 30042019 | CTX5C2402 | 02/24 | 01/27 | 12,000 |     0.36 |  4,320.00 |
| 2  | Ceftriaxone Inj. USP 1 g, vial | 30042019 | CTX5C2411 | 11/24 | 10/27 | 18,000 |     0.36 |  6,480.00 |
| 3  | Amikacin Inj. IP 500 mg/2 ml   | 30042099 | AMK5B2507 | 07/25 | 06/28 | 12,500 |     0.21 |  2,625.00 |
|    | 85 cartons, 42,500 units       |          |           |       |       |        |          | 13,425.00 |

Total invoice value (FCA Ahmedabad Airport):                                        USD 13,425.00
Amount in words: US Dollars Thirteen Thousand Four Hundred Twenty-Five Only
Less advance received on 13/02/2026 (30%):                                          USD  4,027.50
Balance payable by 28/04/2026:                                                      USD  9,397.50
Value in Indian rupees for the shipping bill (at USD 1 = INR 86.45):                ₹ 11,60,591.25

Russian registration certificates: ceftriaxone ЛП-№(004127)-(РГ-RU), amikacin ЛП-№(003418)-(РГ-RU).
Data Matrix codes of the Russian marking system are printed on every pack (GTIN 08906012470317).
IGST: 0% (export under LUT).   Net weight 736.0 kg, gross weight 867.0 kg.

We declare that this invoice shows the actual price of the goods described and that all particulars
are true and correct.                                For Sunvale Remedies Pvt. Ltd.
                                                     Anil Shah, Export Manager (Authorised Signatory)
""",
        expected={
            "number": "SRL/EXP/25-26/0873",
            "date": "2026-02-20",
            "total": "13425.00",
            "currency": "USD",
            "parties.buyer.inn": "5260318475",
            "parties.buyer.kpp": "526001001",
            "parties.buyer.bik": "042202981",
            "parties.buyer.account": "40702840842000031874",
        },
    ),
    # The German maker's invoice for the 12 syringe pumps, with German number forms
    # ("18.300,00") and a day-first date that its 30-day due date settles. The total
    # is the invoice value, not the balance after the advance.
    HoldoutDocument(
        id="ap-en-invoice-german-pumps-eur",
        document_type="invoice",
        language="en",
        text="""\
LAHNWERK MEDIZINTECHNIK GMBH
Hermannsteiner Str. 118 · 35576 Wetzlar · Germany · Tel. +49 6441 78214-0 · export@lahnwerk-medtech.example
USt-IdNr.: DE274618398 · HRB 8217, Amtsgericht Wetzlar · Managing Director: Dr. Jörg Niebergall

                                      INVOICE / RECHNUNG

Invoice No. / Rechnungs-Nr.:   9260147
Invoice date / Datum:          02.03.2026
Delivery date / Lieferdatum:   27.02.2026
Customer No. / Kunden-Nr.:     40318
Your order / Ihre Bestellung:  VF-ZK-2026/014 of 19.01.2026
Due date / Fällig am:          01.04.2026 (30 days net)

Bill to and consignee:
OOO "Versta-Farm", Rodionova St. 167, bldg. 2, 603093 Nizhny Novgorod, Russian Federation
INN 5260318475 / KPP 526001001

| Pos | Art. No.   | Description                     | Qty | Unit price EUR | Amount EUR |
|-----|------------|---------------------------------|-----|----------------|------------|
| 10  | SP3-INF-01 | Syringe pump SP-3 Infusa, 230 V |  12 |       1.480,00 |  17.760,00 |
|     |            | UDI-DI 04262381300179           |     |                |            |
| 20  | PC-2-000   | Pole clamp PC-2 for SP-3        |  12 |          45,00 |     540,00 |

Serial numbers: SP3-2602-0417 to SP3-2602-0428. Firmware 3.4.2.
HS code 9018 90 50 · Country of origin: Germany · Incoterms 2020: FCA Frankfurt am Main Airport
Net weight 31,2 kg · Gross weight 46,8 kg · 3 cartons · Air waybill 020-58314270

Net amount                                                              18.300,00 EUR
VAT 0 % - tax-exempt export delivery (§ 4 No. 1a, § 6 UStG)                  0,00 EUR
Invoice total                                                           18.300,00 EUR
Advance payment received on 12.02.2026 (30 %)                           -5.490,00 EUR
Balance due                                                             12.810,00 EUR

Commissioning at the end user's site is invoiced separately under the service certificate.
Bank: Lahn-Dill Handelsbank AG, Wetzlar · IBAN: DE44513602180048217936 · BIC: LDHBDE51XXX
Please quote the invoice number 9260147 with your payment.
""",
        expected={
            "number": "9260147",
            "date": "2026-03-02",
            "total": "18300.00",
            "currency": "EUR",
            "parties.buyer.inn": "5260318475",
            "parties.buyer.kpp": "526001001",
        },
    ),
    # The Armenian distributor's invoice in drams for registration support in Armenia.
    # The services are zero-rated and the state duty is passed on at cost, and both
    # make the total. The dollar equivalent is a reference.
    HoldoutDocument(
        id="ap-en-invoice-armenian-services-amd",
        document_type="invoice",
        language="en",
        text="""\
"SEVAN MEDSERVICE" LLC
14 Tigran Mets Ave., office 52, Yerevan 0005, Republic of Armenia
TIN 02587413 · State registration No. 290.110.1184217
Bank: "Hrazdan Bank" CJSC, Yerevan · Account (AMD): 2470041827360010 · SWIFT: HRZDAM22

                                   INVOICE No. SM-2026/031
                                   Date: 31 March 2026

Customer:   OOO "Versta-Farm" (ООО «Верста-Фарм»), Rodionova St. 167, bldg. 2,
            Nizhny Novgorod 603093, Russian Federation, INN 5260318475, KPP 526001001
Agreement:  Regulatory Support Agreement No. SM-VF/24-07 of 01.07.2024
Period:     1 January - 31 March 2026

| No. | Service                                                       | Qty      |  Rate, AMD | Amount, AMD  |
|-----|---------------------------------------------------------------|----------|------------|--------------|
| 1   | Regulatory support for EAEU registration in Armenia,          | 3 months | 320,000.00 |   960,000.00 |
|     | import permits for medicines supplied by the customer         |          |            |              |
| 2   | Local pharmacovigilance contact, 4 case reports processed     | 3 months | 100,000.00 |   300,000.00 |
| 3   | State duty for a variation of registration (at cost)          | 1        |  84,000.00 |    84,000.00 |

Services                                                                              1,260,000.00
VAT 0% (services to a non-resident, place of supply outside the Republic of Armenia)          0.00
Re-invoiced state duty, not subject to VAT                                               84,000.00
TOTAL AMOUNT DUE                                                                  AMD 1,344,000.00

For reference only: approx. USD 3,449.96 at the Central Bank of Armenia rate of 389.57 AMD/USD
on 31.03.2026. Payment in Armenian drams within 15 banking days; bank charges for the customer's
account (OUR). Receipt of the state duty payment No. 118-0347 of 12.02.2026 is attached.

Director ____________ A. Hakobyan                       Chief Accountant ____________ L. Sargsyan
""",
        expected={
            "number": "SM-2026/031",
            "date": "2026-03-31",
            "total": "1344000.00",
            "currency": "AMD",
            "parties.buyer.inn": "5260318475",
            "parties.buyer.kpp": "526001001",
        },
    ),
]

_ACTS = [
    # The German maker's certificate of installation and commissioning at the hospital.
    # It is an `act` worth its service charges. The distributor is the buyer, and the
    # hospital named with its INN is the end user with no role.
    HoldoutDocument(
        id="ap-en-act-commissioning-pumps",
        document_type="act",
        language="en",
        text="""\
LAHNWERK MEDIZINTECHNIK GMBH · Service Department · Wetzlar, Germany · USt-IdNr. DE274618398

            CERTIFICATE OF INSTALLATION AND COMMISSIONING No. LMT-SC-26/0117

Date: 26 March 2026                                     Place: Vladimir, Russian Federation

Customer (invoiced party):  OOO "Versta-Farm", Nizhny Novgorod, INN 5260318475, KPP 526001001
End user / site:            GBUZ VO "Nerl Regional Clinical Hospital", 47 Lybedskaya St., Vladimir,
                            INN 3329051847
Reference:                  our invoice No. 9260147 of 02.03.2026 (12 syringe pumps, EUR 18,300.00),
                            service order SO-26-0211

Equipment: 12 x syringe pump SP-3 Infusa, serial numbers SP3-2602-0417 ... SP3-2602-0428, firmware 3.4.2

Work performed on 24-26 March 2026:
- unpacking, inspection for transport damage, mounting on IV poles with PC-2 clamps
  (intensive care unit 8 pcs, cardiology 4 pcs);
- electrical safety tests to IEC 62353: all passed (records ES-0417 ... ES-0428);
- flow-rate accuracy at 1 ml/h and 100 ml/h: deviation within 2 % (limit 5 %);
- occlusion alarm and battery tests, drug library "2026-03" loaded;
- training of 18 staff together with the distributor's engineer (training record No. 3).
The equipment is commissioned and handed over for clinical use.

Service charges                                                                Amount
Commissioning, 2 engineer days x EUR 950.00                                    EUR 1,900.00
Travel and accommodation, flat rate                                            EUR   640.00
Total service charges                                                          EUR 2,540.00

Payable within 14 days to IBAN DE44513602180048217936. Warranty: 24 months from 26.03.2026.

For Lahnwerk Medizintechnik GmbH:                       Accepted for the customer:
Service engineer Tobias Reuter ______________           OOO "Versta-Farm", R. A. Golovanov ______________
Hospital biomedical engineer I. R. Mukhin ______________ (witness)
""",
        expected={
            "number": "LMT-SC-26/0117",
            "date": "2026-03-26",
            "total": "2540.00",
            "currency": "EUR",
            "parties.buyer.inn": "5260318475",
            "parties.buyer.kpp": "526001001",
        },
    ),
]

_UPDS = [
    # A translation of the UPD of the second lot, made for the Indian maker's sell-out
    # report. It is dated by the UPD, not the translation, and keeps the Cyrillic
    # number. The consignee is the hospital pharmacy without an INN.
    HoldoutDocument(
        id="ap-en-upd-lot2-translation",
        document_type="upd",
        language="en",
        text="""\
Translation from Russian

UNIVERSAL TRANSFER DOCUMENT (UPD)                                                     Status: 1
Invoice (schet-faktura) No. ВФ-4127 dated April 14, 2026 (1)        Correction No. - dated - (1a)
Seller: OOO "Versta-Farm" (2)
Address: 167 Rodionova St., bldg. 2, Nizhny Novgorod 603093 (2a)
Seller's INN/KPP: 5260318475/526001001 (2b)
Shipper: the same (3)
Consignee: hospital pharmacy, 47 Lybedskaya St., bldg. 3, Vladimir 600017 (4)
Buyer: GBUZ VO "Nerl Regional Clinical Hospital" (6)
Address: 47 Lybedskaya St., Vladimir 600017 (6a)
Buyer's INN/KPP: 3329051847/332901001 (6b)
Currency: Russian rouble (RUB), 643 (7)
State contract identifier: 2332905184726000041 (8)

| No | Goods, batch                     | Unit | Qty |    Price |  Excl. VAT | Rate |       VAT |  Incl. VAT |
|----|----------------------------------|------|-----|----------|------------|------|-----------|------------|
| 1  | Ceftriaxone 1 g x 50, CTX5C2411  | pack |  40 | 1,925.00 |  77,000.00 |  10% |  7,700.00 |  84,700.00 |
| 2  | Meropenem 1 g x 10, MR0226       | pack |  50 | 4,120.00 | 206,000.00 |  10% | 20,600.00 | 226,600.00 |
| 3  | Vancomycin 1 g x 1, VN1225       | pack | 250 |   296.40 |  74,100.00 |  10% |  7,410.00 |  81,510.00 |
| 4  | Levofloxacin 0.5% 100 ml, LV0326 | pack | 800 |    84.30 |  67,440.00 |  10% |  6,744.00 |  74,184.00 |
|    | Total payable (9)                |      |     |          | 424,540.00 |   X  | 42,454.00 | 466,994.00 |

Basis: state contract No. Ф.2026.00417 of 20.02.2026, order No. 5 of 06.04.2026, lot 2 of 3 (8)
Marking codes: 1,140 units accepted in the national track-and-trace system (direct acceptance).
Shipped: 14.04.2026, storekeeper D. S. Klyuev. Received: 14.04.2026, head of pharmacy M. V. Sorokina
under power of attorney No. 14 of 02.03.2026. Acceptance after the customer's expert examination.
Head of organisation ________ K. I. Ershov                Chief accountant ________ N. V. Malysheva

Translator's note: translated for the sell-out report to Sunvale Remedies Pvt. Ltd. under
clause 9 of Supply Agreement No. SRL/VF/SA-2025/11. Translator E. S. Rudneva, 20 April 2026.
""",
        expected={
            "number": "ВФ-4127",
            "date": "2026-04-14",
            "total": "466994.00",
            "currency": "RUB",
            "parties.seller.inn": "5260318475",
            "parties.seller.kpp": "526001001",
            "parties.buyer.inn": "3329051847",
            "parties.buyer.kpp": "332901001",
        },
    ),
]

_PAYMENT_ORDERS = [
    # The bank's print of the MT103 that pays the 70% balance of the German invoice
    # from the distributor's euro account. It is numbered by field 20 and dated by the
    # value date of field 32A.
    HoldoutDocument(
        id="ap-en-payment-order-mt103-eur",
        document_type="payment_order",
        language="en",
        text="""\
PJSC "VOLGO-OKSKY BANK", Nizhny Novgorod    SWIFT VOKBRU2NXXX    BIK 042202981
Outgoing SWIFT message - customer copy                                  Printed: 12.03.2026 10:05

Message type:  MT103 Single Customer Credit Transfer
Sender:        VOKBRU2NXXX                  Receiver: LDHBDE51XXX

:20:VF260311-01
:23B:CRED
:32A:260311EUR12810,00
:33B:EUR12810,00
:50K:/40702978442000031874
LLC VERSTA-FARM
INN 5260318475 KPP 526001001
RODIONOVA STR 167-2 NIZHNY NOVGOROD 603093 RU
:52A:VOKBRU2NXXX
:57A:LDHBDE51XXX
:59:/DE44513602180048217936
LAHNWERK MEDIZINTECHNIK GMBH
HERMANNSTEINER STR 118 35576 WETZLAR DE
:70:/INV/9260147 DD 02.03.2026 BAL 70 PCT
SYRINGE PUMPS SP-3
:71A:OUR

Value date:      11.03.2026             Amount: EUR 12,810.00             Charges: OUR
Invoice total EUR 18,300.00; advance EUR 5,490.00 paid on 12.02.2026 under reference VF260212-02.
Currency control: unique contract number 26010118/2981/0000/2/1, operation code 11100.
Bank fee RUB 2,450.00 debited from account 40702810542000031874.
Status: ACK received 11.03.2026 14:22
""",
        expected={
            "number": "VF260311-01",
            "date": "2026-03-11",
            "total": "12810.00",
            "currency": "EUR",
            "parties.payer.inn": "5260318475",
            "parties.payer.kpp": "526001001",
            "parties.payer.bik": "042202981",
            "parties.payer.account": "40702978442000031874",
        },
    ),
]

_CONTRACTS = [
    # The supply agreement with the Indian maker. Its total is the value for the year,
    # not a price per vial, a shipment or the advance. The shelf-life clause is what
    # the rejected series broke.
    HoldoutDocument(
        id="ap-en-contract-indian-supply",
        document_type="contract",
        language="en",
        text="""\
                         SUPPLY AGREEMENT No. SRL/VF/SA-2025/11
Ahmedabad / Nizhny Novgorod                                                     18 November 2025

Sunvale Remedies Private Limited, Plot No. 214, GIDC Phase II, Vatva, Ahmedabad 382445, India,
GSTIN 24AAKCS4718M1ZY, represented by Mr. Rakesh Mehta, Director (the "Seller"), and
OOO "Versta-Farm", Rodionova St. 167, bldg. 2, Nizhny Novgorod 603093, Russian Federation,
INN 5260318475, KPP 526001001, represented by Mr. K. I. Ershov, General Director (the "Buyer"),
agree as follows.

1. Subject. The Seller shall supply in 2026 the following medicines registered in the Russian
   Federation in the Seller's name:
| Product                                       | Registration         |  Quantity | Price USD | Value USD |
|-----------------------------------------------|----------------------|-----------|-----------|-----------|
| Ceftriaxone for Injection USP 1 g, vial       | ЛП-№(004127)-(РГ-RU) | 120,000 v |      0.36 | 43,200.00 |
| Amikacin Sulfate Inj. IP 500 mg/2 ml, ampoule | ЛП-№(003418)-(РГ-RU) |  50,000 a |      0.21 | 10,500.00 |
2. Total value of the Agreement: USD 53,700.00 (fifty-three thousand seven hundred US dollars),
   FCA Ahmedabad Airport, Incoterms 2020. Prices are fixed for 2026.
3. Deliveries in four shipments against the Buyer's orders, the first one by 28 February 2026.
4. Payment: 30% of each shipment in advance against a proforma invoice, 70% within 60 days
   from the date of the air waybill, by bank transfer in US dollars.
5. Quality: each batch is released under a certificate of analysis and produced at a site holding
   a valid GMP certificate. The Seller prints Data Matrix codes issued by the Russian operator.
6. Shelf life: the remaining shelf life at the date of shipment shall be not less than 80% of the
   total shelf life. Goods rejected for shelf life are replaced at the Seller's cost within 30 days.
7. Penalty for late delivery: 0.1% of the value of the late shipment per day, at most 5%.
8. Claims as to quantity within 15 days and as to quality within 60 days of arrival.
9. Reporting: the Buyer sends the Seller a monthly sell-out report with copies of its sales
   documents, translated into English.
10. Disputes are settled by arbitration in Dubai under the DIAC rules; the law of England applies.
11. The Agreement is valid until 31 December 2026.

Seller's bank: Sabarmati Commercial Bank Ltd., Ahmedabad, SWIFT SCBLINBBXXX, A/c 50200041827361
Buyer's bank: PJSC "Volgo-Oksky Bank", Nizhny Novgorod, SWIFT VOKBRU2N, BIK 042202981,
correspondent account 30101810800000000981, USD account 40702840842000031874

For the Seller: ____________ Rakesh Mehta             For the Buyer: ____________ K. I. Ershov
""",
        expected={
            "number": "SRL/VF/SA-2025/11",
            "date": "2025-11-18",
            "total": "53700.00",
            "currency": "USD",
            "parties.buyer.inn": "5260318475",
            "parties.buyer.kpp": "526001001",
            "parties.buyer.bik": "042202981",
            "parties.buyer.account": "40702840842000031874",
        },
    ),
]

_OTHERS = [
    # A scan of the certificate of analysis of the rejected series. It is dated by its
    # release in 2024, not the scan, and names no money.
    HoldoutDocument(
        id="ap-en-other-coa-ceftriaxone-scan",
        document_type="other",
        language="en",
        noisy=True,
        text="""\
SUNVALE REMEDIES PVT. LTD. - QUALITY CONTROL DEPARTMENT
Plot No. 2l4, GIDC Phase II, Vatva, Ahmedabad 382445, India
                   CERTlFICATE OF ANALYSlS
CoA No.: QC/COA/24/O318                 Date of Release: 14/O3/2O24
Product: Ceftriaxone for lnjection USP 1 g          Batch No.: CTX5C24O2
Batch size: l2O,OOO vials   Mfg. Date: O2/2O24   Exp. Date: O1/2O27
A.R. No.: FP/24/O2l7        Specification: USP 2O23 / SRL-FPS-O41
| Test                       | Specification                            | Result        |
| Description                | White to yellowish-orange cryst. powder  | Complies      |
| ldentification (HPLC, lR)  | Positive                                 | Complies      |
| pH (1% solution)           | 6.O - 8.O                                | 6.7           |
| Water (KF)                 | 8.O% - 11.O%                             | 9.4%          |
| Assay (anhydrous basis)    | 9O.O% - 11O.O% of labelled amount        | 99.2%         |
| Sterility                  | Sterile                                  | Complies      |
| Bacterial endotoxins       | NMT O.2O EU/mg                           | < O.O5 EU/mg  |
| Particulate matter >=1O um | NMT 6OOO per container                   | 412           |
Conclusion: the batch COMPLlES with the specification and is released for sale.
Analysed by: R. Patel ____   Checked by: S. Joshi ____   Approved by: M. lyer, Head QA ____
SCANNED 17.O3.2O26 - VERSTA-FARM QA - COPY FOR EXPERT EXAMINATlON
""",
        expected={
            "number": "QC/COA/24/0318",
            "date": "2024-03-14",
            "total": None,
            "currency": None,
        },
    ),
    # The maker's EU declaration of conformity for the pumps. It is `other`, dated by
    # its issue, and names no money. Standards and certificate numbers are not its
    # number.
    HoldoutDocument(
        id="ap-en-other-eu-declaration-pumps",
        document_type="other",
        language="en",
        text="""\
                              EU DECLARATION OF CONFORMITY
                                 No. LMT-DoC-SP3-2025/04

1. Manufacturer: Lahnwerk Medizintechnik GmbH, Hermannsteiner Str. 118, 35576 Wetzlar, Germany
   Single registration number (SRN): DE-MF-000031847
2. This declaration of conformity is issued under the sole responsibility of the manufacturer.
3. Device: syringe pump SP-3 Infusa, models SP-3 (mains and battery) and SP-3B (battery only)
   Basic UDI-DI: 4262381SP3INFUSAQK          UDI-DI: 04262381300179
   Intended purpose: controlled intravenous infusion of medicines and fluids by syringe
4. Risk class: IIb according to Annex VIII, Rule 12, of Regulation (EU) 2017/745
5. The device described above is in conformity with Regulation (EU) 2017/745 on medical devices.
6. Harmonised standards and common specifications applied:
   EN 60601-1:2006+A1:2013, EN 60601-1-2:2015, EN 60601-2-24:2015, EN ISO 14971:2019,
   EN 62304:2006+A1:2015, EN 62366-1:2015
7. Conformity assessment: Annex IX, Chapters I and III. EU quality management system certificate
   No. MCP-QS-21/0917 and EU technical documentation assessment certificate No. MCP-TD-22/0418,
   issued by MedCert Prüfstelle GmbH, valid until 11 May 2027.
8. This declaration replaces declaration No. LMT-DoC-SP3-2023/02 of 6 June 2023.

Place and date of issue: Wetzlar, 14 April 2025

Signed for and on behalf of Lahnwerk Medizintechnik GmbH:
Dr. Jörg Niebergall, Managing Director ______________
Dr. Sabine Kohl, Person Responsible for Regulatory Compliance ______________
""",
        expected={
            "number": "LMT-DoC-SP3-2025/04",
            "date": "2025-04-14",
            "total": None,
            "currency": None,
        },
    ),
]

_WAYBILLS = [
    # A scan of the air waybill of the Indian shipment. Its charges are no document
    # value, so there is no `total` label and `currency` is USD. Only the Russian
    # consignee is labelled.
    HoldoutDocument(
        id="ap-en-waybill-awb-generics-scan",
        document_type="waybill",
        language="en",
        noisy=True,
        text="""\
589-4l736284                                                        589 AMD 4l736284
AIR WAYBILL - NOT NEGOTIABLE - ISSUED BY INDUS AIR CARGO
Shipper's Name and Address: SUNVALE REMEDIES PVT. LTD., PLOT 2l4, GIDC PHASE II, VATVA,
AHMEDABAD 382445, INDIA
Consignee's Name and Address: OOO VERSTA-FARM, RODIONOVA ST. l67/2, NIZHNY NOVGOROD 6O3O93,
RUSSIA  INN 526O318475  KPP 526OO1OO1
Issuing Carrier's Agent: SKYLINK FREIGHT SERVICES, AHMEDABAD   Agent's IATA Code l4-3 4718/OO12
Airport of Departure: AHMEDABAD (AMD)   Routing: AMD - DXB - SVO
Airport of Destination: MOSCOW SHEREMETYEVO (SVO)   Flight/Date: IZ 417/27FEB
Currency: USD   CHGS: PP   WT/VAL: PP   Declared Value for Carriage: NVD   for Customs: 13,425.OO
| Pieces | Gross weight | Kg/lb | Rate class | Chargeable weight | Rate/Charge | Total    |
| 85     | 867.O        | K     | Q          | 867.O             | 1.32        | 1,l44.44 |
Nature and Quantity of Goods: PHARMACEUTICALS - CEFTRIAXONE FOR INJ. USP, AMIKACIN INJ. IP
INV SRL/EXP/25-26/O873, NOT RESTRICTED, STORE BELOW 25 C, DIMS 85 CTNS
Prepaid: Weight charge 1,l44.44   Other charges due agent AWC 35.OO
Other charges due carrier MYC l73.4O  SCC 43.35            Total prepaid USD 1,396.l9
Executed on 27 FEB 2O26 at AHMEDABAD        Signature of issuing carrier or its agent ______
RECEIVED SVO 28.O2.2O26 O6:4O - CARGO TERMINAL MOSCOW
""",
        expected={
            "number": "589-41736284",
            "date": "2026-02-27",
            "currency": "USD",
            "parties.consignee.inn": "5260318475",
            "parties.consignee.kpp": "526001001",
        },
    ),
]

_PACKING_LISTS = [
    # A phone photo of the Indian packing list by carton and batch. The Russian buyer,
    # printed as "Buyer / Consignee", is labelled under both roles. It names no money.
    HoldoutDocument(
        id="ap-en-packing-list-generics-photo",
        document_type="packing_list",
        language="en",
        noisy=True,
        text="""\
IMG_2O26O228_l648O2.jpg
SUNVALE REMEDIES PVT. LTD., AHMEDABAD 382445, INDIA   GSTIN 24AAKCS4718M1ZY
             PACKING LIST No. SRL/PL/25-26/O873        Date: 2O/O2/2O26
Invoice No. SRL/EXP/25-26/O873 dt. 2O/O2/2O26   Agreement SRL/VF/SA-2O25/11
Buyer / Consignee: OOO VERSTA-FARM, NIZHNY NOVGOROD, RUSSIA, INN 526O318475, KPP 526OO1OO1
Marks & Nos.: VF/NN/1-85   Store below 25 °C, protect from light
| Ctn Nos. | Product, pack                          | Batch     | Mfg/Exp      | Units/ctn | Ctns | Units  | Net kg | Gross kg |
| 1-24     | Ceftriaxone lnj. USP 1 g, 1O x 5O vials | CTX5C24O2 | O2/24-O1/27  | 5OO       | 24   | 12,OOO | 23O.4  | 268.8    |
| 25-6O    | Ceftriaxone lnj. USP 1 g, 1O x 5O vials | CTX5C2411 | 11/24-1O/27  | 5OO       | 36   | 18,OOO | 345.6  | 4O3.2    |
| 61-85    | Amikacin lnj. IP 5OO mg/2 ml, 5O x 1O   | AMK5B25O7 | O7/25-O6/28  | 5OO       | 25   | 12,5OO | 16O.O  | 195.O    |
TOTAL: 85 cartons, 42,5OO units, net weight 736.O kg, gross weight 867.O kg
Packed by: H. Trivedi   Checked by: QA dept.   For Sunvale Remedies Pvt. Ltd. ______
""",
        expected={
            "number": "SRL/PL/25-26/0873",
            "date": "2026-02-20",
            "total": None,
            "currency": None,
            "parties.buyer.inn": "5260318475",
            "parties.buyer.kpp": "526001001",
            "parties.consignee.inn": "5260318475",
            "parties.consignee.kpp": "526001001",
        },
    ),
]

_BANK_STATEMENTS = [
    # The distributor's dollar statement for March. It credits the dollars bought on
    # the rouble statement and debits the Indian balance with its fee. Counterparties
    # and the rouble account are not labelled.
    HoldoutDocument(
        id="ap-en-bank-statement-usd",
        document_type="bank_statement",
        language="en",
        text="""\
PJSC "VOLGO-OKSKY BANK", Nizhny Novgorod · BIK 042202981 · SWIFT VOKBRU2N · corr. acc. 30101810800000000981

                                STATEMENT OF ACCOUNT No. 9
Account: 40702840842000031874 (USD)                  Period: 01.03.2026 - 31.03.2026
Statement date: 31 March 2026                        Generated on 01.04.2026 at 08:31
Account holder: OOO "Versta-Farm", INN 5260318475, KPP 526001001

Opening balance on 01.03.2026                                                          614.20

| Date  | Ref. | Counterparty / details                                              |    Debit |   Credit |
|-------|------|---------------------------------------------------------------------|----------|----------|
| 02.03 | 13   | Purchase of USD 5,000.00 from acc. 40702810542000031874 at 81.9200  |          | 5,000.00 |
| 02.03 | 2207 | Sunvale Remedies Pvt. Ltd., A/c 50200041827361, SCBLINBBXXX.        | 4,860.00 |          |
|       |      | Advance 30% under proforma SRL/PI/25-26/0911                        |          |          |
| 23.03 | 14   | Purchase of USD 9,422.50 from acc. 40702810542000031874 at 82.4800  |          | 9,422.50 |
| 24.03 | 2318 | Sunvale Remedies Pvt. Ltd. Balance 70% of invoice                   | 9,397.50 |          |
|       |      | SRL/EXP/25-26/0873 dated 20/02/2026, agreement SRL/VF/SA-2025/11    |          |          |
| 24.03 | 2318 | Commission for the transfer in USD, charges OUR                     |    25.00 |          |

Turnover                                                                          14,282.50   14,422.50
Closing balance on 31.03.2026                                                                     754.20

Currency control: documents for the transfers of 02.03 and 24.03 accepted under the unique
contract number 25110004/2981/0000/2/1.
""",
        expected={
            "number": "9",
            "date": "2026-03-31",
            "currency": "USD",
            "parties.account_holder.inn": "5260318475",
            "parties.account_holder.kpp": "526001001",
            "parties.account_holder.bik": "042202981",
            "parties.account_holder.account": "40702840842000031874",
        },
    ),
]

_RECEIPTS = [
    # A phone photo of a Yerevan hotel receipt in drams for the distributor's
    # regulatory manager. It is dated by the departure and payment and has no party
    # labels.
    HoldoutDocument(
        id="ap-en-receipt-yerevan-hotel-photo",
        document_type="receipt",
        language="en",
        noisy=True,
        text="""\
IMG_2O26O319_O9l244.jpg
           HOTEL KENTRON GARDEN
   7 Pushkin St., Yerevan OOO1, Armenia
        TIN O2614O87  Tel. +374 1O 5l 4O 22
RECEIPT No. OO4172                 Date: 19.O3.2O26
Guest: Irina VOLKOVA        Room 4O7
Company: Versta-Farm LLC, Nizhny Novgorod, Russia
Arrival: 16.O3.2O26   Departure: 19.O3.2O26   Nights: 3
Accommodation 3 x 42,OOO.OO              126,OOO.OO
Minibar (16.O3, 18.O3)                     6,5OO.OO
TOTAL AMD                                132,5OO.OO
incl. VAT 2O%                             22,O83.33
Paid by VISA ****4418   Auth. code O7l5l2
Thank you for staying with us!
""",
        expected={
            "number": "004172",
            "date": "2026-03-19",
            "total": "132500.00",
            "currency": "AMD",
        },
    ),
]

_PASSPORTS = [
    # A scan of the Indian export manager's passport, sent for a visa invitation. It
    # is dated by its issue, and its machine-readable zone reads cleanly.
    HoldoutDocument(
        id="ap-en-passport-indian-manager-scan",
        document_type="passport",
        language="en",
        noisy=True,
        text="""\
REPUBLIC OF INDIA
Type P     Country Code IND     Passport No. Z54l8276
Surname          DESAI
Given Name(s)    VIKRAM ASHOK
Nationality      INDIAN        Sex M       Date of Birth 23/O6/l984
Place of Birth   AHMEDABAD, GUJARAT
Place of Issue   AHMEDABAD
Date of Issue    l9/ll/2O2l    Date of Expiry l8/ll/2O3l
P<INDDESAI<<VIKRAM<ASHOK<<<<<<<<<<<<<<<<<<<<
Z5418276<4IND8406239M3111183<<<<<<<<<<<<<<<6
Copy for visa support, Versta-Farm LLC, 24.O3.2O26
""",
        expected={
            "number": "Z5418276",
            "date": "2021-11-19",
            "total": None,
            "currency": None,
        },
    ),
]

_POWERS_OF_ATTORNEY = [
    # The distributor's power of attorney for its customs broker. The principal is
    # labelled with the rouble account and BIK it prints and the broker as attorney
    # with INN and KPP. It names no money.
    HoldoutDocument(
        id="ap-en-power-of-attorney-customs-broker",
        document_type="power_of_attorney",
        language="en",
        text="""\
                          POWER OF ATTORNEY No. VF/POA-2026/02

Nizhny Novgorod                                                                2 February 2026

OOO "Versta-Farm" (limited liability company), Rodionova St. 167, bldg. 2, Nizhny Novgorod
603093, Russian Federation, INN 5260318475, KPP 526001001, OGRN 1155260018748, settlement
account 40702810542000031874 with PJSC "Volgo-Oksky Bank", BIK 042202981, correspondent account
30101810800000000981, represented by its General Director Konstantin I. Ershov acting under the
Charter (the "Principal"),

hereby authorises

OOO "Oka-Declar", customs representative (register of customs representatives No. 1498),
Nizhny Novgorod, INN 5262147306, KPP 526201001, OGRN 1175260214733 (the "Attorney"),

1) to declare on behalf of the Principal the medicines and medical devices imported under Supply
   Agreement No. SRL/VF/SA-2025/11 of 18 November 2025 with Sunvale Remedies Pvt. Ltd. (India)
   and under order No. VF-ZK-2026/014 of 19 January 2026 with Lahnwerk Medizintechnik GmbH (Germany);
2) to submit registration certificates, certificates of analysis and permits of Roszdravnadzor;
3) to take delivery of the goods at the cargo terminal of Moscow Sheremetyevo airport and to sign
   customs declarations, correction forms and requests for release.

This power of attorney is valid until 31 December 2026 without the right of substitution.

General Director ______________ K. I. Ershov
""",
        expected={
            "number": "VF/POA-2026/02",
            "date": "2026-02-02",
            "total": None,
            "currency": None,
            "parties.principal.inn": "5260318475",
            "parties.principal.kpp": "526001001",
            "parties.principal.bik": "042202981",
            "parties.principal.account": "40702810542000031874",
            "parties.attorney.inn": "5262147306",
            "parties.attorney.kpp": "526201001",
        },
    ),
]

_LETTERS = [
    # The Indian maker's answer to the rejection of series CTX5C2402. It names dollar
    # sums, so `currency` is USD with `total` None.
    HoldoutDocument(
        id="ap-en-letter-indian-batch-replacement",
        document_type="letter",
        language="en",
        text="""\
SUNVALE REMEDIES PVT. LTD. · Export Division · Ahmedabad 382445, India · exports@sunvale.example

Ref.: SRL/EXP/RU/2026-041                                                          24 March 2026

To: Mr. K. I. Ershov, General Director
    OOO "Versta-Farm", Nizhny Novgorod, Russian Federation

Subject: Batch CTX5C2402 - rejection by the end customer and replacement

Dear Mr. Ershov,

We acknowledge your e-mail of 20 March 2026 with the expert conclusion No. 9/26-Э of 18.03.2026
of the Nerl Regional Clinical Hospital. The hospital rejected 800 vials (16 packs of 50) of batch
CTX5C2402 because the remaining shelf life was 10 months against the 12 months of its contract.

We confirm that the batch left our site with less than the 80% remaining shelf life required by
clause 6 of Supply Agreement No. SRL/VF/SA-2025/11, and we regret the inconvenience.

We propose to replace the 800 vials free of charge from batch CTX5C2411 (expiry 10/2027) with the
next shipment under proforma SRL/PI/25-26/0911 (ETD 6 April 2026). Alternatively we shall issue a
credit note for USD 288.00 (800 vials x USD 0.36) against that proforma. The balance of invoice
SRL/EXP/25-26/0873, USD 9,397.50, was received on 24 March 2026 - thank you.

The air freight of the replacement, estimated at USD 45.00, is borne by us. Please destroy the
rejected vials under the supervision of the hospital and send us a copy of the act.

Yours faithfully,

Meera Iyer                                   Anil Shah
Head - Quality Assurance                     Export Manager
""",
        expected={
            "number": "SRL/EXP/RU/2026-041",
            "date": "2026-03-24",
            "total": None,
            "currency": "USD",
        },
    ),
]

ENGLISH_DOCUMENTS_AP = [
    *_INVOICES,
    *_ACTS,
    *_UPDS,
    *_PAYMENT_ORDERS,
    *_CONTRACTS,
    *_OTHERS,
    *_WAYBILLS,
    *_PACKING_LISTS,
    *_BANK_STATEMENTS,
    *_RECEIPTS,
    *_PASSPORTS,
    *_POWERS_OF_ATTORNEY,
    *_LETTERS,
]
