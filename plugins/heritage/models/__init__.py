"""Pages of România Remarcabilă: the section, its events and calls, the communes with their
heritage sites and producers, the producers' directory and the network map."""

from plugins.heritage.models.communes import (
    CommuneIndexPage,
    CommunePage,
    HeritageSitePage,
    SiteCategory,
)
from plugins.heritage.models.network_map import NetworkMapPage
from plugins.heritage.models.producers import Craft, ProducerDirectoryPage, ProducerPage
from plugins.heritage.models.programme import (
    CommuneResidencyCallPage,
    HeritageSectionPage,
    InSituEventPage,
    NetworkCallPage,
    NetworkMeetingPage,
    RootsSessionPage,
)

__all__ = [
    "CommuneIndexPage",
    "CommunePage",
    "Craft",
    "CommuneResidencyCallPage",
    "HeritageSectionPage",
    "HeritageSitePage",
    "InSituEventPage",
    "NetworkCallPage",
    "NetworkMapPage",
    "NetworkMeetingPage",
    "ProducerDirectoryPage",
    "ProducerPage",
    "RootsSessionPage",
    "SiteCategory",
]
