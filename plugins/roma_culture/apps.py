from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RomaCultureConfig(AppConfig):
    name = "plugins.roma_culture"
    label = "roma_culture"
    verbose_name = _("Jivipen")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from cms.search.facets import register_search_type

        # The festival and its editions are found in site search as what they are.
        register_search_type("festival", _("Festival"))
        register_search_type("festival_edition", _("Festival edition"))
        register_search_type("exhibition", _("Exhibition"))
