/**
 * What the processor keeps in `file.data`: the format it read the file as and the source tree
 * (mdast for Markdown and MDX, hast for HTML, the nlcst tree itself for text).
 */
import type {Root as HastRoot} from 'hast'
import type {Root as MdastRoot} from 'mdast'
import type {Root as NlcstRoot} from 'nlcst'
import type {Format} from './format.js'

export type EvidenceSource =
  | {format: 'markdown'; tree: MdastRoot; mdx: boolean}
  | {format: 'html'; tree: HastRoot}
  | {format: 'text'; tree: NlcstRoot}

declare module 'vfile' {
  interface DataMap {
    /** Set by the `retext-evidence/processor` parser. */
    evidenceSource: EvidenceSource
    /** Set by the parser: the file's time budget in ms and when it runs out (`performance.now()`). */
    evidenceBudget: {ms: number; deadline: number}
  }
}

/** Options of the parser plugin. */
export interface ParseOptions {
  /** Read every file as this format instead of choosing by extension. */
  format?: Format | null | undefined
  /** Files larger than this many bytes get a fatal message instead of a parse (default 5 MiB). */
  maxSize?: number | null | undefined
  /** Plain text longer than this many characters is parsed in pieces, in linear time, with the
   * positions a whole parse gives (default 64 KiB; Markdown: runs of blocks above 256 KiB). */
  chunkThreshold?: number | null | undefined
  /** Time budget of one file, in ms, for its parse and its rules together: a file that takes
   * longer is stopped and gets one fatal `too-complex` message instead of findings (default: 10 s
   * plus 10 s per MiB of text; `false` or `0`: no budget). */
  maxLintMs?: number | false | null | undefined
}
