from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SchoolsConfig(AppConfig):
    name = "plugins.schools"
    label = "schools"
    verbose_name = _("Arta în Joacă")
    default_auto_field = "django.db.models.BigAutoField"
