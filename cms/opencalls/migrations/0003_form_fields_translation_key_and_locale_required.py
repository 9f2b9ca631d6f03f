"""Form fields: `translation_key` and `locale` required and unique together (TranslatableMixin)."""

import uuid

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("opencalls", "0002_translatable_form_fields"),
    ]

    operations = [
        migrations.AlterField(
            model_name="opencallformfield",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="opencallformfield",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterUniqueTogether(
            name="opencallformfield",
            unique_together={("translation_key", "locale")},
        ),
    ]
