#!/usr/bin/env node
// evidence-language-server: retext-evidence in your editor (LSP over stdio), with quick fixes.
// See `evidence-language-server --help` and docs/editors.md.
import {main} from '../dist/src/language-server.js'

main()
