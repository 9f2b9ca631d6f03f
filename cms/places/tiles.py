"""Where map tiles come from: `settings.MAP_TILE_URL` and `settings.MAP_TILE_ATTRIBUTION`.

OpenStreetMap's tiles by default, with the attribution their tile usage policy asks for. An
empty `MAP_TILE_URL` switches maps off: pages show the list of places only (no script loads).
The Content-Security-Policy allows images from the host of this URL (`map_tile_origin`).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings

DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
DEFAULT_TILE_ATTRIBUTION = (
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
)


def map_tile_url() -> str:
    return getattr(settings, "MAP_TILE_URL", DEFAULT_TILE_URL) or ""


def map_tile_attribution() -> str:
    """HTML from the site's settings (trusted, never from a visitor)."""
    return getattr(settings, "MAP_TILE_ATTRIBUTION", DEFAULT_TILE_ATTRIBUTION) or ""


def map_tile_origin() -> str:
    """`https://tile.openstreetmap.org` (for a CSP's img-src), or '' when maps are off.

    A `{s}` subdomain placeholder becomes `*` (`https://*.tile.example.org`).
    """
    url = map_tile_url()
    if not url:
        return ""
    parts = urlsplit(url.replace("{s}", "*"))
    return f"{parts.scheme}://{parts.netloc}"
