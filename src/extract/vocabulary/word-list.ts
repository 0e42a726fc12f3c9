// Builds the regular expressions of the vocabularies from plain lists of terms, so each list reads as
// the words it holds. In a term a space matches any run of white space or a hyphen ("follow up",
// "follow-up", a line break), a hyphen matches an optional hyphen or space ("e-stim", "estim"), and a
// trailing "*" lets the word go on ("inject*" for inject, injection, injections).

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function termSource(term: string): string {
  const open = term.endsWith('*');
  const body = (open ? term.slice(0, -1) : term)
    .split(' ')
    .map((word) => word.split('-').map(escape).join('[\\s-]?'))
    .join('[\\s-]+');
  return open ? `${body}\\w*` : `${body}s?\\b`;
}

/**
 * One case-insensitive pattern matching any of the terms as whole words (a plural "s" allowed).
 * Longer terms are tried first so "physical therapy evaluation" wins over "physical therapy".
 */
export function anyTerm(terms: readonly string[]): RegExp {
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  return new RegExp(`\\b(?:${sorted.map(termSource).join('|')})`, 'i');
}

/** Case-sensitive abbreviations ("PT", "CBC", "TENS") that would be ordinary words in lower case. */
export function anyAbbreviation(terms: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${terms.map(escape).join('|')})s?\\b`);
}

/** Words ending in one of the stems, at least `minStemPrefix` letters before the stem. */
export function anyEnding(endings: readonly string[], minStemPrefix = 3): RegExp {
  return new RegExp(`\\b[a-z]{${minStemPrefix},}(?:${endings.join('|')})\\b`, 'i');
}
