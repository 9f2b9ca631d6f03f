"""The admin speaks Romanian: every view the engine adds and every page editor, with no English.

A Romanian editor logs in and opens the dashboard, each admin URL registered by the engine's and
the plugins' `wagtail_hooks` (discovered, not listed), the snippets the engine registers, the
applications and registrations of a programme, the add and edit views of every page type, and
wagtail-localize's translation editor. While each page renders, every gettext lookup in Romanian
whose msgid has no Romanian translation is recorded (`UntranslatedRecorder`); those whose English
text reaches the page fail the test. The few strings Wagtail and its companions ship no Romanian
for, and that cannot be supplied from a catalogue, are in `ALLOWED`, each with its reason.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path

import pytest

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.urls import URLPattern, URLResolver, reverse
from django.utils import timezone, translation
from django.utils.functional import Promise
from django.utils.translation import trans_real

from wagtail import hooks
from wagtail.models import Locale, Page, get_page_models
from wagtail.snippets.models import get_snippet_models
from wagtail.users.models import UserProfile

from cms.events.models import EventPage, Occurrence, OccurrenceStatus
from cms.events.overrides import cancel_occurrence
from cms.opencalls.models import Application, ApplicationFile, OpenCallPage
from cms.registrations.models import Registration
from cms.teams import demo_username

pytestmark = pytest.mark.django_db

# English msgids allowed on a Romanian admin page. Keep this short: supply the Romanian in
# site/locale_thirdparty/ro/LC_MESSAGES/django.po instead whenever a catalogue can carry it.
ALLOWED: set[str] = set()

# Packages whose `register_admin_urls` hooks are ours: the engine and the programme plugins.
OUR_PACKAGES = ("cms.", "plugins.")

# English that reaches the Romanian admin without passing through gettext: values formatted in
# Python (`strftime`) or text written straight into a template, a model or a widget.
ENGLISH_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
# Searched in the whole response, scripts included: wagtail-localize's editor gets its text as
# JSON ("Tradus manual la 2 December 2026").
LEFTOVERS_ANYWHERE = {
    "an English date (strftime)": re.compile(rf"\b\d{{1,2}} (?:{ENGLISH_MONTHS}) \d{{4}}\b"),
    "django-recurrence's error": re.compile(r"\bmalformed data\b"),
    "a label glued to the next word": re.compile(r"\bPublică în(?=[A-ZȘȚĂÂÎ])"),
}
# Data in wagtail-localize's editor props that its editor never displays (TranslationEditor
# declares `lastPublishedDate` and does not use it): an English date there is no one's reading.
UNSHOWN_DATA = re.compile(r'"lastPublishedDate": "[^"]*"')
# Whole labels a Romanian editor met in English (issue 22), matched against each visible text
# node and spoken attribute; "Date" is the Romanian "Dates" that reads as "data" (information).
ENGLISH_LABELS = {"Actions", "More actions", "Password", "Recurrence", "Locale", "Dates", "Date"}


# --- recording untranslated lookups -------------------------------------------------------------


def _is_translated(translation: trans_real.DjangoTranslation, msgid: str) -> bool:
    catalog = translation._catalog
    if catalog is None:
        return False
    if catalog.get(msgid) is not None:
        return True
    return any(catalog.get((msgid, form)) is not None for form in range(4))


class UntranslatedRecorder:
    """Wraps `DjangoTranslation.gettext`/`ngettext` and keeps the Romanian misses.

    `pgettext` and `npgettext` go through these with "context\\x04msgid"; the context is cut
    off, since the page shows only the msgid.
    """

    def __init__(self) -> None:
        self.msgids: set[str] = set()

    def _record(self, translation, msgid: str, shown: str) -> None:
        if translation.language() == "ro" and not _is_translated(translation, msgid):
            self.msgids.add(shown.split("\x04")[-1])

    @contextmanager
    def recording(self) -> Iterator[UntranslatedRecorder]:
        cls = trans_real.DjangoTranslation
        original_gettext, original_ngettext = cls.gettext, cls.ngettext
        recorder = self

        def gettext(translation, message):
            recorder._record(translation, message, message)
            return original_gettext(translation, message)

        def ngettext(translation, singular, plural, n):
            result = original_ngettext(translation, singular, plural, n)
            if result in (singular, plural):
                recorder._record(translation, singular, result)
            return result

        cls.gettext, cls.ngettext = gettext, ngettext
        try:
            yield self
        finally:
            cls.gettext, cls.ngettext = original_gettext, original_ngettext


PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}")


def _shown_pattern(msgid: str) -> re.Pattern | None:
    """A pattern for `msgid` as rendered: placeholders match anything, whole words only."""
    parts = PLACEHOLDER.split(msgid)
    if not re.search(r"[A-Za-z]{2}", "".join(parts)):
        return None  # punctuation or a bare placeholder: nothing English to see
    body = ".{0,80}?".join(re.escape(part) for part in parts)
    return re.compile(rf"(?<![A-Za-z]){body}(?![A-Za-z])")


def _page_text(response) -> str:
    """The response as a reader meets it: entities and JSON escapes undone."""
    text = html.unescape(_body(response))
    return text.replace("\\u0020", " ").replace('\\"', '"').replace("\\/", "/")


def _body(response) -> str:
    """The decoded body, read once: streamed responses (CSV exports) are cached on the response."""
    if not hasattr(response, "_read_body"):
        raw = b"".join(response.streaming_content) if response.streaming else response.content
        response._read_body = raw.decode()
    return response._read_body


class VisibleText(HTMLParser):
    """Text a person sees or hears: data outside scripts and styles, and labelling attributes."""

    SPOKEN_ATTRIBUTES = {"title", "aria-label", "placeholder", "alt", "aria-description"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "template"):
            self._hidden += 1
        self.parts += [value for name, value in attrs if name in self.SPOKEN_ATTRIBUTES and value]

    def handle_endtag(self, tag):
        if tag in ("script", "style", "template") and self._hidden:
            self._hidden -= 1

    def handle_data(self, data):
        if not self._hidden:
            self.parts.append(data)


def visible_text(response) -> str:
    parser = VisibleText()
    parser.feed(_body(response))
    return " ".join(parser.parts)


def visible_labels(response) -> set[str]:
    parser = VisibleText()
    parser.feed(_body(response))
    return {" ".join(part.split()) for part in parser.parts}


def english_on(response, recorder: UntranslatedRecorder) -> list[str]:
    """The untranslated msgids this response shows, and any known English leftovers."""
    text = _page_text(response)
    found = sorted(
        msgid
        for msgid in recorder.msgids - ALLOWED
        if (pattern := _shown_pattern(msgid)) and pattern.search(text)
    )
    shown = UNSHOWN_DATA.sub("", text)
    found += [
        f"{what}: {match.group(0)!r}"
        for what, pattern in LEFTOVERS_ANYWHERE.items()
        if (match := pattern.search(shown))
    ]
    if response["Content-Type"].startswith("text/html"):
        labels = visible_labels(response) & ENGLISH_LABELS
        found += [f"an English label: {label!r}" for label in sorted(labels)]
    return found


def speaks_romanian(client, url: str) -> list[str]:
    """GET `url` and return what it shows in English ([] if all Romanian).

    Redirects and refusals of GET (a POST-only action answers 405) show nothing to check.
    """
    recorder = UntranslatedRecorder()
    with recorder.recording():
        response = client.get(url)
        if response.status_code == 200 and _is_text(response):
            _body(response)  # a streamed export translates its rows as they are read
    assert response.status_code in (200, 302, 405), f"{url} answered {response.status_code}"
    if response.status_code != 200 or not _is_text(response):
        return []  # a redirect, a refused GET, or a file download
    return [f"{url}: {message}" for message in english_on(response, recorder)]


def _is_text(response) -> bool:
    content_type = response.get("Content-Type", "")
    return content_type.startswith(("text/", "application/json"))


# --- the people and the content -----------------------------------------------------------------


def romanian_admin(user):
    """`user` with Romanian chosen as their admin language, as a Romanian editor would."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ro"
    profile.save()
    return user


