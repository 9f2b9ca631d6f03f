from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SubmissionsConfig(AppConfig):
    name = "cms.submissions"
    label = "submissions"
    verbose_name = _("Public submissions")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from cms.submissions import checks, receivers  # noqa: F401 (checks register themselves)

        receivers.connect()
