import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  KNOWN_RULES,
  defaultConfig
} from "./chunk-3N6BFG3G.js";
import "./chunk-XBU6CGRD.js";
export {
  KNOWN_RULES,
  defaultConfig
};
