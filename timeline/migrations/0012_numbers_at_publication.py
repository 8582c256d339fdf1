"""Bulletin numbers are given at publication (#15): drafts, bulletins in review and scheduled ones that were never
published give up the numbers readers never saw; published, retracted and unpublished ones keep theirs. Numbers
run from 1 to 99,999."""

import django.core.validators
from django.db import migrations, models
from django.db.models import Q

HIGHEST_NUMBER = 99_999  # as timeline.models.HIGHEST_NUMBER was when this migration was written


def drop_unseen_numbers(apps, schema_editor):
    event_model = apps.get_model("timeline", "Event")
    never_shown = event_model.objects.filter(status__in=["draft", "in_review"], published_at__isnull=True)
    never_shown.update(number=None)
    too_high = event_model.objects.filter(number__gt=HIGHEST_NUMBER).values_list("timeline_id", "number")[:10]
    if too_high:
        listed = ", ".join(f"timeline {timeline} bulletin ({number})" for timeline, number in too_high)
        raise RuntimeError(
            f"Bulletins numbered above {HIGHEST_NUMBER} were published: {listed}. Renumber them "
            "(services.event_renumber) before migrating."
        )


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0011_person_name_keys"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="event",
            name="event_number_positive",
        ),
        migrations.AlterField(
            model_name="event",
            name="number",
            field=models.PositiveIntegerField(
                blank=True,
                help_text=(
                    "The bulletin's number in the timeline, shown as (18). Leave empty: it takes the next one when "
                    "it is published; give one only to fill in an older bulletin."
                ),
                null=True,
                validators=[
                    django.core.validators.MinValueValidator(1, "Bulletin numbers start at 1."),
                    django.core.validators.MaxValueValidator(
                        HIGHEST_NUMBER,
                        "A bulletin number is at most %(limit_value)s: leave it empty to take the next one.",
                    ),
                ],
                verbose_name="number",
            ),
        ),
        # Reversing gives no number back: a migration back would need numbers for drafts, which it cannot invent
        # without holes. (Going back is for an empty or test database.)
        migrations.RunPython(drop_unseen_numbers, migrations.RunPython.noop, elidable=False),
        migrations.AddConstraint(
            model_name="event",
            constraint=models.CheckConstraint(
                condition=Q(number__gte=1, number__lte=HIGHEST_NUMBER),
                name="event_number_range",
                violation_error_message="A bulletin number is from 1 to 99999.",
            ),
        ),
        migrations.AddConstraint(
            model_name="event",
            constraint=models.CheckConstraint(
                condition=Q(number__isnull=False) | Q(status__in=["draft", "in_review"], published_at__isnull=True),
                name="event_shown_has_number",
                violation_error_message="A published, retracted or unpublished bulletin keeps its number.",
            ),
        ),
    ]
