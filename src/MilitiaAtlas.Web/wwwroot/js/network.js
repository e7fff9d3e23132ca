// The network drawings: /network (its data embedded in the page as JSON, data-graph="ID of the JSON block") and a
// profile's ego network (fetched, data-graph-src="/api/graph?…"). Drawn with cytoscape.js and the fcose layout,
// vendored by tools/vendor-web.sh. Nodes are shaped and coloured by type, edges labelled by predicate and as wide as
// their independent sources; clicking a node opens its profile, clicking an edge lists its evidence in the
// .edge-evidence section beside the drawing (fetched from the edge's evidenceUrl). Article text only ever reaches the page as textContent. Without this
// script the pages still list the same relations (the table on /network, the relations on a profile).
(function () {
  "use strict";
  if (typeof window.cytoscape !== "function") { return; }

  var colours = { person: "#1f5f99", group: "#b3431b", place: "#2f7a3a" };
  var shapes = { person: "ellipse", group: "round-rectangle", place: "diamond" };

  // 0 or 1 independent source: 1.5 px; 2: 3.7; 4: 5.9; 8: 8.1; 11 and more: 9.
  function widthOf(independent) { return Math.min(9, 1.5 + 2.2 * Math.log2(Math.max(1, independent))); }

  // A seeded generator (mulberry32) for the layout's random start: the same network is drawn the same way on every
  // visit (and in the screenshots and tests), where fcose alone would place it anew each time.
  function seeded(seed) {
    return function () {
      seed = (seed + 0x6D2B79F5) | 0;
      var t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function isPath(url) { return typeof url === "string" && url.charAt(0) === "/" && url.charAt(1) !== "/"; }

  function el(tag, text, className) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (className) { e.className = className; }
    return e;
  }

  function link(url, text) {
    var a = el("a", text);
    if (isPath(url)) { a.href = url; }
    a.dir = "auto";
    return a;
  }

  function panelOf(holder) {
    var next = holder.nextElementSibling;
    return next && next.classList.contains("edge-evidence") ? next : null;
  }

  function heading(panel, edge, names) {
    var subject = names[edge.source], object = names[edge.target];
    var h = el("h2", null, "edge-title");
    h.id = (panel.id || "edge") + "-title";
    h.appendChild(link(subject.url, subject.name));
    h.appendChild(document.createTextNode(" " + edge.label + " "));
    h.appendChild(link(object.url, object.name));
    panel.appendChild(h);
    panel.setAttribute("aria-labelledby", h.id);
    var n = edge.independentSources;
    panel.appendChild(el("p", n + " independent source" + (n === 1 ? "" : "s") + ", " + edge.evidence + " sentence" + (edge.evidence === 1 ? "" : "s") + ".", "muted"));
  }

  // What the panel says before a line is clicked (and after it is closed). The panel is shown from the start, so that
  // opening it does not narrow the drawing under the reader's pointer.
  function hint(panel) {
    panel.textContent = "";
    panel.removeAttribute("data-edge");
    panel.removeAttribute("aria-labelledby");
    panel.removeAttribute("aria-busy");
    panel.appendChild(el("p", "Click a line to list the sentences that state it; click an actor to open its profile.", "muted"));
    panel.hidden = false;
  }

  function closeButton(panel) {
    var close = el("button", "Close");
    close.type = "button";
    close.addEventListener("click", function () { hint(panel); });
    panel.appendChild(close);
  }

  // The evidence of one edge: who, what, how well supported, then each cited sentence linked to the reader (fetched
  // from the edge's evidenceUrl when it is clicked).
  function showEdge(panel, edge, names) {
    if (!panel) { return; }
    panel.textContent = "";
    heading(panel, edge, names);
    var status = el("p", "Loading the evidence…", "muted");
    panel.appendChild(status);
    closeButton(panel);
    panel.hidden = false;
    panel.setAttribute("aria-busy", "true");
    var asked = edge.id;
    panel.setAttribute("data-edge", asked);
    fetch(edge.evidenceUrl, { headers: { "Accept": "application/json" } })
      .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
      .then(function (answer) {
        if (panel.getAttribute("data-edge") !== asked) { return; }
        var list = el("ol", null, "evidence");
        answer.citations.forEach(function (c) {
          var li = el("li");
          var a = link(c.url, "");
          a.className = "evidence-quote";
          a.appendChild(el("q", c.quote));
          li.appendChild(a);
          var cite = el("cite", c.source + (c.copy ? " (a copied paragraph: not independent)" : ""));
          cite.dir = "auto";
          li.appendChild(document.createTextNode(" "));
          li.appendChild(cite);
          list.appendChild(li);
        });
        panel.replaceChild(list, status);
        if (edge.evidence > answer.citations.length) {
          var more = el("p", null, "muted");
          var subject = names[edge.source];
          more.appendChild(link(subject.url + "#relations", "All " + edge.evidence + " sentences on the profile of " + subject.name));
          panel.insertBefore(more, list.nextSibling);
        }
        panel.removeAttribute("aria-busy");
      })
      .catch(function () {
        status.textContent = "The evidence could not be loaded.";
        panel.removeAttribute("aria-busy");
      });
  }

  function draw(holder, data) {
    var panel = panelOf(holder);
    if (panel) { hint(panel); }
    var names = {};
    var elements = [];
    data.nodes.forEach(function (n) {
      names[n.id] = n;
      elements.push({ group: "nodes", data: { id: n.id, label: n.name, type: n.type, url: n.url, links: n.links, focus: n.hop === 0 && data.focus ? 1 : 0 } });
    });
    data.edges.forEach(function (e) {
      if (!isPath(e.evidenceUrl)) { return; }
      elements.push({ group: "edges", data: { id: e.id, source: e.source, target: e.target, label: e.label, width: widthOf(e.independentSources), symmetric: e.symmetric ? 1 : 0 } });
    });
    var byId = {};
    data.edges.forEach(function (e) { byId[e.id] = e; });

    var style = [
      { selector: "node", style: {
        "label": "data(label)", "font-family": "system-ui, sans-serif", "font-size": 12, "color": "#1d2327",
        "text-valign": "bottom", "text-margin-y": 3, "text-wrap": "ellipsis", "text-max-width": 120,
        "text-background-color": "#fdfcf9", "text-background-opacity": 0.8, "text-background-padding": 1,
        "width": "mapData(links, 1, 30, 18, 46)", "height": "mapData(links, 1, 30, 18, 46)",
        "border-width": 1, "border-color": "#fff", "min-zoomed-font-size": 5 } },
      { selector: "edge", style: {
        "width": "data(width)", "line-color": "#8a949c", "curve-style": "bezier", "opacity": 0.85,
        "target-arrow-shape": "triangle", "target-arrow-color": "#8a949c", "arrow-scale": 0.8,
        "label": "data(label)", "font-family": "system-ui, sans-serif", "font-size": 9, "color": "#4b555c",
        "text-rotation": "autorotate", "text-background-color": "#fdfcf9", "text-background-opacity": 0.85,
        "text-background-padding": 1, "min-zoomed-font-size": 6 } },
      { selector: "edge[symmetric = 1]", style: { "target-arrow-shape": "none" } },
      { selector: "node[focus = 1]", style: { "border-width": 4, "border-color": "#e07b00" } },
      { selector: ":selected", style: { "line-color": "#e07b00", "target-arrow-color": "#e07b00", "border-color": "#e07b00", "border-width": 3 } }
    ];
    Object.keys(shapes).forEach(function (t) {
      style.push({ selector: "node[type = \"" + t + "\"]", style: { "shape": shapes[t], "background-color": colours[t] } });
    });

    var cy = window.cytoscape({
      container: holder,
      elements: elements,
      style: style,
      boxSelectionEnabled: false,
      autounselectify: false,
      minZoom: 0.1,
      maxZoom: 4
    });
    // For the browser tests and the console: the drawing behind this element.
    holder.cy = cy;

    cy.on("tap", "node", function (evt) {
      var url = evt.target.data("url");
      if (isPath(url)) { window.location.href = url; }
    });
    cy.on("tap", "edge", function (evt) {
      var edge = byId[evt.target.id()];
      if (edge) { showEdge(panel, edge, names); }
    });
    cy.on("mouseover", "node, edge", function () { holder.classList.add("pointing"); });
    cy.on("mouseout", "node, edge", function () { holder.classList.remove("pointing"); });

    var layout = cy.layout({
      name: elements.length > 1 && typeof window.cytoscapeFcose === "function" ? "fcose" : "concentric",
      quality: "default",
      animate: false,
      randomize: true,
      fit: true,
      padding: 30,
      nodeDimensionsIncludeLabels: false,
      idealEdgeLength: 60,
      nodeRepulsion: 6000,
      nodeSeparation: 60
    });
    layout.one("layoutstop", function () { holder.setAttribute("data-ready", "true"); });
    // fcose draws its start from Math.random; without animation it runs to the end synchronously, so the seeded
    // generator stands in for exactly that run.
    var random = Math.random;
    Math.random = seeded(data.nodes.length * 7919 + data.edges.length);
    try { layout.run(); } finally { Math.random = random; }
  }

  function fail(holder, message) {
    holder.textContent = "";
    holder.removeAttribute("role");
    holder.removeAttribute("aria-label");
    holder.classList.add("graph-failed");
    holder.appendChild(el("p", message, "muted"));
  }

  document.querySelectorAll("[data-graph], [data-graph-src]").forEach(function (holder) {
    var inline = holder.getAttribute("data-graph");
    if (inline) {
      var block = document.getElementById(inline);
      if (block) { draw(holder, JSON.parse(block.textContent)); }
      return;
    }
    var src = holder.getAttribute("data-graph-src");
    if (!isPath(src) || !window.fetch) { return; }
    fetch(src, { headers: { "Accept": "application/json" } })
      .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
      .then(function (data) {
        if (data.edges.length === 0) { fail(holder, "No relation to draw."); return; }
        draw(holder, data);
      })
      .catch(function () { fail(holder, "The network could not be loaded."); });
  });
}());
