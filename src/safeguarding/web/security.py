"""Sessions, sign-in throttling, CSRF tokens and the security headers of the web view.

Sessions are server-side, in the server's memory: the cookie holds only a random id (a new one
at sign-in, so an id planted before it is worthless), and a restart signs everyone out. Every
session, signed in or not, carries its own CSRF token, which every form posts back.
"""

from __future__ import annotations

import hmac
import secrets
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Callable

IDLE = 30 * 60  # seconds a session lasts unused
LIFETIME = 8 * 60 * 60  # and at most, from sign-in
ANONYMOUS_IDLE = 15 * 60  # a sign-in page's session
MAX_SESSIONS = 10_000  # anonymous sessions beyond this push out the oldest ones
MAX_KEYS = 100_000  # user names and clients with failed sign-ins remembered

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-content-type-options", b"nosniff"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]
NO_STORE = (b"cache-control", b"no-store")  # pages may hold personal data: never cached


@dataclass
class Session:
    id: str
    csrf: str
    user: str | None  # the signed-in user's name; None before sign-in
    created: float
    seen: float
    id_token: str | None = field(default=None, repr=False)  # signed in through the provider

    def csrf_ok(self, token: str | None) -> bool:
        return token is not None and hmac.compare_digest(self.csrf.encode(), token.encode())


@dataclass
class Sessions:
    clock: Callable[[], float] = time.monotonic
    _by_id: dict[str, Session] = field(default_factory=dict)

    def new(self, user: str | None = None, id_token: str | None = None) -> Session:
        self._prune()
        now = self.clock()
        s = Session(secrets.token_urlsafe(32), secrets.token_urlsafe(32), user, now, now, id_token)
        self._by_id[s.id] = s
        return s

    def get(self, sid: str | None) -> Session | None:
        s = self._by_id.get(sid) if sid else None
        if s is None:
            return None
        now = self.clock()
        if self._expired(s, now):
            del self._by_id[s.id]
            return None
        s.seen = now
        return s

    def drop(self, sid: str) -> None:
        self._by_id.pop(sid, None)

    def drop_user(self, name: str) -> None:
        for sid in [s.id for s in self._by_id.values() if s.user == name]:
            del self._by_id[sid]

    def _expired(self, s: Session, now: float) -> bool:
        if s.user is None:
            return now - s.seen > ANONYMOUS_IDLE
        return now - s.seen > IDLE or now - s.created > LIFETIME

    def _prune(self) -> None:
        now = self.clock()
        for sid in [s.id for s in self._by_id.values() if self._expired(s, now)]:
            del self._by_id[sid]
        anonymous = sorted((s for s in self._by_id.values() if s.user is None), key=lambda s: s.seen)
        for s in anonymous[:max(0, len(self._by_id) - MAX_SESSIONS + 1)]:
            del self._by_id[s.id]


@dataclass
class Throttle:
    """Failed sign-ins per key (a user name, a client address): `limit` failures within `window`
    seconds lock the key for `lock` seconds from the last one, even for the right password."""
    limit: int
    window: float = 15 * 60
    lock: float = 15 * 60
    clock: Callable[[], float] = time.monotonic
    _failures: dict[str, deque[float]] = field(default_factory=dict)

    def locked_for(self, key: str) -> float:
        """Seconds the key stays locked (0: not locked)."""
        now = self.clock()
        times = self._failures.get(key)
        if not times:
            return 0.0
        while times and now - times[0] > max(self.window, self.lock):
            times.popleft()
        recent = [t for t in times if times[-1] - t <= self.window]
        if len(recent) >= self.limit:
            return max(0.0, times[-1] + self.lock - now)
        return 0.0

    def failed(self, key: str) -> None:
        if key not in self._failures and len(self._failures) >= MAX_KEYS:
            self._forget()
        self._failures.setdefault(key, deque(maxlen=self.limit * 4)).append(self.clock())

    def _forget(self) -> None:
        """Bound the memory guessed names can take: drop keys whose last failure no longer
        counts, then (a flood of them) the oldest."""
        now = self.clock()
        for key in [k for k, t in self._failures.items()
                    if not t or now - t[-1] > max(self.window, self.lock)]:
            del self._failures[key]
        by_age = sorted(self._failures, key=lambda k: self._failures[k][-1])
        for key in by_age[:max(0, len(self._failures) - MAX_KEYS + 1)]:
            del self._failures[key]

    def succeeded(self, key: str) -> None:
        self._failures.pop(key, None)


class SecurityHeaders:
    """ASGI middleware: the security headers (and no-store) on every HTTP response."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(message):
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [h for h in HEADERS if h[0] not in names]
                if not scope["path"].startswith("/static/"):
                    extra.append(NO_STORE)
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, with_headers)
