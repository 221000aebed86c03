/**
 * The HTML reference's inline script: filters options by name and description as you type,
 * copies an option's link when its `#` anchor is clicked, and reveals an option that a
 * followed link points at even if the current search hides it. Plain ES2017, no modules,
 * so it runs from `file://`.
 *
 * The search index (lower-cased name + description text) is built once; a keystroke is
 * one substring scan per option and a DOM write only for options whose visibility changes.
 */
export const htmlScript = `
(function () {
  "use strict";
  var input = document.getElementById("search");
  var count = document.getElementById("search-count");
  var noResults = document.getElementById("no-results");
  var sections = document.querySelectorAll("section.option");
  var index = [];
  for (var i = 0; i < sections.length; i++) {
    var section = sections[i];
    var description = section.querySelector(".description");
    index.push({
      element: section,
      text: (section.getAttribute("data-name") + "\\n" + (description ? description.textContent : "")).toLowerCase(),
      shown: true
    });
  }

  function describeCount(visible, filtered) {
    var noun = index.length === 1 ? " option" : " options";
    return filtered ? visible + " of " + index.length + noun : index.length + noun;
  }

  function applySearch(query) {
    var terms = query.toLowerCase().split(/\\s+/).filter(function (term) { return term !== ""; });
    var visible = 0;
    for (var i = 0; i < index.length; i++) {
      var entry = index[i];
      var match = true;
      for (var j = 0; j < terms.length && match; j++) match = entry.text.indexOf(terms[j]) !== -1;
      if (match !== entry.shown) {
        entry.element.hidden = !match;
        entry.shown = match;
      }
      if (match) visible++;
    }
    count.textContent = describeCount(visible, terms.length > 0);
    noResults.hidden = visible !== 0;
  }

  input.addEventListener("input", function () { applySearch(input.value); });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      input.value = "";
      applySearch("");
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
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (target && target.hidden) {
      input.value = "";
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

  applySearch(input.value);
  revealTarget();
})();
`;
