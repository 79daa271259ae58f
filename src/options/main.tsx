import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../platform/browser';
import { loadSettings, saveSettings } from '../platform/storage';
import { RuleSettings } from './rule-settings';
import { originPattern } from '../protocol/origins';
import { DEFAULT_SETTINGS, parseSchemaText, type Settings } from '../protocol/settings';

function Options() {
  const [s, setS] = useState<Settings>(DEFAULT_SETTINGS);
  const [saved, setSaved] = useState('');
  const [newSite, setNewSite] = useState('');
  useEffect(() => void loadSettings().then(setS), []);
  const schema = parseSchemaText(s.schemaText);

  const save = async (next: Settings) => {
    setS(next);
    await saveSettings(next);
    setSaved('Saved.');
  };

  const allow = async () => {
    let origin: string;
    try {
      origin = new URL(newSite).origin;
    } catch {
      return setSaved('Type a site address such as https://blog.example.org');
    }
    // The user's click is the gesture permissions.request needs; the background registers the script on save.
    const granted = await browser.permissions.request({ origins: [originPattern(origin)] });
    if (!granted) return setSaved(`Permission for ${origin} was not granted.`);
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
      <h1>Post Preflight options</h1>
      <fieldset>
        <legend>Allowed sites</legend>
        <p class="hint">Post Preflight runs on Decap CMS at localhost/127.0.0.1 (<code>/admin/</code>) and on the demo page. Add the editor sites you use beyond those.</p>
        <ul>
          {s.allowedSites.map((o) => (
            <li key={o}>
              {o} <button type="button" onClick={() => void disallow(o)}>Remove</button>
            </li>
          ))}
        </ul>
        <label>
          Site address
          <input type="url" value={newSite} placeholder="https://cms.example.org" onInput={(e) => setNewSite(e.currentTarget.value)} />
        </label>
        <button type="button" onClick={() => void allow()}>Allow this site</button>
      </fieldset>
      <fieldset>
        <legend>Site base URL (resolves relative links and images in the preview)</legend>
        {siteOrigins.map((origin) => (
          <label key={origin}>
            Editor at {origin}{new URL(origin).port ? '' : ' (any port)'}: public blog address
            <input type="url" data-site={origin} value={s.sites[origin]?.baseUrl ?? ''} placeholder="https://blog.example.org/posts/" onInput={(e) => setS({ ...s, sites: { ...s.sites, [origin]: { baseUrl: e.currentTarget.value } } })} />
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Frontmatter schema</legend>
        <label>
          Same format as the CLI config's <code>schema</code> (YAML or JSON). Empty uses the defaults.
          <textarea value={s.schemaText} onInput={(e) => setS({ ...s, schemaText: e.currentTarget.value })} aria-invalid={!schema.ok} aria-describedby="schema-error" />
        </label>
        <p id="schema-error" class="error" role="alert">{schema.ok ? '' : schema.message}</p>
      </fieldset>
      <fieldset>
        <legend>Rules</legend>
        <RuleSettings settings={s.rules} onChange={(rules) => setS({ ...s, rules })} />
      </fieldset>
      <fieldset>
        <legend>Link checks</legend>
        <label>
          <input type="checkbox" data-setting="auto-check-links" checked={s.autoCheckLinks} onChange={(e) => setS({ ...s, autoCheckLinks: e.currentTarget.checked })} /> Check new links automatically
        </label>
        <p class="hint">While you type, links added since the last "Check links" are checked after a short pause, only on sites you already allowed (no permission prompts while typing).</p>
      </fieldset>
      <fieldset>
        <legend>Images and media in the preview</legend>
        <label>
          <input type="radio" name="remote-media" data-setting="remote-media-ask" checked={s.remoteMedia === 'ask'} onChange={() => setS({ ...s, remoteMedia: 'ask' })} /> Ask before loading them from other sites (each post has a "Load for this post" button)
        </label>
        <label>
          <input type="radio" name="remote-media" data-setting="remote-media-load" checked={s.remoteMedia === 'load'} onChange={() => setS({ ...s, remoteMedia: 'load' })} /> Always load them
        </label>
        <p class="hint">
          A picture in your draft that lives on another site is fetched from that site when the preview shows it, which tells it your address and that the post is being
          written. Images from your own site (the base URL above) and from the editor's own site always load. These requests carry no referrer, and from the docked
          panel no cookies either (in Firefox, a panel popped out into a tab of its own may send the cookies you have for that site).
        </p>
      </fieldset>
      <fieldset>
        <legend>Extra tracking parameters</legend>
        <label>
          One per line: <code>name</code>, <code>prefix_*</code> or <code>host:name</code>.
          <textarea value={s.extraTrackingParams.join('\n')} onInput={(e) => setS({ ...s, extraTrackingParams: e.currentTarget.value.split('\n').map((l) => l.trim()).filter(Boolean) })} />
        </label>
      </fieldset>
      <fieldset>
        <legend>Parameters to keep</legend>
        <label>
          Never removed by “Clean links”, one per line: <code>name</code>, <code>prefix_*</code> or <code>host:name</code> (e.g. <code>example.com:ref</code> when a site needs it).
          <textarea data-setting="keep-tracking-params" value={s.keepTrackingParams.join('\n')} onInput={(e) => setS({ ...s, keepTrackingParams: e.currentTarget.value.split('\n').map((l) => l.trim()).filter(Boolean) })} />
        </label>
      </fieldset>
      <button type="submit" disabled={!schema.ok}>Save</button> <span role="status">{saved}</span>
      <p class="hint">
        Your draft never leaves your browser. <a href="/privacy.html" target="_blank" data-link="privacy">Privacy: what is sent, and when</a>
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
      <h1>Post Preflight options</h1>
      <p>The options open in their own tab only.</p>
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        Open the options
      </button>
    </main>
  );
}

render(window.top === window ? <Options /> : <Framed />, document.getElementById('app')!);
