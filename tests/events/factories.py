"""Builders for event tests: venues, audiences and event pages published like an editor does."""

from __future__ import annotations

import datetime
import itertools

import recurrence

from wagtail.models import Locale

from cms.events.models import Audience, EventPage, Venue

_counter = itertools.count()


def make_venue(name: str = "Qub", *, en_name: str | None = None) -> tuple[Venue, Venue]:
    ro = Venue.objects.create(
        name=name,
        address="Str. Fluierașului 3, Cluj-Napoca",
        latitude="46.770000",
        longitude="23.590000",
        locale=Locale.objects.get(language_code="ro"),
    )
    en = ro.copy_for_translation(Locale.objects.get(language_code="en"))
    en.name = en_name or f"{name} (en)"
    en.save()
    return ro, en


def make_audience(name: str = "Familii", en_name: str = "Families") -> tuple[Audience, Audience]:
    ro = Audience.objects.create(name=name, locale=Locale.objects.get(language_code="ro"))
    en = ro.copy_for_translation(Locale.objects.get(language_code="en"))
    en.name = en_name
    en.save()
    return ro, en


def monthly(**kwargs) -> recurrence.Recurrence:
    return recurrence.Recurrence(rrules=[recurrence.Rule(recurrence.MONTHLY, **kwargs)])


def weekly(**kwargs) -> recurrence.Recurrence:
    return recurrence.Recurrence(rrules=[recurrence.Rule(recurrence.WEEKLY, **kwargs)])


def daily(**kwargs) -> recurrence.Recurrence:
    return recurrence.Recurrence(rrules=[recurrence.Rule(recurrence.DAILY, **kwargs)])


def make_event(
    parent,
    title: str = "Întâlnirea Jivipen",
    *,
    programme: str = "roma_culture",
    publish: bool = True,
    audiences=(),
    **fields,
) -> EventPage:
    """An EventPage under `parent`, saved and (by default) published, which materialises it."""
    fields.setdefault("start_date", datetime.date(2026, 3, 5))
    if not fields.get("all_day"):
        fields.setdefault("start_time", datetime.time(18, 0))
    if not fields.get("recurrence") and not fields.get("all_day"):
        fields.setdefault("end_time", datetime.time(20, 0))
    if fields.get("recurrence"):
        fields.setdefault("duration", datetime.timedelta(hours=2))
    page = EventPage(
        title=title,
        slug=f"event-{next(_counter)}",
        programme=programme,
        locale=parent.locale,
        **fields,
    )
    parent.add_child(instance=page)
    if audiences:
        page.audiences.set(audiences)
    revision = page.save_revision()
    if publish:
        revision.publish()
    return EventPage.objects.get(pk=page.pk)  # fresh: publishing updated another instance


def translate(page: EventPage, *, title: str | None = None, publish: bool = True) -> EventPage:
    """The English copy of a Romanian event page, sharing its translation_key."""
    en = Locale.objects.get(language_code="en")
    copy = page.copy_for_translation(en)
    copy.title = title or f"{page.title} (EN)"
    copy.save()
    revision = copy.save_revision()
    if publish:
        revision.publish()
    return EventPage.objects.get(pk=copy.pk)
