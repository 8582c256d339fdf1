"""Exactness through the shared cache tier: publish, edit, correct, renumber (through the API, as the newsroom's
tools do), rename, change a role and a topic, retract (through the services, as the admin and the importer do),
and after each read every affected page through Varnish once: never a stale answer. Every page is read twice
before each change, so it is in the tier when the change lands (a purge is what is tested, not a miss). Another
timeline's page, and a search for a word no change holds, are read after each change too: they must stay hits
(scoped)."""

from __future__ import annotations

import json
import urllib.parse

from bench.faults import Editor, editor_token, timeline_create
from bench.http_load import fetch
from bench.stack import BASE_URL, Target, tier

SLUG = "exactness"
OTHER = "exactness-other"


def _read(path: str) -> tuple[int, str, str]:
    answer = fetch("GET", path, keep_body=True)
    return answer.status, answer.body.decode(errors="replace"), (answer.headers or {}).get("X-Tier", "")


def _clean(target: Target) -> None:
    """What an earlier run left (with --reuse-data): each run starts from its own timelines, speaker and topic."""
    target.shell(
        "from django.db.models import Q; from timeline.models import Event, Person, Timeline, Topic; "
        f"Event.objects.filter(timeline__slug__in=['{SLUG}', '{OTHER}']).delete(); "
        f"Timeline.objects.filter(slug__in=['{SLUG}', '{OTHER}']).delete(); "
        "Person.objects.filter(Q(name='سامح شكري') | Q(name='سامح حسن شكري')).delete(); "
        "Topic.objects.filter(name='القمة العربية').delete()"
    )


