//! Early errors that need context, checked in one walk after parsing:
//! `return` outside a function ("Illegal return statement") and a `{ a = 1 }`
//! object literal that never became a destructuring target ("Invalid
//! shorthand property initializer").
//!
//! The walk keeps its own stack of nodes still to visit instead of
//! recursing, so its Rust stack use does not grow with the tree's depth.
//! Children are pushed last first: nodes are visited in source order and
//! the first error in the text is the one reported.

use crate::ast::{
    ArrowBody, Class, ClassMemberKind, Expr, ExprKind, ExprOrSpread, ForHead, ForInit, Function,
    MemberProp, Pattern, PatternKind, Program, PropKey, PropKind, Stmt, StmtKind,
};
use omx_core::Span;

use crate::diag::Diag;

type Check = Result<(), Diag>;

/// A node still to visit.
#[derive(Clone, Copy)]
enum Node<'a> {
    /// A statement, and whether it is inside a function.
    Stmt(&'a Stmt, bool),
    Expr(&'a Expr),
    Pattern(&'a Pattern),
    Function(&'a Function),
    Class(&'a Class),
    /// A `{ a = 1 }` property outside a destructuring target.
    ShorthandInitializer(Span),
}

/// The nodes to visit, last on top.
struct Walk<'a> {
    stack: Vec<Node<'a>>,
    /// Children of the node being visited, in source order.
    children: Vec<Node<'a>>,
}

impl<'a> Walk<'a> {
    fn stmts(&mut self, list: &'a [Stmt], in_function: bool) {
        self.children
            .extend(list.iter().map(|s| Node::Stmt(s, in_function)));
    }

    fn expr(&mut self, e: &'a Expr) {
        self.children.push(Node::Expr(e));
    }

    fn opt_expr(&mut self, e: Option<&'a Expr>) {
        self.children.extend(e.map(Node::Expr));
    }

    fn pattern(&mut self, p: &'a Pattern) {
        self.children.push(Node::Pattern(p));
    }

    fn opt_pattern(&mut self, p: Option<&'a Pattern>) {
        self.children.extend(p.map(Node::Pattern));
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

    fn params(&mut self, params: &'a crate::ast::Params) {
        self.children.extend(params.items.iter().map(Node::Pattern));
        self.opt_pattern(params.rest.as_deref());
    }

    /// Moves the children of the node just visited onto the stack, the
    /// first one on top.
    fn schedule(&mut self) {
        self.stack.extend(self.children.drain(..).rev());
    }
}

pub fn check(program: &Program) -> Check {
    let mut walk = Walk {
        stack: Vec::new(),
        children: Vec::new(),
    };
    walk.stmts(&program.body, false);
    walk.schedule();
    while let Some(node) = walk.stack.pop() {
        match node {
            Node::Stmt(s, in_function) => stmt(&mut walk, s, in_function)?,
            Node::Expr(e) => expr(&mut walk, e)?,
            Node::Pattern(p) => pattern(&mut walk, p),
            Node::Function(func) => {
                walk.params(&func.params);
                walk.stmts(&func.body, true);
            }
            Node::Class(c) => class(&mut walk, c),
            Node::ShorthandInitializer(span) => {
                return Err(Diag::new(
                    "Invalid shorthand property initializer",
                    span,
                    "`=` is only allowed when destructuring",
                )
                .help("use `:` to give the property a value"))
            }
        }
        walk.schedule();
    }
    Ok(())
}

fn stmt<'a>(walk: &mut Walk<'a>, s: &'a Stmt, f: bool) -> Check {
    match &s.kind {
        StmtKind::Expr(e) | StmtKind::Throw(e) => walk.expr(e),
        StmtKind::Var(d) => {
            for (p, init) in &d.decls {
                walk.pattern(p);
                walk.opt_expr(init.as_ref());
            }
        }
        StmtKind::Function(func) => walk.children.push(Node::Function(func)),
        StmtKind::Class(c) => walk.children.push(Node::Class(c)),
        StmtKind::Block(body) => walk.stmts(body, f),
        StmtKind::Empty | StmtKind::Debugger | StmtKind::Break(_) | StmtKind::Continue(_) => {}
        StmtKind::If {
            test,
            consequent,
            alternate,
        } => {
            walk.expr(test);
            walk.children.push(Node::Stmt(consequent, f));
            walk.children
                .extend(alternate.as_deref().map(|a| Node::Stmt(a, f)));
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
                        walk.pattern(p);
                        walk.opt_expr(i.as_ref());
                    }
                }
                Some(ForInit::Expr(e)) => walk.expr(e),
                None => {}
            }
            walk.opt_expr(test.as_ref());
            walk.opt_expr(update.as_ref());
            walk.children.push(Node::Stmt(body, f));
        }
        StmtKind::ForIn { left, right, body } | StmtKind::ForOf { left, right, body } => {
            match left {
                ForHead::Var(_, p) | ForHead::Target(p) => walk.pattern(p),
            }
            walk.expr(right);
            walk.children.push(Node::Stmt(body, f));
        }
        StmtKind::While { test, body } | StmtKind::DoWhile { body, test } => {
            walk.expr(test);
            walk.children.push(Node::Stmt(body, f));
        }
        StmtKind::With { object, body } => {
            walk.expr(object);
            walk.children.push(Node::Stmt(body, f));
        }
        StmtKind::Return(value) => {
            if !f {
                return Err(Diag::new(
                    "Illegal return statement",
                    s.span,
                    "`return` outside of a function",
                ));
            }
            walk.opt_expr(value.as_ref());
        }
        StmtKind::Try {
            block,
            handler,
            finalizer,
        } => {
            walk.stmts(block, f);
            if let Some(h) = handler {
                walk.opt_pattern(h.param.as_ref());
                walk.stmts(&h.body, f);
            }
            if let Some(b) = finalizer {
                walk.stmts(b, f);
            }
        }
        StmtKind::Switch {
            discriminant,
            cases,
        } => {
            walk.expr(discriminant);
            for c in cases {
                walk.opt_expr(c.test.as_ref());
                walk.stmts(&c.body, f);
            }
        }
        StmtKind::Labeled { body, .. } => walk.children.push(Node::Stmt(body, f)),
    }
    Ok(())
}

