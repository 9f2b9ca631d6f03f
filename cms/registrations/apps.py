from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegistrationsConfig(AppConfig):
    name = "cms.registrations"
    label = "registrations"
    verbose_name = _("Registrations")
    default_auto_field = "django.db.models.BigAutoField"
    # `manage.py purge_personal_data` calls these (see cms/opencalls/.../purge_personal_data.py).
    personal_data_purgers = ["cms.registrations.purging.anonymise_past_registrations"]

    def ready(self) -> None:
        from cms.registrations import receivers

        receivers.connect()
