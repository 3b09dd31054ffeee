
// ---------------------------------------------------------------- promises
// §27.2 Promise Objects, §27.7 async functions, §9.5 Jobs, and node's
// event loop (timers, immediates) on a virtual clock. Appended to
// prelude.js (one chunk); each abstract operation is one function named
// after its section. Kept in a function so its names stay local.
(function () {
const PENDING = 0, FULFILLED = 1, REJECTED = 2;
const isObject = v => v !== null && (typeof v === "object" || typeof v === "function");
const isCallable = v => typeof v === "function";
const isConstructor = v => typeof v === "function" && (I.funcInfo(v) === undefined || (I.funcInfo(v) & 2) === 0);

// §9.5 Jobs: the microtask queue (HostEnqueuePromiseJob), run in FIFO order.
let jobs = [];
let jobHead = 0;
function hostEnqueuePromiseJob(job) { jobs.push(job); }

// §27.2.1.9 HostPromiseRejectionTracker: node keeps the promises rejected
// without a handler and reports those still unhandled once the microtask
// queue is empty (lib/internal/process/promises.js, mode "throw").
let pendingUnhandled = [];
function hostPromiseRejectionTracker(promise, operation) {
  if (operation === "reject") pendingUnhandled.push(promise);
}

let promiseSlots;
// §27.2.6 Properties of Promise Instances: [[PromiseState]],
// [[PromiseResult]], [[PromiseFulfillReactions]], [[PromiseRejectReactions]],
// [[PromiseIsHandled]] as private fields (a brand check, invisible to code).
class Promise {
  #state = PENDING;
  #result = undefined;
  #fulfill = [];
  #reject = [];
  #handled = false;
  // §27.2.3.1 Promise(executor)
  constructor(executor) {
    // 2. If IsCallable(executor) is false, throw a TypeError exception.
    if (!isCallable(executor)) throw new TypeError("Promise resolver " + describe(executor) + " is not a function");
    // 8. Let resolvingFunctions be CreateResolvingFunctions(promise).
    const [resolve, reject] = createResolvingFunctions(this);
    // 9. Call executor; an abrupt completion rejects.
    try { executor(resolve, reject); } catch (e) { reject(e); }
  }
  static {
    promiseSlots = {
      is: p => isObject(p) && (#state in p),
      get: p => [p.#state, p.#result],
      // §27.2.1.4 FulfillPromise / §27.2.1.7 RejectPromise
      settle(p, state, value) {
        const reactions = state === FULFILLED ? p.#fulfill : p.#reject;
        p.#result = value;
        p.#fulfill = undefined;
        p.#reject = undefined;
        p.#state = state;
        if (state === REJECTED && !p.#handled) hostPromiseRejectionTracker(p, "reject");
        triggerPromiseReactions(reactions, value);
      },
      // §27.2.5.4.1 PerformPromiseThen
      then(p, onFulfilled, onRejected, capability) {
        const fulfillReaction = { capability, type: FULFILLED, handler: isCallable(onFulfilled) ? onFulfilled : undefined };
        const rejectReaction = { capability, type: REJECTED, handler: isCallable(onRejected) ? onRejected : undefined };
        if (p.#state === PENDING) {
          p.#fulfill.push(fulfillReaction);
          p.#reject.push(rejectReaction);
        } else if (p.#state === FULFILLED) {
          const value = p.#result;
          hostEnqueuePromiseJob(() => promiseReactionJob(fulfillReaction, value));
        } else {
          const reason = p.#result;
          if (!p.#handled) hostPromiseRejectionTracker(p, "handle");
          hostEnqueuePromiseJob(() => promiseReactionJob(rejectReaction, reason));
        }
        p.#handled = true;
        return capability === undefined ? undefined : capability.promise;
      },
      handled: p => p.#handled,
    };
  }
  // §27.2.5.4 Promise.prototype.then(onFulfilled, onRejected)
  then(onFulfilled, onRejected) {
    if (!promiseSlots.is(this)) throw new TypeError("Method Promise.prototype.then called on incompatible receiver " + describe(this));
    const C = speciesConstructor(this, Promise);
    const capability = newPromiseCapability(C);
    return promiseSlots.then(this, onFulfilled, onRejected, capability);
  }
  // §27.2.5.1 Promise.prototype.catch(onRejected)
  catch(onRejected) { return this.then(undefined, onRejected); }
  // §27.2.5.3 Promise.prototype.finally(onFinally)
  finally(onFinally) {
    if (!isObject(this)) throw new TypeError("Method Promise.prototype.finally called on incompatible receiver " + describe(this));
    const C = speciesConstructor(this, Promise);
    if (!isCallable(onFinally)) return this.then(onFinally, onFinally);
    const thenFinally = value => promiseResolve(C, onFinally()).then(() => value);
    const catchFinally = reason => promiseResolve(C, onFinally()).then(() => { throw reason; });
    return this.then(thenFinally, catchFinally);
  }
  get [Symbol.toStringTag]() { return "Promise"; }
  // §27.2.4.7 Promise.resolve(x)
  static resolve(x) {
    if (!isObject(this)) throw new TypeError("PromiseResolve called on non-object");
    return promiseResolve(this, x);
  }
  // §27.2.4.6 Promise.reject(r)
  static reject(r) {
    const capability = newPromiseCapability(this);
    capability.reject(r);
    return capability.promise;
  }
  // §27.2.4.8 Promise.withResolvers()
  static withResolvers() {
    const capability = newPromiseCapability(this);
    return { promise: capability.promise, resolve: capability.resolve, reject: capability.reject };
  }
  // §27.2.4.1 Promise.all(iterable)
  static all(iterable) {
    return combinator(this, iterable, (C, capability, resolveFn, list) =>
      performEach(C, resolveFn, list, capability.resolve, (p, element) => p.then(element, capability.reject)));
  }
  // §27.2.4.2 Promise.allSettled(iterable)
  static allSettled(iterable) {
    return combinator(this, iterable, (C, capability, resolveFn, list) =>
      performEach(C, resolveFn, list, capability.resolve, (p, element) =>
        p.then(value => element({ status: "fulfilled", value }), reason => element({ status: "rejected", reason }))));
  }
  // §27.2.4.3 Promise.any(iterable)
  static any(iterable) {
    return combinator(this, iterable, (C, capability, resolveFn, list) => {
      const fail = errors => capability.reject(new AggregateError(errors, "All promises were rejected"));
      performEach(C, resolveFn, list, fail, (p, element) => p.then(capability.resolve, element));
    });
  }
  // §27.2.4.5 Promise.race(iterable)
  static race(iterable) {
    return combinator(this, iterable, (C, capability, resolveFn, list) => {
      for (const next of list) resolveFn.call(C, next).then(capability.resolve, capability.reject);
    });
  }
  static get [Symbol.species]() { return this; }
}

// node's wording of a value in a TypeError (`#<Object>`, `5`, `undefined`).
function describe(v) {
  if (typeof v === "string") return '"' + v + '"';
  if (isObject(v)) { if (typeof v === "function") return I.toStr(v); const c = v.constructor; return "#<" + (c && c.name || "Object") + ">"; }
  return String(v);
}

// §27.2.4.1.1 GetPromiseResolve, §7.4.1 GetIterator and the shared body of
// the combinators (PerformPromiseAll and friends): an abrupt completion
// rejects the returned promise (IfAbruptRejectPromise).
function combinator(C, iterable, perform) {
  const capability = newPromiseCapability(C);
  try {
    const resolveFn = C.resolve;
    if (!isCallable(resolveFn)) throw new TypeError("Promise resolve or reject function is not callable");
    if (iterable == null || !isCallable(iterable[Symbol.iterator])) {
      const what = typeof iterable === "string" || isObject(iterable) || iterable == null ? String(iterable) : typeof iterable + " " + String(iterable);
      throw new TypeError((isObject(iterable) ? "object is" : what + " is") + " not iterable (cannot read property Symbol(Symbol.iterator))");
    }
    perform(C, capability, resolveFn, iterable);
  } catch (e) {
    capability.reject(e);
  }
  return capability.promise;
}

// §27.2.4.1.2 PerformPromiseAll (and §27.2.4.2.1, §27.2.4.3.1, the same
// loop for allSettled and any): C.resolve each element, attach its element
// function (§27.2.4.1.3: called once, stores at its index), and `finish`
// with the list once every element has settled.
function performEach(C, resolveFn, list, finish, attach) {
  const values = [];
  let remaining = 1, index = 0;
  for (const next of list) {
    const i = index++;
    values.push(undefined);
    const nextPromise = resolveFn.call(C, next);
    let called = false;
    const element = x => { if (called) return; called = true; values[i] = x; if (--remaining === 0) finish(values); };
    remaining++;
    attach(nextPromise, element);
  }
  if (--remaining === 0) finish(values);
}

// §27.2.1.3 CreateResolvingFunctions(promise)
function createResolvingFunctions(promise) {
  let alreadyResolved = false;
  // §27.2.1.3.2 Promise Resolve Functions
  // Anonymous arrows: not constructors, `name` "" and `length` 1 (§27.2.1.3).
  return [(resolution) => {
    if (alreadyResolved) return;
    alreadyResolved = true;
    // 7. If SameValue(resolution, promise), reject with a TypeError.
    if (resolution === promise) return promiseSlots.settle(promise, REJECTED, new TypeError("Chaining cycle detected for promise #<Promise>"));
    // 8. Not an object: fulfill.
    if (!isObject(resolution)) return promiseSlots.settle(promise, FULFILLED, resolution);
    // 9. Let then be Get(resolution, "then"); abrupt: reject.
    let then;
    try { then = resolution.then; } catch (e) { return promiseSlots.settle(promise, REJECTED, e); }
    // 12. Not callable: fulfill.
    if (!isCallable(then)) return promiseSlots.settle(promise, FULFILLED, resolution);
    // 14. NewPromiseResolveThenableJob: one more job before adopting.
    hostEnqueuePromiseJob(() => promiseResolveThenableJob(promise, resolution, then));
  },
  // §27.2.1.3.1 Promise Reject Functions
  (reason) => {
    if (alreadyResolved) return;
    alreadyResolved = true;
    promiseSlots.settle(promise, REJECTED, reason);
  }];
}

// §27.2.2.2 NewPromiseResolveThenableJob: the job's body.
function promiseResolveThenableJob(promise, thenable, then) {
  const [resolve, reject] = createResolvingFunctions(promise);
  try { then.call(thenable, resolve, reject); } catch (e) { reject(e); }
}

// §27.2.1.8 TriggerPromiseReactions
function triggerPromiseReactions(reactions, argument) {
  for (const reaction of reactions) hostEnqueuePromiseJob(() => promiseReactionJob(reaction, argument));
}

// §27.2.2.1 NewPromiseReactionJob: the job's body.
function promiseReactionJob(reaction, argument) {
  const { capability, type, handler } = reaction;
  let value = argument, ok = type === FULFILLED;
  if (handler !== undefined) {
    try { value = handler(argument); ok = true; } catch (e) { value = e; ok = false; }
  }
  if (capability === undefined) return;
  if (ok) capability.resolve(value);
  else capability.reject(value);
}

// §27.2.1.5 NewPromiseCapability(C)
function newPromiseCapability(C) {
  if (!isConstructor(C)) throw new TypeError(describe(C) + " is not a constructor");
  const capability = { promise: undefined, resolve: undefined, reject: undefined };
  // §27.2.1.5.1 GetCapabilitiesExecutor Functions
  const promise = new C([(resolve, reject) => {
    if (capability.resolve !== undefined) throw new TypeError("Promise executor has already been invoked with non-undefined arguments");
    if (capability.reject !== undefined) throw new TypeError("Promise executor has already been invoked with non-undefined arguments");
    capability.resolve = resolve;
    capability.reject = reject;
  }][0]);
  if (!isCallable(capability.resolve) || !isCallable(capability.reject)) throw new TypeError("Promise resolve or reject function is not callable");
  capability.promise = promise;
  return capability;
}

// §27.2.4.7.1 PromiseResolve(C, x)
function promiseResolve(C, x) {
  if (promiseSlots.is(x) && x.constructor === C) return x;
  const capability = newPromiseCapability(C);
  capability.resolve(x);
  return capability.promise;
}

// §7.3.22 SpeciesConstructor(O, defaultConstructor)
function speciesConstructor(o, defaultConstructor) {
  const C = o.constructor;
  if (C === undefined) return defaultConstructor;
  if (!isObject(C)) throw new TypeError("The .constructor property is not an object");
  const S = C[Symbol.species];
  if (S === undefined || S === null) return defaultConstructor;
  if (isConstructor(S)) return S;
  throw new TypeError("object.constructor[Symbol.species] is not a constructor");
}

// §20.5.7.1 AggregateError(errors, message, options)
function AggregateError(errors, message, options) {
  const self = this === undefined || this === G ? I.create(AggregateError.prototype) : this;
  if (message !== undefined) defHidden(self, "message", I.toStr(message));
  if (options && typeof options === "object" && "cause" in options) defHidden(self, "cause", options.cause);
  const head = message === undefined || message === "" ? "AggregateError" : "AggregateError: " + message;
  defHidden(self, "stack", head + I.stackTrace());
  defHidden(self, "errors", Array.from(errors));
  return self;
}
I.setProto(AggregateError, Error);
AggregateError.prototype = I.create(Error.prototype);
defHidden(AggregateError.prototype, "constructor", AggregateError);
defHidden(AggregateError.prototype, "name", "AggregateError");
defHidden(AggregateError.prototype, "message", "");

// §27.7.3 The AsyncFunction prototype object.
I.AsyncFunctionPrototype = I.create(Function.prototype);
function AsyncFunction() { throw new Error("not supported by omx: the AsyncFunction constructor"); }
defHidden(I.AsyncFunctionPrototype, "constructor", AsyncFunction);
I.defineProperty(I.AsyncFunctionPrototype, Symbol.toStringTag, { value: "AsyncFunction", configurable: true });

// §27.7.5.1 AsyncFunctionStart / §27.7.5.3 Await. The lowering makes an
// async function's body a generator whose `yield`s are its `await`s: each
// awaited value becomes a promise (PromiseResolve(%Promise%, v)) whose
// settlement resumes the body with the value or throws the reason into it.
// The function returns its promise, settled by the body's return or throw.
I.asyncRun = function (body) {
  const capability = newPromiseCapability(Promise);
  const gen = body();
  const onFulfilled = v => step(0, v);
  const onRejected = e => step(1, e);
  function step(mode, v) {
    let value, done;
    try { [value, done] = I.genResume(gen, v, mode); } catch (e) { capability.reject(e); return; }
    if (done) { capability.resolve(value); return; }
    let p;
    try { p = promiseResolve(Promise, value); } catch (e) { step(1, e); return; }
    promiseSlots.then(p, onFulfilled, onRejected, undefined);
  }
  step(0, undefined);
  return capability.promise;
};

I.promiseInfo = p => (promiseSlots.is(p) ? promiseSlots.get(p) : undefined);

// queueMicrotask(callback) (HTML §8.1.7.3; node's lib/internal/queue_microtask.js)
function queueMicrotask(callback) {
  if (!isCallable(callback)) throw invalidArg("callback", "function", callback);
  hostEnqueuePromiseJob(() => callback());
}
// node's ERR_INVALID_ARG_TYPE.
function invalidArg(name, type, v) {
  const got = v === undefined || v === null ? String(v) : typeof v === "function" ? "function " + v.name : typeof v === "object" ? "an instance of " + (v.constructor && v.constructor.name || "Object") : "type " + typeof v + " (" + inspect(v) + ")";
  const e = new TypeError('The "' + name + '" argument must be of type ' + type + ". Received " + got);
  defHidden(e, "code", "ERR_INVALID_ARG_TYPE");
  return e;
}

// node's timers (lib/internal/timers.js) on a virtual clock: a timer is
// due at now + delay (delay below 1 or above 2^31-1 is 1); timers run in
// order of due time, then of creation; each callback is followed by the
// microtasks it queued. Immediates run after the timers of a loop turn.
let now = 0, timerSeq = 0;
let timers = [];
let immediates = [];
class Timeout {
  constructor(callback, delay, args, repeat) {
    this._idleTimeout = delay;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = repeat ? delay : null;
    this._destroyed = false;
    defHidden(this, "omxDue", now + delay);
    defHidden(this, "omxSeq", timerSeq++);
    defHidden(this, "omxRef", true);
  }
  ref() { this.omxRef = true; return this; }
  unref() { this.omxRef = false; return this; }
  hasRef() { return this.omxRef; }
  refresh() { this.omxDue = now + this._idleTimeout; this.omxSeq = timerSeq++; return this; }
  close() { clearTimeout(this); return this; }
  [Symbol.toPrimitive]() { return this.omxSeq + 1; }
}
function timerDelay(d) { d = Number(d); return d >= 1 && d <= 2147483647 ? Math.trunc(d) : 1; }
function setTimeout(callback, delay, ...args) {
  if (!isCallable(callback)) throw invalidArg("callback", "function", callback);
  const t = new Timeout(callback, timerDelay(delay), args, false);
  timers.push(t);
  return t;
}
function setInterval(callback, delay, ...args) {
  if (!isCallable(callback)) throw invalidArg("callback", "function", callback);
  const t = new Timeout(callback, timerDelay(delay), args, true);
  timers.push(t);
  return t;
}
function clearTimeout(t) {
  if (t === undefined || t === null) return;
  if (typeof t === "number" || typeof t === "string") t = timers.find(x => x.omxSeq + 1 === Number(t));
  if (t === undefined) return;
  const i = timers.indexOf(t);
  if (i >= 0) timers.splice(i, 1);
  if (t instanceof Timeout) t._destroyed = true;
}
class Immediate {
  constructor(callback, args) { this._onImmediate = callback; this._argv = args; defHidden(this, "omxRef", true); }
  ref() { this.omxRef = true; return this; }
  unref() { this.omxRef = false; return this; }
  hasRef() { return this.omxRef; }
}
function setImmediate(callback, ...args) {
  if (!isCallable(callback)) throw invalidArg("callback", "function", callback);
  const im = new Immediate(callback, args);
  immediates.push(im);
  return im;
}
function clearImmediate(im) { if (im instanceof Immediate) im._destroyed = true; const i = immediates.indexOf(im); if (i >= 0) immediates.splice(i, 1); }

// Run every queued microtask (new ones too), then report a promise
// rejected with no handler: node's processTicksAndRejections.
function drainMicrotasks() {
  for (;;) {
    while (jobHead < jobs.length) {
      const job = jobs[jobHead];
      jobs[jobHead++] = undefined;
      job();
    }
    jobs = [];
    jobHead = 0;
    const pending = pendingUnhandled;
    pendingUnhandled = [];
    for (const p of pending) {
      if (promiseSlots.handled(p)) continue;
      const reason = promiseSlots.get(p)[1];
      if (reason instanceof Error) throw reason;
      const e = new Error("This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"" + inspect(reason) + "\".");
      defHidden(e, "name", "UnhandledPromiseRejection");
      defHidden(e, "stack", "UnhandledPromiseRejection: " + e.message);
      defHidden(e, "code", "ERR_UNHANDLED_REJECTION");
      throw e;
    }
    if (jobs.length === 0) return;
  }
}

function earliestTimer() {
  let best;
  for (const t of timers) if (best === undefined || t.omxDue < best.omxDue || (t.omxDue === best.omxDue && t.omxSeq < best.omxSeq)) best = t;
  return best;
}

// The event loop after the main script (node's uv_run): microtasks, then
// turns of timers phase and check phase until nothing keeps it alive.
I.runJobs = function () {
  drainMicrotasks();
  for (;;) {
    const alive = timers.some(t => t.omxRef) || immediates.some(im => im.omxRef);
    if (!alive) return;
    // Timers phase: when nothing else is ready, the clock moves on to the
    // earliest due timer.
    if (immediates.length === 0) {
      const first = earliestTimer();
      if (first !== undefined && first.omxDue > now) now = first.omxDue;
    }
    for (;;) {
      const t = earliestTimer();
      if (t === undefined || t.omxDue > now) break;
      timers.splice(timers.indexOf(t), 1);
      if (t._repeat !== null) { t.omxDue = now + t._repeat; t.omxSeq = timerSeq++; timers.push(t); }
      else t._destroyed = true;
      const f = t._onTimeout;
      f.apply(t, t._timerArgs);
      drainMicrotasks();
    }
    // Check phase: the immediates queued before it started.
    const batch = immediates;
    immediates = [];
    for (const im of batch) {
      if (im._destroyed) continue;
      im._destroyed = true;
      const f = im._onImmediate;
      f.apply(im, im._argv);
      drainMicrotasks();
    }
  }
};

for (const [k, v] of Object.entries({ Promise, AggregateError, queueMicrotask, setTimeout, setInterval, clearTimeout, clearInterval: clearTimeout, setImmediate, clearImmediate })) I.setGlobal(k, v);
})();
