// The JavaScript half of omx's builtins: whatever may call user code.
// `__omx` is the intrinsics object (only this prelude can name it).
const I = __omx;
// §7.4.11 IteratorClose for a for-of left early: call `return()`; its
// result must be an object. After an exception, errors of `return()` are
// dropped (the exception wins).
I.iterClose = function (it) {
  const inner = I.adapterTarget(it);
  if (inner === undefined) return;
  const ret = inner.return;
  if (ret === undefined || ret === null) return;
  const r = ret.call(inner);
  if (r === null || (typeof r !== "object" && typeof r !== "function")) throw new TypeError("Iterator result " + I.toStr(r) + " is not an object");
};
I.iterCloseQuiet = function (it) { try { I.iterClose(it); } catch (e) { } };
// The first n values of an iterable (array destructuring), then IteratorClose.
I.takeN = function (v, n) {
  if (I.isArray(v)) return v;
  if (v == null) throw new TypeError(v + " is not iterable");
  if (typeof v === "string") return I.toArray(v);
  const f = v[Symbol.iterator];
  if (typeof f !== "function") throw new TypeError("object is not iterable");
  const it = f.call(v);
  const out = [];
  while (out.length < n) { const r = it.next(); if (r.done) return out; out.push(r.value); }
  if (typeof it.return === "function") it.return();
  return out;
};
const G = this === undefined ? undefined : this;
const OP = I.getProto;
function defHidden(o, k, v) { I.defineProperty(o, k, { value: v, writable: true, enumerable: false, configurable: true }); }
function methods(target, table) { for (const k of I.ownKeys(table, 3)) defHidden(target, k, table[k]); }

// Symbols.
function Symbol(description) { return I.newSymbol === undefined ? {} : I.newSymbol(description); }
// Errors.
function makeError(name, parent) {
  const E = function (message, options) {
    const self = this === undefined || this === G ? Object.create(E.prototype) : this;
    if (message !== undefined) defHidden(self, "message", I.toStr(message));
    if (options && typeof options === "object" && "cause" in options) defHidden(self, "cause", options.cause);
    const head = message === undefined || message === "" ? String(self.name) : self.name + ": " + message;
    defHidden(self, "stack", head + I.stackTrace());
    return self;
  };
  I.defineProperty(E, "name", { value: name, configurable: true });
  if (parent) I.setProto(E, parent);
  const proto = parent ? I.create(parent.prototype) : E.prototype;
  E.prototype = proto;
  defHidden(proto, "constructor", E);
  defHidden(proto, "name", name);
  defHidden(proto, "message", "");
  I.register(name, proto);
  return E;
}
const Error = makeError("Error");
defHidden(Error.prototype, "toString", function () { return this.message ? this.name + ": " + this.message : String(this.name); });
const TypeError = makeError("TypeError", Error);
const RangeError = makeError("RangeError", Error);
const ReferenceError = makeError("ReferenceError", Error);
const SyntaxError = makeError("SyntaxError", Error);
const EvalError = makeError("EvalError", Error);
const URIError = makeError("URIError", Error);

// Proxy-aware [[OwnPropertyKeys]] and [[GetOwnPropertyDescriptor]]
// (§10.5.11, §10.5.5): a trap when the handler has one.
function trapOf(o, name) { const pp = I.proxyParts(o); if (pp === undefined) return undefined; const [t, h] = pp; if (h === undefined) throw new TypeError("Cannot perform '" + name + "' on a proxy that has been revoked"); return [t, h, h[name]]; }
function ownKeysOf(o, which) {
  if (typeof o === "string") { if (which === 2) return []; const k = []; for (let i = 0; i < o.length; i++) k.push(String(i)); if (which !== 0) k.push("length"); return k; }
  const p = trapOf(o, "ownKeys");
  if (p === undefined) return I.ownKeys(o, which);
  const [t, h, trap] = p;
  const keys = trap === undefined ? ownKeysOf(t, 3) : trap.call(h, t);
  const out = [];
  for (const k of keys) {
    const sym = typeof k === "symbol";
    if (which === 3 || (which === 2 && sym) || (which === 1 && !sym)) { out.push(k); continue; }
    if (which === 0 && !sym) { const d = descOf(o, k); if (d !== undefined && d.enumerable) out.push(k); }
  }
  return out;
}
function descOf(o, k) {
  const p = trapOf(o, "getOwnPropertyDescriptor");
  if (p === undefined) return I.getOwnPropertyDescriptor(o, k);
  const [t, h, trap] = p;
  if (trap === undefined || trap === null) return descOf(t, k);
  const r = trap.call(h, t, k);
  if (r !== undefined && !(r !== null && (typeof r === "object" || typeof r === "function"))) throw new TypeError("'getOwnPropertyDescriptor' on proxy: trap returned neither object nor undefined for property '" + String(k) + "'");
  if (r === undefined) return undefined;
  return "get" in r || "set" in r
    ? { get: r.get, set: r.set, enumerable: !!r.enumerable, configurable: !!r.configurable }
    : { value: r.value, writable: !!r.writable, enumerable: !!r.enumerable, configurable: !!r.configurable };
}
function protoOf(o) {
  const p = trapOf(o, "getPrototypeOf");
  if (p === undefined) return I.getProto(o);
  const [t, h, trap] = p;
  if (trap === undefined || trap === null) return protoOf(t);
  const r = trap.call(h, t);
  if (r !== null && typeof r !== "object" && typeof r !== "function") throw new TypeError("'getPrototypeOf' on proxy: trap returned neither object nor null");
  return r;
}
function defineOf(o, k, d, quiet) {
  const p = trapOf(o, "defineProperty");
  if (p === undefined) return I.defineProperty(o, k, d, quiet) !== false;
  const [t, h, trap] = p;
  if (trap === undefined) return defineOf(t, k, d, quiet);
  const ok = !!trap.call(h, t, k, d);
  if (!ok && !quiet) throw new TypeError("'defineProperty' on proxy: trap returned falsish for property '" + I.toStr(k) + "'");
  return ok;
}

function Object(v) { if (v === undefined || v === null) return {}; if (typeof v === "object" || typeof v === "function") return v; return I.box(v); }
const prim = v => (typeof v === "object" && v !== null ? I.unbox(v) ?? v : v);
Object.prototype = OP({});
defHidden(Object.prototype, "constructor", Object);
methods(Object, {
  keys(o) { return ownKeysOf(o, 0); },
  values(o) { return ownKeysOf(o, 0).map(k => o[k]); },
  entries(o) { return ownKeysOf(o, 0).map(k => [k, o[k]]); },
  assign(t, ...srcs) { for (const s of srcs) if (s != null) for (const k of I.ownKeys(s, 0)) t[k] = s[k]; return t; },
  create(p, props) { const o = I.create(p); if (props) Object.defineProperties(o, props); return o; },
  defineProperty(o, k, d) { if (I.typeof(o) !== "object" && I.typeof(o) !== "function") throw new TypeError("Object.defineProperty called on non-object"); defineOf(o, k, d, false); return o; },
  defineProperties(o, ds) { for (const k of I.ownKeys(ds, 0)) I.defineProperty(o, k, ds[k]); return o; },
  getOwnPropertyDescriptor(o, k) { return descOf(o, k); },
  getOwnPropertyDescriptors(o) { const r = {}; for (const k of I.ownKeys(o, 3)) r[k] = I.getOwnPropertyDescriptor(o, k); return r; },
  getOwnPropertyNames(o) { return ownKeysOf(o, 1); },
  getOwnPropertySymbols(o) { return ownKeysOf(o, 2); },
  getPrototypeOf(o) { return protoOf(o); },
  setPrototypeOf(o, p) {
    if (o === undefined || o === null) throw new TypeError("Object.setPrototypeOf called on null or undefined");
    if (p !== null && typeof p !== "object" && typeof p !== "function") throw new TypeError("Object prototype may only be an Object or null: " + String(p));
    if (typeof o !== "object" && typeof o !== "function") return o;
    const t = trapOf(o, "setPrototypeOf");
    if (t !== undefined && t[2] != null) { if (!t[2].call(t[1], t[0], p)) throw new TypeError("'setPrototypeOf' on proxy: trap returned falsish"); return o; }
    return I.setProto(o, p);
  },
  freeze(o) { return I.freeze(o); },
  seal(o) { return I.seal(o); },
  preventExtensions(o) { return I.preventExtensions(o); },
  isExtensible(o) { return I.isExtensible(o); },
  isFrozen(o) { if (I.isExtensible(o)) return false; for (const k of I.ownKeys(o, 3)) { const d = I.getOwnPropertyDescriptor(o, k); if (d.configurable || d.writable) return false; } return true; },
  isSealed(o) { if (I.isExtensible(o)) return false; for (const k of I.ownKeys(o, 3)) { if (I.getOwnPropertyDescriptor(o, k).configurable) return false; } return true; },
  is(a, b) { if (a === b) return a !== 0 || 1 / a === 1 / b; return a !== a && b !== b; },
  fromEntries(it) { const o = {}; for (const [k, v] of it) o[k] = v; return o; },
  groupBy(items, f) { const o = I.create(null); let i = 0; for (const x of items) { const k = f(x, i++); (o[k] || (o[k] = [])).push(x); } return o; },
});
methods(Object.prototype, {
  __defineGetter__(k, f) { I.defineProperty(this, k, { get: f, enumerable: true, configurable: true }); },
  __defineSetter__(k, f) { I.defineProperty(this, k, { set: f, enumerable: true, configurable: true }); },
  hasOwnProperty(k) { return I.getOwnPropertyDescriptor(this, k) !== undefined; },
  __lookupGetter__(k) { let o = this; while (o != null) { const d = descOf(o, k); if (d) return d.get; o = protoOf(o); } },
  __lookupSetter__(k) { let o = this; while (o != null) { const d = descOf(o, k); if (d) return d.set; o = protoOf(o); } },
  isPrototypeOf(o) { while (o != null) { o = I.getProto(o); if (o === this) return true; } return false; },
  propertyIsEnumerable(k) { const d = I.getOwnPropertyDescriptor(this, k); return d !== undefined && d.enumerable; },
  toString() { if (this === undefined) return "[object Undefined]"; if (this === null) return "[object Null]"; if (I.isArray(this)) return "[object Array]"; const t = this[Symbol.toStringTag]; if (typeof t === "string") return "[object " + t + "]"; if (typeof this === "function") return "[object Function]"; if (this instanceof Error) return "[object Error]"; return "[object Object]"; },
  valueOf() { return this; },
});
methods(Object, { hasOwn(o, k) { return descOf(o, k) !== undefined; } });
I.defineProperty(Object.prototype, "__proto__", { get() { return I.getProto(this); }, set(p) { I.setProto(this, p); }, configurable: true });
defHidden(Object.prototype, "toLocaleString", function toLocaleString() { return this.toString(); });

