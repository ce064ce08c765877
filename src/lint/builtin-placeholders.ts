/**
 * The built-in template's placeholders. They are read from the template (the copy built into the
 * CLI, which test/cli/template.test.ts keeps equal to postmortems-template/postmortems/TEMPLATE.md)
 * by `npm run gen`, not on every run: parsing the template on the first lint of a run cost about
 * 25 ms of start-up. test/rules/template-placeholders.test.ts fails when the data and the template
 * disagree, and `npm test` fails when the generated file is stale.
 */
import { placeholdersFromData, type PlaceholdersData, type TemplatePlaceholders } from './template-text.js'
import { data } from './template-placeholders.generated.js'

let builtin: TemplatePlaceholders | undefined

export function builtinPlaceholders(): TemplatePlaceholders {
  builtin ??= placeholdersFromData(data as PlaceholdersData)
  return builtin
}
