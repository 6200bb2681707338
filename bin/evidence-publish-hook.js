#!/usr/bin/env node
// evidence-publish-hook: an HTTP service for a CMS publish step. POST a draft to /lint, get
// {pass, summary, messages}. See `evidence-publish-hook --help` and docs/publish-hook.md.
import {main} from '../dist/src/hook/server.js'

await main()