function Function(...args) { const body = args.length ? I.toStr(args.pop()) : ""; return I.evalScript("(function anonymous(" + args.map(a => I.toStr(a)).join(",") + "\n) {\n" + body + "\n})"); }
function eval(x) { return typeof x === "string" ? I.evalScript(x) : x; }
Function.prototype = OP(function () {});
defHidden(Function.prototype, "constructor", Function);
I.defineProperty(Function.prototype, "name", { value: "", configurable: true });
I.defineProperty(Function.prototype, "length", { value: 0, configurable: true });
methods(Function.prototype, {
  call(t, ...a) { return I.callWith(this, t, a); },
  apply(t, a) { return I.callWith(this, t, a == null ? [] : I.toArray(a)); },
  bind(t, ...bound) { const f = this; const g = function (...a) { return new.target ? new f(...bound, ...a) : I.callWith(f, t, [...bound, ...a]); }; I.defineProperty(g, "name", { value: "bound " + f.name }); I.defineProperty(g, "length", { value: Math.max(0, (f.length || 0) - bound.length) }); I.markBound(g, f, bound); return g; },
  toString() { if (typeof this !== "function") throw new TypeError("Function.prototype.toString requires that 'this' be a Function"); return I.funcSource(this) ?? "function " + this.name + "() { [native code] }"; },
});
I.callWith = function (f, t, args) { return f.__omx_call === undefined ? I.callThis(f, t, args) : undefined; };
const symbolRegistry = {};
Symbol = function Symbol(d) { return I.newSymbol(d); };
Symbol.prototype = OP(I.newSymbol("x"));
for (const n of ["iterator", "hasInstance", "toPrimitive", "toStringTag", "asyncIterator", "species", "isConcatSpreadable", "match", "matchAll", "replace", "search", "split", "unscopables"]) { const s = I.newSymbol("Symbol." + n); I.defineProperty(Symbol, n, { value: s }); I.register(n, s); }
methods(Symbol, { for(k) { return symbolRegistry[k] || (symbolRegistry[k] = I.newSymbol(k)); }, keyFor(s) { for (const k of I.ownKeys(symbolRegistry, 0)) if (symbolRegistry[k] === s) return k; return undefined; } });
defHidden(Symbol.prototype, "toString", function () { return "Symbol(" + (I.symbolDescription(this) ?? "") + ")"; });
I.defineProperty(Symbol.prototype, "description", { get() { return I.symbolDescription(this); }, configurable: true });
I.defineProperty(Function.prototype, Symbol.hasInstance, { value: function (v) { return v instanceof this; } });

// Helpers for operators on objects (ToPrimitive, §7.1.1).
function toPrimitive(v, hint) {
  if (v === null || (typeof v !== "object" && typeof v !== "function")) return v;
  const ex = v[Symbol.toPrimitive];
  if (ex !== undefined) { const r = ex.call(v, hint); if (r !== null && typeof r === "object") throw new TypeError("Cannot convert object to primitive value"); return r; }
  for (const m of hint === "string" ? ["toString", "valueOf"] : ["valueOf", "toString"]) {
    const f = v[m];
    if (typeof f === "function") { const r = f.call(v); if (r === null || (typeof r !== "object" && typeof r !== "function")) return r; }
  }
  throw new TypeError("Cannot convert object to primitive value");
}
I.register("binary", function (op, a, b) {
  const hint = op === 0 ? "default" : "number";
  a = toPrimitive(a, hint); b = toPrimitive(b, hint);
  switch (op) {
    case 0: return a + b; case 1: return a - b; case 2: return a * b; case 3: return a / b;
    case 4: return a % b; case 5: return a ** b; case 7: return a & b; case 8: return a | b;
    case 9: return a ^ b; case 10: return a << b; case 11: return a >> b; default: return String(a) + String(b);
  }
});
I.register("compare", function (op, a, b) {
  if (op === 9) { if (typeof a === "object" || typeof a === "function") a = toPrimitive(a, "default"); if (typeof b === "object" || typeof b === "function") b = toPrimitive(b, "default"); return a == b; }
  a = toPrimitive(a, "number"); b = toPrimitive(b, "number");
  return op === 0 ? a < b : op === 1 ? a <= b : op === 2 ? a > b : a >= b;
});
I.register("toString", function (v) { return I.toStr(toPrimitive(v, "string")); });
I.register("iterate", function (v, toArray) {
  if (v == null) throw new TypeError(v + " is not iterable");
  const f = v[Symbol.iterator];
  if (typeof f !== "function") throw new TypeError((typeof v === "object" ? "object" : String(v)) + " is not iterable");
  const it = f.call(v);
  const out = [];
  while (true) { const r = it.next(); if (r.done) break; out.push(r.value); }
  return toArray ? out : out[Symbol.iterator]();
});

function String(v) { const s = typeof v === "symbol" && !new.target ? v.toString() : arguments.length === 0 ? "" : I.toStr(v); return new.target ? I.box(s) : s; }
String.prototype = OP("");
defHidden(String.prototype, "constructor", String);
for (const n of ["toUpperCase", "toLowerCase", "trim", "trimStart", "trimEnd", "indexOf", "lastIndexOf", "includes", "startsWith", "endsWith", "slice", "substring", "substr", "charAt", "charCodeAt", "codePointAt", "at", "repeat", "padStart", "padEnd", "split", "replaceAll", "localeCompare", "normalize", "toLocaleUpperCase", "toLocaleLowerCase"]) {
  // The native serves primitive strings; this generic form converts a
  // String object receiver and object arguments (which may run user code).
  const numeric = { slice: 1, substring: 1, substr: 1, charAt: 1, charCodeAt: 1, codePointAt: 1, at: 1, repeat: 1, padStart: 1, padEnd: 1 }[n] === 1;
  const conv = (v, asNumber) => typeof v !== "object" || v === null ? v : asNumber ? Number(v) : String(v);
  const second = !{ padStart: 1, padEnd: 1, replaceAll: 1, localeCompare: 1 }[n];
  defHidden(String.prototype, n, I.strMethod(n, function (a, b) { return I.strop(n, I.toStr(this), conv(a, numeric), conv(b, second)); }));
}
methods(String.prototype, {
  toString() { return prim(this); }, valueOf() { return prim(this); },
  concat(...a) { let s = this; for (const x of a) s += x; return s; },
  replace(p, r) { const s = I.toStr(this); if (typeof p === "object" && p !== null && p[Symbol.replace]) return p[Symbol.replace](s, r); const i = s.indexOf(p); if (i < 0) return s; return s.slice(0, i) + (typeof r === "function" ? r(p, i, s) : r) + s.slice(i + String(p).length); },
  [Symbol.iterator]() { return I.toArray(I.toStr(this))[Symbol.iterator](); },
});
methods(String, { fromCharCode(...c) { return I.strop("fromCharCode", "", ...c); }, fromCodePoint(...c) { return I.strop("fromCodePoint", "", ...c); }, raw(s, ...v) { let r = ""; for (let i = 0; i < s.raw.length; i++) { r += s.raw[i]; if (i < v.length) r += v[i]; } return r; } });

