"""Every public page type, in Arabic and in English, is valid HTML by the Nu Html Checker (npm's vnu-jar): the
pages are saved into one folder and checked in one run of the checker (one Java start, a few seconds)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.shortcuts import render
from django.test import RequestFactory
from django.utils import translation

from newsroom.views import server_error
from tests.timeline.reader_pages import ERROR_STATUS, LANGUAGES, PAGES, build_story

pytestmark = pytest.mark.django_db
VNU = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
JAVA = shutil.which("java")


@pytest.fixture
def vnu() -> list[str]:
    missing = []
    if not VNU.exists():
        missing.append(f"the Nu Html Checker at {VNU} (npm ci)")
    if JAVA is None:
        missing.append("Java (apt-get install -y default-jre-headless)")
    if missing:
        message = "needs " + " and ".join(missing)
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return [JAVA, "-Xss1024k", "-jar", str(VNU)]


def saved_pages(client, folder: Path) -> list[Path]:
    """Each page type in each language, as the server sends it, in `folder`."""
    files = []
    for language, prefix in LANGUAGES.items():
        for page_type, address in PAGES.items():
            response = client.get(prefix + address)
            assert response.status_code == ERROR_STATUS.get(page_type, 200), (prefix + address, response.status_code)
            files.append(folder / f"{page_type}-{language}.html")
            files[-1].write_bytes(response.content)
        request = RequestFactory().get(f"{prefix}/timelines/geneva/")
        with translation.override(language):
            errors = {"500": server_error(request), "503": render(request, "503.html", status=503)}
        for name, response in errors.items():
            files.append(folder / f"{name}-{language}.html")
            files[-1].write_bytes(response.content)
    return files


def test_every_page_is_valid_html(client, vnu, tmp_path):
    build_story()
    files = saved_pages(client, tmp_path)
    run = subprocess.run(
        [*vnu, "--format", "json", "--stdout", *map(str, files)], capture_output=True, text=True, timeout=300
    )
    messages = json.loads(run.stdout)["messages"]
    errors = [
        f"{Path(message.get('url', '')).name}:{message.get('lastLine')}: {message['message']}"
        f" [{message.get('extract', '').strip()[:80]}]"
        for message in messages
        if message["type"] == "error" or message.get("subType") == "fatal"
    ]
    assert errors == []
    assert len(files) == 2 * (len(PAGES) + 2)
