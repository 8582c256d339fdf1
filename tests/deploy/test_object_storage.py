"""Photos on S3-compatible object storage (#18), against moto's S3 API server started here: every app server sees
every upload; the bucket stays private and readers get photos through the app, only while the bulletin is public."""

from __future__ import annotations

import datetime
import io

import boto3
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from moto.server import ThreadedMotoServer
from PIL import Image

from bench.tier import free_port
from tests.factories import TimelineFactory, UserFactory
from timeline import services
from timeline.models import Event
from timeline.roles import NewsroomRole

pytestmark = pytest.mark.django_db
BUCKET = "tasalsul-photos"
CREDENTIALS = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing", "region_name": "us-east-1"}


@pytest.fixture(scope="module")
def s3_server():
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=free_port(), verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def s3(s3_server, settings):
    client = boto3.client("s3", endpoint_url=s3_server, **CREDENTIALS)
    client.create_bucket(Bucket=BUCKET)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": BUCKET,
                "endpoint_url": s3_server,
                "region_name": "us-east-1",
                "access_key": "testing",
                "secret_key": "testing",
                "location": "media",
                "default_acl": "private",
                "file_overwrite": False,
            },
        },
    }
    yield client
    for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=item["Key"])
    client.delete_bucket(Bucket=BUCKET)


def jpeg() -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (640, 400), (30, 90, 160)).save(buffer, "JPEG")
    return SimpleUploadedFile("geneva.jpg", buffer.getvalue(), content_type="image/jpeg")


def test_a_photo_goes_to_the_bucket_and_reaches_readers_through_the_app(client, s3):
    editor = UserFactory(role=NewsroomRole.CHIEF)
    event = services.event_create(
        timeline=TimelineFactory(slug="geneva"),
        user=editor,
        headline="وصول الوفدين إلى جنيف",
        date=datetime.date(2022, 1, 9),
        status=Event.Status.DRAFT,
    )
    media = services.media_add_image(event=event, user=editor, upload=jpeg(), alt_text="الوفدان أمام مقر البعثة")
    keys = sorted(item["Key"] for item in s3.list_objects_v2(Bucket=BUCKET)["Contents"])
    assert keys
    assert all(key.startswith(f"media/bulletins/{media.folder}/") for key in keys)
    address = "/media/" + media.renditions[0]["name"]
    # A draft's photo: in the bucket, but no reader gets it.
    assert client.get(address).status_code == 404
    services.event_publish(event=event, user=editor)
    response = client.get(address)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    body = b"".join(response.streaming_content)
    assert Image.open(io.BytesIO(body)).format == "JPEG"
    # Stored private: only the owner's grant, none for everyone.
    grants = s3.get_object_acl(Bucket=BUCKET, Key=keys[0])["Grants"]
    assert [grant["Permission"] for grant in grants] == ["FULL_CONTROL"]
    assert "URI" not in grants[0]["Grantee"]


def test_removing_a_photo_deletes_its_files_from_the_bucket(s3, django_capture_on_commit_callbacks):
    editor = UserFactory(role=NewsroomRole.CHIEF)
    event = services.event_create(
        timeline=TimelineFactory(slug="geneva"),
        user=editor,
        headline="وصول الوفدين إلى جنيف",
        date=datetime.date(2022, 1, 9),
        status=Event.Status.PUBLISHED,
    )
    media = services.media_add_image(event=event, user=editor, upload=jpeg(), alt_text="الوفدان أمام مقر البعثة")
    assert s3.list_objects_v2(Bucket=BUCKET).get("KeyCount", 0) > 0
    with django_capture_on_commit_callbacks(execute=True):
        services.media_remove(media=media, user=editor)
    assert s3.list_objects_v2(Bucket=BUCKET).get("KeyCount", 0) == 0
