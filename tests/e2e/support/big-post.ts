/** A realistic post of about `bytes` bytes: frontmatter, headings, paragraphs with links (some tracked), lists. */
export function bigPost(bytes: number): string {
  const head = '---\ntitle: Field notes from a long season on the trails\ndescription: Notes.\ndate: 2026-10-01\ntags: [hiking, notes]\n---\n';
  const parts = [head];
  let size = head.length;
  for (let i = 1; size < bytes; i++) {
    const block =
      `## Day ${i}\n\n` +
      `Started early from camp ${i} and walked the [ridge section ${i}](https://trails.example.com/ridge/${i}?utm_source=feed&ref=${i}) before the heat. ` +
      `The water source at mile ${i * 3} was running; see the [report](https://water.example.org/reports/${i}) for details.\n\n` +
      `- Distance: ${10 + (i % 7)} miles\n- Climb: ${400 + i * 13} m\n- Notes: windy on the saddle, quiet after dark.\n\n`;
    parts.push(block);
    size += block.length;
  }
  return parts.join('');
}
