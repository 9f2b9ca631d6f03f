"""Every call asks the applicant's name, email and acceptance of the rules itself (issue 22, 3).

A call whose editor added only their own questions still takes applications that can be
answered; calls made before, which asked name and email as questions, do not ask twice.
"""

from __future__ import annotations

import pytest

from cms.opencalls.models import Application, OpenCallFormField, OpenCallPage

from .conftest import make_call

OWN_QUESTIONS_ONLY = [{"label": "Motivation", "field_type": "multiline", "required": True}]

ENGINE_FIELDS_TEXT = {
    "en": ("Full name", "Email address", "I have read the rules of this call and I accept them."),
    "ro": (
        "Nume și prenume",
        "Adresa de e-mail",
        "Am citit regulamentul acestui apel și îl accept.",
    ),
}
MISSING = {
    "en": {
        "applicant-name": "Enter your full name.",
        "applicant-email": "Enter your email address.",
        "accept-rules": "To apply, accept the rules of the call.",
    },
    "ro": {
        "applicant-name": "Introduceți numele și prenumele.",
        "applicant-email": "Introduceți adresa de e-mail.",
        "accept-rules": "Pentru a candida, acceptați regulamentul apelului.",
    },
}


@pytest.fixture
def own_questions_call(homes, private_root):
    ro, en = make_call(homes[0], fields=OWN_QUESTIONS_ONLY, slug="apel-fara-intrebari")
    return {"ro": ro, "en": en}


@pytest.mark.parametrize("language", ["ro", "en"])
def test_a_call_with_only_its_own_questions_asks_name_email_and_the_rules_first(
    client, own_questions_call, language
):
    html = client.get(own_questions_call[language].url).content.decode()
    name, email, rules = ENGINE_FIELDS_TEXT[language]
    assert name in html and email in html and rules in html
    assert 'autocomplete="name"' in html and 'autocomplete="email"' in html
    # Name and email before the editor's question, the rules' acceptance after it.
    positions = [
        html.index('name="applicant-name"'),
        html.index('name="applicant-email"'),
        html.index('name="motivation"'),
        html.index('name="accept-rules"'),
    ]
    assert positions == sorted(positions)


@pytest.mark.parametrize("language", ["ro", "en"])
def test_an_application_without_name_email_or_rules_is_refused_with_a_message_by_each_field(
    client, own_questions_call, language
):
    response = client.post(own_questions_call[language].url, {"motivation": "Vreau să particip."})
    assert response.status_code == 400
    html = response.content.decode()
    for field, message in MISSING[language].items():
        assert f'id="id_{field}_error"' in html
        assert message in html.split(f'id="id_{field}_error"')[1].split("</p>")[0]
        assert f'href="#id_{field}"' in html  # the error summary links to the field
    assert Application.objects.count() == 0


@pytest.mark.parametrize(
    ("language", "subject"),
    [("ro", "Candidatura dumneavoastră"), ("en", "Your application")],
)
def test_the_confirmation_reaches_the_email_given_in_the_engine_field(
    client, own_questions_call, mailoutbox, django_capture_on_commit_callbacks, language, subject
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            own_questions_call[language].url,
            {
                "applicant-name": "Maria Lăcătuș",
                "applicant-email": "maria@example.org",
                "accept-rules": "on",
                "motivation": "Vreau să particip.",
            },
        )
    assert response.status_code == 303
    application = Application.objects.get()
    assert (application.applicant_name, application.applicant_email) == (
        "Maria Lăcătuș",
        "maria@example.org",
    )
    assert application.rules_accepted_at is not None
    assert application.form_data == {"motivation": "Vreau să particip."}
    [email] = mailoutbox
    assert email.to == ["maria@example.org"]
    assert email.subject.startswith(subject)


def test_the_review_shows_the_applicants_name_and_email(
    client, own_questions_call, admin_user, django_capture_on_commit_callbacks
):
    from django.urls import reverse

    client.post(
        own_questions_call["ro"].url,
        {
            "applicant-name": "Maria Lăcătuș",
            "applicant-email": "maria@example.org",
            "accept-rules": "on",
            "motivation": "Vreau să particip.",
        },
    )
    client.force_login(admin_user)
    application = Application.objects.get()
    html = client.get(reverse("opencalls_admin:review", args=[application.pk])).content.decode()
    assert "Maria Lăcătuș" in html and 'href="mailto:maria@example.org"' in html
    listing = reverse("wagtailforms:list_submissions", args=[own_questions_call["ro"].pk])
    html = client.get(listing).content.decode()
    assert "Maria Lăcătuș" in html and "maria@example.org" in html


# --- calls made before: their name and email questions become the engine's fields ---------------

OLD_STYLE_FIELDS = [
    {"label": "Full name", "field_type": "singleline", "required": True},
    {"label": "Email", "field_type": "email", "required": True},
    {"label": "Motivation", "field_type": "multiline", "required": True},
    {"label": "CV", "field_type": "file", "required": True},
    {"label": "Accept rules", "field_type": "checkbox", "required": True},
]


@pytest.mark.django_db(transaction=True)
def test_the_migration_moves_old_name_and_email_questions_into_the_engine_fields(private_root):
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor
    from django.utils import timezone

    from wagtail.models import Revision

    from cms.testing import make_home_pages

    ro_home, _ = make_home_pages()
    ro, en = make_call(ro_home, fields=OLD_STYLE_FIELDS)
    ro.title = "Apel deschis de test (ciornă)"
    ro.save_revision()  # a draft that still holds the old questions
    executor = MigrationExecutor(connection)
    executor.migrate([("opencalls", "0003_form_fields_translation_key_and_locale_required")])
    try:
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO opencalls_application (form_data, submit_time, page_id, call_key,"
                " programme, language, reference, status, reviewer_notes, applicant_email)"
                " VALUES (%s, %s, %s, %s, '', 'en', 'CC-2026-0001', 'received', '', %s)",
                [
                    '{"full_name": "John Smith", "email": "john@example.org",'
                    ' "motivation": "Why not.", "cv": "cv.pdf", "accept_rules": true}',
                    timezone.now(),
                    en.pk,
                    ro.translation_key.hex,
                    "john@example.org",
                ],
            )
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())

    application = Application.objects.get()
    assert application.applicant_name == "John Smith"
    assert application.applicant_email == "john@example.org"
    assert application.rules_accepted_at == application.submit_time
    assert application.form_data == {"motivation": "Why not.", "cv": "cv.pdf"}
    for page in (ro, en):
        names = list(
            OpenCallFormField.objects.filter(page=page).values_list("clean_name", flat=True)
        )
        assert names == ["motivation", "cv"]
    # Publishing the old draft does not bring the questions back.
    for revision in Revision.objects.filter(object_id__in=[str(ro.pk), str(en.pk)]):
        clean_names = [f["clean_name"] for f in revision.content["form_fields"]]
        assert clean_names == ["motivation", "cv"]
    draft = OpenCallPage.objects.get(pk=ro.pk).get_latest_revision_as_object()
    assert draft.title == "Apel deschis de test (ciornă)"
    assert [f.clean_name for f in draft.form_fields.all()] == ["motivation", "cv"]
