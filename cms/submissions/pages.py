"""The two halves a plugin subclasses: a directory that accepts proposals, and its entries.

    class HubsDirectoryPage(AcceptsProposals, DirectoryIndexPage):
        proposal_page_model = "hubs.HubPage"
        proposal_fields = ["title", "website", "locality", "photo", "description"]

    class HubPage(ProposalEntry, ProgrammeOwned, Page):
        duplicate_website_field = "website"
        duplicate_locality_field = "locality"

See docs/kits/submissions.md for every attribute and what the public gets.
"""

from __future__ import annotations

from django.apps import apps
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from cms.submissions import proposing
from cms.submissions.duplicates import DuplicateKeys
from cms.submissions.forms import ProposalForm, proposal_form_class
from cms.submissions.models import Proposal
from cms.submissions.panels import ProposalPanel


class AcceptsProposals(RoutablePageMixin):
    """A mixin for an index page whose visitors may propose a child entry.

    Routes (under the index's own address, in its language): `propose/` (the form),
    `propose/thanks/`, and `update/<signed token>/` (the owner's link, sent in every email).

    A subclass sets:

    * `proposal_page_model` — the child page type a proposal creates (`"app_label.Model"` or
      the class); it should mix in `ProposalEntry`;
    * `proposal_fields` — the fields of that model the public fills, in order; `"title"` (the
      entry's name) must be one of them; every other field of the model must be optional;

    and may set `proposal_labels` ({field: label} for the public form), `proposal_link_text`
    (the directory's link to the form, e.g. "Add your hub"), and `proposal_photo_max_mb` (default 5; Wagtail's own upload limit still applies), or override
    `accepts_proposals` (e.g. with a BooleanField editors tick) to close the form.
    """

    proposal_page_model: str | type = ""
    proposal_fields: list[str] = []
    proposal_labels: dict[str, str] = {}
    proposal_link_text = _("Propose an entry for this directory")
    proposal_photo_max_mb: int = 5
    accepts_proposals: bool = True

    @classmethod
    def proposal_entry_model(cls):
        model = cls.proposal_page_model
        return apps.get_model(model) if isinstance(model, str) else model

    def proposal_form_class(self) -> type[ProposalForm]:
        labels = {"title": _("Name"), **self.proposal_labels}
        return proposal_form_class(
            self.proposal_entry_model(),
            self.proposal_fields,
            labels=labels,
            photo_max_bytes=self.proposal_photo_max_mb * 1024 * 1024,
        )

    @property
    def proposal_url(self) -> str:
        """The form's address, for the directory's template ("Add your hub")."""
        if not self.accepts_proposals:
            return ""
        return (self.url or "") + self.reverse_subpage("proposal_form")

    def _proposals_open(self) -> None:
        if not self.accepts_proposals or not self.proposal_fields:
            raise Http404

    @path("propose/", name="proposal_form")
    def proposal_form_view(self, request):
        self._proposals_open()
        return proposing.propose(self, request)

    @path("propose/thanks/", name="proposal_thanks")
    def proposal_thanks_view(self, request):
        self._proposals_open()
        return proposing.thanks(self, request)

    @path("update/<path:token>/", name="proposal_update")
    def proposal_update_view(self, request, token: str):
        # Open even when new proposals are closed: an owner may still correct their entry.
        return proposing.update(self, request, token)


class ProposalEntry:
    """A mixin for the entry page type a proposal creates.

    What the proposer typed lives in the page's own fields; who they are lives in a private
    `Proposal` row (not in page fields, so never in revisions, translations or exports),
    deleted with the page. A subclass may set `duplicate_website_field` and
    `duplicate_locality_field` (field names; "" for none) or override `duplicate_keys()` when
    the locality comes from elsewhere (a place).

    The moderator's panel (`ProposalPanel`: the proposer, likely duplicates) is put first in the
    subclass's `content_panels` unless it is already there.
    """

    duplicate_website_field: str = "website"
    duplicate_locality_field: str = ""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        panels = getattr(cls, "content_panels", None)
        if panels is not None and not any(isinstance(p, ProposalPanel) for p in panels):
            cls.content_panels = [ProposalPanel(), *panels]

    def duplicate_keys(self) -> DuplicateKeys:
        def value(field_name: str) -> str:
            return str(getattr(self, field_name, "") or "") if field_name else ""

        return DuplicateKeys(
            name=self.title,
            website=value(self.duplicate_website_field),
            locality=value(self.duplicate_locality_field),
        )

    @property
    def proposal(self) -> Proposal | None:
        """The proposal this entry came from (any language's copy), or None."""
        if not getattr(self, "translation_key", None):
            return None
        return Proposal.objects.filter(page__translation_key=self.translation_key).first()

    def public_contact(self) -> dict[str, str] | None:
        """The proposer's name and email, only if they agreed to show them publicly."""
        proposal = self.proposal
        if proposal is None or not proposal.contact_public:
            return None
        return {"name": proposal.proposer_name, "email": proposal.proposer_email}
