"""Pictures for the demo, drawn here: no download, the same picture on every run.

Each is an abstract poster (bands and circles) in a programme's colour, drawn with Pillow from a
seed, so `load_demo` stays idempotent and offline. Their descriptions say what they show.
"""

from __future__ import annotations

import io
import random

from PIL import Image as PillowImage
from PIL import ImageDraw

from django.core.files.images import ImageFile

POSTER_SIZE = (1600, 900)


def _rgb(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def _mix(colour: tuple[int, int, int], towards: int, share: float) -> tuple[int, int, int]:
    return tuple(round(c + (towards - c) * share) for c in colour)


def draw_poster(colour: str, seed: str) -> bytes:
    """A PNG of bands and circles in shades of `colour`, the same for the same seed."""
    base = _rgb(colour)
    chance = random.Random(seed)
    picture = PillowImage.new("RGB", POSTER_SIZE, _mix(base, 255, 0.85))
    pen = ImageDraw.Draw(picture)
    width, height = POSTER_SIZE
    for _band in range(6):
        top = chance.randrange(0, height)
        pen.rectangle(
            (0, top, width, top + chance.randrange(30, 160)),
            fill=_mix(base, 255, chance.uniform(0.3, 0.7)),
        )
    for _circle in range(9):
        radius = chance.randrange(60, 260)
        x, y = chance.randrange(0, width), chance.randrange(0, height)
        shade = _mix(base, 0, chance.uniform(0, 0.4)) if chance.random() < 0.5 else base
        pen.ellipse((x - radius, y - radius, x + radius, y + radius), fill=shade)
    output = io.BytesIO()
    picture.save(output, "PNG", optimize=True)
    return output.getvalue()


def poster(title: str, colour: str, seed: str):
    """The image library's poster `title`, drawn the first time."""
    from wagtail.images import get_image_model

    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    data = io.BytesIO(draw_poster(colour, seed))
    return image_model.objects.create(title=title, file=ImageFile(data, name=f"demo-{seed}.png"))


def illustrate(page, image, alt_ro: str, alt_en: str, en_page) -> None:
    """Give a demo page and its English copy a picture, each described in its language."""
    for copy, alt in ((page, alt_ro), (en_page, alt_en)):
        copy.image = image
        copy.image_alt_text = alt
        copy.save_revision().publish()


def illustrate_sections(demo) -> None:
    """Every programme section without a picture gets its poster."""
    from cms.models import ProgrammeSectionPage
    from cms.plugin_manager import get_programme

    sections = ProgrammeSectionPage.objects.filter(locale=demo.ro, image__isnull=True)
    for section in sections.specific():
        programme = get_programme(section.programme)
        if programme is None:
            continue
        info = programme.info
        image = poster(f"Afiș {info.name_in('ro')}", info.colour, f"section-{info.slug}")
        illustrate(
            section,
            image,
            f"Compoziție abstractă de benzi și cercuri în culoarea programului {info.name_in('ro')}.",
            f"An abstract composition of bands and circles in the colour of {info.name_in('en')}.",
            demo.translation_of(section),
        )
        demo.log(f"  picture for {info.name_in('ro')}")


def illustrate_next_events(demo) -> list:
    """Each programme's next event (from its materialised dates, as "what's on" lists them)
    gets its poster when it has none; returns those events, soonest first."""
    import datetime

    from cms.events.models import EventPage
    from cms.plugin_manager import get_programme
    from cms.translations import TIME_ZONE
    from cms.whats_on import next_dates

    # The demo's own today: a demo built for a frozen date illustrates that date's events.
    now = datetime.datetime.combine(demo.today, datetime.time(), tzinfo=TIME_ZONE)
    chosen, seen = [], set()
    for listed in next_dates(demo.ro, now):
        if listed.occurrence.programme in seen:
            continue
        seen.add(listed.occurrence.programme)
        event = EventPage.objects.get(pk=listed.page.pk).specific
        chosen.append(event)
        programme = get_programme(event.programme)
        if event.image_id is not None or programme is None:
            continue
        info = programme.info
        english = demo.translation_of(event)
        image = poster(f"Afiș {event.title}", info.colour, f"event-{event.slug}")
        illustrate(
            event,
            image,
            f"Afișul evenimentului „{event.title}”: benzi și cercuri în culoarea programului "
            f"{info.name_in('ro')}.",
            f"The poster of “{english.title}”: bands and circles in the colour of "
            f"{info.name_in('en')}.",
            english,
        )
        demo.log(f"  poster for {event.title}")
    return chosen
