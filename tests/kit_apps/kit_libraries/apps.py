from django.apps import AppConfig


class KitLibrariesConfig(AppConfig):
    """Throw-away page types the libraries kit's tests run on (test settings only)."""

    name = "tests.kit_apps.kit_libraries"
    label = "kit_libraries"
    default_auto_field = "django.db.models.BigAutoField"
