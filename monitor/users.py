"""API users: a name, a role and a token that is stored only as its SHA-256 hash.

Roles, each including the one before: ``reader`` (search, articles, alert definitions without other people's
delivery targets, firings and the live feed), ``editor`` (creates alerts, which it then owns, changes its own,
dry-runs queries), ``admin`` (changes any alert and sees every alert's webhook URL and e-mail address).

Tokens are 256-bit random strings printed once by ``monitor users add``; a fast hash is enough for such
secrets (no dictionary to guess from), and it lets a request be checked with one indexed lookup. The table
lives in the registry's SQLite file, which only the data folder's owner can read (0700/0600).
"""

from __future__ import annotations

import hashlib
import re
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from monitor.store.sqlite import connect

ROLES = ("reader", "editor", "admin")
RANK = {role: i for i, role in enumerate(ROLES)}
NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")
TOKEN_PREFIX = "mon_"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    name TEXT PRIMARY KEY, role TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, created TEXT NOT NULL
);
"""


class UserError(ValueError):
    """A refused user operation, with the reason (bad name or role, name taken)."""


@dataclass(frozen=True)
class User:
    name: str
    role: str
    created: str = ""

    def at_least(self, role: str) -> bool:
        return RANK[self.role] >= RANK[role]


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", errors="surrogatepass")).hexdigest()


class UserStore:
    """The ``users`` table. One connection; callers that share it across threads hold their own lock."""

    def __init__(self, path: Path) -> None:
        self._conn = connect(path)
        self._conn.executescript(_SCHEMA)

    def add(self, name: str, role: str) -> str:
        """Create a user; returns the token (shown once, never stored)."""
        if not NAME.fullmatch(name):
            raise UserError(f"user name {name!r} must be 1-64 letters, digits or . _ @ - (starting with a letter "
                            "or digit)")
        if role not in RANK:
            raise UserError(f"role {role!r} is not one of {', '.join(ROLES)}")
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        try:
            self._conn.execute("INSERT INTO users (name, role, token_hash, created) VALUES (?,?,?,?)",
                               (name, role, token_hash(token), datetime.now(UTC).isoformat(timespec="seconds")))
        except sqlite3.IntegrityError:
            raise UserError(f"a user named {name!r} exists (remove it first to issue a new token)") from None
        return token

    def remove(self, name: str) -> bool:
        return self._conn.execute("DELETE FROM users WHERE name = ?", (name,)).rowcount > 0

    def list(self) -> list[User]:
        rows = self._conn.execute("SELECT name, role, created FROM users ORDER BY name")
        return [User(r["name"], r["role"], r["created"]) for r in rows]

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM users").fetchone()[0])

    def authenticate(self, token: str) -> User | None:
        """The user whose token this is, else None (the lookup is by hash: the token is never compared)."""
        if not token or len(token) > 500:
            return None
        row = self._conn.execute("SELECT name, role, created FROM users WHERE token_hash = ?",
                                 (token_hash(token),)).fetchone()
        return User(row["name"], row["role"], row["created"]) if row else None

    def close(self) -> None:
        self._conn.close()
