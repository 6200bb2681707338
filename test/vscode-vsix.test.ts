/**
 * The VS Code extension in editors/vscode, packed into a .vsix with @vscode/vsce as its README
 * says (`npm install --omit=dev`, `vsce package`), in a copy outside the repository: the
 * package holds the manifest, the extension, its README and its runtime dependency, and every
 * module the extension requires resolves inside the unpacked package (or is `vscode`, which
 * the editor provides).
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import {createRequire} from 'node:module'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, expect, test} from 'vitest'
import {root} from './cli-helpers.js'

let folder = ''
beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-vsix-'))
})
afterAll(() => {
  if (folder) fs.rmSync(folder, {recursive: true, force: true})
})

test('vsce packs editors/vscode into a .vsix that holds everything the extension loads', {timeout: 600_000}, () => {
  const source = path.join(folder, 'vscode')
  fs.cpSync(path.join(root, 'editors', 'vscode'), source, {
    recursive: true,
    filter: (file) => !file.includes(`${path.sep}node_modules`)
  })
  const env = {...process.env, npm_config_update_notifier: 'false'}
  const install = spawnSync('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline'], {
    cwd: source,
    encoding: 'utf8',
    env,
    timeout: 300_000
  })
  expect(install.status, install.stderr).toBe(0)

  const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce')
  const pack = spawnSync(
    process.execPath,
    [vsce, 'package', '--allow-missing-repository', '--skip-license', '--out', path.join(folder, 'evidence.vsix')],
    {cwd: source, encoding: 'utf8', env, timeout: 280_000}
  )
  expect(pack.status, pack.stdout + pack.stderr).toBe(0)
  expect(pack.stdout).toMatch(/DONE\s+Packaged: .*evidence\.vsix/)

  // A .vsix is a zip: unpack it as VS Code does.
  const unpacked = path.join(folder, 'unpacked')
  const unzip = spawnSync('unzip', ['-q', path.join(folder, 'evidence.vsix'), '-d', unpacked], {encoding: 'utf8'})
  expect(unzip.status, unzip.stderr).toBe(0)
  const manifest = fs.readFileSync(path.join(unpacked, 'extension.vsixmanifest'), 'utf8')
  expect(manifest).toMatch(/<Identity [^>]*Id="evidence-vscode"[^>]*Version="0\.1\.0"[^>]*Publisher="retext-evidence"/)
  const extension = path.join(unpacked, 'extension')
  const packageJson = JSON.parse(fs.readFileSync(path.join(extension, 'package.json'), 'utf8')) as {
    main: string
    activationEvents: string[]
  }
  expect(packageJson.activationEvents).toEqual([
    'onLanguage:markdown',
    'onLanguage:mdx',
    'onLanguage:html',
    'onLanguage:plaintext'
  ])
  const main = path.join(extension, packageJson.main)
  expect(fs.existsSync(main)).toBe(true)
  expect(fs.readFileSync(path.join(extension, 'readme.md'), 'utf8')).toContain(
    'code --install-extension evidence-vscode-0.1.0.vsix'
  )

  // Every require() of the extension resolves inside the package, `vscode` aside.
  const required = [...fs.readFileSync(main, 'utf8').matchAll(/require\('([^']+)'\)/g)].map((match) => match[1])
  expect(required).toContain('vscode-languageclient/node')
  const requireFrom = createRequire(main)
  for (const name of required) {
    if (name === 'vscode' || name.startsWith('node:') || ['path', 'fs', 'child_process', 'os'].includes(name)) continue
    const resolved = requireFrom.resolve(name)
    expect(resolved.startsWith(extension + path.sep), name + ' resolves to ' + resolved).toBe(true)
  }
})
