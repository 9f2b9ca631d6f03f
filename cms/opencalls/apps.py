from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpenCallsConfig(AppConfig):
    name = "cms.opencalls"
    label = "opencalls"
    verbose_name = _("Open calls")
    default_auto_field = "django.db.models.BigAutoField"
    # Run by `manage.py purge_personal_data` (see that command's docstring).
    personal_data_purgers = ["cms.opencalls.purging.purge_expired_applications"]

    def ready(self) -> None:
        from cms.opencalls import checks  # noqa: F401  (registers the system checks)
