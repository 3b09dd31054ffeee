//! Early errors that need context, checked in one walk after parsing:
//! `return` outside a function ("Illegal return statement") and a `{ a = 1 }`
//! object literal that never became a destructuring target ("Invalid
//! shorthand property initializer").

use crate::ast::{
    ArrowBody, Class, ClassMemberKind, Expr, ExprKind, ExprOrSpread, ForHead, ForInit, Function,
    MemberProp, Pattern, PatternKind, Program, PropKey, PropKind, Stmt, StmtKind,
};
use crate::diag::Diag;

type Check = Result<(), Diag>;

pub fn check(program: &Program) -> Check {
    stmts(&program.body, false)
}

fn stmts(list: &[Stmt], in_function: bool) -> Check {
    list.iter().try_for_each(|s| stmt(s, in_function))
}

fn stmt(s: &Stmt, f: bool) -> Check {
    match &s.kind {
        StmtKind::Expr(e) | StmtKind::Throw(e) => expr(e),
        StmtKind::Var(d) => d.decls.iter().try_for_each(|(p, init)| {
            pattern(p)?;
            init.as_ref().map_or(Ok(()), expr)
        }),
        StmtKind::Function(func) => function(func),
        StmtKind::Class(c) => class(c),
        StmtKind::Block(body) => stmts(body, f),
        StmtKind::Empty | StmtKind::Debugger | StmtKind::Break(_) | StmtKind::Continue(_) => Ok(()),
        StmtKind::If {
            test,
            consequent,
            alternate,
        } => {
            expr(test)?;
            stmt(consequent, f)?;
            alternate.as_ref().map_or(Ok(()), |a| stmt(a, f))
        }
        StmtKind::For {
            init,
            test,
            update,
            body,
        } => {
            match init {
                Some(ForInit::Var(d)) => d.decls.iter().try_for_each(|(p, i)| {
                    pattern(p)?;
                    i.as_ref().map_or(Ok(()), expr)
                })?,
                Some(ForInit::Expr(e)) => expr(e)?,
                None => {}
            }
            test.as_ref().map_or(Ok(()), expr)?;
            update.as_ref().map_or(Ok(()), expr)?;
            stmt(body, f)
        }
        StmtKind::ForIn { left, right, body } | StmtKind::ForOf { left, right, body } => {
            match left {
                ForHead::Var(_, p) | ForHead::Target(p) => pattern(p)?,
            }
            expr(right)?;
            stmt(body, f)
        }
        StmtKind::While { test, body } | StmtKind::DoWhile { body, test } => {
            expr(test)?;
            stmt(body, f)
        }
        StmtKind::With { object, body } => {
            expr(object)?;
            stmt(body, f)
        }
        StmtKind::Return(value) => {
            if !f {
                return Err(Diag::new(
                    "Illegal return statement",
                    s.span,
                    "`return` outside of a function",
                ));
            }
            value.as_ref().map_or(Ok(()), expr)
        }
        StmtKind::Try {
            block,
            handler,
            finalizer,
        } => {
            stmts(block, f)?;
            if let Some(h) = handler {
                h.param.as_ref().map_or(Ok(()), pattern)?;
                stmts(&h.body, f)?;
            }
            finalizer.as_ref().map_or(Ok(()), |b| stmts(b, f))
        }
        StmtKind::Switch {
            discriminant,
            cases,
        } => {
            expr(discriminant)?;
            cases.iter().try_for_each(|c| {
                c.test.as_ref().map_or(Ok(()), expr)?;
                stmts(&c.body, f)
            })
        }
        StmtKind::Labeled { body, .. } => stmt(body, f),
    }
}

fn function(func: &Function) -> Check {
    func.params.items.iter().try_for_each(pattern)?;
    func.params.rest.as_deref().map_or(Ok(()), pattern)?;
    stmts(&func.body, true)
}

fn class(c: &Class) -> Check {
    c.super_class.as_ref().map_or(Ok(()), expr)?;
    c.members.iter().try_for_each(|m| match &m.kind {
        ClassMemberKind::Constructor(func) => function(func),
        ClassMemberKind::Method { key, func, .. } => {
            prop_key(key)?;
            function(func)
        }
        ClassMemberKind::Field { key, value } => {
            prop_key(key)?;
            value.as_ref().map_or(Ok(()), expr)
        }
        ClassMemberKind::StaticBlock(body) => stmts(body, false),
    })
}

