/**
 * A real editor: Neovim (Debian's `neovim`, 0.7.2; installed by .ci/install-debian.sh) runs
 * headless with the configuration docs/editors.md quotes (read from the docs, with the
 * server's command pointed at this checkout), opens a Markdown file with an unhedged claim,
 * waits for the diagnostic, asks for code actions as `vim.lsp.buf.code_action()` does (the
 * line's diagnostics as context, from `vim.lsp.diagnostic.get_line_diagnostics`), applies the
 * first, and the buffer then says "may reduce".
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, expect, test} from 'vitest'
import {ensureBuilt, root} from './cli-helpers.js'

const hasNeovim = spawnSync('nvim', ['--version'], {encoding: 'utf8'}).status === 0
let folder = ''

beforeAll(() => {
  ensureBuilt()
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-nvim-'))
})
afterAll(() => {
  if (folder) fs.rmSync(folder, {recursive: true, force: true})
})

/** The Lua block of docs/editors.md's "Without plugins" section. */
function documentedConfig(): string {
  const docs = fs.readFileSync(path.join(root, 'docs', 'editors.md'), 'utf8')
  const section = docs.slice(docs.indexOf('### Without plugins'))
  const start = section.indexOf('```lua\n')
  const end = section.indexOf('\n```', start + 7)
  if (start < 0 || end < 0) throw new Error('docs/editors.md: no ```lua block under "### Without plugins"')
  return section.slice(start + 7, end + 1)
}

const lua = (value: string) => JSON.stringify(value)

test(
  'Neovim 0.7: the diagnostic arrives, and its quick fix makes the line say "may reduce"',
  {timeout: 180_000},
  () => {
    // .ci/install-debian.sh installs neovim; without it this test fails rather than skips.
    expect(hasNeovim, 'Neovim is not installed (bash .ci/install-debian.sh)').toBe(true)
    const version = spawnSync('nvim', ['--version'], {encoding: 'utf8'}).stdout.split('\n')[0]
    expect(version).toMatch(/^NVIM v0\.(?:[7-9]|\d\d)\./)

    const config = documentedConfig()
    const command = "{'evidence-language-server', '--stdio'}"
    expect(config).toContain(command)
    fs.writeFileSync(
      path.join(folder, 'config.lua'),
      config.replace(
        command,
        '{' +
          [process.execPath, path.join(root, 'bin', 'evidence-language-server.js'), '--stdio'].map(lua).join(', ') +
          '}'
      )
    )
    const article = path.join(folder, 'sleep.md')
    fs.writeFileSync(article, '# Sleep\n\nMagnesium reduces anxiety.\n')
    const result = path.join(folder, 'result.json')
    const script = `
local out = {}
local function finish()
  local f = io.open(${lua(result)}, 'w')
  f:write(vim.fn.json_encode(out))
  f:close()
  vim.cmd('qa!')
end
vim.cmd('filetype on')
dofile(${lua(path.join(folder, 'config.lua'))})
vim.cmd('edit ' .. vim.fn.fnameescape(${lua(article)}))
local buf = vim.api.nvim_get_current_buf()
local got = vim.wait(120000, function() return #vim.diagnostic.get(buf) > 0 end, 100)
out.diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(out.diagnostics, {lnum = d.lnum, col = d.col, end_col = d.end_col, source = d.source, code = d.user_data.lsp.code})
end
if not got then finish() return end
-- As vim.lsp.buf.code_action() does on the diagnostic's line.
local first = vim.diagnostic.get(buf)[1]
vim.api.nvim_win_set_cursor(0, {first.lnum + 1, first.col})
local params = vim.lsp.util.make_range_params()
params.context = {diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf)}
local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 60000)
out.actions = {}
local chosen
for _, response in pairs(responses or {}) do
  for _, action in ipairs(response.result or {}) do
    table.insert(out.actions, action.title)
    chosen = chosen or action
  end
end
if chosen and chosen.edit then vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16') end
out.lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
finish()
`
    fs.writeFileSync(path.join(folder, 'test.lua'), script)
    const run = spawnSync(
      'nvim',
      ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', 'luafile ' + path.join(folder, 'test.lua')],
      {
        cwd: folder,
        encoding: 'utf8',
        timeout: 170_000,
        env: {...process.env, XDG_STATE_HOME: folder, XDG_CACHE_HOME: folder}
      }
    )
    expect(fs.existsSync(result), 'Neovim wrote no result: ' + run.stdout + run.stderr).toBe(true)
    const out = JSON.parse(fs.readFileSync(result, 'utf8')) as {
      diagnostics: unknown[]
      actions?: string[]
      lines?: string[]
    }
    expect(out.diagnostics).toEqual([
      {lnum: 2, col: 10, end_col: 17, source: 'retext-evidence', code: 'unhedged-claim'}
    ])
    expect(out.actions?.[0]).toBe('Replace `reduces` with `may reduce`')
    expect(out.lines).toEqual(['# Sleep', '', 'Magnesium may reduce anxiety.'])
    // The file on disk is unchanged: the fix edits the buffer only.
    expect(fs.readFileSync(article, 'utf8')).toBe('# Sleep\n\nMagnesium reduces anxiety.\n')
  }
)
