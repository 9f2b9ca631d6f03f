"""What an edition, a module, a session and a mentor show, read from the records that hold it:
the modules' links to mentor profiles, the sessions (events under the modules) and their
occurrences, the edition's call. Never typed twice, and never expanded per request.

Every function here costs a fixed number of queries, whatever the number of modules, sessions,
dates or mentors (the query-budget tests hold it).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Max, Min
from django.utils.translation import gettext as _

from cms.events.models import Occurrence, OccurrenceStatus
from cms.people.listing import public_people
from cms.translations import TIME_ZONE, copies_in, copy_in, in_language


@dataclass
class MentorCard:
    """A mentor's profile with the person as the public may see them, in one language."""

    page: object
    person: object


@dataclass
class Span:
    """The first start and the last end of some dates (local time)."""

    start: datetime.datetime
    end: datetime.datetime

    @property
    def one_day(self) -> bool:
        return self.start.date() == self.end.date()


@dataclass
class ModuleCard:
    page: object
    mentors: list[MentorCard] = field(default_factory=list)
    span: Span | None = None
    sessions: int = 0


@dataclass
class Milestone:
    """One dated step of an edition: its call opening or closing, a module's sessions, an
    event of the edition itself (a launch, a showcase)."""

    kind: str  # "call_opens", "call_closes", "module", "event"
    label: str
    start: datetime.datetime
    end: datetime.datetime | None = None
    page: object | None = None

    @property
    def is_range(self) -> bool:
        return self.end is not None and self.end.date() != self.start.date()


def mentor_cards(keys, locale_id) -> dict:
    """{translation_key: MentorCard} of the mentor profiles `keys`, in `locale_id`, only those
    the public may see (published, with the person's consent). Three queries."""
    from plugins.academy.models import MentorPage

    keys = set(keys)
    if not keys:
        return {}
    pages = copies_in(
        MentorPage.objects.live().public().select_related("person").defer_streamfields(),
        keys,
        locale_id,
        fallback=False,
    )
    people = public_people({page.person.translation_key for page in pages.values()}, locale_id)
    return {
        key: MentorCard(page, people[page.person.translation_key])
        for key, page in pages.items()
        if page.person.translation_key in people
    }


def _by_name(cards) -> list[MentorCard]:
    return sorted(cards, key=lambda card: (card.person.name.casefold(), card.page.pk))


def module_mentor_keys(modules) -> dict[int, list]:
    """{module pk: [mentor profiles' translation keys]} in one query."""
    from plugins.academy.models import ModulePage

    through = ModulePage.mentors.through
    found: dict[int, list] = {}
    for module_id, key in through.objects.filter(
        modulepage_id__in=[module.pk for module in modules]
    ).values_list("modulepage_id", "mentorpage__translation_key"):
        found.setdefault(module_id, []).append(key)
    return found


def session_spans(events) -> dict:
    """{event translation_key: (Span, number of dates)} of the events' dates that are not
    cancelled, in one query."""
    rows = (
        Occurrence.objects.filter(series_id__in=[event.translation_key for event in events])
        .exclude(status=OccurrenceStatus.CANCELLED)
        .values("series_id")
        .annotate(first=Min("start"), last=Max("end"))
    )
    return {
        row["series_id"]: Span(
            row["first"].astimezone(TIME_ZONE), row["last"].astimezone(TIME_ZONE)
        )
        for row in rows
    }


def _merge(spans: list[Span]) -> Span | None:
    if not spans:
        return None
    return Span(min(span.start for span in spans), max(span.end for span in spans))


def _events_under(page):
    from plugins.academy.models import AcademyEventPage

    return list(
        AcademyEventPage.objects.descendant_of(page)
        .live()
        .public()
        .filter(in_language(page.locale_id))
        .defer_streamfields()
        .only("pk", "title", "path", "depth", "url_path", "translation_key", "locale_id")
        .order_by("path")
    )


def edition_context(edition) -> dict:
    """The edition's modules (with mentors and dates), its course director, its call and its
    timeline, in the edition's language."""
    from plugins.academy.models import ModulePage

    modules = list(
        ModulePage.objects.child_of(edition).live().public().defer_streamfields().order_by("path")
    )
    mentors_of = module_mentor_keys(modules)
    director_key = None
    if edition.course_director_id:
        director_key = (
            type(edition)
            .course_director.field.related_model.objects.filter(pk=edition.course_director_id)
            .values_list("translation_key", flat=True)
            .first()
        )
    keys = {key for found in mentors_of.values() for key in found} | (
        {director_key} if director_key else set()
    )
    cards = mentor_cards(keys, edition.locale_id)
    events = _events_under(edition)
    spans = session_spans(events)
    call = _call_in(edition) if edition.call_id else None

    module_cards = []
    own_events = []
    by_path = {module.path: ModuleCard(module) for module in modules}
    for module in modules:
        card = by_path[module.path]
        card.mentors = _by_name(cards[key] for key in mentors_of.get(module.pk, []) if key in cards)
        module_cards.append(card)
    module_spans: dict[str, list[Span]] = {}
    for event in events:
        parent_path = event.path[: -event.steplen]
        span = spans.get(event.translation_key)
        if parent_path in by_path:
            by_path[parent_path].sessions += 1
            if span:
                module_spans.setdefault(parent_path, []).append(span)
        elif parent_path == edition.path:
            own_events.append((event, span))
    for path, card in by_path.items():
        card.span = _merge(module_spans.get(path, []))

    return {
        "modules": module_cards,
        "course_director": cards.get(director_key) if director_key else None,
        "mentors": _by_name(
            {card.page.pk: card for module in module_cards for card in module.mentors}.values()
        ),
        "edition_call": call,
        "timeline": timeline(call, module_cards, own_events),
    }


