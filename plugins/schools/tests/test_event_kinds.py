"""The event kinds of Arta în Joacă: Pre-Texts trainings, workshops (online or in a school) and
summer camps (several days, in a rural school); each held in a school is listed on its page."""

from __future__ import annotations

import datetime

import pytest

from django.core.exceptions import ValidationError

from cms.events.models import EventPage
from cms.translations import in_language
from plugins.schools.models import (
    PreTextsSessionPage,
    SchoolNetworkPage,
    SchoolPage,
    SchoolWorkshopPage,
    SummerCampPage,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ("ro", "en")


def page_in(model, slug: str, language: str):
    return model.objects.get(in_language(language), slug=slug)


def html(client, page) -> str:
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return response.content.decode()


def test_the_demo_has_eight_events_two_trainings_and_a_summer_camp(schools_demo):
    events = EventPage.objects.filter(in_language("ro"), programme="schools")
    assert events.count() == 8
    assert PreTextsSessionPage.objects.filter(in_language("ro")).count() == 2
    assert SummerCampPage.objects.filter(in_language("ro")).count() == 1
    online = set(SchoolWorkshopPage.objects.values_list("online", flat=True))
    assert online == {True, False}  # workshops online and workshops in a school


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_school_page_lists_the_events_held_there_in_its_language(client, schools_demo, language):
    page = html(client, page_in(SchoolPage, "colegiul-transilvania", language))
    training = PreTextsSessionPage.objects.get(in_language(language), school__isnull=False)
    workshop = page_in(SchoolWorkshopPage, "atelier-teatru-forum", language)
    elsewhere = page_in(SchoolWorkshopPage, "atelier-sunetele-scolii", language)
    online = page_in(SchoolWorkshopPage, "atelier-online-povesti-desenate", language)
    assert f'href="{training.url}"' in page
    assert f'href="{workshop.url}"' in page
    assert f'href="{elsewhere.url}"' not in page
    assert f'href="{online.url}"' not in page


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_camp_names_its_rural_school_and_the_school_lists_the_camp(
    client, schools_demo, language
):
    camp = SummerCampPage.objects.get(in_language(language))
    school = page_in(SchoolPage, "marisel-demo", language)
    assert school.setting == "rural"
    camp_html = html(client, camp)
    assert f'href="{school.url}"' in camp_html
    assert "8" in camp_html and "14" in camp_html
    assert f'href="{camp.url}"' in html(client, school)


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_online_workshop_says_it_is_online(client, schools_demo, language):
    workshop = page_in(SchoolWorkshopPage, "atelier-online-sunete-de-acasa", language)
    expected = {
        "ro": "Linkul se trimite celor care se înscriu.",
        "en": "The link is sent to the people who register.",
    }[language]
    assert workshop.online and workshop.school is None
    assert expected in html(client, workshop)


def test_a_camp_must_be_held_in_a_rural_school(schools_demo):
    camp = SummerCampPage.objects.get(in_language("ro"))
    camp.school = page_in(SchoolPage, "iuliu-hatieganu", "ro")
    with pytest.raises(ValidationError) as refused:
        camp.full_clean()
    assert "school" in refused.value.message_dict


def test_a_camp_lasts_several_days(schools_demo):
    camp = SummerCampPage.objects.get(in_language("ro"))
    camp.end_date = camp.start_date
    with pytest.raises(ValidationError) as refused:
        camp.full_clean()
    assert "end_date" in refused.value.message_dict


def test_a_camp_keeps_its_ages_in_order(schools_demo):
    camp = SummerCampPage.objects.get(in_language("ro"))
    camp.min_age, camp.max_age = 12, 9
    with pytest.raises(ValidationError) as refused:
        camp.full_clean()
    assert "max_age" in refused.value.message_dict


def test_the_network_counts_its_trainings_workshops_and_camps_from_the_records(schools_demo):
    for language in LANGUAGES:
        figures = SchoolNetworkPage.objects.get(in_language(language)).figures()
        assert (figures["trainings"], figures["workshops"], figures["camps"]) == (2, 5, 1)
    page_in(SchoolWorkshopPage, "atelier-harta-curtii", "ro").unpublish()
    figures = schools_demo.network.figures()
    assert figures["workshops"] == 4


def test_camp_dates_come_from_the_demo_today_not_the_wall_clock(schools_demo):
    camp = SummerCampPage.objects.get(in_language("ro"))
    assert camp.start_date == datetime.date(2026, 8, 3)
    assert camp.end_date == datetime.date(2026, 8, 7)
