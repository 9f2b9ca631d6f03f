from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HubsConfig(AppConfig):
    name = "plugins.hubs"
    label = "hubs"
    verbose_name = _("Huburi creative")
    default_auto_field = "django.db.models.BigAutoField"