def run(target: Target) -> dict:
    _clean(target)

    def as_the_app(code: str) -> str:
        # The admin and the importer run where the app servers run, knowing the tier they purge.
        return target.shell(code, TASALSUL_VARNISH_URLS=BASE_URL)

    timeline_create(target, SLUG)
    timeline_create(target, OTHER)
    editor = Editor(editor_token(target, "bench-exactness"))
    steps: list[dict] = []
    with tier(target):
        other = editor.post(
            f"/api/v1/timelines/{OTHER}/events/",
            {"headline": "خبر في قصة أخرى", "date": "2022-01-08", "status": "published"},
        )
        assert other.status == 201, other.body
        # The story's first bulletin, so that it stays public (and its lists 200) when the one under test is retracted.
        first = editor.post(
            f"/api/v1/timelines/{SLUG}/events/",
            {"headline": "بداية القصة", "date": "2022-01-08", "status": "published"},
        )
        assert first.status == 201, first.body
        pages = [
            f"/timelines/{SLUG}/",
            f"/api/v1/timelines/{SLUG}/events/",
            f"/timelines/{SLUG}/feed.json",
            "/",
        ]
        # Searches, labelled by their words: one for a word of the first headline, one for a word of the edited one.
        search_first = "/search/?" + urllib.parse.urlencode({"q": "ترتيبات", "timeline": SLUG})
        search_edited = "/api/v1/events/?" + urllib.parse.urlencode({"timeline": SLUG, "q": "الصفدي"})
        # Scoped: the other story's page, and a search for a word none of these changes holds, stay in the tier.
        untouched = [f"/timelines/{OTHER}/", "/search/?" + urllib.parse.urlencode({"q": "أخرى"})]
        state: dict = {}

        def warm(paths: list[str]) -> None:
            for path in [*paths, *untouched]:
                _read(path)
                _read(path)

        def check(
            step: str,
            path_expect: list[tuple[str, str, bool]],
            *,
            status: dict | None = None,
            every_search: bool = False,
        ) -> None:
            """`every_search`: a change that reaches every search (a person, a role, a topic), by design."""
            for path, text, present in path_expect:
                code, body, tier_state = _read(path)
                expected_status = (status or {}).get(path, 200)
                ok = code == expected_status and ((text in body) is present if text else True)
                steps.append({"step": step, "path": path, "status": code, "tier": tier_state, "fresh": ok})
            for path in untouched[:1] if every_search else untouched:
                code, _body, tier_state = _read(path)
                steps.append(
                    {
                        "step": step,
                        "path": f"{path} (untouched)",
                        "status": code,
                        "tier": tier_state,
                        "fresh": code == 200 and tier_state == "hit",
                    }
                )

        # 1. Publish, through the API, with a statement by a new speaker.
        warm([*pages, search_first, search_edited])
        answer = editor.post(
            f"/api/v1/timelines/{SLUG}/events/",
            {
                "headline": "شكري يبحث مع نظيره الأردني ترتيبات القمة",
                "date": "2022-01-09",
                "status": "published",
                "statements": [{"speaker": {"name": "سامح شكري"}, "text": "نعمل على تنسيق المواقف العربية"}],
            },
        )
        assert answer.status == 201, answer.body
        number = json.loads(answer.body)["number"]
        state["number"] = number
        permalink = f"/timelines/{SLUG}/{number}/"
        person_slug = as_the_app(
            "from timeline.models import Person; print(Person.objects.get(name='سامح شكري').slug)"
        ).strip()
        person = f"/people/{urllib.parse.quote(person_slug)}/"
        check(
            "publish (API)",
            [(p, "شكري يبحث مع نظيره الأردني", True) for p in [*pages, permalink, search_first]]
            + [(search_edited, "شكري", False)],
        )
        everything = [*pages, permalink, person, search_first, search_edited]

        # 2. Edit the headline, through the API.
        warm(everything)
        edited = editor.patch(f"/api/v1/timelines/{SLUG}/events/{number}/", {"headline": "شكري والصفدي يبحثان القمة"})
        assert edited.status == 200, edited.body
        check(
            "edit (API)",
            [(p, "شكري والصفدي يبحثان القمة", True) for p in [pages[0], pages[1], permalink, person, search_edited]]
            + [(pages[1], "شكري يبحث مع نظيره الأردني", False), (search_first, "شكري", False)],
        )

        # 3. A correction, through the API.
        warm(everything)
        corrected = editor.patch(
            f"/api/v1/timelines/{SLUG}/events/{number}/",
            {"body": "التقى الوزيران في عمّان.", "correction_note": "صُحّح مكان اللقاء"},
        )
        assert corrected.status == 200, corrected.body
        check("correct (API)", [(permalink, "صُحّح مكان اللقاء", True), (pages[0], "صُحّح مكان اللقاء", True)])

        # 4. Renumber, through the API (a chief).
        warm(everything)
        renumbered = editor.patch(f"/api/v1/timelines/{SLUG}/events/{number}/", {"number": number + 10})
        assert renumbered.status == 200, renumbered.body
        new_permalink = f"/timelines/{SLUG}/{number + 10}/"
        check(
            "renumber (API)",
            [(pages[1], f'"number":{number + 10}', True), (new_permalink, "شكري والصفدي", True), (permalink, "", True)],
            status={permalink: 301},
        )
        number += 10
        permalink = new_permalink
        everything = [*pages, permalink, person, search_first, search_edited]

        # 5. Rename the speaker, through the services (as the admin does).
        warm(everything)
        as_the_app(
            "from timeline.models import Person; from timeline import services; "
            "p = Person.objects.get(name='سامح شكري'); p.name = 'سامح حسن شكري'; p.save(); "
            "services.person_changed(person=p)"
        )
        check(
            "rename a person (services)",
            [(p, "سامح حسن شكري", True) for p in (pages[0], permalink, person)],
            every_search=True,
        )

        # 6. A role: added and synced (as the admin's save does), then retitled.
        as_the_app(
            "import datetime; from timeline.models import Person, Role, Event; from timeline import services; "
            "p = Person.objects.get(name='سامح حسن شكري'); "
            "Role.objects.create(person=p, title='وزير الخارجية', start_date=datetime.date(2018, 6, 1)); "
            f"services.event_statements_sync(event=Event.objects.get(timeline__slug='{SLUG}', number={number}))"
        )
        warm(everything)
        as_the_app(
            "from timeline.models import Role; r = Role.objects.get(title='وزير الخارجية'); "
            "r.title = 'وزير الخارجية المصري'; r.save()"
        )
        check(
            "retitle a role (services)",
            [(p, "وزير الخارجية المصري", True) for p in (pages[0], permalink)],
            every_search=True,
        )

        # 7. A topic: added, then deleted.
        as_the_app(
            "from timeline.models import Topic, Event; t = Topic.objects.create(name='القمة العربية'); "
            f"Event.objects.get(timeline__slug='{SLUG}', number={number}).topics.add(t)"
        )
        warm(everything)
        as_the_app("from timeline.models import Topic; Topic.objects.get(name='القمة العربية').delete()")
        check(
            "delete a topic (services)",
            [(permalink, "القمة العربية", False), (pages[0], "القمة العربية", False)],
            every_search=True,
        )

        # 8. Retract, through the services (as the admin's Retract button does: the API has no retraction).
        warm(everything)
        as_the_app(
            "from django.contrib.auth import get_user_model; from timeline.models import Event; "
            "from timeline import services; "
            f"services.event_retract(event=Event.objects.get(timeline__slug='{SLUG}', number={number}), "
            "user=get_user_model().objects.get(username='bench-exactness'), reason='نسب خاطئ')"
        )
        check(
            "retract (services)",
            [
                (pages[1], "شكري والصفدي", False),
                (pages[2], "شكري والصفدي", False),
                (search_edited, "شكري والصفدي", False),
                (permalink, "", True),
            ],
            status={permalink: 410},
        )
    stale = [step for step in steps if not step["fresh"]]
    return {"reads": len(steps), "stale": stale, "steps": steps}
