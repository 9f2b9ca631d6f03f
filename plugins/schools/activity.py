"""What happened in the network's schools, read from the records that hold it (residencies and
events), never typed a second time: a school's activity, an artist's residencies.

Every function here costs a fixed number of queries, whatever the number of schools,
residencies or events (the query-budget tests hold it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import QuerySet

from cms.people.listing import public_people
from cms.translations import copies_in, in_language


@dataclass
class ResidencyCard:
    """A residency with its artist and school in the reader's language (None if not public)."""

    page: object
    artist_page: object | None
    person: object | None
    school: object | None


def residency_cards(residencies: QuerySet | Iterable, locale_id: int) -> list[ResidencyCard]:
    """Cards of `residencies` (a queryset: its live, public copies in `locale_id`; or pages)."""
    from plugins.schools.models import SchoolArtistPage, SchoolPage

    if isinstance(residencies, QuerySet):
        residencies = list(
            residencies.live()
            .public()
            .filter(in_language(locale_id))
            .select_related("artist", "school")
            .defer_streamfields()
            .order_by("-starts_on", "pk")
        )
    residencies = list(residencies)
    if not residencies:
        return []
    artists = copies_in(
        SchoolArtistPage.objects.live().public().select_related("person"),
        {page.artist.translation_key for page in residencies},
        locale_id,
    )
    people = public_people(
        {artist.person.translation_key for artist in artists.values()}, locale_id
    )
    schools = copies_in(
        SchoolPage.objects.live().public().defer_streamfields(),
        {page.school.translation_key for page in residencies},
        locale_id,
    )
    cards = []
    for page in residencies:
        artist = artists.get(page.artist.translation_key)
        person = people.get(artist.person.translation_key) if artist else None
        cards.append(
            ResidencyCard(
                page=page,
                # An artist without consent to publication is not named, and not linked.
                artist_page=artist if person else None,
                person=person,
                school=schools.get(page.school.translation_key),
            )
        )
    return cards


def school_residencies(school) -> list[ResidencyCard]:
    """The residencies held at `school`, in its language, latest first."""
    from plugins.schools.models import ResidencyPage

    return residency_cards(
        ResidencyPage.objects.filter(school__translation_key=school.translation_key),
        school.locale_id,
    )


def school_events(school) -> list:
    """The trainings, workshops and camps held at `school`, in its language, latest first: one
    query per event kind."""
    from plugins.schools.models import PreTextsSessionPage, SchoolWorkshopPage, SummerCampPage

    events = []
    for model in (PreTextsSessionPage, SchoolWorkshopPage, SummerCampPage):
        events += list(
            model.objects.live()
            .public()
            .filter(in_language(school.locale_id), school__translation_key=school.translation_key)
            .defer_streamfields()
        )
    return sorted(events, key=lambda event: (event.start_date, event.pk), reverse=True)


def network_activity_figures(network) -> dict[str, int]:
    """What happened in the network, counted from the records: the residencies its schools
    hosted and their artists (one query); the programme's trainings, workshops and summer
    camps (one query)."""
    from django.db.models import Count, Q

    from cms.events.models import EventPage
    from plugins.schools.models import ResidencyPage

    residencies = (
        ResidencyPage.objects.live()
        .public()
        .filter(
            in_language(network.locale_id),
            school__translation_key__in=network.entries().values("translation_key"),
        )
        .aggregate(
            residencies=Count("pk"),
            artists=Count("artist__translation_key", distinct=True),
        )
    )
    events = (
        EventPage.objects.live()
        .filter(in_language(network.locale_id), programme=network.programme)
        .aggregate(
            trainings=Count("pk", filter=Q(pretextssessionpage__isnull=False)),
            workshops=Count("pk", filter=Q(schoolworkshoppage__isnull=False)),
            camps=Count("pk", filter=Q(summercamppage__isnull=False)),
        )
    )
    return {**residencies, **events}
