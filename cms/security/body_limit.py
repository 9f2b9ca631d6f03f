"""Request bodies are bounded before anything reads them.

Two refusals run before Django parses a POST (CsrfViewMiddleware reads `request.POST` to find
its token, so anything after it comes too late):

* `RequestBodyLimitMiddleware` refuses a request whose `Content-Length` is larger than the
  largest legal upload (the biggest application any call accepts, or an admin image or
  document, plus the form's text fields) with a 413 page in the visitor's language. The proxy
  in front (nginx `client_max_body_size`, see the README) should refuse the same earlier.
* `PublicPostRateLimitMiddleware` refuses a POST from a client already over a public form's
  rate (429) without reading its body. The forms' own checks still count each POST and answer
  the first refused one with the form's own page (showing the answers back); the ones after
  that are refused here, unread.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

# Wagtail's own default for WAGTAILIMAGES_MAX_UPLOAD_SIZE.
WAGTAIL_IMAGE_DEFAULT_MAX_BYTES = 10 * 1024 * 1024


def largest_legal_body() -> int:
    """The largest body a legitimate request can have, in bytes.

    `REQUEST_BODY_MAX_BYTES` (environment) overrides it; otherwise it is the largest upload the
    site accepts — an application's files together (`cms.opencalls.uploads`), an admin
    document or image — plus `DATA_UPLOAD_MAX_MEMORY_SIZE` for a form's text fields.
    """
    explicit = getattr(settings, "REQUEST_BODY_MAX_BYTES", None)
    if explicit:
        return int(explicit)
    from cms.opencalls.uploads import MAX_TOTAL_UPLOAD_BYTES

    largest_upload = max(
        MAX_TOTAL_UPLOAD_BYTES,
        getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", None) or 0,
        getattr(settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", WAGTAIL_IMAGE_DEFAULT_MAX_BYTES) or 0,
    )
    return largest_upload + (settings.DATA_UPLOAD_MAX_MEMORY_SIZE or 0)


def declared_length(request: HttpRequest) -> int | None:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return None


class RequestBodyLimitMiddleware:
    """413 for a body larger than any legal upload, 400 for an unreadable Content-Length."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.limit = largest_legal_body()

    def __call__(self, request: HttpRequest) -> HttpResponse:
        length = declared_length(request)
        if length is None:
            from cms.views import bad_request

            return bad_request(request)
        if length > self.limit:
            return render(
                request,
                "cms/security/request_too_large.html",
                {"limit_mb": self.limit // (1024 * 1024)},
                status=413,
            )
        return self.get_response(request)


def limited(rate_limit):
    """Mark a view whose POSTs count against `rate_limit` (a `cms.public_forms.RateLimit`), so
    a client already over it is refused before its body is read."""

    def mark(view):
        view.public_post_limit = rate_limit
        return view

    return mark


def page_post_limits() -> list:
    """The rate limits of forms served as Wagtail pages (an open call's application form)."""
    from cms.opencalls.applying import APPLICATION_LIMIT

    return [APPLICATION_LIMIT]


class PublicPostRateLimitMiddleware:
    """Before CSRF parses a POST: refuse it if its client is already over the form's rate."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST":
            return None
        from wagtail.views import serve

        own = getattr(view_func, "public_post_limit", None)
        limits = [own] if own is not None else page_post_limits() if view_func is serve else []
        if any(limit.already_exceeded_by(request) for limit in limits):
            response = render(request, "cms/security/too_many_posts.html", status=429)
            response["Retry-After"] = "3600"
            return response
        return None
