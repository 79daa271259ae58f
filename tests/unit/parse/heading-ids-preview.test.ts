import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';

const preview = (body: string) => analyze(`---\ntitle: Heading ids\n---\n${body}`).html;

describe('preview of headings with their own id', () => {
  it('does not show the {#id} attribute list that Hugo, Jekyll and Pandoc hide', () => {
    expect(preview('## Install {#setup}\n')).toBe('<h2>Install</h2>\n');
    expect(preview('### Usage {#use .wide}\n')).toBe('<h3>Usage</h3>\n');
    expect(preview('## FAQ {: #questions}\n')).toBe('<h2>FAQ</h2>\n');
  });

  it('does not show an MDX comment id either ({/*id*/}, as react.dev writes them)', () => {
    expect(preview('## New tide tables {/*tide-tables*/}\n')).toBe('<h2>New tide tables</h2>\n');
    expect(preview('## Regatta {/*regatta_2026*/}\n')).toBe('<h2>Regatta</h2>\n');
    // A comment that is not at the end, or not a single id, stays as marked renders it.
    expect(preview('## A {/*note*/} in the middle\n')).toBe('<h2>A {/<em>note</em>/} in the middle</h2>\n');
  });

  it('keeps inline markup, and headings without an id as marked renders them', () => {
    expect(preview('## Run `npm ci` first {#ci}\n')).toBe('<h2>Run <code>npm ci</code> first</h2>\n');
    expect(preview('# Plain heading\n')).toBe('<h1>Plain heading</h1>\n');
    // Braces that are not an id list stay text.
    expect(preview('## Sets like {a, b}\n')).toBe('<h2>Sets like {a, b}</h2>\n');
  });

  it('never puts a draft-chosen id into the panel document', () => {
    expect(preview('## Notice {#notice}\n')).not.toContain('id=');
  });
});
