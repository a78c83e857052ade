"""The rejects file: every input that could not be processed, with its reason and its bytes.

Nothing is dropped silently: a line in ``rejects.jsonl`` names the item, the stage and the reason, and the
raw bytes are kept next to it (``rejects/<sha256>.bin``) so the item can be inspected and replayed.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger(__name__)


class RejectsFile:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / "rejects.jsonl"
        self.blobs = data_dir / "rejects"
        self._lock = threading.Lock()

    def add(self, item: str, reason: str, raw: bytes = b"", stage: str = "read",
            log_level: int = logging.WARNING) -> dict:
        """Keep ``item``; log it at ``log_level`` (a command that names the reject on the console itself asks
        for less, so the user does not read every rejection twice)."""
        record: dict[str, object] = {
            "at": datetime.now(UTC).isoformat(), "item": item, "stage": stage, "reason": reason, "bytes": len(raw),
        }
        if raw:
            digest = hashlib.sha256(raw).hexdigest()
            self.blobs.mkdir(mode=0o700, parents=True, exist_ok=True)
            blob = self.blobs / f"{digest}.bin"
            if not blob.exists():
                fd = os.open(blob, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                with os.fdopen(fd, "wb") as out:
                    out.write(raw)
            record["kept"] = str(blob)
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            # backslashreplace: a lone surrogate (a file name that is not UTF-8) is written as the JSON escape
            # \udcxx instead of failing, so the reject is kept whatever its name.
            with os.fdopen(fd, "a", encoding="utf-8", errors="backslashreplace") as fh:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        log.log(log_level, "rejected %s (%s): %s", item, stage, reason)
        return record