function Number(v) { const n = arguments.length === 0 ? 0 : I.toNumber(toPrimitive(v, "number")); return new.target ? I.box(n) : n; }
Number.prototype = OP(0);
defHidden(Number.prototype, "constructor", Number);
methods(Number.prototype, {
  toString(r) { const n = prim(this); return r === undefined || r === 10 ? I.numToString(n) : I.numop("toStringRadix", n, r); },
  toFixed(d) { return I.numop("toFixed", prim(this), d); },
  toPrecision(p) { return I.numop("toPrecision", prim(this), p); },
  toExponential(d) { return I.numop("toExponential", prim(this), d); },
  valueOf() { return prim(this); },
  toLocaleString() { const [i, f] = I.numop("toFixed", this, 3).split("."); let s = ""; const neg = i[0] === "-"; const d = neg ? i.slice(1) : i; for (let k = 0; k < d.length; k++) { if (k > 0 && (d.length - k) % 3 === 0) s += ","; s += d[k]; } let frac = f.replace(/0+$/, ""); return (neg ? "-" : "") + s + (frac ? "." + frac : ""); },
});
methods(Number, { MAX_SAFE_INTEGER: 9007199254740991, MIN_SAFE_INTEGER: -9007199254740991, EPSILON: 2 ** -52, MAX_VALUE: 1.7976931348623157e308, MIN_VALUE: 5e-324, POSITIVE_INFINITY: 1 / 0, NEGATIVE_INFINITY: -1 / 0, NaN: 0 / 0,
  isInteger: v => typeof v === "number" && isFinite(v) && Math.trunc(v) === v, isSafeInteger: v => Number.isInteger(v) && Math.abs(v) <= 9007199254740991,
  isFinite: v => typeof v === "number" && isFinite(v), isNaN: v => typeof v === "number" && v !== v,
  parseFloat: s => I.numop("parseFloat", s), parseInt: (s, r) => I.numop("parseInt", s, r) });
function BigInt(v) { if (new.target) throw new TypeError("BigInt is not a constructor"); return I.bigint(toPrimitive(v, "number")); }
BigInt.prototype = OP(I.bigint("0"));
defHidden(BigInt.prototype, "constructor", BigInt);
methods(BigInt.prototype, { toString(r) { return I.numToString(this); }, valueOf() { return this; }, toLocaleString() { return I.numToString(this); } });
methods(BigInt, { asUintN(bits, v) { return I.bigintAsUintN(bits, v); }, asIntN(bits, v) { const u = I.bigintAsUintN(bits, v); return u >= 2n ** BigInt(bits - 1) ? u - 2n ** BigInt(bits) : u; } });
function Boolean(v) { return new.target ? I.box(!!v) : !!v; }
Boolean.prototype = OP(true);
methods(Boolean.prototype, { toString() { return prim(this) ? "true" : "false"; }, valueOf() { return prim(this); } });
const NaN = 0 / 0, Infinity = 1 / 0;
function isNaN(v) { v = Number(v); return v !== v; }
function isFinite(v) { v = Number(v); return v === v && v !== Infinity && v !== -Infinity; }
function encodeURIComponent(s) { return I.strop("encodeURIComponent", I.toStr(s)); }
function encodeURI(s) { return I.strop("encodeURI", I.toStr(s)); }
function decodeURIComponent(s) { return I.strop("decodeURIComponent", I.toStr(s)); }
function decodeURI(s) { return I.strop("decodeURI", I.toStr(s)); }
function escape(s) { return I.strop("encodeURIComponent", I.toStr(s)); }
function unescape(s) { return I.strop("decodeURIComponent", I.toStr(s)); }
function parseInt(s, r) { return I.numop("parseInt", s, r); }
function parseFloat(s) { return I.numop("parseFloat", s); }

const Math = {};
methods(Math, { PI: 3.141592653589793, E: 2.718281828459045, LN2: 0.6931471805599453, LN10: 2.302585092994046, SQRT2: 1.4142135623730951, LOG2E: 1.4426950408889634, LOG10E: 0.4342944819032518, SQRT1_2: 0.7071067811865476 });
for (const n of ["floor", "ceil", "round", "trunc", "abs", "sqrt", "cbrt", "sin", "cos", "tan", "atan", "asin", "acos", "exp", "log", "log2", "log10", "sign", "atan2", "pow", "random"]) defHidden(Math, n, (x, y) => I.numop(n, x, y));
methods(Math, {
  max(...a) { let m = -Infinity; for (const x of a) { const v = Number(x); if (v !== v) return NaN; if (v > m) m = v; } return m; },
  min(...a) { let m = Infinity; for (const x of a) { const v = Number(x); if (v !== v) return NaN; if (v < m) m = v; } return m; },
  hypot(...a) { let s = 0; for (const x of a) s += x * x; return Math.sqrt(s); },
});
I.defineProperty(Math, Symbol.toStringTag, { value: "Math" });

