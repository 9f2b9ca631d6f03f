"""Who proposed an entry: kept beside the page, never in it.

The proposer's name and email are personal data the public page must not carry unless they
agreed to it. Kept in a row of their own (not in page fields) they stay out of the page's
revisions, out of its translations (wagtail-localize copies page fields into the English copy)
and out of every export of the page's fields; the row is deleted with the page, and so are the
photos the proposer uploaded (`receivers`).
"""

from __future__ import annotations

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _


class ProposalStatus(models.TextChoices):
    AWAITING_MODERATION = "awaiting", _("Awaiting moderation")
    PUBLISHED = "published", _("Published")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")


class Proposal(models.Model):
    """One entry proposed by the public: the page it made and the person who proposed it.

    `id` is the stable proposal id: the signed update link names it, so it never changes while
    the page is moderated, published, updated and moderated again.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    page = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,  # deleting the entry erases its proposer
        related_name="proposal",
    )
    programme = models.CharField(_("programme"), max_length=50, blank=True, db_index=True)
    language = models.CharField(_("language"), max_length=10)
    proposer_name = models.CharField(_("proposer's name"), max_length=200)
    proposer_email = models.EmailField(_("proposer's email"), max_length=254)
    contact_public = models.BooleanField(
        _("contact shown publicly"),
        default=False,
        help_text=_("The proposer agreed to show their name and email on the public page."),
    )
    consent_given_at = models.DateTimeField(_("consent given at"))
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ProposalStatus.choices,
        default=ProposalStatus.AWAITING_MODERATION,
    )
    reason = models.TextField(_("reason for changes"), blank=True)
    # Images the proposer uploaded (Wagtail image ids): deleted with the entry.
    uploaded_image_ids = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(_("proposed at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed at"), auto_now=True)

    class Meta:
        verbose_name = _("proposal")
        verbose_name_plural = _("proposals")

    def __str__(self) -> str:
        return f"{self.proposer_name} ({self.page_id})"
