"""The applicant's name, email and acceptance of the rules become the engine's own fields.

Every call's form now asks them itself (`cms.opencalls.forms.applicant_fields`). Calls made
before asked them as editor's questions, so they would ask twice: this moves those questions'
answers onto the applications and removes the questions from the calls — from the live rows,
from every revision (so publishing an old draft does not bring them back) and from
wagtail-localize's stored source (so syncing a translation does not either).

Which questions were these: the first email question (the engine already sent confirmations
there), a one-line question named like a name (the demo's and the usual ones, below) and a
tick box named `accept_rules` (the demo's). Other questions stay as they are.
"""

import json

from django.db import migrations, models

NAME_QUESTIONS = {
    "full_name",
    "name",
    "your_name",
    "applicant_name",
    "nume",
    "nume_complet",
    "nume_si_prenume",
    "numele_si_prenumele",
    "numele_tau",
}
RULES_QUESTIONS = {"accept_rules"}


def engine_questions(fields) -> dict[str, str]:
    """{role: clean_name} among a page's (clean_name, field_type) pairs, in their order."""
    roles = {}
    for clean_name, field_type in fields:
        if field_type == "email" and "email" not in roles:
            roles["email"] = clean_name
        elif field_type == "singleline" and clean_name in NAME_QUESTIONS and "name" not in roles:
            roles["name"] = clean_name
        elif field_type == "checkbox" and clean_name in RULES_QUESTIONS and "rules" not in roles:
            roles["rules"] = clean_name
    return roles


def move_answers(Application, call_key, roles: dict[str, str]) -> None:
    for application in Application.objects.filter(call_key=call_key).iterator():
        data = dict(application.form_data or {})
        if "name" in roles and roles["name"] in data:
            name = data.pop(roles["name"])
            application.applicant_name = application.applicant_name or str(name or "")[:200]
        if "email" in roles and roles["email"] in data:
            email = data.pop(roles["email"])
            application.applicant_email = application.applicant_email or str(email or "")
        if "rules" in roles and roles["rules"] in data:
            if data.pop(roles["rules"]):
                application.rules_accepted_at = application.submit_time
        application.form_data = data
        application.save(
            update_fields=["form_data", "applicant_name", "applicant_email", "rules_accepted_at"]
        )


def remove_from_revisions(apps, page_ids, clean_names) -> None:
    Revision = apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")
    page_type = ContentType.objects.filter(app_label="wagtailcore", model="page").first()
    if page_type is None:
        return
    revisions = Revision.objects.filter(
        base_content_type=page_type, object_id__in=[str(pk) for pk in page_ids]
    )
    for revision in revisions.iterator():
        content = revision.content or {}
        fields = content.get("form_fields")
        if not fields:
            continue
        kept = [field for field in fields if field.get("clean_name") not in clean_names]
        if len(kept) != len(fields):
            content["form_fields"] = kept
            revision.content = content
            revision.save(update_fields=["content"])


def remove_from_translation_sources(apps, call_key, removed_keys) -> None:
    try:
        TranslationSource = apps.get_model("wagtail_localize", "TranslationSource")
    except LookupError:
        return
    removed = {str(key) for key in removed_keys}
    sources = list(TranslationSource.objects.filter(object_id=call_key))
    for source in sources:
        content = json.loads(source.content_json)
        fields = content.get("form_fields") or []
        kept = [field for field in fields if str(field.get("translation_key")) not in removed]
        if len(kept) != len(fields):
            content["form_fields"] = kept
            source.content_json = json.dumps(content)
            source.save(update_fields=["content_json"])
    # The removed questions' strings are no longer offered for translation.
    for model_name in ("StringSegment", "OverridableSegment", "TemplateSegment", "RelatedObjectSegment"):
        Segment = apps.get_model("wagtail_localize", model_name)
        for key in removed:
            Segment.objects.filter(
                source__in=sources, context__path__startswith=f"form_fields.{key}."
            ).delete()


def move_questions_into_engine_fields(apps, schema_editor) -> None:
    OpenCallPage = apps.get_model("opencalls", "OpenCallPage")
    OpenCallFormField = apps.get_model("opencalls", "OpenCallFormField")
    Application = apps.get_model("opencalls", "Application")

    pages_by_call: dict = {}
    # Values only: the historical page class keeps Wagtail's FormMixin, which cannot be built
    # without the real class's template.
    for pk, call_key in OpenCallPage.objects.order_by("pk").values_list("pk", "translation_key"):
        pages_by_call.setdefault(call_key, []).append(pk)

    for call_key, page_ids in pages_by_call.items():
        fields = OpenCallFormField.objects.filter(page_id__in=page_ids).order_by("sort_order", "pk")
        # Translations share their questions' clean names: read the roles off the first page.
        roles = engine_questions(
            fields.filter(page_id=page_ids[0]).values_list("clean_name", "field_type")
        )
        if not roles:
            continue
        clean_names = set(roles.values())
        removed = fields.filter(clean_name__in=clean_names)
        removed_keys = set(removed.values_list("translation_key", flat=True))
        move_answers(Application, call_key, roles)
        removed.delete()
        remove_from_revisions(apps, page_ids, clean_names)
        remove_from_translation_sources(apps, call_key, removed_keys)


class Migration(migrations.Migration):
    dependencies = [
        ("opencalls", "0003_form_fields_translation_key_and_locale_required"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [
        migrations.AddField(
            model_name="application",
            name="applicant_name",
            field=models.CharField(blank=True, max_length=200, verbose_name="applicant's name"),
        ),
        migrations.AddField(
            model_name="application",
            name="rules_accepted_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="rules accepted at"),
        ),
        migrations.RunPython(move_questions_into_engine_fields, migrations.RunPython.noop),
    ]
