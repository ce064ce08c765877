import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-IZW7G46A.js";
import {
  normalizeLabel
} from "./chunk-76WKF4H2.js";
import {
  __toESM
} from "./chunk-XBU6CGRD.js";

// src/model/front-matter.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_YAML_ALIASES = 50;
function readYamlFrontMatter(node, source, fieldKey, problems) {
  const [nodeStart] = source.range(node);
  const contentStart = source.text.indexOf("\n", nodeStart) + 1;
  const doc = (0, import_yaml.parseDocument)(node.value, { uniqueKeys: false, prettyErrors: false });
  const firstError = doc.errors[0];
  if (firstError) {
    const at = contentStart + (firstError.pos?.[0] ?? 0);
    problems.push({ kind: "front-matter", message: `Unexpected invalid YAML front matter (${firstError.message.split("\n")[0]}), expected valid YAML between the \`---\` lines`, span: source.span(at, at) });
    return [];
  }
  let values;
  try {
    values = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    problems.push({ kind: "front-matter", message: `Unexpected front matter (${error.message}), expected plain YAML values without that many aliases`, span: source.nodeSpan(node) });
    return [];
  }
  return frontMatterValues(doc, values, contentStart, source, fieldKey);
}
function frontMatterValues(doc, values, contentStart, source, fieldKey) {
  if (!(0, import_yaml.isMap)(doc.contents)) return [];
  const fields = [];
  for (const pair of doc.contents.items) {
    const label = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "";
    const value = pair.value;
    const range = ((0, import_yaml.isScalar)(value) || (0, import_yaml.isSeq)(value) || (0, import_yaml.isMap)(value) || (0, import_yaml.isAlias)(value)) && value.range ? value.range : void 0;
    if (!label || !range) continue;
    const resolved = values[label];
    const text = Array.isArray(resolved) ? resolved.map((item) => item === null || typeof item === "object" ? "" : String(item)).join(", ") : resolved === null || typeof resolved === "object" ? "" : String(resolved);
    const start = contentStart + range[0];
    const end = contentStart + range[1];
    const span = source.located(null, start, end).span;
    fields.push({ key: fieldKey.get(normalizeLabel(label)) ?? normalizeLabel(label), label, raw: text, span, from: "front-matter" });
  }
  return fields;
}

export {
  readYamlFrontMatter
};
