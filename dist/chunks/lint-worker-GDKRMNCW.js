import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  serveLintTasks,
  toReport
} from "./chunk-O2MDGLZQ.js";
import "./chunk-RKATVZUE.js";
import "./chunk-VW4M6AYE.js";
import "./chunk-2Q5EL4CQ.js";
import "./chunk-ZSLOR7M4.js";
export {
  serveLintTasks,
  toReport
};
