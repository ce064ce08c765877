// Each format from a sample shaped like the real tool's output: field names, time formats, nesting.
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { MAX_LINE_LENGTH } from '../../src/timeline/draft.js'
import { recognise } from '../../src/timeline/index.js'
import { draft, utc } from './helpers.js'

const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '../..')

describe('kubectl logs --timestamps', () => {
  const text = [
    '2025-02-09T10:00:00.120394857Z INFO listening on :8080',
    '2025-02-09T10:01:02.000000001Z ERROR dial tcp 10.0.3.7:5432: connect: connection refused',
    '2025-02-09T10:01:04.500000000Z {"level":"error","msg":"payment call failed","service":"checkout"}',
    '2025-02-09T10:01:05.000000000Z level=error msg="cache miss storm" component=redis',
    '2025-02-09T10:02:00.000000000Z E0209 10:02:00.000000       1 reflector.go:138] watch of *v1.Pod ended',
    '2025-02-09T10:03:00.000000000Z {"level":"info","msg":"healthy"}',
  ].join('\n')

  it('is recognised from the content and gives one row per error line, with its line as Source', () => {
    expect(recognise(text)).toEqual({ kind: 'lines', format: 'timestamped' })
    const { rows } = draft([{ name: 'pods.txt', text }])
    expect(rows.map((row) => [new Date(row.at).toISOString(), row.source, row.actor])).toEqual([
      ['2025-02-09T10:01:02.000Z', 'pods.txt:2', ''],
      ['2025-02-09T10:01:04.500Z', 'pods.txt:3', 'checkout'],
      ['2025-02-09T10:01:05.000Z', 'pods.txt:4', 'redis'],
      ['2025-02-09T10:02:00.000Z', 'pods.txt:5', ''],
    ])
    expect(rows[0]!.event).toBe('Logged error `dial tcp 10.0.3.7:5432: connect: connection refused`')
    expect(rows[1]!.event).toBe('Logged error `payment call failed`')
  })

  it('with --prefix, the pod and container are the Actor', () => {
    const prefixed = '[pod/checkout-api-7d9f8/api] 2025-02-09T10:01:02.000000001Z ERROR connection refused\n[pod/checkout-api-x2k4q/api] 2025-02-09T10:01:03Z INFO ok\n'
    expect(recognise(prefixed)).toEqual({ kind: 'lines', format: 'timestamped' })
    expect(draft([{ name: 'p.txt', text: prefixed }]).rows).toEqual([
      { at: Date.parse('2025-02-09T10:01:02Z'), event: 'Logged error `connection refused`', source: 'p.txt:1', actor: 'checkout-api-7d9f8/api' },
    ])
  })

  it('a row from a line in the same second as the line before keeps its exact time', () => {
    const text = '2025-02-09T10:00:01.100Z INFO a\n2025-02-09T10:00:01.900Z ERROR b\n2025-02-09T10:00:01.950Z {"level":"error","msg":"c"}\n'
    expect(draft([{ name: 'k.txt', text }]).rows.map((row) => row.at)).toEqual([Date.parse('2025-02-09T10:00:01.900Z'), Date.parse('2025-02-09T10:00:01.950Z')])
  })

  it('makes the window the files\' own span', () => {
    const { window } = draft([{ name: 'pods.txt', text }])
    expect(window).toEqual({ start: utc('2025-02-09T10:00:00.120Z'), end: utc('2025-02-09T10:03:00Z') })
  })
})

describe('JSON-lines', () => {
  it.each([
    ['ts as epoch seconds (zap)', '{"level":"error","ts":1739095262.5,"caller":"api/main.go:88","msg":"upstream timeout"}', utc('2025-02-09T10:01:02.500Z')],
    ['time as epoch milliseconds with pino levels', '{"level":50,"time":1739095262500,"pid":1,"hostname":"api-1","msg":"upstream timeout"}', utc('2025-02-09T10:01:02.500Z')],
    ['timestamp with an offset', '{"timestamp":"2025-02-09T11:01:02.500+01:00","severity":"ERROR","message":"upstream timeout"}', utc('2025-02-09T10:01:02.500Z')],
    ['@timestamp and log.level as ECS nests them', '{"@timestamp":"2025-02-09T10:01:02.500Z","log":{"level":"error"},"message":"upstream timeout","service":{"name":"api"}}', utc('2025-02-09T10:01:02.500Z')],
  ])('reads %s', (_name, line, expected) => {
    // An info line first: only the error line becomes a row.
    const info = line.replace(/"(?:error|ERROR)"|"level":50/, (word) => (word.startsWith('"level"') ? '"level":30' : '"info"')).replace('upstream timeout', 'ok')
    expect(info).not.toBe(line)
    const text = `${info}\n${line}\n`
    expect(recognise(text)).toEqual({ kind: 'lines', format: 'jsonl' })
    const { rows, problems } = draft([{ name: 'app.jsonl', text }])
    expect(problems).toEqual([])
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ at: expected, source: 'app.jsonl:2', event: 'Logged error `upstream timeout`' })
  })
})

