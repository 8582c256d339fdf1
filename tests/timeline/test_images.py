"""Photos as timeline.images stores them: nothing but pixels survives re-encoding, whatever the format uploaded and
whichever format is written; and a picture whose dimensions no page can show is refused from its header, with the
reason, before a pixel of it is decoded."""

import io
import struct
from collections.abc import Callable
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import ExifTags, Image, ImageCms, PngImagePlugin

from timeline import images

# What a photo's metadata can carry that must not reach readers: here, the name of a source.
SECRET = b"source-Abu-Khalid-0555"
XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:Description dc:creator="' + SECRET + b'"/></x:xmpmeta>'
# A profile no colour engine can read: kept as it is by a careless writer.
BROKEN_ICC = b"\x00\x00\x02\x00" + SECRET * 20
SRGB_ICC = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def _exif() -> Image.Exif:
    exif = Image.Exif()
    exif[ExifTags.Base.Artist] = SECRET.decode()
    exif[ExifTags.Base.ImageDescription] = SECRET.decode()
    exif[ExifTags.Base.Make] = "SpyCam"
    return exif


def _picture(mode: str = "RGB") -> Image.Image:
    image = Image.new(mode, (640, 400), (200, 30, 30, 255)[: len(mode)])
    image.paste((20, 20, 200, 128)[: len(mode)], (0, 0, 320, 400))
    return image


def jpeg(icc: bytes = SRGB_ICC) -> bytes:
    buffer = io.BytesIO()
    _picture().save(buffer, "JPEG", comment=SECRET, exif=_exif(), xmp=XMP, icc_profile=icc)
    return buffer.getvalue()


def png(mode: str = "RGB", icc: bytes = SRGB_ICC) -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Source", SECRET.decode())
    info.add_text("Comment", SECRET.decode(), zip=True)
    info.add_itxt("Author", SECRET.decode(), lang="ar")
    info.add_itxt("XML:com.adobe.xmp", XMP.decode())
    buffer = io.BytesIO()
    _picture(mode).save(buffer, "PNG", pnginfo=info, exif=_exif(), icc_profile=icc)
    return buffer.getvalue()


def webp(mode: str = "RGB") -> bytes:
    buffer = io.BytesIO()
    _picture(mode).save(buffer, "WEBP", exif=_exif(), xmp=XMP, icc_profile=SRGB_ICC, lossless=True)
    return buffer.getvalue()


def gif(transparent: bool = False) -> bytes:
    """A GIF with a comment, and an application extension (where GIF keeps XMP) carrying the secret too."""
    image = _picture().convert("P", palette=Image.Palette.ADAPTIVE, colors=16)
    buffer = io.BytesIO()
    image.save(buffer, "GIF", comment=SECRET, **({"transparency": 0} if transparent else {}))
    data = buffer.getvalue()
    packed = data[10]
    table = 3 * 2 ** ((packed & 7) + 1) if packed & 0x80 else 0
    at = 13 + table
    extension = b"\x21\xff\x0bXMP DataXMP" + bytes([len(XMP[:255])]) + XMP[:255] + b"\x00"
    return data[:at] + extension + data[at:]


FORMATS: dict[str, Callable[[], bytes]] = {
    "JPEG": jpeg,
    "JPEG without a profile": lambda: jpeg(icc=b""),
    "JPEG with a broken profile": lambda: jpeg(icc=BROKEN_ICC),
    "PNG": png,
    "PNG with transparency": lambda: png("RGBA"),
    "PNG with transparency and a broken profile": lambda: png("RGBA", icc=BROKEN_ICC),
    "WebP": webp,
    "WebP with transparency": lambda: webp("RGBA"),
    "GIF": gif,
    "GIF with transparency": lambda: gif(transparent=True),
}


