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
 * The alternatives as one group, those that start with the same character gathered under it
 * ("a(?:spirin|cetaminophen)|b(?:aclofen)"), each keeping its place among the others. The pattern
 * matches exactly what the plain list would (two alternatives that start with different characters
 * never match at the same place), but a search no longer tries every alternative at every character:
 * a vocabulary of hundreds of terms searched that way was most of the category rules' time.
 */
function alternatives(sources: readonly string[], caseBlind: boolean): string {
  const groups = new Map<string, string[]>();
  for (const source of sources) {
    // Only a plain first letter or digit is gathered on; anything else stands alone.
    const head = /^[A-Za-z0-9]/.test(source) ? (caseBlind ? source[0]!.toLowerCase() : source[0]!) : source;
    const group = groups.get(head);
    if (group) group.push(source);
    else groups.set(head, [source]);
  }
  return [...groups]
    .map(([head, members]) =>
      members.length === 1 || head.length !== 1 ? members.join('|') : `${head}(?:${members.map((m) => m.slice(1)).join('|')})`,
    )
    .join('|');
}

/**
 * One case-insensitive pattern matching any of the terms as whole words (a plural "s" allowed).
 * Longer terms are tried first so "physical therapy evaluation" wins over "physical therapy".
 */
export function anyTerm(terms: readonly string[]): RegExp {
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  return new RegExp(`\\b(?:${alternatives(sorted.map(termSource), true)})`, 'i');
}

/** Case-sensitive abbreviations ("PT", "CBC", "TENS") that would be ordinary words in lower case. */
export function anyAbbreviation(terms: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${alternatives(terms.map(escape), false)})s?\\b`);
}

/** Words ending in one of the stems, at least `minStemPrefix` letters before the stem. */
export function anyEnding(endings: readonly string[], minStemPrefix = 3): RegExp {
  return new RegExp(`\\b[a-z]{${minStemPrefix},}(?:${endings.join('|')})\\b`, 'i');
}
