// A minimal VS Code client for evidence-language-server: it starts the server for Markdown,
// MDX, HTML and plain-text files, passes the `evidence.*` settings, and tells it when a config
// or ignore file changes. Everything else (diagnostics, quick fixes) is the server's.
'use strict'

const fs = require('node:fs')
const path = require('node:path')
const {window, workspace} = require('vscode')
const {LanguageClient} = require('vscode-languageclient/node')

/** @type {LanguageClient | undefined} */
let client

/** The configured server, else the workspace's own, else the one on PATH. */
function serverCommand() {
  const configured = workspace.getConfiguration('evidence').get('serverPath')
  if (typeof configured === 'string' && configured !== '') return configured
  const name = process.platform === 'win32' ? 'evidence-language-server.cmd' : 'evidence-language-server'
  for (const folder of workspace.workspaceFolders ?? []) {
    const local = path.join(folder.uri.fsPath, 'node_modules', '.bin', name)
    if (fs.existsSync(local)) return local
  }
  return name
}

exports.activate = async function activate() {
  const command = serverCommand()
  // `.cmd` shims need a shell on Windows.
  const run = {command, args: ['--stdio'], options: {shell: process.platform === 'win32'}}
  client = new LanguageClient(
    'evidence',
    'retext-evidence',
    {run, debug: run},
    {
      documentSelector: ['markdown', 'mdx', 'html', 'plaintext'].map((language) => ({scheme: 'file', language})),
      synchronize: {
        configurationSection: 'evidence',
        fileEvents: workspace.createFileSystemWatcher('**/{.evidencerc,.evidencerc.*,.evidenceignore,package.json}')
      }
    }
  )
  try {
    await client.start()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    window.showErrorMessage(
      'retext-evidence: cannot start `' +
        command +
        '` (' +
        reason +
        '). Install it with `npm install --save-dev retext-evidence`, or set evidence.serverPath.'
    )
  }
}

exports.deactivate = function deactivate() {
  return client ? client.stop() : undefined
}
