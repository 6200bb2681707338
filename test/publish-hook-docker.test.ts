/**
 * The `Dockerfile` of the publish hook, without docker (not available where the tests run):
 * its rules are checked (node:20-slim, a non-root user, the secret never baked in, the package
 * installed from its packed tarball), then its commands are run in clean folders, one per
 * stage: each WORKDIR is a folder under a temporary root, COPY copies from the repository (or
 * from the build stage), RUN runs with `sh` there, with npm's global prefix moved under that
 * root. Then the image's CMD is started on 127.0.0.1 with a free port and a secret from the
 * environment, its HEALTHCHECK command is run against it, a signed request is linted, and
 * SIGTERM stops it with exit code 0.
 */
import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import {afterAll, describe, expect, test} from 'vitest'
import {root, signed} from './hook-helpers.js'

interface Instruction {
  keyword: string
  /** The rest of the line (continuations joined). */
  rest: string
}

interface Stage {
  from: string
  name: string | undefined
  instructions: Instruction[]
}

/** The stages of a Dockerfile, each with its instructions (comments dropped, `\` lines joined). */
function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = []
  let pending = ''
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (pending === '' && (line === '' || line.startsWith('#'))) continue
    if (line.endsWith('\\')) {
      pending += line.slice(0, -1) + ' '
      continue
    }
    const full = pending + line
    pending = ''
    const space = full.indexOf(' ')
    const keyword = full.slice(0, space).toUpperCase()
    const rest = full.slice(space + 1).trim()
    if (keyword === 'FROM') {
      const [image, as, name] = rest.split(/\s+/)
      stages.push({from: image, name: as?.toUpperCase() === 'AS' ? name : undefined, instructions: []})
    } else {
      if (stages.length === 0) throw new Error('an instruction before FROM: ' + full)
      stages[stages.length - 1].instructions.push({keyword, rest})
    }
  }
  return stages
}

/** An exec-form (`["a", "b"]`) argument list. */
function execForm(rest: string): string[] {
  const value = JSON.parse(rest) as unknown
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string'))
    throw new Error('not an exec form: ' + rest)
  return value as string[]
}

const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8')
const stages = parseDockerfile(dockerfile)
const last = stages[stages.length - 1]
const temporary: string[] = []

afterAll(() => {
  for (const folder of temporary) fs.rmSync(folder, {recursive: true, force: true})
})

describe('Dockerfile: its rules', () => {
  test('every stage is node:20-slim; the last installs the packed tarball', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2)
    for (const stage of stages) expect(stage.from).toBe('node:20-slim')
    const runs = last.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.rest)
    expect(runs.some((run) => /npm install --global --omit=dev .*\.\/retext-evidence\.tgz/.test(run))).toBe(true)
    expect(stages[0].instructions.some((i) => i.keyword === 'RUN' && /npm pack/.test(i.rest))).toBe(true)
  })

  test('the service runs as a user that is not root, after every RUN', () => {
    const users = last.instructions.filter((i) => i.keyword === 'USER')
    expect(users.length).toBeGreaterThan(0)
    const user = users[users.length - 1].rest
    expect(user).not.toMatch(/^(?:root|0)(?::|$)/)
    const lastUser = last.instructions.lastIndexOf(users[users.length - 1])
    const lastRun = last.instructions.map((i) => i.keyword).lastIndexOf('RUN')
    expect(lastUser).toBeGreaterThan(lastRun)
  })

  test('the secret is never in the image: no ENV, ARG or LABEL names it', () => {
    for (const stage of stages) {
      for (const instruction of stage.instructions) {
        if (['ENV', 'ARG', 'LABEL'].includes(instruction.keyword))
          expect(instruction.rest).not.toMatch(/EVIDENCE_HOOK_SECRET/)
      }
    }
  })

  test('CMD starts the hook on all interfaces, HEALTHCHECK asks /healthz, SIGTERM stops it', () => {
    const cmd = execForm(last.instructions.find((i) => i.keyword === 'CMD')?.rest ?? '')
    expect(cmd[0]).toBe('evidence-publish-hook')
    expect(cmd.slice(1)).toEqual(['--host', '0.0.0.0', '--port', '8787'])
    const health = last.instructions.find((i) => i.keyword === 'HEALTHCHECK')?.rest ?? ''
    expect(health).toMatch(/ CMD \[/)
    expect(health).toContain('http://127.0.0.1:8787/healthz')
    expect(last.instructions.find((i) => i.keyword === 'STOPSIGNAL')?.rest).toBe('SIGTERM')
  })
})

