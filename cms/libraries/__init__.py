"""Resource libraries: toolkits, guides, documents, podcast episodes, videos and case studies.

`ResourcePage` and `LibraryIndexPage` are abstract bases a programme subclasses, like
`EventPage`; they are the directories kit's entry and index pages (`cms.directories`), which
give a library its filters, pages and exports. Topics are a translatable snippet (`Topic`)
shared by every library. See
docs/kits/libraries.md for plugin authors.
"""
