// Suggestions under the header search box, after the ARIA combobox pattern (list autocomplete):
// the input keeps focus, arrow keys move through the options, Enter opens the one chosen (or
// submits the search when none is), Escape closes the list. Without this script the box is a
// plain form that submits to /search.
(function () {
  "use strict";
  var input = document.getElementById("q");
  if (!input || !input.form || !window.fetch) { return; }

  var listId = input.getAttribute("aria-controls") || "q-suggest";
  var list = document.getElementById(listId);
  if (!list) {
    list = document.createElement("ul");
    list.id = listId;
    list.className = "suggest";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Suggestions");
    list.hidden = true;
    input.form.appendChild(list);
  }

  // Announces how many suggestions there are, since focus stays in the input.
  var status = document.createElement("span");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  input.form.appendChild(status);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", listId);
  input.setAttribute("aria-expanded", "false");

  // The header box shows what the results page was asked for, so that it can be refined.
  if (window.location.pathname === "/search" && !input.value) {
    input.value = new URLSearchParams(window.location.search).get("q") || "";
  }

  var items = [];
  var active = -1;
  var timer = 0;
  var pending = null;

  function close() {
    list.hidden = true;
    list.textContent = "";
    items = [];
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function setActive(i) {
    var options = list.children;
    if (active >= 0 && options[active]) { options[active].setAttribute("aria-selected", "false"); }
    active = i;
    if (active < 0) {
      input.removeAttribute("aria-activedescendant");
      return;
    }
    options[active].setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", options[active].id);
    options[active].scrollIntoView({ block: "nearest" });
  }

  function open(i) {
    if (items[i]) { window.location.href = items[i].url; }
  }

  function render(results) {
    list.textContent = "";
    items = results;
    active = -1;
    results.forEach(function (r, i) {
      var option = document.createElement("li");
      option.id = listId + "-" + i;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      var name = document.createElement("span");
      name.className = "suggest-name";
      name.dir = "auto";
      name.textContent = r.name;
      var kind = document.createElement("span");
      kind.className = "suggest-kind";
      kind.textContent = r.kind;
      option.appendChild(name);
      option.appendChild(kind);
      // mousedown, not click: the input's blur would close the list before a click lands.
      option.addEventListener("mousedown", function (e) {
        e.preventDefault();
        open(i);
      });
      list.appendChild(option);
    });
    list.hidden = results.length === 0;
    input.setAttribute("aria-expanded", results.length > 0 ? "true" : "false");
    input.removeAttribute("aria-activedescendant");
    status.textContent = results.length === 0 ? "" : results.length + (results.length === 1 ? " suggestion" : " suggestions");
  }

  function suggest() {
    var q = input.value.trim();
    if (q.length < 2) {
      close();
      return;
    }
    if (pending) { pending.abort(); }
    pending = new AbortController();
    fetch("/api/suggest?q=" + encodeURIComponent(q), { signal: pending.signal, headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (results) {
        // An answer to an older query is dropped: the user has typed on.
        if (input.value.trim() === q && document.activeElement === input) { render(results); }
      })
      .catch(function () { /* aborted or offline: the form still submits */ });
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(suggest, 150);
  });

  input.addEventListener("keydown", function (e) {
    var count = items.length;
    switch (e.key) {
      case "ArrowDown":
        e.preventDefault();
        if (list.hidden) { suggest(); } else if (count > 0) { setActive((active + 1) % count); }
        break;
      case "ArrowUp":
        if (!list.hidden && count > 0) {
          e.preventDefault();
          setActive(active <= 0 ? count - 1 : active - 1);
        }
        break;
      case "Enter":
        if (!list.hidden && active >= 0) {
          e.preventDefault();
          open(active);
        }
        break;
      case "Escape":
        if (!list.hidden) {
          e.preventDefault();
          close();
        }
        break;
      default:
        break;
    }
  });

  input.addEventListener("blur", close);
})();
