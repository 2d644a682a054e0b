"""Settings of the LLM engine, free of Django so that any caller can build them."""

from dataclasses import dataclass


@dataclass(frozen=True)
class LLMConfig:
    """Location of the OpenAI-compatible server and the settings of each call.

    `base_url` is the server's API root, such as "http://127.0.0.1:8000/v1" for
    vLLM or "https://api.openai.com/v1" for OpenAI. None is allowed here, but the
    client then raises `llm_not_configured` instead of calling a default host.
    `api_key` may be empty for local servers. `timeout` is the seconds that one
    HTTP call may take in all, from sending the request to the last byte of the
    reply. `max_reply_bytes` is the largest response body accepted, in bytes.
    `max_output_tokens` and `temperature` are sent only when not None.
    `chunk_chars` is the maximum characters of document text per request, and
    `header_chars` how many leading characters of the document each later chunk
    repeats as its header. Raises ValueError for an empty model or bad sizes.
    """

    base_url: str | None
    api_key: str | None
    model: str
    timeout: float = 60.0
    max_output_tokens: int | None = None
    temperature: float | None = 0.0
    chunk_chars: int = 24000
    header_chars: int = 1500
    max_reply_bytes: int = 2_000_000

    def __post_init__(self) -> None:
        if not self.model or not self.model.strip():
            raise ValueError(
                "The LLM model name is empty. Set DOCAI_LLM_MODEL to the model the "
                "server serves, such as gpt-4o-mini or qwen2.5:7b."
            )
        if self.timeout <= 0:
            raise ValueError(
                f"Invalid LLM timeout {self.timeout!r}. Set DOCAI_LLM_TIMEOUT to a "
                "positive number of seconds."
            )
        if self.max_output_tokens is not None and self.max_output_tokens <= 0:
            raise ValueError(
                f"Invalid max output tokens {self.max_output_tokens!r}. Set "
                "DOCAI_LLM_MAX_OUTPUT_TOKENS to a positive integer or leave it unset."
            )
        if self.max_reply_bytes <= 0:
            raise ValueError(
                f"Invalid maximum reply size {self.max_reply_bytes!r}. Use a "
                "positive number of bytes."
            )
        if self.header_chars < 0 or self.chunk_chars < 2 * self.header_chars + 100:
            raise ValueError(
                f"Invalid chunk size {self.chunk_chars!r} for header size "
                f"{self.header_chars!r}. Set DOCAI_LLM_CHUNK_CHARS to at least twice "
                "the header size plus 100 characters."
            )