@pytest.fixture
def superuser(demo_site):
    user = get_user_model().objects.create_superuser("redactor", "redactor@cccluj.ro", "x")
    return romanian_admin(user)


def a_team_member(programme: str):
    return romanian_admin(get_user_model().objects.get(username=demo_username(programme)))


def ro_locale() -> Locale:
    return Locale.objects.get(language_code="ro")


def an_event_with_dates() -> EventPage:
    occurrence = Occurrence.objects.order_by("start").first()
    return EventPage.objects.get(translation_key=occurrence.series_id, locale=ro_locale())


@pytest.fixture
def personal_data(demo_site):
    """One application with a file on a Romanian call, and one registration on a date."""
    call = OpenCallPage.objects.filter(locale=ro_locale()).first()
    application = Application.objects.create(
        page=call,
        call_key=call.translation_key,
        programme=call.programme,
        language="ro",
        reference="L-1",
        form_data={"email": "ana.pop@example.org"},
    )
    stored = ApplicationFile.objects.create(
        application=application,
        field_name="cv",
        original_name="cv.pdf",
        stored_name="lang-1.pdf",
        kind="pdf",
        content_type="application/pdf",
        size=10,
    )
    event = an_event_with_dates()
    occurrences = Occurrence.objects.filter(series_id=event.translation_key).order_by("start")
    registration = Registration.objects.create(
        occurrence=occurrences[0],
        programme=occurrences[0].programme,
        status="confirmed",
        name="Ana Pop",
        email="ana.pop@example.org",
        language="ro",
        consent_at=timezone.now(),
    )
    from cms.newsletter.models import Letter

    letter = Letter.objects.create(
        month=timezone.localdate().replace(day=1), intro_ro="Luna aceasta", intro_en="This month"
    )
    return {
        "call": call,
        "application": application,
        "file": stored,
        "event": event,
        "occurrence": occurrences[0],
        "registration": registration,
        "letter": letter,
    }


