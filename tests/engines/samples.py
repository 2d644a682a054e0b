"""All synthetic documents, in Russian and English for each document type.

All companies, people and numbers are made up. Requisites that should pass their
checks were computed with the check-digit algorithms: INN 7702123454 and 7810000001,
OGRN 1225000000015, BIK 044525225 with accounts 40702816000000012345 and
30101810400000000225, BIK 044030653 with 40802811500000054321 and 30101810500000000653.
"""

from .samples_en import (
    ACT_EN,
    BANK_STATEMENT_EN,
    CONTRACT_EN,
    INVOICE_EN,
    LETTER_EN,
    OTHER_EN,
    PACKING_LIST_EN,
    PASSPORT_EN,
    PAYMENT_ORDER_EN,
    POWER_OF_ATTORNEY_EN,
    RECEIPT_EN,
    UPD_EN,
    WAYBILL_EN,
)
from .samples_ru import (
    ACT_RU,
    BANK_STATEMENT_RU,
    CONTRACT_RU,
    INVOICE_RU,
    LETTER_RU,
    OTHER_RU,
    PACKING_LIST_RU,
    PASSPORT_RU,
    PAYMENT_ORDER_RU,
    POWER_OF_ATTORNEY_RU,
    RECEIPT_RU,
    UPD_RU,
    WAYBILL_RU,
)

SAMPLES = (
    INVOICE_RU,
    INVOICE_EN,
    CONTRACT_RU,
    CONTRACT_EN,
    ACT_RU,
    ACT_EN,
    PAYMENT_ORDER_RU,
    PAYMENT_ORDER_EN,
    RECEIPT_RU,
    RECEIPT_EN,
    PASSPORT_RU,
    PASSPORT_EN,
    WAYBILL_RU,
    WAYBILL_EN,
    LETTER_RU,
    LETTER_EN,
    UPD_RU,
    UPD_EN,
    PACKING_LIST_RU,
    PACKING_LIST_EN,
    BANK_STATEMENT_RU,
    BANK_STATEMENT_EN,
    POWER_OF_ATTORNEY_RU,
    POWER_OF_ATTORNEY_EN,
    OTHER_RU,
    OTHER_EN,
)
