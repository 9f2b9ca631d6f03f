"""An accepted applicant becomes a draft profile (the people kit), on the team's word.

A call type says where its applicants' profiles go (`OpenCallPage.profile_for_applicants`: the
Academy's call for experts feeds its mentors). On an accepted application the reviewer records
how the person consented to publication, and the engine makes the shared `Person` (the consent
written with the reviewer's name) and an unpublished profile page under the index, for the team
to complete and publish through its usual workflow. Nothing is published here.
"""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


def _consent_methods():
    from cms.people.models import ConsentMethod  # here, not above: no import cycle in the engine

    return ConsentMethod.choices


class DraftProfileForm(forms.Form):
    publication_consent = forms.BooleanField(
        label=_("The applicant agreed to their name and bio being published"),
        required=False,
        help_text=_("Leave it unticked until they have: the profile is never shown without it."),
    )
    consent_method = forms.ChoiceField(
        label=_("How consent was given"), choices=_consent_methods, required=False
    )
    consent_note = forms.CharField(
        label=_("Where the consent is kept"), max_length=300, required=False
    )

    def clean(self):
        data = super().clean()
        if data.get("publication_consent") and not data.get("consent_method"):
            self.add_error("consent_method", _("Say how the applicant gave their consent."))
        return data


def profile_target(application, call):
    """(parent, page type) for an accepted application's draft profile, or None when it has
    none: erased, or a call that feeds no profiles. (The caller checks the status.)"""
    if call is None or not application.applicant_name:
        return None
    return call.specific.profile_for_applicants()


def _free_slug(parent, name: str) -> str:
    base = slugify(name, allow_unicode=False) or "profil"
    taken = set(parent.get_children().values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def create_draft_profile(application, parent, page_type, consent: dict, user):
    """The Person and the unpublished profile page for an accepted applicant."""
    from cms.people.models import Person

    given = consent["publication_consent"]
    person = Person.objects.create(
        locale=parent.locale,
        name=application.applicant_name,
        publication_consent=given,
        consent_method=consent["consent_method"] if given else "",
        consent_date=timezone.localdate() if given else None,
        consent_note=consent["consent_note"]
        or gettext("Application %(reference)s") % {"reference": application.reference},
        consent_recorded_by=user if given else None,
    )
    page = page_type(
        title=application.applicant_name,
        slug=_free_slug(parent, application.applicant_name),
        person=person,
        live=False,
    )
    parent.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    return page
