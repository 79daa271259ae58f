// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { hostVisibility } from '../../../src/content/host-guard';

/**
 * The content script bundles no catalog: when the docked panel is not what the user sees, it says
 * why as a catalog key and CSS facts, and the panel words it in the UI language.
 */
describe('hostVisibility says why as words, not English', () => {
  it('a host taken out of the page', () => {
    const host = document.createElement('post-preflight-dock');
    expect(hostVisibility(document, host, false)).toEqual({ visible: false, why: { say: 'hiddenRemoved' } });
  });

  it('a host the page restyled: the property and its value, as they are', () => {
    const host = document.createElement('post-preflight-dock');
    document.body.append(host);
    host.style.setProperty('display', 'none');
    expect(hostVisibility(document, host, false)).toEqual({ visible: false, why: { say: 'hiddenRestyled', params: { property: 'display', value: 'none' } } });
    host.remove();
  });
});
