"""What Wagtail's moderation does to a proposal: the proposer hears of it, in their language.

* A proposed page is published (a moderator approved the workflow, or published it directly):
  "published", with its public address. Later republishing by editors writes to nobody: only a
  proposal awaiting moderation turns into "published".
* A moderator requests changes on the task ("Request changes", with a comment): Wagtail marks
  the workflow "needs changes" and sends `workflow_rejected`; the task's comment is emailed as
  the reason.
* A proposed page is deleted: its `Proposal` goes with it (a cascade), and the photos the
  proposer uploaded are deleted here, so nothing of the proposer is left behind.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_delete

from wagtail.models import Page
from wagtail.signals import page_published, workflow_rejected

from cms.submissions.models import Proposal, ProposalStatus
from cms.submissions.tasks import CHANGES_REQUESTED, PUBLISHED, enqueue_proposal_email


def proposal_published(sender, instance, **kwargs) -> None:
    proposal = Proposal.objects.filter(page_id=instance.pk).first()
    if proposal is None or proposal.status == ProposalStatus.PUBLISHED:
        return
    proposal.status = ProposalStatus.PUBLISHED
    proposal.reason = ""
    proposal.save(update_fields=["status", "reason", "updated_at"])
    transaction.on_commit(lambda: enqueue_proposal_email(proposal.pk, PUBLISHED))


def proposal_needs_changes(sender, instance, **kwargs) -> None:
    workflow_state = instance
    page_type = ContentType.objects.get_for_model(Page)
    if workflow_state.base_content_type_id != page_type.pk:
        return  # a snippet's workflow
    proposal = Proposal.objects.filter(page_id=int(workflow_state.object_id)).first()
    if proposal is None:
        return
    task_state = workflow_state.current_task_state
    proposal.status = ProposalStatus.CHANGES_REQUESTED
    proposal.reason = (task_state.comment if task_state else "") or ""
    proposal.save(update_fields=["status", "reason", "updated_at"])
    transaction.on_commit(lambda: enqueue_proposal_email(proposal.pk, CHANGES_REQUESTED))


def proposer_images_deleted(sender, instance, **kwargs) -> None:
    from wagtail.images import get_image_model

    if instance.uploaded_image_ids:
        for image in get_image_model().objects.filter(pk__in=instance.uploaded_image_ids):
            image.delete()  # the model's delete also removes the file and its renditions


def connect() -> None:
    page_published.connect(proposal_published, dispatch_uid="submissions-published")
    workflow_rejected.connect(proposal_needs_changes, dispatch_uid="submissions-needs-changes")
    post_delete.connect(proposer_images_deleted, sender=Proposal, dispatch_uid="submissions-erase")
