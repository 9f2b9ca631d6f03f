"""România Remarcabilă — A network of Transylvanian communes that make heritage and culture drivers of rural development."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HeritageConfig(AppConfig):
    name = "plugins.heritage"
    label = "heritage"
    verbose_name = _("România Remarcabilă")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from wagtail.signals import post_page_move

        from cms.search.facets import register_search_type
        from plugins.heritage.models.communes import follow_a_moved_page

        post_page_move.connect(follow_a_moved_page, dispatch_uid="heritage-follow-moved-page")

        # Communes, heritage sites and producers are found in site search as what they are.
        register_search_type("commune", _("Commune"))
        register_search_type("heritage_site", _("Heritage site"))
        register_search_type("producer", _("Producer or craftsperson"))
