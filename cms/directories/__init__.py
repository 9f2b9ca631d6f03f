"""The directories kit: an index page whose children are typed entries, filtered and exported.

`DirectoryIndexPage` and `DirectoryEntryPage` are abstract bases a programme subclasses (schools,
communes, hubs…); `filters` declares what visitors narrow by; exports and the GeoJSON map feed
reuse the page's filters. Documented for plugin authors in docs/kits/directories.md.
"""
