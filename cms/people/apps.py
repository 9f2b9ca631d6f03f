from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PeopleConfig(AppConfig):
    name = "cms.people"
    label = "people"
    verbose_name = _("People")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from cms.people import consent
        from cms.search.facets import register_search_type

        consent.connect()
        register_search_type("person", _("Person"))

    @staticmethod
    def child_profiles(index_page) -> list:
        """The cards a profile index lists (`ProfileIndexPage.get_context` asks here)."""
        from cms.people.listing import child_profiles

        return child_profiles(index_page)
