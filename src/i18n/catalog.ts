import en from '../../public/_locales/en/messages.json';
import de from '../../public/_locales/de/messages.json';
import es from '../../public/_locales/es/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import ja from '../../public/_locales/ja/messages.json';
import ptBR from '../../public/_locales/pt_BR/messages.json';
import type { Locale } from './locales';

/**
 * The extension's `_locales/<locale>/messages.json` files are the one catalog: the browser reads
 * them for the manifest (`__MSG_extName__`), and this module for every other string, in the
 * extension and the CLI alike. English is the source of truth: its keys type `t()`.
 */
export interface CatalogEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalog = Record<string, CatalogEntry>;

export const CATALOGS: Record<Locale, Catalog> = { en, de, es, fr, ja, pt_BR: ptBR };

export type MessageKey = keyof typeof en;

export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

/** `errors_one` + `errors_other` → `errors`, called with a `count`. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;
/** Every key that is not one form of a plural. */
export type PlainKey = Exclude<MessageKey, `${string}_${PluralCategory}`>;
export type Key = PlainKey | PluralKey;
