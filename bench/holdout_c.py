"""Set C: hand-written documents that probe the total and the INN/KPP extraction.

The documents vary how the grand total is printed: the label on its own line,
totals rows with several columns, VAT included or excluded, amounts in words. They
also vary how INN and KPP are printed: slash pairs, KPP before INN, separate lines,
two-column requisites tables, English "INN/KPP" and "Tax ID (INN)". They were
written without reading the templates, set B or the engine. Every name and
requisite is invented, and INN, BIK and settlement accounts carry valid check
digits (tests/bench/test_holdout_c.py checks them). Labels follow `bench.holdout`,
and a party printed under two roles is labelled under both.

NOTE: on a waybill or packing list that names only a sender and a recipient, the
sender is labelled as seller and the recipient as buyer as well. Documents with no
currency mark (a Russian act, invoice and cash receipt) are labelled RUB. The
carriers of the CMR and of the transport waybill were labelled later, when the
engine learnt the carrier role, because the set first left them out.
"""

from .holdout import HoldoutDocument


def load_holdout_c() -> list[HoldoutDocument]:
    """Return the set C documents, Russian first, in a fixed order."""
    from .holdout_c_en import ENGLISH_DOCUMENTS_C
    from .holdout_c_ru import RUSSIAN_DOCUMENTS_C

    return [*RUSSIAN_DOCUMENTS_C, *ENGLISH_DOCUMENTS_C]
