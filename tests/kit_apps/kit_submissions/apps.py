from django.apps import AppConfig


class KitSubmissionsConfig(AppConfig):
    """Throw-away page types for the submissions kit's own tests (tests/submissions/)."""

    name = "tests.kit_apps.kit_submissions"
    label = "kit_submissions"
    default_auto_field = "django.db.models.BigAutoField"
