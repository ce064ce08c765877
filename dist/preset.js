import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all2) => {
  for (var name in all2)
    __defProp(target, name, { get: all2[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/format/format.js
var require_format = __commonJS({
  "node_modules/format/format.js"(exports, module) {
    (function() {
      var namespace;
      if (typeof module !== "undefined") {
        namespace = module.exports = format;
      } else {
        namespace = (function() {
          return this || (1, eval)("this");
        })();
      }
      namespace.format = format;
      namespace.vsprintf = vsprintf;
      if (typeof console !== "undefined" && typeof console.log === "function") {
        namespace.printf = printf;
      }
      function printf() {
        console.log(format.apply(null, arguments));
      }
      function vsprintf(fmt, replacements) {
        return format.apply(null, [fmt].concat(replacements));
      }
      function format(fmt) {
        var argIndex = 1, args = [].slice.call(arguments), i = 0, n = fmt.length, result = "", c, escaped = false, arg, tmp, leadingZero = false, precision, nextArg = function() {
          return args[argIndex++];
        }, slurpNumber = function() {
          var digits = "";
          while (/\d/.test(fmt[i])) {
            digits += fmt[i++];
            c = fmt[i];
          }
          return digits.length > 0 ? parseInt(digits) : null;
        };
        for (; i < n; ++i) {
          c = fmt[i];
          if (escaped) {
            escaped = false;
            if (c == ".") {
              leadingZero = false;
              c = fmt[++i];
            } else if (c == "0" && fmt[i + 1] == ".") {
              leadingZero = true;
              i += 2;
              c = fmt[i];
            } else {
              leadingZero = true;
            }
            precision = slurpNumber();
            switch (c) {
              case "b":
                result += parseInt(nextArg(), 10).toString(2);
                break;
              case "c":
                arg = nextArg();
                if (typeof arg === "string" || arg instanceof String)
                  result += arg;
                else
                  result += String.fromCharCode(parseInt(arg, 10));
                break;
              case "d":
                result += parseInt(nextArg(), 10);
                break;
              case "f":
                tmp = String(parseFloat(nextArg()).toFixed(precision || 6));
                result += leadingZero ? tmp : tmp.replace(/^0/, "");
                break;
              case "j":
                result += JSON.stringify(nextArg());
                break;
              case "o":
                result += "0" + parseInt(nextArg(), 10).toString(8);
                break;
              case "s":
                result += nextArg();
                break;
              case "x":
                result += "0x" + parseInt(nextArg(), 10).toString(16);
                break;
              case "X":
                result += "0x" + parseInt(nextArg(), 10).toString(16).toUpperCase();
                break;
              default:
                result += c;
                break;
            }
          } else if (c === "%") {
            escaped = true;
          } else {
            result += c;
          }
        }
        return result;
      }
    })();
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === ALIAS;
    var isDocument = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === DOC;
    var isMap2 = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === MAP;
    var isPair = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === PAIR;
    var isScalar2 = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === SCALAR;
    var isSeq2 = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === SEQ;
    function isCollection(node2) {
      if (node2 && typeof node2 === "object")
        switch (node2[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode2(node2) {
      if (node2 && typeof node2 === "object")
        switch (node2[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node2) => (isScalar2(node2) || isCollection(node2)) && !!node2.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode2;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP2 = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node2, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node2)) {
        const cd = visit_(null, node2.contents, visitor_, Object.freeze([node2]));
        if (cd === REMOVE)
          node2.contents = null;
      } else
        visit_(null, node2, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP2;
    visit2.REMOVE = REMOVE;
    function visit_(key, node2, visitor, path2) {
      const ctrl = callVisitor(key, node2, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visit_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node2)) {
          path2 = Object.freeze(path2.concat(node2));
          for (let i = 0; i < node2.items.length; ++i) {
            const ci = visit_(i, node2.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node2.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node2)) {
          path2 = Object.freeze(path2.concat(node2));
          const ck = visit_("key", node2.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node2.key = null;
          const cv = visit_("value", node2.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node2.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node2, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node2)) {
        const cd = await visitAsync_(null, node2.contents, visitor_, Object.freeze([node2]));
        if (cd === REMOVE)
          node2.contents = null;
      } else
        await visitAsync_(null, node2, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP2;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node2, visitor, path2) {
      const ctrl = await callVisitor(key, node2, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visitAsync_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node2)) {
          path2 = Object.freeze(path2.concat(node2));
          for (let i = 0; i < node2.items.length; ++i) {
            const ci = await visitAsync_(i, node2.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node2.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node2)) {
          path2 = Object.freeze(path2.concat(node2));
          const ck = await visitAsync_("key", node2.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node2.key = null;
          const cv = await visitAsync_("value", node2.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node2.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node2, visitor, path2) {
      if (typeof visitor === "function")
        return visitor(key, node2, path2);
      if (identity.isMap(node2))
        return visitor.Map?.(key, node2, path2);
      if (identity.isSeq(node2))
        return visitor.Seq?.(key, node2, path2);
      if (identity.isPair(node2))
        return visitor.Pair?.(key, node2, path2);
      if (identity.isScalar(node2))
        return visitor.Scalar?.(key, node2, path2);
      if (identity.isAlias(node2))
        return visitor.Alias?.(key, node2, path2);
      return void 0;
    }
    function replaceNode(key, path2, node2) {
      const parent = path2[path2.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node2;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node2;
        else
          parent.value = node2;
      } else if (identity.isDocument(parent)) {
        parent.contents = node2;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy2 = new _Directives(this.yaml, this.tags);
        copy2.docStart = this.docStart;
        return copy2;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle2, prefix] = parts;
            this.tags[handle2] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle2, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle2];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle2 === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle2, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle2 + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node2) => {
            if (identity.isNode(node2) && node2.tag)
              tags[node2.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle2, prefix] of tagEntries) {
          if (handle2 === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle2} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root2) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root2, {
        Value(_key, node2) {
          if (node2.anchor)
            anchors.add(node2.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value2, arg, ctx) {
      if (Array.isArray(value2))
        return value2.map((v, i) => toJS(v, String(i), ctx));
      if (value2 && typeof value2.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value2))
          return value2.toJSON(arg, ctx);
        const data7 = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value2, data7);
        ctx.onCreate = (res2) => {
          data7.res = res2;
          delete ctx.onCreate;
        };
        const res = value2.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value2 === "bigint" && !ctx?.keep)
        return Number(value2);
      return value2;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy2 = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy2.range = this.range.slice();
        return copy2;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node2) => {
              if (identity.isAlias(node2) || identity.hasAnchor(node2))
                nodes.push(node2);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node2 of nodes) {
          if (node2 === this)
            break;
          if (node2.anchor === this.source)
            found = node2;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data7 = anchors2.get(found);
          if (!data7) {
            toJS.toJS(found, null, ctx);
            data7 = anchors2.get(found);
          }
          if (data7?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data7.count += 1;
            if (data7.aliasCount === 0)
              data7.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data7.count * data7.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node2, anchors2) {
      if (identity.isAlias(node2)) {
        const source = node2.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node2)) {
        let count = 0;
        for (const item of node2.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node2)) {
        const kc = getAliasCount(doc, node2.key, anchors2);
        const vc = getAliasCount(doc, node2.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value2) => !value2 || typeof value2 !== "function" && typeof value2 !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value2) {
        super(identity.SCALAR);
        this.value = value2;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value2, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value2) && !t.format);
    }
    function createNode(value2, tagName, ctx) {
      if (identity.isDocument(value2))
        value2 = value2.contents;
      if (identity.isNode(value2))
        return value2;
      if (identity.isPair(value2)) {
        const map3 = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map3.items.push(value2);
        return map3;
      }
      if (value2 instanceof String || value2 instanceof Number || value2 instanceof Boolean || typeof BigInt !== "undefined" && value2 instanceof BigInt) {
        value2 = value2.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value2 && typeof value2 === "object") {
        ref = sourceObjects.get(value2);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value2));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value2, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value2, tagName, schema.tags);
      if (!tagObj) {
        if (value2 && typeof value2.toJSON === "function") {
          value2 = value2.toJSON();
        }
        if (!value2 || typeof value2 !== "object") {
          const node3 = new Scalar.Scalar(value2);
          if (ref)
            ref.node = node3;
          return node3;
        }
        tagObj = value2 instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value2) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node2 = tagObj?.createNode ? tagObj.createNode(ctx.schema, value2, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value2, ctx) : new Scalar.Scalar(value2);
      if (tagName)
        node2.tag = tagName;
      else if (!tagObj.default)
        node2.tag = tagObj.tag;
      if (ref)
        ref.node = node2;
      return node2;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path2, value2) {
      let v = value2;
      for (let i = path2.length - 1; i >= 0; --i) {
        const k = path2[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path2) => path2 == null || typeof path2 === "object" && !!path2[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy2 = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy2.schema = schema;
        copy2.items = copy2.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy2.range = this.range.slice();
        return copy2;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path2, value2) {
        if (isEmptyPath(path2))
          this.add(value2);
        else {
          const [key, ...rest] = path2;
          const node2 = this.get(key, true);
          if (identity.isCollection(node2))
            node2.addIn(rest, value2);
          else if (node2 === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value2));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.delete(key);
        const node2 = this.get(key, true);
        if (identity.isCollection(node2))
          return node2.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        const [key, ...rest] = path2;
        const node2 = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node2) ? node2.value : node2;
        else
          return identity.isCollection(node2) ? node2.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node2) => {
          if (!identity.isPair(node2))
            return false;
          const n = node2.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.has(key);
        const node2 = this.get(key, true);
        return identity.isCollection(node2) ? node2.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value2) {
        const [key, ...rest] = path2;
        if (rest.length === 0) {
          this.set(key, value2);
        } else {
          const node2 = this.get(key, true);
          if (identity.isCollection(node2))
            node2.setIn(rest, value2);
          else if (node2 === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value2));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent2) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent2 ? comment.replace(/^(?! *$)/gm, indent2) : comment;
    }
    var lineComment = (str, indent2, comment) => str.endsWith("\n") ? indentComment(comment, indent2) : comment.includes("\n") ? "\n" + indentComment(comment, indent2) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text3, indent2, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text3;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent2.length);
      if (text3.length <= endStep)
        return text3;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent2.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text3, i, indent2.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text3[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text3[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text3, i, indent2.length);
          end = i + indent2.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text3[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text3[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text3;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text3;
      if (onFold)
        onFold();
      let res = text3.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text3.length;
        if (fold === 0)
          res = `
${indent2}${text3.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text3[fold]}\\`;
          res += `
${indent2}${text3.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text3, i, indent2) {
      let end = i;
      let start = i + 1;
      let ch = text3[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent2) {
          ch = text3[++i];
        } else {
          do {
            ch = text3[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text3[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value2, ctx) {
      const json = JSON.stringify(value2);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent2 = ctx.indent || (containsDocumentMarker(value2) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code3 = json.substr(i + 2, 4);
                switch (code3) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code3.substr(0, 2) === "00")
                      str += "\\x" + code3.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent2;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent2, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value2, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value2.includes("\n") || /[ \t]\n|\n[ \t]/.test(value2))
        return doubleQuotedString(value2, ctx);
      const indent2 = ctx.indent || (containsDocumentMarker(value2) ? "  " : "");
      const res = "'" + value2.replace(/'/g, "''").replace(/\n+/g, `$&
${indent2}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent2, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value2, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value2.includes('"');
        const hasSingle = value2.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value2, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value: value2 }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value2)) {
        return quotedString(value2, ctx);
      }
      const indent2 = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value2) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value2, lineWidth, indent2.length);
      if (!value2)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value2.length; endStart > 0; --endStart) {
        const ch = value2[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value2.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value2 === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value2 = value2.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent2}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value2.length; ++startEnd) {
        const ch = value2[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value2.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value2 = value2.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent2}`);
      }
      const indentSize = indent2 ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value2.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent2}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent2, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent2}${body}`;
      }
      value2 = value2.replace(/\n+/g, `$&${indent2}`);
      return `|${header}
${indent2}${start}${value2}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value: value2 } = item;
      const { actualString, implicitKey, indent: indent2, indentStep, inFlow } = ctx;
      if (implicitKey && value2.includes("\n") || inFlow && /[[\]{},]/.test(value2)) {
        return quotedString(value2, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value2)) {
        return implicitKey || inFlow || !value2.includes("\n") ? quotedString(value2, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value2.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value2)) {
        if (indent2 === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent2 === indentStep) {
          return quotedString(value2, ctx);
        }
      }
      const str = value2.replace(/\n+/g, `$&
${indent2}`);
      if (actualString) {
        const test2 = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test2) || compat?.some(test2))
          return quotedString(value2, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent2, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node2, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node2) || identity.isCollection(node2)) && node2.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node2.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node2 = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node2));
      const props = stringifyProps(node2, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node2, ctx, onComment, onChompKeep) : identity.isScalar(node2) ? stringifyString.stringifyString(node2, ctx, onComment, onChompKeep) : node2.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node2) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value: value2 }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent: indent2, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value2 == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent2 + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value2 == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value2 == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent2}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value2)) {
        vsb = !!value2.spaceBefore;
        vcb = value2.commentBefore;
        valueComment = value2.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value2 && typeof value2 === "object")
          value2 = doc.createNode(value2);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value2))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value2) && !value2.flow && !value2.tag && !value2.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value2, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value2)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value2.flow ?? value2.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value2) => value2 === MERGE_KEY || typeof value2 === "symbol" && value2.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map3, value2) {
      const source = resolveAliasValue(ctx, value2);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map3, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map3, it);
      else
        mergeValue(ctx, map3, source);
    }
    function mergeValue(ctx, map3, value2) {
      const source = resolveAliasValue(ctx, value2);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value3] of srcMap) {
        if (map3 instanceof Map) {
          if (!map3.has(key))
            map3.set(key, value3);
        } else if (map3 instanceof Set) {
          map3.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map3, key)) {
          Object.defineProperty(map3, key, {
            value: value3,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map3;
    }
    function resolveAliasValue(ctx, value2) {
      return ctx && identity.isAlias(value2) ? value2.resolve(ctx.doc, ctx) : value2;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map3, { key, value: value2 }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map3, value2);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map3, value2);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map3 instanceof Map) {
          map3.set(jsKey, toJS.toJS(value2, jsKey, ctx));
        } else if (map3 instanceof Set) {
          map3.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value2, stringKey, ctx);
          if (stringKey in map3)
            Object.defineProperty(map3, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map3[stringKey] = jsValue;
        }
      }
      return map3;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node2 of ctx.anchors.keys())
          strCtx.anchors.add(node2.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value2, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value2, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value2 = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value2;
      }
      clone(schema) {
        let { key, value: value2 } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value2))
          value2 = value2.clone(schema);
        return new _Pair(key, value2);
      }
      toJSON(_, ctx) {
        const pair2 = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair2, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent: indent2, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent2}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent2);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent: indent2, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent2}${line}` : "\n";
          return `${str}
${indent2}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent: indent2, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent2);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map3 = new this(schema);
        const add = (key, value2) => {
          if (typeof replacer === "function")
            value2 = replacer.call(obj, key, value2);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value2 !== void 0 || keepUndefined)
            map3.items.push(Pair.createPair(key, value2, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value2] of obj)
            add(key, value2);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map3.items.sort(schema.sortMapEntries);
        }
        return map3;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair2, overwrite) {
        let _pair;
        if (identity.isPair(pair2))
          _pair = pair2;
        else if (!pair2 || typeof pair2 !== "object" || !("key" in pair2)) {
          _pair = new Pair.Pair(pair2, pair2?.value);
        } else
          _pair = new Pair.Pair(pair2.key, pair2.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node2 = it?.value;
        return (!keepScalar && identity.isScalar(node2) ? node2.value : node2) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value2) {
        this.add(new Pair.Pair(key, value2), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map3 = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map3);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map3, item);
        return map3;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map3 = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map4, onError) {
        if (!identity.isMap(map4))
          onError("Expected a mapping for this tag");
        return map4;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map3;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value2) {
        this.items.push(value2);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value2) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value2))
          prev.value = value2;
        else
          this.items[idx] = value2;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value2) => typeof value2 === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value2) => value2 == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value2) => typeof value2 === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value: value2 }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value2 === sv)
            return source;
        }
        return value2 ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value: value2 }) {
      if (typeof value2 === "bigint")
        return String(value2);
      const num = typeof value2 === "number" ? value2 : Number(value2);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value2, -0) ? "-0" : JSON.stringify(value2);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node2) {
        const num = Number(node2.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node2);
      }
    };
    var float = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node2 = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node2.minFractionDigits = str.length - dot - 1;
        return node2;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value2) => typeof value2 === "bigint" || Number.isInteger(value2);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node2, radix, prefix) {
      const { value: value2 } = node2;
      if (intIdentify(value2) && value2 >= 0)
        return prefix + value2.toString(radix);
      return stringifyNumber.stringifyNumber(node2);
    }
    var intOct = {
      identify: (value2) => intIdentify(value2) && value2 >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node2) => intStringify(node2, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value2) => intIdentify(value2) && value2 >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node2) => intStringify(node2, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map3 = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map3.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map3 = require_map();
    var seq = require_seq();
    function intIdentify(value2) {
      return typeof value2 === "bigint" || Number.isInteger(value2);
    }
    var stringifyJSON = ({ value: value2 }) => JSON.stringify(value2);
    var jsonScalars = [
      {
        identify: (value2) => typeof value2 === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value2) => value2 == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value2) => typeof value2 === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value: value2 }) => intIdentify(value2) ? value2.toString() : JSON.stringify(value2)
      },
      {
        identify: (value2) => typeof value2 === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map3.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value2) => value2 instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value: value2 }, ctx, onComment, onChompKeep) {
        if (!value2)
          return "";
        const buf = value2;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair2 = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair2.key.commentBefore = pair2.key.commentBefore ? `${item.commentBefore}
${pair2.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair2.value ?? pair2.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair2;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value2;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value2 = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value2 = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value2, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map3 = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map3);
        for (const pair2 of this.items) {
          let key, value2;
          if (identity.isPair(pair2)) {
            key = toJS.toJS(pair2.key, "", ctx);
            value2 = toJS.toJS(pair2.value, key, ctx);
          } else {
            key = toJS.toJS(pair2, "", ctx);
          }
          if (map3.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map3.set(key, value2);
        }
        return map3;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value2) => value2 instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value: value2, source }, ctx) {
      const boolObj = value2 ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value2 ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value2) => value2 === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value2) => value2 === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node2) {
        const num = Number(node2.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node2);
      }
    };
    var float = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node2 = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node2.minFractionDigits = f.length;
        }
        return node2;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value2) => typeof value2 === "bigint" || Number.isInteger(value2);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node2, radix, prefix) {
      const { value: value2 } = node2;
      if (intIdentify(value2)) {
        const str = value2.toString(radix);
        return value2 < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node2);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node2) => intStringify(node2, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node2) => intStringify(node2, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node2) => intStringify(node2, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair2;
        if (identity.isPair(key))
          pair2 = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair2 = new Pair.Pair(key.key, null);
        else
          pair2 = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair2.key);
        if (!prev)
          this.items.push(pair2);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair2 = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair2) ? identity.isScalar(pair2.key) ? pair2.key.value : pair2.key : pair2;
      }
      set(key, value2) {
        if (typeof value2 !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value2}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value2) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value2) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value2 of iterable) {
            if (typeof replacer === "function")
              value2 = replacer.call(iterable, value2, value2);
            set2.items.push(Pair.createPair(value2, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value2) => value2 instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map3, onError) {
        if (identity.isMap(map3)) {
          if (map3.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map3);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map3;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node2) {
      let { value: value2 } = node2;
      let num = (n) => n;
      if (typeof value2 === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value2) || !isFinite(value2))
        return stringifyNumber.stringifyNumber(node2);
      let sign = "";
      if (value2 < 0) {
        sign = "-";
        value2 *= num(-1);
      }
      const _60 = num(60);
      const parts = [value2 % _60];
      if (value2 < 60) {
        parts.unshift(0);
      } else {
        value2 = (value2 - parts[0]) / _60;
        parts.unshift(value2 % _60);
        if (value2 >= 60) {
          value2 = (value2 - parts[0]) / _60;
          parts.unshift(value2);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value2) => typeof value2 === "bigint" || Number.isInteger(value2),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value2) => value2 instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month2, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month2 - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value: value2 }) => value2?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map3 = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map3.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map3 = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map3.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map3.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map3 = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map3.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy2 = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy2.tags = this.tags.slice();
        return copy2;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value2, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value2 === void 0 ? null : this.createNode(value2, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy2 = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy2.commentBefore = this.commentBefore;
        copy2.comment = this.comment;
        copy2.errors = this.errors.slice();
        copy2.warnings = this.warnings.slice();
        copy2.options = Object.assign({}, this.options);
        if (this.directives)
          copy2.directives = this.directives.clone();
        copy2.schema = this.schema.clone();
        copy2.contents = identity.isNode(this.contents) ? this.contents.clone(copy2.schema) : this.contents;
        if (this.range)
          copy2.range = this.range.slice();
        return copy2;
      }
      /** Adds a value to the document. */
      add(value2) {
        if (assertCollection(this.contents))
          this.contents.add(value2);
      }
      /** Adds a value to the document. */
      addIn(path2, value2) {
        if (assertCollection(this.contents))
          this.contents.addIn(path2, value2);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node2, name) {
        if (!node2.anchor) {
          const prev = anchors.anchorNames(this);
          node2.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node2.anchor);
      }
      createNode(value2, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value2 = replacer.call({ "": value2 }, "", value2);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node2 = createNode.createNode(value2, tag, ctx);
        if (flow && identity.isCollection(node2))
          node2.flow = true;
        setAnchors();
        return node2;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value2, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value2, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        if (Collection.isEmptyPath(path2)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path2) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        if (Collection.isEmptyPath(path2))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path2) {
        if (Collection.isEmptyPath(path2))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path2) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value2) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value2);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value2);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value2) {
        if (Collection.isEmptyPath(path2)) {
          this.contents = value2;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value2);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path2, value2);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code3, message) {
        super();
        this.name = name;
        this.code = code3;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code3, message) {
        super("YAMLParseError", pos, code3, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code3, message) {
        super("YAMLWarning", pos, code3, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent2, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent2 && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair2) => isEqual(pair2.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map3 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value: value2 } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map3.comment)
                map3.comment += "\n" + keyProps.comment;
              else
                map3.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map3.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value2,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value2?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value2 ? composeNode(ctx, value2, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value2, onError);
          offset = valueNode.range[2];
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map3.items.push(pair2);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map3.items.push(pair2);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map3.range = [bm.offset, offset, commentEnd ?? offset];
      return map3;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value: value2 } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value2,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value2) {
            if (value2?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node2 = value2 ? composeNode(ctx, value2, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value2, onError);
        offset = node2.range[2];
        seq.items.push(node2);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value: value2 } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value2) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value2 ? composeNode(ctx, value2, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value2))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value2,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value2) {
            if ("source" in value2 && value2.source?.[0] === ":")
              onError(value2, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value2 ? composeNode(ctx, value2, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value2))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          if (isMap2) {
            const map3 = coll;
            if (utilMapIncludes.mapIncludes(ctx, map3.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map3.items.push(pair2);
          } else {
            const map3 = new YAMLMap.YAMLMap(ctx.schema);
            map3.flow = true;
            map3.items.push(pair2);
            const endRange = (valueNode ?? keyNode).range;
            map3.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map3);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node2 = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node2.range = coll.range;
      node2.tag = tagName;
      if (tag?.format)
        node2.format = tag.format;
      return node2;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value3 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value3, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent2, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent2.length > trimIndent)
            trimIndent = indent2.length;
        } else {
          if (indent2.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent2.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent2.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent2.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value2 = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value2 += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent2, content] = lines[i];
        offset += indent2.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent2.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent2 = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value2 += sep + indent2.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent2.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value2 += sep + indent2.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value2 += "\n";
          else
            sep = "\n";
        } else {
          value2 += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value2 += "\n" + lines[i][0].slice(trimIndent);
          if (value2[value2.length - 1] !== "\n")
            value2 += "\n";
          break;
        default:
          value2 += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value: value2, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent2 = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent2 && n)
            indent2 = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent: indent2, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value2;
      const _onError = (rel, code3, msg) => onError(offset + rel, code3, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value2 = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value2 = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value2 = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value: value2,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok3 = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code3 = ok3 ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code3);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value: value2, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value2, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value2, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value2, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value2);
      }
      scalar.range = range;
      scalar.source = value2;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value2, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value2))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value2, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value2)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value2)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node2;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node2 = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node2 = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node2.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node2 = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node2.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node2 ?? (node2 = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node2.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node2) || typeof node2.value !== "string" || node2.tag && node2.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node2.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node2.comment = comment;
        else
          node2.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node2.srcToken = token;
      return node2;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node2 = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node2.anchor = anchor.source.substring(1);
        if (node2.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node2.spaceBefore = true;
      if (comment) {
        node2.comment = comment;
        node2.range[2] = end;
      }
      return node2;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value: value2, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value2 ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value2 && (value2.type === "block-map" || value2.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value2 ? composeNode.composeNode(ctx, value2, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code3, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code3, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code3, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code3, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code3, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code3, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value2, context) {
      const { implicitKey = false, indent: indent2, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value: value2 }, {
        implicitKey,
        indent: indent2 > 0 ? " ".repeat(indent2) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent: indent2, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent: indent2, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent: indent2, source: "\n" });
          return { type: "block-scalar", offset, indent: indent2, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent: indent2, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent: indent2, source, end };
        default:
          return { type: "scalar", offset, indent: indent2, source, end };
      }
    }
    function setScalarValue(token, value2, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent2 = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent2 === "number")
        indent2 += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value: value2 }, {
        implicitKey: implicitKey || indent2 === null,
        indent: indent2 !== null && indent2 > 0 ? " ".repeat(indent2) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent2 = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent: indent2, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent: indent2, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent: indent2, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent2 = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent: indent2, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value: value2 }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value2)
        res += stringifyToken(value2);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP2 = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP2;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path2) => {
      let item = cst;
      for (const [field, index] of path2) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path2) => {
      const parent = visit2.itemAtPath(cst, path2.slice(0, -1));
      const field = path2[path2.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path2, item, visitor) {
      let ctrl = visitor(item, path2);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path2.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path2);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path2) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent2 = 0;
          while (ch === " ")
            ch = this.buffer[++indent2 + offset];
          if (ch === "\r") {
            const next = this.buffer[indent2 + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent2 + 1;
          }
          return ch === "\n" || indent2 >= this.indentNext || !ch && !this.atEnd ? offset + indent2 : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent2 = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent2 = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent2 !== -1 && indent2 < this.indentNext && line[0] !== "#" || indent2 === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent2 === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent2 = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent2 += 1;
              break;
            case "\n":
              nl = i2;
              indent2 = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent2 >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent2;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent2 > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test2) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test2(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map3 = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map3;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map3) {
        const it = map3.items[map3.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map3.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map3.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map3.indent)) {
                const prev = map3.items[map3.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map3.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map3.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map3.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map3.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map3.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map3.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map3.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map3.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map3.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map3);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map3.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map3 = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map3;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent2) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent2)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions2(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions2(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions2(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value2, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent2 = Math.round(options);
        options = indent2 < 1 ? void 0 : indent2 > 8 ? { indent: 8 } : { indent: indent2 };
      }
      if (value2 === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value2) && !_replacer)
        return value2.toString(options);
      return new Document.Document(value2, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// src/config/normalize.ts
function normalizeLabel(text3) {
  return text3.normalize("NFKC").toLowerCase().replace(/[*_`]/g, "").replace(/\s+/g, " ").replace(/^[\s:.\-–—#]+|[\s:.\-–—]+$/g, "").trim();
}
function aliasIndex(vocabulary) {
  let index = indexes.get(vocabulary);
  if (!index) {
    index = buildAliasIndex(vocabulary);
    indexes.set(vocabulary, index);
  }
  return index;
}
function buildAliasIndex(vocabulary) {
  const index = /* @__PURE__ */ new Map();
  for (const [canonical, aliases] of Object.entries(vocabulary)) {
    for (const alias of [canonical, ...aliases]) {
      const key = normalizeLabel(alias);
      if (!index.has(key)) index.set(key, canonical);
    }
  }
  return index;
}
function aliasIndexFor(vocabulary, keys) {
  let byKeys = subsetIndexes.get(vocabulary);
  if (!byKeys) subsetIndexes.set(vocabulary, byKeys = /* @__PURE__ */ new Map());
  const cacheKey = keys.join("\n");
  let index = byKeys.get(cacheKey);
  if (!index) {
    index = buildAliasIndex(Object.fromEntries(keys.map((key) => [key, vocabulary[key] ?? []])));
    byKeys.set(cacheKey, index);
  }
  return index;
}
var indexes, subsetIndexes;
var init_normalize = __esm({
  "src/config/normalize.ts"() {
    "use strict";
    indexes = /* @__PURE__ */ new WeakMap();
    subsetIndexes = /* @__PURE__ */ new WeakMap();
  }
});

// src/model/front-matter.ts
var front_matter_exports = {};
__export(front_matter_exports, {
  readYamlFrontMatter: () => readYamlFrontMatter
});
function readYamlFrontMatter(node2, source, fieldKey, problems) {
  const [nodeStart] = source.range(node2);
  const contentStart = source.text.indexOf("\n", nodeStart) + 1;
  const doc = (0, import_yaml.parseDocument)(node2.value, { uniqueKeys: false, prettyErrors: false });
  const firstError = doc.errors[0];
  if (firstError) {
    const at = contentStart + (firstError.pos?.[0] ?? 0);
    problems.push({ kind: "front-matter", message: `Unexpected invalid YAML front matter (${firstError.message.split("\n")[0]}), expected valid YAML between the \`---\` lines`, span: source.span(at, at) });
    return [];
  }
  let values;
  try {
    values = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    problems.push({ kind: "front-matter", message: `Unexpected front matter (${error.message}), expected plain YAML values without that many aliases`, span: source.nodeSpan(node2) });
    return [];
  }
  return frontMatterValues(doc, values, contentStart, source, fieldKey);
}
function frontMatterValues(doc, values, contentStart, source, fieldKey) {
  if (!(0, import_yaml.isMap)(doc.contents)) return [];
  const fields = [];
  for (const pair2 of doc.contents.items) {
    const label = (0, import_yaml.isScalar)(pair2.key) ? String(pair2.key.value) : "";
    const value2 = pair2.value;
    const range = ((0, import_yaml.isScalar)(value2) || (0, import_yaml.isSeq)(value2) || (0, import_yaml.isMap)(value2) || (0, import_yaml.isAlias)(value2)) && value2.range ? value2.range : void 0;
    if (!label || !range) continue;
    const resolved = values[label];
    const text3 = Array.isArray(resolved) ? resolved.map((item) => item === null || typeof item === "object" ? "" : String(item)).join(", ") : resolved === null || typeof resolved === "object" ? "" : String(resolved);
    const start = contentStart + range[0];
    const end = contentStart + range[1];
    const span = source.located(null, start, end).span;
    fields.push({ key: fieldKey.get(normalizeLabel(label)) ?? normalizeLabel(label), label, raw: text3, span, from: "front-matter" });
  }
  return fields;
}
var import_yaml, MAX_YAML_ALIASES;
var init_front_matter = __esm({
  "src/model/front-matter.ts"() {
    "use strict";
    import_yaml = __toESM(require_dist(), 1);
    init_normalize();
    MAX_YAML_ALIASES = 50;
  }
});

// node_modules/devlop/lib/default.js
function ok() {
}

// node_modules/micromark-util-character/index.js
var asciiAlpha = regexCheck(/[A-Za-z]/);
var asciiAlphanumeric = regexCheck(/[\dA-Za-z]/);
var asciiAtext = regexCheck(/[#-'*+\--9=?A-Z^-~]/);
function asciiControl(code3) {
  return (
    // Special whitespace codes (which have negative values), C0 and Control
    // character DEL
    code3 !== null && (code3 < 32 || code3 === 127)
  );
}
var asciiDigit = regexCheck(/\d/);
var asciiHexDigit = regexCheck(/[\dA-Fa-f]/);
var asciiPunctuation = regexCheck(/[!-/:-@[-`{-~]/);
function markdownLineEnding(code3) {
  return code3 !== null && code3 < -2;
}
function markdownLineEndingOrSpace(code3) {
  return code3 !== null && (code3 < 0 || code3 === 32);
}
function markdownSpace(code3) {
  return code3 === -2 || code3 === -1 || code3 === 32;
}
var unicodePunctuation = regexCheck(new RegExp("\\p{P}|\\p{S}", "u"));
var unicodeWhitespace = regexCheck(/\s/);
function regexCheck(regex) {
  return check2;
  function check2(code3) {
    return code3 !== null && code3 > -1 && regex.test(String.fromCharCode(code3));
  }
}

// node_modules/fault/index.js
var import_format = __toESM(require_format(), 1);
var fault = Object.assign(create(Error), {
  eval: create(EvalError),
  range: create(RangeError),
  reference: create(ReferenceError),
  syntax: create(SyntaxError),
  type: create(TypeError),
  uri: create(URIError)
});
function create(Constructor) {
  FormattedError.displayName = Constructor.displayName || Constructor.name;
  return FormattedError;
  function FormattedError(format, ...values) {
    const reason = format ? (0, import_format.default)(format, ...values) : format;
    return new Constructor(reason);
  }
}

// node_modules/micromark-extension-frontmatter/lib/to-matters.js
var own = {}.hasOwnProperty;
var markers = {
  yaml: "-",
  toml: "+"
};
function toMatters(options) {
  const result = [];
  let index = -1;
  const presetsOrMatters = Array.isArray(options) ? options : options ? [options] : ["yaml"];
  while (++index < presetsOrMatters.length) {
    result[index] = matter(presetsOrMatters[index]);
  }
  return result;
}
function matter(option) {
  let result = option;
  if (typeof result === "string") {
    if (!own.call(markers, result)) {
      throw fault("Missing matter definition for `%s`", result);
    }
    result = {
      type: result,
      marker: markers[result]
    };
  } else if (typeof result !== "object") {
    throw fault("Expected matter to be an object, not `%j`", result);
  }
  if (!own.call(result, "type")) {
    throw fault("Missing `type` in matter `%j`", result);
  }
  if (!own.call(result, "fence") && !own.call(result, "marker")) {
    throw fault("Missing `marker` or `fence` in matter `%j`", result);
  }
  return result;
}

// node_modules/micromark-extension-frontmatter/lib/syntax.js
function frontmatter(options) {
  const matters = toMatters(options);
  const flow = {};
  let index = -1;
  while (++index < matters.length) {
    const matter2 = matters[index];
    const code3 = fence(matter2, "open").charCodeAt(0);
    const construct = createConstruct(matter2);
    const existing = flow[code3];
    if (Array.isArray(existing)) {
      existing.push(construct);
    } else {
      flow[code3] = [construct];
    }
  }
  return {
    flow
  };
}
function createConstruct(matter2) {
  const anywhere = matter2.anywhere;
  const frontmatterType = (
    /** @type {TokenType} */
    matter2.type
  );
  const fenceType = (
    /** @type {TokenType} */
    frontmatterType + "Fence"
  );
  const sequenceType = (
    /** @type {TokenType} */
    fenceType + "Sequence"
  );
  const valueType = (
    /** @type {TokenType} */
    frontmatterType + "Value"
  );
  const closingFenceConstruct = {
    tokenize: tokenizeClosingFence,
    partial: true
  };
  let buffer;
  let bufferIndex = 0;
  return {
    tokenize: tokenizeFrontmatter,
    concrete: true
  };
  function tokenizeFrontmatter(effects, ok3, nok) {
    const self = this;
    return start;
    function start(code3) {
      const position = self.now();
      if (
        // Indent not allowed.
        position.column === 1 && // Normally, only allowed in first line.
        (position.line === 1 || anywhere)
      ) {
        buffer = fence(matter2, "open");
        bufferIndex = 0;
        if (code3 === buffer.charCodeAt(bufferIndex)) {
          effects.enter(frontmatterType);
          effects.enter(fenceType);
          effects.enter(sequenceType);
          return openSequence(code3);
        }
      }
      return nok(code3);
    }
    function openSequence(code3) {
      if (bufferIndex === buffer.length) {
        effects.exit(sequenceType);
        if (markdownSpace(code3)) {
          effects.enter("whitespace");
          return openSequenceWhitespace(code3);
        }
        return openAfter(code3);
      }
      if (code3 === buffer.charCodeAt(bufferIndex++)) {
        effects.consume(code3);
        return openSequence;
      }
      return nok(code3);
    }
    function openSequenceWhitespace(code3) {
      if (markdownSpace(code3)) {
        effects.consume(code3);
        return openSequenceWhitespace;
      }
      effects.exit("whitespace");
      return openAfter(code3);
    }
    function openAfter(code3) {
      if (markdownLineEnding(code3)) {
        effects.exit(fenceType);
        effects.enter("lineEnding");
        effects.consume(code3);
        effects.exit("lineEnding");
        buffer = fence(matter2, "close");
        bufferIndex = 0;
        return effects.attempt(closingFenceConstruct, after, contentStart);
      }
      return nok(code3);
    }
    function contentStart(code3) {
      if (code3 === null || markdownLineEnding(code3)) {
        return contentEnd(code3);
      }
      effects.enter(valueType);
      return contentInside(code3);
    }
    function contentInside(code3) {
      if (code3 === null || markdownLineEnding(code3)) {
        effects.exit(valueType);
        return contentEnd(code3);
      }
      effects.consume(code3);
      return contentInside;
    }
    function contentEnd(code3) {
      if (code3 === null) {
        return nok(code3);
      }
      effects.enter("lineEnding");
      effects.consume(code3);
      effects.exit("lineEnding");
      return effects.attempt(closingFenceConstruct, after, contentStart);
    }
    function after(code3) {
      effects.exit(frontmatterType);
      return ok3(code3);
    }
  }
  function tokenizeClosingFence(effects, ok3, nok) {
    let bufferIndex2 = 0;
    return closeStart;
    function closeStart(code3) {
      if (code3 === buffer.charCodeAt(bufferIndex2)) {
        effects.enter(fenceType);
        effects.enter(sequenceType);
        return closeSequence(code3);
      }
      return nok(code3);
    }
    function closeSequence(code3) {
      if (bufferIndex2 === buffer.length) {
        effects.exit(sequenceType);
        if (markdownSpace(code3)) {
          effects.enter("whitespace");
          return closeSequenceWhitespace(code3);
        }
        return closeAfter(code3);
      }
      if (code3 === buffer.charCodeAt(bufferIndex2++)) {
        effects.consume(code3);
        return closeSequence;
      }
      return nok(code3);
    }
    function closeSequenceWhitespace(code3) {
      if (markdownSpace(code3)) {
        effects.consume(code3);
        return closeSequenceWhitespace;
      }
      effects.exit("whitespace");
      return closeAfter(code3);
    }
    function closeAfter(code3) {
      if (code3 === null || markdownLineEnding(code3)) {
        effects.exit(fenceType);
        return ok3(code3);
      }
      return nok(code3);
    }
  }
}
function fence(matter2, prop) {
  return matter2.marker ? pick(matter2.marker, prop).repeat(3) : (
    // @ts-expect-error: They’re mutually exclusive.
    pick(matter2.fence, prop)
  );
}
function pick(schema, prop) {
  return typeof schema === "string" ? schema : schema[prop];
}

// node_modules/escape-string-regexp/index.js
function escapeStringRegexp(string) {
  if (typeof string !== "string") {
    throw new TypeError("Expected a string");
  }
  return string.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&").replace(/-/g, "\\x2d");
}

// node_modules/mdast-util-frontmatter/lib/index.js
function frontmatterFromMarkdown(options) {
  const matters = toMatters(options);
  const enter = {};
  const exit2 = {};
  let index = -1;
  while (++index < matters.length) {
    const matter2 = matters[index];
    enter[matter2.type] = opener(matter2);
    exit2[matter2.type] = close;
    exit2[matter2.type + "Value"] = value;
  }
  return { enter, exit: exit2 };
}
function opener(matter2) {
  return open;
  function open(token) {
    this.enter({ type: matter2.type, value: "" }, token);
    this.buffer();
  }
}
function close(token) {
  const data7 = this.resume();
  const node2 = this.stack[this.stack.length - 1];
  ok("value" in node2);
  this.exit(token);
  node2.value = data7.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, "");
}
function value(token) {
  this.config.enter.data.call(this, token);
  this.config.exit.data.call(this, token);
}
function frontmatterToMarkdown(options) {
  const unsafe = [];
  const handlers = {};
  const matters = toMatters(options);
  let index = -1;
  while (++index < matters.length) {
    const matter2 = matters[index];
    handlers[matter2.type] = handler(matter2);
    const open = fence2(matter2, "open");
    unsafe.push({
      atBreak: true,
      character: open.charAt(0),
      after: escapeStringRegexp(open.charAt(1))
    });
  }
  return { unsafe, handlers };
}
function handler(matter2) {
  const open = fence2(matter2, "open");
  const close2 = fence2(matter2, "close");
  return handle2;
  function handle2(node2) {
    return open + (node2.value ? "\n" + node2.value : "") + "\n" + close2;
  }
}
function fence2(matter2, prop) {
  return matter2.marker ? pick2(matter2.marker, prop).repeat(3) : (
    // @ts-expect-error: They’re mutually exclusive.
    pick2(matter2.fence, prop)
  );
}
function pick2(schema, prop) {
  return typeof schema === "string" ? schema : schema[prop];
}

// node_modules/remark-frontmatter/lib/index.js
var emptyOptions = "yaml";
function remarkFrontmatter(options) {
  const self = (
    /** @type {Processor} */
    this
  );
  const settings = options || emptyOptions;
  const data7 = self.data();
  const micromarkExtensions = data7.micromarkExtensions || (data7.micromarkExtensions = []);
  const fromMarkdownExtensions = data7.fromMarkdownExtensions || (data7.fromMarkdownExtensions = []);
  const toMarkdownExtensions = data7.toMarkdownExtensions || (data7.toMarkdownExtensions = []);
  micromarkExtensions.push(frontmatter(settings));
  fromMarkdownExtensions.push(frontmatterFromMarkdown(settings));
  toMarkdownExtensions.push(frontmatterToMarkdown(settings));
}

// node_modules/ccount/index.js
function ccount(value2, character) {
  const source = String(value2);
  if (typeof character !== "string") {
    throw new TypeError("Expected character");
  }
  let count = 0;
  let index = source.indexOf(character);
  while (index !== -1) {
    count++;
    index = source.indexOf(character, index + character.length);
  }
  return count;
}

// node_modules/unist-util-is/lib/index.js
var convert = (
  // Note: overloads in JSDoc can’t yet use different `@template`s.
  /**
   * @type {(
   *   (<Condition extends string>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & {type: Condition}) &
   *   (<Condition extends Props>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Condition) &
   *   (<Condition extends TestFunction>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Predicate<Condition, Node>) &
   *   ((test?: null | undefined) => (node?: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node) &
   *   ((test?: Test) => Check)
   * )}
   */
  /**
   * @param {Test} [test]
   * @returns {Check}
   */
  (function(test2) {
    if (test2 === null || test2 === void 0) {
      return ok2;
    }
    if (typeof test2 === "function") {
      return castFactory(test2);
    }
    if (typeof test2 === "object") {
      return Array.isArray(test2) ? anyFactory(test2) : (
        // Cast because `ReadonlyArray` goes into the above but `isArray`
        // narrows to `Array`.
        propertiesFactory(
          /** @type {Props} */
          test2
        )
      );
    }
    if (typeof test2 === "string") {
      return typeFactory(test2);
    }
    throw new Error("Expected function, string, or object as test");
  })
);
function anyFactory(tests) {
  const checks = [];
  let index = -1;
  while (++index < tests.length) {
    checks[index] = convert(tests[index]);
  }
  return castFactory(any);
  function any(...parameters) {
    let index2 = -1;
    while (++index2 < checks.length) {
      if (checks[index2].apply(this, parameters)) return true;
    }
    return false;
  }
}
function propertiesFactory(check2) {
  const checkAsRecord = (
    /** @type {Record<string, unknown>} */
    check2
  );
  return castFactory(all2);
  function all2(node2) {
    const nodeAsRecord = (
      /** @type {Record<string, unknown>} */
      /** @type {unknown} */
      node2
    );
    let key;
    for (key in check2) {
      if (nodeAsRecord[key] !== checkAsRecord[key]) return false;
    }
    return true;
  }
}
function typeFactory(check2) {
  return castFactory(type);
  function type(node2) {
    return node2 && node2.type === check2;
  }
}
function castFactory(testFunction) {
  return check2;
  function check2(value2, index, parent) {
    return Boolean(
      looksLikeANode(value2) && testFunction.call(
        this,
        value2,
        typeof index === "number" ? index : void 0,
        parent || void 0
      )
    );
  }
}
function ok2() {
  return true;
}
function looksLikeANode(value2) {
  return value2 !== null && typeof value2 === "object" && "type" in value2;
}

// node_modules/unist-util-visit-parents/lib/color.node.js
function color(d) {
  return "\x1B[33m" + d + "\x1B[39m";
}

// node_modules/unist-util-visit-parents/lib/index.js
var empty = [];
var CONTINUE = true;
var EXIT = false;
var SKIP = "skip";
function visitParents(tree, testOrEnterOrVisitors, enterOrVisitorsOrReverse, reverse) {
  if (!tree || typeof tree !== "object") {
    throw new Error("Unexpected value `" + tree + "` for `tree`, expected node");
  }
  let preorder = true;
  let check2;
  let visitors;
  let enter;
  let exit2;
  if (typeof enterOrVisitorsOrReverse === "function" || enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === "object") {
    check2 = /** @type {Test} */
    testOrEnterOrVisitors;
    visitors = enterOrVisitorsOrReverse;
    if (reverse) preorder = false;
  } else {
    visitors = /** @type {Visitors | Visitor} */
    testOrEnterOrVisitors;
    if (enterOrVisitorsOrReverse) preorder = false;
  }
  if (typeof visitors === "function") {
    enter = visitors;
  } else if (visitors && typeof visitors === "object") {
    if (visitors.enter === null || visitors.enter === void 0) {
    } else if (typeof visitors.enter === "function") {
      enter = visitors.enter;
    } else {
      throw new Error(
        "Unexpected value `" + visitors.enter + "` for `visitors.enter`, expected optional visitor"
      );
    }
    if (typeof visitors.exit === "function") {
      exit2 = visitors.exit;
    } else {
      throw new Error(
        "Unexpected value `" + visitors.exit + "` for `visitors.exit`, expected visitor (pass a visitor directly if you only want an enter visitor)"
      );
    }
  } else {
    throw new Error(
      "Unexpected value `" + visitors + "` for `enter` or `visitors`, expected visitor or object with visitors"
    );
  }
  const is2 = convert(check2);
  const step = preorder ? 1 : -1;
  factory(tree, void 0, [])();
  function factory(node2, index, parents) {
    const value2 = (
      /** @type {Record<string, unknown>} */
      node2 && typeof node2 === "object" ? node2 : {}
    );
    if (typeof value2.type === "string") {
      const name = (
        // `hast`
        typeof value2.tagName === "string" ? value2.tagName : (
          // `xast`
          typeof value2.name === "string" ? value2.name : void 0
        )
      );
      Object.defineProperty(visit2, "name", {
        value: "node (" + color(node2.type + (name ? "<" + name + ">" : "")) + ")"
      });
    }
    return visit2;
    function visit2() {
      const matches = !check2 || is2(node2, index, parents[parents.length - 1] || void 0);
      let result = empty;
      if (enter && matches) {
        result = toResult(enter(node2, parents, index));
        if (result[0] === EXIT) {
          return result;
        }
      }
      if ("children" in node2 && node2.children) {
        const nodeAsParent = (
          /** @type {UnistParent} */
          node2
        );
        if (nodeAsParent.children && result[0] !== SKIP) {
          let offset = (preorder ? -1 : nodeAsParent.children.length) + step;
          const grandparents = [...parents, nodeAsParent];
          while (offset > -1 && offset < nodeAsParent.children.length) {
            const child = nodeAsParent.children[offset];
            const subresult = factory(child, offset, grandparents)();
            if (subresult[0] === EXIT) {
              return subresult;
            }
            offset = typeof subresult[1] === "number" ? subresult[1] : offset + step;
          }
        }
      }
      if (exit2 && matches) {
        const exitResult = toResult(exit2(node2, parents, index));
        if (exitResult[0] === SKIP) {
          throw new Error(
            "Unexpected value `" + exitResult[0] + "` from `exit`, expected `CONTINUE`, `EXIT`, index, or nothing"
          );
        }
        if (exitResult[0] === EXIT || typeof exitResult[1] === "number") {
          return exitResult;
        }
      }
      return result;
    }
  }
}
function toResult(value2) {
  if (Array.isArray(value2)) {
    return value2;
  }
  if (typeof value2 === "number") {
    return [CONTINUE, value2];
  }
  return value2 === null || value2 === void 0 ? empty : [value2];
}

// node_modules/mdast-util-find-and-replace/lib/index.js
function findAndReplace(tree, list2, options) {
  const settings = options || {};
  const ignored = convert(settings.ignore || []);
  const pairs = toPairs(list2);
  let pairIndex = -1;
  while (++pairIndex < pairs.length) {
    visitParents(tree, visitor);
  }
  function visitor(node2, parents, index) {
    if (node2.type === "text" && typeof index === "number") {
      return handler2(node2, parents, index);
    }
    if (ignored(node2, index, parents[parents.length - 1])) return SKIP;
  }
  function handler2(node2, parents, index) {
    const parent = parents[parents.length - 1];
    const find = pairs[pairIndex][0];
    const replace2 = pairs[pairIndex][1];
    let start = 0;
    let change = false;
    let nodes = [];
    find.lastIndex = 0;
    let match = find.exec(node2.value);
    while (match) {
      const position = match.index;
      const matchObject = {
        index: match.index,
        input: match.input,
        stack: [...parents, node2]
      };
      let value2 = replace2(...match, matchObject);
      if (typeof value2 === "string") {
        value2 = value2.length > 0 ? { type: "text", value: value2 } : void 0;
      }
      if (value2 === false) {
        find.lastIndex = position + 1;
      } else {
        if (start !== position) {
          add({ type: "text", value: node2.value.slice(start, position) });
        }
        if (Array.isArray(value2)) {
          for (const child of value2) add(child);
        } else if (value2) {
          add(value2);
        }
        start = position + match[0].length;
        change = true;
      }
      if (!find.global) {
        break;
      }
      match = find.exec(node2.value);
    }
    if (change) {
      if (start < node2.value.length) {
        add({ type: "text", value: node2.value.slice(start) });
      }
      parent.children.splice(index, 1, ...nodes);
    } else {
      nodes = [node2];
    }
    return index + nodes.length;
    function add(child) {
      const previous2 = nodes[nodes.length - 1];
      if (previous2 && previous2.type === "text" && child.type === "text") {
        previous2.value += child.value;
      } else {
        nodes.push(child);
      }
    }
  }
}
function toPairs(tupleOrList) {
  if (!Array.isArray(tupleOrList)) {
    throw new TypeError("Expected find and replace tuple or list of tuples");
  }
  const result = [];
  const list2 = !tupleOrList[0] || Array.isArray(tupleOrList[0]) ? (
    /** @type {FindAndReplaceList} */
    tupleOrList
  ) : [
    /** @type {FindAndReplaceTuple} */
    tupleOrList
  ];
  let index = -1;
  while (++index < list2.length) {
    const tuple = list2[index];
    result.push([toExpression(tuple[0]), toFunction(tuple[1])]);
  }
  return result;
}
function toExpression(find) {
  return typeof find === "string" ? new RegExp(escapeStringRegexp(find), "g") : find;
}
function toFunction(replace2) {
  return typeof replace2 === "function" ? replace2 : function() {
    return replace2;
  };
}

// node_modules/mdast-util-gfm-autolink-literal/lib/index.js
var inConstruct = "phrasing";
var notInConstruct = ["autolink", "link", "image", "label"];
function gfmAutolinkLiteralFromMarkdown() {
  return {
    transforms: [transformGfmAutolinkLiterals],
    enter: {
      literalAutolink: enterLiteralAutolink,
      literalAutolinkEmail: enterLiteralAutolinkValue,
      literalAutolinkHttp: enterLiteralAutolinkValue,
      literalAutolinkWww: enterLiteralAutolinkValue
    },
    exit: {
      literalAutolink: exitLiteralAutolink,
      literalAutolinkEmail: exitLiteralAutolinkEmail,
      literalAutolinkHttp: exitLiteralAutolinkHttp,
      literalAutolinkWww: exitLiteralAutolinkWww
    }
  };
}
function gfmAutolinkLiteralToMarkdown() {
  return {
    unsafe: [
      {
        character: "@",
        before: "[+\\-.\\w]",
        after: "[\\-.\\w]",
        inConstruct,
        notInConstruct
      },
      {
        character: ".",
        before: "[Ww]",
        after: "[\\-.\\w]",
        inConstruct,
        notInConstruct
      },
      {
        character: ":",
        before: "[ps]",
        after: "\\/",
        inConstruct,
        notInConstruct
      }
    ]
  };
}
function enterLiteralAutolink(token) {
  this.enter(
    { type: "link", title: null, url: "", children: [], position: void 0 },
    token
  );
}
function enterLiteralAutolinkValue(token) {
  this.config.enter.autolinkProtocol.call(this, token);
}
function exitLiteralAutolinkHttp(token) {
  this.config.exit.autolinkProtocol.call(this, token);
}
function exitLiteralAutolinkWww(token) {
  this.config.exit.data.call(this, token);
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "link");
  node2.url = "http://" + this.sliceSerialize(token);
}
function exitLiteralAutolinkEmail(token) {
  this.config.exit.autolinkEmail.call(this, token);
}
function exitLiteralAutolink(token) {
  this.exit(token);
}
function transformGfmAutolinkLiterals(tree) {
  findAndReplace(
    tree,
    [
      [
        /(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi,
        findUrl
      ],
      [
        /(?<![\w+\-.@])xmpp:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)(\/(?:[\w\-/]|\.(?=[\dA-Za-z]))*)?/g,
        findXmpp
      ],
      [/(?<![\w+\-.@])mailto:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, findMailto],
      [
        /(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g,
        findEmail
      ]
    ],
    { ignore: ["link", "linkReference"] }
  );
}
function findUrl(_, protocol, domain2, path2, match) {
  if (!previous(match)) {
    return false;
  }
  let prefix = "";
  if (/^w/i.test(protocol)) {
    domain2 = protocol + domain2;
    protocol = "";
    prefix = "http://";
  }
  if (unicodePunctuation(domain2.charCodeAt(0)) || !isCorrectDomain(domain2)) {
    return false;
  }
  const parts = splitUrl(domain2 + path2);
  const result = {
    type: "link",
    title: null,
    url: prefix + protocol + parts[0],
    children: [{ type: "text", value: protocol + parts[0], position: void 0 }],
    position: void 0
  };
  if (parts[1]) {
    return [result, { type: "text", value: parts[1], position: void 0 }];
  }
  return result;
}
function findEmail(_, atext, label) {
  if (/[\d\-_]$/.test(label)) {
    return false;
  }
  return {
    type: "link",
    title: null,
    url: "mailto:" + atext + "@" + label,
    children: [{ type: "text", value: atext + "@" + label, position: void 0 }],
    position: void 0
  };
}
function findMailto(_, atext, label) {
  if (/[\d\-_]$/.test(label)) {
    return false;
  }
  const value2 = "mailto:" + atext + "@" + label;
  return {
    type: "link",
    title: null,
    url: value2,
    children: [{ type: "text", value: value2, position: void 0 }],
    position: void 0
  };
}
function findXmpp(matchValue, atext, label, resource, match) {
  if (/[\d\-_]$/.test(label) || resource && (!/[A-Za-z]$/.test(resource) || match.input.charAt(match.index + matchValue.length) === "@")) {
    return false;
  }
  const value2 = "xmpp:" + atext + "@" + label + (resource || "");
  return {
    type: "link",
    title: null,
    url: value2,
    children: [{ type: "text", value: value2, position: void 0 }],
    position: void 0
  };
}
function isCorrectDomain(domain2) {
  const parts = domain2.split(".");
  if (parts.length < 2 || parts[parts.length - 1] && (/_/.test(parts[parts.length - 1]) || !/[\dA-Za-z]/.test(parts[parts.length - 1])) || parts[parts.length - 2] && (/_/.test(parts[parts.length - 2]) || !/[\dA-Za-z]/.test(parts[parts.length - 2]))) {
    return false;
  }
  return true;
}
function splitUrl(url) {
  let index = url.length;
  while (index > 0) {
    const code3 = url.charCodeAt(index - 1);
    if (code3 === 33 || code3 === 34 || code3 === 38 || code3 === 39 || code3 === 41 || code3 === 44 || code3 === 46 || code3 === 58 || code3 === 59 || code3 === 60 || code3 === 62 || code3 === 63 || code3 === 93 || code3 === 125) {
      index--;
    } else {
      break;
    }
  }
  if (index === url.length) {
    return [url, void 0];
  }
  let trail2 = url.slice(index);
  url = url.slice(0, index);
  let closingParenIndex = trail2.indexOf(")");
  const openingParens = ccount(url, "(");
  let closingParens = ccount(url, ")");
  while (closingParenIndex !== -1 && openingParens > closingParens) {
    url += trail2.slice(0, closingParenIndex + 1);
    trail2 = trail2.slice(closingParenIndex + 1);
    closingParenIndex = trail2.indexOf(")");
    closingParens++;
  }
  return [url, trail2];
}
function previous(match) {
  const code3 = match.input.charCodeAt(match.index - 1);
  return match.index === 0 || unicodeWhitespace(code3) || unicodePunctuation(code3);
}

// node_modules/micromark-util-normalize-identifier/index.js
function normalizeIdentifier(value2) {
  return value2.replace(/[\t\n\r ]+/g, " ").replace(/^ | $/g, "").toLowerCase().toUpperCase();
}

// node_modules/mdast-util-gfm-footnote/lib/index.js
footnoteReference.peek = footnoteReferencePeek;
function enterFootnoteCallString() {
  this.buffer();
}
function enterFootnoteCall(token) {
  this.enter({ type: "footnoteReference", identifier: "", label: "" }, token);
}
function enterFootnoteDefinitionLabelString() {
  this.buffer();
}
function enterFootnoteDefinition(token) {
  this.enter(
    { type: "footnoteDefinition", identifier: "", label: "", children: [] },
    token
  );
}
function exitFootnoteCallString(token) {
  const label = this.resume();
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "footnoteReference");
  node2.identifier = normalizeIdentifier(
    this.sliceSerialize(token)
  ).toLowerCase();
  node2.label = label;
}
function exitFootnoteCall(token) {
  this.exit(token);
}
function exitFootnoteDefinitionLabelString(token) {
  const label = this.resume();
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "footnoteDefinition");
  node2.identifier = normalizeIdentifier(
    this.sliceSerialize(token)
  ).toLowerCase();
  node2.label = label;
}
function exitFootnoteDefinition(token) {
  this.exit(token);
}
function footnoteReferencePeek() {
  return "[";
}
function footnoteReference(node2, _, state, info) {
  const tracker = state.createTracker(info);
  let value2 = tracker.move("[^");
  const exit2 = state.enter("footnoteReference");
  const subexit = state.enter("reference");
  value2 += tracker.move(
    state.safe(state.associationId(node2), { after: "]", before: value2 })
  );
  subexit();
  exit2();
  value2 += tracker.move("]");
  return value2;
}
function gfmFootnoteFromMarkdown() {
  return {
    enter: {
      gfmFootnoteCallString: enterFootnoteCallString,
      gfmFootnoteCall: enterFootnoteCall,
      gfmFootnoteDefinitionLabelString: enterFootnoteDefinitionLabelString,
      gfmFootnoteDefinition: enterFootnoteDefinition
    },
    exit: {
      gfmFootnoteCallString: exitFootnoteCallString,
      gfmFootnoteCall: exitFootnoteCall,
      gfmFootnoteDefinitionLabelString: exitFootnoteDefinitionLabelString,
      gfmFootnoteDefinition: exitFootnoteDefinition
    }
  };
}
function gfmFootnoteToMarkdown(options) {
  let firstLineBlank = false;
  if (options && options.firstLineBlank) {
    firstLineBlank = true;
  }
  return {
    handlers: { footnoteDefinition, footnoteReference },
    // This is on by default already.
    unsafe: [{ character: "[", inConstruct: ["label", "phrasing", "reference"] }]
  };
  function footnoteDefinition(node2, _, state, info) {
    const tracker = state.createTracker(info);
    let value2 = tracker.move("[^");
    const exit2 = state.enter("footnoteDefinition");
    const subexit = state.enter("label");
    value2 += tracker.move(
      state.safe(state.associationId(node2), { before: value2, after: "]" })
    );
    subexit();
    value2 += tracker.move("]:");
    if (node2.children && node2.children.length > 0) {
      tracker.shift(4);
      value2 += tracker.move(
        (firstLineBlank ? "\n" : " ") + state.indentLines(
          state.containerFlow(node2, tracker.current()),
          firstLineBlank ? mapAll : mapExceptFirst
        )
      );
    }
    exit2();
    return value2;
  }
}
function mapExceptFirst(line, index, blank) {
  return index === 0 ? line : mapAll(line, index, blank);
}
function mapAll(line, index, blank) {
  return (blank ? "" : "    ") + line;
}

// node_modules/mdast-util-gfm-strikethrough/lib/index.js
var constructsWithoutStrikethrough = [
  "autolink",
  "destinationLiteral",
  "destinationRaw",
  "reference",
  "titleQuote",
  "titleApostrophe"
];
handleDelete.attention = attentionDelete;
handleDelete.peek = peekDelete;
function gfmStrikethroughFromMarkdown() {
  return {
    canContainEols: ["delete"],
    enter: { strikethrough: enterStrikethrough },
    exit: { strikethrough: exitStrikethrough }
  };
}
function gfmStrikethroughToMarkdown() {
  return {
    handlers: { delete: handleDelete },
    unsafe: [
      {
        character: "~",
        inConstruct: "phrasing",
        notInConstruct: constructsWithoutStrikethrough
      }
    ]
  };
}
function enterStrikethrough(token) {
  this.enter({ type: "delete", children: [], position: void 0 }, token);
}
function exitStrikethrough(token) {
  this.exit(token);
}
function handleDelete(node2, _, state, info) {
  const tracker = state.createTracker(info);
  const sequence = state.stack.includes("strikethrough") ? "~" : "~~";
  const exit2 = state.enter("strikethrough");
  let value2 = tracker.move(sequence);
  value2 += state.containerPhrasing(node2, {
    ...tracker.current(),
    before: value2,
    after: "~"
  });
  value2 += tracker.move(sequence);
  exit2();
  return value2;
}
function attentionDelete() {
  return { construct: "strikethrough", markers: ["~"], sizes: [2, 1] };
}
function peekDelete() {
  return "~";
}

// node_modules/markdown-table/index.js
function defaultStringLength(value2) {
  return value2.length;
}
function markdownTable(table, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length;
    }
    while (++columnIndex2 < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code3 = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code3;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code3 = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code3 === 99) {
      before = ":";
      after = ":";
    } else if (code3 === 108) {
      before = ":";
    } else if (code3 === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code3 = alignments[columnIndex];
        if (code3 === 114) {
          before = " ".repeat(size);
        } else if (code3 === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value2) {
  return value2 === null || value2 === void 0 ? "" : String(value2);
}
function toAlignment(value2) {
  const code3 = typeof value2 === "string" ? value2.codePointAt(0) : 0;
  return code3 === 67 || code3 === 99 ? 99 : code3 === 76 || code3 === 108 ? 108 : code3 === 82 || code3 === 114 ? 114 : 0;
}

// node_modules/mdast-util-phrasing/lib/index.js
var phrasing = (
  /** @type {(node?: unknown) => node is Exclude<PhrasingContent, Html>} */
  convert([
    "break",
    "delete",
    "emphasis",
    // To do: next major: removed since footnotes were added to GFM.
    "footnote",
    "footnoteReference",
    "image",
    "imageReference",
    "inlineCode",
    // Enabled by `mdast-util-math`:
    "inlineMath",
    "link",
    "linkReference",
    // Enabled by `mdast-util-mdx`:
    "mdxJsxTextElement",
    // Enabled by `mdast-util-mdx`:
    "mdxTextExpression",
    "strong",
    "text",
    // Enabled by `mdast-util-directive`:
    "textDirective"
  ])
);

// node_modules/mdast-util-to-markdown/lib/handle/blockquote.js
function blockquote(node2, _, state, info) {
  const exit2 = state.enter("blockquote");
  const tracker = state.createTracker(info);
  tracker.move("> ");
  tracker.shift(2);
  const value2 = state.indentLines(
    state.containerFlow(node2, tracker.current()),
    map
  );
  exit2();
  return value2;
}
function map(line, _, blank) {
  return ">" + (blank ? "" : " ") + line;
}

// node_modules/mdast-util-to-markdown/lib/util/pattern-in-scope.js
function patternInScope(stack, pattern) {
  return listInScope(stack, pattern.inConstruct, true) && !listInScope(stack, pattern.notInConstruct, false);
}
function listInScope(stack, list2, none) {
  if (typeof list2 === "string") {
    list2 = [list2];
  }
  if (!list2 || list2.length === 0) {
    return none;
  }
  let index = -1;
  while (++index < list2.length) {
    if (stack.includes(list2[index])) {
      return true;
    }
  }
  return false;
}

// node_modules/mdast-util-to-markdown/lib/handle/break.js
function hardBreak(_, _1, state, info) {
  let index = -1;
  while (++index < state.unsafe.length) {
    const pattern = state.unsafe[index];
    if (pattern.character === "\n" && !pattern.before && !pattern.after && patternInScope(state.stack, pattern)) {
      return /[\t ]/.test(info.before) ? "" : " ";
    }
  }
  return "\\\n";
}

// node_modules/longest-streak/index.js
function longestStreak(value2, substring) {
  const source = String(value2);
  let index = source.indexOf(substring);
  let expected = index;
  let count = 0;
  let max = 0;
  if (typeof substring !== "string") {
    throw new TypeError("Expected substring");
  }
  while (index !== -1) {
    if (index === expected) {
      if (++count > max) {
        max = count;
      }
    } else {
      count = 1;
    }
    expected = index + substring.length;
    index = source.indexOf(substring, expected);
  }
  return max;
}

// node_modules/mdast-util-to-markdown/lib/util/format-code-as-indented.js
function formatCodeAsIndented(node2, state) {
  return Boolean(
    state.options.fences === false && node2.value && // If there’s no info…
    !node2.lang && // And there’s a non-whitespace character…
    /[^\n\r ]/.test(node2.value) && // And the value doesn’t start or end in a blank…
    !/^[\t ]*(?:[\n\r]|$)|(?:^|[\n\r])[\t ]*$/.test(node2.value)
  );
}

// node_modules/mdast-util-to-markdown/lib/util/check-fence.js
function checkFence(state) {
  const marker = state.options.fence || "`";
  if (marker !== "`" && marker !== "~") {
    throw new Error(
      "Cannot serialize code with `" + marker + "` for `options.fence`, expected `` ` `` or `~`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/handle/code.js
function code(node2, _, state, info) {
  const marker = checkFence(state);
  const raw = node2.value || "";
  if (formatCodeAsIndented(node2, state)) {
    const exit3 = state.enter("codeIndented");
    const value3 = state.indentLines(raw, map2);
    exit3();
    return value3;
  }
  const tracker = state.createTracker(info);
  const sequence = marker.repeat(Math.max(longestStreak(raw, marker) + 1, 3));
  const exit2 = state.enter("codeFenced");
  const suffix = marker === "`" ? "GraveAccent" : "Tilde";
  let value2 = tracker.move(sequence);
  if (node2.lang) {
    const subexit = state.enter(`codeFencedLang${suffix}`);
    value2 += tracker.move(
      state.safe(node2.lang, {
        before: value2,
        after: " ",
        encode: ["`"],
        ...tracker.current()
      })
    );
    subexit();
  }
  if (node2.lang && node2.meta) {
    const subexit = state.enter(`codeFencedMeta${suffix}`);
    value2 += tracker.move(" ");
    value2 += tracker.move(
      state.safe(node2.meta, {
        before: value2,
        after: "\n",
        encode: ["`"],
        ...tracker.current()
      })
    );
    subexit();
  }
  value2 += tracker.move("\n");
  if (raw) {
    value2 += tracker.move(raw + "\n");
  }
  value2 += tracker.move(sequence);
  exit2();
  return value2;
}
function map2(line, _, blank) {
  return (blank ? "" : "    ") + line;
}

// node_modules/mdast-util-to-markdown/lib/util/check-quote.js
function checkQuote(state) {
  const marker = state.options.quote || '"';
  if (marker !== '"' && marker !== "'") {
    throw new Error(
      "Cannot serialize title with `" + marker + "` for `options.quote`, expected `\"`, or `'`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/handle/definition.js
function definition(node2, _, state, info) {
  const quote2 = checkQuote(state);
  const suffix = quote2 === '"' ? "Quote" : "Apostrophe";
  const exit2 = state.enter("definition");
  let subexit = state.enter("label");
  const tracker = state.createTracker(info);
  let value2 = tracker.move("[");
  value2 += tracker.move(
    state.safe(state.associationId(node2), {
      before: value2,
      after: "]",
      ...tracker.current()
    })
  );
  value2 += tracker.move("]: ");
  subexit();
  if (
    // If there’s no url, or…
    !node2.url || // If there are control characters or whitespace.
    /[\0- \u007F]/.test(node2.url)
  ) {
    subexit = state.enter("destinationLiteral");
    value2 += tracker.move("<");
    value2 += tracker.move(
      state.safe(node2.url, { before: value2, after: ">", ...tracker.current() })
    );
    value2 += tracker.move(">");
  } else {
    subexit = state.enter("destinationRaw");
    value2 += tracker.move(
      state.safe(node2.url, {
        before: value2,
        after: node2.title ? " " : "\n",
        ...tracker.current()
      })
    );
  }
  subexit();
  if (node2.title) {
    subexit = state.enter(`title${suffix}`);
    value2 += tracker.move(" " + quote2);
    value2 += tracker.move(
      state.safe(node2.title, {
        before: value2,
        after: quote2,
        ...tracker.current()
      })
    );
    value2 += tracker.move(quote2);
    subexit();
  }
  exit2();
  return value2;
}

// node_modules/mdast-util-to-markdown/lib/util/check-emphasis.js
function checkEmphasis(state) {
  const marker = state.options.emphasis || "*";
  if (marker !== "*" && marker !== "_") {
    throw new Error(
      "Cannot serialize emphasis with `" + marker + "` for `options.emphasis`, expected `*`, or `_`"
    );
  }
  return marker;
}

// node_modules/micromark-util-classify-character/index.js
function classifyCharacter(code3) {
  if (code3 === null || markdownLineEndingOrSpace(code3) || unicodeWhitespace(code3)) {
    return 1;
  }
  if (unicodePunctuation(code3)) {
    return 2;
  }
}

// node_modules/mdast-util-to-markdown/lib/util/character.js
function firstCharacter(value2) {
  const code3 = value2.codePointAt(0);
  return code3 === void 0 ? "" : String.fromCodePoint(code3);
}
function lastCharacter(value2) {
  const code3 = value2.codePointAt(value2.length - 2);
  return code3 !== void 0 && code3 > 65535 ? value2.slice(-2) : value2.slice(-1);
}

// node_modules/mdast-util-to-markdown/lib/util/encode-character-reference.js
function encodeCharacterReference(code3) {
  return "&#x" + code3.toString(16).toUpperCase() + ";";
}

// node_modules/mdast-util-to-markdown/lib/util/encode-info.js
function encodeInfo(outside, inside, marker) {
  const outsideKind = classifyCharacter(outside);
  const insideKind = classifyCharacter(inside);
  if (outsideKind === void 0) {
    return insideKind === void 0 ? (
      // Letter inside:
      // we have to encode *both* letters for `_` as it is looser.
      // it already forms for `*` (and GFMs `~`).
      marker === "_" ? { inside: true, outside: true } : { inside: false, outside: false }
    ) : insideKind === 1 ? (
      // Whitespace inside: encode both (letter, whitespace).
      { inside: true, outside: true }
    ) : (
      // Punctuation inside: encode outer (letter)
      { inside: false, outside: true }
    );
  }
  if (outsideKind === 1) {
    return insideKind === void 0 ? (
      // Letter inside: already forms.
      { inside: false, outside: false }
    ) : insideKind === 1 ? (
      // Whitespace inside: encode both (whitespace).
      { inside: true, outside: true }
    ) : (
      // Punctuation inside: already forms.
      { inside: false, outside: false }
    );
  }
  return insideKind === void 0 ? (
    // Letter inside: already forms.
    { inside: false, outside: false }
  ) : insideKind === 1 ? (
    // Whitespace inside: encode inner (whitespace).
    { inside: true, outside: false }
  ) : (
    // Punctuation inside: already forms.
    { inside: false, outside: false }
  );
}

// node_modules/micromark-util-html-tag-name/index.js
var htmlBlockNames = [
  "address",
  "article",
  "aside",
  "base",
  "basefont",
  "blockquote",
  "body",
  "caption",
  "center",
  "col",
  "colgroup",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "frame",
  "frameset",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "head",
  "header",
  "hr",
  "html",
  "iframe",
  "legend",
  "li",
  "link",
  "main",
  "menu",
  "menuitem",
  "nav",
  "noframes",
  "ol",
  "optgroup",
  "option",
  "p",
  "param",
  "search",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "title",
  "tr",
  "track",
  "ul"
];
var htmlRawNames = ["pre", "script", "style", "textarea"];

// node_modules/mdast-util-to-markdown/lib/util/html-kind.js
function htmlKind(value2) {
  if (value2.charCodeAt(0) !== 60) return;
  const next = value2.charCodeAt(1);
  if (next === 33) {
    const code4 = value2.charCodeAt(2);
    if (code4 === 45) return 2;
    if (code4 === 91) return 5;
    if (asciiAlpha(code4)) return 4;
    return;
  }
  if (next === 63) return 3;
  const closing = next === 47;
  const start = closing ? 2 : 1;
  let end = start;
  let code3 = value2.charCodeAt(end);
  if (!asciiAlpha(code3)) return;
  while (code3 === 45 || asciiAlphanumeric(code3)) {
    code3 = value2.charCodeAt(++end);
  }
  const name = value2.slice(start, end).toLowerCase();
  if (!closing && code3 !== 47 && htmlRawNames.includes(name)) {
    return 1;
  }
  return htmlBlockNames.includes(name) ? 6 : 7;
}

// node_modules/mdast-util-to-markdown/lib/util/container-phrasing.js
var builtins = /* @__PURE__ */ new Map([
  ["*", false],
  ["_", true]
]);
function candidates(tokens, involved, runOf) {
  const related = /* @__PURE__ */ new Set();
  for (const token of tokens) {
    const siblings = runOf.get(token);
    if (siblings && token.attention && involved.some((d) => d.attention === token.attention)) {
      for (const sibling of siblings.tokens) {
        related.add(sibling.attention);
      }
    }
  }
  const ordered = [];
  for (const token of tokens) {
    if (token.attention && related.delete(token.attention)) {
      ordered.push(token.attention);
    }
  }
  ordered.reverse();
  return ordered;
}
function check(tokens, before, after) {
  const runs = [];
  const wrong = /* @__PURE__ */ new Map();
  const runOf = /* @__PURE__ */ new Map();
  let index = 0;
  while (index < tokens.length) {
    if (!tokens[index].attention) {
      index++;
      continue;
    }
    const marker = tokens[index].value.charAt(0);
    const strict = builtins.get(marker);
    let end = index + 1;
    while (end < tokens.length && tokens[end].attention && tokens[end].value.charAt(0) === marker) {
      end++;
    }
    const head = index ? tokens[index - 1].value : before;
    const previous2 = classifyCharacter(head.charCodeAt(head.length - 1));
    const next = classifyCharacter(
      (end < tokens.length ? tokens[end].value : after).charCodeAt(0)
    );
    const open = !next || next === 2 && Boolean(previous2);
    const close2 = !previous2 || previous2 === 2 && Boolean(next);
    const run = {
      tokens: tokens.slice(index, end),
      markers: [],
      start: 0,
      end: 0,
      // Underscores are strict, they cannot open or close inside words.
      open: strict ? open && (Boolean(previous2) || !close2) : open,
      close: strict ? close2 && (Boolean(next) || !open) : close2,
      // All builtins can split runs.
      split: strict !== void 0
    };
    for (const token of run.tokens) {
      wrong.set(token, [...run.tokens]);
      runOf.set(token, run);
      let size = token.value.length;
      while (size--) run.markers.push(token);
    }
    run.end = run.markers.length;
    runs.push(run);
    index = end;
  }
  pair(runs, wrong);
  index = -1;
  while (++index < tokens.length) {
    const involved = wrong.get(tokens[index]);
    if (involved) return { attention: candidates(tokens, involved, runOf), index };
  }
}
function encode(tokens, start) {
  const token = tokens[start ? 0 : tokens.length - 1];
  if (!token || token.attention) return;
  const character = start ? firstCharacter(token.value) : lastCharacter(token.value);
  const reference = encodeCharacterReference(
    /** @type {number} */
    character.codePointAt(0)
  );
  if (start) {
    token.value = reference + token.value.slice(character.length);
  } else {
    let value2 = token.value.slice(0, token.value.length - character.length);
    let escapes = 0;
    while (value2.charCodeAt(value2.length - 1 - escapes) === 92) {
      escapes++;
    }
    if (escapes % 2) value2 += "\\";
    token.value = value2 + reference;
  }
}
function improve(items, chosen, mistake, before, after) {
  for (const attention3 of mistake.attention) {
    const current = chosen.get(attention3) || attention3.sequences[0];
    for (const sequence of attention3.sequences) {
      if (sequence === current) continue;
      const trial = new Map(chosen);
      trial.set(attention3, sequence);
      const tokens = render(items, trial, before, after);
      const next = check(tokens, before, after);
      if (!next || next.index > mistake.index) {
        return { chosen: trial, mistake: next, tokens };
      }
    }
  }
}
function pair(runs, wrong) {
  const openersByMarker = /* @__PURE__ */ new Map();
  for (const closer of runs) {
    const marker = closer.tokens[0].value.charAt(0);
    let openers = openersByMarker.get(marker);
    if (!openers) {
      openers = [];
      openersByMarker.set(marker, openers);
    }
    let open = closer.close ? openers.length : 0;
    while (open-- && closer.start < closer.end) {
      const opener2 = openers[open];
      const openerSize = opener2.end - opener2.start;
      const closerSize = closer.end - closer.start;
      if (closer.split ? (
        // The rule of 3, on the sizes that are left.
        (opener2.close || closer.open) && closerSize % 3 && !((openerSize + closerSize) % 3)
      ) : (
        // Others pair whole runs of the same size.
        openerSize !== opener2.markers.length || openerSize !== closerSize
      )) {
        continue;
      }
      const size = closer.split ? openerSize > 1 && closerSize > 1 ? 2 : 1 : closerSize;
      const opening = opener2.markers.slice(opener2.end - size, opener2.end);
      const closing = closer.markers.slice(closer.start, closer.start + size);
      const openToken = opening[0];
      const closeToken = closing[0];
      if (
        // Whole sequences:
        // the markers of a sequence are next to each other,
        // so if the first and last marker are of one sequence of that size,
        // all markers are exactly that sequence.
        openToken === opening[size - 1] && openToken.value.length === size && closeToken === closing[size - 1] && closeToken.value.length === size && // Of the same attention, so its opening and closing sequence.
        openToken.attention === closeToken.attention
      ) {
        wrong.delete(openToken);
        wrong.delete(closeToken);
      } else {
        const involved = [.../* @__PURE__ */ new Set([...opening, ...closing])];
        for (const token of involved) {
          const list2 = wrong.get(token);
          if (list2) list2.push(...involved);
        }
      }
      opener2.end -= size;
      closer.start += size;
      if (opener2.start === opener2.end) openers.splice(open, 1);
      open = openers.length;
    }
    if (closer.open && closer.start < closer.end) openers.push(closer);
  }
}
function attentionSequences(type, markers2, sizes) {
  if (markers2.length === 0) {
    throw new Error(
      "Cannot serialize `" + type + "` as attention without markers, expected one or more markers"
    );
  }
  if (sizes.length === 0) {
    throw new Error(
      "Cannot serialize `" + type + "` as attention without sizes, expected one or more sizes"
    );
  }
  for (const size of sizes) {
    if (!Number.isSafeInteger(size) || size < 1) {
      throw new Error(
        "Cannot serialize `" + type + "` as attention with `" + size + "` as size, expected positive integer"
      );
    }
  }
  const sequences = [];
  for (const marker of markers2) {
    if (marker.length !== 1) {
      throw new Error(
        "Cannot serialize `" + type + "` as attention with `" + marker + "` as marker, expected a single ascii character"
      );
    }
    if (!asciiPunctuation(marker.charCodeAt(0))) {
      throw new Error(
        "Cannot serialize `" + type + "` as attention with `" + marker + "` as marker, expected ascii punctuation"
      );
    }
    for (const size of sizes) {
      sequences.push(marker.repeat(size));
    }
  }
  return sequences;
}
function phrasing2(parent, state, info) {
  const indexStack = state.indexStack;
  const children = parent.children || [];
  const results = [];
  let index = -1;
  let before = info.before;
  indexStack.push(-1);
  let tracker = state.createTracker(info);
  while (++index < children.length) {
    const child = children[index];
    let after;
    indexStack[indexStack.length - 1] = index;
    if (index + 1 < children.length) {
      let handle3 = state.handle.handlers[children[index + 1].type];
      if (handle3 && handle3.peek) handle3 = handle3.peek;
      after = handle3 ? firstCharacter(
        handle3(children[index + 1], parent, state, {
          before: "",
          after: "",
          ...tracker.current()
        })
      ) : "";
    } else {
      after = info.after;
    }
    const previous2 = results[results.length - 1];
    if (typeof previous2 === "string" && (before === "\r" || before === "\n") && child.type === "html" && htmlKind(child.value) !== 7) {
      results[results.length - 1] = previous2.replace(/(\r?\n|\r)$/, " ");
      before = " ";
      tracker = state.createTracker(info);
      tracker.move(serialize2(results, info.before, info.after));
    }
    const handle2 = state.handle.handlers[child.type];
    if (handle2 && handle2.attention) {
      const item = attentionItem(
        /** @type {PhrasingParents} */
        child,
        handle2.attention,
        state,
        tracker
      );
      if (!item) continue;
      results.push(item);
      before = lastCharacter(item.sequences[0]);
    } else {
      const value2 = state.handle(child, parent, state, {
        ...tracker.current(),
        after,
        before
      });
      if (!value2) continue;
      tracker.move(value2);
      results.push(value2);
      before = lastCharacter(value2);
    }
  }
  indexStack.pop();
  return results;
}
function attentionItem(node2, attention3, state, tracker) {
  const { construct, markers: markers2, sizes } = attention3(node2, state);
  const sequences = attentionSequences(node2.type, markers2, sizes);
  const sequence = sequences[0];
  const exit2 = state.enter(construct);
  const inside = state.createTracker(tracker.current());
  inside.move(sequence);
  const children = phrasing2(node2, state, {
    ...inside.current(),
    before: sequence,
    after: sequence
  });
  exit2();
  if (children.length === 0) return;
  tracker.move(sequence);
  tracker.move(serialize2(children, sequence, sequence));
  tracker.move(sequence);
  return { children, sequences };
}
function fix(items, chosen, before, after) {
  let tokens = render(items, chosen, before, after);
  let mistake = check(tokens, before, after);
  while (mistake) {
    const next = improve(items, chosen, mistake, before, after);
    if (!next) return;
    chosen = next.chosen;
    tokens = next.tokens;
    mistake = next.mistake;
  }
  return tokens;
}
function guess(items, chosen, before, after) {
  let previous2 = before;
  let index = -1;
  while (++index < items.length) {
    const item = items[index];
    if (typeof item === "string") {
      previous2 = "";
      continue;
    }
    const next = index === items.length - 1 ? after : "";
    const sequence = item.sequences.find(function(value2) {
      const marker = value2.charAt(0);
      return marker !== previous2.charAt(0) && marker !== next.charAt(0) || items.length === 1 && builtins.has(marker) && value2.length > before.length;
    }) || item.sequences[0];
    if (sequence !== item.sequences[0]) chosen.set(item, sequence);
    guess(item.children, chosen, sequence, sequence);
    previous2 = sequence;
  }
}
function render(items, chosen, before, after) {
  const tokens = [];
  let encodeAfter;
  let previous2 = lastCharacter(before);
  let index = -1;
  while (++index < items.length) {
    const item = items[index];
    if (typeof item === "string") {
      const token = { value: item, attention: void 0 };
      if (encodeAfter && encodeAfter === firstCharacter(item)) {
        encode([token], true);
      }
      encodeAfter = void 0;
      tokens.push(token);
      if (token.value) previous2 = lastCharacter(token.value);
      continue;
    }
    const sequence = chosen.get(item) || item.sequences[0];
    const marker = sequence.charAt(0);
    const next = items[index + 1];
    const outsideBefore = previous2;
    const outsideAfter = firstCharacter(
      next === void 0 ? after : typeof next === "string" ? next : chosen.get(next) || next.sequences[0]
    );
    const inside = render(item.children, chosen, sequence, sequence);
    const head = inside[0].value;
    const open = encodeInfo(
      outsideBefore.charCodeAt(outsideBefore.length - 1),
      head.charCodeAt(0),
      marker
    );
    if (open.inside) encode(inside, true);
    const tail = lastCharacter(inside[inside.length - 1].value);
    const close2 = encodeInfo(
      outsideAfter.charCodeAt(0),
      tail.charCodeAt(tail.length - 1),
      marker
    );
    if (close2.inside) encode(inside, false);
    if (open.outside && outsideBefore !== "\n" && outsideBefore !== "\r") {
      encode(tokens, false);
    }
    if (close2.outside) encodeAfter = outsideAfter;
    tokens.push({ value: sequence, attention: item }, ...inside, {
      value: sequence,
      attention: item
    });
    previous2 = sequence.charAt(sequence.length - 1);
  }
  return tokens;
}
function serialize2(items, before, after) {
  const guessed = /* @__PURE__ */ new Map();
  guess(items, guessed, before, after);
  const tokens = (
    // Start from guesses (based on the preferred sequences).
    (guessed.size > 0 ? fix(items, guessed, before, after) : void 0) || // If stuck, start from the preferred sequences instead.
    fix(items, /* @__PURE__ */ new Map(), before, after) || // If stuck again, use the preferred sequences as they are.
    render(items, /* @__PURE__ */ new Map(), before, after)
  );
  let result = "";
  for (const token of tokens) result += token.value;
  return result;
}

// node_modules/mdast-util-to-markdown/lib/handle/emphasis.js
emphasis.attention = attention;
emphasis.peek = peek;
function emphasis(node2, _, state, info) {
  const exit2 = state.enter("phrasing");
  const item = attentionItem(node2, attention, state, state.createTracker(info));
  const value2 = item ? serialize2([item], info.before, info.after) : "";
  exit2();
  return value2;
}
function attention(_, state) {
  const marker = checkEmphasis(state);
  return {
    construct: "emphasis",
    markers: marker === "*" ? ["*", "_"] : ["_", "*"],
    sizes: [1]
  };
}
function peek(_, _1, state) {
  return state.options.emphasis || "*";
}

// node_modules/unist-util-visit/lib/index.js
function visit(tree, testOrEnterOrVisitors, enterOrVisitorsOrReverse, maybeReverse) {
  let check2;
  let visitors;
  let reverse;
  if (typeof enterOrVisitorsOrReverse === "function" || enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === "object") {
    check2 = /** @type {Test} */
    testOrEnterOrVisitors;
    visitors = enterOrVisitorsOrReverse;
    reverse = maybeReverse;
  } else {
    visitors = /** @type {Visitor | Visitors} */
    testOrEnterOrVisitors;
    reverse = enterOrVisitorsOrReverse;
  }
  if (typeof visitors === "function") {
    visitParents(tree, check2, wrap(visitors), reverse);
  } else {
    visitParents(tree, check2, wrapVisitors(visitors), reverse);
  }
}
function wrapVisitors(visitors) {
  if (!visitors || typeof visitors !== "object") return visitors;
  return {
    enter: typeof visitors.enter === "function" ? wrap(visitors.enter) : visitors.enter,
    exit: typeof visitors.exit === "function" ? wrap(visitors.exit) : visitors.exit
  };
}
function wrap(visitor) {
  return overload;
  function overload(node2, parents, index) {
    return visitor(node2, index, parents[parents.length - 1]);
  }
}

// node_modules/mdast-util-to-string/lib/index.js
var emptyOptions2 = {};
function toString(value2, options) {
  const settings = options || emptyOptions2;
  const includeImageAlt = typeof settings.includeImageAlt === "boolean" ? settings.includeImageAlt : true;
  const includeHtml = typeof settings.includeHtml === "boolean" ? settings.includeHtml : true;
  return one(value2, includeImageAlt, includeHtml);
}
function one(value2, includeImageAlt, includeHtml) {
  if (node(value2)) {
    if ("value" in value2) {
      return value2.type === "html" && !includeHtml ? "" : value2.value;
    }
    if (includeImageAlt && "alt" in value2 && value2.alt) {
      return value2.alt;
    }
    if ("children" in value2) {
      return all(value2.children, includeImageAlt, includeHtml);
    }
  }
  if (Array.isArray(value2)) {
    return all(value2, includeImageAlt, includeHtml);
  }
  return "";
}
function all(values, includeImageAlt, includeHtml) {
  const result = [];
  let index = -1;
  while (++index < values.length) {
    result[index] = one(values[index], includeImageAlt, includeHtml);
  }
  return result.join("");
}
function node(value2) {
  return Boolean(value2 && typeof value2 === "object");
}

// node_modules/mdast-util-to-markdown/lib/util/format-heading-as-setext.js
function formatHeadingAsSetext(node2, state) {
  let literalWithBreak = false;
  visit(node2, function(node3) {
    if ("value" in node3 && /\r?\n|\r/.test(node3.value) || node3.type === "break") {
      literalWithBreak = true;
      return EXIT;
    }
  });
  return Boolean(
    (!node2.depth || node2.depth < 3) && toString(node2) && (state.options.setext || literalWithBreak)
  );
}

// node_modules/mdast-util-to-markdown/lib/handle/heading.js
function heading(node2, _, state, info) {
  const rank = Math.max(Math.min(6, node2.depth || 1), 1);
  const tracker = state.createTracker(info);
  if (formatHeadingAsSetext(node2, state)) {
    const exit3 = state.enter("headingSetext");
    const subexit2 = state.enter("phrasing");
    const value3 = state.containerPhrasing(node2, {
      ...tracker.current(),
      before: "\n",
      after: "\n"
    });
    subexit2();
    exit3();
    return value3 + "\n" + (rank === 1 ? "=" : "-").repeat(
      // The whole size…
      value3.length - // Minus the position of the character after the last EOL (or
      // 0 if there is none)…
      (Math.max(value3.lastIndexOf("\r"), value3.lastIndexOf("\n")) + 1)
    );
  }
  const sequence = "#".repeat(rank);
  const exit2 = state.enter("headingAtx");
  const subexit = state.enter("phrasing");
  tracker.move(sequence + " ");
  let value2 = state.containerPhrasing(node2, {
    before: "# ",
    after: "\n",
    ...tracker.current()
  });
  const head = value2.charCodeAt(0);
  if (head === 9 || head === 32) {
    value2 = encodeCharacterReference(head) + value2.slice(1);
  }
  value2 = value2 ? sequence + " " + value2 : sequence;
  if (state.options.closeAtx) {
    value2 += " " + sequence;
  }
  subexit();
  exit2();
  return value2;
}

// node_modules/mdast-util-to-markdown/lib/handle/html.js
html.peek = htmlPeek;
function html(node2) {
  return node2.value || "";
}
function htmlPeek() {
  return "<";
}

// node_modules/mdast-util-to-markdown/lib/handle/image.js
image.peek = imagePeek;
function image(node2, _, state, info) {
  const quote2 = checkQuote(state);
  const suffix = quote2 === '"' ? "Quote" : "Apostrophe";
  const exit2 = state.enter("image");
  let subexit = state.enter("label");
  const tracker = state.createTracker(info);
  let value2 = tracker.move("![");
  value2 += tracker.move(
    state.safe(node2.alt, { before: value2, after: "]", ...tracker.current() })
  );
  value2 += tracker.move("](");
  subexit();
  if (
    // If there’s no url but there is a title…
    !node2.url && node2.title || // If there are control characters or whitespace.
    /[\0- \u007F]/.test(node2.url)
  ) {
    subexit = state.enter("destinationLiteral");
    value2 += tracker.move("<");
    value2 += tracker.move(
      state.safe(node2.url, { before: value2, after: ">", ...tracker.current() })
    );
    value2 += tracker.move(">");
  } else {
    subexit = state.enter("destinationRaw");
    value2 += tracker.move(
      state.safe(node2.url, {
        before: value2,
        after: node2.title ? " " : ")",
        ...tracker.current()
      })
    );
  }
  subexit();
  if (node2.title) {
    subexit = state.enter(`title${suffix}`);
    value2 += tracker.move(" " + quote2);
    value2 += tracker.move(
      state.safe(node2.title, {
        before: value2,
        after: quote2,
        ...tracker.current()
      })
    );
    value2 += tracker.move(quote2);
    subexit();
  }
  value2 += tracker.move(")");
  exit2();
  return value2;
}
function imagePeek() {
  return "!";
}

// node_modules/mdast-util-to-markdown/lib/handle/image-reference.js
imageReference.peek = imageReferencePeek;
function imageReference(node2, _, state, info) {
  const type = node2.referenceType;
  const exit2 = state.enter("imageReference");
  let subexit = state.enter("label");
  const tracker = state.createTracker(info);
  let value2 = tracker.move("![");
  const alt = state.safe(node2.alt, {
    before: value2,
    after: "]",
    ...tracker.current()
  });
  value2 += tracker.move(alt + "][");
  subexit();
  const stack = state.stack;
  state.stack = stack.filter(function(d) {
    return d !== "phrasing";
  });
  subexit = state.enter("reference");
  const reference = state.safe(state.associationId(node2), {
    before: value2,
    after: "]",
    ...tracker.current()
  });
  subexit();
  state.stack = stack;
  exit2();
  if (type === "full" || !alt || alt !== reference) {
    value2 += tracker.move(reference + "]");
  } else if (type === "shortcut") {
    value2 = value2.slice(0, -1);
  } else {
    value2 += tracker.move("]");
  }
  return value2;
}
function imageReferencePeek() {
  return "!";
}

// node_modules/mdast-util-to-markdown/lib/handle/inline-code.js
inlineCode.peek = inlineCodePeek;
function inlineCode(node2, _, state) {
  let value2 = node2.value || "";
  let sequence = "`";
  let index = -1;
  while (new RegExp("(^|[^`])" + sequence + "([^`]|$)").test(value2)) {
    sequence += "`";
  }
  if (/[^\n\r ]/.test(value2) && (/^[\n\r ]/.test(value2) && /[\n\r ]$/.test(value2) || /^`|`$/.test(value2))) {
    value2 = " " + value2 + " ";
  }
  while (++index < state.unsafe.length) {
    const pattern = state.unsafe[index];
    const expression = state.compilePattern(pattern);
    if (!pattern.atBreak) continue;
    let match;
    while (match = expression.exec(value2)) {
      let position = match.index;
      if (value2.charCodeAt(position) === 10 && value2.charCodeAt(position - 1) === 13) {
        position--;
      }
      value2 = value2.slice(0, position) + " " + value2.slice(match.index + 1);
    }
  }
  return sequence + value2 + sequence;
}
function inlineCodePeek() {
  return "`";
}

// node_modules/mdast-util-to-markdown/lib/util/format-link-as-autolink.js
function formatLinkAsAutolink(node2, state) {
  const raw = toString(node2);
  return Boolean(
    !state.options.resourceLink && // If there’s a url…
    node2.url && // And there’s no title…
    !node2.title && // And the content of `node` is a single text node…
    node2.children && node2.children.length === 1 && node2.children[0].type === "text" && // And if the url is the same as the content…
    (raw === node2.url || "mailto:" + raw === node2.url) && // And that starts w/ a protocol…
    /^[a-z][+\-.a-z]+:/i.test(node2.url) && // And that doesn’t contain ASCII control codes (character escapes and
    // references don’t work), space, or angle brackets…
    !/[\0- <>\u007F]/.test(node2.url)
  );
}

// node_modules/mdast-util-to-markdown/lib/handle/link.js
link.peek = linkPeek;
function link(node2, _, state, info) {
  const quote2 = checkQuote(state);
  const suffix = quote2 === '"' ? "Quote" : "Apostrophe";
  const tracker = state.createTracker(info);
  if (formatLinkAsAutolink(node2, state)) {
    const stack = state.stack;
    state.stack = stack.filter(function(d) {
      return d !== "phrasing";
    });
    const exit3 = state.enter("autolink");
    let value3 = tracker.move("<");
    value3 += tracker.move(
      state.containerPhrasing(node2, {
        before: value3,
        after: ">",
        ...tracker.current()
      })
    );
    value3 += tracker.move(">");
    exit3();
    state.stack = stack;
    return value3;
  }
  const exit2 = state.enter("link");
  let subexit = state.enter("label");
  let value2 = tracker.move("[");
  const text3 = state.containerPhrasing(node2, {
    before: value2,
    after: "](",
    ...tracker.current()
  });
  value2 += tracker.move(text3);
  subexit();
  value2 += tracker.move("](");
  const enclose = /[\0- \u007F]/.test(node2.url);
  const last = info.before.charAt(info.before.length - 1);
  let title = node2.title || void 0;
  if (!title && !enclose && (last === "\n" || last === "\r")) {
    let index = 0;
    while (index < text3.length && text3.charCodeAt(index) !== 93) {
      index += text3.charCodeAt(index) === 92 ? 2 : 1;
    }
    if (text3.charCodeAt(index + 1) === 58) title = "";
  }
  if (
    // If there’s no url but there is a title…
    !node2.url && typeof title === "string" || // If there are control characters or whitespace.
    enclose
  ) {
    subexit = state.enter("destinationLiteral");
    value2 += tracker.move("<");
    value2 += tracker.move(
      state.safe(node2.url, { before: value2, after: ">", ...tracker.current() })
    );
    value2 += tracker.move(">");
  } else {
    subexit = state.enter("destinationRaw");
    value2 += tracker.move(
      state.safe(node2.url, {
        before: value2,
        after: typeof title === "string" ? " " : ")",
        ...tracker.current()
      })
    );
  }
  subexit();
  if (typeof title === "string") {
    subexit = state.enter(`title${suffix}`);
    value2 += tracker.move(" " + quote2);
    value2 += tracker.move(
      state.safe(title, {
        before: value2,
        after: quote2,
        ...tracker.current()
      })
    );
    value2 += tracker.move(quote2);
    subexit();
  }
  value2 += tracker.move(")");
  exit2();
  return value2;
}
function linkPeek(node2, _, state) {
  return formatLinkAsAutolink(node2, state) ? "<" : "[";
}

// node_modules/mdast-util-to-markdown/lib/handle/link-reference.js
linkReference.peek = linkReferencePeek;
function linkReference(node2, _, state, info) {
  const type = node2.referenceType;
  const exit2 = state.enter("linkReference");
  let subexit = state.enter("label");
  const tracker = state.createTracker(info);
  let value2 = tracker.move("[");
  const text3 = state.containerPhrasing(node2, {
    before: value2,
    after: "]",
    ...tracker.current()
  });
  value2 += tracker.move(text3 + "][");
  subexit();
  const stack = state.stack;
  state.stack = stack.filter(function(d) {
    return d !== "phrasing";
  });
  subexit = state.enter("reference");
  const reference = state.safe(state.associationId(node2), {
    before: value2,
    after: "]",
    ...tracker.current()
  });
  subexit();
  state.stack = stack;
  exit2();
  if (type === "full" || !text3 || text3 !== reference) {
    value2 += tracker.move(reference + "]");
  } else if (type === "shortcut") {
    value2 = value2.slice(0, -1);
  } else {
    value2 += tracker.move("]");
  }
  return value2;
}
function linkReferencePeek() {
  return "[";
}

// node_modules/mdast-util-to-markdown/lib/util/check-bullet.js
function checkBullet(state) {
  const marker = state.options.bullet || "*";
  if (marker !== "*" && marker !== "+" && marker !== "-") {
    throw new Error(
      "Cannot serialize items with `" + marker + "` for `options.bullet`, expected `*`, `+`, or `-`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/util/check-bullet-other.js
function checkBulletOther(state) {
  const bullet = checkBullet(state);
  const bulletOther = state.options.bulletOther;
  if (!bulletOther) {
    return bullet === "*" ? "-" : "*";
  }
  if (bulletOther !== "*" && bulletOther !== "+" && bulletOther !== "-") {
    throw new Error(
      "Cannot serialize items with `" + bulletOther + "` for `options.bulletOther`, expected `*`, `+`, or `-`"
    );
  }
  if (bulletOther === bullet) {
    throw new Error(
      "Expected `bullet` (`" + bullet + "`) and `bulletOther` (`" + bulletOther + "`) to be different"
    );
  }
  return bulletOther;
}

// node_modules/mdast-util-to-markdown/lib/util/check-bullet-ordered.js
function checkBulletOrdered(state) {
  const marker = state.options.bulletOrdered || ".";
  if (marker !== "." && marker !== ")") {
    throw new Error(
      "Cannot serialize items with `" + marker + "` for `options.bulletOrdered`, expected `.` or `)`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/util/check-rule.js
function checkRule(state) {
  const marker = state.options.rule || "*";
  if (marker !== "*" && marker !== "-" && marker !== "_") {
    throw new Error(
      "Cannot serialize rules with `" + marker + "` for `options.rule`, expected `*`, `-`, or `_`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/handle/list.js
function list(node2, parent, state, info) {
  const exit2 = state.enter("list");
  const bulletCurrent = state.bulletCurrent;
  let bullet = node2.ordered ? checkBulletOrdered(state) : checkBullet(state);
  const bulletOther = node2.ordered ? bullet === "." ? ")" : "." : checkBulletOther(state);
  let useDifferentMarker = parent && state.bulletLastUsed ? bullet === state.bulletLastUsed : false;
  if (!node2.ordered) {
    const firstListItem = node2.children ? node2.children[0] : void 0;
    if (
      // Bullet could be used as a thematic break marker:
      (bullet === "*" || bullet === "-") && // Empty first list item:
      firstListItem && (!firstListItem.children || !firstListItem.children[0]) && // Directly in two other list items:
      state.stack[state.stack.length - 1] === "list" && state.stack[state.stack.length - 2] === "listItem" && state.stack[state.stack.length - 3] === "list" && state.stack[state.stack.length - 4] === "listItem" && // That are each the first child.
      state.indexStack[state.indexStack.length - 1] === 0 && state.indexStack[state.indexStack.length - 2] === 0 && state.indexStack[state.indexStack.length - 3] === 0
    ) {
      useDifferentMarker = true;
    }
    if (checkRule(state) === bullet && firstListItem) {
      let index = -1;
      while (++index < node2.children.length) {
        const item = node2.children[index];
        if (item && item.type === "listItem" && item.children && item.children[0] && item.children[0].type === "thematicBreak") {
          useDifferentMarker = true;
          break;
        }
      }
    }
  }
  if (useDifferentMarker) {
    bullet = bulletOther;
  }
  state.bulletCurrent = bullet;
  const value2 = state.containerFlow(node2, info);
  state.bulletLastUsed = bullet;
  state.bulletCurrent = bulletCurrent;
  exit2();
  return value2;
}

// node_modules/mdast-util-to-markdown/lib/util/check-list-item-indent.js
function checkListItemIndent(state) {
  const style = state.options.listItemIndent || "one";
  if (style !== "tab" && style !== "one" && style !== "mixed") {
    throw new Error(
      "Cannot serialize items with `" + style + "` for `options.listItemIndent`, expected `tab`, `one`, or `mixed`"
    );
  }
  return style;
}

// node_modules/mdast-util-to-markdown/lib/handle/list-item.js
function listItem(node2, parent, state, info) {
  const listItemIndent = checkListItemIndent(state);
  let bullet = state.bulletCurrent || checkBullet(state);
  if (parent && parent.type === "list" && parent.ordered) {
    bullet = (typeof parent.start === "number" && parent.start > -1 ? parent.start : 1) + (state.options.incrementListMarker === false ? 0 : parent.children.indexOf(node2)) + bullet;
  }
  let size = bullet.length + 1;
  if (listItemIndent === "tab" || listItemIndent === "mixed" && (parent && parent.type === "list" && parent.spread || node2.spread)) {
    size = Math.ceil(size / 4) * 4;
  }
  const tracker = state.createTracker(info);
  tracker.move(bullet + " ".repeat(size - bullet.length));
  tracker.shift(size);
  const exit2 = state.enter("listItem");
  const value2 = state.indentLines(
    state.containerFlow(node2, tracker.current()),
    map3
  );
  exit2();
  return value2;
  function map3(line, index, blank) {
    if (index) {
      return (blank ? "" : " ".repeat(size)) + line;
    }
    return (blank ? bullet : bullet + " ".repeat(size - bullet.length)) + line;
  }
}

// node_modules/mdast-util-to-markdown/lib/handle/paragraph.js
function paragraph(node2, _, state, info) {
  const exit2 = state.enter("paragraph");
  const subexit = state.enter("phrasing");
  const value2 = state.containerPhrasing(node2, info);
  subexit();
  exit2();
  return value2;
}

// node_modules/mdast-util-to-markdown/lib/handle/root.js
function root(node2, _, state, info) {
  const hasPhrasing = node2.children.some(function(d) {
    return phrasing(d);
  });
  if (!hasPhrasing) return state.containerFlow(node2, info);
  const exit2 = state.enter("phrasing");
  const value2 = state.containerPhrasing(node2, info);
  exit2();
  return value2;
}

// node_modules/mdast-util-to-markdown/lib/util/check-strong.js
function checkStrong(state) {
  const marker = state.options.strong || "*";
  if (marker !== "*" && marker !== "_") {
    throw new Error(
      "Cannot serialize strong with `" + marker + "` for `options.strong`, expected `*`, or `_`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/handle/strong.js
strong.attention = attention2;
strong.peek = peek2;
function strong(node2, _, state, info) {
  const exit2 = state.enter("phrasing");
  const item = attentionItem(node2, attention2, state, state.createTracker(info));
  const value2 = item ? serialize2([item], info.before, info.after) : "";
  exit2();
  return value2;
}
function attention2(_, state) {
  const marker = checkStrong(state);
  return {
    construct: "strong",
    markers: marker === "*" ? ["*", "_"] : ["_", "*"],
    sizes: [2]
  };
}
function peek2(_, _1, state) {
  return state.options.strong || "*";
}

// node_modules/mdast-util-to-markdown/lib/handle/text.js
function text(node2, parent, state, info) {
  const siblings = parent ? parent.children : [];
  const index = state.indexStack[state.indexStack.length - 1];
  return state.safe(node2.value, {
    ...info,
    afterNode: siblings[index + 1],
    beforeNode: siblings[index - 1]
  });
}

// node_modules/mdast-util-to-markdown/lib/util/check-rule-repetition.js
function checkRuleRepetition(state) {
  const repetition = state.options.ruleRepetition || 3;
  if (repetition < 3) {
    throw new Error(
      "Cannot serialize rules with repetition `" + repetition + "` for `options.ruleRepetition`, expected `3` or more"
    );
  }
  return repetition;
}

// node_modules/mdast-util-to-markdown/lib/handle/thematic-break.js
function thematicBreak(_, _1, state) {
  const value2 = (checkRule(state) + (state.options.ruleSpaces ? " " : "")).repeat(checkRuleRepetition(state));
  return state.options.ruleSpaces ? value2.slice(0, -1) : value2;
}

// node_modules/mdast-util-to-markdown/lib/handle/index.js
var handle = {
  blockquote,
  break: hardBreak,
  code,
  definition,
  emphasis,
  hardBreak,
  heading,
  html,
  image,
  imageReference,
  inlineCode,
  link,
  linkReference,
  list,
  listItem,
  paragraph,
  root,
  strong,
  text,
  thematicBreak
};

// node_modules/mdast-util-gfm-table/lib/index.js
function gfmTableFromMarkdown() {
  return {
    enter: {
      table: enterTable,
      tableData: enterCell,
      tableHeader: enterCell,
      tableRow: enterRow
    },
    exit: {
      codeText: exitCodeText,
      table: exitTable,
      tableData: exit,
      tableHeader: exit,
      tableRow: exit
    }
  };
}
function enterTable(token) {
  const align = token._align;
  ok(align, "expected `_align` on table");
  this.enter(
    {
      type: "table",
      align: align.map(function(d) {
        return d === "none" ? null : d;
      }),
      children: [],
      position: void 0
    },
    token
  );
  this.data.inTable = true;
}
function exitTable(token) {
  this.exit(token);
  this.data.inTable = void 0;
}
function enterRow(token) {
  this.enter({ type: "tableRow", children: [], position: void 0 }, token);
}
function exit(token) {
  this.exit(token);
}
function enterCell(token) {
  this.enter({ type: "tableCell", children: [], position: void 0 }, token);
}
function exitCodeText(token) {
  let value2 = this.resume();
  if (this.data.inTable) {
    value2 = value2.replace(/\\([\\|])/g, replace);
  }
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "inlineCode");
  node2.value = value2;
  this.exit(token);
}
function replace($0, $1) {
  return $1 === "|" ? $1 : $0;
}
function gfmTableToMarkdown(options) {
  const settings = options || {};
  const {
    tableCellPadding: padding,
    tablePipeAlign: alignDelimiters,
    stringLength
  } = settings;
  const around = padding ? " " : "|";
  return {
    handlers: {
      inlineCode: inlineCodeWithTable,
      table: handleTable,
      tableCell: handleTableCell,
      tableRow: handleTableRow
    },
    join: [joinTable],
    unsafe: [
      { character: "\r", inConstruct: "tableCell" },
      { character: "\n", inConstruct: "tableCell" },
      // A pipe, when followed by a tab or space (padding), or a dash or colon
      // (unpadded delimiter row), could result in a table.
      { atBreak: true, character: "|", after: "[	 :-]" },
      // A pipe in a cell must be encoded.
      { character: "|", inConstruct: "tableCell" },
      // A colon must be followed by a dash, in which case it could start a
      // delimiter row.
      { atBreak: true, character: ":", after: "-" },
      // A delimiter row can also start with a dash, when followed by more
      // dashes, a colon, or a pipe.
      // This is a stricter version than the built in check for lists, thematic
      // breaks, and setex heading underlines though:
      // <https://github.com/syntax-tree/mdast-util-to-markdown/blob/51a2038/lib/unsafe.js#L57>
      { atBreak: true, character: "-", after: "[:|-]" }
    ]
  };
  function handleTable(node2, _, state, info) {
    const matrix = handleTableAsData(node2, state, info);
    const head = matrix[0];
    if (head) {
      let columns = node2.align ? node2.align.length : 0;
      let index = -1;
      if (!columns) {
        while (++index < matrix.length) {
          if (matrix[index].length > columns) columns = matrix[index].length;
        }
      }
      while (head.length < columns) head.push("");
    }
    return serializeData(matrix, node2.align);
  }
  function handleTableRow(node2, _, state, info) {
    const row = handleTableRowAsData(node2, state, info);
    const value2 = serializeData([row]);
    return value2.slice(0, value2.indexOf("\n"));
  }
  function handleTableCell(node2, _, state, info) {
    const exit2 = state.enter("tableCell");
    const subexit = state.enter("phrasing");
    const value2 = state.containerPhrasing(node2, {
      ...info,
      before: around,
      after: around
    });
    subexit();
    exit2();
    return value2;
  }
  function serializeData(matrix, align) {
    return markdownTable(matrix, {
      align,
      alignDelimiters,
      fillRows: false,
      padding,
      stringLength
    });
  }
  function handleTableAsData(node2, state, info) {
    const { children } = node2;
    let index = -1;
    const result = [];
    const subexit = state.enter("table");
    while (++index < children.length) {
      result[index] = handleTableRowAsData(children[index], state, info);
    }
    subexit();
    return result;
  }
  function handleTableRowAsData(node2, state, info) {
    const { children } = node2;
    let index = -1;
    const result = [];
    const subexit = state.enter("tableRow");
    while (++index < children.length) {
      result[index] = handleTableCell(children[index], node2, state, info);
    }
    subexit();
    return result;
  }
  function inlineCodeWithTable(node2, parent, state) {
    const value2 = handle.inlineCode(node2, parent, state);
    if (!state.stack.includes("tableCell")) return value2;
    const result = [];
    let start = 0;
    let index = value2.indexOf("|");
    while (index !== -1) {
      let before = index;
      while (before > start && value2.charCodeAt(before - 1) === 92) {
        before--;
      }
      result.push(value2.slice(start, index));
      if ((index - before) % 2 === 0) result.push("\\");
      start = index;
      index = value2.indexOf("|", index + 1);
    }
    result.push(value2.slice(start));
    return result.join("");
  }
}
function joinTable(left, right, parent, state) {
  if (left.type === "table" && parent.type === "listItem" && parent.spread === false && (right.type === "definition" || right.type === "heading" && formatHeadingAsSetext2(right, state) || right.type === "paragraph" || right.type === "table")) {
    return 1;
  }
}
function formatHeadingAsSetext2(node2, state) {
  let literalWithBreak = false;
  visit(node2, function(node3) {
    if (node3.type === "break" || "value" in node3 && /\r?\n|\r/.test(node3.value)) {
      literalWithBreak = true;
      return EXIT;
    }
  });
  return Boolean(
    (!node2.depth || node2.depth < 3) && toString(node2) && (state.options.setext || literalWithBreak)
  );
}

// node_modules/mdast-util-gfm-task-list-item/lib/index.js
function gfmTaskListItemFromMarkdown() {
  return {
    exit: {
      taskListCheckValueChecked: exitCheck,
      taskListCheckValueUnchecked: exitCheck,
      paragraph: exitParagraphWithTaskListItem
    }
  };
}
function gfmTaskListItemToMarkdown() {
  return {
    handlers: { paragraph: paragraphWithTaskListItem },
    join: [joinDefinitionsBeforeTaskListItemParagraph]
  };
}
function exitCheck(token) {
  const node2 = this.stack[this.stack.length - 2];
  ok(node2.type === "listItem");
  node2.checked = token.type === "taskListCheckValueChecked";
}
function exitParagraphWithTaskListItem(token) {
  const parent = this.stack[this.stack.length - 2];
  if (parent && parent.type === "listItem" && typeof parent.checked === "boolean") {
    const node2 = this.stack[this.stack.length - 1];
    ok(node2.type === "paragraph");
    const head = node2.children[0];
    if (head && head.type === "text") {
      const siblings = parent.children;
      let index = -1;
      let firstParagraph;
      while (++index < siblings.length) {
        const sibling = siblings[index];
        if (sibling.type === "paragraph") {
          firstParagraph = sibling;
          break;
        }
      }
      if (firstParagraph === node2) {
        head.value = head.value.slice(1);
        if (head.value.length === 0) {
          node2.children.shift();
        } else if (node2.position && head.position && typeof head.position.start.offset === "number") {
          head.position.start.column++;
          head.position.start.offset++;
          node2.position.start = { ...head.position.start };
        }
      }
    }
  }
  this.exit(token);
}
function paragraphWithTaskListItem(node2, parent, state, info) {
  if (!parent || parent.type !== "listItem" || taskListItemParagraph(parent) !== node2) {
    return handle.paragraph(node2, parent, state, info);
  }
  const checkbox = "[" + (parent.checked ? "x" : " ") + "] ";
  const tracker = state.createTracker(info);
  tracker.move(checkbox);
  const value2 = handle.paragraph(
    node2.children.length > 0 ? node2 : { type: "paragraph", children: [{ type: "text", value: " " }] },
    parent,
    state,
    { ...info, ...tracker.current() }
  );
  return checkbox + value2;
}
function joinDefinitionsBeforeTaskListItemParagraph(left, _, parent) {
  if (!(left.type === "definition" && parent.type === "listItem")) {
    return;
  }
  const paragraph2 = taskListItemParagraph(parent);
  if (paragraph2 && parent.children.indexOf(left) < parent.children.indexOf(paragraph2)) {
    return 0;
  }
}
function taskListItemParagraph(node2) {
  if (typeof node2.checked !== "boolean") {
    return;
  }
  for (const child of node2.children) {
    if (child.type === "paragraph") {
      return child;
    }
    if (child.type !== "definition") {
      return;
    }
  }
}

// node_modules/mdast-util-gfm/lib/index.js
function gfmFromMarkdown() {
  return [
    gfmAutolinkLiteralFromMarkdown(),
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown()
  ];
}
function gfmToMarkdown(options) {
  return {
    extensions: [
      gfmAutolinkLiteralToMarkdown(),
      gfmFootnoteToMarkdown(options),
      gfmStrikethroughToMarkdown(),
      gfmTableToMarkdown(options),
      gfmTaskListItemToMarkdown()
    ]
  };
}

// node_modules/micromark-util-chunked/index.js
function splice(list2, start, remove, items) {
  const end = list2.length;
  let chunkStart = 0;
  let parameters;
  if (start < 0) {
    start = -start > end ? 0 : end + start;
  } else {
    start = start > end ? end : start;
  }
  remove = remove > 0 ? remove : 0;
  if (items.length < 1e4) {
    parameters = Array.from(items);
    parameters.unshift(start, remove);
    list2.splice(...parameters);
  } else {
    if (remove) list2.splice(start, remove);
    while (chunkStart < items.length) {
      parameters = items.slice(chunkStart, chunkStart + 1e4);
      parameters.unshift(start, 0);
      list2.splice(...parameters);
      chunkStart += 1e4;
      start += 1e4;
    }
  }
}

// node_modules/micromark-util-combine-extensions/index.js
var hasOwnProperty = {}.hasOwnProperty;
function combineExtensions(extensions) {
  const all2 = {};
  let index = -1;
  while (++index < extensions.length) {
    syntaxExtension(all2, extensions[index]);
  }
  return all2;
}
function syntaxExtension(all2, extension) {
  let hook;
  for (hook in extension) {
    const maybe = hasOwnProperty.call(all2, hook) ? all2[hook] : void 0;
    const left = maybe || (all2[hook] = {});
    const right = extension[hook];
    let code3;
    if (right) {
      for (code3 in right) {
        if (!hasOwnProperty.call(left, code3)) left[code3] = [];
        const value2 = right[code3];
        constructs(
          // @ts-expect-error Looks like a list.
          left[code3],
          Array.isArray(value2) ? value2 : value2 ? [value2] : []
        );
      }
    }
  }
}
function constructs(existing, list2) {
  let index = -1;
  const before = [];
  while (++index < list2.length) {
    ;
    (list2[index].add === "after" ? existing : before).push(list2[index]);
  }
  splice(existing, 0, 0, before);
}

// node_modules/micromark-extension-gfm-autolink-literal/lib/syntax.js
var wwwPrefix = {
  tokenize: tokenizeWwwPrefix,
  partial: true
};
var domain = {
  tokenize: tokenizeDomain,
  partial: true
};
var path = {
  tokenize: tokenizePath,
  partial: true
};
var trail = {
  tokenize: tokenizeTrail,
  partial: true
};
var emailDomainDotTrail = {
  tokenize: tokenizeEmailDomainDotTrail,
  partial: true
};
var wwwAutolink = {
  name: "wwwAutolink",
  tokenize: tokenizeWwwAutolink,
  previous: previousWww
};
var protocolAutolink = {
  name: "protocolAutolink",
  tokenize: tokenizeProtocolAutolink,
  previous: previousProtocol
};
var emailAutolink = {
  name: "emailAutolink",
  tokenize: tokenizeEmailAutolink,
  previous: previousEmail
};
var text2 = {};
function gfmAutolinkLiteral() {
  return {
    text: text2
  };
}
var code2 = 48;
while (code2 < 123) {
  text2[code2] = emailAutolink;
  code2++;
  if (code2 === 58) code2 = 65;
  else if (code2 === 91) code2 = 97;
}
text2[43] = emailAutolink;
text2[45] = emailAutolink;
text2[46] = emailAutolink;
text2[95] = emailAutolink;
text2[72] = [emailAutolink, protocolAutolink];
text2[104] = [emailAutolink, protocolAutolink];
text2[87] = [emailAutolink, wwwAutolink];
text2[119] = [emailAutolink, wwwAutolink];
function tokenizeEmailAutolink(effects, ok3, nok) {
  const self = this;
  let dot;
  let data7;
  return start;
  function start(code3) {
    if (!gfmAtext(code3) || !previousEmail.call(self, self.previous) || previousUnbalanced(self.events)) {
      return nok(code3);
    }
    effects.enter("literalAutolink");
    effects.enter("literalAutolinkEmail");
    return atext(code3);
  }
  function atext(code3) {
    if (gfmAtext(code3)) {
      effects.consume(code3);
      return atext;
    }
    if (code3 === 64) {
      effects.consume(code3);
      return emailDomain;
    }
    return nok(code3);
  }
  function emailDomain(code3) {
    if (code3 === 46) {
      return effects.check(emailDomainDotTrail, emailDomainAfter, emailDomainDot)(code3);
    }
    if (code3 === 45 || code3 === 95 || asciiAlphanumeric(code3)) {
      data7 = true;
      effects.consume(code3);
      return emailDomain;
    }
    return emailDomainAfter(code3);
  }
  function emailDomainDot(code3) {
    effects.consume(code3);
    dot = true;
    return emailDomain;
  }
  function emailDomainAfter(code3) {
    if (data7 && dot && asciiAlpha(self.previous)) {
      effects.exit("literalAutolinkEmail");
      effects.exit("literalAutolink");
      return ok3(code3);
    }
    return nok(code3);
  }
}
function tokenizeWwwAutolink(effects, ok3, nok) {
  const self = this;
  return wwwStart;
  function wwwStart(code3) {
    if (code3 !== 87 && code3 !== 119 || !previousWww.call(self, self.previous) || previousUnbalanced(self.events)) {
      return nok(code3);
    }
    effects.enter("literalAutolink");
    effects.enter("literalAutolinkWww");
    return effects.check(wwwPrefix, effects.attempt(domain, effects.attempt(path, wwwAfter), nok), nok)(code3);
  }
  function wwwAfter(code3) {
    effects.exit("literalAutolinkWww");
    effects.exit("literalAutolink");
    return ok3(code3);
  }
}
function tokenizeProtocolAutolink(effects, ok3, nok) {
  const self = this;
  let buffer = "";
  let seen = false;
  return protocolStart;
  function protocolStart(code3) {
    if ((code3 === 72 || code3 === 104) && previousProtocol.call(self, self.previous) && !previousUnbalanced(self.events)) {
      effects.enter("literalAutolink");
      effects.enter("literalAutolinkHttp");
      buffer += String.fromCodePoint(code3);
      effects.consume(code3);
      return protocolPrefixInside;
    }
    return nok(code3);
  }
  function protocolPrefixInside(code3) {
    if (asciiAlpha(code3) && buffer.length < 5) {
      buffer += String.fromCodePoint(code3);
      effects.consume(code3);
      return protocolPrefixInside;
    }
    if (code3 === 58) {
      const protocol = buffer.toLowerCase();
      if (protocol === "http" || protocol === "https") {
        effects.consume(code3);
        return protocolSlashesInside;
      }
    }
    return nok(code3);
  }
  function protocolSlashesInside(code3) {
    if (code3 === 47) {
      effects.consume(code3);
      if (seen) {
        return afterProtocol;
      }
      seen = true;
      return protocolSlashesInside;
    }
    return nok(code3);
  }
  function afterProtocol(code3) {
    return code3 === null || asciiControl(code3) || markdownLineEndingOrSpace(code3) || unicodeWhitespace(code3) || unicodePunctuation(code3) ? nok(code3) : effects.attempt(domain, effects.attempt(path, protocolAfter), nok)(code3);
  }
  function protocolAfter(code3) {
    effects.exit("literalAutolinkHttp");
    effects.exit("literalAutolink");
    return ok3(code3);
  }
}
function tokenizeWwwPrefix(effects, ok3, nok) {
  let size = 0;
  return wwwPrefixInside;
  function wwwPrefixInside(code3) {
    if ((code3 === 87 || code3 === 119) && size < 3) {
      size++;
      effects.consume(code3);
      return wwwPrefixInside;
    }
    if (code3 === 46 && size === 3) {
      effects.consume(code3);
      return wwwPrefixAfter;
    }
    return nok(code3);
  }
  function wwwPrefixAfter(code3) {
    return code3 === null ? nok(code3) : ok3(code3);
  }
}
function tokenizeDomain(effects, ok3, nok) {
  let underscoreInLastSegment;
  let underscoreInLastLastSegment;
  let seen;
  return domainInside;
  function domainInside(code3) {
    if (code3 === 46 || code3 === 95) {
      return effects.check(trail, domainAfter, domainAtPunctuation)(code3);
    }
    if (code3 === null || markdownLineEndingOrSpace(code3) || unicodeWhitespace(code3) || code3 !== 45 && unicodePunctuation(code3)) {
      return domainAfter(code3);
    }
    seen = true;
    effects.consume(code3);
    return domainInside;
  }
  function domainAtPunctuation(code3) {
    if (code3 === 95) {
      underscoreInLastSegment = true;
    } else {
      underscoreInLastLastSegment = underscoreInLastSegment;
      underscoreInLastSegment = void 0;
    }
    effects.consume(code3);
    return domainInside;
  }
  function domainAfter(code3) {
    if (underscoreInLastLastSegment || underscoreInLastSegment || !seen) {
      return nok(code3);
    }
    return ok3(code3);
  }
}
function tokenizePath(effects, ok3) {
  let sizeOpen = 0;
  let sizeClose = 0;
  return pathInside;
  function pathInside(code3) {
    if (code3 === 40) {
      sizeOpen++;
      effects.consume(code3);
      return pathInside;
    }
    if (code3 === 41 && sizeClose < sizeOpen) {
      return pathAtPunctuation(code3);
    }
    if (code3 === 33 || code3 === 34 || code3 === 38 || code3 === 39 || code3 === 41 || code3 === 42 || code3 === 44 || code3 === 46 || code3 === 58 || code3 === 59 || code3 === 60 || code3 === 63 || code3 === 93 || code3 === 95 || code3 === 126) {
      return effects.check(trail, ok3, pathAtPunctuation)(code3);
    }
    if (code3 === null || markdownLineEndingOrSpace(code3) || unicodeWhitespace(code3)) {
      return ok3(code3);
    }
    effects.consume(code3);
    return pathInside;
  }
  function pathAtPunctuation(code3) {
    if (code3 === 41) {
      sizeClose++;
    }
    effects.consume(code3);
    return pathInside;
  }
}
function tokenizeTrail(effects, ok3, nok) {
  return trail2;
  function trail2(code3) {
    if (code3 === 33 || code3 === 34 || code3 === 39 || code3 === 41 || code3 === 42 || code3 === 44 || code3 === 46 || code3 === 58 || code3 === 59 || code3 === 63 || code3 === 95 || code3 === 126) {
      effects.consume(code3);
      return trail2;
    }
    if (code3 === 38) {
      effects.consume(code3);
      return trailCharacterReferenceStart;
    }
    if (code3 === 93) {
      effects.consume(code3);
      return trailBracketAfter;
    }
    if (
      // `<` is an end.
      code3 === 60 || // So is whitespace.
      code3 === null || markdownLineEndingOrSpace(code3) || unicodeWhitespace(code3)
    ) {
      return ok3(code3);
    }
    return nok(code3);
  }
  function trailBracketAfter(code3) {
    if (code3 === null || code3 === 40 || code3 === 91 || markdownLineEndingOrSpace(code3) || unicodeWhitespace(code3)) {
      return ok3(code3);
    }
    return trail2(code3);
  }
  function trailCharacterReferenceStart(code3) {
    return asciiAlpha(code3) ? trailCharacterReferenceInside(code3) : nok(code3);
  }
  function trailCharacterReferenceInside(code3) {
    if (code3 === 59) {
      effects.consume(code3);
      return trail2;
    }
    if (asciiAlpha(code3)) {
      effects.consume(code3);
      return trailCharacterReferenceInside;
    }
    return nok(code3);
  }
}
function tokenizeEmailDomainDotTrail(effects, ok3, nok) {
  return start;
  function start(code3) {
    effects.consume(code3);
    return after;
  }
  function after(code3) {
    return asciiAlphanumeric(code3) ? nok(code3) : ok3(code3);
  }
}
function previousWww(code3) {
  return code3 === null || code3 === 40 || code3 === 42 || code3 === 95 || code3 === 91 || code3 === 93 || code3 === 126 || markdownLineEndingOrSpace(code3);
}
function previousProtocol(code3) {
  return !asciiAlpha(code3);
}
function previousEmail(code3) {
  return !(code3 === 47 || gfmAtext(code3));
}
function gfmAtext(code3) {
  return code3 === 43 || code3 === 45 || code3 === 46 || code3 === 95 || asciiAlphanumeric(code3);
}
function previousUnbalanced(events) {
  let index = events.length;
  let result = false;
  while (index--) {
    const token = events[index][1];
    if ((token.type === "labelLink" || token.type === "labelImage") && !token._balanced) {
      result = true;
      break;
    }
    if (token._gfmAutolinkLiteralWalkedInto) {
      result = false;
      break;
    }
  }
  if (events.length > 0 && !result) {
    events[events.length - 1][1]._gfmAutolinkLiteralWalkedInto = true;
  }
  return result;
}

// node_modules/micromark-util-resolve-all/index.js
function resolveAll(constructs2, events, context) {
  const called = [];
  let index = -1;
  while (++index < constructs2.length) {
    const resolve = constructs2[index].resolveAll;
    if (resolve && !called.includes(resolve)) {
      events = resolve(events, context);
      called.push(resolve);
    }
  }
  return events;
}

// node_modules/micromark-factory-space/index.js
function factorySpace(effects, ok3, type, max) {
  const limit = max ? max - 1 : Infinity;
  let size = 0;
  return start;
  function start(code3) {
    if (markdownSpace(code3)) {
      effects.enter(type);
      return prefix(code3);
    }
    return ok3(code3);
  }
  function prefix(code3) {
    if (markdownSpace(code3) && size++ < limit) {
      effects.consume(code3);
      return prefix;
    }
    effects.exit(type);
    return ok3(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/blank-line.js
var blankLine = {
  partial: true,
  tokenize: tokenizeBlankLine
};
function tokenizeBlankLine(effects, ok3, nok) {
  return start;
  function start(code3) {
    return markdownSpace(code3) ? factorySpace(effects, after, "linePrefix")(code3) : after(code3);
  }
  function after(code3) {
    return code3 === null || markdownLineEnding(code3) ? ok3(code3) : nok(code3);
  }
}

// node_modules/micromark-extension-gfm-footnote/lib/syntax.js
var indent = {
  tokenize: tokenizeIndent,
  partial: true
};
function gfmFootnote() {
  return {
    document: {
      [91]: {
        name: "gfmFootnoteDefinition",
        tokenize: tokenizeDefinitionStart,
        continuation: {
          tokenize: tokenizeDefinitionContinuation
        },
        exit: gfmFootnoteDefinitionEnd
      }
    },
    text: {
      [91]: {
        name: "gfmFootnoteCall",
        tokenize: tokenizeGfmFootnoteCall
      },
      [93]: {
        name: "gfmPotentialFootnoteCall",
        add: "after",
        tokenize: tokenizePotentialGfmFootnoteCall,
        resolveTo: resolveToPotentialGfmFootnoteCall
      }
    }
  };
}
function tokenizePotentialGfmFootnoteCall(effects, ok3, nok) {
  const self = this;
  let index = self.events.length;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let labelStart;
  while (index--) {
    const token = self.events[index][1];
    if (token.type === "labelImage") {
      labelStart = token;
      break;
    }
    if (token.type === "gfmFootnoteCall" || token.type === "labelLink" || token.type === "label" || token.type === "image" || token.type === "link") {
      break;
    }
  }
  return start;
  function start(code3) {
    if (!labelStart || !labelStart._balanced) {
      return nok(code3);
    }
    const id = normalizeIdentifier(self.sliceSerialize({
      start: labelStart.end,
      end: self.now()
    }));
    if (id.codePointAt(0) !== 94 || !defined.includes(id.slice(1))) {
      return nok(code3);
    }
    effects.enter("gfmFootnoteCallLabelMarker");
    effects.consume(code3);
    effects.exit("gfmFootnoteCallLabelMarker");
    return ok3(code3);
  }
}
function resolveToPotentialGfmFootnoteCall(events, context) {
  let index = events.length;
  let labelStart;
  while (index--) {
    if (events[index][1].type === "labelImage" && events[index][0] === "enter") {
      labelStart = events[index][1];
      break;
    }
  }
  events[index + 1][1].type = "data";
  events[index + 3][1].type = "gfmFootnoteCallLabelMarker";
  const call = {
    type: "gfmFootnoteCall",
    start: Object.assign({}, events[index + 3][1].start),
    end: Object.assign({}, events[events.length - 1][1].end)
  };
  const marker = {
    type: "gfmFootnoteCallMarker",
    start: Object.assign({}, events[index + 3][1].end),
    end: Object.assign({}, events[index + 3][1].end)
  };
  marker.end.column++;
  marker.end.offset++;
  marker.end._bufferIndex++;
  const string = {
    type: "gfmFootnoteCallString",
    start: Object.assign({}, marker.end),
    end: Object.assign({}, events[events.length - 1][1].start)
  };
  const chunk = {
    type: "chunkString",
    contentType: "string",
    start: Object.assign({}, string.start),
    end: Object.assign({}, string.end)
  };
  const replacement = [
    // Take the `labelImageMarker` (now `data`, the `!`)
    events[index + 1],
    events[index + 2],
    ["enter", call, context],
    // The `[`
    events[index + 3],
    events[index + 4],
    // The `^`.
    ["enter", marker, context],
    ["exit", marker, context],
    // Everything in between.
    ["enter", string, context],
    ["enter", chunk, context],
    ["exit", chunk, context],
    ["exit", string, context],
    // The ending (`]`, properly parsed and labelled).
    events[events.length - 2],
    events[events.length - 1],
    ["exit", call, context]
  ];
  events.splice(index, events.length - index + 1, ...replacement);
  return events;
}
function tokenizeGfmFootnoteCall(effects, ok3, nok) {
  const self = this;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let size = 0;
  let data7;
  return start;
  function start(code3) {
    effects.enter("gfmFootnoteCall");
    effects.enter("gfmFootnoteCallLabelMarker");
    effects.consume(code3);
    effects.exit("gfmFootnoteCallLabelMarker");
    return callStart;
  }
  function callStart(code3) {
    if (code3 !== 94) return nok(code3);
    effects.enter("gfmFootnoteCallMarker");
    effects.consume(code3);
    effects.exit("gfmFootnoteCallMarker");
    effects.enter("gfmFootnoteCallString");
    effects.enter("chunkString").contentType = "string";
    return callData;
  }
  function callData(code3) {
    if (
      // Too long.
      size > 999 || // Closing brace with nothing.
      code3 === 93 && !data7 || // Space or tab is not supported by GFM for some reason.
      // `\n` and `[` not being supported makes sense.
      code3 === null || code3 === 91 || markdownLineEndingOrSpace(code3)
    ) {
      return nok(code3);
    }
    if (code3 === 93) {
      effects.exit("chunkString");
      const token = effects.exit("gfmFootnoteCallString");
      if (!defined.includes(normalizeIdentifier(self.sliceSerialize(token)))) {
        return nok(code3);
      }
      effects.enter("gfmFootnoteCallLabelMarker");
      effects.consume(code3);
      effects.exit("gfmFootnoteCallLabelMarker");
      effects.exit("gfmFootnoteCall");
      return ok3;
    }
    if (!markdownLineEndingOrSpace(code3)) {
      data7 = true;
    }
    size++;
    effects.consume(code3);
    return code3 === 92 ? callEscape : callData;
  }
  function callEscape(code3) {
    if (code3 === 91 || code3 === 92 || code3 === 93) {
      effects.consume(code3);
      size++;
      return callData;
    }
    return callData(code3);
  }
}
function tokenizeDefinitionStart(effects, ok3, nok) {
  const self = this;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let identifier;
  let size = 0;
  let data7;
  return start;
  function start(code3) {
    effects.enter("gfmFootnoteDefinition")._container = true;
    effects.enter("gfmFootnoteDefinitionLabel");
    effects.enter("gfmFootnoteDefinitionLabelMarker");
    effects.consume(code3);
    effects.exit("gfmFootnoteDefinitionLabelMarker");
    return labelAtMarker;
  }
  function labelAtMarker(code3) {
    if (code3 === 94) {
      effects.enter("gfmFootnoteDefinitionMarker");
      effects.consume(code3);
      effects.exit("gfmFootnoteDefinitionMarker");
      effects.enter("gfmFootnoteDefinitionLabelString");
      effects.enter("chunkString").contentType = "string";
      return labelInside;
    }
    return nok(code3);
  }
  function labelInside(code3) {
    if (
      // Too long.
      size > 999 || // Closing brace with nothing.
      code3 === 93 && !data7 || // Space or tab is not supported by GFM for some reason.
      // `\n` and `[` not being supported makes sense.
      code3 === null || code3 === 91 || markdownLineEndingOrSpace(code3)
    ) {
      return nok(code3);
    }
    if (code3 === 93) {
      effects.exit("chunkString");
      const token = effects.exit("gfmFootnoteDefinitionLabelString");
      identifier = normalizeIdentifier(self.sliceSerialize(token));
      effects.enter("gfmFootnoteDefinitionLabelMarker");
      effects.consume(code3);
      effects.exit("gfmFootnoteDefinitionLabelMarker");
      effects.exit("gfmFootnoteDefinitionLabel");
      return labelAfter;
    }
    if (!markdownLineEndingOrSpace(code3)) {
      data7 = true;
    }
    size++;
    effects.consume(code3);
    return code3 === 92 ? labelEscape : labelInside;
  }
  function labelEscape(code3) {
    if (code3 === 91 || code3 === 92 || code3 === 93) {
      effects.consume(code3);
      size++;
      return labelInside;
    }
    return labelInside(code3);
  }
  function labelAfter(code3) {
    if (code3 === 58) {
      effects.enter("definitionMarker");
      effects.consume(code3);
      effects.exit("definitionMarker");
      if (!defined.includes(identifier)) {
        defined.push(identifier);
      }
      return factorySpace(effects, whitespaceAfter, "gfmFootnoteDefinitionWhitespace");
    }
    return nok(code3);
  }
  function whitespaceAfter(code3) {
    return ok3(code3);
  }
}
function tokenizeDefinitionContinuation(effects, ok3, nok) {
  return effects.check(blankLine, ok3, effects.attempt(indent, ok3, nok));
}
function gfmFootnoteDefinitionEnd(effects) {
  effects.exit("gfmFootnoteDefinition");
}
function tokenizeIndent(effects, ok3, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "gfmFootnoteDefinitionIndent", 4 + 1);
  function afterPrefix(code3) {
    const tail = self.events[self.events.length - 1];
    return tail && tail[1].type === "gfmFootnoteDefinitionIndent" && tail[2].sliceSerialize(tail[1], true).length === 4 ? ok3(code3) : nok(code3);
  }
}

// node_modules/micromark-extension-gfm-strikethrough/lib/syntax.js
function gfmStrikethrough(options) {
  const options_ = options || {};
  let single = options_.singleTilde;
  const tokenizer = {
    name: "strikethrough",
    tokenize: tokenizeStrikethrough,
    resolveAll: resolveAllStrikethrough
  };
  if (single === null || single === void 0) {
    single = true;
  }
  return {
    text: {
      [126]: tokenizer
    },
    insideSpan: {
      null: [tokenizer]
    },
    attentionMarkers: {
      null: [126]
    }
  };
  function resolveAllStrikethrough(events, context) {
    let index = -1;
    while (++index < events.length) {
      if (events[index][0] === "enter" && events[index][1].type === "strikethroughSequenceTemporary" && events[index][1]._close) {
        let open = index;
        while (open--) {
          if (events[open][0] === "exit" && events[open][1].type === "strikethroughSequenceTemporary" && events[open][1]._open && // If the sizes are the same:
          events[index][1].end.offset - events[index][1].start.offset === events[open][1].end.offset - events[open][1].start.offset) {
            events[index][1].type = "strikethroughSequence";
            events[open][1].type = "strikethroughSequence";
            const strikethrough = {
              type: "strikethrough",
              start: Object.assign({}, events[open][1].start),
              end: Object.assign({}, events[index][1].end)
            };
            const text3 = {
              type: "strikethroughText",
              start: Object.assign({}, events[open][1].end),
              end: Object.assign({}, events[index][1].start)
            };
            const nextEvents = [["enter", strikethrough, context], ["enter", events[open][1], context], ["exit", events[open][1], context], ["enter", text3, context]];
            const insideSpan = context.parser.constructs.insideSpan.null;
            if (insideSpan) {
              splice(nextEvents, nextEvents.length, 0, resolveAll(insideSpan, events.slice(open + 1, index), context));
            }
            splice(nextEvents, nextEvents.length, 0, [["exit", text3, context], ["enter", events[index][1], context], ["exit", events[index][1], context], ["exit", strikethrough, context]]);
            splice(events, open - 1, index - open + 3, nextEvents);
            index = open + nextEvents.length - 2;
            break;
          }
        }
      }
    }
    index = -1;
    while (++index < events.length) {
      if (events[index][1].type === "strikethroughSequenceTemporary") {
        events[index][1].type = "data";
      }
    }
    return events;
  }
  function tokenizeStrikethrough(effects, ok3, nok) {
    const previous2 = this.previous;
    const events = this.events;
    let size = 0;
    return start;
    function start(code3) {
      if (previous2 === 126 && events[events.length - 1][1].type !== "characterEscape") {
        return nok(code3);
      }
      effects.enter("strikethroughSequenceTemporary");
      return more(code3);
    }
    function more(code3) {
      const before = classifyCharacter(previous2);
      if (code3 === 126) {
        if (size > 1) return nok(code3);
        effects.consume(code3);
        size++;
        return more;
      }
      if (size < 2 && !single) return nok(code3);
      const token = effects.exit("strikethroughSequenceTemporary");
      const after = classifyCharacter(code3);
      token._open = !after || after === 2 && Boolean(before);
      token._close = !before || before === 2 && Boolean(after);
      return ok3(code3);
    }
  }
}

// node_modules/micromark-extension-gfm-table/lib/edit-map.js
var EditMap = class {
  /**
   * Create a new edit map.
   */
  constructor() {
    this.map = [];
    this.index = /* @__PURE__ */ new Map();
  }
  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  add(index, remove, add) {
    addImplementation(this, index, remove, add);
  }
  // To do: add this when moving to `micromark`.
  // /**
  //  * Create an edit: but insert `add` before existing additions.
  //  *
  //  * @param {number} index
  //  * @param {number} remove
  //  * @param {Array<Event>} add
  //  * @returns {undefined}
  //  */
  // addBefore(index, remove, add) {
  //   addImplementation(this, index, remove, add, true)
  // }
  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   *   List of events to apply the edits to.
   * @returns {undefined}
   *   Nothing.
   */
  consume(events) {
    this.map.sort(function(a, b) {
      return a[0] - b[0];
    });
    if (this.map.length === 0) {
      return;
    }
    let index = this.map.length;
    const vecs = [];
    while (index > 0) {
      index -= 1;
      vecs.push(events.slice(this.map[index][0] + this.map[index][1]), this.map[index][2]);
      events.length = this.map[index][0];
    }
    vecs.push(events.slice());
    events.length = 0;
    let slice = vecs.pop();
    while (slice) {
      for (const element of slice) {
        events.push(element);
      }
      slice = vecs.pop();
    }
    this.map.length = 0;
    this.index.clear();
  }
};
function addImplementation(editMap, at, remove, add) {
  if (remove === 0 && add.length === 0) {
    return;
  }
  const existing = editMap.index.get(at);
  if (existing) {
    existing[1] += remove;
    existing[2].push(...add);
    return;
  }
  const change = [at, remove, add];
  editMap.map.push(change);
  editMap.index.set(at, change);
}

// node_modules/micromark-extension-gfm-table/lib/infer.js
function gfmTableAlign(events, index) {
  let inDelimiterRow = false;
  const align = [];
  while (index < events.length) {
    const event = events[index];
    if (inDelimiterRow) {
      if (event[0] === "enter") {
        if (event[1].type === "tableContent") {
          align.push(events[index + 1][1].type === "tableDelimiterMarker" ? "left" : "none");
        }
      } else if (event[1].type === "tableContent") {
        if (events[index - 1][1].type === "tableDelimiterMarker") {
          const alignIndex = align.length - 1;
          align[alignIndex] = align[alignIndex] === "left" ? "center" : "right";
        }
      } else if (event[1].type === "tableDelimiterRow") {
        break;
      }
    } else if (event[0] === "enter" && event[1].type === "tableDelimiterRow") {
      inDelimiterRow = true;
    }
    index += 1;
  }
  return align;
}

// node_modules/micromark-extension-gfm-table/lib/syntax.js
function gfmTable() {
  return {
    flow: {
      null: {
        name: "table",
        tokenize: tokenizeTable,
        resolveAll: resolveTable
      }
    }
  };
}
function tokenizeTable(effects, ok3, nok) {
  const self = this;
  let size = 0;
  let sizeB = 0;
  let seen;
  return start;
  function start(code3) {
    let index = self.events.length - 1;
    while (index > -1) {
      const {
        type
      } = self.events[index][1];
      if (type === "lineEnding" || // Note: markdown-rs uses `whitespace` instead of `linePrefix`
      type === "linePrefix") {
        index--;
      } else {
        break;
      }
    }
    const tail = index > -1 ? self.events[index][1].type : null;
    const next = tail === "tableHead" || tail === "tableRow" ? bodyRowStart : headRowBefore;
    if (next === bodyRowStart && self.parser.lazy[self.now().line]) {
      return nok(code3);
    }
    return next(code3);
  }
  function headRowBefore(code3) {
    effects.enter("tableHead");
    effects.enter("tableRow");
    return headRowStart(code3);
  }
  function headRowStart(code3) {
    if (code3 === 124) {
      return headRowBreak(code3);
    }
    seen = true;
    sizeB += 1;
    return headRowBreak(code3);
  }
  function headRowBreak(code3) {
    if (code3 === null) {
      return nok(code3);
    }
    if (markdownLineEnding(code3)) {
      if (sizeB > 1) {
        sizeB = 0;
        self.interrupt = true;
        effects.exit("tableRow");
        effects.enter("lineEnding");
        effects.consume(code3);
        effects.exit("lineEnding");
        return headDelimiterStart;
      }
      return nok(code3);
    }
    if (markdownSpace(code3)) {
      return factorySpace(effects, headRowBreak, "whitespace")(code3);
    }
    sizeB += 1;
    if (seen) {
      seen = false;
      size += 1;
    }
    if (code3 === 124) {
      effects.enter("tableCellDivider");
      effects.consume(code3);
      effects.exit("tableCellDivider");
      seen = true;
      return headRowBreak;
    }
    effects.enter("data");
    return headRowData(code3);
  }
  function headRowData(code3) {
    if (code3 === null || code3 === 124 || markdownLineEndingOrSpace(code3)) {
      effects.exit("data");
      return headRowBreak(code3);
    }
    effects.consume(code3);
    return code3 === 92 ? headRowEscape : headRowData;
  }
  function headRowEscape(code3) {
    if (code3 === 92 || code3 === 124) {
      effects.consume(code3);
      return headRowData;
    }
    return headRowData(code3);
  }
  function headDelimiterStart(code3) {
    self.interrupt = false;
    if (self.parser.lazy[self.now().line]) {
      return nok(code3);
    }
    effects.enter("tableDelimiterRow");
    seen = false;
    if (markdownSpace(code3)) {
      return factorySpace(effects, headDelimiterBefore, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code3);
    }
    return headDelimiterBefore(code3);
  }
  function headDelimiterBefore(code3) {
    if (code3 === 45 || code3 === 58) {
      return headDelimiterValueBefore(code3);
    }
    if (code3 === 124) {
      seen = true;
      effects.enter("tableCellDivider");
      effects.consume(code3);
      effects.exit("tableCellDivider");
      return headDelimiterCellBefore;
    }
    return headDelimiterNok(code3);
  }
  function headDelimiterCellBefore(code3) {
    if (markdownSpace(code3)) {
      return factorySpace(effects, headDelimiterValueBefore, "whitespace")(code3);
    }
    return headDelimiterValueBefore(code3);
  }
  function headDelimiterValueBefore(code3) {
    if (code3 === 58) {
      sizeB += 1;
      seen = true;
      effects.enter("tableDelimiterMarker");
      effects.consume(code3);
      effects.exit("tableDelimiterMarker");
      return headDelimiterLeftAlignmentAfter;
    }
    if (code3 === 45) {
      sizeB += 1;
      return headDelimiterLeftAlignmentAfter(code3);
    }
    if (code3 === null || markdownLineEnding(code3)) {
      return headDelimiterCellAfter(code3);
    }
    return headDelimiterNok(code3);
  }
  function headDelimiterLeftAlignmentAfter(code3) {
    if (code3 === 45) {
      effects.enter("tableDelimiterFiller");
      return headDelimiterFiller(code3);
    }
    return headDelimiterNok(code3);
  }
  function headDelimiterFiller(code3) {
    if (code3 === 45) {
      effects.consume(code3);
      return headDelimiterFiller;
    }
    if (code3 === 58) {
      seen = true;
      effects.exit("tableDelimiterFiller");
      effects.enter("tableDelimiterMarker");
      effects.consume(code3);
      effects.exit("tableDelimiterMarker");
      return headDelimiterRightAlignmentAfter;
    }
    effects.exit("tableDelimiterFiller");
    return headDelimiterRightAlignmentAfter(code3);
  }
  function headDelimiterRightAlignmentAfter(code3) {
    if (markdownSpace(code3)) {
      return factorySpace(effects, headDelimiterCellAfter, "whitespace")(code3);
    }
    return headDelimiterCellAfter(code3);
  }
  function headDelimiterCellAfter(code3) {
    if (code3 === 124) {
      return headDelimiterBefore(code3);
    }
    if (code3 === null || markdownLineEnding(code3)) {
      if (!seen || size !== sizeB) {
        return headDelimiterNok(code3);
      }
      effects.exit("tableDelimiterRow");
      effects.exit("tableHead");
      return ok3(code3);
    }
    return headDelimiterNok(code3);
  }
  function headDelimiterNok(code3) {
    return nok(code3);
  }
  function bodyRowStart(code3) {
    effects.enter("tableRow");
    return bodyRowBreak(code3);
  }
  function bodyRowBreak(code3) {
    if (code3 === 124) {
      effects.enter("tableCellDivider");
      effects.consume(code3);
      effects.exit("tableCellDivider");
      return bodyRowBreak;
    }
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("tableRow");
      return ok3(code3);
    }
    if (markdownSpace(code3)) {
      return factorySpace(effects, bodyRowBreak, "whitespace")(code3);
    }
    effects.enter("data");
    return bodyRowData(code3);
  }
  function bodyRowData(code3) {
    if (code3 === null || code3 === 124 || markdownLineEndingOrSpace(code3)) {
      effects.exit("data");
      return bodyRowBreak(code3);
    }
    effects.consume(code3);
    return code3 === 92 ? bodyRowEscape : bodyRowData;
  }
  function bodyRowEscape(code3) {
    if (code3 === 92 || code3 === 124) {
      effects.consume(code3);
      return bodyRowData;
    }
    return bodyRowData(code3);
  }
}
function resolveTable(events, context) {
  let index = -1;
  let inFirstCellAwaitingPipe = true;
  let rowKind = 0;
  let lastCell = [0, 0, 0, 0];
  let cell = [0, 0, 0, 0];
  let afterHeadAwaitingFirstBodyRow = false;
  let lastTableEnd = 0;
  let currentTable;
  let currentBody;
  let currentCell;
  const map3 = new EditMap();
  while (++index < events.length) {
    const event = events[index];
    const token = event[1];
    if (event[0] === "enter") {
      if (token.type === "tableHead") {
        afterHeadAwaitingFirstBodyRow = false;
        if (lastTableEnd !== 0) {
          flushTableEnd(map3, context, lastTableEnd, currentTable, currentBody);
          currentBody = void 0;
          lastTableEnd = 0;
        }
        currentTable = {
          type: "table",
          start: Object.assign({}, token.start),
          // Note: correct end is set later.
          end: Object.assign({}, token.end)
        };
        map3.add(index, 0, [["enter", currentTable, context]]);
      } else if (token.type === "tableRow" || token.type === "tableDelimiterRow") {
        inFirstCellAwaitingPipe = true;
        currentCell = void 0;
        lastCell = [0, 0, 0, 0];
        cell = [0, index + 1, 0, 0];
        if (afterHeadAwaitingFirstBodyRow) {
          afterHeadAwaitingFirstBodyRow = false;
          currentBody = {
            type: "tableBody",
            start: Object.assign({}, token.start),
            // Note: correct end is set later.
            end: Object.assign({}, token.end)
          };
          map3.add(index, 0, [["enter", currentBody, context]]);
        }
        rowKind = token.type === "tableDelimiterRow" ? 2 : currentBody ? 3 : 1;
      } else if (rowKind && (token.type === "data" || token.type === "tableDelimiterMarker" || token.type === "tableDelimiterFiller")) {
        inFirstCellAwaitingPipe = false;
        if (cell[2] === 0) {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map3, context, lastCell, rowKind, void 0, currentCell);
            lastCell = [0, 0, 0, 0];
          }
          cell[2] = index;
        }
      } else if (token.type === "tableCellDivider") {
        if (inFirstCellAwaitingPipe) {
          inFirstCellAwaitingPipe = false;
        } else {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map3, context, lastCell, rowKind, void 0, currentCell);
          }
          lastCell = cell;
          cell = [lastCell[1], index, 0, 0];
        }
      }
    } else if (token.type === "tableHead") {
      afterHeadAwaitingFirstBodyRow = true;
      lastTableEnd = index;
    } else if (token.type === "tableRow" || token.type === "tableDelimiterRow") {
      lastTableEnd = index;
      if (lastCell[1] !== 0) {
        cell[0] = cell[1];
        currentCell = flushCell(map3, context, lastCell, rowKind, index, currentCell);
      } else if (cell[1] !== 0) {
        currentCell = flushCell(map3, context, cell, rowKind, index, currentCell);
      }
      rowKind = 0;
    } else if (rowKind && (token.type === "data" || token.type === "tableDelimiterMarker" || token.type === "tableDelimiterFiller")) {
      cell[3] = index;
    }
  }
  if (lastTableEnd !== 0) {
    flushTableEnd(map3, context, lastTableEnd, currentTable, currentBody);
  }
  map3.consume(context.events);
  index = -1;
  while (++index < context.events.length) {
    const event = context.events[index];
    if (event[0] === "enter" && event[1].type === "table") {
      event[1]._align = gfmTableAlign(context.events, index);
    }
  }
  return events;
}
function flushCell(map3, context, range, rowKind, rowEnd, previousCell) {
  const groupName = rowKind === 1 ? "tableHeader" : rowKind === 2 ? "tableDelimiter" : "tableData";
  const valueName = "tableContent";
  if (range[0] !== 0) {
    previousCell.end = Object.assign({}, getPoint(context.events, range[0]));
    map3.add(range[0], 0, [["exit", previousCell, context]]);
  }
  const now = getPoint(context.events, range[1]);
  previousCell = {
    type: groupName,
    start: Object.assign({}, now),
    // Note: correct end is set later.
    end: Object.assign({}, now)
  };
  map3.add(range[1], 0, [["enter", previousCell, context]]);
  if (range[2] !== 0) {
    const relatedStart = getPoint(context.events, range[2]);
    const relatedEnd = getPoint(context.events, range[3]);
    const valueToken = {
      type: valueName,
      start: Object.assign({}, relatedStart),
      end: Object.assign({}, relatedEnd)
    };
    map3.add(range[2], 0, [["enter", valueToken, context]]);
    if (rowKind !== 2) {
      const start = context.events[range[2]];
      const end = context.events[range[3]];
      start[1].end = Object.assign({}, end[1].end);
      start[1].type = "chunkText";
      start[1].contentType = "text";
      if (range[3] > range[2] + 1) {
        const a = range[2] + 1;
        const b = range[3] - range[2] - 1;
        map3.add(a, b, []);
      }
    }
    map3.add(range[3] + 1, 0, [["exit", valueToken, context]]);
  }
  if (rowEnd !== void 0) {
    previousCell.end = Object.assign({}, getPoint(context.events, rowEnd));
    map3.add(rowEnd, 0, [["exit", previousCell, context]]);
    previousCell = void 0;
  }
  return previousCell;
}
function flushTableEnd(map3, context, index, table, tableBody) {
  const exits = [];
  const related = getPoint(context.events, index);
  if (tableBody) {
    tableBody.end = Object.assign({}, related);
    exits.push(["exit", tableBody, context]);
  }
  table.end = Object.assign({}, related);
  exits.push(["exit", table, context]);
  map3.add(index + 1, 0, exits);
}
function getPoint(events, index) {
  const event = events[index];
  const side = event[0] === "enter" ? "start" : "end";
  return event[1][side];
}

// node_modules/micromark-extension-gfm-task-list-item/lib/syntax.js
var tasklistCheck = {
  name: "tasklistCheck",
  tokenize: tokenizeTasklistCheck
};
function gfmTaskListItem() {
  return {
    text: {
      [91]: tasklistCheck
    }
  };
}
function tokenizeTasklistCheck(effects, ok3, nok) {
  const self = this;
  return open;
  function open(code3) {
    if (
      // Exit if there’s stuff before.
      self.previous !== null || // Exit if not in the first content that is the first child of a list
      // item.
      !self._gfmTasklistFirstContentOfListItem
    ) {
      return nok(code3);
    }
    effects.enter("taskListCheck");
    effects.enter("taskListCheckMarker");
    effects.consume(code3);
    effects.exit("taskListCheckMarker");
    return inside;
  }
  function inside(code3) {
    if (markdownLineEndingOrSpace(code3)) {
      effects.enter("taskListCheckValueUnchecked");
      effects.consume(code3);
      effects.exit("taskListCheckValueUnchecked");
      return close2;
    }
    if (code3 === 88 || code3 === 120) {
      effects.enter("taskListCheckValueChecked");
      effects.consume(code3);
      effects.exit("taskListCheckValueChecked");
      return close2;
    }
    return nok(code3);
  }
  function close2(code3) {
    if (code3 === 93) {
      effects.enter("taskListCheckMarker");
      effects.consume(code3);
      effects.exit("taskListCheckMarker");
      effects.exit("taskListCheck");
      return after;
    }
    return nok(code3);
  }
  function after(code3) {
    if (markdownLineEnding(code3)) {
      return ok3(code3);
    }
    if (markdownSpace(code3)) {
      return effects.check({
        tokenize: spaceThenNonSpace
      }, ok3, nok)(code3);
    }
    return nok(code3);
  }
}
function spaceThenNonSpace(effects, ok3, nok) {
  return factorySpace(effects, after, "whitespace");
  function after(code3) {
    return code3 === null ? nok(code3) : ok3(code3);
  }
}

// node_modules/micromark-extension-gfm/index.js
function gfm(options) {
  return combineExtensions([
    gfmAutolinkLiteral(),
    gfmFootnote(),
    gfmStrikethrough(options),
    gfmTable(),
    gfmTaskListItem()
  ]);
}

// node_modules/remark-gfm/lib/index.js
var emptyOptions3 = {};
function remarkGfm(options) {
  const self = (
    /** @type {Processor<Root>} */
    this
  );
  const settings = options || emptyOptions3;
  const data7 = self.data();
  const micromarkExtensions = data7.micromarkExtensions || (data7.micromarkExtensions = []);
  const fromMarkdownExtensions = data7.fromMarkdownExtensions || (data7.fromMarkdownExtensions = []);
  const toMarkdownExtensions = data7.toMarkdownExtensions || (data7.toMarkdownExtensions = []);
  micromarkExtensions.push(gfm(settings));
  fromMarkdownExtensions.push(gfmFromMarkdown());
  toMarkdownExtensions.push(gfmToMarkdown(settings));
}

// node_modules/mdast-comment-marker/lib/index.js
var commentExpression = /\s*([a-zA-Z\d-]+)(\s+([\s\S]*))?\s*/;
var esCommentExpression = new RegExp(
  "(\\s*\\/\\*" + commentExpression.source + "\\*\\/\\s*)"
);
var markerExpression = new RegExp(
  "(\\s*<!--" + commentExpression.source + "-->\\s*)"
);
function commentMarker(value2) {
  if (isNode(value2) && (value2.type === "html" || value2.type === "mdxFlowExpression" || value2.type === "mdxTextExpression")) {
    const match = value2.value.match(
      value2.type === "html" ? markerExpression : esCommentExpression
    );
    if (match && match[0].length === value2.value.length) {
      const parameters = parseParameters(match[3] || "");
      if (parameters) {
        return {
          name: match[2],
          attributes: (match[4] || "").trim(),
          parameters,
          node: value2
        };
      }
    }
  }
}
function parseParameters(value2) {
  const parameters = {};
  return value2.replace(
    /\s+([-\w]+)(?:=(?:"((?:\\[\s\S]|[^"])*)"|'((?:\\[\s\S]|[^'])*)'|((?:\\[\s\S]|[^"'\s])+)))?/gi,
    replacer
  ).replace(/\s+/g, "") ? void 0 : parameters;
  function replacer(_, $1, $2, $3, $4) {
    let value3 = $2 === void 0 ? $3 === void 0 ? $4 : $3 : $2;
    const number = Number(value3);
    if (value3 === "true" || value3 === void 0) {
      value3 = true;
    } else if (value3 === "false") {
      value3 = false;
    } else if (value3.trim() && !Number.isNaN(number)) {
      value3 = number;
    }
    parameters[$1] = value3;
    return "";
  }
}
function isNode(value2) {
  return Boolean(value2 && typeof value2 === "object" && "type" in value2);
}

// node_modules/space-separated-tokens/index.js
function parse(value2) {
  const input = String(value2 || "").trim();
  return input ? input.split(/[ \t\n\r\f]+/g) : [];
}

// node_modules/vfile-location/lib/index.js
function location(file) {
  const value2 = String(file);
  const indices = [];
  let cr = -1;
  let lf = -1;
  return { toOffset, toPoint };
  function grow() {
    const from = indices.at(-1) ?? 0;
    if (cr < from) {
      cr = value2.indexOf("\r", from);
      if (cr === -1) cr = Infinity;
    }
    if (lf < from) {
      lf = value2.indexOf("\n", from);
      if (lf === -1) lf = Infinity;
    }
    const eol = cr + 1 === lf ? lf : Math.min(cr, lf);
    indices.push((eol === Infinity ? value2.length : eol) + 1);
  }
  function toPoint(offset) {
    if (typeof offset === "number" && offset > -1 && offset <= value2.length) {
      while ((indices.at(-1) ?? 0) <= offset) grow();
      let low = 0;
      let high = indices.length - 1;
      while (low < high) {
        const middle = Math.floor((low + high) / 2);
        if (indices[middle] > offset) {
          high = middle;
        } else {
          low = middle + 1;
        }
      }
      return {
        line: low + 1,
        column: offset - (low > 0 ? indices[low - 1] : 0) + 1,
        offset
      };
    }
  }
  function toOffset(point) {
    if (point && typeof point.line === "number" && typeof point.column === "number" && !Number.isNaN(point.line) && // Excludes `NaN` too.
    point.column > 0) {
      while (indices.length < point.line && (indices.at(-1) ?? 0) <= value2.length) {
        grow();
      }
      const offset = (point.line > 1 ? indices[point.line - 2] : 0) + point.column - 1;
      if (offset < indices[point.line - 1]) return offset;
    }
  }
}

// node_modules/unified-message-control/lib/index.js
var own2 = {}.hasOwnProperty;
function messageControl(tree, options) {
  if (!options || typeof options !== "object") {
    throw new Error("Expected `options`");
  }
  const { file, marker, name, test: test2 } = options;
  let { enable, disable, known, reset, source } = options;
  if (!enable) enable = [];
  if (!disable) disable = [];
  if (!file) {
    throw new Error("Expected `file` in `options`");
  }
  if (!marker) {
    throw new Error("Expected `marker` in `options`");
  }
  if (!name) {
    throw new Error("Expected `name` in `options`");
  }
  const sources = typeof source === "string" ? [source] : source || [name];
  const toOffset = location(file).toOffset;
  const initial = !reset;
  const gaps = detectGaps(tree);
  const scope = {};
  const globals = [];
  visit(tree, test2, visitor);
  file.messages = file.messages.filter(function(m) {
    return filter(m);
  });
  function visitor(node2, position, parent) {
    const point = node2.position && node2.position.start;
    const mark = marker(node2);
    if (!point || !mark || mark.name !== name) {
      return;
    }
    const ruleIds2 = parse(mark.attributes);
    const verb = ruleIds2.shift();
    const fn = verb === "enable" ? doEnable : verb === "disable" ? doDisable : verb === "ignore" ? doIgnore : void 0;
    if (!fn) {
      file.fail(
        "Unknown keyword `" + verb + "`: expected `'enable'`, `'disable'`, or `'ignore'`",
        node2
      );
    }
    ok(verb, "expected verb");
    ok(fn, "expected verb");
    const next = parent && position !== void 0 && parent.children[position + 1] || void 0;
    const tail = next && next.position && next.position.end;
    if (ruleIds2.length === 0) {
      fn(point, void 0, tail);
    } else {
      let index = -1;
      while (++index < ruleIds2.length) {
        const ruleId = ruleIds2[index];
        if (isKnown(ruleId, verb, node2)) {
          fn(point, ruleId, tail);
        }
      }
    }
  }
  function doIgnore(point, ruleId, tail) {
    if (tail) {
      toggle(point, false, ruleId);
      toggle(tail, true, ruleId);
    }
  }
  function doDisable(point, ruleId) {
    toggle(point, false, ruleId);
    if (!ruleId) reset = true;
  }
  function doEnable(point, ruleId) {
    toggle(point, true, ruleId);
    if (!ruleId) reset = false;
  }
  function filter(message) {
    let gapIndex = gaps.length;
    if (!message.source || !sources.includes(message.source)) {
      return true;
    }
    if (!message.line) message.line = 1;
    if (!message.column) message.column = 1;
    const offset = toOffset(message);
    ok(typeof offset === "number");
    while (gapIndex--) {
      if (gaps[gapIndex][0] <= offset && gaps[gapIndex][1] > offset) {
        return false;
      }
    }
    return (!message.ruleId || check2(message, scope[message.ruleId], true)) && check2(message, globals, false);
  }
  function isKnown(ruleId, verb, node2) {
    const result = known ? known.includes(ruleId) : true;
    if (!result) {
      file.message("Cannot " + verb + " `'" + ruleId + "'`, it\u2019s not known", {
        ancestors: [node2],
        place: node2.position,
        ruleId: "known",
        source: "unified-message-control"
      });
    }
    return result;
  }
  function getState(ruleId) {
    const ranges = ruleId ? scope[ruleId] : globals;
    if (ranges && ranges.length > 0) {
      return ranges[ranges.length - 1].state;
    }
    ok(enable);
    ok(disable);
    return ruleId ? reset ? enable.includes(ruleId) : !disable.includes(ruleId) : !reset;
  }
  function toggle(point, state, ruleId) {
    const markers2 = ruleId ? scope[ruleId] || (scope[ruleId] = []) : globals;
    const current = getState(ruleId);
    if (current !== state) {
      markers2.push({ state, point });
    }
    if (!ruleId) {
      for (ruleId in scope) {
        if (own2.call(scope, ruleId)) {
          toggle(point, state, ruleId);
        }
      }
    }
  }
  function check2(message, marks, local) {
    if (message.line && message.column && marks && marks.length > 0) {
      let index = marks.length;
      while (index--) {
        const mark = marks[index];
        if (mark.point && (mark.point.line < message.line || mark.point.line === message.line && mark.point.column <= message.column)) {
          return mark.state === true;
        }
      }
    }
    if (local) {
      ok(message.ruleId);
      ok(enable);
      ok(disable);
      return reset ? enable.includes(message.ruleId) : !disable.includes(message.ruleId);
    }
    return Boolean(initial || reset);
  }
}
function detectGaps(tree) {
  const end = tree && tree.position && tree.position.end && tree.position.end.offset;
  let offset = 0;
  let gap = false;
  const gaps = [];
  visit(tree, one2);
  if (typeof end === "number" && offset !== end) {
    update();
    update(end);
  }
  return gaps;
  function one2(node2) {
    update(node2.position && node2.position.start && node2.position.start.offset);
    if (!("children" in node2)) {
      update(node2.position && node2.position.end && node2.position.end.offset);
    }
  }
  function update(latest) {
    if (latest === null || latest === void 0) {
      gap = true;
    } else if (offset < latest) {
      if (gap) {
        gaps.push([offset, latest]);
        gap = false;
      }
      offset = latest;
    }
  }
}

// node_modules/remark-message-control/lib/index.js
var test = [
  "comment",
  // In MDX@1, comments have their own node.
  "html",
  // Comments are `html` nodes in mdast.
  "mdxFlowExpression",
  // In MDX@2, comments exist in bracketed expressions.
  "mdxTextExpression"
];
function remarkMessageControl(options) {
  return function(tree, file) {
    messageControl(tree, { ...options, file, marker: commentMarker, test });
  };
}

// src/config/vocabulary.yml.generated.ts
var data = JSON.parse(`{"sections":{"summary":["summary","executive summary","overview","issue summary","incident summary","tl;dr","tldr","description","what happened","what was the problem","what was the issue","brief description"],"impact":["impact","customer impact","user impact","business impact","impact assessment","scope and impact","severity and impact","severity & impact","who did it affect","who did it affect and how","who was affected","what was the impact","what was the impact identified"],"root-cause":["root cause","root causes","root cause analysis","rca","cause","causes","causes and contributing factors","trigger","analysis","why did it happen","how did this happen","how did it happen","technical cause","what caused it"],"timeline":["timeline","incident timeline","events timeline","events/timeline","events","chronology","sequence of events","context","detailed timeline","issue timeline","event timeline","play by play"],"contributing-factors":["contributing factors","contributing factor","factors","contributing causes","why it happened","five whys","5 whys","the whys","whys"],"action-items":["action items","action item","actions","follow-ups","follow ups","followups","follow-up","follow up","follow-up actions","follow up actions","corrective actions","corrective measures","corrective and preventative measures","corrective and preventive measures","corrective and preventative measure","corrective and preventive measure","remediation","remediations","remediation items","next steps","review actions","todo","to do","resulting actions","resulting action","future actions","going forward","what we're doing to fix this","what we are doing to fix this","what we're doing differently","what we are doing differently","what will we change"],"what-went-well":["what went well","went well","things that went well","what went right","what worked"],"lessons-learned":["lessons learned","lessons learnt","lessons","learnings","takeaways","key takeaways","insights","reflections","what we learned","what we learnt","retrospective"],"prevention":["prevention","preventive measures","preventative measures","how we prevent recurrence","future prevention"],"resolution":["resolution","resolution and recovery","mitigation","recovery","fix","solution","how did we fix it","how did we resolve it","how was it resolved"],"detection":["detection","how was it detected"],"what-went-wrong":["what went wrong","went wrong","what went poorly","things that went poorly","what didn't go well","what did not go well","things that didn't go well","what didn't work","what did not work"],"where-we-got-lucky":["where we got lucky","got lucky","what we got lucky with"]},"columns":{"id":["id","#","no","no.","number","ref","key"],"action":["action","action item","item","description","task","what","title","details","remediation"],"owner":["owner","owners","assignee","assignees","who","responsible","dri","assigned to"],"deadline":["deadline","due","due date","by","target date","eta","when","due by"],"priority":["priority","pri","prio","severity","importance","p"],"status":["status","state","done"],"time":["time","timestamp","time (utc)","when","date","date and time","datetime","date/time","time utc","hour"],"event":["event","events","description","what happened","activity","detail","details","action","note","notes"],"source":["source","sources","evidence","signal","link","reference","ref","from"],"actor":["actor","who","by","responder","person","team","system"]},"fields":{"title":["title","incident","name"],"date":["date","incident date","date of incident","occurred","occurred on","day","detected","started","start"],"duration":["duration","incident duration","time to resolve","time to repair","ttr","length","outage duration"],"severity":["severity","sev","level","impact level","incident severity","priority"],"authors":["authors","author","owners","written by","created by","authored by","contributors"],"reviewed":["reviewed","reviewed on","review date","last reviewed"],"id":["id","incident id","incident","pm id","postmortem id","ticket"],"status":["status","state"]},"severities":{"P0":["p0","sev0","sev-0","sev 0","s0","critical"],"P1":["p1","sev1","sev-1","sev 1","s1","major","high"],"P2":["p2","sev2","sev-2","sev 2","s2","moderate","medium"],"P3":["p3","sev3","sev-3","sev 3","s3","minor","low"],"P4":["p4","sev4","sev-4","sev 4","s4","cosmetic","trivial"]},"priorities":{"P0":["p0","urgent","critical","blocker"],"P1":["p1","high","hi"],"P2":["p2","medium","med","normal"],"P3":["p3","low","lo"],"P4":["p4","lowest","nice to have","wishlist"]}}`);

// src/config/defaults.ts
var KNOWN_RULES = [
  "required-sections",
  "metadata",
  "timeline-utc",
  "timeline-order",
  "timeline-complete",
  "contributing-factors",
  "action-item-id",
  "action-item-owner",
  "action-item-deadline",
  "action-item-priority",
  "action-item-specific",
  "blameless-language",
  "template-placeholders"
];
var DEFAULT_LEVELS = {
  "action-item-specific": "warn"
};
var builtin;
function builtinVocabularies() {
  builtin ??= data;
  return builtin;
}
function copy(vocabulary) {
  return Object.fromEntries(Object.entries(vocabulary).map(([key, aliases]) => [key, [...aliases]]));
}
function defaultConfig() {
  const vocab = builtinVocabularies();
  return {
    rules: Object.fromEntries(KNOWN_RULES.map((id) => [id, { level: DEFAULT_LEVELS[id] ?? "error", options: {} }])),
    sections: copy(vocab.sections),
    columns: copy(vocab.columns),
    fields: copy(vocab.fields),
    severities: copy(vocab.severities),
    priorities: copy(vocab.priorities),
    include: ["**/*.md"],
    // The template is a form to copy, not a post-mortem; READMEs describe the folder.
    ignore: ["**/TEMPLATE.md", "**/README.md", "**/node_modules/**"]
  };
}

// src/lint/preset.ts
init_front_matter();

// node_modules/trough/lib/index.js
function wrap2(middleware, callback) {
  let called;
  return wrapped;
  function wrapped(...parameters) {
    const fnExpectsCallback = middleware.length > parameters.length;
    let result;
    if (fnExpectsCallback) {
      parameters.push(done);
    }
    try {
      result = middleware.apply(this, parameters);
    } catch (error) {
      const exception = (
        /** @type {Error} */
        error
      );
      if (fnExpectsCallback && called) {
        throw exception;
      }
      return done(exception);
    }
    if (!fnExpectsCallback) {
      if (result && result.then && typeof result.then === "function") {
        result.then(then, done);
      } else if (result instanceof Error) {
        done(result);
      } else {
        then(result);
      }
    }
  }
  function done(error, ...output) {
    if (!called) {
      called = true;
      callback(error, ...output);
    }
  }
  function then(value2) {
    done(null, value2);
  }
}

// src/model/action-items.ts
init_normalize();

// src/model/source.ts
var SourceText = class {
  constructor(text3) {
    this.text = text3;
    for (let i = text3.indexOf("\n"); i >= 0; i = text3.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
    if (text3.includes("\r")) {
      for (const match of text3.matchAll(/\r(?!\n)/g)) this.lineStarts.push(match.index + 1);
      this.lineStarts.sort((a, b) => a - b);
    }
  }
  text;
  lineStarts = [0];
  point(offset) {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low] + 1, offset };
  }
  span(start, end) {
    return { start: this.point(start), end: this.point(end) };
  }
  /** A value located at [start, end) of the source, with surrounding whitespace trimmed from the span. */
  located(value2, start, end) {
    const raw = this.text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trail2 = raw.length - raw.trimEnd().length;
    return { value: value2, raw: raw.trim(), span: this.span(start + lead, end - trail2) };
  }
  /** The offsets of a node; nodes built by remark always carry them. */
  range(node2) {
    return [node2.position?.start.offset ?? 0, node2.position?.end.offset ?? 0];
  }
  slice(node2) {
    const [start, end] = this.range(node2);
    return this.text.slice(start, end);
  }
  nodeSpan(node2) {
    const [start, end] = this.range(node2);
    return this.span(start, end);
  }
};
var NAMED_ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "\u2013", mdash: "\u2014", hellip: "\u2026", rsquo: "\u2019", lsquo: "\u2018", rdquo: "\u201D", ldquo: "\u201C" };
function decodeEntities(text3) {
  return text3.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name) => {
    if (name[0] === "#") {
      const code3 = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code3 > 0 && code3 <= 1114111 ? String.fromCodePoint(code3) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}
function plainText(markdown) {
  return decodeEntities(markdown.replace(/\\([!-/:-@[-`{-~])/g, "$1")).replace(/<br\s*\/?>/gi, " ").replace(/!\[[^\]]*\]\([^)]*\)/g, "").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/(\*\*|__|~~|`)/g, "").replace(/(^|\s)[*_](\S[^*_]*?)[*_](?=\s|$|[.,;:!?])/g, "$1$2").replace(/\s+/g, " ").trim();
}

// src/model/action-item-words.yml.generated.ts
var data2 = JSON.parse('{"done":["done","completed","complete","fixed","resolved","closed","shipped","merged","implemented","finished","\u2705","\u2714","\u2714\uFE0F","\u2611","\u2611\uFE0F"],"categories":["prevention","detection","mitigation","mitigate","repair","detect","process","fix","fixes","training","testing","documentation","monitoring","alerting","note","notes","todo","update","edit","follow-up","short-term","long-term","short term","long term","immediate","completed","done","open","ongoing","idea","question","action","step"]}');

// src/model/sections.ts
init_normalize();

// src/model/section-stand-ins.yml.generated.ts
var data3 = JSON.parse('{"contributing-factors":[{"section":"what-went-wrong"},{"section":"root-cause","holds":"list"}],"timeline":[{"section":"any","holds":"timestamps"}]}');

// src/model/sections.ts
var PSEUDO_HEADING_DEPTH = 7;
var LIST_SECTION_DEPTH = 8;
function sectionMatcher(vocabulary) {
  const index = aliasIndex(vocabulary);
  const aliases = [...index.keys()].sort((a, b) => b.length - a.length);
  return (title) => {
    const label = normalizeLabel(headingLabel(title));
    const exact = index.get(label);
    if (exact) return exact;
    const prefix = aliases.find((alias) => label.startsWith(alias) && /^(?:\s+(?:and|&|-|–|—|for|\/)\b|[\s:/\-–—]|$)/.test(label.slice(alias.length)));
    return prefix ? index.get(prefix) : void 0;
  };
}
function headingLabel(title) {
  return title.replace(/:[a-z0-9_+-]+:/gi, " ").replace(/[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u200d\ufe0f]/gu, " ").replace(/\([^)]*\)/g, " ").replace(/[’‘]/g, "'").replace(/^\s*(?:\d+[.)]|[A-Z][.)]|[ivx]+[.)])\s+/i, "").replace(/^\s*(?:the|our)\s+/i, "").replace(/[\s:：?？!]+$/, "");
}
function pseudoHeadingTitle(node2, matchKey) {
  const [only, ...rest] = node2.children;
  if (!only) return void 0;
  if (rest.length > 0) return boldFieldLabel(node2, matchKey);
  const text3 = toString(node2).trim();
  if (text3.length === 0 || text3.length > 60 || text3.includes("\n")) return void 0;
  if ((only.type === "strong" || only.type === "emphasis") && matchKey(text3)) return text3;
  if (only.type === "text" && matchKey(text3) && (/:$/.test(text3) || text3.split(/\s+/).length <= 4)) return text3;
  return void 0;
}
function boldFieldLabel(node2, matchKey) {
  const [label, next] = node2.children;
  if (label?.type !== "strong") return void 0;
  const text3 = toString(label).trim();
  const colon = text3.endsWith(":") || next?.type === "text" && /^\s*:/.test(next.value);
  if (!colon || text3.length > 60) return void 0;
  return matchKey(text3) ? text3.replace(/:$/, "") : void 0;
}
function buildSections(tree, source, vocabulary) {
  const matchKey = sectionMatcher(vocabulary);
  const starts = [];
  tree.children.forEach((node2, index) => {
    if (node2.type === "heading") {
      const title = toString(node2).trim();
      starts.push({ index, depth: node2.depth, title, key: matchKey(title) });
    } else if (node2.type === "paragraph") {
      const title = pseudoHeadingTitle(node2, matchKey);
      if (title) starts.push({ index, depth: PSEUDO_HEADING_DEPTH, title, key: matchKey(title) });
    }
  });
  const blocks = [];
  const open = [];
  const listSections = tree.children.flatMap((node2, index) => node2.type === "list" ? listItemSections(tree, node2, index, source, matchKey) : []);
  starts.forEach((start, i) => {
    let endIndex = tree.children.length;
    for (const later of starts.slice(i + 1)) {
      if (later.depth <= start.depth) {
        endIndex = later.index;
        break;
      }
    }
    const heading2 = tree.children[start.index];
    const nodes = tree.children.slice(start.index + 1, endIndex);
    const last = nodes.at(-1) ?? heading2;
    while (open.length > 0 && open.at(-1).depth >= start.depth) open.pop();
    const parentKey = [...open].reverse().find((block2) => block2.key)?.key;
    const block = {
      key: start.key,
      title: start.title,
      depth: start.depth,
      headingSpan: source.nodeSpan(heading2),
      span: source.span(source.range(heading2)[0], source.range(last)[1]),
      parentKey,
      nodes,
      index: start.index
    };
    blocks.push(block);
    open.push(block);
  });
  return [...blocks, ...listSections];
}
function listItemSections(tree, list2, index, source, matchKey) {
  const labelled = list2.children.filter((item) => {
    const first = item.children[0];
    return first?.type === "paragraph" && first.children[0]?.type === "strong";
  });
  if (labelled.length * 2 < list2.children.length) return [];
  return list2.children.flatMap((item, position) => {
    const [first, ...rest] = item.children;
    const label = first?.type === "paragraph" ? first.children[0] : void 0;
    if (!label || label.type !== "strong") return [];
    const title = toString(label).trim().replace(/:$/, "");
    const key = matchKey(title);
    if (!key) return [];
    const after = rest.length === 0 && position === list2.children.length - 1 ? blocksAfter(tree, index) : [];
    const inline = first?.type === "paragraph" && first.children.length > 1 && toString(first).trim().length > title.length + 2 ? [first] : [];
    const nodes = rest.length > 0 ? rest : after.length > 0 ? after : inline;
    if (nodes.length === 0) return [];
    const last = nodes.at(-1);
    return [{ key, title, depth: LIST_SECTION_DEPTH, headingSpan: source.nodeSpan(label), span: source.span(source.range(item)[0], source.range(last)[1]), nodes, index }];
  });
}
function isLabelled(list2) {
  const first = list2.children[0]?.children[0];
  return first?.type === "paragraph" && first.children[0]?.type === "strong";
}
function blocksAfter(tree, index) {
  const blocks = [];
  for (const node2 of tree.children.slice(index + 1)) {
    if (node2.type === "heading" || node2.type === "list" && isLabelled(node2)) break;
    blocks.push(node2);
  }
  return blocks;
}
function findSection(blocks, key) {
  const matches = blocks.filter((block) => block.key === key);
  if (key === "timeline") {
    const innermost = matches.filter((block) => !matches.some((other) => other !== block && within(other, block)));
    return innermost.find((block) => block.depth < PSEUDO_HEADING_DEPTH) ?? innermost[0];
  }
  return matches.find((block) => block.depth < PSEUDO_HEADING_DEPTH && block.parentKey !== key) ?? matches[0];
}
function findSections(blocks, key) {
  const matches = blocks.filter((block) => block.key === key);
  return matches.filter((block) => !matches.some((other) => other !== block && within(block, other)));
}
function within(inner, outer) {
  return inner.span.start.offset > outer.headingSpan.start.offset && inner.span.end.offset <= outer.span.end.offset;
}
var standIns;
function standInTable() {
  if (standIns) return standIns;
  const table = {};
  for (const [key, entries] of Object.entries(data3)) {
    if (!Array.isArray(entries)) throw new Error(`section-stand-ins.yml: ${key}: expected a list of stand-ins`);
    table[key] = entries.map((entry, i) => {
      const { section, holds } = entry ?? {};
      if (typeof section !== "string" || !section) throw new Error(`section-stand-ins.yml: ${key}, entry ${i + 1}: \`section\` must be a section key`);
      if (holds !== void 0 && holds !== "list" && holds !== "timestamps") throw new Error(`section-stand-ins.yml: ${key}, entry ${i + 1}: \`holds\` must be \`list\` or \`timestamps\``);
      return { section, holds };
    });
  }
  standIns = table;
  return table;
}
function listsTwoOrMore(block) {
  return block.nodes.some((node2) => node2.type === "list" && node2.children.length >= 2);
}
function resolveSections(blocks) {
  const resolved = /* @__PURE__ */ new Map();
  for (const block of blocks) {
    if (block.key && !resolved.has(block.key)) {
      const found = findSection(blocks, block.key);
      if (found) resolved.set(block.key, found);
    }
  }
  for (const [key, entries] of Object.entries(standInTable())) {
    if (resolved.has(key)) continue;
    for (const entry of entries) {
      if (entry.holds === "timestamps") {
        const held = timestampBlock(blocks, key);
        if (held) {
          resolved.set(key, held);
          break;
        }
        continue;
      }
      const candidate = findSection(blocks, entry.section);
      if (candidate && (entry.holds !== "list" || listsTwoOrMore(candidate))) {
        resolved.set(key, candidate);
        break;
      }
    }
  }
  return resolved;
}
var OPENS_WITH_TIME = /^[\s*_`[(~]*(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}[:.]\d{2}(?![\d.])/;
function timestampBlock(blocks, key) {
  for (const block of blocks) {
    if (block.depth > PSEUDO_HEADING_DEPTH) continue;
    const firstSub = block.nodes.findIndex((node2) => node2.type === "heading");
    const own3 = firstSub < 0 ? block.nodes : block.nodes.slice(0, firstSub);
    const timedLists = own3.filter((node2) => node2.type === "list" && node2.children.filter((item) => OPENS_WITH_TIME.test(toString(item.children[0] ?? item))).length * 2 >= node2.children.length);
    const timedItems = timedLists.flatMap((list2) => list2.children);
    if (timedItems.length >= 3) return { ...block, key, nodes: own3.filter((node2) => node2.type !== "list" || timedLists.includes(node2)) };
    const subHeadings = block.nodes.filter((node2) => node2.type === "heading");
    const top = Math.min(...subHeadings.map((heading2) => heading2.depth));
    const timedHeadings = subHeadings.filter((heading2) => heading2.depth === top && OPENS_WITH_TIME.test(toString(heading2)));
    if (timedHeadings.length >= 2 && timedHeadings.length * 2 >= subHeadings.filter((heading2) => heading2.depth === top).length) {
      const from = block.nodes.indexOf(timedHeadings[0]);
      return { ...block, key, nodes: block.nodes.slice(from) };
    }
  }
  return void 0;
}

// src/model/time.ts
var ZONE_OFFSETS = {
  UTC: 0,
  Z: 0,
  GMT: 0,
  ZULU: 0,
  WET: 0,
  WEST: 60,
  BST: 60,
  CET: 60,
  CEST: 120,
  MET: 60,
  MEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  IST: 330,
  SGT: 480,
  HKT: 480,
  CST_CN: 480,
  JST: 540,
  KST: 540,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
  ET: -300,
  PT: -480,
  CT: -360,
  MT: -420,
  // Region names people write instead of abbreviations ("All times US/Pacific", "7:09 AM Eastern").
  "US/PACIFIC": -480,
  "US/EASTERN": -300,
  "US/CENTRAL": -360,
  "US/MOUNTAIN": -420,
  PACIFIC: -480,
  EASTERN: -300
};
var UTC_NAMES = /* @__PURE__ */ new Set(["UTC", "Z", "GMT", "ZULU", "UTC+0", "UTC+00:00", "UTC-0", "+00:00", "+0000"]);
var ABBREVIATIONS = Object.keys(ZONE_OFFSETS).filter((z) => /^[A-Z]{2,5}$/.test(z) && z !== "UTC" && z !== "GMT");
var REGIONS = ["US/Pacific", "US/Eastern", "US/Central", "US/Mountain", "Pacific", "Eastern"];
var ZONE_PATTERN = "(?:UTC|GMT|[Uu]tc|[Gg]mt)(?:\\s?[+-]\\s?\\d{1,2}(?::?\\d{2})?)?|Z(?![A-Za-z])|[+-]\\d{2}:?\\d{2}|(?:" + [...ABBREVIATIONS, ...REGIONS].join("|") + ")(?![A-Za-z])";
var ZONE_WORD = new RegExp(`(?<![A-Za-z])(${ZONE_PATTERN})`, "");
function normalizeZone(zone) {
  const upper = zone.replace(/\s+/g, "").toUpperCase();
  const numeric = /^(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?$/.exec(upper);
  if (numeric) {
    const hours = numeric[2].padStart(2, "0");
    return `${numeric[1]}${hours}:${numeric[3] ?? "00"}`;
  }
  return upper;
}
function isUtcZone(zone) {
  const normalized = normalizeZone(zone);
  return UTC_NAMES.has(normalized) || normalized === "+00:00" || normalized === "-00:00";
}
function zoneOffset(zone) {
  const normalized = normalizeZone(zone);
  const numeric = /^([+-])(\d{2}):(\d{2})$/.exec(normalized);
  if (numeric) return (numeric[1] === "-" ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
  return ZONE_OFFSETS[normalized];
}
function findZone(text3) {
  const match = ZONE_WORD.exec(text3.replace(/\bin\s+Z\b/g, "in Z"));
  if (!match || match[1] === void 0) return void 0;
  if (match[1] === "Z" && !/\d$/.test(text3.slice(0, match.index))) return void 0;
  return { zone: normalizeZone(match[1]), index: match.index, length: match[1].length };
}
var MONTHS = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12
};
function isoDate(year, month2, day) {
  if (month2 < 1 || month2 > 12 || day < 1 || year < 1900 || year > 2999) return void 0;
  const date = new Date(Date.UTC(year, month2 - 1, day));
  if (date.getUTCMonth() !== month2 - 1 || date.getUTCDate() !== day) return void 0;
  return `${String(year).padStart(4, "0")}-${String(month2).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
function dayNumber(date) {
  const [y, m, d] = date.split("-").map(Number);
  return Math.floor(Date.UTC(y, m - 1, d) / 864e5);
}
var MONTH_NAME = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
var month = (name) => MONTHS[name.slice(0, 3).toLowerCase()];
var DATE_FORMS = [
  { pattern: /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/, read: (m) => [+m[1], +m[2], +m[3]] },
  // "January 14-19, 2026": a range of days is dated by its first day.
  { pattern: new RegExp(`^${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s?[-\u2013]\\s?\\d{1,2}(?:st|nd|rd|th)?)?,?\\s+(\\d{4})(?!\\d)`, "i"), read: (m) => [+m[3], month(m[1]), +m[2]] },
  { pattern: new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME}\\.?,?\\s+(\\d{4})(?!\\d)`, "i"), read: (m) => [+m[3], month(m[2]), +m[1]] },
  // "Apr-22-2022", "22/Mar/2022".
  { pattern: new RegExp(`^${MONTH_NAME}[-/](\\d{1,2})[-/](\\d{4})(?!\\d)`, "i"), read: (m) => [+m[3], month(m[1]), +m[2]] },
  { pattern: new RegExp(`^(\\d{1,2})[-/]${MONTH_NAME}[-/](\\d{4})(?!\\d)`, "i"), read: (m) => [+m[3], month(m[2]), +m[1]] },
  // Numeric day and month: the document's order when known; else month first (US) unless the first number cannot be a month ("24/07/25").
  { pattern: /^(\d{1,2})([-/])(\d{1,2})\2(\d{4}|\d{2})(?![\d:])/, read: (m, order) => numericDate(+m[1], +m[3], m[4], order), numeric: true },
  // Month precision: "2015-10", "Jul 2024" (dated by the first of the month).
  { pattern: /^(\d{4})-(\d{2})(?![-/.]?\d)/, read: (m) => [+m[1], +m[2], 1], precision: "month" },
  { pattern: new RegExp(`^${MONTH_NAME}\\.?,?\\s+(\\d{4})(?!\\d)`, "i"), read: (m) => [+m[2], month(m[1]), 1], precision: "month" }
];
function numericDate(first, second, year, order) {
  const fullYear = year.length === 2 ? 2e3 + Number(year) : Number(year);
  if (first > 12) return [fullYear, second, first];
  if (second > 12) return [fullYear, first, second];
  return order === "day-first" ? [fullYear, second, first] : [fullYear, first, second];
}
function matchDate(text3, order) {
  for (const form of DATE_FORMS) {
    const m = form.pattern.exec(text3);
    if (m) {
      const [y, mo, d] = form.read(m, order);
      const match = { date: isoDate(y, mo, d), length: m[0].length };
      if (form.precision === "month") match.monthOnly = true;
      if (form.numeric && order === void 0 && +m[1] <= 12 && +m[3] <= 12 && m[1] !== m[3]) match.ambiguous = true;
      return match;
    }
  }
  return void 0;
}
function numericDateOrder(text3) {
  let dayFirst = false;
  let monthFirst = false;
  for (const m of text3.matchAll(/(?<![\d-])(\d{1,2})([-/])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d:])/g)) {
    if (+m[1] > 12) dayFirst = true;
    if (+m[3] > 12) monthFirst = true;
  }
  if (dayFirst === monthFirst) return void 0;
  return dayFirst ? "day-first" : "month-first";
}
function findDate(text3, options = {}) {
  const starts = /(?<![\w-])(?=\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/]\d{1,2}[-/]\d{2,4}|[A-Za-z]{3,9}\.?[\s-]+\d{1,2}|\d{1,2}(?:st|nd|rd|th)?[\s/-]+[A-Za-z]{3}|\d{4}-\d{2})/g;
  for (const m of text3.matchAll(starts)) {
    const found = matchDate(text3.slice(m.index));
    if (found && (!found.monthOnly || options.monthOnly)) return { ...found, index: m.index };
  }
  return void 0;
}
var CLOCK = new RegExp(
  `^(\\d{1,2})(?::(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?|\\.(\\d{2})(?![.\\d]))(?:\\s?([ap])\\.?m\\.?(?![a-z]))?(?:\\s?\\(?(${ZONE_PATTERN})\\)?(?![\\w]))?`,
  "i"
);
function matchClock(text3) {
  const raw = CLOCK.exec(text3);
  if (!raw) return void 0;
  const m = [raw[0], raw[1], raw[2] ?? raw[4], raw[3], raw[5], raw[6]];
  let length = raw[0].length;
  if (m[5] && /^-\d/.test(m[5]) && !m[3]) {
    m[5] = void 0;
    length = raw[0].length - (raw[0].length - raw[0].lastIndexOf("-"));
  }
  let hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (minutes > 59) return void 0;
  if (m[4]) {
    if (hours < 1 || hours > 12) return void 0;
    hours = hours % 12 + (m[4].toLowerCase() === "p" ? 12 : 0);
  } else if (hours > 24 || hours === 24 && minutes > 0) return void 0;
  const zone = m[5] ? normalizeZone(m[5]) : void 0;
  return { minutes: hours % 24 * 60 + minutes, zone, length };
}
function matchTimestamp(text3, yearHint2, order) {
  let rest = text3;
  let length = 0;
  let date;
  let invalidDate = false;
  const dateMatch = matchDate(rest, order) ?? matchMonthDay(rest, yearHint2);
  const flags = (match) => ({
    ...match?.monthOnly ? { monthOnly: true } : {},
    ...match?.ambiguous ? { ambiguousDate: true } : {}
  });
  if (dateMatch) {
    date = dateMatch.date;
    invalidDate = dateMatch.date === void 0;
    length += dateMatch.length;
    rest = rest.slice(dateMatch.length);
    const joiner = /^(?:T|,?\s+(?:at\s+|@\s+)?|,\s*|\/|\s*(?:\*\*|__)\s*)(?=\d)/.exec(rest);
    if (joiner) {
      length += joiner[0].length;
      rest = rest.slice(joiner[0].length);
    }
    const compact = /^([01]\d|2[0-3])([0-5]\d)(?![\d:.])/.exec(rest);
    if (compact && joiner) return { date, invalidDate, minutes: Number(compact[1]) * 60 + Number(compact[2]), length: length + 4, ...flags(dateMatch) };
  }
  const clock2 = matchClock(rest);
  if (clock2) {
    const after = date ? void 0 : /^,?\s+/.exec(rest.slice(clock2.length));
    const trailing = after ? matchDate(rest.slice(clock2.length + after[0].length), order) : void 0;
    if (trailing?.date && !trailing.monthOnly) {
      return { date: trailing.date, minutes: clock2.minutes, zone: clock2.zone, length: length + clock2.length + after[0].length + trailing.length, ...flags(trailing) };
    }
    return { date, invalidDate, minutes: clock2.minutes, zone: clock2.zone, length: length + clock2.length, ...flags(dateMatch) };
  }
  const malformed = /^\d{1,2}:\d{1,2}(?::\d{1,2})?(?![\d])/.exec(rest);
  if (malformed && (dateMatch || /^\d{1,2}:\d(?!\d)|:\d(?!\d)|^\d{1,2}:\d{2}:\d(?!\d)/.test(malformed[0]))) {
    return { date, invalidDate, malformedTime: malformed[0], length: length + malformed[0].length, ...flags(dateMatch) };
  }
  if (dateMatch) return { date, invalidDate, length, ...flags(dateMatch) };
  return void 0;
}
function matchMonthDay(text3, yearHint2) {
  const m = new RegExp(`^${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])`, "i").exec(text3);
  if (!m || yearHint2 === void 0) return void 0;
  return { date: isoDate(yearHint2, MONTHS[m[1].slice(0, 3).toLowerCase()], Number(m[2])), length: m[0].length };
}
function parseDuration(text3) {
  const duration = {};
  const window = new RegExp(
    `(\\d{1,2}:\\d{2}(?:\\s?[ap]m)?)\\s*(?:-|\u2013|\u2014|to|until)\\s*(\\d{1,2}:\\d{2}(?:\\s?[ap]m)?)(?:\\s*\\(?(${ZONE_PATTERN}))?`,
    "i"
  ).exec(text3);
  if (window) {
    duration.startMinutes = matchClock(window[1])?.minutes;
    duration.endMinutes = matchClock(window[2])?.minutes;
    if (window[3]) duration.zone = normalizeZone(window[3]);
  }
  const withoutWindow = window ? text3.replace(window[0], " ") : text3;
  let total = 0;
  let found = false;
  const compact = /(\d+)\s*h(?:ours?|rs?)?\s*(\d{1,2})(?![\d:a-z])/i.exec(withoutWindow);
  if (compact) {
    total += Number(compact[1]) * 60 + Number(compact[2]);
    found = true;
  }
  for (const m of (compact ? withoutWindow.replace(compact[0], " ") : withoutWindow).matchAll(/(\d+(?:\.\d+)?)\s*(d(?:ays?)?|h(?:ours?|rs?)?|m(?:in(?:ute)?s?)?)(?![a-z])/gi)) {
    const value2 = Number(m[1]);
    const unit = m[2][0]?.toLowerCase();
    total += unit === "d" ? value2 * 1440 : unit === "h" ? value2 * 60 : value2;
    found = true;
  }
  if (found) duration.minutes = Math.round(total);
  else if (duration.startMinutes !== void 0 && duration.endMinutes !== void 0) {
    duration.minutes = (duration.endMinutes - duration.startMinutes + 1440) % 1440;
  }
  return found || window ? duration : void 0;
}

// src/model/action-items.ts
var ITEM_FIELDS = ["id", "action", "owner", "deadline", "priority", "status"];
var ID_AT_START = /^[\s*_]*\[?((?:[A-Z][A-Z0-9]{0,7}-\d+(?:\.\d+)?)|#\d+)\]?(?:\*\*|__)?[:.)\s-]+/;
var words;
function itemWords() {
  if (words) return words;
  const data7 = data2;
  const list2 = (key) => {
    const value2 = data7[key];
    if (!Array.isArray(value2) || !value2.every((entry) => typeof entry === "string")) throw new Error(`action-item-words.yml: \`${key}\` must be a list of words`);
    return new Set(value2.map((entry) => normalizeLabel(entry)));
  };
  words = { done: list2("done"), categories: list2("categories") };
  return words;
}
function buildActionItems(sections, source, config) {
  const fieldIndex = aliasIndexFor(config.columns, ITEM_FIELDS);
  return findSections(sections, "action-items").flatMap((block) => sectionItems(block, source, fieldIndex, config));
}
function sectionItems(block, source, fieldIndex, config) {
  const tables = block.nodes.filter((node2) => node2.type === "table" && isItemTable(node2, fieldIndex));
  if (tables.length > 0) return tables.flatMap((table) => tableItems(table, source, fieldIndex, config));
  const lists = block.nodes.filter((node2) => node2.type === "list");
  const fromLists2 = lists.flatMap((list2) => listItems(list2, source, fieldIndex, config));
  if (fromLists2.length > 0) return fromLists2;
  const headings = block.nodes.filter((node2) => node2.type === "heading");
  const top = Math.min(...headings.map((heading2) => heading2.depth));
  return headings.filter((heading2) => heading2.depth === top).map((heading2) => headingItem(heading2, block, source, fieldIndex, config));
}
function isItemTable(table, fieldIndex) {
  const header = table.children[0];
  return (header?.children ?? []).some((cell) => {
    const key = fieldIndex.get(normalizeLabel(toString(cell)));
    return key !== void 0;
  });
}
function headingItem(heading2, block, source, fieldIndex, config) {
  const [start, end] = source.range(heading2);
  const hashes = /^#+\s*(?:\d+[.)]\s+)?/.exec(source.text.slice(start, end))?.[0].length ?? 0;
  const index = block.nodes.indexOf(heading2);
  const next = block.nodes.findIndex((node2, i) => i > index && node2.type === "heading" && node2.depth <= heading2.depth);
  const body = block.nodes.slice(index + 1, next < 0 ? void 0 : next);
  const item = readItem(start + hashes, end, source, fieldIndex, config, "heading");
  item.span = source.span(start, body.length > 0 ? source.range(body.at(-1))[1] : end);
  return item;
}
function tableItems(table, source, fieldIndex, config) {
  const [header, ...rows] = table.children;
  if (!header) return [];
  const columns = header.children.map((cell) => {
    const label = normalizeLabel(toString(cell));
    return fieldIndex.get(label) ?? (label || void 0);
  });
  if (!columns.includes("action")) {
    const free = columns.findIndex((key) => !key || !ITEM_FIELDS.includes(key));
    if (free >= 0) columns[free] = "action";
  }
  const headerStartsWithPipe = source.slice(header).trimStart().startsWith("|");
  const items = [];
  for (const row of rows) {
    if (!row.children.some((cell) => toString(cell).trim() !== "")) continue;
    const continuation = headerStartsWithPipe && !source.slice(row).trimStart().startsWith("|") && items.length > 0;
    if (continuation) {
      const previous2 = items.at(-1);
      previous2.span = { start: previous2.span.start, end: source.nodeSpan(row).end };
      continue;
    }
    const item = { extra: {}, span: source.nodeSpan(row), form: "table", done: false };
    row.children.forEach((cell, i) => {
      const key = columns[i];
      const text3 = plainText(toString(cell));
      if (!key || !text3) return;
      setField(item, key, source.located(text3, ...cellRange(cell, source)));
    });
    item.done = Object.values(item.extra).some((field) => isDoneWord(field.value)) || item.action !== void 0 && startsDone(item.action.value);
    items.push(item);
  }
  return items;
}
function isDoneWord(text3) {
  return itemWords().done.has(normalizeLabel(text3.replace(/\bas of\b.*$/i, "")));
}
function startsDone(text3) {
  const first = /^[\s[(]*([^\s\]):,.]+)/u.exec(text3)?.[1] ?? "";
  return isDoneWord(first) && (/^[\s[(]*[^\w\s]/u.test(text3) || first === first.toUpperCase());
}
function cellRange(cell, source) {
  if (cell.children.length === 0) return source.range(cell);
  return [source.range(cell.children[0])[0], source.range(cell.children.at(-1))[1]];
}
function setField(item, key, value2) {
  switch (key) {
    case "id":
    case "action":
    case "owner":
    case "priority":
      item[key] = value2;
      return;
    case "deadline":
      item.deadline = value2;
      item.deadlineDate = findDate(value2.value)?.date;
      return;
    default:
      item.extra[key] = value2;
  }
}
function listItems(list2, source, fieldIndex, config) {
  return list2.children.flatMap((item) => {
    const paragraph2 = item.children.find((child) => child.type === "paragraph");
    const nested = item.children.filter((child) => child.type === "list");
    const heading2 = paragraph2 ? plainText(toString(paragraph2)) : "";
    const checklist = item.checked !== null && item.checked !== void 0 && nested.some((child) => child.children.some((sub) => typeof sub.checked === "boolean"));
    if (!checklist && nested.length > 0 && (heading2.endsWith(":") || isBoldOnly(paragraph2)) && heading2.length < 60) {
      return nested.flatMap((child) => listItems(child, source, fieldIndex, config));
    }
    if (!paragraph2 || !isActionText(heading2)) return [];
    const result = listItem2(item, paragraph2, nested, source, fieldIndex, config);
    if (checklist) {
      const subItems = nested.flatMap((child) => child.children);
      result.parts = subItems.flatMap((sub) => {
        const text3 = plainText(toString(sub.children[0] ?? sub));
        return text3 ? [source.located(text3, ...source.range(sub))] : [];
      });
      if (item.checked === true || subItems.every((sub) => sub.checked === true)) result.done = true;
    }
    return [result];
  });
}
function isActionText(text3) {
  return text3.split(/\s+/).filter((word) => new RegExp("\\p{L}", "u").test(word)).length >= 2;
}
function isBoldOnly(paragraph2) {
  return paragraph2?.children.length === 1 && paragraph2.children[0]?.type === "strong";
}
function listItem2(item, paragraph2, nested, source, fieldIndex, config) {
  const [start, end] = source.range(paragraph2);
  const result = readItem(start, end, source, fieldIndex, config, "list");
  result.span = source.nodeSpan(item);
  if (item.checked === true) {
    result.extra.status = { value: "done", raw: "[x]", span: source.nodeSpan(item) };
    result.done = true;
  }
  for (const list2 of nested) fieldsFromNestedList(list2, result, source, fieldIndex, config);
  if (result.extra.status && isDoneWord(result.extra.status.value)) result.done = true;
  return result;
}
function readItem(from, end, source, fieldIndex, config, form) {
  const result = { extra: {}, span: source.span(from, end), form, done: false };
  const start = from + (/^\[[ xX]\][ \t]+/.exec(source.text.slice(from, end))?.[0].length ?? 0);
  const text3 = source.text.slice(start, end);
  const taken = [];
  const take = (from2, to) => taken.push([from2, to]);
  const id = ID_AT_START.exec(text3);
  if (id) {
    const at = text3.indexOf(id[1]);
    setField(result, "id", source.located(id[1], start + at, start + at + id[1].length));
    take(0, id[0].length);
  }
  result.done = isDone(text3);
  const prefix = ownerPrefix(text3, id ? id[0].length : 0, fieldIndex, config);
  if (prefix) {
    setField(result, "owner", source.located(prefix.owner, start + prefix.at, start + prefix.at + prefix.owner.length));
    take(prefix.from, prefix.to);
  }
  const labelled = /(?:^|[\s(,;[|—–-])(?:\*\*|__)?([A-Za-z][A-Za-z ]{0,14}?)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?((?:[^,;()[\]|\n]|,(?=\s*(?:\d{4}\b|@)))+?)(?:\*\*|__)?\s*(?=$|,(?!\s*(?:\d{4}\b|@))|[;)\]|\n]|\.(?:\s|$)|\s[—–-]\s)/g;
  for (const m of text3.matchAll(labelled)) {
    const key = fieldIndex.get(normalizeLabel(m[1]));
    if (!key || key === "action" || key === "id" && result.id) continue;
    const valueAt = start + m.index + m[0].lastIndexOf(m[2]);
    setField(result, key, source.located(plainText(m[2]), valueAt, valueAt + m[2].length));
    take(m.index, m.index + m[0].length);
  }
  if (!result.owner) {
    const mention = /(?<![\w/])@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?/.exec(text3);
    if (mention) {
      setField(result, "owner", source.located(mention[0], start + mention.index, start + mention.index + mention[0].length));
      take(mention.index, mention.index + mention[0].length);
    }
  }
  if (!result.deadline) {
    const date = findDate(text3);
    if (date) {
      setField(result, "deadline", source.located(text3.slice(date.index, date.index + date.length), start + date.index, start + date.index + date.length));
      take(date.index, date.index + date.length);
    }
  }
  if (!result.priority) {
    const priorityIndex = aliasIndex(config.priorities);
    for (const bracketed of text3.matchAll(/[([]\s*([^()[\]\n]{1,24}?)\s*[)\]]/g)) {
      if (!priorityIndex.has(normalizeLabel(bracketed[1]))) continue;
      const at = start + bracketed.index + bracketed[0].indexOf(bracketed[1]);
      setField(result, "priority", source.located(bracketed[1], at, at + bracketed[1].length));
      take(bracketed.index, bracketed.index + bracketed[0].length);
      break;
    }
  }
  if (!result.priority) {
    const priorityIndex = aliasIndex(config.priorities);
    for (const bold of text3.matchAll(/(\*\*|__)([^*_\n]{1,16}?)\1/g)) {
      if (!priorityIndex.has(normalizeLabel(bold[2]))) continue;
      const at = start + bold.index + bold[1].length;
      setField(result, "priority", source.located(bold[2], at, at + bold[2].length));
      take(bold.index, bold.index + bold[0].length);
      break;
    }
  }
  if (!result.priority) {
    const bare = /(?<![\w-])P[0-4](?![\w-])/.exec(maskTaken(text3, taken));
    if (bare) {
      setField(result, "priority", source.located(bare[0], start + bare.index, start + bare.index + bare[0].length));
      take(bare.index, bare.index + bare[0].length);
    }
  }
  const action = actionText(maskTaken(text3, taken), text3);
  if (action) result.action = source.located(action.value, start + action.start, start + action.end);
  if (result.extra.status && isDoneWord(result.extra.status.value)) result.done = true;
  return result;
}
function isDone(text3) {
  const plain = text3.replace(/^\s*(?:\[[ xX]\]\s*)?/, "");
  if (/^~~[^]*~~\s*$/.test(plain.split("\n")[0]?.trim() ?? "")) return true;
  if (startsDone(plain.replace(/(\*\*|__)/g, ""))) return true;
  for (const marker of text3.matchAll(/[([]\s*([^()[\]\n]{1,40}?)\s*[)\]]|(\*\*|__)\(?([^*_()\n]{1,40}?)\)?\2/g)) {
    const word = (marker[1] ?? marker[3] ?? "").split(/\s/)[0] ?? "";
    if (isDoneWord(word)) return true;
  }
  return false;
}
function ownerPrefix(text3, from, fieldIndex, config) {
  const rest = text3.slice(from);
  const m = /^(\s*(?:\*\*|__)?)(?:\[([A-Za-z@][\w@/.-]{0,30})\]|([A-Z@][\w@/.-]{0,30}):)(?:\*\*|__)?\s+(?=\S)/.exec(rest);
  if (!m) return void 0;
  const owner = m[2] ?? m[3];
  const label = normalizeLabel(owner);
  if (itemWords().categories.has(label) || fieldIndex.has(label) || aliasIndex(config.priorities).has(label) || itemWords().done.has(label)) return void 0;
  if (/^[xX ]$/.test(owner) || ID_AT_START.test(`${owner} `)) return void 0;
  const at = from + m[0].indexOf(owner);
  return { owner, at, from, to: from + m[0].length };
}
function fieldsFromNestedList(list2, item, source, fieldIndex, config) {
  for (const child of list2.children) {
    const [start, end] = source.range(child);
    const text3 = source.text.slice(start, end);
    const m = /^[-*+]\s+(?:\*\*|__)?([A-Za-z][A-Za-z ]{0,14}?)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?(.+)$/.exec(text3.split("\n")[0] ?? "");
    const key = m ? fieldIndex.get(normalizeLabel(m[1])) : void 0;
    if (!m || !key || key === "action") continue;
    const value2 = m[2].trim();
    const at = start + text3.indexOf(value2);
    setField(item, key, source.located(plainText(value2), at, at + value2.length));
  }
}
function maskTaken(text3, taken) {
  let masked = text3;
  for (const [from, to] of taken) masked = masked.slice(0, from) + " ".repeat(to - from) + masked.slice(to);
  return masked;
}
function actionText(masked, original) {
  const firstLine = masked.split("\n")[0] ?? "";
  const cutAtEnd = firstLine.trimEnd().length < (original.split("\n")[0] ?? "").trimEnd().length;
  const cleaned = plainText(firstLine).replace(/[([]\s*[,;.\s]*[)\]]/g, " ").replace(/\s+/g, " ").replace(/^[\s,;:|—–-]+/, "").replace(cutAtEnd ? /(?:[\s,;:.|—–([-]|\b(?:due|by|owner|owners|deadline|priority|assignee)\b)+$/gi : /[\s,;:|—–([-]+$/g, "").trim();
  const value2 = unbalancedClosers(cleaned);
  if (!value2) return void 0;
  const separators = /[\s,;:|—–()[\]-]/;
  let start = 0;
  while (start < firstLine.length && separators.test(firstLine.charAt(start))) start++;
  let end = firstLine.length;
  while (end > start && separators.test(firstLine.charAt(end - 1))) end--;
  if (firstLine.charAt(end) === ")" && firstLine.slice(start, end).includes("(")) end++;
  return { value: value2, start, end };
}
function unbalancedClosers(text3) {
  let result = text3;
  for (const [open, close2] of [["(", ")"], ["[", "]"]]) {
    while (result.endsWith(close2) && result.split(open).length < result.split(close2).length) result = result.slice(0, -1).trimEnd();
  }
  return result.replace(/[\s,;:|—–-]+$/, "");
}

// src/model/factors.ts
function buildFactors(resolved, sections, source) {
  const block = resolved.get("contributing-factors") ?? resolved.get("root-cause");
  if (!block) return [];
  const factors = fromLists(block, sections, source);
  if (factors.length > 0) return factors;
  const rows = block.nodes.flatMap((node2) => node2.type === "table" ? node2.children.slice(1) : []);
  if (rows.length > 0) return rows.map((row) => ({ text: source.located(plainText(toString(row)), ...source.range(row)) }));
  const subheadings = block.nodes.filter((node2) => node2.type === "heading");
  if (subheadings.length >= 2) return subheadings.map((node2) => ({ text: source.located(plainText(toString(node2)), ...source.range(node2)) }));
  return block.nodes.filter((node2) => node2.type === "paragraph" && plainText(toString(node2)).length > 0).map((node2) => ({ text: source.located(plainText(toString(node2)), ...source.range(node2)) }));
}
function fromLists(block, sections, source) {
  const factors = [];
  let group;
  for (const node2 of block.nodes) {
    const sub = subsectionTitle(node2, sections);
    if (sub !== void 0) group = sub;
    if (node2.type !== "list") continue;
    for (const item of node2.children) {
      const text3 = plainText(toString(item.children[0] ?? item));
      if (text3) factors.push({ text: source.located(text3, ...source.range(item)), group });
    }
  }
  return factors;
}
function subsectionTitle(node2, sections) {
  if (node2.type !== "heading" && node2.type !== "paragraph") return void 0;
  const offset = node2.position?.start.offset;
  return sections.find((section) => section.headingSpan.start.offset === offset)?.title;
}

// src/model/meta.ts
init_normalize();
function buildMetadata(tree, source, config, sections, problems, path2, readFrontMatter) {
  const fieldKey = aliasIndex(config.fields);
  const fields = [];
  const frontMatter = tree.children.find((node2) => node2.type === "yaml");
  if (frontMatter) {
    if (!readFrontMatter) throw new Error("buildMetadata: a document with YAML front matter needs a front-matter reader");
    fields.push(...readFrontMatter(frontMatter, source, fieldKey, problems));
  }
  const toml = tree.children.find((node2) => node2.type === "toml");
  if (toml) fields.push(...tomlFields(toml, source, fieldKey));
  fields.push(...fieldLines(tree, source, fieldKey, sections));
  fields.push(...headingFields(sections, tree, source, fieldKey));
  const meta = { fields };
  const first = (key) => fields.find((field) => field.key === key);
  const title = first("title") ?? titleFromHeading(tree, source);
  if (title) meta.title = located(title, plainText(title.raw));
  const date = first("date");
  if (date) meta.date = dateValue(date);
  else if (meta.title) {
    const inTitle = findDate(meta.title.value);
    if (inTitle?.date) meta.date = { value: inTitle.date, raw: meta.title.raw, span: meta.title.span };
  }
  if (!meta.date) {
    const dated = tree.children.find((node2) => node2.type === "heading" && /^\s*[\w/ ,.-]{6,20}\s*$/.test(toString(node2)) && findDate(toString(node2))?.length === toString(node2).trim().length);
    const found = dated ? findDate(toString(dated)) : void 0;
    if (dated && found?.date) {
      const span = source.nodeSpan(dated);
      meta.date = { value: found.date, raw: toString(dated).trim(), span };
      fields.push({ key: "date", label: "heading", raw: meta.date.raw, span, from: "heading" });
    }
  }
  if (!meta.date && path2) {
    const name = path2.split(/[\\/]/).pop() ?? path2;
    const inName = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(name);
    const date2 = inName ? isoDate(+inName[1], +inName[2], +inName[3]) : void 0;
    if (date2) {
      const span = meta.title?.span ?? source.span(0, 0);
      meta.date = { value: date2, raw: name, span };
      fields.push({ key: "date", label: "file name", raw: name, span, from: "file-name" });
    }
  }
  const duration = first("duration");
  if (duration) {
    const parsed = parseDuration(plainText(duration.raw));
    meta.duration = located(duration, parsed ?? {});
  }
  const severity = first("severity");
  if (severity) meta.severity = located(severity, canonicalSeverity(plainText(severity.raw), config));
  const authors = first("authors");
  if (authors) meta.authors = located(authors, splitPeople(plainText(authors.raw)));
  const reviewed = first("reviewed");
  if (reviewed) meta.reviewed = dateValue(reviewed);
  const id = first("id");
  if (id) meta.id = located(id, plainText(id.raw));
  return meta;
}
function located(field, value2) {
  return { value: value2, raw: field.raw, span: field.span };
}
function dateValue(field) {
  const found = findDate(plainText(field.raw));
  return located(field, found?.date ?? "");
}
function canonicalSeverity(text3, config) {
  const index = aliasIndex(config.severities);
  const whole = index.get(normalizeLabel(text3));
  if (whole) return whole;
  const head = normalizeLabel(text3.split(/[\s(,;/]|\s[-–—]\s/)[0] ?? "");
  return index.get(head) ?? text3.split(/[\s(]/)[0] ?? text3;
}
function splitPeople(text3) {
  return text3.split(/\s*(?:,|;|\band\b|&|\s(?=@))\s*/).map((name) => name.trim()).filter((name) => name.length > 0);
}
function titleFromHeading(tree, source) {
  const headings = tree.children.filter((node2) => node2.type === "heading");
  const top = Math.min(...headings.map((heading2) => heading2.depth));
  const first = headings[0];
  const h1 = headings.find((node2) => node2.depth === 1) ?? (first && first.depth === top && headings.filter((node2) => node2.depth === top).length === 1 ? first : void 0);
  if (!h1) return void 0;
  const [start, end] = source.range(h1);
  const text3 = source.text.slice(start, end);
  const lead = /^#+\s*/.exec(text3)?.[0].length ?? 0;
  const located2 = source.located(toString(h1), start + lead, end);
  return { key: "title", label: "title", raw: located2.raw, span: located2.span, from: "heading" };
}
var BOLD_LABEL = /(\*\*|__)([A-Za-z][^*_\n:]{0,38}?)(:?)\1\s*(:?)[ \t]*/g;
var PLAIN_LABEL = /^[ \t]*([A-Z][A-Za-z ]{0,30}?):[ \t]+/;
function fieldLines(tree, source, fieldKey, sections) {
  const firstKnown = sections.find((section) => section.key && section.depth <= PSEUDO_HEADING_DEPTH)?.index ?? tree.children.length;
  const fields = [];
  tree.children.slice(0, firstKnown).forEach((node2) => {
    for (const block of fieldBlocks(node2)) fields.push(...fieldsInBlock(block, source, fieldKey));
  });
  return fields;
}
function fieldBlocks(node2) {
  if (node2.type === "paragraph") return [node2];
  if (node2.type === "list") return node2.children.flatMap((item) => item.children.filter((child) => child.type === "paragraph"));
  if (node2.type === "table") return [node2];
  return [];
}
function fieldsInBlock(node2, source, fieldKey) {
  if (node2.type === "table") return tableFields(node2, source, fieldKey);
  const [start, end] = source.range(node2);
  const text3 = source.text.slice(start, end);
  const fields = [];
  for (const segment of text3.matchAll(/[^\n|]+/g)) {
    for (const piece of splitOnBreaks(segment[0], segment.index)) {
      fields.push(...fieldsInSegment(piece.text, start + piece.offset, source, fieldKey));
    }
  }
  return fields;
}
function tableFields(table, source, fieldKey) {
  return table.children.flatMap((row) => {
    const [labelCell, valueCell] = row.children;
    const key = labelCell ? fieldKey.get(normalizeLabel(toString(labelCell))) : void 0;
    if (!key || !valueCell || valueCell.children.length === 0) return [];
    const from = source.range(valueCell.children[0])[0];
    const to = source.range(valueCell.children.at(-1))[1];
    const value2 = source.located(null, from, to);
    return [{ key, label: toString(labelCell), raw: value2.raw, span: value2.span, from: "field-line" }];
  });
}
function splitOnBreaks(text3, offset) {
  const pieces = [];
  let last = 0;
  for (const br of text3.matchAll(/<br\s*\/?>/gi)) {
    pieces.push({ text: text3.slice(last, br.index), offset: offset + last });
    last = br.index + br[0].length;
  }
  pieces.push({ text: text3.slice(last), offset: offset + last });
  return pieces;
}
function fieldsInSegment(text3, offset, source, fieldKey) {
  const labels = [];
  for (const m of text3.matchAll(BOLD_LABEL)) {
    if (!m[3] && !m[4]) continue;
    labels.push({ label: m[2], start: m.index, valueStart: m.index + m[0].length });
  }
  if (labels.length === 0) {
    const plain = PLAIN_LABEL.exec(text3.replace(/^\s*[-*+]\s+/, (s) => " ".repeat(s.length)));
    if (plain && fieldKey.has(normalizeLabel(plain[1]))) labels.push({ label: plain[1], start: 0, valueStart: plain[0].length });
  }
  return labels.flatMap((entry, i) => {
    const key = fieldKey.get(normalizeLabel(entry.label));
    if (!key) return [];
    const valueEnd = labels[i + 1]?.start ?? text3.length;
    const value2 = source.located(null, offset + entry.valueStart, offset + valueEnd);
    const raw = value2.raw.replace(/^(\*\*|__)|(\*\*|__)$/g, "").trim();
    return [{ key, label: entry.label, raw, span: value2.span, from: "field-line" }];
  });
}
function headingFields(sections, tree, source, fieldKey) {
  const fields = [];
  for (const section of sections) {
    if (section.key) continue;
    const key = fieldKey.get(normalizeLabel(section.title));
    const next = tree.children[section.index + 1];
    if (!key || !next || next.type !== "paragraph") continue;
    const [start, end] = source.range(next);
    const value2 = source.located(null, start, end);
    fields.push({ key, label: section.title, raw: value2.raw, span: value2.span, from: "heading" });
  }
  return fields;
}
function tomlFields(node2, source, fieldKey) {
  const [start, end] = source.range(node2);
  const fields = [];
  const body = source.text.slice(start, end);
  for (const line of body.matchAll(/^[ \t]*([A-Za-z_][\w-]*)[ \t]*=[ \t]*(.+?)[ \t]*$/gm)) {
    if (/^\[/.test(line[0].trim())) continue;
    const label = line[1];
    const rawValue = line[2];
    const valueAt = start + (line.index ?? 0) + line[0].indexOf(rawValue);
    const text3 = rawValue.startsWith("[") ? [...rawValue.matchAll(/"([^"]*)"|'([^']*)'/g)].map((m) => m[1] ?? m[2]).join(", ") : rawValue.replace(/^"(.*)"$|^'(.*)'$/, (_, a, b) => a ?? b ?? "");
    const span = source.located(null, valueAt, valueAt + rawValue.length).span;
    fields.push({ key: fieldKey.get(normalizeLabel(label)) ?? normalizeLabel(label), label, raw: text3, span, from: "front-matter" });
  }
  return fields;
}

// src/model/timeline.ts
init_normalize();
var TIMELINE_COLUMNS = ["time", "event", "source", "actor"];
var LEAD = /^[\s*_[(~`±]*/;
var AFTER_TIME = /^(?:\s*(?:\*\*|__|\*|_|`|\]|\)|\[\^[^\]]*\]|\((?:~?\d{1,2}:\d{2}|[A-Za-z]{2,5}\b)[^)]*\)))*\s*(?:[-–—:|,]+\s*)?(?:\*\*|__)?\s*/;
function buildTimeline(block, source, config, meta) {
  if (!block) return void 0;
  const context = { source, yearHint: yearHint(meta), order: dateOrder(block, source, meta) };
  const table = block.nodes.find((node2) => node2.type === "table");
  const forms = [
    ["table", () => table ? tableEntries(table, context, config) : []],
    ["headings", () => walkEntries(block.nodes, context, "headings")],
    ["list", () => walkEntries(block.nodes, context, "list")],
    ["paragraphs", () => walkEntries(block.nodes, context, "paragraphs")]
  ];
  let form = "list";
  let entries = [];
  for (const [candidate, read] of forms) {
    context.date = void 0;
    const found = read();
    if (found.some((entry) => entry.time && !entry.time.value.dateOnly) || candidate === "table" && found.length > 0) {
      form = candidate;
      entries = found;
      break;
    }
    if (entries.length === 0 && found.length > 0) {
      form = candidate;
      entries = found;
    }
  }
  const zoneStatement = findZoneStatement(block, table && form === "table" ? table : void 0, source);
  assignOrder(entries, meta.date?.value || introDate(block, source, context) || void 0, zoneStatement?.value);
  const timeline = { form, entries, zoneStatement, span: block.span };
  if (context.order) timeline.dateOrder = context.order;
  return timeline;
}
function dateOrder(block, source, meta) {
  const text3 = source.text.slice(block.span.start.offset, block.span.end.offset);
  const fromDates = numericDateOrder(text3);
  if (fromDates) return fromDates;
  const known = meta.date?.value;
  const first = /(?<![\d-])(\d{1,2})([-/])(\d{1,2})\2(\d{4})(?![\d:])/.exec(text3);
  if (!known || !first) return void 0;
  const asMonthFirst = isoDate(+first[4], +first[1], +first[3]);
  const asDayFirst = isoDate(+first[4], +first[3], +first[1]);
  if (asMonthFirst === known && asDayFirst !== known) return "month-first";
  if (asDayFirst === known && asMonthFirst !== known) return "day-first";
  return void 0;
}
function introDate(block, source, context) {
  for (const node2 of block.nodes) {
    if (node2.type !== "paragraph") break;
    const text3 = source.text.slice(...source.range(node2));
    if (matchTimestamp(text3.replace(LEAD, ""), context.yearHint, context.order)) break;
    const found = findDate(text3);
    if (found?.date) return found.date;
  }
  return void 0;
}
function yearHint(meta) {
  if (meta.date?.value) return Number(meta.date.value.slice(0, 4));
  const year = /\b(19|20)\d{2}\b/.exec(`${meta.date?.raw ?? ""} ${meta.title?.value ?? ""}`);
  return year ? Number(year[0]) : void 0;
}
function readTime(text3, start, context) {
  const lead = LEAD.exec(text3)?.[0].length ?? 0;
  const match = matchTimestamp(text3.slice(lead), context.yearHint, context.order);
  if (match?.malformedTime !== void 0) {
    const at = start + lead + match.length - match.malformedTime.length;
    return { unparsed: context.source.located(match.malformedTime, at, at + match.malformedTime.length), length: lead + match.length };
  }
  if (!match || match.invalidDate) {
    const bracketLead = /^[\s*_]*/.exec(text3)?.[0].length ?? 0;
    const unknown = /^\[([^\]\n]{1,20})\](?!\()/.exec(text3.slice(bracketLead));
    if (unknown) return { unparsed: context.source.located(unknown[0], start + bracketLead, start + bracketLead + unknown[0].length), length: bracketLead + unknown[0].length };
    return { length: 0 };
  }
  const rangeEnd = match.minutes === void 0 ? void 0 : RANGE_END.exec(text3.slice(lead + match.length));
  const length = match.length + (rangeEnd?.[0].length ?? 0);
  const located2 = context.source.located(toTime(match, context), start + lead, start + lead + length);
  return { time: located2, length: lead + length };
}
var RANGE_END = /^\s*(?:-|–|—|to)\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?(?![\d:])/i;
function toTime(match, context) {
  const time = { minutes: match.minutes ?? 0 };
  if (match.minutes === void 0) time.dateOnly = true;
  if (match.monthOnly) time.monthOnly = true;
  if (match.ambiguousDate) time.ambiguousDate = true;
  if (match.date) context.date = match.date;
  else if (context.date) {
    time.date = context.date;
    inherited.add(time);
  }
  if (match.date) time.date = match.date;
  if (match.zone) time.zone = match.zone;
  return time;
}
var inherited = /* @__PURE__ */ new WeakSet();
function readEvent(text3, start, context) {
  const sep = AFTER_TIME.exec(text3)?.[0].length ?? 0;
  let body = text3.slice(sep);
  let sourceField;
  const sourceMatch = /[([]?\b(?:source|via|evidence)\s*:\s*([^)\]\n]+)[)\]]?\s*\.?\s*$/i.exec(body);
  const trailing = sourceMatch ? void 0 : /\s\(([^()\n]{2,80})\)\s*\.?\s*$/.exec(body);
  if (sourceMatch) {
    const at = start + sep + sourceMatch.index;
    sourceField = context.source.located(plainText(sourceMatch[1]), at, at + sourceMatch[0].length);
    body = body.slice(0, sourceMatch.index);
  } else if (trailing && !/^\s*(?:~?\d{1,2}[:.]\d{2}|[A-Z]{2,5}\s*$|e\.g\.|i\.e\.)/.test(trailing[1])) {
    const at = start + sep + trailing.index + 1;
    sourceField = context.source.located(plainText(trailing[1]), at, at + trailing[0].trimEnd().length - 1);
    body = body.slice(0, trailing.index);
  } else {
    const link2 = /\[[^\]\n]+\]\([^)\s]+(?:\s[^)]*)?\)|\[[^\]\n]+\]\[[^\]\n]*\]|<https?:\/\/[^>\s]+>|https?:\/\/\S+/.exec(body);
    if (link2) {
      const at = start + sep + link2.index;
      sourceField = context.source.located(plainText(link2[0]) || link2[0], at, at + link2[0].length);
    }
  }
  const value2 = plainText(body);
  const event = value2 ? context.source.located(value2, start + sep, start + sep + body.length) : void 0;
  return { event, source: sourceField };
}
function tableEntries(table, context, config) {
  const [header, ...rows] = table.children;
  if (!header) return [];
  const columns = mapColumns(header, config);
  const source = context.source;
  const headerYear = /\b(19|20)\d{2}\b/.exec(toString(header));
  if (headerYear) context.yearHint = Number(headerYear[0]);
  return rows.flatMap((row) => {
    const cells = row.children;
    const timeCells = columns.time.map((i) => cells[i]).filter((cell) => cell !== void 0);
    if (cells.every((cell) => toString(cell).trim() === "")) return [];
    const entry = { span: source.nodeSpan(row) };
    const first = timeCells[0];
    const last = timeCells.at(-1);
    if (first && last) {
      const cellText = timeCells.map((cell) => plainText(toString(cell))).join(" ").trim();
      const [textStart] = contentRange(first, source);
      const match = matchTimestamp(cellText.replace(LEAD, ""), context.yearHint, context.order);
      if (match && !match.invalidDate) entry.time = { ...source.located(toTime(match, context), textStart, Math.max(textStart, contentRange(last, source)[1])), raw: cellText };
      else if (cellText) entry.unparsedTime = source.located(cellText, textStart, Math.max(textStart, contentRange(last, source)[1]));
    }
    for (const key of ["event", "source", "actor"]) {
      const index = columns[key][0];
      const cell = index === void 0 ? void 0 : cells[index];
      const text3 = cell ? plainText(toString(cell)) : "";
      if (cell && text3) entry[key] = source.located(text3, ...contentRange(cell, source));
    }
    if (!entry.source) {
      const link2 = cells.flatMap((cell) => cell.children).find((child) => child.type === "link" || child.type === "linkReference");
      if (link2) entry.source = source.located(plainText(toString(link2)) || source.slice(link2), ...source.range(link2));
    }
    return [entry];
  });
}
function contentRange(cell, source) {
  const children = cell.children;
  if (children.length === 0) return source.range(cell);
  return [source.range(children[0])[0], source.range(children.at(-1))[1]];
}
function mapColumns(header, config) {
  const index = aliasIndexFor(config.columns, TIMELINE_COLUMNS);
  const columns = { time: [], event: [], source: [], actor: [] };
  header.children.forEach((cell, i) => {
    const label = normalizeLabel(toString(cell).replace(/\([^)]*\)/g, ""));
    const key = index.get(label) ?? index.get(label.split(" ")[0] ?? "") ?? (/\b(time|date)\b/.test(label) ? "time" : void 0);
    if (key && (key === "time" || columns[key].length === 0)) columns[key].push(i);
  });
  if (columns.time.length === 0) columns.time.push(0);
  if (columns.event.length === 0) {
    const firstOther = header.children.findIndex((_, i) => !columns.time.includes(i) && !columns.source.includes(i) && !columns.actor.includes(i));
    if (firstOther >= 0) columns.event.push(firstOther);
  }
  return columns;
}
function walkEntries(nodes, context, form) {
  const entries = [];
  nodes.forEach((node2, i) => {
    if (node2.type === "heading") {
      const entry = headingEntry(node2, nodes, i, context);
      if (entry && form === "headings") entries.push(entry);
    } else if (node2.type === "list" && form === "list") {
      entries.push(...itemsOf(node2, context));
    } else if (node2.type === "paragraph") {
      if (form === "paragraphs") entries.push(...paragraphLines(node2, context));
      else readDateLine(node2, context);
    }
  });
  return entries;
}
function readDateLine(node2, context) {
  const [start, end] = context.source.range(node2);
  readTime(context.source.text.slice(start, end), start, context);
}
function headingEntry(node2, nodes, i, context) {
  const [start, end] = context.source.range(node2);
  const raw = context.source.text.slice(start, end);
  const hashes = /^#+\s*/.exec(raw)?.[0].length ?? 0;
  const read = readTime(raw.slice(hashes), start + hashes, context);
  if (!read.time && !read.unparsed) return void 0;
  const titleRest = readEvent(raw.slice(hashes + read.length), start + hashes + read.length, context);
  if (read.time?.value.dateOnly && !titleRest.event) return void 0;
  const body = nodes.slice(i + 1, indexOfNextHeading(nodes, i + 1));
  const entry = { time: read.time, unparsedTime: read.unparsed, span: context.source.span(start, body.length ? context.source.range(body.at(-1))[1] : end) };
  const firstText = body.find((child) => child.type === "paragraph" || child.type === "list");
  if (titleRest.event) entry.event = titleRest.event;
  else if (firstText?.type === "paragraph") {
    const [from, to] = context.source.range(firstText);
    const below = readEvent(context.source.text.slice(from, to), from, context);
    if (below.event) entry.event = { ...below.event, value: below.event.value.slice(0, 300) };
    if (below.source) entry.source = below.source;
  } else if (firstText) {
    const [from, to] = context.source.range(firstText);
    entry.event = context.source.located(blockText(firstText).slice(0, 300), from, to);
  }
  if (titleRest.source) entry.source = titleRest.source;
  return entry;
}
function indexOfNextHeading(nodes, from) {
  const next = nodes.findIndex((node2, i) => i >= from && node2.type === "heading");
  return next < 0 ? nodes.length : next;
}
function itemsOf(list2, context) {
  const entries = [];
  for (const item of list2.children) {
    const entry = itemEntry(item, context);
    if (entry && !entry.time && !entry.unparsedTime && (entry.event?.value.split(/\s+/).length ?? 0) <= 1) continue;
    const nested = item.children.filter((child) => child.type === "list");
    if (entry?.time?.value.dateOnly && !entry.event && nested.length > 0) {
      entries.push(...nested.flatMap((child) => itemsOf(child, context)));
      continue;
    }
    if (entry) entries.push(entry);
  }
  return entries;
}
function itemEntry(item, context) {
  const paragraphs = item.children.filter((child) => child.type === "paragraph");
  const [paragraph2, next] = paragraphs;
  if (!paragraph2) return void 0;
  const [start, end] = context.source.range(paragraph2);
  const text3 = context.source.text.slice(start, end);
  const read = readTime(text3, start, context);
  if (!read.time && !read.unparsed) {
    const told = timeInSentence(text3, start, context);
    if (told) return { time: told, event: context.source.located(plainText(text3), start, end), span: context.source.nodeSpan(item), ...readEvent(text3, start, context) };
  }
  let rest = readEvent(text3.slice(read.length), start + read.length, context);
  if (!rest.event && next && (read.time || read.unparsed)) {
    const [nextStart, nextEnd] = context.source.range(next);
    rest = readEvent(context.source.text.slice(nextStart, nextEnd), nextStart, context);
  }
  const entry = { time: read.time, unparsedTime: read.unparsed, event: rest.event, source: rest.source, span: context.source.nodeSpan(item) };
  if (!entry.source) {
    const nestedLink = item.children.filter((child) => child.type === "list").map((list2) => context.source.slice(list2)).map((text4, i) => ({ text: text4, at: context.source.range(item.children.filter((child) => child.type === "list")[i])[0] })).map(({ text: text4, at }) => ({ m: /https?:\/\/[^\s)>\]]+/.exec(text4), at })).find(({ m }) => m);
    if (nestedLink?.m) entry.source = context.source.located(nestedLink.m[0], nestedLink.at + nestedLink.m.index, nestedLink.at + nestedLink.m.index + nestedLink.m[0].length);
  }
  return entry;
}
function timeInSentence(text3, start, context) {
  const sentence = text3.split(/(?<=[.!?])\s/)[0] ?? text3;
  const at = /\bat\s+(?:approximately\s+|about\s+|around\s+|~\s*)?(?=\d{1,2}:\d{2})/i.exec(sentence);
  if (!at) return void 0;
  const from = at.index + at[0].length;
  const match = matchTimestamp(sentence.slice(from), context.yearHint, context.order);
  if (!match || match.minutes === void 0) return void 0;
  const dated = /\bon\s+/i.exec(sentence.slice(from + match.length));
  const date = dated ? findDate(sentence.slice(from + match.length + dated.index + dated[0].length, from + match.length + dated.index + dated[0].length + 30)) : void 0;
  const time = toTime(date?.date ? { ...match, date: date.date } : match, context);
  return context.source.located(time, start + from, start + from + match.length);
}
function blockText(node2) {
  if ("children" in node2 && (node2.type === "list" || node2.type === "listItem" || node2.type === "blockquote")) {
    return node2.children.map((child) => blockText(child)).filter(Boolean).join(" ");
  }
  return plainText(toString(node2));
}
function paragraphLines(node2, context) {
  const entries = [];
  const [start, end] = context.source.range(node2);
  const text3 = context.source.text.slice(start, end);
  for (const line of text3.matchAll(/[^\n\r]+/g)) {
    for (const piece of line[0].split(/(?=<br\s*\/?>)/i)) {
      const offset = start + line.index + line[0].indexOf(piece);
      const clean = piece.replace(/^<br\s*\/?>/i, "");
      const cleanOffset = offset + (piece.length - clean.length);
      const read = readTime(clean, cleanOffset, context);
      if (read.time || read.unparsed) {
        const rest = readEvent(clean.slice(read.length), cleanOffset + read.length, context);
        if (read.time?.value.dateOnly && !rest.event) continue;
        entries.push({ time: read.time, unparsedTime: read.unparsed, event: rest.event, source: rest.source, span: context.source.span(cleanOffset, cleanOffset + clean.length) });
      } else if (entries.length > 0 && clean.trim()) {
        const last = entries.at(-1);
        last.span = { start: last.span.start, end: context.source.point(cleanOffset + clean.length) };
        if (last.event) last.event = { ...last.event, value: `${last.event.value} ${plainText(clean)}`, span: { start: last.event.span.start, end: context.source.point(cleanOffset + clean.length) } };
        else last.event = context.source.located(plainText(clean), cleanOffset, cleanOffset + clean.length);
      }
    }
  }
  return entries;
}
function findZoneStatement(block, table, source) {
  const inHeading = zoneIn(block.headingSpan.start.offset, block.headingSpan.end.offset, source);
  if (inHeading) return inHeading;
  if (table) {
    for (const cell of table.children[0]?.children ?? []) {
      const [start, end] = source.range(cell);
      const found = zoneIn(start, end, source);
      if (found) return found;
    }
  }
  for (const node2 of block.nodes) {
    if (node2.type !== "paragraph" && node2.type !== "heading") continue;
    const [start, end] = source.range(node2);
    const text3 = source.text.slice(start, end);
    if (ZONE_SENTENCE.test(text3) || node2.type === "heading" && /\([^)]*\)/.test(text3)) {
      const found = node2.type === "heading" ? zoneIn(start + text3.indexOf("("), end, source) : zoneIn(start, end, source);
      if (found && (node2.type === "heading" || ZONE_SENTENCE.test(text3))) return found;
    }
  }
  const before = source.text.slice(0, block.headingSpan.start.offset);
  const zonedTime = new RegExp(`\\d{1,2}:\\d{2}(?:\\s?[ap]\\.?m\\.?)?\\s?\\(?(?:${ZONE_PATTERN})(?![\\w])`, "i").exec(before.replace(/^---[^]*?\n---\n/, (m) => " ".repeat(m.length)));
  if (zonedTime) {
    const found = findZone(zonedTime[0].replace(/^[\d:\s]+(?:[ap]\.?m\.?)?\s?\(?/i, (m) => " ".repeat(m.length)));
    if (found && !isUtcZone(found.zone)) {
      const at = zonedTime.index + found.index;
      return source.located(found.zone, at, at + found.length);
    }
  }
  let offset = 0;
  for (const sentence of before.split(/[.\n]/)) {
    const found = /\b(?:times?|timestamps?|time zone)\b/i.test(sentence) && /\b(?:all|times are|times in|in)\b/i.test(sentence) ? findZone(sentence) : void 0;
    if (found) return source.located(found.zone, offset + found.index, offset + found.index + found.length);
    offset += sentence.length + 1;
  }
  return void 0;
}
var ZONE_SENTENCE = /\b(?:times?|timestamps?|zone|clock)\b/i;
function zoneIn(start, end, source) {
  const found = findZone(source.text.slice(start, end));
  if (!found) return void 0;
  return source.located(found.zone, start + found.index, start + found.index + found.length);
}
function assignOrder(entries, incidentDate, statedZone) {
  let day = incidentDate ? dayNumber(incidentDate) : 0;
  let currentDate;
  let previousClock;
  let lastZone;
  for (const entry of entries) {
    const time = entry.time?.value;
    if (!time) continue;
    const explicit = time.date !== void 0 && !inherited.has(time);
    if (time.date && (explicit || time.date !== currentDate)) {
      day = dayNumber(time.date);
      currentDate = time.date;
      previousClock = void 0;
    }
    if (!explicit && previousClock !== void 0 && time.minutes < previousClock - 12 * 60) day += 1;
    if (inherited.has(time)) time.date = new Date(day * 864e5).toISOString().slice(0, 10);
    if (!time.dateOnly) previousClock = time.minutes;
    if (time.zone) lastZone = time.zone;
    const zone = time.zone ?? statedZone ?? lastZone;
    const offset = zone ? zoneOffset(zone) ?? 0 : 0;
    entry.order = day * 1440 + time.minutes - offset;
  }
}

// src/model/build.ts
function hasYamlFrontMatter(tree) {
  return tree.children.some((node2) => node2.type === "yaml");
}
function buildPostmortem(tree, text3, config, path2, readFrontMatter) {
  const source = new SourceText(text3);
  const problems = [];
  const blocks = buildSections(tree, source, config.sections);
  const meta = buildMetadata(tree, source, config, blocks, problems, path2, readFrontMatter);
  const toSection = ({ nodes: _nodes, index: _index, ...section }) => section;
  const sections = blocks.map(toSection);
  const resolvedBlocks = resolveSections(blocks);
  const resolved = Object.fromEntries([...resolvedBlocks].map(([key, block]) => [key, sections[blocks.indexOf(block)] ?? toSection(block)]));
  return {
    meta,
    sections,
    resolved,
    timeline: buildTimeline(resolvedBlocks.get("timeline"), source, config, meta),
    factors: buildFactors(resolvedBlocks, blocks, source),
    actionItems: buildActionItems(blocks, source, config),
    problems
  };
}

// src/lint/docs.ts
var DOCS_BASE = "https://github.com/postmortem-action/postmortem-action/blob/main/docs/rules/";
function ruleDocsUrl(ruleId) {
  return `${DOCS_BASE}${ruleId}.md`;
}

// node_modules/unified-lint-rule/lib/index.js
function lintRule(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap2(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// src/truncate.ts
var graphemes;
function truncate(text3, max) {
  if (text3.length <= max) return text3;
  if (codePointLength(text3, max + 1) <= max) return text3;
  const budget = Math.max(0, max - 1);
  let out = "";
  let used = 0;
  graphemes ??= new Intl.Segmenter(void 0, { granularity: "grapheme" });
  for (const { segment } of graphemes.segment(text3.slice(0, budget * 2 + 16))) {
    const size = codePointLength(segment, Infinity);
    if (used + size > budget) break;
    out += segment;
    used += size;
  }
  return `${out}\u2026`;
}
function codePointLength(text3, stopAt) {
  let count = 0;
  for (let i = 0; i < text3.length && count < stopAt; i++) {
    const unit = text3.charCodeAt(i);
    if (unit >= 55296 && unit <= 56319 && i + 1 < text3.length) {
      const next = text3.charCodeAt(i + 1);
      if (next >= 56320 && next <= 57343) i++;
    }
    count++;
  }
  return count;
}

// src/config/errors.ts
var MAX_EXCERPT = 40;
function excerpt(value2) {
  let text3;
  try {
    text3 = typeof value2 === "string" ? JSON.stringify(value2) : JSON.stringify(value2) ?? String(value2);
  } catch {
    text3 = String(value2);
  }
  return cutCodePoints(escapeControls(text3), MAX_EXCERPT);
}
function escapeControls(text3) {
  return text3.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function cutCodePoints(text3, max) {
  const cut = truncate(text3, max);
  return cut === text3 ? text3 : `${cut} (cut)`;
}

// src/lint/rule.ts
var SOURCE = "postmortem-lint";
var definitions = /* @__PURE__ */ new Map();
function postmortemRule(definition2) {
  definitions.set(definition2.id, definition2);
  return lintRule(
    { origin: `${SOURCE}:${definition2.id}`, url: ruleDocsUrl(definition2.id) },
    (tree, file, rawOptions) => {
      const data7 = file.data;
      const postmortem = data7.postmortem;
      if (!postmortem) return;
      const config = data7.postmortemConfig ?? defaultConfig();
      const options = definition2.options ? definition2.options(rawOptions ?? {}, config) : {};
      definition2.check({
        postmortem,
        options,
        config,
        tree,
        file,
        report(message, span, extra) {
          const vfileMessage = file.message(message, {
            place: { start: { line: span.start.line, column: span.start.column }, end: { line: span.end.line, column: span.end.column } }
          });
          if (extra?.actual !== void 0) vfileMessage.actual = extra.actual;
          if (extra?.replacement !== void 0) vfileMessage.expected = [extra.replacement];
        },
        firstLine(span) {
          if (span.end.line === span.start.line) return span;
          const text3 = String(file.value);
          const lineEnd = text3.indexOf("\n", span.start.offset);
          const end = (lineEnd < 0 ? text3.length : lineEnd) - (text3[lineEnd - 1] === "\r" ? 1 : 0);
          return { start: span.start, end: { line: span.start.line, column: span.start.column + (end - span.start.offset), offset: end } };
        },
        documentSpan() {
          return postmortem.meta.title?.span ?? { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
        }
      });
    }
  );
}
function unexpected(found, expected) {
  return `Unexpected ${found}, expected ${expected}`;
}
function displayName(key) {
  return key.split("-").map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(" ");
}
function quote(text3, max = 60) {
  const oneLine = text3.replace(/\s+/g, " ").trim();
  const cut = truncate(oneLine, max);
  return `\`${cut.replace(/`/g, "'")}\``;
}

// src/lint/rules/action-item-fields.ts
function priorityScale(config) {
  return Object.entries(config.priorities).map(([canonical, aliases]) => aliases[1] ? `${canonical} (${aliases[1]})` : canonical).join(", ");
}
var FIELDS = [
  { rule: "action-item-id", name: "an ID", expected: () => "an ID such as `AI-1`, so its issue and later reviews can refer to it", short: () => "an ID such as `AI-1`", missing: (item) => !item.id },
  { rule: "action-item-owner", name: "an owner", expected: () => "a GitHub `@user` or `@org/team` who will be assigned its issue", short: () => "a GitHub `@user` or `@org/team` owner", missing: (item) => !item.owner },
  // A completed item needs no deadline.
  { rule: "action-item-deadline", name: "a deadline", expected: () => "a date as YYYY-MM-DD by which it is done", short: () => "a YYYY-MM-DD deadline", missing: (item) => !item.deadline && !item.done },
  { rule: "action-item-priority", name: "a priority", expected: (config) => `one of ${priorityScale(config)}`, short: (config) => `a priority (${Object.keys(config.priorities).join(", ")})`, missing: (item) => !item.priority }
];
function levelOf(config, rule) {
  return config.rules[rule]?.level ?? "off";
}
function joinNames(names, last = "and") {
  return names.length <= 1 ? names[0] ?? "" : `${names.slice(0, -1).join(", ")} ${last} ${names.at(-1)}`;
}
function commentsNameFieldRules(tree) {
  let named = false;
  visit(tree, "html", (node2) => {
    if (/postmortem-lint\s+(?:disable|ignore|enable)\b[^>]*\baction-item-(?:id|owner|deadline|priority)\b/.test(node2.value)) named = true;
  });
  return named;
}
function reportMissingFields(rule, context) {
  const { postmortem, config, report, firstLine, tree } = context;
  const level = levelOf(config, rule);
  const separate = commentsNameFieldRules(tree);
  for (const item of postmortem.actionItems) {
    const missing = FIELDS.filter((field) => levelOf(config, field.rule) === level && field.missing(item) && (!separate || field.rule === rule));
    if (missing[0]?.rule !== rule) continue;
    if (missing.length === 1) {
      report(unexpected(`action item without ${missing[0].name}`, missing[0].expected(config)), firstLine(item.span));
      continue;
    }
    report(
      unexpected(`action item without ${joinNames(missing.map((field) => field.name), "or")}`, joinNames(missing.map((field) => field.short(config)))),
      firstLine(item.span)
    );
  }
  reportEmptySection(rule, context, level);
}
function reportEmptySection(rule, { postmortem, config, report }, level) {
  const section = postmortem.resolved?.["action-items"];
  if (!section || postmortem.actionItems.length > 0) return;
  const lead = FIELDS.find((field) => levelOf(config, field.rule) === level);
  if (lead?.rule !== rule) return;
  report(unexpected("action-item section without items", "one list item or table row per action, each with its ID, owner, deadline and priority"), section.headingSpan);
}

// src/lint/rules/action-item-deadline.ts
var action_item_deadline_default = postmortemRule({
  id: "action-item-deadline",
  check(context) {
    const { postmortem, report } = context;
    reportMissingFields("action-item-deadline", context);
    const incident = postmortem.meta.date?.value || void 0;
    for (const item of postmortem.actionItems) {
      if (!item.deadline) continue;
      if (!item.deadlineDate) {
        report(unexpected(`deadline ${quote(item.deadline.raw)}`, "a real calendar date as YYYY-MM-DD"), item.deadline.span, { actual: item.deadline.raw });
      } else if (incident && item.deadlineDate < incident && !item.done) {
        report(unexpected(`deadline ${item.deadlineDate} before the incident (${incident})`, "a date after the incident"), item.deadline.span, { actual: item.deadline.raw });
      }
    }
  }
});

// src/lint/rules/action-item-id.ts
var action_item_id_default = postmortemRule({
  id: "action-item-id",
  check(context) {
    const { postmortem, report } = context;
    reportMissingFields("action-item-id", context);
    const seen = /* @__PURE__ */ new Map();
    for (const item of postmortem.actionItems) {
      if (!item.id) continue;
      const key = item.id.value.toLowerCase();
      const line = seen.get(key);
      if (line !== void 0) {
        report(unexpected(`duplicate ID ${quote(item.id.value)} (first used on line ${line})`, "a distinct ID for each action item"), item.id.span, { actual: item.id.raw });
      } else seen.set(key, item.id.span.start.line);
    }
  }
});

// src/lint/rules/action-item-owner.ts
var GITHUB_OWNER = /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\/[A-Za-z0-9][A-Za-z0-9._-]*)?$/;
function splitOwners(value2) {
  return value2.split(/\s*[,;]\s*|\s+and\s+/).flatMap((part) => {
    const words2 = part.trim().split(/\s+/);
    return words2.every((word) => word.startsWith("@")) ? words2 : [part.trim()];
  }).filter(Boolean);
}
var action_item_owner_default = postmortemRule({
  id: "action-item-owner",
  check(context) {
    const { postmortem, report } = context;
    reportMissingFields("action-item-owner", context);
    for (const item of postmortem.actionItems) {
      if (!item.owner) continue;
      const invalid = splitOwners(item.owner.value).filter((owner) => !GITHUB_OWNER.test(owner));
      if (invalid.length > 0) {
        report(unexpected(`owner ${quote(invalid.join(", "))}`, "a GitHub `@user` or `@org/team` (a name alone cannot be assigned or notified)"), item.owner.span, { actual: item.owner.raw });
      }
    }
  }
});

// src/lint/rules/action-item-priority.ts
init_normalize();
var action_item_priority_default = postmortemRule({
  id: "action-item-priority",
  check(context) {
    const { postmortem, config, report } = context;
    reportMissingFields("action-item-priority", context);
    const scale = aliasIndex(config.priorities);
    const expected = `one of ${priorityScale(config)}`;
    for (const item of postmortem.actionItems) {
      if (item.priority && !scale.has(normalizeLabel(item.priority.value))) {
        report(unexpected(`priority ${quote(item.priority.raw)}`, expected), item.priority.span, { actual: item.priority.raw });
      }
    }
  }
});

// src/lint/vague-actions.yml.generated.ts
var data4 = JSON.parse('[{"id":"improve","pattern":"^(?:improve|enhance|better|optimi[sz]e|strengthen|harden|tighten)\\\\b","note":"says what should get better, not what will change"},{"id":"look-into","pattern":"^(?:look (?:into|at)|dig into|explore|research)\\\\b","note":"an open question, not an action with a visible end"},{"id":"investigate","pattern":"^(?:investigate|analy[sz]e|understand|figure out|find out|determine)\\\\b","note":"an investigation needs a question and an output (a document, a decision) to be trackable"},{"id":"consider","pattern":"^(?:consider|think about|discuss|evaluate|assess|reconsider)\\\\b","note":"a discussion with no decision or change attached"},{"id":"ensure","pattern":"^(?:ensure|make sure|be sure)\\\\b","note":"states a wish; the action is whatever would guarantee it"},{"id":"monitor","pattern":"^(?:monitor|keep an eye on|watch)\\\\b","note":"ongoing attention is not a change; an alert or dashboard is"},{"id":"follow-up","pattern":"^(?:follow[ -]?up(?: on)?|revisit|check on|review)\\\\b","note":"a reminder, not a change"},{"id":"more-generic","pattern":"^(?:add|write|do|get|have|need) (?:more|better|additional|some|extra) (?:tests?|testing|monitoring|alerts?|alerting|logging|logs|documentation|docs|checks?|metrics|observability|visibility)\\\\.?$","always":true,"note":"more of something, without saying which one or where"},{"id":"be-careful","pattern":"\\\\b(?:be (?:more )?(?:careful|cautious|vigilant|diligent)|pay (?:more |closer )?attention|try harder|remember to|be aware of|double[- ]check)\\\\b","always":true,"note":"asks people to behave differently instead of changing the system"}]');

// src/lint/rules/action-item-specific.ts
function vagueWordingsFromData(data7, source) {
  if (!Array.isArray(data7)) throw new Error(`${source}: expected a list of entries`);
  return data7.map((entry, index) => {
    const where = `${source}: entry ${index + 1}`;
    if (!entry || typeof entry !== "object") throw new Error(`${where}: expected a mapping with id, pattern, note`);
    const { id, pattern, always, note } = entry;
    if (typeof id !== "string" || !id) throw new Error(`${where}: \`id\` must be a non-empty string`);
    if (typeof pattern !== "string") throw new Error(`${where} (${id}): \`pattern\` must be a string`);
    if (typeof note !== "string" || !note) throw new Error(`${where} (${id}): \`note\` must be a non-empty string`);
    if (always !== void 0 && typeof always !== "boolean") throw new Error(`${where} (${id}): \`always\` must be true or false`);
    let compiled;
    try {
      compiled = new RegExp(pattern, "i");
    } catch (error) {
      throw new Error(`${where} (${id}): \`pattern\` is not a valid regular expression: ${error.message}`);
    }
    return { id, pattern: compiled, always: always ?? false, note };
  });
}
var wordings;
var CONCRETE = /\d|`|\/|https?:|#\w|\b\w+[_.]\w+|\b[a-z]+[A-Z]\w*|\b[A-Z][a-z]+[A-Z]\w*|\b[A-Z]{2,}\b|["“'‘][^"”'’]+["”'’]/;
var COMMON_HYPHENATED = /* @__PURE__ */ new Set(["on-call", "follow-up", "follow-ups", "re-run", "end-to-end", "real-time", "long-term", "short-term", "built-in", "opt-in", "self-service", "up-to-date", "well-known", "post-mortem", "post-mortems", "sign-off", "roll-out", "set-up", "check-in", "e-mail", "day-to-day", "so-called", "high-level", "low-level"]);
function isConcrete(text3) {
  if (CONCRETE.test(text3)) return true;
  const words2 = text3.split(/\s+/).filter((word) => /^[A-Za-z]/.test(word));
  const capitalised = words2.filter((word) => /^[A-Z][a-z]/.test(word));
  if (capitalised.length > 0 && capitalised.length < words2.length) return true;
  return (text3.match(/\b[A-Za-z]+(?:-[A-Za-z]+)+\b/g) ?? []).some((word) => !COMMON_HYPHENATED.has(word.toLowerCase()));
}
var MAX_VAGUE_WORDS = 6;
function vagueWording(action) {
  wordings ??= vagueWordingsFromData(data4, "vague-actions.yml");
  const text3 = action.trim().replace(/[.!]+$/, "");
  for (const wording of wordings) {
    const match = wording.pattern.exec(text3);
    if (!match) continue;
    if (wording.always) return wording;
    const rest = text3.slice(match.index + match[0].length);
    const words2 = rest.split(/\s+/).filter(Boolean).length;
    if (!isConcrete(rest) && words2 <= MAX_VAGUE_WORDS) return wording;
  }
  return void 0;
}
var action_item_specific_default = postmortemRule({
  id: "action-item-specific",
  check({ postmortem, report }) {
    for (const item of postmortem.actionItems) {
      if (!item.action) continue;
      const wording = vagueWording(item.action.value);
      if (!wording) continue;
      report(
        unexpected(
          `vague action ${quote(item.action.value)} (${wording.note})`,
          "a specific change that names what and where: the metric and threshold, the alert, the dashboard, the check, the runbook step (e.g. `Alert when queue depth > 1000 for 5 min`)"
        ),
        item.action.span,
        { actual: item.action.raw }
      );
    }
  }
});

// src/blame/grammar.ts
var DETERMINERS = /* @__PURE__ */ new Set(["the", "a", "an", "this", "that", "these", "those", "our", "my", "your", "his", "her", "their", "its", "some", "any", "each", "every", "no", "all", "both", "another", "whose"]);
var POSSESSIVE_DETERMINERS = /* @__PURE__ */ new Set(["our", "my", "your", "his", "her", "their"]);
var FIRST_PERSON_POSSESSIVES = /* @__PURE__ */ new Set(["our", "my"]);
var PREPOSITIONS = /* @__PURE__ */ new Set(["of", "in", "on", "at", "from", "with", "for", "to", "by", "about", "into", "onto", "over", "under", "during", "after", "before", "between", "through", "without", "within", "via", "per", "across", "behind", "near", "than", "like", "outside", "inside"]);
var BE_FORMS = /* @__PURE__ */ new Set(["is", "was", "were", "are", "be", "been", "being", "am", "'re", "get", "gets", "got", "gotten", "getting"]);
var COPULAS = /* @__PURE__ */ new Set(["is", "was", "were", "are", "be", "been", "being", "am", "'s", "seemed", "seems", "looked", "felt", "became", "remains", "remained"]);
var AUXILIARIES = /* @__PURE__ */ new Set(["do", "does", "did", "have", "has", "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought", "is", "was", "were", "are", "be", "been", "being", "am"]);
var PAST_AUXILIARIES = /* @__PURE__ */ new Set(["did", "had", "was", "were", "could", "would"]);
var NEGATIONS = /* @__PURE__ */ new Set(["not", "never"]);
var CONJUNCTIONS = /* @__PURE__ */ new Set(["and", "but", "or", "yet", "nor", "so"]);
var RELATIVES = /* @__PURE__ */ new Set(["who", "that", "which", "whom"]);
var GENERIC_SUBJECTS = /* @__PURE__ */ new Set(["what", "whatever", "whoever", "which"]);
var SKIPPABLE = /* @__PURE__ */ new Set([
  "also",
  "then",
  "just",
  "still",
  "ever",
  "already",
  "once",
  "again",
  "even",
  "first",
  "later",
  "instead",
  "therefore",
  "thus",
  "hence",
  "all",
  "both",
  "each",
  "themselves",
  "himself",
  "herself",
  "ourselves",
  "myself",
  "yourself",
  "too",
  "quite",
  "somehow",
  "soon",
  "now",
  "keep",
  "keeps",
  "kept",
  "tried",
  "try",
  "tries",
  "started",
  "start",
  "starts",
  "began",
  "begin",
  "begun",
  "continued",
  "continue",
  "seemed",
  "seems",
  "appeared",
  "appears",
  "managed",
  "tended",
  "tends",
  "went",
  "go",
  "goes",
  "to",
  "ahead",
  "on",
  "up"
]);
var NOT_ADVERBS = /* @__PURE__ */ new Set(["only", "early", "family", "reply", "supply", "apply", "assembly", "anomaly", "rally", "july", "italy", "holy", "ugly", "friendly", "fly", "ally", "belly", "daily", "weekly", "monthly", "hourly", "nightly", "quarterly", "yearly", "likely", "unlikely", "costly", "timely"]);
var COMMON_ADVERBS = /* @__PURE__ */ new Set(["also", "then", "just", "still", "never", "ever", "already", "once", "again", "even", "too", "quite", "very", "so", "much", "way", "far", "well", "often", "always", "sometimes", "soon", "later", "not", "further", "twice", "instead", "anyway", "perhaps", "maybe", "probably", "definitely", "almost", "nearly", "rather", "pretty", "more", "most", "less", "least", "simply", "in", "fact"]);
function isAdverb(lower) {
  return COMMON_ADVERBS.has(lower) || lower.length > 4 && lower.endsWith("ly") && !NOT_ADVERBS.has(lower);
}
var IRREGULAR_PARTICIPLES = /* @__PURE__ */ new Set([
  "broken",
  "forgotten",
  "given",
  "taken",
  "written",
  "chosen",
  "driven",
  "eaten",
  "fallen",
  "gotten",
  "hidden",
  "known",
  "seen",
  "shown",
  "spoken",
  "stolen",
  "thrown",
  "woken",
  "done",
  "gone",
  "made",
  "run",
  "set",
  "put",
  "let",
  "hit",
  "cut",
  "read",
  "caught",
  "brought",
  "bought",
  "thought",
  "taught",
  "sought",
  "fought",
  "kept",
  "left",
  "lost",
  "meant",
  "met",
  "paid",
  "said",
  "sent",
  "spent",
  "built",
  "held",
  "told",
  "sold",
  "found",
  "heard",
  "understood",
  "stood",
  "led",
  "fed",
  "felt",
  "dealt",
  "slept",
  "swept",
  "begun",
  "drawn",
  "grown",
  "blown",
  "flown",
  "won",
  "shut",
  "spread",
  "split",
  "quit",
  "rid",
  "upset",
  "mistaken",
  "overseen",
  "undertaken",
  "withdrawn",
  "overridden",
  "ridden",
  "bitten",
  "hung",
  "struck",
  "stuck",
  "dug",
  "spun",
  "slid",
  "laid",
  "lit",
  "shot",
  "sat",
  "become",
  "come",
  "overcome",
  "rerun",
  "rebuilt",
  "redone",
  "rewritten",
  "reset",
  "misread",
  "misunderstood",
  "overlooked",
  "forgot",
  "broke",
  "got",
  "ran",
  "wrote",
  "misled",
  "shipped",
  "had"
]);
var NOT_PARTICIPLES = /* @__PURE__ */ new Set(["red", "bed", "need", "feed", "seed", "speed", "shed", "hundred", "sacred", "naked", "wicked", "ahead", "instead", "embed", "bleed", "breed", "greed", "creed", "indeed", "exceed", "proceed", "succeed", "weed", "deed", "shred", "sled", "wed", "ed", "bred", "fled", "ted", "fred", "ned", "med", "unrelated", "dedicated"]);
function isParticiple(lower) {
  if (IRREGULAR_PARTICIPLES.has(lower)) return true;
  return lower.length >= 4 && lower.endsWith("ed") && !NOT_PARTICIPLES.has(lower);
}
var IRREGULAR_BASES = {
  forgot: "forget",
  forgotten: "forget",
  caught: "catch",
  knew: "know",
  known: "know",
  thought: "think",
  saw: "see",
  seen: "see",
  took: "take",
  taken: "take",
  ran: "run",
  told: "tell",
  kept: "keep",
  understood: "understand",
  misunderstood: "misunderstand",
  went: "go",
  gone: "go",
  did: "do",
  done: "do",
  made: "make",
  got: "get",
  gotten: "get",
  found: "find",
  began: "begin",
  begun: "begin",
  brought: "bring",
  sent: "send",
  left: "leave",
  lost: "lose",
  paid: "pay",
  said: "say",
  meant: "mean",
  heard: "hear",
  felt: "feel",
  spent: "spend",
  broke: "break",
  broken: "break",
  chose: "choose",
  chosen: "choose",
  wrote: "write",
  written: "write",
  gave: "give",
  given: "give",
  came: "come",
  became: "become",
  had: "have",
  has: "have",
  was: "be",
  were: "be",
  is: "be",
  are: "be",
  been: "be",
  led: "lead",
  read: "read",
  set: "set",
  put: "put",
  hit: "hit",
  shut: "shut",
  rang: "ring",
  woke: "wake",
  drew: "draw",
  drawn: "draw",
  threw: "throw",
  thrown: "throw",
  fell: "fall",
  fallen: "fall",
  held: "hold",
  stood: "stand",
  built: "build",
  sought: "seek",
  taught: "teach",
  bought: "buy",
  dealt: "deal",
  rolled: "roll",
  backed: "back",
  misread: "misread",
  overlooked: "overlook"
};
function baseForms(lower) {
  const irregular = IRREGULAR_BASES[lower];
  if (irregular) return [irregular, lower];
  const forms = [lower];
  const strip = (suffix, add = "") => {
    if (lower.endsWith(suffix) && lower.length > suffix.length + 1) forms.push(lower.slice(0, -suffix.length) + add);
  };
  strip("ies", "y");
  strip("ied", "y");
  strip("es");
  strip("s");
  strip("ed");
  strip("ed", "e");
  strip("d");
  strip("ing");
  strip("ing", "e");
  for (const suffix of ["ed", "ing"]) {
    const stem = lower.endsWith(suffix) ? lower.slice(0, -suffix.length) : "";
    if (stem.length > 2 && stem.at(-1) === stem.at(-2)) forms.push(stem.slice(0, -1));
  }
  return forms;
}
function inBaseSet(lower, set) {
  return baseForms(lower).some((form) => set.has(form));
}
function isPastForm(lower) {
  return isParticiple(lower) || IRREGULAR_BASES[lower] !== void 0 && IRREGULAR_BASES[lower] !== lower;
}

// src/blame/clauses.ts
var PERSON = /* @__PURE__ */ new Set(["handle", "name", "role", "pronoun", "group"]);
function isPerson(cls) {
  return PERSON.has(cls);
}
var SOFTWARE_ROLES = /* @__PURE__ */ new Set(["operator", "operators", "user", "users", "owner", "owners", "admin", "admins", "agent"]);
var TITLES = /* @__PURE__ */ new Set(["mr", "mrs", "ms", "dr"]);
var SUBORDINATORS = /* @__PURE__ */ new Set(["because", "since", "when", "while", "although", "though", "if", "unless", "until", "after", "before", "as", "once", "whereas", "whether", "where", "why", "how"]);
var QUANTIFIERS = ["such", "many", "most", "several", "few", "other", "others", "various", "certain", "either", "one", "two", "three", "same", "both", "much", "more", "less", "own"];
var FUNCTION_WORDS = /* @__PURE__ */ new Set([...DETERMINERS, ...PREPOSITIONS, ...AUXILIARIES, ...CONJUNCTIONS, ...SUBORDINATORS, ...QUANTIFIERS, "there", "here", "it", "this", "what", "however", "also", "then", "not", "no", "yes", "please", "finally", "next", "later"]);
var COMMON_NOUN_SHAPE = /(?:tion|sion|ment|ing|ness|ity|ance|ence|ure|ics|ism|ware|ings|ers|ies|ors|ists|ages|ts|ks|ps)$/;
var NOUN_SUFFIX = /(?:tion|sion|ment|ing|ness|ity)$/;
var COMMON_SENTENCE_ADVERBS = /* @__PURE__ */ new Set(["unfortunately", "fortunately", "apparently", "eventually", "finally", "initially", "additionally", "subsequently", "consequently", "clearly", "obviously", "honestly", "frankly", "luckily", "sadly", "really", "simply", "only", "currently", "previously", "originally", "ultimately", "basically", "essentially", "meanwhile", "immediately", "quickly", "shortly", "recently", "later", "likewise", "similarly", "accordingly", "interestingly", "surprisingly", "thankfully", "hopefully", "presumably", "probably", "possibly", "certainly", "definitely", "actually", "partly", "mostly", "largely", "generally", "usually", "typically", "normally", "historically"]);
var POSTPOSED = /* @__PURE__ */ new Set(["responsible", "involved", "concerned", "assigned", "affected", "present"]);
var PARTITIVES = /* @__PURE__ */ new Set(["of", "in", "on", "from", "at"]);
var Clauses = class {
  constructor(tokens, words2, sentenceStart, sentenceEnd) {
    this.tokens = tokens;
    this.words = words2;
    this.sentenceStart = sentenceStart;
    this.sentenceEnd = sentenceEnd;
  }
  tokens;
  words;
  sentenceStart;
  sentenceEnd;
  classes = [];
  token(index) {
    return index >= this.sentenceStart && index < this.sentenceEnd ? this.tokens[index] : void 0;
  }
  lower(index) {
    const token = this.token(index);
    return token?.kind === "word" ? token.lower : "";
  }
  isWord(index) {
    return this.token(index)?.kind === "word";
  }
  sentenceInitial(index) {
    for (let k = index - 1; k >= this.sentenceStart; k--) {
      const token = this.tokens[k];
      if (token.kind === "word" || token.kind === "handle") return false;
    }
    return true;
  }
  systemModifier(index) {
    const token = this.token(index);
    if (!token) return false;
    if (token.kind === "masked") return true;
    if (token.kind !== "word") return false;
    return this.words.systemNouns.has(token.lower) || token.capital && this.nameShapeIsSystem(token);
  }
  nameShapeIsSystem(token) {
    return this.words.systemNames.has(token.lower) || new RegExp("\\p{N}", "u").test(token.text) || new RegExp("^.\\p{Ll}*\\p{Lu}", "u").test(token.text) || new RegExp("^\\p{Lu}{2,}$", "u").test(token.text) || token.text.includes(".");
  }
  /**
   * An adverb at this position. Capitalised "-ly" words are names (Sally, Emily) unless they are
   * common adverbs or open the sentence before a comma ("Unfortunately, ...").
   */
  adverbAt(index) {
    const token = this.token(index);
    if (!token || token.kind !== "word" || !isAdverb(token.lower)) return false;
    if (!token.capital) return true;
    return COMMON_SENTENCE_ADVERBS.has(token.lower) || this.token(index + 1)?.text === ",";
  }
  /** The kind of thing a noun-phrase head names (memoised per sentence). */
  headClass(index) {
    const offset = index - this.sentenceStart;
    let cls = this.classes[offset];
    if (cls === void 0) {
      cls = this.classify(index);
      if (offset >= 0) this.classes[offset] = cls;
    }
    return cls;
  }
  classify(index) {
    const token = this.token(index);
    if (!token) return "other";
    if (token.kind === "handle") return "handle";
    if (token.kind !== "word") return "other";
    const word = token.lower;
    const previous2 = this.lower(index - 1);
    if (word === "they" || word === "them") return "they";
    if (this.words.personPronouns.has(word)) return "pronoun";
    if (GENERIC_SUBJECTS.has(word)) return "generic";
    if (word === "one" && previous2 === "no") return "indefinite";
    if (this.words.indefinite.has(word) || word === "none" || word === "neither") return "indefinite";
    if (word === "call" && previous2 === "on") return "role";
    if (this.words.roles.has(word)) return SOFTWARE_ROLES.has(word) && this.systemModifier(index - 1) ? "system" : "role";
    if (this.words.external.has(word)) return "external";
    if (this.words.systemNouns.has(word) || word.endsWith("s") && this.words.systemNouns.has(word.slice(0, -1))) return "system";
    if (!token.capital) return "other";
    if (this.nameShapeIsSystem(token)) return "system";
    if (this.lower(index - 2) !== "" && TITLES.has(this.lower(index - 2)) && this.token(index - 1)?.text === ".") return "name";
    if (TITLES.has(previous2)) return "name";
    if (FUNCTION_WORDS.has(word) || this.adverbAt(index)) return "other";
    if (NOUN_SUFFIX.test(word)) return "other";
    if (this.sentenceInitial(index) && (COMMON_NOUN_SHAPE.test(word) || this.words.verbForms.has(word) || word.length < 2)) return "other";
    return "name";
  }
  /** A word that can head a noun phrase (not a function word, adverb or punctuation). */
  isNominal(index) {
    const token = this.token(index);
    if (!token) return false;
    if (token.kind === "handle" || token.kind === "masked") return true;
    if (token.kind !== "word") return false;
    if (FUNCTION_WORDS.has(token.lower) && !this.words.personPronouns.has(token.lower) && token.lower !== "it" && token.lower !== "this") return false;
    return !NEGATIONS.has(token.lower) && !(this.adverbAt(index) && !this.words.roles.has(token.lower));
  }
  /** Start of the noun phrase whose head is `head` (determiner and up to three modifiers). */
  npStart(head) {
    const headToken = this.token(head);
    if (headToken?.kind === "handle" || this.words.personPronouns.has(this.lower(head)) || this.lower(head) === "they") return head;
    let start = head;
    for (let k = head - 1; k >= this.sentenceStart && head - k <= 3; k--) {
      const token = this.tokens[k];
      if (token.kind === "handle" || token.kind === "masked") {
        start = k;
        continue;
      }
      if (token.kind !== "word") break;
      if (DETERMINERS.has(token.lower)) return k;
      if (FUNCTION_WORDS.has(token.lower) || NEGATIONS.has(token.lower) || RELATIVES.has(token.lower) || this.adverbAt(k) || SKIPPABLE.has(token.lower)) break;
      if (this.words.verbForms.has(token.lower)) break;
      start = k;
    }
    return start;
  }
  subjectAt(head, depth = 0) {
    let cls = this.headClass(head);
    const start = this.npStart(head);
    const before = start - 1;
    if (depth < 2 && PARTITIVES.has(this.lower(before)) && this.isNominal(before - 1)) {
      const outer = this.headClass(before - 1);
      if (outer === "indefinite") {
        const negative = this.isNegativeQuantifier(before - 1);
        if (isPerson(cls) || cls === "they") return { cls: "group", start: this.npStart(before - 1), head, negative, firstPersonPossessed: false, clauseStart: false };
        return this.subjectAt(before - 1, depth + 1);
      }
      if (cls !== "role" || outer !== "system") return this.subjectAt(before - 1, depth + 1);
    }
    for (let k = start - 1; k >= this.sentenceStart && start - k <= 6 && depth < 2; k--) {
      const token = this.tokens[k];
      if (token.kind === "punct") break;
      if (token.kind === "word" && token.lower === "whoever") return { cls: "role", start: k, head, negative: false, firstPersonPossessed: false, clauseStart: false };
      if (token.kind === "word" && RELATIVES.has(token.lower) && k < head) {
        if (this.looksLikeVerb(k - 1)) break;
        if (this.isNominal(k - 1)) {
          const antecedent = this.subjectAt(k - 1, depth + 1);
          if (token.lower === "who" && !isPerson(antecedent.cls)) antecedent.cls = "role";
          return antecedent;
        }
        break;
      }
    }
    return {
      cls,
      start,
      head,
      negative: cls === "indefinite" && this.isNegativeQuantifier(head),
      firstPersonPossessed: FIRST_PERSON_POSSESSIVES.has(this.lower(start)),
      clauseStart: false
    };
  }
  isNegativeQuantifier(index) {
    const word = this.lower(index);
    return word === "nobody" || word === "none" || word === "neither" || word === "no-one" || word === "one" && this.lower(index - 1) === "no";
  }
  elided(verb, clauseStart) {
    return { cls: "elided", start: verb, head: verb, negative: false, firstPersonPossessed: false, clauseStart };
  }
  /** Looks like a finite verb: an auxiliary, a past form, a known verb form or a present -s form. */
  looksLikeVerb(index) {
    const word = this.lower(index);
    if (!word) return false;
    return AUXILIARIES.has(word) || NEGATIONS.has(word) || isPastForm(word) || this.words.verbForms.has(word) || this.adverbAt(index) && this.looksLikeVerb(index + 1);
  }
  /** The subject of the verb (group) starting at `verb`. */
  subjectOf(verb) {
    let j = verb - 1;
    while (j >= this.sentenceStart && this.skippable(j)) j--;
    if (j < this.sentenceStart) return this.elided(verb, true);
    const token = this.tokens[j];
    if (token.kind === "masked") return { cls: "other", start: j, head: j, negative: false, firstPersonPossessed: false, clauseStart: false };
    if (token.kind === "number") {
      let k = j - 1;
      while (k >= this.sentenceStart && (this.tokens[k].kind === "number" || this.tokens[k].text === "#")) k--;
      if (k < this.sentenceStart || this.tokens[k].kind === "punct") return this.elided(verb, true);
      return { cls: "other", start: k, head: j, negative: false, firstPersonPossessed: false, clauseStart: false };
    }
    if (token.kind !== "word" && token.kind !== "handle") return this.afterPunctuation(j, verb);
    const word = token.lower;
    if (token.kind === "word") {
      if (CONJUNCTIONS.has(word)) return this.coordinatedSubject(j, verb);
      if (word === "who") {
        if (!this.isNominal(j - 1) || this.looksLikeVerb(j - 1)) return { cls: "generic", start: j, head: j, negative: false, firstPersonPossessed: false, clauseStart: false };
        const antecedent = this.subjectAt(j - 1);
        const keeps = isPerson(antecedent.cls) || ["external", "indefinite", "generic"].includes(antecedent.cls);
        const cls = keeps ? antecedent.cls : "role";
        return { cls, start: antecedent.start, head: j - 1, negative: false, firstPersonPossessed: false, clauseStart: false };
      }
      if ((word === "that" || word === "which") && this.isNominal(j - 1)) return this.subjectAt(j - 1);
      if (DETERMINERS.has(word) || POSSESSIVE_DETERMINERS.has(word)) return { cls: "modifier", start: j, head: j, negative: false, firstPersonPossessed: false, clauseStart: false };
      if (SUBORDINATORS.has(word)) return this.elided(verb, true);
      if (PREPOSITIONS.has(word) || word === "'s") return { cls: "other", start: j, head: j, negative: false, firstPersonPossessed: false, clauseStart: false };
    }
    if (POSTPOSED.has(word) && this.isNominal(j - 1)) return this.subjectAt(j - 1);
    return this.subjectAt(j);
  }
  skippable(index) {
    const token = this.tokens[index];
    if (token.kind !== "word") return false;
    const word = token.lower;
    return AUXILIARIES.has(word) || NEGATIONS.has(word) || SKIPPABLE.has(word) || this.adverbAt(index) && !this.words.roles.has(word);
  }
  afterPunctuation(j, verb) {
    const text3 = this.tokens[j].text;
    if (text3 === ",") {
      for (let k = j - 1; k >= this.sentenceStart && j - k <= 8; k--) {
        const token = this.tokens[k];
        if (token.kind === "punct" && token.text !== ",") break;
        if (token.text === "," && this.isNominal(k - 1)) return this.subjectAt(k - 1);
      }
      const carried = this.coordinatedSubject(j, verb);
      return carried.cls === "elided" ? this.elided(verb, false) : carried;
    }
    if (text3 === ")") {
      for (let k = j - 1; k >= this.sentenceStart && j - k <= 20; k--) {
        if (this.tokens[k].text === "(") return this.subjectOf(k);
      }
    }
    return this.elided(verb, true);
  }
  /** "... we knew was coming, but did not keep an eye on it": the nearest person in subject position. */
  coordinatedSubject(conjunction, verb) {
    for (let k = conjunction - 1; k >= this.sentenceStart; k--) {
      const cls = this.headClass(k);
      const next = this.lower(k + 1);
      const presentTense = next.length > 3 && next.endsWith("s") && !next.endsWith("ss") && cls !== "name";
      if ((isPerson(cls) || cls === "they") && (this.looksLikeVerb(k + 1) || presentTense)) return this.subjectAt(k);
    }
    const first = this.firstVerb(this.sentenceStart, conjunction);
    if (first !== void 0 && first < conjunction) {
      const subject = this.subjectOf(first);
      if (subject.cls !== "elided") return subject;
    }
    return this.elided(verb, false);
  }
  /** The first token that looks like a finite verb in [from, to). */
  firstVerb(from, to) {
    for (let k = from; k < to; k++) {
      if (k > from && this.looksLikeVerb(k) && !DETERMINERS.has(this.lower(k - 1))) return k;
    }
    return void 0;
  }
  /** The subject of the clause that contains `index` (for phrases at the end of a clause). */
  clauseSubject(index) {
    let start = this.sentenceStart;
    for (let k = index - 1; k >= this.sentenceStart; k--) {
      const token = this.tokens[k];
      if (token.kind === "punct" && /^[;:–—-]$/.test(token.text)) {
        start = k + 1;
        break;
      }
    }
    const verb = this.firstVerb(start, index);
    return verb === void 0 ? this.elided(index, true) : this.subjectOf(verb);
  }
  /** A person noun phrase at `index` ("the DBA", "our SRE team", "@kwame", "Greg"): its end. */
  personPhraseAt(index) {
    let k = index;
    if (DETERMINERS.has(this.lower(k))) k++;
    for (let head = k; head < Math.min(this.sentenceEnd, k + 3); head++) {
      const cls = this.headClass(head);
      if (isPerson(cls) || cls === "they") {
        let last = head;
        while (this.headClass(last + 1) === "role") last++;
        return { end: last + 1, cls };
      }
      if (!this.isNominal(head) || this.lower(head) === "it") return void 0;
    }
    return void 0;
  }
  /** A possessive at `index` ("Greg's", "our", "the intern's", "anyone's"): its end and class. */
  possessiveAt(index) {
    const word = this.lower(index);
    if (POSSESSIVE_DETERMINERS.has(word)) return { end: index + 1, cls: "pronoun" };
    let k = index;
    if (DETERMINERS.has(word)) k++;
    for (let head = k; head < Math.min(this.sentenceEnd, k + 3); head++) {
      const next = this.token(head + 1);
      const possessive = next && (next.kind === "word" && next.lower === "'s" || next.kind === "punct" && /^['’]$/.test(next.text) && this.lower(head).endsWith("s"));
      if (possessive) {
        const cls = this.headClass(head);
        return isPerson(cls) || cls === "indefinite" || cls === "they" ? { end: head + 2, cls } : void 0;
      }
      if (!this.isNominal(head)) return void 0;
    }
    return void 0;
  }
};

// src/blame/detect.ts
var AUXILIARIES_BEFORE_NEVER = AUXILIARIES;
var PatternIndex = class {
  byWord = /* @__PURE__ */ new Map();
  anywhere = [];
  constructor(patterns) {
    for (const pattern of patterns) {
      const first = pattern.words[0];
      if (!first || first.optional || !first.alternatives) {
        const required = pattern.words.filter((word) => !word.optional && word.alternatives).map((word) => word.alternatives);
        this.anywhere.push({ pattern, required });
        continue;
      }
      for (const word of first.alternatives) {
        const list2 = this.byWord.get(word) ?? [];
        list2.push(pattern);
        this.byWord.set(word, list2);
      }
    }
  }
  /** The placeholder-first patterns that can match in a sentence with these words (all their required words occur). */
  floating(words2) {
    const result = [];
    for (const { pattern, required } of this.anywhere) {
      if (required.every((alternatives) => [...alternatives].some((word) => words2.has(word)))) result.push(pattern);
    }
    return result;
  }
  /** Patterns worth trying at a token that start with its word. */
  startingWith(token) {
    return (token.kind === "word" ? this.byWord.get(token.lower) : void 0) ?? NONE;
  }
};
var NONE = [];
function compilePattern(entry, pattern) {
  const words2 = pattern.split(/\s+/).map((raw) => {
    const optional = raw.endsWith("?");
    const word = optional ? raw.slice(0, -1) : raw;
    if (word === "{person}") return { placeholder: "person", optional };
    if (word === "{poss}") return { placeholder: "poss", optional };
    if (word === "*") return { placeholder: "any", optional };
    const alternatives = new Set(word.split("|").map((alternative) => alternative === "n't" ? "not" : alternative.replace(/’/g, "'")));
    return { alternatives, optional };
  });
  return { entry, words: words2 };
}
var FIRST_PERSON_GROUP = /* @__PURE__ */ new Set(["our", "my"]);
var SELF_WORDS = /* @__PURE__ */ new Set(["we", "us", "i", "me", "our", "ours", "my", "myself", "ourselves"]);
var TEAM_WORDS = /* @__PURE__ */ new Set(["team", "teams", "crew", "squad", "staff", "folks"]);
var PLAIN_DETERMINERS = /* @__PURE__ */ new Set(["the", "our", "my", "this", "whole", "entire"]);
var CIRCUMSTANCE = /* @__PURE__ */ new Set(["since", "as", "when", "while", "although", "though", "once", "after", "until", "unless", "whereas", "if"]);
var MODALS = /* @__PURE__ */ new Set(["can", "could", "may", "might", "will", "would", "shall", "must"]);
var CATENATIVES = /* @__PURE__ */ new Set(["keep", "keeps", "kept", "started", "start", "began", "continued", "stop", "stopped", "been", "be"]);
var CAUSATIVES = /* @__PURE__ */ new Set(["let", "lets", "make", "makes", "made", "help", "helps", "helped", "allow", "allows", "have", "has"]);
var SentenceAnalysis = class {
  constructor(tokens, start, end, compiled) {
    this.tokens = tokens;
    this.start = start;
    this.end = end;
    this.compiled = compiled;
    this.clauses = new Clauses(tokens, compiled.sets, start, end);
    for (let index = start; index < end; index++) {
      const token = tokens[index];
      if (token.kind === "word") this.words.add(token.lower);
    }
  }
  tokens;
  start;
  end;
  compiled;
  hits = [];
  clauses;
  words = /* @__PURE__ */ new Set();
  floatingPhrases;
  patternsAt(index, floating, token) {
    const starting = index.startingWith(token);
    if (floating.length === 0 || !this.mayStartPerson(token)) return starting;
    if (starting.length === 0) return floating;
    return [...starting, ...floating];
  }
  lower(index) {
    return this.clauses.lower(index);
  }
  /** Placeholder-first patterns start at a person or possessive: an @handle, a capital, a determiner, a pronoun, a role. */
  mayStartPerson(token) {
    if (token.kind === "handle") return true;
    if (token.kind !== "word") return false;
    const word = token.lower;
    const sets = this.compiled.sets;
    return token.capital || DETERMINERS.has(word) || sets.personPronouns.has(word) || word === "they" || sets.roles.has(word) || sets.indefinite.has(word) || sets.external.has(word);
  }
  /** True when the sentence talks about blame culture itself, or instructs how to write. */
  isMeta() {
    const floating = this.compiled.meta.floating(this.words);
    for (let index = this.start; index < this.end; index++) {
      for (const pattern of this.patternsAt(this.compiled.meta, floating, this.tokens[index])) if (this.matchAt(pattern, index) !== void 0) return true;
    }
    const first = this.tokens[this.start];
    return first?.kind === "word" && first.lower === "blame" && first.capital;
  }
  run() {
    for (let index = this.start; index < this.end; index++) {
      const token = this.tokens[index];
      if (token.kind === "handle") this.phrasesAt(index);
      if (token.kind !== "word") continue;
      this.phrasesAt(index);
      this.verbAt(index);
      this.judgmentAt(index);
      this.omissionAt(index);
      this.hindsightAt(index);
      this.conditionalAt(index);
      this.passiveAt(index);
    }
    this.negativeGroupOmission();
    return this.hits;
  }
  // ---- pattern matching ----
  matchAt(pattern, index) {
    let personClass;
    const step = (wordIndex, position) => {
      if (wordIndex === pattern.words.length) return position;
      const word = pattern.words[wordIndex];
      const next = this.matchWord(word, position);
      if (next !== void 0) {
        const done = step(wordIndex + 1, next.end);
        if (done !== void 0) {
          if (next.cls) personClass ??= next.cls;
          return done;
        }
      }
      return word.optional ? step(wordIndex + 1, position) : void 0;
    };
    const end = step(0, index);
    if (end === void 0 || end === index) return void 0;
    return personClass ? { end, personClass } : { end };
  }
  matchWord(word, position) {
    if (position >= this.end) return void 0;
    if (word.placeholder === "person") return this.clauses.personPhraseAt(position);
    if (word.placeholder === "poss") return this.clauses.possessiveAt(position);
    const token = this.tokens[position];
    if (word.placeholder === "any") return token.kind === "word" || token.kind === "number" ? { end: position + 1 } : void 0;
    return token.kind === "word" && word.alternatives?.has(token.lower) ? { end: position + 1 } : void 0;
  }
  negatedBefore(index) {
    for (let k = index - 1; k >= this.start && index - k <= 4; k--) {
      const word = this.lower(k);
      if (NEGATIONS.has(word) || word === "no" || word === "nobody" || word === "none") return true;
      if (!(isAdverb(word) || BE_FORMS.has(word) || word === "did" || word === "do" || word === "does" || word === "'s" || word === "it" || word === "entirely" || word === "anyone")) return false;
    }
    return false;
  }
  add(first, last, entry, extra = {}, person = "named") {
    this.hits.push({ first, last, entry, person, ...extra });
  }
  /** Is the noun phrase headed at `head` the writers ("we", "us", "the team", "our team")? */
  selfAt(head) {
    const word = this.lower(head);
    if (SELF_WORDS.has(word)) return true;
    return TEAM_WORDS.has(word) && (PLAIN_DETERMINERS.has(this.lower(head - 1)) || head === this.start);
  }
  /** Who a clause's subject is, for the level of a hit about it. */
  personOf(subject) {
    if (subject.cls === "elided") return "self";
    if (!isPerson(subject.cls) && subject.cls !== "they") return "unknown";
    return this.selfAt(subject.head) ? "self" : "named";
  }
  /** Who a phrase is about: the writers if it says "our", "we", "the team"; a person named in it or owning it; else unknown. */
  phrasePerson(first, last, named) {
    for (let k = first; k <= last; k++) if (this.selfAt(k)) return "self";
    if (named) return "named";
    if (this.lower(first - 1) === "'s" && isPerson(this.clauses.headClass(first - 2))) return this.selfAt(first - 2) ? "self" : "named";
    if (FIRST_PERSON_GROUP.has(this.lower(first - 1))) return "self";
    const subject = this.clauses.clauseSubject(first);
    return subject.cls === "elided" ? "unknown" : this.personOf(subject);
  }
  /** Where a hit about a subject and its verb starts: at the subject when it is near. */
  spanStart(subject, verb) {
    return subject.cls !== "elided" && subject.start >= this.start && verb - subject.start <= 8 ? subject.start : verb;
  }
  // ---- vocabulary entries ----
  phrasesAt(index) {
    this.floatingPhrases ??= this.compiled.phrases.floating(this.words);
    for (const pattern of this.patternsAt(this.compiled.phrases, this.floatingPhrases, this.tokens[index])) {
      const match = this.matchAt(pattern, index);
      if (!match) continue;
      const { entry } = pattern;
      if (match.personClass === "indefinite") continue;
      const hasPlaceholder = pattern.words.some((word) => word.placeholder === "person" || word.placeholder === "poss");
      if (entry.subject === "person" && !hasPlaceholder && !this.personSubjectFor(index)) continue;
      let first = index;
      if (entry.subject === "person-active") {
        const actor = this.activePersonBefore(index);
        if (actor === void 0) continue;
        first = actor;
      }
      if (entry.subject === "person" && !hasPlaceholder && !this.personActsHere(index)) continue;
      if (entry.negatable && (this.negatedBefore(index) || this.clauses.clauseSubject(index).negative || this.clauses.clauseSubject(index).cls === "indefinite")) continue;
      if (this.excludedByContext(entry, index, match.end - 1)) continue;
      if (entry.category === "person-fault" && !entry.human && this.systemReasonAfter(match.end - 1)) continue;
      const named = match.personClass !== void 0 && (isPerson(match.personClass) || match.personClass === "they") && !entry.level;
      const person = entry.subject === "person-active" ? this.personOf(this.clauses.subjectOf(index - 1)) : entry.subject === "person" ? this.subjectPerson(index) : this.phrasePerson(first, match.end - 1, named);
      this.add(first, match.end - 1, entry, entry.suggest !== void 0 ? { replacement: entry.suggest } : {}, person);
    }
  }
  /**
   * For phrases about a person's knowledge or choice ("even though", "chose not to"): the clause is a
   * person's action, not a product that "appeared to time out" nor people who "were able to" help.
   */
  personActsHere(index) {
    const subject = this.clauses.clauseSubject(index);
    if (subject.cls === "name" && ["appeared", "seemed", "tended", "continued", "kept", "started"].includes(this.lower(subject.head + 1))) return false;
    for (let k = subject.head + 1; k < index && k - subject.head <= 4; k++) if (this.lower(k) === "able" && this.lower(k + 1) === "to") return false;
    return true;
  }
  /** "Our intern deployed | the wrong branch": the start of the person doing it, if a person did it. */
  activePersonBefore(index) {
    const verb = index - 1;
    const word = this.lower(verb);
    const presentTense = word.length > 3 && word.endsWith("s") && !word.endsWith("ss");
    if (!(isPastForm(word) || presentTense) || this.isPassive(verb) || this.negatedBefore(verb)) return void 0;
    if (inBaseSet(word, this.compiled.sets.responseVerbs)) return void 0;
    const subject = this.clauses.subjectOf(verb);
    return isPerson(subject.cls) && !subject.negative ? this.spanStart(subject, verb) : void 0;
  }
  /** The person a `subject: person` phrase is about: the direct subject if a person, else the clause's. */
  subjectPerson(index) {
    const direct = this.clauses.subjectOf(index);
    return this.personOf(isPerson(direct.cls) ? direct : this.clauses.clauseSubject(index));
  }
  personSubjectFor(index) {
    const direct = this.clauses.subjectOf(index);
    if (isPerson(direct.cls)) return true;
    return isPerson(this.clauses.clauseSubject(index).cls);
  }
  excludedByContext(entry, first, last) {
    return entry.unlessNext.length > 0 && entry.unlessNext.includes(this.lower(last + 1)) || entry.unlessPrev.length > 0 && entry.unlessPrev.includes(this.lower(first - 1));
  }
  /** Passive: a form of "be" before the participle, also through coordination ("are matched or ignored"). */
  isPassive(index) {
    for (let k = index - 1; k >= this.start && index - k <= 5; k--) {
      const word = this.lower(k);
      if (BE_FORMS.has(word)) return true;
      if ((word === "or" || word === "and") && isParticiple(this.lower(k - 1))) {
        k--;
        continue;
      }
      if (!(isAdverb(word) || NEGATIONS.has(word))) return false;
    }
    return false;
  }
  pastPassive(index) {
    for (let k = index - 1; k >= this.start && index - k <= 5; k--) {
      const word = this.lower(k);
      if (BE_FORMS.has(word)) return word === "was" || word === "were" || word === "been" || word === "got" || word === "gotten";
    }
    return false;
  }
  /** "You can ignore", "we will forget": a modal before the verb describes a possibility, not what happened. */
  afterModal(index) {
    for (let k = index - 1; k >= this.start && index - k <= 3; k--) {
      const word = this.lower(k);
      if (MODALS.has(word)) return true;
      if (!isAdverb(word)) return false;
    }
    return false;
  }
  verbAt(index) {
    const candidates2 = this.compiled.verbs.get(this.lower(index));
    if (!candidates2) return;
    for (const { entry, words: words2 } of candidates2) {
      if (!words2.every((word, offset) => this.lower(index + offset) === word)) continue;
      const last = index + words2.length - 1;
      if (this.excludedByContext(entry, index, last)) continue;
      if (this.tokens[index].capital && !this.atSentenceStart(index)) continue;
      const adverb = words2.length === 1 && words2[0].endsWith("ly");
      if (!adverb && (this.isPassive(index) || this.negatedBefore(index) || this.afterModal(index))) continue;
      const before = this.lower(index - 1);
      const pronoun = (before === "this" || before === "that") && (this.lower(index - 2) === "and" || this.tokens[index - 2]?.text === ",");
      if (!adverb && !pronoun && (DETERMINERS.has(before) || POSSESSIVE_DETERMINERS.has(before) || before === "'s")) continue;
      const subject = this.clauses.subjectOf(index);
      if (subject.negative) continue;
      if (!adverb && !this.finiteUse(index, subject)) continue;
      if (!adverb && !entry.human && this.lower(index).endsWith("ing") && subject.cls === "name") continue;
      if (entry.id === "caused" && this.lower(index) === "caused" && ["this", "which", "that"].includes(this.lower(subject.head)) && subject.start > this.start) {
        const actor = this.clauses.clauseSubject(subject.start - 1);
        if (actor.cls !== "elided" && isPerson(actor.cls) && !actor.negative && actor.start < subject.start) {
          this.add(actor.start, last, entry, {}, this.personOf(actor));
          return;
        }
      }
      if (!this.subjectCounts(subject, entry.human, this.lower(index))) continue;
      if (!adverb && !entry.human && this.systemReasonAfter(last)) continue;
      const person = this.personOf(subject);
      if (!adverb) this.add(this.spanStart(subject, index), last, entry, {}, person);
      else if (entry.suggest === "") this.add(index, last, entry, { deleteSuggested: true }, person);
      else this.add(index, last, entry, entry.suggest === void 0 ? {} : { replacement: entry.suggest }, person);
      return;
    }
  }
  /**
   * Is the verb form used as a finite verb of that subject? "-ing" needs "was", "kept" or a comma
   * before it ("Explicit ignoring" is a heading); a base form needs its subject right before it and
   * no causative ("let authors ignore messages").
   */
  finiteUse(index, subject) {
    const word = this.lower(index);
    let before = index - 1;
    while (before >= this.start && isAdverb(this.lower(before))) before--;
    const previous2 = this.tokens[before];
    if (word.endsWith("ing")) return BE_FORMS.has(this.lower(before)) || CATENATIVES.has(this.lower(before)) || previous2?.text === ",";
    if (isPastForm(word) || word.endsWith("s")) return true;
    if (subject.cls === "elided" || subject.head < before) return false;
    return !CAUSATIVES.has(this.lower(subject.start - 1)) && !CAUSATIVES.has(this.lower(subject.head - 1)) && !CAUSATIVES.has(this.lower(subject.start));
  }
  atSentenceStart(index) {
    for (let k = index - 1; k >= this.start; k--) if (this.tokens[k].kind === "word" || this.tokens[k].kind === "handle") return false;
    return true;
  }
  /**
   * Does this subject make the clause about a person? "they" and a missing subject count only for
   * things only people do, and only in the past: "Forgot to update" is a report, "Ignore" a heading.
   */
  subjectCounts(subject, humanOnly, verb) {
    if (isPerson(subject.cls)) return true;
    const past = isPastForm(verb) || verb.endsWith("ly");
    if (subject.cls === "they") return humanOnly && past;
    if (subject.cls === "elided") return humanOnly && subject.clauseStart && past;
    return false;
  }
  judgmentAt(index) {
    const entry = this.compiled.judgments.get(this.lower(index));
    if (!entry || this.excludedByContext(entry, index, index)) return;
    const word = this.lower(index);
    if (entry.predicative && !this.isPredicative(index)) return;
    if (entry.subject === "person" && !this.judgesPerson(index)) return;
    if (word.endsWith("ly") && this.infinitiveBefore(index)) return;
    const person = entry.level ? this.phrasePerson(index, index, false) : "named";
    if (entry.suggest === "" && this.deletable(index, word)) this.add(index, index, entry, { deleteSuggested: true }, person);
    else this.add(index, index, entry, {}, person);
  }
  /** A "to" + verb earlier in the clause, with no punctuation between: the adverb is part of a plan. */
  infinitiveBefore(index) {
    for (let k = index - 1; k > this.start && index - k <= 10; k--) {
      const token = this.tokens[k];
      if (token.kind === "punct" && token.text !== "/") return false;
      if (token.kind === "word" && token.lower === "to" && this.tokens[k + 1]?.kind === "word" && !DETERMINERS.has(this.lower(k + 1))) return true;
    }
    return false;
  }
  isPredicative(index) {
    for (let k = index - 1; k >= this.start && index - k <= 4; k--) {
      const word = this.lower(k);
      if (COPULAS.has(word)) return true;
      if (!isAdverb(word)) return false;
    }
    return false;
  }
  /** "The on-call panicked", "a panicked engineer" (not "the kernel panicked"). */
  judgesPerson(index) {
    if (DETERMINERS.has(this.lower(index - 1))) return isPerson(this.clauses.headClass(index + 1));
    if (this.clauses.headClass(index + 1) === "role") return true;
    const subject = this.clauses.subjectOf(index);
    return isPerson(subject.cls) || subject.cls === "they";
  }
  /** Deleting a judgment word is safe for a manner adverb or an adjective before its noun. */
  deletable(index, word) {
    if (word.endsWith("ly")) return true;
    const next = this.tokens[index + 1];
    if (!next || next.kind !== "word" || index + 1 >= this.end) return false;
    if (["and", "or", "but", "about", "with", "to", "in", "on", "of", "for", "as"].includes(next.lower)) return false;
    if (COPULAS.has(this.lower(index - 1))) return false;
    const article = this.lower(index - 1);
    const vowel = /^[aeiou]/.test(next.lower);
    return !(article === "a" && vowel || article === "an" && !vowel);
  }
  // ---- clause analyses ----
  /** "did not check", "never looked", "failed to escalate", "was not able to fix", "wasn't paying attention". */
  omissionAt(index) {
    const word = this.lower(index);
    const trigger = this.omissionTrigger(index, word);
    if (!trigger) return;
    const { verb, past, ability, failed } = trigger;
    const verbWord = this.lower(verb);
    if (!verbWord) return;
    if (ability && !this.mentionsTimeliness(verb)) return;
    if (!ability && inBaseSet(verbWord, this.compiled.sets.experienceVerbs)) return;
    if (["any", "anything"].includes(this.lower(verb + 1)) && inBaseSet(verbWord, this.compiled.sets.experienceVerbs)) return;
    const subject = this.clauses.subjectOf(index);
    if (!past || subject.negative || !this.omissionBy(subject, inBaseSet(verbWord, this.compiled.sets.humanVerbs))) return;
    if (this.lower(index + 1) === "never" && this.beforeFollows(verb)) return;
    if (!failed && (this.systemReasonAfter(verb) || this.purposeAfter(verb))) return;
    if (CIRCUMSTANCE.has(this.lower(subject.start - 1)) && subject.start - 1 === this.start) return;
    const entry = failed ? this.compiled.detectors["failed-to"] : this.compiled.detectors.omission;
    this.add(this.spanStart(subject, index), verb, entry, {}, this.personOf(subject));
  }
  /**
   * Whose omission is it? A clear person always counts; a capitalised name (maybe a product), "they"
   * or a missing subject only for something only people do ("Prow did not start" is a system).
   */
  omissionBy(subject, humanVerb) {
    if (subject.cls === "handle" || subject.cls === "role" || subject.cls === "group" || subject.cls === "pronoun") return true;
    if (subject.cls === "name" || subject.cls === "they") return humanVerb;
    return subject.cls === "elided" && subject.clauseStart && humanVerb;
  }
  /** "in order to", "so as to", "so that", or ", to <verb>" after `index`: the omission was chosen for a purpose. */
  purposeAfter(index) {
    for (let k = index + 1; k < this.end; k++) {
      const word = this.lower(k);
      if (word === "order" && this.lower(k - 1) === "in" && this.lower(k + 1) === "to") return true;
      if (word === "so" && this.lower(k + 1) === "as" && this.lower(k + 2) === "to") return true;
      if (word === "so" && this.lower(k + 1) === "that" && [2, 3, 4, 5].some((offset) => MODALS.has(this.lower(k + offset)))) return true;
      if (word === "to" && this.tokens[k - 1].text === ",") return true;
    }
    return false;
  }
  /** A "because / since" clause after `index` whose subject is a thing, not a person. */
  systemReasonAfter(index) {
    for (let k = index + 1; k < this.end; k++) {
      const word = this.lower(k);
      if (word !== "because" && word !== "since") continue;
      const verb = this.clauses.firstVerb(k + 1, this.end);
      if (verb !== void 0) {
        const subject = this.clauses.subjectOf(verb);
        return !isPerson(subject.cls) && subject.cls !== "they" && subject.cls !== "elided" && subject.cls !== "indefinite";
      }
      let head = k + 1;
      while (head < this.end && DETERMINERS.has(this.lower(head))) head++;
      const cls = this.clauses.headClass(head);
      return head < this.end && !isPerson(cls) && cls !== "they" && cls !== "indefinite";
    }
    return false;
  }
  mentionsTimeliness(from) {
    const floating = this.compiled.timeliness.floating(this.words);
    for (let index = from; index < this.end; index++) {
      for (const pattern of this.patternsAt(this.compiled.timeliness, floating, this.tokens[index])) if (this.matchAt(pattern, index) !== void 0) return true;
    }
    return false;
  }
  omissionTrigger(index, word) {
    if ((word === "failed" || word === "fails" || word === "fail" || word === "failing") && this.lower(index + 1) === "to") {
      if (this.isPassive(index) || DETERMINERS.has(this.lower(index - 1))) return void 0;
      return { verb: this.nextContent(index + 2), past: word !== "fails" && word !== "fail", ability: false, failed: true };
    }
    if (word === "unable" && this.lower(index + 1) === "to") return { verb: this.nextContent(index + 2), past: true, ability: true, failed: true };
    if (word === "never") {
      const verb2 = this.nextContent(index + 1);
      if (!isPastForm(this.lower(verb2))) return void 0;
      const before = this.lower(index - 1);
      if (before && (AUXILIARIES_BEFORE_NEVER.has(before) || BE_FORMS.has(before))) return void 0;
      return { verb: verb2, past: true, ability: false, failed: false };
    }
    if (!(word === "did" || word === "do" || word === "does" || word === "had" || word === "has" || word === "have" || word === "was" || word === "were" || word === "could" || word === "is" || word === "are")) return void 0;
    let k = index + 1;
    while (k < this.end && isAdverb(this.lower(k)) && !NEGATIONS.has(this.lower(k))) k++;
    if (!NEGATIONS.has(this.lower(k))) return void 0;
    let verb = this.nextContent(k + 1);
    let ability = word === "could";
    const past = PAST_AUXILIARIES.has(word);
    if (this.lower(verb) === "been") {
      verb = this.nextContent(verb + 1);
      if (this.lower(verb) !== "able") return void 0;
    }
    if (this.lower(verb) === "able" && this.lower(verb + 1) === "to") {
      ability = true;
      verb = this.nextContent(verb + 2);
    } else if (word === "was" || word === "were" || word === "is" || word === "are") {
      if (!this.compiled.sets.inattentionVerbs.has(this.lower(verb))) return void 0;
    } else if ((word === "had" || word === "has" || word === "have") && !isParticiple(this.lower(verb))) {
      return void 0;
    }
    return { verb, past: past || word === "had", ability, failed: false };
  }
  beforeFollows(verb) {
    for (let k = verb + 1; k < this.end && k - verb <= 6; k++) if (this.lower(k) === "before") return true;
    return false;
  }
  /** The next word after adverbs. */
  nextContent(index) {
    let k = index;
    while (k < this.end && (isAdverb(this.lower(k)) || NEGATIONS.has(this.lower(k))) && this.lower(k) !== "able") k++;
    return k;
  }
  /** "None of us noticed", "No one in the team knows", "Nobody on the database team noticed". */
  negativeGroupOmission() {
    for (let index = this.start; index < this.end; index++) {
      if (!this.clauses.isNegativeQuantifier(index)) continue;
      const next = this.lower(index + 1);
      if (next === "else") {
        const verb2 = this.nextContent(index + 2);
        const verbWord2 = this.lower(verb2);
        if (isPastForm(verbWord2) && !BE_FORMS.has(verbWord2) && !inBaseSet(verbWord2, this.compiled.sets.experienceVerbs)) this.add(this.lower(index) === "one" ? index - 1 : index, verb2, this.compiled.detectors.omission, {}, "self");
        continue;
      }
      if (!["of", "in", "on", "from", "at"].includes(next)) continue;
      const ours = FIRST_PERSON_GROUP.has(this.lower(index + 2)) && this.clauses.isNominal(index + 3) ? { end: index + 4, cls: "group" } : void 0;
      const group = this.clauses.personPhraseAt(index + 2) ?? ours;
      if (!group || !isPerson(group.cls)) continue;
      let verb = this.nextContent(group.end);
      if (BE_FORMS.has(this.lower(verb)) && this.lower(this.nextContent(verb + 1)).endsWith("ing")) verb = this.nextContent(verb + 1);
      const verbWord = this.lower(verb);
      if (!verbWord || BE_FORMS.has(verbWord) || inBaseSet(verbWord, this.compiled.sets.experienceVerbs)) continue;
      if (!(isParticiple(verbWord) || verbWord.endsWith("s") || inBaseSet(verbWord, this.compiled.sets.humanVerbs))) continue;
      const start = this.lower(index) === "one" ? index - 1 : index;
      this.add(start, verb, this.compiled.detectors.omission, {}, this.selfAt(group.end - 1) ? "self" : "named");
    }
  }
  /** "X should have rolled back", "should've tested", "should never have been given", "could have prevented". */
  hindsightAt(index) {
    const modal = this.lower(index);
    let k = index + 1;
    if (modal === "ought" && this.lower(k) === "to") k++;
    else if (modal !== "should" && modal !== "could") return;
    while (NEGATIONS.has(this.lower(k)) || isAdverb(this.lower(k))) k++;
    if (this.lower(k) !== "have") return;
    if (this.lower(index - 1) === "or" || this.lower(k - 1) === "or") return;
    k = this.nextContent(k + 1);
    const next = this.lower(k);
    if (!next) return;
    const subject = this.clauses.subjectOf(index);
    if (subject.cls === "generic" || subject.cls === "indefinite" || subject.negative) return;
    if (next === "been") {
      if (modal === "could" && !this.compiled.sets.preventionVerbs.has(this.lower(this.nextContent(k + 1)))) return;
      this.passiveHindsight(index, k, subject);
      return;
    }
    if (!isParticiple(next)) return;
    if (modal === "could" && (!this.compiled.sets.preventionVerbs.has(next) || this.systemConditional() || this.systemMeansAfter(k))) return;
    const after = this.tokens[k + 1];
    if (this.compiled.sets.adjectivalParticiples.has(next) && after?.kind === "word" && !DETERMINERS.has(after.lower) && !PREPOSITIONS.has(after.lower) && !this.compiled.sets.personPronouns.has(after.lower) && after.lower !== "it") return;
    const human = inBaseSet(next, this.compiled.sets.humanVerbs) || next === "known";
    const counts = isPerson(subject.cls) ? subject.cls !== "name" || !this.compiled.sets.systemParticiples.has(next) : (subject.cls === "they" || subject.cls === "elided" && subject.clauseStart) && human;
    if (!counts) return;
    this.add(this.spanStart(subject, index), k, this.compiled.detectors.hindsight, {}, this.personOf(subject));
  }
  /** "we could have detected this with a synthetic check": the counterfactual is about a tool. */
  systemMeansAfter(index) {
    for (let k = index + 1; k < this.end && k - index <= 8; k++) {
      const word = this.lower(k);
      if (word === "with" || word === "using" || word === "via" || word === "through") return !this.clauses.personPhraseAt(k + 1);
    }
    return false;
  }
  /** "If the alert had fired earlier, we could have ...": the counterfactual is about a system. */
  systemConditional() {
    for (let index = this.start; index < this.end; index++) {
      if (this.lower(index) !== "if" && !(this.lower(index) === "had" && index === this.start)) continue;
      for (let k = index + 1; k < this.end && k - index <= 6; k++) {
        if (this.lower(k) !== "had") continue;
        const next = this.lower(this.nextContent(k + 1));
        if (!isParticiple(next) && next !== "been") return true;
        const subject = this.clauses.subjectOf(k);
        return !isPerson(subject.cls) && subject.cls !== "they";
      }
    }
    return false;
  }
  passiveHindsight(modal, been, subject) {
    const k = this.nextContent(been + 1);
    const word = this.lower(k);
    if (word && isParticiple(word)) {
      if (isPerson(subject.cls)) {
        this.add(this.spanStart(subject, modal), k, this.compiled.detectors.hindsight, {}, this.personOf(subject));
        return;
      }
      if (this.compiled.sets.systemParticiples.has(word)) return;
      if (this.systemAgentAfter(k)) return;
      this.add(modal, k, this.compiled.detectors["hindsight-passive"], {}, "unknown");
      return;
    }
    if (isPerson(subject.cls)) this.add(this.spanStart(subject, modal), been, this.compiled.detectors.hindsight, {}, this.personOf(subject));
  }
  /** "by the queue", "automatically": the passive's agent is a system. */
  systemAgentAfter(index) {
    for (let k = index + 1; k < this.end && k - index <= 6; k++) {
      const word = this.lower(k);
      if (word === "automatically") return true;
      if (word === "by") {
        if (this.clauses.personPhraseAt(k + 1)) return false;
        const next = this.nextNominal(k + 1);
        const cls = next === void 0 ? "other" : this.clauses.headClass(next);
        return cls === "system" || cls === "other";
      }
    }
    return false;
  }
  /** The head of the noun phrase starting at `index` (skipping determiners and modifiers). */
  nextNominal(index) {
    let k = index;
    while (k < this.end && DETERMINERS.has(this.lower(k))) k++;
    if (k >= this.end) return void 0;
    const cls = this.clauses.headClass(k);
    if (cls === "indefinite" || isPerson(cls)) return k;
    while (k + 1 < this.end && this.clauses.isNominal(k + 1) && !PREPOSITIONS.has(this.lower(k + 1))) k++;
    return k;
  }
  /** "If Sofia had checked", "if the team had followed", "Had the author tested". */
  conditionalAt(index) {
    const word = this.lower(index);
    if (word === "if") {
      for (let k = index + 1; k < this.end && k - index <= 6; k++) {
        if (this.lower(k) !== "had") continue;
        const participle2 = this.nextContent(k + 1);
        const verbWord = this.lower(participle2);
        if (!verbWord || verbWord === "been" || !isParticiple(verbWord)) return;
        const subject = this.clauses.subjectOf(k);
        if (isPerson(subject.cls) || subject.cls === "they" && inBaseSet(verbWord, this.compiled.sets.humanVerbs)) {
          this.add(index, participle2, this.compiled.detectors["hindsight-conditional"], {}, this.personOf(subject));
        }
        return;
      }
      return;
    }
    if (word !== "had") return;
    const before = this.tokens[index - 1];
    if (index > this.start && !(before?.kind === "punct" && before.text === ",")) return;
    const phrase = this.clauses.personPhraseAt(index + 1);
    if (!phrase) return;
    const participle = this.nextContent(phrase.end);
    if (isParticiple(this.lower(participle)) && this.lower(participle) !== "been") this.add(index, participle, this.compiled.detectors["hindsight-conditional"], {}, this.selfAt(phrase.end - 1) ? "self" : "named");
  }
  /** "The warning was overlooked", "changes were performed by our SRE team", "not identified ... by the service teams". */
  passiveAt(index) {
    const word = this.lower(index);
    const sets = this.compiled.sets;
    if (word === "followed" && this.isPassive(index) && this.negatedBefore(index) && this.pastPassive(index) && !this.systemAgentAfter(index) && this.lower(index + 1) !== "by") {
      this.add(this.passiveSubjectStart(index), index, this.compiled.detectors.omission, {}, "unknown");
      return;
    }
    if (sets.passiveFaultParticiples.has(word) || word === "ignored") {
      if (!this.isPassive(index) || this.negatedBefore(index)) return;
      if (!this.pastPassive(index)) return;
      if (this.systemAgentAfter(index)) return;
      if (word === "ignored" && !this.passiveSubjectIs(index, sets.humanSignals)) return;
      this.add(this.passiveSubjectStart(index), index, this.compiled.detectors["passive-fault"], {}, "unknown");
      return;
    }
    if (word !== "by") return;
    const agent = this.clauses.personPhraseAt(index + 1);
    if (!agent || !isPerson(agent.cls)) return;
    const participle = this.participleBefore(index);
    if (participle === void 0) return;
    const verbWord = this.lower(participle);
    if (this.negatedBefore(participle) && this.isPassive(participle)) {
      this.add(participle, agent.end - 1, this.compiled.detectors.omission, {}, "unknown");
      return;
    }
    if (sets.neutralParticiples.has(verbWord) || sets.passiveFaultParticiples.has(verbWord) || verbWord === "ignored") return;
    if (this.infinitiveOrModal(participle)) return;
    if (this.subjectMentions(participle, sets.remedialNouns)) return;
    const mistaken = this.errorAdverbBetween(participle, index) || this.subjectMentions(participle, sets.errorAdjectives);
    if (!(mistaken || sets.changeParticiples.has(verbWord) && !["performed", "done", "made", "executed"].includes(verbWord))) return;
    this.add(participle, agent.end - 1, this.compiled.detectors["passive-agent"], {}, this.selfAt(agent.end - 1) ? "self" : "named");
  }
  infinitiveOrModal(participle) {
    for (let k = participle - 1; k >= this.start && participle - k <= 4; k--) {
      const word = this.lower(k);
      if (word === "to" || ["could", "would", "should", "might", "may", "must", "will", "can", "shall"].includes(word)) return true;
      if (!(BE_FORMS.has(word) || word === "have" || word === "has" || isAdverb(word) || NEGATIONS.has(word))) return false;
    }
    return false;
  }
  /** A manner adverb of error ("incorrectly", "accidentally") around the passive's participle. */
  errorAdverbBetween(participle, by) {
    for (let k = participle - 2; k < by; k++) {
      const word = this.lower(k);
      if (word.endsWith("ly") && this.compiled.verbs.has(word)) return true;
    }
    return false;
  }
  participleBefore(by) {
    for (let k = by - 1; k >= this.start && by - k <= 12; k--) {
      const token = this.tokens[k];
      if (token.kind === "punct" && token.text !== "," && token.text !== "`") return void 0;
      if (token.kind === "word" && isParticiple(token.lower) && !this.clauses.isNominal(k - 1)) return k;
      if (token.kind === "word" && isParticiple(token.lower) && (BE_FORMS.has(this.lower(k - 1)) || isAdverb(this.lower(k - 1)))) return k;
      if (token.kind === "word" && isParticiple(token.lower) && this.compiled.sets.changeNouns.has(this.lower(k - 2))) return k;
    }
    return void 0;
  }
  /** Does the clause before `index` mention one of these nouns? */
  subjectMentions(index, nouns) {
    for (let k = index - 1; k >= this.start; k--) {
      const token = this.tokens[k];
      if (token.kind === "punct" && /^[;:–—-]$/.test(token.text)) return false;
      if (token.kind === "word" && (nouns.has(token.lower) || token.lower.endsWith("s") && nouns.has(token.lower.slice(0, -1)))) return true;
    }
    return false;
  }
  /** Is the head of the passive's subject one of these nouns ("the warning ... was ignored")? */
  passiveSubjectIs(index, nouns) {
    for (let k = index - 1; k >= this.start && index - k <= 4; k--) {
      if (!BE_FORMS.has(this.lower(k))) continue;
      const head = this.lower(this.clauses.subjectOf(k).head);
      return nouns.has(head) || head.endsWith("s") && nouns.has(head.slice(0, -1));
    }
    return false;
  }
  passiveSubjectStart(index) {
    for (let k = index - 1; k >= this.start; k--) {
      if (BE_FORMS.has(this.lower(k))) {
        const subject = this.clauses.subjectOf(k);
        return subject.start >= this.start && k - subject.start <= 6 && subject.cls !== "elided" ? subject.start : k;
      }
    }
    return index;
  }
};

// src/blame/text.ts
var MASKS = [
  ["`", /```[\s\S]*?(?:```|$)/g, "masked"],
  ["`", /(`+)[^`]*?\1/g, "masked"],
  ["<", /<!--[\s\S]*?(?:-->|$)/g, "hidden"],
  ["<", /<br\s*\/?>/gi, "break"],
  ["<", /<\/?[A-Za-z][^<>]{0,200}>/g, "hidden"],
  ["://", /\bhttps?:\/\/[^\s)>\]]+/g, "masked"],
  ["](", /\]\([^)\s]*(?:\s+"[^"]*")?\)/g, "hidden"],
  ["][", /\]\[[^\]]*\]/g, "hidden"],
  ["[^", /\[\^[^\]]+\]/g, "hidden"],
  ['"', /"[^"\n]{1,300}"/g, "masked"],
  ["\u201C", /“[^”\n]{1,300}”/g, "masked"],
  ["\u2018", /(?<![\p{L}\p{N}])‘[^’\n]{1,120}’(?![\p{L}])/gu, "masked"],
  ["'", /(?<![\p{L}\p{N}'])'[^'\n]{1,120}'(?![\p{L}\p{N}])/gu, "masked"],
  ["\n", /\n[ \t]*\n|\n(?=[ \t]*(?:[-*+]|\d+[.)])\s)/g, "break"]
];
function maskRanges(text3) {
  const ranges = [];
  for (const [needle, pattern, kind] of MASKS) {
    if (!text3.includes(needle)) continue;
    for (const match of text3.matchAll(pattern)) ranges.push({ start: match.index, end: match.index + match[0].length, kind });
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start < last.end) continue;
    merged.push(range);
  }
  return merged;
}
var WORD = new RegExp("@[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*(?:\\/[\\p{L}\\p{N}_-]+)?(?:['\u2019]s(?![\\p{L}\\p{N}]))?|\\p{L}[\\p{L}\\p{N}]*(?:[-'\u2019.][\\p{L}\\p{N}]+)*|\\p{N}+(?:[.:,/-]\\p{N}+)*|\\S", "gu");
var MARKUP = "*_~[]";
var CONTRACTION = /^(.*?)(n't|'(?:s|ve|re|d|ll|m))$/;
var EXPANSIONS = { "n't": "not", "'ve": "have", "'re": "are", "'ll": "will", "'m": "am", "'d": "had" };
var CONTRACTED_BASES = { ca: "can", wo: "will", sha: "shall" };
function pushWord(tokens, text3, start, spaceBefore) {
  if (text3.startsWith("@") && /['’]s$/.test(text3)) {
    tokens.push(makeToken("handle", text3.slice(0, -2), text3.slice(0, -2).toLowerCase(), start, spaceBefore));
    tokens.push(makeToken("word", text3.slice(-2), "'s", start + text3.length - 2, false));
    return;
  }
  let lower = text3.toLowerCase();
  if (lower.includes("\u2019")) lower = lower.replace(/’/g, "'");
  const contraction = lower.includes("'") && !lower.includes(".") ? CONTRACTION.exec(lower) : null;
  const base2 = contraction?.[1];
  const suffix = contraction?.[2];
  if (base2 && suffix) {
    const baseLower = CONTRACTED_BASES[base2] ?? base2;
    tokens.push(makeToken("word", text3.slice(0, base2.length), baseLower, start, spaceBefore));
    tokens.push(makeToken("word", text3.slice(base2.length), EXPANSIONS[suffix] ?? suffix, start + base2.length, false));
    return;
  }
  tokens.push(makeToken(kindOf(text3), text3, lower, start, spaceBefore));
}
function kindOf(text3) {
  const code3 = text3.charCodeAt(0);
  if (code3 === 64 && text3.length > 1) return "handle";
  if (code3 >= 48 && code3 <= 57) return "number";
  if (code3 >= 65 && code3 <= 90 || code3 >= 97 && code3 <= 122) return "word";
  if (code3 < 128) return "punct";
  return new RegExp("^\\p{N}", "u").test(text3) ? "number" : new RegExp("^\\p{L}", "u").test(text3) ? "word" : "punct";
}
function makeToken(kind, text3, lower, start, spaceBefore) {
  const code3 = text3.charCodeAt(0);
  const capital = code3 < 128 ? code3 >= 65 && code3 <= 90 : new RegExp("^\\p{Lu}", "u").test(text3);
  return { kind, text: text3, lower, start, end: start + text3.length, capital, spaceBefore };
}
function isSpace(char) {
  return char === " " || char === "\n" || char === "	" || char === "\r";
}
function tokenize(text3) {
  const tokens = [];
  const scan = (from, to) => {
    WORD.lastIndex = from;
    let match;
    while ((match = WORD.exec(text3)) !== null && match.index < to) {
      const word = match.index + match[0].length > to ? match[0].slice(0, to - match.index) : match[0];
      if (word.length === 1 && MARKUP.includes(word)) continue;
      pushWord(tokens, word, match.index, match.index === 0 || match.index === from || isSpace(text3.charAt(match.index - 1)));
    }
  };
  let position = 0;
  for (const range of maskRanges(text3)) {
    scan(position, range.start);
    position = range.end;
    if (range.kind === "hidden") continue;
    const raw = text3.slice(range.start, range.end);
    tokens.push({ kind: range.kind, text: raw, lower: range.kind === "break" ? "" : "\0", start: range.start, end: range.end, capital: false, spaceBefore: true });
  }
  scan(position, text3.length);
  return tokens;
}
var ABBREVIATIONS2 = /* @__PURE__ */ new Set(["e.g", "i.e", "mr", "mrs", "ms", "dr", "st", "vs", "etc", "approx", "no", "fig", "cf", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]);
var MAX_SENTENCE_TOKENS = 150;
function sentences(tokens) {
  const result = [];
  const push = (from, to) => {
    for (let start2 = from; start2 < to; start2 += MAX_SENTENCE_TOKENS) result.push([start2, Math.min(to, start2 + MAX_SENTENCE_TOKENS)]);
  };
  let start = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.kind === "break") {
      if (index > start) push(start, index);
      start = index + 1;
      continue;
    }
    if (token.kind !== "punct" || token.text !== "." && token.text !== "!" && token.text !== "?") continue;
    const next = tokens[index + 1];
    if (next && !next.spaceBefore) continue;
    const previous2 = tokens[index - 1];
    if (token.text === "." && previous2 && (ABBREVIATIONS2.has(previous2.lower) || new RegExp("^\\p{Lu}$", "u").test(previous2.text))) continue;
    push(start, index + 1);
    start = index + 1;
  }
  if (start < tokens.length) push(start, tokens.length);
  return result;
}

// src/blame/vocabulary.validated.generated.ts
var data5 = JSON.parse(`{"entries":[{"id":"caused","kind":"verb","category":"person-fault","patterns":["caused","causes","cause","causing"],"note":"it makes a person the cause of the incident","hint":"the change, condition or missing safeguard that let the action have this effect","source":"Google SRE Book, ch. 15 \\"Postmortem Culture\\" (blameless postmortems focus on contributing causes, not individuals)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"broke","kind":"verb","category":"person-fault","patterns":["broke","breaks","break","broken","breaking"],"note":"it makes a person the one who broke the system","hint":"what in the system allowed a single action to break it (missing validation, guard or staging step)","source":"Etsy Code as Craft, \\"Blameless PostMortems and a Just Culture\\" (J. Allspaw, 2012)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"forgot","kind":"verb","category":"person-fault","patterns":["forgot","forget","forgets","forgotten","forgetting"],"note":"it presents a person's lapse of memory as the cause","hint":"the checklist step, reminder or automation that was missing","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (lapses are symptoms of the system)","human":true,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"neglected","kind":"verb","category":"person-fault","patterns":["neglected","neglect","neglects","neglecting"],"note":"it accuses a person of neglect","hint":"what made the task easy to skip (no owner, no reminder, no check)","source":"Etsy Code as Craft, \\"Blameless PostMortems and a Just Culture\\" (J. Allspaw, 2012)","human":true,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"ignored","kind":"verb","category":"person-fault","patterns":["ignored","ignore","ignores","ignoring"],"note":"it says a person ignored a signal, which judges their attention","hint":"why the signal did not stand out (noise, routing, wording, timing)","source":"PagerDuty Postmortem Guide, \\"The Blameless Postmortem\\"","human":true,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"overlooked","kind":"verb","category":"person-fault","patterns":["overlooked","overlook","overlooks","overlooking"],"note":"it says a person overlooked something, which puts the miss on them","hint":"what made the detail hard to see (no check, no test, unclear output)","source":"PagerDuty Postmortem Guide, \\"The Blameless Postmortem\\"","human":true,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"missed","kind":"verb","category":"person-fault","patterns":["missed","miss","misses"],"note":"it says a person missed something, which puts the miss on them","hint":"what would have surfaced it (a test, an alert, a review checklist item)","source":"PagerDuty Postmortem Guide, \\"The Blameless Postmortem\\"","human":false,"negatable":false,"predicative":false,"unlessNext":["out"],"unlessPrev":[]},{"id":"messed-up","kind":"verb","category":"person-fault","patterns":["messed up","mess up","messes up","screwed up","screw up","screws up","messed","screwed"],"note":"it is a casual judgment that a person got it wrong","hint":"the step or safeguard that failed, in neutral words","source":"Atlassian Incident Handbook, \\"Blameless postmortems\\"","human":true,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"botched","kind":"verb","category":"person-fault","patterns":["botched","botch","botches","bungled","bungle","fumbled","fumble","mishandled","mishandle","blundered"],"note":"it judges how a person did the work","hint":"what made the procedure error-prone (manual steps, missing tooling, unclear runbook)","source":"Atlassian Incident Handbook, \\"Blameless postmortems\\"","human":true,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"dismissed","kind":"verb","category":"person-fault","patterns":["dismissed","dismiss","dismisses","disregarded","disregard"],"note":"it says a person waved off a signal, which judges their judgment","hint":"why the signal looked harmless at the time (noise, missing context)","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (local rationality: why it made sense at the time)","human":true,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"misconfigured","kind":"verb","category":"person-fault","patterns":["misconfigured","misconfigure","misread","misjudged","misjudge","misunderstood","misunderstand","misinterpreted","misdiagnosed","misdiagnose","mistyped","mistype","misspelled","misspelt","underestimated","underestimate","overestimated","miscalculated"],"note":"it puts the wrong configuration or reading on a person","hint":"what made the wrong value easy to enter or the output easy to misread (validation, defaults, wording)","source":"Google SRE Book, ch. 15 \\"Postmortem Culture\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"skipped","kind":"verb","category":"person-fault","patterns":["skipped","skip","skips","skipping","bypassed","bypass","bypasses"],"note":"it says a person skipped a step, which puts the gap on them","hint":"why skipping was possible or tempting (no enforcement, time pressure, slow step)","source":"Etsy Code as Craft, \\"Blameless PostMortems and a Just Culture\\" (J. Allspaw, 2012)","human":true,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"wasted","kind":"verb","category":"person-fault","patterns":["wasted","waste","wastes","wasting"],"note":"it judges how a person spent their time during the response","hint":"what made the wrong lead look promising (signals, dashboards, missing runbook step)","source":"PagerDuty Postmortem Guide, \\"The Blameless Postmortem\\"","human":false,"negatable":false,"predicative":false,"unlessNext":["no"],"unlessPrev":[]},{"id":"rushed","kind":"verb","category":"person-fault","patterns":["rushed","rush","rushes"],"note":"it judges a person's pace as the cause","hint":"the pressure or missing gate that let the change go out early","source":"Etsy Code as Craft, \\"Blameless PostMortems and a Just Culture\\" (J. Allspaw, 2012)","human":true,"negatable":false,"predicative":false,"unlessNext":["to"],"unlessPrev":[]},{"id":"error-adverb","kind":"verb","category":"person-fault","patterns":["mistakenly","wrongly","accidentally","inadvertently","incorrectly","erroneously","unknowingly","errantly","poorly","improperly"],"note":"it makes a person's slip the cause","hint":"what made the wrong action possible or likely (defaults, naming, missing confirmation)","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"suggest":""},{"id":"by-mistake","kind":"phrase","category":"person-fault","patterns":["by mistake","by accident","in error"],"note":"it makes a person's slip the cause","hint":"what made the wrong action possible (defaults, naming, missing confirmation)","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"subject":"person"},{"id":"didnt-bother","kind":"phrase","category":"person-fault","patterns":["not|never bother|bothered|bothering to","nobody|no-one bothered to","no one bothered to","none of * bothered to"],"note":"it says people could not be bothered, which judges their effort","hint":"what made the step costly or easy to skip (slow tooling, no reminder, unclear owner)","source":"Atlassian Incident Handbook, \\"Blameless postmortems\\"","human":true,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"slept-through","kind":"phrase","category":"person-fault","patterns":["slept|sleep|sleeps|sleeping through"],"note":"it makes a person's sleep the reason a signal was missed","hint":"what the paging setup lacked (escalation, a louder channel, a second responder)","source":"PagerDuty Incident Response, \\"Being On-Call\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"subject":"person"},{"id":"made-a-mistake","kind":"phrase","category":"person-fault","patterns":["made|make|makes|making a|an|the|several|two|many|some|one? mistake|mistakes|error|errors|typo|typos|blunder|slip"],"note":"it makes a person's mistake the cause","hint":"what made the mistake easy to make and hard to catch (interface, defaults, missing check)","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"subject":"person"},{"id":"wrong-target","kind":"phrase","category":"person-fault","patterns":["the|a wrong"],"note":"it makes a person's wrong choice the cause","hint":"what made the wrong target look right (naming, defaults, missing confirmation)","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (local rationality)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"subject":"person-active"},{"id":"too-slow","kind":"phrase","category":"judgment","patterns":["too slow|late to|in","not fast|quick enough","took|take|takes too long to","slow|late to|in","took|take|takes|taking over|about|almost|nearly|more? * minutes|minute|hours|hour|days|day|weeks|mins|hrs to"],"note":"it judges a person's speed","hint":"what slowed the response (paging, access, missing runbook) and the measured delay","source":"PagerDuty Postmortem Guide, \\"The Blameless Postmortem\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"subject":"person"},{"id":"disciplined","kind":"phrase","category":"attribution","patterns":["was|were|been reprimanded|disciplined|punished|fired|sacked|suspended","was|were|been spoken to","was|were|been let go","was|were|been written up"],"note":"reporting a disciplinary response makes the person the cause","hint":"the changes to the system that make the incident less likely","source":"Etsy Code as Craft, \\"Blameless PostMortems and a Just Culture\\" (J. Allspaw, 2012)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"gerund-omission","kind":"phrase","category":"person-fault","patterns":["{person} not reading|checking|testing|noticing|following|reviewing|telling|escalating|updating|verifying|paying|watching|communicating|responding","somebody|someone|anyone|people|everyone not reading|checking|testing|noticing|following|reviewing|telling|escalating|updating|verifying|paying|watching|communicating|responding"],"note":"it frames what a person did not do as the cause","hint":"what would have prompted or enforced the step (a check, an alert, a runbook step)","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (counterfactuals)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"without-doing","kind":"phrase","category":"person-fault","patterns":["without waiting|reading|checking|testing|asking|telling|consulting|reviewing|verifying|confirming|looking|notifying|informing|following|running|thinking|setting|updating","without proper|adequate|sufficient|any|a|an? testing|tests|review|approval|checks|check|care|sign-off|ticket","against policy|procedure|protocol|guidance|advice","against the|our|company policy|procedure|rules|process|runbook|guidance"],"note":"it frames what a person skipped as the cause","hint":"what would have required or prompted the step (a gate, a check, a runbook step)","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (counterfactuals)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"subject":"person"},{"id":"made-worse","kind":"phrase","category":"person-fault","patterns":["made|make|makes|making things|it|matters|everything|the situation worse"],"note":"it makes a person's actions the reason the incident grew","hint":"what made the situation hard to read and the right action hard to find","source":"PagerDuty Postmortem Guide, \\"The Blameless Postmortem\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"subject":"person"},{"id":"even-though","kind":"phrase","category":"person-fault","patterns":["even though","despite knowing","despite being told|warned","been|was|were warned|told about|that|not","chose not to"],"note":"it suggests a person knowingly took a risk","hint":"why the action still looked reasonable at the time, and what would have stopped it","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (local rationality)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"subject":"person"},{"id":"fell-for","kind":"phrase","category":"person-fault","patterns":["clicked|opened|followed|fell the|a|an? phishing|malicious|suspicious link|email|attachment|message","fell for"],"note":"it makes the person who was deceived the cause of a security incident","hint":"what let the attack reach and fool a person (filtering, link warnings, phishing-resistant sign-in)","source":"NCSC, \\"Phishing attacks - defending your organisation\\" (people are not the last line of defence)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"subject":"person"},{"id":"let-it-lapse","kind":"phrase","category":"person-fault","patterns":["let|allowed the|a|an|our|their? * to? expire|lapse|slip|rot|fill|drift"],"note":"it frames a lapse as something people let happen","hint":"what would have kept it from lapsing (an owner, an expiry alert, automation)","source":"PagerDuty Postmortem Guide, \\"The Blameless Postmortem\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"subject":"person"},{"id":"behave-better","kind":"phrase","category":"judgment","patterns":["be more careful|attentive|diligent|vigilant|thorough|cautious","pay more|closer attention","should|must *? *? *? *? sooner|earlier|faster|quicker"],"note":"it asks a person to behave better instead of changing what made the mistake easy","hint":"the change to tooling or process that makes the right action the easy one","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (telling people to try harder is not a fix)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"subject":"person"},{"id":"behave-better-obligation","kind":"phrase","category":"judgment","patterns":["{person} need|needs|needed|has|have|had|ought to be more careful|attentive|diligent|vigilant|thorough|cautious","{person} need|needs|needed|has|have|had|ought to pay more|closer attention"],"note":"it asks a person to behave better instead of changing what made the mistake easy","hint":"the change to tooling or process that makes the right action the easy one","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (telling people to try harder is not a fix)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"refusal","kind":"phrase","category":"person-fault","patterns":["{poss} refusal|reluctance|unwillingness to","{person} refusal|reluctance|unwillingness to"],"note":"it makes a person's or team's unwillingness the cause","hint":"what made the other course look worse to them at the time (cost, risk, incentives, missing information)","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (local rationality)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"spent-too-long","kind":"phrase","category":"person-fault","patterns":["{person} spent|wasted|took way|far|much? too long|much"],"note":"it faults people for how long the response took","hint":"what made the diagnosis slow (missing signals, dashboards, runbook or access)","source":"PagerDuty Postmortem Guide, \\"The Blameless Postmortem\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"level":"warn"},{"id":"inaction","kind":"phrase","category":"person-fault","patterns":["nothing was done","nothing had been done","no action was taken","no action had been taken","nobody did anything","no one did anything"],"note":"it frames a delay as people's inaction","hint":"what delayed the response (no owner, no alert, unclear escalation)","source":"PagerDuty Postmortem Guide, \\"The Blameless Postmortem\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"level":"warn"},{"id":"failed-to","kind":"detector","category":"person-fault","patterns":[],"note":"it says a person failed to act, which puts the gap on them","hint":"what would have made the action happen (automation, a checklist step, an alert)","source":"PagerDuty Postmortem Guide, \\"The Blameless Postmortem\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"omission","kind":"detector","category":"person-fault","patterns":[],"note":"it frames what a person did not do as the cause","hint":"what would have prompted or enforced the step (a check, an alert, a runbook step)","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (counterfactuals: what people did not do)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"passive-fault","kind":"detector","category":"person-fault","patterns":[],"note":"the passive still says someone overlooked or ignored it","hint":"why it was hard to notice (no alert, no check, noisy signal)","source":"PagerDuty Postmortem Guide, \\"The Blameless Postmortem\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"passive-agent","kind":"detector","category":"attribution","patterns":[],"note":"it names a person or team as the author of the harmful change","hint":"the change itself and what let it through (review, validation, staging)","source":"Google SRE Book, ch. 15 \\"Postmortem Culture\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"hindsight","kind":"detector","category":"hindsight","patterns":[],"note":"hindsight about what a person should have done judges them with knowledge they did not have","hint":"what the system offered them at the time and what would have made the right action obvious","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (hindsight bias and counterfactuals)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"hindsight-passive","kind":"detector","category":"hindsight","patterns":[],"note":"a passive \\"should have been\\" still judges what people should have done, with hindsight","hint":"the check, test or review step that would have surfaced it","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (hindsight bias and counterfactuals)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"hindsight-conditional","kind":"detector","category":"hindsight","patterns":[],"note":"a counterfactual about what a person had done judges them with hindsight","hint":"the safeguard that would have made the outcome independent of that action","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (counterfactuals)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"careless","kind":"judgment","category":"judgment","patterns":["careless","carelessly","carelessness"],"note":"it judges a person's care instead of explaining the conditions","hint":"the conditions that made the mistake easy (time pressure, tooling, missing guard)","source":"Etsy Code as Craft, \\"Blameless PostMortems and a Just Culture\\" (J. Allspaw, 2012)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"suggest":""},{"id":"sloppy","kind":"judgment","category":"judgment","patterns":["sloppy","sloppily","sloppiness"],"note":"it judges the quality of a person's work","hint":"the review, test or template that was missing","source":"Atlassian Incident Handbook, \\"Blameless postmortems\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"suggest":""},{"id":"lazy","kind":"judgment","category":"judgment","patterns":["lazy","laziness"],"note":"it judges a person's effort","hint":"what made the shortcut the easiest path (missing tooling, slow official path)","source":"Etsy Code as Craft, \\"Blameless PostMortems and a Just Culture\\" (J. Allspaw, 2012)","human":false,"negatable":false,"predicative":false,"unlessNext":["loading","load","loaded","loader","evaluation","evaluated","initialization","initialisation","init","instantiation","fetch","fetching","import","imports","binding","mode","allocation","iterator","iterators","sequence","sequences","property","properties","sweep","line","lines","continuation","consumer","quantifier","quantifiers","matching","list","lists","value","values","val","static","module","modules","route","routes","component","components","chunk","chunks","hydration","rendering","deletion","expansion","stream","streams","parsing"],"unlessPrev":[]},{"id":"negligent","kind":"judgment","category":"judgment","patterns":["negligent","negligently","negligence"],"note":"it accuses a person of negligence, a legal and moral judgment","hint":"the safeguard, ownership or process that was missing","source":"Google SRE Book, ch. 15 \\"Postmortem Culture\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"suggest":""},{"id":"reckless","kind":"judgment","category":"judgment","patterns":["reckless","recklessly","recklessness"],"note":"it judges a person's risk-taking","hint":"why the risky path was available and looked reasonable at the time","source":"S. Dekker, \\"Just Culture\\" (the line between error and recklessness is drawn by hindsight)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"suggest":""},{"id":"incompetent","kind":"judgment","category":"judgment","patterns":["incompetent","incompetently","incompetence","irresponsible","irresponsibly","clumsy","clumsily","inattentive","stupid","foolish","dumb"],"note":"it judges a person's ability or character","hint":"what the system expected people to know or do, and how it supported them","source":"Etsy Code as Craft, \\"Blameless PostMortems and a Just Culture\\" (J. Allspaw, 2012)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"inexperienced","kind":"judgment","category":"judgment","patterns":["inexperienced","inexperience","untrained","unqualified","incapable","ignorant","ignorance","complacent","complacency","arrogant","arrogance","overconfident","overconfidence"],"note":"it judges a person's competence or attitude","hint":"what the system expected people to know and how it helped them (training, runbooks, guard rails)","source":"Etsy Code as Craft, \\"Blameless PostMortems and a Just Culture\\" (J. Allspaw, 2012)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"hasty","kind":"judgment","category":"judgment","patterns":["hasty","hastily","rash","rashly"],"note":"it judges a person's pace instead of the pressure behind it","hint":"the time pressure and the missing gate that let the step be skipped","source":"Etsy Code as Craft, \\"Blameless PostMortems and a Just Culture\\" (J. Allspaw, 2012)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"greedy","kind":"judgment","category":"judgment","patterns":["greedy","greed"],"note":"it judges people's character","hint":"the incentives and pressures that shaped the decision","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (local rationality)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"subject":"person"},{"id":"unsure-what-doing","kind":"phrase","category":"judgment","patterns":["{person} was|were|is|are not sure|certain what|how they|he|she|i|we|you was|were|is|are doing","{person} did|does|do not know|understand what they|he|she|i|we|you was|were|is|are doing","{person} had|has|have no idea what they|he|she|i|we|you was|were|is|are doing"],"note":"it judges a person's competence","hint":"what the person had to go on (documentation, training, a runbook, someone to ask)","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (local rationality)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"habit-judgment","kind":"phrase","category":"judgment","patterns":["not everyone|everybody|all on|in|of the|our|that? team|teams|group reads|read|checks|check|watches|watch|answers|answer|follows|follow|uses|use"],"note":"it judges people's habits instead of what the process relies on","hint":"the process that depends on the habit, and a channel or check that does not","source":"PagerDuty Postmortem Guide, \\"The Blameless Postmortem\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"panicked","kind":"judgment","category":"judgment","patterns":["panicked","panicking"],"note":"it judges a person's composure","hint":"what made the situation confusing (missing runbook, unclear signals, no incident lead)","source":"PagerDuty Incident Response, \\"Incident Commander\\" (calm coordination is a role, not a trait)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"subject":"person"},{"id":"unacceptable","kind":"judgment","category":"judgment","patterns":["unacceptable","inexcusable","unforgivable","shameful","embarrassing","avoidable","preventable"],"note":"it passes a verdict instead of explaining what happened","hint":"the measurable gap (time to detect, time to respond) and what caused it","source":"Google SRE Book, ch. 15 \\"Postmortem Culture\\" (write without indignation)","human":false,"negatable":false,"predicative":true,"unlessNext":[],"unlessPrev":[],"subject":"person"},{"id":"poor-conduct","kind":"phrase","category":"judgment","patterns":["lapse|lapses|error|errors in|of judgement|judgment|attention|concentration|focus","lack|lacks|lacked of attention|care|diligence|effort|discipline|rigor|rigour|focus","poor|bad|questionable|lousy *? coordination|communication|judgment|judgement|decision|decisions|decision-making|planning|choice|choices|oversight|attention|discipline|habits|follow-through"],"note":"it judges how people worked rather than what the system made easy","hint":"the missing structure (channel, owner, checklist, handover) that made coordination hard","source":"Atlassian Incident Handbook, \\"Blameless postmortems\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"level":"warn"},{"id":"mistake-judgment","kind":"phrase","category":"judgment","patterns":["rookie|silly|stupid|dumb|amateur|newbie|basic|careless|avoidable|unforced mistake|mistakes|error|errors"],"note":"it grades a person's mistake instead of explaining it","hint":"what made the mistake easy to make (interface, defaults, missing check)","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"mistake-to","kind":"phrase","category":"hindsight","patterns":["it was|is a|an mistake|error to","it was|is wrong to","it was|is our|my mistake to","it was|is a|an bad|poor|wrong|questionable|unwise|risky call|decision|choice|idea to"],"note":"it judges a decision with hindsight","hint":"why the decision looked reasonable at the time and what the system offered to check it","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (hindsight bias)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"unaware","kind":"phrase","category":"person-fault","patterns":["was|were not|n't aware|familiar","was|were unaware|unfamiliar","had no idea","lacked|lacks|lacking the|enough|sufficient|necessary? skills|experience|knowledge|expertise|competence"],"note":"it frames a person's knowledge gap as the cause","hint":"where the knowledge should have been (runbook, alert text, documentation, onboarding)","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (local rationality)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"subject":"person"},{"id":"known-better","kind":"phrase","category":"hindsight","patterns":["known better","know better","knew better"],"note":"it judges a person with hindsight","hint":"what the system showed them at the time","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (hindsight bias)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"human-error","kind":"phrase","category":"human-error","patterns":["human|operator|user|pilot|manual|people error|errors|mistake|mistakes|misunderstanding","pebkac","layer 8 issue|problem|error"],"note":"calling it \\"human error\\" names a person as the cause and ends the inquiry where it should start","hint":"the conditions that made the error likely (interfaces, defaults, pressure, missing checks)","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\"; R. Cook, \\"How Complex Systems Fail\\"","human":false,"negatable":false,"predicative":false,"unlessNext":["message","messages","code","codes","page","rate","handling","budget","framing","narrative","label","labels","myth","fallacy","trap","bias","view"],"unlessPrev":[]},{"id":"fault","kind":"phrase","category":"attribution","patterns":["{poss} fault|mistake|mistakes|error|errors|oversight|oversights|typo|blunder|negligence|carelessness|laziness|screw-up|screwup|failure","at fault","oversight|mistake|mistakes|blunder|negligence|carelessness|misconfiguration|error|errors|misstep|typo by|from|of {person}","on the part of {person}","on {poss} part"],"note":"it assigns fault to a person","hint":"the conditions that made the mistake possible","source":"Google SRE Book, ch. 15 \\"Postmortem Culture\\"","human":false,"negatable":true,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"to-blame","kind":"phrase","category":"attribution","patterns":["is|was|are|were|be to blame","blame|blamed|blames {person}","blamed on {person}","blame lies|lay|rests with"],"note":"it assigns blame","hint":"the contributing factors in the system","source":"Etsy Code as Craft, \\"Blameless PostMortems and a Just Culture\\" (J. Allspaw, 2012)","human":false,"negatable":true,"predicative":false,"unlessNext":[],"unlessPrev":[],"subject":"person"},{"id":"responsible-for","kind":"phrase","category":"attribution","patterns":["responsible for the|this|that|an|a *? outage|incident|failure|breakage|downtime|disruption|mistake|error|bug|issue|problem|loss|leak|regression|damage|data-loss"],"note":"it makes a person or team responsible for the failure","hint":"what in the system allowed the failure","source":"Google SRE Book, ch. 15 \\"Postmortem Culture\\"","human":false,"negatable":true,"predicative":false,"unlessNext":[],"unlessPrev":[],"subject":"person"},{"id":"dropped-the-ball","kind":"phrase","category":"attribution","patterns":["dropped|drop|drops|dropping the ball"],"note":"it is an idiom for personal failure","hint":"the handover, reminder or owner that was missing","source":"Atlassian Incident Handbook, \\"Blameless postmortems\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"fat-fingered","kind":"phrase","category":"attribution","patterns":["fat-fingered|fat-finger|fat-fingering|fatfingered","fat fingered|finger"],"note":"it mocks a person's typing slip","hint":"the missing validation or confirmation for that input","source":"Google SRE Book, ch. 15 \\"Postmortem Culture\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"blame-idiom","kind":"phrase","category":"attribution","patterns":["asleep at the wheel","went|gone|going rogue","cowboy|cowboys|cowboyed","cut|cutting|cuts corners","brain fart","ball was dropped","threw|thrown|throw * under the bus"],"note":"it is an idiom for personal failure","hint":"the pressure, missing gate or handover that made the shortcut possible","source":"Atlassian Incident Handbook, \\"Blameless postmortems\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"on-me","kind":"phrase","category":"attribution","patterns":["this|that|it one? is|'s|was on me|us|him|her|them","take|took|taking|takes the blame","mea culpa"],"note":"it is a confession, not an explanation","hint":"what in the system let it happen","source":"Google SRE Book, ch. 15 \\"Postmortem Culture\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"our-bad","kind":"phrase","category":"attribution","patterns":["our|my bad"],"note":"it is a confession, not an explanation","hint":"what in the system let it happen","source":"Google SRE Book, ch. 15 \\"Postmortem Culture\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"cleft","kind":"phrase","category":"attribution","patterns":["it was {person} who|that","{person} was|were the one|ones who|that"],"note":"it singles out a person as the culprit","hint":"the action in neutral terms and what allowed it to cause harm","source":"PagerDuty Postmortem Guide, \\"The Blameless Postmortem\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"turns-out","kind":"phrase","category":"attribution","patterns":["turns|turned out that? {person}"],"note":"it reveals a person as the cause","hint":"the action in neutral terms and what allowed it to cause harm","source":"PagerDuty Postmortem Guide, \\"The Blameless Postmortem\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"culprit","kind":"phrase","category":"attribution","patterns":["culprit was|is {person}","{person} was|is the culprit"],"note":"it names a person as the reason for the failure","hint":"the action in neutral terms and what allowed it to cause harm","source":"PagerDuty Postmortem Guide, \\"The Blameless Postmortem\\"","human":false,"negatable":false,"predicative":false,"unlessNext":["'s"],"unlessPrev":[]},{"id":"persons-change","kind":"phrase","category":"attribution","patterns":["{person} 's change|changes|commit|commits|pr|deploy|deployment|script|code|config|migration|patch|update|push|query|command caused|broke|introduced|triggered|started|led|took|deleted|dropped|removed|wiped|overwrote|truncated|exposed|leaked|corrupted|crashed","{person} 's misconfigured|botched|buggy|bad|flawed|sloppy|careless|mistaken|wrong"],"note":"it ties the harmful change to a named person","hint":"the change itself and what let it through (review, validation, staging)","source":"Google SRE Book, ch. 15 \\"Postmortem Culture\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]}],"lexicon":{"roles":["scientist","scientists","designer","designers","consultant","consultants","specialist","specialists","technician","technicians","commander","commanders","coordinator","coordinators","scribe","approver","approvers","requester","assignee","engineer","engineers","developer","developers","dev","devs","programmer","programmers","coder","intern","interns","on-call","oncall","on-caller","on-callers","responder","responders","operator","operators","admin","admins","administrator","administrators","sysadmin","sysadmins","dba","dbas","sre","sres","reviewer","reviewers","qa","tester","testers","author","authors","committer","committers","maintainer","maintainers","contributor","contributors","manager","managers","lead","leads","employee","employees","staff","contractor","contractors","hire","hires","investors","vcs","executives","founders","captain","deployer","deployers","owner","owners","person","people","individual","individuals","member","members","colleague","colleagues","teammate","teammates","folks","analyst","analysts","architect","architects","support","ops","devops","team","teams","squad","squads","shift","rota","crew","department","whoever"],"external":["user","users","customer","customers","client","clients","visitor","visitors","farmer","farmers","subscriber","subscribers"],"personPronouns":["i","we","he","she","me","us","him","her"],"indefinite":["someone","somebody","anyone","anybody","nobody","everyone","everybody","no-one","humans","human","one","you"],"systemNouns":["it","this","that","which","there","root","something","everything","nothing","traffic","load","latency","memory","cpu","capacity","usage","demand","spike","surge","storm","backlog","system","systems","service","services","server","servers","database","db","cluster","clusters","node","nodes","pod","pods","container","containers","deploy","deploys","deployment","deployments","script","scripts","job","jobs","cron","pipeline","pipelines","config","configuration","setting","settings","alert","alerts","alerting","monitoring","monitor","check","checks","test","tests","process","processes","code","change","changes","migration","migrations","rollout","release","releases","build","builds","ci","tool","tools","tooling","bot","bots","proxy","balancer","dns","certificate","disk","disks","queue","api","client-library","library","app","application","canary","dashboard","runbook","checklist","scheduler","controller","operator-sdk","kernel","process","thread","worker","workers","agent","agents","loop","request","requests","response","endpoint","cache","replica","replicas","primary","network","firewall","rule","rules","policy","docs","documentation","flag","flags","form","upgrade","update","patch","fix","hotfix","rollback","version","image","chart","manifest","template","webhook","hook","trigger","vendor","provider","upstream","dependency","component","module","function","query","index","table","schema","field","value","default","defaults","environment","region","zone","account","vm","machine","host","hosts","instance","instances","storage","bucket","volume","load","traffic","autoscaler","orchestrator","retry","retries","timeout","lock","state","terminal","command","commands","prompt","error","errors","bug","bugs","issue","issues","problem","incident","outage","regression","failure","failures","heartbeat","heartbeats","tab","validation","review","suite","stage","step","path","window","tenant","tenants","data"],"systemNames":["aws","gcp","azure","github","gitlab","bitbucket","kubernetes","k8s","terraform","helm","argo","argocd","flux","jenkins","buildkite","circleci","travis","prow","tide","docker","containerd","nginx","envoy","istio","linkerd","haproxy","postgres","postgresql","mysql","mariadb","redis","memcached","kafka","rabbitmq","zookeeper","etcd","consul","vault","nomad","elasticsearch","opensearch","kibana","grafana","prometheus","alertmanager","loki","datadog","sentry","pagerduty","opsgenie","slack","cloudflare","fastly","akamai","cloudfront","route53","ec2","rds","lambda","dynamodb","bigquery","gke","eks","aks","linux","windows","ubuntu","debian","chrome","firefox","safari","node","python","java","npm","pip","yarn","webpack","mongo","mongodb","cassandra","spark","airflow","celery","sidekiq","gunicorn","django","rails","flask","react","vercel","netlify","heroku","okta","ldap","jira","git","ansible","puppet","chef","packer","vagrant","openstack","vmware","systemd","kubelet","coredns","calico","cilium","karpenter","certbot","dependabot","renovate","stripe","twilio","sendgrid","zendesk","statuspage","pingdom","splunk","fluentd","logstash","jaeger","hashicorp","google","amazon","microsoft","apple","cloud","actions","hellman","posthog","chia","kind","bazel","gcs","gce","dockerhub","quay","ingress","velero","loadbalancer","mybinder","binderhub","jupyterhub","zuul","gerrit","phabricator","sonarqube","snyk","pypi","warehouse","rubygems","crates","maven","gradle","varnish","traefik","caddy","apache","tomcat","jetty","nodejs","deno","php","golang","couchbase","clickhouse","snowflake","redshift","athena","kinesis","sqs","sns","ecs","fargate","gcr","ecr","artifactory","nexus","harbor","codecov","cypress","jest","selenium","playwright","flink","hadoop","hive","presto","trino","druid","cockroachdb","vitess","pgbouncer","patroni","keda","knative","openshift","rancher","pulumi","crossplane","spinnaker","tekton","drone","teamcity","bamboo","bugsnag","rollbar","newrelic","dynatrace","thanos","cortex","mimir","tempo","influxdb","graphite","statsd","telegraf","nagios","zabbix","icinga","sensu","victorops","opsgenie","cloudwatch","stackdriver","azure","lambda","kubectl","eksctl","terragrunt","cloudformation","cdk","serverless","firebase","supabase","auth0","keycloak","cognito","iam","kms","vpc","elb","alb","nlb","cdn","bgp","ntp","tls","ssl","ssh","oauth","saml","sso","cert-manager","external-dns","nginx-ingress","istiod","coredns"],"remedialNouns":["fix","fixes","hotfix","hotfixes","rollback","rollbacks","revert","reverts","restore","recovery","mitigation","workaround","patch","failover","restart","incident","page","alert","bug","report","investigation","diff","pr","review"],"changeNouns":["change","changes","edit","edits","modification","modifications","commit","commits","deletion","update","updates","alteration","alterations"],"errorAdjectives":["wrong","incorrect","bad","faulty","broken","buggy","untested","unreviewed","misconfigured","outdated","stale"],"changeParticiples":["altered","changed","modified","made","performed","done","pushed","executed","introduced","caused","broken","deleted","removed","dropped","destroyed","overwritten","disabled","misconfigured","wiped","truncated","corrupted","edited","tampered"],"neutralParticiples":["reported","noticed","detected","discovered","found","identified","acknowledged","declared","escalated","paged","investigated","confirmed","handled","recovered","restarted","reviewed","approved","merged","fixed","resolved","restored","mitigated","reverted","deployed","released","tested","verified","written","authored","led","coordinated","started","opened","closed","filed","raised","triaged","assigned","owned","maintained","rolled","drained","scaled","rotated","renewed","shared","sent","posted","announced"],"responseVerbs":["find","notice","spot","identify","detect","discover","catch","fix","correct","revert","flag","report","confirm","investigate","see","locate","trace","diagnose","point"],"passiveFaultParticiples":["overlooked","neglected","forgotten","dismissed","botched","bungled","mishandled","disregarded","fumbled","rushed"],"humanSignals":["warning","warnings","alert","alerts","page","pages","email","emails","message","messages","ticket","tickets","advice","report","reports","feedback","notification","notifications","recommendation","recommendations","concern","concerns","comment","comments","request","reminder","reminders","notice","notices"],"systemParticiples":["rejected","retried","throttled","blocked","dropped","cached","routed","rate-limited","logged","triggered","fired","alerted","killed","evicted","scaled","restarted","rescheduled","rotated","renewed","refreshed","expired","invalidated","queued","returned","sent","delivered","paged","served","cleaned","garbage-collected","replicated","synced","applied","reconciled","propagated","detected","flagged","load-balanced","terminated","drained","redirected","purged","emitted","generated","recorded","reported","raised","filtered","validated","sanitised","sanitized","escaped","encrypted","compressed","truncated","capped","limited","bounded","enforced","handled","processed","accepted","denied","disabled","enabled","set","configured","created","deleted","removed","updated","written"],"humanVerbs":["notice","realise","realize","check","double-check","verify","test","review","read","tell","inform","communicate","coordinate","escalate","follow","understand","know","consider","think","remember","forget","bother","ask","look","monitor","watch","respond","reply","answer","fix","investigate","document","confirm","approve","pay","catch","anticipate","plan","prepare","update","alert","warn","mention","report","act","react","intervene","wait","start","finish","complete","roll","revert","restart","page","call","contact","reach","raise","flag","spot","question","expect","keep","take","run","deploy","merge","push","apply","configure","set","use","choose","decide","prioritise","prioritize","implement","add","remove","renew","rotate","backup","back"],"experienceVerbs":["need","have","has","had","receive","get","got","lose","lost","want","mean","exist","seem","appear","expect","affect","cause","break","impact","mind","hear","access","reach","connect","log","login","sign","load","open","view","reproduce","determine","pinpoint","explain","identify","recover","go","come","become","happen","occur","matter","apply","work","run","see","find","experience","observe","detect","suffer","hit"],"timeliness":["in time","on time","as soon as possible","asap","quickly","quick enough","fast enough","soon enough","sooner","earlier","promptly","right away","immediately","in a timely manner"],"inattentionVerbs":["paying","listening","focusing","concentrating"],"adjectivalParticiples":["automated","dedicated","documented","detailed","integrated","centralised","centralized","improved","updated","tested","versioned","structured","limited","advanced","experienced","trained","named","defined","scheduled","signed","pinned","shared","managed","monitored","rotated","enforced","required","expected","protected","restricted","isolated","distributed","replicated","unified","standardised","standardized","labelled","labeled","tagged","owned","assigned"],"preventionVerbs":["solved","resolved","fixed","prevented","avoided","caught","stopped","noticed","detected","mitigated","averted","spotted","seen","known","realised","realized","foreseen","anticipated"],"metaMarkers":["blameless","blamelessly","blamelessness","blameful","blame culture","culture of blame","being blamed","be blamed","get blamed","to blame individuals","blaming","not blame","n't blame","never blame","no blame","punish","punishing","punishment","reprimand","reprimanding","to be reprimanded","can be reprimanded","name and shame","shaming","finger-pointing","finger pointing","point fingers","pointing fingers","hindsight bias","is not a root cause","is never a root cause","not the root cause","considered a root cause","never be a root cause","not {poss} fault","n't {poss} fault","no one is to blame","nobody is to blame","no one was to blame","nobody was to blame","not to blame","old view","new view","just culture","inspecific","psychological safety","calling it","call it","label it","labelling it","labeling it","who clicked","who made it","not who","instead of who","rather than who","instead of blaming","should or should not","avoid evaluating","human|operator|user|pilot error|errors is|are|as|can|cannot|will","human|operator|user|pilot error|errors in general","fear of","words|terms|phrases|language|adjectives|wording like","words|terms|phrases such as","avoid words|terms|phrases|language|saying|using|writing","instead of asking"]}}`);

// src/blame/vocabulary.ts
var CATEGORIES = ["person-fault", "judgment", "hindsight", "human-error", "attribution"];
var KINDS = ["phrase", "verb", "judgment", "detector"];
var KNOWN_KEYS = ["id", "kind", "category", "patterns", "note", "hint", "source", "suggest", "subject", "human", "negatable", "predicative", "unlessNext", "unlessPrev", "level"];
var PATTERN_WORD = /^(?:\{person\}|\{poss\}|\*\??|[\p{L}\p{N}'’-]+(?:\|[\p{L}\p{N}'’-]+)*\??)$/u;
var DETECTOR_IDS = ["failed-to", "omission", "passive-fault", "passive-agent", "hindsight", "hindsight-passive", "hindsight-conditional"];
function fail(source, where, problem) {
  throw new Error(`${source}: ${where}: ${problem}`);
}
function stringList(value2, source, where, key) {
  if (!Array.isArray(value2) || !value2.every((item) => typeof item === "string" && item.trim() !== "")) {
    fail(source, where, `\`${key}\` must be a list of non-empty strings`);
  }
  return value2.map((item) => item.toLowerCase().trim());
}
function optionalString(record, key, source, where) {
  const value2 = record[key];
  if (value2 === void 0) return void 0;
  if (typeof value2 !== "string") fail(source, where, `\`${key}\` must be a string`);
  return value2;
}
function requiredText(record, key, source, where) {
  const value2 = record[key];
  if (typeof value2 !== "string" || value2.trim() === "") fail(source, where, `\`${key}\` must be a non-empty string`);
  return value2.trim();
}
function optionalBoolean(record, key, source, where) {
  const value2 = record[key];
  if (value2 === void 0) return false;
  if (typeof value2 !== "boolean") fail(source, where, `\`${key}\` must be true or false`);
  return value2;
}
function validateEntry(raw, index, source, allowDetectors) {
  const position = `entry ${index + 1}`;
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) fail(source, position, "expected a mapping with id, kind, category, patterns, note, hint, source");
  const record = raw;
  const id = record.id;
  if (typeof id !== "string" || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) fail(source, position, "`id` must be a kebab-case string (a-z, 0-9, -)");
  const where = `${position} (${id})`;
  for (const key of Object.keys(record)) {
    if (!KNOWN_KEYS.includes(key)) fail(source, where, `unknown key \`${key}\`, expected one of: ${KNOWN_KEYS.join(", ")}`);
  }
  const kind = record.kind;
  if (typeof kind !== "string" || !KINDS.includes(kind)) fail(source, where, `\`kind\` must be one of: ${KINDS.join(", ")}`);
  if (kind === "detector" && !allowDetectors) fail(source, where, "`kind: detector` is reserved for the built-in vocabulary, expected phrase, verb or judgment");
  if (kind === "detector" && !DETECTOR_IDS.includes(id)) fail(source, where, `unknown detector id, expected one of: ${DETECTOR_IDS.join(", ")}`);
  const category = record.category;
  if (typeof category !== "string" || !CATEGORIES.includes(category)) fail(source, where, `\`category\` must be one of: ${CATEGORIES.join(", ")}`);
  const patterns = record.patterns === void 0 && kind === "detector" ? [] : stringList(record.patterns, source, where, "patterns");
  if (kind !== "detector" && patterns.length === 0) fail(source, where, "`patterns` must list at least one pattern");
  for (const pattern of patterns) {
    const bad = pattern.split(/\s+/).find((word) => !PATTERN_WORD.test(word));
    if (bad !== void 0) fail(source, where, `\`patterns\`: \`${pattern}\` has an invalid word \`${bad}\` (expected words, a|b alternatives, word?, *, {person} or {poss})`);
    if (pattern.split(/\s+/).every((word) => word.endsWith("?") || word === "*")) fail(source, where, `\`patterns\`: \`${pattern}\` must have at least one required word`);
  }
  const subject = optionalString(record, "subject", source, where);
  if (subject !== void 0 && subject !== "person" && subject !== "person-active") fail(source, where, "`subject` must be `person` or `person-active` when given");
  const entry = {
    id,
    kind,
    category,
    patterns,
    note: requiredText(record, "note", source, where),
    hint: requiredText(record, "hint", source, where),
    source: requiredText(record, "source", source, where),
    human: optionalBoolean(record, "human", source, where),
    negatable: optionalBoolean(record, "negatable", source, where),
    predicative: optionalBoolean(record, "predicative", source, where),
    unlessNext: record.unlessNext === void 0 ? [] : stringList(record.unlessNext, source, where, "unlessNext"),
    unlessPrev: record.unlessPrev === void 0 ? [] : stringList(record.unlessPrev, source, where, "unlessPrev")
  };
  const suggest = optionalString(record, "suggest", source, where);
  if (suggest !== void 0) entry.suggest = suggest;
  if (subject === "person" || subject === "person-active") entry.subject = subject;
  const level = optionalString(record, "level", source, where);
  if (level !== void 0 && level !== "warn") fail(source, where, "`level` must be `warn` when given (self-critique unless a person is named)");
  if (level === "warn") entry.level = "warn";
  return entry;
}
function validateVocabulary(data7, source, options = {}) {
  const list2 = Array.isArray(data7) ? data7 : data7 && typeof data7 === "object" ? data7.entries : void 0;
  if (!Array.isArray(list2)) fail(source, "top level", "expected a list of entries (or a mapping with `entries:`)");
  const entries = list2.map((raw, index) => validateEntry(raw, index, source, options.allowDetectors ?? false));
  const seen = /* @__PURE__ */ new Set();
  entries.forEach((entry, index) => {
    if (seen.has(entry.id)) fail(source, `entry ${index + 1} (${entry.id})`, "`id` is used by an earlier entry");
    seen.add(entry.id);
  });
  return entries;
}

// src/blame/index.ts
var base;
var withExtras = /* @__PURE__ */ new WeakMap();
function loadBase() {
  if (base) return base;
  const { entries, lexicon } = data5;
  base = { lexicon, entries, compiled: compile(entries, lexicon) };
  return base;
}
function compile(entries, lexicon) {
  const verbForms = /* @__PURE__ */ new Set();
  const verbs = /* @__PURE__ */ new Map();
  const judgments = /* @__PURE__ */ new Map();
  const phrases = [];
  const detectors = {};
  for (const entry of entries) {
    if (entry.kind === "detector") detectors[entry.id] = entry;
    for (const pattern of entry.patterns) {
      if (entry.kind === "phrase") phrases.push(compilePattern(entry, pattern));
      if (entry.kind === "judgment") for (const word of pattern.split(/\s+/)) judgments.set(word, entry);
      if (entry.kind === "verb") {
        const words2 = pattern.split(/\s+/);
        const first = words2[0];
        verbForms.add(first);
        const list2 = verbs.get(first) ?? [];
        list2.push({ entry, words: words2 });
        list2.sort((a, b) => b.words.length - a.words.length);
        verbs.set(first, list2);
      }
    }
  }
  for (const id of DETECTOR_IDS) if (!detectors[id]) throw new Error(`src/blame/vocabulary.yml: missing the \`${id}\` detector entry`);
  const sets = {
    roles: new Set(lexicon.roles),
    external: new Set(lexicon.external),
    personPronouns: new Set(lexicon.personPronouns),
    indefinite: new Set(lexicon.indefinite),
    systemNouns: new Set(lexicon.systemNouns),
    systemNames: new Set(lexicon.systemNames),
    remedialNouns: new Set(lexicon.remedialNouns),
    changeNouns: new Set(lexicon.changeNouns),
    errorAdjectives: new Set(lexicon.errorAdjectives),
    changeParticiples: new Set(lexicon.changeParticiples),
    neutralParticiples: new Set(lexicon.neutralParticiples),
    responseVerbs: new Set(lexicon.responseVerbs),
    passiveFaultParticiples: new Set(lexicon.passiveFaultParticiples),
    humanSignals: new Set(lexicon.humanSignals),
    systemParticiples: new Set(lexicon.systemParticiples),
    humanVerbs: new Set(lexicon.humanVerbs),
    experienceVerbs: new Set(lexicon.experienceVerbs),
    inattentionVerbs: new Set(lexicon.inattentionVerbs),
    adjectivalParticiples: new Set(lexicon.adjectivalParticiples),
    preventionVerbs: new Set(lexicon.preventionVerbs),
    verbForms
  };
  const metaEntry = { id: "meta", kind: "phrase", category: "attribution", patterns: [], note: "", hint: "", source: "", human: false, negatable: false, predicative: false, unlessNext: [], unlessPrev: [] };
  const meta = lexicon.metaMarkers.map((marker) => compilePattern(metaEntry, marker));
  const timeliness = lexicon.timeliness.map((marker) => compilePattern(metaEntry, marker));
  return {
    sets,
    phrases: new PatternIndex(phrases),
    verbs,
    judgments,
    meta: new PatternIndex(meta),
    timeliness: new PatternIndex(timeliness),
    detectors,
    ...triggersOf(triggerWords(entries, lexicon))
  };
}
function rarestWord(parts) {
  let best = [];
  let bestScore = -Infinity;
  for (const part of parts) {
    if (part.endsWith("?") || part.startsWith("{") || part === "*") continue;
    const alternatives = part.split("|");
    const common = alternatives.filter((alternative) => COMMON_WORDS.has(alternative)).length;
    const score = Math.min(...alternatives.map((alternative) => alternative.length)) - 100 * common;
    if (score > bestScore) {
      best = alternatives;
      bestScore = score;
    }
  }
  return best;
}
var COMMON_WORDS = /* @__PURE__ */ new Set(["was", "were", "been", "be", "is", "are", "the", "a", "an", "to", "of", "in", "on", "at", "it", "that", "who", "this", "made", "make", "makes", "making", "take", "took", "takes", "led", "started", "part", "through", "action", "better", "idea", "enough", "call", "though", "without", "lack", "one", "not", "no", "'s"]);
var DETECTOR_TRIGGERS = ["not", "never", "fail", "failed", "fails", "failing", "unable", "should", "ought", "could", "had", "by", "none", "nobody", "no-one", "neither", "no", "ignored"];
function triggerWords(entries, lexicon) {
  const words2 = /* @__PURE__ */ new Set([...DETECTOR_TRIGGERS, ...lexicon.passiveFaultParticiples]);
  for (const entry of entries) {
    for (const pattern of entry.patterns) {
      const parts = pattern.split(/\s+/);
      if (entry.kind !== "phrase") {
        for (const word of entry.kind === "verb" ? parts.slice(0, 1) : parts) words2.add(word);
        continue;
      }
      for (const word of rarestWord(parts)) words2.add(word.replace(/’/g, "'"));
    }
  }
  return words2;
}
function triggersOf(words2) {
  return { triggers: new TriggerScan(words2), triggerWords: words2 };
}
function hasTrigger(tokens, start, end, words2) {
  for (let index = start; index < end; index++) {
    const token = tokens[index];
    if (token.kind === "word" && (words2.has(token.lower) || token.lower.includes("-") && token.lower.split("-").some((part) => words2.has(part)))) return true;
  }
  return false;
}
var TriggerScan = class {
  words;
  /** Triggers with a character no word run holds (a dot, a space): matched as plain substrings. */
  odd;
  constructor(words2) {
    const normal = [...words2].map((word) => word.toLowerCase().replace(/’/g, "'"));
    this.words = new Set(normal);
    this.odd = normal.filter((word) => !/^[\p{L}\p{N}'-]+$/u.test(word));
  }
  test(text3) {
    const lower = text3.toLowerCase().replace(/’/g, "'");
    if (lower.includes("n't") || lower.includes("'d")) return true;
    if (this.odd.some((word) => lower.includes(word))) return true;
    for (const [run] of lower.matchAll(/[\p{L}\p{N}'-]+/gu)) {
      if (this.words.has(run)) return true;
      if (!/['-]/.test(run)) continue;
      const pieces = run.split(/(?=['-])|(?<=['-])/);
      for (let first = 0; first < pieces.length; first++) {
        let span = "";
        for (let last = first; last < pieces.length; last++) {
          span += pieces[last];
          if (this.words.has(span)) return true;
        }
      }
    }
    return false;
  }
};
function compiledFor(options) {
  const loaded = loadBase();
  const extra = options?.extraEntries;
  if (!extra || extra.length === 0) return loaded.compiled;
  let compiled = withExtras.get(extra);
  if (!compiled) {
    const entries = validateVocabulary(extra, "blameless-language phrases");
    const ids = new Set(loaded.entries.map((entry) => entry.id));
    const clash = entries.find((entry) => ids.has(entry.id));
    if (clash) throw new Error(`blameless-language phrases: entry (${clash.id}): \`id\` is already used by the built-in vocabulary, expected a new id`);
    compiled = compile([...loaded.entries, ...entries], loaded.lexicon);
    withExtras.set(extra, compiled);
  }
  return compiled;
}
function findBlame(text3, options) {
  const compiled = compiledFor(options);
  if (!compiled.triggers.test(text3)) return [];
  const tokens = tokenize(text3);
  const hits = [];
  for (const [start, end] of sentences(tokens)) {
    if (!hasTrigger(tokens, start, end, compiled.triggerWords)) continue;
    const analysis = new SentenceAnalysis(tokens, start, end, compiled);
    const found2 = analysis.run();
    if (found2.length > 0 && !analysis.isMeta()) hits.push(...found2);
  }
  const found = dedupe(hits.map((hit) => toBlameHit(text3, tokens, hit)));
  if (found.length === 0 || !options?.allow?.length) return found;
  const allowed = allowedRanges(text3, options.allow);
  return found.filter((hit) => !allowed.some((range) => hit.start < range.end && range.start < hit.end));
}
function toBlameHit(text3, tokens, hit) {
  let start = tokens[hit.first].start;
  let end = tokens[hit.last].end;
  const phrase = text3.slice(start, end);
  const { entry } = hit;
  const kind = kindOf2(entry, hit.person);
  const label = kind === "blame" ? CATEGORY_LABELS[entry.category] : kind;
  const result = {
    start,
    end,
    phrase,
    entryId: entry.id,
    category: entry.category,
    kind,
    label,
    message: `Unexpected \`${phrase.replace(/\s+/g, " ").replace(/`/g, "'")}\` (${label}): ${entry.note}; expected ${entry.hint}`
  };
  if (hit.deleteSuggested) {
    if (text3[end] === " ") end++;
    else if (text3[start - 1] === " ") start--;
    return { ...result, start, end, phrase: text3.slice(start, end), suggestion: "" };
  }
  if (hit.replacement !== void 0) result.suggestion = matchCase(phrase, hit.replacement);
  return result;
}
var CATEGORY_LABELS = {
  "person-fault": "person as cause",
  judgment: "judgment",
  hindsight: "hindsight",
  "human-error": "attribution",
  attribution: "attribution"
};
function kindOf2(entry, person) {
  if (entry.category === "human-error") return "blame";
  if (entry.kind === "judgment" && !entry.level) return "blame";
  if (person === "named") return "blame";
  if (entry.category === "hindsight") return "hindsight";
  if (person === "self" || entry.level === "warn" || entry.kind === "detector") return "self-critique";
  return "blame";
}
function matchCase(original, replacement) {
  return new RegExp("^\\p{Lu}", "u").test(original) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}
function dedupe(hits) {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  for (const hit of hits) {
    const last = kept[kept.length - 1];
    if (last && hit.start < last.end) continue;
    kept.push(hit);
  }
  return kept;
}
var allowPatterns = /* @__PURE__ */ new WeakMap();
function allowedRanges(text3, allow) {
  let patterns = allowPatterns.get(allow);
  if (!patterns) {
    patterns = allow.map((phrase) => phrase.trim().split(/\s+/).filter(Boolean)).filter((words2) => words2.length > 0).map((words2) => new RegExp(words2.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+"), "giu"));
    allowPatterns.set(allow, patterns);
  }
  const ranges = [];
  for (const pattern of patterns) {
    for (const match of text3.matchAll(pattern)) ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return ranges;
}

// src/blame/markdown.ts
var CHAT_HEADING = /\b(?:chat|slack|irc|transcripts?|conversations?|discussion|logs?)\b/i;
var CHAT_LINE = /^\s*(?:\[\d{1,2}:\d{2}[^\]]*\]|<[^<>\s]+>|[\p{L}\p{N}._@-]+\s*\[\d{1,2}:\d{2}[^\]]*\]|[\p{L}\p{N}._@-]{2,30}:\s)/u;
function textUnits(tree, source) {
  const units = [];
  let chatDepth;
  const visit2 = (node2) => {
    switch (node2.type) {
      case "code":
      case "html":
      case "yaml":
      case "definition":
        return;
      case "heading": {
        const heading2 = node2;
        if (chatDepth !== void 0 && heading2.depth <= chatDepth) chatDepth = void 0;
        if (chatDepth === void 0 && CHAT_HEADING.test(toString(heading2))) chatDepth = heading2.depth;
        push(node2, "heading");
        return;
      }
      case "paragraph":
        push(node2, "paragraph");
        return;
      case "tableCell":
        push(node2, "tableCell");
        return;
      case "blockquote":
        if (chatDepth !== void 0 || isTranscript(node2, source)) return;
        break;
      default:
        break;
    }
    if ("children" in node2) for (const child of node2.children) visit2(child);
  };
  const push = (node2, kind) => {
    const children = kind === "tableCell" && "children" in node2 ? node2.children : void 0;
    if (children && children.length === 0) return;
    const start = (children ? children[0] : node2)?.position?.start.offset;
    const end = (children ? children[children.length - 1] : node2)?.position?.end.offset;
    if (start === void 0 || end === void 0 || end <= start) return;
    units.push({ text: blankQuoteMarkers(source.slice(start, end)), offset: start, kind });
  };
  visit2(tree);
  return units;
}
function isTranscript(node2, source) {
  const start = node2.position?.start.offset;
  const end = node2.position?.end.offset;
  if (start === void 0 || end === void 0) return false;
  const lines = source.slice(start, end).split("\n").map((line) => line.replace(/^\s*(?:>\s?)+/, "")).filter((line) => line.trim() !== "");
  const chatLines = lines.filter((line) => CHAT_LINE.test(line)).length;
  return chatLines > 0 && chatLines * 4 >= lines.length;
}
function blankQuoteMarkers(text3) {
  return text3.replace(/\n([ \t]*(?:>[ \t]?)+)/g, (_match, markers2) => `
${" ".repeat(markers2.length)}`);
}

// src/lint/options.ts
function numberOption(raw, key, fallback, ruleId) {
  const value2 = raw[key];
  if (value2 === void 0) return fallback;
  if (typeof value2 === "number" && Number.isInteger(value2) && value2 >= 0) return value2;
  throw new Error(`rules.${ruleId}.${key}: expected a whole number >= 0, got ${excerpt(value2)}`);
}
function booleanOption(raw, key, fallback, ruleId) {
  const value2 = raw[key];
  if (value2 === void 0) return fallback;
  if (typeof value2 === "boolean") return value2;
  throw new Error(`rules.${ruleId}.${key}: expected true or false, got ${excerpt(value2)}`);
}
function listOption(raw, key, fallback, ruleId) {
  const value2 = raw[key];
  if (value2 === void 0) return fallback;
  if (Array.isArray(value2) && value2.every((item) => typeof item === "string")) return value2;
  throw new Error(`rules.${ruleId}.${key}: expected a list of strings, got ${excerpt(value2)}`);
}
function onlyKnownOptions(raw, known, ruleId) {
  for (const key of Object.keys(raw)) {
    if (!known.includes(key)) throw new Error(`rules.${ruleId}: unknown option \`${key}\`, expected one of: ${known.join(", ") || "(none)"}`);
  }
}

// src/lint/rules/blameless-language.ts
var RULE_ID = "blameless-language";
var LEVELS = ["off", "warn", "error"];
var DEFAULT_SECTION_LEVELS = { timeline: "warn", "what-went-well": "off", "where-we-got-lucky": "off" };
var DEFAULT_KIND_LEVELS = { hindsight: "warn", selfCritique: "warn" };
function parseOptions(raw, config) {
  onlyKnownOptions(raw, ["sections", "allow", "phrases", "hindsight", "selfCritique"], RULE_ID);
  const allow = listOption(raw, "allow", [], RULE_ID);
  const sections = { ...DEFAULT_SECTION_LEVELS, ...sectionLevels(raw.sections, config) };
  const phrases = raw.phrases ?? [];
  if (!Array.isArray(phrases)) throw new Error(`rules.${RULE_ID}.phrases: expected a list of vocabulary entries (id, kind, category, patterns, note, hint, source), got ${JSON.stringify(phrases)}`);
  if (phrases.length > 0) {
    try {
      validateVocabulary(phrases, `rules.${RULE_ID}.phrases`);
      findBlame("", { extraEntries: phrases });
    } catch (error) {
      throw new Error(error.message.startsWith(`rules.${RULE_ID}`) ? error.message : `rules.${RULE_ID}.phrases: ${error.message}`);
    }
  }
  return { sections, allow, phrases, hindsight: levelOption(raw, "hindsight"), selfCritique: levelOption(raw, "selfCritique") };
}
function levelOption(raw, key) {
  const value2 = raw[key];
  if (value2 === void 0) return DEFAULT_KIND_LEVELS[key];
  if (typeof value2 !== "string" || !LEVELS.includes(value2)) throw new Error(`rules.${RULE_ID}.${key}: expected one of ${LEVELS.join(", ")}, got ${JSON.stringify(value2)}`);
  return value2;
}
var LEVEL_ORDER = { off: 0, warn: 1, error: 2 };
function hitLevel(kind, sectionLevel, options) {
  const cap = kind === "hindsight" ? options.hindsight : kind === "self-critique" ? options.selfCritique : void 0;
  if (cap === void 0 || cap === "error") return sectionLevel;
  if (sectionLevel !== void 0 && LEVEL_ORDER[sectionLevel] < LEVEL_ORDER[cap]) return sectionLevel;
  return cap;
}
function sectionLevels(value2, config) {
  if (value2 === void 0) return {};
  const where = `rules.${RULE_ID}.sections`;
  if (!value2 || typeof value2 !== "object" || Array.isArray(value2)) throw new Error(`${where}: expected a mapping of section to level (e.g. timeline: warn), got ${JSON.stringify(value2)}`);
  const known = Object.keys(config.sections);
  const levels = {};
  for (const [key, level] of Object.entries(value2)) {
    if (!known.includes(key)) throw new Error(`${where}: unknown section \`${key}\`, expected one of: ${known.join(", ")}`);
    if (typeof level !== "string" || !LEVELS.includes(level)) throw new Error(`${where}.${key}: expected one of ${LEVELS.join(", ")}, got ${JSON.stringify(level)}`);
    levels[key] = level;
  }
  return levels;
}
function sectionKeysAt(sections, offset) {
  let best;
  for (const section of sections) {
    if (section.span.start.offset <= offset && offset < section.span.end.offset && (!best || section.depth >= best.depth)) best = section;
  }
  return [best?.key, best?.parentKey].filter((key) => key !== void 0);
}
function pinSeverity(message, fatal) {
  Object.defineProperty(message, "fatal", { get: () => fatal, set: () => void 0, enumerable: true, configurable: true });
}
var blameless_language_default = postmortemRule({
  id: RULE_ID,
  options: parseOptions,
  check({ postmortem, options, tree, file, report }) {
    const source = new SourceText(String(file.value));
    const blameOptions = { allow: options.allow, extraEntries: options.phrases };
    for (const unit of textUnits(tree, source.text)) {
      if (unit.kind === "heading") continue;
      const hits = findBlame(unit.text, blameOptions);
      if (hits.length === 0) continue;
      const keys = sectionKeysAt(postmortem.sections, unit.offset);
      const sectionLevel = keys.map((key) => options.sections[key]).find((level) => level !== void 0);
      if (sectionLevel === "off") continue;
      for (const hit of hits) {
        const level = hitLevel(hit.kind, sectionLevel, options);
        if (level === "off") continue;
        const span = source.span(unit.offset + hit.start, unit.offset + hit.end);
        const message = hit.message.replace("; expected ", ", expected ");
        report(message, span, hit.suggestion === void 0 ? { actual: hit.phrase } : { actual: hit.phrase, replacement: hit.suggestion });
        const last = file.messages[file.messages.length - 1];
        if (level !== void 0 && last) pinSeverity(last, level === "error");
      }
    }
  }
});

// src/lint/rules/contributing-factors.ts
var contributing_factors_default = postmortemRule({
  id: "contributing-factors",
  options(raw) {
    onlyKnownOptions(raw, ["minimum"], "contributing-factors");
    return { minimum: numberOption(raw, "minimum", 2, "contributing-factors") };
  },
  check({ postmortem, options, report }) {
    const section = postmortem.resolved?.["contributing-factors"] ?? postmortem.resolved?.["root-cause"];
    if (!section) return;
    const count = postmortem.factors.length;
    if (count >= options.minimum) return;
    report(
      unexpected(
        `${count} contributing factor${count === 1 ? "" : "s"}`,
        `at least ${options.minimum}, one list item each: besides the trigger, name the conditions that let it cause harm (missing checks, alerting gaps, risky defaults)`
      ),
      section.headingSpan
    );
  }
});

// src/lint/rules/metadata.ts
var FIELD_HINTS = {
  date: "`**Date**: YYYY-MM-DD`",
  duration: "`**Duration**: 1h 35min (10:05 - 11:40 UTC)`",
  severity: "`**Severity**: P1`",
  authors: "`**Authors**: @alice, @bob`",
  reviewed: "`**Reviewed**: YYYY-MM-DD`",
  id: "`**ID**: INC-123`"
};
var metadata_default = postmortemRule({
  id: "metadata",
  options(raw) {
    onlyKnownOptions(raw, ["required"], "metadata");
    const required = listOption(raw, "required", ["date", "duration", "severity", "authors"], "metadata");
    const unknown = required.filter((key) => !(key in FIELD_HINTS));
    if (unknown.length > 0) throw new Error(`rules.metadata.required: unknown field ${unknown.join(", ")}, expected some of: ${Object.keys(FIELD_HINTS).join(", ")}`);
    return { required };
  },
  check({ postmortem, options, config, report, documentSpan }) {
    const { meta } = postmortem;
    const present = new Set(meta.fields.map((field) => field.key));
    for (const key of options.required) {
      if (!present.has(key) && !(key === "date" && meta.date)) {
        report(unexpected(`missing \`${displayName(key)}\` field`, `${FIELD_HINTS[key]} near the title or \`${key}:\` in the front matter`), documentSpan());
      }
    }
    for (const key of ["date", "reviewed"]) {
      const field = meta[key];
      if (field && !field.value && present.has(key)) report(unexpected(`${key} ${quote(field.raw)}`, "a real calendar date as YYYY-MM-DD"), field.span, { actual: field.raw });
    }
    if (meta.duration && meta.duration.value.minutes === void 0 && meta.duration.value.startMinutes === void 0) {
      report(unexpected(`duration ${quote(meta.duration.raw)}`, "a length and window such as `1h 35min (10:05 - 11:40 UTC)`"), meta.duration.span, { actual: meta.duration.raw });
    }
    if (meta.severity && !(meta.severity.value in config.severities)) {
      report(unexpected(`severity ${quote(meta.severity.raw)}`, `one of ${Object.keys(config.severities).join(", ")} (aliases such as ${(config.severities[Object.keys(config.severities)[1] ?? ""] ?? []).slice(1, 3).join(", ")} are accepted)`), meta.severity.span, { actual: meta.severity.raw });
    }
    if (meta.authors && meta.authors.value.length === 0) report(unexpected("empty `Authors` field", "the people who wrote the post-mortem, such as `@alice, @bob`"), meta.authors.span);
  }
});

// src/lint/rules/required-sections.ts
var DEFAULT_REQUIRED_SECTIONS = [
  "summary",
  "impact",
  "root-cause",
  "timeline",
  "contributing-factors",
  "action-items",
  "what-went-well",
  "lessons-learned"
];
var required_sections_default = postmortemRule({
  id: "required-sections",
  options(raw, config) {
    onlyKnownOptions(raw, ["sections"], "required-sections");
    const sections = listOption(raw, "sections", DEFAULT_REQUIRED_SECTIONS, "required-sections");
    const unknown = sections.filter((key) => !(key in config.sections));
    if (unknown.length > 0) {
      throw new Error(`rules.required-sections.sections: unknown section ${unknown.join(", ")}, expected keys of \`sections\`: ${Object.keys(config.sections).join(", ")}`);
    }
    return { sections };
  },
  check({ postmortem, options, config, report, documentSpan }) {
    for (const key of options.sections) {
      if (postmortem.resolved ? postmortem.resolved[key] : postmortem.sections.some((section) => section.key === key)) continue;
      const aliases = (config.sections[key] ?? []).slice(1, 3).map(displayName);
      const alias = aliases.length > 0 ? ` (or ${aliases.map((a) => `\`${a}\``).join(", ")})` : "";
      report(unexpected(`missing section \`${displayName(key)}\``, `a \`## ${displayName(key)}\` heading${alias}`), documentSpan());
    }
  }
});

// src/lint/template-text.ts
function normalizeText(text3) {
  return text3.replace(/\s+/g, " ").trim().toLowerCase();
}
function placeholdersFromData(data7) {
  return { rows: data7.rows, items: new Set(data7.items), inline: data7.inline };
}

// src/lint/template-placeholders.generated.ts
var data6 = {
  "rows": [
    [
      {
        "column": 1,
        "text": "what happened (trigger)"
      },
      {
        "column": 2,
        "text": "deploy log / alert / dashboard / chat"
      },
      {
        "column": 3,
        "text": "system or role"
      }
    ],
    [
      {
        "column": 1,
        "text": "impact started"
      },
      {
        "column": 2,
        "text": "dashboard link"
      },
      {
        "column": 3,
        "text": "system"
      }
    ],
    [
      {
        "column": 1,
        "text": "detected: how we learned about it"
      },
      {
        "column": 2,
        "text": "alert name"
      },
      {
        "column": 3,
        "text": "on-call engineer"
      }
    ],
    [
      {
        "column": 1,
        "text": "mitigation applied"
      },
      {
        "column": 2,
        "text": "runbook / chat"
      },
      {
        "column": 3,
        "text": "incident commander"
      }
    ],
    [
      {
        "column": 1,
        "text": "impact ended"
      },
      {
        "column": 2,
        "text": "dashboard link"
      },
      {
        "column": 3,
        "text": "system"
      }
    ],
    [
      {
        "column": 1,
        "text": "a specific change to a named system"
      }
    ],
    [
      {
        "column": 1,
        "text": "a specific change to a named system"
      }
    ]
  ],
  "items": [
    "first condition in the system, process or tooling.",
    "second condition."
  ],
  "inline": [
    "@owner",
    "@org/team",
    "<title>",
    "0h 00min",
    "(one line on why this level)",
    "P0 | P1 | P2 | P3 | P4",
    "@your-handle",
    "(four weeks after the incident: the follow-up review)"
  ]
};

// src/lint/builtin-placeholders.ts
var builtin2;
function builtinPlaceholders() {
  builtin2 ??= placeholdersFromData(data6);
  return builtin2;
}

// src/lint/rules/template-placeholders.ts
var PLACEHOLDER_EXPECTED = "this incident's own text in place of the template's placeholder";
var template_placeholders_default = postmortemRule({
  id: "template-placeholders",
  options(raw) {
    onlyKnownOptions(raw, ["emptySections"], "template-placeholders");
    return { emptySections: booleanOption(raw, "emptySections", true, "template-placeholders") };
  },
  check({ postmortem, options, tree, file, report }) {
    const source = new SourceText(String(file.value));
    const placeholders = builtinPlaceholders();
    const reportPlaceholder = (text3, span) => report(unexpected(`template placeholder ${quote(text3)}`, PLACEHOLDER_EXPECTED), span, { actual: text3 });
    const lines = /* @__PURE__ */ new Set();
    for (const field of postmortem.meta.fields) for (let line = field.span.start.line; line <= field.span.end.line; line++) lines.add(line);
    if (postmortem.meta.title) lines.add(postmortem.meta.title.span.start.line);
    for (const line of [...lines].sort((a, b) => a - b)) {
      const [start, end] = lineRange(source.text, line);
      for (const match of findInline(source.text, start, end, placeholders)) reportPlaceholder(match.text, source.span(match.start, match.end));
    }
    visit(tree, "table", (table) => {
      for (const row of table.children.slice(1)) {
        const cells = row.children;
        const left = placeholders.rows.find((own3) => own3.every(({ column, text: text3 }) => cells[column] !== void 0 && normalizeText(toString(cells[column])) === text3));
        if (left) {
          const first = cells[left[0]?.column ?? 0];
          const last = cells[left[left.length - 1]?.column ?? 0];
          const text3 = left.map(({ column }) => toString(cells[column]).trim()).join(" | ");
          const span = source.span(trimPipes(cellSpan(first), source).start.offset, trimPipes(cellSpan(last), source).end.offset);
          const actual = source.text.slice(span.start.offset, span.end.offset);
          report(unexpected(`row left from the template ${quote(text3, 80)}`, "this incident's own entry in place of the template's example row"), span, { actual });
        }
        for (const cell of cells) {
          const [start, end] = source.range(cell);
          for (const match of findInline(source.text, start, end, placeholders)) reportPlaceholder(match.text, source.span(match.start, match.end));
        }
      }
    });
    function cellSpan(cell) {
      const [start, end] = source.range(cell);
      return source.span(start, end);
    }
    visit(tree, "listItem", (item) => {
      const text3 = toString(item).trim();
      if (!placeholders.items.has(normalizeText(text3))) return;
      const first = item.children[0] ?? item;
      const [start, end] = source.range(first);
      const span = source.located(text3, start, end).span;
      report(unexpected(`template placeholder ${quote(text3)}`, PLACEHOLDER_EXPECTED), span, { actual: source.text.slice(span.start.offset, span.end.offset) });
    });
    if (options.emptySections) {
      const timeline = postmortem.timeline;
      const isTimelineEntry = (heading2) => timeline?.form === "headings" && timeline.entries.some((entry) => entry.span.start.line === heading2.position?.start.line);
      for (const heading2 of emptySections(tree).filter((candidate) => !isTimelineEntry(candidate))) {
        const [start, end] = source.range(heading2);
        report(
          unexpected(`empty section ${quote(toString(heading2))}`, "text under the heading (what applies to this incident, or a sentence saying why nothing does)"),
          source.span(start, end)
        );
      }
    }
  }
});
function findInline(text3, start, end, placeholders) {
  const slice = text3.slice(start, end);
  const matches = [];
  for (const pattern of inlinePatterns(placeholders)) {
    for (const match of slice.matchAll(pattern)) {
      const at = start + match.index;
      if (matches.some((other) => at < other.end && at + match[0].length > other.start)) continue;
      matches.push({ text: match[0], start: at, end: at + match[0].length });
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}
var patternCache = /* @__PURE__ */ new WeakMap();
function inlinePatterns(placeholders) {
  let patterns = patternCache.get(placeholders);
  if (!patterns) {
    patterns = [...placeholders.inline].sort((a, b) => b.length - a.length).map((phrase) => {
      const body = phrase.split(/\s+/).map(escapeRegExp).join("\\s+");
      const before = /^[\w@]/.test(phrase) ? "(?<![\\w@/-])" : "";
      const after = /\w$/.test(phrase) ? "(?![\\w/-])" : "";
      return new RegExp(`${before}${body}${after}`, "gi");
    });
    patternCache.set(placeholders, patterns);
  }
  return patterns;
}
function escapeRegExp(text3) {
  return text3.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function lineRange(text3, line) {
  let start = 0;
  for (let current = 1; current < line; current++) {
    const next = text3.indexOf("\n", start);
    if (next < 0) return [text3.length, text3.length];
    start = next + 1;
  }
  const newline = text3.indexOf("\n", start);
  return [start, newline < 0 ? text3.length : newline];
}
function trimPipes(span, source) {
  const raw = source.text.slice(span.start.offset, span.end.offset);
  const lead = raw.length - raw.replace(/^[|\s]+/, "").length;
  const trail2 = raw.length - raw.replace(/[|\s]+$/, "").length;
  return source.span(span.start.offset + lead, span.end.offset - trail2);
}
function isFiller(node2) {
  if (node2.type === "thematicBreak") return true;
  return node2.type === "html" && /^\s*<!--[^]*-->\s*$/.test(node2.value);
}
function emptySections(tree) {
  const empty2 = [];
  const children = tree.children;
  children.forEach((node2, index) => {
    if (node2.type !== "heading" || node2.depth < 2) return;
    let next = index + 1;
    while (next < children.length && children[next]?.type !== "heading") next++;
    const following = children[next];
    if (following?.type === "heading" && following.depth > node2.depth) return;
    if (children.slice(index + 1, next).every(isFiller)) empty2.push(node2);
  });
  return empty2;
}

// src/lint/rules/timeline-complete.ts
var timeline_complete_default = postmortemRule({
  id: "timeline-complete",
  options(raw) {
    onlyKnownOptions(raw, ["requireSource"], "timeline-complete");
    return { requireSource: booleanOption(raw, "requireSource", true, "timeline-complete") };
  },
  check(context) {
    const timeline = context.postmortem.timeline;
    if (!timeline) return;
    const heading2 = context.postmortem.resolved?.timeline?.headingSpan ?? timeline.span;
    if (timeline.entries.length === 0) {
      context.report(unexpected("empty timeline", "entries with a UTC time, an event and a source"), heading2);
      return;
    }
    checkWindow(context, timeline.entries);
    checkAmbiguousDates(context, timeline.entries);
    for (const entry of timeline.entries) checkEntry(context, entry);
    if (context.options.requireSource) checkSources(context, timeline.entries, heading2);
  }
});
function checkAmbiguousDates({ report, firstLine }, entries) {
  const first = entries.find((entry) => entry.time?.value.ambiguousDate);
  if (!first?.time) return;
  const numbers = /(\d{1,2})[-/](\d{1,2})[-/](\d{4})/.exec(first.time.raw);
  const readings = numbers ? ` (${numbers[3]}-${numbers[1].padStart(2, "0")}-${numbers[2].padStart(2, "0")} or ${numbers[3]}-${numbers[2].padStart(2, "0")}-${numbers[1].padStart(2, "0")})` : "";
  report(unexpected(`ambiguous date ${quote(first.time.raw)}${readings}, read month first`, "dates as YYYY-MM-DD, or one date in the document whose day is above 12"), firstLine(first.time.span), { actual: first.time.raw });
}
function checkEntry({ report, firstLine }, entry) {
  if (entry.unparsedTime) {
    report(unexpected(`time ${quote(entry.unparsedTime.raw)}`, "a time such as `10:05` or `2024-03-05 10:05 UTC`"), entry.unparsedTime.span, { actual: entry.unparsedTime.raw });
  } else if (!entry.time) {
    report(unexpected("timeline entry without a time", "a UTC time such as `10:05` at its start"), firstLine(entry.span));
  }
  if (!entry.event) {
    const at = entry.time?.raw ?? entry.unparsedTime?.raw;
    report(unexpected(`timeline entry${at ? ` at ${quote(at)}` : ""} without an event`, "what happened, as it was observed"), firstLine(entry.span));
  }
}
function checkSources({ report, firstLine }, entries, heading2) {
  const withSource = entries.filter((entry) => entry.source);
  if (withSource.length === 0) {
    report(unexpected("timeline without sources", "each entry to name its evidence (a `Source` column, or `(source: alert, log, dashboard, chat link)`)"), heading2);
    return;
  }
  if (withSource.length * 2 < entries.length) {
    const missing = entries.length - withSource.length;
    report(unexpected(`${missing} of ${entries.length} timeline entries without a source`, "each entry to name its evidence (a `Source` column, a link, or `(source: alert, log, dashboard, chat link)`)"), heading2);
    return;
  }
  for (const entry of entries) {
    if (!entry.source) report(unexpected(`timeline entry${entry.time ? ` at ${quote(entry.time.raw)}` : ""} without a source`, "the evidence it comes from (alert, log, dashboard, chat link)"), firstLine(entry.span));
  }
}
function checkWindow({ postmortem, report, firstLine }, entries) {
  const window = incidentWindow(postmortem);
  if (!window) return;
  const timed = entries.filter((entry) => entry.order !== void 0 && entry.time && !entry.time.value.dateOnly);
  if (timed.length === 0) return;
  const first = timed.reduce((a, b) => b.order < a.order ? b : a);
  const last = timed.reduce((a, b) => b.order >= a.order ? b : a);
  if (first.order > window.start) {
    report(unexpected(`first timeline entry ${quote(first.time.raw)} after the incident start ${quote(window.startText)}`, "the timeline to begin at or before the start stated in Duration (what triggered it, when it was detected)"), firstLine(first.span));
  }
  if (last.order < window.end) {
    report(unexpected(`last timeline entry ${quote(last.time.raw)} before the incident end ${quote(window.endText)}`, "entries up to the end stated in Duration (mitigation, recovery confirmed)"), firstLine(last.span));
  }
}
function incidentWindow(postmortem) {
  const duration = postmortem.meta.duration?.value;
  const date = postmortem.meta.date?.value;
  if (!duration || duration.startMinutes === void 0 || duration.endMinutes === void 0 || !date) return void 0;
  const zone = duration.zone ?? postmortem.timeline?.zoneStatement?.value;
  const offset = zone ? zoneOffset(zone) ?? 0 : 0;
  const day = dayNumber(date) * 1440 - offset;
  const start = day + duration.startMinutes;
  const end = day + duration.endMinutes + (duration.endMinutes < duration.startMinutes ? 1440 : 0);
  return { start, end, startText: clock(duration.startMinutes), endText: clock(duration.endMinutes) };
}
function clock(minutes) {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

// src/lint/rules/timeline-order.ts
function inOrder(keys) {
  const n = keys.length;
  const longest = new Array(n).fill(1);
  for (let i = n - 2; i >= 0; i--) {
    for (let j = i + 1; j < n; j++) if (keys[j] >= keys[i]) longest[i] = Math.max(longest[i], longest[j] + 1);
  }
  const kept = /* @__PURE__ */ new Set();
  let need = Math.max(0, ...longest);
  let last = -Infinity;
  for (let i = 0; i < n && need > 0; i++) {
    if (longest[i] === need && keys[i] >= last) {
      kept.add(i);
      last = keys[i];
      need--;
    }
  }
  return kept;
}
var timeline_order_default = postmortemRule({
  id: "timeline-order",
  check({ postmortem, report, firstLine }) {
    const all2 = (postmortem.timeline?.entries ?? []).filter((entry) => entry.order !== void 0 && entry.time !== void 0);
    const timed = all2.filter((entry) => !entry.time.value.dateOnly);
    const keys = timed.map((entry) => entry.order);
    const descents = keys.slice(1).filter((key, i) => key < keys[i]).length;
    if (timed.length >= 3 && (descents >= timed.length - 1 || timed.length >= 5 && descents >= 0.75 * (timed.length - 1))) {
      const first = timed[0];
      report(unexpected(`timeline in reverse chronological order (newest first, from ${quote(first.time.raw)})`, "the oldest entry first, so the story reads in the order it happened"), firstLine(first.time.span));
    } else {
      const kept = inOrder(keys);
      timed.forEach((entry, i) => {
        if (kept.has(i)) return;
        const previous2 = timed[i - 1];
        const next = timed[i + 1];
        const message = previous2 && entry.order < previous2.order ? `${quote(entry.time.raw)} after ${quote(previous2.time.raw)}` : `${quote(entry.time.raw)} before ${quote(next?.time.raw ?? "")}`;
        report(unexpected(message, "timeline entries in chronological order"), firstLine(entry.time.span), { actual: entry.time.raw });
      });
    }
    let latest;
    for (const entry of all2) {
      const date = entry.time.value.date;
      if (entry.time.value.dateOnly && date && latest && date < latest.date) {
        report(unexpected(`${quote(entry.time.raw)} after ${quote(latest.raw)}`, "timeline entries in chronological order"), firstLine(entry.time.span), { actual: entry.time.raw });
      }
      if (date && (!latest || date > latest.date)) latest = { date, raw: entry.time.raw };
    }
  }
});

// src/lint/rules/timeline-utc.ts
var timeline_utc_default = postmortemRule({
  id: "timeline-utc",
  check({ postmortem, report, firstLine }) {
    const timeline = postmortem.timeline;
    if (!timeline) return;
    const statement = timeline.zoneStatement;
    if (statement && !isUtcZone(statement.value)) {
      report(unexpected(`timeline time zone ${quote(statement.raw)}`, "UTC, so readers in every zone and every log line agree"), statement.span, { actual: statement.raw });
    }
    const timed = timeline.entries.filter((entry) => entry.time && !entry.time.value.dateOnly);
    for (const entry of timed) {
      const zone = entry.time?.value.zone;
      if (zone && !isUtcZone(zone)) reportZone(entry, zone, report);
    }
    const unzoned = timed.filter((entry) => !entry.time?.value.zone);
    if (!statement && unzoned.length > 0) {
      const heading2 = postmortem.resolved?.timeline?.headingSpan ?? firstLine(timeline.span);
      report(unexpected(`timeline without a time zone (${unzoned.length} ${unzoned.length === 1 ? "entry has" : "entries have"} none)`, "UTC stated in the heading (`## Timeline (all times UTC)`), the table header (`Time (UTC)`) or on each entry"), heading2);
    }
  }
});
function reportZone(entry, zone, report) {
  const time = entry.time;
  const offset = zoneOffset(zone);
  const expected = "UTC for every entry";
  if (offset === void 0) {
    report(unexpected(`time zone ${quote(zone)}`, expected), time.span, { actual: time.raw });
    return;
  }
  const utc = time.value.minutes - offset;
  const sameDay = utc >= 0 && utc < 1440;
  const clock2 = `${String(Math.floor((utc % 1440 + 1440) % 1440 / 60)).padStart(2, "0")}:${String((utc % 1440 + 1440) % 1440 % 60).padStart(2, "0")} UTC`;
  const safe = sameDay && !time.value.date && /^\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?\s?\(?[A-Za-z]{2,5}\)?$/i.test(time.raw);
  report(unexpected(`time zone ${quote(zone)} in ${quote(time.raw)}`, `${expected} (${quote(time.raw)} is ${clock2}${sameDay ? "" : " on another day"})`), time.span, safe ? { actual: time.raw, replacement: clock2 } : { actual: time.raw });
}

// src/lint/rules/index.ts
var RULES = {
  "required-sections": required_sections_default,
  metadata: metadata_default,
  "timeline-utc": timeline_utc_default,
  "timeline-order": timeline_order_default,
  "timeline-complete": timeline_complete_default,
  "contributing-factors": contributing_factors_default,
  "action-item-id": action_item_id_default,
  "action-item-owner": action_item_owner_default,
  "action-item-deadline": action_item_deadline_default,
  "action-item-priority": action_item_priority_default,
  "action-item-specific": action_item_specific_default,
  "blameless-language": blameless_language_default,
  "template-placeholders": template_placeholders_default
};
var ruleIds = Object.keys(RULES);

// src/lint/engine.ts
var MAX_DOCUMENT_CHARS = 1024 * 1024;
var ENGINE_FINDINGS = ["front-matter", "too-large", "too-deep", "too-complex", "empty", "binary", "encoding", "unreadable", "comment"];
var COMMENT = /^<!--\s*postmortem-lint\s+(\S+)([^]*?)\s*-->$/;
var KEYWORDS = ["enable", "disable", "ignore"];
function remarkCheckLintComments() {
  const known = /* @__PURE__ */ new Set([...Object.keys(RULES), ...ENGINE_FINDINGS]);
  return (tree, file) => {
    visit(tree, "html", (node2, index, parent) => {
      warnIfSplittingTable(node2, index, parent, file);
      const match = COMMENT.exec(node2.value.trim());
      if (!match) return;
      const keyword = match[1];
      const ids = (match[2] ?? "").trim().split(/\s+/).filter(Boolean);
      const report = (reason) => {
        const message = file.message(reason, { place: node2.position, ruleId: "comment", source: SOURCE });
        message.fatal = true;
        message.url = ruleDocsUrl("parse-errors");
      };
      if (!KEYWORDS.includes(keyword)) {
        report(`Unexpected keyword \`${keyword}\` in a postmortem-lint comment, expected one of: ${KEYWORDS.join(", ")}`);
        node2.value = "<!-- -->";
        return;
      }
      const unknown = ids.filter((id) => !known.has(id));
      if (unknown.length === 0) return;
      report(`Unexpected unknown rule ${unknown.map((id) => `\`${id}\``).join(", ")} in a postmortem-lint comment, expected rule ids such as: ${[...Object.keys(RULES)].join(", ")}`);
      const kept = ids.filter((id) => known.has(id));
      node2.value = kept.length > 0 ? `<!-- postmortem-lint ${keyword} ${kept.join(" ")} -->` : "<!-- -->";
    });
  };
}
function warnIfSplittingTable(node2, index, parent, file) {
  if (index === void 0 || parent === void 0 || !node2.value.trim().startsWith("<!--")) return;
  const before = parent.children[index - 1];
  const after = parent.children[index + 1];
  if (before?.type !== "table" || after?.type !== "paragraph") return;
  const start = after.position?.start.offset;
  if (start === void 0 || String(file.value)[start] !== "|") return;
  const message = file.message(
    "Unexpected comment between table rows (it ends the table: the rows after it are not read as rows), expected the comment before the table (an ignore comment applies to the whole table)",
    { place: node2.position, ruleId: "comment", source: SOURCE }
  );
  message.fatal = false;
  message.url = ruleDocsUrl("parse-errors");
}
var yamlFrontMatter;
async function loadYamlFrontMatter() {
  yamlFrontMatter ??= (await Promise.resolve().then(() => (init_front_matter(), front_matter_exports))).readYamlFrontMatter;
  return yamlFrontMatter;
}
function remarkPostmortemModel(options) {
  const transform = (tree, file) => {
    const reader = options?.readFrontMatter ?? yamlFrontMatter;
    if (!reader && hasYamlFrontMatter(tree)) return loadYamlFrontMatter().then((loaded) => addModel(tree, file, options?.config, loaded));
    return addModel(tree, file, options?.config, reader);
  };
  return transform;
}
function addModel(tree, file, configOption, readFrontMatter) {
  const data7 = file.data;
  const config = configOption ?? data7.postmortemConfig;
  if (!config) throw new Error("remarkPostmortemModel needs a config");
  data7.postmortemConfig = config;
  data7.postmortem = buildPostmortem(tree, String(file.value), config, file.path, readFrontMatter);
  for (const problem of data7.postmortem.problems) {
    const place = problem.span ? { start: problem.span.start, end: problem.span.end } : void 0;
    const message = file.message(problem.message, { place, ruleId: problem.kind, source: SOURCE });
    message.fatal = true;
    message.url = ruleDocsUrl("parse-errors");
  }
  return void 0;
}

// src/lint/preset.ts
function postmortemPreset(config = defaultConfig()) {
  const rules = Object.entries(RULES).filter(([id]) => config.rules[id]?.level !== "off").map(([id, plugin]) => [plugin, [config.rules[id]?.level ?? "error", config.rules[id]?.options ?? {}]]);
  return {
    plugins: [
      remarkGfm,
      [remarkFrontmatter, ["yaml", "toml"]],
      // The reader up front: the preset stays synchronous for `processSync` users.
      [remarkPostmortemModel, { config, readFrontMatter: readYamlFrontMatter }],
      ...rules,
      remarkCheckLintComments,
      [remarkMessageControl, { name: SOURCE, source: SOURCE, known: [...Object.keys(RULES), ...ENGINE_FINDINGS] }]
    ]
  };
}
var remarkPresetPostmortem = postmortemPreset();
var preset_default = remarkPresetPostmortem;
export {
  preset_default as default,
  postmortemPreset
};
