"""Form fields become translatable (TranslatableMixin): add `translation_key` and `locale`.

The columns are added nullable and filled here; 0003 makes them required and unique together
(a separate migration, so PostgreSQL has no pending deferred checks when it alters the table).

Filling, for each call (the pages sharing a `translation_key`):
- `locale` is the locale of the field's page;
- a field of the default-language page (then of the other pages, by id) gets a new key, and a
  field of another language's page with the same `clean_name` shares it: answers are stored
  by `clean_name`, so these are the same question. A field with no match keeps a key of its own
  (wagtail-localize replaces it with a copy of the source's question at the next sync).
- the page revisions' copies of the fields get the same key and locale, so editing or
  publishing a draft saved before this migration keeps them (a revision's field without a key
  would otherwise get a new random one when loaded).
"""

import uuid

from django.conf import settings
from django.db import migrations, models


def fill_translation_keys_and_locales(apps, schema_editor):
    FormField = apps.get_model("opencalls", "OpenCallFormField")
    OpenCallPage = apps.get_model("opencalls", "OpenCallPage")
    Revision = apps.get_model("wagtailcore", "Revision")

    fields_by_page: dict[int, list[dict]] = {}
    for field in (
        FormField.objects.filter(translation_key__isnull=True)
        .order_by("page_id", "sort_order", "pk")
        .values("pk", "page_id", "clean_name")
    ):
        fields_by_page.setdefault(field["page_id"], []).append(field)

    calls: dict[uuid.UUID, list[dict]] = {}
    locale_of_page: dict[int, int] = {}
    for page in OpenCallPage.objects.values(
        "pk", "translation_key", "locale_id", "locale__language_code"
    ):
        calls.setdefault(page["translation_key"], []).append(page)
        locale_of_page[page["pk"]] = page["locale_id"]

    assigned: dict[int, tuple[uuid.UUID, int]] = {}  # field pk -> (translation_key, locale_id)
    for pages in calls.values():
        pages.sort(
            key=lambda page: (page["locale__language_code"] != settings.LANGUAGE_CODE, page["pk"])
        )
        key_by_clean_name: dict[str, uuid.UUID] = {}
        for page in pages:
            used: set[uuid.UUID] = set()
            for field in fields_by_page.get(page["pk"], []):
                key = key_by_clean_name.get(field["clean_name"]) if field["clean_name"] else None
                if key is None or key in used:
                    key = uuid.uuid4()
                    if field["clean_name"]:
                        key_by_clean_name.setdefault(field["clean_name"], key)
                used.add(key)
                assigned[field["pk"]] = (key, page["locale_id"])

    for pk, (key, locale_id) in assigned.items():
        FormField.objects.filter(pk=pk).update(translation_key=key, locale_id=locale_id)

    revisions = Revision.objects.filter(
        base_content_type__app_label="wagtailcore",
        base_content_type__model="page",
        object_id__in=[str(pk) for pk in locale_of_page],
    )
    for revision in revisions.iterator():
        content = revision.content
        if not isinstance(content, dict) or not isinstance(content.get("form_fields"), list):
            continue
        changed = False
        for item in content["form_fields"]:
            if not isinstance(item, dict):
                continue
            if item.get("pk") in assigned:
                key, locale_id = assigned[item["pk"]]
            elif not item.get("translation_key"):  # a field since deleted, or never saved
                key, locale_id = uuid.uuid4(), locale_of_page[int(revision.object_id)]
            else:
                continue
            if (item.get("translation_key"), item.get("locale")) != (str(key), locale_id):
                item["translation_key"] = str(key)
                item["locale"] = locale_id
                changed = True
        if changed:
            revision.content = content
            revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("opencalls", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="opencallformfield",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="opencallformfield",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.RunPython(fill_translation_keys_and_locales, migrations.RunPython.noop),
    ]
