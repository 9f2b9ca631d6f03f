"""Demo helpers of the events engine: the centre's venues and audiences, and seed dates.

Plugins' `demo.py` call these while building their events with `DemoBuilder.page(...)`; the
snippets are found again on a second run, so `load_demo` stays idempotent.
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


def venue(demo: DemoBuilder, name: str) -> tuple[Venue, Venue]:
    """The Romanian and English venue named `name` in `VENUES`, created the first time."""
    en_name, address, latitude, longitude = VENUES[name]
    ro = Venue.objects.filter(locale=demo.ro, name=name).first()
    if ro is None:
        ro = Venue.objects.create(
            locale=demo.ro, name=name, address=address, latitude=latitude, longitude=longitude
        )
        demo.log(f"  + venue: {name}")
    en = Venue.objects.filter(locale=demo.en, translation_key=ro.translation_key).first()
    if en is None:
        en = ro.copy_for_translation(demo.en)
        en.name = en_name
        en.save()
    return ro, en


def audience(demo: DemoBuilder, name: str) -> tuple[Audience, Audience]:
    ro = Audience.objects.filter(locale=demo.ro, name=name).first()
    if ro is None:
        ro = Audience.objects.create(locale=demo.ro, name=name)
        demo.log(f"  + audience: {name}")
    en = Audience.objects.filter(locale=demo.en, translation_key=ro.translation_key).first()
    if en is None:
        en = ro.copy_for_translation(demo.en)
        en.name = AUDIENCES[name]
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
