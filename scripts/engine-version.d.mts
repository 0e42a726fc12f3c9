/** The sources of src/ a record depends on, from the parsers' entry points (see engine-version.mjs). */
export const RECORD_ENTRIES: readonly string[];
export function recordSources(root: string): string[];
/** The field catalogue's text without each line's `column: {…}` display settings. */
export function catalogueWithoutDisplay(text: string): string;
/** A hash of the sources a record depends on and of the packages they import (see engine-version.mjs). */
export function engineVersion(root: string, read?: (file: string) => string): string;
