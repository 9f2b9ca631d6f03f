"""The one normalisation: cedilla to comma-below, diacritics dropped, casefolded."""

from __future__ import annotations

import pytest

from cms.search.normalise import indexed_text, normalise, stem, words


@pytest.mark.parametrize(
    "text",
    ["scoala", "școala", "ȘCOALA", "\u015eCOALA", "\u015fcoala", "Școala", "S\u0326coala"],
)
def test_every_spelling_of_scoala_normalises_alike(text):
    assert normalise(text) == "scoala"


def test_t_and_other_romanian_letters():
    assert normalise("Țara \u0162ARA \u0163ara ăâî ĂÂÎ") == "tara tara tara aai aai"


def test_words_drop_punctuation_and_operators():
    assert words('\' OR 1=1 -- NEAR( "x" * %_') == ["or", "1", "1", "near", "x"]


def test_indexed_text_pads_every_word_with_spaces():
    assert indexed_text("Rezidențe, artistice!", "în Cluj") == " rezidente artistice in cluj "


@pytest.mark.parametrize(
    ("word", "language", "expected"),
    [
        ("rezidentele", "ro", "rezident"),
        ("rezidente", "ro", "rezident"),
        ("rezidenta", "ro", "rezident"),
        ("tara", "ro", "tara"),  # too short to strip
        ("residencies", "en", "residenc"),
        ("schools", "en", "school"),
    ],
)
def test_light_stemmer(word, language, expected):
    assert stem(word, language) == expected
