/*
 * Title suggestions under the header search box (ARIA 1.2 combobox with a listbox popup).
 * Progressive enhancement: without this script the box is a plain GET form. Arrow keys move
 * through the suggestions, Enter opens the chosen one, Escape closes the list; a polite live
 * region says how many suggestions there are. The words come translated from the form's
 * data attributes. No framework, nothing fetched from elsewhere.
 */
(function () {
  "use strict";
  var form = document.querySelector("form.site-search[data-suggestions-url]");
  if (!form || !window.fetch) { return; }
  var input = form.querySelector('input[name="q"]');
  var wrapper = input.parentNode;
  var list = document.createElement("ul");
  var status = document.createElement("div");
  var label = form.getAttribute("data-suggestions-label") || "Suggestions";
  var timer = null;
  var controller = null;
  var active = -1;

  list.id = input.id + "-suggestions";
  list.className = "site-search__suggestions";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", label);
  list.hidden = true;
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  wrapper.appendChild(list);
  wrapper.appendChild(status);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");

  function options() { return list.querySelectorAll('[role="option"]'); }

  function close() {
    list.hidden = true;
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function highlight(index) {
    var items = options();
    if (!items.length) { return; }
    active = (index + items.length) % items.length;
    for (var i = 0; i < items.length; i++) {
      items[i].setAttribute("aria-selected", i === active ? "true" : "false");
    }
    input.setAttribute("aria-activedescendant", items[active].id);
  }

  function show(suggestions) {
    list.textContent = "";
    suggestions.forEach(function (suggestion, index) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      item.id = list.id + "-" + index;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      link.href = suggestion.url;
      link.tabIndex = -1;
      link.textContent = suggestion.title;
      item.appendChild(link);
      list.appendChild(item);
    });
    var count = suggestions.length;
    status.textContent = count ? label + ": " + count : "";
    if (count) {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    } else {
      close();
    }
  }

  function fetchSuggestions() {
    var query = input.value.trim();
    if (query.length < 2) { show([]); return; }
    if (controller) { controller.abort(); }
    controller = new AbortController();
    var url = form.getAttribute("data-suggestions-url") + "?q=" + encodeURIComponent(query);
    fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
      .then(function (data) { show(data.suggestions || []); })
      .catch(function () { /* aborted or offline: the plain form still works */ });
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(fetchSuggestions, 150);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" && !list.hidden) { event.preventDefault(); highlight(active + 1); }
    else if (event.key === "ArrowUp" && !list.hidden) { event.preventDefault(); highlight(active - 1); }
    else if (event.key === "Escape") { close(); }
    else if (event.key === "Enter" && active >= 0 && !list.hidden) {
      event.preventDefault();
      window.location.href = options()[active].querySelector("a").href;
    }
  });
  input.addEventListener("blur", function () { window.setTimeout(close, 150); });
  list.addEventListener("mousedown", function (event) { event.preventDefault(); });
})();
