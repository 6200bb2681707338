/**
 * Nouns that take a letter or a number as their label (`vitamin C`, `type 2`, `phase III`,
 * `Group A`, `Figure 3`). Capitalised, one of them looks like a name and its letter like an
 * initial: the document model does not read `vitamin C.` as an initial that leaves the
 * sentence open, and the references reader does not read `Vitamin D` at the head of an entry
 * as an author. One list for both: until issue 18 each kept its own (18 and 22 words).
 */
export const labelNouns: ReadonlySet<string> = new Set([
  'vitamin',
  'coenzyme',
  'omega',
  'interleukin',
  'hepatitis',
  'factor',
  'protein',
  'complex',
  'type',
  'group',
  'grade',
  'class',
  'phase',
  'stage',
  'level',
  'plan',
  'option',
  'schedule',
  'part',
  'chapter',
  'section',
  'appendix',
  'figure',
  'table',
  'volume',
  'issue'
])