fn prop_key(key: &PropKey) -> Check {
    match key {
        PropKey::Computed(e) => expr(e),
        _ => Ok(()),
    }
}

fn pattern(p: &Pattern) -> Check {
    match &p.kind {
        PatternKind::Ident(_) => Ok(()),
        PatternKind::Member(e) => expr(e),
        PatternKind::Object { props, rest } => {
            props.iter().try_for_each(|prop| {
                prop_key(&prop.key)?;
                pattern(&prop.value)
            })?;
            rest.as_deref().map_or(Ok(()), pattern)
        }
        PatternKind::Array { elems, rest } => {
            elems.iter().flatten().try_for_each(pattern)?;
            rest.as_deref().map_or(Ok(()), pattern)
        }
        PatternKind::Default { target, default } => {
            pattern(target)?;
            expr(default)
        }
    }
}

fn items(list: &[ExprOrSpread]) -> Check {
    list.iter().try_for_each(|i| match i {
        ExprOrSpread::Expr(e) | ExprOrSpread::Spread(e) => expr(e),
    })
}

fn member_prop(p: &MemberProp) -> Check {
    match p {
        MemberProp::Computed(e) => expr(e),
        MemberProp::Name(_) | MemberProp::Private(_) => Ok(()),
    }
}

fn expr(e: &Expr) -> Check {
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
        | ExprKind::NewTarget => Ok(()),
        ExprKind::Template(t) => t.exprs.iter().try_for_each(expr),
        ExprKind::TaggedTemplate { tag, quasi } => {
            expr(tag)?;
            quasi.exprs.iter().try_for_each(expr)
        }
        ExprKind::Paren(inner) | ExprKind::OptionalChain(inner) => expr(inner),
        ExprKind::Array(list) => list.iter().flatten().try_for_each(|i| match i {
            ExprOrSpread::Expr(e) | ExprOrSpread::Spread(e) => expr(e),
        }),
        ExprKind::Object(props) => props.iter().try_for_each(|p| match &p.kind {
            PropKind::KeyValue { key, value } => {
                prop_key(key)?;
                expr(value)
            }
            PropKind::Shorthand(_) => Ok(()),
            PropKind::CoverInitialized { .. } => Err(Diag::new(
                "Invalid shorthand property initializer",
                p.span,
                "`=` is only allowed when destructuring",
            )
            .help("use `:` to give the property a value")),
            PropKind::Method { key, func, .. } => {
                prop_key(key)?;
                function(func)
            }
            PropKind::Spread(e) => expr(e),
        }),
        ExprKind::Function(func) => function(func),
        ExprKind::Arrow { params, body } => {
            params.items.iter().try_for_each(pattern)?;
            params.rest.as_deref().map_or(Ok(()), pattern)?;
            match body.as_ref() {
                ArrowBody::Expr(e) => expr(e),
                ArrowBody::Block(b) => stmts(b, true),
            }
        }
        ExprKind::Class(c) => class(c),
        ExprKind::Unary { arg, .. } | ExprKind::Update { arg, .. } => expr(arg),
        ExprKind::Binary { left, right, .. } | ExprKind::Logical { left, right, .. } => {
            expr(left)?;
            expr(right)
        }
        ExprKind::Assign { target, value, .. } => {
            pattern(target)?;
            expr(value)
        }
        ExprKind::Conditional {
            test,
            consequent,
            alternate,
        } => {
            expr(test)?;
            expr(consequent)?;
            expr(alternate)
        }
        ExprKind::Call { callee, args, .. } => {
            expr(callee)?;
            items(args)
        }
        ExprKind::New { callee, args } => {
            expr(callee)?;
            args.as_ref().map_or(Ok(()), |a| items(a))
        }
        ExprKind::Member {
            object, property, ..
        } => {
            expr(object)?;
            member_prop(property)
        }
        ExprKind::SuperMember(p) => member_prop(p),
        ExprKind::SuperCall(args) => items(args),
        ExprKind::Sequence(list) => list.iter().try_for_each(expr),
        ExprKind::Yield { arg, .. } => arg.as_deref().map_or(Ok(()), expr),
    }
}
