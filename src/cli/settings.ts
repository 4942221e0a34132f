// Lint settings for one config file: the target server version, rule
// severities and file checks, from the command line and the nearest .natsconf.json.

import { dirname } from "node:path";

import { DEFAULT_EXPIRY_DAYS } from "../certs/file-checks.js";
import type { FileCheckSettings } from "../certs/types.js";
import { findProjectFile, loadProjectFile, type ProjectSettings } from "../project/project-file.js";
import { RULES } from "../rules/index.js";
import type { RunOptions } from "../rules/run.js";
import type { ServerVersion } from "../target/version.js";

export type SettingsResult =
  | {
      ok: true;
      options: RunOptions;
      /** Set when the files that tls blocks name are to be read. */
      fileChecks: FileCheckSettings | undefined;
    }
  | { ok: false; message: string };

/** File-check options from the command line; each wins over the project file. */
export interface FileCheckFlags {
  /** --check-files or --no-check-files. */
  checkFiles?: boolean | undefined;
  /** --cwd: the server's working directory. */
  serverCwd?: string | undefined;
  /** --expiry-days. */
  expiryDays?: number | undefined;
}

export class SettingsFinder {
  private readonly loaded = new Map<string, SettingsResult>();

  /**
   * @param serverVersion --server-version, which wins over project files
   * @param cwd the folder for standard input without --stdin-filename, and the
   *   default server working directory for file checks
   * @param flags file-check options from the command line
   */
  constructor(
    private readonly serverVersion: ServerVersion | undefined,
    private readonly cwd: string,
    private readonly flags: FileCheckFlags = {},
  ) {}

  /** Returns the settings for a config file; `path` is undefined for standard input. */
  forFile(path: string | undefined): SettingsResult {
    const projectFile = findProjectFile(path === undefined ? this.cwd : dirname(path));
    if (projectFile === undefined) return this.settings(undefined);
    let result = this.loaded.get(projectFile);
    if (result === undefined) {
      const load = loadProjectFile(
        projectFile,
        RULES.map((rule) => rule.meta.id),
      );
      result = load.ok ? this.settings(load.settings) : load;
      this.loaded.set(projectFile, result);
    }
    return result;
  }

  private settings(project: ProjectSettings | undefined): SettingsResult {
    const target = this.serverVersion ?? project?.serverVersion;
    const options: RunOptions = {
      ...(target === undefined ? {} : { target }),
      ...(project === undefined ? {} : { severities: project.severities }),
    };
    return { ok: true, options, fileChecks: this.fileChecks(project) };
  }

  /**
   * File checks are on with --check-files, with --cwd or --expiry-days (which
   * make sense only with them), or with "checkFiles": true; --no-check-files
   * turns them off.
   */
  private fileChecks(project: ProjectSettings | undefined): FileCheckSettings | undefined {
    const { checkFiles, serverCwd, expiryDays } = this.flags;
    const impliedByFlags = serverCwd !== undefined || expiryDays !== undefined ? true : undefined;
    const on = checkFiles ?? impliedByFlags ?? project?.checkFiles ?? false;
    if (!on) return undefined;
    return {
      cwd: serverCwd ?? this.cwd,
      expiryDays: expiryDays ?? project?.expiryDays ?? DEFAULT_EXPIRY_DAYS,
    };
  }
}
