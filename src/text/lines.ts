/**
 * Lines of a text by offset: where each line starts, and which line holds an offset (a binary
 * search over those starts). The source-text scan and the reference reader's blocks both ask.
 */

/** The offsets where the lines of `value` start: 0, then one past each `\n`. */
export function lineStartsOf(value: string): number[] {
  const lineStarts = [0]
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) === 10) lineStarts.push(i + 1)
  return lineStarts
}

/** The 1-based line holding `offset`, given the line starts of its text. */
export function lineOfOffset(lineStarts: readonly number[], offset: number): number {
  let lo = 0
  let hi = lineStarts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (lineStarts[mid] <= offset) lo = mid
    else hi = mid - 1
  }
  return lo + 1
}
