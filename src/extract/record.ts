// The LetterRecord contract: what the extractor produces and every other part (table, source view,
// export, CLI, scoring tool) reads. Names and meanings here are a public contract: add, never rename.

/** Half-open [start, end) UTF-16 offsets into LetterRecord.text. */
export interface Span {
  start: number;
  end: number;
}

/** A value with the places in the letter it was read from. `spans` is empty only when `value` is null. */
export interface Field<T> {
  value: T | null;
  spans: Span[];
  /** Letters read by OCR only: the engine's confidence (0-100) in the words of `spans` (see LetterRecord.ocr). */
  confidence?: number;
}

export type Decision = 'Upheld' | 'Overturned';
export type Necessity = 'medically necessary' | 'not medically necessary';
export type Sex = 'male' | 'female';

export const CATEGORIES = [
  'medication',
  'imaging',
  'physical therapy',
  'chiropractic',
  'acupuncture',
  'injection',
  'surgery',
  'diagnostic test',
  'durable medical equipment',
  'consultation',
  'psychological',
  'home health',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** What kind of drug a medication item asks for (../shared/corpus/drug-classes.md). */
export const DRUG_CLASSES = [
  'opioid',
  'NSAID',
  'topical analgesic',
  'muscle relaxant',
  'anticonvulsant',
  'antidepressant',
  'sedative-hypnotic',
  'gastrointestinal',
  'other',
] as const;
export type DrugClass = (typeof DRUG_CLASSES)[number];

export type CitationSource = 'MTUS' | 'ACOEM' | 'ODG' | 'other';

export interface Citation {
  source: CitationSource;
  title: string;
  sections: string | null;
  pages: string | null;
  citedBy: 'claims administrator' | 'reviewer';
  spans: Span[];
}

export interface Item {
  /** The heading text before ": Upheld"/": Overturned"; for a partial authorization, the remaining IMR-eligible portion. */
  request: Field<string>;
  /** Partial authorizations only: the original request. */
  originalRequest: Field<string>;
  decision: Field<Decision>;
  category: Field<Category>;
  /** Medication items only (null for every other category): the class of the drug asked for. */
  drugClass: Field<DrugClass>;
  /** Medication items only: whether the product is compounded (mixed for the patient, or a compounding kit). */
  compounded: Field<boolean>;
  claimsAdministratorGuideline: Field<string>;
  /** The "MAXIMUS guideline:" text. */
  reviewerGuideline: Field<string>;
  citations: Citation[];
  rationale: Field<string>;
  /** The conclusion the rationale states. */
  necessity: Field<Necessity>;
  /** The whole block of the letter this item was read from (heading to end of rationale). */
  block: Span;
}

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  message: string;
  /** A stable machine-readable name for the kind of problem (e.g. 'not-found', 'password', 'no-text-layer'). */
  code?: string;
  field?: string;
  spans?: Span[];
}

export type RecordStatus = 'ok' | 'partial' | 'failed';

export interface LetterRecord {
  file: string;
  sha256: string;
  /** The engine build that made this record (engine-version.ts); absent on records made before it was kept. */
  engineVersion?: string;
  kind: 'pdf' | 'text' | 'image';
  /** For a PDF, which engine read its text layer: PDFium, or pdf.js (its fallback, or chosen). JSON only. */
  textEngine?: 'pdfium' | 'pdfjs';
  pages: number;
  /** Present when some or all pages were read by OCR (a scanned PDF, an image): the letter was "read by OCR". */
  ocr?: OcrInfo;
  /** Which known letter layout was recognised, or 'unknown'. */
  layout: string;
  text: string;
  /** Offset in `text` where each page starts (one entry, 0, for a text letter). */
  pageStarts: number[];
  /**
   * Page furniture in `text` (page breaks, running headers and footers: extract/page-furniture.ts),
   * which no value includes; absent on records made before it was kept.
   */
  furniture?: Span[];
  status: RecordStatus;
  problems: Problem[];
  caseNumber: Field<string>;
  priority: Field<string>;
  /** Dates are ISO yyyy-mm-dd. */
  dateAssigned: Field<string>;
  dateOfInjury: Field<string>;
  decisionDate: Field<string>;
  urDenialDate: Field<string>;
  applicationReceived: Field<string>;
  reviewer: { licensure: Field<string[]>; specialties: Field<string[]> };
  patient: { age: Field<number>; sex: Field<Sex> };
  diagnoses: Field<string[]>;
  items: Item[];
}

/** How a letter read by OCR was read, and the map from its text back to the page images. */
export interface OcrInfo {
  engine: string;
  /** Mean word confidence over the letter, 0-100. */
  confidence: number;
  /** Fields whose words' confidence is below this are flagged for review. */
  threshold: number;
  /** One note per page read by OCR (0-based page). */
  pages: { page: number; confidence: number; rotation: number; blank: boolean }[];
  /** The page map (text offsets to page positions, in points) so the source view needs no second OCR. */
  pieces: { start: number; end: number; page: number; x: number; y: number; width: number; fontSize: number; confidence?: number }[];
  /** `skew`: degrees a page was scanned at a slant and read straightened (document/page-runs.ts PageSize). */
  pageSizes: { width: number; height: number; skew?: number }[];
}

/** What the extractor adds to a letter's text: everything in LetterRecord that is read from the words. */
export type Extraction = Omit<LetterRecord, 'file' | 'sha256' | 'kind' | 'textEngine' | 'pages' | 'text' | 'pageStarts' | 'ocr'>;
