/**
 * Counter-examples found by the property tests (`test/properties.test.ts`), shrunk and kept as
 * plain tests: each failed before its fix.
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/lint.js'
import {createProcessor} from '../src/processor.js'

async function process(value: string, filePath: string): Promise<VFile> {
  return createProcessor().process(new VFile({path: filePath, value}))
}

describe('HTML whose nodes have no positions', () => {
  it('a lone unclosed tag lints to nothing instead of throwing', async () => {
    for (const value of ['<p', '<div class="x"', '<a href="']) {
      expect((await process(value, 'a.html')).messages).toEqual([])
      expect((await lint({content: value, format: 'html'}, {config: false})).messages).toEqual([])
    }
  })

  it('text before an unclosed tag is still linted', async () => {
    const file = await process('Zinc cures colds.\n<p', 'a.html')
    expect(file.messages.map((m) => m.actual)).toEqual(['cures'])
  })
})
