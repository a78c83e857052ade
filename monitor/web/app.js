// The monitor's page: plain JavaScript over the JSON API (no framework, no build step).
"use strict";

const $ = (sel, root = document) => root.querySelector(sel);
const el = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "dataset") Object.assign(node.dataset, v);
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (k in node && typeof v !== "string") node[k] = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c != null) node.append(c);
  return node;
};

const LANGS = { ar: "Arabic", fa: "Persian", kk: "Kazakh", ru: "Russian", en: "English", und: "Unknown" };
const RTL = new Set(["ar", "fa", "ur", "he"]);
const COLOURS = ["#0b5cad", "#d1495b", "#2a9d8f", "#e9a03b", "#6a4c93", "#3d5a80", "#8ab17d", "#b5651d", "#5f0f40", "#4a5562"];

const state = { q: "", lang: null, country: null, source: null, since: "", until: "", sort: "relevance", bucket: "day",
                compare: [], cursor: null, token: null, seq: 0 };
const URL_KEYS = ["q", "lang", "country", "source", "since", "until", "sort", "bucket"];
const URL_DEFAULTS = { q: "", since: "", until: "", sort: "relevance", bucket: "day" };

// ---------------------------------------------------------------------------------------------- URL state

// The query, filters, sort and timeline settings live in the address: a search can be shared, bookmarked,
// saved, and the back button returns to the previous one.
function stateQuery() {
  const p = new URLSearchParams();
  for (const k of URL_KEYS) if (state[k] && state[k] !== URL_DEFAULTS[k]) p.set(k, state[k]);
  if (state.compare.length) p.set("compare", state.compare.join(","));
  return p;
}

function syncURL() {
  const p = stateQuery().toString();
  const next = `/${p ? `?${p}` : ""}`;
  if (location.pathname + location.search !== next || location.hash) history.pushState(null, "", next);
}

function readURL() {
  const p = new URLSearchParams(location.search);
  for (const k of URL_KEYS) state[k] = p.get(k) || (k in URL_DEFAULTS ? URL_DEFAULTS[k] : null);
  state.compare = (p.get("compare") || "").split(",").map((c) => c.trim()).filter(Boolean);
  $("#q").value = state.q;
  $("#since").value = state.since;
  $("#until").value = state.until;
  $("#sort").value = state.sort;
  $("#bucket").value = state.bucket;
  $("#compare").value = state.compare.join(", ");
}

// ---------------------------------------------------------------------------------------------- API

