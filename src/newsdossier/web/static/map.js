// The web app's map: Leaflet with no tile layer, over Natural Earth country outlines (world-atlas TopoJSON,
// decoded by topojson-client), both served by the app itself. Place names go in with textContent only.
(function () {
  "use strict";
  var holder = document.getElementById("map"), dataEl = document.getElementById("map-data");
  if (!holder || !dataEl || !window.L) return;
  var data = JSON.parse(dataEl.textContent);
  var map = L.map(holder, {zoomSnap: 0.25, worldCopyJump: true, minZoom: 1, maxZoom: 10});
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Natural Earth via world-atlas");

  fetch(holder.dataset.topology).then(function (r) { return r.json(); }).then(function (topo) {
    L.geoJSON(topojson.feature(topo, topo.objects.countries), {
      style: {color: "#9aa3ad", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1},
      interactive: false
    }).addTo(map).bringToBack();
  });

  function node(tag, text, cls) {
    var el = document.createElement(tag);
    if (text !== undefined) el.textContent = text;
    if (cls) el.className = cls;
    return el;
  }
  var most = Math.max.apply(null, data.places.map(function (p) { return p.mentions; }).concat([1]));
  var labelled = [];
  var markers = data.places.map(function (p) {
    var marker = L.circleMarker([p.lat, p.lon], {
      radius: 5 + 7 * Math.sqrt(p.mentions / most), color: "#ffffff", weight: 2, fillColor: "#b42318",
      fillOpacity: 0.9, className: "place-marker"
    }).addTo(map);
    var tip = node("span", p.name, "place-tip");
    // Names stay on for the most-mentioned places that are not crowded by one already named.
    var crowded = labelled.some(function (q) { return Math.abs(q.lat - p.lat) < 0.9 && Math.abs(q.lon - p.lon) < 2.2; });
    var permanent = labelled.length < 8 && !crowded;
    if (permanent) labelled.push(p);
    marker.bindTooltip(tip, {permanent: permanent, direction: "right", offset: [8, 0]});
    var pop = node("div");
    pop.appendChild(node("strong", p.name));
    pop.appendChild(node("div", p.mentions + " mention" + (p.mentions === 1 ? "" : "s") + (p.country ? " · " + p.country : "")));
    pop.appendChild(node("div", p.outlets.join(", ")));
    var link = node("a", "Every mention →");
    link.href = "/item/" + encodeURIComponent(p.id);
    pop.appendChild(link);
    marker.bindPopup(pop);
    return marker;
  });
  var box = data.focus;
  if (box) {
    map.fitBounds([[box[1], box[0]], [box[3], box[2]]]);
  } else if (markers.length) {
    map.fitBounds(L.featureGroup(markers).getBounds().pad(0.3));
  } else {
    map.setView([20, 0], 2);
  }
  holder.dataset.ready = String(markers.length);
})();
