"""Models of Huburi creative: the section, its events and calls (programme.py), the hub
directory and Tools & learning (directory.py), Culturepreneurs cohorts and modules
(culturepreneurs.py)."""

from plugins.hubs.models.culturepreneurs import CulturepreneursCohortPage, CulturepreneursModulePage
from plugins.hubs.models.directory import (
    HubDirectoryPage,
    HubFacility,
    HubPage,
    HubSector,
    HubService,
    HubToolPage,
    HubToolsPage,
    HubTrait,
)
from plugins.hubs.models.programme import HubsSectionPage, HubWorkshopPage, PeerExchangeCallPage

__all__ = [
    "CulturepreneursCohortPage",
    "CulturepreneursModulePage",
    "HubDirectoryPage",
    "HubFacility",
    "HubPage",
    "HubSector",
    "HubService",
    "HubToolPage",
    "HubToolsPage",
    "HubTrait",
    "HubWorkshopPage",
    "HubsSectionPage",
    "PeerExchangeCallPage",
]
