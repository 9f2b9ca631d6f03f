"""Huburi creative — Creative hubs: a map of hubs, tools, fora, skills workshops and peer-to-peer exchanges."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HubsConfig(AppConfig):
    name = "plugins.hubs"
    label = "hubs"
    verbose_name = _("Huburi creative")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from cms.search.facets import register_search_type

        # A hub of the directory is found in site search as what it is.
        register_search_type("hub", _("Creative hub"))
        register_search_type("culturepreneurs-cohort", _("Culturepreneurs cohort"))
        register_search_type("culturepreneurs-module", _("Culturepreneurs module"))
