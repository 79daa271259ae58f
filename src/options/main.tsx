import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../platform/browser';
import { loadSettings, saveSettings } from '../platform/storage';
import { RuleSettings } from './rule-settings';
import { originPattern } from '../protocol/origins';
import { DEFAULT_SETTINGS, parseSchemaText, type Settings } from '../protocol/settings';
import { localeReady, tr, uiLocale } from '../platform/locale';
import { intlTag } from '../i18n';

function Options() {
  const [s, setS] = useState<Settings>(DEFAULT_SETTINGS);
  const [saved, setSaved] = useState('');
  const [newSite, setNewSite] = useState('');
  useEffect(() => void loadSettings().then(setS), []);
  const schema = parseSchemaText(s.schemaText);

  const save = async (next: Settings) => {
    setS(next);
    await saveSettings(next);
    setSaved(tr('optSaved'));
  };

  const allow = async () => {
    let origin: string;
    try {
      origin = new URL(newSite).origin;
    } catch {
      return setSaved(tr('optTypeAddress'));
    }
    // The user's click is the gesture permissions.request needs; the background registers the script on save.
    const granted = await browser.permissions.request({ origins: [originPattern(origin)] });
    if (!granted) return setSaved(tr('optNotGranted', { origin }));
    setNewSite('');
    await save({ ...s, allowedSites: [...new Set([...s.allowedSites, origin])] });
  };
  const disallow = async (origin: string) => {
    await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
    await save({ ...s, allowedSites: s.allowedSites.filter((o) => o !== origin) });
  };

  const siteOrigins = [...new Set([...Object.keys(s.sites), ...s.allowedSites, 'http://localhost', 'http://127.0.0.1'])];
  return (
    <form onSubmit={(e) => { e.preventDefault(); void save(s); }}>
      <h1>{tr('optTitle')}</h1>
      <fieldset>
        <legend>{tr('optAllowedSites')}</legend>
        <p class="hint">{withCode(tr('optAllowedHint', { path: CODE }), '/admin/')}</p>
        <ul>
          {s.allowedSites.map((o) => (
            <li key={o}>
              {o} <button type="button" onClick={() => void disallow(o)}>{tr('optRemove')}</button>
            </li>
          ))}
        </ul>
        <label>
          {tr('optSiteAddress')}
          <input type="url" value={newSite} placeholder="https://cms.example.org" onInput={(e) => setNewSite(e.currentTarget.value)} />
        </label>
        <button type="button" onClick={() => void allow()}>{tr('optAllowSite')}</button>
      </fieldset>
      <fieldset>
        <legend>{tr('optBaseUrl')}</legend>
        {siteOrigins.map((origin) => (
          <label key={origin}>
            {tr(new URL(origin).port ? 'optEditorAt' : 'optEditorAtAnyPort', { origin })}
            <input type="url" data-site={origin} value={s.sites[origin]?.baseUrl ?? ''} placeholder="https://blog.example.org/posts/" onInput={(e) => setS({ ...s, sites: { ...s.sites, [origin]: { baseUrl: e.currentTarget.value } } })} />
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{tr('optSchema')}</legend>
        <label>
          {withCode(tr('optSchemaHint', { key: CODE }), 'schema')}
          <textarea value={s.schemaText} onInput={(e) => setS({ ...s, schemaText: e.currentTarget.value })} aria-invalid={!schema.ok} aria-describedby="schema-error" />
        </label>
        <p id="schema-error" class="error" role="alert">{schema.ok ? '' : tr(schema.key, { detail: schema.detail ?? '' })}</p>
      </fieldset>
      <fieldset>
        <legend>{tr('optRules')}</legend>
        <RuleSettings settings={s.rules} onChange={(rules) => setS({ ...s, rules })} />
      </fieldset>
      <fieldset>
        <legend>{tr('optLinkChecks')}</legend>
        <label>
          <input type="checkbox" data-setting="auto-check-links" checked={s.autoCheckLinks} onChange={(e) => setS({ ...s, autoCheckLinks: e.currentTarget.checked })} /> {tr('optAutoCheck')}
        </label>
        <p class="hint">{tr('optAutoCheckHint')}</p>
      </fieldset>
      <fieldset>
        <legend>{tr('optMedia')}</legend>
        <label>
          <input type="radio" name="remote-media" data-setting="remote-media-ask" checked={s.remoteMedia === 'ask'} onChange={() => setS({ ...s, remoteMedia: 'ask' })} /> {tr('optMediaAsk')}
        </label>
        <label>
          <input type="radio" name="remote-media" data-setting="remote-media-load" checked={s.remoteMedia === 'load'} onChange={() => setS({ ...s, remoteMedia: 'load' })} /> {tr('optMediaLoad')}
        </label>
        <p class="hint">
          {tr('optMediaHint')}
        </p>
      </fieldset>
      <fieldset>
        <legend>{tr('optExtraParams')}</legend>
        <label>
          {withCodes(tr('optExtraParamsHint', { a: CODE, b: CODE, c: CODE }), ['name', 'prefix_*', 'host:name'])}
          <textarea value={s.extraTrackingParams.join('\n')} onInput={(e) => setS({ ...s, extraTrackingParams: e.currentTarget.value.split('\n').map((l) => l.trim()).filter(Boolean) })} />
        </label>
      </fieldset>
      <fieldset>
        <legend>{tr('optKeepParams')}</legend>
        <label>
          {withCodes(tr('optKeepParamsHint', { a: CODE, b: CODE, c: CODE, d: CODE }), ['name', 'prefix_*', 'host:name', 'example.com:ref'])}
          <textarea data-setting="keep-tracking-params" value={s.keepTrackingParams.join('\n')} onInput={(e) => setS({ ...s, keepTrackingParams: e.currentTarget.value.split('\n').map((l) => l.trim()).filter(Boolean) })} />
        </label>
      </fieldset>
      <button type="submit" disabled={!schema.ok}>{tr('optSave')}</button> <span role="status">{saved}</span>
      <p class="hint">
        {tr('optPrivacyLead')} <a href="/privacy.html" target="_blank" data-link="privacy">{tr('optPrivacyLink')}</a>
      </p>
    </form>
  );
}

/**
 * The options page never runs inside another page: only an extension page could frame it (it is
 * not web-accessible), and it is not meant to be; framed, its buttons could be clickjacked.
 */
function Framed() {
  return (
    <main>
      <h1>{tr('optTitle')}</h1>
      <p>{tr('optOwnTab')}</p>
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        {tr('optOpen')}
      </button>
    </main>
  );
}

/** Marks where a code fragment goes in a translated text, to render it as <code>. */
const CODE = '\u0000';
function withCodes(text: string, codes: string[]) {
  const parts = text.split(CODE);
  return parts.map((part, i) => (
    <>
      {part}
      {i < codes.length && i < parts.length - 1 && <code>{codes[i]}</code>}
    </>
  ));
}
const withCode = (text: string, code: string) => withCodes(text, [code]);

document.documentElement.lang = intlTag(uiLocale);
// First render only once the UI language's messages are loaded: no flash of English.
void localeReady.then(() => {
  document.title = tr('optTitle');
  render(window.top === window ? <Options /> : <Framed />, document.getElementById('app')!);
});
