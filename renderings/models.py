from django.db import models
from django.utils.translation import gettext_lazy as _


class RenderedBulletin(models.Model):
    """One bulletin in one form: its reader HTML in one interface language (`html:ar`, `html:en`) or its API JSON
    for one site (`json:https://example.org/`). Valid while `fingerprint` matches what it was made from
    (timeline/bulletin_fragments.py); a change to what it shows deletes it in the same transaction."""

    event = models.ForeignKey("timeline.Event", on_delete=models.CASCADE, related_name="+", verbose_name=_("bulletin"))
    variant = models.CharField(_("form"), max_length=200, help_text=_("html:<language> or json:<site>."))
    fingerprint = models.CharField(_("fingerprint"), max_length=64, help_text=_("A hash of what it was made from."))
    content = models.TextField(_("content"))
    rendered_at = models.DateTimeField(_("rendered at"), auto_now=True)

    class Meta:
        ordering = ["event", "variant"]
        verbose_name = _("rendered bulletin")
        verbose_name_plural = _("rendered bulletins")
        constraints = [models.UniqueConstraint(fields=["event", "variant"], name="one_rendering_per_form")]

    def __str__(self) -> str:
        return f"{self.event_id} {self.variant}"


class TimelineSummary(models.Model):
    """What a timeline's pages say of the whole timeline (timeline/aggregates.py: counts, chart, dates, key bulletins,
    photo), kept in the database so that a page made with no cache at all does not sum up ten thousand bulletins.
    Current while no purge of the timeline's bulletins came after it began to be made (`made_from` > `purged_at`,
    both in microseconds since the epoch, as the cache's purge stamps)."""

    timeline = models.OneToOneField(
        "timeline.Timeline",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="+",
        verbose_name=_("timeline"),
    )
    purged_at = models.BigIntegerField(
        _("purged at"), default=0, help_text=_("When its bulletins last changed (microseconds since 1970).")
    )
    made_from = models.BigIntegerField(
        _("made from"), default=0, help_text=_("When the summary kept began to be made (microseconds since 1970).")
    )
    facts = models.JSONField(_("facts"), null=True, blank=True)

    class Meta:
        ordering = ["timeline"]
        verbose_name = _("timeline summary")
        verbose_name_plural = _("timeline summaries")

    def __str__(self) -> str:
        return f"{self.timeline_id}"
