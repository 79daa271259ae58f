import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { cleanLinksEdits } from '../../../src/core/links/clean-all';
import { applyEdits } from '../../../src/core/fix';
import { unwrapRedirect } from '../../../src/core/links/unwrap-redirect';

describe('unwrapRedirect', () => {
  it('reads the target of each well-known wrapper', () => {
    const t = (raw: string) => unwrapRedirect(raw);
    expect(t('https://www.google.com/url?q=https://a.example/&sa=D&usg=x')).toEqual({ target: 'https://a.example/', wrapper: 'Google' });
    expect(t('https://google.de/url?url=https%3A%2F%2Fa.example%2F&rct=j')?.target).toBe('https://a.example/');
    // A search result's link: an empty q= (or search words) before the url= that is the target.
    expect(t('https://www.google.com/url?sa=t&rct=j&q=&esrc=s&source=web&cd=1&url=https%3A%2F%2Fa.example%2Farticle&usg=AOv')?.target).toBe('https://a.example/article');
    expect(t('https://www.google.com/url?q=harbour+tides&url=https%3A%2F%2Fa.example%2F')?.target).toBe('https://a.example/');
    expect(t('https://eur03.safelinks.protection.outlook.com/?url=https%3A%2F%2Fa.example%2F&data=1')?.wrapper).toBe('Outlook Safe Links');
    expect(t('https://gcc02.safelinks.protection.office365.us/?url=https%3A%2F%2Fa.example%2F')?.target).toBe('https://a.example/');
    expect(t('https://lm.facebook.com/l.php?u=https%3A%2F%2Fa.example%2F')?.wrapper).toBe('Facebook');
    expect(t('https://l.messenger.com/l.php?u=https%3A%2F%2Fa.example%2F')?.wrapper).toBe('Messenger');
    expect(t('https://l.instagram.com/?u=https%3A%2F%2Fa.example%2F&e=AT0')?.wrapper).toBe('Instagram');
    expect(t('https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fa.example%2F')?.wrapper).toBe('LinkedIn');
    expect(t('https://steamcommunity.com/linkfilter/?url=https://a.example/')?.wrapper).toBe('Steam');
    expect(t('https://away.vk.com/away.php?to=https%3A%2F%2Fa.example%2F')?.wrapper).toBe('VK');
  });

  it('keeps the target’s own encoding, and its fragment (or else the wrapper’s)', () => {
    expect(unwrapRedirect('https://www.google.com/url?q=https://a.example/caf%25C3%25A9%3Fx%3D1%2B2&sa=D')?.target).toBe('https://a.example/caf%C3%A9?x=1+2');
    expect(unwrapRedirect('https://www.google.com/url?q=https://a.example/p%23in&sa=D#out')?.target).toBe('https://a.example/p#in');
    expect(unwrapRedirect('https://slack-redir.net/link?url=https%3A%2F%2Fa.example%2Fp#out')?.target).toBe('https://a.example/p#out');
  });

  it('reads &amp;-separated parameters where entities are decoded (HTML attributes), not elsewhere', () => {
    const raw = 'https://www.google.com/url?sa=D&amp;q=https%3A%2F%2Fa.example%2F';
    expect(unwrapRedirect(raw, { htmlEntities: true })?.target).toBe('https://a.example/');
    expect(unwrapRedirect(raw)).toBeUndefined();
  });

  it('unwraps nested wrappers all the way, naming the outer one', () => {
    expect(unwrapRedirect('https://www.google.com/url?q=https://nam12.safelinks.protection.outlook.com/?url%3Dhttps%253A%252F%252Fa.example%252F%26data%3D1&sa=D')).toEqual({ target: 'https://a.example/', wrapper: 'Google' });
  });

  it('leaves alone what is not a wrapper or has no plain web target', () => {
    for (const raw of [
      'https://www.google.com/search?q=https://a.example/',
      'https://docs.google.com/url?q=https://a.example/',
      'https://google.com.evil.example/url?q=https://a.example/',
      'https://www.google.com/url?q=javascript:alert(1)',
      'https://www.google.com/url?q=&url=javascript:alert(1)',
      'https://www.google.com/url?q=&sa=t',
      'https://www.google.com/url?q=/relative',
      'https://www.google.com/url?q=https://a.example/a%20b',
      'https://www.google.com/url?q=%E0%A4%A',
      'https://l.facebook.com/l.php?h=x',
      'mailto:a@b.example',
      '/url?q=https://a.example/',
    ])
      expect(unwrapRedirect(raw), raw).toBeUndefined();
  });
});

describe('redirect-wrapper with tracking-params and "Clean links"', () => {
  const post = '---\ntitle: T\n---\nSee [the page](https://www.google.com/url?q=https://a.example/%3Futm_source%3Dmail%26id%3D3&sa=D&usg=AOv) and [another](https://b.example/?utm_source=x).\n';

  it('one finding per wrapped link (redirect-wrapper’s), whose fix also drops the target’s tracking parameters', () => {
    const d = analyze(post, { preview: false, suggestions: false }).diagnostics.filter((x) => x.ruleId === 'redirect-wrapper' || x.ruleId === 'tracking-params');
    expect(d.map((x) => x.ruleId)).toEqual(['redirect-wrapper', 'tracking-params']);
    expect(d[0]!.message).toMatch(/^This link goes through Google's redirect page instead of straight to https:\/\/a\.example\/\?id=3\./);
    expect(d[0]!.data).toEqual({ url: 'https://www.google.com/url?q=https://a.example/%3Futm_source%3Dmail%26id%3D3&sa=D&usg=AOv', target: 'https://a.example/?id=3', wrapper: 'Google' });
  });

  it('"Clean links" unwraps and cleans in one go', () => {
    expect(applyEdits(post, cleanLinksEdits(analyze(post)))).toBe('---\ntitle: T\n---\nSee [the page](https://a.example/?id=3) and [another](https://b.example/).\n');
  });
});
