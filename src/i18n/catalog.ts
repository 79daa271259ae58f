import en from '../../public/_locales/en/messages.json';
import type { Locale } from './locales';

/**
 * The extension's `_locales/<locale>/messages.json` files are the one catalog: the browser reads
 * them for the manifest (`__MSG_extName__`), and this module for every other string, in the
 * extension and the CLI alike. English is the source of truth: its keys type `t()`, and it is
 * the only catalog bundled statically (it is the fallback). The others are loaded on demand
 * (`loadCatalog`, one chunk per language), so an extension page carries only the UI language's
 * texts; Node entry points register all of them at once (./all-catalogs).
 */
export interface CatalogEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalog = Record<string, CatalogEntry>;

/** The catalogs loaded so far; English always. */
export const CATALOGS: Partial<Record<Locale, Catalog>> & { en: Catalog } = { en };

type Loader = () => Promise<{ default: Catalog }>;
// Literal paths, so the bundler emits one chunk per language.
const LOADERS: Record<Exclude<Locale, 'en'>, Loader> = {
  de: () => import('../../public/_locales/de/messages.json'),
  es: () => import('../../public/_locales/es/messages.json'),
  fr: () => import('../../public/_locales/fr/messages.json'),
  ja: () => import('../../public/_locales/ja/messages.json'),
  pt_BR: () => import('../../public/_locales/pt_BR/messages.json'),
};

/** Makes `locale`'s messages available to `t` (English is always there). */
export async function loadCatalog(locale: Locale): Promise<void> {
  if (locale === 'en' || CATALOGS[locale]) return;
  CATALOGS[locale] = (await LOADERS[locale]()).default;
}

/** For entry points that bundle catalogs statically (Node: the CLI and the library). */
export function registerCatalog(locale: Locale, catalog: Catalog): void {
  CATALOGS[locale] = catalog;
}

export type MessageKey = keyof typeof en;

export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

/** `errors_one` + `errors_other` → `errors`, called with a `count`. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;
/** Every key that is not one form of a plural. */
export type PlainKey = Exclude<MessageKey, `${string}_${PluralCategory}`>;
export type Key = PlainKey | PluralKey;
