from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RomaCultureConfig(AppConfig):
    name = "plugins.roma_culture"
    label = "roma_culture"
    verbose_name = _("Jivipen")
    default_auto_field = "django.db.models.BigAutoField"
