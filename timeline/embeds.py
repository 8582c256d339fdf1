"""Links to videos and posts elsewhere, shown in bulletins as click-to-load placeholders.

Each platform's own embed code loads its scripts and cookies with the page. We store the link, and readers see a
placeholder that names the platform; only a click puts the platform's embed page in a frame (static/js/
click-to-load.js), so a reader who does not click is not seen by it. The frame addresses below are the platforms'
iframe embeds (no script of theirs on our pages), and the Content Security Policy's `frame-src` lists exactly these
hosts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, urlsplit

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext as _

YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
YOUTUBE_PATH = re.compile(r"^/(?:shorts|live|embed)/([A-Za-z0-9_-]{11})/?$")
X_STATUS = re.compile(r"^/[A-Za-z0-9_]{1,15}/status(?:es)?/(\d{1,25})/?")
INSTAGRAM_POST = re.compile(r"^/(p|reel|tv)/([A-Za-z0-9_-]{5,40})/?")


class Provider(models.TextChoices):
    YOUTUBE = "youtube", "YouTube"
    X = "x", "X"
    FACEBOOK = "facebook", "Facebook"
    INSTAGRAM = "instagram", "Instagram"


@dataclass(frozen=True)
class Embed:
    provider: Provider
    frame_url: str  # what the placeholder loads into a frame after a click


def _host(url: str) -> tuple[str, str, str]:
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    for prefix in ("www.", "m.", "mobile."):
        host = host.removeprefix(prefix)
    return parts.scheme.lower(), host, parts.path


def _youtube(url: str, host: str, path: str) -> str | None:
    query = parse_qs(urlsplit(url).query)
    if host == "youtu.be":
        video = path.strip("/")
    elif path == "/watch":
        video = (query.get("v") or [""])[0]
    else:
        match = YOUTUBE_PATH.match(path)
        video = match.group(1) if match else ""
    if not YOUTUBE_ID.match(video):
        return None
    return f"https://www.youtube-nocookie.com/embed/{video}"


def _x(path: str) -> str | None:
    match = X_STATUS.match(path)
    return f"https://platform.twitter.com/embed/Tweet.html?id={match.group(1)}&dnt=true" if match else None


def _instagram(path: str) -> str | None:
    match = INSTAGRAM_POST.match(path)
    return f"https://www.instagram.com/{match.group(1)}/{match.group(2)}/embed/" if match else None


def _facebook(url: str, path: str) -> str | None:
    if path.strip("/") == "":
        return None
    plugin = "video" if "/videos/" in path or path.startswith("/watch") or "/reel/" in path else "post"
    return f"https://www.facebook.com/plugins/{plugin}.php?href={quote(url.strip(), safe='')}&show_text=true"


def embed_for(url: str) -> Embed:
    """What a pasted link embeds, or a ValidationError that says which links can be embedded."""
    scheme, host, path = _host(url)
    frame = None
    provider = None
    if scheme in ("http", "https"):
        if host in ("youtube.com", "youtu.be", "youtube-nocookie.com"):
            provider, frame = Provider.YOUTUBE, _youtube(url, host, path)
        elif host in ("x.com", "twitter.com"):
            provider, frame = Provider.X, _x(path)
        elif host == "instagram.com":
            provider, frame = Provider.INSTAGRAM, _instagram(path)
        elif host in ("facebook.com", "fb.watch"):
            provider, frame = Provider.FACEBOOK, _facebook(url, path)
    if provider is None:
        raise ValidationError(
            _("Only links to YouTube videos and to posts on X, Facebook or Instagram can be embedded."),
            code="unsupported_site",
        )
    if frame is None:
        raise ValidationError(
            _("This %(platform)s link does not point to a single video or post. Copy the post's own address.")
            % {"platform": provider.label},
            code="not_a_post",
        )
    return Embed(provider=provider, frame_url=frame)
