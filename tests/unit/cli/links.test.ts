import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startLinkServer, type LinkServer } from '../../support/link-server';
import { cleanTempDirs, runCliAsync, tempDir } from './helpers';

/** `--links` end to end: the built command checks a post's links against a local server. */
vi.setConfig({ testTimeout: 60_000 });
let server: LinkServer;
beforeAll(async () => void (server = await startLinkServer()));
afterAll(() => server.close());
afterEach(cleanTempDirs);

const post = (o: string) => `---
title: Links from the harbour office
date: 2026-03-02
description: A round-up of where to find the harbour office online, the ferry timetable, and the pages that have moved since the winter.
---

The [timetable](${o}/ok) is up to date, the [old ferry page](${o}/moved?utm_source=mail#fares) has moved, and the [winter notice](${o}/gone) was taken down.
Write to the [harbour office](mailto:office@harbour.example) with questions.
`;

describe('post-preflight check --links', () => {
  it('reports broken and moved links with line and column, and exits 1 on the broken one', async () => {
    const dir = tempDir({ 'a.md': post(server.origin) });
    const { code, stdout, stderr } = await runCliAsync(['check', 'a.md', '--links'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toMatch(/^a\.md:7:\d+ +error +link-check +.*(410|gone|removed)/im);
    expect(stdout).toMatch(/^a\.md:7:\d+ +warning +link-check +.*moved/im);
    expect(stdout.match(/ link-check /g)).toHaveLength(2); // the /ok and mailto links pass
    expect(server.count('/ok')).toBeGreaterThanOrEqual(1);
  });

  it('with --fix writes the tracking fix, keeping the fragment, and offers the permanent move as a suggestion (a moved page may be another page)', async () => {
    const before = post(server.origin);
    const dir = tempDir({ 'a.md': before });
    const { stdout } = await runCliAsync(['check', 'a.md', '--links', '--fix'], dir);
    const after = readFileSync(join(dir, 'a.md'), 'utf8');
    expect(after).toBe(before.replace(`${server.origin}/moved?utm_source=mail#fares`, `${server.origin}/moved#fares`));
    expect(stdout).toMatch(/warning +link-check +.*moved/i);
    const json = await runCliAsync(['check', 'a.md', '--links', '--format', 'json'], dir);
    const moved = JSON.parse(json.stdout)[0].messages.find((m: { ruleId: string; message: string }) => m.ruleId === 'link-check' && /moved/.test(m.message));
    expect(moved.fix).toBeUndefined();
    const at = after.indexOf(`${server.origin}/moved#fares`);
    expect(moved.suggestions).toEqual([{ desc: `Use ${server.origin}/ok#fares`, fix: { range: [at, at + `${server.origin}/moved#fares`.length], text: `${server.origin}/ok#fares` } }]);
  });

  it('a config can turn the network findings off', async () => {
    const dir = tempDir({ 'a.md': post(server.origin), '.preflightrc.json': JSON.stringify({ rules: { 'link-check': 'off' } }) });
    const { stdout } = await runCliAsync(['check', 'a.md', '--links'], dir);
    expect(stdout).not.toMatch(/link-check/);
  });

  it('rejects a bad --link-timeout with exit code 2', async () => {
    const { code, stderr } = await runCliAsync(['check', 'a.md', '--links', '--link-timeout', 'soon'], tempDir({ 'a.md': 'x' }));
    expect(code).toBe(2);
    expect(stderr).toMatch(/--link-timeout needs a number of seconds/);
  });
});
