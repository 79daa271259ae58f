/**
 * Yoast's SEO + content (readability) assessors on one post, for comparison only. yoastseo
 * is a GPL dev dependency: it is imported here from node_modules and never bundled.
 * yoastseo 3.x assessors take a language Researcher (the old Jed i18n argument is gone).
 */
import yoast from 'yoastseo';
import EnglishResearcherModule from 'yoastseo/build/languageProcessing/languages/en/Researcher.js';

type Ctor = new (...args: unknown[]) => { assess(paper: unknown): void };
const lib = yoast as unknown as { Paper: new (text: string, attrs: Record<string, string>) => unknown; SeoAssessor: Ctor; ContentAssessor: Ctor };
const Researcher = ((EnglishResearcherModule as { default?: unknown }).default ?? EnglishResearcherModule) as Ctor;

export interface YoastInput {
  html: string;
  title: string;
  description: string;
  keyword: string;
}

/** Builds the assessors once per post (as a page would) and returns a function that runs both. */
export function yoastRunner(input: YoastInput): () => void {
  const paper = new lib.Paper(input.html, { keyword: input.keyword, title: input.title, description: input.description, locale: 'en_US' });
  const seo = new lib.SeoAssessor(new Researcher(paper));
  const content = new lib.ContentAssessor(new Researcher(paper));
  return () => {
    seo.assess(paper);
    content.assess(paper);
  };
}
