from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SchoolsConfig(AppConfig):
    name = "plugins.schools"
    label = "schools"
    verbose_name = _("Arta în Joacă")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from cms.search.facets import register_search_type

        # The schools of the network are found in site search as "School" (kept if the engine
        # already knows the type).
        register_search_type("school", _("School"))
        register_search_type("residency", _("Residency in a school"))