# --- discovering the engine's admin URLs --------------------------------------------------------


def _patterns(entries, prefix: str = "", namespace: str | None = None):
    """(namespace, name, route) of every named pattern under `entries`, routes joined."""
    for entry in entries:
        if isinstance(entry, URLResolver):
            yield from _patterns(
                entry.url_patterns, prefix + str(entry.pattern), entry.namespace or namespace
            )
        elif isinstance(entry, URLPattern) and entry.name:
            yield namespace, entry.name, prefix + str(entry.pattern)


def engine_admin_urls() -> list[tuple[str | None, str, str]]:
    """Every named admin URL that a `register_admin_urls` hook of the engine or a plugin adds."""
    found = []
    for hook in hooks.get_hooks("register_admin_urls"):
        if hook.__module__.startswith(OUR_PACKAGES):
            found += list(_patterns(hook()))
    return found


def url_arguments(data: dict) -> dict[str, int | str]:
    """A value for each URL parameter the engine's admin views take, from `personal_data`.

    A new view with a new parameter name fails `test_every_admin_page_the_engine_adds...` with
    the name to add here, so no view the engine adds goes unrendered.
    """
    source = data["call"]
    return {
        "page_id": data["event"].pk,
        "pk": data["occurrence"].pk,
        "occurrence_id": data["occurrence"].pk,
        "registration_id": data["registration"].pk,
        "translation_source_id": _translation_source_id(source),
        "letter_id": data["letter"].pk,
        "language": "ro",  # a letter's preview in the admin's language
    }


def _translation_source_id(page) -> int:
    from wagtail_localize.models import TranslationSource

    source, _created = TranslationSource.get_or_create_from_instance(page)
    return source.pk


