// Paths and URIs of reported files, as machine formats write them.

import { isAbsolute, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";

import { STDIN_PATH } from "../input.js";

/**
 * Returns `file` relative to `cwd` with `/` separators when it is inside `cwd`,
 * and its absolute path otherwise. Standard input without --stdin-filename
 * stays `<stdin>`.
 */
export function relativePath(file: string, cwd: string): string {
  if (file === STDIN_PATH) return file;
  const absolute = resolve(cwd, file);
  const inside = relative(cwd, absolute);
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) return absolute;
  return inside.split(sep).join("/");
}

/** A file's location as SARIF writes it: relative to a base URI id when it can be. */
export interface ArtifactUri {
  uri: string;
  uriBaseId?: string;
}

/** The base id of relative artifact URIs. The run maps it to the working directory. */
export const SOURCE_ROOT_ID = "%SRCROOT%";

export function artifactUri(file: string, cwd: string): ArtifactUri {
  const path = relativePath(file, cwd);
  if (path === STDIN_PATH) return { uri: encodeURIComponent(path) };
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  const uri = path.split("/").map(encodeURIComponent).join("/");
  return { uri, uriBaseId: SOURCE_ROOT_ID };
}

/** Returns the file URL of a directory, with the trailing slash that SARIF base URIs need. */
export function directoryUri(directory: string): string {
  const href = pathToFileURL(directory).href;
  return href.endsWith("/") ? href : `${href}/`;
}
