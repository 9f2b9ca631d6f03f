from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.people.forms import PersonForm
from cms.people.models import Person


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    list_display = ["name", "publication_consent"]
    list_filter = ["publication_consent"]
    edit_handler = ObjectList(Person.panels, base_form_class=PersonForm)


register_snippet(PersonViewSet)
