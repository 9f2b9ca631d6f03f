"""`Place`: the address and coordinates of anything the centre maps (a school, a commune, a hub).

Abstract: a page type or a snippet inherits it and gets the fields, their validation, the panels,
the OpenStreetMap link and schema.org data. Coordinates, the country and the map link are the same
fact in every language (synchronised by wagtail-localize); address, locality and county are text
a translator may adapt ("Cluj County").
"""

from __future__ import annotations

from decimal import Decimal
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.places.panels import CoordinatesMapPanel

OPENSTREETMAP_HOSTS = {"openstreetmap.org", "www.openstreetmap.org", "osm.org"}


def validate_openstreetmap_url(value: str) -> None:
    parts = urlsplit(value)
    if parts.scheme not in {"http", "https"} or parts.hostname not in OPENSTREETMAP_HOSTS:
        raise ValidationError(
            _("Enter a link to openstreetmap.org (https://www.openstreetmap.org/…)."),
            code="not_openstreetmap",
        )


class Place(models.Model):
    """Where something is. `place_name()` is the page title or the snippet's `name`."""

    address = models.CharField(_("address"), max_length=300, blank=True)
    locality = models.CharField(
        _("locality"), max_length=120, blank=True, help_text=_("Town, city or village.")
    )
    county = models.CharField(_("county"), max_length=120, blank=True)
    country = models.CharField(
        _("country"),
        max_length=2,
        default="RO",
        validators=[RegexValidator(r"^[A-Z]{2}$", _("Use the two-letter country code, e.g. RO."))],
        help_text=_("Two-letter code (ISO 3166), e.g. RO, FR."),
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(-90)), MaxValueValidator(Decimal(90))],
        help_text=_("Degrees north, e.g. 46.770439 for Cluj-Napoca."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(-180)), MaxValueValidator(Decimal(180))],
        help_text=_("Degrees east, e.g. 23.591423 for Cluj-Napoca."),
    )
    osm_url = models.URLField(
        _("OpenStreetMap link"),
        blank=True,
        validators=[validate_openstreetmap_url],
        help_text=_("Optional: the place on openstreetmap.org, if it has its own entry there."),
    )

    # Text a translator may adapt; facts that are the same in every language. A subclass that
    # overrides more fields extends this list: `[*Place.override_translatable_fields, ...]`.
    override_translatable_fields = [
        TranslatableField("address"),
        TranslatableField("locality"),
        TranslatableField("county"),
        SynchronizedField("country", overridable=False),
        SynchronizedField("latitude", overridable=False),
        SynchronizedField("longitude", overridable=False),
        SynchronizedField("osm_url", overridable=False),
    ]

    place_panels = [
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("locality"), FieldPanel("county")]),
                FieldPanel("country"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                CoordinatesMapPanel(),
                FieldPanel("osm_url"),
            ],
            heading=_("Place"),
        )
    ]

    class Meta:
        abstract = True

    # --- validation ---------------------------------------------------------------------------

    def clean(self) -> None:
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            missing = "longitude" if self.longitude is None else "latitude"
            raise ValidationError(
                {missing: _("Give both the latitude and the longitude, or neither.")}
            )

    # --- derived values -----------------------------------------------------------------------

    def place_name(self) -> str:
        return getattr(self, "title", None) or getattr(self, "name", "") or ""

    @property
    def has_coordinates(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    @property
    def coordinates(self) -> tuple[float, float] | None:
        """(latitude, longitude) as floats, or None."""
        if not self.has_coordinates:
            return None
        return float(self.latitude), float(self.longitude)

    def country_name(self, language: str | None = None) -> str:
        """The country in the reader's language ("România", "Romania"), from Babel's CLDR data."""
        from babel import Locale as BabelLocale

        language = (language or get_language() or "ro").split("-")[0]
        try:
            return BabelLocale.parse(language).territories.get(self.country, self.country)
        except (ValueError, LookupError):
            return self.country

    def openstreetmap_url(self) -> str:
        """The place's own OpenStreetMap link, else a marker at its coordinates, else ''."""
        if self.osm_url:
            return self.osm_url
        if not self.has_coordinates:
            return ""
        lat, lon = self.latitude, self.longitude
        return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=16/{lat}/{lon}"

    def address_lines(self) -> list[str]:
        """The address as it is written on an envelope, without empty lines."""
        locality = ", ".join(part for part in (self.locality, self.county) if part)
        return [line for line in (self.address, locality, self.country_name()) if line]

    def place_json_ld(self) -> dict:
        """schema.org `Place` (a subclass may change `@type`, e.g. to `School`)."""
        data: dict = {"@type": "Place", "name": self.place_name()}
        address = {
            "@type": "PostalAddress",
            "streetAddress": self.address,
            "addressLocality": self.locality,
            "addressRegion": self.county,
            "addressCountry": self.country,
        }
        address = {key: value for key, value in address.items() if value}
        if len(address) > 1:
            data["address"] = address
        if self.has_coordinates:
            latitude, longitude = self.coordinates
            data["geo"] = {"@type": "GeoCoordinates", "latitude": latitude, "longitude": longitude}
        if self.osm_url:
            data["hasMap"] = self.osm_url
        return data
