"""An OpenAI-compatible HTTP server for tests, on 127.0.0.1 and a free port.

It returns scripted replies to POST /v1/chat/completions: first from a FIFO
filled by `script`, then from `responder`. Its state lives in this object, in the
test process, so requests sent from a worker subprocess are scripted and recorded
the same way.
"""

import contextlib
import json
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    """One scripted HTTP response: a chat completion or an error body.

    `content` is a string, None or a list of content parts. `message_fields`
    are added to the completion's message, such as {"refusal": "..."}. `body`,
    when set, is sent as the whole response body, whatever the status.
    """

    status: int = 200
    content: str | list | None = ""
    finish_reason: str | None = "stop"
    usage: dict | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: dict | None = None
    delay: float = 0.0
    when: Callable[[dict], bool] | None = None
    message_fields: dict = field(default_factory=dict)

    @classmethod
    def json(cls, data: dict, **options) -> "Reply":
        """A completion whose content is `data` as JSON."""
        return cls(content=json.dumps(data, ensure_ascii=False), **options)

    @classmethod
    def fenced(cls, data: dict, **options) -> "Reply":
        """A completion with `data` inside a ```json Markdown fence."""
        text = json.dumps(data, ensure_ascii=False, indent=2)
        return cls(content=f"Here is the result:\n```json\n{text}\n```\n", **options)

    @classmethod
    def prose(cls, data: dict, **options) -> "Reply":
        """A completion with `data` between sentences of prose."""
        text = json.dumps(data, ensure_ascii=False)
        return cls(
            content=f"Sure! The {{extracted}} data is {text} I hope it helps.",
            **options,
        )

    @classmethod
    def text(cls, content: str | None, **options) -> "Reply":
        """A completion with arbitrary content, None for a null content."""
        return cls(content=content, **options)

    @classmethod
    def error(
        cls,
        status: int,
        message: str = "error",
        *,
        code: str | None = None,
        type: str | None = None,
        param: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> "Reply":
        """An error response with an OpenAI-style error body."""
        error = {"message": message, "type": type, "param": param, "code": code}
        return cls(status=status, body={"error": error}, headers=dict(headers or {}))

    @classmethod
    def error_with_200(cls, error: object) -> "Reply":
        """An HTTP 200 response whose body is {"error": error}, as some proxies send."""
        return cls(status=200, body={"error": error})

    @classmethod
    def reject_parameter(
        cls,
        parameter: str,
        message: str,
        *,
        param: str | None = None,
        code: str | None = None,
    ) -> "Reply":
        """A 400 for a request that contains `parameter`.

        `matches` is False for other requests, as for `reject_json_schema`.
        """
        reply = cls.error(
            400, message, type="invalid_request_error", param=param, code=code
        )
        reply.when = lambda request: parameter in request
        return reply

    @classmethod
    def reject_json_schema(cls, status: int = 400) -> "Reply":
        """An error for a request whose response_format is json_schema.

        `matches` is False for other requests, which take the next scripted reply
        instead while this one stays queued.
        """
        reply = cls.error(status, "response_format json_schema is not supported")
        reply.when = _asks_json_schema
        return reply

    def matches(self, request: dict) -> bool:
        """Return whether this reply applies to `request`."""
        return self.when is None or self.when(request)


def _asks_json_schema(request: dict) -> bool:
    response_format = request.get("response_format") or {}
    return response_format.get("type") == "json_schema"


@dataclass(frozen=True)
class RecordedRequest:
    """A request as the server received it, with header names in lower case."""

    path: str
    headers: dict[str, str]
    body: dict


class FakeLLMServer:
    """An OpenAI-compatible chat completion server in a daemon thread."""

    def __init__(self) -> None:
        self.requests: list[RecordedRequest] = []
        self.responder: Callable[[dict], Reply] = _no_reply
        self._queue: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._http = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._http.daemon_threads = True
        # A short poll interval makes `close` quick.
        self._thread = threading.Thread(
            target=self._http.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    @property
    def url(self) -> str:
        """The API root to pass as base_url, "http://127.0.0.1:PORT/v1"."""
        return f"http://127.0.0.1:{self._http.server_address[1]}/v1"

    def script(self, *replies: Reply) -> None:
        """Queue replies, one per request in order, before `responder` is used.

        A reply whose `when` rejects a request stays queued, and the request
        takes the first queued reply that applies to it.
        """
        with self._lock:
            self._queue.extend(replies)

    def reset(self) -> None:
        """Forget the recorded requests, the queue and the responder."""
        with self._lock:
            self._queue.clear()
            self.requests.clear()
            self.responder = _no_reply

    def close(self) -> None:
        """Stop the server and release its port."""
        self._http.shutdown()
        self._http.server_close()

    def bodies(self) -> list[dict]:
        """Return the JSON bodies of the recorded requests."""
        return [request.body for request in self.requests]

    def _next_reply(self, body: dict) -> Reply:
        with self._lock:
            for index, reply in enumerate(self._queue):
                if reply.matches(body):
                    del self._queue[index]
                    return reply
        return self.responder(body)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", 0))
                body = json.loads(self.rfile.read(length) or b"{}")
                with server._lock:
                    server.requests.append(
                        RecordedRequest(
                            self.path,
                            {k.lower(): v for k, v in self.headers.items()},
                            body,
                        )
                    )
                if not self.path.endswith("/chat/completions"):
                    self._send(404, {"error": {"message": "not found"}}, {})
                    return
                reply = server._next_reply(body)
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.status != 200 or reply.body is not None:
                    self._send(reply.status, reply.body or {}, reply.headers)
                    return
                self._send(200, _completion(body, reply), reply.headers)

            def _send(self, status: int, payload: dict, headers: dict) -> None:
                data = json.dumps(payload, ensure_ascii=False).encode()
                try:
                    self.send_response(status)
                    self.send_header("content-type", "application/json")
                    self.send_header("content-length", str(len(data)))
                    self.send_header("x-request-id", f"req_{uuid.uuid4().hex[:12]}")
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    # The client gave up, as after its timeout in the slow tests.
                    pass

            def log_message(self, format: str, *args: object) -> None:
                return

        return Handler


def _completion(request: dict, reply: Reply) -> dict:
    completion = {
        "id": f"chatcmpl-{uuid.uuid4().hex[:16]}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": request.get("model", "test-model"),
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": reply.content,
                    **reply.message_fields,
                },
                "finish_reason": reply.finish_reason,
            }
        ],
    }
    if reply.usage is not None:
        completion["usage"] = reply.usage
    return completion


