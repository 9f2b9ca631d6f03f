"""Likely duplicates of a directory entry, shown to the moderator of a proposal.

Two entries are likely the same when their websites share a host (`www.` and the scheme set
aside), or when their names are very similar — compared without diacritics, case or
punctuation, so "Școala Gimnazială Ion Creangă" meets "scoala gimnaziala ion creanga" — in the
same locality. Only siblings are compared (the other entries of the same directory), drafts
included: two proposals of one hub may both be waiting.

What an entry's name, website and locality are is the entry's business (`duplicate_keys()`), as
places come from another kit; an entry without a locality is compared by name alone.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from cms.search.normalise import normalise

# Names at least this similar (difflib's ratio, 0..1, on normalised names) are "very similar":
# "Hub Cultural Fabrica" / "Hubul Cultural Fabrica" (0.95) are; "Fabrica de Pensule" /
# "Fabrica de Bere" (0.79) are not.
NAME_SIMILARITY = 0.85

_NOT_A_LETTER = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class DuplicateKeys:
    """What an entry is compared on. Empty strings mean "not known" and never match."""

    name: str
    website: str = ""
    locality: str = ""


@dataclass(frozen=True)
class LikelyDuplicate:
    page: object
    reason: str  # "website" or "name"


def comparable_name(name: str) -> str:
    return _NOT_A_LETTER.sub(" ", normalise(name or "")).strip()


def website_host(url: str) -> str:
    """`https://www.Fabrica.ro/despre` → `fabrica.ro`; "" for anything without a host."""
    try:
        host = urlsplit((url or "").strip()).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.").rstrip(".")


def similar_names(first: str, second: str) -> bool:
    first, second = comparable_name(first), comparable_name(second)
    if not first or not second:
        return False
    return first == second or difflib.SequenceMatcher(None, first, second).ratio() >= (
        NAME_SIMILARITY
    )


def is_likely_duplicate(entry: DuplicateKeys, other: DuplicateKeys) -> str:
    """Why `other` is likely `entry` ("website", "name"), or "" when it is not."""
    host = website_host(entry.website)
    if host and host == website_host(other.website):
        return "website"
    if (
        entry.locality
        and other.locality
        and comparable_name(entry.locality) != comparable_name(other.locality)
    ):
        return ""
    if similar_names(entry.name, other.name):
        return "name"
    return ""


def likely_duplicates(entry) -> list[LikelyDuplicate]:
    """The siblings of `entry` (a page with `duplicate_keys()`) that are likely the same.

    One query for the siblings of the entry's own type, whatever their number.
    """
    keys = entry.duplicate_keys()
    siblings = type(entry).objects.sibling_of(entry, inclusive=False).order_by("title")
    found = []
    for sibling in siblings:
        reason = is_likely_duplicate(keys, sibling.duplicate_keys())
        if reason:
            found.append(LikelyDuplicate(page=sibling, reason=reason))
    return found
