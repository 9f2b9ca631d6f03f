"""Demo people, shared by the programmes' demos: invented names (marked "demo"), roles from the
centre's programmes. Idempotent: found by name in Romanian, translated once."""

from __future__ import annotations

import datetime

DEMO_PEOPLE = [
    {
        "name": "Ilinca Mureșan (demo)",
        "languages_spoken": ["ro", "hu", "en"],
        "ro": "Formatoare în leadership cultural; a coordonat module de mentorat pentru "
        "organizații independente din Cluj.",
        "en": "Trainer in cultural leadership; she has run mentoring modules for independent "
        "organisations in Cluj.",
    },
    {
        "name": "Sorin Rădulescu (demo)",
        "languages_spoken": ["ro", "rom", "en"],
        "ro": "Artist vizual și facilitator de ateliere pentru tineri de 16–25 de ani, în "
        "cadrul întâlnirilor Jivipen.",
        "en": "Visual artist and facilitator of workshops for young people aged 16–25 at the "
        "Jivipen meetings.",
    },
]


def build_people(demo, table: list[dict] | None = None) -> list:
    """The demo people (`DEMO_PEOPLE`, or a programme's own `table` of the same shape) in
    Romanian, each with a published English copy."""
    from cms.people.models import ConsentMethod, Person

    people = []
    for entry in DEMO_PEOPLE if table is None else table:
        person = Person.objects.filter(name=entry["name"], locale=demo.ro).first()
        if person is None:
            person = Person(
                name=entry["name"],
                locale=demo.ro,
                bio=entry["ro"],
                languages_spoken=entry["languages_spoken"],
                publication_consent=True,
                consent_method=ConsentMethod.SIGNED_FORM,
                consent_date=datetime.date(2026, 9, 1),
                consent_note="Date de demonstrație",
            )
            person.save()
            person.save_revision().publish()
        if not person.has_translation(demo.en):
            english = person.copy_for_translation(demo.en)
            english.bio = entry["en"]
            english.save()
            english.save_revision().publish()
        people.append(person)
    return people
