"""The profiles an index page lists, in a fixed number of queries.

Per child profile type: one query for the pages with their people, one for the people's copies
in the page's language (with photo renditions prefetched). Nothing per profile.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Prefetch

from wagtail.images import get_image_model

from cms.people.models import Person, ProfilePage, profile_page_models
from cms.translations import copies_in

CARD_PHOTO = "fill-240x240"


@dataclass
class ProfileCard:
    page: ProfilePage
    person: Person


def public_people(keys, locale_id) -> dict:
    """{translation_key: public copy of the person, in `locale_id` or the governing one}."""
    people = Person.objects.public().prefetch_related(
        Prefetch("photo", queryset=get_image_model().objects.prefetch_renditions(CARD_PHOTO))
    )
    return copies_in(people, keys, locale_id)


def child_profiles(index_page) -> list[ProfileCard]:
    pages = []
    for model in profile_page_models():
        if not model.can_exist_under(index_page):
            continue
        pages += list(
            model.objects.child_of(index_page)
            .live()
            .public()
            .select_related("person")
            .defer_streamfields()
        )
    people = public_people({page.person.translation_key for page in pages}, index_page.locale_id)
    cards = [
        ProfileCard(page, people[page.person.translation_key])
        for page in pages
        if page.person.translation_key in people
    ]
    return sorted(cards, key=lambda card: (card.person.name.casefold(), card.page.pk))


def profiles_by_person(keys, locale_id) -> dict:
    """{person translation_key: [their public profile pages in `locale_id`]}, one query per
    profile type: what a "people" block links each name to."""
    from cms.translations import in_language

    found: dict = {}
    for model in profile_page_models():
        for page in (
            model.objects.live()
            .public()
            .filter(in_language(locale_id), person__translation_key__in=list(keys))
            .select_related("person")
            .defer_streamfields()
            .order_by("pk")
        ):
            found.setdefault(page.person.translation_key, []).append(page)
    return found
