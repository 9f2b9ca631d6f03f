from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Programme engine")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from cms import checks  # noqa: F401  (registers the system checks)
        from cms.teams import register_snippet_policies

        register_snippet_policies()  # before Wagtail registers the snippet viewsets
        from cms.localize_dates import install as localize_translation_dates

        localize_translation_dates()
        from cms.slugs import register_ascii_slugs

        register_ascii_slugs()
        from cms.security import login_throttle

        login_throttle.connect()  # counts failed logins per account and per client
