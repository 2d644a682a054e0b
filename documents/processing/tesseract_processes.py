"""Cleanup of Tesseract child processes that pytesseract leaves behind.

pytesseract 0.3.13 kills Tesseract only when its own timeout expires. Any other
exception raised while it waits, such as Celery's SoftTimeLimitExceeded from a
signal handler, leaves the child running. The child is found through /proc, so
the cleanup works on Linux only and does nothing elsewhere.
"""

import contextlib
import logging
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytesseract

logger = logging.getLogger(__name__)

_PROC = Path("/proc")
# Linux truncates a process name in /proc/PID/comm to 15 bytes.
_COMM_LENGTH = 15
# Maximum wait for a killed child to exit before it is left to the caller.
_REAP_TIMEOUT = 5.0


@contextlib.contextmanager
def kill_tesseract_on_error() -> Iterator[None]:
    """Kill and reap the Tesseract children started in the block if it raises.

    Any BaseException counts, including KeyboardInterrupt and SystemExit, and the
    exception is re-raised. Tesseract children that existed before the block are
    left alone. NOTE: a Tesseract child that another thread starts during the
    block is killed too, so callers must not run OCR in several threads.
    """
    existing = tesseract_children()
    try:
        yield
    except BaseException:
        for pid in tesseract_children() - existing:
            _kill_and_reap(pid)
        raise


def tesseract_children() -> set[int]:
    """Return the ids of this process's children whose name is Tesseract's."""
    name = Path(pytesseract.pytesseract.tesseract_cmd).name[:_COMM_LENGTH]
    return {pid for pid, comm in _children() if comm == name}


def _children() -> Iterator[tuple[int, str]]:
    """Yield (pid, process name) for every child of this process in /proc."""
    parent = os.getpid()
    try:
        entries = list(_PROC.iterdir())
    except OSError:
        return
    for entry in entries:
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # The name is in parentheses and may contain spaces and parentheses itself,
        # so the fields after it are split from the last ')'.
        comm = stat[stat.find("(") + 1 : stat.rfind(")")]
        fields = stat[stat.rfind(")") + 2 :].split()
        if len(fields) > 1 and fields[1] == str(parent):
            yield int(entry.name), comm


def _kill_and_reap(pid: int) -> None:
    logger.warning("Killing Tesseract process %d after an interrupted OCR call", pid)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + _REAP_TIMEOUT
    while time.monotonic() < deadline:
        try:
            reaped, _ = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            return  # subprocess, or another caller, reaped it already
        if reaped:
            return
        time.sleep(0.01)
    logger.error("Tesseract process %d did not exit within %.0f s", pid, _REAP_TIMEOUT)
