from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AcademyConfig(AppConfig):
    name = "plugins.academy"
    label = "academy"
    verbose_name = _("Academia Schimbării")
    default_auto_field = "django.db.models.BigAutoField"
