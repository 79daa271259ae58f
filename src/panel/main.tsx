import { render } from 'preact';
import { analyze } from '../core/analyze';
import { loadSettings, watchSettings } from '../platform/storage';
import { analyzeOptionsFor, DEFAULT_SETTINGS, type Settings } from '../protocol/settings';
import { App, type Analysed } from './App';
import { connect, type Draft } from './connection';
import { isDocked } from './pairing';
import { latestOnly } from './latest-only';
import { NoEditor } from './components/NoEditor';
import { mergeSchemas } from '../core/schema/merge';
import { localeReady, uiLocale } from '../platform/locale';
import { intlTag } from '../i18n';

/**
 * The panel: receives drafts from the content script, analyses them HERE (an extension page,
 * off the editor page's main thread) and renders the report.
 */
export function init(signal: AbortSignal): void {
  const root = document.getElementById('app')!;
  const docked = isDocked();
  let settings: Settings = DEFAULT_SETTINGS;
  let lastDraft: Draft | undefined;
  // The connection starts at once (the content script pairs with this frame now), but nothing is
  // rendered before the UI language's messages are loaded: the panel never shows English first.
  let wordsLoaded = false;

  const show = latestOnly((draft: Draft) => {
    if (!wordsLoaded) return; // shown once they are, from lastDraft
    const user = analyzeOptionsFor(settings, draft.url);
    // The CMS's own field rules (Decap's config), under the user's schema from the options.
    const options = draft.schema ? { ...user, schema: mergeSchemas(draft.schema, user.schema) } : user;
    if (closed) return;
    const report = analyze(draft.text, { ...options, locale: uiLocale });
    const analysed: Analysed = { draft, report, baseUrl: options.baseUrl, autoCheckLinks: settings.autoCheckLinks, remoteMedia: settings.remoteMedia };
    render(<App analysed={analysed} connection={connection} docked={docked} />, root);
  });
  const onDraft = (draft: Draft) => {
    lastDraft = draft;
    show(draft);
  };

  let closed = false;
  const onClosed = () => {
    closed = true;
    lastDraft = undefined;
    document.documentElement.dataset.state = 'no-editor';
    delete document.documentElement.dataset.revision;
    if (wordsLoaded) render(<NoEditor />, root);
  };
  const connection = connect(onDraft, signal, onClosed);
  void localeReady.then(() => {
    if (signal.aborted) return;
    wordsLoaded = true;
    if (closed) render(<NoEditor />, root);
    else if (lastDraft) show(lastDraft);
    else render(<App connection={connection} docked={docked} />, root);
  });
  void loadSettings().then((s) => {
    settings = s;
    if (lastDraft) show(lastDraft);
  });
  watchSettings((s) => {
    settings = s;
    if (lastDraft) show(lastDraft);
  }, signal);
  signal.addEventListener('abort', () => render(null, root), { once: true });
}

document.documentElement.lang = intlTag(uiLocale);
init(new AbortController().signal);
