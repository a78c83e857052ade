// Stories on the page: "5 reports in 3 languages" under a hit, the story page (reports side by side, each in
// its own script and direction) and the daily briefing. Uses app.js's helpers ($, el, api, LANGS, RTL).
"use strict";

const IN_SCOPE = ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan", "Azerbaijan"];

async function annotateStories(hits) {
  if (!hits.length) return;
  let refs;
  try {
    refs = await api(`/api/stories/by-article?${new URLSearchParams({ ids: hits.map((h) => h.id).join(",") })}`);
  } catch { return; }  // the hits stand without their stories
  const shown = new Set($$("#results li .story-link").map((a) => a.dataset.story));
  for (const hit of hits) {
    const ref = refs[hit.id];
    if (!ref || ref.size < 2) continue;
    const item = document.querySelector(`#results li[data-id="${CSS.escape(hit.id)}"]`);
    if (!item || item.querySelector(".story-link, .story-more")) continue;
    if (shown.has(ref.id)) {  // a later hit of a story shown above
      item.append(el("p", { class: "story-more hint" }, "Also in the story above"));
      continue;
    }
    shown.add(ref.id);
    item.append(el("p", { class: "story-line" },
      el("a", { href: `#story/${encodeURIComponent(ref.id)}`, class: "story-link", dataset: { story: ref.id } }, ref.summary),
      el("span", { class: "hint" }, ` · ${ref.languages.map((l) => LANGS[l] || l).join(", ")}`)));
  }
}

function $$(sel, root = document) { return [...root.querySelectorAll(sel)]; }

function dirOf(lang) { return RTL.has(lang) ? "rtl" : "ltr"; }

async function showStory(id) {
  const title = $("#story-title");
  const box = $("#story-reports");
  box.replaceChildren();
  $("#story-entities").replaceChildren();
  title.textContent = "Loading…";
  $("#story-meta").textContent = "";
  let story;
  try {
    story = await api(`/api/stories/${encodeURIComponent(id)}`);
  } catch (err) {
    title.textContent = err.status === 404 ? "No such story" : `The story could not be loaded: ${err.message}`;
    return;
  }
  const first = story.reports[0] || {};
  title.textContent = story.title;
  title.lang = first.lang || "und";
  $("#story-meta").textContent = [story.summary, story.languages.map((l) => LANGS[l] || l).join(", "),
    `${story.first.slice(0, 10)} – ${story.last.slice(0, 10)}`, story.outlets.join(", ")].filter(Boolean).join(" · ");
  const ents = story.entities;
  const row = (label, items) => items.length ? el("p", {}, el("strong", {}, `${label}: `),
    ...items.map((x, i) => el("span", { dir: "auto" }, (i ? "; " : "") + x.name + (x.role ? ` (${x.role})` : "")))) : null;
  $("#story-entities").replaceChildren(...[row("Countries", ents.countries), row("Leaders", ents.leaders),
    row("People", ents.people), row("Places", ents.places), row("Organisations", ents.organizations)].filter(Boolean));
  for (const r of story.reports) {
    const lang = r.lang || "und";
    const meta = [LANGS[lang] || lang, r.source, r.published ? r.published.slice(0, 10) : ""].filter(Boolean).join(" · ");
    const why = el("details", { class: "why" }, el("summary", {}, "Why it is in this story"),
      el("ul", {}, ...(r.story_reasons || []).map((reason) => el("li", {}, reason))));
    box.append(el("article", { class: "story-report", lang, dir: dirOf(lang), dataset: { id: r.id } },
      el("h3", {}, r.url ? el("a", { href: r.url, rel: "noopener noreferrer" }, r.title) : r.title),
      el("p", { class: "meta", dir: "ltr" }, meta),
      el("div", { class: "report-text" }, r.text || ""),
      why));
  }
}

let briefingCountries = false;

async function showBriefing() {
  const dayInput = $("#briefing-day");
  if (!dayInput.value) dayInput.value = new URLSearchParams(location.search).get("day") || new Date().toISOString().slice(0, 10);
  if (!briefingCountries) {
    briefingCountries = true;
    $("#briefing-country").append(...IN_SCOPE.map((c) => el("option", { value: c }, c)));
    $("#briefing-form").addEventListener("submit", (ev) => { ev.preventDefault(); showBriefing(); });
  }
  const params = new URLSearchParams({ day: dayInput.value });
  if ($("#briefing-country").value) params.set("country", $("#briefing-country").value);
  const status = $("#briefing-status");
  const body = $("#briefing-body");
  status.textContent = "Loading…";
  let data;
  try {
    data = await api(`/api/briefing?${params}`);
  } catch (err) {
    status.textContent = `The briefing could not be loaded: ${err.message}`;
    return;
  }
  status.textContent = data.countries.length ? `${data.stories} stor${data.stories === 1 ? "y" : "ies"} on ${data.day}`
    : `No story with a report on ${data.day}.`;
  body.replaceChildren(...data.countries.map((section) => el("section", { class: "briefing-country" },
    el("h3", {}, section.country),
    ...section.stories.map((s) => {
      const lang = (s.reports[0] || {}).lang || "und";
      const perLang = Object.entries(s.reports_per_language).map(([l, n]) => `${LANGS[l] || l} ${n}`).join(", ");
      return el("article", { class: "briefing-story", dataset: { story: s.id } },
        el("h4", { lang, dir: dirOf(lang) }, el("a", { href: `#story/${encodeURIComponent(s.id)}` }, s.title)),
        el("p", { class: "meta" }, `${s.summary} (${perLang})`, s.counterparts.length ? ` · with ${s.counterparts.join(", ")}` : ""),
        s.people.length ? el("p", {}, ...s.people.map((p, i) => el("span", { dir: "auto" }, `${i ? "; " : ""}${p.name} (${p.role})`))) : null,
        el("ul", {}, ...s.reports.map((r) => el("li", { lang: r.lang || "und", dir: dirOf(r.lang) },
          r.url ? el("a", { href: r.url, rel: "noopener noreferrer" }, r.title) : r.title,
          r.source ? el("span", { class: "hint" }, ` (${r.source})`) : null))));
    }))));
}