describe('logfmt', () => {
  it('reads ts=, level= and quoted msg= with escapes', () => {
    const text = 'ts=2025-02-09T10:00:00Z level=info msg="start"\nts=2025-02-09T10:05:00.25Z level=error caller=db.go:12 msg="query \\"orders\\" timed out" component=db\n'
    expect(recognise(text)).toEqual({ kind: 'lines', format: 'logfmt' })
    const { rows } = draft([{ name: 'db.logfmt', text }])
    expect(rows).toEqual([{ at: utc('2025-02-09T10:05:00.250Z'), event: 'Logged error `query "orders" timed out`', source: 'db.logfmt:2', actor: 'db' }])
  })
})

describe('nginx/Apache access logs', () => {
  const line = (clock: string, status: number) => `203.0.113.9 - - [09/Feb/2025:${clock} +0100] "GET /api/orders?id=7 HTTP/1.1" ${status} 157 "-" "curl/8.5.0"`
  it('turns 5xx responses into one burst per status, in UTC', () => {
    const text = [line('11:00:00', 200), line('11:00:01', 502), line('11:00:30', 502), line('11:02:01', 502), line('11:02:05', 503)].join('\n')
    expect(recognise(text)).toEqual({ kind: 'lines', format: 'access' })
    const { rows } = draft([{ name: 'access.log', text }])
    expect(rows.map((row) => [new Date(row.at).toISOString(), row.event])).toEqual([
      ['2025-02-09T10:00:01.000Z', 'First HTTP 502 responses (first to `GET /api/orders`); 3 in 2 min'],
      ['2025-02-09T10:02:05.000Z', 'Served HTTP 503 to `GET /api/orders`'],
    ])
  })
  it('reads the common format (no referrer or user agent)', () => {
    const text = '127.0.0.1 - frank [10/Oct/2024:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 500 2326\n'
    const { rows } = draft([{ name: 'access_log', text }])
    expect(rows.map((row) => row.at)).toEqual([utc('2024-10-10T20:55:36Z')])
  })
})

describe('Prometheus', () => {
  const values = Array.from({ length: 40 }, (_, i) => [1739095200 + i * 15, i >= 20 && i < 30 ? '9.5' : i % 2 ? '1.02' : '0.98'])
  const range = JSON.stringify({ status: 'success', data: { resultType: 'matrix', result: [{ metric: { __name__: 'http_errors', job: 'api' }, values }] } })

  it('query_range: a departure and a return, at the first samples of each run', () => {
    expect(recognise(range)).toEqual({ kind: 'document' })
    const { rows } = draft([{ name: 'metrics.json', text: range }])
    expect(rows.map((row) => [row.at, row.event])).toEqual([
      [(1739095200 + 20 * 15) * 1000, '`http_errors{job="api"}` rose above its baseline (median 1): 9.5, peak 9.5'],
      [(1739095200 + 30 * 15) * 1000, '`http_errors{job="api"}` back to its baseline (median 1): 0.98'],
    ])
    expect(rows[0]!.source).toBe('metrics.json: http_errors{job="api"}')
  })

  it('instant query: one row per series', () => {
    const text = JSON.stringify({ status: 'success', data: { resultType: 'vector', result: [{ metric: { __name__: 'up', instance: 'a:9100' }, value: [1739095200.5, '0'] }] } })
    const { rows } = draft([{ name: 'up.json', text }])
    expect(rows).toEqual([{ at: 1739095200500, event: '`up{instance="a:9100"}` = 0', source: 'up.json: up{instance="a:9100"}', actor: '' }])
  })
})

