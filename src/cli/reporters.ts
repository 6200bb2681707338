/**
 * Reporters bundled with the CLI, passed to unified-engine as functions: unified-engine would
 * otherwise resolve a reporter's name from the working folder, where the user has not
 * installed anything.
 *
 * - `pretty` (the default): vfile-reporter;
 * - `json`: vfile-reporter-json (without the `ancestors` nodes, which can be whole subtrees);
 * - `sarif`: SARIF 2.1.0.
 *
 * Any other name is left to unified-engine to resolve (`vfile-reporter-NAME`).
 */
import type {VFile} from 'vfile'
import {reporter as reporterPretty} from 'vfile-reporter'
import {reporterJson} from 'vfile-reporter-json'
import {reporterSarif} from './sarif.js'

export type Reporter = (files: VFile[], options: Record<string, unknown>) => string | Promise<string>

export const bundledReporters: Record<string, Reporter> = {
  pretty: reporterPretty as Reporter,
  default: reporterPretty as Reporter,
  json: (files, options) => reporterJson(files.map(withoutAncestors), options) + '\n',
  sarif: (files, options) => reporterSarif(files, {silent: Boolean(options.silent)})
}

function withoutAncestors(file: VFile): VFile {
  const messages = file.messages.map((message) => ({...message, ancestors: undefined}))
  return {path: file.path, cwd: file.cwd, history: file.history, messages} as unknown as VFile
}
