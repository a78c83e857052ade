"""Who is calling, what they may do, and how often: the dependency every API route declares.

``access(role)`` authenticates the bearer token (a user's, ``MONITOR_API_TOKEN`` = admin, or the open mode's
local token = admin), charges the caller's rate-limit bucket, and checks the role. In open mode an anonymous
caller may read (``reader`` routes) unless the route says a token is required.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from monitor.api.limits import RateLimiter
from monitor.users import RANK

bearer = HTTPBearer(auto_error=False, description="A user's token (monitor users add), MONITOR_API_TOKEN, or the "
                                                  "open mode's local token (<data dir>/api_token)")


@dataclass(frozen=True)
class Principal:
    """The caller: a user name and role, or anonymous (both None; open mode only)."""

    name: str | None = None
    role: str | None = None

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def owns(self, owner: str | None) -> bool:
        return self.name is not None and owner == self.name

    def may_change(self, owner: str | None) -> bool:
        return self.is_admin or self.owns(owner)


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def is_loopback(host: str | None) -> bool:
    try:
        return host is not None and ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _charge(request: Request, key: str, cost: float) -> None:
    limiter: RateLimiter = request.app.state.api.limiter
    wait = limiter.take(key, cost)
    if wait is not None:
        request.app.state.metrics.rate_limited.inc()
        raise HTTPException(429, f"too many requests: try again in {RateLimiter.retry_after(wait)} s",
                            headers={"Retry-After": RateLimiter.retry_after(wait)})


def unauthorized(detail: str) -> HTTPException:
    return HTTPException(401, detail, headers={"WWW-Authenticate": "Bearer"})


def access(role: str = "reader", *, cost: float = 1.0, token_required: bool = False) -> Callable[..., Principal]:
    """A FastAPI dependency admitting callers with at least ``role``."""
    assert role in RANK

    def dependency(
        request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
    ) -> Principal:
        state = request.app.state.api
        given = credentials.credentials if credentials else ""
        user = state.authenticate(given) if given else None
        _charge(request, f"user:{user.name}" if user else f"ip:{client_address(request)}", cost)
        if given and user is None:
            raise unauthorized("the bearer token is not valid")
        if user is None:
            if role == "reader" and not token_required and state.is_open():
                return Principal()
            raise unauthorized("a bearer token is required for this endpoint")
        if not user.at_least(role):
            raise HTTPException(403, f"this needs the {role} role; {user.name} is a {user.role}")
        return Principal(user.name, user.role)

    return dependency


Reader = Annotated[Principal, Depends(access("reader"))]
Editor = Annotated[Principal, Depends(access("editor"))]
