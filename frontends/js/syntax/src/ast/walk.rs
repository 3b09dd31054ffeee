//! Walking the tree without recursion: the children of a node, in source
//! order, and a depth-first search over a function's own scope.
//!
//! Both keep an explicit stack, so their Rust stack use does not grow with
//! the tree's depth (the parser bounds depth, but a walk must not depend on
//! it). Early errors (validate.rs) and the lowering's scans ("does this
//! function use `arguments`, `this`, `new.target`?") share this one list of
//! which node owns which.

use omx_core::Span;

use super::{
    ArrowBody, Class, ClassMemberKind, Expr, ExprKind, ExprOrSpread, ForHead, ForInit, Function,
    MemberProp, Params, Pattern, PatternKind, PropKey, PropKind, Stmt, StmtKind,
};

/// A node of the tree.
#[derive(Clone, Copy)]
pub enum Node<'a> {
    Stmt(&'a Stmt),
    Expr(&'a Expr),
    Pattern(&'a Pattern),
    /// A function's parameters and body (declarations, expressions and
    /// methods; arrows are `Expr` nodes whose children are their parameters
    /// and body).
    Function(&'a Function),
    Class(&'a Class),
    /// A `{ a = 1 }` property left in an expression (only valid once the
    /// literal becomes a destructuring target): a leaf.
    CoverInitialized(Span),
}

/// Appends the children of `node` to `out`, in source order.
pub fn children<'a>(node: Node<'a>, out: &mut Vec<Node<'a>>) {
    let mut c = Children(out);
    match node {
        Node::Stmt(s) => c.of_stmt(s),
        Node::Expr(e) => c.of_expr(e),
        Node::Pattern(p) => c.of_pattern(p),
        Node::Function(f) => {
            c.params(&f.params);
            c.stmts(&f.body);
        }
        Node::Class(class) => c.of_class(class),
        Node::CoverInitialized(_) => {}
    }
}

/// Whether `pred` holds for a node of `body` (or of an arrow's expression
/// body), searching the code whose `this`, `arguments`
/// and `new.target` are those of the function owning `body` (§10.2.11
/// FunctionDeclarationInstantiation): arrows' bodies count, nested
/// non-arrow functions (and methods) do not. Class bodies are searched
/// apart from their methods, which errs towards "used".
pub fn any_in_own_scope<'a>(
    body: &'a [Stmt],
    expr_body: Option<&'a Expr>,
    pred: impl Fn(Node<'a>) -> bool,
) -> bool {
    let mut stack: Vec<Node<'a>> = expr_body.map(Node::Expr).into_iter().collect();
    stack.extend(body.iter().rev().map(Node::Stmt));
    any_below(stack, pred)
}

/// Whether `pred` holds for a node of `params` (their defaults and
/// patterns), searched as [`any_in_own_scope`] searches a body.
pub fn any_in_params<'a>(params: &'a Params, pred: impl Fn(Node<'a>) -> bool) -> bool {
    let mut stack: Vec<Node<'a>> = Vec::new();
    Children(&mut stack).params(params);
    stack.reverse();
    any_below(stack, pred)
}

/// The depth-first search of [`any_in_own_scope`] from `stack` (popped
/// from its end), not entering non-arrow functions.
fn any_below<'a>(mut stack: Vec<Node<'a>>, pred: impl Fn(Node<'a>) -> bool) -> bool {
    let mut next = Vec::new();
    while let Some(node) = stack.pop() {
        if pred(node) {
            return true;
        }
        if let Node::Function(_) = node {
            continue;
        }
        children(node, &mut next);
        stack.extend(next.drain(..).rev());
    }
    false
}

/// Collects children into the caller's vector.
struct Children<'v, 'a>(&'v mut Vec<Node<'a>>);

impl<'a> Children<'_, 'a> {
    fn push(&mut self, n: Node<'a>) {
        self.0.push(n);
    }

    fn stmts(&mut self, list: &'a [Stmt]) {
        self.0.extend(list.iter().map(Node::Stmt));
    }

    fn expr(&mut self, e: &'a Expr) {
        self.push(Node::Expr(e));
    }

    fn opt_expr(&mut self, e: Option<&'a Expr>) {
        self.0.extend(e.map(Node::Expr));
    }

    fn pattern(&mut self, p: &'a Pattern) {
        self.push(Node::Pattern(p));
    }

    fn opt_pattern(&mut self, p: Option<&'a Pattern>) {
        self.0.extend(p.map(Node::Pattern));
    }

    fn prop_key(&mut self, key: &'a PropKey) {
        if let PropKey::Computed(e) = key {
            self.expr(e);
        }
    }

    fn member_prop(&mut self, p: &'a MemberProp) {
        match p {
            MemberProp::Computed(e) => self.expr(e),
            MemberProp::Name(_) | MemberProp::Private(_) => {}
        }
    }

    fn items(&mut self, list: &'a [ExprOrSpread]) {
        for item in list {
            match item {
                ExprOrSpread::Expr(e) | ExprOrSpread::Spread(e) => self.expr(e),
            }
        }
    }

    fn params(&mut self, params: &'a Params) {
        self.0.extend(params.items.iter().map(Node::Pattern));
        self.opt_pattern(params.rest.as_deref());
    }

    fn of_stmt(&mut self, s: &'a Stmt) {
        match &s.kind {
            StmtKind::Expr(e) | StmtKind::Throw(e) => self.expr(e),
            StmtKind::Var(d) => {
                for (p, init) in &d.decls {
                    self.pattern(p);
                    self.opt_expr(init.as_ref());
                }
            }
            StmtKind::Function(func) => self.push(Node::Function(func)),
            StmtKind::Class(c) => self.push(Node::Class(c)),
            StmtKind::Block(body) => self.stmts(body),
            StmtKind::Empty | StmtKind::Debugger | StmtKind::Break(_) | StmtKind::Continue(_) => {}
            StmtKind::If {
                test,
                consequent,
                alternate,
            } => {
                self.expr(test);
                self.push(Node::Stmt(consequent));
                self.0.extend(alternate.as_deref().map(Node::Stmt));
            }
            StmtKind::For {
                init,
                test,
                update,
                body,
            } => {
                match init {
                    Some(ForInit::Var(d)) => {
                        for (p, i) in &d.decls {
                            self.pattern(p);
                            self.opt_expr(i.as_ref());
                        }
                    }
                    Some(ForInit::Expr(e)) => self.expr(e),
                    None => {}
                }
                self.opt_expr(test.as_ref());
                self.opt_expr(update.as_ref());
                self.push(Node::Stmt(body));
            }
            StmtKind::ForIn { left, right, body } | StmtKind::ForOf { left, right, body } => {
                match left {
                    ForHead::Var(_, p) | ForHead::Target(p) => self.pattern(p),
                }
                self.expr(right);
                self.push(Node::Stmt(body));
            }
            StmtKind::While { test, body } | StmtKind::DoWhile { body, test } => {
                self.expr(test);
                self.push(Node::Stmt(body));
            }
            StmtKind::With { object, body } => {
                self.expr(object);
                self.push(Node::Stmt(body));
            }
            StmtKind::Return(value) => self.opt_expr(value.as_ref()),
            StmtKind::Try {
                block,
                handler,
                finalizer,
            } => {
                self.stmts(block);
                if let Some(h) = handler {
                    self.opt_pattern(h.param.as_ref());
                    self.stmts(&h.body);
                }
                if let Some(b) = finalizer {
                    self.stmts(b);
                }
            }
            StmtKind::Switch {
                discriminant,
                cases,
            } => {
                self.expr(discriminant);
                for c in cases {
                    self.opt_expr(c.test.as_ref());
                    self.stmts(&c.body);
                }
            }
            StmtKind::Labeled { body, .. } => self.push(Node::Stmt(body)),
        }
    }

    fn of_class(&mut self, c: &'a Class) {
        self.opt_expr(c.super_class.as_ref());
        for m in &c.members {
            match &m.kind {
                ClassMemberKind::Constructor(func) => self.push(Node::Function(func)),
                ClassMemberKind::Method { key, func, .. } => {
                    self.prop_key(key);
                    self.push(Node::Function(func));
                }
                ClassMemberKind::Field { key, value } => {
                    self.prop_key(key);
                    self.opt_expr(value.as_ref());
                }
                ClassMemberKind::StaticBlock(body) => self.stmts(body),
            }
        }
    }

    fn of_pattern(&mut self, p: &'a Pattern) {
        match &p.kind {
            PatternKind::Ident(_) => {}
            PatternKind::Member(e) => self.expr(e),
            PatternKind::Object { props, rest } => {
                for prop in props {
                    self.prop_key(&prop.key);
                    self.pattern(&prop.value);
                }
                self.opt_pattern(rest.as_deref());
            }
            PatternKind::Array { elems, rest } => {
                for elem in elems.iter().flatten() {
                    self.pattern(elem);
                }
                self.opt_pattern(rest.as_deref());
            }
            PatternKind::Default { target, default } => {
                self.pattern(target);
                self.expr(default);
            }
        }
    }

    fn of_expr(&mut self, e: &'a Expr) {
        match &e.kind {
            ExprKind::Ident(_)
            | ExprKind::Number(_)
            | ExprKind::BigInt(_)
            | ExprKind::String(_)
            | ExprKind::Bool(_)
            | ExprKind::Null
            | ExprKind::Regex { .. }
            | ExprKind::This
            | ExprKind::PrivateName(_)
            | ExprKind::NewTarget => {}
            ExprKind::Template(t) => self.0.extend(t.exprs.iter().map(Node::Expr)),
            ExprKind::TaggedTemplate { tag, quasi } => {
                self.expr(tag);
                self.0.extend(quasi.exprs.iter().map(Node::Expr));
            }
            ExprKind::Paren(inner) | ExprKind::OptionalChain(inner) => self.expr(inner),
            ExprKind::Array(list) => self.items_with_holes(list),
            ExprKind::Object(props) => {
                for p in props {
                    match &p.kind {
                        PropKind::KeyValue { key, value } => {
                            self.prop_key(key);
                            self.expr(value);
                        }
                        PropKind::Shorthand(_) => {}
                        PropKind::CoverInitialized { .. } => {
                            self.push(Node::CoverInitialized(p.span))
                        }
                        PropKind::Method { key, func, .. } => {
                            self.prop_key(key);
                            self.push(Node::Function(func));
                        }
                        PropKind::Spread(e) => self.expr(e),
                    }
                }
            }
            ExprKind::Function(func) => self.push(Node::Function(func)),
            ExprKind::Arrow { params, body, .. } => {
                self.params(params);
                match body.as_ref() {
                    ArrowBody::Expr(e) => self.expr(e),
                    ArrowBody::Block(b) => self.stmts(b),
                }
            }
            ExprKind::Class(c) => self.push(Node::Class(c)),
            ExprKind::Unary { arg, .. } | ExprKind::Update { arg, .. } => self.expr(arg),
            ExprKind::Binary { left, right, .. } | ExprKind::Logical { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::Assign { target, value, .. } => {
                self.pattern(target);
                self.expr(value);
            }
            ExprKind::Conditional {
                test,
                consequent,
                alternate,
            } => {
                self.expr(test);
                self.expr(consequent);
                self.expr(alternate);
            }
            ExprKind::Call { callee, args, .. } => {
                self.expr(callee);
                self.items(args);
            }
            ExprKind::New { callee, args } => {
                self.expr(callee);
                if let Some(a) = args {
                    self.items(a);
                }
            }
            ExprKind::Member {
                object, property, ..
            } => {
                self.expr(object);
                self.member_prop(property);
            }
            ExprKind::SuperMember(p) => self.member_prop(p),
            ExprKind::SuperCall(args) => self.items(args),
            ExprKind::Sequence(list) => self.0.extend(list.iter().map(Node::Expr)),
            ExprKind::Yield { arg, .. } => self.opt_expr(arg.as_deref()),
            ExprKind::Await(arg) => self.expr(arg),
        }
    }

    fn items_with_holes(&mut self, list: &'a [Option<ExprOrSpread>]) {
        for item in list.iter().flatten() {
            match item {
                ExprOrSpread::Expr(e) | ExprOrSpread::Spread(e) => self.expr(e),
            }
        }
    }
}
