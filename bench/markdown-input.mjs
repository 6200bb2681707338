// What the Markdown speed benches (rules-time.mjs, parse-time.mjs) share: their input (whole Markdown
// articles of the corpus, in order, up to 1 MiB, cut at a line end), an empty compiler, the relaunch
// with an exposed collector, command-line options and the corpus's folder.
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** The bench's 1 MiB of Markdown made of the corpus's articles in `corpusDir`. */
export function benchMarkdown(corpusDir) {
  const articles = fs
    .readdirSync(corpusDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => fs.readFileSync(path.join(corpusDir, name), 'utf8').trimEnd() + '\n\n')
  let text = ''
  for (let index = 0; text.length < 1024 * 1024; index++) text += articles[index % articles.length]
  return text.slice(0, text.lastIndexOf('\n', 1024 * 1024) + 1)
}

/** A compiler that writes nothing, for a processor run only to parse and lint. */
export const noCompiler = function () {
  this.compiler = () => ''
}

/** Run the script at `url` again with `--expose-gc` and a large heap when the collector is not
 * exposed (the benches collect before each round); this process then exits with its status. */
export function ensureGc(url) {
  if (typeof globalThis.gc === 'function') return
  const args = ['--expose-gc', '--max-old-space-size=8192', fileURLToPath(url), ...process.argv.slice(2)]
  process.exit(spawnSync(process.execPath, args, {stdio: 'inherit'}).status ?? 1)
}

/** The value after `name` on the command line, or `fallback`. */
export function option(name, fallback) {
  const args = process.argv.slice(2)
  const index = args.indexOf(name)
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback
}

/** The corpus folder of `../shared` (or `$EVIDENCE_SHARED`) beside the package at `root`. */
export function corpusDirOf(root) {
  return path.resolve(root, process.env.EVIDENCE_SHARED ?? path.join('..', 'shared'), 'corpus')
}
