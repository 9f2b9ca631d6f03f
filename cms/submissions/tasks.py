"""Emails to the proposer, sent as django-tasks tasks in the language they proposed in.

Three moments: the proposal (or an update) was received; it was published (with its public
address); a moderator asked for changes (with the moderator's comment as the reason). Each
carries a fresh signed link to update the entry. The proposal is committed before a task is
enqueued; a failed send follows the engine's retry policy (`cms.email_retry`).
"""

from __future__ import annotations

import logging

from django_tasks import task

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext

from cms.email_retry import retried_on_failure
from cms.submissions.models import Proposal
from cms.submissions.tokens import make_update_token

logger = logging.getLogger(__name__)

RECEIVED = "received"
UPDATE_RECEIVED = "update_received"
PUBLISHED = "published"
CHANGES_REQUESTED = "changes_requested"
EMAIL_KINDS = (RECEIVED, UPDATE_RECEIVED, PUBLISHED, CHANGES_REQUESTED)


def absolute_url(url: str | None) -> str:
    """A page's address as a link in an email: the page's own site, else the admin's base."""
    if not url:
        return ""
    if url.startswith("/"):
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url
    return url


def update_url(proposal: Proposal) -> str:
    """The signed link to update the entry, on the directory in the proposer's language."""
    index = proposal.page.get_parent().specific
    route = index.reverse_subpage("proposal_update", kwargs={"token": make_update_token(proposal)})
    return absolute_url((index.get_full_url() or "") + route)


def subject_for(kind: str, title: str) -> str:
    subjects = {
        RECEIVED: gettext("We received your proposal “%(title)s”"),
        UPDATE_RECEIVED: gettext("We received your changes to “%(title)s”"),
        PUBLISHED: gettext("“%(title)s” is published"),
        CHANGES_REQUESTED: gettext("“%(title)s” needs changes before we publish it"),
    }
    return subjects[kind] % {"title": title}


@task()
def send_proposal_email(proposal_id: str, kind: str, attempt: int = 1) -> bool:
    """Write to the proposer about their proposal, in the language they proposed in."""
    from cms.models import SiteSettings

    proposal = Proposal.objects.select_related("page").filter(pk=proposal_id).first()
    if proposal is None or kind not in EMAIL_KINDS:
        return False  # the entry was deleted since: nobody to write to
    entry = proposal.page.specific
    latest = entry.get_latest_revision_as_object() if entry.latest_revision_id else entry
    with (
        retried_on_failure(
            send_proposal_email,
            attempt,
            proposal_id,
            kind,
            description=f"Proposal email ({kind}) for page {proposal.page_id}",
        ),
        translation.override(proposal.language),
    ):
        body = render_to_string(
            f"submissions/email/{kind}.txt",
            {
                "proposal": proposal,
                "title": latest.title,
                "public_url": absolute_url(entry.get_full_url()) if entry.live else "",
                "update_url": update_url(proposal),
                "reason": proposal.reason,
                "site_identity": SiteSettings.for_page(entry),
            },
        )
        send_mail(
            subject=subject_for(kind, latest.title),
            message=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[proposal.proposer_email],
        )
    return True


def enqueue_proposal_email(proposal_id, kind: str) -> None:
    """Enqueue an email; a broken queue is logged, the proposal is already stored."""
    try:
        send_proposal_email.enqueue(str(proposal_id), kind)
    except Exception:
        logger.exception("Could not enqueue the %s email of proposal %s", kind, proposal_id)
