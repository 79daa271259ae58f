import type { Token, Tokens } from 'marked';
import type { Lang } from './language';

/** A section of release notes named by the kind of change it lists, and how many items it lists. */
export interface ChangeSection {
  kind: ChangeKind;
  count: number;
  /** The first heading of this kind. */
  heading: Token;
}

type ChangeKind = 'features' | 'improvements' | 'performance' | 'fixes' | 'security' | 'docs' | 'breaking' | 'deprecations';

/**
 * Release notes generated from a changelog ("## Features", "## Bug Fixes", "## Documentation",
 * each a list of commits) have little prose and few specific headings; their authors describe
 * them by what kinds of change they bring ("This release adds some new features and fixes several
 * bugs"). The headings are recognized in every language the suggester writes in (a Spanish post
 * may keep English headings, or write "Correcciones de errores"); the phrases are the post's own
 * language's (`CHANGE_PHRASES`).
 */
const KINDS: ReadonlyArray<readonly [RegExp, ChangeKind]> = [
  [/^(?:new )?features?(?: (?:and|&) (?:improvements|enhancements))?$|^added$|^nuevas? (?:funcionalidad(?:es)?|características?|funciones?)$|^novedades$|^nov[oa]s? (?:funcionalidades?|recursos?)$|^novidades$|^nouvelles? fonctionnalités?$|^nouveautés$|^neue (?:funktionen|features)$|^neuerungen$|^新功能$|^新特性$|^新機能$/, 'features'],
  [/^(?:minor |major )?(?:enhancements?|improvements?)$|^changed$|^mejoras?$|^melhorias?$|^améliorations?$|^verbesserungen$|^(?:功能)?(?:改进|优化)$|^(?:機能)?改善$/, 'improvements'],
  [/^performance(?: improvements?)?$|^(?:mejoras de )?rendimiento$|^(?:melhorias de )?desempenho$|^performances?$|^améliorations des performances$|^leistung(?:sverbesserungen)?$|^性能(?:优化|改进)?$|^パフォーマンス(?:改善)?$/, 'performance'],
  [/^(?:bug ?fix(?:es)?|fix(?:es|ed)?|bugs?(?: fixed)?)$|^correcci(?:ón|ones)(?: de (?:errores|bugs))?$|^errores corregidos$|^correç(?:ão|ões)(?: de (?:bugs?|erros?))?$|^bugs corrigidos$|^corrections?(?: de bugs?)?$|^correctifs$|^bugs corrigés$|^fehlerbehebungen$|^bugfixes$|^behobene fehler$|^(?:错误|问题|缺陷|bug ?)?修复$|^(?:バグ|不具合)修正$/, 'fixes'],
  [/^security(?: fix(?:es)?| updates?)?$|^seguridad$|^segurança$|^sécurité$|^sicherheit$|^安全(?:修复)?$|^セキュリティ$/, 'security'],
  [/^(?:documentation|docs)(?: (?:changes|updates|improvements))?$|^documentación$|^documentação$|^dokumentation$|^文档(?:更新)?$|^ドキュメント$/, 'docs'],
  [/^breaking changes?$|^cambios (?:incompatibles|importantes)$|^(?:mudanças|alterações) (?:incompatíveis|significativas)$|^changements (?:incompatibles|majeurs|cassants)$|^inkompatible änderungen$|^(?:破坏性|不兼容|重大)变更$|^破壊的変更$/, 'breaking'],
  [/^deprecat(?:ions?|ed)$|^(?:deprecaciones|obsoletos|funciones obsoletas)$|^(?:descontinuações|depreciações)$|^(?:dépréciations|obsolescences)$|^(?:veraltet|abkündigungen)$|^(?:弃用|废弃)$|^非推奨$/, 'deprecations'],
];

/** One, many, and the form without a number where it differs (Chinese counts with a measure word: "3 项错误修复", but "新功能"). */
type Phrase = readonly [one: string, many: string, uncounted?: string];