def _call_in(edition):
    """The edition's call in the edition's language (else its governing copy), one query."""
    from plugins.academy.models import AcademyCallPage

    key = AcademyCallPage.objects.filter(pk=edition.call_id).values("translation_key")
    return copy_in(AcademyCallPage.objects.public(), key, edition.locale_id)


def timeline(call, module_cards: list[ModuleCard], own_events) -> list[Milestone]:
    """The edition's dated milestones, in order: the call's opening (the launch) and deadline
    (selection follows), each module's sessions, the edition's own events (a showcase)."""
    milestones = []
    if call is not None:
        # The moments are the governing (Romanian) page's, as the call itself applies them.
        rules = call.rules_page()
        if rules.opens_at:
            milestones.append(
                Milestone(
                    "call_opens",
                    _("The call opens"),
                    rules.opens_at.astimezone(TIME_ZONE),
                    page=call,
                )
            )
        if rules.closes_at:
            milestones.append(
                Milestone(
                    "call_closes",
                    _("Application deadline; selection follows"),
                    rules.closes_at.astimezone(TIME_ZONE),
                    page=call,
                )
            )
    for card in module_cards:
        if card.span:
            milestones.append(
                Milestone("module", card.page.title, card.span.start, card.span.end, card.page)
            )
    for event, span in own_events:
        if span:
            milestones.append(Milestone("event", event.title, span.start, span.end, event))
    return sorted(milestones, key=lambda milestone: (milestone.start, milestone.label))


def module_context(module) -> dict:
    """The module's edition, mentors and sessions (each with its dates), in its language."""
    from plugins.academy.models import ProgrammeEditionPage

    edition = ProgrammeEditionPage.objects.filter(pk=module.get_parent().pk).first()
    keys = module_mentor_keys([module]).get(module.pk, [])
    cards = mentor_cards(keys, module.locale_id)
    sessions = _events_under(module)
    spans = session_spans(sessions)
    rows = sorted(
        ((event, spans.get(event.translation_key)) for event in sessions),
        key=lambda row: (row[1] is None, row[1].start if row[1] else None, row[0].pk),
    )
    return {
        "edition": edition,
        "module_mentors": _by_name(cards[key] for key in keys if key in cards),
        "sessions": rows,
    }


def session_context(event) -> dict:
    """For an event under a module: its module, edition and mentors; for a session of a
    gathering (the Forum): that event; else nothing."""
    from plugins.academy.models import AcademyEventPage, ModulePage, ProgrammeEditionPage

    parent = event.get_parent()
    if parent is not None and parent.specific_class is AcademyEventPage:
        return {"session_of_event": parent}
    if parent is None or parent.specific_class is not ModulePage:
        return {}
    module = ModulePage.objects.get(pk=parent.pk)
    edition = ProgrammeEditionPage.objects.filter(pk=module.get_parent().pk).first()
    keys = module_mentor_keys([module]).get(module.pk, [])
    cards = mentor_cards(keys, event.locale_id)
    return {
        "session_module": module,
        "session_edition": edition,
        "session_mentors": _by_name(cards[key] for key in keys if key in cards),
    }


def mentor_teaching(mentor) -> dict:
    """The modules a mentor teaches and the editions they direct, in the profile's language,
    each module with its edition. Three queries."""
    from plugins.academy.models import ModulePage, ProgrammeEditionPage

    editions = {
        edition.path: edition
        for edition in ProgrammeEditionPage.objects.live()
        .public()
        .filter(in_language(mentor.locale_id))
        .defer_streamfields()
    }
    modules = list(
        ModulePage.objects.live()
        .public()
        .filter(in_language(mentor.locale_id), mentors__translation_key=mentor.translation_key)
        .distinct()
        .defer_streamfields()
        .order_by("path")
    )
    directed = set(
        ProgrammeEditionPage.objects.filter(
            course_director__translation_key=mentor.translation_key
        ).values_list("translation_key", flat=True)
    )
    return {
        "taught_modules": [
            (module, editions.get(module.path[: -module.steplen])) for module in modules
        ],
        "directed_editions": [
            edition for edition in editions.values() if edition.translation_key in directed
        ],
    }
