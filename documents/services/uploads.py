"""Accept an upload: check every file, store it, and queue its processing.

All files of a request are checked before anything is written, so a rejected
request stores nothing. Files are written under a temporary name and moved into
place, and are removed again if the database transaction fails.
"""

import hashlib
import logging
import os
import shutil
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from rest_framework import status

from ai_agents.llm_service import EMBEDDED, EngineChoice
from docai.exceptions import ApiError
from docai.request_keys import printable
from documents.models import Document, DocumentRequest, SplitMode, Status
from documents.processing.formats import (
    ACCEPTED_MIME_TYPES,
    SNIFF_BYTES,
    describe_content,
    sniff_mime_type,
)
from documents.services.processing import document_fail

logger = logging.getLogger(__name__)

# How many other form fields, and how much of each name, a no_files error repeats.
_MAX_FIELDS_SHOWN = 5
_MAX_FIELD_NAME_CHARS = 40

_EXTENSIONS = {
    "application/pdf": ".pdf",
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/tiff": ".tif",
    "image/bmp": ".bmp",
    "image/gif": ".gif",
    "image/webp": ".webp",
}


def clean_file_name(name: str | None) -> str:
    """Keep the client's file name for display, without paths or control chars."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C")
    return base.strip()[:255] or "unnamed"


def check_request_size(content_length: int | None) -> None:
    """Reject a body larger than the request limit before it is read."""
    limit = settings.DOCAI_MAX_REQUEST_BYTES
    # Multipart framing adds a little per file on top of the files themselves.
    overhead = 64 * 1024
    if content_length is not None and content_length > limit + overhead:
        raise _too_large(
            "request_too_large",
            f"The request body is {content_length} bytes; the limit for all files "
            f"together is {limit} bytes (DOCAI_MAX_REQUEST_MB). Split the files into "
            "several requests.",
        )


def check_files(
    files: list[UploadedFile], other_fields: Sequence[str] = ()
) -> list[str]:
    """Check count, sizes and formats; return the sniffed MIME type of each file.

    `other_fields` names form fields that carried files under another name.
    """
    if not files:
        message = (
            "No file was uploaded. Send the documents as multipart/form-data in "
            "the field 'files' (repeat it for several files) or 'file'"
        )
        if other_fields:
            named = ", ".join(
                f"'{printable(field[:_MAX_FIELD_NAME_CHARS])}'"
                for field in other_fields[:_MAX_FIELDS_SHOWN]
            )
            message += f"; the form has files in {named}, which are not read"
        raise ApiError(
            message + ". With curl: -F files=@scan.pdf; with requests: "
            "files=[('files', open('scan.pdf', 'rb'))].",
            "no_files",
        )
    if len(files) > settings.DOCAI_MAX_FILES_PER_REQUEST:
        raise ApiError(
            f"{len(files)} files were uploaded; at most "
            f"{settings.DOCAI_MAX_FILES_PER_REQUEST} are accepted per request "
            "(DOCAI_MAX_FILES_PER_REQUEST). Send the rest in further requests.",
            "too_many_files",
        )
    total = sum(upload.size for upload in files)
    if total > settings.DOCAI_MAX_REQUEST_BYTES:
        raise _too_large(
            "request_too_large",
            f"The files add up to {total} bytes; the limit per request is "
            f"{settings.DOCAI_MAX_REQUEST_BYTES} bytes (DOCAI_MAX_REQUEST_MB). Split "
            "them into several requests.",
        )
    return [_check_file(upload) for upload in files]


def _check_file(upload: UploadedFile) -> str:
    name = clean_file_name(upload.name)
    if upload.size > settings.DOCAI_MAX_FILE_BYTES:
        raise _too_large(
            "file_too_large",
            f"File '{name}' is {upload.size} bytes; the limit is "
            f"{settings.DOCAI_MAX_FILE_BYTES} bytes per file (DOCAI_MAX_FILE_MB). "
            "Split the file or scan it at a lower resolution.",
            file=name,
        )
    if upload.size == 0:
        raise ApiError(
            f"File '{name}' is empty (0 bytes). Check the path; with curl the "
            "path follows @ (-F files=@scan.pdf).",
            "empty_file",
            file=name,
        )
    upload.seek(0)
    head = upload.read(SNIFF_BYTES)
    upload.seek(0)
    mime_type = sniff_mime_type(head)
    if mime_type is None:
        accepted = ", ".join(sorted(ACCEPTED_MIME_TYPES))
        found = describe_content(head)
        advice = "Convert it to PDF or an image and upload it again."
        if "text" in found:
            advice += (
                " Text such as a bank-client export can be sent as ocr_draft to "
                "POST /ai_agents/api/v1/extract/."
            )
        raise ApiError(
            f"File '{name}' is not a supported document: its content is {found}, "
            f"not one of {accepted}. {advice}",
            "unsupported_file_type",
            file=name,
            detected=found,
        )
    return mime_type


def _too_large(code: str, message: str, **extra) -> ApiError:
    return ApiError(
        message, code, status_code=status.HTTP_413_REQUEST_ENTITY_TOO_LARGE, **extra
    )


def check_split_mode(split: str | None) -> str:
    """Return the upload's split mode, `auto` when None.

    Raises ApiError 400 for any value other than `auto` and `none`.
    """
    if split is None:
        return SplitMode.AUTO
    if split not in SplitMode.values:
        shortened = split if len(split) <= 64 else split[:64] + "..."
        raise ApiError(
            f"Unknown split mode {shortened!r}. Use 'auto' to analyse each "
            "document found in a multi-page file on its own, or 'none' to analyse "
            "every file as one document.",
            "unknown_split_mode",
            split=shortened,
        )
    return split


def request_create(
    *,
    files: list[UploadedFile],
    user=None,
    choice: EngineChoice | None = None,
    split: str | None = None,
    other_fields: Sequence[str] = (),
) -> DocumentRequest:
    """Store the files of one upload and queue each document for processing.

    `choice` is the engine and model that analyse the text after OCR; the
    embedded engine when None. `split` is a SplitMode value, `auto` when None.
    `other_fields` names form fields with files that are not read, for the error
    when `files` is empty.
    """
    split = check_split_mode(split)
    mime_types = check_files(files, other_fields)
    choice = choice or EngineChoice(EMBEDDED)
    doc_request = DocumentRequest(
        user=user if user and user.is_authenticated else None,
        engine=choice.engine,
        model=choice.model,
        split=split,
    )
    folder = Path(settings.UPLOAD_DIR) / str(doc_request.public_id)
    try:
        stored = [
            _store(upload, folder, position, mime_type)
            for position, (upload, mime_type) in enumerate(
                zip(files, mime_types, strict=True), start=1
            )
        ]
        with transaction.atomic():
            doc_request.save()
            documents = Document.objects.bulk_create(
                Document(request=doc_request, **fields) for fields in stored
            )
            ids = [document.pk for document in documents]
            transaction.on_commit(lambda: enqueue_documents(ids))
    except OSError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        logger.error(
            "storing upload failed request=%s error=%s", doc_request.public_id, exc
        )
        raise ApiError(
            "The server could not store the files (its storage is full or not "
            "writable). Try again later.",
            "storage_unavailable",
            status_code=status.HTTP_507_INSUFFICIENT_STORAGE,
        ) from exc
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    logger.info(
        "request created request=%s documents=%d user=%s engine=%s split=%s",
        doc_request.public_id,
        len(documents),
        doc_request.user_id,
        choice.engine,
        split,
    )
    return doc_request


def _store(upload: UploadedFile, folder: Path, position: int, mime_type: str) -> dict:
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / f"{position:03d}{_EXTENSIONS[mime_type]}"
    partial = final.with_suffix(final.suffix + ".part")
    digest = hashlib.sha256()
    upload.seek(0)
    with partial.open("wb") as out:
        for chunk in upload.chunks():
            digest.update(chunk)
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    partial.replace(final)
    return {
        "position": position,
        "original_name": clean_file_name(upload.name),
        "mime_type": mime_type,
        "size": upload.size,
        "sha256": digest.hexdigest(),
        "storage_path": str(final.relative_to(settings.DATA_DIR)),
    }


def enqueue_documents(document_ids: list[int]) -> None:
    """Send one processing task per document; a broker failure fails the document.

    Without this, a document whose task never reached the broker would stay
    queued for ever.
    """
    from documents.tasks import process_document

    for document_id in document_ids:
        try:
            process_document.delay(document_id)
        except Exception:
            logger.exception("enqueue failed document=%s", document_id)
            document_fail(
                document_id,
                "queue_unavailable",
                "The task queue could not be reached, so the document was not "
                "processed. Upload it again later.",
                from_status=Status.QUEUED,
            )
