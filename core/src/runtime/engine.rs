//! `Engine`: owns the arena, loads compiled chunks, runs them in slices.

use gc_arena::{Arena, Collect, Gc, Lock, Mutation};

use super::gc::{collect_all, collect_debt, collect_for_limit, OmxArena};
use super::size_limit::{self, SizeExceeded, SizeLimits};
use super::state::RuntimeState;
use crate::cache::FieldCache;
use crate::compiler::{CompiledProto, Constant};
use crate::function::{Closure, Proto};
use crate::host::Host;
use crate::thread::Thread;
use crate::value::Value;
use crate::vm::{run_slice, ExecState, SliceEnd, UncaughtError};

#[derive(Collect)]
#[collect(no_drop)]
pub struct Root<'gc> {
    pub rt: RuntimeState<'gc>,
    pub exec: ExecState<'gc>,
    /// Programs set aside by [`Engine::park_program`], innermost last.
    pub parked: Vec<ExecState<'gc>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RunError {
    /// An error no handler caught.
    Uncaught(UncaughtError),
    /// The step budget ran out.
    StepLimit { steps: u64 },
    /// The program held more memory than its limit, garbage collected.
    MemoryLimit { limit: usize },
    /// The program made a string or grew a collection past the host's
    /// size limit (runtime/size_limit.rs).
    SizeLimit(SizeExceeded),
}

pub enum StepResult {
    Finished,
    /// More to run: call `step` again.
    Paused,
    Error(UncaughtError),
    /// The program held more than `limit` bytes after a full collection:
    /// it was stopped (no handler of the program's sees this).
    MemoryLimit {
        limit: usize,
    },
    /// The program made a string or grew a collection past its size limit
    /// ([`Engine::size_limits`]): it was stopped (no handler of the
    /// program's sees this).
    SizeLimit(SizeExceeded),
}

pub struct Engine {
    arena: OmxArena,
    /// The seed of string and key hashing (see `string::set_hash_seed`).
    hash_seed: u64,
    /// `steps` of each parked program.
    parked_steps: Vec<u64>,
    /// Instructions per slice between collections.
    pub slice_fuel: u64,
    /// Instructions executed so far by the current program.
    pub steps: u64,
    /// The bytes this runtime holds, and its memory limit.
    meter: crate::memory::Meter,
    /// The step limit natives' work is charged against (budget.rs); set
    /// by [`Engine::run`] and by hosts that run their own slice loop.
    pub step_limit: Option<u64>,
    /// The longest string and the largest collection a program may make
    /// (runtime/size_limit.rs).
    pub size_limits: SizeLimits,
}

impl Default for Engine {
    fn default() -> Self {
        Engine::new()
    }
}

