import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  serveLintTasks,
  toReport
} from "./chunk-JMU3CQXQ.js";
import "./chunk-MJTS44WW.js";
import "./chunk-QRYEJGNB.js";
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
