"""The admin form of a `Person`: it records who recorded the consent, and when."""

from __future__ import annotations

from django.utils import timezone

from wagtail.admin.forms import WagtailAdminModelForm

from cms.admin_forms import LocaleScopedChoicesMixin
from cms.people.consent import withdraw_consent

CONSENT_INPUTS = ("publication_consent", "consent_method", "consent_date", "consent_note")


class PersonForm(LocaleScopedChoicesMixin, WagtailAdminModelForm):
    def save(self, commit=True):
        person = super().save(commit=False)
        if set(self.changed_data) & set(CONSENT_INPUTS):
            person.consent_recorded_by = self.for_user
            person.consent_recorded_at = timezone.now()
        was_public = bool(self.initial.get("publication_consent"))
        if commit:
            person.save()
            self.save_m2m()
        if was_public and not person.publication_consent and person.pk:
            # Withdrawal takes effect now, not when someone publishes the draft.
            withdraw_consent(person, self.for_user)
        return person
