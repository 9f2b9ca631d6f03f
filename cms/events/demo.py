"""Demo helpers of the events engine: the centre's venues and audiences, and seed dates.

Plugins' `demo.py` call these while building their events with `DemoBuilder.page(...)`; the
snippets are found again on a second run, so `load_demo` stays idempotent. The centre's venues
and audiences are tables below; a programme passes its own with their English names.
"""

from __future__ import annotations

import datetime

from cms.demo import DemoBuilder
from cms.events.models import Audience, Venue

# Romanian name → (English name, address, latitude, longitude). Addresses as the centre gives them.
VENUES = {
    "CLTP Hub": ("CLTP Hub", "Str. Fluierașului nr. 3, Cluj-Napoca", "46.773600", "23.586500"),
    "Qub": ("Qub", "Str. Fluierașului nr. 3, Cluj-Napoca", "46.773500", "23.586700"),
    "Pavilionul ECCA": (
        "ECCA Pavilion",
        "Parcul Feroviarilor, Cluj-Napoca",
        "46.783600",
        "23.593300",
    ),
    "Garnizoana Culturală": (
        "Cultural Garrison",
        "Str. Avram Iancu nr. 17, Cluj-Napoca",
        "46.767200",
        "23.596400",
    ),
    "Castelul Bánffy": ("Bánffy Castle", "Bonțida, județul Cluj", "46.915700", "23.814700"),
    "Centrul de interpretare Vad": (
        "Vad Interpretation Centre",
        "Vad, județul Cluj",
        "47.200000",
        "23.750000",
    ),
}

AUDIENCES = {
    "Publicul larg": "General public",
    "Profesori": "Teachers",
    "Tineri 16–25 de ani": "Young people aged 16–25",
    "Profesioniști din cultură": "Cultural professionals",
    "Antreprenori culturali": "Cultural entrepreneurs",
    "Familii": "Families",
}


def venue(
    demo: DemoBuilder,
    name: str,
    *,
    en_name: str | None = None,
    address: str | None = None,
    latitude: str | None = None,
    longitude: str | None = None,
) -> tuple[Venue, Venue]:
    """The Romanian and English venue named `name`, created the first time.

    The centre's own venues are in `VENUES`; a programme gives its own (a village hall, a
    school) with their English name and address, and may correct a known one the same way.
    """
    known = dict(
        zip(("en_name", "address", "latitude", "longitude"), VENUES.get(name, ()), strict=False)
    )
    given = {"en_name": en_name, "address": address, "latitude": latitude, "longitude": longitude}
    facts = {key: value if value is not None else known.get(key) for key, value in given.items()}
    return _bilingual_snippet(
        demo,
        Venue,
        name,
        facts.pop("en_name"),
        address=facts["address"] or "",
        latitude=facts["latitude"],
        longitude=facts["longitude"],
    )


def audience(
    demo: DemoBuilder, name: str, *, en_name: str | None = None
) -> tuple[Audience, Audience]:
    """The Romanian and English audience named `name` (`AUDIENCES`, or `en_name` for a new one)."""
    return _bilingual_snippet(demo, Audience, name, en_name or AUDIENCES.get(name))


def _bilingual_snippet(demo: DemoBuilder, model, name: str, en_name: str | None, **fields):
    """Find or create the Romanian snippet `name` and its English translation `en_name`."""
    ro = model.objects.filter(locale=demo.ro, name=name).first()
    en = ro and model.objects.filter(locale=demo.en, translation_key=ro.translation_key).first()
    if ro and en:
        return ro, en
    if en_name is None:  # refuse before creating anything: no half-made snippet
        label = model._meta.model_name.capitalize()
        raise ValueError(f"{label} {name!r} is not one of the centre's: give its en_name.")
    if ro is None:
        ro = model.objects.create(locale=demo.ro, name=name, **fields)
        demo.log(f"  + {model._meta.model_name}: {name}")
    en = ro.copy_for_translation(demo.en)
    en.name = en_name
    en.save()
    return ro, en


def where_and_who(demo: DemoBuilder, venue_name: str | None, *audience_names: str):
    """`ro` and `en` field dicts for an event's venue and audiences, each in its own language."""
    ro: dict = {}
    en: dict = {}
    if venue_name:
        ro["venue"], en["venue"] = venue(demo, venue_name)
    pairs = [audience(demo, name) for name in audience_names]
    ro["audiences"] = [pair[0] for pair in pairs]
    en["audiences"] = [pair[1] for pair in pairs]
    return ro, en


def next_date(demo: DemoBuilder, month: int, day: int) -> datetime.date:
    """The seed's day and month in the current year, or next year once it has passed."""
    date = demo.date(month, day)
    return date if date >= demo.today else demo.date(month, day, year_offset=1)
