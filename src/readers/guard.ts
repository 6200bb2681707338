/**
 * Fail loudly inside, quietly outside: a reader that throws is a bug in this package.
 *
 * In a user's run the rule goes on without what that reader would have found, and the file
 * gets one `reader-error` message per reader naming it, so the gap is never silent. Under
 * the test suite (`RETEXT_EVIDENCE_READER_ERRORS=throw`, set in `vitest.config.ts`) the error
 * is thrown, so every test sees it.
 */
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

export const readerErrorId = 'reader-error'

/** The messages a reader's failure gave; the preset sets their `ruleId`, `source` and
 * severity back after unified-lint-rule stamped the running rule's on every new message. */
export const readerErrorMessages = new WeakSet<VFileMessage>()

/** Readers that already failed on a file (one message per reader and file). */
const failed = new WeakMap<VFile, Set<string>>()

/** Where a failure may be placed (the span of what was being read). */
export type ReaderPlace = Position

/**
 * Run `read`; when it throws, rethrow under the test suite, else report one `reader-error`
 * message on `file` for `reader` (at `place` when given) and return `fallback`.
 */
export function readSafely<T>(file: VFile, reader: string, fallback: T, read: () => T, place?: () => ReaderPlace): T {
  try {
    return read()
  } catch (error) {
    if (process.env.RETEXT_EVIDENCE_READER_ERRORS === 'throw') throw error
    reportReaderError(file, reader, error, place)
    return fallback
  }
}

/** Report a reader's failure on `file` (once per reader and file). */
export function reportReaderError(file: VFile, reader: string, error: unknown, place?: () => ReaderPlace): void {
  let readers = failed.get(file)
  if (!readers) {
    readers = new Set()
    failed.set(file, readers)
  }
  if (readers.has(reader)) return
  readers.add(reader)
  const detail = error instanceof Error ? error.message : String(error)
  const message = file.message(
    `The \`${reader}\` reader failed (${detail}); what it reads is missing from this file's findings. ` +
      'Please report this as a bug of retext-evidence.',
    {
      place: place?.(),
      ruleId: readerErrorId,
      source: 'retext-evidence'
    }
  )
  message.fatal = false
  message.expected = []
  readerErrorMessages.add(message)
}

/** Give reader-error messages back their own rule id, source and severity (a warning). */
export function restoreReaderErrors(file: VFile): void {
  for (const message of file.messages) {
    if (!readerErrorMessages.has(message)) continue
    message.ruleId = readerErrorId
    message.source = 'retext-evidence'
    message.fatal = false
    message.url = undefined
  }
}