describe('Dockerfile: its commands, in clean folders', () => {
  test('build, pack, install from the tarball, run: /healthz, a signed lint, SIGTERM', async () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-docker-'))
    temporary.push(base)
    const roots = new Map<string, string>()
    let installed = ''
    let workdir = ''

    for (const [index, stage] of stages.entries()) {
      const stageRoot = path.join(base, 'stage-' + index)
      fs.mkdirSync(stageRoot, {recursive: true})
      roots.set(stage.name ?? String(index), stageRoot)
      // `npm install --global` writes under the prefix: here, under the stage's root.
      const prefix = path.join(stageRoot, 'usr', 'local')
      const env: Record<string, string> = {
        ...(process.env as Record<string, string>),
        npm_config_prefix: prefix,
        npm_config_prefer_offline: 'true',
        npm_config_update_notifier: 'false',
        PATH: path.join(prefix, 'bin') + path.delimiter + (process.env.PATH ?? '')
      }
      workdir = stageRoot
      for (const {keyword, rest} of stage.instructions) {
        if (keyword === 'WORKDIR') {
          workdir = path.join(stageRoot, rest)
          fs.mkdirSync(workdir, {recursive: true})
        } else if (keyword === 'ENV') {
          const [key, value] = rest.split('=')
          env[key] = value
        } else if (keyword === 'COPY') {
          const parts = rest.split(/\s+/)
          const from = parts[0].startsWith('--from=') ? roots.get(parts.shift()!.slice('--from='.length)) : undefined
          const target = parts.pop()!
          const into = path.resolve(workdir, target)
          for (const source of parts) {
            const whence = from ? path.join(from, source) : path.join(root, source)
            const destination = target.endsWith('/') ? path.join(into, path.basename(source)) : into
            fs.cpSync(whence, destination, {recursive: true})
          }
        } else if (keyword === 'RUN') {
          // `npm cache clean --force` would empty the cache other tests and engineers share.
          const command = rest.replace(/ && npm cache clean --force/, '')
          const result = spawnSync('sh', ['-c', command], {cwd: workdir, env, encoding: 'utf8', timeout: 400_000})
          expect(result.status, 'RUN ' + rest + '\n' + result.stdout.slice(-2000) + result.stderr.slice(-2000)).toBe(0)
        }
      }
      installed = path.join(prefix, 'bin', 'evidence-publish-hook')
    }

    // The tarball was installed, and removed after.
    expect(fs.existsSync(installed)).toBe(true)
    expect(fs.readdirSync(path.join(path.dirname(workdir), '..', 'opt', 'evidence'))).toEqual([])
    // Its dependencies only: no dev dependency came along.
    const modules = path.join(
      path.dirname(path.dirname(installed)),
      'lib',
      'node_modules',
      'retext-evidence',
      'node_modules'
    )
    expect(fs.existsSync(path.join(modules, 'vitest'))).toBe(false)
    expect(fs.existsSync(path.join(modules, 'typescript'))).toBe(false)

    // CMD, on loopback with a free port instead of 0.0.0.0:8787.
    const cmd = execForm(last.instructions.find((i) => i.keyword === 'CMD')!.rest)
    const args = cmd.slice(1).map((arg) => (arg === '0.0.0.0' ? '127.0.0.1' : arg === '8787' ? '0' : arg))
    const secret = 'docker-test-secret-' + Date.now()
    const child = spawn(installed, args, {
      cwd: workdir,
      env: {...process.env, NODE_ENV: 'production', EVIDENCE_HOOK_SECRET: secret}
    })
    const stderr: string[] = []
    readline.createInterface({input: child.stderr}).on('line', (line) => stderr.push(line))
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
    try {
      const first = await new Promise<string>((resolve, reject) => {
        readline.createInterface({input: child.stdout}).once('line', resolve)
        void exited.then((code) => reject(new Error('exited with ' + code + ': ' + stderr.join('\n'))))
      })
      const url = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(first)?.[1]
      expect(url).toBeDefined()

      // HEALTHCHECK, pointed at this port.
      const health = execForm(last.instructions.find((i) => i.keyword === 'HEALTHCHECK')!.rest.split(' CMD ')[1])
      const probe = spawnSync(
        health[0],
        health.slice(1).map((arg) => arg.replace('http://127.0.0.1:8787', url!)),
        {encoding: 'utf8', timeout: 20_000}
      )
      expect(probe.status).toBe(0)

      const body = 'Magnesium reduces anxiety.'
      const unsigned = await fetch(url + '/lint', {method: 'POST', headers: {'content-type': 'text/plain'}, body})
      expect(unsigned.status).toBe(401)
      const response = await fetch(url + '/lint', {
        method: 'POST',
        headers: {'content-type': 'text/plain', ...signed(secret, body)},
        body
      })
      expect(response.status).toBe(200)
      const answer = (await response.json()) as {
        pass: boolean
        messages: Array<{ruleId: string; line: number; column: number}>
      }
      expect(answer.pass).toBe(true)
      expect(answer.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['unhedged-claim', 1, 11]])
      expect(stderr.join('\n')).not.toContain(secret)
    } finally {
      if (child.exitCode === null) child.kill('SIGTERM')
    }
    expect(await exited).toBe(0)
  }, 900_000)
})
