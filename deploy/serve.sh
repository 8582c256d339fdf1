#!/usr/bin/env bash
# `make serve`: the deployment of docs/deployment.svg on one machine. Varnish (deploy/varnish/tasalsul.vcl) on
# $HOST:$PORT in front of gunicorn on $HOST:$APP_PORT, the task worker (django-tasks-db's db_worker) and its clock
# (manage.py task_clock), sharing PostgreSQL and Redis. Without varnishd, gunicorn takes $PORT itself.
# The environment (DATABASE_URL, REDIS_URL, DJANGO_*) is set by the Makefile.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
HOST=${HOST:-127.0.0.1}
PORT=${PORT:-8000}
APP_PORT=${APP_PORT:-$((PORT + 1))}
WORKERS=${WORKERS:-$(( $(nproc) * 2 + 1 ))}
export DJANGO_TASKS_BACKEND=${DJANGO_TASKS_BACKEND:-django_tasks_db.DatabaseBackend}

children=()
cleanup() {
    for pid in "${children[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

if command -v varnishd >/dev/null 2>&1 || [ -x /usr/sbin/varnishd ]; then
    export TASALSUL_VARNISH_URLS=${TASALSUL_VARNISH_URLS:-http://127.0.0.1:$PORT}
    # Varnish adds X-Forwarded-For: the app trusts one proxy for the client's address (throttles, lockouts).
    export TASALSUL_TRUSTED_PROXIES=${TASALSUL_TRUSTED_PROXIES:-1}
    "$BIN/python" - "$APP_PORT" "$PORT" <<'PY' &
import signal, sys, time
sys.path.insert(0, ".")
from bench.tier import Varnish
varnish = Varnish(backend_port=int(sys.argv[1]), port=int(sys.argv[2]), memory="512m").start()
print(f"  Varnish on {varnish.url}, in front of 127.0.0.1:{sys.argv[1]}", flush=True)
signal.signal(signal.SIGTERM, lambda *a: (varnish.stop(), sys.exit(0)))
try:
    while varnish.process.poll() is None:
        time.sleep(1)
finally:
    varnish.stop()
PY
    children+=($!)
    bind="$HOST:$APP_PORT"
else
    echo "  varnishd not found (apt-get install varnish varnish-modules): serving without the cache tier"
    bind="$HOST:$PORT"
fi

"$BIN/python" manage.py db_worker --interval 0.5 &
children+=($!)
"$BIN/python" manage.py task_clock --every 10 >/dev/null &
children+=($!)

"$BIN/gunicorn" newsroom.wsgi --bind "$bind" --workers "$WORKERS" --access-logfile - --error-logfile - --timeout 30 &
children+=($!)
wait -n
