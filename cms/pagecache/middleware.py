"""Serves anonymous visitors' GETs from the page cache and stores what may be shared.

It sits early in the stack, after WhiteNoise and before the session: a hit costs two cache
round trips (the entry, then its tags' versions) and no database query. The middlewares inside
it (locale, security policy, frame options) have already added their headers to what was
stored, so a hit answers with the same headers as the render did.

A visitor with a session (an editor, someone who just registered and has a message waiting) is
never served from the cache nor stored: what they see may be theirs alone. Nor is a response
that is not a plain 200, sets a cookie, carries a CSRF token (every form), or says it is
private. If the cache is unreachable, pages are rendered as if there were no cache.
"""

from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse

from cms.pagecache.tags import collecting, current_versions

logger = logging.getLogger(__name__)

HEADER = "X-Page-Cache"  # "hit" or "miss": for the benchmarks, the tests and whoever debugs


@dataclass(frozen=True)
class Entry:
    versions: dict[str, str]
    expires: float
    status: int
    headers: tuple[tuple[str, str], ...]
    content: bytes

    def is_fresh(self) -> bool:
        return time.time() < self.expires and current_versions(self.versions) == self.versions

    def response(self) -> HttpResponse:
        response = HttpResponse(self.content, status=self.status)
        for name, value in self.headers:
            response[name] = value
        response[HEADER] = "hit"
        return response


def entry_key(request: HttpRequest) -> str:
    address = f"{request.get_host()}{request.get_full_path()}"
    return f"pagecache:page:{hashlib.sha256(address.encode()).hexdigest()}"


def may_be_served(request: HttpRequest) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
    )


def may_be_stored(request: HttpRequest, response: HttpResponse) -> bool:
    cache_control = response.get("Cache-Control", "")
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")  # the page holds a form's token
        and "private" not in cache_control
        and "no-store" not in cache_control
    )


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or not may_be_served(request):
            return self.get_response(request)
        key = entry_key(request)  # a host not allowed raises here: 400, as without the cache
        try:
            entry = cache.get(key)
            if entry is not None and entry.is_fresh():
                return entry.response()
        except Exception:  # an unreachable cache must not take the site down with it
            logger.exception("page cache unavailable: rendering %s", request.path)
            return self.get_response(request)

        with collecting() as dependencies:
            response = self.get_response(request)
        if dependencies.cacheable and may_be_stored(request, response):
            try:
                self._store(key, response, dependencies, seconds)
            except Exception:
                logger.exception("page cache unavailable: %s not stored", request.path)
        if dependencies.cacheable:
            response[HEADER] = "miss"
        return response

    def _store(self, key, response, dependencies, seconds) -> None:
        versions = dependencies.versions()
        if versions is None:  # something it shows changed while it was rendered
            return
        now = time.time()
        expires = min(now + seconds, dependencies.expires or now + seconds)
        if expires <= now:
            return
        entry = Entry(
            versions=versions,
            expires=expires,
            status=response.status_code,
            headers=tuple((name, value) for name, value in response.items()),
            content=response.content,
        )
        cache.set(key, entry, int(expires - now) + 1)