# Where a parameter means another object than `url_arguments` gives (same name, other model).
ARGUMENTS_BY_URL = {
    ("opencalls_admin", "review"): lambda data: {"pk": data["application"].pk},
    ("opencalls_admin", "download_file"): lambda data: {"pk": data["file"].pk},
    ("opencalls_admin", "score"): lambda data: {"pk": data["application"].pk},
    ("opencalls_admin", "jury"): lambda data: {"page_id": data["call"].pk},
    ("opencalls_admin", "jury_ranking"): lambda data: {"page_id": data["call"].pk},
    (None, "cms_guarded_submit_page_translation"): lambda data: {"page_id": _new_ro_page().pk},
}


def _new_ro_page() -> Page:
    """A Romanian page not yet translated, so "submit for translation" has a language to offer."""
    from cms.models import ContentPage

    parent = ContentPage.objects.filter(locale=ro_locale()).first().get_parent()
    page = ContentPage(title="Pagină nouă", slug="pagina-noua-limba", locale=ro_locale())
    parent.add_child(instance=page)
    return page


def admin_url(namespace: str | None, name: str, route: str, data: dict) -> str:
    params = re.findall(r"<(?:\w+:)?(\w+)>", route)
    if (namespace, name) in ARGUMENTS_BY_URL:
        arguments = ARGUMENTS_BY_URL[(namespace, name)](data)
    else:
        known = url_arguments(data)
        missing = [param for param in params if param not in known]
        assert not missing, f"{namespace}:{name} takes {missing}: add them to url_arguments()"
        arguments = {param: known[param] for param in params}
    return reverse(f"{namespace}:{name}" if namespace else name, kwargs=arguments)


# --- the tests ----------------------------------------------------------------------------------


def test_the_recorder_catches_an_untranslated_msgid_on_the_page(rf):
    """The detector itself: an English msgid rendered in Romanian is found, a translated one not."""
    from django.http import HttpResponse
    from django.utils import translation

    recorder = UntranslatedRecorder()
    with translation.override("ro"), recorder.recording():
        shown = translation.gettext("A sentence no catalogue translates")
        translated = translation.gettext("Save")
        plural = translation.ngettext("%(n)s zebra left", "%(n)s zebras left", 3) % {"n": 3}
    response = HttpResponse(f"<p>{shown}</p><p>{translated}</p><p>{plural}</p>")
    assert english_on(response, recorder) == [
        "%(n)s zebras left",
        "A sentence no catalogue translates",
    ]


def test_the_dashboard_speaks_romanian_to_a_superuser_and_a_team_member(client, superuser):
    english = []
    for user in (superuser, a_team_member("roma_culture")):
        client.force_login(user)
        english += speaks_romanian(client, reverse("wagtailadmin_home"))
    assert not english, "\n".join(english)


def test_every_admin_page_the_engine_adds_speaks_romanian(client, superuser, personal_data):
    urls = [admin_url(*found, personal_data) for found in engine_admin_urls()]
    assert reverse("events_admin:occurrences", args=[personal_data["event"].pk]) in urls
    # The repeat editor's live summary says the controls it is sent (its refusals are Romanian
    # too: tests/events/test_repeat_editor.py).
    summary = reverse("events_admin:repeat_summary")
    urls[urls.index(summary)] = f"{summary}?recurrence-freq=DAILY&recurrence-interval=2"
    # Where the engine shows lists as exports too, the export is read in Romanian as well.
    detail = reverse("registrations_admin:detail", args=[personal_data["occurrence"].pk])
    urls += [f"{detail}?export=csv"]
    client.force_login(superuser)
    english = [message for url in urls for message in speaks_romanian(client, url)]
    assert not english, "\n".join(english)


def test_a_team_member_reads_the_registrations_and_applications_in_romanian(client, personal_data):
    call = personal_data["call"]
    client.force_login(a_team_member(call.programme))
    urls = [
        reverse("registrations_admin:index"),
        reverse("registrations_admin:detail", args=[personal_data["occurrence"].pk]),
        reverse("wagtailforms:index"),
        reverse("wagtailforms:list_submissions", args=[call.pk]),
        reverse("wagtailforms:list_submissions", args=[call.pk]) + "?export=csv",
        reverse("opencalls_admin:review", args=[personal_data["application"].pk]),
    ]
    english = [message for url in urls for message in speaks_romanian(client, url)]
    assert not english, "\n".join(english)


