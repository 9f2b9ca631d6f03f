"""Admin: an event's occurrences, with "cancel", "move" and "restore" for one date.

Allowed to whoever may edit the event's page (in any of its languages): the occurrences belong
to the event, which both translations share.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from wagtail import hooks

from cms.events.forms import MoveOccurrenceForm
from cms.events.models import EventPage, Occurrence, OccurrenceStatus
from cms.events.overrides import cancel_occurrence, move_occurrence, restore_occurrence
from cms.events.repeat_editor import RepeatField
from cms.events.rule_words import recurrence_in_words


def _editable_page(user, page_id: int) -> EventPage:
    page = get_object_or_404(EventPage, pk=page_id)
    if not page.permissions_for_user(user).can_edit():
        raise PermissionDenied
    return page


def _occurrence(page: EventPage, pk: int) -> Occurrence:
    return get_object_or_404(Occurrence, pk=pk, series_id=page.translation_key)


def occurrence_list(request, page_id: int):
    page = _editable_page(request.user, page_id)
    occurrences = Occurrence.objects.filter(series_id=page.translation_key).order_by("start")
    return TemplateResponse(
        request,
        "events/admin/occurrences.html",
        {"page": page, "occurrences": occurrences, "recurrence_text": page.recurrence_text()},
    )


def cancel(request, page_id: int, pk: int):
    """Cancel one date, after a confirmation page that says who will be emailed.

    GET shows the confirmation; only a POST carrying its `confirm` field cancels. A POST
    without it (an old bookmark, a form from before this step) shows the confirmation again.
    Who is told is said by the apps that tell them, through the Wagtail hook
    `describe_occurrence_cancellation(occurrence)` -> [(label, count), …] (cms.registrations
    counts the seated and the waiting): the events engine knows no one.
    """
    page = _editable_page(request.user, page_id)
    occurrence = _occurrence(page, pk)
    if occurrence.status == OccurrenceStatus.CANCELLED:
        # Cancelling twice would email everyone twice.
        messages.info(request, _("This date is already cancelled."))
        return redirect("events_admin:occurrences", page_id=page.pk)
    if request.method != "POST" or "confirm" not in request.POST:
        told = [
            (label, count)
            for describe in hooks.get_hooks("describe_occurrence_cancellation")
            for label, count in describe(occurrence)
        ]
        return TemplateResponse(
            request,
            "events/admin/confirm_cancel.html",
            {
                "page": page,
                "occurrence": occurrence,
                "told": told,
                "told_count": sum(count for _label, count in told),
            },
        )
    cancel_occurrence(occurrence)
    messages.success(
        request,
        _("%(date)s is cancelled.") % {"date": date_format(occurrence.local_start, "j F Y")},
    )
    return redirect("events_admin:occurrences", page_id=page.pk)


@require_POST
def restore(request, page_id: int, pk: int):
    page = _editable_page(request.user, page_id)
    occurrence = _occurrence(page, pk)
    restore_occurrence(occurrence)
    messages.success(
        request,
        _("%(date)s is back on its scheduled time.")
        % {"date": date_format(occurrence.original_date, "j F Y")},
    )
    return redirect("events_admin:occurrences", page_id=page.pk)


def move(request, page_id: int, pk: int):
    page = _editable_page(request.user, page_id)
    occurrence = _occurrence(page, pk)
    form = MoveOccurrenceForm(request.POST or None, occurrence=occurrence)
    if request.method == "POST" and form.is_valid():
        move_occurrence(occurrence, form.cleaned_data["start"], form.cleaned_data["end"])
        messages.success(
            request,
            _("The date is moved to %(when)s.")
            % {"when": date_format(occurrence.local_start, "j F Y, H:i")},
        )
        return redirect("events_admin:occurrences", page_id=page.pk)
    return TemplateResponse(
        request,
        "events/admin/move_occurrence.html",
        {"page": page, "occurrence": occurrence, "form": form},
        status=400 if form.errors else 200,
    )


@require_GET
def repeat_summary(request):
    """The repeat editor's controls (as query parameters) said in words, for its live summary.

    The same function as the saved summary and the public page, so the words never differ.
    Any admin user may ask (Wagtail requires admin access for every admin URL); it reads nothing
    stored. Controls that do not make a rule answer 400 with the message the form would show.
    """
    field = RepeatField()
    name = request.GET.get("field") or "recurrence"
    controls = field.widget.value_from_datadict(request.GET, {}, name)
    if field.widget.value_omitted_from_data(request.GET, {}, name):
        return JsonResponse({"error": _("No repeat controls were sent.")}, status=400)
    try:
        value = field.clean(controls)
    except ValidationError as error:
        return JsonResponse({"error": " ".join(error.messages)}, status=400)
    return JsonResponse({"text": recurrence_in_words(value) or _("Does not repeat.")})
