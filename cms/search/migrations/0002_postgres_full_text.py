"""PostgreSQL full-text search for the search index; nothing on SQLite.

On PostgreSQL this creates the `unaccent` extension and three text-search configurations:
`ro_unaccent` (Romanian: unaccent, then the Snowball `romanian_stem`), `en_unaccent` (English)
and `simple_unaccent` (any other language). PostgreSQL's unaccent rules map ș ț (comma below)
and the cedilla forms (U+015F, U+0163) to s t, so both spellings meet. A trigger keeps a weighted `search_vector`
column (title A, summary B, body C) in the document's language's configuration, with a GIN
index. A trigger (not a generated column) so later migrations may still alter the text columns.

SQLite has neither tsvector nor GIN: there the app matches normalised words (see
`cms.search.query`), so these operations are skipped by checking the connection's vendor.
"""

from django.db import migrations

CONFIGURATIONS = {
    "ro_unaccent": ("romanian", "unaccent, romanian_stem"),
    "en_unaccent": ("english", "unaccent, english_stem"),
    "simple_unaccent": ("simple", "unaccent, simple"),
}

FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    *(
        f"""
        DROP TEXT SEARCH CONFIGURATION IF EXISTS {name};
        CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {source});
        ALTER TEXT SEARCH CONFIGURATION {name}
            ALTER MAPPING FOR word, hword, hword_part, asciiword, asciihword, hword_asciipart
            WITH {dictionaries};
        """
        for name, (source, dictionaries) in CONFIGURATIONS.items()
    ),
    "ALTER TABLE sitesearch_searchdocument ADD COLUMN search_vector tsvector",
    """
    CREATE FUNCTION sitesearch_document_vector() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        config regconfig := CASE NEW.language
            WHEN 'ro' THEN 'ro_unaccent'::regconfig
            WHEN 'en' THEN 'en_unaccent'::regconfig
            ELSE 'simple_unaccent'::regconfig
        END;
    BEGIN
        NEW.search_vector :=
            setweight(to_tsvector(config, coalesce(NEW.title, '')), 'A')
            || setweight(to_tsvector(config, coalesce(NEW.summary, '')), 'B')
            || setweight(to_tsvector(config, coalesce(NEW.body, '')), 'C');
        RETURN NEW;
    END
    $$
    """,
    """
    CREATE TRIGGER sitesearch_document_vector_update
        BEFORE INSERT OR UPDATE OF language, title, summary, body ON sitesearch_searchdocument
        FOR EACH ROW EXECUTE FUNCTION sitesearch_document_vector()
    """,
    """
    CREATE INDEX sitesearch_document_vector_gin
        ON sitesearch_searchdocument USING gin (search_vector)
    """,
]

BACKWARD = [
    "DROP TRIGGER IF EXISTS sitesearch_document_vector_update ON sitesearch_searchdocument",
    "DROP FUNCTION IF EXISTS sitesearch_document_vector()",
    "ALTER TABLE sitesearch_searchdocument DROP COLUMN IF EXISTS search_vector",
    *(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}" for name in CONFIGURATIONS),
    # The unaccent extension stays: other apps may use it.
]


def run(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [
        ("sitesearch", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(run(FORWARD), run(BACKWARD), elidable=False),
    ]
