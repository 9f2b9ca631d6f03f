"""Translating a call with wagtail-localize: its questions are translated, their names are not.

An editor writes the call in Romanian and submits it for translation. The English copy's form
fields are offered for translation (label, help text, choices, default value) and keep the
Romanian fields' `clean_name`, under which answers are stored: applications in both languages
fill the same columns of the call's list.
"""

from __future__ import annotations

import csv
import datetime
import io

import pytest

from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale

from cms.opencalls.models import Application, OpenCallFormField, OpenCallPage

from .conftest import pdf_file

RO_FIELDS = [
    {
        "label": "Titlul proiectului",
        "help_text": "Așa cum apare în dosar.",
        "field_type": "singleline",
    },
    {"label": "Orașul", "field_type": "singleline"},
    {
        "label": "Domeniul artistic",
        "field_type": "dropdown",
        "choices": "Teatru\nMuzică",
        "default_value": "Teatru",
    },
    {"label": "Scrisoare de intenție", "field_type": "file"},
]

# What the translator types, by Romanian text (page texts included: every segment is needed).
ENGLISH = {
    "Apel pentru artiști": "Call for artists",
    "apel-pentru-artisti": "call-for-artists",
    "Un apel deschis tuturor.": "A call open to all.",
    "Vă mulțumim!": "Thank you!",
    "Titlul proiectului": "Project title",
    "Așa cum apare în dosar.": "As in your file.",
    "Orașul": "City",
    "Domeniul artistic": "Artistic field",
    "Teatru\nMuzică": "Theatre\nMusic",
    "Teatru": "Theatre",
    "Scrisoare de intenție": "Letter of intent",
}


@pytest.fixture
def english():
    return Locale.objects.get(language_code="en")


@pytest.fixture
def ro_call(homes, private_root):
    """A published call written in Romanian only, open for three more days."""
    ro_home, _ = homes
    now = timezone.now()
    call = OpenCallPage(
        title="Apel pentru artiști",
        slug="apel-pentru-artisti",
        intro="Un apel deschis tuturor.",
        opens_at=now - datetime.timedelta(days=1),
        closes_at=now + datetime.timedelta(days=3),
        confirmation_message="Vă mulțumim!",
        allowed_file_kinds=["pdf"],
        max_file_size_mb=2,
    )
    # In the order the editor's form gives them (`sort_order`), as the admin's formset saves it.
    call.form_fields = [
        OpenCallFormField(sort_order=position, **field) for position, field in enumerate(RO_FIELDS)
    ]
    ro_home.add_child(instance=call)
    call.save_revision().publish()
    return call


def submit_for_translation(client, admin_user, page, locale):
    client.force_login(admin_user)
    response = client.post(f"/admin/localize/submit/page/{page.id}/", {"locales": [locale.id]})
    assert response.status_code == 302, response.content.decode()[:2000]


def string_segments(page):
    """(context path, Romanian text) of every string wagtail-localize offers for `page`."""
    from wagtail_localize.models import StringSegment, TranslationSource
    from wagtail_localize.strings import StringValue

    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    return [
        (segment.context.path, StringValue(segment.string.data).render_text())
        for segment in StringSegment.objects.filter(source=source).select_related(
            "context", "string"
        )
    ]


def translate_everything(page, locale, django_capture_on_commit_callbacks):
    """Enter the translator's English for every segment, then update and publish the copy."""
    from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource
    from wagtail_localize.strings import StringValue

    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        text = StringValue(segment.string.data).render_text()
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": StringValue.from_plaintext(ENGLISH[text]).data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    with django_capture_on_commit_callbacks(execute=True):
        source.create_or_update_translation(locale)
    return OpenCallPage.objects.get(translation_key=page.translation_key, locale=locale)