const CHANGE_PHRASES: Partial<Record<Lang, Record<ChangeKind, Phrase>>> = {
  en: {
    features: ['new feature', 'new features'],
    improvements: ['improvement', 'improvements'],
    performance: ['performance improvement', 'performance improvements'],
    fixes: ['bug fix', 'bug fixes'],
    security: ['security fix', 'security fixes'],
    docs: ['documentation update', 'documentation updates'],
    breaking: ['breaking change', 'breaking changes'],
    deprecations: ['deprecation', 'deprecations'],
  },
  es: {
    features: ['nueva funcionalidad', 'nuevas funcionalidades'],
    improvements: ['mejora', 'mejoras'],
    performance: ['mejora de rendimiento', 'mejoras de rendimiento'],
    fixes: ['corrección de errores', 'correcciones de errores'],
    security: ['corrección de seguridad', 'correcciones de seguridad'],
    docs: ['actualización de la documentación', 'actualizaciones de la documentación'],
    breaking: ['cambio incompatible', 'cambios incompatibles'],
    deprecations: ['elemento obsoleto', 'elementos obsoletos'],
  },
  pt: {
    features: ['novo recurso', 'novos recursos'],
    improvements: ['melhoria', 'melhorias'],
    performance: ['melhoria de desempenho', 'melhorias de desempenho'],
    fixes: ['correção de bug', 'correções de bugs'],
    security: ['correção de segurança', 'correções de segurança'],
    docs: ['atualização da documentação', 'atualizações da documentação'],
    breaking: ['mudança incompatível', 'mudanças incompatíveis'],
    deprecations: ['descontinuação', 'descontinuações'],
  },
  fr: {
    features: ['nouvelle fonctionnalité', 'nouvelles fonctionnalités'],
    improvements: ['amélioration', 'améliorations'],
    performance: ['amélioration des performances', 'améliorations des performances'],
    fixes: ['correction de bug', 'corrections de bugs'],
    security: ['correctif de sécurité', 'correctifs de sécurité'],
    docs: ['mise à jour de la documentation', 'mises à jour de la documentation'],
    breaking: ['changement incompatible', 'changements incompatibles'],
    deprecations: ['dépréciation', 'dépréciations'],
  },
  de: {
    features: ['neue Funktion', 'neue Funktionen'],
    improvements: ['Verbesserung', 'Verbesserungen'],
    performance: ['Leistungsverbesserung', 'Leistungsverbesserungen'],
    fixes: ['Fehlerbehebung', 'Fehlerbehebungen'],
    security: ['Sicherheitskorrektur', 'Sicherheitskorrekturen'],
    docs: ['Aktualisierung der Dokumentation', 'Aktualisierungen der Dokumentation'],
    breaking: ['inkompatible Änderung', 'inkompatible Änderungen'],
    deprecations: ['Abkündigung', 'Abkündigungen'],
  },
  // Chinese counts with a measure word: "3 项错误修复".
  zh: {
    features: ['项新功能', '项新功能', '新功能'],
    improvements: ['项改进', '项改进', '改进'],
    performance: ['项性能改进', '项性能改进', '性能改进'],
    fixes: ['项错误修复', '项错误修复', '错误修复'],
    security: ['项安全修复', '项安全修复', '安全修复'],
    docs: ['项文档更新', '项文档更新', '文档更新'],
    breaking: ['项破坏性变更', '项破坏性变更', '破坏性变更'],
    deprecations: ['项弃用', '项弃用', '弃用'],
  },
};

/** Whether a release's kinds of change can be named in this language. */
export function namesChanges(lang: Lang): boolean {
  return CHANGE_PHRASES[lang] !== undefined;
}

/** Emoji, a leading number and a trailing colon around a heading's words ("🐞 Bug Fixes:"). */
const AROUND = /^[\s\p{Extended_Pictographic}\p{So}\uFE0F\u200d\d.)]+|[\s\p{Extended_Pictographic}\p{So}\uFE0F\u200d:：]+$/gu;

/** Words every kind's heading holds: most headings are ruled out by this one test. */
const MAY_NAME_A_KIND = /feat|enhanc|improv|chang|perform|fix|bug|secur|doc|deprecat|added|nuev|novedad|nov[oa]|novidad|nouve|neue|funktion|mejor|melhor|amélior|verbesser|rendimiento|desempenho|leistung|correc|corrig|correç|fehler|segur|sécur|sicher|dokument|cambio|mudan|altera|inkompatib|obsolet|descontinu|dépréci|veraltet|abkünd|[新改优性修安文破不重弃废機善パバセド非]/i;

/** A kind's heading is a few words: longer ones are not read (a run of spaces would make AROUND slow). */
const MAX_HEADING_CHARS = 60;

export function kindOf(heading: string): ChangeKind | undefined {
  if (heading.length > MAX_HEADING_CHARS || !MAY_NAME_A_KIND.test(heading)) return undefined;
  // As the page shows it: without emphasis markers or a custom id ("**Bug Fixes** {#fixes}").
  const words = heading.replace(/\{#[^}]*\}\s*$/, '').replace(/[*_`]/g, '').replace(AROUND, '').replace(/\s+/g, ' ').toLowerCase();
  return KINDS.find(([re]) => re.test(words))?.[1];
}

/**
 * The post's top-level sections whose heading names a kind of change, in order, each with the
 * number of list items under it (up to the next heading of its level or above; subsections such
 * as "### Core" count toward it). Kinds named twice are added up; a section without a list is left out.
 */
export function changeSections(tokens: readonly Token[]): ChangeSection[] {
  const counts = new Map<ChangeKind, { count: number; heading: Token }>();
  let open: { kind: ChangeKind; depth: number; heading: Token } | undefined;
  for (const token of tokens) {
    if (token.type === 'heading') {
      const h = token as Tokens.Heading;
      if (open && h.depth > open.depth) continue;
      const kind = kindOf(h.text);
      open = kind && { kind, depth: h.depth, heading: token };
    } else if (open && token.type === 'list') {
      const seen = counts.get(open.kind);
      counts.set(open.kind, { count: (seen?.count ?? 0) + (token as Tokens.List).items.length, heading: seen?.heading ?? open.heading });
    }
  }
  return [...counts].map(([kind, { count, heading }]) => ({ kind, count, heading }));
}

/**
 * "3 bug fixes", "1 new feature"; without the number ("new features") where the features are
 * also named one by one before it, so the count would read as more of them.
 */
export function changePhrase(section: ChangeSection, counted: boolean, lang: Lang = 'en'): string {
  const [one, many, uncounted] = (CHANGE_PHRASES[lang] ?? CHANGE_PHRASES.en!)[section.kind];
  if (!counted) return uncounted ?? many;
  return `${section.count} ${section.count === 1 ? one : many}`;
}
