"""The daily briefing: the day's stories per in-scope country, with their counterparts, people and roles,
reports per language and links; as Markdown, HTML or JSON (``monitor briefing``, ``GET /api/briefing``, the
page, and the e-mail digest of alert subscribers).

Pure: it is given the stories (from a story store) and a lookup of the stored articles (for URLs and
outlets), and returns data; rendering is a function of that data only.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from monitor.model import Article
from monitor.stories.book import Story, majority
from monitor.stories.view import LANGUAGE_NAMES, reports_phrase

RTL = frozenset({"ar", "fa", "ur", "he"})
FORMATS = ("md", "html", "json")


def day_range(day: date) -> tuple[datetime, datetime]:
    """The UTC day as ``[start, end)``."""
    start = datetime.combine(day, time.min, tzinfo=UTC)
    return start, start + timedelta(days=1)


def build_briefing(stories: Sequence[Story], day: date, in_scope: Sequence[str],
                   lookup: Callable[[str], Article | None], country: str | None = None,
                   link: Callable[[str], str] = lambda story_id: f"/#story/{story_id}") -> dict[str, Any]:
    """The briefing of ``day`` from the stories with a report that day: per in-scope country (the parties of
    the story's reports), the stories latest first; a story of several in-scope countries is under each."""
    start, end = day_range(day)
    sections: dict[str, list[dict[str, Any]]] = {}
    for story in stories:
        todays = [s for s in story.members if start <= s.when < end]
        if not todays:
            continue
        entities = story.entities()
        parties = majority(story)
        home = [c for c in parties if c in in_scope]
        if country:
            home = [c for c in home if c.lower() == country.lower()]
        if not home:
            continue
        entry = _entry(story, todays, entities, lookup, link, in_scope, parties)
        for c in home:
            sections.setdefault(c, []).append(entry)
    countries = []
    for c in sorted(sections, key=lambda c: (-len(sections[c]), c)):
        items = sorted(sections[c], key=lambda e: (e["last"], e["id"]), reverse=True)
        countries.append({"country": c, "stories": items})
    return {"day": day.isoformat(), "country": country, "stories": len({e["id"] for s in sections.values()
                                                                        for e in s}),
            "countries": countries}


def _entry(story: Story, todays: list[Any], entities: dict[str, list[dict[str, Any]]],
           lookup: Callable[[str], Article | None], link: Callable[[str], str],
           in_scope: Sequence[str], parties: list[str]) -> dict[str, Any]:
    per_lang: dict[str, int] = {}
    for s in story.members:
        per_lang[s.lang or "und"] = per_lang.get(s.lang or "und", 0) + 1
    people = [{"name": p["name"], "role": p.get("role")} for p in entities["leaders"] + entities["people"]
              if p.get("role")][:8]
    reports = []
    for sig in story.members:
        article = lookup(sig.article_id)
        reports.append({"id": sig.article_id, "title": sig.title, "lang": sig.lang, "source": sig.source,
                        "url": article.url if article else None, "published": sig.when.isoformat(),
                        "today": sig in todays})
    return {
        "id": story.id, "title": story.title, "summary": reports_phrase(story), "link": link(story.id),
        "first": story.first.isoformat(), "last": story.last.isoformat(),
        "counterparts": [c for c in parties if c not in in_scope],
        "countries": [c["name"] for c in entities["countries"]],
        "people": people, "places": [p["name"] for p in entities["places"]][:6],
        "organizations": [o["name"] for o in entities["organizations"]][:4],
        "reports_per_language": per_lang, "reports": reports,
    }


# ------------------------------------------------------------------------------------------ rendering


def _lang(code: str | None) -> str:
    return LANGUAGE_NAMES.get(code or "", code or "unknown")


def _per_language(entry: dict[str, Any]) -> str:
    return ", ".join(f"{_lang(lang)} {n}" for lang, n in sorted(entry["reports_per_language"].items(),
                                                                key=lambda kv: (-kv[1], kv[0])))


def render_markdown(briefing: dict[str, Any], base_url: str = "") -> str:
    lines = [f"# Briefing for {briefing['day']}" + (f": {briefing['country']}" if briefing.get("country") else ""),
             ""]
    if not briefing["countries"]:
        lines.append("No story with a report on this day.")
        return "\n".join(lines) + "\n"
    lines.append(f"{briefing['stories']} stor{'y' if briefing['stories'] == 1 else 'ies'}.")
    for section in briefing["countries"]:
        lines += ["", f"## {section['country']}", ""]
        for e in section["stories"]:
            lines.append(f"### [{_md(e['title'])}]({base_url}{e['link']})")
            facts = [e["summary"] + f" ({_per_language(e)})"]
            if e["counterparts"]:
                facts.append("with " + ", ".join(e["counterparts"]))
            lines.append("- " + "; ".join(facts))
            if e["people"]:
                lines.append("- people: " + "; ".join(f"{_md(p['name'])} ({p['role']})" for p in e["people"]))
            if e["places"]:
                lines.append("- places: " + ", ".join(e["places"]))
            for r in e["reports"]:
                title = _md(r["title"])
                text = f"[{title}]({r['url']})" if r["url"] else title
                lines.append(f"  - {r['lang'] or '?'}: {text}" + (f" ({_md(r['source'])})" if r["source"] else ""))
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _md(text: str) -> str:
    return text.replace("[", "(").replace("]", ")").replace("\n", " ").strip()


def render_html(briefing: dict[str, Any], base_url: str = "") -> str:
    """A self-contained page (also the e-mail's HTML part): each headline in its own script and direction."""
    esc = html.escape
    title = f"Briefing for {briefing['day']}" + (f": {briefing['country']}" if briefing.get("country") else "")
    parts = ["<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">", f"<title>{esc(title)}</title>",
             "</head><body>", f"<h1>{esc(title)}</h1>"]
    if not briefing["countries"]:
        parts.append("<p>No story with a report on this day.</p>")
    for section in briefing["countries"]:
        parts.append(f"<section><h2>{esc(section['country'])}</h2>")
        for e in section["stories"]:
            lang = e["reports"][0]["lang"] if e["reports"] else ""
            direction = "rtl" if lang in RTL else "ltr"
            parts.append(f'<article><h3 dir="{direction}" lang="{esc(lang or "", quote=True)}">'
                         f'<a href="{esc(base_url + e["link"], quote=True)}">{esc(e["title"])}</a></h3>')
            facts = esc(e["summary"]) + f" ({esc(_per_language(e))})"
            if e["counterparts"]:
                facts += " · with " + esc(", ".join(e["counterparts"]))
            parts.append(f"<p>{facts}</p>")
            if e["people"]:
                people = "; ".join(f'<span dir="auto">{esc(p["name"])}</span> ({esc(p["role"])})'
                                   for p in e["people"])
                parts.append(f"<p>{people}</p>")
            parts.append("<ul>")
            for r in e["reports"]:
                rdir = "rtl" if r["lang"] in RTL else "ltr"
                text = esc(r["title"])
                if r["url"] and str(r["url"]).startswith(("http://", "https://")):
                    text = f'<a href="{esc(r["url"], quote=True)}">{text}</a>'
                source = f" <small>({esc(r['source'])})</small>" if r["source"] else ""
                parts.append(f'<li dir="{rdir}" lang="{esc(r["lang"] or "", quote=True)}">{text}{source}</li>')
            parts.append("</ul></article>")
        parts.append("</section>")
    parts.append("</body></html>")
    return "\n".join(parts)
