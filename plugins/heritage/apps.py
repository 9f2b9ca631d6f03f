from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HeritageConfig(AppConfig):
    name = "plugins.heritage"
    label = "heritage"
    verbose_name = _("România Remarcabilă")
    default_auto_field = "django.db.models.BigAutoField"
