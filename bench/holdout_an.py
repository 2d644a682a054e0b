"""Set AN: textiles, clothing and footwear, from the fabric mill to the shop counter.

The set has 28 Russian and 16 English documents of every built-in type. Invoices (8: 5
Russian, 3 English), acts (5: 4 and 1), UPD (5: 4 and 1) and payment orders (5: 4 and 1)
are the most numerous. Then come contracts (3: 2 and 1), packing lists (3: 1 and 2) and
other papers (3: 2 and 1). The set ends with two waybills, two bank statements, two
receipts, two passports, two powers of attorney and two letters, one of each type in
each language.

The Russian documents follow a garment factory in Ivanovo, ООО «Швейная фабрика «Уводь»,
and the firms around it. A fabric mill in Shuya supplies its calico, poplin, chintz and
flannel, the operator of the marking system «Честный ЗНАК» sells it marking codes, and a
sole proprietor's sewing workshop sews its cut parts (давальческое сырьё). It sells
garments to a Moscow wholesale distributor, which also buys boots from a footwear maker
in Kirov and hosiery from a Belarusian knitting mill. The distributor sells footwear to
a Yaroslavl retail chain, and the chain's sole-proprietor franchisee in Kostroma runs a
shop under its brand. A dry cleaner in Yaroslavl cleans for the chain, and a Moscow
exhibition company rents the factory a stand at a trade fair. The invoices are the
mill's 1C invoice for fabrics with articles, colours and widths, the operator's invoice
for codes and the footwear maker's invoice fax with pairs per size. Two more are the
fair organiser's invoice with two-column requisites and the Belarusian mill's invoice
scan in Belarusian roubles. The acts are the sewing workshop's act scan with its report
on the cut parts, the dry cleaner's act photo, the chain's royalty act to its franchisee
and the fair organiser's act. The UPD are the factory's UPD of garments with marking
codes, the operator's monthly UPD scan, the franchisee's status 2 UPD photo that returns
defective goods with a code per unit, and the distributor's UPD of footwear between two
subdivisions. The payment orders pay the mill's 50% advance, the marking codes (scan),
the footwear (internet bank print) and the sewing workshop. The contracts are the fabric
supply contract with its specification and the contract for sewing from
customer-supplied material. The other papers are an inventory list (ИНВ-3) of a chain
shop with the marking check and the mill's quality document. Then come a ТОРГ-12 scan of
the fabrics, the factory's packing list by carton and size, the factory's March
statement and a receipt photo from the franchisee's shop with fiscal data. Last are a
shop assistant's passport scan, a power of attorney on form М-2 to receive the fabrics
and the chain's claim about boots whose soles came off.

The English documents are a Turkish denim mill's commercial invoice in US dollars, a
Chinese knitwear maker's invoice in yuan and an Uzbek knitting mill's invoice fax in US
dollars. Then come a Tashkent fair organiser's certificate of services, a translated UPD
of the footwear, the MT103 that pays the Turkish balance and the supply contract with
the Turkish mill. The rest are the CMR scan and the packing list by roll of the denim,
the Chinese packing list photo by carton and size and the factory's USD statement. Then
come a Tashkent hotel receipt photo in Uzbek soums, an Uzbek seamstress's passport scan
and the factory's power of attorney for a Turkish forwarder to take delivery of the
denim. Last are the distributor's claim to the Chinese maker and the mill laboratory's
test report.

Several documents belong to one deal and print each other's numbers. The contract
"П-14/26", the invoice "ШМ-000187", the advance "312" and the power of attorney "22"
follow the fabrics, and so do the quality document "184", the ТОРГ-12 "ШМ-0412" and the
statement "63". The operator's invoice "ЦМ-26-0041187", its payment "341" and the UPD
"ЦМ-26-0312874" follow the marking codes. The UPD "УВ-0318" and the packing list
"УЛ-0318" follow one shipment of garments, which the statement shows paid. The contract
"Д-03/26", the act "14" and the payment "398" follow the sewing. The invoice "ВШ-0227",
the payment "1184" and the translated UPD "ВШ-0311" follow the boots to the distributor,
and the UPD "МР-0317" and the claim "41/П" follow them to the chain. The invoice
"ЭЛ-0264" and the act "ЭЛ-А-0418" follow the Moscow fair stand. In English, the contract
"EDT-UV/2026-02", the invoice "EDT-EXP-2026-0227", the packing list "EDT-PL-0227" and
the test report "EDT-QC-26/0311" follow the first lot of denim. So do the power of
attorney "UV/POA-2026/05", the CMR "0284517", the MT103 "UV260312-01" and the USD
statement "14". The Chinese invoice "HR-EX-260316", its packing list "HR-PL-260316" and
the claim "MR/CL-2026/019" follow one shipment of knitwear. The Tashkent certificate
"CAT-26/0087", the hotel receipt and the Uzbek invoice "FTG-26/044" follow the fair
trip, and the USD statement pays the fair and the Uzbek advance.

Fifteen documents imitate OCR of scans, faxes and phone photos and carry `noisy=True`.
The Russian ones are the footwear invoice fax "ВШ-0227", the Belarusian invoice scan
"61", the sewing act scan "14", the dry cleaner's act photo "112", the operator's UPD
scan "ЦМ-26-0312874", the return UPD photo "В-09", the codes payment scan "341", the
ТОРГ-12 scan "ШМ-0412", the shop receipt photo "127" and the passport scan. The English
ones are the Uzbek invoice fax, the CMR scan, the Chinese packing list photo, the hotel
receipt photo and the passport scan. They have look-alike Latin and Cyrillic letters, O
for 0, l for 1, З for 3, "№" read as "N2", a fax header, camera file names, and round
and receiving stamps run into the lines. Their labels are the true values, not the
damaged text. The passport's machine-readable zone and the marking codes read cleanly.
The other documents are clean and fit on one page (at most 70 lines of at most 110
characters), because the benchmark also renders them to images and reads them back with
OCR.

What is hard: item rows with articles, colours, sizes and pairs or pieces per size,
widths and shade lots; VAT at 22% beside the 10% of children's clothes and footwear in
one UPD, and no VAT under the simplified tax system. Amounts beside each total are
advances and balances, sums without VAT and VAT, the value of customer-supplied cut
parts, the shop revenue that a royalty is charged on, an advance on a personal account,
a deposit, prices per metre, kilogram, pair or code, and claims. Numbers beside the
document's number are marking codes with their GTIN and serial, SSCC of cartons,
articles, personal accounts of the marking system, contract and order numbers, shade
lots, a declaration of conformity, an attorney's passport, plates and the currency
control number. Foreign codes are a Turkish Vergi No and IBAN, a Belarusian УНП and
IBAN, Uzbek TINs and a Chinese USCI. Amounts are printed as "1 352 839,70", "676419-85",
"=4317.00", "USD 60,450.00", "CNY 192,120.00", "17 868,00 BYN" and "4,968,OOO.OO" soums
in a photo. Dates are printed as "16 февраля 2026 г.", "«12» февраля 2026 г.",
"18.03.2026", "04.04.26", "March 16, 2026", "16 Mar 2026", "20 January 2026" and
"260312". Russian documents dated 2026 that charge VAT do so at 22%, or at 10% for
children's clothes and footwear.

The documents were written blind: without reading the engine, the templates, the
synthetic generator or the documents of the other sets. The files read were
`bench.holdout`, `bench.metrics`, `bench.formats` (whose `amount_words_ru` spelled the
rouble totals in words), the notes (module docstrings) of sets D, Z and AA to AL, the
loader of `bench.holdout_w`, the first 150 lines of `bench.holdout_w_ru`,
tests/bench/holdout_checks.py and the tests of sets W, Z and AL. Outside that list, the
ruff section of pyproject.toml was read for the line length limit. The places, the
marking system «Честный ЗНАК», the standards (ГОСТ 29298-2005, ТР ТС 017/2011 and the
ISO test methods) and the operator's price of 0,50 per code are real. Every company,
person, address, bank, hotel and fair is invented. INN, OGRN, OGRNIP, settlement and
correspondent accounts carry valid keys against their BIKs, and KPP and BIK have valid
forms. The Turkish and Belarusian IBANs, the check character of the Chinese USCI, the
GTINs of the marking codes, the SSCC of the cartons and the passport's machine-readable
zone carry valid check digits. The Turkish Vergi numbers, the Belarusian УНП and the
Uzbek TINs follow only the usual form. tests/bench/test_holdout_an.py checks the labels
against the text, in noisy documents after the look-alike repair, and the set's own
forms listed there.

Labels follow `bench.holdout` and the notes of sets D, Z and AA to AL. `total` is the
amount the document requests as payment or states as its full value, VAT included. Notes
for this set:

- An act for sewing from customer-supplied material is an `act` with the sewing workshop
  as seller, and its `total` is the price of the sewing (173 600,00), as set Z rules for
  processing customer-supplied material. The value of the cut parts in its report on the
  material (411 000,00) is not part of it. The contract "Д-03/26" for that sewing is a
  `contract` whose `total` is the price of the sewing it orders (186 000,00), not the
  value of the material handed over. The workshop is a sole proprietor, so its KPP is
  None as seller and as payee.
- The marking operator's invoice requests payment for codes at 0,50 plus VAT 22%, so its
  `total` is 23 424,00. Its monthly UPD has the codes used in March as `total`
  (22 516,32), not the advance it offsets or the rest left on the participant's personal
  account. The personal account ("ЛС-3702158812-01") and the offer contract are not
  numbers of either paper.
- A marking code ("(01)" GTIN "(21)" serial) and an SSCC are never a document's number,
  and their digits are never an INN or an account.
- The franchisor's royalty act labels the chain as seller and the sole-proprietor
  franchisee as buyer with KPP None. Its `total` is the royalty and the marketing fee
  with VAT (151 560,60), not the shop revenue the royalty is charged on.
- The franchisee's UPD that returns defective goods is a status 2 UPD with the
  franchisee as seller (12-digit INN, KPP None) and the chain as buyer. Its `total` is
  the value of the goods returned without VAT (25 432,00).
- The distributor's UPD "МР-0317" prints its own Chekhov warehouse as shipper and the
  chain's distribution centre as consignee, each with its company's INN and its own KPP,
  so shipper and consignee are labelled with them, as sets AF and AG rule. The factory's
  UPD prints its consignee's warehouse without an INN, so only seller and buyer are
  labelled. The translated UPD keeps its number "ВШ-0311" in Cyrillic as the translation
  prints it and is dated by the UPD, not by the translation.
- The fair organiser's act "ЭЛ-А-0418" is worth all the services it accepts
  (636 718,00), extra badges included, not the invoice it cites or the rest to pay.
- The Belarusian invoice "61" is BYN, with its total in Belarusian roubles at VAT 0%.
  The seller's УНП and IBAN are foreign and not labelled, and the Russian buyer is
  labelled with the bank it prints.
- The inventory list (ИНВ-3) and the fabric quality document are `other`. The inventory
  list names roubles, so `currency` is RUB with `total` None, and it is numbered by its
  own number "03-07/26", not the order that called the count. The quality document "184"
  names no money. Neither has party labels, although both print INNs.
- The ТОРГ-12 labels the mill as seller and shipper and the factory as buyer and
  consignee, each with the bank it prints, as set AF rules, with `total` "Всего по
  накладной" (1 352 839,70). The packing lists name no money, so `total` and `currency`
  are None, and a party printed under two roles ("Продавец / грузоотправитель", "Buyer /
  Consignee") is labelled under both. The CMR names no money, so it has no `total` label
  and `currency` is None, and only the Russian consignee is labelled.
- Statements are numbered and dated by the statement ("№ 63", "No. 14") and label the
  account holder with INN, KPP, the account and the bank's BIK. Their counterparties and
  the factory's own account on the other side of a currency purchase are not labelled,
  and they have no `total` label.
- The MT103 print follows set AD: numbered by field 20 ("UV260312-01"), dated by the
  value date of field 32A and with the 32A amount as `total`. The payer is labelled with
  the INN and KPP of field 50K, the dollar account of field 50K and the BIK of the
  sending bank. The Turkish beneficiary and its IBAN have no labels.
- The shop receipt is numbered "127" by "КАССОВЫЙ ЧЕК №", not the shift or the fiscal
  data, labels the seller's INN only and prints no currency mark, so it is RUB. The
  Tashkent hotel receipt is UZS, numbered by its receipt number and dated by the
  departure and payment, and it has no party labels.
- The Russian passport is numbered "514263", without the series "78 20", and dated by
  its date of issue. The Uzbek passport is numbered "FA4816372", not the personal
  number, and dated by its date of issue.
- Powers of attorney label the principal with the INN, KPP, account and BIK they print.
  The storekeeper prints a passport and no INN, and the Turkish forwarder is foreign, so
  the attorneys have no labels. Neither power names money, so `currency` is None.
- The claim letters name rouble and yuan sums, so their currencies are RUB and CNY, with
  `total` None and no party labels.
- The Tashkent certificate of services is an `act` worth its services (USD 6,980.00),
  paid in advance in full. The Turkish contract's `total` is its value for both lots
  (USD 120,900.00), and the Turkish invoice's the first lot (USD 60,450.00), not the 30%
  advance or the 70% balance. The Chinese invoice is worth the shipment (CNY
  192,120.00), not the deposit or the balance. Foreign sellers have no labels.
"""

from .holdout import HoldoutDocument


def load_holdout_an() -> list[HoldoutDocument]:
    """Return the set AN documents, Russian first, in a fixed order."""
    from .holdout_an_en import ENGLISH_DOCUMENTS_AN
    from .holdout_an_ru import RUSSIAN_DOCUMENTS_AN

    return [*RUSSIAN_DOCUMENTS_AN, *ENGLISH_DOCUMENTS_AN]