/// Put a compiled prototype (and its children) into the heap.
/// The bytecode is verified first (see vm/verify.rs): the executor relies
/// on it.
pub fn instantiate<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    p: &CompiledProto,
) -> Result<Gc<'gc, Proto<'gc>>, String> {
    // Iterative post-order over the prototype tree (no Rust recursion).
    enum Step<'a> {
        Enter(&'a CompiledProto),
        Exit(&'a CompiledProto),
    }
    let mut work = vec![Step::Enter(p)];
    let mut done: Vec<Gc<'gc, Proto<'gc>>> = Vec::new();
    while let Some(step) = work.pop() {
        match step {
            Step::Enter(p) => {
                work.push(Step::Exit(p));
                for c in p.children.iter().rev() {
                    work.push(Step::Enter(c));
                }
            }
            Step::Exit(p) => {
                let shape = crate::vm::verify::Shape {
                    max_stack: p.info.max_stack as usize,
                    constants: p.constants.len(),
                    string_constants: p
                        .constants
                        .iter()
                        .map(|c| matches!(c, Constant::Str(_)))
                        .collect(),
                    caches: p.info.num_caches as usize,
                    names_constants: p
                        .constants
                        .iter()
                        .map(|c| matches!(c, Constant::Names(_)))
                        .collect(),
                    child_defaults: p
                        .children
                        .iter()
                        .map(|c| {
                            c.info
                                .sig
                                .as_ref()
                                .map_or(0, |s| s.defaults as usize + s.kwonly as usize)
                        })
                        .collect(),
                    upvalues: p.info.upvalues.len(),
                    protos: p.children.len(),
                    child_sources: p
                        .children
                        .iter()
                        .map(|c| c.info.upvalues.iter().map(|u| u.source).collect())
                        .collect(),
                };
                crate::vm::verify::verify(&p.info.code, &shape)
                    .map_err(|e| format!("{} (function '{}')", e, p.info.name))?;
                crate::vm::verify::verify_handlers(
                    &p.info.handlers,
                    p.info.code.len(),
                    p.info.max_stack as usize,
                )?;
                if p.info.lines.len() != p.info.code.len() {
                    return Err("line table does not match the code".into());
                }
                let ops = rt.ops_for(p.info.lang).ok_or_else(|| {
                    format!(
                        "not supported by omx: running {} programs",
                        p.info.lang.name()
                    )
                })?;
                let n = p.children.len();
                let protos: Vec<_> = done.split_off(done.len() - n);
                let constants: Vec<Value<'gc>> = p
                    .constants
                    .iter()
                    .map(|c| match c {
                        Constant::Int(i) => Value::Int(*i),
                        Constant::Float(f) => Value::Float(*f),
                        Constant::Str(s) => Value::Str(rt.intern(mc, s)),
                        Constant::Names(names) => {
                            let list = crate::model::list::new_list(mc, rt.root_shape, names.len());
                            for n in names {
                                let s = rt.intern(mc, n);
                                list.array_push(mc, Value::Str(s));
                            }
                            Value::Object(list)
                        }
                    })
                    .collect();
                done.push(Gc::new(
                    mc,
                    Proto {
                        info: p.info.clone(),
                        ops,
                        constants: constants.into_boxed_slice(),
                        protos: protos.into_boxed_slice(),
                        caches: (0..p.info.num_caches as usize * crate::cache::WAYS)
                            .map(|_| Lock::new(FieldCache::default()))
                            .collect(),
                    },
                ));
            }
        }
    }
    done.pop().ok_or_else(|| "no prototype".to_string())
}

/// Make a closure of a main chunk: every upvalue (`_ENV`) is the globals
/// table, or `env` when given.
pub fn main_closure<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    proto: &CompiledProto,
    env: Option<Value<'gc>>,
) -> Result<Closure<'gc>, String> {
    let p = instantiate(mc, rt, proto)?;
    let env = env.unwrap_or(Value::Object(rt.globals));
    let cells: Vec<_> = p
        .info
        .upvalues
        .iter()
        .map(|_| Lock::new(Gc::new(mc, Lock::new(env))))
        .collect();
    Ok(Closure::new(mc, p, cells.into_boxed_slice()))
}

/// The hash seed of a runtime whose host gives none: fixed, so that runs
/// are reproducible. Hosts running untrusted scripts pass a random one
/// (`Engine::with_hash_seed`).
pub const DEFAULT_HASH_SEED: u64 = 0x0A11_5EED_0F0B_1EC7;

impl Engine {
    pub fn new() -> Engine {
        Engine::with_hash_seed(DEFAULT_HASH_SEED)
    }

    /// A runtime hashing strings and keys with `seed` (hash-flooding
    /// resistance: a script cannot predict which keys collide).
    pub fn with_hash_seed(seed: u64) -> Engine {
        crate::string::set_hash_seed(seed);
        let arena = Arena::new(|mc| Root {
            rt: RuntimeState::new(mc),
            exec: ExecState::default(),
            parked: Vec::new(),
        });
        // A new cycle starts when the heap has grown by half of what
        // survived the last one (peak memory of alloc_tree.lua below
        // lua5.4's at the same speed; 1.0 peaked higher on some programs).
        arena.metrics().set_pacing(gc_arena::metrics::Pacing {
            sleep_factor: 0.5,
            min_sleep: 4096,
            ..gc_arena::metrics::Pacing::DEFAULT
        });
        Engine {
            arena,
            hash_seed: seed,
            parked_steps: Vec::new(),
            slice_fuel: 10_000,
            steps: 0,
            meter: crate::memory::Meter::default(),
            step_limit: None,
            size_limits: SizeLimits::default(),
        }
    }

