/**
 * The HTML reference's inline script: ranked search as you type (docs-gen/search-rank.ts,
 * inlined), matched name parts highlighted, the query (and scope) kept in the URL as
 * `#q=…&scope=…`, keyboard navigation (`/` focuses the search, ↑/↓ move through the
 * results, Enter opens one), a scope filter when the page holds several option sets,
 * copying an option's link when its `#` anchor is clicked, and revealing an option that a
 * followed link points at even if the current search hides it. Plain ES2017, no modules,
 * so it runs from `file://`.
 *
 * Layout: every option sits in `#all` in reference order. A search hides `#all` and moves
 * the ranked hits into `#results`, a page of them at a time (more as the list is scrolled
 * to its end), so a keystroke touches at most a page of elements however many options the
 * page has; the next search first puts them back where they were.
 */
import { searchRankSource } from "./search-rank.js";

export const htmlScript = `
(function () {
  "use strict";
  ${searchRankSource}
  var pageSize = 50;
  var input = document.getElementById("search");
  var scopeSelect = document.getElementById("scope");
  var count = document.getElementById("search-count");
  var noResults = document.getElementById("no-results");
  var all = document.getElementById("all");
  var results = document.getElementById("results");
  var more = document.getElementById("more");
  var sections = all.querySelectorAll("section.option");
  var entries = [];
  var scopes = [];
  // each option's name element (the section's first <code>, in its heading), found once;
  // not with querySelector(".option-name code"): Chromium runs that descendant selector
  // against the whole document, about a millisecond per call on a page of 20 000 options
  var names = [];
  for (var i = 0; i < sections.length; i++) {
    names.push(sections[i].getElementsByTagName("code")[0]);
    var description = sections[i].querySelector(".description");
    entries.push({ name: sections[i].getAttribute("data-name"), description: description ? description.textContent : "" });
    scopes.push(sections[i].getAttribute("data-scope") || "");
  }
  var index = prepareSearch(entries);
  var hits = [];
  var moved = [];
  var active = -1;

  function describeCount(visible, filtered) {
    var noun = sections.length === 1 ? " option" : " options";
    return filtered ? visible + " of " + sections.length + noun : sections.length + noun;
  }

  function highlight(n, ranges) {
    var code = names[n];
    var name = entries[n].name;
    code.textContent = "";
    var at = 0;
    for (var r = 0; r < ranges.length; r++) {
      if (ranges[r][0] > at) code.appendChild(document.createTextNode(name.slice(at, ranges[r][0])));
      var mark = document.createElement("mark");
      mark.textContent = name.slice(ranges[r][0], ranges[r][1]);
      code.appendChild(mark);
      at = ranges[r][1];
    }
    if (at < name.length) code.appendChild(document.createTextNode(name.slice(at)));
  }

  // puts the sections the last search moved back into #all, each before its successor
  function restore() {
    moved.sort(function (a, b) { return b - a; });
    for (var m = 0; m < moved.length; m++) {
      var section = sections[moved[m]];
      section.classList.remove("active");
      names[moved[m]].textContent = entries[moved[m]].name;
      all.insertBefore(section, sections[moved[m] + 1] || null);
    }
    moved = [];
    active = -1;
  }

  function showMore() {
    var end = Math.min(hits.length, moved.length + pageSize);
    var fragment = document.createDocumentFragment();
    for (var h = moved.length; h < end; h++) {
      var section = sections[hits[h].index];
      highlight(hits[h].index, hits[h].ranges);
      fragment.appendChild(section);
      moved.push(hits[h].index);
    }
    results.appendChild(fragment);
    var left = hits.length - moved.length;
    more.hidden = left <= 0;
    more.textContent = "Show " + Math.min(left, pageSize) + " more of " + left + " remaining results";
  }

  function currentScope() { return scopeSelect ? scopeSelect.value : ""; }

  function applySearch(query) {
    restore();
    var scope = currentScope();
    if (query.trim() === "" && scope === "") {
      hits = [];
      results.hidden = true;
      more.hidden = true;
      all.hidden = false;
      count.textContent = describeCount(sections.length, false);
      noResults.hidden = sections.length !== 0;
      return;
    }
    hits = query.trim() === ""
      ? entries.map(function (_, n) { return { index: n, score: 0, ranges: [] }; })
      : rankSearch(index, query);
    if (scope !== "") hits = hits.filter(function (hit) { return scopes[hit.index] === scope; });
    all.hidden = true;
    results.hidden = false;
    showMore();
    count.textContent = describeCount(hits.length, true);
    noResults.hidden = hits.length !== 0;
  }

  // the URL follows the search after a pause in typing: replaceState costs milliseconds
  var saveTimer = 0;
  function saveSearchSoon() {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(saveSearchInLocation, 150);
  }

  function saveSearchInLocation() {
    clearTimeout(saveTimer);
    var params = [];
    if (input.value !== "") params.push("q=" + encodeURIComponent(input.value));
    if (currentScope() !== "") params.push("scope=" + encodeURIComponent(currentScope()));
    var base = location.href.split("#")[0];
    history.replaceState(null, "", params.length > 0 ? base + "#" + params.join("&") : base);
  }

  // reads #q=…&scope=… (true when the hash is a search, not an option's anchor)
  function loadSearchFromLocation() {
    var hash = location.hash.slice(1);
    if (!/^(q|scope)=/.test(hash)) return false;
    var q = "";
    var scope = "";
    hash.split("&").forEach(function (pair) {
      var eq = pair.indexOf("=");
      var key = pair.slice(0, eq);
      var value = decodeURIComponent(pair.slice(eq + 1).replace(/\\+/g, " "));
      if (key === "q") q = value;
      if (key === "scope") scope = value;
    });
    input.value = q;
    if (scopeSelect) scopeSelect.value = scope;
    applySearch(q);
    return true;
  }

  function listShown() { return all.hidden ? results.children : sections; }

  function moveActive(step) {
    var list = listShown();
    if (list.length === 0) return;
    var next = Math.max(0, Math.min(list.length - 1, active + step));
    if (next === list.length - 1 && all.hidden && !more.hidden) showMore();
    if (active >= 0 && list[active]) list[active].classList.remove("active");
    active = next;
    list[active].classList.add("active");
    list[active].scrollIntoView({ block: "nearest" });
  }

  input.addEventListener("input", function () { applySearch(input.value); saveSearchSoon(); });
  if (scopeSelect) scopeSelect.addEventListener("change", function () { applySearch(input.value); saveSearchInLocation(); });
  more.addEventListener("click", showMore);
  if (typeof IntersectionObserver === "function") {
    new IntersectionObserver(function (seen) {
      if (seen[0].isIntersecting && !more.hidden) showMore();
    }).observe(more);
  }
  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      input.value = "";
      applySearch("");
      saveSearchInLocation();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      moveActive(event.key === "ArrowDown" ? 1 : -1);
    } else if (event.key === "Enter") {
      var list = listShown();
      var chosen = list[active >= 0 ? active : 0];
      if (chosen) {
        clearTimeout(saveTimer); // the option's anchor replaces the search in the URL
        location.hash = "#" + chosen.id;
      }
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "/" && document.activeElement !== input && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
    }
  });

  // A link to an option the search hides: clear the search so the target can be shown.
  function revealTarget() {
    if (loadSearchFromLocation()) return;
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (target && target.parentNode === all && all.hidden) {
      input.value = "";
      if (scopeSelect) scopeSelect.value = "";
      applySearch("");
      target.scrollIntoView();
    }
  }
  window.addEventListener("hashchange", revealTarget);

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var copied = false;
    try { copied = document.execCommand("copy"); } catch (error) { copied = false; }
    document.body.removeChild(area);
    return copied ? Promise.resolve() : Promise.reject(new Error("copy failed"));
  }

  document.addEventListener("click", function (event) {
    var link = event.target instanceof Element ? event.target.closest("a.anchor-link") : null;
    if (!link) return;
    // the link still navigates to the option; its full URL also goes to the clipboard
    var url = location.href.split("#")[0] + link.getAttribute("href");
    copyText(url).then(function () {
      link.classList.add("copied");
      setTimeout(function () { link.classList.remove("copied"); }, 1500);
    }, function () { /* copying is a convenience; the link itself still works */ });
  });

  if (!loadSearchFromLocation()) {
    applySearch(input.value);
    revealTarget();
  }
  // the search works from here on (the browser test measures the time to this point)
  document.body.setAttribute("data-search-ready", String(Math.round(performance.now())));
})();
`;
