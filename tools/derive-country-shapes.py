#!/usr/bin/env python3
"""Derives marsad-app's country shapes (org/marsad/app/map/countries.json) from Natural Earth 1:50m
admin-0 countries as packaged in the npm package world-atlas 2.0.2 (TopoJSON; Natural Earth is public
domain, world-atlas is ISC) and ISO 3166-1 codes from Debian's iso-codes.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python3 tools/derive-country-shapes.py package/countries-50m.json \
        /usr/share/iso-codes/json/iso_3166-1.json \
        marsad-app/src/main/resources/org/marsad/app/map/countries.json

Rings are simplified (Douglas-Peucker, 0.06 degrees) and rounded to 0.01 degrees; tiny islands keep
their points. Antarctica is left out. Somaliland joins Somalia and Northern Cyprus joins Cyprus (the
UN's map); Kosovo is XK.
"""
import json, sys

TOLERANCE = 0.06
PARTS_OF = {'Somaliland': 'SO', 'N. Cyprus': 'CY', 'Kosovo': 'XK'}


def decode_arcs(topo):
    sx, sy = topo['transform']['scale']
    tx, ty = topo['transform']['translate']
    arcs = []
    for arc in topo['arcs']:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs, indexes):
    points = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc if not points else arc[1:])
    return points


def simplify(points, tolerance):
    if len(points) < 8:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        worst, at = 0.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            d = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm if norm else ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
            if d > worst:
                worst, at = d, i
        if worst > tolerance:
            keep[at] = True
            stack.append((first, at))
            stack.append((at, last))
    kept = [p for p, k in zip(points, keep) if k]
    return kept if len(kept) >= 4 else points


def main(topo_path, iso_path, out_path):
    topo = json.load(open(topo_path))
    iso = json.load(open(iso_path))['3166-1']
    by_numeric = {c['numeric']: c['alpha_2'] for c in iso}
    names = {c['alpha_2']: c.get('common_name', c['name']) for c in iso}
    names['XK'] = 'Kosovo'
    arcs = decode_arcs(topo)
    countries = {}
    for g in topo['objects']['countries']['geometries']:
        name = g['properties']['name']
        if name == 'Antarctica' or g.get('type') is None:
            continue
        iso2 = PARTS_OF.get(name) or by_numeric.get(g.get('id'))
        if iso2 is None:
            print('no ISO code, skipped:', name, g.get('id'), file=sys.stderr)
            continue
        polygons = g['arcs'] if g['type'] == 'MultiPolygon' else [g['arcs']]
        entry = countries.setdefault(iso2, {'iso2': iso2, 'name': names[iso2], 'polygons': []})
        for polygon in polygons:
            rings = [[[round(x, 2), round(y, 2)] for x, y in simplify(ring(arcs, r), TOLERANCE)] for r in polygon]
            entry['polygons'].append(rings)
    out = {
        'format': 'marsad-country-shapes/1',
        'source': 'Natural Earth 1:50m admin-0 countries (public domain) via npm world-atlas 2.0.2 (ISC); '
                  'ISO 3166-1 codes from Debian iso-codes; derived by tools/derive-country-shapes.py',
        'countries': sorted(countries.values(), key=lambda c: c['iso2']),
    }
    with open(out_path, 'w') as f:
        json.dump(out, f, separators=(',', ':'), ensure_ascii=False)
        f.write('\n')
    print(len(countries), 'countries,', sum(len(r) for c in countries.values() for p in c['polygons'] for r in p), 'points', file=sys.stderr)


if __name__ == '__main__':
    main(*sys.argv[1:])