def jpeg_markers(data: bytes) -> list[int]:
    """The JPEG's segment markers, up to the start of the scan."""
    markers, at = [], 2
    assert data[:2] == b"\xff\xd8"
    while at < len(data):
        assert data[at] == 0xFF
        marker = data[at + 1]
        markers.append(marker)
        if marker == 0xDA:  # start of scan: entropy-coded data follows
            break
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        at += 2 + length
    return markers


def png_chunks(data: bytes) -> list[bytes]:
    chunks, at = [], 8
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        chunks.append(data[at + 4 : at + 8])
        at += 12 + length
    return chunks


def uploaded(data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile("photo", data, content_type="application/octet-stream")


@pytest.fixture
def in_english():
    with translation.override("en"):
        yield


@pytest.mark.parametrize("name", list(FORMATS))
def test_nothing_but_pixels_survives_re_encoding_whatever_the_format(name):
    original = FORMATS[name]()
    assert SECRET in original or SECRET in Image.open(io.BytesIO(original)).info.get("comment", b"")
    stored = images.store_image(uploaded(original))
    try:
        assert len(stored.renditions) == 2  # 480 and its own 640
        for rendition in stored.renditions:
            data = (Path(settings.MEDIA_ROOT) / rendition["name"]).read_bytes()
            assert SECRET not in data
            assert b"SpyCam" not in data
            if rendition["name"].endswith(".jpg"):
                # SOI's followers: JFIF (APP0), tables, frame, scan. No APP1 (EXIF, XMP), APP2 (ICC), COM.
                assert set(jpeg_markers(data)) <= {0xE0, 0xDB, 0xC4, 0xC0, 0xC2, 0xDD, 0xDA}, name
            else:
                assert set(png_chunks(data)) <= {b"IHDR", b"IDAT", b"IEND"}, name
            info = Image.open(io.BytesIO(data)).info
            assert not info.keys() & {"comment", "exif", "xmp", "icc_profile", "XML:com.adobe.xmp", "Source"}
    finally:
        images.delete_stored(stored.renditions)


def test_transparency_still_makes_a_png_and_opaque_pictures_a_jpeg():
    for data, extension in ((png("RGBA"), "png"), (gif(transparent=True), "png"), (gif(), "jpg"), (webp(), "jpg")):
        stored = images.store_image(uploaded(data))
        images.delete_stored(stored.renditions)
        assert stored.name.endswith(f".{extension}")


def test_the_uploaded_picture_keeps_its_own_metadata_in_memory():
    """Emptying the copy's metadata does not reach into the upload's (a caller may still want to read it)."""
    opened = images.checked_image(uploaded(jpeg()))
    stored_from = images._upright(opened)
    assert opened.info.get("comment") == SECRET
    assert stored_from.info == {}


# --- Dimensions ------------------------------------------------------------------------------------------------


def _png_of(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("L", (width, height), 128).save(buffer, "PNG")
    return buffer.getvalue()


def test_a_thin_strip_100_by_70000_is_refused_from_its_header_with_its_dimensions(in_english):
    data = _png_of(100, 70_000)
    # Cut after the header: were the pixels decoded first, this would be "not a photo we can read".
    truncated = data[:200]
    for upload in (data, truncated):
        with pytest.raises(ValidationError) as refused:
            images.checked_image(uploaded(upload))
        assert refused.value.code == "too_long"
        assert "100 × 70000 pixels" in refused.value.messages[0]
        assert "20000" in refused.value.messages[0]


def test_a_picture_more_than_ten_times_longer_than_wide_is_refused(in_english):
    with pytest.raises(ValidationError) as refused:
        images.checked_image(uploaded(_png_of(2_100, 200)))
    assert refused.value.code == "aspect"
    assert "at most 10 times the other" in refused.value.messages[0]


def test_a_tall_picture_of_ten_to_one_is_accepted_and_sized():
    stored = images.store_image(uploaded(_png_of(300, 3_000)))
    images.delete_stored(stored.renditions)
    assert [(size["width"], size["height"]) for size in stored.renditions] == [(300, 3_000)]
