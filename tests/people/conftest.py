"""The people kit's tests run on throw-away page types (tests/kit_apps/kit_people) placed in two
programmes' sections, in Romanian and English. Names are invented (demo data)."""

from __future__ import annotations

import datetime
import itertools

import pytest

from django.utils import translation

from wagtail.models import Locale

from cms.testing import make_home_pages

_slugs = itertools.count()


@pytest.fixture(autouse=True)
def romanian_by_default():
    with translation.override("ro"):
        yield


@pytest.fixture
def homes(db):
    return make_home_pages()


@pytest.fixture
def locales(homes):
    return Locale.objects.get(language_code="ro"), Locale.objects.get(language_code="en")


def publish(page):
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def make_section(home, programme):
    """The programme's own section page under `home`, published."""
    from cms.programmes import section_page_model_for

    model = section_page_model_for(programme)
    section = home.add_child(
        instance=model(title=programme.info.name_in("ro"), slug=f"sectiune-{next(_slugs)}")
    )
    return publish(section)


@pytest.fixture
def programmes():
    """Two enabled programmes (whichever are installed first), to place people in."""
    from cms.plugin_manager import enabled_programmes

    enabled = list(enabled_programmes())
    assert len(enabled) >= 2, "the people tests need two programmes"
    return enabled[:2]


@pytest.fixture
def sections(homes, programmes):
    ro_home, _en_home = homes
    return [make_section(ro_home, programme) for programme in programmes]


def make_person(name="Ilinca Mureșan (demo)", *, consent=True, publish_it=True, **fields):
    from cms.people.models import ConsentMethod, Person

    fields.setdefault("bio", "Facilitatoare de ateliere de teatru în școli din Cluj-Napoca.")
    fields.setdefault("languages_spoken", ["ro", "hu", "en"])
    person = Person(
        name=name,
        locale=Locale.objects.get(language_code="ro"),
        publication_consent=consent,
        consent_method=ConsentMethod.SIGNED_FORM if consent else "",
        consent_date=datetime.date(2026, 9, 1) if consent else None,
        **fields,
    )
    person.save()
    if publish_it:
        person.save_revision().publish()
    return Person.objects.get(pk=person.pk)


def translate_person(person, *, bio="Facilitator of theatre workshops in Cluj-Napoca schools."):
    from cms.people.models import Person

    english = person.copy_for_translation(Locale.objects.get(language_code="en"))
    english.bio = bio
    english.save()
    english.save_revision().publish()
    return Person.objects.get(pk=english.pk)


def make_mentor_index(section, title="Mentori"):
    from tests.kit_apps.kit_people.models import KitMentorIndexPage

    index = section.add_child(
        instance=KitMentorIndexPage(title=title, slug=f"mentori-{next(_slugs)}")
    )
    return publish(index)


def make_mentor(index, person, *, role="Mentor, modulul Leadership", publish_it=True):
    from tests.kit_apps.kit_people.models import KitMentorPage

    page = index.add_child(
        instance=KitMentorPage(
            title=person.name, slug=f"mentor-{next(_slugs)}", person=person, role=role
        )
    )
    return publish(page) if publish_it else page


def translate_page(page):
    """The English copy of a Romanian page through wagtail-localize (as "Translate" does), its
    synchronised fields copied from the source; published."""
    from wagtail_localize.models import TranslationSource

    english = Locale.objects.get(language_code="en")
    source, _created = TranslationSource.get_or_create_from_instance(page)
    source.create_or_update_translation(english, fallback=True)
    # The site starts translations as drafts (WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE):
    # publish the translator's work as an editor would.
    copy = type(page).objects.get(translation_key=page.translation_key, locale=english)
    copy.get_latest_revision().publish()
    return type(page).objects.get(pk=copy.pk)
