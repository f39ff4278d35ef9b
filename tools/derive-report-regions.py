#!/usr/bin/env python3
"""Derives marsad-app's report regions (regions.tsv) from world-countries (mledoze/countries, ODbL-1.0).

Usage: npm pack world-countries@5.1.0 && tar xzf world-countries-5.1.0.tgz
       python3 tools/derive-report-regions.py package/countries.json > \
         marsad-app/src/main/resources/org/marsad/app/report/regions.tsv

Each ISO 3166-1 alpha-2 code gets one of the report's regions, grouped from the UN geoscheme
region and subregion that world-countries gives; the labels live in ReportText.properties.
"""
import json
import sys

def region(r, sub):
    if r == 'Europe':
        return 'europe'
    if r == 'Americas':
        return 'north_america' if sub == 'North America' else 'latin_america'
    if (r, sub) in (('Asia', 'Western Asia'), ('Africa', 'Northern Africa')):
        return 'middle_east_north_africa'
    if r == 'Africa':
        return 'sub_saharan_africa'
    if (r, sub) == ('Asia', 'Southern Asia'):
        return 'south_asia'
    if (r, sub) == ('Asia', 'Central Asia'):
        return 'central_asia'
    if r == 'Asia':
        return 'east_southeast_asia'
    if r == 'Oceania':
        return 'oceania'
    return 'other'

countries = json.load(open(sys.argv[1], encoding='utf-8'))
print('# marsad report regions v1, from world-countries 5.1.0 (mledoze/countries, ODbL-1.0) region and subregion;'
      ' derived by tools/derive-report-regions.py')
print('alpha2\tregion\tsubregion')
for c in sorted(countries, key=lambda c: c['cca2']):
    print(f"{c['cca2']}\t{region(c['region'], c['subregion'])}\t{c['subregion']}")
