"""Document reading engine: format sniffing, PDF text layers, page rendering and OCR.

Callers use `formats.sniff_mime_type` to identify an upload and `reader.open_document`
to read it page by page. Every failure that the user can fix is a `ProcessingError`.
"""
