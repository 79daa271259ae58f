import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Report } from '../../core/types';
import type { RemoteMedia } from '../../protocol/settings';
import { mediaOrigins, mediaUrl, previewNavigation, renderPreview } from '../preview-html';
import { searchSnippet } from '../snippet';
import { postUrl, socialCard, stringAt } from '../post-fields';
import { tr } from '../../platform/locale';

export function Preview({ report, baseUrl, remoteMedia = 'ask', pageUrl }: { report: Report; baseUrl?: string; remoteMedia?: RemoteMedia; pageUrl?: string }) {
  const body = useRef<HTMLDivElement>(null);
  const visible = useRef(true);
  // "Load them" holds for this post as long as the panel shows it (a new post asks again).
  const [loadAll, setLoadAll] = useState(false);
  const [held, setHeld] = useState<{ count: number; hosts: string[] }>({ count: 0, hosts: [] });
  const media = { baseUrl, remoteMedia: loadAll ? ('load' as const) : remoteMedia, trustedOrigins: mediaOrigins(baseUrl, pageUrl) };
  // Track whether the rendered post is on screen: off screen, its (costly) sanitize + swap waits
  // for an idle moment so typing in a long post isn't slowed by a preview nobody is looking at.
  useEffect(() => {
    const el = body.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver(([entry]) => (visible.current = entry?.isIntersecting ?? true));
    io.observe(el);
    return () => io.disconnect();
  }, []);
  useEffect(() => {
    // A link dropped on the panel would load in its frame.
    const stop = new AbortController();
    const refuseDrop = (e: DragEvent) => e.preventDefault();
    document.addEventListener('dragover', refuseDrop, { signal: stop.signal });
    document.addEventListener('drop', refuseDrop, { signal: stop.signal });
    return () => stop.abort();
  }, []);
  // Every link click in the preview is the panel's to handle: http(s)/mailto open in a new tab
  // without opener or referrer, #fragments scroll the preview, anything else goes nowhere. The
  // panel's own frame never navigates. (Props, not an effect: the handler is there as soon as
  // the content is.)
  const activate = (e: MouseEvent) => {
    const el = body.current;
    const nav = el && previewNavigation(e.target, el);
    if (!el || !nav) return;
    // A middle click on an http(s) link opens it in a new tab by itself (with the link's
    // noopener/noreferrer); on anything else it is refused like a click.
    if (e.type === 'auxclick' && nav.kind === 'open') return;
    e.preventDefault();
    if (e.type === 'auxclick') return;
    if (nav.kind === 'open') window.open(nav.url, '_blank', 'noopener,noreferrer');
    else if (nav.kind === 'fragment') el.querySelector(`#${CSS.escape(nav.id)}`)?.scrollIntoView();
  };
  const data = report.frontmatter.data;
  const card = socialCard(data, report.descriptionPath, baseUrl);
  const cardImage = card.image ? mediaUrl(card.image, media) : undefined;
  useLayoutEffect(() => {
    // Sanitized into a fragment and swapped in: the panel never assigns HTML strings.
    const swap = () => {
      const out = renderPreview(report.html, media);
      body.current?.replaceChildren(out.fragment);
      setHeld(out.held);
    };
    if (visible.current || typeof requestIdleCallback === 'undefined') return void swap();
    const id = requestIdleCallback(swap, { timeout: 500 });
    return () => cancelIdleCallback(id);
  }, [report.html, baseUrl, media.remoteMedia, pageUrl]);
  const title = stringAt(data, 'title') ?? '';
  const description = stringAt(data, report.descriptionPath) ?? '';
  const snippet = searchSnippet(title, postUrl(data, baseUrl), description, report.limits);
  const heldCard = card.image !== undefined && cardImage?.held === true;
  const heldHosts = [...new Set([...held.hosts, ...(heldCard ? [cardImage.host] : [])])].sort();
  const heldCount = held.count + (heldCard ? 1 : 0);
  return (
    <section aria-labelledby="preview-h">
      <h2 id="preview-h">{tr('sectionPreview')}</h2>
      {heldCount > 0 && (
        <p class="held-media" data-part="held-media">
          {tr('heldMedia', { count: heldCount, hosts: heldHosts.join(tr('listSeparator')) })}{' '}
          <button type="button" data-action="load-media" onClick={() => setLoadAll(true)}>
            {tr('loadForPost')}
          </button>
        </p>
      )}
      <h3>{tr('searchResult')}</h3>
      <div class="snippet" data-part="search-snippet">
        <div class="snippet-url">{snippet.url || tr('snippetNoUrl')}</div>
        <div class="snippet-title" data-truncated={String(snippet.title.truncated)}>{snippet.title.text || tr('noTitle')}</div>
        <div class="snippet-desc" data-truncated={String(snippet.description.truncated)}>{snippet.description.text || tr('noDescription')}</div>
      </div>
      <h3>{tr('socialCard')}</h3>
      <div class="card" data-part="social-card">
        {cardImage?.url ? (
          <img class="card-img" src={cardImage.url} alt="" referrerpolicy="no-referrer" />
        ) : (
          <div class="card-img card-noimg">{heldCard ? tr('cardImageHeld', { host: cardImage.host }) : tr('cardNoImage')}</div>
        )}
        <div class="card-text">
          <div class="card-site">{card.site}</div>
          <div class="card-title">{card.title || tr('noTitle')}</div>
          <div class="card-desc">{card.description}</div>
        </div>
      </div>
      <h3>{tr('previewPost')}</h3>
      <div class="post" data-part="post-preview" ref={body} onClickCapture={activate} onAuxClickCapture={activate} />
    </section>
  );
}
