/**
 * bench:linktext — our vague-link-text rule against Lighthouse's link-text audit (its phrase
 * lists, distilled in bench/reference/linktext/lighthouse.json, with the audit's own matching:
 * trimmed, lower-cased, exact; a full http(s) URL as text always fails).
 *
 * Cases: every Lighthouse phrase in a post that names its language (`lang:`), every phrase in a
 * post without a language field whose prose is in that language, full URLs used as link text,
 * and descriptive link texts in each language (which neither should flag).
 */
import { analyze } from '../../src/core/analyze';
import { linkTextPhrases } from '../../src/core/links/vague-text';
import lighthouse from './linktext/lighthouse.json';
import { pct, table } from './peers';

const phrases = lighthouse.phrases as Record<string, string[]>;

/** Lighthouse's decision for a link text in a page of language `lang` (undefined: not known). */
function lighthouseFlags(text: string, lang: string | undefined): boolean {
  const t = text.trim();
  try {
    const u = new URL(t);
    if (u.protocol === 'http:' || u.protocol === 'https:') return true;
  } catch {
    /* not a URL */
  }
  const term = t.toLowerCase();
  if (lang) return phrases[lang]?.includes(term) ?? false;
  return Object.values(phrases).some((list) => list.includes(term));
}

/** A sentence of ordinary prose per language, so a post without a `lang` field still reads as that language. */
const PROSE: Record<string, string> = {
  en: 'We shipped the new release this week and the notes list every change that matters to you.',
  de: 'Wir haben die neue Version diese Woche veröffentlicht und die Hinweise nennen alle Änderungen, die für Sie wichtig sind.',
  es: 'Hemos publicado la nueva versión esta semana y las notas recogen todos los cambios que son importantes para usted.',
  fr: 'Nous avons publié la nouvelle version cette semaine et les notes décrivent tous les changements qui comptent pour vous.',
  pt: 'Publicamos a nova versão esta semana e as notas descrevem todas as mudanças que são importantes para você.',
  sv: 'Vi släppte den nya versionen den här veckan och anteckningarna listar alla ändringar som är viktiga för dig.',
  ja: '今週新しいバージョンを公開しました。変更点はリリースノートにまとめています。',
  ko: '이번 주에 새 버전을 출시했으며 릴리스 노트에 모든 변경 사항을 정리했습니다.',
  ta: 'இந்த வாரம் புதிய பதிப்பை வெளியிட்டோம், எல்லா மாற்றங்களும் குறிப்புகளில் உள்ளன.',
  fa: 'این هفته نسخه جدید را منتشر کردیم و همه تغییرات مهم در یادداشت‌ها آمده است.',
};

/** Link texts that say where they go: neither tool should flag them. */
const DESCRIPTIVE: [string, string][] = [
  ['en', 'the 2026 release notes'],
  ['en', 'read the installation guide'],
  ['en', 'Kubernetes documentation'],
  ['en', 'see the conference schedule'],
  ['en', 'more about our pricing'],
  ['de', 'die Installationsanleitung'],
  ['de', 'mehr über die Preise'],
  ['es', 'la guía de instalación'],
  ['es', 'más sobre los precios'],
  ['fr', "le guide d'installation"],
  ['pt', 'o guia de instalação'],
  ['sv', 'installationsguiden'],
  ['ja', 'インストールガイド'],
  ['ko', '설치 안내서'],
  ['fa', 'راهنمای نصب'],
];

const URL_TEXTS = ['https://example.org/docs/install', 'http://example.com', 'https://www.example.org/2026/01/post?ref=1'];

interface Case {
  group: string;
  lang?: string;
  text: string;
  expected: boolean;
}

function post(text: string, lang: string | undefined, proseLang: string, href: string): string {
  const fm = lang ? `---\ntitle: A post\nlang: ${lang}\n---\n\n` : '---\ntitle: A post\n---\n\n';
  return `${fm}${PROSE[proseLang] ?? PROSE.en} [${text}](${href}) ${PROSE[proseLang] ?? PROSE.en}\n`;
}

function oursFlags(c: Case, withLangField: boolean): boolean {
  const proseLang = c.lang ?? 'en';
  const report = analyze(post(c.text, withLangField ? c.lang : undefined, proseLang, c.text.startsWith('http') ? c.text : 'https://example.org/page'), { preview: false, suggestions: false });
  return report.diagnostics.some((d) => d.ruleId === 'vague-link-text');
}

const groups: Record<string, { agree: number; total: number; misses: string[] }> = {};
const record = (group: string, agree: boolean, label: string) => {
  const g = (groups[group] ??= { agree: 0, total: 0, misses: [] });
  g.total++;
  if (agree) g.agree++;
  else g.misses.push(label);
};

for (const [lang, list] of Object.entries(phrases)) {
  for (const text of list) {
    const c: Case = { group: lang, lang, text, expected: true };
    record(`${lang}, lang field`, oursFlags(c, true) === lighthouseFlags(text, lang), text);
    record(`${lang}, no lang field`, oursFlags(c, false) === lighthouseFlags(text, undefined), text);
  }
}
for (const text of URL_TEXTS) record('URL as link text', oursFlags({ group: 'url', text, expected: true }, false) === lighthouseFlags(text, undefined), text);
for (const [lang, text] of DESCRIPTIVE) {
  const c: Case = { group: 'descriptive', lang, text, expected: false };
  record('descriptive texts', oursFlags(c, true) === lighthouseFlags(text, lang), `${lang}: ${text}`);
}

console.log(`bench:linktext — ${lighthouse.list}, ${lighthouse.version}`);
const rows: (string | number)[][] = [['cases', 'same verdict', 'agreement', 'we differ on']];
let agree = 0;
let total = 0;
for (const [name, g] of Object.entries(groups)) {
  agree += g.agree;
  total += g.total;
  rows.push([name, `${g.agree}/${g.total}`, pct(g.agree, g.total), g.misses.slice(0, 6).join(' | ') + (g.misses.length > 6 ? ' …' : '')]);
}
rows.push(['all', `${agree}/${total}`, pct(agree, total), '']);
console.log('\n' + table(rows));
const ours = linkTextPhrases();
const beyond = Object.entries(ours).map(([lang, list]) => [lang, list.filter((p) => !phrases[lang]?.includes(p.toLowerCase()))] as const);
console.log(`\nPhrases we flag beyond Lighthouse's lists (not counted above): ${beyond.map(([l, b]) => `${l} ${b.length}`).join(', ')}.`);
const missing = Object.entries(phrases).flatMap(([lang, list]) => list.filter((p) => !ours[lang]?.includes(p)).map((p) => `${lang}: ${p}`));
console.log(`Lighthouse phrases missing from our lists: ${missing.length ? missing.join(', ') : 'none'}.`);
