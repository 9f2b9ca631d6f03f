"""Many hubs at once, for the query-budget test and the benchmark (bench/hubs_bench.py).

Publishing 3,000 hubs through Wagtail takes minutes; the directory, its map and its exports
read only the page rows, the hub rows and their traits. So the rows are written in bulk:
the `wagtailcore_page` rows (treebeard paths computed here), then the `hubs_hubpage` rows
beside them (multi-table inheritance: Django's `bulk_create` refuses a child model, so its
own table is inserted alone), then the traits' link rows. Live, in the directory's language,
with the hubs' programme; not in search (nothing here reads it).
"""

from __future__ import annotations

from decimal import Decimal

CITIES = [
    ("RO", "Cluj-Napoca", "46.77", "23.59"),
    ("DE", "Berlin", "52.52", "13.40"),
    ("ES", "Madrid", "40.41", "-3.70"),
    ("GR", "Atena", "37.98", "23.72"),
    ("RS", "Belgrad", "44.78", "20.44"),
]


def _step(number: int, alphabet: str, length: int) -> str:
    step = ""
    for _ in range(length):
        number, digit = divmod(number, len(alphabet))
        step = alphabet[digit] + step
    return step


def add_hubs(directory, count: int, *, batch_size: int = 500) -> None:
    """Add `count` live hubs under `directory` (after its last child), with every kind, mode,
    country and trait represented, in a few queries per 500 hubs."""
    from django.contrib.contenttypes.models import ContentType

    from wagtail.models import Page

    from plugins.hubs.models import HubFacility, HubPage, HubSector, HubService

    content_type = ContentType.objects.get_for_model(HubPage)
    kinds = [code for code, _label in HubPage.KINDS]
    modes = [code for code, _label in HubPage.MODES]
    traits = {
        name: list(model.objects.values_list("pk", flat=True))
        for name, model in (
            ("sectors", HubSector),
            ("services", HubService),
            ("facilities", HubFacility),
        )
    }
    last = directory.get_last_child()
    first = int(last.path[-Page.steplen :], len(Page.alphabet)) + 1 if last else 1
    pages = []
    for offset in range(count):
        number = first + offset
        title = f"Hub {number}"
        slug = f"hub-{number}"
        pages.append(
            Page(
                title=title,
                draft_title=title,
                slug=slug,
                path=directory.path + _step(number, Page.alphabet, Page.steplen),
                depth=directory.depth + 1,
                numchild=0,
                url_path=f"{directory.url_path}{slug}/",
                locale_id=directory.locale_id,
                live=True,
                has_unpublished_changes=False,
                content_type=content_type,
            )
        )
    Page.objects.bulk_create(pages, batch_size=batch_size)
    ids = dict(Page.objects.child_of(directory).values_list("path", "pk"))
    hubs = []
    links = {name: [] for name in traits}
    for offset, page in enumerate(pages):
        country, city, latitude, longitude = CITIES[offset % len(CITIES)]
        pk = ids[page.path]
        hubs.append(
            HubPage(
                page_ptr_id=pk,
                programme="hubs",
                kind=kinds[offset % len(kinds)],
                mode=modes[offset % len(modes)],
                membership="regular",
                country=country,
                locality=city,
                latitude=Decimal(latitude),
                longitude=Decimal(longitude),
            )
        )
        for name, choices in traits.items():
            through = getattr(HubPage, name).through
            target = _target_column(through)
            links[name] += [
                through(hubpage_id=pk, **{target: choice})
                for choice in choices[offset % 3 : offset % 3 + 2]
            ]
    fields = HubPage._meta.local_concrete_fields
    for start in range(0, len(hubs), batch_size):
        HubPage._base_manager._insert(hubs[start : start + batch_size], fields=fields)
    for name, rows in links.items():
        getattr(HubPage, name).through.objects.bulk_create(rows, batch_size=batch_size)
    Page.objects.filter(pk=directory.pk).update(numchild=directory.numchild + count)
    directory.refresh_from_db()


def _target_column(through) -> str:
    [field] = [f for f in through._meta.fields if f.is_relation and f.name != "hubpage"]
    return f"{field.name}_id"
