import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-SKHKKAY7.js";
import "./chunk-XBU6CGRD.js";
export default require_picomatch();
