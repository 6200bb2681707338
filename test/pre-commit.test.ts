/**
 * The pre-commit hook, for real: a temporary git repository, the `pre-commit` tool (Debian
 * package `pre-commit`, installed by `.ci/install-debian.sh`), `pre-commit install`, then a
 * commit with an unhedged claim is blocked and a clean one passes.
 *
 * The hook is declared as in `.pre-commit-hooks.yaml` (same `files`, `types` and `args`), but as
 * a `repo: local` hook with `language: system` running this checkout's `bin/evidence-lint.js`;
 * and as published (`language: node`), which makes pre-commit clone the repository at the
 * checkout's HEAD commit and `npm install` it from the registry (the network, about two minutes).
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {bin, ensureBuilt, removeTempFolders, root, tempFolder} from './cli-helpers.js'

const hasPreCommit = spawnSync('pre-commit', ['--version'], {encoding: 'utf8'}).status === 0
const hasGit = spawnSync('git', ['--version'], {encoding: 'utf8'}).status === 0

/** The fields of the published hook that a local copy must share. */
function publishedHook(): {id: string; entry: string; files: string; types: string; args: string} {
  const text = fs.readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8')
  const field = (name: string) => {
    const match = new RegExp('^(?:- |  )' + name + ': (.+)$', 'm').exec(text)
    if (!match) throw new Error('.pre-commit-hooks.yaml has no `' + name + '`')
    return match[1].trim()
  }
  return {id: field('id'), entry: field('entry'), files: field('files'), types: field('types'), args: field('args')}
}

function run(command: string, args: string[], cwd: string, home: string) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      PRE_COMMIT_HOME: home,
      NO_COLOR: '1',
      GIT_AUTHOR_DATE: '2026-01-01T00:00:00',
      GIT_COMMITTER_DATE: '2026-01-01T00:00:00'
    },
    timeout: 300_000
  })
  return {code: result.status, output: (result.stdout ?? '') + (result.stderr ?? '')}
}

function repository(config: string) {
  const cwd = tempFolder({'.pre-commit-config.yaml': config})
  const home = path.join(cwd, '.pre-commit-home')
  fs.writeFileSync(path.join(cwd, '.gitignore'), '.pre-commit-home/\n')
  const git = (...args: string[]) => run('git', args, cwd, home)
  git('init', '-q')
  git('config', 'user.email', 'writer@example.com')
  git('config', 'user.name', 'Writer')
  git('config', 'commit.gpgsign', 'false')
  return {cwd, home, git}
}

function blocksAndPasses(config: string) {
  const {cwd, home, git} = repository(config)
  expect(run('pre-commit', ['install'], cwd, home).code).toBe(0)
  git('add', '.pre-commit-config.yaml', '.gitignore')
  const first = git('commit', '-q', '-m', 'Add pre-commit')
  expect(first.code, first.output).toBe(0)

  // An unhedged claim is blocked.
  fs.writeFileSync(path.join(cwd, 'post.md'), '# Magnesium\n\nMagnesium reduces anxiety.\n')
  git('add', 'post.md')
  const blocked = git('commit', '-m', 'Add a post')
  expect(blocked.code).not.toBe(0)
  expect(blocked.output).toMatch(/evidence-lint\.+Failed/)
  expect(blocked.output).toContain('post.md')
  expect(blocked.output).toMatch(/3:11-3:18\s+warning\s+Unhedged claim: “reduces”.*unhedged-claim/)

  // Hedged, it passes.
  fs.writeFileSync(path.join(cwd, 'post.md'), '# Magnesium\n\nMagnesium may reduce anxiety.\n')
  git('add', 'post.md')
  const passed = git('commit', '-m', 'Add a post')
  expect(passed.output).toMatch(/evidence-lint\.+Passed/)
  expect(passed.code, passed.output).toBe(0)

  // Files the hook does not cover are not linted.
  fs.writeFileSync(path.join(cwd, 'tool.py'), '# Zinc cures colds.\n')
  git('add', 'tool.py')
  const skipped = git('commit', '-m', 'Add a script')
  expect(skipped.code, skipped.output).toBe(0)
  expect(skipped.output).toMatch(/evidence-lint\.+\(no files to check\)Skipped/)

  // pre-commit names every staged file, ignored ones too: a draft that .evidenceignore lists
  // is skipped (--silently-ignore), not an error that fails the commit.
  fs.writeFileSync(path.join(cwd, '.evidenceignore'), 'drafts/\n')
  fs.mkdirSync(path.join(cwd, 'drafts'))
  fs.writeFileSync(path.join(cwd, 'drafts', 'wip.md'), '# Zinc\n\nZinc cures colds.\n')
  git('add', '.evidenceignore', 'drafts/wip.md')
  const ignored = git('commit', '-q', '-m', 'Add a draft')
  expect(ignored.output).toMatch(/evidence-lint\.+Passed/)
  expect(ignored.output).not.toContain('wip.md')
  expect(ignored.code, ignored.output).toBe(0)

  expect(git('log', '--oneline').output.trim().split('\n')).toHaveLength(4)
}

describe.skipIf(!hasPreCommit || !hasGit)('pre-commit', () => {
  beforeAll(() => {
    ensureBuilt()
  }, 240_000)
  afterAll(removeTempFolders)

  test('the hook (as a local system hook running this checkout) blocks an unhedged claim and lets a clean commit pass', () => {
    const hook = publishedHook()
    expect(hook.id).toBe('evidence-lint')
    expect(hook.entry).toBe('evidence-lint --silently-ignore')
    const config = [
      'repos:',
      '  - repo: local',
      '    hooks:',
      '      - id: ' + hook.id,
      '        name: ' + hook.id,
      // The published entry's flags after the command (`evidence-lint --silently-ignore`).
      '        entry: ' + JSON.stringify([process.execPath, bin, ...hook.entry.split(' ').slice(1)].join(' ')),
      '        language: system',
      '        types: ' + hook.types,
      '        files: ' + hook.files,
      '        args: ' + hook.args,
      ''
    ].join('\n')
    blocksAndPasses(config)
  }, 300_000)

  // pre-commit builds the hook's own Node environment from the repository (npm install from
  // the registry): about two minutes.
  test('the published hook (language: node, installed from this repository at HEAD)', () => {
    const head = spawnSync('git', ['rev-parse', 'HEAD'], {cwd: root, encoding: 'utf8'}).stdout.trim()
    const config = [
      'repos:',
      '  - repo: ' + root,
      '    rev: ' + head,
      '    hooks:',
      '      - id: evidence-lint',
      ''
    ].join('\n')
    blocksAndPasses(config)
  }, 900_000)
})
