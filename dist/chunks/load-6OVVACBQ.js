import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  CONFIG_NAMES,
  findConfig,
  loadConfig
} from "./chunk-KIZHUND3.js";
import "./chunk-ZFX5STGA.js";
import "./chunk-ZSLOR7M4.js";
export {
  CONFIG_NAMES,
  findConfig,
  loadConfig
};
