// Writes the sample evidence in this folder: one made-up incident (a checkout API whose
// database pool ran dry after a deploy, 2025-02-09 around 10:00 UTC) seen through each tool's
// export. Deterministic: run `node examples/evidence/generate.mjs` to recreate the files.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
let seed = 42
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
const at = (hh, mm, ss = 0, ms = 0) => Date.UTC(2025, 1, 9, hh, mm, ss, ms)
const iso = (t) => new Date(t).toISOString()
const incident = { pool: [at(10, 4, 12), at(10, 31, 40)], deploy: at(10, 2, 5), rollback: at(10, 31, 0) }
const inPool = (t) => t >= incident.pool[0] && t <= incident.pool[1]

// kubectl logs deployment/checkout-api --timestamps: RFC 3339 with nanoseconds, then the app's own line.
{
  const lines = []
  for (let t = at(9, 58); t < at(10, 40); t += 3000 + Math.floor(random() * 3000)) {
    const ns = String(Math.floor(random() * 1e9)).padStart(9, '0')
    const stamp = `${iso(t).slice(0, 19)}.${ns}Z`
    if (Math.abs(t - incident.deploy) < 2000) lines.push(`${stamp} INFO starting checkout-api version=2025.02.09-1 pool_size=20`)
    if (inPool(t) && random() < 0.8) {
      lines.push(`${stamp} ERROR could not acquire database connection within ${2900 + Math.floor(random() * 300)}ms (pool size 20, waiting ${30 + Math.floor(random() * 40)})`)
    } else {
      lines.push(`${stamp} INFO POST /v1/checkout completed in ${40 + Math.floor(random() * 60)}ms`)
    }
  }
  lines.splice(lines.length - 20, 0, `${iso(at(10, 33, 2)).slice(0, 19)}.118204551Z FATAL payment webhook signature check failed: key "whsec_rotating" not loaded`)
  writeFileSync(join(here, 'kubectl-checkout-api.txt'), lines.join('\n') + '\n')
}

// JSON-lines from the order worker: `time` with a +01:00 offset (the host runs in Europe/Berlin), pino-style numeric levels.
{
  const lines = []
  for (let t = at(9, 59); t < at(10, 40); t += 4000 + Math.floor(random() * 6000)) {
    const local = new Date(t + 3600_000).toISOString().replace('Z', '+01:00')
    const failing = inPool(t) && random() < 0.6
    lines.push(JSON.stringify({ level: failing ? 50 : 30, time: local, service: 'order-worker', pid: 7, msg: failing ? `order ${100000 + Math.floor(random() * 9000)} failed: upstream checkout-api returned 502` : 'order processed', attempt: 1 }))
  }
  lines.splice(40, 0, '{"level":30,"time":"2025-02-09T11:18:00+01:00","msg":"truncated line')
  writeFileSync(join(here, 'order-worker.jsonl'), lines.join('\n') + '\n')
}

// logfmt from the database proxy (ts in UTC, level= field).
{
  const lines = []
  for (let t = at(10, 0); t < at(10, 40); t += 20000) {
    const saturated = inPool(t)
    lines.push(`ts=${iso(t)} level=${saturated ? 'warn' : 'info'} component=pgbouncer msg="pool stats" active=${saturated ? 20 : 4 + Math.floor(random() * 4)} waiting=${saturated ? 40 : 0}`)
  }
  lines.splice(30, 0, `ts=${iso(at(10, 10, 3))} level=error component=pgbouncer msg="client_login_timeout reached" db=checkout`)
  writeFileSync(join(here, 'pgbouncer.logfmt'), lines.join('\n') + '\n')
}

// nginx combined access log ($time_local in +0100).
{
  const lines = []
  for (let t = at(10, 0); t < at(10, 40); t += 3000 + Math.floor(random() * 3000)) {
    const local = new Date(t + 3600_000)
    const day = String(local.getUTCDate()).padStart(2, '0')
    const clock = local.toISOString().slice(11, 19)
    const status = inPool(t + 3000) && random() < 0.7 ? 502 : 200
    const ip = `10.4.${Math.floor(random() * 8)}.${Math.floor(random() * 250)}`
    lines.push(`${ip} - - [${day}/Feb/2025:${clock} +0100] "POST /v1/checkout?cart=${Math.floor(random() * 99999)} HTTP/1.1" ${status} ${status === 502 ? 157 : 412} "-" "shop-web/4.2"`)
  }
  writeFileSync(join(here, 'nginx-access.txt'), lines.join('\n') + '\n')
}

// curl .../api/v1/query_range?query=sum by (service) (rate(http_requests_total{code=~"5.."}[1m]))&step=15s
{
  const values = []
  for (let t = at(9, 50); t <= at(10, 50); t += 15000) {
    const base = 0.02 + random() * 0.02
    const value = inPool(t) ? 4 + random() * 3 : base
    values.push([t / 1000, value.toFixed(4)])
  }
  const doc = { status: 'success', data: { resultType: 'matrix', result: [{ metric: { service: 'checkout-api' }, values }] } }
  writeFileSync(join(here, 'prometheus-5xx-rate.json'), JSON.stringify(doc, null, 2) + '\n')
}

// curl .../api/v1/query?query=up{job="checkout-api"}&time=... (an instant query)
{
  const doc = { status: 'success', data: { resultType: 'vector', result: [{ metric: { __name__: 'pg_pool_max_connections', service: 'checkout-api' }, value: [at(10, 20) / 1000, '20'] }] } }
  writeFileSync(join(here, 'prometheus-instant.json'), JSON.stringify(doc, null, 2) + '\n')
}

