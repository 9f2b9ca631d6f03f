"""Occurrences follow the pages: publish, unpublish and delete re-materialise the series.

Every locale's copy triggers it, and `materialise` always reads the schedule of the live page in
the default language (else of any live copy), so publishing the English page after the Romanian
one changes nothing, and unpublishing one copy keeps the series while another copy is live.
"""

from __future__ import annotations

from django.db.models.signals import post_delete

from wagtail.signals import page_published, page_unpublished

from cms.events.materialise import materialise
from cms.events.models import EventPage


def _materialise_event(sender, instance, **kwargs) -> None:
    if isinstance(instance, EventPage):
        materialise(instance.translation_key)


def _materialise_after_delete(sender, instance, **kwargs) -> None:
    # A multi-table delete sends one signal per table; the event table's row is gone by the
    # time its own signal comes, so the page no longer counts as live.
    if sender is EventPage:
        materialise(instance.translation_key)


def connect() -> None:
    page_published.connect(_materialise_event, dispatch_uid="events_materialise_published")
    page_unpublished.connect(_materialise_event, dispatch_uid="events_materialise_unpublished")
    post_delete.connect(_materialise_after_delete, dispatch_uid="events_materialise_deleted")
