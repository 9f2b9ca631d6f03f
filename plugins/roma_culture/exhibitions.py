"""An exhibition's works as its page shows them, in a fixed number of queries whatever their
number: the works with their images (renditions prefetched), the linked artists' pages in the
page's language, and those artists' public persons. A linked artist is named and linked only
with their recorded consent (`cms.people`); a name typed on the work is shown as typed."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Prefetch

from wagtail.images import get_image_model

from cms.people.listing import public_people
from cms.translations import copies_in


@dataclass
class WorkCard:
    work: object
    artist_name: str
    artist_page: object | None  # the artist's page in the reader's language, when public


def exhibition_works(exhibition) -> list[WorkCard]:
    """The exhibition's works in the editor's order, each with the artist to show."""
    from plugins.roma_culture.models import JivipenArtistPage

    works = list(
        exhibition.works.select_related("artist")
        .prefetch_related(
            Prefetch("image", queryset=get_image_model().objects.prefetch_renditions())
        )
        .order_by("sort_order", "pk")
    )
    keys = {work.artist.translation_key for work in works if work.artist_id}
    artists, people = {}, {}
    if keys:
        artists = copies_in(
            JivipenArtistPage.objects.live().public().select_related("person").defer_streamfields(),
            keys,
            exhibition.locale_id,
            fallback=False,
        )
        people = public_people(
            {page.person.translation_key for page in artists.values()}, exhibition.locale_id
        )
    cards = []
    for work in works:
        page = work.artist_id and artists.get(work.artist.translation_key)
        person = page and people.get(page.person.translation_key)
        if person:
            cards.append(WorkCard(work, person.name, page))
        else:  # no page, or an artist who did not agree to be shown: only a typed name
            cards.append(WorkCard(work, work.artist_name, None))
    return cards
