"""What a moderator sees at the top of a proposed entry in the editor: who proposed it (the
private contact, and whether it may be shown publicly) and the entries it likely duplicates.

`ProposalEntry` puts `ProposalPanel` first in its subclasses' content panels; the panel shows
nothing on pages nobody proposed.
"""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import Panel

from cms.submissions.duplicates import likely_duplicates
from cms.submissions.models import Proposal


class ProposalPanel(Panel):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("heading", _("Public proposal"))
        super().__init__(*args, **kwargs)

    @property
    def clean_name(self):
        return super().clean_name or "public_proposal"

    class BoundPanel(Panel.BoundPanel):
        template_name = "submissions/admin/proposal_panel.html"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.proposal = None
            if self.instance is not None and self.instance.pk:
                self.proposal = Proposal.objects.filter(
                    page__translation_key=self.instance.translation_key
                ).first()

        def is_shown(self) -> bool:
            return self.proposal is not None and super().is_shown()

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["proposal"] = self.proposal
            context["duplicates"] = [
                {
                    "page": duplicate.page,
                    "reason": duplicate.reason,
                    "edit_url": reverse("wagtailadmin_pages:edit", args=[duplicate.page.pk]),
                }
                for duplicate in likely_duplicates(self.instance)
            ]
            return context