describe('Alertmanager', () => {
  const alert = (state: string, endsAt: string, updatedAt: string) => ({
    annotations: { summary: 'Error rate above 5%' },
    endsAt,
    fingerprint: 'c0ffee',
    receivers: [{ name: 'pager' }],
    startsAt: '2025-02-09T10:06:30.123Z',
    status: { inhibitedBy: [], silencedBy: [], state },
    updatedAt,
    generatorURL: 'http://prometheus/graph',
    labels: { alertname: 'HighErrorRate', severity: 'critical', service: 'api' },
  })

  it('amtool JSON: firing at startsAt, resolved at endsAt once it has resolved', () => {
    const text = JSON.stringify([alert('unprocessed', '2025-02-09T10:40:00Z', '2025-02-09T10:40:00Z')])
    const { rows } = draft([{ name: 'alerts.json', text }])
    expect(rows.map((row) => [new Date(row.at).toISOString(), row.event, row.actor])).toEqual([
      ['2025-02-09T10:06:30.123Z', 'Alert `HighErrorRate` firing (severity critical): Error rate above 5%', 'Alertmanager'],
      ['2025-02-09T10:40:00.000Z', 'Alert `HighErrorRate` resolved', 'Alertmanager'],
    ])
    expect(rows[0]!.source).toBe('alert HighErrorRate (api), alerts.json')
  })

  it('an alert still active at export has only an expiry estimate in endsAt: no resolved row', () => {
    const text = JSON.stringify([alert('active', '2025-02-09T10:50:00Z', '2025-02-09T10:45:00Z')])
    expect(draft([{ name: 'alerts.json', text }]).rows.map((row) => row.event)).toEqual(['Alert `HighErrorRate` firing (severity critical): Error rate above 5%'])
  })

  it('a webhook payload says resolved per alert; a firing one has the zero endsAt', () => {
    const text = JSON.stringify({
      version: '4', status: 'resolved', receiver: 'pager', groupLabels: {},
      alerts: [
        { status: 'resolved', labels: { alertname: 'DiskFull' }, annotations: {}, startsAt: '2025-02-09T10:00:00Z', endsAt: '2025-02-09T10:20:00Z', fingerprint: 'a1' },
        { status: 'firing', labels: { alertname: 'QueueAge' }, annotations: {}, startsAt: '2025-02-09T10:05:00Z', endsAt: '0001-01-01T00:00:00Z', fingerprint: 'b2' },
      ],
    })
    expect(draft([{ name: 'hook.json', text }]).rows.map((row) => row.event)).toEqual(['Alert `DiskFull` firing', 'Alert `QueueAge` firing', 'Alert `DiskFull` resolved'])
  })
})

describe('PagerDuty log entries', () => {
  it('gives triggered, paged, acknowledged, escalated and resolved rows with the responder as Actor', () => {
    const incident = { id: 'PT4KHLK', type: 'incident_reference', summary: '[#1234] The server is on fire.' }
    const user = { id: 'PXPGF42', type: 'user_reference', summary: 'Earline Greenholt' }
    const entry = (type: string, created_at: string, extra: object) => ({ id: `R${type.length}${created_at.slice(14, 16)}`, type, summary: 'x', created_at, incident, ...extra })
    const text = JSON.stringify({
      log_entries: [
        entry('resolve_log_entry', '2025-02-09T10:30:00Z', { agent: user }),
        entry('trigger_log_entry', '2025-02-09T10:00:00Z', { agent: { type: 'service_reference', summary: 'API service' }, channel: { type: 'api' } }),
        entry('notify_log_entry', '2025-02-09T10:00:00Z', { user, channel: { type: 'sms' } }),
        entry('acknowledge_log_entry', '2025-02-09T10:04:00Z', { agent: user }),
        entry('escalate_log_entry', '2025-02-09T10:10:00Z', { agent: user }),
      ],
      limit: 25, offset: 0, more: false,
    })
    const { rows } = draft([{ name: 'pd.json', text }])
    expect(rows.map((row) => [row.event, row.actor])).toEqual([
      ['Incident triggered: [#1234] The server is on fire.', 'API service'],
      ['Paged by sms', 'Earline Greenholt'],
      ['Page acknowledged', 'Earline Greenholt'],
      ['Incident escalated to the next level', 'Earline Greenholt'],
      ['Incident resolved', 'Earline Greenholt'],
    ])
    expect(rows[0]!.source).toMatch(/^PagerDuty incident PT4KHLK, log entry R\w+, pd\.json$/)
  })
})

