"""Photos uploaded into bulletins: checked by what they contain, re-encoded, and stored in the sizes pages ask for.

Re-encoding is how metadata goes: a new file is written from the pixels alone, so the camera's EXIF block (GPS
position, serial number, time), XMP, ICC profiles, text chunks and comments are not copied. "From the pixels alone"
has to be made true: Pillow keeps what it read in `image.info` through convert() and resize(), its JPEG writer copies
`info["comment"]` (a JPEG or GIF comment, which can name a source) into every file it saves, and its PNG writer the
ICC profile; so the picture's `info` is emptied before anything is written.

The orientation the camera recorded is applied to the pixels first, so a portrait photo stays upright without its
EXIF tag, and colours in another profile (Adobe RGB, Display P3) are converted to sRGB, which is what browsers assume
of an untagged file.
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
# A side longer than any camera's or phone panorama's, and more than ten times the other side: neither is a
# newsroom photo, and either makes sizes that no page can show (a 100 x 70,000 strip is 480 x 336,000 at our
# smallest width, past JPEG's limit of 65,500). Both are read from the header, before any pixel is decoded.
MAX_SIDE = 20_000
MAX_ASPECT = 10
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
            # Only the header is read so far: type and dimensions are checked before any pixel is decoded.
            _check_kind_and_dimensions(probe.format, probe.width, probe.height)
            probe.verify()  # reads the whole file: a truncated or corrupt one fails here, not while resizing
        upload.seek(0)
        image = Image.open(upload)
        image.load()
    except ValidationError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError, ValueError) as error:
        raise not_a_photo from error
    return image


def _check_kind_and_dimensions(kind: str | None, width: int, height: int) -> None:
    if kind not in ACCEPTED_FORMATS:
        raise ValidationError(
            _("%(format)s files are not accepted. Upload a JPEG, PNG, WebP or GIF image.") % {"format": kind},
            code="format",
        )
    if width * height > MAX_PIXELS:
        raise ValidationError(
            _("The photo has %(pixels)s million pixels; the most accepted is %(limit)s million.")
            % {"pixels": width * height // 1_000_000, "limit": MAX_PIXELS // 1_000_000},
            code="too_many_pixels",
        )
    if max(width, height) > MAX_SIDE:
        raise ValidationError(
            _("The photo is %(width)s × %(height)s pixels; no side may be longer than %(limit)s pixels.")
            % {"width": width, "height": height, "limit": MAX_SIDE},
            code="too_long",
        )
    if max(width, height) > MAX_ASPECT * min(width, height):
        raise ValidationError(
            _(
                "The photo is %(width)s × %(height)s pixels; one side may be at most %(ratio)s times the other. "
                "Crop it, or split it into several photos."
            )
            % {"width": width, "height": height, "ratio": MAX_ASPECT},
            code="aspect",
        )


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
    pixels = image.convert("RGBA" if has_alpha else "RGB")  # always a new picture: the upload's stays as it was
    # What the upload carried (comment, EXIF, XMP, ICC profile, text chunks) is not for the new files: Pillow's
    # writers would copy some of it from here (see the module's docstring), and resize() copies it to every size.
    pixels.info = {}
    return pixels


def _encoded(image: Image.Image) -> tuple[bytes, str]:
    buffer = io.BytesIO()
    if image.mode == "RGBA":
        # Transparency (a map, a logo) needs PNG.
        image.save(buffer, "PNG", optimize=True)
        return buffer.getvalue(), "png"
    # comment=b"" as well as the emptied info: a JPEG comment is the block most easily carried along.
    image.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True, comment=b"")
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
