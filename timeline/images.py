"""Photos uploaded into bulletins: checked by what they contain, re-encoded, and stored in the sizes pages ask for.

Re-encoding is how metadata goes: a new file is written from the pixels alone, so the camera's EXIF block (GPS
position, serial number, time), XMP and comments are not copied. The orientation the camera recorded is applied to
the pixels first, so a portrait photo stays upright without its EXIF tag, and colours in another profile (Adobe RGB,
Display P3) are converted to sRGB, which is what browsers assume of an untagged file.
"""

from __future__ import annotations

import io
import secrets
from dataclasses import dataclass
from typing import IO, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

ACCEPTED_FORMATS = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP", "GIF": "GIF"}
# The widths made for `srcset`: a phone, a phone at 2x or a desktop column, a desktop column at 2x, a full screen.
WIDTHS = (480, 960, 1440, 2048)
# More pixels than any newsroom photo has (a 50-megapixel camera): beyond it, a file is a decompression bomb.
MAX_PIXELS = 60_000_000
FOLDER = "bulletins"
JPEG_QUALITY = 85


@dataclass(frozen=True)
class StoredImage:
    """The sizes written for one upload, smallest first; the last is the one shown where one size is wanted."""

    renditions: list[dict[str, Any]]
    folder: str  # its random part, unique to this upload

    @property
    def name(self) -> str:
        return self.renditions[-1]["name"]

    @property
    def width(self) -> int:
        return self.renditions[-1]["width"]

    @property
    def height(self) -> int:
        return self.renditions[-1]["height"]


def _file_size(upload: IO[bytes]) -> int:
    size = getattr(upload, "size", None)
    if size is None:
        upload.seek(0, io.SEEK_END)
        size = upload.tell()
    return size


def checked_image(upload: IO[bytes]) -> Image.Image:
    """The upload opened as a picture, or a ValidationError that says what is wrong with it.

    Its type is read from its content: a renamed PDF or script is refused whatever its name or declared type."""
    limit = settings.TASALSUL_MAX_UPLOAD_BYTES
    size = _file_size(upload)
    if size > limit:
        raise ValidationError(
            _("The file is %(size)s; the largest photo accepted is %(limit)s.")
            % {"size": filesizeformat(size), "limit": filesizeformat(limit)},
            code="too_large",
        )
    if size == 0:
        raise ValidationError(_("The file is empty."), code="empty")
    not_a_photo = ValidationError(
        _("This file is not a photo we can read. Upload a JPEG, PNG, WebP or GIF image."), code="not_an_image"
    )
    try:
        upload.seek(0)
        with Image.open(upload) as probe:
            kind = probe.format
            pixels = probe.width * probe.height
            probe.verify()  # reads the whole file: a truncated or corrupt one fails here, not while resizing
        if kind not in ACCEPTED_FORMATS:
            raise ValidationError(
                _("%(format)s files are not accepted. Upload a JPEG, PNG, WebP or GIF image.") % {"format": kind},
                code="format",
            )
        if pixels > MAX_PIXELS:
            raise ValidationError(
                _("The photo has %(pixels)s million pixels; the most accepted is %(limit)s million.")
                % {"pixels": pixels // 1_000_000, "limit": MAX_PIXELS // 1_000_000},
                code="too_many_pixels",
            )
        upload.seek(0)
        image = Image.open(upload)
        image.load()
    except ValidationError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError, ValueError) as error:
        raise not_a_photo from error
    return image


def _in_srgb(image: Image.Image) -> Image.Image:
    profile = image.info.get("icc_profile")
    if not profile:
        return image
    try:
        mode = "RGBA" if "A" in image.getbands() else "RGB"
        converted = ImageCms.profileToProfile(
            image.convert(mode), io.BytesIO(profile), ImageCms.createProfile("sRGB"), outputMode=mode
        )
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image  # a broken profile: keep the pixels as they are rather than refuse the photo
    return converted if converted is not None else image


def _upright(image: Image.Image) -> Image.Image:
    """The first frame (an animated GIF becomes a still), rotated as the camera recorded, in sRGB, in RGB or RGBA."""
    image.seek(0)
    image = ImageOps.exif_transpose(image)
    image = _in_srgb(image)
    has_alpha = image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)
    return image.convert("RGBA" if has_alpha else "RGB")


def _encoded(image: Image.Image) -> tuple[bytes, str]:
    buffer = io.BytesIO()
    if image.mode == "RGBA":
        # Transparency (a map, a logo) needs PNG; nothing from the original's info is passed on.
        image.save(buffer, "PNG", optimize=True)
        return buffer.getvalue(), "png"
    image.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
    return buffer.getvalue(), "jpg"


def store_image(upload: IO[bytes]) -> StoredImage:
    """Check the upload, then write it re-encoded in each width of WIDTHS narrower than itself, and at its own
    width up to the largest. The folder's name is random, so an address cannot be guessed from another."""
    image = _upright(checked_image(upload))
    widths = [width for width in WIDTHS if width < image.width] + [min(image.width, WIDTHS[-1])]
    folder = secrets.token_hex(16)
    renditions = []
    try:
        for width in sorted(set(widths)):
            height = max(1, round(image.height * width / image.width))
            sized = image if width == image.width else image.resize((width, height), Image.Resampling.LANCZOS)
            data, extension = _encoded(sized)
            name = default_storage.save(f"{FOLDER}/{folder}/{width}.{extension}", ContentFile(data))
            renditions.append({"width": width, "height": height, "name": name})
    except BaseException:
        delete_stored(renditions)
        raise
    return StoredImage(renditions, folder)


def delete_stored(renditions: list[dict[str, Any]]) -> None:
    for rendition in renditions:
        default_storage.delete(rendition["name"])
