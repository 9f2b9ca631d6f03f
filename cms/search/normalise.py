"""One normalisation for everything search compares: documents, queries, suggestions, promotions.

Romanian readers type "scoala", "școala" or, on old keyboards, "\u015fcoala" with a cedilla;
all must meet "Școala". NFKD splits a letter from its diacritic, but the cedilla forms
(U+015E/U+015F, U+0162/U+0163) and the comma-below forms (U+0218/U+0219, U+021A/U+021B) are
distinct letters, so the cedilla ones are first mapped to comma-below (what the site writes),
then every combining mark is dropped and the text is casefolded.
"""

from __future__ import annotations

import re
import unicodedata

# Cedilla letters -> comma-below letters. Written as escapes: the project's sources never
# contain the cedilla letters themselves (tests/test_translations.py holds that).
CEDILLA_TO_COMMA = str.maketrans(
    {
        "\u015e": "\u0218",  # S cedilla -> S comma below
        "\u015f": "\u0219",  # s cedilla -> s comma below
        "\u0162": "\u021a",  # T cedilla -> T comma below
        "\u0163": "\u021b",  # t cedilla -> t comma below
    }
)

WORD = re.compile(r"\w+")

# Endings stripped from a query word so that it meets its inflected forms as a word prefix
# ("rezidentele" -> "rezident" meets "rezidența", "rezidențe"). Longest first; a stem keeps at
# least MIN_STEM letters, so short words ("tara", "art") are kept whole.
ENDINGS = {
    "ro": (
        "urilor", "ilor", "elor", "ului", "uri", "ele", "ile", "lor", "ul", "le", "ii", "ei",
        "ea", "a", "e", "i", "u",
    ),
    "en": ("ies", "ing", "es", "ed", "s", "y", "e"),
}  # fmt: skip
MIN_STEM = 4


def normalise(text: str) -> str:
    """Text without diacritics, casefolded: "\u015eCOALA Țării" -> "scoala tarii"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(CEDILLA_TO_COMMA))
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return stripped.casefold()


def words(text: str) -> list[str]:
    """The normalised words of `text` (letters and digits; punctuation and operators dropped)."""
    return WORD.findall(normalise(text).replace("_", " "))


def indexed_text(*parts: str) -> str:
    """What a document stores for word-prefix matching: " word word … " (spaces at both ends).

    With a space before every word, `LIKE '% stem%'` is a word-prefix match that any database
    can run, and no punctuation inside the text can meet a query.
    """
    return " " + " ".join(word for part in parts for word in words(part)) + " "


def stem(word: str, language: str) -> str:
    """A light suffix stripper for prefix matching; weaker than PostgreSQL's Snowball stemmers."""
    for ending in ENDINGS.get(language, ()):
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word
