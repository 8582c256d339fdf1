"""Search by part: the folded, stemmed words of the headline, the body and the statements in three columns, and on
PostgreSQL a stored, generated, weighted tsvector over them (headline A, body B, statements C) with a GIN index."""

from django.db import migrations, models

from timeline.arabic import search_terms

VECTOR = (
    "setweight(to_tsvector('arabic'::regconfig, search_headline), 'A') || "
    "setweight(to_tsvector('arabic'::regconfig, search_body), 'B') || "
    "setweight(to_tsvector('arabic'::regconfig, search_statements), 'C')"
)


def words(*texts):
    return "".join(f" {term}" for text in texts for term in search_terms(text)) + " "


def fill(apps, schema_editor):
    event_model = apps.get_model("timeline", "Event")
    for event in event_model.objects.prefetch_related("statements__speaker"):
        spoken = []
        for statement in event.statements.all():
            speaker = statement.speaker
            spoken += [
                statement.text,
                speaker.description if speaker.is_anonymous else speaker.name,
                speaker.name_latin,
            ]
        event.search_headline, event.search_body = words(event.headline), words(event.body)
        event.search_statements = words(*spoken)
        event.save(update_fields=["search_headline", "search_body", "search_statements"])


def add_vector(apps, schema_editor):
    # Unknown to the model on purpose: PostgreSQL computes it on every write, imports included, and SQLite, which
    # has no tsvector, searches the three columns instead.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"ALTER TABLE timeline_event ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ({VECTOR}) STORED"
        )
        schema_editor.execute("CREATE INDEX event_search_vector ON timeline_event USING gin (search_vector)")


def drop_vector(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE timeline_event DROP COLUMN IF EXISTS search_vector")


def drop_old_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS event_search_arabic")


class Migration(migrations.Migration):
    dependencies = [("timeline", "0004_event_search_document")]

    operations = [
        migrations.RunPython(drop_old_index, migrations.RunPython.noop),
        migrations.RemoveField(model_name="event", name="search_document"),
        migrations.AddField(
            model_name="event", name="search_headline", field=models.TextField(blank=True, editable=False)
        ),
        migrations.AddField(model_name="event", name="search_body", field=models.TextField(blank=True, editable=False)),
        migrations.AddField(
            model_name="event", name="search_statements", field=models.TextField(blank=True, editable=False)
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.RunPython(add_vector, drop_vector),
    ]
