"""Set AC: retail, e-commerce and marketplace papers as sellers and their accountants
receive them.

The set has 28 Russian and 16 English documents of every built-in type. Receipts (8: 6
Russian, 2 English), invoices (6: 3 and 3), acts (6: 5 and 1) and payment orders (6: 5
and 1) are the most numerous. Every other type has two documents, one in each language:
UPD, contracts, waybills, packing lists, bank statements, passports, powers of attorney,
letters and other papers.

The Russian documents follow two sellers. ООО «Тёплый Дом Текстиль» sells home textiles
through the marketplace «Полкамаркет» and its own web shop, and ИП Сафонова sells
children's clothes through the marketplace «Лавка Сто» and a courier service with cash
on delivery. The invoices are a marketplace's invoice for paid services, a fulfilment
operator's invoice fax and a wholesaler's invoice photo. The acts are a marketplace's
monthly commission report that is also an act, a courier's act with cash on delivery
(наложенный платеж), a returns act scan, a fulfilment act and a pickup point's act scan.
The receipts are a shop's card receipt with VAT 22% and 10% per line and ОФД data (ФН,
ФД, ФП and the QR string), a refund receipt (возврат прихода) and an online shop's
receipt e-mailed to the buyer. Three more are a bookshop's sale of gift cards, a faded
thermal receipt photo partly paid by a gift card and a photo of a courier's receipt for
a cash-on-delivery parcel. The payment orders are a marketplace's payout to a seller, a
courier's transfer of collected COD less its fee, an internet bank print of a seller's
payment, a scan of a marketplace's payment to its supplier and an online shop's refund
to a buyer. The rest are a supplier's UPD to a marketplace warehouse, the marketplace's
agency contract, a transport waybill scan and a packing list scan for a supply to that
warehouse, a seller's one-day bank statement, a seller's passport scan, a driver's power
of attorney, a letter disputing a penalty and a marketplace's weekly sales report.

The English documents are a seller's VAT invoice for a marketplace order, a
marketplace's monthly fee invoice to a Russian seller, a payment processor's monthly fee
invoice scan, a translated fulfilment act, a shop's order confirmation and receipt
e-mail, a bookshop's refund note photo, a translated payout payment order, a translated
UPD scan, a marketplace's agency agreement, a courier's consignment note photo with cash
on delivery, a packing slip, a euro account statement with a marketplace's disbursement,
an Estonian seller's passport scan, a power of attorney for the manager of marketplace
accounts, a marketplace's letter on new fees and a payment processor's payout report.

Several documents belong to one thread. The commission report "ПМ-ОК-2026-02-5521", its
payout "48213", the penalty letter "57/03", the agency contract "ПМ-АД-2026/1148" and
the paid services invoice "ПМ-С-0039117" follow one seller and one marketplace. The
courier's act "ЕЭ-0000418", its COD transfer "2917", the courier's receipt "1184" and
the bank statement "52" follow the courier's cash on delivery. The weekly report
"9-2026", the translated payout "7716" and the same statement follow the other
marketplace's payout. The UPD "РИ-00742" and the payment "51760", and the waybill "0417"
and the packing list "26-0223", form two more threads.

Fifteen documents imitate OCR of scans, faxes and phone photos and carry `noisy=True`.
The Russian ones are the fulfilment invoice fax "131", the wholesaler's invoice photo
"ДТ-00318", the returns act scan "ВЗ-2026-0871", the pickup point's act scan "27", the
faded receipt photo "309", the courier's receipt photo "1184", the payment order scan
"51760", the waybill scan "0417", the packing list scan "26-0223" and the passport scan.
The English ones are the payment processor's invoice scan, the refund note photo, the
translated UPD scan, the courier's consignment note photo and the passport scan. They
have look-alike Latin and Cyrillic letters, O for 0, l for 1, З for 3, "|" table rules,
"№" read as "Ne" or "N2", stamp words run into the lines, a fax header, faded thermal
print ("..." where characters are lost) and cut edges. Their labels are the true values,
not the damaged text. The passport's machine-readable zone reads cleanly. The other
documents are clean and fit on one page (at most 70 lines of at most 110 characters),
because the benchmark also renders them to images and reads them back with OCR.

What is hard: many amounts that are not the total. Marketplace reports print sales,
returns, sales net of returns, commission, logistics, storage, paid acceptance,
penalties and the sum transferred to the seller. Courier papers print the COD collected,
the fee withheld and the net transfer. Receipts print payment lines, change, gift card
advances, VAT per line, loyalty points and balances, face values and the purchase that a
refund cites. English papers print discounts, redeemed reward points, gift card
balances, shipping, fees deducted from payouts, amounts due of 0.00, refunds,
chargebacks and net payouts. Numbers that are not the document's own are order, supply,
campaign, shipment, slot, cabinet, merchant, payout and gift card numbers, ФН, ФД, ФП
and registration numbers of cash registers.

The documents were written blind: without reading the engine, the templates, the
synthetic generator or the documents of the other sets. The files read were
`bench.holdout`, `bench.metrics`, `bench.formats` (whose `amount_words_ru` spelled the
Russian totals in words), the notes (module docstrings) of sets D to AB, the loader of
`bench.holdout_w`, the first 150 lines of `bench.holdout_w_ru`,
tests/bench/holdout_checks.py and the tests of sets W and Z. Every company, person,
address, bank, marketplace, courier and payment processor is invented. The requisites
were generated with the check-digit rules of `bench.holdout`, so INN, OGRN, OGRNIP,
settlement and correspondent accounts carry valid keys against their BIKs, and KPP and
BIK have valid forms. The IBAN passes the ISO 13616 mod-97 check, and the passport's
machine-readable zone carries valid check digits. tests/bench/test_holdout_ac.py checks
the labels against the text, the QR strings of the receipts, the arithmetic of the
reports and of the COD settlement, and the VAT rates of 2026.

Labels follow `bench.holdout` and the notes of sets D to AB (`bench.holdout_d` to
`bench.holdout_ab`). `total` is the amount the document requests as payment or states as
its full value, VAT included. Labelling notes that those sets do not cover:

- A marketplace's monthly commission report that states it is also an act follows set X:
  it is an `act` with the marketplace as seller and the seller of the goods (комитент)
  as buyer. Its `total` is the marketplace's fee and services with VAT 22% (298 207,50),
  which the paragraph below its tables repeats. It is not the sales (1 284 650,00), the
  returns, the sales net of returns (1 222 170,00), the penalty (5 000,00) or the sum
  transferred (918 962,50). The payout payment order "48213" has `total` equal to the
  sum it transfers (918 962,50), as set M rules for a payment.
- A weekly sales report that says it is "не является актом" is `other`, as set I rules
  for a marketplace sales report: `total` None, `currency` RUB and no party labels,
  although it prints the INNs of the marketplace and the seller. Its "Итого к
  перечислению продавцу" (127 430,20) is the `total` of the payout that pays it.
- Cash on delivery (наложенный платеж) is the shop's money that the courier collects. It
  is never the total of a courier's paper. The courier's act "ЕЭ-0000418" has `total`
  equal to the value of its services with VAT (77 345,25), which includes the fee for
  accepting COD, not the COD collected (412 350,00) or the net sum to transfer. The
  payment order "2917" that transfers the COD less the fee has `total` equal to the sum
  transferred (335 004,75). The English consignment note prints a COD amount, a declared
  value and a shipping charge billed to the shipper's account, so it has no `total`
  label and `currency` AED, as set M rules for a transport waybill.
- The courier's receipt for a COD parcel is issued by the courier as the shop's agent
  ("ПРИЗНАК АГЕНТА"). The courier is the seller, labelled with its INN only, as set G
  rules for receipts. The shop printed as "ИНН ПОСТАВЩИКА" has no role in the receipt
  and is not labelled, as set U rules for the cashier's INN.
- A returns act (акт возврата товара) in which a marketplace hands goods back to their
  seller is an `act`. The marketplace (агент) is the seller and the owner of the goods
  (принципал) the buyer, as in the commission report. Its `total` is the stated value of
  the goods it hands over (41 760,00), as set T rules for an equipment acceptance act.
- A pickup point's act to the marketplace has `total` equal to its fee (79 354,00,
  without VAT under the simplified tax system), not the value of the orders it handed
  out (6 218 440,00) or the sum left after the fine it withholds, as set J rules for a
  withheld penalty. The fulfilment act's compensation for lost goods that the operator
  owes the customer is netted in "К оплате с учетом компенсации" (251 880,00) the same
  way, and the total stays the value of the services (256 230,00).
- A gift card sold in a cash register receipt is a payment in advance ("ПРЕДМЕТ РАСЧЕТА:
  ПЛАТЕЖ", "СПОСОБ РАСЧЕТА: АВАНС", VAT 22/122). It is part of the receipt's "ИТОГ", so
  the bookshop's `total` is 7450.00 for two cards and a book, not the face value of a
  card (3000.00). A gift card that pays for goods is a payment line, and the total is
  still "ИТОГ", as set Q rules.
- A refund receipt follows set S: its `total` is its own "ИТОГ" without a sign, and the
  purchase it cites (5870.00) is not its total. The English refund note's `total` is
  "REFUND TOTAL -£24.98" without its sign, and the receipt total it cites (£41.97) is
  not.
- A receipt's QR string ("t=20260214T1532&s=927.19&fn=...&i=...&fp=...&n=1") repeats its
  date and total, as set P rules for QR payloads. Its "n=2" marks a refund. The fiscal
  document number (ФД after "i="), the ФН and the ФП are never the receipt's number,
  which is "Чек №" as sets E and G rule. A receipt e-mailed by an online shop is dated
  by the receipt (11.03.2026), not by the order placed the day before or the e-mail's
  header.
- An online shop's refund to a buyer is a payment order whose `total` is the sum
  refunded. The buyer is a private person whose INN and KPP fields are empty, so the
  payee is labelled with the BIK and the account 40817... only, as set L rules for a
  private person.
- Loyalty points are not money. A points balance ("Баланс баллов: 1214", "Points
  balance: 1,185 (worth $11.85)") is never a total. Points redeemed at checkout
  ("Rewards redeemed (500 points) -$5.00") lower the order total like a discount, so the
  order confirmation's `total` is "Order total" $63.89, which the card was charged.
- A shop's e-mail that confirms an order and states that the card has been charged is a
  `receipt`, numbered by its "Receipt no." ("R-104382-1"), not the order number.
- A seller's VAT invoice for a marketplace order has `total` equal to "Invoice total
  (incl. VAT)" after the promotion and with delivery (£60.49). Part of it paid with a
  gift card balance is a payment, not a discount, and "Balance due: £0.00" does not
  change the total, as set T rules for an invoice marked paid.
- A marketplace's or payment processor's fee invoice whose fees were already deducted
  from the seller's disbursements or payouts states "Amount due: EUR 0.00" or "Balance
  due: $0.00". Its `total` is the fees it invoices (EUR 4,975.75 and $3,270.64), as set
  T rules for an invoice marked paid. The Russian seller billed by the Irish marketplace
  is labelled as buyer with its INN and KPP, and the marketplace has no labels.
- A payment processor's payout report is `other`, as set T rules for a remittance
  advice. It is numbered by its "Report No." and dated by its "Report date", not by the
  expected arrival. Its gross sales, refunds, chargebacks, fees and "Net payout"
  ($11,947.23) are not a document value, so `total` is None and `currency` is USD.
- A marketplace's agency contract with a fee in percent has no `total` label, as set D
  rules. Its rouble sums (a penalty per supply, a minimum payout, a storage rate) give
  `currency` RUB. The marketplace is the agent and the seller the principal, each with
  the account and BIK printed in the requisites. A sole-proprietor principal is labelled
  without a KPP, as set S rules.
- The UPD of goods that a marketplace buys labels the marketplace's warehouse
  subdivision ("ОП «Склад Подольск-2»") as consignee with the marketplace's INN and the
  subdivision's KPP, as set F labels a branch, and the waybill and packing list of the
  supply to that warehouse label it the same way. The returns act prints only the
  address of the marketplace's warehouse, so that warehouse has no labels there.
- A driver's power of attorney that names the marketplace with its INN gives that
  marketplace no role, as set P rules for a supplier named in a power of attorney. The
  driver prints a passport and no INN, so the attorney has no labels.
- A seller's passport uploaded to a marketplace is dated by its date of issue, not by
  the marketplace's upload mark (17.01.2026, 2026-02-11).
"""

from .holdout import HoldoutDocument


def load_holdout_ac() -> list[HoldoutDocument]:
    """Return the set AC documents, Russian first, in a fixed order."""
    from .holdout_ac_en import ENGLISH_DOCUMENTS_AC
    from .holdout_ac_ru import RUSSIAN_DOCUMENTS_AC

    return [*RUSSIAN_DOCUMENTS_AC, *ENGLISH_DOCUMENTS_AC]
