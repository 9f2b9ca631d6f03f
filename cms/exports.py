"""File names of the admin's exports: plain ASCII, so every browser saves them as named.

A `Content-Disposition` with Romanian letters in a bare `filename=` is not valid HTTP (headers
are Latin-1, and browsers give up on it and save "download.csv"). Names are transliterated
(ș→s, ț→t, ă→a, â→a, î→i, as slugs are) and sent through Django's header builder.
"""

from __future__ import annotations

from django.utils.http import content_disposition_header
from django.utils.text import slugify

MAX_NAME_LENGTH = 100


def ascii_file_name(*parts: str) -> str:
    """`parts` joined by hyphens, in lower-case ASCII letters, digits and hyphens only."""
    words = [slugify(str(part)) for part in parts]
    name = "-".join(word for word in words if word)
    return name[:MAX_NAME_LENGTH].strip("-") or "export"


def attachment_header(file_name: str) -> str:
    """The `Content-Disposition` value that downloads `file_name` rather than showing it."""
    return content_disposition_header(as_attachment=True, filename=file_name)