async function api(path, options = {}) {
  const headers = { Accept: "application/json", ...(options.headers || {}) };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  if (state.token) headers.Authorization = `Bearer ${state.token}`;  // token mode needs it on reads too
  const response = await fetch(path, {
    method: options.method || "GET", headers,
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const err = new Error((data && data.detail) || `HTTP ${response.status}`);
    err.status = response.status;
    err.position = data && data.position;
    throw err;
  }
  return data;
}

// ---------------------------------------------------------------------------------------------- search

function searchParams(withCursor, extra = {}) {
  const latest = !state.q.trim();  // no query: the latest articles
  const p = new URLSearchParams({ q: latest ? "*" : state.q, limit: "20", sort: latest ? "newest" : state.sort });
  for (const k of ["lang", "country", "source", "since", "until"]) if (state[k]) p.set(k, state[k]);
  if (withCursor && state.cursor) p.set("cursor", state.cursor);
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  return p;
}

let searchSerial = 0;

async function runSearch(append = false, push = true) {
  const status = $("#status");
  const errorBox = $("#query-error");
  if (push && !append) syncURL();
  const serial = ++searchSerial;
  status.textContent = "Searching…";
  try {
    const data = await api(`/api/search?${searchParams(append)}`);
    if (serial !== searchSerial) return; // a newer keystroke won
    errorBox.hidden = true;
    $("#q").removeAttribute("aria-invalid");
    state.cursor = data.next_cursor;
    const list = $("#results");
    if (!append) list.replaceChildren();
    renderHits(list, data.hits);
    if (typeof annotateStories === "function") annotateStories(data.hits);  // stories.js: "5 reports in 3 languages"
    const latest = !state.q.trim();
    status.textContent = latest ? `Latest articles: ${data.total} in all` : `${data.total} article${data.total === 1 ? "" : "s"} found`;
    $("#more").hidden = !data.next_cursor;
    if (!append) { renderFacets(data.facets || {}); drawTimeline($("#chart"), data.facets && data.facets.day); }
    renderActiveFilters();
  } catch (err) {
    if (serial !== searchSerial) return;
    errorBox.hidden = false;
    errorBox.textContent = err.status === 401 ? "This server needs an API token: paste yours under Alerts." :
      err.position != null ? `${err.message} (at character ${err.position + 1})` : err.message;
    if (err.status === 401) $("#token-box").hidden = false;
    $("#q").setAttribute("aria-invalid", "true");
    status.textContent = "";
  }
}

function setSnippet(node, html) {
  // The server escapes the text and adds only <mark>; check that before trusting it as HTML.
  const probe = document.createElement("template");
  probe.innerHTML = html;
  const onlyMarks = [...probe.content.querySelectorAll("*")].every((n) => n.tagName === "MARK" && !n.attributes.length);
  if (onlyMarks) node.append(probe.content);
  else node.textContent = probe.content.textContent;
}

// Near-duplicates (the crawler's clusters) are grouped under the first report of their story: listed right
// after it, folded, behind an "N similar reports" button.
function renderHits(list, hits) {
  for (const hit of hits) {
    const item = renderHit(hit);
    const first = hit.cluster && list.querySelector(`:scope > li[data-cluster="${CSS.escape(hit.cluster)}"]:not(.similar-report)`);
    if (!first) { list.append(item); continue; }
    item.classList.add("similar-report");
    item.hidden = first.dataset.open !== "true";
    let anchor = first;
    while (anchor.nextElementSibling && anchor.nextElementSibling.classList.contains("similar-report")
           && anchor.nextElementSibling.dataset.cluster === hit.cluster) anchor = anchor.nextElementSibling;
    anchor.after(item);
    let toggle = first.querySelector(":scope > .similar-toggle");
    if (!toggle) {
      toggle = el("button", { type: "button", class: "secondary similar-toggle", "aria-expanded": "false", onclick: () => {
        const open = first.dataset.open !== "true";
        first.dataset.open = String(open);
        toggle.setAttribute("aria-expanded", String(open));
        for (const li of list.querySelectorAll(`:scope > li.similar-report[data-cluster="${CSS.escape(hit.cluster)}"]`)) li.hidden = !open;
      } });
      first.append(toggle);
    }
    const n = list.querySelectorAll(`:scope > li.similar-report[data-cluster="${CSS.escape(hit.cluster)}"]`).length;
    toggle.textContent = `${n} similar report${n === 1 ? "" : "s"}`;
  }
}

function renderHit(hit) {
  const lang = hit.lang || "und";
  const snippet = el("p", { class: "snippet", dir: "auto", lang });
  setSnippet(snippet, hit.snippet);
  const date = hit.published ? hit.published.slice(0, 10) : "";
  const meta = [LANGS[lang] || lang, hit.countries.join(", "), hit.source, date].filter(Boolean).join(" · ");
  const chips = el("div", { class: "chips", "aria-label": "Entities (click to filter)" });
  for (const e of hit.entities || []) chips.append(chip(e));
  const page = `/article/${encodeURIComponent(hit.id)}`;
  return el("li", { dataset: { id: hit.id, cluster: hit.cluster || "" } },
    el("h3", { dir: "auto", lang }, el("button", { type: "button", onclick: () => openArticle(hit.id) }, hit.title || hit.id)),
    el("p", { class: "meta" }, meta, hit.date_source === "dateline" ? " (date read from the text)" : "",
       " · ", el("a", { href: page, class: "permalink", onclick: (ev) => navigate(ev, page) }, "page"),
       hit.url ? " · " : "", hit.url ? el("a", { href: hit.url, rel: "noopener noreferrer" }, "source") : ""),
    snippet, chips);
}

function entityPath(entity) {
  return `/entity/${encodeURIComponent(entity.type)}/${encodeURIComponent(entity.canonical)}`;
}

function chip(entity) {
  const button = el("button", {
    type: "button", class: "chip", dataset: { type: entity.type, filter: entity.filter },
    title: `Filter by ${entity.type} ${entity.canonical}`,
    onclick: () => addToQuery(entity.filter),
  }, entity.canonical);
  const path = entityPath(entity);
  const link = el("a", { href: path, class: "entity-link", title: `Page of ${entity.canonical}`,
                         "aria-label": `Page of ${entity.canonical}`, onclick: (ev) => navigate(ev, path) }, "↗");
  return el("span", { class: "chip-box" }, button, link);
}

function addToQuery(filter) {
  if (!state.q.includes(filter)) state.q = state.q.trim() ? `${state.q.trim()} ${filter}` : filter;
  $("#q").value = state.q;
  $("#article-dialog").open && $("#article-dialog").close();
  $("#suggestions").hidden = true;
  state.cursor = null;
  runSearch();
}

function renderFacets(facets) {
  const specs = [["lang", "facet-lang", (v) => LANGS[v] || v], ["country", "facet-country", (v) => v],
                 ["source", "facet-source", (v) => v], ["day", "facet-date", (v) => v]];
  for (const [name, id, label] of specs) {
    const box = $(`#${id} .facet-values`);
    box.replaceChildren();
    let entries = Object.entries(facets[name] || {});
    if (name === "day") entries = entries.sort((a, b) => b[0].localeCompare(a[0])).slice(0, 14);
    for (const [value, count] of entries.slice(0, 15)) {
      const pressed = name === "day" ? state.since === value && state.until === value : state[name] === value;
      box.append(el("button", {
        type: "button", "aria-pressed": String(pressed), dataset: { facet: name, value },
        onclick: () => toggleFacet(name, value),
      }, el("span", { dir: "auto" }, label(value)), el("span", { class: "count" }, String(count))));
    }
    if (!entries.length) box.append(el("span", { class: "hint" }, "—"));
  }
}

function toggleFacet(name, value) {
  if (name === "day") {
    const on = state.since === value && state.until === value;
    state.since = state.until = on ? "" : value;
    $("#since").value = state.since;
    $("#until").value = state.until;
  } else {
    state[name] = state[name] === value ? null : value;
  }
  state.cursor = null;
  runSearch();
}

function renderActiveFilters() {
  const box = $("#active-filters");
  box.replaceChildren();
  for (const k of ["lang", "country", "source", "since", "until"]) {
    if (!state[k]) continue;
    const text = `${k}: ${k === "lang" ? LANGS[state[k]] || state[k] : state[k]}`;
    box.append(el("button", {
      type: "button", "aria-label": `Remove filter ${text}`,
      onclick: () => { state[k] = k === "since" || k === "until" ? "" : null; if (k === "since" || k === "until") $(`#${k}`).value = ""; runSearch(); },
    }, `${text} ×`));
  }
}

// ---------------------------------------------------------------------------------------------- type-ahead

let suggestSerial = 0;

async function suggest() {
  const input = $("#q");
  const word = (input.value.slice(0, input.selectionStart || input.value.length).split(/\s+/).pop() || "").replace(/^[-"(]+/, "");
  const box = $("#suggestions");
  if (word.length < 2 || word.includes(":")) { box.hidden = true; return; }
  const serial = ++suggestSerial;
  try {
    const items = await api(`/api/entities/suggest?${new URLSearchParams({ q: word, limit: "6" })}`);
    if (serial !== suggestSerial) return;
    box.replaceChildren(...items.map((s) => el("button", {
      type: "button", dataset: { filter: s.filter },
      onclick: () => {
        const v = input.value;
        const cut = v.lastIndexOf(word);
        state.q = (cut >= 0 ? v.slice(0, cut) : v + " ") + s.filter;
        input.value = state.q;
        box.hidden = true;
        input.focus();
        runSearch();
      },
    }, el("span", { dir: "auto" }, s.matched === s.canonical ? s.canonical : `${s.canonical} (${s.matched})`),
       el("span", { class: "kind" }, s.type))));
    box.hidden = !items.length;
  } catch { box.hidden = true; }
}

// ---------------------------------------------------------------------------------------------- article

// One article into the elements `#${prefix}-title`, -meta, -chips, -reasons and -text: the dialog and the
// article's own page show the same parts, and differ only in how they give the date.
function renderArticle(a, prefix, date) {
  const lang = a.lang || "und";
  const title = $(`#${prefix}-title`);
  title.textContent = a.title || a.id;
  title.lang = lang;
  $(`#${prefix}-meta`).textContent = [LANGS[lang] || lang, a.countries.join(", "), a.source, date,
    `score ${a.score.toFixed(2)}`].filter(Boolean).join(" · ");
  $(`#${prefix}-chips`).replaceChildren(...a.chips.map(chip));
  $(`#${prefix}-reasons`).replaceChildren(...a.reasons.map((r) => el("li", { dir: "auto" }, r)));
  const text = $(`#${prefix}-text`);
  text.textContent = a.text;
  text.lang = lang;
}

async function openArticle(id) {
  const a = await api(`/api/articles/${encodeURIComponent(id)}`);
  renderArticle(a, "article", a.published ? a.published.slice(0, 10) : "");
  $("#article-permalink").href = `/article/${encodeURIComponent(a.id)}`;
  $("#article-dialog").showModal();
}

// ---------------------------------------------------------------------------------------------- pages

function navigate(ev, path) {
  if (ev) ev.preventDefault();
  if ($("#article-dialog").open) $("#article-dialog").close();
  history.pushState(null, "", path);
  route();
}

async function showArticlePage(id) {
  const a = await api(`/api/articles/${encodeURIComponent(id)}`);
  renderArticle(a, "page-article",
    a.published ? `${a.published.slice(0, 10)}${a.date_source ? ` (${a.date_source})` : ""}` : "undated");
  document.title = `${a.title || a.id} - monitor`;
}

async function showEntityPage(kind, name) {
  const field = { country: "country", place: "place", organization: "org" }[kind] || "entity";
  const filter = `${field}:"${name.replace(/"/g, "")}"`;
  $("#entity-title").textContent = name;
  document.title = `${name} - monitor`;
  const data = await api(`/api/search?${new URLSearchParams({ q: filter, limit: "100", sort: "newest" })}`);
  $("#entity-summary").textContent = `${kind} · ${data.total} article${data.total === 1 ? "" : "s"} · ${filter}`;
  const roles = new Map(), people = new Map();
  for (const hit of data.hits) for (const e of hit.entities || []) {
    if (e.canonical === name) for (const r of e.roles || []) roles.set(r, (roles.get(r) || 0) + 1);
    else if (e.type === "person") people.set(e.canonical, (people.get(e.canonical) || 0) + 1);
  }
  const ranked = (m) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12);
  const link = (type, canonical) => el("a", { href: entityPath({ type, canonical }), dir: "auto",
                                              onclick: (ev) => navigate(ev, entityPath({ type, canonical })) }, canonical);
  $("#entity-roles").replaceChildren(...(roles.size ? ranked(roles).map(([r, n]) => el("li", { dir: "auto" }, `${r} (${n})`))
                                                    : [el("li", { class: "hint" }, "—")]));
  $("#entity-people").replaceChildren(...ranked(people).map(([p, n]) => el("li", {}, link("person", p), ` (${n})`)));
  $("#entity-countries").replaceChildren(...Object.entries(data.facets.country || {}).filter(([c]) => c !== name).slice(0, 12)
    .map(([c, n]) => el("li", {}, link("country", c), ` (${n})`)));
  drawTimeline($("#entity-chart"), data.facets.day, []);
  const list = $("#entity-articles");
  list.replaceChildren();
  renderHits(list, data.hits);
}

// ---------------------------------------------------------------------------------------------- export, saved searches

async function exportResults(format) {
  const p = searchParams(false, { format, limit: "10000" });
  const headers = {};
  if (state.token) headers.Authorization = `Bearer ${state.token}`;
  const response = await fetch(`/api/export?${p}`, { headers });
  if (!response.ok) { $("#status").textContent = `Export failed: HTTP ${response.status}`; return; }
  const link = el("a", { href: URL.createObjectURL(await response.blob()), download: `monitor-export.${format}` });
  document.body.append(link);
  link.click();
  link.remove();
}

function savedSearches() {
  try { return JSON.parse(localStorage.getItem("monitor-saved") || "[]"); } catch { return []; }
}

function renderSaved() {
  const all = savedSearches();
  $("#saved").replaceChildren(...all.map((s, i) => el("span", { class: "saved-item" },
    el("a", { href: s.url, dir: "auto", onclick: (ev) => navigate(ev, s.url) }, s.name),
    el("button", { type: "button", class: "secondary", "aria-label": `Forget saved search ${s.name}`, onclick: () => {
      all.splice(i, 1);
      localStorage.setItem("monitor-saved", JSON.stringify(all));
      renderSaved();
    } }, "×"))));
}

function saveSearch() {
  const name = $("#save-name").value.trim() || state.q || "latest";
  const p = stateQuery().toString();
  const all = savedSearches().filter((s) => s.name !== name);
  all.push({ name, url: `/${p ? `?${p}` : ""}` });
  localStorage.setItem("monitor-saved", JSON.stringify(all));
  $("#save-name").value = "";
  renderSaved();
}


// ---------------------------------------------------------------------------------------------- chart

// The timeline follows the query and the filters: the day facet of the results (and one series per compared
// country, the same search with that country), per day, week (from Monday) or month, with years on the axis.
function bucketOf(day, bucket) {
  if (bucket === "month") return day.slice(0, 7);
  if (bucket === "week") {
    const d = new Date(`${day}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
    return d.toISOString().slice(0, 10);
  }
  return day;
}

function nextBucket(label, bucket) {
  if (bucket === "month") {
    const [y, m] = label.split("-").map(Number);
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
  }
  const d = new Date(`${label}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + (bucket === "week" ? 7 : 1));
  return d.toISOString().slice(0, 10);
}

let timelineSerial = 0;

async function drawTimeline(box, days, compare = state.compare) {
  const serial = ++timelineSerial;
  const series = [{ key: state.q.trim() || box.id !== "chart" ? "these results" : "all articles", days: days || {} }];
  for (const country of compare) {
    try {
      const data = await api(`/api/search?${searchParams(false, { country, limit: "1", entities: "false" })}`);
      series.push({ key: country, days: data.facets.day || {} });
    } catch (err) { series.push({ key: `${country}: ${err.message}`, days: {} }); }
  }
  if (serial !== timelineSerial) return;  // a newer search drew already
  const bucket = state.bucket;
  const counts = series.map((s) => {
    const m = new Map();
    for (const [d, n] of Object.entries(s.days)) m.set(bucketOf(d, bucket), (m.get(bucketOf(d, bucket)) || 0) + n);
    return m;
  });
  const present = [...new Set(counts.flatMap((m) => [...m.keys()]))].sort();
  if (!present.length) { box.replaceChildren(el("p", { class: "hint" }, "No dated articles in these results.")); return; }
  const labels = [];
  for (let b = present[0]; labels.length < 400 && b <= present[present.length - 1]; b = nextBucket(b, bucket)) labels.push(b);
  const W = 760, H = 240, L = 40, B = 44, T = 10, R = 10;
  const max = Math.max(1, ...counts.flatMap((m) => [...m.values()]));
  const slot = (W - L - R) / labels.length;
  const bar = Math.max(1, Math.min(40, (slot * 0.8) / series.length));
  const y = (v) => T + (H - T - B) * (1 - v / max);
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", `Articles per ${bucket} from ${labels[0]} to ${labels[labels.length - 1]}: ` +
    series.map((s, k) => `${s.key} ${[...counts[k].values()].reduce((a, b) => a + b, 0)}`).join(", "));
  const add = (tag, attrs, text) => {
    const n = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
    if (text != null) n.textContent = text;
    svg.append(n);
    return n;
  };
  for (const frac of [0, 0.5, 1]) {
    const v = Math.round(max * frac);
    add("line", { x1: L, x2: W - R, y1: y(v), y2: y(v), stroke: "#d6dce3" });
    add("text", { x: L - 6, y: y(v) + 4, "text-anchor": "end", "font-size": 11, fill: "#4a5562" }, String(v));
  }
  const every = Math.ceil(labels.length / 7);
  labels.forEach((label, i) => {
    series.forEach((s, k) => {
      const v = counts[k].get(label) || 0;
      if (!v) return;
      const x = L + slot * i + (slot - bar * series.length) / 2 + bar * k;
      const rect = add("rect", { x, y: y(v), width: bar, height: y(0) - y(v), fill: COLOURS[k % COLOURS.length],
                                 "data-series": s.key, "data-bucket": label, "data-count": String(v) });
      const t = document.createElementNS(ns, "title");
      t.textContent = `${label} · ${s.key}: ${v}`;
      rect.append(t);
    });
    if (i % every === 0 || i === labels.length - 1)  // full labels: 2025-10-22, or 2025-10 per month
      add("text", { x: L + slot * i + slot / 2, y: H - B + 16, "text-anchor": "middle", "font-size": 10, fill: "#4a5562" }, label);
  });
  const legend = el("ul", { class: "legend" }, ...series.map((s, k) =>
    el("li", {}, el("span", { class: "swatch", style: `background:${COLOURS[k % COLOURS.length]}` }), s.key)));
  box.replaceChildren(svg, legend);
}

// ---------------------------------------------------------------------------------------------- alerts

async function loadToken() {
  const saved = sessionStorage.getItem("monitor-token");
  if (saved) { state.token = saved; return; }
  try {
    const session = await api("/api/session");  // open mode: the local token, for the page on this machine
    if (session.token) state.token = session.token;
  } catch { $("#token-box").hidden = false; }  // token mode: paste your token
}

function showAlertError(err) {
  const box = $("#alert-error");
  box.hidden = !err;
  if (!err) return;
  box.textContent = err.status === 401 ? "The API token is missing or wrong: paste it above." :
    err.position != null ? `${err.message} (at character ${err.position + 1})` : err.message;
  if (err.status === 401) $("#token-box").hidden = false;
}

async function loadAlerts() {
  const rows = $("#alert-rows");
  const alerts = await api("/api/alerts");
  rows.replaceChildren(...alerts.map((a) => el("tr", { dataset: { name: a.name } },
    el("td", { dir: "auto" }, a.name),
    el("td", { dir: "auto" }, el("code", {}, a.query),
       (a.channels || []).length ? el("div", { class: "hint" }, `→ ${a.channels.join(", ")}${a.digest ? ` (${a.digest})` : ""}`) : null),
    el("td", {}, String(a.fired)),
    el("td", { class: a.paused ? "paused" : "" }, a.paused ? "paused" : "active"),
    el("td", { class: "actions" },
      el("button", { type: "button", class: "secondary", "aria-label": `Test alert ${a.name}`, onclick: () => testQuery(a.query) }, "Test"),
      el("button", { type: "button", class: "secondary", "aria-label": `${a.paused ? "Resume" : "Pause"} alert ${a.name}`,
                     onclick: () => alertAction(`/api/alerts/${encodeURIComponent(a.name)}/${a.paused ? "resume" : "pause"}`, "POST") },
         a.paused ? "Resume" : "Pause"),
      el("button", { type: "button", class: "secondary", "aria-label": `Delete alert ${a.name}`,
                     onclick: () => alertAction(`/api/alerts/${encodeURIComponent(a.name)}`, "DELETE") }, "Delete")))));
  if (!alerts.length) rows.append(el("tr", {}, el("td", { colspan: "5", class: "hint" }, "No alerts yet.")));
}

function refreshAlerts() {
  loadAlerts().catch(showAlertError);  // a 401 shows the token box instead of an unhandled error
}

async function alertAction(path, method) {
  try { await api(path, { method, auth: true }); showAlertError(null); } catch (err) { showAlertError(err); }
  refreshAlerts();
}

async function testQuery(query) {
  const out = $("#alert-test-result");
  try {
    const r = await api("/api/alerts/test", { method: "POST", body: { query, limit: 10, days: 7 } });
    showAlertError(null);
    out.replaceChildren(el("p", {}, `${r.count} stored article${r.count === 1 ? "" : "s"} of the last 7 days would have fired for `, el("code", { dir: "auto" }, query)),
      el("ol", {}, ...r.matches.map((m) => el("li", { dir: "auto", lang: m.lang || "und" }, m.title || m.id))));
  } catch (err) { out.replaceChildren(); showAlertError(err); }
}

function showFired(f) {
  const lang = f.lang || "und";
  const item = el("li", { dataset: { seq: String(f.seq), alert: f.alert } },
    el("strong", { dir: "auto" }, f.alert), " ",
    el("span", { class: "when" }, f.fired_at.slice(0, 19).replace("T", " ")), el("br"),
    el("span", { dir: "auto", lang }, f.title || f.article_id),
    f.countries.length ? el("span", { class: "when" }, ` · ${f.countries.join(", ")}`) : null);
  if (f.snippet) {
    const snippet = el("p", { class: "snippet", dir: "auto", lang });
    setSnippet(snippet, f.snippet);
    item.append(snippet);
  }
  $("#feed").prepend(item);
  refreshAlerts();
}

// Server-sent events read with fetch(): unlike EventSource it can send the bearer token.
let feedAbort = null;

async function connectFeed() {
  const stateBox = $("#feed-state");
  if (feedAbort) feedAbort.abort();
  const abort = new AbortController();
  feedAbort = abort;
  let lastId = null;
  while (!abort.signal.aborted) {
    try {
      const headers = { Accept: "text/event-stream" };
      if (state.token) headers.Authorization = `Bearer ${state.token}`;
      if (lastId) headers["Last-Event-ID"] = lastId;
      const response = await fetch("/api/alerts/stream", { headers, signal: abort.signal });
      if (response.status === 401) { stateBox.textContent = "needs a token"; $("#token-box").hidden = false; return; }
      if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value.replace(/\r\n?/g, "\n");
        let cut;
        while ((cut = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const ev = { event: "message", data: [], id: null };
          for (const line of block.split("\n")) {
            if (!line || line.startsWith(":")) continue;
            const at = line.indexOf(":");
            const key = at < 0 ? line : line.slice(0, at);
            const val = at < 0 ? "" : line.slice(at + 1).replace(/^ /, "");
            if (key === "data") ev.data.push(val); else if (key === "event") ev.event = val; else if (key === "id") ev.id = val;
          }
          if (ev.id) lastId = ev.id;
          if (ev.event === "ready") stateBox.textContent = "live";
          else if (ev.event === "fired") showFired(JSON.parse(ev.data.join("\n")));
        }
      }
    } catch (err) {
      if (abort.signal.aborted) return;
    }
    stateBox.textContent = "reconnecting…";
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

// ---------------------------------------------------------------------------------------------- wiring

function route() {
  const hash = location.hash;
  const article = location.pathname.match(/^\/article\/([^/]+)$/);
  const entity = location.pathname.match(/^\/entity\/([^/]+)\/(.+)$/);
  const view = hash.startsWith("#story/") ? "story" : hash === "#briefing" ? "briefing" : hash === "#alerts" ? "alerts"
    : article ? "article" : entity ? "entity" : "search";
  for (const v of ["search", "alerts", "story", "briefing", "article", "entity"]) { const node = $(`#view-${v}`); if (node) node.hidden = v !== view; }
  for (const v of ["search", "alerts", "briefing"]) {
    const link = $(`#nav-${v}`);
    if (!link) continue;
    if (v === view) link.setAttribute("aria-current", "page"); else link.removeAttribute("aria-current");
  }
  if (view === "alerts") refreshAlerts();
  if (view === "story" && typeof showStory === "function") showStory(decodeURIComponent(hash.slice("#story/".length)));
  if (view === "briefing" && typeof showBriefing === "function") showBriefing();
  if (view === "article") showArticlePage(decodeURIComponent(article[1])).catch((err) => { $("#page-article-title").textContent = err.message; });
  if (view === "entity") showEntityPage(decodeURIComponent(entity[1]), decodeURIComponent(entity[2])).catch((err) => { $("#entity-title").textContent = err.message; });
  if (view === "search") {
    document.title = "Central-Asia diplomacy news monitor";
    readURL();
    state.cursor = null;
    runSearch(false, false);
  }
}

let typingTimer = null;

function init() {
  const q = $("#q");
  q.addEventListener("input", () => {
    state.q = q.value;
    state.cursor = null;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => { runSearch(); suggest(); }, 250);
  });
  q.addEventListener("keydown", (ev) => { if (ev.key === "Escape") $("#suggestions").hidden = true; });
  $("#search-form").addEventListener("submit", (ev) => {
    // Enter runs the search now: the live search still pending from the last keystroke would run it again a
    // moment later and redraw the results under the reader's focus (a result focused from the keyboard is lost)
    ev.preventDefault(); clearTimeout(typingTimer); $("#suggestions").hidden = true;
    state.q = q.value; state.cursor = null; runSearch();
  });
  $("#more").addEventListener("click", () => runSearch(true));
  for (const k of ["since", "until"]) $(`#${k}`).addEventListener("change", (ev) => { state[k] = ev.target.value; state.cursor = null; runSearch(); });
  $("#sort").addEventListener("change", (ev) => { state.sort = ev.target.value; state.cursor = null; runSearch(); });
  $("#bucket").addEventListener("change", (ev) => { state.bucket = ev.target.value; state.cursor = null; runSearch(); });
  $("#compare").addEventListener("change", (ev) => {
    state.compare = ev.target.value.split(",").map((c) => c.trim()).filter(Boolean); state.cursor = null; runSearch();
  });
  $("#export-csv").addEventListener("click", () => exportResults("csv"));
  $("#export-jsonl").addEventListener("click", () => exportResults("jsonl"));
  $("#save-search").addEventListener("click", saveSearch);
  // Back and forward between searches and pages; a change of the #hash alone is hashchange's to route.
  let address = location.pathname + location.search;
  window.addEventListener("popstate", () => {
    const now = location.pathname + location.search;
    if (now === address) return;
    address = now;
    route();
  });
  const push = history.pushState.bind(history);
  history.pushState = (data, unused, url) => { push(data, unused, url); address = location.pathname + location.search; };
  renderSaved();
  $("#token-save").addEventListener("click", () => {
    state.token = $("#token").value.trim();
    sessionStorage.setItem("monitor-token", state.token);
    showAlertError(null);
    connectFeed();
    if (location.hash === "#alerts") refreshAlerts();
  });
  $("#alert-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const body = { name: $("#alert-name").value.trim(), query: $("#alert-query").value };
    if ($("#alert-webhook").value.trim()) body.webhook = $("#alert-webhook").value.trim();
    if ($("#alert-email").value.trim()) body.email = $("#alert-email").value.trim();
    if ($("#alert-digest").value) body.digest = $("#alert-digest").value;
    try {
      await api("/api/alerts", { method: "POST", body, auth: true });
      showAlertError(null);
      ev.target.reset();
    } catch (err) { showAlertError(err); }
    refreshAlerts();
  });
  $("#alert-test").addEventListener("click", () => { if ($("#alert-query").value.trim()) testQuery($("#alert-query").value); });
  window.addEventListener("hashchange", route);
  renderFacets({});
  const tokenRead = loadToken();  // a saved token is read at once, before the first search
  route();
  tokenRead.then(connectFeed);
}

document.addEventListener("DOMContentLoaded", init);
