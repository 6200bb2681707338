/**
 * The lint plugin: runs the preset on the nlcst tree, then the ignore comments.
 *
 * The preset runs in its own frozen processor, so the comments are applied after every rule it
 * attaches however it attaches them; the nlcst extensions it registers (such as
 * `retext-syntax-urls`) are handed to this processor's parser first, as `retext-english`
 * would use them.
 */
import type {Root as NlcstRoot} from 'nlcst'
import {unified, type Plugin, type Processor} from 'unified'
import type {VFile} from 'vfile'
import {BudgetExceeded, withinBudget} from './budget.js'
import {applyControl} from './control.js'
import {inputSource} from './parse.js'
import {tooSlow} from './input.js'
import {extensionKeys} from './english.js'
import './types.js'

export interface LintSetup<Options> {
  /** The retext preset (a unified plugin for nlcst). */
  preset: Plugin<[Options?], NlcstRoot>
  /** Every rule id the preset knows (ignore comments naming anything else get a warning). */
  known: readonly string[]
}

/** Make the lint plugin for a preset. Its options are the preset's options. */
export function createLint<Options>(setup: LintSetup<Options>): Plugin<[(Options | null | undefined)?], NlcstRoot> {
  return function evidenceLint(this: Processor, options) {
    const inner = unified()
      .use(setup.preset, ...(options === null || options === undefined ? [] : [options]))
      .freeze()

    const innerData = inner.data() as Record<string, unknown>
    for (const key of extensionKeys) {
      const added = innerData[key]
      if (Array.isArray(added) && added.length > 0) {
        const own = (this.data() as Record<string, unknown>)[key]
        this.data(key as never, [...(Array.isArray(own) ? own : []), ...added] as never)
      }
    }

    return async function (tree: NlcstRoot, file: VFile) {
      if (file.messages.some((message) => message.fatal)) return
      const budget = file.data.evidenceBudget
      if (budget && Number.isFinite(budget.deadline)) {
        // The rules run under what is left of the file's budget (they are synchronous): past
        // it, their findings so far are dropped for one fatal message.
        // `run` goes as far as it can synchronously, so the budget covers the rules; a plugin that
        // finishes later is awaited outside it.
        const before = file.messages.length
        try {
          await withinBudget(budget.deadline - performance.now(), () => inner.run(tree, file))
        } catch (error) {
          if (!(error instanceof BudgetExceeded)) throw error
          file.messages.length = before
          const problem = tooSlow(file, budget.ms)
          const message = file.message(problem.reason, {ruleId: problem.ruleId, source: inputSource})
          message.fatal = true
          return
        }
      } else await inner.run(tree, file)
      const source = file.data.evidenceSource
      if (source && source.format !== 'text') applyControl(source.tree, file, setup.known)
    }
  }
}
