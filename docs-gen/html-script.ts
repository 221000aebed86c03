/**
 * The HTML reference's inline script: ranked search as you type (docs-gen/search-rank.ts,
 * inlined), matched name parts highlighted, the query (and scope) kept in the URL as
 * `#q=…&scope=…`, keyboard navigation (`/` focuses the search, ↑/↓ move through the
 * results, Enter opens one), a scope filter when the page holds several option sets,
 * copying an option's link when its `#` anchor is clicked, and showing an option that a
 * followed link points at even if it is not shown yet. Plain ES2017, no modules, so it
 * runs from `file://`.
 *
 * Layout (see html.ts): the options' HTML is the text of `<noscript id="all">`, split into
 * one source per option as far as needed; an option becomes an element the first time it
 * is shown, and is kept for the next time. `#results` shows a window of the current list (every option, or
 * a search's ranked hits): a page of them at first, more as the list is scrolled to its end
 * (or `#more` is clicked), earlier ones through `#earlier` when a link opened the list at
 * its target. So neither loading nor a keystroke makes more than a page of elements,
 * however many options the page has.
 */
import { searchRankSource } from "./search-rank.js";

export const htmlScript = `
(function () {
  "use strict";
  ${searchRankSource}
  var pageSize = 50;
  // every <section> in the noscript is docs-gen's; option text there has its "<" escaped
  var sectionStart = '<section class="option"';
  var input = document.getElementById("search");
  var scopeSelect = document.getElementById("scope");
  var count = document.getElementById("search-count");
  var noResults = document.getElementById("no-results");
  var results = document.getElementById("results");
  var more = document.getElementById("more");
  var earlier = document.getElementById("earlier");
  var options = JSON.parse(document.getElementById("option-index").textContent);
  var total = options.names.length;
  var allHtml = document.getElementById("all").textContent;
  var sources = []; // each option's HTML, split off allHtml as far as an option was needed
  var nextSource = allHtml.indexOf(sectionStart);
  var sections = []; // option index → its element, made when first shown
  var entries = [];
  var everyOption = []; // the unfiltered list, as hits
  for (var i = 0; i < total; i++) {
    entries.push({ name: options.names[i], description: options.descriptions[i] });
    everyOption.push({ index: i, score: 0, ranges: [] });
  }
  var index = prepareSearch(entries);
  var shown = everyOption; // the current list
  var start = 0; // the window of it in #results: [start, end)
  var end = 0;
  var active = -1;

  function sourceOf(n) {
    while (sources.length <= n) {
      var next = allHtml.indexOf(sectionStart, nextSource + sectionStart.length);
      sources.push(allHtml.slice(nextSource, next === -1 ? allHtml.length : next));
      nextSource = next;
    }
    return sources[n];
  }

  // makes the elements of the options not shown before, with one HTML parse
  function makeSections(hits) {
    var missing = [];
    for (var h = 0; h < hits.length; h++) {
      if (!sections[hits[h].index]) missing.push(hits[h].index);
    }
    if (missing.length === 0) return;
    var box = document.createElement("div");
    box.innerHTML = missing.map(sourceOf).join("");
    var made = box.children;
    for (var m = 0; m < missing.length; m++) sections[missing[m]] = made[m];
  }

  function describeCount(visible, filtered) {
    var noun = total === 1 ? " option" : " options";
    return filtered ? visible + " of " + total + noun : total + noun;
  }

  // the option's name (its heading's <code>) with the matched ranges marked
  function highlight(section, name, ranges) {
    var code = section.getElementsByTagName("code")[0];
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

  // the elements of shown[from, to), highlighted, in a fragment
  function renderRange(from, to) {
    var hits = shown.slice(from, to);
    makeSections(hits);
    var fragment = document.createDocumentFragment();
    for (var h = 0; h < hits.length; h++) {
      var section = sections[hits[h].index];
      section.classList.remove("active");
      highlight(section, options.names[hits[h].index], hits[h].ranges);
      fragment.appendChild(section);
    }
    return fragment;
  }

  function updateButtons() {
    var left = shown.length - end;
    more.hidden = left <= 0;
    more.textContent = "Show " + Math.min(left, pageSize) + " more of " + left + " remaining results";
    earlier.hidden = start === 0;
    earlier.textContent = "Show " + Math.min(start, pageSize) + " earlier options";
  }

  function showMore() {
    var to = Math.min(shown.length, end + pageSize);
    results.appendChild(renderRange(end, to));
    end = to;
    updateButtons();
  }

  function showEarlier() {
    var from = Math.max(0, start - pageSize);
    results.insertBefore(renderRange(from, start), results.firstChild);
    if (active >= 0) active += start - from;
    start = from;
    updateButtons();
  }

  // shows \`list\` from its element \`from\` on, a page of it
  function showList(list, from) {
    results.textContent = "";
    shown = list;
    start = from;
    end = from;
    active = -1;
    showMore();
  }

  function currentScope() { return scopeSelect ? scopeSelect.value : ""; }

  // shows the options that match \`query\` (and the scope), from the list's element \`from\` on
  function applySearch(query, from) {
    var scope = currentScope();
    var filtered = query.trim() !== "" || scope !== "";
    var hits = query.trim() === "" ? everyOption : rankSearch(index, query);
    if (scope !== "") hits = hits.filter(function (hit) { return options.scopes[hit.index] === scope; });
    showList(hits, from || 0);
    count.textContent = describeCount(hits.length, filtered);
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

  function moveActive(step) {
    var list = results.children;
    if (list.length === 0) return;
    var next = Math.max(0, Math.min(list.length - 1, active + step));
    if (next === list.length - 1 && !more.hidden) showMore();
    if (active >= 0 && list[active]) list[active].classList.remove("active");
    active = next;
    list[active].classList.add("active");
    list[active].scrollIntoView({ block: "nearest" });
  }

  input.addEventListener("input", function () { applySearch(input.value); saveSearchSoon(); });
  if (scopeSelect) scopeSelect.addEventListener("change", function () { applySearch(input.value); saveSearchInLocation(); });
  more.addEventListener("click", showMore);
  earlier.addEventListener("click", showEarlier);
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
      var chosen = results.children[active >= 0 ? active : 0];
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

  // the option the URL's #opt-… names (its index), or -1
  function hashTarget() {
    try {
      return options.anchors.indexOf(decodeURIComponent(location.hash.slice(1)));
    } catch (error) {
      return -1; // a malformed %-escape: no option's anchor
    }
  }

  // A link to an option that is not shown (the search hides it, or it is further down the
  // list than shown yet): clear the search and show the list from that option on, then
  // navigate to it again so the browser scrolls to it and marks it :target.
  function revealTarget() {
    if (loadSearchFromLocation()) return;
    var target = hashTarget();
    if (target === -1 || (sections[target] && sections[target].parentNode === results)) return;
    input.value = "";
    if (scopeSelect) scopeSelect.value = "";
    applySearch("", target);
    location.replace(location.href);
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
