// The input of the Markdown speed benches (rules-time.mjs, parse-time.mjs): whole Markdown articles
// of the corpus, in order, up to 1 MiB, cut at a line end; and the two small plugins they share.
import fs from 'node:fs'
import path from 'node:path'

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
