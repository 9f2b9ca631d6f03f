from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsletterConfig(AppConfig):
    name = "cms.newsletter"
    label = "newsletter"
    verbose_name = _("Newsletter")
    default_auto_field = "django.db.models.BigAutoField"
    # Run by `manage.py purge_personal_data` (see that command's docstring).
    personal_data_purgers = ["cms.newsletter.purging.purge_unconfirmed_subscribers"]

    def ready(self) -> None:
        from cms.newsletter import receivers

        receivers.connect()
