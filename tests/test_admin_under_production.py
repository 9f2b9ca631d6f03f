"""Every admin add and edit view answers 200 under production's static storage.

Production serves static files through a manifest (`collectstatic` writes it; a `{% static %}`
for a file not in it raises "Missing staticfiles manifest entry" and the view is a 500). The rest
of the suite runs with the plain storage, which never notices; this module collects the static
files once into a temporary STATIC_ROOT and opens, as a superuser, the add and edit views of
every page type an editor can create and of every snippet, with DEBUG off.
"""

from __future__ import annotations

import pytest

from django.contrib.admin.utils import quote
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse

from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models

from tests.page_types import creatable_page_models, is_kit_test_model

MANIFEST_STORAGE = "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"


def label(model) -> str:
    return model._meta.label


@pytest.fixture(scope="module")
def manifest_static(tmp_path_factory):
    """Production's static storage, after one `collectstatic` for the whole module."""
    root = tmp_path_factory.mktemp("static")
    storages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": MANIFEST_STORAGE},
    }
    with override_settings(DEBUG=False, STATIC_ROOT=root, STORAGES=storages):
        call_command("collectstatic", interactive=False, verbosity=0)
        yield root


@pytest.fixture
def superuser_client(client, django_user_model, manifest_static, demo_site):
    user = django_user_model.objects.create_superuser("admin-prod", "admin@cccluj.ro", "x")
    client.force_login(user)
    return client


def _parent_for(model):
    """A page of the demo under which an editor may add `model` (from its allowed parents), or
    None when every such page already holds as many as the type allows (`max_count`…)."""
    parents = Page.objects.type(*model.allowed_parent_page_models()).order_by("path").specific()
    assert any(model.can_exist_under(parent) for parent in parents), (
        f"the demo has no page where a {label(model)} may live"
    )
    for parent in parents:
        if model.can_create_at(parent):
            return parent
    assert model.max_count or model.max_count_per_parent, label(model)
    return None


@pytest.mark.django_db
@pytest.mark.parametrize("model", creatable_page_models(), ids=label)
def test_the_add_and_edit_views_of_every_page_type_answer_200(superuser_client, model):
    parent = _parent_for(model)
    if parent is not None:  # else the demo holds as many as allowed: no editor can add one
        add = reverse(
            "wagtailadmin_pages:add",
            args=[model._meta.app_label, model._meta.model_name, parent.pk],
        )
        response = superuser_client.get(add)
        assert response.status_code == 200, (add, response.status_code)

    page = model.objects.order_by("path").first()
    assert page is not None, f"the demo has no {label(model)} to edit"
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = superuser_client.get(edit)
    assert response.status_code == 200, (edit, response.status_code)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "model", [m for m in get_snippet_models() if not is_kit_test_model(m)], ids=label
)
def test_the_add_and_edit_views_of_every_snippet_answer_200(superuser_client, model):
    viewset = model.snippet_viewset
    add = reverse(viewset.get_url_name("add"))
    response = superuser_client.get(add)
    assert response.status_code == 200, (add, response.status_code)

    instance = model.objects.order_by("pk").first()
    assert instance is not None, f"the demo has no {label(model)} to edit"
    edit = reverse(viewset.get_url_name("edit"), args=[quote(instance.pk)])
    response = superuser_client.get(edit)
    assert response.status_code == 200, (edit, response.status_code)
