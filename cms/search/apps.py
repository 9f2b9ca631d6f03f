from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """The site's public search: one document per live page, kept current by page signals."""

    name = "cms.search"
    label = "sitesearch"
    verbose_name = _("Site search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from cms.search import signals  # noqa: F401  (connects the receivers)
        from cms.search.adapters import register_engine_adapters

        register_engine_adapters()
