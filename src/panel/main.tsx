import { render } from 'preact';
import { analyze } from '../core/analyze';
import { loadSettings, watchSettings } from '../platform/storage';
import { analyzeOptionsFor, DEFAULT_SETTINGS, type Settings } from '../options/settings';
import { App, type Analysed } from './App';
import { connect, type Draft } from './connection';
import { latestOnly } from './latest-only';

/**
 * The panel: receives drafts from the content script, analyses them HERE (an extension page,
 * off the editor page's main thread) and renders the report.
 */
export function init(signal: AbortSignal): void {
  const root = document.getElementById('app')!;
  const docked = new URLSearchParams(location.search).has('token');
  let settings: Settings = DEFAULT_SETTINGS;
  let lastDraft: Draft | undefined;

  const show = latestOnly((draft: Draft) => {
    const options = analyzeOptionsFor(settings, draft.url);
    const report = analyze(draft.text, options);
    const analysed: Analysed = { draft, report, baseUrl: options.baseUrl, autoCheckLinks: settings.autoCheckLinks };
    render(<App analysed={analysed} connection={connection} docked={docked} />, root);
  });
  const onDraft = (draft: Draft) => {
    lastDraft = draft;
    show(draft);
  };

  const connection = connect(onDraft, signal);
  render(<App connection={connection} docked={docked} />, root);
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

init(new AbortController().signal);