function Array(...a) { let r = a; if (a.length === 1 && typeof a[0] === "number") { if (a[0] < 0 || a[0] !== Math.trunc(a[0]) || a[0] > 4294967295) throw new RangeError("Invalid array length"); r = []; r.length = a[0]; } if (new.target && new.target !== Array) I.setProto(r, new.target.prototype); return r; }
Array.prototype = OP([]);
defHidden(Array.prototype, "constructor", Array);
methods(Array, { isArray(v) { return I.isArray(v); }, of(...a) { return a; } });
Array.from = function (src, f) { const r = src != null && typeof src === "object" && !(Symbol.iterator in src) && "length" in src ? (() => { const o = []; for (let i = 0; i < src.length; i++) o.push(src[i]); return o; })() : [...src]; return f ? r.map(f) : r; };
function speciesCreate(a) { const C = a.constructor; if (I.isArray(a) && typeof C === "function" && C !== Array) return new C(); return []; }
function isHex(h) { if (h.length !== 4) return false; for (const c of h) if (!((c >= "0" && c <= "9") || (c >= "a" && c <= "f") || (c >= "A" && c <= "F"))) return false; return true; }
function cb(f) { if (typeof f !== "function") throw new TypeError(I.toStr(f) + " is not a function"); return f; }
methods(Array.prototype, {
  push(...a) { for (const x of a) this[this.length] = x; return this.length; },
  pop() { if (this.length === 0) return undefined; const v = this[this.length - 1]; this.length = this.length - 1; return v; },
  shift() { if (this.length === 0) return undefined; const v = this[0]; for (let i = 1; i < this.length; i++) this[i - 1] = this[i]; this.length = this.length - 1; return v; },
  unshift(...a) { const n = a.length; for (let i = this.length - 1; i >= 0; i--) this[i + n] = this[i]; for (let i = 0; i < n; i++) this[i] = a[i]; return this.length; },
  slice(b, e) { const n = this.length; b = b === undefined ? 0 : b < 0 ? Math.max(n + b, 0) : Math.min(b, n); e = e === undefined ? n : e < 0 ? Math.max(n + e, 0) : Math.min(e, n); const r = []; for (let i = b; i < e; i++) r.push(this[i]); return r; },
  splice(s, dc, ...items) { const n = this.length; s = s === undefined ? 0 : s < 0 ? Math.max(n + s, 0) : Math.min(s, n); dc = dc === undefined ? n - s : Math.min(Math.max(dc, 0), n - s); const removed = this.slice(s, s + dc); const rest = this.slice(s + dc); this.length = s; for (const x of items) this.push(x); for (const x of rest) this.push(x); return removed; },
  concat(...a) { const r = this.slice(); for (const x of a) { const spread = x !== null && typeof x === "object" && x[Symbol.isConcatSpreadable]; if (spread !== undefined ? spread : I.isArray(x)) for (let i = 0; i < x.length; i++) r.push(x[i]); else r.push(x); } return r; },
  join(sep) { sep = sep === undefined ? "," : I.toStr(sep); let s = ""; for (let i = 0; i < this.length; i++) { if (i > 0) s += sep; const v = this[i]; if (v != null) s += I.toStr(v); } return s; },
  toString() { return this.join(","); },
  indexOf(v, from) { for (let i = from ?? 0; i < this.length; i++) if (this[i] === v && i in this) return i; return -1; },
  lastIndexOf(v) { for (let i = this.length - 1; i >= 0; i--) if (this[i] === v) return i; return -1; },
  includes(v) { for (let i = 0; i < this.length; i++) { const x = this[i]; if (x === v || (x !== x && v !== v)) return true; } return false; },
  map(f, t) { cb(f); const r = speciesCreate(this); for (let i = 0; i < this.length; i++) r[i] = f.call(t, this[i], i, this); return r; },
  filter(f, t) { cb(f); const r = speciesCreate(this); for (let i = 0; i < this.length; i++) if (f.call(t, this[i], i, this)) r.push(this[i]); return r; },
  forEach(f, t) { cb(f); for (let i = 0; i < this.length; i++) if (i in this) f.call(t, this[i], i, this); },
  reduce(f, ...init) { cb(f); let i = 0, acc; if (init.length) acc = init[0]; else { if (this.length === 0) throw new TypeError("Reduce of empty array with no initial value"); acc = this[0]; i = 1; } for (; i < this.length; i++) acc = f(acc, this[i], i, this); return acc; },
  reduceRight(f, ...init) { cb(f); let i = this.length - 1, acc; if (init.length) acc = init[0]; else { acc = this[i]; i--; } for (; i >= 0; i--) acc = f(acc, this[i], i, this); return acc; },
  find(f) { for (let i = 0; i < this.length; i++) if (f(this[i], i, this)) return this[i]; return undefined; },
  findIndex(f) { for (let i = 0; i < this.length; i++) if (f(this[i], i, this)) return i; return -1; },
  findLast(f) { for (let i = this.length - 1; i >= 0; i--) if (f(this[i], i, this)) return this[i]; return undefined; },
  findLastIndex(f) { for (let i = this.length - 1; i >= 0; i--) if (f(this[i], i, this)) return i; return -1; },
  some(f) { for (let i = 0; i < this.length; i++) if (f(this[i], i, this)) return true; return false; },
  every(f) { for (let i = 0; i < this.length; i++) if (!f(this[i], i, this)) return false; return true; },
  reverse() { for (let i = 0, j = this.length - 1; i < j; i++, j--) { const t = this[i]; this[i] = this[j]; this[j] = t; } return this; },
  sort(f) {
    const cmp = f ?? ((a, b) => { const x = I.toStr(a), y = I.toStr(b); return x < y ? -1 : x > y ? 1 : 0; });
    const a = this.filter(v => v !== undefined); const undef = this.length - a.length;
    const tmp = new Array(a.length);
    const merge = (lo, mid, hi) => { let i = lo, j = mid, k = lo; while (i < mid && j < hi) tmp[k++] = cmp(a[j], a[i]) < 0 ? a[j++] : a[i++]; while (i < mid) tmp[k++] = a[i++]; while (j < hi) tmp[k++] = a[j++]; for (let m = lo; m < hi; m++) a[m] = tmp[m]; };
    for (let w = 1; w < a.length; w *= 2) for (let lo = 0; lo < a.length - w; lo += 2 * w) merge(lo, lo + w, Math.min(lo + 2 * w, a.length));
    for (let i = 0; i < a.length; i++) this[i] = a[i];
    for (let i = 0; i < undef; i++) this[a.length + i] = undefined;
    return this;
  },
  toSorted(f) { return this.slice().sort(f); },
  toReversed() { return this.slice().reverse(); },
  fill(v, b, e) { for (let i = b ?? 0; i < (e ?? this.length); i++) this[i] = v; return this; },
  flat(d = 1) { const r = []; for (const x of this) { if (I.isArray(x) && d > 0) for (const y of x.flat(d - 1)) r.push(y); else r.push(x); } return r; },
  flatMap(f) { return this.map(f).flat(); },
  at(i) { i = Math.trunc(i) || 0; return i < 0 ? this[this.length + i] : this[i]; },
  keys() { const r = []; for (let i = 0; i < this.length; i++) r.push(i); return r[Symbol.iterator](); },
  entries() { const r = []; for (let i = 0; i < this.length; i++) r.push([i, this[i]]); return r[Symbol.iterator](); },
  values() { return this[Symbol.iterator](); },
  [Symbol.iterator]() { const a = this; let i = 0; return { next() { return i < a.length ? { value: a[i++], done: false } : { value: undefined, done: true }; }, [Symbol.iterator]() { return this; } }; },
});

const GeneratorPrototype = OP((function* () {})());
I.GeneratorFunctionPrototype = I.create(Function.prototype);
function GeneratorFunction() { throw new Error("not supported by omx: the GeneratorFunction constructor"); }
defHidden(I.GeneratorFunctionPrototype, "constructor", GeneratorFunction);
defHidden(I.GeneratorFunctionPrototype, "prototype", GeneratorPrototype);
methods(GeneratorPrototype, {
  next(v) { const [value, done] = I.genResume(this, v, 0); return { value, done }; },
  return(v) { const [value, done] = I.genResume(this, v, 2); return { value, done }; },
  throw(e) { const [value, done] = I.genResume(this, e, 1); return { value, done }; },
  [Symbol.iterator]() { return this; },
});

