// Prepares the file checks of `natsconf lint --check-files`. The reader, with
// node:crypto, is imported only here, so lint without file checks never loads it.

import type { FileCheckSettings, FileChecks } from "./types.js";

/** The default of --expiry-days and "expiryDays". */
export const DEFAULT_EXPIRY_DAYS = 30;

export async function prepareFileChecks(
  settings: FileCheckSettings,
  now: Date = new Date(),
): Promise<FileChecks> {
  const { createTlsFileReader } = await import("./reader.js");
  return { ...settings, now, reader: createTlsFileReader() };
}