describe('Slack channel export', () => {
  it('gives the messages by author, mentions resolved to names, joins left out', () => {
    const text = JSON.stringify([
      { type: 'message', subtype: 'channel_join', user: 'U2', text: '<@U2> has joined the channel', ts: '1739095200.000100' },
      { type: 'message', user: 'U1', text: 'Rolling back now, <@U2> please watch <https://grafana.example.com/d/abc|the dashboard>', ts: '1739095500.000200', user_profile: { display_name: 'kim', real_name: 'Kim Lee' } },
      { type: 'message', user: 'U2', text: 'Errors | down', ts: '1739095800.000300', user_profile: { display_name: '', real_name: 'Ana Li', name: 'ana' } },
    ])
    const { rows, markdown } = draft([{ name: 'export/incident-7/2025-02-09.json', text }])
    expect(rows.map((row) => [row.at, row.actor])).toEqual([[1739095500000, 'kim'], [1739095800000, 'Ana Li']])
    expect(rows[0]!.event).toBe('Message in #incident-7: “Rolling back now, @\u200dAna Li please watch the dashboard”')
    // A pipe in a message cannot break the table.
    expect(markdown).toContain('“Errors \\| down”')
  })
})

describe('reading bytes as the CLI does (latin1 scan, UTF-8 only for what is kept)', () => {
  it('keeps non-ASCII messages intact in every line format, and strips a byte-order mark', () => {
    const files = [
      { name: 'k.txt', text: '\uFEFF2025-02-09T10:00:00Z ERROR Zahlung für Bestellung fehlgeschlagen ✗\n' },
      { name: 'j.jsonl', text: '{"ts":"2025-02-09T10:00:01Z","level":"error","msg":"échec du paiement — 支付失败"}\n' },
      { name: 'l.logfmt', text: 'ts=2025-02-09T10:00:02Z level=error msg="ошибка оплаты" component=платежи\n' },
      { name: 'a.log', text: '10.0.0.1 - - [09/Feb/2025:10:00:03 +0000] "GET /café HTTP/1.1" 500 12 "-" "ua"\n' },
    ]
    const readBytes = draft(files, {}, undefined, 5, true)
    expect(readBytes.problems).toEqual([])
    expect(readBytes.rows.map((row) => [row.event, row.actor])).toEqual([
      ['Logged error `Zahlung für Bestellung fehlgeschlagen ✗`', ''],
      ['Logged error `échec du paiement — 支付失败`', ''],
      ['Logged error `ошибка оплаты`', 'платежи'],
      ['Served HTTP 500 to `GET /café`', ''],
    ])
    expect(readBytes.rows).toEqual(draft(files).rows)
  })
})

describe('raw bytes: lines settled on their bytes read the same as lines read as text', () => {
  // Lines that the byte check must settle exactly as the string reader does: same second or
  // not, a level word in each case spelling, a level word later in the line, a `--prefix` tag,
  // CRLF, a bare timestamp, a space-separated time, and a line with no level word at all.
  const kubectl = [
    '2025-02-09T10:00:00.100000000Z INFO started',
    '2025-02-09T10:00:00.200000000Z info request done',
    '2025-02-09T10:00:00.300000000Z Info cache warm',
    '2025-02-09T10:00:00.400000000Z iNfO mixed case then ERROR later',
    '2025-02-09T10:00:00.450000000Z iNfO level=error msg="a mixed-case word is not read as a level"',
    '2025-02-09T10:00:00.500000000Z [debug] tick',
    '2025-02-09T10:00:00.600000000Z INFO: retry after ERROR',
    '2025-02-09T10:00:00.700000000Z ERROR upstream reset',
    '2025-02-09T10:00:00.800000000Z',
    '2025-02-09T10:00:00.900000000Z GET /x failed with ERROR 502',
    '[pod/api-1/api] 2025-02-09T10:00:00.950000000Z INFO from a pod',
    '[pod/api-1/api] 2025-02-09T10:00:00.960000000Z ERROR from a pod',
    '2025-02-09T10:00:00.970000000Z INFO after a prefixed line\r',
    '2025-02-09T10:00:01.000000000Z warn slow\r',
    '2025-02-09T10:00:01.100000000Z WARNING disk at 80%',
    '2025-02-09 10:00:01.200Z INFO a space in the time',
    '2025-02-09T10:00:01.300000000Z level=error msg="pool exhausted"',
    '2025-02-09T10:00:01.400000000Z {"level":"error","msg":"payment failed"}',
    '2025-02-09T10:00:01.500000000Z INFORMATION not a level word',
    'garbage line',
    '2025-02-09T10:00:02.000000000Z FATAL out of memory',
    '2025-02-09T10:00:02.100000000Z INFO last line without newline',
  ].join('\n')

  const evidence = readdirSync(join(repositoryRoot, 'examples/evidence'))
    .filter((name) => !name.endsWith('.mjs') && !name.endsWith('.json') && name !== 'slack')
    .map((name) => ({ name, text: readFileSync(join(repositoryRoot, 'examples/evidence', name), 'utf8') }))

  it.each([1, 7, 64, 4096])('gives the same rows, span and problems in chunks of %i bytes', (chunk) => {
    for (const file of [{ name: 'k.txt', text: kubectl }, ...evidence]) {
      const asText = draft([file], {}, undefined, 1 << 20)
      const asBytes = draft([file], {}, undefined, chunk, true)
      expect({ file: file.name, ...asBytes }).toEqual({ file: file.name, ...asText })
    }
  })

  it('counts and skips a line longer than the limit, whatever the chunks, and reads on', () => {
    const long = `2025-02-09T10:00:00Z ERROR ${'x'.repeat(MAX_LINE_LENGTH + 10)}`
    const text = `${long}\n2025-02-09T10:00:05Z ERROR after the long line\n`
    for (const chunk of [1000, 300_000, 4 << 20]) {
      const { rows, problems } = draft([{ name: 'k.txt', text }], {}, undefined, chunk, true)
      expect(rows.map((row) => row.event)).toEqual(['Logged error `after the long line`'])
      expect(problems.map((problem) => problem.message)).toEqual([expect.stringMatching(/^1 malformed line skipped \(first at line 1\)/)])
    }
  })
})

