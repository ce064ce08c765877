import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  readYamlFrontMatter
} from "./chunk-NFOYBN6E.js";
import {
  buildPostmortem,
  markdownParser
} from "./chunk-5P76JHEA.js";

// src/model/parse.ts
function parsePostmortem(text, config, path) {
  const tree = markdownParser().parse(text);
  return buildPostmortem(tree, text, config, path, readYamlFrontMatter);
}

export {
  parsePostmortem
};
