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
    def resource_page_context(page, request) -> dict:
        """A resource page's topics in its language and its JSON-LD."""
        from cms.libraries.jsonld import resource_json_ld_script
        from cms.libraries.topics import topics_in

        topics = topics_in([page], page.locale_id).get(page.pk, [])
        return {
            "resource_topics": topics,
            "json_ld": resource_json_ld_script(page, topics, request),
        }

    @staticmethod
    def library_listing(index, request) -> dict:
        """A library index's filter form and page of resources (`cms.libraries.filters`)."""
        from cms.libraries.filters import library_listing

        return library_listing(index, request)
