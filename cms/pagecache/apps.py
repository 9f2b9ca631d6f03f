from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PageCacheConfig(AppConfig):
    """The page cache of anonymous visitors' pages, invalidated by what each page shows."""

    name = "cms.pagecache"
    label = "pagecache"
    verbose_name = _("Page cache")

    def ready(self) -> None:
        from cms.pagecache import invalidation

        invalidation.connect()
