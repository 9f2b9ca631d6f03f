"""The public side of proposals: the form, the thank-you page and the owner's update link.

Called by the routes of `pages.AcceptsProposals` with the directory page. The order of checks
on a POST is the one every public form of the site follows (`cms.opencalls.applying`): the
rate limit first, then the form with its honeypot. A refusal re-renders the form with a 4xx
status in the visitor's language, the error by each field and every other answer kept.

A proposal is one transaction: the draft page (never live) under the directory in the
directory's language, its first revision, the proposer's row and the submission to Wagtail's
workflow; the email is enqueued once that has committed.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.text import format_lazy, slugify
from django.utils.translation import gettext_lazy as _

from wagtail.images import get_image_model
from wagtail.models import Collection, Page

from cms.ownership import programme_of
from cms.public_forms import RateLimit
from cms.submissions.forms import PhotoField, ProposalForm, rich_text_as_paragraphs
from cms.submissions.models import Proposal, ProposalStatus
from cms.submissions.moderation import submit_for_moderation
from cms.submissions.tasks import RECEIVED, UPDATE_RECEIVED, enqueue_proposal_email
from cms.submissions.tokens import ExpiredLink, InvalidLink, read_update_token

# Per client address: a person correcting mistakes, never a script filling a directory.
PROPOSAL_LIMIT = RateLimit(group="submissions:propose", rate="10/h")
UPDATE_LIMIT = RateLimit(group="submissions:update", rate="20/h")

PROPOSE_TEMPLATE = "submissions/propose.html"
THANKS_TEMPLATE = "submissions/thanks.html"
LINK_REFUSED_TEMPLATE = "submissions/link_refused.html"
# The first segments of `AcceptsProposals`' routes: never an entry's slug.
ROUTE_SLUGS = {"propose", "update"}


class HttpResponseSeeOther(HttpResponseRedirect):
    status_code = 303  # the browser follows with a GET: a refresh never re-sends the POST


def _context(index: Page, request: HttpRequest, **extra) -> dict:
    # The directory's own context (its listing, filters) is not needed to show a form: only
    # what the base template needs about the page (language switcher, navigation).
    context = Page.get_context(index, request)
    context.update(extra)
    return context


def _render(index, request, template: str, *, status: int = 200, **extra) -> TemplateResponse:
    response = TemplateResponse(request, template, _context(index, request, **extra), status=status)
    response["Cache-Control"] = "private, no-store"
    return response


def _form_page(index, request, form: ProposalForm, *, status=200, refusal="", entry=None):
    if entry is not None:
        _mention_current_photos(form, entry)
    response = _render(
        index,
        request,
        PROPOSE_TEMPLATE,
        status=status,
        form=form,
        refusal=refusal,
        entry=entry,
        updating=entry is not None,
    )
    if entry is not None:
        response["Referrer-Policy"] = "no-referrer"  # the address holds the owner's token
    return response


def _mention_current_photos(form: ProposalForm, entry) -> None:
    """On the update form: say a photo is already there, kept unless a new one is chosen."""
    for name, field in form.fields.items():
        current = getattr(entry, name, None) if isinstance(field, PhotoField) else None
        if current is not None:
            field.help_text = format_lazy(
                "{} {}",
                field.help_text,
                _("A photo is already chosen (%(title)s); choose one only to replace it.")
                % {"title": current.title},
            )


# --- proposing ------------------------------------------------------------------------------------


def propose(index, request: HttpRequest) -> HttpResponse:
    form_class = index.proposal_form_class()
    if request.method != "POST":
        return _form_page(index, request, form_class())
    if PROPOSAL_LIMIT.exceeded_by(request):
        # Shown back as typed (unbound: no errors), nothing stored.
        form = form_class(initial=request.POST.dict())
        return _form_page(index, request, form, status=429, refusal="rate_limited")
    form = form_class(request.POST, request.FILES)
    form_is_valid = form.is_valid()
    if form.honeypot_filled:
        return _form_page(index, request, form, status=400, refusal="spam")
    if form_is_valid:
        try:
            create_proposal(index, form)
        except ValidationError as error:
            _add_model_errors(form, error)
        else:
            return HttpResponseSeeOther(
                index.get_url(request) + index.reverse_subpage("proposal_thanks")
            )
    return _form_page(index, request, form, status=400)


def thanks(index, request: HttpRequest) -> HttpResponse:
    return _render(index, request, THANKS_TEMPLATE, updated=request.GET.get("updated") == "1")


def _add_model_errors(form: ProposalForm, error: ValidationError) -> None:
    """The page model's own validation, by the field it names when the form has it."""
    for field, messages in getattr(error, "message_dict", {"__all__": error.messages}).items():
        for message in messages:
            form.add_error(field if field in form.fields else None, message)


def _team_collection(index) -> Collection:
    """Photos go to the collection of the directory's programme team, where it has one."""
    from cms.plugin_manager import get_programme

    root = Collection.get_first_root_node()
    programme = get_programme(programme_of(index))
    if programme is None:
        return root
    return root.get_children().filter(name=programme.info.name["ro"]).first() or root


