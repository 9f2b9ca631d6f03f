"""Admin: the letters (write, preview in each language, send) and the subscribers' counts.

Editors (and administrators) write and send letters and see every count. A programme's team
sees the counts of its own programme only, and previews the letter as its programme's readers
get it. Exporting the addresses needs the `newsletter.export_subscribers` permission.
"""

from __future__ import annotations

import csv

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cms.newsletter import sending
from cms.newsletter.admin_forms import LetterForm
from cms.newsletter.letters import build_digest_letter
from cms.newsletter.models import (
    Delivery,
    Letter,
    LetterStatus,
    Subscriber,
    SubscriberProgramme,
)
from cms.ownership import records_of_programmes
from cms.plugin_manager import enabled_programmes
from cms.teams import programmes_for_user


def _editor_only(user) -> None:
    if programmes_for_user(user) is not None:
        raise PermissionDenied


def subscriber_counts(user) -> dict:
    """Receiving subscribers per programme and language, of the programmes `user` may see;
    the totals per language only for those who see every programme."""
    programmes = programmes_for_user(user)
    receiving = Subscriber.objects.receiving()
    rows = records_of_programmes(
        SubscriberProgramme.objects.filter(subscriber__in=receiving), programmes
    )
    counts = {
        (row["programme"], row["subscriber__language"]): row["count"]
        for row in rows.values("programme", "subscriber__language").annotate(count=Count("id"))
    }
    languages = [code for code, _name in settings.LANGUAGES]
    language = get_language() or settings.LANGUAGE_CODE  # the admin's own language
    visible = [p for p in enabled_programmes() if programmes is None or p.slug in programmes]
    table = [
        {
            "name": programme.info.name_in(language),
            "counts": [counts.get((programme.slug, code), 0) for code in languages],
        }
        for programme in visible
    ]
    totals = None
    if programmes is None:
        per_language = dict(
            receiving.values_list("language")
            .annotate(count=Count("id"))
            .values_list("language", "count")
        )
        totals = [per_language.get(code, 0) for code in languages]
    return {"languages": languages, "rows": table, "totals": totals}


def letter_counts(user, letters) -> None:
    """Each letter's deliveries per status, as `letter.counts`; a team counts only the
    recipients who chose its programme."""
    programmes = programmes_for_user(user)
    deliveries = Delivery.objects.filter(letter__in=letters)
    if programmes is not None:
        chose = records_of_programmes(SubscriberProgramme.objects.all(), programmes)
        deliveries = deliveries.filter(subscriber__in=chose.values("subscriber"))
    counts: dict = {}
    for row in deliveries.values("letter_id", "status").annotate(count=Count("id")):
        counts.setdefault(row["letter_id"], {})[row["status"]] = row["count"]
    for letter in letters:
        letter.counts = counts.get(letter.pk, {})


def index(request):
    letters = list(Letter.objects.all()[:24])
    letter_counts(request.user, letters)
    return TemplateResponse(
        request,
        "newsletter/admin/index.html",
        {
            "letters": letters,
            "counts": subscriber_counts(request.user),
            "is_editor": programmes_for_user(request.user) is None,
            "can_export": request.user.has_perm("newsletter.export_subscribers"),
        },
    )


def edit(request, letter_id: int | None = None):
    _editor_only(request.user)
    letter = get_object_or_404(Letter, pk=letter_id) if letter_id else None
    if letter and letter.status != LetterStatus.DRAFT:
        messages.error(request, _("This letter is being sent or was sent: it cannot change."))
        return redirect("newsletter_admin:index")
    form = LetterForm(request.POST or None, instance=letter)
    if request.method == "POST" and form.is_valid():
        letter = form.save()
        messages.success(request, _("The letter is saved. Preview it before sending."))
        return redirect("newsletter_admin:edit", letter_id=letter.pk)
    return TemplateResponse(
        request,
        "newsletter/admin/edit.html",
        {"form": form, "letter": letter, "languages": settings.LANGUAGES},
        status=400 if form.errors else 200,
    )


def preview(request, letter_id: int, language: str):
    """The letter's HTML as a reader of every programme (a team: of its programmes) gets it."""
    letter = get_object_or_404(Letter, pk=letter_id)
    if language not in dict(settings.LANGUAGES):
        raise PermissionDenied
    programmes = programmes_for_user(request.user)
    if programmes is None:
        programmes = [p.slug for p in enabled_programmes()]
    reader = Subscriber(email="preview@example.org", language=language)
    message = build_digest_letter(letter, reader, programmes=sorted(programmes))
    [(html, _mimetype)] = message.alternatives
    response = HttpResponse(html)
    response["Content-Security-Policy"] = "default-src 'none'; img-src *; style-src 'unsafe-inline'"
    return response


@require_POST
def send(request, letter_id: int):
    """Send a draft to every subscriber who receives letters; or resume one left half-sent."""
    _editor_only(request.user)
    letter = get_object_or_404(Letter, pk=letter_id)
    if letter.status == LetterStatus.DRAFT:
        sending.start_sending(letter)
        messages.success(request, _("The letter is being sent: one per subscriber."))
    elif letter.status == LetterStatus.SENDING:
        sending.resume_unfinished()
        messages.success(request, _("Sending is resumed where it stopped."))
    else:
        messages.error(request, _("This letter was already sent."))
    return redirect("newsletter_admin:index")


def export(request):
    """The receiving subscribers as CSV, for holders of the personal-data permission only."""
    if not request.user.has_perm("newsletter.export_subscribers"):
        raise PermissionDenied
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="newsletter-subscribers.csv"'
    response["Cache-Control"] = "private, no-store"
    writer = csv.writer(response)
    writer.writerow(["email", "language", "programmes", "signed_up", "confirmed"])
    subscribers = (
        Subscriber.objects.receiving().prefetch_related("programme_choices").order_by("email")
    )
    for subscriber in subscribers:
        writer.writerow(
            [
                _neutralise(subscriber.email),
                subscriber.language,
                " ".join(subscriber.programme_slugs),
                subscriber.created_at.isoformat(),
                subscriber.confirmed_at.isoformat(),
            ]
        )
    return response


def _neutralise(value: str) -> str:
    """A cell a spreadsheet would run as a formula starts with a quote instead."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value