describe('raw bytes: JSON-lines settled on their bytes read the same as lines read as text', () => {
  // Each line probes one branch of the byte check: the minute it knows or a new one, fractions of
  // every length, a zone other than Z, an epoch time, each level spelling and key, a nested or
  // escaped key, a bare level number, a level value that is no word, and malformed records.
  const lines = [
    '{"level":"info","ts":"2025-02-09T10:00:00.100Z","msg":"first"}',
    '{"level":"info","ts":"2025-02-09T10:00:00.2Z","msg":"one digit"}',
    '{"level":"debug","ts":"2025-02-09T10:00:01.123456Z","msg":"micro"}',
    '{"level":"INFO","ts":"2025-02-09T10:00:02Z","msg":"no fraction"}',
    '{"level":"error","ts":"2025-02-09T10:00:03.5Z","msg":"payment failed"}',
    '{"level":"Error","ts":"2025-02-09T10:00:04.5z","msg":"lower-case z"}',
    '{"ts":"2025-02-09T10:00:05.000+00:00","level":"error","msg":"offset zone"}',
    '{"ts":"2025-02-09T10:00:06.000Z","severity":"CRITICAL","msg":"other level key"}',
    '{"ts":"2025-02-09T10:00:07.000Z","lvl":"eror","msg":"misspelt"}',
    '{"ts":"2025-02-09T10:00:08.000Z","level":50,"msg":"pino error"}',
    '{"ts":"2025-02-09T10:00:09.000Z","level":30,"msg":"pino info"}',
    '{"ts":"2025-02-09T10:00:10.000Z","level":true,"severity":"error","msg":"level is no word"}',
    '{"ts":"2025-02-09T10:00:11.000Z","msg":"no level at all"}',
    '{"ts":"2025-02-09T10:00:12.000Z","log":{"level":"error"},"msg":"nested"}',
    '{"ts":"2025-02-09T10:00:13.000Z","msg":"say \\"level\\":\\"error\\" in text","level":"info"}',
    '{"ts": "2025-02-09T10:00:14.000Z","level": "fatal","msg":"spaces after colons"}',
    '{"ts":"2025-02-09T10:00:60.000Z","level":"error","msg":"leap second"}',
    '{"ts":"2025-02-09T10:01:00.000Z","level":"info","msg":"new minute"}',
    '{"ts":"2025-02-09T10:01:01.000Z","level":"ab","msg":"short level"}',
    '{"ts":"2025-02-09T10:01:02.000Z","level":"panic","msg":"panic"}',
    '{"ts":1739095263.5,"level":"error","msg":"epoch seconds"}',
    '{"ts":"2025-02-09T10:01:04.000Z","level":"info","msg":"cut off',
    '{"time":"2025-02-09T10:01:05.000Z","level":"error","msg":"another time key"}',
    '{"time":"2025-02-09T10:01:06.000Z","level":"info","msg":"after the switch"}',
    '{"ts":"2025-02-09T10:01:07.000Z","level":"error","msg":"switched back"}\r',
    '{"ts":"2025-02-09T10:01:08.999Z","level":"info","msg":"last"}',
  ].join('\n')

  it.each([1, 13, 256, 4096])('gives the same rows, span and problems in chunks of %i bytes', (chunk) => {
    const file = { name: 'app.jsonl', text: lines }
    const asText = draft([file], {}, undefined, 1 << 20)
    expect(asText.rows.length).toBeGreaterThan(5)
    expect(draft([file], {}, undefined, chunk, true)).toEqual(asText)
  })
})
