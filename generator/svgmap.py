"""The map of places, drawn at build time as an inline SVG: no tile server, no script, no CDN.

Points are places with coordinates; their size grows with the events at the place and at the
places within it. The view covers the main cluster of points; far-away places (a capital where
talks were held) are listed beside it rather than shrinking the map to a dot.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass
from statistics import median

from markupsafe import Markup

from .records import Place
from .render import Site

WIDTH, HEIGHT, MARGIN = 760, 520, 40
CLUSTER_DEGREES = 3.0  # places further than this from the median point are listed, not drawn


@dataclass
class MapView:
    svg: Markup
    drawn: list[Place]
    elsewhere: list[Place]  # have coordinates, but far from the main cluster
    unmapped: list[Place]  # no coordinates recorded
    events_at: dict[str, int]


def event_counts(site: Site) -> dict[str, int]:
    """Events at each place, counting a town's events for its province too."""
    counts: dict[str, int] = {}
    for event in site.events:
        touched = set()
        for place_id in event.places:
            touched.add(place_id)
            place = site.content.places.get(place_id)
            if place and place.admin1:
                touched.add(place.admin1)
        for place_id in touched:
            counts[place_id] = counts.get(place_id, 0) + 1
    return counts


def build_map(site: Site, link_prefix: str = "../") -> MapView:
    places = sorted(site.content.places.values(), key=lambda p: p.id)
    located = [p for p in places if p.lat is not None and p.lon is not None]
    unmapped = [p for p in places if p.lat is None or p.lon is None]
    counts = event_counts(site)
    if not located:
        return MapView(Markup(""), [], [], unmapped, counts)
    centre_lat, centre_lon = median(p.lat for p in located), median(p.lon for p in located)
    drawn = [p for p in located if abs(p.lat - centre_lat) <= CLUSTER_DEGREES and abs(p.lon - centre_lon) <= CLUSTER_DEGREES]
    elsewhere = [p for p in located if p not in drawn]
    return MapView(_svg(drawn, counts, link_prefix), drawn, elsewhere, unmapped, counts)


def _svg(places: list[Place], counts: dict[str, int], link_prefix: str) -> Markup:
    lat0 = sum(p.lat for p in places) / len(places)
    squash = math.cos(math.radians(lat0))  # equirectangular, true to scale at the middle latitude
    xs = [p.lon * squash for p in places]
    ys = [p.lat for p in places]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 0.5) * 1.15
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    scale = min(WIDTH - 2 * MARGIN, HEIGHT - 2 * MARGIN) / span

    def project(lat: float, lon: float) -> tuple[float, float]:
        return WIDTH / 2 + (lon * squash - cx) * scale, HEIGHT / 2 - (lat - cy) * scale

    parts = [f'<svg viewBox="0 0 {WIDTH} {HEIGHT}" role="group" aria-labelledby="map-title" xmlns="http://www.w3.org/2000/svg">',
             '<title id="map-title">Map of the places in the chronology</title>']
    step = 0.5 if span < 4 else 1.0
    lat_min, lat_max = cy - span / 2, cy + span / 2
    lon_min, lon_max = (cx - span * WIDTH / HEIGHT / 2) / squash, (cx + span * WIDTH / HEIGHT / 2) / squash
    lat = math.floor(lat_min / step) * step
    while lat <= lat_max:
        _, y = project(lat, 0)
        parts.append(f'<line class="chronology-map__graticule" x1="0" x2="{WIDTH}" y1="{y:.1f}" y2="{y:.1f}"/>'
                     f'<text class="chronology-map__label" x="4" y="{y - 3:.1f}">{lat:.1f}°N</text>')
        lat += step
    lon = math.floor(lon_min / step) * step
    while lon <= lon_max:
        x, _ = project(0, lon)
        if 0 <= x <= WIDTH:
            parts.append(f'<line class="chronology-map__graticule" y1="0" y2="{HEIGHT}" x1="{x:.1f}" x2="{x:.1f}"/>'
                         f'<text class="chronology-map__label" y="{HEIGHT - 4}" x="{x + 3:.1f}">{lon:.1f}°E</text>')
        lon += step
    for place in sorted(places, key=lambda p: (-counts.get(p.id, 0), p.id)):
        x, y = project(place.lat, place.lon)
        n = counts.get(place.id, 0)
        radius = 4 + 3 * math.sqrt(n)
        name = html.escape(place.name)
        label = f"{name}: {n} event{'s' if n != 1 else ''}"
        parts.append(f'<a href="{link_prefix}{place.id}/"><title>{label}</title>'
                     f'<circle class="chronology-map__point" cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}"/>'
                     f'<text class="chronology-map__label" x="{x + radius + 3:.1f}" y="{y + 4:.1f}">{name}</text></a>')
    parts.append("</svg>")
    return Markup("".join(parts))
