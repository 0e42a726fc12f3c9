// A request as a kind of treatment, so that "Physical therapy 2x6" and "physical therapy twice a week
// for six weeks" count together: lower-cased, without quantities, frequencies, durations, doses,
// spinal levels, number words or punctuation. Pure, used for the table's request facet and Insights.

const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|single|dozen';
/** A count: digits (possibly a range "6-8", "6 to 8") or a number word. */
const COUNT = `(?:\\d+(?:\\.\\d+)?|${NUMBER_WORDS})(?:\\s*(?:-|to|or)\\s*(?:\\d+(?:\\.\\d+)?|${NUMBER_WORDS}))?`;
const UNIT_OF_TIME = '(?:days?|weeks?|wks?|months?|mos?|hours?|hrs?|years?)';
const UNIT_OF_COUNT =
  '(?:sessions?|visits?|treatments?|times?|tablets?|tabs?|capsules?|caps?|pills?|refills?|patches|units?|bottles?|boxes|tubes?|pairs?)';

const STRIP: readonly RegExp[] = [
  // Doses: "10/325 mg", "5%", "0.5 ml", "1000 iu".
  /\b\d+(?:\.\d+)?(?:\s*\/\s*\d+(?:\.\d+)?)*\s*(?:mg|mcg|µg|gm?|ml|mls|cc|%|iu|meq|oz)(?![a-z])/g,
  // Quantities written "#90", "qty: 60", "quantity 30", "no. 10".
  /#\s*\d+/g,
  /\b(?:quantity|qty|number|no\.?)\s*:?\s*\d+/g,
  // Frequency: "twice a week", "3 times per week", "2x/week", "once daily".
  new RegExp(`\\b(?:once|twice|thrice|${COUNT}\\s*(?:x|times?))\\s*(?:a|per|each|every|/|in)?\\s*(?:day|week|wk|month)\\b`, 'g'),
  /\b(?:per|a|each|every|\/)\s*(?:day|week|wk|month)\b/g,
  // Durations and counts: "for six weeks", "12 sessions", "x 6 visits", "6-8 treatments".
  new RegExp(`\\b(?:for|x|over|times)?\\s*${COUNT}\\s*(?:additional\\s+|more\\s+|total\\s+)?(?:${UNIT_OF_TIME}|${UNIT_OF_COUNT})\\b`, 'g'),
  // Treatment schedules written "2x6", "2 x 6", "x6", "6x".
  /\b\d+\s*x\s*\d+\b/g,
  /(?:^|\s)x\s*\d+\b/g,
  /\b\d+\s*x(?![a-z])/g,
  // Frequency abbreviations.
  /\b(?:q\.?d|b\.?i\.?d|t\.?i\.?d|q\.?i\.?d|q\.?h\.?s|p\.?r\.?n|q\d+h|daily|nightly|weekly|monthly|as needed)\b\.?/g,
  // Spinal levels ("L4-5", "C5-C6", "L5-S1").
  /\b[ctls]\d+(?:\s*-\s*[ctls]?\d+)?\b/g,
  // Any number left, and number words.
  /\d+(?:\.\d+)?/g,
  new RegExp(`\\b(?:${NUMBER_WORDS}|once|twice|thrice)\\b`, 'g'),
];

/** Words that only joined a stripped quantity to the request ("... for", "of ..."), at either end. */
const EDGE_WORDS = new Set([
  'for',
  'x',
  'per',
  'a',
  'an',
  'of',
  'with',
  'and',
  'to',
  'at',
  'the',
  'each',
  'every',
  'times',
  'over',
  'additional',
  'total',
  'up',
  'or',
  'in',
  'more',
  'qty',
  'quantity',
  'session',
  'sessions',
  'visit',
  'visits',
  'treatments',
]);

export function normaliseRequest(request: string | null): string | null {
  if (request === null) return null;
  let text = request.toLowerCase().replace(/[‐-―]/g, '-');
  // Words joined by a hyphen stay one word ("x-ray" → "xray"): the hyphen is punctuation, not a break.
  text = text.replace(/([a-z])-([a-z])/g, '$1$2');
  for (const pattern of STRIP) text = text.replace(pattern, ' ');
  const words = text
    .replace(/[^a-z\s]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 1 || w === 'x');
  while (words.length > 0 && EDGE_WORDS.has(words[0]!)) words.shift();
  while (words.length > 0 && EDGE_WORDS.has(words[words.length - 1]!)) words.pop();
  const kind = words.filter((w) => w !== 'x').join(' ');
  // Nothing left ("12 sessions"): the request as written, lower-cased, still groups its own kind.
  return kind || request.trim().toLowerCase() || null;
}
