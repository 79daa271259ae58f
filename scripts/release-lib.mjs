// Pure helpers of the release script, unit-tested.

/**
 * Both stores read `version` as one to four dot-separated integers (0–65535, no leading zeros):
 * a pre-release such as 1.0.0-beta.1 is not accepted there. Returns why a version is unusable.
 */
export function manifestVersionProblem(version) {
  if (typeof version !== 'string' || !/^\d+(\.\d+){0,3}$/.test(version))
    return `package.json version "${version}" can't be an extension version: use 1 to 4 dot-separated numbers (e.g. 1.2.0), no pre-release suffix.`;
  for (const part of version.split('.')) {
    if (part.length > 1 && part.startsWith('0')) return `package.json version "${version}": "${part}" has a leading zero, which the stores refuse.`;
    if (Number(part) > 65535) return `package.json version "${version}": each part must be at most 65535.`;
  }
  return undefined;
}

/**
 * The body of CHANGELOG.md's "## Unreleased" section, if it has entries: changes in the code that
 * no version's notes describe yet (a release of the current version would ship them unnamed).
 */
export function unreleasedEntries(changelog) {
  return sectionBody(changelog, /^##\s+\[?unreleased\b/i);
}

/**
 * The body of CHANGELOG.md's section for `version` (a heading `## 1.2.0` or `## [1.2.0] – date`),
 * up to the next `## ` heading; undefined when there is none or it is empty.
 */
export function changelogSection(changelog, version) {
  const escaped = version.replace(/\./g, '\\.');
  return sectionBody(changelog, new RegExp(`^##\\s+\\[?v?${escaped}\\]?(?:\\s|$)`));
}

/** The text under the first `## ` heading matching `heading`, up to the next `## ` heading; undefined when none or empty. */
function sectionBody(changelog, heading) {
  const lines = changelog.split(/\r?\n/);
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) return undefined;
  let end = lines.findIndex((line, i) => i > start && /^##\s/.test(line));
  if (end < 0) end = lines.length;
  return lines.slice(start + 1, end).join('\n').trim() || undefined;
}
