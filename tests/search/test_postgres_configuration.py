"""The vendor-conditional migration: PostgreSQL text search on PostgreSQL, nothing on SQLite."""

from __future__ import annotations

import pytest

from django.db import connection

pytestmark = pytest.mark.django_db

on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL text search (CI runs it on PostgreSQL)"
)


def _columns() -> set[str]:
    with connection.cursor() as cursor:
        description = connection.introspection.get_table_description(
            cursor, "sitesearch_searchdocument"
        )
    return {column.name for column in description}


@pytest.mark.skipif(connection.vendor == "postgresql", reason="checks the SQLite no-op")
def test_on_sqlite_the_table_has_no_vector_column():
    assert "search_vector" not in _columns()
    assert "search_text" in _columns()


@on_postgres
@pytest.mark.parametrize(
    ("config", "text", "expected"),
    [
        # comma-below and cedilla letters, upper and lower case, all unaccented and stemmed
        ("ro_unaccent", "rezidențele", "'rezident':1"),
        ("ro_unaccent", "rezidența", "'rezident':1"),
        ("ro_unaccent", "REZIDENȚE", "'rezident':1"),
        ("ro_unaccent", "Școala", "'scoal':1"),
        ("ro_unaccent", "\u015eCOALA", "'scoal':1"),
        ("ro_unaccent", "\u0162ara", "'tar':1"),
        ("en_unaccent", "Residencies", "'resid':1"),
        ("en_unaccent", "Dârjan", "'darjan':1"),
    ],
)
def test_text_search_configurations_unaccent_and_stem(config, text, expected):
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector(%s::regconfig, %s)::text", [config, text])
        assert cursor.fetchone()[0] == expected


@on_postgres
def test_the_trigger_fills_a_weighted_vector_in_the_pages_language(search_pages):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT search_vector::text FROM sitesearch_searchdocument WHERE page_id = %s",
            [search_pages.school.pk],
        )
        vector = cursor.fetchone()[0]
    assert "'scoal':1A" in vector  # title, weight A
    assert "'gimnazial':" in vector  # summary ("gimnazială"), Romanian stem


@on_postgres
def test_the_vector_has_a_gin_index():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE tablename = 'sitesearch_searchdocument'"
        )
        definitions = [row[0] for row in cursor.fetchall()]
    assert any("USING gin (search_vector)" in definition for definition in definitions)
