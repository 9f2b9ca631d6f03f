from django.apps import AppConfig


class KitDirectoriesConfig(AppConfig):
    """Throw-away types the directories kit is tested on (only in the test run)."""

    name = "tests.kit_apps.kit_directories"
    label = "kit_directories"
    default_auto_field = "django.db.models.BigAutoField"