def _no_reply(request: dict) -> Reply:
    return Reply.error(500, "no reply scripted", type="server_error")


class RawHTTPServer:
    """An HTTP server on 127.0.0.1 whose `respond(handler)` writes the whole
    response by hand, for bodies and timings that FakeLLMServer cannot produce.

    `bodies` contains the request bodies it received, decoded as UTF-8.
    """

    def __init__(self, respond: Callable[[BaseHTTPRequestHandler], None]) -> None:
        self.bodies: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", 0))
                server.bodies.append(self.rfile.read(length).decode("utf-8", "replace"))
                # The client may give up first, as after its timeout.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    respond(self)

            def log_message(self, format: str, *args: object) -> None:
                return

        self._http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._http.daemon_threads = True
        self.port = self._http.server_address[1]
        threading.Thread(
            target=self._http.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()

    @property
    def url(self) -> str:
        """The API root to pass as base_url."""
        return f"http://127.0.0.1:{self.port}/v1"

    def close(self) -> None:
        """Stop the server and release its port."""
        self._http.shutdown()
        self._http.server_close()


def fixed_response(
    body: bytes, status: int = 200, content_type: str = "application/json"
) -> Callable[[BaseHTTPRequestHandler], None]:
    """Return a RawHTTPServer responder that sends `body` with `status`."""

    def respond(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        handler.send_header("content-type", content_type)
        handler.send_header("content-length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return respond


def completion_body(content: object, usage: object = None) -> bytes:
    """Return a chat completion body with `content` as the message content."""
    message = {"role": "assistant", "content": content}
    data: dict = {
        "choices": [{"index": 0, "message": message, "finish_reason": "stop"}]
    }
    if usage is not None:
        data["usage"] = usage
    return json.dumps(data).encode()
