import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  serveLintTasks,
  toReport
} from "./chunk-MX6FL6CR.js";
import "./chunk-IHMQW5KA.js";
import "./chunk-H4PV5VFZ.js";
import "./chunk-6VANDS4J.js";
import "./chunk-L4KDTR5G.js";
import "./chunk-3N6BFG3G.js";
import "./chunk-3JMZ6L7O.js";
import "./chunk-AORMG3SL.js";
import "./chunk-XBU6CGRD.js";
export {
  serveLintTasks,
  toReport
};
