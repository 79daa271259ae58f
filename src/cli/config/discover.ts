import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_MAX_BYTES, loadConfigFile } from './load';
import type { SiteConfig } from './validate';

export interface ResolvedConfig {
  config: SiteConfig;
  /** The file the config came from; `undefined` when none was found (defaults apply). */
  source?: string;
}

/** Looked for in each directory, in this order; the first one holding a config wins. */
const CANDIDATES = ['.preflightrc.json', 'package.json'];

/**
 * Finds the config for each post. `--config` wins for every post. Otherwise, like ESLint's
 * `.eslintrc` lookup, the nearest directory at or above the post's own directory with a
 * `.preflightrc.json`, or a package.json that has a "postPreflight" key, gives the config;
 * the search stops at the filesystem root. Configs are not merged: the nearest one is the
 * whole config, so what applies to a post is always one file you can open.
 */
export class ConfigResolver {
  private readonly byDirectory = new Map<string, ResolvedConfig>();
  private readonly explicit?: ResolvedConfig;

  constructor(
    private readonly knownRuleIds: readonly string[],
    explicitPath?: string,
    cwd = process.cwd(),
    private readonly maxBytes = DEFAULT_MAX_BYTES,
  ) {
    if (explicitPath !== undefined) {
      const source = resolve(cwd, explicitPath);
      this.explicit = { config: loadConfigFile(source, knownRuleIds, maxBytes, true) ?? {}, source };
    }
  }

  forFile(file: string): ResolvedConfig {
    return this.explicit ?? this.forDirectory(dirname(resolve(file)));
  }

  private forDirectory(dir: string): ResolvedConfig {
    const cached = this.byDirectory.get(dir);
    if (cached) return cached;
    let found: ResolvedConfig | undefined;
    for (const name of CANDIDATES) {
      const path = join(dir, name);
      if (!existsSync(path)) continue;
      const config = loadConfigFile(path, this.knownRuleIds, this.maxBytes);
      if (config) {
        found = { config, source: path };
        break;
      }
    }
    const parent = dirname(dir);
    const result = found ?? (parent === dir ? { config: {} } : this.forDirectory(parent));
    this.byDirectory.set(dir, result);
    return result;
  }
}
