/**
 * `evidence-publish-hook` with linked records turned on by its config, against the stub
 * services on 127.0.0.1: the record's finding is in the answer when the services answer in
 * time; when they do not, the hook answers 200 within its time budget without it (the check is
 * skipped, never an error).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, beforeEach, describe, expect, it, vi} from 'vitest'
import {buildOnce, postJson, startHook} from './hook-helpers.js'
import {startStub, type Stub} from './records-stub.js'

vi.setConfig({testTimeout: 120_000, hookTimeout: 240_000})

let stub: Stub
let folder: string

beforeAll(async () => {
  buildOnce()
  stub = await startStub()
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-hook-records-'))
  const rules = {
    'unhedged-claim': false,
    'unsourced-statistic': false,
    'mismatched-attribution': [
      1,
      {
        resolve: true,
        crossrefUrl: stub.crossrefUrl,
        eutilsUrl: stub.eutilsUrl,
        cacheDir: path.join(folder, 'cache'),
        timeout: 1000
      }
    ]
  }
  fs.writeFileSync(path.join(folder, 'records.evidencerc.json'), JSON.stringify({rules}))
})
afterAll(async () => {
  await stub.close()
  fs.rmSync(folder, {recursive: true, force: true})
})
beforeEach(() => {
  stub.requests.length = 0
  stub.override = undefined
})

const content =
  'A 2016 randomised controlled trial in the American Journal of Medicine found ' +
  'that omega-3 supplements may ease depression ' +
  '([study](https://doi.org/10.1016/j.amjmed.2006.01.001)).\n'

describe('evidence-publish-hook and linked records', () => {
  it('skips the records it cannot get within its budget, and answers 200', async () => {
    stub.override = () => 'hang'
    const hook = await startHook([
      '--workers',
      '1',
      '--timeout',
      '3000',
      '--config',
      path.join(folder, 'records.evidencerc.json')
    ])
    try {
      const started = Date.now()
      const response = await postJson(hook.url, {format: 'markdown', content})
      expect(response.status).toBe(200)
      const body = (await response.json()) as {pass: boolean; messages: Array<{ruleId: string}>}
      expect(body.pass).toBe(true)
      expect(body.messages).toEqual([])
      // Half the 3 s budget, and well before the lint's own time-out.
      expect(Date.now() - started).toBeLessThan(2900)
      expect(stub.requests.length).toBeGreaterThan(0)
    } finally {
      await hook.stop()
    }
  })

  it('reports the finding against the record when the services answer in time', async () => {
    const hook = await startHook([
      '--workers',
      '1',
      '--timeout',
      '10000',
      '--config',
      path.join(folder, 'records.evidencerc.json')
    ])
    try {
      const response = await postJson(hook.url, {format: 'markdown', content})
      expect(response.status).toBe(200)
      const body = (await response.json()) as {
        pass: boolean
        messages: Array<{ruleId: string; reason: string; line: number; column: number}>
      }
      expect(body.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['mismatched-attribution', 1, 1]])
      expect(body.messages[0].reason).toContain('differs from the record of doi:10.1016/j.amjmed.2006.01.001')
    } finally {
      await hook.stop()
    }
  })
})