fn class<'a>(walk: &mut Walk<'a>, c: &'a Class) {
    walk.opt_expr(c.super_class.as_ref());
    for m in &c.members {
        match &m.kind {
            ClassMemberKind::Constructor(func) => walk.children.push(Node::Function(func)),
            ClassMemberKind::Method { key, func, .. } => {
                walk.prop_key(key);
                walk.children.push(Node::Function(func));
            }
            ClassMemberKind::Field { key, value } => {
                walk.prop_key(key);
                walk.opt_expr(value.as_ref());
            }
            ClassMemberKind::StaticBlock(body) => walk.stmts(body, false),
        }
    }
}

fn pattern<'a>(walk: &mut Walk<'a>, p: &'a Pattern) {
    match &p.kind {
        PatternKind::Ident(_) => {}
        PatternKind::Member(e) => walk.expr(e),
        PatternKind::Object { props, rest } => {
            for prop in props {
                walk.prop_key(&prop.key);
                walk.pattern(&prop.value);
            }
            walk.opt_pattern(rest.as_deref());
        }
        PatternKind::Array { elems, rest } => {
            for elem in elems.iter().flatten() {
                walk.pattern(elem);
            }
            walk.opt_pattern(rest.as_deref());
        }
        PatternKind::Default { target, default } => {
            walk.pattern(target);
            walk.expr(default);
        }
    }
}

fn expr<'a>(walk: &mut Walk<'a>, e: &'a Expr) -> Check {
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
        ExprKind::Template(t) => walk.children.extend(t.exprs.iter().map(Node::Expr)),
        ExprKind::TaggedTemplate { tag, quasi } => {
            walk.expr(tag);
            walk.children.extend(quasi.exprs.iter().map(Node::Expr));
        }
        ExprKind::Paren(inner) | ExprKind::OptionalChain(inner) => walk.expr(inner),
        ExprKind::Array(list) => {
            for item in list.iter().flatten() {
                match item {
                    ExprOrSpread::Expr(e) | ExprOrSpread::Spread(e) => walk.expr(e),
                }
            }
        }
        ExprKind::Object(props) => {
            for p in props {
                match &p.kind {
                    PropKind::KeyValue { key, value } => {
                        walk.prop_key(key);
                        walk.expr(value);
                    }
                    PropKind::Shorthand(_) => {}
                    PropKind::CoverInitialized { .. } => {
                        // Reported once the earlier properties are visited:
                        // an error inside them comes first in the text.
                        walk.children.push(Node::ShorthandInitializer(p.span));
                        return Ok(());
                    }
                    PropKind::Method { key, func, .. } => {
                        walk.prop_key(key);
                        walk.children.push(Node::Function(func));
                    }
                    PropKind::Spread(e) => walk.expr(e),
                }
            }
        }
        ExprKind::Function(func) => walk.children.push(Node::Function(func)),
        ExprKind::Arrow { params, body, .. } => {
            walk.params(params);
            match body.as_ref() {
                ArrowBody::Expr(e) => walk.expr(e),
                ArrowBody::Block(b) => walk.stmts(b, true),
            }
        }
        ExprKind::Class(c) => walk.children.push(Node::Class(c)),
        ExprKind::Unary { arg, .. } | ExprKind::Update { arg, .. } => walk.expr(arg),
        ExprKind::Binary { left, right, .. } | ExprKind::Logical { left, right, .. } => {
            walk.expr(left);
            walk.expr(right);
        }
        ExprKind::Assign { target, value, .. } => {
            walk.pattern(target);
            walk.expr(value);
        }
        ExprKind::Conditional {
            test,
            consequent,
            alternate,
        } => {
            walk.expr(test);
            walk.expr(consequent);
            walk.expr(alternate);
        }
        ExprKind::Call { callee, args, .. } => {
            walk.expr(callee);
            walk.items(args);
        }
        ExprKind::New { callee, args } => {
            walk.expr(callee);
            if let Some(a) = args {
                walk.items(a);
            }
        }
        ExprKind::Member {
            object, property, ..
        } => {
            walk.expr(object);
            walk.member_prop(property);
        }
        ExprKind::SuperMember(p) => walk.member_prop(p),
        ExprKind::SuperCall(args) => walk.items(args),
        ExprKind::Sequence(list) => walk.children.extend(list.iter().map(Node::Expr)),
        ExprKind::Yield { arg, .. } => walk.opt_expr(arg.as_deref()),
        ExprKind::Await(arg) => walk.expr(arg),
    }
    Ok(())
}
