"""Applications to open calls, their private files and their human references."""

from __future__ import annotations

from django.conf import settings
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.forms.models import AbstractFormSubmission

from cms.opencalls.uploads import private_storage


class ApplicationStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    SHORTLISTED = "shortlisted", _("Shortlisted")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")


class Application(AbstractFormSubmission):
    """One person's application to one call, whichever language they applied in.

    `call_key` is the call pages' shared `translation_key`: the Romanian and English pages list
    the same applications. `page` is the page it came through (kept for its title and URL; if
    that page is deleted the application stays). `programme` is copied from the call so a team
    filter needs no join through the page tree.
    """

    page = models.ForeignKey(
        "opencalls.OpenCallPage",
        verbose_name=_("call page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    call_key = models.UUIDField(_("call"), db_index=True)
    programme = models.CharField(_("programme"), max_length=50, blank=True, db_index=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    reference = models.CharField(_("reference"), max_length=20, unique=True)
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=ApplicationStatus.choices,
        default=ApplicationStatus.RECEIVED,
        db_index=True,
    )
    status_changed_at = models.DateTimeField(_("status changed at"), null=True, blank=True)
    reviewer_notes = models.TextField(_("reviewer notes"), blank=True)
    # The applicant, asked by the engine on every call's form (never an editor's question), so
    # every application can be answered; blank only once erased by the personal-data purge.
    applicant_name = models.CharField(_("applicant's name"), max_length=200, blank=True)
    applicant_email = models.EmailField(_("applicant's email"), blank=True)
    rules_accepted_at = models.DateTimeField(_("rules accepted at"), null=True, blank=True)
    confirmation_sent_at = models.DateTimeField(_("confirmation sent at"), null=True, blank=True)
    retain_until = models.DateTimeField(
        _("personal data kept until"), null=True, blank=True, db_index=True
    )
    personal_data_erased_at = models.DateTimeField(
        _("personal data erased at"), null=True, blank=True
    )

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["-submit_time"]
        indexes = [models.Index(fields=["call_key", "status", "language"])]

    def __str__(self) -> str:
        return self.reference

    def get_data(self):
        """Answers plus the review columns, as Wagtail's listing and export expect."""
        return {
            **self.form_data,
            "applicant_name": self.applicant_name,
            "applicant_email": self.applicant_email,
            "reference": self.reference,
            "submit_time": self.submit_time,
            "status": self.get_status_display(),
            "language": self.get_language_display(),
        }

    def files_by_field(self) -> dict[str, list[ApplicationFile]]:
        grouped: dict[str, list[ApplicationFile]] = {}
        for stored in self.files.all():
            grouped.setdefault(stored.field_name, []).append(stored)
        return grouped

    def call_page_in(self, language: str, *, live: bool = True):
        """The call's page in `language` (the applicant's), else its governing copy.

        Live pages only unless `live=False`: an email must never link a draft translation.
        """
        from cms.opencalls.models.pages import OpenCallPage
        from cms.translations import copy_in

        return copy_in(OpenCallPage, self.call_key, language, live=live)


class ApplicationFile(models.Model):
    """A file sent with an application, kept in private storage under a random name.

    `original_name` is what the applicant's computer called it: display text only, never a path.
    """

    application = models.ForeignKey(
        Application, verbose_name=_("application"), on_delete=models.CASCADE, related_name="files"
    )
    field_name = models.CharField(_("form field"), max_length=255)
    original_name = models.CharField(_("original name"), max_length=255)
    stored_name = models.CharField(_("stored as"), max_length=255, unique=True)
    kind = models.CharField(_("kind"), max_length=16)
    content_type = models.CharField(_("content type"), max_length=100)
    size = models.PositiveBigIntegerField(_("size in bytes"))
    uploaded_at = models.DateTimeField(_("uploaded at"), default=timezone.now)

    class Meta:
        verbose_name = _("application file")
        verbose_name_plural = _("application files")

    def __str__(self) -> str:
        return self.original_name

    def get_download_url(self) -> str:
        return reverse("opencalls_admin:download_file", args=[self.pk])


@receiver(post_delete, sender=ApplicationFile)
def delete_stored_file(sender, instance: ApplicationFile, **kwargs) -> None:
    """A deleted row takes its file with it, once the deletion is committed."""
    stored_name = instance.stored_name
    transaction.on_commit(lambda: private_storage().delete(stored_name))


class ReferenceSequence(models.Model):
    """The last number given to applications per reference prefix and year (`AS-2026-0042`).

    One row per prefix and year, locked while a number is taken, so two applicants never get
    the same reference.
    """

    prefix = models.CharField(max_length=10)
    year = models.PositiveSmallIntegerField()
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["prefix", "year"], name="opencalls_unique_sequence")
        ]

    def __str__(self) -> str:
        return f"{self.prefix}-{self.year}: {self.last_number}"
