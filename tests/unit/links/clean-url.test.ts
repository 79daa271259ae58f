import { describe, expect, it } from 'vitest';
import { cleanUrl } from '../../../src/core/links/clean-url';
import table from '../../../src/core/links/tracking-params.json';

const url = (raw: string, opts?: Parameters<typeof cleanUrl>[1]) => cleanUrl(raw, opts)?.url;

describe('cleanUrl', () => {
  it('removes only tracking parameters and keeps the others in order', () => {
    expect(cleanUrl('https://ex.test/p?b=2&utm_source=news&a=1&gclid=X&c')).toEqual({ url: 'https://ex.test/p?b=2&a=1&c', removed: ['utm_source', 'gclid'] });
  });

  it('drops a ? left empty and keeps the #fragment', () => {
    expect(url('https://ex.test/p?utm_source=a&utm_medium=b#part-2')).toBe('https://ex.test/p#part-2');
    expect(url('https://ex.test?fbclid=1')).toBe('https://ex.test');
    expect(url('https://ex.test/p?x=1&fbclid=1#f?utm_source=kept')).toBe('https://ex.test/p?x=1#f?utm_source=kept');
  });

  it('keeps the exact encoding of the remaining parameters', () => {
    expect(url('https://ex.test/s?q=caf%C3%A9+au%20lait&utm_campaign=x&next=%2Fa%2Fb&empty=&&flag')).toBe('https://ex.test/s?q=caf%C3%A9+au%20lait&next=%2Fa%2Fb&empty=&&flag');
  });

  it('matches names through percent-encoding and markdown backslash escapes', () => {
    expect(cleanUrl('https://ex.test/?utm\\_source=x&keep=1')).toEqual({ url: 'https://ex.test/?keep=1', removed: ['utm_source'] });
    expect(cleanUrl('https://ex.test/?utm%5Fmedium=x&keep=1')).toEqual({ url: 'https://ex.test/?keep=1', removed: ['utm_medium'] });
  });

  it('matches case-sensitively, as the table lists the names', () => {
    expect(cleanUrl('https://ex.test/?UTM_SOURCE=x&GCLID=1')).toBeUndefined();
    expect(cleanUrl('https://ex.test/?ScCid=1')?.removed).toEqual(['ScCid']);
  });

  it('a prefix alone is not a parameter name', () => {
    expect(cleanUrl('https://ex.test/?utm_=1&pk_=2')).toBeUndefined();
  });

  it('uses &amp; as the separator inside HTML attributes and keeps it', () => {
    expect(url('https://ex.test/?a=1&amp;utm_medium=m&amp;b=2', { htmlEntities: true })).toBe('https://ex.test/?a=1&amp;b=2');
    expect(url('https://ex.test/?utm_medium=m&#38;b=2', { htmlEntities: true })).toBe('https://ex.test/?b=2');
    // Outside HTML, "amp;utm_medium" is just a (strange) parameter name: not touched.
    expect(cleanUrl('https://ex.test/?a=1&amp;utm_medium=m')).toBeUndefined();
  });

  it('removes YouTube si on every YouTube host, and only there', () => {
    for (const host of ['youtu.be', 'www.youtube.com', 'youtube.com', 'm.youtube.com', 'music.youtube.com', 'www.youtube-nocookie.com']) {
      expect(url(`https://${host}/watch?v=abc&si=0dK_GUOh9Lnee`)).toBe(`https://${host}/watch?v=abc`);
    }
    expect(url('https://youtu.be/XsUTVgDAUxA?si=0dK_GUOh9LneefZ5')).toBe('https://youtu.be/XsUTVgDAUxA');
    expect(cleanUrl('https://example.com/?si=1')).toBeUndefined();
    expect(cleanUrl('https://notyoutube.com/?si=1')).toBeUndefined();
    expect(cleanUrl('https://youtube.com.evil.test/?si=1')).toBeUndefined();
  });

  it('removes YouTube feature=share but keeps other feature values', () => {
    expect(url('https://www.youtube.com/watch?v=a&feature=share')).toBe('https://www.youtube.com/watch?v=a');
    expect(cleanUrl('https://www.youtube.com/watch?v=a&feature=emb_rel_pause')).toBeUndefined();
  });

  it('applies per-host names such as Meetup eventOrigin and Spotify si only on those hosts', () => {
    expect(url('https://www.meetup.com/g/events/1/?eventOrigin=network_page')).toBe('https://www.meetup.com/g/events/1/');
    expect(url('https://open.spotify.com/track/1?si=abc')).toBe('https://open.spotify.com/track/1');
    expect(cleanUrl('https://shop.test/?eventOrigin=x')).toBeUndefined();
  });

  it('handles the seed post’s ad-tagged link', () => {
    const raw = 'https://events.linuxfoundation.org/kubecon/?utm_source=google&utm_medium=paid-search&gad_source=1&gad_campaignid=22&gbraid=0AAA&gclid=Cj_BwE';
    expect(cleanUrl(raw)).toEqual({ url: 'https://events.linuxfoundation.org/kubecon/', removed: ['utm_source', 'utm_medium', 'gad_source', 'gad_campaignid', 'gbraid', 'gclid'] });
    expect(url('https://community.test/e/?ajs_aid=8d9e8434')).toBe('https://community.test/e/');
  });

  it('accepts extra parameters as name, prefix_* and host:name', () => {
    const extra = ['ref', 'cmp_*', 'shop.test:source'];
    expect(url('https://a.test/?ref=x&cmp_id=1&source=s', { extra })).toBe('https://a.test/?source=s');
    expect(url('https://www.shop.test/?source=s&q=1', { extra })).toBe('https://www.shop.test/?q=1');
    expect(cleanUrl('https://a.test/?x=1', { extra: ['*', ' ', 'a.test:'] })).toBeUndefined();
  });

  it('keeps user info, port and the host as written', () => {
    expect(url('HTTPS://User@WWW.YouTube.com:443/watch?v=1&si=2')).toBe('HTTPS://User@WWW.YouTube.com:443/watch?v=1');
    expect(url('//cdn.test/a.js?utm_source=x')).toBe('//cdn.test/a.js');
    expect(url('https://bücher.test/?utm_source=x&q=1')).toBe('https://bücher.test/?q=1');
    expect(url('http://[2001:db8::1]:8080/?gclid=1')).toBe('http://[2001:db8::1]:8080/');
  });

  it('never touches mailto:, tel:, relative, other schemes or malformed links', () => {
    for (const raw of [
      'mailto:jimmy@ex.test?subject=hi&utm_source=x',
      'tel:+15551234?utm_source=x',
      '/blog/post?utm_source=x',
      'post.html?utm_source=x',
      '?utm_source=x',
      '#utm_source=x',
      'ftp://files.test/?utm_source=x',
      'javascript:void(0)?utm_source=x',
      'https://ex ample.test/?utm_source=x',
      'https://ex.test/a b?utm_source=x',
      'https://?utm_source=x',
      'https:///x?utm_source=x',
      'https://exa<mple.test/?utm_source=x',
      'htp://ex.test/?utm_source=x',
      '',
    ]) {
      expect(cleanUrl(raw), raw).toBeUndefined();
    }
  });

  it('leaves undecodable parameters in place and still removes the others', () => {
    expect(url('https://ex.test/?bad=%E0%A4%A&utm_source=x')).toBe('https://ex.test/?bad=%E0%A4%A');
    expect(cleanUrl('https://ex.test/?utm_source%=x')).toBeUndefined();
  });

  it('documents every entry of the table with a reason', () => {
    for (const e of [...table.names, ...table.prefixes, ...table.hosts]) expect(e.why.length).toBeGreaterThan(10);
  });
});
