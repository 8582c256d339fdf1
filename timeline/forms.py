"""Forms outside the model admin's own: the bulletin import."""

from typing import Any

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from timeline.importing.lines import WireTextError, decode_lines, numbered_lines
from timeline.importing.writing import Corrections
from timeline.models import Language, Statement, Timeline
from timeline.parameters import whole_number


class BulletinImportForm(forms.Form):
    timeline = forms.ModelChoiceField(
        Timeline.objects.all(),
        required=False,
        label=_("timeline"),
        help_text=_("Or leave empty and name a new timeline below."),
    )
    new_slug = forms.SlugField(label=_("new timeline's slug"), required=False, allow_unicode=True)
    new_title = forms.CharField(label=_("new timeline's title"), required=False, max_length=200)
    new_language = forms.ChoiceField(label=_("language"), choices=Language.choices, initial=Language.ARABIC)
    text = forms.CharField(
        label=_("text"),
        required=False,
        widget=forms.Textarea(
            attrs={"rows": 16, "cols": 100, "placeholder": "(18) بلينكن لا يتوقع اختراقات - 9 يناير 2022"}
        ),
        help_text=_(
            "Paste the chronology: a header line “(18) headline - 9 يناير 2022” opens each bulletin, its "
            "paragraphs follow."
        ),
    )
    file = forms.FileField(label=_("or a UTF-8 text file"), required=False)
    date_order = forms.ChoiceField(
        label=_("numeric dates"),
        choices=[("dmy", _("day first: 03/11/2025 is 3 November")), ("mdy", _("month first: 03/11/2025 is 11 March"))],
        initial="dmy",
        required=False,
        help_text=_("Only for dates written in digits; dates with a month name read either way."),
    )
    publish = forms.BooleanField(label=_("publish the new bulletins"), required=False)
    update = forms.BooleanField(
        label=_("replace bulletins whose text changed"),
        required=False,
        help_text=_("Without this, a number that exists with other text stops the import."),
    )

    def __init__(self, *args: Any, can_publish: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not can_publish:
            del self.fields["publish"]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        upload = cleaned.get("file")
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE  # what a pasted text (and an API request) may weigh
        if upload is not None and limit is not None and upload.size > limit:
            self.add_error(
                "file",
                _(
                    "This file is %(size)s; the admin reads at most %(limit)s at a time, as a pasted text. Import "
                    "longer chronologies with “manage.py import_bulletins”, or in parts."
                )
                % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            )
            upload = None
        if upload is not None:
            try:
                cleaned["text"] = "\n".join(text for _line, text in decode_lines(upload.read().splitlines()))
            except WireTextError as error:
                self.add_error("file", str(error))
        if not (cleaned.get("text") or "").strip() and not self.errors:
            self.add_error("text", _("Paste the text or choose a file."))
        if cleaned.get("timeline") is None and not (cleaned.get("new_slug") and cleaned.get("new_title")):
            self.add_error("timeline", _("Choose a timeline, or give a new one's slug and title."))
        return cleaned

    def clean_date_order(self) -> str:
        return self.cleaned_data.get("date_order") or "dmy"

    def lines(self):
        return numbered_lines(self.cleaned_data["text"])

    def create_timeline(self) -> dict[str, str] | None:
        if self.cleaned_data.get("timeline") is not None:
            return None
        data = self.cleaned_data
        return {"slug": data["new_slug"], "title": data["new_title"], "language": data["new_language"]}


def corrections_from(post: dict[str, Any]) -> Corrections:
    """The edits made in the preview. Each statement has fields `speaker-<number>-<index>` and `kind-...`, and the
    values the preview showed in `shown-speaker-...` and `shown-kind-...`; only what the editor changed counts."""
    corrections: Corrections = {}
    for key, speaker in post.items():
        parts = key.split("-")
        if len(parts) != 3 or parts[0] != "speaker":
            continue
        number, index = whole_number(parts[1]), whole_number(parts[2])
        if number is None or index is None:
            continue  # "speaker-²-1": no statement the preview showed
        suffix = f"{parts[1]}-{parts[2]}"
        correction: dict[str, str] = {}
        speaker = speaker.strip()
        if speaker != post.get(f"shown-speaker-{suffix}", ""):
            correction["speaker"] = speaker
        kind = post.get(f"kind-{suffix}", "")
        if kind in Statement.Kind.values and kind != post.get(f"shown-kind-{suffix}"):
            correction["kind"] = kind
        if correction:
            corrections[(number, index)] = correction
    return corrections
