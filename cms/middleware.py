"""Locale middleware with one change: an unknown language prefix is a 404, not a redirect."""

from __future__ import annotations

import re

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation

# Something shaped like a language prefix: /de/, /fr-ca/…
LANGUAGE_PREFIX = re.compile(r"^/([a-zA-Z]{2}(?:-[a-zA-Z]{2,4})?)(?:/|$)")


class SiteLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware redirects a 404 without a language prefix to the visitor's
    language (`/despre/` → `/ro/despre/`), which is kind to old links. For `/de/…` that would
    invent `/ro/de/…`; instead such a URL gets the 404 page in the default language at once."""

    def process_response(self, request, response):
        match = LANGUAGE_PREFIX.match(request.path_info)
        if (
            response.status_code == 404
            and match
            and match.group(1).lower() not in dict(settings.LANGUAGES)
        ):
            from cms.views import page_not_found

            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
            response = page_not_found(request)
            response.headers.setdefault("Content-Language", settings.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)
