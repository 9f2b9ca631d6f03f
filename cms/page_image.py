"""A page's picture: the image, what it shows in the page's language, and who took it.

Alt text belongs to the page, not to the image library: the same photo says different things on
a Romanian and an English page, and on an event and a news article. An image is described, or
marked decorative (then read out as nothing); the editor cannot publish it with neither.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class PageImage(models.Model):
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt_text = models.CharField(
        _("image description"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    image_is_decorative = models.BooleanField(
        _("decorative image"),
        default=False,
        help_text=_("Tick only when the image adds nothing to the text; it is then not described."),
    )
    image_credit = models.CharField(
        _("image credit"), max_length=200, blank=True, help_text=_("Who made the image.")
    )

    image_panels = [
        MultiFieldPanel(
            [
                FieldPanel("image"),
                FieldPanel("image_alt_text"),
                FieldPanel("image_is_decorative"),
                FieldPanel("image_credit"),
            ],
            heading=_("Image"),
        )
    ]

    class Meta:
        abstract = True

    @property
    def image_alt(self) -> str:
        """The `alt` of the page's image: empty for a decorative one."""
        return "" if self.image_is_decorative else self.image_alt_text

    def clean(self) -> None:
        super().clean()
        if self.image_id and not self.image_alt_text.strip() and not self.image_is_decorative:
            raise ValidationError(
                {
                    "image_alt_text": _(
                        "Describe the image for people who cannot see it, or mark it decorative."
                    )
                }
            )