def test_submitting_a_call_offers_its_questions_for_translation(
    client, admin_user, ro_call, english
):
    submit_for_translation(client, admin_user, ro_call, english)

    segments = string_segments(ro_call)
    texts = [text for _path, text in segments]
    for field in RO_FIELDS:
        for attribute in ("label", "help_text", "choices", "default_value"):
            if field.get(attribute):
                assert field[attribute] in texts, attribute
    # Each question is offered under its own key; its name is not offered at all.
    keys = {field.translation_key for field in ro_call.form_fields.all()}
    assert {f"form_fields.{key}.label" for key in keys} <= {path for path, _text in segments}
    assert not any(path.endswith(".clean_name") for path, _text in segments)
    assert not {field.clean_name for field in ro_call.form_fields.all()} & set(texts)

    # The English copy has the same questions (same keys and names), in its own locale.
    en_call = ro_call.get_translation(english).specific
    ro_fields = list(ro_call.form_fields.values_list("translation_key", "clean_name"))
    assert list(en_call.form_fields.values_list("translation_key", "clean_name")) == ro_fields
    assert set(en_call.form_fields.values_list("locale", flat=True)) == {english.pk}

    # The translator's editor opens on the questions.
    response = client.get(f"/admin/pages/{en_call.id}/edit/")
    assert response.status_code == 200
    assert "Domeniul artistic" in response.content.decode()


def test_the_translated_form_asks_in_english_under_the_romanian_names(
    client, admin_user, ro_call, english, django_capture_on_commit_callbacks
):
    submit_for_translation(client, admin_user, ro_call, english)
    en_call = translate_everything(ro_call, english, django_capture_on_commit_callbacks)

    ro_fields = list(ro_call.get_form_fields())
    en_fields = list(en_call.get_form_fields())
    assert [f.label for f in en_fields] == [ENGLISH[field["label"]] for field in RO_FIELDS]
    assert [f.clean_name for f in en_fields] == [f.clean_name for f in ro_fields]
    assert [f.field_type for f in en_fields] == [f.field_type for f in ro_fields]
    assert [f.translation_key for f in en_fields] == [f.translation_key for f in ro_fields]
    assert en_fields[0].help_text == "As in your file."
    assert (en_fields[2].choices, en_fields[2].default_value) == ("Theatre\nMusic", "Theatre")
    # The Romanian questions are untouched.
    assert [f.label for f in ro_fields] == [field["label"] for field in RO_FIELDS]

    # The English visitor reads English questions, including the file upload.
    en_call.refresh_from_db()
    html = client.get(en_call.url).content.decode()
    assert en_call.url.startswith("/en/")
    for english_text in ("Project title", "City", "Artistic field", "Letter of intent"):
        assert english_text in html
    assert "Theatre" in html and "Music" in html
    assert "Titlul proiectului" not in html and "Domeniul artistic" not in html
    assert 'type="file"' in html and f'name="{ro_fields[3].clean_name}"' in html

    # A later sync keeps the English rows (recycled by key) and their Romanian names.
    en_pks = [f.pk for f in en_fields]
    translate_everything(ro_call, english, django_capture_on_commit_callbacks)
    assert [f.pk for f in en_call.get_form_fields()] == en_pks