// amtool alert query --within=2h --output json (API v2 shape). The resolved one has endsAt before updatedAt.
{
  const alerts = [
    {
      annotations: { summary: 'checkout-api 5xx rate above 1/s for 2 minutes', runbook_url: 'https://runbooks.example.com/checkout-5xx' },
      endsAt: iso(at(10, 36, 45)), fingerprint: '3f1c9b2a7d4e5f60', receivers: [{ name: 'pagerduty-checkout' }],
      startsAt: iso(at(10, 6, 30)), status: { inhibitedBy: [], silencedBy: [], state: 'unprocessed' }, updatedAt: iso(at(10, 36, 45)),
      generatorURL: 'http://prometheus.example.com/graph?g0.expr=...', labels: { alertname: 'CheckoutHighErrorRate', service: 'checkout-api', severity: 'page' },
    },
    {
      annotations: { summary: 'pgbouncer has clients waiting for a connection' },
      endsAt: iso(at(10, 35, 10)), fingerprint: '8a0e44c1b2d39f77', receivers: [{ name: 'slack-db' }],
      startsAt: iso(at(10, 8, 0)), status: { inhibitedBy: [], silencedBy: [], state: 'unprocessed' }, updatedAt: iso(at(10, 35, 10)),
      generatorURL: 'http://prometheus.example.com/graph?g0.expr=...', labels: { alertname: 'PgbouncerClientsWaiting', service: 'pgbouncer', severity: 'warning' },
    },
  ]
  writeFileSync(join(here, 'alertmanager-alerts.json'), JSON.stringify(alerts, null, 2) + '\n')
}

// GET /incidents/Q1CHK0UT/log_entries (PagerDuty REST API v2), oldest first.
{
  const incidentRef = { id: 'Q1CHK0UT', type: 'incident_reference', summary: '[#4821] CheckoutHighErrorRate: checkout-api 5xx rate above 1/s', html_url: 'https://example.pagerduty.com/incidents/Q1CHK0UT' }
  const service = { id: 'PSVC01', type: 'service_reference', summary: 'Checkout API' }
  const oncall = { id: 'PUSR01', type: 'user_reference', summary: 'checkout-oncall (Sam Rivera)' }
  const secondary = { id: 'PUSR02', type: 'user_reference', summary: 'payments-secondary (Ana Li)' }
  const entry = (id, type, t, extra) => ({ id, type, summary: '', created_at: iso(t).replace('.000', ''), incident: incidentRef, ...extra })
  const doc = {
    log_entries: [
      entry('R0TRIG01', 'trigger_log_entry', at(10, 6, 41), { agent: service, channel: { type: 'api' } }),
      entry('R0ASSG01', 'assign_log_entry', at(10, 6, 41), { agent: service, assignees: [oncall] }),
      entry('R0NOTF01', 'notify_log_entry', at(10, 6, 44), { agent: service, user: oncall, channel: { type: 'push_notification' } }),
      entry('R0NOTF02', 'notify_log_entry', at(10, 8, 44), { agent: service, user: oncall, channel: { type: 'phone' } }),
      entry('R0ACK001', 'acknowledge_log_entry', at(10, 9, 12), { agent: oncall, channel: { type: 'mobile' } }),
      entry('R0ESC001', 'escalate_log_entry', at(10, 15, 0), { agent: oncall, channel: { type: 'web_ui' }, assignees: [secondary] }),
      entry('R0RES001', 'resolve_log_entry', at(10, 44, 30), { agent: oncall, channel: { type: 'web_ui' } }),
    ],
    limit: 100, offset: 0, more: false, total: null,
  }
  writeFileSync(join(here, 'pagerduty-log-entries.json'), JSON.stringify(doc, null, 2) + '\n')
}

// A Slack export: <channel>/<YYYY-MM-DD>.json, messages with `ts` as epoch seconds in a string.
{
  const profile = (name) => ({ display_name: name, real_name: '', name })
  const message = (user, name, t, text, extra = {}) => ({ type: 'message', user, text, ts: `${(t / 1000).toFixed(0)}.${String(Math.floor(random() * 1e6)).padStart(6, '0')}`, user_profile: profile(name), ...extra })
  const messages = [
    message('U01SAMR', 'sam.r', at(10, 10, 5), 'Ack. Checkout 5xx are up since about 10:04, looking at the API pods'),
    message('U01ANAL', 'ana.l', at(10, 16, 30), 'joined via escalation. pgbouncer shows 40 clients waiting, pool is 20', { subtype: undefined }),
    { type: 'message', subtype: 'channel_join', user: 'U01ANAL', text: '<@U01ANAL> has joined the channel', ts: `${at(10, 16, 0) / 1000}.000100` },
    message('U01SAMR', 'sam.r', at(10, 24, 50), 'Release 2025.02.09-1 changed the pool timeout; rolling back to 2025.02.08-3 <@U01ANAL>'),
    message('U01SAMR', 'sam.r', at(10, 36, 0), 'Error rate back to normal after the rollback. Keeping the incident open to watch'),
  ]
  mkdirSync(join(here, 'slack/incident-checkout'), { recursive: true })
  writeFileSync(join(here, 'slack/incident-checkout/2025-02-09.json'), JSON.stringify(messages, null, 2) + '\n')
}
console.log('sample evidence written to', here)
