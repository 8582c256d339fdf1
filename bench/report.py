"""docs/benchmarks.md from docs/benchmark-results.json: tables, SVG charts, and each target marked met or not.
The import section is bench/import_bench.py's own and is kept as it is."""

from __future__ import annotations

import html
import math
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"
IMPORT_START, IMPORT_END = "<!-- import-benchmark:start -->", "<!-- import-benchmark:end -->"
TARGETS = {"hot": 0.6, "warm": 0.25, "cold": 0.05, "304": 0.5}
ANALYSIS_START, ANALYSIS_END = "<!-- analysis:start -->", "<!-- analysis:end -->"


def _statuses(counts: dict) -> str:
    return ", ".join(f"{status} × {count:,}" for status, count in sorted(counts.items())) or "none"


def _mark(met: bool) -> str:
    return "met" if met else "**not met**"


def _bars_svg(rows: list[dict]) -> str:
    """Ratio to the floor per surface and cache state, on a log scale, with each state's target."""
    width, row_height, left = 760, 22, 330
    height = 40 + row_height * len(rows) + 30
    colours = {"hot": "#8a1c1c", "warm": "#c76b29", "cold": "#5a6e8c", "304": "#2e7d4f"}

    def x(ratio: float) -> float:
        # log scale from 0.01 to 2
        return left + (width - left - 20) * (math.log10(max(ratio, 0.01)) + 2) / (math.log10(2) + 2)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" font-family="sans-serif" '
        'font-size="12">',
        '<text x="10" y="16">Requests/s as a share of the floor (same bytes, minimal Django view), log scale</text>',
    ]
    for tick in (0.01, 0.05, 0.1, 0.25, 0.5, 1, 2):
        parts.append(
            f'<line x1="{x(tick):.0f}" y1="26" x2="{x(tick):.0f}" y2="{height - 26}" stroke="#ddd"/>'
            f'<text x="{x(tick):.0f}" y="{height - 10}" text-anchor="middle" fill="#555">{tick:g}×</text>'
        )
    for index, row in enumerate(rows):
        y = 34 + index * row_height
        colour = colours.get(row["state"], "#333")
        target = row.get("target")
        label = html.escape(f"{row['surface']} — {row['state']}")
        parts.append(f'<text x="{left - 8}" y="{y + 13}" text-anchor="end">{label}</text>')
        parts.append(
            f'<rect x="{left}" y="{y}" width="{max(1, x(row["ratio"]) - left):.0f}" height="{row_height - 6}" '
            f'fill="{colour}"/>'
        )
        parts.append(f'<text x="{x(row["ratio"]) + 4:.0f}" y="{y + 13}">{row["ratio"]:.2f}×</text>')
        if target:
            parts.append(
                f'<line x1="{x(target):.0f}" y1="{y - 2}" x2="{x(target):.0f}" y2="{y + row_height - 4}" '
                'stroke="#000" stroke-width="2" stroke-dasharray="3 2"/>'
            )
    parts.append("</svg>")
    return "\n".join(parts)


