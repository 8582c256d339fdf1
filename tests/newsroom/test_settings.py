import socket
import subprocess
import sys
import time

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import OperationalError, connections
from psycopg_pool import PoolTimeout

from newsroom.settings.environment import env_bool, env_list


def test_booleans_from_the_environment(monkeypatch):
    for raw, expected in [("1", True), ("true", True), ("Yes", True), ("0", False), ("off", False), ("", False)]:
        monkeypatch.setenv("DJANGO_DEBUG", raw)
        assert env_bool("DJANGO_DEBUG") is expected
    monkeypatch.delenv("DJANGO_DEBUG")
    assert env_bool("DJANGO_DEBUG", default=True) is True


def test_a_bad_boolean_names_the_variable(monkeypatch):
    monkeypatch.setenv("DJANGO_DEBUG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="DJANGO_DEBUG='maybe'"):
        env_bool("DJANGO_DEBUG")


def test_host_lists(monkeypatch):
    monkeypatch.setenv("DJANGO_ALLOWED_HOSTS", "news.example, www.news.example ,")
    assert env_list("DJANGO_ALLOWED_HOSTS", default=[]) == ["news.example", "www.news.example"]


def _load_settings(module: str, **environment: str) -> subprocess.CompletedProcess:
    code = (
        f"import django, os; os.environ['DJANGO_SETTINGS_MODULE'] = '{module}'; django.setup(); "
        "from django.conf import settings; print(settings.DATABASES['default']['ENGINE'], settings.DEBUG)"
    )
    env = {"PATH": "/usr/bin:/bin", **environment}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)


def test_production_refuses_to_start_without_a_strong_secret():
    result = _load_settings("newsroom.settings.production", DJANGO_SECRET_KEY="short", DJANGO_ALLOWED_HOSTS="x.example")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_production_needs_allowed_hosts():
    result = _load_settings("newsroom.settings.production", DJANGO_SECRET_KEY="k" * 60)
    assert result.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS" in result.stderr


def test_database_url_selects_the_database():
    result = _load_settings("newsroom.settings.dev", DATABASE_URL="postgres://u:p@db.example:5432/news")
    assert result.stdout.split() == ["django.db.backends.postgresql", "True"]
    default = _load_settings("newsroom.settings.dev")
    assert default.stdout.split()[0] == "django.db.backends.sqlite3"


def test_the_postgresql_pool_gives_up_quickly_and_checks_connections():
    code = (
        "import django, os; os.environ['DJANGO_SETTINGS_MODULE'] = 'newsroom.settings.dev'; django.setup(); "
        "from django.conf import settings; options = settings.DATABASES['default']['OPTIONS']; pool = options['pool']; "
        "print(pool['timeout'], pool['reconnect_timeout'], pool['check'].__qualname__, options['connect_timeout'])"
    )
    env = {"PATH": "/usr/bin:/bin", "DATABASE_URL": "postgres://u:p@db.example:5432/news"}
    default = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert default.stdout.split() == ["3", "2", "ConnectionPool.check_connection", "2"], default.stderr
    env["DATABASE_POOL_TIMEOUT"] = "7"
    configured = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert configured.stdout.split()[0] == "7", configured.stderr


@pytest.mark.postgresql
@pytest.mark.django_db  # pytest-django refuses any connection outside it, even to another server
def test_with_postgresql_unreachable_a_connection_fails_within_the_pool_timeout():
    default = connections["default"]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        nothing_listens = probe.getsockname()[1]
    unreachable = type(default)({**default.settings_dict, "PORT": nothing_listens}, alias="unreachable")
    timeout = default.settings_dict["OPTIONS"]["pool"]["timeout"]
    started = time.monotonic()
    try:
        with pytest.raises(OperationalError) as failure:
            unreachable.ensure_connection()
    finally:
        unreachable.close_pool()
    assert time.monotonic() - started < timeout + 1
    assert isinstance(failure.value.__cause__, PoolTimeout)
