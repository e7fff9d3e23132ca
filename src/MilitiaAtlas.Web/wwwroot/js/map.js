// The map (/map: its places embedded in the page as JSON, data-map="ID of the JSON block") and a place's locator map
// (data-locator with data-lat, data-lon, data-name). Both draw Natural Earth's country shapes from the vendored
// world-atlas file (data-shapes) with d3-geo and topojson-client, as SVG built element by element: no map service, no
// markup from data. Each place of /map is a link to its profile. Without this script /map still lists the places in a
// table, and a profile still gives the coordinates.
(function () {
  "use strict";
  var d3 = window.d3, topojson = window.topojson;
  if (!d3 || typeof d3.geoPath !== "function" || !topojson || !window.fetch) { return; }

  var NS = "http://www.w3.org/2000/svg";
  var countries = {};

  function svg(tag, attrs, parent) {
    var e = document.createElementNS(NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(e); }
    return e;
  }

  function isPath(url) { return typeof url === "string" && url.charAt(0) === "/" && url.charAt(1) !== "/"; }

  function shapes(url) {
    if (!countries[url]) {
      countries[url] = fetch(url)
        .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
        .then(function (world) { return topojson.feature(world, world.objects.countries).features; });
    }
    return countries[url];
  }

  // The box around some points, widened by at least `pad` degrees, as the four corners d3-geo fits a projection to.
  function box(points, pad) {
    var lons = points.map(function (p) { return p[0]; }), lats = points.map(function (p) { return p[1]; });
    var x0 = Math.min.apply(null, lons), x1 = Math.max.apply(null, lons), y0 = Math.min.apply(null, lats), y1 = Math.max.apply(null, lats);
    var dx = Math.max(pad, (x1 - x0) * 0.15), dy = Math.max(pad, (y1 - y0) * 0.15);
    x0 = Math.max(-180, x0 - dx); x1 = Math.min(180, x1 + dx); y0 = Math.max(-85, y0 - dy); y1 = Math.min(85, y1 + dy);
    return { type: "MultiPoint", coordinates: [[x0, y0], [x1, y0], [x0, y1], [x1, y1], [(x0 + x1) / 2, y0], [(x0 + x1) / 2, y1]] };
  }

  function base(holder, width, height, points, pad, label) {
    var projection = d3.geoEqualEarth().fitExtent([[12, 12], [width - 12, height - 12]], box(points, pad));
    var root = svg("svg", { viewBox: "0 0 " + width + " " + height, "aria-label": label });
    var title = svg("title", {}, root);
    title.textContent = label;
    var path = d3.geoPath(projection);
    var land = svg("g", { "aria-hidden": "true" }, root);
    return { projection: projection, svg: root, draw: function (features) {
      features.forEach(function (f) {
        var d = path(f);
        if (d) { svg("path", { d: d, "class": "country" }, land); }
      });
    } };
  }

  function drawMap(holder) {
    var block = document.getElementById(holder.getAttribute("data-map"));
    if (!block) { return; }
    var data = JSON.parse(block.textContent);
    var places = data.places.filter(function (p) { return typeof p.lat === "number" && typeof p.lon === "number"; });
    if (places.length === 0) { return; }
    var width = 1000, height = 560;
    var map = base(holder, width, height, places.map(function (p) { return [p.lon, p.lat]; }), 4,
      "Map of " + places.length + " place" + (places.length === 1 ? "" : "s") + "; each is a link to its profile");
    map.svg.setAttribute("role", "group");
    shapes(holder.getAttribute("data-shapes")).then(map.draw, function () { /* the places still show without the countries */ })
      .then(function () {
        var dots = svg("g", {}, map.svg);
        var most = Math.max.apply(null, places.map(function (p) { return p.events + p.mentions; })) || 1;
        var labels = [];
        // A label goes to the right of its circle unless it would cover one already placed: at most 14, largest places first.
        function label(p, xy, r) {
          var box = { x0: xy[0] + r + 2, y0: xy[1] - 8, x1: xy[0] + r + 4 + 6.6 * p.name.length, y1: xy[1] + 6 };
          if (labels.length >= 14 || box.x1 > width || labels.some(function (b) { return box.x0 < b.x1 && b.x0 < box.x1 && box.y0 < b.y1 && b.y0 < box.y1; })) { return; }
          labels.push(box);
          svg("text", { x: (box.x0 + 1).toFixed(1), y: (xy[1] + 4).toFixed(1), "class": "place-label", "aria-hidden": "true" }, dots).textContent = p.name;
        }
        // Largest first, so that a small place on top of a large one can still be clicked.
        places.slice().sort(function (a, b) { return (b.events + b.mentions) - (a.events + a.mentions); }).forEach(function (p) {
          var xy = map.projection([p.lon, p.lat]);
          if (!xy || !isPath(p.url)) { return; }
          var name = p.name + ": " + p.events + " event" + (p.events === 1 ? "" : "s") + ", " + p.mentions + " mention" + (p.mentions === 1 ? "" : "s");
          var a = svg("a", { href: p.url, "aria-label": name, "class": "place-link" }, dots);
          a.setAttribute("data-id", p.id);
          var r = 3 + 21 * Math.sqrt((p.events + p.mentions) / most);
          var c = svg("circle", { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: r.toFixed(1), "class": "place" }, a);
          svg("title", {}, c).textContent = name;
          label(p, xy, r);
        });
        holder.textContent = "";
        holder.appendChild(map.svg);
        holder.setAttribute("data-ready", "true");
      });
  }

  function drawLocator(holder) {
    var lat = parseFloat(holder.getAttribute("data-lat")), lon = parseFloat(holder.getAttribute("data-lon"));
    if (isNaN(lat) || isNaN(lon)) { return; }
    var name = holder.getAttribute("data-name") || "";
    var map = base(holder, 360, 220, [[lon, lat]], 12, "Locator map: " + name + " at " + lat + ", " + lon);
    map.svg.setAttribute("role", "img");
    shapes(holder.getAttribute("data-shapes")).then(map.draw, function () { /* the dot still shows */ })
      .then(function () {
        var xy = map.projection([lon, lat]);
        if (xy) {
          svg("circle", { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: 6, "class": "place" }, map.svg);
        }
        holder.textContent = "";
        holder.appendChild(map.svg);
        holder.setAttribute("data-ready", "true");
      });
  }

  document.querySelectorAll("[data-map]").forEach(drawMap);
  document.querySelectorAll("[data-locator]").forEach(drawLocator);
}());
