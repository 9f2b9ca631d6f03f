from django.apps import AppConfig


class KitPlacesConfig(AppConfig):
    """Throw-away types the places kit is tested on (tests/places/, tests/browser/)."""

    name = "tests.kit_apps.kit_places"
    label = "kit_places"
    default_auto_field = "django.db.models.BigAutoField"
