"""Pages of Jivipen: the section, its events, exhibitions and calls, the Roma Culture Days'
editions."""

from plugins.roma_culture.models.artists import (
    EditionCommission,
    JivipenArtistPage,
    JivipenArtistsPage,
)
from plugins.roma_culture.models.exhibition import ExhibitionWork, JivipenExhibitionPage
from plugins.roma_culture.models.festival import FestivalEditionPage, FestivalIndexPage
from plugins.roma_culture.models.programme import (
    JivipenEventPage,
    RomaArtistsCallPage,
    RomaCultureSectionPage,
)

__all__ = [
    "EditionCommission",
    "ExhibitionWork",
    "JivipenExhibitionPage",
    "JivipenArtistPage",
    "JivipenArtistsPage",
    "FestivalEditionPage",
    "FestivalIndexPage",
    "JivipenEventPage",
    "RomaArtistsCallPage",
    "RomaCultureSectionPage",
]
