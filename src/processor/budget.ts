/**
 * The time budget (`maxLintMs`): the last line of defence against an input that is slow to
 * lint (a third-party parser that grows with the square of a paragraph, a shape nobody has
 * thought of yet). The parse and the rules of one file each run under what is left of the
 * file's budget; past it, the work is stopped where it stands (V8 terminates the running
 * JavaScript, as `vm`'s `timeout` does), the file gets one fatal `too-complex` message instead
 * of findings, and the thread is free for the next file at once.
 *
 * Only synchronous work can be stopped: the parse and the preset's rules are synchronous.
 */
import vm from 'node:vm'

/** The default budget of a file: 10 s, plus 10 s per MiB of text. A file of 1 MiB of ordinary
 * prose takes about 1 to 3.5 s on a small, loaded machine, and the slowest linear inputs of
 * `bench/HOSTILE.md` (100,000 list items in Markdown) about 14 s per MiB on a quiet one: the
 * budget is for what is wrong, not for what is slow. */
export function defaultMaxLintMs(characters: number): number {
  return Math.round(10_000 + (10_000 * characters) / (1024 * 1024))
}

/** The error thrown when the budget runs out. */
export class BudgetExceeded extends Error {
  override name = 'BudgetExceeded'
}

const context = vm.createContext({task: undefined as (() => unknown) | undefined})
const script = new vm.Script('task()', {filename: 'retext-evidence-budget.js'})

/**
 * Run the synchronous `task` for at most `ms` milliseconds: its result, or `BudgetExceeded`
 * once the time is up (the task is stopped mid-way; nothing it was doing is finished).
 */
export function withinBudget<T>(ms: number, task: () => T): T {
  if (!(ms > 0)) throw new BudgetExceeded('no time left')
  if (!Number.isFinite(ms)) return task()
  const shared = context as unknown as {task: (() => unknown) | undefined}
  const outer = shared.task
  shared.task = task
  try {
    return script.runInContext(context, {timeout: Math.max(1, Math.ceil(ms))}) as T
  } catch (error) {
    if ((error as NodeJS.ErrnoException | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
      throw new BudgetExceeded('the time budget of ' + ms + ' ms ran out')
    }
    throw error
  } finally {
    shared.task = outer
  }
}

/** Check a `maxLintMs` option: a positive number of ms, or `false`/`0`/`Infinity` for none. */
export function checkMaxLintMs(value: unknown): boolean {
  return (
    value === false ||
    value === null ||
    value === undefined ||
    (typeof value === 'number' && value >= 0 && !Number.isNaN(value))
  )
}

/** The budget in ms for a file of `characters` under option `value` (`Infinity`: none). */
export function budgetFor(value: number | false | null | undefined, characters: number): number {
  if (value === false || value === 0) return Number.POSITIVE_INFINITY
  if (typeof value === 'number' && value > 0) return value
  return defaultMaxLintMs(characters)
}