def engine_snippet_models():
    return [
        model
        for model in get_snippet_models()
        if type(model.snippet_viewset).__module__.startswith(OUR_PACKAGES)
    ]


def test_every_snippet_the_engine_registers_lists_adds_and_edits_in_romanian(client, superuser):
    assert engine_snippet_models(), "the engine registers its venues and audiences as snippets"
    client.force_login(superuser)
    english = []
    for model in engine_snippet_models():
        viewset = model.snippet_viewset
        instance = model.objects.filter(locale=ro_locale()).first()
        assert instance is not None, f"the demo has no Romanian {model._meta.label}"
        for url in (
            reverse(viewset.get_url_name("list")),
            reverse(viewset.get_url_name("add")),
            reverse(viewset.get_url_name("edit"), args=[instance.pk]),
        ):
            english += speaks_romanian(client, url)
    assert not english, "\n".join(english)


def page_types() -> list[type[Page]]:
    return [model for model in get_page_models() if model is not Page]


def a_parent_for(model: type[Page]) -> Page | None:
    """A page of the demo (the root, or a Romanian one) under which `model` may be added now.

    None for a type that may exist once per parent and already does (a programme's section).
    """
    for parent in Page.objects.filter(depth__lte=4).order_by("path").specific():
        if parent.depth > 1 and parent.locale_id != ro_locale().pk:
            continue
        if model.can_create_at(parent):
            return parent
    return None


def untranslated_labels(form_class) -> list[str]:
    """Fields labelled from their Python name, in English (e.g. "Recurrence").

    Django derives a label from the field's name when its model field has no translatable
    verbose_name; such a label never passes through gettext, so the recorder cannot see it.
    """
    return [
        f"{name}: {field.label!r}"
        for name, field in form_class.base_fields.items()
        if not isinstance(field.label, Promise)
        and str(field.label).lower() == name.replace("_", " ").lower()
        and re.search("[a-z]", name)
    ]


@pytest.mark.parametrize("model", page_types(), ids=lambda model: model._meta.label)
def test_the_page_editor_of_every_page_type_speaks_romanian(client, superuser, model):
    client.force_login(superuser)
    urls = []
    exactly_this_type = ContentType.objects.get_for_model(model)
    existing = model.objects.filter(locale=ro_locale(), content_type=exactly_this_type).first()
    creatable = model.is_creatable and model.allowed_parent_page_models()
    if creatable and (parent := a_parent_for(model)):
        meta = model._meta
        urls.append(
            reverse("wagtailadmin_pages:add", args=[meta.app_label, meta.model_name, parent.pk])
        )
    if existing is not None:
        urls.append(reverse("wagtailadmin_pages:edit", args=[existing.pk]))
    if not urls:
        pytest.skip(f"{model._meta.label}: none in the demo, and none may be added")
    english = [message for url in urls for message in speaks_romanian(client, url)]
    english += untranslated_labels(model.get_edit_handler().get_form_class())
    assert not english, "\n".join(english)


def test_the_event_editor_does_not_show_a_duration_as_python_prints_it(client, superuser):
    client.force_login(superuser)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[an_event_with_dates().pk]))
    assert response.status_code == 200
    assert not re.search(r"\b\d+ days?, \d+:\d\d:\d\d\b", visible_text(response))


