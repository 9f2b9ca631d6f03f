"""The view behind `cms.directories.urls`: a file route handed to Wagtail's page serving."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_GET

from wagtail.views import serve


@require_GET
def directory_file(request: HttpRequest, path: str) -> HttpResponse:
    return serve(request, f"{path}/")
