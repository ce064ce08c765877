import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  CONFIG_NAMES,
  findConfig,
  loadConfig,
  readConfigFile
} from "./chunk-Y5EAZA4U.js";
import "./chunk-6VANDS4J.js";
import "./chunk-L4KDTR5G.js";
import "./chunk-3N6BFG3G.js";
import "./chunk-3JMZ6L7O.js";
import "./chunk-AORMG3SL.js";
import "./chunk-XBU6CGRD.js";
export {
  CONFIG_NAMES,
  findConfig,
  loadConfig,
  readConfigFile
};
