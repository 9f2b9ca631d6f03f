"""A programme's library as a plugin would write it: an index and one resource type."""

from cms.libraries.models import LibraryIndexPage, ResourcePage


class KitLibraryIndexPage(LibraryIndexPage):
    subpage_types = ["kit_libraries.KitResourcePage"]


class KitResourcePage(ResourcePage):
    parent_page_types = ["kit_libraries.KitLibraryIndexPage"]
