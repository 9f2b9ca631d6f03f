"""The monthly digest: the reader's programmes only, cancelled dates left out, Cluj wall-clock
times across the change to summer time, both languages, images as renditions with alt text;
the editor's preview, intro and sending."""

from __future__ import annotations

import datetime
import re

import pytest

from django.contrib.auth import get_user_model
from django.core import mail

from cms.events.models import Occurrence, OccurrenceStatus
from cms.newsletter.letters import build_digest_letter
from cms.newsletter.models import Letter, Subscriber
from cms.translations import TIME_ZONE
from tests.events.factories import make_event, translate, weekly

pytestmark = pytest.mark.django_db

MARCH = datetime.date(2026, 3, 1)  # Cluj moves to summer time on Sunday 29 March 2026


@pytest.fixture
def march(homes, time_machine, settings, tmp_path):
    """Mid-February 2026; the schools' Monday workshop every week of March (one cancelled),
    a schools night opening at 00:30 on 1 March and one on 1 April, and the academy's Mondays."""
    settings.MEDIA_ROOT = tmp_path
    time_machine.move_to(datetime.datetime(2026, 2, 16, 10, tzinfo=TIME_ZONE), tick=False)
    home_ro, _home_en = homes
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(title="atelier.png", file=get_test_image_file())
    mondays = make_event(
        home_ro,
        "Atelier de arte vizuale Arta în Joacă",
        programme="schools",
        start_date=datetime.date(2026, 3, 2),
        start_time=datetime.time(18, 0),
        recurrence=weekly(until=datetime.datetime(2026, 4, 7, tzinfo=datetime.UTC)),
        image=image,
        image_alt_text="Copii pictând un panou în curtea școlii",
    )
    english = translate(mondays, title="Arta în Joacă visual arts workshop")
    english.image_alt_text = "Children painting a mural in the schoolyard"
    english.save_revision().publish()
    Occurrence.objects.filter(
        series_id=mondays.translation_key, original_date=datetime.date(2026, 3, 16)
    ).update(status=OccurrenceStatus.CANCELLED)
    make_event(
        home_ro,
        "Noaptea poveștilor la școală",
        programme="schools",
        start_date=datetime.date(2026, 3, 1),
        start_time=datetime.time(0, 30),
        end_time=datetime.time(1, 30),
    )
    make_event(
        home_ro,
        "Noaptea poveștilor de aprilie",
        programme="schools",
        start_date=datetime.date(2026, 4, 1),
        start_time=datetime.time(0, 30),
        end_time=datetime.time(1, 30),
    )
    make_event(
        home_ro,
        "Modul Leadership, Academia Schimbării",
        programme="academy",
        start_date=datetime.date(2026, 3, 2),
        start_time=datetime.time(17, 0),
        recurrence=weekly(until=datetime.datetime(2026, 4, 7, tzinfo=datetime.UTC)),
    )
    return Letter.objects.create(month=MARCH, intro_ro="Martie la centru.", intro_en="March.")


def reader(language: str, programmes) -> Subscriber:
    subscriber = Subscriber.objects.create(
        email=f"{language}.{'-'.join(programmes)}@example.org",
        language=language,
        confirmed_at=datetime.datetime(2026, 1, 5, tzinfo=datetime.UTC),
    )
    subscriber.set_programmes(programmes)
    return subscriber


def test_a_one_programme_reader_gets_only_its_dates_at_cluj_time_across_the_dst_change(march):
    message = build_digest_letter(march, reader("ro", ["schools"]))
    text = message.body
    assert message.subject == "Ce se întâmplă în martie 2026"
    assert "Martie la centru." in text
    workshop = text[text.index("* Atelier de arte vizuale") :].split("\n")[1]
    # Every Monday at 18:00, before and after the change; 16 March was cancelled.
    assert workshop.strip() == (
        "luni 2 martie, 18:00; luni 9 martie, 18:00; luni 23 martie, 18:00; luni 30 martie, 18:00"
    )
    assert "duminică 1 martie, 00:30" in text  # still 28 February in UTC: March in Cluj
    assert "Noaptea poveștilor de aprilie" not in text  # 31 March in UTC: April in Cluj
    assert "Leadership" not in text  # another programme

    [(html, _mimetype)] = message.alternatives
    times = re.findall(r'<time datetime="([^"]+)">', html)
    assert "2026-03-02T18:00:00+02:00" in times
    assert "2026-03-30T18:00:00+03:00" in times  # summer time, same wall clock
    assert not any(t.startswith("2026-03-16") for t in times)
    img = re.search(r"<img [^>]*>", html).group(0)
    assert 'alt="Copii pictând un panou în curtea școlii"' in img
    assert re.search(r'src="http://127\.0\.0\.1:8000/media/images/[^"]+\.fill-560x315', img)
    assert 'width="560"' in img and 'height="315"' in img


