"""People: one shared `Person` record, and the profile pages programmes build on it.

A mentor of the academy who also exhibits with Jivipen is one `Person` (a translatable snippet,
with a consent record for publication) and two profile pages, one in each programme's section.
See docs/kits/people.md for plugin authors.
"""
