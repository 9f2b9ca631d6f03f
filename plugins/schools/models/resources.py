"""Resources for teachers: lesson ideas and methodology documents (the libraries kit)."""

from django.utils.translation import gettext_lazy as _

from cms.libraries.models import LibraryIndexPage, ResourcePage


class TeacherResourcesPage(LibraryIndexPage):
    """The library of Arta în Joacă for teachers, filtered by kind and topic."""

    parent_page_types = ["schools.SchoolsSectionPage"]
    subpage_types = ["schools.TeacherResourcePage"]

    class Meta:
        verbose_name = _("resources for teachers")
        verbose_name_plural = _("resources for teachers")


class TeacherResourcePage(ResourcePage):
    """A lesson idea, a methodology document, a worksheet for teachers."""

    parent_page_types = ["schools.TeacherResourcesPage"]

    class Meta:
        verbose_name = _("resource for teachers")
        verbose_name_plural = _("resources for teachers (pages)")
