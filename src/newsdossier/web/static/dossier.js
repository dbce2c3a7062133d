// Shared by the static briefing (inlined) and the web app: highlight the sentence a link points at, draw
// the offline SVG map, and (web app only) show an item's group across outlets when it is clicked.
// Article-derived text is only ever inserted with textContent or as server-escaped HTML.
(function () {
  "use strict";

  // An anchor id is "<article id>-<start>-<end>": light up the runs of that article inside [start, end).
  function highlight() {
    document.querySelectorAll(".run.hl").forEach(function (r) { r.classList.remove("hl"); });
    var m = /^(.*)-(\d+)-(\d+)$/.exec(decodeURIComponent(location.hash.slice(1)));
    if (!m) return;
    var text = document.getElementById("text-" + m[1]);
    if (!text) return;
    var s = +m[2], e = +m[3];
    text.querySelectorAll(".run").forEach(function (r) {
      if (+r.dataset.s >= s && +r.dataset.e <= e) r.classList.add("hl");
    });
  }
  window.addEventListener("hashchange", highlight);
  highlight();

  // Equirectangular SVG map of places over TopoJSON outlines (no tiles, no network). Labels only where the
  // map is zoomed in; the world overview marks the zoomed-in box instead.
  function svgMap(holder, topology, places, opts) {
    var NS = "http://www.w3.org/2000/svg", b = topology.bbox;
    var k = Math.cos(((b[1] + b[3]) / 2) * Math.PI / 180), W = (b[2] - b[0]) * k, H = b[3] - b[1];
    function x(lon) { return (lon - b[0]) * k; }
    function y(lat) { return b[3] - lat; }
    function el(name, attrs, text) {
      var node = document.createElementNS(NS, name);
      Object.keys(attrs).forEach(function (a) { node.setAttribute(a, attrs[a]); });
      if (text !== undefined) {
        var title = document.createElementNS(NS, "title");
        title.textContent = text;
        node.appendChild(title);
      }
      return node;
    }
    var svg = el("svg", {viewBox: "0 0 " + W.toFixed(3) + " " + H.toFixed(3), "class": "map " + opts.cls});
    svg.style.aspectRatio = (W / H).toFixed(4);
    var shapes = topojson.feature(topology, topology.objects.shapes);
    (shapes.features || [shapes]).forEach(function (f) {
      if (!f.geometry) return;
      var polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
      var d = polys.map(function (rings) {
        return rings.map(function (ring) {
          // A ring cut at the antimeridian jumps across the map: lift the pen there instead of drawing.
          return ring.map(function (p, i) {
            var jump = i === 0 || Math.abs(p[0] - ring[i - 1][0]) > 180;
            return (jump ? "M" : "L") + x(p[0]).toFixed(3) + " " + y(p[1]).toFixed(3);
          }).join("") + "Z";
        }).join("");
      }).join("");
      svg.appendChild(el("path", {d: d, "class": "land"}, (f.properties && f.properties.name) || undefined));
    });
    if (opts.box) {
      var bx = opts.box;
      svg.appendChild(el("rect", {x: x(bx[0]), y: y(bx[3]), width: (bx[2] - bx[0]) * k, height: bx[3] - bx[1], "class": "focus"}));
    }
    var r = W / (opts.labels ? 140 : 220), font = W / 60, taken = [];
    // Most-mentioned first; a label that would overlap one already placed is left out (its dot stays,
    // with the name as a tooltip).
    function free(box) {
      return taken.every(function (t) { return box[0] > t[2] || box[2] < t[0] || box[1] > t[3] || box[3] < t[1]; });
    }
    places.forEach(function (p) {  // dots first, so that no label covers one
      taken.push([x(p.lon) - r, y(p.lat) - r, x(p.lon) + r, y(p.lat) + r]);
    });
    places.forEach(function (p) {
      if (p.lon < b[0] || p.lon > b[2] || p.lat < b[1] || p.lat > b[3]) return;
      svg.appendChild(el("circle", {cx: x(p.lon), cy: y(p.lat), r: r, "class": "place", "data-place": p.id},
                         p.name + " (" + p.mentions + " mentions)"));
      if (!opts.labels) return;
      var w = p.name.length * font * 0.62, top = y(p.lat) - font * 0.6, bottom = y(p.lat) + font * 0.6;
      var right = [x(p.lon) + r * 1.3, top, x(p.lon) + r * 2 + w, bottom];
      var left = [x(p.lon) - r * 2 - w, top, x(p.lon) - r * 1.3, bottom];
      var box = free(right) ? right : free(left) ? left : null;
      if (!box) return;
      taken.push(box);
      var label = el("text", {x: box === right ? x(p.lon) + r * 1.6 : x(p.lon) - r * 1.6, y: y(p.lat) + font / 3,
                              "font-size": font, "stroke-width": font / 5, "class": "place-label",
                              "text-anchor": box === right ? "start" : "end"});
      label.textContent = p.name;
      svg.appendChild(label);
    });
    holder.appendChild(svg);
  }
  var dataEl = document.getElementById("map-data"), focusEl = document.getElementById("map");
  if (dataEl && focusEl && focusEl.dataset.kind !== "leaflet" && window.topojson) {
    var data = JSON.parse(dataEl.textContent);
    svgMap(focusEl, data.focus, data.places, {cls: "focus", labels: true});
    var worldEl = document.getElementById("world-map");
    if (worldEl) svgMap(worldEl, data.world, data.places, {cls: "world", labels: false, box: data.focus.bbox});
  }

  // Web app: clicking a highlighted run loads the innermost item's group into the side panel.
  var panel = document.getElementById("panel");
  if (panel) {
    document.addEventListener("click", function (ev) {
      var run = ev.target.closest && ev.target.closest(".run[data-items]");
      if (!run) return;
      var item = run.dataset.items.split(" ")[0];
      if (!/^[a-z]-[0-9a-z]+$/.test(item)) return;
      document.querySelectorAll(".run.active").forEach(function (r) { r.classList.remove("active"); });
      document.querySelectorAll('.run[data-items~="' + item + '"]').forEach(function (r) { r.classList.add("active"); });
      fetch("/fragment/item/" + item).then(function (resp) {
        if (!resp.ok) throw new Error(resp.status);
        return resp.text();
      }).then(function (html) {
        panel.innerHTML = html;  // server-rendered, autoescaped
        panel.dataset.item = item;
      }).catch(function () { panel.textContent = "Could not load this item."; });
    });
  }

  // Web app started with --allow-ingest: add a pasted page, then show the updated story.
  var form = document.getElementById("ingest-form");
  if (form) {
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var out = document.getElementById("ingest-result");
      out.textContent = "Adding…";
      fetch("/api/ingest", {method: "POST", headers: {"Content-Type": "application/json"},
                            body: JSON.stringify({text: form.elements.text.value, format: form.elements.format.value})})
        .then(function (r) { return r.json().then(function (body) { return [r.ok, body]; }); })
        .then(function (res) {
          if (!res[0]) { out.textContent = res[1].error || "Could not add this page."; return; }
          out.textContent = "Added " + res[1].new_articles + " new article(s).";
          if (res[1].new_articles) location.reload();
        })
        .catch(function () { out.textContent = "Could not add this page."; });
    });
  }
})();
