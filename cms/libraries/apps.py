from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibrariesConfig(AppConfig):
    name = "cms.libraries"
    label = "libraries"
    verbose_name = _("Resource libraries")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from cms.libraries.models import ResourceKind, search_type_of
        from cms.search.facets import register_search_type

        # A resource is found in site search as what it is: "Podcast episode", "Toolkit"…
        for kind in ResourceKind:
            register_search_type(search_type_of(kind), kind.label)
