import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  serveLintTasks,
  toReport
} from "./chunk-53DRLV4F.js";
import "./chunk-53JWTDZD.js";
import "./chunk-JRY6FC42.js";
import "./chunk-ZFX5STGA.js";
import "./chunk-ZSLOR7M4.js";
export {
  serveLintTasks,
  toReport
};
