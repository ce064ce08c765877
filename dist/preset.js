import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  ENGINE_FINDINGS,
  remarkCheckLintComments,
  remarkFrontmatter,
  remarkGfm,
  remarkMessageControl,
  remarkPostmortemModel
} from "./chunks/chunk-JRY6FC42.js";
import {
  RULES,
  SOURCE,
  defaultConfig
} from "./chunks/chunk-ZFX5STGA.js";
import "./chunks/chunk-ZSLOR7M4.js";

// src/lint/preset.ts
function postmortemPreset(config = defaultConfig()) {
  const rules = Object.entries(RULES).filter(([id]) => config.rules[id]?.level !== "off").map(([id, plugin]) => [plugin, [config.rules[id]?.level ?? "error", config.rules[id]?.options ?? {}]]);
  return {
    plugins: [
      remarkGfm,
      [remarkFrontmatter, ["yaml"]],
      [remarkPostmortemModel, { config }],
      ...rules,
      remarkCheckLintComments,
      [remarkMessageControl, { name: SOURCE, source: SOURCE, known: [...Object.keys(RULES), ...ENGINE_FINDINGS] }]
    ]
  };
}
var remarkPresetPostmortem = postmortemPreset();
var preset_default = remarkPresetPostmortem;
export {
  preset_default as default,
  postmortemPreset
};