    /// Run `f` in the arena, with this runtime's hash seed made the
    /// thread's and the thread's allocations charged to this runtime (see
    /// memory.rs).
    fn in_arena<R>(&mut self, f: impl FnOnce(&mut OmxArena) -> R) -> R {
        crate::string::set_hash_seed(self.hash_seed);
        let entered = self.meter.enter();
        let result = f(&mut self.arena);
        self.meter.leave(entered);
        result
    }

    /// Mutate the runtime state (install libraries, set globals).
    pub fn with_state<R>(
        &mut self,
        f: impl for<'gc> FnOnce(&'gc Mutation<'gc>, &mut RuntimeState<'gc>) -> R,
    ) -> R {
        self.in_arena(|arena| arena.mutate_root(|mc, root| f(mc, &mut root.rt)))
    }

    /// Set the maximum call depth ("stack overflow" beyond it).
    pub fn set_max_depth(&mut self, depth: usize) {
        self.arena
            .mutate_root(|_, root| root.rt.max_depth = depth.max(1));
    }

    /// Load a compiled main chunk as the program to run.
    pub fn load(&mut self, proto: &CompiledProto) -> Result<(), String> {
        self.load_with_args(proto, &[])
    }

    /// Load a compiled main chunk as the program to run, called with
    /// `args` as strings (Lua's `...` in a script: its command-line
    /// arguments).
    pub fn load_with_args(&mut self, proto: &CompiledProto, args: &[&[u8]]) -> Result<(), String> {
        self.steps = 0;
        self.in_arena(|arena| {
            arena.mutate_root(|mc, root| {
                let closure = main_closure(mc, &mut root.rt, proto, None)?;
                let thread = Thread::new(mc, Value::Closure(closure));
                {
                    let mut ts = thread.0.state.borrow_mut(mc);
                    for a in args {
                        ts.stack.push(Value::Str(crate::string::Str::new(mc, a)));
                    }
                    ts.top = ts.stack.len() as u32;
                }
                // registry[1] is the main thread (coroutine.running/isyieldable).
                let _ = crate::protocol::lua::table::raw_set(
                    mc,
                    root.rt.registry,
                    Value::Int(1),
                    Value::Thread(thread),
                );
                root.exec.start(thread, args.len());
                Ok(())
            })
        })
    }

    /// Load a compiled main chunk whose upvalues are the value `env`
    /// makes (a Python module's namespace) instead of the globals table.
    pub fn load_with_env(
        &mut self,
        proto: &CompiledProto,
        env: impl for<'gc> FnOnce(&'gc Mutation<'gc>, &mut RuntimeState<'gc>) -> Value<'gc>,
    ) -> Result<(), String> {
        self.steps = 0;
        self.in_arena(|arena| {
            arena.mutate_root(|mc, root| {
                let env = env(mc, &mut root.rt);
                let closure = main_closure(mc, &mut root.rt, proto, Some(env))?;
                let thread = Thread::new(mc, Value::Closure(closure));
                root.exec.start(thread, 0);
                Ok(())
            })
        })
    }

    /// Set the flag a host sets to interrupt the program (Ctrl-C, an
    /// embedder's interrupt handle): natives doing long work look at it
    /// (runtime/budget.rs) and end the slice, so the host, which looks at
    /// it between slices, can stop the program. The engine never clears it.
    pub fn set_interrupt_flag(
        &mut self,
        flag: Option<std::sync::Arc<std::sync::atomic::AtomicBool>>,
    ) {
        self.in_arena(|arena| arena.mutate_root(|_, root| root.rt.budget.set_interrupt(flag)));
    }

    /// Run one slice of at most `fuel` instructions, then collect garbage.
    /// The work natives charge (budget.rs) counts as steps too; when it
    /// reaches [`Engine::step_limit`] the slice ends with `steps` at the
    /// limit.
    pub fn step(&mut self, host: &mut dyn Host, fuel: u64) -> StepResult {
        let allowance = self
            .step_limit
            .map_or(u64::MAX, |max| max.saturating_sub(self.steps));
        let limits = self.size_limits;
        let (end, used, (charged, stopped), exceeded) = self.in_arena(|arena| {
            arena.mutate_root(|mc, root| {
                let mut left = fuel;
                root.rt.budget.start_slice(allowance);
                let active = size_limit::enter(limits);
                let end = run_slice(mc, &mut root.rt, &mut root.exec, host, &mut left);
                let exceeded = size_limit::leave(active).map(|(kind, limit, size)| {
                    let at = root
                        .exec
                        .chain
                        .last()
                        .and_then(|t| size_limit::innermost_position(&t.0.state.borrow()));
                    SizeExceeded {
                        kind,
                        limit,
                        size,
                        at,
                    }
                });
                (end, fuel - left, root.rt.budget.end_slice(), exceeded)
            })
        });
        self.steps = self.steps.saturating_add(used).saturating_add(charged);
        if stopped {
            if let Some(max) = self.step_limit {
                self.steps = self.steps.max(max);
            }
        }
        if let Some(exceeded) = exceeded {
            // Past a size limit: the program stops here, whatever the
            // slice ended with (size_limit.rs).
            self.stop_program();
            self.full_collection();
            return StepResult::SizeLimit(exceeded);
        }
        let result = match end {
            SliceEnd::Finished => {
                self.in_arena(collect_debt);
                StepResult::Finished
            }
            SliceEnd::Paused { full_gc } => {
                if full_gc {
                    self.full_collection();
                } else {
                    self.in_arena(collect_debt);
                }
                StepResult::Paused
            }
            SliceEnd::Error(_) if stopped => {
                // A native's charge failed and its error went uncaught:
                // the program stops for the budget, not for the error (the
                // host sees the step count at its limit, or its interrupt
                // flag set, before the next slice).
                self.stop_program();
                return StepResult::Paused;
            }
            SliceEnd::Error(e) => {
                self.stop_program();
                return StepResult::Error(e);
            }
        };
        self.check_memory().unwrap_or(result)
    }

    /// After a slice: collect everything when the program nears its memory
    /// limit, and stop it when it is still over the limit after that.
    fn check_memory(&mut self) -> Option<StepResult> {
        let limit = self.meter.limit?;
        if self.meter.wants_full_gc() {
            self.in_arena(collect_for_limit);
            self.meter.after_full_gc = Some(self.meter.used);
        }
        // Over the limit with everything collected (here, or at the end of
        // the slice when the VM asked for it): stop.
        if !self.meter.over() || self.meter.after_full_gc != Some(self.meter.used) {
            return None;
        }
        // Let go of what the stopped program held: its threads stay
        // reachable (the registry keeps the main thread for
        // `coroutine.running`), their stacks need not.
        self.in_arena(|arena| {
            arena.mutate_root(|mc, root| {
                for thread in root.exec.chain.drain(..) {
                    let mut ts = thread.0.state.borrow_mut(mc);
                    ts.stack.clear();
                    ts.frames.clear();
                    ts.tbc.clear();
                    ts.top = 0;
                }
            })
        });
        self.full_collection();
        Some(StepResult::MemoryLimit { limit })
    }

    /// A full collection, remembering what was left for the memory limit.
    fn full_collection(&mut self) {
        self.in_arena(collect_all);
        self.meter.after_full_gc = Some(self.meter.used);
    }

    /// Drop the running program (after an uncaught error or a limit).
    fn stop_program(&mut self) {
        self.in_arena(|arena| arena.mutate_root(|_, root| root.exec.chain.clear()));
    }

    /// Run the loaded program to the end, or until `max_steps` instructions.
    pub fn run(&mut self, host: &mut dyn Host, max_steps: Option<u64>) -> Result<(), RunError> {
        self.step_limit = max_steps;
        let result = self.run_slices(host, max_steps);
        self.step_limit = None;
        result
    }

    fn run_slices(&mut self, host: &mut dyn Host, max_steps: Option<u64>) -> Result<(), RunError> {
        loop {
            let fuel = match max_steps {
                Some(max) => {
                    if self.steps >= max {
                        self.stop_program();
                        return Err(RunError::StepLimit { steps: max });
                    }
                    self.slice_fuel.min(max - self.steps)
                }
                None => self.slice_fuel,
            };
            match self.step(host, fuel) {
                StepResult::Finished => return Ok(()),
                StepResult::Paused => {}
                StepResult::Error(e) => return Err(RunError::Uncaught(e)),
                StepResult::MemoryLimit { limit } => return Err(RunError::MemoryLimit { limit }),
                StepResult::SizeLimit(e) => return Err(RunError::SizeLimit(e)),
            }
        }
    }

    /// Limit the memory the program may hold to `bytes` (what it holds
    /// after a full collection; see memory.rs). `None` removes the limit.
    /// Needs `omx_core::memory::CountingAlloc` as the global allocator.
    pub fn set_max_memory(&mut self, bytes: Option<usize>) -> Result<(), String> {
        if bytes.is_some() && !crate::memory::counting_installed() {
            return Err("a memory limit needs omx_core::memory::CountingAlloc as the global allocator (#[global_allocator])".into());
        }
        self.meter.limit = bytes;
        self.meter.after_full_gc = None;
        Ok(())
    }

    /// Bytes the runtime holds from the allocator (counted only when
    /// `CountingAlloc` is the global allocator).
    pub fn memory_used(&self) -> usize {
        self.meter.used.max(0) as usize
    }

    /// Install (or remove) the explain tracer: protocol rules report each
    /// step they apply to it.
    pub fn set_tracer(&mut self, tracer: Option<Box<dyn crate::trace::Tracer>>) {
        self.in_arena(|arena| {
            arena.mutate_root(|_, root| {
                if let Some(old) = root.rt.tracer.take() {
                    old.borrow_mut().finish();
                }
                root.rt.tracing = tracer.is_some();
                root.rt.tracer =
                    tracer.map(|t| std::cell::RefCell::new(crate::trace::TraceSession::new(t)));
            })
        });
    }

    /// Look at what the last program's main function returned.
    pub fn with_results<R>(
        &mut self,
        f: impl for<'gc> FnOnce(&'gc Mutation<'gc>, &mut RuntimeState<'gc>, &[Value<'gc>]) -> R,
    ) -> R {
        self.in_arena(|arena| arena.mutate_root(|mc, root| f(mc, &mut root.rt, &root.exec.results)))
    }

    /// Make a call the program to run: `choose` sees the last program's
    /// results and picks a function and its arguments (the REPL calls the
    /// global `print` with what an input line returned, as `lua5.4 -i`
    /// does). `false`, with nothing loaded, when it picks none.
    pub fn load_call(
        &mut self,
        choose: impl for<'gc> FnOnce(
            &'gc Mutation<'gc>,
            &mut RuntimeState<'gc>,
            &[Value<'gc>],
        ) -> Option<(Value<'gc>, Vec<Value<'gc>>)>,
    ) -> bool {
        self.steps = 0;
        self.in_arena(|arena| {
            arena.mutate_root(|mc, root| {
                let Some((function, args)) = choose(mc, &mut root.rt, &root.exec.results) else {
                    return false;
                };
                let thread = Thread::new(mc, function);
                thread.0.state.borrow_mut(mc).stack.extend_from_slice(&args);
                root.exec.start(thread, args.len());
                true
            })
        })
    }

    /// Is a program loaded and not finished (paused between slices)?
    pub fn program_running(&mut self) -> bool {
        self.in_arena(|arena| arena.mutate_root(|_, root| root.exec.is_running()))
    }

    /// Set the loaded program aside, paused where it is (its threads,
    /// stacks and step count), and start from no program: what is loaded
    /// next runs in an execution context of its own (an embedder calls a
    /// script callback between two slices of a running program). Nothing
    /// of the parked program runs until [`Engine::unpark_program`].
    pub fn park_program(&mut self) {
        self.parked_steps.push(std::mem::take(&mut self.steps));
        self.in_arena(|arena| {
            arena.mutate_root(|_, root| {
                let exec = std::mem::take(&mut root.exec);
                root.parked.push(exec);
            })
        });
    }

    /// Drop the current program and bring back the one parked last.
    /// `false` when none is parked.
    pub fn unpark_program(&mut self) -> bool {
        let Some(steps) = self.parked_steps.pop() else {
            return false;
        };
        self.steps = steps;
        self.in_arena(|arena| {
            arena.mutate_root(|_, root| {
                if let Some(exec) = root.parked.pop() {
                    root.exec = exec;
                }
            })
        });
        true
    }

    /// A full collection.
    pub fn collect_garbage(&mut self) {
        self.in_arena(collect_all);
    }

    /// Number of live GC objects the arena accounts for.
    pub fn live_objects(&self) -> usize {
        self.arena.metrics().total_gc_count()
    }
}
