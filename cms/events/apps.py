from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "cms.events"
    label = "events"
    verbose_name = _("Events")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from recurrence.fields import RecurrenceField

        from wagtail.admin.forms.models import register_form_field_override

        from cms.events import signals
        from cms.events.repeat_editor import RepeatField, RepeatWidget

        signals.connect()
        # Admin forms edit a recurrence with the repeat editor, never django-recurrence's
        # widget (it needs Django admin's jQuery, which the site does not install). Registered
        # here, before any admin form class is built.
        register_form_field_override(
            RecurrenceField, override={"form_class": RepeatField, "widget": RepeatWidget}
        )

    @staticmethod
    def event_page_context(page, request) -> dict:
        """What an event page shows besides its fields (`EventPage.get_context` asks here)."""
        from cms.events.calendar import event_page_context

        return event_page_context(page, request)
