from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AcademyConfig(AppConfig):
    name = "plugins.academy"
    label = "academy"
    verbose_name = _("Academia Schimbării")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from cms.search.facets import register_search_type

        register_search_type("programme_edition", _("Programme edition"))
        register_search_type("mentor", _("Mentor"))
        register_search_type("residency_round", _("Residency round"))
        register_search_type("resident", _("Resident"))
