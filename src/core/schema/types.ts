/** A site's frontmatter schema: the same JSON in the CLI config and the extension's options. */
export type FieldType = 'string' | 'text' | 'date' | 'boolean' | 'number' | 'list' | 'object' | 'url' | 'image';

export interface FieldSchema {
  /** Dotted path, e.g. `seo.description`. */
  path: string;
  type?: FieldType;
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  /** For numbers: min/max value; for lists: min/max item count. */
  min?: number;
  max?: number;
  /** Regular expression source the value must match, and the message to show when it doesn't. */
  pattern?: string;
  patternMessage?: string;
  /** Allowed values. */
  enum?: (string | number | boolean)[];
  /** Label for messages, e.g. from Decap's `label`. */
  label?: string;
}

export interface PostSchema {
  fields: FieldSchema[];
  /** Where the title lives (first that exists wins when several are given). */
  titlePath: string[];
  /** Where the SEO description lives, e.g. ['seo.description', 'description']. */
  descriptionPath: string[];
  /** Frontmatter keys that hide the post (reported as info). */
  draftFlags: string[];
  /** A character cap for titles; none by default (search results cut titles by width, `titleMaxPixels`). */
  titleMaxLength?: number;
  titleMaxPixels: number;
  /** A description is too short below both of these (characters for Latin-script prose, pixels for wider scripts such as CJK). */
  descriptionMinLength: number;
  descriptionMinPixels: number;
  /** …and too long above either of these. */
  descriptionMaxLength: number;
  descriptionMaxPixels: number;
}
