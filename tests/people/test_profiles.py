"""The people kit: one shared Person, profile pages in programmes, consent, both languages."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest

from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale

from cms.people.models import Person
from cms.site_urls import absolute_url

from .conftest import (
    make_mentor,
    make_mentor_index,
    make_person,
    translate_page,
    translate_person,
)


def json_ld(html: str) -> list[dict]:
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(text) for text in found]


@pytest.fixture
def mentor(sections):
    """A consenting person with a mentor profile in the first programme, in ro and en."""
    person = make_person(
        links=[("link", {"url": "https://example.org/ilinca", "label": "Portofoliu"})]
    )
    translate_person(person)
    section = sections[0]
    index = make_mentor_index(section)
    page = make_mentor(index, person)
    for source in (section, index):
        translate_page(source)
    return page


def test_a_profile_renders_in_romanian_and_in_english(client, mentor):
    english = translate_page(mentor)

    ro_html = client.get(mentor.url).content.decode()
    en_response = client.get(english.url)
    en_html = en_response.content.decode()

    assert en_response.status_code == 200
    assert 'lang="ro"' in ro_html and 'lang="en"' in en_html
    assert "Ilinca Mureșan (demo)" in ro_html and "Ilinca Mureșan (demo)" in en_html
    assert "Facilitatoare de ateliere" in ro_html
    assert "Facilitator of theatre workshops" in en_html
    assert "Facilitatoare" not in en_html
    assert "Speaks" in en_html and "Vorbește" in ro_html  # the interface in the page's language


def test_translating_with_wagtail_localize_keeps_the_synchronised_fields(mentor):
    from wagtail_localize.models import TranslationSource

    person = mentor.person
    english = Locale.objects.get(language_code="en")
    person_en = Person.objects.get(translation_key=person.translation_key, locale=english)

    # The Romanian editor changes shared facts and the bio; a sync brings the facts over.
    person.name = "Ilinca Mureșan-Pop (demo)"
    person.languages_spoken = ["ro", "rom"]
    person.photo_credit = "Foto: arhiva CCC"
    person.bio = "Text nou în română."
    person.save()
    source, _created = TranslationSource.update_or_create_from_instance(person)
    source.create_or_update_translation(english, fallback=True)

    person_en.refresh_from_db()
    assert person_en.name == "Ilinca Mureșan-Pop (demo)"
    assert person_en.languages_spoken == ["ro", "rom"]
    assert person_en.photo_credit == "Foto: arhiva CCC"
    assert person_en.publication_consent is True
    assert person_en.consent_method == person.consent_method

    # The page's person follows to the English copy; the role is the translator's.
    page_en = translate_page(mentor)
    assert page_en.person_id == person_en.pk
    assert page_en.programme == mentor.programme


def test_consent_is_one_fact_on_every_copy(mentor):
    from cms.people.consent import withdraw_consent

    person = mentor.person
    withdraw_consent(person)

    copies = Person.objects.filter(translation_key=person.translation_key)
    assert copies.count() == 2
    assert not copies.filter(publication_consent=True).exists()


def test_a_person_without_consent_is_never_shown(client, sections):
    index = make_mentor_index(sections[0])
    hidden = make_person("Sorin Rădulescu (demo)", consent=False)
    shown = make_person("Ana Lungu (demo)")
    make_mentor(index, shown)

    # No profile can be saved or published for them...
    page = make_mentor(index, shown, publish_it=False)
    page.person = hidden
    with pytest.raises(ValidationError) as refusal:
        page.full_clean()
    assert "person" in refusal.value.message_dict
    # ...and a published one whose consent disappears behind the kit's back (a bulk update,
    # no signal) is no longer served, listed, linked or described.
    shadow = make_person("Ioan Păcurariu (demo)")
    orphan = make_mentor(index, shadow)
    Person.objects.filter(pk=shadow.pk).update(publication_consent=False)
    shadow.refresh_from_db()

    assert client.get(orphan.url).status_code == 404
    listing = client.get(index.url).content.decode()
    assert "Ana Lungu (demo)" in listing
    assert "Ioan Păcurariu" not in listing
    assert shadow.profiles() == []


def test_withdrawing_consent_takes_the_profiles_off_the_site_at_once(client, mentor):
    from cms.people.consent import withdraw_consent
    from cms.search.models import SearchDocument

    assert SearchDocument.objects.filter(page_id=mentor.pk).exists()
    withdraw_consent(mentor.person)

    mentor.refresh_from_db()
    assert not mentor.live
    assert client.get(mentor.url).status_code == 404
    assert not SearchDocument.objects.filter(page_id=mentor.pk).exists()
    sitemap = client.get("/sitemap.xml").content.decode()
    assert absolute_url(mentor.url) not in sitemap


def test_the_admin_form_records_who_recorded_consent_and_withdraws_it_at_once(
    client, admin_user, mentor
):
    from django.urls import reverse

    person = mentor.person
    client.force_login(admin_user)
    url = reverse("wagtailsnippets_people_person:edit", args=[person.pk])
    form = {
        "name": person.name,
        "photo": "",
        "photo_alt_text": "",
        "photo_credit": "",
        "bio": person.bio,
        "links-count": "0",
        "languages_spoken": ["ro"],
        "consent_method": "",
        "consent_date": "",
        "consent_note": "Retras prin e-mail, 3 noiembrie 2026",
        # publication_consent unticked: the person withdrew
    }
    response = client.post(url, form)  # "Save draft", not publish
    assert response.status_code == 302, response.content.decode()[:3000]

    live = Person.objects.get(pk=person.pk)
    assert live.publication_consent is False
    assert live.consent_recorded_by == admin_user
    assert live.consent_recorded_at is not None
    mentor.refresh_from_db()
    assert not mentor.live


def test_recording_consent_needs_how_and_when_and_a_photo_needs_its_description(db):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    person = Person(name="Ana Lungu (demo)", publication_consent=True)
    person.photo = get_image_model().objects.create(title="portret", file=get_test_image_file())
    with pytest.raises(ValidationError) as refusal:
        person.clean()
    assert set(refusal.value.message_dict) == {"consent_method", "consent_date", "photo_alt_text"}


def test_one_person_in_two_programmes_is_one_record_shown_in_both(client, sections):
    person = make_person()
    pages = [
        make_mentor(make_mentor_index(section), person, role=f"Rol {number}")
        for number, section in enumerate(sections)
    ]

    assert Person.objects.count() == 1
    assert {page.programme for page in pages} == {section.programme for section in sections}
    assert len({page.programme for page in pages}) == 2
    assert [page.pk for page in person.profiles()] == sorted(
        (page.pk for page in pages), key=lambda pk: next(p.programme for p in pages if p.pk == pk)
    )
    for page in pages:
        html = client.get(page.url).content.decode()
        assert "Facilitatoare de ateliere" in html


def test_the_profile_json_ld_is_a_person(client, mentor):
    html = client.get(mentor.url).content.decode()
    (data,) = json_ld(html)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Person"
    assert data["name"] == "Ilinca Mureșan (demo)"
    assert data["jobTitle"] == "Mentor, modulul Leadership"
    assert data["knowsLanguage"] == ["ro", "hu", "en"]
    assert data["sameAs"] == ["https://example.org/ilinca"]
    assert data["url"].endswith(mentor.url)


def test_profiles_are_in_the_sitemap_with_both_alternates(client, mentor):
    english = translate_page(mentor)
    namespaces = {
        "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
        "x": "http://www.w3.org/1999/xhtml",
    }
    root = ET.fromstring(client.get("/sitemap.xml").content)  # noqa: S314 (our own output)
    alternates = {
        url.findtext("s:loc", namespaces=namespaces): {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", namespaces)
        }
        for url in root.findall("s:url", namespaces)
    }
    assert alternates[absolute_url(mentor.url)] == {
        "ro": absolute_url(mentor.url),
        "en": absolute_url(english.url),
    }
    assert alternates[absolute_url(english.url)]["ro"] == absolute_url(mentor.url)


def test_search_finds_a_profile_with_its_type(client, mentor):
    from django.urls import reverse

    from cms.search.facets import type_label
    from cms.search.models import SearchDocument

    document = SearchDocument.objects.get(page_id=mentor.pk)
    assert document.type_key == "artist"
    assert document.programme == mentor.programme
    html = client.get(reverse("cms:search"), {"q": "Mureșan"}).content.decode()
    assert mentor.url in html
    assert type_label("artist") in html


def test_a_programme_team_edits_its_own_profiles_and_no_other_teams(sections, programmes):
    from io import StringIO

    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core.management import call_command

    from cms.models import ProgrammeTeam
    from cms.teams import EDITORS_GROUP

    call_command("setup_teams", stdout=StringIO())
    teams = {team.programme: team.group for team in ProgrammeTeam.objects.all()}
    if not all(programme.slug in teams for programme in programmes):
        pytest.skip("these programmes have no team of their own")
    person = make_person()
    pages = [make_mentor(make_mentor_index(section), person) for section in sections]
    member = get_user_model().objects.create_user("membru-echipa")
    member.groups.add(teams[programmes[0].slug])

    assert pages[0].permissions_for_user(member).can_edit()
    assert not pages[1].permissions_for_user(member).can_edit()
    # The person is shared, as a venue is: every team adds and edits people; editors publish.
    assert member.has_perm("people.add_person") and member.has_perm("people.change_person")
    assert not member.has_perm("people.delete_person")
    editor = get_user_model().objects.create_user("editor-persoane")
    editor.groups.add(Group.objects.get(name=EDITORS_GROUP))
    assert editor.has_perm("people.publish_person") and editor.has_perm("people.delete_person")


def _listing_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_the_profile_index_costs_the_same_queries_for_few_and_many(client, sections):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    photo = get_image_model().objects.create(title="portret", file=get_test_image_file())
    few, many = make_mentor_index(sections[0]), make_mentor_index(sections[1])
    for index, count in ((few, 2), (many, 25)):
        for number in range(count):
            make_mentor(
                index,
                make_person(f"Persoana {number} (demo)", photo=photo, photo_alt_text="Portret"),
            )
    client.get(few.url), client.get(many.url)  # renditions made once, as in production

    assert _listing_queries(client, many.url) == _listing_queries(client, few.url)
    assert _listing_queries(client, many.url) <= 20
    assert client.get(many.url).content.decode().count('class="card"') == 25


def test_a_persons_preview_warns_when_no_consent_is_recorded(rf, homes):
    from django.contrib.auth.models import AnonymousUser

    person = make_person("Sorin Rădulescu (demo)", consent=False, publish_it=False)
    request = rf.get("/")
    request.user = AnonymousUser()
    html = person.serve_preview(request, person.default_preview_mode).rendered_content
    assert "Sorin Rădulescu (demo)" in html
    assert "Nu apare pe site: nu este înregistrat niciun consimțământ" in html


def test_a_stale_translation_cannot_give_back_a_withdrawn_consent(mentor):
    from cms.people.consent import withdraw_consent

    person = mentor.person
    english = Locale.objects.get(language_code="en")
    stale_english = Person.objects.get(translation_key=person.translation_key, locale=english)
    assert stale_english.publication_consent  # read before the withdrawal
    withdraw_consent(person)

    stale_english.bio = "Saved by a translator from an old snapshot."
    stale_english.save()

    assert not Person.objects.filter(
        translation_key=person.translation_key, publication_consent=True
    ).exists()


def test_a_profile_page_costs_a_bounded_number_of_queries(
    client, mentor, django_assert_max_num_queries
):
    client.get(mentor.url)  # the site's caches (root paths, settings) filled once
    # Routing and the base template take about 15 of these, the page itself a handful.
    with django_assert_max_num_queries(24):
        assert client.get(mentor.url).status_code == 200