@pytest.fixture
def english_translation(demo_site):
    """An English event kept in step by wagtail-localize, with one string translated by hand."""
    from wagtail_localize.models import (
        StringSegment,
        StringTranslation,
        Translation,
        TranslationSource,
    )

    ro_event = an_event_with_dates()
    en = Locale.objects.get(language_code="en")
    source, _created = TranslationSource.get_or_create_from_instance(ro_event)
    translation = Translation.objects.create(source=source, target_locale=en)
    segment = StringSegment.objects.filter(source=source).select_related("string").first()
    StringTranslation.objects.create(
        translation_of=segment.string,
        locale=en,
        context=segment.context,
        data="An English title",
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
    )
    translation.save_target(publish=False)
    return ro_event.get_translation(en)


def test_the_translation_editor_of_an_english_page_speaks_romanian(
    client, superuser, english_translation
):
    client.force_login(superuser)
    url = reverse("wagtailadmin_pages:edit", args=[english_translation.pk])
    english = speaks_romanian(client, url)
    assert not english, "\n".join(english)
    # The hand-made translation's note is on the page, so its date was checked above too.
    assert "Tradus manual la" in _page_text(client.get(url))


def test_a_dates_status_agrees_with_the_feminine_date(client, superuser, personal_data):
    """ "data este anulată / programată": the status labels of a date are feminine."""
    cancelled, scheduled = Occurrence.objects.filter(
        series_id=personal_data["event"].translation_key, status=OccurrenceStatus.SCHEDULED
    ).order_by("start")[1:3]
    cancel_occurrence(cancelled)
    client.force_login(superuser)
    response = client.get(reverse("events_admin:occurrences", args=[personal_data["event"].pk]))
    statuses = re.findall(r"<td>\s*(anulat\w*|programat\w*)", _body(response))
    assert "anulată" in statuses and "programată" in statuses, statuses
    assert not {"anulat", "programat"} & set(statuses)


def test_a_cancelled_registration_reads_feminine_in_romanian():
    """ "înscriere anulată": not the events' "anulat", which shared the msgid "cancelled"."""
    with translation.override("ro"):
        assert str(Registration(status="cancelled").get_status_display()) == "anulată"
        assert str(Occurrence(status="moved").get_status_display()) == "mutată"


# --- JavaScript catalogues ----------------------------------------------------------------------


def javascript_catalogue(app_label: str) -> dict:
    """The Romanian djangojs catalogue of an app, as Django's JavaScriptCatalog serves it."""
    from django.apps import apps

    locale_dir = str(Path(apps.get_app_config(app_label).path) / "locale")
    return trans_real.DjangoTranslation("ro", domain="djangojs", localedirs=[locale_dir])._catalog


def english_msgids(app_label: str, domain: str) -> list[str]:
    """The msgids an app ships, read from its English catalogue (every app here ships one)."""
    from babel.messages.pofile import read_po

    from django.apps import apps

    po_path = Path(apps.get_app_config(app_label).path) / "locale/en/LC_MESSAGES" / f"{domain}.po"
    with po_path.open("rb") as po_file:
        return [
            message.id if isinstance(message.id, str) else message.id[0]
            for message in read_po(po_file)
            if message.id and not message.context
        ]


@pytest.mark.parametrize(
    ("app_label", "domain"),
    [
        ("wagtail_localize", "djangojs"),
        ("wagtail_localize", "django"),
        ("wagtailadmin", "djangojs"),
        ("wagtailadmin", "django"),
        ("wagtailsnippets", "django"),
    ],
)
def test_romanian_keeps_the_space_that_joins_a_label_to_a_name(app_label, domain):
    """ "Publish in " + "English": a msgid ending in a space is glued to what follows it."""
    catalog = (
        trans_real.translation("ro")._catalog
        if domain == "django"
        else javascript_catalogue(app_label)
    )
    glued = []
    for msgid in english_msgids(app_label, domain):
        romanian = catalog.get(msgid)
        if not isinstance(romanian, str) or not romanian:
            continue
        if msgid[-1].isspace() and not romanian[-1].isspace():
            glued.append(f"{msgid!r} → {romanian!r}")
        if msgid[0].isspace() and not romanian[0].isspace():
            glued.append(f"{msgid!r} → {romanian!r}")
    assert not glued, "\n".join(glued)
