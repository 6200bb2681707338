/**
 * unified-args' own argument parser (`parseArgv`): the same flags, defaults and error messages
 * as every unified CLI (remark-cli, retext-cli...). unified-args' `args()` cannot take a
 * reporter function or a config transform, so evidence-lint calls its parser and then
 * unified-engine itself; the parser is not in unified-args' public exports, so it is loaded
 * from its file beside the package's entry.
 */
import type {Options as EngineOptions} from 'unified-engine'
import type {Processor} from 'unified'

export interface ArgsOptions {
  name: string
  description: string
  version: string
  cwd: string
  processor: () => Processor<any, any, any, any, any> // eslint-disable-line @typescript-eslint/no-explicit-any
  extensions: string[]
  rcName: string
  packageField: string
  ignoreName: string
  pluginPrefix: string
}

export interface ParsedArgs {
  args: {help: boolean; helpMessage: string; version: boolean; watch: boolean}
  engine: EngineOptions
}

type ParseArgv = (flags: string[], options: ArgsOptions) => ParsedArgs

let parseArgvCached: ParseArgv | undefined

export async function loadParseArgv(): Promise<ParseArgv> {
  if (parseArgvCached) return parseArgvCached
  const entry = import.meta.resolve('unified-args')
  const module = (await import(new URL('lib/parse-argv.js', entry).href)) as {parseArgv?: ParseArgv}
  if (typeof module.parseArgv !== 'function')
    throw new Error('unified-args: cannot find `parseArgv` in lib/parse-argv.js')
  parseArgvCached = module.parseArgv
  return parseArgvCached
}
