// Scrolls the highlighted citation into view when the page opens with ?hl= and no other fragment.
(function () {
  var mark = document.getElementById("hl");
  if (!mark) { return; }
  var details = mark.closest("details");
  if (details) { details.open = true; }
  if (!location.hash || location.hash === "#hl") {
    mark.scrollIntoView({ block: "center" });
  }
  mark.setAttribute("tabindex", "-1");
  mark.focus({ preventScroll: true });
})();
