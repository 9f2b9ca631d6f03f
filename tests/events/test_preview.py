"""The admin's preview of an event shows the dates it would have (issue 22, item 2).

A page never published has no Occurrence rows; the preview computes its next dates from the
schedule being previewed, in memory, and writes nothing.
"""

from __future__ import annotations

import datetime

import pytest

from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

from cms.events.models import Occurrence
from cms.events.overrides import cancel_occurrence
from tests.events.factories import make_event, weekly

pytestmark = pytest.mark.django_db


def first_day() -> datetime.date:
    # A week ahead: in the future at any hour of the day the tests run.
    return timezone.localdate() + datetime.timedelta(days=7)


def preview_html(page) -> str:
    draft = page.get_latest_revision_as_object()
    response = draft.make_preview_request()
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(
    ("language", "no_dates", "month"),
    [("ro", "Nicio dată viitoare.", "ro"), ("en", "No upcoming dates.", "en")],
)
def test_the_preview_of_a_never_published_series_lists_its_dates_with_times(
    home, home_en, language, no_dates, month
):
    draft = make_event(
        home if language == "ro" else home_en,
        "Seri de povești",
        publish=False,
        start_date=first_day(),
        start_time=datetime.time(18, 30),
        recurrence=weekly(count=4),
        registration_required=True,
        capacity=20,
    )
    assert not Occurrence.objects.exists()

    html = preview_html(draft)

    assert f'<html lang="{language}">' in html
    assert no_dates not in html
    for week in range(4):
        day = first_day() + datetime.timedelta(weeks=week)
        with translation.override(month):
            shown = date_format(day, "j F Y")
        assert f'datetime="{day:%Y-%m-%d}T18:30:00' in html
        assert f"{shown}, 18:30" in html  # the date and start time, in the page's language
    assert f'datetime="{first_day() + datetime.timedelta(weeks=4):%Y-%m-%d}' not in html
    assert not Occurrence.objects.exists()  # a preview writes no dates


def test_the_preview_follows_the_drafts_schedule_and_keeps_a_published_dates_state(home):
    event = make_event(
        home,
        start_date=first_day(),
        start_time=datetime.time(18, 0),
        recurrence=weekly(count=3),
    )
    cancelled = Occurrence.objects.filter(series_id=event.translation_key).order_by("start")[1]
    cancel_occurrence(cancelled)
    event.start_time = datetime.time(19, 0)  # a draft: a later start, not yet published
    event.save_revision()

    html = preview_html(event)

    assert f'datetime="{first_day():%Y-%m-%d}T19:00:00' in html
    assert html.count('class="occurrence--cancelled"') == 1
    stored = Occurrence.objects.filter(series_id=event.translation_key)
    first = stored.order_by("start").first()
    with translation.override("ro"):
        assert reverse("events:occurrence_ics", args=[first.pk]) in html  # its links work
    assert stored.count() == 3  # untouched by the preview
    assert {o.local_start.hour for o in stored} == {18}
