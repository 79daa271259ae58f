import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { Report } from '../../core/types';
import { safePreview } from '../preview-html';
import { searchSnippet } from '../snippet';
import { postUrl, socialCard, stringAt } from '../post-fields';

export function Preview({ report, baseUrl }: { report: Report; baseUrl?: string }) {
  const body = useRef<HTMLDivElement>(null);
  const visible = useRef(true);
  // Track whether the rendered post is on screen: off screen, its (costly) sanitize + swap waits
  // for an idle moment so typing in a long post isn't slowed by a preview nobody is looking at.
  useEffect(() => {
    const el = body.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver(([entry]) => (visible.current = entry?.isIntersecting ?? true));
    io.observe(el);
    return () => io.disconnect();
  }, []);
  useLayoutEffect(() => {
    // Sanitized into a fragment and swapped in: the panel never assigns HTML strings.
    const swap = () => body.current?.replaceChildren(safePreview(report.html, baseUrl));
    if (visible.current || typeof requestIdleCallback === 'undefined') return void swap();
    const id = requestIdleCallback(swap, { timeout: 500 });
    return () => cancelIdleCallback(id);
  }, [report.html, baseUrl]);
  const data = report.frontmatter.data;
  const title = stringAt(data, 'title') ?? '';
  const description = stringAt(data, report.descriptionPath) ?? '';
  const snippet = searchSnippet(title, postUrl(data, baseUrl), description);
  const card = socialCard(data, report.descriptionPath, baseUrl);
  return (
    <section aria-labelledby="preview-h">
      <h2 id="preview-h">Preview</h2>
      <h3>Search result</h3>
      <div class="snippet" data-part="search-snippet">
        <div class="snippet-url">{snippet.url || '(set the site base URL in the options)'}</div>
        <div class="snippet-title" data-truncated={String(snippet.title.truncated)}>{snippet.title.text || '(no title)'}</div>
        <div class="snippet-desc" data-truncated={String(snippet.description.truncated)}>{snippet.description.text || '(no description)'}</div>
      </div>
      <h3>Social card</h3>
      <div class="card" data-part="social-card">
        {card.image ? <img class="card-img" src={card.image} alt="" /> : <div class="card-img card-noimg">No image in the frontmatter</div>}
        <div class="card-text">
          <div class="card-site">{card.site}</div>
          <div class="card-title">{card.title || '(no title)'}</div>
          <div class="card-desc">{card.description}</div>
        </div>
      </div>
      <h3>Post</h3>
      <div class="post" data-part="post-preview" ref={body} />
    </section>
  );
}
