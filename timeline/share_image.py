"""The images other sites show for us when nothing better exists: the share card (og:image, JSON-LD `image`) of a
page without a photo, and the newsroom's logo (JSON-LD `publisher.logo`). Drawn here with Pillow at the first
request of each process and kept in memory: no file to ship, no third-party image, nothing fetched.

A card names the newsroom (TASALSUL_NEWSROOM_NAME, or the product's names in both scripts) over a row of numbered
bulletins, in the site's colours. Arabic text needs a font with Arabic letters and Pillow's Raqm layout (shaping
and direction); where either is missing, only Latin text is drawn, never unjoined Arabic letters."""

from __future__ import annotations

import functools
import hashlib
import io
from pathlib import Path
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from PIL import Image, ImageDraw, ImageFont, features

from timeline.publisher import LOGO_SIZE

CARD_WIDTH, CARD_HEIGHT = 1200, 630  # the size Facebook, X and LinkedIn show large (1.91:1)
PAPER, INK, ACCENT, MUTED = "#f6f3ef", "#1d1d1f", "#8a1c1c", "#545454"  # static/css/site.css
# The product's names, when the newsroom has not set its own.
DEFAULT_NAMES = ("تسلسل", "Tasalsul")
# Fonts with Arabic letters found on common Linux systems (Debian's fonts-dejavu-core, fonts-noto-*), bold first.
# DejaVu first: it has Latin letters too, for a newsroom name in both scripts.
ARABIC_FONTS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf",
    "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Bold.ttf",
)
# Browsers and proxies keep them a day: they change only when the newsroom's name does.
MAX_AGE = 24 * 60 * 60

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont


def _arabic_font_path() -> str | None:
    if not features.check("raqm"):
        return None
    return next((path for path in ARABIC_FONTS if Path(path).is_file()), None)


def _font(size: int, text: str) -> Font | None:
    """A font that draws `text` properly, or None: Latin text always (Pillow's own font), any other only with an
    installed font and Raqm."""
    if text.isascii():
        return ImageFont.load_default(size)
    path = _arabic_font_path()
    if path is None:
        return None
    return ImageFont.truetype(path, size, layout_engine=ImageFont.Layout.RAQM)


def _centred(draw: ImageDraw.ImageDraw, text: str, centre: tuple[int, int], size: int, fill: str) -> None:
    """`text` centred on `centre`, smaller until it fits the card with a margin (a newsroom's long name)."""
    font = _font(size, text)
    while font is not None and size > 24 and draw.textlength(text, font=font) > CARD_WIDTH - 160:
        size -= 8
        font = _font(size, text)
    if font is not None:
        draw.text(centre, text, font=font, fill=fill, anchor="mm")


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def _names() -> tuple[str, ...]:
    return (settings.TASALSUL_NEWSROOM_NAME,) if settings.TASALSUL_NEWSROOM_NAME else DEFAULT_NAMES


@functools.cache
def card_png(names: tuple[str, ...]) -> bytes:
    """The share card: the names, then a line of five numbered bulletins, the last one marked like a key bulletin."""
    image = Image.new("RGB", (CARD_WIDTH, CARD_HEIGHT), PAPER)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, CARD_WIDTH, 18), fill=ACCENT)
    top = 190 if len(names) > 1 else 230
    for index, name in enumerate(names):
        _centred(
            draw, name, (CARD_WIDTH // 2, top + index * 120), 104 if index == 0 else 64, INK if index == 0 else MUTED
        )
    line_y, first_x, step, radius = 470, 240, 180, 44
    draw.line((first_x, line_y, first_x + 4 * step, line_y), fill=INK, width=6)
    for position in range(5):
        x = first_x + position * step
        last = position == 4
        draw.ellipse(
            (x - radius, line_y - radius, x + radius, line_y + radius),
            fill=ACCENT if last else PAPER,
            outline=ACCENT,
            width=6,
        )
        _centred(draw, str(position + 1), (x, line_y), 44, PAPER if last else ACCENT)
    return _png(image)


@functools.cache
def logo_png() -> bytes:
    """The newsroom's logo: the favicon's numbered square, large."""
    image = Image.new("RGB", (LOGO_SIZE, LOGO_SIZE), PAPER)
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, LOGO_SIZE - 1, LOGO_SIZE - 1), radius=LOGO_SIZE // 6, fill=ACCENT)
    number = "(١)" if _arabic_font_path() else "(1)"
    _centred(draw, number, (LOGO_SIZE // 2, LOGO_SIZE // 2), LOGO_SIZE // 2, "#ffffff")
    return _png(image)


def default_card(request: HttpRequest) -> dict[str, Any]:
    """The share card as a page's og:image (see timeline.views.share_image): absolute address, size, alt text."""
    return {
        "url": request.build_absolute_uri(reverse("share-card")),
        "width": CARD_WIDTH,
        "height": CARD_HEIGHT,
        "alt": settings.TASALSUL_NEWSROOM_NAME or _("Tasalsul: numbered news timelines."),
    }


def _serve(content: bytes) -> HttpResponse:
    response = HttpResponse(content, content_type="image/png")
    response["Cache-Control"] = f"public, max-age={MAX_AGE}"
    # Conditional GETs answer 304 from this (ConditionalGetMiddleware).
    response["ETag"] = f'"{hashlib.sha256(content).hexdigest()[:32]}"'
    return response


@require_safe
def share_card(request: HttpRequest) -> HttpResponse:
    return _serve(card_png(_names()))


@require_safe
def newsroom_logo(request: HttpRequest) -> HttpResponse:
    return _serve(logo_png())