def _apply_entry_values(entry, form: ProposalForm, index) -> list[int]:
    """Put the form's answers on the entry; store new photos as Wagtail images. Their ids."""
    new_images = []
    for name in form.entry_field_names:
        value = form.cleaned_data.get(name)
        if isinstance(form.fields[name], PhotoField):
            if not value:
                continue  # no new photo: the current one stays
            image = get_image_model()(
                title=form.cleaned_data.get("title") or entry.title,
                file=value,
                collection=_team_collection(index),
            )
            image._set_image_file_metadata()
            image.save()
            new_images.append(image.pk)
            setattr(entry, name, image)
        else:
            setattr(entry, name, value if value is not None else "")
    return new_images


def _free_slug(index, title: str) -> str:
    """A slug no sibling has, and none of the directory's own routes (a hub called "Update"
    at `…/update/` would be hidden by the update link's route)."""
    base = slugify(title)[:70] or "propunere"
    taken = set(index.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    taken |= ROUTE_SLUGS
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


@transaction.atomic
def create_proposal(index, form: ProposalForm) -> Proposal:
    entry = index.proposal_entry_model()(live=False, locale_id=index.locale_id)
    images = _apply_entry_values(entry, form, index)
    entry.slug = _free_slug(index, entry.title)
    index.add_child(instance=entry)
    entry.save_revision(log_action=True)
    proposal = Proposal.objects.create(
        page=entry,
        programme=programme_of(entry),
        language=index.locale.language_code,
        proposer_name=form.cleaned_data["proposer_name"],
        proposer_email=form.cleaned_data["proposer_email"],
        contact_public=form.cleaned_data["contact_public"],
        consent_given_at=timezone.now(),
        uploaded_image_ids=images,
    )
    submit_for_moderation(entry, index)
    transaction.on_commit(lambda: enqueue_proposal_email(proposal.pk, RECEIVED))
    return proposal


# --- the owner's update link ------------------------------------------------------------------------


def _refused_link(index, request, *, expired: bool) -> TemplateResponse:
    response = _render(
        index,
        request,
        LINK_REFUSED_TEMPLATE,
        status=410 if expired else 404,
        expired=expired,
    )
    response["Referrer-Policy"] = "no-referrer"
    return response


def _initial_values(latest, form_class: type[ProposalForm]) -> dict:
    from wagtail.fields import RichTextField

    initial = {}
    for name in form_class.entry_field_names:
        model_field = latest._meta.get_field(name)
        if isinstance(form_class.base_fields[name], PhotoField):
            continue
        value = getattr(latest, name)
        initial[name] = (
            rich_text_as_paragraphs(value) if isinstance(model_field, RichTextField) else value
        )
    return initial


def update(index, request: HttpRequest, token: str) -> HttpResponse:
    try:
        proposal = read_update_token(token)
    except ExpiredLink:
        return _refused_link(index, request, expired=True)
    except InvalidLink:
        return _refused_link(index, request, expired=False)
    parent = proposal.page.get_parent()
    if parent is None or parent.translation_key != index.translation_key:
        return _refused_link(index, request, expired=False)  # a link of another directory

    entry = proposal.page.specific
    latest = entry.get_latest_revision_as_object()
    form_class = index.proposal_form_class()
    if request.method != "POST":
        form = form_class(initial=_initial_values(latest, form_class), updating=True)
        return _form_page(index, request, form, entry=latest)
    if UPDATE_LIMIT.exceeded_by(request):
        form = form_class(initial=request.POST.dict(), updating=True)
        return _form_page(index, request, form, status=429, refusal="rate_limited", entry=latest)
    form = form_class(request.POST, request.FILES, updating=True)
    form_is_valid = form.is_valid()
    if form.honeypot_filled:
        return _form_page(index, request, form, status=400, refusal="spam", entry=latest)
    if form_is_valid:
        try:
            update_proposal(index, proposal, latest, form)
        except ValidationError as error:
            _add_model_errors(form, error)
        else:
            thanks_url = index.get_url(request) + index.reverse_subpage("proposal_thanks")
            response = HttpResponseSeeOther(f"{thanks_url}?updated=1")
            response["Referrer-Policy"] = "no-referrer"
            return response
    return _form_page(index, request, form, status=400, entry=latest)


@transaction.atomic
def update_proposal(index, proposal: Proposal, latest, form: ProposalForm) -> None:
    """A new revision of the entry, sent to moderation again; the live version stays live."""
    images = _apply_entry_values(latest, form, index)
    latest.save_revision(log_action=True)  # writes the revision, never the live fields
    proposal.status = ProposalStatus.AWAITING_MODERATION
    proposal.reason = ""
    proposal.uploaded_image_ids = [*proposal.uploaded_image_ids, *images]
    proposal.save(update_fields=["status", "reason", "uploaded_image_ids", "updated_at"])
    submit_for_moderation(latest, index)
    transaction.on_commit(lambda: enqueue_proposal_email(proposal.pk, UPDATE_RECEIVED))
