/** A hash of the sources a record depends on and of the pdf.js release (see engine-version.mjs). */
export function engineVersion(root: string): string;
