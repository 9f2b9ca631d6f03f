"""Names in Romanian alphabetical order, the same on every database (no database needed)."""

from cms.directories.collation import sort_key
from cms.directories.distance import haversine_km


def test_romanian_letters_follow_their_base_letter_as_letters_of_their_own():
    names = ["Țaga", "Suatu", "Școala Traian Dârjan", "Tureni", "Săcuieu", "Sânpaul", "Zalău"]
    assert sorted(names, key=sort_key) == [
        "Săcuieu",
        "Sânpaul",
        "Suatu",
        "Școala Traian Dârjan",
        "Tureni",
        "Țaga",
        "Zalău",
    ]


def test_a_breve_before_a_circumflex_and_i_circumflex_after_i():
    assert sorted(["âb", "ăb", "ab", "az"], key=sort_key) == ["ab", "az", "ăb", "âb"]
    assert sorted(["îz", "iz", "ja"], key=sort_key) == ["iz", "îz", "ja"]


def test_case_and_foreign_accents_do_not_change_the_letter():
    # Hungarian names of Cluj sort with their base letters; case is ignored.
    assert sorted(["Báthory István", "Bonțida", "beliș"], key=sort_key) == [
        "Báthory István",
        "beliș",
        "Bonțida",
    ]


def test_cedilla_letters_typed_on_old_keyboards_count_as_comma_below():
    cedilla_s = "\u015fcoala"  # written as an escape: sources never hold the cedilla letter
    assert sort_key(cedilla_s)[0] == sort_key("școala")[0]
    assert sorted([cedilla_s, "suatu", "tureni"], key=sort_key) == ["suatu", cedilla_s, "tureni"]


def test_haversine_cluj_to_telciu_is_about_ninety_kilometres():
    assert 85 < haversine_km(46.7709, 23.5897, 47.428, 24.403) < 100
    assert haversine_km(46.77, 23.59, 46.77, 23.59) == 0
