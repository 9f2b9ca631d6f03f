"""Start-up checks: a directory that accepts proposals names an entry model and fields that can
work, so a misconfigured plugin stops at `manage.py check`, not at a visitor's POST."""

from __future__ import annotations

from django.apps import apps
from django.core import checks
from django.core.exceptions import FieldDoesNotExist

from cms.submissions.forms import entry_form_field
from cms.submissions.pages import AcceptsProposals, ProposalEntry


def _entry_model(index_model):
    try:
        return index_model.proposal_entry_model()
    except (LookupError, ValueError):
        return None


def _problems(index_model) -> list[str]:
    entry_model = _entry_model(index_model)
    if entry_model is None:
        return [f"proposal_page_model {index_model.proposal_page_model!r} is not a model"]
    problems = []
    if not issubclass(entry_model, ProposalEntry):
        problems.append(f"{entry_model._meta.label} does not mix in ProposalEntry")
    fields = list(index_model.proposal_fields)
    if "title" not in fields:
        problems.append("proposal_fields must include 'title' (the entry's name)")
    for name in fields:
        try:
            entry_form_field(entry_model._meta.get_field(name), label=None, photo_max_bytes=1)
        except FieldDoesNotExist:
            problems.append(f"{entry_model._meta.label} has no field {name!r}")
        except (ValueError, AttributeError):
            problems.append(f"the public cannot fill {entry_model._meta.label}.{name}")
    # Fields the public does not fill must be optional, or no proposal can be saved.
    from wagtail.models import Page

    page_fields = {field.name for field in Page._meta.get_fields()}
    for field in entry_model._meta.concrete_fields:
        inherited = field.primary_key or getattr(field.remote_field, "parent_link", False)
        inherited = inherited or not field.editable  # set by code (`programme`), not typed
        if inherited or field.name in page_fields or field.name in fields:
            continue
        if not field.blank and not field.has_default():
            problems.append(
                f"{entry_model._meta.label}.{field.name} is required but not in proposal_fields"
            )
    return problems


@checks.register(checks.Tags.models)
def check_proposal_directories(app_configs, **kwargs):
    errors = []
    for model in apps.get_models():
        if not issubclass(model, AcceptsProposals) or not model.proposal_fields:
            continue
        for problem in _problems(model):
            errors.append(
                checks.Error(
                    f"{model._meta.label} accepts proposals, but {problem}.",
                    hint="See docs/kits/submissions.md.",
                    obj=model,
                    id="submissions.E001",
                )
            )
    return errors
