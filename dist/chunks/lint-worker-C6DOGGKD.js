import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  serveLintTasks,
  toReport
} from "./chunk-BDMK7JOR.js";
import "./chunk-P7CB7X5Q.js";
import "./chunk-KCGXDLRH.js";
import "./chunk-PN4ZRE23.js";
import "./chunk-ZSLOR7M4.js";
export {
  serveLintTasks,
  toReport
};