def test_applications_in_both_languages_fill_the_same_columns(
    client, admin_user, ro_call, english, django_capture_on_commit_callbacks
):
    submit_for_translation(client, admin_user, ro_call, english)
    en_call = translate_everything(ro_call, english, django_capture_on_commit_callbacks)
    title, city, field, letter = (f.clean_name for f in ro_call.get_form_fields())

    client.logout()
    applicants = [
        (ro_call, "Ana Pop", "ana@example.org", "Cluj-Napoca", "Muzică"),
        (en_call, "John Smith", "john@example.org", "London", "Theatre"),
    ]
    with django_capture_on_commit_callbacks(execute=True):
        for page, full_name, address, town, choice in applicants:
            response = client.post(
                page.url,
                {
                    "applicant-name": full_name,
                    "applicant-email": address,
                    "accept-rules": "on",
                    title: f"Proiectul lui {full_name}",
                    city: town,
                    field: choice,
                    letter: pdf_file(),
                },
            )
            assert response.status_code == 303, response.content.decode()[:2000]
    assert sorted(Application.objects.values_list("language", flat=True)) == ["en", "ro"]
    assert set(Application.objects.values_list("applicant_name", "applicant_email")) == {
        ("Ana Pop", "ana@example.org"),
        ("John Smith", "john@example.org"),
    }

    client.force_login(admin_user)
    for page, labels in (
        (ro_call, [f["label"] for f in RO_FIELDS]),
        (en_call, [ENGLISH[f["label"]] for f in RO_FIELDS]),
    ):
        listing = reverse("wagtailforms:list_submissions", args=[page.pk])
        html = client.get(listing).content.decode()
        assert "Ana Pop" in html and "John Smith" in html

        response = client.get(listing, {"export": "csv"})
        rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
        assert len(rows) == 2
        title_column, city_column, field_column = labels[:3]
        assert {row[title_column] for row in rows} == {
            "Proiectul lui Ana Pop",
            "Proiectul lui John Smith",
        }
        assert {row[city_column] for row in rows} == {"Cluj-Napoca", "London"}
        assert {row[field_column] for row in rows} == {"Muzică", "Theatre"}
        assert all(row[labels[3]] for row in rows)  # both letters, as download links


# --- the migration that made form fields translatable --------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_the_migration_gives_each_question_one_key_in_both_languages(private_root):
    """0002 fills `translation_key` and `locale` of fields made before, and of their revisions.

    Romanian and English fields with the same `clean_name` share a key; a question the English
    editor re-created by hand (another name) has its own. A draft saved before the migration
    keeps the keys when it is opened (its revision's copies of the fields were given them).
    """
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    from wagtail.models import Revision

    from cms.testing import make_home_pages

    from .conftest import make_call

    ro_home, _ = make_home_pages()
    ro, en = make_call(ro_home)
    en.form_fields.filter(clean_name="motivation").delete()
    OpenCallFormField.objects.create(
        page=en, label="Why you?", field_type="multiline", sort_order=2, locale=en.locale
    )
    en.save_revision().publish()
    ro.title = "Apel deschis de test (ciornă)"
    ro.save_revision()  # a draft
    keys_before = set(OpenCallFormField.objects.values_list("translation_key", flat=True))

    executor = MigrationExecutor(connection)
    executor.migrate([("opencalls", "0001_initial")])
    try:
        with connection.cursor() as cursor:
            columns = connection.introspection.get_table_description(
                cursor, OpenCallFormField._meta.db_table
            )
        assert "translation_key" not in {column.name for column in columns}
        # Revisions saved before the fields were translatable have no key or locale.
        for revision in Revision.objects.filter(object_id__in=[str(ro.pk), str(en.pk)]):
            for item in revision.content.get("form_fields", []):
                item.pop("translation_key", None)
                item.pop("locale", None)
            revision.save(update_fields=["content"])
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())

    ro_keys = dict(ro.form_fields.values_list("clean_name", "translation_key"))
    en_keys = dict(en.form_fields.values_list("clean_name", "translation_key"))
    assert set(ro.form_fields.values_list("locale", flat=True)) == {ro.locale_id}
    assert set(en.form_fields.values_list("locale", flat=True)) == {en.locale_id}
    shared = {"cv", "portfolio"}
    assert {name: en_keys[name] for name in shared} == {name: ro_keys[name] for name in shared}
    assert en_keys["why_you"] not in ro_keys.values()
    assert ro_keys["motivation"] not in en_keys.values()
    assert not keys_before & {*ro_keys.values(), *en_keys.values()}  # filled by the migration

    # The revisions hold the same keys: opening and publishing the draft keeps them.
    draft = OpenCallPage.objects.get(pk=ro.pk).get_latest_revision_as_object()
    assert draft.title == "Apel deschis de test (ciornă)"
    assert {f.clean_name: f.translation_key for f in draft.form_fields.all()} == ro_keys
    draft.save_revision().publish()
    assert dict(ro.form_fields.values_list("clean_name", "translation_key")) == ro_keys
