"""The demo's open calls: one per programme in both languages, and a full flow per call type."""

from __future__ import annotations

import pytest

from django.contrib.contenttypes.models import ContentType

from wagtail.models import Locale

from cms.opencalls.models import Application, CallStatus, OpenCallPage
from cms.plugin_manager import enabled_programmes

from .conftest import pdf_file

# The mark makes pytest-django build the test database before the module's demo site.
pytestmark = pytest.mark.django_db

PROGRAMMES = [programme.slug for programme in enabled_programmes()]


def answers_for(call: OpenCallPage) -> dict:
    """Valid answers to whatever the call asks, a PDF for every file field."""
    form_class = call.get_form_class()
    answers = {
        "applicant-name": "Ana Pop (demo)",
        "applicant-email": "demo.applicant@example.org",
        "accept-rules": "on",
    }
    for field in call.get_form_fields():
        name = field.clean_name
        match field.field_type:
            case "file":
                answers[name] = pdf_file(f"{name}.pdf")
            case "email":
                answers[name] = "demo.applicant@example.org"
            case "number":
                answers[name] = "3"
            case "checkbox":
                answers[name] = "on"
            case "dropdown" | "radio":
                answers[name] = form_class.base_fields[name].choices[0][0]
            case _:
                answers[name] = "Răspuns de probă"
    return answers


def calls_of(programme: str):
    return OpenCallPage.objects.live().filter(programme=programme).select_related("locale")


def call_types() -> list[type[OpenCallPage]]:
    """Every page type that plugins derive from the engine's call page."""
    return list(_subclasses(OpenCallPage))


def _subclasses(model):
    for subclass in model.__subclasses__():
        yield subclass
        yield from _subclasses(subclass)


def test_the_demo_has_an_open_call_per_programme_in_both_languages_and_one_closed(demo_site):
    statuses = set()
    for programme in PROGRAMMES:
        calls = list(calls_of(programme))
        by_key: dict = {}
        for call in calls:
            by_key.setdefault(call.translation_key, set()).add(call.locale.language_code)
            statuses.add(call.specific.status)
        assert by_key, f"{programme} has no demo call"
        assert all(languages == {"ro", "en"} for languages in by_key.values()), programme
        assert any(call.specific.status is CallStatus.OPEN for call in calls), programme
        assert any(f.field_type == "file" for c in calls for f in c.specific.get_form_fields())
    assert CallStatus.CLOSED in statuses
    assert CallStatus.UPCOMING in statuses  # every state a visitor can meet


def test_the_upcoming_demo_call_says_when_it_opens_and_takes_no_application(client, demo_site):
    html = client.get("/en/change-academy/call-for-experts/").content.decode()
    assert "Opening soon" in html and "· opens in " in html
    assert 'name="expertise"' not in html  # no form before it opens
    response = client.post("/en/change-academy/call-for-experts/", {"applicant-name": "Ana"})
    assert response.status_code == 403


@pytest.mark.parametrize("model", call_types(), ids=lambda model: model.__name__)
def test_a_full_application_flow_for_each_call_type(
    client, demo_site, private_root, model, mailoutbox, django_capture_on_commit_callbacks
):
    content_type = ContentType.objects.get_for_model(model)
    calls = [
        call.specific
        for call in OpenCallPage.objects.live().filter(content_type=content_type)
        if call.specific.status is CallStatus.OPEN
    ]
    assert calls, f"the demo has no open {model.__name__}"
    ro = next(call for call in calls if call.locale.language_code == "ro")
    en = ro.get_translation(Locale.objects.get(language_code="en")).specific

    # The public sees the open call with its form in both languages.
    for page in (ro, en):
        html = client.get(page.url).content.decode()
        assert 'enctype="multipart/form-data"' in html, page.url

    # Applying in English and in Romanian fills one list with the programme's references.
    with django_capture_on_commit_callbacks(execute=True):
        responses = [client.post(page.url, answers_for(page), follow=True) for page in (en, ro)]
    # Each POST is redirected (303) to its confirmation, which shows the reference.
    assert [response.redirect_chain[0][1] for response in responses] == [303, 303]
    assert [response.status_code for response in responses] == [200, 200]
    applications = list(ro.get_submissions().order_by("pk"))
    assert [a.language for a in applications] == ["en", "ro"]
    assert all(a.reference.startswith(f"{model.reference_prefix}-") for a in applications)
    assert all(a.programme == ro.programme for a in applications)
    assert all(
        a.reference in r.content.decode() for a, r in zip(applications, responses, strict=True)
    )
    assert all(a.files.exists() for a in applications)
    assert len(mailoutbox) == 2


def test_the_closed_demo_call_refuses_applications(client, demo_site, private_root):
    closed = [
        call.specific
        for call in OpenCallPage.objects.live()
        if call.specific.status is CallStatus.CLOSED
    ]
    assert closed
    for call in closed:
        response = client.post(call.url, answers_for(call))
        assert response.status_code == 403
    assert not Application.objects.exists()