def _growth_svg(growth: dict) -> str:
    """Median time of each surface at each size: flat lines are the goal."""
    width, height, left, bottom = 640, 300, 60, 40
    sizes = sorted(growth, key=int)
    surfaces = list(growth[sizes[0]])
    top = max(growth[size][surface]["p50_ms"] for size in sizes for surface in surfaces) * 1.2
    colours = ["#8a1c1c", "#c76b29", "#5a6e8c", "#2e7d4f", "#6b4c9a", "#333"]

    def x(index: int) -> float:
        return left + (width - left - 190) * index / max(1, len(sizes) - 1)

    def y(value: float) -> float:
        return height - bottom - (height - bottom - 30) * value / top

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" font-family="sans-serif" '
        'font-size="12">',
        '<text x="10" y="16">Median time per request (ms, no cache) by timeline size</text>',
        f'<line x1="{left}" y1="{height - bottom}" x2="{width - 180}" y2="{height - bottom}" stroke="#333"/>',
    ]
    for index, size in enumerate(sizes):
        parts.append(
            f'<text x="{x(index):.0f}" y="{height - bottom + 16}" text-anchor="middle">{int(size):,} bulletins</text>'
        )
    for tick in range(0, int(top) + 1, max(5, int(top / 5) // 5 * 5 or 5)):
        parts.append(f'<text x="{left - 6}" y="{y(tick) + 4:.0f}" text-anchor="end" fill="#555">{tick}</text>')
    for number, surface in enumerate(surfaces):
        colour = colours[number % len(colours)]
        points = " ".join(f"{x(i):.0f},{y(growth[size][surface]['p50_ms']):.0f}" for i, size in enumerate(sizes))
        parts.append(f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2"/>')
        parts.append(f'<text x="{width - 170}" y="{40 + 18 * number}" fill="{colour}">{html.escape(surface)}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def _search_svg(search: dict) -> str:
    rows = search["queries"]
    width, row_height, left = 640, 22, 130
    height = 40 + row_height * len(rows) + 30
    top = math.log10(max(row["scan_p50_ms"] for row in rows) * 1.5)

    def x(ms: float) -> float:
        return left + (width - left - 60) * (math.log10(max(ms, 0.1)) + 1) / (top + 1)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" font-family="sans-serif" '
        'font-size="12">',
        '<text x="10" y="16">Median ms per search, indexed (dark) and unindexed scan (light), log scale</text>',
    ]
    for index, row in enumerate(rows):
        y = 30 + index * row_height
        parts.append(f'<text x="{left - 8}" y="{y + 13}" text-anchor="end">{html.escape(row["query"])}</text>')
        parts.append(
            f'<rect x="{left}" y="{y}" width="{x(row["scan_p50_ms"]) - left:.0f}" height="{row_height - 6}" '
            'fill="#c9d3e0"/>'
        )
        parts.append(
            f'<rect x="{left}" y="{y + 3}" width="{max(1, x(row["p50_ms"]) - left):.0f}" height="{row_height - 12}" '
            'fill="#8a1c1c"/>'
        )
        parts.append(f'<text x="{x(row["scan_p50_ms"]) + 4:.0f}" y="{y + 13}">{row["speedup"]:.0f}×</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def _throughput_section(rows: list[dict]) -> list[str]:
    lines = [
        "## Throughput and latency against the floor",
        "",
        "Each surface is measured beside its **floor** in the same gunicorn configuration and the same run: the",
        "floor view is the cheapest Django view returning the very same bytes (same workers, same middleware), and",
        "the static floor serves the same bytes as a file through whitenoise. Three rounds, interleaved, medians.",
        "*hot*: whole responses from Redis; *warm*: every whole-response lookup misses (as right after an edit)",
        "while rendered bulletins come from the fragment cache; *cold*: no cache at all.",
        "",
        "| surface | state | bytes | requests/s | p50 | p99 | floor req/s | static req/s | × floor | target | |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for row in rows:
        target = row.get("target")
        lines.append(
            f"| {row['surface']} | {row['state']} | {row['bytes']:,} | {row['app']['rps']:,.0f} | "
            f"{row['app']['p50_ms']:.1f} ms | {row['app']['p99_ms']:.1f} ms | {row['floor']['rps']:,.0f} | "
            f"{row['static']['rps']:,.0f} | {row['ratio']:.2f} | "
            + (f"≥ {target} | {_mark(row['ratio'] >= target)} |" if target else "— | |")
        )
    failures = sum(row["app"]["failures"] for row in rows)
    lines += ["", f"Responses other than 2xx/3xx, or failed connections, in all of these runs: **{failures}**.", ""]
    lines += ["![Throughput as a share of the floor](benchmark-throughput.svg)", ""]
    return lines


def _growth_section(growth: dict) -> list[str]:
    sizes = sorted(growth, key=int)
    surfaces = list(growth[sizes[0]])
    header = "| surface | " + " | ".join(f"{int(s):,}: queries | {int(s):,}: p50" for s in sizes) + " | flat |"
    lines = [
        "## Growth",
        "",
        "Queries and median time (15 requests, in process, no cache) for timelines of each size, in one database",
        "holding all of them.",
        "",
        header,
        "| --- | " + " | ".join("---: | ---:" for _s in sizes) + " | --- |",
    ]
    for surface in surfaces:
        queries = [growth[s][surface]["queries"] for s in sizes]
        times = [growth[s][surface]["p50_ms"] for s in sizes]
        flat = len(set(queries)) == 1 and times[-1] <= 2 * times[0] + 5
        cells = " | ".join(f"{q:g} | {t:.1f} ms" for q, t in zip(queries, times, strict=True))
        lines.append(f"| {surface} | {cells} | {'yes' if flat else '**no**'} |")
    lines += ["", "![Growth](benchmark-growth.svg)", ""]
    return lines


def _search_section(search: dict) -> list[str]:
    lines = [
        "## Search",
        "",
        f"Over {search['statements']:,} published statements in {search['bulletins']:,} bulletins on PostgreSQL.",
        "Each search is what the search page does: take the 500 most recent matches, count them, and fetch the",
        "first 20 by rank (a common word matches thousands of bulletins; ranking them all is the last column, for",
        "reference). The unindexed scan is the same query over the same vector computed row by row (what the",
        "database would do without the stored column and its GIN index); both return the same bulletins, checked.",
        "",
        "| query | matches | p50 | p99 | unindexed p50 | faster | every match ranked, p50 |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in search["queries"]:
        lines.append(
            f"| {row['query']} | {row['matches']:,} | {row['p50_ms']:.1f} ms | {row['p99_ms']:.1f} ms | "
            f"{row['scan_p50_ms']:,.0f} ms | {row['speedup']:,.0f}× | {row.get('all_ranked_p50_ms', 0):,.0f} ms |"
        )
    lines += [
        "",
        f"All queries: p50 **{search['p50_ms']:.1f} ms** (target ≤ 30 ms: {_mark(search['p50_ms'] <= 30)}), "
        f"p99 {search['p99_ms']:.1f} ms; the slowest speed-up over the scan is **{search['lowest_speedup']:.0f}×** "
        f"(target ≥ 20×: {_mark(search['lowest_speedup'] >= 20)}), the median {search['median_speedup']:.0f}×.",
        "",
        "![Search](benchmark-search.svg)",
        "",
    ]
    return lines


def _visible_after(run: dict) -> str:
    timed = run.get("visible_after_s")
    if not timed:
        return ""
    return (
        f"; seen on all three {timed['median']:.2f} s after the editor's 201 (median; slowest {timed['max']:.2f} s, "
        f"{timed['within_1_s']} of {run['published']} within 1 s)"
    )


def _load_section(results: dict) -> list[str]:
    lines = ["## Load and faults", ""]
    memory = results.get("memory")
    if memory:
        lines += [
            f"**Memory.** gunicorn workers' resident memory before and after {memory['requests']:,} requests over",
            f"all the surfaces above: median {memory['median_before_mib']:.0f} MiB → "
            f"{memory['median_after_mib']:.0f} MiB per worker (each: "
            + ", ".join(
                f"{a:.0f}→{b:.0f}" for a, b in zip(memory["rss_before_mib"], memory["rss_after_mib"], strict=False)
            )
            + f"); same workers throughout: {memory['same_workers']}; failures: {memory['failures']}.",
            "",
        ]
    load = results.get("load")
    if load:
        lines += [
            f"**Mixed traffic while publishing.** {load['seconds']} s at {load['connections']} connections (wrk,",
            "keep-alive, in random order: pages, permalinks, people, search, API lists and searches, feeds,",
            "conditional GETs) while an editor publishes a bulletin every second through the API; after each 201, a",
            "reader asks for its permalink, its page and its API address until all three show it. App alone:",
            f"{load['requests']:,} requests "
            f"({load['requests_per_second']:,.0f}/s, p50 {load['p50_ms']:.0f} ms, p99 {load['p99_ms']:.0f} ms), "
            f"statuses {_statuses(load['statuses'])}; **{load['server_errors']}** 5xx, "
            f"**{load['no_answer']}** without an "
            f"answer. {load['published']} bulletins published ({load['failed_publications']} failed); not visible on "
            f"the very next request: **{len(load['not_visible_on_next_request'])}**" + _visible_after(load) + ".",
            "",
        ]
    outages = results.get("outages")
    if outages:
        database, cache = outages["database"], outages["cache"]
        lines += [
            f"**PostgreSQL stopped** for {database['down_seconds']} s under traffic, app alone (8 connections):",
            f"answers while it was down {_statuses(database['statuses_while_down'])}, "
            f"slowest {database['slowest_answer_while_down_s']} s; 5xx "
            f"other than 503: **{database['server_errors_other_than_503']}**; no answer: {database['no_answer']}; "
            f"all answers 200 again **{database['recovered_after_s']} s** after it accepted connections "
            f"(target ≤ 5 s: {_mark(database['recovered_after_s'] <= 5)}), with the same workers: "
            f"{database['same_workers']}.",
            "",
            "**Redis stopped** for 10 s under traffic: answers meanwhile "
            f"{_statuses(cache['statuses_while_down'])}; same "
            f"workers: {cache['same_workers']}.",
            "",
        ]
    numbering = results.get("numbering")
    if numbering:
        lines += [
            f"**Concurrent numbering.** 4 processes posted {numbering['posted']:,} bulletins to one timeline through",
            f"the write API in {numbering['seconds']} s: statuses {_statuses(numbering['statuses'])}; "
            f"{numbering['bulletins']:,} bulletins, numbered 1..{numbering['posted']:,} without gap: "
            f"**{'yes' if numbering['numbered_1_to_n'] else 'no'}**, duplicates: **{numbering['duplicates']}**.",
            "",
        ]
    conflicts = results.get("conflicts")
    if conflicts:
        lines += [
            f"**Conflicting saves.** Two editors read the same version of a bulletin and both saved it, "
            f"{conflicts['rounds']} times, under 16 connections of reading traffic: one winner and one 409 every "
            f"round: **{conflicts['one_winner_every_round']}** (refusals {_statuses(conflicts['refused_statuses'])}); "
            f"{conflicts['winning_saves_in_history']} of {conflicts['winning_saves']} winning saves in the history "
            f"(none lost), readers see the last: {conflicts['readers_see_the_last_winner']}; reader 5xx: "
            f"{conflicts['reader_server_errors']}.",
            "",
        ]
    return lines


def _issue_18_section(results: dict) -> list[str]:
    """The table of #18 (breaking-news traffic), each row measured in this run, app alone and through the tier."""
    rows = {(row["surface"], row["state"]): row for row in results.get("throughput", [])}
    tier_rows = results.get("throughput_tier", [])
    load, load_tier = results.get("load"), results.get("load_tier")
    lines = [
        "## Breaking-news traffic (#18)",
        "",
        "Before #18 (one site-wide content version, bulletins rendered per request): 90 req/s, p50 740 ms, p99",
        "1,138 ms under the mixed load; cold timeline page 0.011× and cold API list 0.014× the floor; hot permalink,",
        "person, search, API list 0.40–0.44×. Now (this run):",
        "",
        "| | target | app alone | through the tier (Varnish) |",
        "| --- | --- | --- | --- |",
    ]

    def load_cell(run: dict | None) -> str:
        if not run:
            return "—"
        met = run["p50_ms"] <= 50 and run["p99_ms"] <= 500 and run["requests_per_second"] >= 900
        met = met and run["server_errors"] == 0
        return (
            f"{run['requests_per_second']:,.0f} req/s, p50 {run['p50_ms']:.0f} ms, p99 {run['p99_ms']:.0f} ms, "
            f"{run['server_errors']} 5xx ({_mark(met)})"
        )

    lines.append(
        "| 64 connections of mixed reading while an editor publishes every second | p50 ≤ 50 ms, p99 ≤ 500 ms, "
        f"≥ 10× the requests (≥ 900/s), 0 5xx | {load_cell(load)} | {load_cell(load_tier)} |"
    )
    for surface in ("timeline page (50 bulletins)", "API list (50 with statements)"):
        row = rows.get((surface, "cold"))
        if row:
            lines.append(
                f"| cold {surface} | ≥ 0.05× floor | {row['ratio']:.3f}× ({_mark(row['ratio'] >= 0.05)}) | — |"
            )
    for surface in ("bulletin permalink", "person page", "search page", "API list (50 with statements)"):
        row = rows.get((surface, "hot"))
        if row:
            lines.append(
                f"| hot {surface}, app alone | ≥ 0.6× floor | {row['ratio']:.2f}× ({_mark(row['ratio'] >= 0.6)}) | — |"
            )
    for row in tier_rows:
        lines.append(
            f"| hot {row['surface']} through the tier ({row['state']}) | ≥ 5× the app's floor | — | "
            f"{row['app']['rps']:,.0f} req/s = {row['ratio']:.1f}× ({_mark(row['ratio'] >= 5)}) |"
        )

    def visible(run: dict | None, *, within_1_s: bool) -> str:
        if not run:
            return "—"
        missing = len(run["not_visible_on_next_request"])
        text = f"{run['published'] - missing} of {run['published']} on the very next request"
        timed = run.get("visible_after_s")
        met = missing == 0
        if timed:
            text += (
                f"; {timed['within_1_s']} of {run['published']} within 1 s of the editor's 201 (median "
                f"{timed['median']:.2f} s, slowest {timed['max']:.2f} s)"
            )
            met = met and (not within_1_s or timed["within_1_s"] == run["published"])
        return f"{text} ({_mark(met)})"

    lines.append(
        "| a publication visible to the next reader | yes; through the tier too, within 1 s | "
        f"{visible(load, within_1_s=False)} | {visible(load_tier, within_1_s=True)} |"
    )
    lines.append("")
    return lines


def _tier_sections(results: dict) -> list[str]:
    lines: list[str] = []
    tier_rows = results.get("throughput_tier")
    if tier_rows:
        lines += [
            "## Through the shared cache tier",
            "",
            "Varnish (deploy/varnish/tasalsul.vcl, xkey) on the benchmark's port in front of the same gunicorn; each",
            "surface read through it (hot: kept by the tier) beside the **app's** floor (the minimal view on gunicorn",
            "directly). *tier*: plain bytes, as the floor sends them; *tier, gzip*: `Accept-Encoding: gzip`, as",
            "phones ask (compressed once, at the tier). wrk shares the two cores with Varnish and gunicorn.",
            "",
            "| surface | state | bytes | requests/s | p50 | p99 | app floor req/s | × floor | target | |",
            "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
        ]
        for row in tier_rows:
            lines.append(
                f"| {row['surface']} | {row['state']} | {row['bytes']:,} | {row['app']['rps']:,.0f} | "
                f"{row['app']['p50_ms']:.1f} ms | {row['app']['p99_ms']:.1f} ms | {row['floor']['rps']:,.0f} | "
                f"{row['ratio']:.1f} | ≥ {row['target']} | {_mark(row['ratio'] >= row['target'])} |"
            )
        lines.append("")
    load = results.get("load_tier")
    if load:
        lines += [
            f"**Mixed traffic while publishing, through the tier.** The same {load['seconds']} s at "
            f"{load['connections']} connections and one publication a second, read through Varnish: "
            f"{load['requests']:,} requests ({load['requests_per_second']:,.0f}/s, p50 {load['p50_ms']:.0f} ms, "
            f"p99 {load['p99_ms']:.0f} ms), statuses {_statuses(load['statuses'])}; **{load['server_errors']}** 5xx, "
            f"**{load['no_answer']}** without an answer. {load['published']} published "
            f"({load['failed_publications']} failed); not visible on the very next request through the tier: "
            f"**{len(load['not_visible_on_next_request'])}**" + _visible_after(load) + ".",
            "",
        ]
    database = (results.get("outages") or {}).get("database_tier")
    if database:
        other = database["server_errors_other_than_503"]
        lines += [
            f"**PostgreSQL stopped for {database['down_seconds']} s, readers through the tier** (8 connections): "
            f"answers while it was down {_statuses(database['statuses_while_down'])}; pages served 200 meanwhile: "
            + (", ".join(f"`{path}` × {n}" for path, n in database["served_while_down"].items()) or "none")
            + f"; 5xx other than 503: **{other}** ({_mark(other == 0)}); all answers 200 again "
            f"{database['recovered_after_s']} s after it accepted connections.",
            "",
        ]
    exact = results.get("exactness")
    if exact:
        stale = exact["stale"]
        lines += [
            "## Exactness through the tier",
            "",
            "Publish, edit, correct, renumber (API); rename a person, retitle a role, delete a topic, retract",
            "(services, as the admin and the importer call them, in a process configured as the app servers are).",
            "Before each change every page was read twice (so it was in the tier); after it, each affected page was",
            "read once through Varnish, and another story's page and a search for a word no change held (but after",
            "a rename, a role or a topic, which reach every search) checked to still be hits. "
            f"{exact['reads']} reads, stale or wrong: **{len(stale)}** "
            f"({_mark(not stale)}).",
            "",
            "| change | page | status | tier | fresh |",
            "| --- | --- | ---: | --- | --- |",
        ]
        for step in exact["steps"]:
            lines.append(
                f"| {step['step']} | `{step['path']}` | {step['status']} | {step['tier']} | "
                f"{'yes' if step['fresh'] else '**no**'} |"
            )
        lines.append("")
    return lines


def write(results: dict) -> None:
    page = DOCS / "benchmarks.md"
    old = page.read_text(encoding="utf-8") if page.exists() else ""
    import_section = (
        old[old.index(IMPORT_START) : old.index(IMPORT_END) + len(IMPORT_END)] if IMPORT_START in old else ""
    )
    analysis = (
        old[old.index(ANALYSIS_START) : old.index(ANALYSIS_END) + len(ANALYSIS_END)]
        if ANALYSIS_START in old
        else f"{ANALYSIS_START}\n{ANALYSIS_END}"
    )
    machine = results.get("machine", {})
    lines = [
        "# Benchmarks",
        "",
        "Measured, not promised. Every figure on this page comes from one run of `make bench` (`bench/run.py`;",
        "raw numbers in [benchmark-results.json](benchmark-results.json)) on this machine:",
        "",
        f"- date: {machine.get('date')}; {machine.get('cpus')} cores, {machine.get('memory_gib')} GiB; "
        f"{machine.get('platform')}",
        f"- Python {machine.get('python')}; {machine.get('postgresql')}; {machine.get('redis')}",
        f"- the production stack: gunicorn with {machine.get('gunicorn_workers')} sync workers, whitenoise, "
        "PostgreSQL through psycopg's pool, Redis as the cache; load from a second process on loopback: "
        f"{machine.get('wrk')}.",
        "",
        "The machine is small and shared with the load generator, so absolute numbers move from run to run; the",
        "ratios to the floor, measured side by side, are what to read."
        + (
            f" Load average when the run began: {machine['load_average']:.1f} (one minute)."
            if machine.get("load_average") is not None
            else ""
        ),
        "",
    ]
    data = results.get("data")
    if data:
        lines += [
            f"**Data** (`manage.py generate_data`): {data['bulletins']:,} bulletins, {data['statements']:,} "
            f"statements, {data['people']:,} people, {data['sources']:,} sources, in timelines of "
            + ", ".join(f"{v['bulletins']:,}" for v in data["timelines"].values())
            + " bulletins. The throughput and load runs use the 10,000-bulletin timeline."
            + (" (An earlier run's database, `--reuse-data`.)" if data.get("reused") else ""),
            "",
        ]
    lines += _issue_18_section(results)
    if results.get("throughput"):
        (DOCS / "benchmark-throughput.svg").write_text(_bars_svg(results["throughput"]), encoding="utf-8")
        lines += _throughput_section(results["throughput"])
    if results.get("growth"):
        (DOCS / "benchmark-growth.svg").write_text(_growth_svg(results["growth"]), encoding="utf-8")
        lines += _growth_section(results["growth"])
    if results.get("search"):
        (DOCS / "benchmark-search.svg").write_text(_search_svg(results["search"]), encoding="utf-8")
        lines += _search_section(results["search"])
    lines += _load_section(results)
    lines += _tier_sections(results)
    lines += ["## What limits it", "", analysis, ""]
    if import_section:
        lines += [import_section, ""]
    page.write_text("\n".join(lines), encoding="utf-8")