def test_an_english_reader_gets_the_english_pages_only(march):
    message = build_digest_letter(march, reader("en", ["schools", "academy"]))
    assert message.subject == "What's on in March 2026"
    assert "Monday 30 March, 18:00" in message.body
    assert "Arta în Joacă visual arts workshop" in message.body
    [(html, _mimetype)] = message.alternatives
    assert 'alt="Children painting a mural in the schoolyard"' in html  # the page's own
    # Pages without an English copy are not sent to an English reader in Romanian.
    assert "Noaptea poveștilor" not in message.body
    assert "Atelier de arte vizuale" not in message.body


def test_open_calls_closing_in_the_month_are_listed(march, homes):
    from tests.opencalls.conftest import make_call

    home_ro, _home_en = homes
    call_ro, _call_en = make_call(home_ro)
    from cms.opencalls.models import OpenCallPage

    closes = datetime.datetime(2026, 3, 20, 23, 59, tzinfo=TIME_ZONE)
    OpenCallPage.objects.filter(translation_key=call_ro.translation_key).update(
        programme="schools", closes_at=closes
    )
    text = build_digest_letter(march, reader("ro", ["schools"])).body
    assert call_ro.title in text
    assert "se închide 20 martie, 23:59" in text
    other = build_digest_letter(march, reader("ro", ["hubs"])).body
    assert call_ro.title not in other


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser("editor", "editor@cccluj.ro", "pw")
    client.force_login(user)
    return user


def test_the_editor_writes_the_intro_previews_both_languages_and_sends(
    client, march, editor, django_capture_on_commit_callbacks
):
    response = client.post(
        f"/admin/newsletter/letters/{march.pk}/",
        {"month": "2026-03", "intro_ro": "Primăvara începe cu ateliere.", "intro_en": "Spring."},
    )
    assert response.status_code == 302
    preview_ro = client.get(f"/admin/newsletter/letters/{march.pk}/preview/ro/")
    assert "Primăvara începe cu ateliere." in preview_ro.content.decode()
    assert "Modul Leadership" in preview_ro.content.decode()  # every programme
    preview_en = client.get(f"/admin/newsletter/letters/{march.pk}/preview/en/")
    assert "What&#x27;s on in March 2026" in preview_en.content.decode()
    assert "Spring." in preview_en.content.decode()

    ro = reader("ro", ["schools"])
    en = reader("en", ["schools"])
    Subscriber.objects.create(email="unconfirmed@example.org", language="ro")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/newsletter/letters/{march.pk}/send/")
    assert response.status_code == 302
    assert sorted(m.to[0] for m in mail.outbox) == sorted([ro.email, en.email])
    by_reader = {m.to[0]: m for m in mail.outbox}
    assert by_reader[ro.email].subject == "Ce se întâmplă în martie 2026"
    assert "Primăvara începe cu ateliere." in by_reader[ro.email].body
    assert by_reader[en.email].subject == "What's on in March 2026"
    for message in mail.outbox:
        assert [mimetype for _html, mimetype in message.alternatives] == ["text/html"]
        assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    march.refresh_from_db()
    assert march.status == "sent"

    # Sent is sent: a second click sends nobody anything.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/newsletter/letters/{march.pk}/send/")
    assert mail.outbox == []


def test_the_latest_news_are_the_readers_programmes_and_the_centres_articles(march, homes):
    from cms.news.models import NewsArticlePage, NewsIndexPage
    from plugins.schools.models import SchoolsSectionPage

    home_ro, _home_en = homes
    centre_news = home_ro.add_child(instance=NewsIndexPage(title="Noutăți", slug="noutati"))
    section = home_ro.add_child(instance=SchoolsSectionPage(title="Arta în Joacă", slug="aij"))
    schools_news = section.add_child(instance=NewsIndexPage(title="Noutăți AIJ", slug="noutati"))

    def article(index, title, date):
        page = NewsArticlePage(title=title, intro=f"{title}.", date=date, locale=index.locale)
        index.add_child(instance=page)
        page.save_revision().publish()

    article(centre_news, "Centrul are un sediu nou", datetime.date(2026, 2, 10))
    article(schools_news, "Zece școli noi în rețea", datetime.date(2026, 2, 12))
    article(schools_news, "Tabăra de vară din 2025", datetime.date(2025, 7, 1))  # too old

    schools_reader = build_digest_letter(march, reader("ro", ["schools"])).body
    news = schools_reader[schools_reader.index("Ultimele noutăți") :]
    assert news.index("Zece școli noi în rețea") < news.index("Centrul are un sediu nou")
    assert "Tabăra de vară din 2025" not in news
    hubs_reader = build_digest_letter(march, reader("ro", ["hubs"])).body
    assert "Centrul are un sediu nou" in hubs_reader
    assert "Zece școli noi în rețea" not in hubs_reader
