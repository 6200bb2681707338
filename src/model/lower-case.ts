/**
 * The lower case of a whole document, made once: the source-text scan (its HTML tags and its
 * bare URLs) and the table reader each read the document in lower case, and lower-casing a
 * MiB of text takes milliseconds.
 */

/** The last document asked for, with its lower case (one entry: a linter reads one document at
 * a time, and the next document replaces it). */
let last: {value: string; lower: string} | undefined

/** `value.toLowerCase()`, the same string for the same text asked for again. */
export function lowerCaseOf(value: string): string {
  if (last !== undefined && last.value === value) return last.lower
  const lower = value.toLowerCase()
  last = {value, lower}
  return lower
}