// console.log: node's util.inspect (lib/internal/util/inspect.js) for the
// common cases: depth 2, breakLength 80, compact 3, array grouping.
const inspectCtx = { indentationLvl: 0, currentDepth: 0, seen: [], circular: [] };
function inspect(v, depth, seen) { inspectCtx.indentationLvl = 0; inspectCtx.seen = []; inspectCtx.circular = []; const r = formatValue(v, 0, depth === 0); return inspectCtx.circular.length ? "<ref *1> " + r : r; }
function formatPrimitive(v, top) {
  const t = typeof v;
  if (t === "string") return top ? v : I.strop("quote", v);
  if (t === "number") return I.isNegZero(v) ? "-0" : I.numToString(v);
  if (t === "undefined") return "undefined";
  if (v === null) return "null";
  if (t === "boolean") return v ? "true" : "false";
  if (t === "symbol") return v.toString();
  if (t === "bigint") return I.numToString(v) + "n";
  return undefined;
}
function ctorName(v) {
  let o = v;
  while (o !== null && o !== undefined) {
    const d = descOf(o, "constructor");
    if (d !== undefined && typeof d.value === "function" && d.value.name !== "") return d.value.name;
    o = protoOf(o);
  }
  return null;
}
function formatValue(v, recurseTimes, top) {
  const p = formatPrimitive(v, top);
  if (p !== undefined) return p;
  if (inspectCtx.seen.includes(v)) { if (!inspectCtx.circular.includes(v)) inspectCtx.circular.push(v); return "[Circular *1]"; }
  return formatRaw(v, recurseTimes);
}
function formatRaw(v, recurseTimes) {
  const ctx = inspectCtx;
  const isFn = typeof v === "function";
  const proxy = I.proxyParts(v);
  if (proxy !== undefined) v = proxy[0];
  const name = ctorName(v);
  const tag0 = isFn ? undefined : v[Symbol.toStringTag];
  const tag = typeof tag0 === "string" && tag0 !== "" && tag0 !== name ? tag0 : "";
  let keys = ownKeysOf(v, 0).concat(ownKeysOf(v, 2).filter(s => descOf(v, s).enumerable));
  let braces, base = "", extrasArray = false, formatter = null;
  const prefix = (fallback, size) => {
    if (name === null) return "[" + fallback + (size !== undefined ? "(" + size + ")" : "") + ": null prototype] ";
    return name + (size !== undefined ? "(" + size + ")" : "") + " " + (tag ? "[" + tag + "] " : "");
  };
  if (I.isArray(v)) {
    keys = keys.filter(k => !(typeof k === "string" && String(k >>> 0) === k && (k >>> 0) < v.length));
    const pre = name === "Array" && !tag ? "" : prefix("Array", v.length);
    braces = [pre + "[", "]"];
    extrasArray = true;
    formatter = () => { const out = []; let holes = 0; const n = Math.min(v.length, 100);
      for (let i = 0; i < n; i++) { if (!(i in v)) { holes++; continue; } if (holes) { out.push("<" + holes + " empty item" + (holes > 1 ? "s" : "") + ">"); holes = 0; } out.push(formatValue(v[i], recurseTimes + 1)); }
      if (holes) out.push("<" + holes + " empty item" + (holes > 1 ? "s" : "") + ">");
      if (v.length > 100) out.push("... " + (v.length - 100) + " more item" + (v.length - 100 > 1 ? "s" : ""));
      return out; };
    if (v.length === 0 && keys.length === 0) return braces[0] + "]";
  } else if (v instanceof MapIterator) {
    const [items, entries] = peekMapIterator(v);
    braces = ["[" + (entries ? tag0.replace("Iterator", "Entries") : tag0) + "] {", "}"];
    extrasArray = true;
    formatter = () => items.map(x => formatValue(x, recurseTimes + 1));
  } else if (v instanceof Map) {
    braces = [prefix("Map", v.size) + "{", "}"];
    formatter = () => { const out = []; for (const [k, x] of v) out.push(formatValue(k, recurseTimes + 1) + " => " + formatValue(x, recurseTimes + 1)); return out; };
    if (v.size === 0 && keys.length === 0) return braces[0] + "}";
  } else if (v instanceof Set) {
    braces = [prefix("Set", v.size) + "{", "}"];
    extrasArray = true;
    formatter = () => { const out = []; for (const x of v) out.push(formatValue(x, recurseTimes + 1)); return out; };
    if (v.size === 0 && keys.length === 0) return braces[0] + "}";
  } else if (I.promiseInfo(v) !== undefined) {
    const [state, result] = I.promiseInfo(v);
    braces = [prefix("Promise") + "{", "}"];
    formatter = () => [state === 0 ? "<pending>" : state === 2 ? "<rejected> " + formatValue(result, recurseTimes + 1) : formatValue(result, recurseTimes + 1)];
  } else if (isFn) {
    base = fnBase(v, name, tag);
    keys = keys.filter(k => k !== "prototype");
    if (keys.length === 0) return base;
    braces = ["{", "}"];
  } else if (v instanceof Error) {
    base = errBase(v, name);
    keys = keys.filter(k => k !== "stack" && k !== "message");
    if (keys.length === 0) return base;
    braces = ["{", "}"];
  } else if (v instanceof RegExp) {
    base = v.toString();
    keys = keys.filter(k => k !== "lastIndex");
    if (keys.length === 0) return base;
    braces = ["{", "}"];
  } else if (v instanceof Date) {
    base = v.toISOString();
    if (keys.length === 0) return base;
    braces = ["{", "}"];
  } else if (I.unbox(v) !== undefined) {
    const pv = I.unbox(v);
    const kind = typeof pv === "string" ? "String" : typeof pv === "number" ? "Number" : typeof pv === "boolean" ? "Boolean" : typeof pv === "bigint" ? "BigInt" : "Symbol";
    base = "[" + kind + ": " + formatPrimitive(pv, false) + "]";
    if (typeof pv === "string") keys = keys.filter(k => !(String(k >>> 0) === k && (k >>> 0) < pv.length));
    if (keys.length === 0) return base;
    braces = ["{", "}"];
  } else if (typeof v === "symbol") {
    return v.toString();
  } else {
    if (name === "Object" && !tag) braces = ["{", "}"];
    else braces = [prefix("Object") + "{", "}"];
    if (keys.length === 0) return braces[0] + "}";
  }
  if (recurseTimes > 2) return "[" + (name === null ? (I.isArray(v) ? "Array" : "Object") : name) + "]";
  ctx.seen.push(v);
  ctx.currentDepth = recurseTimes;
  let output = formatter ? formatter() : [];
  for (const k of keys) output.push(formatProperty(v, k, recurseTimes));
  ctx.seen.pop();
  return reduceToSingleString(output, base, braces, extrasArray, recurseTimes, v);
}
function fnBase(v, name, tag) {
  const info = I.funcInfo(v);
  const fname = v.name;
  if (info !== undefined && (info & 1)) {
    const sup = protoOf(v);
    return "[class " + (fname || "(anonymous)") + (sup && sup !== Function.prototype ? " extends " + (sup.name || "") : "") + "]";
  }
  const fp = protoOf(v);
  const kind = fp === I.GeneratorFunctionPrototype ? "GeneratorFunction" : fp === I.AsyncFunctionPrototype ? "AsyncFunction" : "Function";
  return fname ? "[" + kind + ": " + fname + "]" : "[" + kind + " (anonymous)]";
}
function errBase(v, name) {
  let stack = typeof v.stack === "string" ? v.stack : (v.name + ": " + v.message);
  const n = v.name;
  if (name && name !== n && stack.startsWith(n)) stack = name + " [" + n + "]" + stack.slice(String(n).length);
  return stack;
}
function formatProperty(v, k, recurseTimes) {
  const ctx = inspectCtx;
  const desc = descOf(v, k) ?? { value: v[k] };
  let str;
  if (desc.value !== undefined || !("get" in desc)) {
    ctx.indentationLvl += 2;
    str = formatValue(desc.value, recurseTimes + 1);
    ctx.indentationLvl -= 2;
  } else if (desc.get !== undefined) {
    str = desc.set !== undefined ? "[Getter/Setter]" : "[Getter]";
  } else {
    str = desc.set !== undefined ? "[Setter]" : "undefined";
  }
  const key = typeof k === "symbol" ? "[" + k.toString() + "]" : isIdent(k) ? k : I.strop("quote", k);
  return key + ": " + str;
}
function isBelowBreakLength(output, start, base) {
  let total = output.length + start;
  if (total + output.length > 80) return false;
  for (const o of output) { total += o.length; if (total > 80) return false; }
  return base === "" || !base.includes("\n");
}
function reduceToSingleString(output, base, braces, extrasArray, recurseTimes, value) {
  const ctx = inspectCtx;
  const entries = output.length;
  if (extrasArray && entries > 6) output = groupArrayElements(output, value);
  if (ctx.currentDepth - recurseTimes < 3 && entries === output.length) {
    const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
    if (isBelowBreakLength(output, start, base)) {
      const joined = output.join(", ");
      if (!joined.includes("\n")) return (base ? base + " " : "") + braces[0] + " " + joined + " " + braces[1];
    }
  }
  const ind = "\n" + " ".repeat(ctx.indentationLvl);
  return (base ? base + " " : "") + braces[0] + ind + "  " + output.join("," + ind + "  ") + ind + braces[1];
}
function groupArrayElements(output, value) {
  const ctx = inspectCtx;
  let totalLength = 0, maxLength = 0;
  let outputLength = output.length;
  if (value !== undefined && I.isArray(value) && value.length > 100) outputLength--;
  const dataLen = [];
  for (let i = 0; i < outputLength; i++) { const len = output[i].length; dataLen.push(len); totalLength += len + 2; if (maxLength < len) maxLength = len; }
  const actualMax = maxLength + 2;
  if (actualMax * 3 + ctx.indentationLvl < 80 && (totalLength / actualMax > 5 || maxLength <= 6)) {
    const averageBias = Math.sqrt(actualMax - totalLength / output.length);
    const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    const columns = Math.min(Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax), Math.floor((80 - ctx.indentationLvl) / actualMax), 12, 15);
    if (columns <= 1) return output;
    const tmp = [], maxLineLength = [];
    for (let i = 0; i < columns; i++) { let lineLength = 0; for (let j = i; j < output.length; j += columns) if (dataLen[j] > lineLength) lineLength = dataLen[j]; maxLineLength.push(lineLength + 2); }
    let padStart = true;
    if (value !== undefined) { if (value instanceof Set) { for (const x of value) if (typeof x !== "number") { padStart = false; break; } } else for (let i = 0; i < output.length; i++) if (typeof value[i] !== "number" && typeof value[i] !== "bigint") { padStart = false; break; } }
    for (let i = 0; i < outputLength; i += columns) {
      const max = Math.min(i + columns, outputLength);
      let str = "", j = i;
      for (; j < max - 1; j++) { const cell = output[j] + ", "; str += padStart ? cell.padStart(maxLineLength[j - i]) : cell.padEnd(maxLineLength[j - i]); }
      str += padStart ? output[j].padStart(maxLineLength[j - i] - 2) : output[j];
      tmp.push(str);
    }
    if (outputLength < output.length) tmp.push(output[outputLength]);
    return tmp;
  }
  return output;
}
function isIdent(k) { if (k.length === 0) return false; for (let i = 0; i < k.length; i++) { const c = k.charCodeAt(i); const ok = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || (i > 0 && c >= 48 && c <= 57); if (!ok) return false; } return true; }
function format(args) {
  let out = "";
  let start = 0;
  if (typeof args[0] === "string" && args[0].includes("%") && args.length > 1) {
    const f = args[0]; let i = 1; out = "";
    for (let k = 0; k < f.length; k++) {
      const c = f[k];
      if (c === "%" && k + 1 < f.length) {
        const n = f[k + 1];
        if (n === "s" || n === "d" || n === "i" || n === "o" || n === "O" || n === "j" || n === "f") { const a = args[i++]; out += n === "s" ? (typeof a === "string" ? a : inspect(a, 1, [])) : n === "d" || n === "i" ? I.numToString(n === "i" ? Math.trunc(Number(a)) : Number(a)) : n === "f" ? I.numToString(Number(a)) : inspect(a, 0, []); k++; continue; }
        if (n === "%") { out += "%"; k++; continue; }
      }
      out += c;
    }
    start = i;
    for (let j = start; j < args.length; j++) out += " " + (typeof args[j] === "string" ? args[j] : inspect(args[j], 0, []));
    return out;
  }
  return args.map(a => typeof a === "string" ? a : inspect(a, 0, [])).join(" ");
}
const console = {
  log(...a) { I.write(format(a) + "\n", 1); },
  info(...a) { I.write(format(a) + "\n", 1); },
  debug(...a) { I.write(format(a) + "\n", 1); },
  error(...a) { I.write(format(a) + "\n", 2); },
  warn(...a) { I.write(format(a) + "\n", 2); },
};

