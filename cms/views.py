"""Non-page views of the site: language redirect, health check, robots.txt, search, errors."""

from __future__ import annotations

import re

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language_from_request
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from cms.search.views import search_context
from cms.site_urls import absolute_url


@require_GET
def language_redirect(request: HttpRequest) -> HttpResponse:
    """`/` sends the visitor to their language's home page (302, so it can change later)."""
    language = get_language_from_request(request, check_path=False)
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    response = HttpResponseRedirect(f"/{language}/")
    response["Vary"] = "Accept-Language, Cookie"
    return response


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """For load balancers: 200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        f"Sitemap: {absolute_url(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


# A programme's colour comes from its plugin: only a plain hex colour reaches the stylesheet.
CSS_COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}")
CSS_CLASS_WORD = re.compile(r"[a-z0-9_-]+")


@require_GET
def programme_colours(request: HttpRequest) -> HttpResponse:
    """`/programme-colours.css`: one class per enabled programme setting `--programme-colour`.

    The colours belong to the plugins, so they cannot live in the static stylesheet; inline
    `style=""` attributes would need 'unsafe-inline' in the Content-Security-Policy. Templates
    write `class="programme-colour--{{ slug }}"` instead.
    """
    from cms.plugin_manager import enabled_programmes

    rules = [
        f".programme-colour--{p.slug} {{ --programme-colour: {p.info.colour}; }}"
        for p in enabled_programmes()
        if CSS_CLASS_WORD.fullmatch(p.slug) and CSS_COLOUR.fullmatch(p.info.colour or "")
    ]
    response = HttpResponse("\n".join(rules) + "\n", content_type="text/css; charset=utf-8")
    response["Cache-Control"] = "public, max-age=3600"
    return response


@require_GET
def search(request: HttpRequest) -> HttpResponse:
    """Search the live public pages of the current language (see `cms.search`).

    An unknown programme or type filter answers 400 with the form and its message; every
    other input, however odd, answers 200 with results or a hint.
    """
    context, status = search_context(request)
    return render(request, "cms/search.html", context, status=status)


def bad_request(request: HttpRequest, exception=None) -> HttpResponse:
    """A request Django refuses before any view sees it (too many files or fields in a form)."""
    return render(request, "400.html", {"error_page": True}, status=400)


def page_not_found(request: HttpRequest, exception=None) -> HttpResponse:
    return render(request, "404.html", {"error_page": True}, status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    # No context processors that touch the database: the database may be why we are here.
    from django.template import loader

    try:
        body = loader.get_template("500.html").render({"request": request})
    except Exception:  # noqa: BLE001 - e.g. a missing static manifest: the error page must not fail too
        body = "<!DOCTYPE html><title>500</title><h1>Eroare / Server error</h1>"
    return HttpResponse(body, status=500)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form sent without its security token (an old tab, cookies off): say so, in language."""
    return render(request, "403_csrf.html", {"error_page": True}, status=403)
