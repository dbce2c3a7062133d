"""The basemap for the places map: Natural Earth country outlines (npm ``world-atlas``, TopoJSON).

The web app serves the whole 1:50m topology; the static briefing inlines only the countries around the
story's main cluster of places (:func:`focus`, :func:`crop`), still as TopoJSON so that topojson-client
decodes it in the page, plus the 1:110m land outline for a world overview: the file stays small even when
the coverage also names Alaska or Japan.
"""

from __future__ import annotations

import json
import math
from functools import cache
from importlib import resources
from typing import Any

Topology = dict[str, Any]
BBox = tuple[float, float, float, float]  # west, south, east, north


def static_file(name: str) -> str:
    """A text file from the web app's static folder (the one stylesheet and script both outputs share)."""
    return (resources.files("newsdossier.web") / "static" / name).read_text(encoding="utf-8")


@cache
def world() -> Topology:
    return json.loads(static_file("vendor/world-atlas/countries-50m.json"))


@cache
def land() -> Topology:
    return json.loads(static_file("vendor/world-atlas/land-110m.json"))


def km_between(a: tuple[float, float], b: tuple[float, float]) -> float:
    (lat1, lon1), (lat2, lon2) = (map(math.radians, a)), (map(math.radians, b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def focus(points: list[tuple[float, float, float]], core_km: float = 400, reach_km: float = 700
          ) -> list[tuple[float, float]]:
    """The (lat, lon) points around where the story happens: centred on the point with the most weight
    (mentions) within ``core_km``, keeping those within ``reach_km`` of it."""
    if not points:
        return []
    centre = max(points, key=lambda p: sum(q[2] for q in points if km_between(p[:2], q[:2]) <= core_km))
    return [p[:2] for p in points if km_between(centre[:2], p[:2]) <= reach_km]


def _arc_points(topology: Topology) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:  # quantised arcs are delta-encoded
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        decoded.append(points)
    return decoded


def _arc_ids(arcs: Any) -> list[int]:
    if isinstance(arcs, int):
        return [arcs]
    return [i for part in arcs for i in _arc_ids(part)]


def _renumber(arcs: Any, new: dict[int, int]) -> Any:
    if isinstance(arcs, int):  # a negative index ~i means arc i reversed
        return new[arcs] if arcs >= 0 else ~new[~arcs]
    return [_renumber(part, new) for part in arcs]


def region(points: list[tuple[float, float]], pad: float = 0.35, minimum: float = 4.0,
           aspect: float = 1.8) -> BBox:
    """A box around (lat, lon) points, padded so that the neighbouring countries show, and widened or
    heightened to ``aspect`` (width over height once longitudes are scaled by the cosine of the latitude)."""
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    cx, cy = (max(lons) + min(lons)) / 2, (max(lats) + min(lats)) / 2
    k = max(math.cos(math.radians(cy)), 0.2)
    half_w = max((max(lons) - min(lons)) * (0.5 + pad), minimum)
    half_h = max((max(lats) - min(lats)) * (0.5 + pad), minimum / 2)
    if half_w * k / half_h < aspect:
        half_w = aspect * half_h / k
    else:
        half_h = half_w * k / aspect
    return (max(cx - half_w, -180), max(cy - half_h, -90), min(cx + half_w, 180), min(cy + half_h, 90))


def crop(topology: Topology, box: BBox) -> Topology:
    """The countries of ``topology`` that reach into ``box`` (only their polygons that do), with only the
    arcs they use: France without French Guiana, Russia without Chukotka."""
    west, south, east, north = box
    points = _arc_points(topology)

    def inside(polygon: Any) -> bool:
        # A vertex in the box, or a box wholly inside the polygon; bounding boxes alone fail for polygons
        # cut at the antimeridian, whose boxes span the globe.
        ring = [p for i in _arc_ids(polygon) for p in points[i if i >= 0 else ~i]]
        if any(west <= x <= east and south <= y <= north for x, y in ring):
            return True
        xs, ys = [x for x, _ in ring], [y for _, y in ring]
        return bool(ring) and max(xs) - min(xs) < 180 and min(xs) <= west and max(xs) >= east \
            and min(ys) <= south and max(ys) >= north

    keep = []
    for geometry in next(iter(topology["objects"].values()))["geometries"]:
        arcs = geometry.get("arcs", [])
        polygons = [p for p in (arcs if geometry.get("type") == "MultiPolygon" else [arcs]) if inside(p)]
        if polygons:
            keep.append({"type": "MultiPolygon", "arcs": polygons, "id": geometry.get("id"),
                         "properties": {"name": geometry.get("properties", {}).get("name")}})
    new = {old: i for i, old in enumerate(dict.fromkeys(i if i >= 0 else ~i for g in keep
                                                         for i in _arc_ids(g["arcs"])))}
    for geometry in keep:
        geometry["arcs"] = _renumber(geometry["arcs"], new)
    return {"type": "Topology", "transform": topology["transform"], "bbox": list(box),
            "objects": {"shapes": {"type": "GeometryCollection", "geometries": keep}},
            "arcs": [topology["arcs"][old] for old in new]}
