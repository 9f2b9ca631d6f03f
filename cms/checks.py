"""System checks: configuration mistakes surface at start-up, not as a 500 later."""

from __future__ import annotations

from django.apps import apps
from django.core import checks
from django.db import DatabaseError, connection


@checks.register(checks.Tags.models)
def check_section_models(app_configs, **kwargs):
    """Every enabled programme must name a valid section page model."""
    from cms.plugin_manager import enabled_programmes
    from cms.programmes import section_page_model_for

    errors = []
    for programme in enabled_programmes():
        try:
            section_page_model_for(programme)
        except (TypeError, LookupError) as error:
            errors.append(checks.Error(str(error), id="cms.E001", obj=programme.name))
    return errors


@checks.register(checks.Tags.database)
def check_orphaned_pages(app_configs, databases=None, **kwargs):
    """Name the pages whose programme plugin is disabled or uninstalled.

    Such pages stay in the database (nothing is lost) and answer 404 until the plugin is
    enabled again; the site keeps serving everything else. Runs whenever the page table exists
    (not only with `--database`), because a silently hidden section is worth a warning.
    """
    from django.contrib.contenttypes.models import ContentType

    from wagtail.models import Page

    try:
        if "wagtailcore_page" not in connection.introspection.table_names():
            return []
        orphaned_type_ids = [
            content_type.id
            for content_type in ContentType.objects.filter(
                id__in=Page.objects.values("content_type_id").distinct()
            )
            if content_type.model_class() is None
        ]
        if not orphaned_type_ids:
            return []
        pages = list(
            Page.objects.filter(content_type_id__in=orphaned_type_ids)
            .select_related("content_type", "locale")
            .order_by("path")[:50]
        )
    except DatabaseError:
        return []
    listing = "; ".join(
        f"#{page.id} {page.title!r} ({page.locale.language_code}, "
        f"{page.content_type.app_label}.{page.content_type.model})"
        for page in pages
    )
    return [
        checks.Warning(
            f"{len(pages)} page(s) belong to a programme whose plugin is not enabled: {listing}",
            hint=(
                "Enable the plugin again (PROGRAMMES / PROGRAMMES_BLOCKED), or delete or move "
                "these pages. Until then they answer 404 and the rest of the site is served."
            ),
            id="cms.W001",
        )
    ]


@checks.register(checks.Tags.models)
def check_call_reference_prefixes(app_configs, **kwargs):
    """Two programmes' call types may not share a reference prefix.

    An application's reference (`AS-2026-0042`) is counted per prefix and year: two programmes
    on one prefix would draw from one counter, and a reviewer could not tell whose application a
    reference names. Subclasses of one programme may share its prefix.
    """
    from cms.opencalls.models import OpenCallPage
    from cms.ownership import programme_of_model

    owners: dict[str, set[str]] = {}
    for model in apps.get_models():
        if not issubclass(model, OpenCallPage):
            continue
        if programme := programme_of_model(model):
            owners.setdefault(model.reference_prefix, set()).add(programme)
    return [
        checks.Error(
            f"The open-call types of programmes {', '.join(sorted(slugs))} share the reference "
            f"prefix {prefix!r}.",
            hint="Give each programme's call types a reference_prefix of their own.",
            id="cms.E003",
        )
        for prefix, slugs in sorted(owners.items())
        if len(slugs) > 1
    ]


@checks.register(checks.Tags.security, deploy=True)
def check_demo_accounts(app_configs, databases=None, **kwargs):
    """`check --deploy` fails while a demo login works with DEBUG off.

    A database loaded in development (`make run`) has the README's public password on the
    demo administrator and team members; serving it as is would let anyone in.
    """
    from django.conf import settings

    from cms.security.demo_accounts import find_demo_accounts

    if settings.DEBUG:
        return []
    try:
        if "auth_user" not in connection.introspection.table_names():
            return []
        found = find_demo_accounts()
    except DatabaseError:
        return []
    errors = []
    hint = "Run `manage.py clear_demo_accounts` (see the README's production section)."
    if found.demo_only:
        errors.append(
            checks.Error(
                f"Demo-only accounts are active: {', '.join(found.demo_only)}.",
                hint=hint,
                id="cms.E020",
            )
        )
    if found.demo_password:
        errors.append(
            checks.Error(
                f"Accounts still have the demo password: {', '.join(found.demo_password)}.",
                hint=hint,
                id="cms.E021",
            )
        )
    return errors
