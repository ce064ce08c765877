// Generated from the built-in template (src/cli/builtin-template.ts) by scripts/gen-vocabulary.mjs. Edit the template, then run `npm run gen`.
export const data: unknown = {
  "rows": [
    [
      {
        "column": 1,
        "text": "what happened (trigger)"
      },
      {
        "column": 2,
        "text": "deploy log / alert / dashboard / chat"
      },
      {
        "column": 3,
        "text": "system or role"
      }
    ],
    [
      {
        "column": 1,
        "text": "impact started"
      },
      {
        "column": 2,
        "text": "dashboard link"
      },
      {
        "column": 3,
        "text": "system"
      }
    ],
    [
      {
        "column": 1,
        "text": "detected: how we learned about it"
      },
      {
        "column": 2,
        "text": "alert name"
      },
      {
        "column": 3,
        "text": "on-call engineer"
      }
    ],
    [
      {
        "column": 1,
        "text": "mitigation applied"
      },
      {
        "column": 2,
        "text": "runbook / chat"
      },
      {
        "column": 3,
        "text": "incident commander"
      }
    ],
    [
      {
        "column": 1,
        "text": "impact ended"
      },
      {
        "column": 2,
        "text": "dashboard link"
      },
      {
        "column": 3,
        "text": "system"
      }
    ],
    [
      {
        "column": 1,
        "text": "a specific change to a named system"
      }
    ],
    [
      {
        "column": 1,
        "text": "a specific change to a named system"
      }
    ]
  ],
  "items": [
    "first condition in the system, process or tooling.",
    "second condition."
  ],
  "inline": [
    "@owner",
    "@org/team",
    "<title>",
    "0h 00min",
    "(one line on why this level)",
    "P0 | P1 | P2 | P3 | P4",
    "@your-handle",
    "(four weeks after the incident: the follow-up review)"
  ]
}
