"""The production stack and its hardening: deploy checks, security headers, login protection, throttled writes,
health endpoints, the cache."""

import os
import socket
import subprocess
import sys

import pytest
from django.core.cache import caches
from django.test import override_settings
from django.urls import reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.factories import EventFactory, TimelineFactory, UserFactory
from timeline.models import Event
from timeline.roles import NewsroomRole

STRONG_SECRET = "s" * 20 + "-production-secret-for-the-test-suite-only-" + "x" * 10
UNDER_CI = os.environ.get("CI", "").lower() == "true"


def run_production(*args: str, **environment: str) -> subprocess.CompletedProcess:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.production",
        "DJANGO_SECRET_KEY": STRONG_SECRET,
        "DJANGO_ALLOWED_HOSTS": "news.example",
        **environment,
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args], capture_output=True, text=True, env=env, check=False, timeout=120
    )


def test_deploy_checks_pass_with_the_production_settings():
    result = run_production("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_without_redis_production_says_it_caches_in_memory():
    result = run_production(
        "shell", "-c", "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    )
    assert "LocMemCache" in result.stdout
    assert "REDIS_URL is not set" in result.stderr


def redis_reachable() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1):
            return True
    except OSError:
        return False


def test_redis_is_the_cache_when_configured():
    if not redis_reachable():
        if UNDER_CI:
            pytest.fail("Redis must run on 127.0.0.1:6379 under CI (.ci/run starts it)")
        pytest.skip("needs Redis on 127.0.0.1:6379")
    result = run_production(
        "shell",
        "-c",
        "from django.core.cache import caches; cache = caches['default']; cache.set('probe', 'ok', 5); "
        "print(type(cache).__name__, cache.get('probe'))",
        REDIS_URL="redis://127.0.0.1:6379/15",
    )
    assert result.stdout.split()[-2:] == ["OutageTolerantRedisCache", "ok"], result.stderr


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/admin/login/", "/api/v1/docs/", "/api/v1/timelines/"])
def test_every_response_has_a_content_security_policy(client, path):
    response = client.get(path)
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    assert "frame-ancestors 'none'" in policy


@pytest.mark.django_db
def test_admin_scripts_carry_the_nonce(client):
    client.force_login(UserFactory(role=NewsroomRole.EDITOR))
    response = client.get(reverse("admin:timeline_event_add"))
    nonce = response["Content-Security-Policy"].split("'nonce-")[1].split("'")[0]
    content = response.content.decode()
    inline = [tag for tag in content.split("<script")[1:] if "src=" not in tag.split(">")[0]]
    assert all(f'nonce="{nonce}"' in tag.split(">")[0] for tag in inline), inline[:2]


@pytest.mark.django_db
def test_login_is_locked_after_five_failures_with_our_429_page(client):
    UserFactory(username="salma", role=NewsroomRole.EDITOR)
    url = reverse("admin:login")
    codes = [client.post(url, {"username": "salma", "password": f"guess{n}"}).status_code for n in range(5)]
    assert codes == [200] * 4 + [429]  # the fifth failure locks
    locked = client.post(url, {"username": "salma", "password": "correct horse battery staple"})
    assert locked.status_code == 429
    assert "axes/lockout.html" in [template.name for template in locked.templates]
    assert '<html lang="ar" dir="rtl">' in locked.content.decode()


@pytest.mark.django_db
def test_token_writes_have_a_stricter_throttle(monkeypatch):
    from django.core.cache import cache
    from rest_framework.throttling import SimpleRateThrottle

    monkeypatch.setattr(
        SimpleRateThrottle, "THROTTLE_RATES", {"anon": "100/minute", "user": "100/minute", "write": "2/minute"}
    )
    cache.clear()
    timeline = TimelineFactory(slug="geneva")
    EventFactory(timeline=timeline, number=1, status=Event.Status.PUBLISHED)
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=UserFactory(role=NewsroomRole.EDITOR)).key}")
    body = {"headline": "عنوان", "date": "2022-01-09"}
    codes = [api.post("/api/v1/timelines/geneva/events/", body, format="json").status_code for _ in range(3)]
    reads = [api.get("/api/v1/timelines/geneva/events/").status_code for _ in range(5)]
    cache.clear()
    assert codes == [201, 201, 429]
    assert reads == [200] * 5


@pytest.mark.django_db
def test_health_and_readiness(client):
    health = client.get("/healthz")
    assert (health.status_code, health.json()) == (200, {"status": "ok", "problems": {}})
    assert client.get("/readyz").status_code == 200
    broken_cache = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:1/0"}
    }
    with override_settings(CACHES=broken_cache):
        caches.close_all()
        failing = client.get("/healthz")
    assert failing.status_code == 503
    assert "cache" in failing.json()["problems"]


@pytest.mark.postgresql
@pytest.mark.django_db
def test_postgresql_connections_come_from_a_pool():
    from django.db import connection

    assert connection.settings_dict["OPTIONS"]["pool"]["max_size"] >= 1
    assert connection.settings_dict["CONN_HEALTH_CHECKS"] is True
    connection.ensure_connection()
    assert connection.pool is not None
