import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  serveLintTasks,
  toReport
} from "./chunk-ZR74RXSB.js";
import "./chunk-4UUJOLYI.js";
import "./chunk-ZHRVZQDE.js";
import "./chunk-LKSYCHC2.js";
import "./chunk-4ADZSBGH.js";
import "./chunk-AP7ZZIRN.js";
import "./chunk-POANTLKZ.js";
import "./chunk-3N6BFG3G.js";
import "./chunk-XBU6CGRD.js";
export {
  serveLintTasks,
  toReport
};
