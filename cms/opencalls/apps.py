from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpenCallsConfig(AppConfig):
    name = "cms.opencalls"
    label = "opencalls"
    verbose_name = _("Open calls")
    default_auto_field = "django.db.models.BigAutoField"
