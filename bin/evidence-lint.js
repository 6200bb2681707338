#!/usr/bin/env node
// evidence-lint: lint Markdown, MDX, HTML and text for unhedged claims, unsourced statistics
// and mismatched study attributions. See `evidence-lint --help`.
import {main} from '../dist/src/cli/run.js'

await main()
