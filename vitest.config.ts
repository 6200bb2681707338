import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A reader that throws is a bug: under the tests it throws instead of becoming a
    // `reader-error` message (src/readers/guard.ts).
    env: {RETEXT_EVIDENCE_READER_ERRORS: 'throw'}
  }
})
