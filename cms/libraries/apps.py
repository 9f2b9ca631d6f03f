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

    @staticmethod
    def resource_topics(page) -> list:
        """A resource's topics in its language (`cms.libraries.topics`)."""
        from cms.libraries.topics import topics_in

        return topics_in([page], page.locale_id).get(page.pk, [])

    @staticmethod
    def resource_json_ld(page, topics, request) -> dict:
        """A resource's schema.org data (`cms.libraries.jsonld`)."""
        from cms.libraries.jsonld import resource_json_ld

        return resource_json_ld(page, topics, request)