// Map and Set (ECMA-262 §24.1, §24.2): the entries live in a store
// (SameValueZero keys, insertion order, hashed; protocol/js/map_store.rs);
// iterators are live: they see entries added while they run.
let peekMapIterator;
class MapIterator {
  #c; #kind; #tag;
  constructor(c, kind, tag) { this.#c = c; this.#kind = kind; this.#tag = tag; }
  next() {
    const c = this.#c;
    const k = I.mapNext(c);
    if (k === c) return { value: undefined, done: true };
    const kind = this.#kind;
    return { value: kind === 0 ? k : kind === 1 ? I.mapValue(c) : [k, kind === 2 ? I.mapValue(c) : k], done: false };
  }
  [Symbol.iterator]() { return this; }
  get [Symbol.toStringTag]() { return this.#tag; }
  // What is left, without moving the iterator (for console.log).
  static { peekMapIterator = it => { const c = I.mapCursorCopy(it.#c), kind = it.#kind, out = []; for (let k = I.mapNext(c); k !== c; k = I.mapNext(c)) out.push(kind === 0 ? k : kind === 1 ? I.mapValue(c) : [k, kind === 2 ? I.mapValue(c) : k]); return [out, kind >= 2]; }; }
}
// %MapIteratorPrototype% inherits from %IteratorPrototype% and has no
// constructor of its own (§24.1.5.2).
Object.setPrototypeOf(MapIterator.prototype, Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
delete MapIterator.prototype.constructor;
class Map {
  #s = I.mapNew();
  constructor(it) { if (it != null) { const add = this.set; if (typeof add !== "function") throw new TypeError("'" + add + "' returned for property 'set' of object '#<Map>' is not a function"); for (const e of it) { if (e === null || (typeof e !== "object" && typeof e !== "function")) throw new TypeError("Iterator value " + (typeof e === "string" ? e : String(e)) + " is not an entry object"); add.call(this, e[0], e[1]); } } }
  get size() { return I.mapSize(this.#s); }
  get(k) { return I.mapGet(this.#s, k); }
  set(k, v) { I.mapSet(this.#s, k, v); return this; }
  has(k) { return I.mapHas(this.#s, k); }
  delete(k) { return I.mapDelete(this.#s, k); }
  clear() { I.mapClear(this.#s); }
  forEach(f, t) { if (typeof f !== "function") throw new TypeError(inspect(f, 0, []) + " is not a function"); const c = I.mapCursor(this.#s); for (let k = I.mapNext(c); k !== c; k = I.mapNext(c)) f.call(t, I.mapValue(c), k, this); }
  keys() { return new MapIterator(I.mapCursor(this.#s), 0, "Map Iterator"); }
  values() { return new MapIterator(I.mapCursor(this.#s), 1, "Map Iterator"); }
  entries() { return new MapIterator(I.mapCursor(this.#s), 2, "Map Iterator"); }
  get [Symbol.toStringTag]() { return "Map"; }
}
class Set {
  #s = I.mapNew();
  constructor(it) { if (it != null) { const add = this.add; if (typeof add !== "function") throw new TypeError("'" + add + "' returned for property 'add' of object '#<Set>' is not a function"); for (const v of it) add.call(this, v); } }
  get size() { return I.mapSize(this.#s); }
  add(v) { I.mapSet(this.#s, v, true); return this; }
  has(v) { return I.mapHas(this.#s, v); }
  delete(v) { return I.mapDelete(this.#s, v); }
  clear() { I.mapClear(this.#s); }
  forEach(f, t) { if (typeof f !== "function") throw new TypeError(inspect(f, 0, []) + " is not a function"); const c = I.mapCursor(this.#s); for (let k = I.mapNext(c); k !== c; k = I.mapNext(c)) f.call(t, k, k, this); }
  values() { return new MapIterator(I.mapCursor(this.#s), 0, "Set Iterator"); }
  entries() { return new MapIterator(I.mapCursor(this.#s), 3, "Set Iterator"); }
  get [Symbol.toStringTag]() { return "Set"; }
}
// One function under two names, as in the spec (§24.1.3.12, §24.2.3.10).
Object.defineProperty(Map.prototype, Symbol.iterator, { value: Map.prototype.entries, writable: true, configurable: true });
Object.defineProperty(Set.prototype, "keys", { value: Set.prototype.values, writable: true, configurable: true });
Object.defineProperty(Set.prototype, Symbol.iterator, { value: Set.prototype.values, writable: true, configurable: true });
const isObj = k => k !== null && (typeof k === "object" || typeof k === "function");
class WeakMap extends Map { set(k, v) { if (!isObj(k)) throw new TypeError("Invalid value used as weak map key"); return super.set(k, v); } get [Symbol.toStringTag]() { return "WeakMap"; } }
class WeakSet extends Set { add(k) { if (!isObj(k)) throw new TypeError("Invalid value used in weak set"); return super.add(k); } get [Symbol.toStringTag]() { return "WeakSet"; } }
// Reflect (§28.1): each function checks its target, converts the key with
// ToPropertyKey and answers a boolean where the spec does.
const isObjectLike = o => o !== null && (typeof o === "object" || typeof o === "function");
function requireTarget(o, name) { if (!isObjectLike(o)) throw new TypeError("Reflect." + name + " called on non-object"); return o; }
function toPropertyKey(k) { if (isObjectLike(k)) k = toPrimitive(k, "string"); return typeof k === "symbol" ? k : I.toKey(k); }
const Reflect = {};
methods(Reflect, {
  apply(f, t, a) { if (typeof f !== "function") throw new TypeError("Function.prototype.apply was called on " + typeof f + ", which is " + typeof f + " and not a function"); if (!isObjectLike(a)) throw new TypeError("CreateListFromArrayLike called on non-object"); return I.callWith(f, t, I.isArray(a) ? a : Array.from(a)); },
  construct(f, a, nt) { if (!I.isConstructor(f)) throw new TypeError(String(f) + " is not a constructor"); if (nt === undefined) nt = f; else if (!I.isConstructor(nt)) throw new TypeError(String(nt) + " is not a constructor"); if (!isObjectLike(a)) throw new TypeError("CreateListFromArrayLike called on non-object"); return I.constructWith(f, nt, I.isArray(a) ? a : Array.from(a)); },
  defineProperty(o, k, d) { requireTarget(o, "defineProperty"); k = toPropertyKey(k); return defineOf(o, k, d, true); },
  deleteProperty(o, k) { requireTarget(o, "deleteProperty"); k = toPropertyKey(k); return delete o[k]; },
  get(o, k, r) { requireTarget(o, "get"); k = toPropertyKey(k); return arguments.length < 3 ? o[k] : I.getWithReceiver(o, k, r); },
  getOwnPropertyDescriptor(o, k) { requireTarget(o, "getOwnPropertyDescriptor"); return descOf(o, toPropertyKey(k)); },
  getPrototypeOf(o) { requireTarget(o, "getPrototypeOf"); return protoOf(o); },
  has(o, k) { requireTarget(o, "has"); return toPropertyKey(k) in o; },
  isExtensible(o) { requireTarget(o, "isExtensible"); return I.isExtensible(o); },
  ownKeys(o) { requireTarget(o, "ownKeys"); return ownKeysOf(o, 3); },
  preventExtensions(o) { requireTarget(o, "preventExtensions"); I.preventExtensions(o); return true; },
  set(o, k, v, r) { requireTarget(o, "set"); return I.reflectSet(o, toPropertyKey(k), v); },
  setPrototypeOf(o, p) { requireTarget(o, "setPrototypeOf"); if (p !== null && !isObjectLike(p)) throw new TypeError("Object prototype may only be an Object or null: " + String(p)); try { I.setProto(o, p); return true; } catch (e) { return false; } },
});
I.defineProperty(Reflect, Symbol.toStringTag, { value: "Reflect", configurable: true });
I.defineProperty(Reflect.construct, "length", { value: 2 });
I.defineProperty(Reflect.set, "length", { value: 3 });
I.defineProperty(Reflect.get, "length", { value: 2 });
I.defineProperty(Reflect.apply, "length", { value: 3 });
function Proxy(t, h) { if (!new.target) throw new TypeError("Constructor Proxy requires 'new'"); return I.proxy(t, h); }
Proxy.revocable = (t, h) => { const proxy = I.proxy(t, h); return { proxy, revoke() { I.revoke(proxy); } }; };
const JSON = {
  stringify(v, rep, ind) {
    const gap = typeof ind === "number" ? " ".repeat(ind) : typeof ind === "string" ? ind : "";
    const stack = [];
    const str = (k, holder, cur) => {
      let x = holder[k];
      if (x !== null && typeof x === "object" && typeof x.toJSON === "function") x = x.toJSON(k);
      if (typeof rep === "function") x = rep.call(holder, k, x);
      if (x !== null && typeof x === "object" && I.unbox(x) !== undefined) x = I.unbox(x);
      if (x === null) return "null";
      if (typeof x === "string") return I.strop("jsonQuote", x);
      if (typeof x === "number") return isFinite(x) ? I.numToString(x) : "null";
      if (typeof x === "boolean") return x ? "true" : "false";
      if (typeof x !== "object") return undefined;
      if (stack.includes(x)) throw new TypeError("Converting circular structure to JSON");
      stack.push(x);
      try { return strObj(x, cur); } finally { stack.pop(); }
    };
    const strObj = (x, cur) => {
      const inner = cur + gap;
      const parts = [];
      if (I.isArray(x)) { for (let i = 0; i < x.length; i++) parts.push(str(i, x, inner) ?? "null"); if (!parts.length) return "[]"; return gap ? "[\n" + inner + parts.join(",\n" + inner) + "\n" + cur + "]" : "[" + parts.join(",") + "]"; }
      for (const key of (I.isArray(rep) ? rep : ownKeysOf(x, 0))) { const s = str(key, x, inner); if (s !== undefined) parts.push('"' + key + '":' + (gap ? " " : "") + s); }
      if (!parts.length) return "{}";
      return gap ? "{\n" + inner + parts.join(",\n" + inner) + "\n" + cur + "}" : "{" + parts.join(",") + "}";
    };
    return str("", { "": v }, "");
  },
  parse(text, reviver) {
    const s = I.toStr(text);
    let i = 0;
    const fail = () => { throw new SyntaxError(i >= s.length ? "Unexpected end of JSON input" : "Unexpected token '" + s[i] + "', \"" + (s.length > 10 ? s.slice(0, 10) + "\"... is not valid JSON" : s + "\" is not valid JSON")); };
    const ws = () => { while (i < s.length && (s[i] === " " || s[i] === "\n" || s[i] === "\t" || s[i] === "\r")) i++; };
    const str = () => {
      i++; let out = "";
      while (true) {
        if (i >= s.length) fail();
        const c = s[i++];
        if (c === '"') return out;
        if (c === "\\") {
          const e = s[i++];
          if (e === "n") out += "\n"; else if (e === "t") out += "\t"; else if (e === "r") out += "\r"; else if (e === "b") out += "\b"; else if (e === "f") out += "\f";
          else if (e === "u") { const h = s.slice(i, i + 4); if (!/*hex*/ isHex(h)) fail(); out += String.fromCharCode(parseInt(h, 16)); i += 4; }
          else if (e === '"' || e === "\\" || e === "/") out += e; else { i--; fail(); }
        } else if (c < " ") { i--; fail(); } else out += c;
      }
    };
    const val = () => {
      ws();
      const c = s[i];
      if (c === "{") {
        i++; const o = {}; ws();
        if (s[i] === "}") { i++; return o; }
        while (true) { ws(); if (s[i] !== '"') fail(); const k = str(); ws(); if (s[i] !== ":") fail(); i++; I.defData(o, k, val()); ws(); if (s[i] === ",") { i++; continue; } if (s[i] === "}") { i++; return o; } fail(); }
      }
      if (c === "[") {
        i++; const a = []; ws();
        if (s[i] === "]") { i++; return a; }
        while (true) { a.push(val()); ws(); if (s[i] === ",") { i++; continue; } if (s[i] === "]") { i++; return a; } fail(); }
      }
      if (c === '"') return str();
      if (s.startsWith("true", i)) { i += 4; return true; }
      if (s.startsWith("false", i)) { i += 5; return false; }
      if (s.startsWith("null", i)) { i += 4; return null; }
      const start = i;
      if (s[i] === "-") i++;
      if (!(s[i] >= "0" && s[i] <= "9")) fail();
      while (i < s.length && ((s[i] >= "0" && s[i] <= "9") || s[i] === "." || s[i] === "e" || s[i] === "E" || s[i] === "+" || s[i] === "-")) i++;
      return Number(s.slice(start, i));
    };
    const v = val(); ws();
    if (i < s.length) fail();
    if (typeof reviver !== "function") return v;
    const walk = (holder, k) => { const x = holder[k]; if (x !== null && typeof x === "object") for (const kk of Object.keys(x)) { const nv = walk(x, kk); if (nv === undefined) delete x[kk]; else x[kk] = nv; } return reviver.call(holder, k, x); };
    return walk({ "": v }, "");
  },
};
// Date: a time value in milliseconds, UTC only (the host's time zone is UTC).
function civil(t) {
  const z = Math.floor(t / 86400000) + 719468;
  const era = Math.floor(z / 146097), doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100)), mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1, m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}
function daysFrom(y, m, d) { y -= m <= 2 ? 1 : 0; const era = Math.floor(y / 400), yoe = y - era * 400; const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1; const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy; return era * 146097 + doe - 719468; }
class Date {
  #t;
  constructor(...a) {
    if (a.length === 0) this.#t = I.now();
    else if (a.length === 1 && typeof a[0] === "number") this.#t = a[0];
    else if (a.length === 1 && a[0] instanceof Date) this.#t = a[0].getTime();
    else if (a.length === 1) this.#t = Date.parse(a[0]);
    else this.#t = Date.UTC(...a);
  }
  static now() { return I.now(); }
  static UTC(y, m = 0, d = 1, h = 0, mi = 0, s = 0, ms = 0) { return daysFrom(y + Math.floor(m / 12), (m % 12 + 12) % 12 + 1, 1) * 86400000 + (d - 1) * 86400000 + h * 3600000 + mi * 60000 + s * 1000 + ms; }
  static parse(s) { const m = String(s).split(/*ISO*/ "T"); const [y, mo, d] = m[0].split("-").map(Number); let t = Date.UTC(y, (mo || 1) - 1, d || 1); if (m[1]) { const [hh, mm, ss] = m[1].replace("Z", "").split(":"); t += (Number(hh) || 0) * 3600000 + (Number(mm) || 0) * 60000 + Math.round((Number(ss) || 0) * 1000); } return t; }
  getTime() { return this.#t; }
  valueOf() { return this.#t; }
  getFullYear() { return civil(this.#t)[0]; }
  getMonth() { return civil(this.#t)[1] - 1; }
  getDate() { return civil(this.#t)[2]; }
  getDay() { return ((Math.floor(this.#t / 86400000) + 4) % 7 + 7) % 7; }
  getHours() { return Math.floor(((this.#t % 86400000) + 86400000) % 86400000 / 3600000); }
  getMinutes() { return Math.floor(((this.#t % 3600000) + 3600000) % 3600000 / 60000); }
  getSeconds() { return Math.floor(((this.#t % 60000) + 60000) % 60000 / 1000); }
  getMilliseconds() { return ((this.#t % 1000) + 1000) % 1000; }
  getUTCFullYear() { return this.getFullYear(); } getUTCMonth() { return this.getMonth(); } getUTCDate() { return this.getDate(); }
  getUTCHours() { return this.getHours(); } getUTCDay() { return this.getDay(); }
  getTimezoneOffset() { return 0; }
  toISOString() { const [y, m, d] = civil(this.#t); const p = (n, w = 2) => String(n).padStart(w, "0"); return p(y, 4) + "-" + p(m) + "-" + p(d) + "T" + p(this.getHours()) + ":" + p(this.getMinutes()) + ":" + p(this.getSeconds()) + "." + p(this.getMilliseconds(), 3) + "Z"; }
  toJSON() { return this.toISOString(); }
  toString() { return this.toISOString(); }
  [Symbol.toPrimitive](hint) { return hint === "number" || hint === "default" && false ? this.#t : hint === "string" || hint === "default" ? this.toString() : this.#t; }
}
// RegExp (§22.2) on the regress crate.
class RegExp {
  constructor(pattern, flags) {
    if (pattern instanceof RegExp) { flags = flags ?? pattern.flags; pattern = pattern.source; }
    pattern = pattern === undefined ? "(?:)" : I.toStr(pattern);
    flags = flags === undefined ? "" : I.toStr(flags);
    I.regexCheck(pattern, flags);
    defHidden(this, "source", pattern);
    defHidden(this, "flags", flags.split("").sort().join(""));
    this.lastIndex = 0;
    I.defineProperty(this, "lastIndex", { enumerable: false });
  }
  get global() { return this.flags.includes("g"); }
  get ignoreCase() { return this.flags.includes("i"); }
  get multiline() { return this.flags.includes("m"); }
  get sticky() { return this.flags.includes("y"); }
  get unicode() { return this.flags.includes("u"); }
  get dotAll() { return this.flags.includes("s"); }
  get hasIndices() { return this.flags.includes("d"); }
  exec(s) {
    s = I.toStr(s);
    const g = this.global || this.sticky;
    const r = I.regexExec(this.source, this.flags, s, g ? this.lastIndex : 0);
    if (r === null) { if (g) this.lastIndex = 0; return null; }
    const [index, end, ...rest] = r;
    const groups = rest.pop();
    if (g) this.lastIndex = end === index && end === this.lastIndex && false ? end + 1 : end;
    const m = rest;
    m.index = index;
    m.input = s;
    m.groups = groups;
    return m;
  }
  test(s) { return this.exec(s) !== null; }
  toString() { return "/" + this.source + "/" + this.flags; }
  [Symbol.match](s) {
    if (!this.global) return this.exec(s);
    this.lastIndex = 0;
    const out = [];
    let m;
    while ((m = this.exec(s)) !== null) { out.push(m[0]); if (m[0] === "") this.lastIndex++; }
    return out.length ? out : null;
  }
  [Symbol.matchAll](s) {
    const re = new RegExp(this.source, this.flags.includes("g") ? this.flags : this.flags + "g");
    const out = [];
    let m;
    while ((m = re.exec(s)) !== null) { out.push(m); if (m[0] === "") re.lastIndex++; }
    return out[Symbol.iterator]();
  }
  [Symbol.replace](s, rep) {
    s = I.toStr(s);
    const all = this.global;
    this.lastIndex = 0;
    let out = "", last = 0, m;
    while ((m = this.exec(s)) !== null) {
      const pos = m.index;
      let r;
      if (typeof rep === "function") r = I.toStr(rep(...m, pos, s, ...(m.groups ? [m.groups] : [])));
      else r = expandReplacement(I.toStr(rep), m, pos, s);
      out += s.slice(last, pos) + r;
      last = pos + m[0].length;
      if (!all) break;
      if (m[0] === "") this.lastIndex++;
    }
    return out + s.slice(last);
  }
  [Symbol.split](s, limit) {
    s = I.toStr(s);
    const out = [];
    const re = new RegExp(this.source, this.flags.includes("g") ? this.flags : this.flags + "g");
    let last = 0, m;
    if (s === "") return re.exec(s) ? [] : [s];
    while ((m = re.exec(s)) !== null) {
      if (m[0] === "" ) { if (m.index >= s.length) break; if (m.index === last) { re.lastIndex = m.index + 1; if (m.index === 0) continue; } }
      if (m[0] === "" && m.index === last && last !== 0) { }
      out.push(s.slice(last, m.index));
      for (let i = 1; i < m.length; i++) out.push(m[i]);
      last = m.index + m[0].length;
      if (m[0] === "") { last = m.index; re.lastIndex = m.index + 1; }
    }
    out.push(s.slice(last));
    return limit === undefined ? out : out.slice(0, limit);
  }
  [Symbol.search](s) { const m = new RegExp(this.source, this.flags.replace("g", "")).exec(s); return m ? m.index : -1; }
}
function expandReplacement(rep, m, pos, s) {
  let out = "";
  for (let i = 0; i < rep.length; i++) {
    const c = rep[i];
    if (c !== "$" || i + 1 >= rep.length) { out += c; continue; }
    const n = rep[i + 1];
    if (n === "$") { out += "$"; i++; }
    else if (n === "&") { out += m[0]; i++; }
    else if (n === "`") { out += s.slice(0, pos); i++; }
    else if (n === "'") { out += s.slice(pos + m[0].length); i++; }
    else if (n >= "0" && n <= "9") {
      const two = rep.slice(i + 1, i + 3);
      if (two.length === 2 && two[1] >= "0" && two[1] <= "9" && Number(two) < m.length) { out += m[Number(two)] ?? ""; i += 2; }
      else if (Number(n) < m.length && n !== "0") { out += m[Number(n)] ?? ""; i++; }
      else out += c;
    } else if (n === "<" && m.groups) { const e = rep.indexOf(">", i); if (e < 0) { out += c; continue; } out += m.groups[rep.slice(i + 2, e)] ?? ""; i = e; }
    else out += c;
  }
  return out;
}
methods(String.prototype, {
  match(re) { if (!(re instanceof RegExp)) re = new RegExp(re); return re[Symbol.match](I.toStr(this)); },
  matchAll(re) { if (!(re instanceof RegExp)) re = new RegExp(re, "g"); else if (!re.global) throw new TypeError("String.prototype.matchAll called with a non-global RegExp argument"); return re[Symbol.matchAll](I.toStr(this)); },
  search(re) { if (!(re instanceof RegExp)) re = new RegExp(re); return re[Symbol.search](I.toStr(this)); },
  replace(p, r) { const s = I.toStr(this); if (p instanceof RegExp) return p[Symbol.replace](s, r); p = I.toStr(p); const i = s.indexOf(p); if (i < 0) return s; const m = [p]; return s.slice(0, i) + (typeof r === "function" ? I.toStr(r(p, i, s)) : expandReplacement(I.toStr(r), m, i, s)) + s.slice(i + p.length); },
  replaceAll(p, r) { const s = I.toStr(this); if (p instanceof RegExp) { if (!p.global) throw new TypeError("replaceAll must be called with a global RegExp"); return p[Symbol.replace](s, r); } p = I.toStr(p); let out = "", last = 0; if (p === "") { for (let i = 0; i <= s.length; i++) out += (typeof r === "function" ? r("", i, s) : r) + (i < s.length ? s[i] : ""); return out; } let i; while ((i = s.indexOf(p, last)) >= 0) { out += s.slice(last, i) + (typeof r === "function" ? I.toStr(r(p, i, s)) : expandReplacement(I.toStr(r), [p], i, s)); last = i + p.length; } return out + s.slice(last); },
  split(sep, limit) { const s = I.toStr(this); if (sep instanceof RegExp) return sep[Symbol.split](s, limit); return I.strop("split", s, sep, limit); },
});
const globalThis = I.globalObject;
for (const [k, v] of Object.entries({ Object, Function, Array, String, Number, Boolean, BigInt, Symbol, Math, JSON, console, Error, TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError, Map, Set, WeakMap, WeakSet, Reflect, Proxy, Date, RegExp, NaN, Infinity, isNaN, isFinite, parseInt, parseFloat, encodeURIComponent, encodeURI, decodeURIComponent, decodeURI, escape, unescape, eval })) I.setGlobal(k, v);
I.setGlobal("globalThis", I.globalObject);

const nativeToNumber = I.toNumber;
I.toNumber = function (v) { return (typeof v === "object" && v !== null) || typeof v === "function" ? nativeToNumber(toPrimitive(v, "number")) : nativeToNumber(v); };
// §7.1.3 ToNumeric: ToPrimitive, then a BigInt stays one.
I.toNumeric = function (v) {
  const p = (typeof v === "object" && v !== null) || typeof v === "function" ? toPrimitive(v, "number") : v;
  return typeof p === "bigint" ? p : nativeToNumber(p);
};
// The REPL's echo of an input's completion value (node lib/repl.js
// writer: util.inspect, so strings show quoted).
I.replShow = function (v) { console.log(inspect(v, 1, [])); };
I.getIteratorObj = function (v) { const f = v == null ? undefined : v[Symbol.iterator]; if (typeof f !== "function") throw new TypeError("object is not iterable"); return f.call(v); };
I.instanceOfSlow = function (v, proto) { let o = protoOf(v); while (o !== null && o !== undefined) { if (o === proto) return true; o = protoOf(o); } return false; };
const templateCache = [];
I.templateObject = function (strings, raw, site) {
  const cached = templateCache[site];
  if (cached !== undefined) return cached;
  defHidden(strings, "raw", Object.freeze(raw));
  templateCache[site] = Object.freeze(strings);
  return strings;
};
// `{...src}` (§7.3.25 CopyDataProperties): getters run, strings spread.
I.copyProps = function (t, src) {
  if (src == null) return;
  if (typeof src === "string") { for (let i = 0; i < src.length; i++) I.defData(t, i, src[i]); return; }
  if (typeof src !== "object" && typeof src !== "function") return;
  for (const k of ownKeysOf(src, 3)) { const d = descOf(src, k); if (d !== undefined && d.enumerable) I.defData(t, k, src[k]); }
};
