import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  readYamlFrontMatter
} from "./chunk-NFOYBN6E.js";
import "./chunk-IZW7G46A.js";
import "./chunk-76WKF4H2.js";
import "./chunk-XBU6CGRD.js";
export {
  readYamlFrontMatter
};
