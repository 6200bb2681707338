/**
 * The runtime patches of third-party parsers that the preset loads, and their one switch.
 *
 * Loading this module patches, in place and for every parse in the process, the copies of
 * micromark (under remark-parse and remark-gfm: `micromark-patch.ts`) and parse-latin (under
 * retext-english, remark-retext and rehype-retext: `parse-latin-patch.ts`) that this package
 * resolves. The patches give the trees the stock parsers give (tested against them) in linear
 * time on text that made those quadratic or worse. The preset (`src/index.ts`) imports this
 * module, so the processor, `lint()`, the CLI, the server and the hook load it too.
 */
import {unpatched as micromarkUnpatched} from './micromark-patch.js'
import {unpatched as latinUnpatched} from './parse-latin-patch.js'

/**
 * Run `fn` with the stock parsers: micromark's and parse-latin's patches off (the same trees,
 * the released algorithms), for a benchmark of the stock parse or to rule the patches out when
 * looking into a problem. When `fn` returns a promise (a processor's `process`), the patches stay
 * off until it settles; other parses in the process meanwhile run stock too.
 */
export function unpatched<T>(fn: () => T): T {
  return micromarkUnpatched(() => latinUnpatched(fn))
}
