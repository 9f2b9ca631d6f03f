from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoriesConfig(AppConfig):
    name = "cms.directories"
    label = "directories"
    verbose_name = _("Directories")
    default_auto_field = "django.db.models.BigAutoField"
