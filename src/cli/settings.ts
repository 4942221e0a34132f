// Lint settings for one config file: the target server version and rule
// severities, from --server-version and the nearest .natsconf.json.

import { dirname } from "node:path";

import { findProjectFile, loadProjectFile, type ProjectSettings } from "../project/project-file.js";
import { RULES } from "../rules/index.js";
import type { RunOptions } from "../rules/run.js";
import type { ServerVersion } from "../target/version.js";

export type SettingsResult = { ok: true; options: RunOptions } | { ok: false; message: string };

export class SettingsFinder {
  private readonly loaded = new Map<string, SettingsResult>();

  /**
   * @param serverVersion --server-version, which wins over project files
   * @param cwd the folder for standard input without --stdin-filename
   */
  constructor(
    private readonly serverVersion: ServerVersion | undefined,
    private readonly cwd: string,
  ) {}

  /** Returns the settings for a config file; `path` is undefined for standard input. */
  forFile(path: string | undefined): SettingsResult {
    const projectFile = findProjectFile(path === undefined ? this.cwd : dirname(path));
    if (projectFile === undefined) return { ok: true, options: this.options(undefined) };
    let result = this.loaded.get(projectFile);
    if (result === undefined) {
      const load = loadProjectFile(
        projectFile,
        RULES.map((rule) => rule.meta.id),
      );
      result = load.ok ? { ok: true, options: this.options(load.settings) } : load;
      this.loaded.set(projectFile, result);
    }
    return result;
  }

  private options(project: ProjectSettings | undefined): RunOptions {
    const target = this.serverVersion ?? project?.serverVersion;
    return {
      ...(target === undefined ? {} : { target }),
      ...(project === undefined ? {} : { severities: project.severities }),
    };
  }
}
