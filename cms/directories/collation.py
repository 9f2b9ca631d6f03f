"""Alphabetical order as a Romanian reader expects it, the same on SQLite and PostgreSQL.

Romanian has five letters of its own, each sorted after its base letter as a letter in its own
right: a < ă < â < b … i < î < j … s < ș < t < ț < u. So "Șard" comes after every name in "S"
("Sighișoara", "Suceag") and before "T". Databases disagree (SQLite compares code points, which
puts "Ș" after "Z"; PostgreSQL depends on the server's ICU/libc locale), so names are sorted in
Python with `sort_key`, on every database alike.

Other accented letters (Hungarian "Kolozsvár", "Szék") sort with their base letter, the accent
only breaking ties; the cedilla forms typed on old keyboards count as the comma-below letters.
English names sort the same way (they rarely carry these letters).
"""

from __future__ import annotations

import unicodedata

# Cedilla letters (U+015E/F, U+0162/3) → comma below, written as escapes: the sources never
# hold the cedilla letters themselves (tests/test_translations.py).
_CEDILLA_TO_COMMA = str.maketrans(
    {"\u015e": "\u0218", "\u015f": "\u0219", "\u0162": "\u021a", "\u0163": "\u021b"}
)

# Romanian letters: (base letter, rank after the base). `â` comes after `ă`.
_ROMANIAN_LETTERS = {
    "ă": ("a", 1),
    "â": ("a", 2),
    "î": ("i", 1),
    "ș": ("s", 1),
    "ț": ("t", 1),
}
_STEP = 4  # room for the ranks between one base letter and the next


def _primary_weight(char: str) -> str:
    base, rank = _ROMANIAN_LETTERS.get(char, (None, 0))
    if base is None:
        decomposed = unicodedata.normalize("NFKD", char)
        base = "".join(c for c in decomposed if not unicodedata.combining(c)) or char
        base = base[0]
    return chr(ord(base) * _STEP + rank)


def sort_key(text: str) -> tuple[str, str, str]:
    """A key that orders `text` alphabetically, Romanian letters included.

    Primary: letters (Romanian ones as letters of their own, other accents dropped), case
    ignored. Then the accents, then the case, so the order is total and stable.
    """
    text = (text or "").translate(_CEDILLA_TO_COMMA).strip()
    folded = text.casefold()
    primary = "".join(_primary_weight(char) for char in folded)
    return primary, folded, text
