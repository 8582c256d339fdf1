# Tasalsul's shared HTTP cache tier: Varnish 7 with the xkey vmod (Debian: varnish, varnish-modules).
#
# - Only what the app labelled with surrogate keys is kept (`Surrogate-Key`, copied to xkey): anonymous reads of
#   public pages and API lists. Staff (a session cookie), API tokens (Authorization), the admin and previews pass
#   through uncached; a draft is never labelled, so never kept.
# - The app purges exactly the keys a change reaches, after commit: `PURGE /` with `xkey-purge: key key ...`
#   (timeline/frontend_cache/backends.py). Soft purge: the object stays for grace, but while the app answers it is
#   never served (req.grace = 0s) - the next reader waits for a fresh copy; only while the app is down (its probe
#   fails, or a fetch fails) is the last good copy served, for up to a day.
# - Compression happens here (gzip): the app is asked for plain bodies, and the tier keeps a plain and a gzip copy
#   of each page (vcl_hash), both labelled with the same keys, so a purge takes both.
#
# The backend below is the app server of `make serve`; bench/tier.py (for make serve, the bench and the tests)
# writes the address in. On more than one machine: README, Deployment.
vcl 4.1;

import std;
import xkey;

backend app {
    .host = "127.0.0.1";
    .port = "8001";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
    .between_bytes_timeout = 10s;
    .probe = {
        # Ready: the database answers (newsroom/views.py readyz). A busy app is not a down one: the probe waits in
        # the same queue as readers' requests, so it is given 2 s, and the app is taken for down only after three
        # of the last five probes failed (about 3 s of outage; readyz answers 503 within DATABASE_POOL_TIMEOUT).
        # Until then a reader whose fetch fails still gets the last good copy (vcl_synth).
        .url = "/readyz";
        .interval = 1s;
        .timeout = 2s;
        .window = 5;
        .threshold = 3;
        .initial = 3;
    }
}

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "Name the keys in xkey-purge"));
        }
        set req.http.X-Purged = xkey.softpurge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.X-Purged));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Staff and API clients with a token may see drafts: never from, nor into, the shared cache.
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    if (req.url ~ "^/(en/)?(admin|preview)/" || req.url ~ "^/i18n/" || req.url ~ "^/media/") {
        return (pass);
    }
    # An anonymous reader's other cookies (csrftoken, the replica pin) change nothing a public page says.
    unset req.http.Cookie;
    # Two copies of each page, plain and gzip-compressed (vcl_hash), so that neither kind of client makes the tier
    # re-encode a page on every delivery (gunzipping a 340 KB page for each plain reader costs more than serving it).
    if (req.http.Accept-Encoding ~ "gzip") {
        set req.http.X-Tasalsul-Gzip = "1";
    } else {
        unset req.http.X-Tasalsul-Gzip;
    }
    if (req.http.X-Tasalsul-Stale) {
        # A fetch just failed (see vcl_deliver, vcl_synth): the last good copy, if there is one.
        set req.grace = 24h;
    } else if (std.healthy(req.backend_hint)) {
        # Purged or expired copies are never served while the app answers.
        set req.grace = 0s;
    }
    return (hash);
}

sub vcl_hash {
    if (req.http.X-Tasalsul-Gzip) {
        hash_data("gzip");
    }
    # (Varnish's own vcl_hash follows: the address and the host.)
}

sub vcl_backend_fetch {
    # The tier compresses; the app spends no CPU on it.
    unset bereq.http.Accept-Encoding;
}

sub vcl_backend_response {
    if (beresp.status >= 500) {
        # Keep the last good copy: a background refresh gives up; a reader's fetch turns into a 503, after which
        # vcl_synth looks for a stale copy.
        return (abandon);
    }
    if (bereq.uncacheable) {
        return (deliver);
    }
    # The copy is told apart by vcl_hash, not by Vary (the app's Vary: Accept-Encoding is about its own compression,
    # which the tier turned off for its fetches); clients are told in vcl_deliver.
    set beresp.http.Vary = regsuball(beresp.http.Vary, "(?i)(^|,)\s*accept-encoding\s*(?=,|$)", "");
    set beresp.http.Vary = regsub(beresp.http.Vary, "^,\s*", "");
    if (!beresp.http.Vary) {
        unset beresp.http.Vary;
    }
    if (bereq.http.X-Tasalsul-Gzip && beresp.http.Content-Type ~ "^(text/|application/(json|feed\+json|rss\+xml|atom\+xml|xml|javascript|ld\+json)|image/svg)") {
        set beresp.do_gzip = true;
    }
    if (bereq.url ~ "^/static/") {
        # Hashed file names (whitenoise): their own Cache-Control.
        return (deliver);
    }
    if (beresp.http.Surrogate-Key && beresp.http.Surrogate-Control !~ "no-store" && !beresp.http.Set-Cookie
        && (beresp.status == 200 || beresp.status == 301 || beresp.status == 410)) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
        # Purges are exact, so a long life is safe; grace serves it while the app is down.
        set beresp.ttl = 1d;
        set beresp.grace = 1d;
        return (deliver);
    }
    # Not labelled by the app (an error, a private or personal response): not shared.
    set beresp.ttl = 0s;
    set beresp.uncacheable = true;
    return (deliver);
}

sub vcl_deliver {
    if (resp.status >= 500 && req.restarts == 0 && (req.method == "GET" || req.method == "HEAD")) {
        # The app could not be reached (vcl_backend_error's 503): try the last good copy.
        set req.http.X-Tasalsul-Stale = "1";
        return (restart);
    }
    if (obj.hits > 0) {
        set resp.http.X-Tier = "hit";
    } else {
        set resp.http.X-Tier = "miss";
    }
    # What this answer is depends on Accept-Encoding (a plain or a gzip copy): caches downstream must know.
    if (!resp.http.Vary) {
        set resp.http.Vary = "Accept-Encoding";
    } else if (resp.http.Vary !~ "(?i)accept-encoding") {
        set resp.http.Vary = resp.http.Vary + ", Accept-Encoding";
    }
    # The keys are the tier's business.
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
    unset resp.http.Surrogate-Control;
    unset resp.http.Cache-Tag;
}

sub vcl_synth {
    if (resp.status == 503 && req.restarts == 0 && req.method != "PURGE") {
        set req.http.X-Tasalsul-Stale = "1";
        return (restart);
    }
}
