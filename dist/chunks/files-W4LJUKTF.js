import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  decode,
  lintFile,
  readingFile
} from "./chunk-NVM2UE25.js";
import "./chunk-4R6OAHEB.js";
import "./chunk-5P76JHEA.js";
import "./chunk-AP7ZZIRN.js";
import "./chunk-POANTLKZ.js";
import "./chunk-3N6BFG3G.js";
import "./chunk-76WKF4H2.js";
import "./chunk-XBU6CGRD.js";
export {
  decode,
  lintFile,
  readingFile
};
