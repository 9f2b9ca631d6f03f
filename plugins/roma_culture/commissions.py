"""Who an edition commissioned, and what an artist was commissioned, read from the editions'
`EditionCommission` rows, in the reader's language, only for artists the public may see
(consent recorded). A fixed number of queries whatever the number of commissions."""

from __future__ import annotations

from dataclasses import dataclass

from cms.people.listing import public_people
from cms.translations import copies_in


@dataclass
class CommissionCard:
    commission: object
    edition: object
    artist_page: object
    person: object


def _cards(commissions: list, locale_id: int) -> list[CommissionCard]:
    from plugins.roma_culture.models import JivipenArtistPage

    if not commissions:
        return []
    artists = copies_in(
        JivipenArtistPage.objects.live().public().select_related("person").defer_streamfields(),
        {c.artist.translation_key for c in commissions},
        locale_id,
        fallback=False,
    )
    people = public_people({a.person.translation_key for a in artists.values()}, locale_id)
    cards = []
    for commission in commissions:
        artist = artists.get(commission.artist.translation_key)
        person = artist and people.get(artist.person.translation_key)
        if person:  # an artist without consent to publication is neither named nor linked
            cards.append(CommissionCard(commission, commission.page, artist, person))
    return cards


def edition_commissions(edition) -> list[CommissionCard]:
    """The works the edition commissioned, in its order, with their artists."""
    commissions = list(edition.commissions.select_related("artist").order_by("sort_order", "pk"))
    for commission in commissions:
        commission.page = edition
    return _cards(commissions, edition.locale_id)


def artist_commissions(artist) -> list[CommissionCard]:
    """The artist's commissions by live editions in the artist page's language, latest first."""
    from plugins.roma_culture.models import EditionCommission

    commissions = list(
        EditionCommission.objects.filter(
            artist__translation_key=artist.translation_key,
            page__live=True,
            page__locale_id=artist.locale_id,
        )
        .select_related("artist", "page")
        .order_by("-page__year", "sort_order", "pk")
    )
    return _cards(commissions, artist.locale_id)
