#!/usr/bin/env node
/**
 * `npm run fuzz`: the property tests of `test/properties.test.ts` with many more cases (over
 * 100,000 at the default scale) and a random seed, then the count of cases and the time.
 *
 *     npm run fuzz                      # scale 1, random seed
 *     npm run fuzz -- --scale 0.1       # a tenth of the cases
 *     npm run fuzz -- --seed 12345      # replay a run (the seed is printed at the start and end)
 *
 * The run counts per property are in `runs` in the test file; `--scale` multiplies them.
 * On a failure fast-check prints the shrunk counter-example and the seed and path to replay it.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const {values} = parseArgs({options: {scale: {type: 'string', default: '1'}, seed: {type: 'string'}}})
const scale = Number(values.scale)
if (!(scale > 0)) {
  console.error('fuzz: --scale must be a positive number, not ' + JSON.stringify(values.scale))
  process.exit(2)
}
if (values.seed !== undefined && !/^\d+$/.test(values.seed)) {
  console.error('fuzz: --seed must be a whole number, not ' + JSON.stringify(values.seed))
  process.exit(2)
}
const seed = values.seed ?? String(Date.now() % 2 ** 31)

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-fuzz-')), 'counts.jsonl')
const started = performance.now()
console.log(`fuzz: seed ${seed}, scale ${scale}`)
const result = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'test/properties.test.ts'],
  {
    cwd: root,
    stdio: 'inherit',
    env: {...process.env, EVIDENCE_FUZZ: String(scale), EVIDENCE_FUZZ_SEED: seed, EVIDENCE_FUZZ_REPORT: report}
  }
)
const seconds = (performance.now() - started) / 1000

const counts = new Map()
if (fs.existsSync(report)) {
  for (const line of fs.readFileSync(report, 'utf8').split('\n')) {
    if (!line) continue
    const {name, count} = JSON.parse(line)
    counts.set(name, (counts.get(name) ?? 0) + count)
  }
}
fs.rmSync(path.dirname(report), {recursive: true, force: true})

const total = [...counts.values()].reduce((sum, count) => sum + count, 0)
const width = Math.max(8, ...[...counts.keys()].map((name) => name.length))
console.log('\nfuzz: cases run per property')
for (const [name, count] of counts) console.log(`  ${name.padEnd(width)} ${String(count).padStart(8)}`)
console.log(`  ${'total'.padEnd(width)} ${String(total).padStart(8)}`)
const status = result.status === 0 ? 'no failure' : 'FAILED (see above)'
console.log(
  `fuzz: ${total} cases in ${seconds.toFixed(1)} s (${(total / seconds).toFixed(0)} cases/s), seed ${seed}: ${status}`
)
process.exit(result.status ?? 1)
