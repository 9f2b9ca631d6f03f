"""Resource libraries: toolkits, guides, documents, podcast episodes, videos and case studies.

`ResourcePage` and `LibraryIndexPage` are abstract bases a programme subclasses, like
`EventPage`; topics are a translatable snippet (`Topic`) shared by every library. See
docs/kits/libraries.md for plugin authors.
"""
