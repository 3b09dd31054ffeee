//! Test helpers: a compact S-expression rendering of the AST, so snapshots
//! can be reviewed by eye.

#![allow(dead_code)]

use omx_lua_syntax::ast::{
    Attrib, BinOp, Block, Chunk, Expr, ExprKind, Field, FuncBody, Stat, StatKind, UnOp,
};

pub fn sexp(chunk: &Chunk) -> String {
    let mut out = String::new();
    block(&mut out, &chunk.block, 0);
    out
}

fn indent(out: &mut String, depth: usize) {
    for _ in 0..depth {
        out.push_str("  ");
    }
}

fn block(out: &mut String, block: &Block, depth: usize) {
    for stat in &block.stats {
        indent(out, depth);
        out.push_str(&statement(stat, depth));
        out.push('\n');
    }
    if let Some(ret) = &block.ret {
        indent(out, depth);
        out.push_str(&format!("(return{})\n", list(&ret.exprs)));
    }
}

fn nested(block_: &Block, depth: usize) -> String {
    let mut out = String::from("\n");
    block(&mut out, block_, depth + 1);
    indent(&mut out, depth);
    out
}

fn list(exprs: &[Expr]) -> String {
    exprs.iter().map(|e| format!(" {}", expr(e))).collect()
}

fn statement(stat: &Stat, depth: usize) -> String {
    match &stat.kind {
        StatKind::Call(call) => format!("(call-stat {})", expr(call)),
        StatKind::Assign { targets, values } => {
            format!(
                "(assign ({}) ={})",
                list(targets).trim_start(),
                list(values)
            )
        }
        StatKind::Local { names, values } => {
            let names: Vec<String> = names
                .iter()
                .map(|n| match n.attrib {
                    None => n.name.name.clone(),
                    Some(Attrib::Const) => format!("{}<const>", n.name.name),
                    Some(Attrib::Close) => format!("{}<close>", n.name.name),
                })
                .collect();
            format!("(local ({}) ={})", names.join(" "), list(values))
        }
        StatKind::LocalFunction { name, func } => {
            format!("(local-function {} {})", name.name, function(func, depth))
        }
        StatKind::Function { path, method, func } => {
            let path: Vec<&str> = path.iter().map(|n| n.name.as_str()).collect();
            let method = method
                .as_ref()
                .map(|m| format!(":{}", m.name))
                .unwrap_or_default();
            format!(
                "(function {}{method} {})",
                path.join("."),
                function(func, depth)
            )
        }
        StatKind::Do(body) => format!("(do{})", nested(body, depth)),
        StatKind::While { cond, body } => {
            format!("(while {}{})", expr(cond), nested(body, depth))
        }
        StatKind::Repeat { body, cond } => {
            format!("(repeat{}until {})", nested(body, depth), expr(cond))
        }
        StatKind::If { arms, otherwise } => {
            let mut out = String::from("(");
            for (index, arm) in arms.iter().enumerate() {
                let (cond, body) = (&arm.cond, &arm.body);
                let keyword = if index == 0 { "if" } else { "elseif" };
                out.push_str(&format!(
                    "{keyword} {} then{}",
                    expr(cond),
                    nested(body, depth)
                ));
            }
            if let Some(body) = otherwise {
                out.push_str(&format!("else{}", nested(body, depth)));
            }
            out.push(')');
            out
        }
        StatKind::NumericFor {
            var,
            start,
            limit,
            step,
            body,
        } => format!(
            "(for {} = {} {}{}{})",
            var.name,
            expr(start),
            expr(limit),
            step.as_ref()
                .map(|s| format!(" {}", expr(s)))
                .unwrap_or_default(),
            nested(body, depth)
        ),
        StatKind::GenericFor { names, exprs, body } => {
            let names: Vec<&str> = names.iter().map(|n| n.name.as_str()).collect();
            format!(
                "(for ({}) in{}{})",
                names.join(" "),
                list(exprs),
                nested(body, depth)
            )
        }
        StatKind::Break => "(break)".to_string(),
        StatKind::Goto(name) => format!("(goto {})", name.name),
        StatKind::Label(name) => format!("(label {})", name.name),
    }
}

fn function(func: &FuncBody, depth: usize) -> String {
    let mut params: Vec<&str> = func.params.iter().map(|n| n.name.as_str()).collect();
    if func.is_vararg {
        params.push("...");
    }
    format!("(params {}){}", params.join(" "), nested(&func.body, depth))
}

fn binop(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::Div => "/",
        BinOp::IDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "^",
        BinOp::Concat => "..",
        BinOp::Eq => "==",
        BinOp::Ne => "~=",
        BinOp::Lt => "<",
        BinOp::Le => "<=",
        BinOp::Gt => ">",
        BinOp::Ge => ">=",
        BinOp::And => "and",
        BinOp::Or => "or",
        BinOp::BAnd => "&",
        BinOp::BOr => "|",
        BinOp::BXor => "~",
        BinOp::Shl => "<<",
        BinOp::Shr => ">>",
    }
}

fn unop(op: UnOp) -> &'static str {
    match op {
        UnOp::Neg => "neg",
        UnOp::Not => "not",
        UnOp::Len => "len",
        UnOp::BNot => "bnot",
    }
}

pub fn expr(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Nil => "nil".to_string(),
        ExprKind::True => "true".to_string(),
        ExprKind::False => "false".to_string(),
        ExprKind::Vararg => "...".to_string(),
        ExprKind::Int(n) => n.to_string(),
        ExprKind::Float(x) => format!("{x:?}f"),
        ExprKind::Str(bytes) => format!("{:?}", String::from_utf8_lossy(bytes)),
        ExprKind::Function(func) => format!("(function {})", function(func, 0).replace('\n', " ")),
        ExprKind::Table(fields) => {
            let fields: Vec<String> = fields
                .iter()
                .map(|f| match f {
                    Field::Positional(v) => expr(v),
                    Field::Named(name, v) => format!("{}={}", name.name, expr(v)),
                    Field::Keyed(k, v) => format!("[{}]={}", expr(k), expr(v)),
                })
                .collect();
            format!("{{{}}}", fields.join(" "))
        }
        ExprKind::Binary { op, lhs, rhs, .. } => {
            format!("({} {} {})", binop(*op), expr(lhs), expr(rhs))
        }
        ExprKind::Unary { op, operand } => format!("({} {})", unop(*op), expr(operand)),
        ExprKind::Name(name) => name.clone(),
        ExprKind::Index { obj, key, dotted } => {
            if *dotted {
                format!("(. {} {})", expr(obj), expr(key))
            } else {
                format!("([] {} {})", expr(obj), expr(key))
            }
        }
        ExprKind::Call { func, args } => format!("(call {}{})", expr(func), list(args)),
        ExprKind::MethodCall { obj, method, args } => {
            format!("(method {} {}{})", expr(obj), method.name, list(args))
        }
        ExprKind::Paren(inner) => format!("(paren {})", expr(inner)),
    }
}
