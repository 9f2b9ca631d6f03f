"""Demo topics of the resource libraries, after the academy's capacity-building modules.
Idempotent: found by slug in Romanian, translated once."""

from __future__ import annotations

DEMO_TOPICS = [
    ("leadership", "Leadership", "Leadership"),
    ("dezvoltare-organizationala", "Dezvoltare organizațională", "Organisational development"),
    ("modele-de-afaceri", "Modele de afaceri", "Business models"),
    ("educatie-prin-arte", "Educație prin arte", "Arts education"),
    ("mediere-culturala", "Mediere culturală", "Cultural mediation"),
]


def build_topics(demo) -> list:
    from cms.libraries.models import Topic

    topics = []
    for slug, ro_name, en_name in DEMO_TOPICS:
        topic, _created = Topic.objects.get_or_create(
            slug=slug, locale=demo.ro, defaults={"name": ro_name}
        )
        if not topic.has_translation(demo.en):
            english = topic.copy_for_translation(demo.en)
            english.name = en_name
            english.save()
        topics.append(topic)
    return topics
