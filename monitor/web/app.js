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

const state = { q: "", lang: null, country: null, source: null, since: "", until: "", cursor: null, token: null, seq: 0 };

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

function searchParams(withCursor) {
  const p = new URLSearchParams({ q: state.q, limit: "20" });
  for (const k of ["lang", "country", "source", "since", "until"]) if (state[k]) p.set(k, state[k]);
  if (withCursor && state.cursor) p.set("cursor", state.cursor);
  return p;
}

let searchSerial = 0;

async function runSearch(append = false) {
  const status = $("#status");
  const errorBox = $("#query-error");
  if (!state.q.trim()) {
    $("#results").replaceChildren();
    $("#more").hidden = true;
    status.textContent = "Type a query to search.";
    renderFacets({});
    renderActiveFilters();
    return;
  }
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
    for (const hit of data.hits) list.append(renderHit(hit));
    if (typeof annotateStories === "function") annotateStories(data.hits);  // stories.js: "5 reports in 3 languages"
    status.textContent = `${data.total} article${data.total === 1 ? "" : "s"} found`;
    $("#more").hidden = !data.next_cursor;
    if (!append) renderFacets(data.facets || {});
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

function renderHit(hit) {
  const lang = hit.lang || "und";
  const snippet = el("p", { class: "snippet", dir: "auto", lang });
  setSnippet(snippet, hit.snippet);
  const date = hit.published ? hit.published.slice(0, 10) : "";
  const meta = [LANGS[lang] || lang, hit.countries.join(", "), hit.source, date].filter(Boolean).join(" · ");
  const chips = el("div", { class: "chips", "aria-label": "Entities (click to filter)" });
  for (const e of hit.entities || []) chips.append(chip(e));
  return el("li", { dataset: { id: hit.id } },
    el("h3", { dir: "auto", lang }, el("button", { type: "button", onclick: () => openArticle(hit.id) }, hit.title || hit.id)),
    el("p", { class: "meta" }, meta, hit.url ? " · " : "", hit.url ? el("a", { href: hit.url, rel: "noopener noreferrer" }, "source") : ""),
    snippet, chips);
}

function chip(entity) {
  return el("button", {
    type: "button", class: "chip", dataset: { type: entity.type, filter: entity.filter },
    title: `Filter by ${entity.type} ${entity.canonical}`,
    onclick: () => addToQuery(entity.filter),
  }, entity.canonical);
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

async function openArticle(id) {
  const a = await api(`/api/articles/${encodeURIComponent(id)}`);
  const lang = a.lang || "und";
  const title = $("#article-title");
  title.textContent = a.title || a.id;
  title.lang = lang;
  $("#article-meta").textContent = [LANGS[lang] || lang, a.countries.join(", "), a.source,
    a.published ? a.published.slice(0, 10) : "", `score ${a.score.toFixed(2)}`].filter(Boolean).join(" · ");
  $("#article-chips").replaceChildren(...a.chips.map(chip));
  $("#article-reasons").replaceChildren(...a.reasons.map((r) => el("li", { dir: "auto" }, r)));
  const text = $("#article-text");
  text.textContent = a.text;
  text.lang = lang;
  $("#article-dialog").showModal();
}

// ---------------------------------------------------------------------------------------------- chart

async function drawChart() {
  const box = $("#chart");
  let data;
  try { data = await api("/api/stats?top=8"); } catch (err) { box.textContent = `No chart: ${err.message}`; return; }
  if (!data.days.length) { box.textContent = "No articles yet."; return; }
  const W = 760, H = 260, L = 40, B = 48, T = 10, R = 10;
  // A real time axis: every day from the first to the last (at most 90), days without articles at zero.
  const index = new Map(data.days.map((d, i) => [d, i]));
  const days = [];
  const last = new Date(`${data.days[data.days.length - 1]}T00:00:00Z`);
  for (let d = new Date(last); days.length < 90 && d >= new Date(`${data.days[0]}T00:00:00Z`); d.setUTCDate(d.getUTCDate() - 1))
    days.unshift(d.toISOString().slice(0, 10));
  const series = data.countries.map((c) => ({ ...c, counts: days.map((d) => (index.has(d) ? c.counts[index.get(d)] : 0)) }));
  const offset = 0;
  // Stacked bars: one per day, a segment per country (an article about two countries counts in both).
  const stacks = days.map((_, i) => series.reduce((s, c) => s + c.counts[offset + i], 0));
  const max = Math.max(1, ...stacks);
  const slot = (W - L - R) / days.length;
  const bar = Math.max(2, Math.min(48, slot * 0.7));
  const y = (v) => T + (H - T - B) * (1 - v / max);
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
  svg.setAttribute("role", "img");
  const summary = series.map((c) => `${c.key} ${c.total}`).join(", ");
  svg.setAttribute("aria-label", `Articles per day from ${days[0]} to ${days[days.length - 1]} by country: ${summary}`);
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
  days.forEach((day, i) => {
    const x = L + slot * i + (slot - bar) / 2;
    let base = 0;
    series.forEach((c, k) => {
      const v = c.counts[offset + i];
      if (!v) return;
      const rect = add("rect", { x, y: y(base + v), width: bar, height: y(base) - y(base + v), fill: COLOURS[k % COLOURS.length],
                                 "data-country": c.key, "data-day": day });
      const t = document.createElementNS(ns, "title");
      t.textContent = `${day} · ${c.key}: ${v}`;
      rect.append(t);
      base += v;
    });
    const every = Math.ceil(days.length / 8);
    if (i % every === 0 || i === days.length - 1)
      add("text", { x: x + bar / 2, y: H - B + 16, "text-anchor": "middle", "font-size": 11, fill: "#4a5562" }, day.slice(5));
  });
  const legend = el("ul", { class: "legend" }, ...series.map((c, k) =>
    el("li", {}, el("span", { class: "swatch", style: `background:${COLOURS[k % COLOURS.length]}` }), `${c.key} (${c.total})`)));
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
    const r = await api("/api/alerts/test", { method: "POST", body: { query, limit: 10 } });
    showAlertError(null);
    out.replaceChildren(el("p", {}, `${r.count} stored article${r.count === 1 ? "" : "s"} would have fired for `, el("code", { dir: "auto" }, query)),
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
  const view = hash.startsWith("#story/") ? "story" : hash === "#briefing" ? "briefing" : hash === "#alerts" ? "alerts" : "search";
  for (const v of ["search", "alerts", "story", "briefing"]) { const node = $(`#view-${v}`); if (node) node.hidden = v !== view; }
  for (const v of ["search", "alerts", "briefing"]) {
    const link = $(`#nav-${v}`);
    if (!link) continue;
    if (v === view) link.setAttribute("aria-current", "page"); else link.removeAttribute("aria-current");
  }
  if (view === "alerts") refreshAlerts();
  if (view === "story" && typeof showStory === "function") showStory(decodeURIComponent(hash.slice("#story/".length)));
  if (view === "briefing" && typeof showBriefing === "function") showBriefing();
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
  $("#search-form").addEventListener("submit", (ev) => { ev.preventDefault(); state.q = q.value; state.cursor = null; runSearch(); });
  $("#more").addEventListener("click", () => runSearch(true));
  for (const k of ["since", "until"]) $(`#${k}`).addEventListener("change", (ev) => { state[k] = ev.target.value; state.cursor = null; runSearch(); });
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
  route();
  renderFacets({});
  drawChart();
  loadToken().then(connectFeed);
  const initial = new URLSearchParams(location.search).get("q");
  if (initial) { q.value = state.q = initial; runSearch(); }
}

document.addEventListener("DOMContentLoaded", init);
