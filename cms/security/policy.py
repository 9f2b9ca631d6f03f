"""Content-Security-Policy and Permissions-Policy on every response (django-csp underneath).

Two policies, both in `site/settings.py`:

* the public pages' (`CONTENT_SECURITY_POLICY`): scripts and styles from the site itself only,
  no inline script, style element or `style=""` attribute. JSON-LD and `json_script` data
  blocks (`<script type="application/ld+json">`, `type="application/json"`) are not scripts
  the browser runs, so the policy does not apply to them and they need no allowance;
* the admin's (`ADMIN_CONTENT_SECURITY_POLICY`, for `/admin/`): Wagtail's admin still writes
  inline scripts and styles (its documentation's CSP section names the inline styles of image
  focal points and embeds), so it allows 'unsafe-inline' there and nothing from elsewhere.

Both allow map tiles from the host of `MAP_TILE_URL` (OpenStreetMap's by default). With
`CSP_REPORT_ONLY` the policy is sent as report-only instead (a first deployment); production
enforces it. Documents served by Wagtail keep Wagtail's own stricter policy (django-csp never
replaces a header a view has set).
"""

from __future__ import annotations

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config

from django.conf import settings

from cms.places.tiles import map_tile_origin

ADMIN_PREFIX = "/admin/"

# Features no page of the site uses: denied to the page and to anything it embeds.
DENIED_FEATURES = (
    "accelerometer",
    "camera",
    "display-capture",
    "geolocation",
    "gyroscope",
    "hid",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "serial",
    "usb",
    "xr-spatial-tracking",
)
PERMISSIONS_POLICY = ", ".join(f"{feature}=()" for feature in DENIED_FEATURES)


class SitePolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with the admin's policy under /admin/, the map tiles' host, and
    the Permissions-Policy header."""

    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only != bool(getattr(settings, "CSP_REPORT_ONLY", False)):
            # The other header (enforced or report-only) stays empty.
            if parts.config is None:
                parts.config = {}
            return parts
        if parts.config is None:
            setting = (
                "ADMIN_CONTENT_SECURITY_POLICY"
                if request.path_info.startswith(ADMIN_PREFIX)
                else "CONTENT_SECURITY_POLICY"
            )
            parts.config = default_config(getattr(settings, setting, {}).get("DIRECTIVES", {}))
        if tile_origin := map_tile_origin():  # '' when maps are switched off
            parts.update = {**(parts.update or {}), "img-src": [tile_origin]}
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
