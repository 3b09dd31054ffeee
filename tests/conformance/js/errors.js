// Exceptions: try/catch/finally, error types, custom errors, rethrow.
function risky(kind) {
  switch (kind) {
    case "type": return null.prop;
    case "range": return new Array(-1);
    case "ref": return notDefined;
    case "syntax": return JSON.parse("{bad");
    case "custom": throw new ValidationError("field", "is required");
    case "string": throw "a plain string";
    default: return "fine";
  }
}
class ValidationError extends Error {
  constructor(field, msg) {
    super(`${field} ${msg}`);
    this.name = "ValidationError";
    this.field = field;
  }
}
for (const k of ["type", "range", "ref", "syntax", "custom", "string", "none"]) {
  try {
    console.log("result", risky(k));
  } catch (e) {
    if (e instanceof Error) console.log(k, e.name, e instanceof ValidationError ? e.field : "-");
    else console.log(k, "non-error:", e);
  }
}
function order() {
  const log = [];
  try {
    log.push("try");
    throw new Error("x");
  } catch (e) {
    log.push("catch " + e.message);
    return log;
  } finally {
    log.push("finally");
  }
}
console.log(order().join(","));
function finallyWins() {
  try { return "try"; } finally { return "finally"; }
}
console.log(finallyWins());
try {
  try {
    throw new TypeError("inner");
  } catch (e) {
    throw new Error("outer", { cause: e });
  }
} catch (e) {
  console.log(e.message, e.cause.message, e.cause.name);
}
try {
  throw { code: 7 };
} catch ({ code }) {
  console.log("destructured code", code);
}
try {
  undefined();
} catch {
  console.log("optional catch binding");
}
const err = new RangeError("out of range");
console.log(String(err), err.toString(), Object.prototype.toString.call(err));
console.log(err instanceof RangeError, err instanceof Error, RangeError.prototype.name);
const e2 = new Error("msg");
e2.name = "Renamed";
console.log(String(e2));
let count = 0;
for (let i = 0; i < 5; i++) {
  try {
    if (i % 2) continue;
    count++;
  } finally {
    count += 10;
  }
}
console.log(count);
