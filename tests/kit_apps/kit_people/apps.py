from django.apps import AppConfig


class KitPeopleConfig(AppConfig):
    """Throw-away page types the people kit's tests run on (test settings only)."""

    name = "tests.kit_apps.kit_people"
    label = "kit_people"
    default_auto_field = "django.db.models.BigAutoField"
