/**
 * The CLI's processor: the package's processor, with each file parsed and linted in a turn of
 * the event loop of its own.
 *
 * unified-engine starts every file at once. Their reads finish together on the thread pool, and
 * the read callbacks then parse and lint file after file without going back to the event loop:
 * on a large folder a SIGINT (Ctrl-C) or SIGTERM would wait for most of the run. Here the
 * engine's parse step only records the parse; a first transformer runs it when the file's turn
 * comes, one file per iteration of the loop, so a signal is handled between two files.
 * Findings, messages and their order are those of the package's processor.
 */
import type {Node} from 'unist'
import {unified, type Plugin, type Processor} from 'unified'
import type {VFile} from 'vfile'
import {createProcessor} from '../processor.js'
import type {ResolveDefaults} from '../../rules/mismatched-attribution/index.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyProcessor = Processor<any, any, any, any, any>

const parses = new WeakMap<VFile, () => Node>()
const waiting: Array<() => void> = []
let scheduled = false

/** Run `task` in a later turn of the event loop, one task per turn, in order. */
function inTurn(task: () => void): void {
  waiting.push(task)
  if (!scheduled) {
    scheduled = true
    setImmediate(drain)
  }
}

function drain(): void {
  const task = waiting.shift()
  // An immediate queued while immediates run waits for the next iteration (after I/O and
  // signals are polled).
  if (waiting.length > 0) setImmediate(drain)
  else scheduled = false
  task?.()
}

/** Attached last: the engine's parse step records the real parse and gets an empty tree. */
const deferParse: Plugin<[], string, Node> = function (this: AnyProcessor) {
  const parser = this.parser as ((doc: string, file: VFile) => Node) | undefined
  if (!parser) return
  this.parser = (doc: string, file: VFile) => {
    parses.set(file, () => parser(doc, file))
    return {type: 'RootNode', children: []} as Node
  }
}

/** Attached first: its transformer parses the file when its turn comes. */
const parseInTurn: Plugin<[], Node, Node> = function () {
  return (tree: Node, file: VFile, next: (error?: Error, tree?: Node) => void) => {
    const parse = parses.get(file)
    if (!parse) {
      next(undefined, tree)
      return
    }
    parses.delete(file)
    inTurn(() => {
      let parsed: Node
      try {
        parsed = parse()
      } catch (error) {
        next(error instanceof Error ? error : new Error(String(error)))
        return
      }
      next(undefined, parsed)
    })
  }
}

/** Attached after the parse: puts the CLI's resolution settings (`--resolve`, `--offline`,
 * `--cache-dir`, `--verbose`, the environment) on each file for mismatched-attribution. */
const resolveDefaults: Plugin<[(ResolveDefaults | undefined)?], Node, Node> = function (defaults) {
  return (_tree: Node, file: VFile) => {
    if (defaults) (file.data as Record<string, unknown>).evidenceResolve = defaults
  }
}

/** `createProcessor()` with the parse of each file deferred to a turn of its own. */
export function cliProcessor(defaults?: ResolveDefaults): AnyProcessor {
  const base = createProcessor() as unknown as AnyProcessor
  const processor = unified().use(parseInTurn).use(resolveDefaults, defaults) as unknown as AnyProcessor
  for (const [attacher, ...parameters] of base.attachers) processor.use(attacher as Plugin<unknown[]>, ...parameters)
  processor.data(base.data())
  return processor.use(deferParse)
}
