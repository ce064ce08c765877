import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  CONFIG_NAMES,
  findConfig,
  loadConfig,
  readConfigFile
} from "./chunk-AUC2NV6B.js";
import "./chunk-AP7ZZIRN.js";
import "./chunk-POANTLKZ.js";
import "./chunk-3N6BFG3G.js";
import "./chunk-XBU6CGRD.js";
export {
  CONFIG_NAMES,
  findConfig,
  loadConfig,
  readConfigFile
};
