/** Where each rule's documentation lives (the docs pages in this repository). */
export const DOCS_BASE = 'https://github.com/postmortem-action/postmortem-action/blob/main/docs/rules/'

export function ruleDocsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`
}
