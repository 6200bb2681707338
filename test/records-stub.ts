/**
 * A stub of Crossref and NCBI on 127.0.0.1, answering from the fixtures in
 * `test/fixtures/records/` in the services' documented formats:
 *
 * - `/crossref/works/{doi}`: Crossref's work JSON (`crossref-<doi with / as ->.json`), or 404
 *   with Crossref's plain-text "Resource not found.";
 * - `/eutils/esummary.fcgi?db=pubmed&id=..&retmode=json`: the requested PMIDs' summaries from
 *   `esummary.json` (an unknown PMID gets `{"uid", "error"}`, as E-utilities answers);
 * - `/eutils/efetch.fcgi?db=pubmed&id=..&retmode=xml`: the requested `<PubmedArticle>`s from
 *   `efetch.xml`;
 * - `/eutils/idconv/?ids=..&format=json`: the PMC ID converter's records from `idconv.json`.
 *
 * `stub.override` answers a request first (a status, headers and body, or `'hang'` to never
 * answer); `stub.requests` logs every request.
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import type {AddressInfo} from 'node:net'
import {fileURLToPath} from 'node:url'

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'records')

export interface StubAnswer {
  status: number
  headers?: Record<string, string> | undefined
  body: string
}

export interface StubRequest {
  path: string
  query: URLSearchParams
  at: number
}

export interface Stub {
  base: string
  crossrefUrl: string
  eutilsUrl: string
  requests: StubRequest[]
  override?: ((request: StubRequest) => StubAnswer | 'hang' | undefined) | undefined
  close(): Promise<void>
}

function summaries(ids: string[]): StubAnswer {
  const all = JSON.parse(fs.readFileSync(path.join(dir, 'esummary.json'), 'utf8')) as {result: Record<string, unknown>}
  const result: Record<string, unknown> = {uids: ids}
  for (const id of ids) result[id] = all.result[id] ?? {uid: id, error: 'cannot get document summary'}
  return {
    status: 200,
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({header: {type: 'esummary', version: '0.3'}, result})
  }
}

function articles(ids: string[]): StubAnswer {
  const xml = fs.readFileSync(path.join(dir, 'efetch.xml'), 'utf8')
  const chosen = xml
    .split('\n')
    .filter(
      (line) => line.startsWith('<PubmedArticle>') && ids.some((id) => line.includes(`<PMID Version="1">${id}</PMID>`))
    )
  return {
    status: 200,
    headers: {'content-type': 'text/xml'},
    body: `<?xml version="1.0" ?>\n<PubmedArticleSet>\n${chosen.join('\n')}\n</PubmedArticleSet>\n`
  }
}

function conversions(ids: string[]): StubAnswer {
  const all = JSON.parse(fs.readFileSync(path.join(dir, 'idconv.json'), 'utf8')) as {records: Array<{pmcid: string}>}
  const records = ids.map(
    (id) =>
      all.records.find((r) => r.pmcid === id.toUpperCase()) ?? {
        pmcid: id,
        status: 'error',
        errmsg: 'invalid article id'
      }
  )
  return {status: 200, headers: {'content-type': 'application/json'}, body: JSON.stringify({status: 'ok', records})}
}

function answer(request: StubRequest): StubAnswer {
  const p = request.path
  if (p.startsWith('/crossref/works/')) {
    const doi = decodeURIComponent(p.slice('/crossref/works/'.length)).toLowerCase()
    const file = path.join(dir, 'crossref-' + doi.replace(/\//g, '-') + '.json')
    if (fs.existsSync(file))
      return {status: 200, headers: {'content-type': 'application/json'}, body: fs.readFileSync(file, 'utf8')}
    return {status: 404, headers: {'content-type': 'text/plain'}, body: 'Resource not found.'}
  }
  const ids = (request.query.get('id') ?? request.query.get('ids') ?? '').split(',').filter(Boolean)
  if (p === '/eutils/esummary.fcgi') return summaries(ids)
  if (p === '/eutils/efetch.fcgi') return articles(ids)
  if (p === '/eutils/idconv' || p === '/eutils/idconv/') return conversions(ids)
  return {status: 404, headers: {'content-type': 'text/plain'}, body: 'no such path'}
}

export async function startStub(): Promise<Stub> {
  const hanging = new Set<http.ServerResponse>()
  const stub: Stub = {
    base: '',
    crossrefUrl: '',
    eutilsUrl: '',
    requests: [],
    close: async () => {
      for (const response of hanging) response.destroy()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const request: StubRequest = {path: url.pathname, query: url.searchParams, at: Date.now()}
    stub.requests.push(request)
    const given = stub.override?.(request)
    if (given === 'hang') {
      hanging.add(res)
      return
    }
    const result = given ?? answer(request)
    res.writeHead(result.status, result.headers ?? {})
    res.end(result.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const {port} = server.address() as AddressInfo
  stub.base = `http://127.0.0.1:${port}`
  stub.crossrefUrl = stub.base + '/crossref'
  stub.eutilsUrl = stub.base + '/eutils'
  return stub
}
