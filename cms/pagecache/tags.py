"""Tags and their versions, and what the response being rendered depends on.

A tag's version is the instant (nanoseconds) it was last bumped, kept in the cache without
expiry. A bump happens at once and again when the transaction commits, so no process caches
the old state between the two. A response whose tags were bumped while it was being rendered
is not stored (`Dependencies.changed_since_start`).
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import transaction


def version_key(tag: str) -> str:
    return f"pagecache:tag:{tag}"


@dataclass
class Dependencies:
    """What the response being rendered read. Only a response that asked to be cached
    (`cacheable`, set by the page or view that renders it) is ever stored."""

    started: int = field(default_factory=time.time_ns)
    tags: set[str] = field(default_factory=set)
    expires: float | None = None  # a Unix time: when the content turns by the clock
    cacheable: bool = False

    def versions(self) -> dict[str, str] | None:
        """Each tag's version now, or None when one was bumped after the render started."""
        # A tag never bumped yet is as old as the render: what was read is its current state.
        versions = tag_versions(self.tags, new_version=str(self.started - 1))
        if any(int(version) >= self.started for version in versions.values()):
            return None
        return versions


_rendering: contextvars.ContextVar[Dependencies | None] = contextvars.ContextVar(
    "page_cache_dependencies", default=None
)


@contextlib.contextmanager
def collecting():
    dependencies = Dependencies()
    token = _rendering.set(dependencies)
    try:
        yield dependencies
    finally:
        _rendering.reset(token)


def cache_this_response(*tags: str) -> None:
    """Called by a page or view whose response anonymous visitors may share: it may be stored,
    depending on `tags` besides the pages it reads."""
    if (dependencies := _rendering.get()) is not None:
        dependencies.cacheable = True
        dependencies.tags.update(tags)


def depends_on(*tags: str) -> None:
    if (dependencies := _rendering.get()) is not None:
        dependencies.tags.update(tags)


def page_read(page_id: int) -> None:
    if (dependencies := _rendering.get()) is not None:
        dependencies.tags.add(f"page:{page_id}")


def valid_until(when: datetime.datetime | None) -> None:
    """The response's content turns at `when` by the clock alone (a call opens, a date passes):
    it is not served from the cache after it."""
    if when is None or (dependencies := _rendering.get()) is None:
        return
    instant = when.timestamp()
    if dependencies.expires is None or instant < dependencies.expires:
        dependencies.expires = instant


def current_versions(tags: Iterable[str]) -> dict[str, str | None]:
    """Each tag's version, None for a tag never bumped (or evicted)."""
    tags = list(tags)
    found = cache.get_many([version_key(tag) for tag in tags])
    return {tag: found.get(version_key(tag)) for tag in tags}


def tag_versions(tags: Iterable[str], new_version: str | None = None) -> dict[str, str]:
    """Each tag's version; a tag without one (never bumped, or evicted) gets `new_version`
    (by default, now). A new version never equals an old one, so no response stored under an
    evicted version is served again."""
    versions = current_versions(tags)
    missing = [tag for tag, version in versions.items() if version is None]
    for tag in missing:
        cache.add(version_key(tag), new_version or str(time.time_ns()), None)
    if missing:
        versions.update(current_versions(missing))
    return versions


def _stamp(tags: tuple[str, ...]) -> None:
    version = str(time.time_ns())
    cache.set_many({version_key(tag): version for tag in tags}, None)


def bump(*tags: str) -> None:
    """Whatever depends on `tags` is rendered again: now, and again when the transaction
    commits."""
    if not tags:
        return
    _stamp(tags)
    transaction.on_commit(lambda: _stamp(tags))


def pages_changed(page_ids: Iterable[int]) -> None:
    bump(*(f"page:{page_id}" for page_id in page_ids))
