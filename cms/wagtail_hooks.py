"""Wagtail admin and serving hooks of the engine."""

from django.http import Http404

from wagtail import hooks
from wagtail.models import Page


@hooks.register("before_serve_page")
def refuse_pages_of_disabled_programmes(page, request, serve_args, serve_kwargs):
    # A page whose model is no longer installed comes back as a bare `Page` from `.specific`.
    # Serving it would show an empty shell; a 404 is honest, and `check` names such pages.
    if type(page) is Page and page.depth > 1:
        raise Http404("This page belongs to a programme that is not enabled.")
