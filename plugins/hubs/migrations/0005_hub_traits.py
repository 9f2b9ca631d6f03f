"""The fixed sectors, services and facilities hubs are tagged with: one row per choice."""

from django.db import migrations

TRAITS = {
    "HubSector": [
        "architecture",
        "crafts",
        "design",
        "digital",
        "fashion",
        "film",
        "music",
        "performing-arts",
        "publishing",
        "visual-arts",
    ],
    "HubService": [
        "coworking",
        "events",
        "funding",
        "mentoring",
        "networking",
        "residencies",
        "training",
    ],
    "HubFacility": [
        "event-space",
        "exhibition-space",
        "fabrication",
        "meeting-rooms",
        "studio",
        "workshop",
    ],
}


def add_traits(apps, schema_editor):
    for model_name, codes in TRAITS.items():
        model = apps.get_model("hubs", model_name)
        for code in codes:
            model.objects.get_or_create(code=code)


class Migration(migrations.Migration):
    dependencies = [("hubs", "0004_hub_directory_and_tools")]

    operations = [migrations.RunPython(add_traits, migrations.RunPython.noop)]
