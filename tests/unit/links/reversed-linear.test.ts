import { describe, expect, it } from 'vitest';
import { reversedLinks } from '../../../src/core/links/reversed';
import { parsePost } from '../../../src/core/parse/post';

describe('reversed links read in linear time', () => {
  it('a hostile line of "(a)[" repeated is read (no timing assertion: the unbounded pattern took minutes at this size, past the test timeout)', () => {
    const body = parsePost(`---\ntitle: x\n---\n${'(a)['.repeat(200_000)}\n\nThen (the timetable)[harbour.example/timetable] at last.\n`).body;
    expect(reversedLinks(body).map((r) => r.url)).toEqual(['harbour.example/timetable']);
  });
});

describe('reversed links and reference definitions', () => {
  it('a post of many reversed-looking links and a definition reads the definitions once (no timing assertion: once per candidate was quadratic)', () => {
    const body = parsePost(`---\ntitle: x\n---\n${'(a)[harbour.example]\n'.repeat(20_000)}\n\n[harbour.example]: https://harbour.example/\n\nThen (the timetable)[tides.example] at last.\n`).body;
    expect(reversedLinks(body).map((r) => r.url)).toEqual(['tides.example']);
  });
});
